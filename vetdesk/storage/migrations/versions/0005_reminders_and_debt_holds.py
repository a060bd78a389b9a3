"""Add reminder runs, reminders and debt holds.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04 23:30:14.694309
"""

from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('reminder_run',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('as_of', sa.Date(), nullable=False),
    sa.Column('created_by', sa.String(length=100), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reminder_run')),
    sa.UniqueConstraint('as_of', name=op.f('uq_reminder_run_as_of'))
    )
    op.create_table('debt_hold',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('charge_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('ends_on', sa.Date(), nullable=True),
    sa.Column('created_by', sa.String(length=100), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('released_by', sa.String(length=100), nullable=True),
    sa.Column('released_at', sa.DateTime(timezone=True), nullable=True),
    sa.CheckConstraint("kind IN ('hold', 'dispute')", name=op.f('ck_debt_hold_kind')),
    sa.ForeignKeyConstraint(['charge_id'], ['ledger_entry.id'], name=op.f('fk_debt_hold_charge_id_ledger_entry')),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_debt_hold_client_id_client')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_debt_hold'))
    )
    with op.batch_alter_table('debt_hold', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_debt_hold_client_id'), ['client_id'], unique=False)

    op.create_table('reminder',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('run_id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('level', sa.Integer(), nullable=False),
    sa.Column('channel', sa.String(length=10), nullable=False),
    sa.Column('language', sa.String(length=5), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('amount_cents', sa.Integer(), nullable=False),
    sa.Column('items_json', sa.Text(), nullable=False),
    sa.Column('agreement_id', sa.Integer(), nullable=True),
    sa.Column('recipient', sa.String(length=300), nullable=False),
    sa.Column('subject', sa.String(length=200), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('pdf', sa.LargeBinary(), nullable=True),
    sa.Column('edited_by', sa.String(length=100), nullable=True),
    sa.Column('wording_override_by', sa.String(length=100), nullable=True),
    sa.Column('approved_by', sa.String(length=100), nullable=True),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('last_error', sa.Text(), nullable=False),
    sa.Column('sent_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("channel IN ('letter', 'email', 'sms')", name=op.f('ck_reminder_channel')),
    sa.CheckConstraint('amount_cents > 0', name=op.f('ck_reminder_amount_positive')),
    sa.CheckConstraint('level BETWEEN 1 AND 9', name=op.f('ck_reminder_level')),
    sa.ForeignKeyConstraint(['agreement_id'], ['agreement.id'], name=op.f('fk_reminder_agreement_id_agreement')),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_reminder_client_id_client')),
    sa.ForeignKeyConstraint(['run_id'], ['reminder_run.id'], name=op.f('fk_reminder_run_id_reminder_run')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reminder'))
    )
    with op.batch_alter_table('reminder', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_reminder_client_id'), ['client_id'], unique=False)
        batch_op.create_index('ix_reminder_client_level', ['client_id', 'level'], unique=False)
        batch_op.create_index('ix_reminder_run_client', ['run_id', 'client_id'], unique=True)
        batch_op.create_index(batch_op.f('ix_reminder_run_id'), ['run_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_reminder_status'), ['status'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('reminder', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_reminder_status'))
        batch_op.drop_index(batch_op.f('ix_reminder_run_id'))
        batch_op.drop_index('ix_reminder_run_client')
        batch_op.drop_index('ix_reminder_client_level')
        batch_op.drop_index(batch_op.f('ix_reminder_client_id'))

    op.drop_table('reminder')
    with op.batch_alter_table('debt_hold', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_debt_hold_client_id'))

    op.drop_table('debt_hold')
    op.drop_table('reminder_run')
