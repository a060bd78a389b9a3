"""Add staff accounts, the audit hash chain, client erasure and ledger request ids.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-04 21:08:35.851901
"""

from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('audit_chain_head',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('last_event_id', sa.Integer(), nullable=True),
    sa.Column('last_hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_chain_head'))
    )
    op.create_table('staff_member',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('username', sa.String(length=50), nullable=False),
    sa.Column('display_name', sa.String(length=100), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('password_hash', sa.String(length=200), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint("role IN ('reception', 'vet', 'manager', 'administrator')", name=op.f('ck_staff_member_role')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_staff_member')),
    sa.UniqueConstraint('username', name=op.f('uq_staff_member_username'))
    )
    # Plain ADD COLUMN and CREATE INDEX, not a batch copy of each table: on SQLite a batch
    # rebuilds the table, which takes minutes for a clinic with millions of ledger entries.
    op.add_column('audit_event', sa.Column('workstation', sa.String(length=100), nullable=False,
                                           server_default=''))
    op.add_column('audit_event', sa.Column('previous_hash', sa.String(length=64), nullable=False,
                                           server_default=''))
    op.add_column('audit_event', sa.Column('event_hash', sa.String(length=64), nullable=False,
                                           server_default=''))
    op.add_column('client', sa.Column('anonymised_at', sa.DateTime(timezone=True), nullable=True))
    op.add_column('ledger_entry', sa.Column('request_id', sa.String(length=36), nullable=True))
    op.create_index('ix_ledger_entry_request_id', 'ledger_entry', ['request_id'], unique=True)


def downgrade() -> None:
    op.drop_index('ix_ledger_entry_request_id', table_name='ledger_entry')
    with op.batch_alter_table('ledger_entry', schema=None) as batch_op:
        batch_op.drop_column('request_id')

    with op.batch_alter_table('client', schema=None) as batch_op:
        batch_op.drop_column('anonymised_at')

    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.drop_column('event_hash')
        batch_op.drop_column('previous_hash')
        batch_op.drop_column('workstation')

    op.drop_table('staff_member')
    op.drop_table('audit_chain_head')
