"""Autogenerate the next Alembic revision: `python scripts/new_migration.py "what changed"`.

It migrates a temporary SQLite file to head, compares it with the models and writes
`bvmdesk/db/migrations/versions/NNNN_<message>.py`. Then set HEAD_REVISION in
bvmdesk/db/migrate.py to NNNN (tests/db keeps them equal) and read the script.
"""

import sys
import tempfile
from pathlib import Path

from alembic import command
from alembic.script import ScriptDirectory

from bvmdesk.db.engine import make_engine
from bvmdesk.db.migrate import alembic_config, upgrade


def main(message: str) -> None:
    path = Path(tempfile.mkdtemp()) / "head.sqlite"
    engine = make_engine(str(path))
    upgrade(engine)
    head = ScriptDirectory.from_config(alembic_config()).get_current_head() or "0000"
    rev_id = f"{int(head) + 1:04d}"
    with engine.connect() as conn:
        command.revision(alembic_config(conn), message=message, autogenerate=True, rev_id=rev_id)
    print(f"Nieuwe revisie {rev_id}: zet HEAD_REVISION in bvmdesk/db/migrate.py op '{rev_id}'.")


if __name__ == "__main__":
    main(" ".join(sys.argv[1:]) or "schema change")
