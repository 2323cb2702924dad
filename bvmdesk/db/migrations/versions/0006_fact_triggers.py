"""facts enforced by the database: triggers, purge permits, superseded at most once

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-04
"""
import uuid

from alembic import op
import sqlalchemy as sa

from bvmdesk.db.triggers import drop_fact_triggers, install_fact_triggers

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

# (table, column): each row is superseded (or withdrawn) at most once.
_ONCE = [
    ('assessments', 'supersedes_id'),
    ('attendance_marks', 'supersedes_id'),
    ('certificates', 'supersedes_id'),
    ('placement_hours', 'supersedes_id'),
    ('signoffs', 'withdraws_id'),
]


def _refuse_double_supersedes() -> None:
    """A unique index cannot be made over rows that break it: say which, in Dutch."""
    bind = op.get_bind()
    for table, column in _ONCE:
        row = bind.execute(sa.text(
            f"SELECT {column}, count(*) FROM {table} WHERE {column} IS NOT NULL "
            f"GROUP BY {column} HAVING count(*) > 1 ORDER BY 1")).first()
        if row is not None:
            key = uuid.UUID(str(row[0]))  # SQLite gives the stored hex text
            raise RuntimeError(
                f"in {table} is record {key} {row[1]} keer vervangen ({column}); een "
                "record wordt hoogstens eenmaal vervangen. Los dit eerst op (met een back-up "
                "terug, of vraag de ontwikkelaars) en start dan opnieuw.")


def upgrade() -> None:
    op.create_table(
        'fact_purge_permits',
        sa.Column('table_name', sa.String(length=60), nullable=False),
        sa.Column('row_id', sa.Uuid(), nullable=False),
        sa.PrimaryKeyConstraint('table_name', 'row_id', name=op.f('pk_fact_purge_permits')),
    )
    _refuse_double_supersedes()
    existing = {ix['name'] for ix in sa.inspect(op.get_bind()).get_indexes('attendance_marks')}
    if 'ix_attendance_marks_supersedes_id' in existing:
        op.drop_index('ix_attendance_marks_supersedes_id', table_name='attendance_marks')
    for table, column in _ONCE:
        where = sa.text(f'{column} IS NOT NULL')
        op.create_index(f'uq_{table}_{column}', table, [column], unique=True,
                        sqlite_where=where, postgresql_where=where)
    install_fact_triggers(op.get_bind())


def downgrade() -> None:
    drop_fact_triggers(op.get_bind())
    for table, column in _ONCE:
        op.drop_index(f'uq_{table}_{column}', table_name=table)
    op.drop_table('fact_purge_permits')
