"""SQLAlchemy models of a clinic's data.

Only portable constructs are used so that the same migrations run on SQLite
and PostgreSQL. Money is stored as integer cents. Ledger entries are never
updated or deleted; a correction is a new entry.
"""

from __future__ import annotations

from datetime import date, datetime, timezone

from sqlalchemy import (
    case,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

# Explicit constraint names keep Alembic migrations identical on both engines.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UtcDateTime(TypeDecorator):
    """An aware datetime stored in UTC; SQLite, which keeps no zone, returns it aware too."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("UtcDateTime needs a timezone-aware datetime")
        return value.astimezone(timezone.utc)

    def process_result_value(self, value: datetime | None, dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=timezone.utc)
        return value.astimezone(timezone.utc)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {datetime: UtcDateTime}


class Clinic(Base):
    __tablename__ = "clinic"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    tax_id: Mapped[str] = mapped_column(String(20))
    address_line: Mapped[str] = mapped_column(String(200), default="")
    postal_code: Mapped[str] = mapped_column(String(10), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    province: Mapped[str] = mapped_column(String(100), default="")
    phone: Mapped[str] = mapped_column(String(20), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    iban: Mapped[str] = mapped_column(String(34), default="")
    logo: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    time_zone: Mapped[str] = mapped_column(String(64), default="Europe/Madrid")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)


class Client(Base):
    __tablename__ = "client"

    id: Mapped[int] = mapped_column(primary_key=True)
    given_name: Mapped[str] = mapped_column(String(100))
    surnames: Mapped[str] = mapped_column(String(150), default="")
    id_number: Mapped[str | None] = mapped_column(String(12), nullable=True, unique=True)
    phone: Mapped[str] = mapped_column(String(20), default="")
    phone2: Mapped[str] = mapped_column(String(20), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    address_line: Mapped[str] = mapped_column(String(200), default="")
    postal_code: Mapped[str] = mapped_column(String(10), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    province: Mapped[str] = mapped_column(String(100), default="")
    consent_email: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_sms: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_post: Mapped[bool] = mapped_column(Boolean, default=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    no_reminders: Mapped[bool] = mapped_column(Boolean, default=False)
    # Identifier of the client in the program the data was imported from.
    external_ref: Mapped[str | None] = mapped_column(String(50), nullable=True, index=True)
    # Accent-free lower-case "surnames given name", for sorting results.
    sort_key: Mapped[str] = mapped_column(String(260), index=True, default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
    # Optimistic locking: a save based on an older version is rejected.
    version: Mapped[int] = mapped_column(Integer, default=1)
    # Set when the client's personal data was erased at their request; ledger rows stay.
    anonymised_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)

    __mapper_args__ = {"version_id_col": version}

    ownerships: Mapped[list[PetOwner]] = relationship(back_populates="client")


class Pet(Base):
    __tablename__ = "pet"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    species: Mapped[str] = mapped_column(String(50), default="")
    breed: Mapped[str] = mapped_column(String(100), default="")
    sex: Mapped[str] = mapped_column(String(10), default="")
    birth_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    microchip: Mapped[str] = mapped_column(String(20), default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)

    owners: Mapped[list[PetOwner]] = relationship(back_populates="pet")

    __table_args__ = (CheckConstraint("sex IN ('', 'male', 'female')", name="sex"),)


class PetOwner(Base):
    """Link between a pet and one of its owners; exactly one is responsible."""

    __tablename__ = "pet_owner"

    pet_id: Mapped[int] = mapped_column(ForeignKey("pet.id", ondelete="CASCADE"), primary_key=True)
    client_id: Mapped[int] = mapped_column(
        ForeignKey("client.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    responsible: Mapped[bool] = mapped_column(Boolean, default=False)

    pet: Mapped[Pet] = relationship(back_populates="owners")
    client: Mapped[Client] = relationship(back_populates="ownerships")

    __table_args__ = (
        Index(
            "uq_pet_owner_responsible",
            "pet_id",
            unique=True,
            sqlite_where=text("responsible"),
            postgresql_where=text("responsible"),
        ),
    )


class SearchTerm(Base):
    """One accent-free, lower-case word that finds a client.

    Words come from the client's names, DNI/NIE, phones and the names of the
    pets they own or co-own. Prefix look-ups use the index on ``term``.
    """

    __tablename__ = "search_term"

    id: Mapped[int] = mapped_column(primary_key=True)
    # Code-point order on every engine, which the prefix ranges of client search need
    # (migration 0003 explains why).
    term: Mapped[str] = mapped_column(String(100).with_variant(String(100, collation="C"), "postgresql"))
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"))
    # The pet whose name produced the term, so results can show which pet matched.
    pet_id: Mapped[int | None] = mapped_column(ForeignKey("pet.id", ondelete="CASCADE"), nullable=True)

    __table_args__ = (
        # Prefix look-ups over all clients.
        Index("ix_search_term_term_client", "term", "client_id"),
        # "Does this client have a word starting with ...?" for the other words of a query.
        Index("ix_search_term_client_term", "client_id", "term"),
    )


LEDGER_KINDS = "'charge', 'payment', 'credit_note', 'write_off', 'write_off_reversal'"


class LedgerEntry(Base):
    """A charge, payment, credit note, write-off or write-off reversal on a client's account. Never updated."""

    __tablename__ = "ledger_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    entry_date: Mapped[date] = mapped_column(Date)
    due_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    description: Mapped[str] = mapped_column(String(300), default="")
    pet_id: Mapped[int | None] = mapped_column(ForeignKey("pet.id"), nullable=True)
    amount_cents: Mapped[int] = mapped_column(Integer)
    payment_method: Mapped[str | None] = mapped_column(String(20), nullable=True)
    # A payment or credit note that settles one named charge.
    applies_to_id: Mapped[int | None] = mapped_column(ForeignKey("ledger_entry.id"), nullable=True)
    recorded_by: Mapped[str] = mapped_column(String(100))
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime)
    # A key chosen by the desk before it sends the entry, so a retry after a crash
    # or a lost connection cannot store the same payment twice.
    request_id: Mapped[str | None] = mapped_column(String(36), nullable=True, unique=True, index=True)
    # The payment agreement this entry belongs to: a payment towards it settles the
    # agreement's charges first; a discount or fee was granted with it. No foreign key,
    # so that adding the column does not rebuild the table on SQLite.
    agreement_id: Mapped[int | None] = mapped_column(Integer, nullable=True, index=True)

    __table_args__ = (
        CheckConstraint("amount_cents > 0", name="amount_positive"),
        CheckConstraint(f"kind IN ({LEDGER_KINDS})", name="kind"),
        # A reversal takes back (part of) one write-off, which it names.
        CheckConstraint("kind <> 'write_off_reversal' OR applies_to_id IS NOT NULL", name="reversal_names_write_off"),
        CheckConstraint("kind <> 'charge' OR due_date IS NOT NULL", name="charge_due_date"),
        CheckConstraint(
            "payment_method IS NULL OR payment_method IN "
            "('cash', 'card', 'transfer', 'bizum', 'direct_debit')",
            name="payment_method",
        ),
        # Covers each client's balance (charges minus the rest) without reading the table rows.
        Index("ix_ledger_entry_client_kind_amount", "client_id", "kind", "amount_cents"),
    )


