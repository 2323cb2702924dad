"""workplace sign-offs: trainer PIN lockout, printed cards, remarks, withdrawn approvals

- workplace_trainers: pin_failures, pin_locked_until (five wrong PINs lock 15 minutes).
- signoff_cards: a printed aftekenkaart (code in its QR, version per enrolment, the tasks
  it was printed with).
- signoffs: remark, card_id (the paper card it came from), imported.
- hours_approvals: recorded_by, withdraws_id (withdrawn at most once), reason, imported,
  a check on method.
- placement_hours: minutes in whole half hours, at most 168 hours.

No earlier version of BVM Desk wrote sign-offs, approvals or hours; rows that exist anyway
keep their values (an approval's recorded_by becomes its created_by). The fact triggers are
dropped first and installed again at the end (tables are rebuilt on SQLite).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03
"""
from alembic import op
import sqlalchemy as sa

from bvmdesk.db.triggers import drop_fact_triggers, install_fact_triggers

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None

_MINUTES_OLD = 'minutes >= 0'
_MINUTES_NEW = 'minutes >= 0 AND minutes <= 10080 AND minutes % 30 = 0'


def upgrade() -> None:
    drop_fact_triggers(op.get_bind())
    with op.batch_alter_table('workplace_trainers', schema=None) as batch_op:
        batch_op.add_column(sa.Column('pin_failures', sa.Integer(), nullable=False,
                                      server_default='0'))
        batch_op.add_column(sa.Column('pin_locked_until', sa.DateTime(), nullable=True))
    op.create_table(
        'signoff_cards',
        sa.Column('code', sa.String(length=40), nullable=False),
        sa.Column('enrolment_id', sa.Uuid(), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('tasks', sa.Text(), nullable=False),
        sa.Column('printed_by', sa.String(length=80), nullable=False),
        sa.Column('id', sa.Uuid(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.Column('created_by', sa.String(length=80), nullable=False),
        sa.Column('updated_by', sa.String(length=80), nullable=False),
        sa.Column('hlc', sa.String(length=24), nullable=False),
        sa.Column('site_id', sa.Uuid(), nullable=False),
        sa.CheckConstraint('version >= 1', name=op.f('ck_signoff_cards_version')),
        sa.ForeignKeyConstraint(['enrolment_id'], ['enrolments.id'],
                                name=op.f('fk_signoff_cards_enrolment_id_enrolments')),
        sa.ForeignKeyConstraint(['site_id'], ['sites.id'],
                                name=op.f('fk_signoff_cards_site_id_sites')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_signoff_cards')),
        sa.UniqueConstraint('code', name=op.f('uq_signoff_cards_code')),
        sa.UniqueConstraint('enrolment_id', 'version',
                            name=op.f('uq_signoff_cards_enrolment_id_version')),
    )
    with op.batch_alter_table('signoff_cards', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_signoff_cards_enrolment_id'), ['enrolment_id'],
                              unique=False)
        batch_op.create_index(batch_op.f('ix_signoff_cards_hlc'), ['hlc'], unique=False)
    with op.batch_alter_table('signoffs', schema=None) as batch_op:
        batch_op.add_column(sa.Column('remark', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('card_id', sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column('imported', sa.Boolean(), nullable=False,
                                      server_default=sa.false()))
        batch_op.create_foreign_key(batch_op.f('fk_signoffs_card_id_signoff_cards'),
                                    'signoff_cards', ['card_id'], ['id'])
    with op.batch_alter_table('hours_approvals', schema=None) as batch_op:
        batch_op.add_column(sa.Column('recorded_by', sa.String(length=80), nullable=True))
        batch_op.add_column(sa.Column('withdraws_id', sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column('reason', sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column('imported', sa.Boolean(), nullable=False,
                                      server_default=sa.false()))
        batch_op.create_foreign_key(batch_op.f('fk_hours_approvals_withdraws_id_hours_approvals'),
                                    'hours_approvals', ['withdraws_id'], ['id'])
        batch_op.create_check_constraint('method', sa.text("method IN ('screen', 'paper')"))
    approvals = sa.table('hours_approvals', sa.column('recorded_by', sa.String()),
                         sa.column('created_by', sa.String()))
    op.get_bind().execute(approvals.update().where(approvals.c.recorded_by.is_(None))
                          .values(recorded_by=approvals.c.created_by))
    with op.batch_alter_table('hours_approvals', schema=None) as batch_op:
        batch_op.alter_column('recorded_by', existing_type=sa.String(length=80),
                              nullable=False)
    where = sa.text('withdraws_id IS NOT NULL')
    op.create_index('uq_hours_approvals_withdraws_id', 'hours_approvals', ['withdraws_id'],
                    unique=True, sqlite_where=where, postgresql_where=where)
    with op.batch_alter_table('placement_hours', schema=None) as batch_op:
        batch_op.drop_constraint('minutes', type_='check')
        batch_op.create_check_constraint('minutes', sa.text(_MINUTES_NEW))
    install_fact_triggers(op.get_bind())


def downgrade() -> None:
    drop_fact_triggers(op.get_bind())
    with op.batch_alter_table('placement_hours', schema=None) as batch_op:
        batch_op.drop_constraint('minutes', type_='check')
        batch_op.create_check_constraint('minutes', sa.text(_MINUTES_OLD))
    op.drop_index('uq_hours_approvals_withdraws_id', table_name='hours_approvals')
    with op.batch_alter_table('hours_approvals', schema=None) as batch_op:
        batch_op.drop_constraint('method', type_='check')
        batch_op.drop_constraint('fk_hours_approvals_withdraws_id_hours_approvals',
                                 type_='foreignkey')
        for column in ('imported', 'reason', 'withdraws_id', 'recorded_by'):
            batch_op.drop_column(column)
    with op.batch_alter_table('signoffs', schema=None) as batch_op:
        batch_op.drop_constraint('fk_signoffs_card_id_signoff_cards', type_='foreignkey')
        for column in ('imported', 'card_id', 'remark'):
            batch_op.drop_column(column)
    with op.batch_alter_table('signoff_cards', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_signoff_cards_hlc'))
        batch_op.drop_index(batch_op.f('ix_signoff_cards_enrolment_id'))
    op.drop_table('signoff_cards')
    with op.batch_alter_table('workplace_trainers', schema=None) as batch_op:
        batch_op.drop_column('pin_locked_until')
        batch_op.drop_column('pin_failures')
    install_fact_triggers(op.get_bind())
