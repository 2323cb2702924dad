"""Sign-offs by the praktijkopleider: on screen (PIN and signature) and on paper (card, photo),
withdrawals, the trainers offered and their PINs."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from bvmdesk.db.models import Attachment, Enrolment, SignOff, SignOffTask, WorkplaceTrainer
from bvmdesk.db.session import Sessions
from bvmdesk.domain.enums import Role
from bvmdesk.domain.participants import FieldError
from bvmdesk.domain.permissions import Permission
from bvmdesk.services import audit, trainer_pins
from bvmdesk.services.base import Actor, NotFound, PermissionDenied, ValidationFailed
from bvmdesk.services.photos import PreparedPhoto, prepare_photo
from bvmdesk.services.retry import run_write
from bvmdesk.services.scope_records import (
    own_refs,
    require_attachment,
    require_enrolment,
    require_signoff,
)
from bvmdesk.services.signoff_checks import (
    card_of,
    check_items,
    check_signature,
    check_trainer,
    check_workplace,
    clean_remark,
    withdrawable,
)
from bvmdesk.services.signoff_read import enrolment_ref, enrolment_refs
from bvmdesk.services.signoff_rows import (
    signoff_info,
    signoff_infos,
    signoff_infos_by_id,
    standing,
    task_infos,
    task_query,
)
from bvmdesk.services.signoff_types import (
    EnrolmentRef,
    EnrolmentSignOffs,
    SignItem,
    SignOffInfo,
    TaskState,
    TrainerInfo,
)

OWNER_TYPE = "signoff"
MIN_REASON, MAX_REASON = 3, 200
_GONE = "Deze aftekening bestaat niet (meer)."


class SignOffService:
    """Sign-offs by the praktijkopleider: on screen (PIN and signature) and on paper (card, photo),
    withdrawals, the trainers offered and their PINs."""

    def __init__(self, sessions: Sessions) -> None:
        self._sessions = sessions

    # --- reading ---------------------------------------------------------------------------
    def participant_enrolments(self, actor: Actor, participant_id: uuid.UUID
                               ) -> list[EnrolmentRef]:
        """The participant's enrolments (in the actor's own groups), newest start first."""
        actor.require(Permission.VIEW)
        with self._sessions.read() as s:
            refs = own_refs(s, actor, enrolment_refs(s, participant_id=participant_id))
        return sorted(refs, key=lambda r: (r.start_date, r.group_code), reverse=True)

    def enrolment(self, actor: Actor, enrolment_id: uuid.UUID) -> EnrolmentSignOffs:
        """The module's tasks (archived ones only when they have sign-offs), each with the
        sign-off that stands and its whole history.

        Raises:
            NotFound: no such enrolment.
        """
        actor.require(Permission.VIEW)
        with self._sessions.read() as s:
            ref = enrolment_ref(s, enrolment_id)
            require_enrolment(s, actor, enrolment_id)
            tasks = task_infos(s, task_query().where(SignOffTask.module_id == ref.module_id))
            rows = signoff_infos(s, [ref.id]).get(ref.id, [])
        stands = standing(rows)
        states = []
        for task in tasks:
            history = tuple(r for r in rows if r.task_id == task.id)
            if task.archived and not history:
                continue
            states.append(TaskState(task, stands.get(task.id), history))
        return EnrolmentSignOffs(ref, tuple(states))

    def trainers_for(self, actor: Actor, enrolment_id: uuid.UUID) -> list[TrainerInfo]:
        """The praktijkopleiders of the enrolment's company, its own trainer first, then by
        name; [] without a company."""
        actor.require(Permission.VIEW)
        now = self._sessions.now()
        with self._sessions.read() as s:
            ref = enrolment_ref(s, enrolment_id)
            require_enrolment(s, actor, enrolment_id)
            if ref.company_id is None:
                return []
            trainers = s.scalars(select(WorkplaceTrainer).where(
                WorkplaceTrainer.company_id == ref.company_id,
                WorkplaceTrainer.deleted_at.is_(None))).all()
            company = ref.company or ""
            infos = [TrainerInfo(
                id=t.id, code=t.code, name=t.name, company_id=t.company_id, company=company,
                has_pin=t.pin_hash is not None,
                locked_until=t.pin_locked_until if trainer_pins.is_locked(t, now) else None,
                is_enrolment_trainer=t.id == ref.trainer_id) for t in trainers]
        infos.sort(key=lambda t: (not t.is_enrolment_trainer, t.name.casefold(), t.code))
        return infos

    def signoff(self, actor: Actor, signoff_id: uuid.UUID) -> SignOffInfo:
        actor.require(Permission.VIEW)
        with self._sessions.read() as s:
            require_signoff(s, actor, signoff_id)
            found = signoff_info(s, signoff_id)
        if found is None:
            raise NotFound(_GONE)
        return found

    def signature(self, actor: Actor, signoff_id: uuid.UUID) -> str | None:
        """The strokes JSON of a sign-off on screen (None for paper and imported ones)."""
        actor.require(Permission.VIEW)
        with self._sessions.read() as s:
            row = s.get(SignOff, signoff_id)
            if row is None:
                raise NotFound(_GONE)
            require_enrolment(s, actor, row.enrolment_id)
            return row.signature_strokes

    def evidence(self, actor: Actor, attachment_id: uuid.UUID) -> tuple[str, bytes]:
        """(media type, data) of the photo or scan of a paper card."""
        actor.require(Permission.VIEW)
        with self._sessions.read() as s:
            row = s.get(Attachment, attachment_id)
            if row is None or row.owner_type != OWNER_TYPE:
                raise NotFound("Deze foto of scan bestaat niet (meer).")
            require_attachment(s, actor, attachment_id)
            return row.media_type, row.data

    # --- PINs ------------------------------------------------------------------------------
    def set_pin(self, actor: Actor, trainer_id: uuid.UUID, pin: str, repeated: str) -> None:
        trainer_pins.set_pin(self._sessions, actor, trainer_id, pin, repeated)

    def check_pin(self, actor: Actor, trainer_id: uuid.UUID, pin: str) -> None:
        trainer_pins.check_pin(self._sessions, actor, trainer_id, pin)

    def reset_pin(self, actor: Actor, trainer_id: uuid.UUID) -> None:
        trainer_pins.reset_pin(self._sessions, actor, trainer_id)

    # --- signing ---------------------------------------------------------------------------
    def sign_on_screen(self, actor: Actor, enrolment_id: uuid.UUID, trainer_id: uuid.UUID,
                       pin: str, strokes: str, items: Sequence[SignItem]
                       ) -> list[SignOffInfo]:
        """The trainer signs `items` at the screen: PIN and drawn signature (method
        screen, one row per item, the same strokes on each).

        Raises:
            PermissionDenied; NotFound; ValidationFailed; PinRefused (nothing written).
        """
        actor.require(Permission.RECORD_SIGNOFFS)
        check_signature(strokes)
        today = self._sessions.clock.today()
        with self._sessions.read() as s:  # everything that needs no PIN, before the PIN
            require_enrolment(s, actor, enrolment_id)
            self._check(s, enrolment_id, trainer_id, items, today)
        trainer_pins.check_pin(self._sessions, actor, trainer_id, pin)

        def work(s: Session) -> list[SignOffInfo]:
            self._check(s, enrolment_id, trainer_id, items, today, lock=True)
            rows = [SignOff(enrolment_id=enrolment_id, task_id=item.task_id,
                            trainer_id=trainer_id, date=item.day, method="screen",
                            signature_strokes=strokes, recorded_by=actor.name,
                            remark=clean_remark(item.remark)) for item in items]
            return self._write(s, actor, rows)

        return run_write(self._sessions, actor.name, work)

    def record_paper(self, actor: Actor, enrolment_id: uuid.UUID, trainer_id: uuid.UUID,
                     items: Sequence[SignItem], *, card_code: str | None = None,
                     photo: bytes | None = None, photo_name: str | None = None
                     ) -> list[SignOffInfo]:
        """The instructor records a signed paper card (method paper, no PIN, no
        signature): `card_code` links the rows to the printed card, `photo` is stored once
        and shared by every row.

        Raises:
            PermissionDenied; NotFound; ValidationFailed; PhotoError (nothing written).
        """
        actor.require(Permission.RECORD_SIGNOFFS)
        today = self._sessions.clock.today()
        with self._sessions.read() as s:
            require_enrolment(s, actor, enrolment_id)
            self._check(s, enrolment_id, trainer_id, items, today, card_code=card_code)
        prepared: PreparedPhoto | None = (prepare_photo(photo, photo_name)
                                          if photo is not None else None)

        def work(s: Session) -> list[SignOffInfo]:
            card_id = self._check(s, enrolment_id, trainer_id, items, today, lock=True,
                                  card_code=card_code)
            ids = [uuid.uuid4() for _ in items]
            evidence = None
            if prepared is not None:
                evidence = Attachment(owner_type=OWNER_TYPE, owner_id=ids[0],
                                      media_type=prepared.media_type, filename=photo_name,
                                      data=prepared.data, thumbnail=prepared.thumbnail)
                s.add(evidence)
                s.flush()
                audit.record_row(s, actor.name, "signoff.evidence", evidence)
            rows = [SignOff(id=new_id, enrolment_id=enrolment_id, task_id=item.task_id,
                            trainer_id=trainer_id, date=item.day, method="paper",
                            recorded_by=actor.name, remark=clean_remark(item.remark),
                            card_id=card_id,
                            evidence_attachment_id=evidence.id if evidence else None)
                    for new_id, item in zip(ids, items, strict=True)]
            return self._write(s, actor, rows)

        return run_write(self._sessions, actor.name, work)

    def withdraw(self, actor: Actor, signoff_id: uuid.UUID, reason: str) -> SignOffInfo:
        """Withdraw a sign-off: a new row that names it, with the reason (an administrator
        or the user who recorded it).

        Raises:
            PermissionDenied; NotFound; ValidationFailed (reason, a withdrawal, withdrawn).
        """
        actor.require(Permission.RECORD_SIGNOFFS)
        reason = " ".join(reason.split())
        if not MIN_REASON <= len(reason) <= MAX_REASON:
            raise ValidationFailed([FieldError("reason", (
                f"Geef een reden van {MIN_REASON} tot {MAX_REASON} tekens; er is niets "
                "gewijzigd."))])
        today = self._sessions.clock.today()

        def work(s: Session) -> SignOffInfo:
            require_signoff(s, actor, signoff_id)
            original = withdrawable(s, signoff_id)
            if actor.role != Role.ADMIN and original.recorded_by != actor.name:
                raise PermissionDenied(
                    "Alleen een beheerder of wie de aftekening vastlegde ("
                    f"{original.recorded_by}) kan haar intrekken; er is niets gewijzigd.")
            row = SignOff(enrolment_id=original.enrolment_id, task_id=original.task_id,
                          trainer_id=original.trainer_id, date=today, method=original.method,
                          recorded_by=actor.name, withdraws_id=original.id, reason=reason)
            s.add(row)
            s.flush()
            audit.record_row(s, actor.name, "signoff.withdraw", row)
            found = signoff_info(s, row.id)
            assert found is not None
            return found

        return run_write(self._sessions, actor.name, work)

    # --- shared ----------------------------------------------------------------------------
    @staticmethod
    def _check(s: Session, enrolment_id: uuid.UUID, trainer_id: uuid.UUID,
               items: Sequence[SignItem], today: date, *, lock: bool = False,
               card_code: str | None = None) -> uuid.UUID | None:
        """Everything a sign-off must pass but the PIN and the signature; the card's id.

        With `lock`, the enrolment's row is locked first, so that two PCs signing the
        same task at once do not both find it unsigned.
        """
        if lock:
            s.get(Enrolment, enrolment_id, with_for_update=True)
        ref = enrolment_ref(s, enrolment_id)
        check_workplace(ref)
        check_items(s, ref, items, today)
        check_trainer(s, ref, trainer_id)
        return card_of(s, ref, card_code).id if card_code is not None else None

    @staticmethod
    def _write(s: Session, actor: Actor, rows: list[SignOff]) -> list[SignOffInfo]:
        s.add_all(rows)
        s.flush()
        for row in rows:
            audit.record_row(s, actor.name, "signoff.create", row)
        return signoff_infos_by_id(s, [row.id for row in rows])
