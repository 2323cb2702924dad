"""All models, imported once so that `Base.metadata` knows every table."""

from bvmdesk.db.base import Base
from bvmdesk.db.models.assessment import (
    Assessment,
    AssessmentTemplate,
    Attachment,
    Criterion,
    HoursApproval,
    HoursApprovalItem,
    PlacementHours,
    Rating,
    SignOff,
    SignOffCard,
    SignOffTask,
)
from bvmdesk.db.models.attendance import AttendanceMark, PlannedAbsence, VerzuimHandover
from bvmdesk.db.models.certificates import Certificate, EligibilityOverride, SigningKey
from bvmdesk.db.models.education import (
    Enrolment,
    Group,
    GroupInstructor,
    Holiday,
    Lesson,
    Module,
    OutreachActivity,
    Programme,
    WorkProcess,
)
from bvmdesk.db.models.org import (
    AuditEvent,
    FactPurgePermit,
    LocalSetting,
    NumberSequence,
    Site,
    User,
)
from bvmdesk.db.models.people import Company, Participant, WorkplaceTrainer

__all__ = [
    "Assessment", "AssessmentTemplate", "Attachment", "AttendanceMark", "AuditEvent", "Base",
    "Certificate", "Company", "Criterion", "EligibilityOverride", "Enrolment",
    "FactPurgePermit", "Group", "GroupInstructor", "Holiday", "HoursApproval",
    "HoursApprovalItem", "Lesson", "LocalSetting", "Module", "NumberSequence",
    "OutreachActivity", "Participant",
    "PlacementHours", "PlannedAbsence", "Programme", "Rating", "SignOff", "SignOffCard",
    "SignOffTask", "SigningKey", "Site", "User", "VerzuimHandover", "WorkProcess",
    "WorkplaceTrainer",
]
