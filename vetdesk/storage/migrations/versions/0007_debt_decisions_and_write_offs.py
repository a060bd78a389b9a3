"""Add write-offs and their reversals, debt decisions, stored balances and the month-end cache.

The stored balances (account_balance, open_charge) are filled from the ledger
here. NOTE: that step uses the current models and vetdesk.storage.balances, so
a later change to those tables must keep this backfill working or copy it here.

On SQLite the ledger_entry table is rebuilt to change its CHECK constraint;
env.py turns foreign key enforcement off around migrations for that.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-05 02:00:00
"""

from alembic import op
import sqlalchemy as sa
from sqlalchemy.orm import Session

from vetdesk.storage.balances import rebuild_all_balances


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

OLD_KINDS = "kind IN ('charge', 'payment', 'credit_note')"
NEW_KINDS = "kind IN ('charge', 'payment', 'credit_note', 'write_off', 'write_off_reversal')"
REVERSAL_RULE = "kind <> 'write_off_reversal' OR applies_to_id IS NOT NULL"


def upgrade() -> None:
    with op.batch_alter_table('ledger_entry', recreate='auto') as batch_op:
        batch_op.drop_constraint(op.f('ck_ledger_entry_kind'), type_='check')
        batch_op.create_check_constraint('kind', NEW_KINDS)
        batch_op.create_check_constraint('reversal_names_write_off', REVERSAL_RULE)

    op.create_table('debt_decision',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('amount_cents', sa.Integer(), nullable=True),
    sa.Column('ledger_entry_id', sa.Integer(), nullable=True),
    sa.Column('agreement_id', sa.Integer(), nullable=True),
    sa.Column('reference', sa.String(length=20), nullable=True),
    sa.Column('document', sa.LargeBinary(), nullable=True),
    sa.Column('document_sha256', sa.String(length=64), nullable=True),
    sa.Column('decided_by', sa.String(length=100), nullable=False),
    sa.Column('decided_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("kind IN ('write_off', 'write_off_reversal', 'negotiate', 'claim')",
                       name=op.f('ck_debt_decision_kind')),
    sa.ForeignKeyConstraint(['agreement_id'], ['agreement.id'], name=op.f('fk_debt_decision_agreement_id_agreement')),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_debt_decision_client_id_client')),
    sa.ForeignKeyConstraint(['ledger_entry_id'], ['ledger_entry.id'],
                            name=op.f('fk_debt_decision_ledger_entry_id_ledger_entry')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_debt_decision')),
    sa.UniqueConstraint('reference', name=op.f('uq_debt_decision_reference'))
    )
    op.create_index(op.f('ix_debt_decision_client_id'), 'debt_decision', ['client_id'], unique=False)
    op.create_table('account_balance',
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('balance_cents', sa.Integer(), nullable=False),
    sa.Column('written_off_cents', sa.Integer(), nullable=False),
    sa.Column('last_payment_on', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_account_balance_client_id_client')),
    sa.PrimaryKeyConstraint('client_id', name=op.f('pk_account_balance'))
    )
    op.create_table('open_charge',
    sa.Column('charge_id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('due_date', sa.Date(), nullable=False),
    sa.Column('open_cents', sa.Integer(), nullable=False),
    sa.CheckConstraint('open_cents > 0', name=op.f('ck_open_charge_open_positive')),
    sa.ForeignKeyConstraint(['charge_id'], ['ledger_entry.id'], name=op.f('fk_open_charge_charge_id_ledger_entry')),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_open_charge_client_id_client')),
    sa.PrimaryKeyConstraint('charge_id', name=op.f('pk_open_charge'))
    )
    op.create_index(op.f('ix_open_charge_client_id'), 'open_charge', ['client_id'], unique=False)
    op.create_index(op.f('ix_open_charge_due_date'), 'open_charge', ['due_date'], unique=False)
    op.create_table('month_end_receivable',
    sa.Column('month_end', sa.Date(), nullable=False),
    sa.Column('receivable_cents', sa.Integer(), nullable=False),
    sa.Column('overdue_cents', sa.Integer(), nullable=False),
    sa.Column('ledger_high_water', sa.Integer(), nullable=False),
    sa.Column('computed_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('month_end', name=op.f('pk_month_end_receivable'))
    )
    with Session(bind=op.get_bind()) as session:
        rebuild_all_balances(session)
        session.flush()


def downgrade() -> None:
    op.drop_table('month_end_receivable')
    op.drop_index(op.f('ix_open_charge_due_date'), table_name='open_charge')
    op.drop_index(op.f('ix_open_charge_client_id'), table_name='open_charge')
    op.drop_table('open_charge')
    op.drop_table('account_balance')
    op.drop_index(op.f('ix_debt_decision_client_id'), table_name='debt_decision')
    op.drop_table('debt_decision')
    # A database that holds write-offs fails here, on the old CHECK rule, and stays at 0007.
    with op.batch_alter_table('ledger_entry', recreate='auto') as batch_op:
        batch_op.drop_constraint(op.f('ck_ledger_entry_reversal_names_write_off'), type_='check')
        batch_op.drop_constraint(op.f('ck_ledger_entry_kind'), type_='check')
        batch_op.create_check_constraint('kind', OLD_KINDS)
