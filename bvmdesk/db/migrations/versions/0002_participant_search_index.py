"""participant search index: a covering index in list order

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27
"""
from alembic import op


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('participants', schema=None) as batch_op:
        batch_op.drop_index('ix_participants_sort')
        batch_op.create_index(
            'ix_participants_search',
            ['last_name', 'first_names', 'number', 'search_text', 'deleted_at', 'id'],
            unique=False,
        )


def downgrade() -> None:
    with op.batch_alter_table('participants', schema=None) as batch_op:
        batch_op.drop_index('ix_participants_search')
        batch_op.create_index('ix_participants_sort', ['last_name', 'first_names'], unique=False)
