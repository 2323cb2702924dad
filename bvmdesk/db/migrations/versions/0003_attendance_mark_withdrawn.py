"""attendance mark withdrawn: a mark's status may be NULL (an undo of a first mark);
a covering index for the verzuim scan

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27
"""
from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # SQLite: batch mode copies the table; the named CHECK on status is reflected and kept
    # (`status IN (...)` lets NULL through), as are the indexes and foreign keys.
    with op.batch_alter_table('attendance_marks', schema=None) as batch_op:
        batch_op.alter_column('status', existing_type=sa.VARCHAR(length=20), nullable=True)
        batch_op.create_index(
            'ix_attendance_marks_status_participant',
            ['status', 'participant_id', 'lesson_id', 'arrival_time', 'departure_time', 'id'],
            unique=False,
        )


def downgrade() -> None:
    # Fails while withdrawn marks (status NULL) exist: they cannot be expressed before 0003.
    with op.batch_alter_table('attendance_marks', schema=None) as batch_op:
        batch_op.drop_index('ix_attendance_marks_status_participant')
        batch_op.alter_column('status', existing_type=sa.VARCHAR(length=20), nullable=False)
