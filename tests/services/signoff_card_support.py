"""A participant with a workplace (company, praktijkopleider) and sign-off tasks on the
module, written with the ORM: what the card and PDF tests share."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from bvmdesk.db.models import Company, Enrolment, SignOffTask, WorkplaceTrainer, WorkProcess
from bvmdesk.services.container import Services, sessions_of
from tests.db.support import LessonWorld, build_lesson_world

COMPANY = "Metaalbouw Zwolle B.V."
SBB_ID = "100234567"
TRAINER = "Piet Praktijk"
TASKS = (("T1", "Stelt de lasmachine in volgens de WPS", "B1-K1-W1", True),
         ("T2", "Last een hoeknaad in positie PB", "B1-K1-W2", True),
         ("T3", "Ruimt de werkplek veilig op", None, False))


@dataclass(frozen=True)
class CardWorld:
    world: LessonWorld
    company_id: uuid.UUID
    trainer_id: uuid.UUID
    tasks: dict[str, uuid.UUID]

    @property
    def enrolment_id(self) -> uuid.UUID:
        return self.world.enrolment_id

    @property
    def participant_id(self) -> uuid.UUID:
        return self.world.participant_id


def card_world(services: Services, group_code: str = "LAS-1", *, workplace: bool = True,
               tasks: bool = True) -> CardWorld:
    """build_lesson_world plus a company with a trainer on the enrolment and TASKS."""
    world = build_lesson_world(services, group_code)
    with sessions_of(services).write("test") as s:
        company = s.scalars(select(Company).where(Company.code == "MBZ")).first()
        if company is None:
            company = Company(code="MBZ", name=COMPANY, sbb_id=SBB_ID, city="Zwolle")
            s.add(company)
            s.flush()
        trainer = s.scalars(select(WorkplaceTrainer)
                            .where(WorkplaceTrainer.code == "PO-PIET")).first()
        if trainer is None:
            trainer = WorkplaceTrainer(code="PO-PIET", name=TRAINER, company_id=company.id)
            s.add(trainer)
            s.flush()
        if workplace:
            enrolment = s.get(Enrolment, world.enrolment_id)
            assert enrolment is not None
            enrolment.company_id = company.id
            enrolment.trainer_id = trainer.id
        ids: dict[str, uuid.UUID] = {}
        if tasks:
            for code, description, process, required in TASKS:
                ids[code] = add_task(s, world.module_id, code, description, process, required)
        return CardWorld(world, company.id, trainer.id, ids)


def add_task(s: Session, module_id: uuid.UUID, code: str, description: str,
             process: str | None = None, required: bool = True) -> uuid.UUID:
    """A sign-off task on the module (its work process made when the module lacks it)."""
    process_id = None
    if process is not None:
        found = s.scalars(select(WorkProcess).where(WorkProcess.module_id == module_id,
                                                    WorkProcess.code == process)).first()
        if found is None:
            found = WorkProcess(module_id=module_id, code=process, name=f"Werkproces {process}")
            s.add(found)
            s.flush()
        process_id = found.id
    task = SignOffTask(module_id=module_id, code=code, description=description,
                       work_process_id=process_id, required=required)
    s.add(task)
    s.flush()
    return task.id