DEBIT_KINDS = ("charge", "write_off_reversal")


def signed_cents():
    """SQL for an entry's effect on the balance: plus for charges and write-off reversals, minus otherwise."""
    return case((LedgerEntry.kind.in_(DEBIT_KINDS), LedgerEntry.amount_cents), else_=-LedgerEntry.amount_cents)


class BannerOverride(Base):
    """A staff member's decision to let a client with overdue debt take new credit."""

    __tablename__ = "banner_override"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id"), index=True)
    reason: Mapped[str] = mapped_column(Text)
    # The overdue amount the override covered; a larger debt blocks again.
    overdue_cents: Mapped[int] = mapped_column(Integer)
    created_by: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)


class Setting(Base):
    """A clinic-wide setting as JSON text; declared with defaults in services.settings."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value_json: Mapped[str] = mapped_column(Text)
    updated_by: Mapped[str] = mapped_column(String(100))
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)


class AuditEvent(Base):
    """Append-only record of a change to money, overrides, clients or settings.

    Each event stores the hash of the one before it, so that an edited or
    removed event breaks the chain.
    """

    __tablename__ = "audit_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    occurred_at: Mapped[datetime] = mapped_column(UtcDateTime)
    actor: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(50))
    entity: Mapped[str] = mapped_column(String(50))
    entity_id: Mapped[str] = mapped_column(String(100))
    before_json: Mapped[str | None] = mapped_column(Text, nullable=True)
    after_json: Mapped[str | None] = mapped_column(Text, nullable=True)
    # The computer the change was made on.
    workstation: Mapped[str] = mapped_column(String(100), default="")
    # SHA-256 hex digests; both empty on events written before the chain existed.
    previous_hash: Mapped[str] = mapped_column(String(64), default="")
    event_hash: Mapped[str] = mapped_column(String(64), default="")

    __table_args__ = (Index("ix_audit_event_entity", "entity", "entity_id"),)


class AuditChainHead(Base):
    """The newest event of the audit chain; appending locks this single row."""

    __tablename__ = "audit_chain_head"

    id: Mapped[int] = mapped_column(primary_key=True)
    last_event_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    last_hash: Mapped[str] = mapped_column(String(64), default="")


class StaffMember(Base):
    """A person who signs in at a desk, with a role that decides what they may do."""

    __tablename__ = "staff_member"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(50), unique=True)
    display_name: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(20))
    # An Argon2id hash of the password or PIN, never the secret itself.
    password_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        CheckConstraint("role IN ('reception', 'vet', 'manager', 'administrator')", name="role"),
    )


class Agreement(Base):
    """A payment agreement: an instalment plan, a promise to pay or third-party financing.

    The agreed terms never change once recorded; the only later change is a
    cancellation, with who, when and why. How far it has been paid is computed
    from the ledger, never stored.
    """

    __tablename__ = "agreement"

    id: Mapped[int] = mapped_column(primary_key=True)
    # The number printed on the form, "AC-2026-0007".
    number: Mapped[str] = mapped_column(String(20), unique=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    period: Mapped[str | None] = mapped_column(String(20), nullable=True)
    amount_cents: Mapped[int] = mapped_column(Integer)
    discount_cents: Mapped[int] = mapped_column(Integer, default=0)
    fee_cents: Mapped[int] = mapped_column(Integer, default=0)
    financing_provider: Mapped[str] = mapped_column(String(200), default="")
    financing_reference: Mapped[str] = mapped_column(String(100), default="")
    # The breach rules as the client agreed to them, copied from the settings of the day.
    accelerate_on_breach: Mapped[bool] = mapped_column(Boolean)
    broken_after_missed: Mapped[int] = mapped_column(Integer)
    broken_after_days: Mapped[int] = mapped_column(Integer)
    start_date: Mapped[date] = mapped_column(Date)
    # The newest ledger entry when the agreement was made; later entries are what pays it.
    baseline_entry_id: Mapped[int] = mapped_column(Integer, default=0)
    language: Mapped[str] = mapped_column(String(5), default="es")
    created_by: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    cancelled_by: Mapped[str | None] = mapped_column(String(100), nullable=True)
    cancelled_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    cancel_reason: Mapped[str] = mapped_column(Text, default="")
    # Idempotency key chosen by the desk, as for ledger entries.
    request_id: Mapped[str | None] = mapped_column(String(36), nullable=True, unique=True)

    __table_args__ = (
        CheckConstraint("amount_cents > 0", name="amount_positive"),
        CheckConstraint("discount_cents >= 0 AND fee_cents >= 0", name="discount_fee"),
        CheckConstraint("kind IN ('instalments', 'promise', 'financing')", name="kind"),
        CheckConstraint("period IS NULL OR period IN ('monthly', 'biweekly', 'weekly')", name="period"),
    )


class AgreementCharge(Base):
    """A charge covered by an agreement, with what was still owed on it when agreed."""

    __tablename__ = "agreement_charge"

    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreement.id"), primary_key=True)
    charge_id: Mapped[int] = mapped_column(ForeignKey("ledger_entry.id"), primary_key=True, index=True)
    covered_cents: Mapped[int] = mapped_column(Integer)

    __table_args__ = (CheckConstraint("covered_cents > 0", name="covered_positive"),)


class AgreementLine(Base):
    """One line of an agreement's schedule: number 0 is the down payment."""

    __tablename__ = "agreement_line"

    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreement.id"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    due_date: Mapped[date] = mapped_column(Date)
    amount_cents: Mapped[int] = mapped_column(Integer)

    __table_args__ = (
        CheckConstraint("amount_cents > 0", name="amount_positive"),
        Index("ix_agreement_line_agreement_number", "agreement_id", "number", unique=True),
    )


