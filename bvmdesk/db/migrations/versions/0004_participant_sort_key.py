"""participant search key in list order: last name first, parts separated by \\x1f;
the covering index follows it

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27
"""
from alembic import op
import sqlalchemy as sa

from bvmdesk.domain.text import display_name, search_key

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

_participants = sa.table(
    "participants",
    sa.column("id", sa.Uuid()),
    sa.column("first_names", sa.String()),
    sa.column("prefix", sa.String()),
    sa.column("last_name", sa.String()),
    sa.column("number", sa.String()),
    sa.column("badge", sa.String()),
    sa.column("search_text", sa.Text()),
)


def _recompute(key) -> None:  # type: ignore[no-untyped-def]
    conn = op.get_bind()
    rows = conn.execute(sa.select(
        _participants.c.id, _participants.c.first_names, _participants.c.prefix,
        _participants.c.last_name, _participants.c.number, _participants.c.badge)).all()
    updates = [{"pid": r.id, "text": key(r)} for r in rows]
    if updates:
        conn.execute(
            _participants.update().where(_participants.c.id == sa.bindparam("pid"))
            .values(search_text=sa.bindparam("text")),
            updates,
        )


def upgrade() -> None:
    _recompute(lambda r: search_key(
        r.last_name, r.first_names, r.prefix, display_name(r.first_names, r.prefix, r.last_name),
        r.number, r.badge))
    with op.batch_alter_table('participants', schema=None) as batch_op:
        batch_op.drop_index('ix_participants_search')
        batch_op.create_index(
            'ix_participants_search', ['search_text', 'number', 'deleted_at', 'id'], unique=False)


def downgrade() -> None:
    _recompute(lambda r: "|".join(
        p for p in (search_key(r.first_names), search_key(r.prefix), search_key(r.last_name),
                    search_key(display_name(r.first_names, r.prefix, r.last_name)),
                    search_key(r.number), search_key(r.badge)) if p))
    with op.batch_alter_table('participants', schema=None) as batch_op:
        batch_op.drop_index('ix_participants_search')
        batch_op.create_index(
            'ix_participants_search',
            ['last_name', 'first_names', 'number', 'search_text', 'deleted_at', 'id'],
            unique=False,
        )
