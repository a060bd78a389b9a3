"""Compare search terms in byte order on PostgreSQL.

Client search finds a prefix with the range ``word <= term < next_word``,
where ``next_word`` is the word with its last character incremented. That range
is correct only in code-point order. SQLite compares text that way by default;
a PostgreSQL database created with a Spanish (or any ICU/libc) collation does
not, and there ``'12345678{'`` sorts before ``'12345678z'``. The C collation
restores code-point order for this column and its indexes.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-05 09:00:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        # SQLite's default BINARY collation already compares code points.
        return
    # PostgreSQL rebuilds the indexes on the column with the new collation.
    op.alter_column('search_term', 'term', type_=sa.String(length=100, collation='C'),
                    existing_type=sa.String(length=100), existing_nullable=False)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.alter_column('search_term', 'term', type_=sa.String(length=100),
                    existing_type=sa.String(length=100, collation='C'), existing_nullable=False)