class AgreementDocument(Base):
    """One version of an agreement's payment-terms form, kept byte for byte.

    A document is never changed: reissuing it adds a new version. ``sha256``
    is the digest of ``pdf`` as sealed; ``vetdesk verify`` compares a file with it.
    """

    __tablename__ = "agreement_document"

    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreement.id"), index=True)
    version: Mapped[int] = mapped_column(Integer)
    language: Mapped[str] = mapped_column(String(5))
    pdf: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    # The client's signature as drawn at the desk; no pressure or speed is kept.
    signature_png: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    signed_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    witnessed_by: Mapped[str] = mapped_column(String(100), default="")
    seal_certificate_id: Mapped[int | None] = mapped_column(ForeignKey("seal_certificate.id"), nullable=True)
    created_by: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)

    __table_args__ = (
        Index("ix_agreement_document_agreement_version", "agreement_id", "version", unique=True),
    )


class SealCertificate(Base):
    """The clinic's certificate for sealing PDFs, as a PKCS#12 file.

    The file is encrypted with a passphrase that lives in the OS keyring of
    each desk, never in the database.
    """

    __tablename__ = "seal_certificate"

    id: Mapped[int] = mapped_column(primary_key=True)
    p12: Mapped[bytes] = mapped_column(LargeBinary)
    subject: Mapped[str] = mapped_column(String(300))
    fingerprint_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    not_before: Mapped[datetime] = mapped_column(UtcDateTime)
    not_after: Mapped[datetime] = mapped_column(UtcDateTime)
    self_signed: Mapped[bool] = mapped_column(Boolean)
    # Only one certificate seals new documents; older ones still verify old documents.
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_by: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)


