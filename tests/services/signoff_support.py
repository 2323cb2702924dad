"""What the sign-off tests share: a world with workplaces, written with the ORM.

`signoff_world(services)` makes, on top of the template database (site ZWL, admin `beheer`,
instructor `docent`, see tests/db/support.py):

- programme `BBL-LAS` (bpv norm 610 hours) and module `M-AFT` ("Lassen BBL") in it, with
  work processes `B1-K1-W1` and `B1-K1-W2`;
- three sign-off tasks of that module: `T1` (B1-K1-W1, required), `T2` (B1-K1-W2,
  required) and `T3` (no work process, optional), and an archived task `T9`;
- group `AFT-1` of that module at the site, instructor `docent`, from 2026-09-01;
- company `LB-STAAL` ("Staalbouw Noord", SBB id `100200300`) with two trainers:
  `PO-PIET` (Piet Praktijk) and `PO-ANNE` (Anne Opleider);
- company `LB-ANDER` ("Anders Metaal") with one trainer `PO-KEES` (Kees Vreemd);
- participants with an enrolment in `AFT-1`:
  `P-AFT-1` Sanne de Vries (BBL, company LB-STAAL, trainer Piet: has a workplace),
  `P-AFT-2` Daan Bakker (BBL, company LB-ANDER, trainer Kees: has a workplace),
  `P-AFT-3` Noor Smit (BBL, no company and no trainer: no workplace).

No PIN is set for any trainer. Every id is in the returned `SignOffWorld`.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from bvmdesk.db.models import (
    Company,
    Enrolment,
    Group,
    Module,
    Programme,
    SignOffTask,
    User,
    WorkplaceTrainer,
    WorkProcess,
)
from bvmdesk.db.session import local_site_id
from bvmdesk.services.container import Services, sessions_of
from tests.db.support import INSTRUCTOR, add_participant

MODULE_CODE = "M-AFT"
GROUP_CODE = "AFT-1"
START = date(2026, 9, 1)


@dataclass(frozen=True)
class SignOffWorld:
    """Ids of the world `signoff_world` builds (see the module docstring)."""

    site_id: uuid.UUID
    programme_id: uuid.UUID
    module_id: uuid.UUID
    group_id: uuid.UUID
    work_processes: dict[str, uuid.UUID]   # code -> id
    tasks: dict[str, uuid.UUID]            # T1, T2, T3, T9 (archived) -> id
    company_id: uuid.UUID                  # LB-STAAL
    other_company_id: uuid.UUID            # LB-ANDER
    trainer_id: uuid.UUID                  # Piet Praktijk (LB-STAAL), Sanne's trainer
    second_trainer_id: uuid.UUID           # Anne Opleider (LB-STAAL)
    other_trainer_id: uuid.UUID            # Kees Vreemd (LB-ANDER), Daan's trainer
    participant_id: uuid.UUID              # Sanne: workplace at LB-STAAL
    enrolment_id: uuid.UUID
    other_participant_id: uuid.UUID        # Daan: workplace at LB-ANDER
    other_enrolment_id: uuid.UUID
    bare_participant_id: uuid.UUID         # Noor: no company, no trainer
    bare_enrolment_id: uuid.UUID


def signoff_world(services: Services) -> SignOffWorld:
    """Build the world of the module docstring in one transaction and return its ids."""
    with sessions_of(services).write("test") as s:
        site_id = local_site_id(s)
        assert site_id is not None
        user = s.scalars(select(User).where(User.username == INSTRUCTOR)).one()
        programme = Programme(code="BBL-LAS", name="Lasser BBL", crebo="25296", level=2,
                              kind="BBL", bpv_norm_hours=610)
        s.add(programme)
        s.flush()
        module = Module(code=MODULE_CODE, name="Lassen BBL", programme_id=programme.id,
                        planned_hours=80, min_attendance_pct=80)
        s.add(module)
        s.flush()
        processes = {code: WorkProcess(module_id=module.id, code=code, name=name)
                     for code, name in (("B1-K1-W1", "Bereidt het werk voor (DEMO)"),
                                        ("B1-K1-W2", "Last verbindingen (DEMO)"))}
        s.add_all(processes.values())
        s.flush()
        tasks = {
            "T1": SignOffTask(module_id=module.id, code="T1", description="Stelt de machine in",
                              work_process_id=processes["B1-K1-W1"].id, required=True),
            "T2": SignOffTask(module_id=module.id, code="T2", description="Last een hoeknaad",
                              work_process_id=processes["B1-K1-W2"].id, required=True),
            "T3": SignOffTask(module_id=module.id, code="T3", description="Ruimt de werkplek op",
                              required=False),
            "T9": SignOffTask(module_id=module.id, code="T9", description="Oude taak",
                              required=True),
        }
        s.add_all(tasks.values())
        s.flush()
        tasks["T9"].deleted_at = tasks["T9"].created_at
        group = Group(code=GROUP_CODE, name="Lassen BBL najaar", module_id=module.id,
                      location_id=site_id, instructor_id=user.id, start_date=START)
        company = Company(code="LB-STAAL", name="Staalbouw Noord", sbb_id="100200300",
                          city="Zwolle")
        other_company = Company(code="LB-ANDER", name="Anders Metaal", city="Kampen")
        s.add_all([group, company, other_company])
        s.flush()
        piet = WorkplaceTrainer(code="PO-PIET", name="Piet Praktijk", company_id=company.id)
        anne = WorkplaceTrainer(code="PO-ANNE", name="Anne Opleider", company_id=company.id)
        kees = WorkplaceTrainer(code="PO-KEES", name="Kees Vreemd",
                                company_id=other_company.id)
        s.add_all([piet, anne, kees])
        s.flush()
        sanne = add_participant(s, "P-AFT-1", "Sanne", "Vries", prefix="de")
        daan = add_participant(s, "P-AFT-2", "Daan", "Bakker")
        noor = add_participant(s, "P-AFT-3", "Noor", "Smit")
        enrolments = [
            Enrolment(participant_id=sanne.id, group_id=group.id, start_date=START,
                      company_id=company.id, trainer_id=piet.id),
            Enrolment(participant_id=daan.id, group_id=group.id, start_date=START,
                      company_id=other_company.id, trainer_id=kees.id),
            Enrolment(participant_id=noor.id, group_id=group.id, start_date=START),
        ]
        s.add_all(enrolments)
        s.flush()
        return SignOffWorld(
            site_id=site_id, programme_id=programme.id, module_id=module.id,
            group_id=group.id,
            work_processes={code: wp.id for code, wp in processes.items()},
            tasks={code: task.id for code, task in tasks.items()},
            company_id=company.id, other_company_id=other_company.id,
            trainer_id=piet.id, second_trainer_id=anne.id, other_trainer_id=kees.id,
            participant_id=sanne.id, enrolment_id=enrolments[0].id,
            other_participant_id=daan.id, other_enrolment_id=enrolments[1].id,
            bare_participant_id=noor.id, bare_enrolment_id=enrolments[2].id)
