"""What the assessment service tests share: a module with an enrolled participant and a
form on it."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from bvmdesk.services.assessment_types import CriterionSpec, FormInfo, FormSpec
from bvmdesk.services.base import Actor
from bvmdesk.services.container import Services
from tests.db.support import LessonWorld, build_lesson_world


def ovg_spec(code: str = "LAS-OPD", module_code: str = "M-LAS-1", *,
             criteria: int = 4, kind: str = "opdracht") -> FormSpec:
    """An ovg form: criteria 1-2 under B1-K1-W1 (1 critical), the rest under B1-K1-W2."""
    return FormSpec(code, "Praktijkopdracht lassen", module_code, kind, "ovg", tuple(
        CriterionSpec("B1-K1-W1" if n <= 2 else "B1-K1-W2",
                      "Bereidt het werk voor" if n <= 2 else "Last een hoeknaad", n,
                      f"Criterium {n}", critical=(n == 1))
        for n in range(1, criteria + 1)))


@dataclass(frozen=True)
class AssessmentWorld:
    world: LessonWorld
    form: FormInfo

    @property
    def participant_id(self) -> uuid.UUID:
        return self.world.participant_id

    def criterion(self, number: int) -> uuid.UUID:
        return next(c.id for c in self.form.criteria if c.number == number)


def assessment_world(services: Services, admin: Actor, group_code: str = "LAS-1",
                     spec: FormSpec | None = None) -> AssessmentWorld:
    world = build_lesson_world(services, group_code)
    form = services.assessments.save_form(
        admin, spec or ovg_spec(f"{group_code}-OPD" if group_code != "LAS-1" else "LAS-OPD",
                                module_code=f"M-{group_code}"))
    return AssessmentWorld(world, form)