class DebtHold(Base):
    """A client's debt, or one charge, on hold or in dispute: reminders pause while it holds.

    Releasing a hold early sets ``released_at``; the row is otherwise never changed.
    """

    __tablename__ = "debt_hold"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id"), index=True)
    # None holds the client's whole debt.
    charge_id: Mapped[int | None] = mapped_column(ForeignKey("ledger_entry.id"), nullable=True)
    kind: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str] = mapped_column(Text)
    starts_on: Mapped[date] = mapped_column(Date)
    # The last day the hold applies; None until released.
    ends_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    created_by: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    released_by: Mapped[str | None] = mapped_column(String(100), nullable=True)
    released_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)

    __table_args__ = (CheckConstraint("kind IN ('hold', 'dispute')", name="kind"),)


class ReminderRun(Base):
    """One run of the reminders for a day in the clinic's time zone; a day is run at most once."""

    __tablename__ = "reminder_run"

    id: Mapped[int] = mapped_column(primary_key=True)
    as_of: Mapped[date] = mapped_column(Date, unique=True)
    created_by: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)


class Reminder(Base):
    """A reminder prepared for one client at one level, and what became of it.

    ``status`` moves prepared -> approved or skipped -> sending -> sent or
    failed (retried later); a reminder whose client paid before it went out is
    withdrawn. A desk that died between handing a message to the server and
    recording it leaves "sending", which is never sent again automatically.
    """

    __tablename__ = "reminder"

    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("reminder_run.id"), index=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id"), index=True)
    level: Mapped[int] = mapped_column(Integer)
    channel: Mapped[str] = mapped_column(String(10))
    language: Mapped[str] = mapped_column(String(5), default="es")
    status: Mapped[str] = mapped_column(String(20), index=True)
    amount_cents: Mapped[int] = mapped_column(Integer)
    # JSON list of [charge id, due date, description, outstanding cents].
    items_json: Mapped[str] = mapped_column(Text)
    # Set when the reminder is about a late instalment of this agreement.
    agreement_id: Mapped[int | None] = mapped_column(ForeignKey("agreement.id"), nullable=True)
    recipient: Mapped[str] = mapped_column(String(300), default="")
    subject: Mapped[str] = mapped_column(String(200), default="")
    body: Mapped[str] = mapped_column(Text, default="")
    # The letter, also attached to an email.
    pdf: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    edited_by: Mapped[str | None] = mapped_column(String(100), nullable=True)
    # A manager who sent it despite the wording check's warnings.
    wording_override_by: Mapped[str | None] = mapped_column(String(100), nullable=True)
    approved_by: Mapped[str | None] = mapped_column(String(100), nullable=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str] = mapped_column(Text, default="")
    sent_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)

    __table_args__ = (
        CheckConstraint("amount_cents > 0", name="amount_positive"),
        CheckConstraint("channel IN ('letter', 'email', 'sms')", name="channel"),
        CheckConstraint("level BETWEEN 1 AND 9", name="level"),
        Index("ix_reminder_run_client", "run_id", "client_id", unique=True),
        Index("ix_reminder_client_level", "client_id", "level"),
    )


