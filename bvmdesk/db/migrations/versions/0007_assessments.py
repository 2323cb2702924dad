"""practical assessments: form settings, readable assessment codes and versions, remarks,
the second assessor's signature as strokes, the `opdracht` kind

- assessment_templates: cesuur, required (verplicht), reasons_required; checks on scale,
  version and cesuur; kind may be 'opdracht'.
- criteria: number and weight at least 1.
- assessments: code + version (unique together), remark, second_assessor_role,
  second_assessor_strokes (text) instead of the unused binary signature.
- ratings: remark; value may be NULL (not rated yet, only a toelichting or opmerking).

No earlier version of BVM Desk wrote assessments; rows that exist anyway get their id as
code. The fact triggers are dropped first and installed again at the end, as every
migration that rebuilds a table does (migrations/env.py).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03
"""
from alembic import op
import sqlalchemy as sa

from bvmdesk.db.triggers import drop_fact_triggers, install_fact_triggers

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

_KIND_OLD = "kind IN ('bpv', 'examen')"
_KIND_NEW = "kind IN ('bpv', 'opdracht', 'examen')"


def upgrade() -> None:
    drop_fact_triggers(op.get_bind())
    with op.batch_alter_table('assessment_templates', schema=None) as batch_op:
        batch_op.add_column(sa.Column('cesuur', sa.Float(), nullable=True))
        batch_op.add_column(sa.Column('required', sa.Boolean(), nullable=False,
                                      server_default=sa.true()))
        batch_op.add_column(sa.Column('reasons_required', sa.Boolean(), nullable=False,
                                      server_default=sa.true()))
        batch_op.drop_constraint('kind', type_='check')
        batch_op.create_check_constraint('kind', sa.text(_KIND_NEW))
        batch_op.create_check_constraint('scale', sa.text(
            "scale IN ('ovg', 'acceptabel', 'cijfer')"))
        batch_op.create_check_constraint('version', sa.text('version >= 1'))
        batch_op.create_check_constraint('cesuur', sa.text(
            'cesuur IS NULL OR cesuur BETWEEN 0 AND 100'))
    with op.batch_alter_table('criteria', schema=None) as batch_op:
        batch_op.create_check_constraint('number', sa.text('number >= 1'))
        batch_op.create_check_constraint('weight', sa.text('weight >= 1'))
    with op.batch_alter_table('assessments', schema=None) as batch_op:
        batch_op.add_column(sa.Column('code', sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column('version', sa.Integer(), nullable=False,
                                      server_default='1'))
        batch_op.add_column(sa.Column('remark', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('second_assessor_role', sa.String(length=40),
                                      nullable=True))
        batch_op.add_column(sa.Column('second_assessor_strokes', sa.Text(), nullable=True))
        batch_op.drop_column('second_assessor_signature')
    assessments = sa.table('assessments', sa.column('id', sa.Uuid()),
                           sa.column('code', sa.String()))
    bind = op.get_bind()
    for (key,) in bind.execute(sa.select(assessments.c.id).where(
            assessments.c.code.is_(None))).all():
        bind.execute(assessments.update().where(assessments.c.id == key)
                     .values(code=str(key)[:40]))
    with op.batch_alter_table('assessments', schema=None) as batch_op:
        batch_op.alter_column('code', existing_type=sa.String(length=40), nullable=False)
        batch_op.create_unique_constraint(op.f('uq_assessments_code_version'), ['code', 'version'])
        batch_op.create_check_constraint('version', sa.text('version >= 1'))
    with op.batch_alter_table('ratings', schema=None) as batch_op:
        batch_op.add_column(sa.Column('remark', sa.Text(), nullable=True))
        batch_op.alter_column('value', existing_type=sa.String(length=20), nullable=True)
    install_fact_triggers(op.get_bind())


def downgrade() -> None:
    drop_fact_triggers(op.get_bind())
    with op.batch_alter_table('ratings', schema=None) as batch_op:
        batch_op.alter_column('value', existing_type=sa.String(length=20), nullable=False)
        batch_op.drop_column('remark')
    with op.batch_alter_table('assessments', schema=None) as batch_op:
        batch_op.drop_constraint('version', type_='check')
        batch_op.drop_constraint('uq_assessments_code_version', type_='unique')
        batch_op.add_column(sa.Column('second_assessor_signature', sa.LargeBinary(),
                                      nullable=True))
        for column in ('second_assessor_strokes', 'second_assessor_role', 'remark',
                       'version', 'code'):
            batch_op.drop_column(column)
    with op.batch_alter_table('criteria', schema=None) as batch_op:
        batch_op.drop_constraint('weight', type_='check')
        batch_op.drop_constraint('number', type_='check')
    with op.batch_alter_table('assessment_templates', schema=None) as batch_op:
        for name in ('cesuur', 'version', 'scale', 'kind'):
            batch_op.drop_constraint(name, type_='check')
        batch_op.create_check_constraint('kind', sa.text(_KIND_OLD))
        for column in ('reasons_required', 'required', 'cesuur'):
            batch_op.drop_column(column)
    install_fact_triggers(op.get_bind())
