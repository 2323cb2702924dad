"""users.must_change_password: after an administrator resets a password, the person chooses
a new one at the next login (issue 16)

Existing accounts get false (server default): nobody is asked to change a password they
chose themselves.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-10
"""
from alembic import op
import sqlalchemy as sa


revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.add_column(sa.Column('must_change_password', sa.Boolean(), nullable=False,
                                      server_default=sa.false()))


def downgrade() -> None:
    # Not in batch mode: on SQLite that copies `users`, and dropping the old table fails
    # while other tables refer to it and foreign keys are on. SQLite (3.35+) drops a plain
    # column in place, as PostgreSQL does.
    op.execute('ALTER TABLE users DROP COLUMN must_change_password')
