"""Add payment agreements, their schedules and signed forms, and the seal certificate.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-04 22:31:48.577748
"""

from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('seal_certificate',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('p12', sa.LargeBinary(), nullable=False),
    sa.Column('subject', sa.String(length=300), nullable=False),
    sa.Column('fingerprint_sha256', sa.String(length=64), nullable=False),
    sa.Column('not_before', sa.DateTime(timezone=True), nullable=False),
    sa.Column('not_after', sa.DateTime(timezone=True), nullable=False),
    sa.Column('self_signed', sa.Boolean(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_by', sa.String(length=100), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_seal_certificate')),
    sa.UniqueConstraint('fingerprint_sha256', name=op.f('uq_seal_certificate_fingerprint_sha256'))
    )
    op.create_table('agreement',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=20), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('period', sa.String(length=20), nullable=True),
    sa.Column('amount_cents', sa.Integer(), nullable=False),
    sa.Column('discount_cents', sa.Integer(), nullable=False),
    sa.Column('fee_cents', sa.Integer(), nullable=False),
    sa.Column('financing_provider', sa.String(length=200), nullable=False),
    sa.Column('financing_reference', sa.String(length=100), nullable=False),
    sa.Column('accelerate_on_breach', sa.Boolean(), nullable=False),
    sa.Column('broken_after_missed', sa.Integer(), nullable=False),
    sa.Column('broken_after_days', sa.Integer(), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('baseline_entry_id', sa.Integer(), nullable=False),
    sa.Column('language', sa.String(length=5), nullable=False),
    sa.Column('created_by', sa.String(length=100), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('cancelled_by', sa.String(length=100), nullable=True),
    sa.Column('cancelled_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('cancel_reason', sa.Text(), nullable=False),
    sa.Column('request_id', sa.String(length=36), nullable=True),
    sa.CheckConstraint("kind IN ('instalments', 'promise', 'financing')", name=op.f('ck_agreement_kind')),
    sa.CheckConstraint("period IS NULL OR period IN ('monthly', 'biweekly', 'weekly')", name=op.f('ck_agreement_period')),
    sa.CheckConstraint('amount_cents > 0', name=op.f('ck_agreement_amount_positive')),
    sa.CheckConstraint('discount_cents >= 0 AND fee_cents >= 0', name=op.f('ck_agreement_discount_fee')),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_agreement_client_id_client')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agreement')),
    sa.UniqueConstraint('number', name=op.f('uq_agreement_number')),
    sa.UniqueConstraint('request_id', name=op.f('uq_agreement_request_id'))
    )
    with op.batch_alter_table('agreement', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agreement_client_id'), ['client_id'], unique=False)

    op.create_table('agreement_charge',
    sa.Column('agreement_id', sa.Integer(), nullable=False),
    sa.Column('charge_id', sa.Integer(), nullable=False),
    sa.Column('covered_cents', sa.Integer(), nullable=False),
    sa.CheckConstraint('covered_cents > 0', name=op.f('ck_agreement_charge_covered_positive')),
    sa.ForeignKeyConstraint(['agreement_id'], ['agreement.id'], name=op.f('fk_agreement_charge_agreement_id_agreement')),
    sa.ForeignKeyConstraint(['charge_id'], ['ledger_entry.id'], name=op.f('fk_agreement_charge_charge_id_ledger_entry')),
    sa.PrimaryKeyConstraint('agreement_id', 'charge_id', name=op.f('pk_agreement_charge'))
    )
    with op.batch_alter_table('agreement_charge', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agreement_charge_charge_id'), ['charge_id'], unique=False)

    op.create_table('agreement_document',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('agreement_id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('language', sa.String(length=5), nullable=False),
    sa.Column('pdf', sa.LargeBinary(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('signature_png', sa.LargeBinary(), nullable=True),
    sa.Column('signed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('witnessed_by', sa.String(length=100), nullable=False),
    sa.Column('seal_certificate_id', sa.Integer(), nullable=True),
    sa.Column('created_by', sa.String(length=100), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['agreement_id'], ['agreement.id'], name=op.f('fk_agreement_document_agreement_id_agreement')),
    sa.ForeignKeyConstraint(['seal_certificate_id'], ['seal_certificate.id'], name=op.f('fk_agreement_document_seal_certificate_id_seal_certificate')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agreement_document'))
    )
    with op.batch_alter_table('agreement_document', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agreement_document_agreement_id'), ['agreement_id'], unique=False)
        batch_op.create_index('ix_agreement_document_agreement_version', ['agreement_id', 'version'], unique=True)
        batch_op.create_index(batch_op.f('ix_agreement_document_sha256'), ['sha256'], unique=False)

    op.create_table('agreement_line',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('agreement_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('due_date', sa.Date(), nullable=False),
    sa.Column('amount_cents', sa.Integer(), nullable=False),
    sa.CheckConstraint('amount_cents > 0', name=op.f('ck_agreement_line_amount_positive')),
    sa.ForeignKeyConstraint(['agreement_id'], ['agreement.id'], name=op.f('fk_agreement_line_agreement_id_agreement')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agreement_line'))
    )
    with op.batch_alter_table('agreement_line', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agreement_line_agreement_id'), ['agreement_id'], unique=False)
        batch_op.create_index('ix_agreement_line_agreement_number', ['agreement_id', 'number'], unique=True)

    # Plain ADD COLUMN, as in 0002, so that SQLite does not copy the whole ledger.
    op.add_column('ledger_entry', sa.Column('agreement_id', sa.Integer(), nullable=True))
    op.create_index('ix_ledger_entry_agreement_id', 'ledger_entry', ['agreement_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('ledger_entry', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_ledger_entry_agreement_id'))
        batch_op.drop_column('agreement_id')

    with op.batch_alter_table('agreement_line', schema=None) as batch_op:
        batch_op.drop_index('ix_agreement_line_agreement_number')
        batch_op.drop_index(batch_op.f('ix_agreement_line_agreement_id'))

    op.drop_table('agreement_line')
    with op.batch_alter_table('agreement_document', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agreement_document_sha256'))
        batch_op.drop_index('ix_agreement_document_agreement_version')
        batch_op.drop_index(batch_op.f('ix_agreement_document_agreement_id'))

    op.drop_table('agreement_document')
    with op.batch_alter_table('agreement_charge', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agreement_charge_charge_id'))

    op.drop_table('agreement_charge')
    with op.batch_alter_table('agreement', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agreement_client_id'))

    op.drop_table('agreement')
    op.drop_table('seal_certificate')