class DebtDecision(Base):
    """A manager's decision about a client's debt: write off, reverse a write-off, negotiate or claim in court.

    Rows are never changed. A claim keeps the dossier PDF that was produced for it.
    """

    __tablename__ = "debt_decision"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str] = mapped_column(Text)
    amount_cents: Mapped[int | None] = mapped_column(Integer, nullable=True)
    # The write-off or reversal entry the decision added to the ledger.
    ledger_entry_id: Mapped[int | None] = mapped_column(ForeignKey("ledger_entry.id"), nullable=True)
    agreement_id: Mapped[int | None] = mapped_column(ForeignKey("agreement.id"), nullable=True)
    # "RECL-2026-0001" for a claim.
    reference: Mapped[str | None] = mapped_column(String(20), nullable=True, unique=True)
    document: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    document_sha256: Mapped[str | None] = mapped_column(String(64), nullable=True)
    decided_by: Mapped[str] = mapped_column(String(100))
    decided_at: Mapped[datetime] = mapped_column(UtcDateTime)

    __table_args__ = (
        CheckConstraint("kind IN ('write_off', 'write_off_reversal', 'negotiate', 'claim')", name="kind"),
    )


class AccountBalance(Base):
    """A client's balance as the ledger gives it, kept up to date by ``storage.balances``."""

    __tablename__ = "account_balance"

    client_id: Mapped[int] = mapped_column(ForeignKey("client.id"), primary_key=True)
    # Charges and reversals minus payments, credit notes and write-offs; negative when in credit.
    balance_cents: Mapped[int] = mapped_column(Integer)
    # Written off and not reversed.
    written_off_cents: Mapped[int] = mapped_column(Integer, default=0)
    last_payment_on: Mapped[date | None] = mapped_column(Date, nullable=True)


class OpenCharge(Base):
    """The amount still owed on one charge, kept up to date by ``storage.balances``. Settled charges have no row."""

    __tablename__ = "open_charge"

    charge_id: Mapped[int] = mapped_column(ForeignKey("ledger_entry.id"), primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id"), index=True)
    due_date: Mapped[date] = mapped_column(Date, index=True)
    open_cents: Mapped[int] = mapped_column(Integer)

    __table_args__ = (CheckConstraint("open_cents > 0", name="open_positive"),)


class MonthEndReceivable(Base):
    """Cached receivable and overdue totals at the end of a past month, for the dashboard.

    A figure is recomputed when an entry recorded after ``ledger_high_water``
    is dated on or before ``month_end``.
    """

    __tablename__ = "month_end_receivable"

    month_end: Mapped[date] = mapped_column(Date, primary_key=True)
    receivable_cents: Mapped[int] = mapped_column(Integer)
    overdue_cents: Mapped[int] = mapped_column(Integer)
    # The highest ledger entry id that the figures include.
    ledger_high_water: Mapped[int] = mapped_column(Integer)
    computed_at: Mapped[datetime] = mapped_column(UtcDateTime)


__all__ = [
    "AccountBalance",
    "OpenCharge",
    "DebtDecision",
    "MonthEndReceivable",
    "Agreement",
    "AgreementCharge",
    "AgreementDocument",
    "AgreementLine",
    "SealCertificate",
    "AuditEvent",
    "BannerOverride",
    "DebtHold",
    "Reminder",
    "ReminderRun",
    "Base",
    "Client",
    "Clinic",
    "LedgerEntry",
    "Pet",
    "PetOwner",
    "SearchTerm",
    "Setting",
]
