"""Alembic environment: configured from the package, not from the working directory."""

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
