"""Add a covering index for each client's balance.

The reminder run and the search results sum each client's charges and
payments; with (client_id, kind, amount_cents) in one index, SQLite and
PostgreSQL answer from the index alone.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-05 00:30:00
"""

from alembic import op


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_ledger_entry_client_kind_amount', 'ledger_entry', ['client_id', 'kind', 'amount_cents'],
                    unique=False)


def downgrade() -> None:
    op.drop_index('ix_ledger_entry_client_kind_amount', table_name='ledger_entry')
