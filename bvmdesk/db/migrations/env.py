"""Alembic environment: configured from the package, not from the working directory.

Fact triggers (bvmdesk/db/triggers.py), for authors of a new revision: on SQLite a batch
migration rebuilds the table (copy, drop, rename), which drops that table's triggers, and
the rename fails while another table's trigger names the table being replaced (the
ratings trigger reads `assessments`; every DELETE trigger reads `fact_purge_permits`).
`bvmdesk.db.migrate.upgrade` drops them before the migrations and reinstalls them after;
a revision that rebuilds a table, or corrects a fact, must still work on its own:
call `drop_fact_triggers(op.get_bind())` first and `install_fact_triggers(op.get_bind())`
last (both idempotent), in upgrade() and in downgrade().
tests/db/test_fact_triggers.py checks that every trigger exists after `upgrade head`.
"""

from alembic import context
from sqlalchemy import Connection

from bvmdesk.db.models import Base

target_metadata = Base.metadata


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("BVM Desk runs its migrations through bvmdesk.db.migrate")
_run(connection)
