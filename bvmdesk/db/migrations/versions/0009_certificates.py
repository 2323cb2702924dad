"""certificates: signing keys and eligibility overrides

- signing_keys: the public Ed25519 keys that sign certificates, per site (the private key is
  a file on the site's PCs, never in the database); a retired key still verifies.
- eligibility_overrides: an administrator's recorded reason to allow a certificate although
  a condition is not met (a fact; withdrawing it is its only change).

Existing certificates and modules keep their values. The fact triggers are installed again
at the end so that the new fact table is guarded too.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03
"""
from alembic import op
import sqlalchemy as sa

from bvmdesk.db.triggers import drop_fact_triggers, install_fact_triggers


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('signing_keys',
    sa.Column('key_id', sa.String(length=16), nullable=False),
    sa.Column('public_key', sa.LargeBinary(), nullable=False),
    sa.Column('retired_at', sa.DateTime(), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.Column('updated_by', sa.String(length=80), nullable=False),
    sa.Column('hlc', sa.String(length=24), nullable=False),
    sa.Column('site_id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['site_id'], ['sites.id'], name=op.f('fk_signing_keys_site_id_sites')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_signing_keys')),
    sa.UniqueConstraint('key_id', name=op.f('uq_signing_keys_key_id'))
    )
    with op.batch_alter_table('signing_keys', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_signing_keys_hlc'), ['hlc'], unique=False)

    op.create_table('eligibility_overrides',
    sa.Column('enrolment_id', sa.Uuid(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('recorded_by', sa.String(length=80), nullable=False),
    sa.Column('withdrawn_at', sa.DateTime(), nullable=True),
    sa.Column('withdrawn_by', sa.String(length=80), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.Column('updated_by', sa.String(length=80), nullable=False),
    sa.Column('hlc', sa.String(length=24), nullable=False),
    sa.Column('site_id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['enrolment_id'], ['enrolments.id'], name=op.f('fk_eligibility_overrides_enrolment_id_enrolments')),
    sa.ForeignKeyConstraint(['site_id'], ['sites.id'], name=op.f('fk_eligibility_overrides_site_id_sites')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_eligibility_overrides'))
    )
    with op.batch_alter_table('eligibility_overrides', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_eligibility_overrides_enrolment_id'), ['enrolment_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_eligibility_overrides_hlc'), ['hlc'], unique=False)

    install_fact_triggers(op.get_bind())


def downgrade() -> None:
    drop_fact_triggers(op.get_bind())
    with op.batch_alter_table('eligibility_overrides', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_eligibility_overrides_hlc'))
        batch_op.drop_index(batch_op.f('ix_eligibility_overrides_enrolment_id'))

    op.drop_table('eligibility_overrides')
    with op.batch_alter_table('signing_keys', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_signing_keys_hlc'))

    op.drop_table('signing_keys')
    install_fact_triggers(op.get_bind())
