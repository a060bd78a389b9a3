"""Create the clinic schema: clinic, clients, pets, ledger, settings, audit.

Revision ID: 0001
Revises: 
Create Date: 2026-12-04 20:09:25.205534
"""

from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('audit_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('occurred_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('actor', sa.String(length=100), nullable=False),
    sa.Column('action', sa.String(length=50), nullable=False),
    sa.Column('entity', sa.String(length=50), nullable=False),
    sa.Column('entity_id', sa.String(length=100), nullable=False),
    sa.Column('before_json', sa.Text(), nullable=True),
    sa.Column('after_json', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_event'))
    )
    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.create_index('ix_audit_event_entity', ['entity', 'entity_id'], unique=False)

    op.create_table('client',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('given_name', sa.String(length=100), nullable=False),
    sa.Column('surnames', sa.String(length=150), nullable=False),
    sa.Column('id_number', sa.String(length=12), nullable=True),
    sa.Column('phone', sa.String(length=20), nullable=False),
    sa.Column('phone2', sa.String(length=20), nullable=False),
    sa.Column('email', sa.String(length=200), nullable=False),
    sa.Column('address_line', sa.String(length=200), nullable=False),
    sa.Column('postal_code', sa.String(length=10), nullable=False),
    sa.Column('city', sa.String(length=100), nullable=False),
    sa.Column('province', sa.String(length=100), nullable=False),
    sa.Column('consent_email', sa.Boolean(), nullable=False),
    sa.Column('consent_sms', sa.Boolean(), nullable=False),
    sa.Column('consent_post', sa.Boolean(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('no_reminders', sa.Boolean(), nullable=False),
    sa.Column('external_ref', sa.String(length=50), nullable=True),
    sa.Column('sort_key', sa.String(length=260), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_client')),
    sa.UniqueConstraint('id_number', name=op.f('uq_client_id_number'))
    )
    with op.batch_alter_table('client', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_client_external_ref'), ['external_ref'], unique=False)
        batch_op.create_index(batch_op.f('ix_client_sort_key'), ['sort_key'], unique=False)

    op.create_table('clinic',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('tax_id', sa.String(length=20), nullable=False),
    sa.Column('address_line', sa.String(length=200), nullable=False),
    sa.Column('postal_code', sa.String(length=10), nullable=False),
    sa.Column('city', sa.String(length=100), nullable=False),
    sa.Column('province', sa.String(length=100), nullable=False),
    sa.Column('phone', sa.String(length=20), nullable=False),
    sa.Column('email', sa.String(length=200), nullable=False),
    sa.Column('iban', sa.String(length=34), nullable=False),
    sa.Column('logo', sa.LargeBinary(), nullable=True),
    sa.Column('time_zone', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_clinic'))
    )
    op.create_table('pet',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('species', sa.String(length=50), nullable=False),
    sa.Column('breed', sa.String(length=100), nullable=False),
    sa.Column('sex', sa.String(length=10), nullable=False),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('microchip', sa.String(length=20), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("sex IN ('', 'male', 'female')", name=op.f('ck_pet_sex')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_pet'))
    )
    op.create_table('setting',
    sa.Column('key', sa.String(length=100), nullable=False),
    sa.Column('value_json', sa.Text(), nullable=False),
    sa.Column('updated_by', sa.String(length=100), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_setting'))
    )
    op.create_table('banner_override',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('overdue_cents', sa.Integer(), nullable=False),
    sa.Column('created_by', sa.String(length=100), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_banner_override_client_id_client')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_banner_override'))
    )
    with op.batch_alter_table('banner_override', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_banner_override_client_id'), ['client_id'], unique=False)

    op.create_table('ledger_entry',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('entry_date', sa.Date(), nullable=False),
    sa.Column('due_date', sa.Date(), nullable=True),
    sa.Column('description', sa.String(length=300), nullable=False),
    sa.Column('pet_id', sa.Integer(), nullable=True),
    sa.Column('amount_cents', sa.Integer(), nullable=False),
    sa.Column('payment_method', sa.String(length=20), nullable=True),
    sa.Column('applies_to_id', sa.Integer(), nullable=True),
    sa.Column('recorded_by', sa.String(length=100), nullable=False),
    sa.Column('recorded_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("kind <> 'charge' OR due_date IS NOT NULL", name=op.f('ck_ledger_entry_charge_due_date')),
    sa.CheckConstraint("kind IN ('charge', 'payment', 'credit_note')", name=op.f('ck_ledger_entry_kind')),
    sa.CheckConstraint("payment_method IS NULL OR payment_method IN ('cash', 'card', 'transfer', 'bizum', 'direct_debit')", name=op.f('ck_ledger_entry_payment_method')),
    sa.CheckConstraint('amount_cents > 0', name=op.f('ck_ledger_entry_amount_positive')),
    sa.ForeignKeyConstraint(['applies_to_id'], ['ledger_entry.id'], name=op.f('fk_ledger_entry_applies_to_id_ledger_entry')),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_ledger_entry_client_id_client')),
    sa.ForeignKeyConstraint(['pet_id'], ['pet.id'], name=op.f('fk_ledger_entry_pet_id_pet')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ledger_entry'))
    )
    with op.batch_alter_table('ledger_entry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_ledger_entry_client_id'), ['client_id'], unique=False)

    op.create_table('pet_owner',
    sa.Column('pet_id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('responsible', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_pet_owner_client_id_client'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['pet_id'], ['pet.id'], name=op.f('fk_pet_owner_pet_id_pet'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('pet_id', 'client_id', name=op.f('pk_pet_owner'))
    )
    with op.batch_alter_table('pet_owner', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_pet_owner_client_id'), ['client_id'], unique=False)
        batch_op.create_index('uq_pet_owner_responsible', ['pet_id'], unique=True, sqlite_where=sa.text('responsible'), postgresql_where=sa.text('responsible'))

    op.create_table('search_term',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('term', sa.String(length=100), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('pet_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_search_term_client_id_client'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['pet_id'], ['pet.id'], name=op.f('fk_search_term_pet_id_pet'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_search_term'))
    )
    with op.batch_alter_table('search_term', schema=None) as batch_op:
        batch_op.create_index('ix_search_term_client_term', ['client_id', 'term'], unique=False)
        batch_op.create_index('ix_search_term_term_client', ['term', 'client_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('search_term', schema=None) as batch_op:
        batch_op.drop_index('ix_search_term_term_client')
        batch_op.drop_index('ix_search_term_client_term')

    op.drop_table('search_term')
    with op.batch_alter_table('pet_owner', schema=None) as batch_op:
        batch_op.drop_index('uq_pet_owner_responsible', sqlite_where=sa.text('responsible'), postgresql_where=sa.text('responsible'))
        batch_op.drop_index(batch_op.f('ix_pet_owner_client_id'))

    op.drop_table('pet_owner')
    with op.batch_alter_table('ledger_entry', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_ledger_entry_client_id'))

    op.drop_table('ledger_entry')
    with op.batch_alter_table('banner_override', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_banner_override_client_id'))

    op.drop_table('banner_override')
    op.drop_table('setting')
    op.drop_table('pet')
    op.drop_table('clinic')
    with op.batch_alter_table('client', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_client_sort_key'))
        batch_op.drop_index(batch_op.f('ix_client_external_ref'))

    op.drop_table('client')
    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_event_entity')

    op.drop_table('audit_event')
