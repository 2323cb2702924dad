"""Beoordelingsformulieren and Criteria: what an import does to forms and work processes.

A form code names its newest version. When the file changes that version (its row or any of
its criteria) and an assessment uses it, the import makes the next version with the new
content (the criteria the file does not name are copied); an unused version is changed in
place. Work processes belong to the form's module and are made when missing; a
`werkproces_naam` renames one. Archived forms stay archived (the import does not restore
them). Only read here; `assess_write` writes the plan.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from bvmdesk.db.models import Assessment, AssessmentTemplate, Criterion, WorkProcess
from bvmdesk.services.exchange import format as fmt
from bvmdesk.services.exchange.format import Sheet
from bvmdesk.services.exchange.results import CellError
from bvmdesk.services.exchange.validate import ParsedWorkbook, Record

Content = tuple[str | None, str, bool, int]
"""A criterion as the file describes it: work process code, description, critical, weight."""
Header = tuple[str, uuid.UUID, str, str, float | None, bool]
"""A form's own columns: name, module id, kind, scale, cesuur, required."""


def _table(model: Any) -> Table:
    table: Table = model.__table__
    return table


@dataclass
class RowPlan:
    """Rows to insert and to update (`b_id` and the same columns in every update)."""

    table: Table
    inserts: list[dict[str, Any]] = field(default_factory=list)
    updates: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class FormState:
    """A form version as it will be after the import."""

    id: uuid.UUID
    code: str
    version: int
    header: Header
    reasons_required: bool
    criteria: dict[int, tuple[uuid.UUID, Content]]

    @property
    def module_id(self) -> uuid.UUID:
        return self.header[1]

    @property
    def scale(self) -> str:
        return self.header[3]


class Context:
    """What both assessment resolvers share: the session, the file, the errors."""

    def __init__(self, s: Session, parsed: ParsedWorkbook, errors: list[CellError],
                 refs: dict[str, dict[Any, uuid.UUID]]) -> None:
        self.s = s
        self.parsed = parsed
        self.errors = errors
        self.refs = refs  # "modules", "participants": key -> id (file and database)

    def error(self, sheet: Sheet, row: int, column: str, message: str) -> None:
        self.errors.append(CellError(sheet.name, row, column, message))

    def missing(self, sheet: Sheet, row: int, column: str, value: Any, target: Sheet,
                what: str | None = None) -> None:
        """`value` names nothing: an error, unless the target sheet has that key (its row
        has an error of its own already)."""
        if not self.parsed.seen(target, (value,)):
            self.error(sheet, row, column, f"{what or column} '{value}' bestaat niet (niet in "
                                           f"het blad {target.name} en niet in de database)")


class FormResolver:
    """Plans the forms, criteria and work processes of one import."""

    def __init__(self, ctx: Context, tick: Callable[[], None]) -> None:
        self.ctx = ctx
        self._tick = tick
        s = ctx.s
        t, c, w = _table(AssessmentTemplate).c, _table(Criterion).c, _table(WorkProcess).c
        self.work_processes = RowPlan(_table(WorkProcess))
        self.templates = RowPlan(_table(AssessmentTemplate))
        self.criteria = RowPlan(_table(Criterion))
        self.counts: dict[str, list[int]] = {fmt.FORMS.name: [0, 0, 0],
                                             fmt.CRITERIA.name: [0, 0, 0]}
        self._wps: dict[tuple[uuid.UUID, str], list[Any]] = {}
        self._wp_codes: dict[uuid.UUID, str] = {}
        self._wp_updates: dict[uuid.UUID, dict[str, Any]] = {}
        for wp_id, module_id, code, name, deleted in s.execute(
                select(w.id, w.module_id, w.code, w.name, w.deleted_at)):
            self._wps[(module_id, code)] = [wp_id, name, deleted is not None]
            self._wp_codes[wp_id] = code
        criteria: dict[uuid.UUID, dict[int, tuple[uuid.UUID, Content]]] = defaultdict(dict)
        # Removed criteria (a tombstone) are not on the form; their number is taken again
        # by updating the row (the number is unique per form version).
        self._removed: dict[tuple[uuid.UUID, int], uuid.UUID] = {}
        for row in s.execute(select(c.id, c.template_id, c.work_process_id, c.number,
                                    c.description, c.critical, c.weight, c.deleted_at)):
            if row.deleted_at is not None:
                self._removed[(row.template_id, row.number)] = row.id
                continue
            criteria[row.template_id][row.number] = (row.id, (
                self._wp_codes.get(row.work_process_id) if row.work_process_id else None,
                row.description, bool(row.critical), row.weight))
        # Every version by id (assessments keep theirs), and the newest of each code.
        self.by_id: dict[uuid.UUID, FormState] = {}
        self.newest: dict[str, FormState] = {}
        for r in s.execute(select(t.id, t.code, t.version, t.name, t.module_id, t.kind,
                                  t.scale, t.cesuur, t.required, t.reasons_required)):
            state = FormState(r.id, r.code, r.version,
                              (r.name, r.module_id, r.kind, r.scale, r.cesuur,
                               bool(r.required)),
                              bool(r.reasons_required), criteria.get(r.id, {}))
            self.by_id[r.id] = state
            if r.code not in self.newest or self.newest[r.code].version < r.version:
                self.newest[r.code] = state
        a = _table(Assessment).c
        self._used = set(s.scalars(select(a.template_id).distinct()))
        self.failed: set[str] = set()   # form codes whose rows have errors
        self._names: dict[tuple[uuid.UUID, str], tuple[int, str]] = {}

    # --- the plan ------------------------------------------------------------------------
    def run(self) -> None:
        parsed, ctx = self.ctx.parsed, self.ctx
        forms = {r[1]: r for r in parsed.records(fmt.FORMS)}
        criteria: dict[str, list[Record]] = defaultdict(list)
        for record in parsed.records(fmt.CRITERIA):
            criteria[record[1]].append(record)
        seen = parsed.sheets.get(fmt.CRITERIA.name)
        named_in_criteria = {key[0] for key in seen.seen_keys} if seen else set()
        for code in [*forms, *(c for c in criteria if c not in forms)]:
            self._tick()
            old = self.newest.get(code)
            found = forms.get(code)
            if found is not None:
                row, _code, name, module, kind, scale, cesuur, required = found
                module_id = ctx.refs["modules"].get((module,))
                if module_id is None:
                    ctx.missing(fmt.FORMS, row, "module", module, fmt.MODULES)
                    self.failed.add(code)
                    continue
                header: Header = (name, module_id, kind, scale, cesuur,
                                  kind != "bpv" if required is None else required)
                if old is None and code not in named_in_criteria:
                    ctx.error(fmt.FORMS, row, "code", "een nieuw formulier heeft ten minste "
                              "één criterium nodig (blad Criteria)")
                    self.failed.add(code)
                    continue
            elif old is not None:
                header = old.header
            else:
                for item in criteria[code]:
                    ctx.missing(fmt.CRITERIA, item[0], "formulier", code, fmt.FORMS)
                self.failed.add(code)
                continue
            self._form(code, old, header, found is not None, criteria[code])

    def _form(self, code: str, old: FormState | None, header: Header, has_row: bool,
              records: list[Record]) -> None:
        before = {n: content for n, (_, content) in old.criteria.items()} if old else {}
        after = dict(before)
        counts = self.counts[fmt.CRITERIA.name]
        module_id = header[1]
        for row, _form, wp, wp_name, number, text, critical, weight in records:
            content: Content = (wp, text, bool(critical), weight or 1)
            previous = before.get(number)
            counts[0 if previous is None else 2 if previous == content else 1] += 1
            after[number] = content
            if wp_name is not None:
                named = self._names.setdefault((module_id, wp), (row, wp_name))
                if named[1] != wp_name:
                    self.ctx.error(fmt.CRITERIA, row, "werkproces_naam",
                                   f"werkproces {wp} heeft in rij {named[0]} de naam "
                                   f"'{named[1]}'; geef het overal dezelfde naam")
        changed = old is None or old.header != header or before != after
        new_version = old is not None and changed and old.id in self._used
        if has_row:
            form_counts = self.counts[fmt.FORMS.name]
            form_counts[0 if old is None else 1 if (
                old.header != header or new_version) else 2] += 1
        if old is not None and not changed:
            return
        reasons = old.reasons_required if old else True
        if old is None or new_version:
            state = FormState(uuid.uuid4(), code, old.version + 1 if old else 1, header,
                              reasons, {})
            self.templates.inserts.append(self._template_row(state) | {"id": state.id})
            for number in sorted(after):
                state.criteria[number] = (uuid.uuid4(), after[number])
                self.criteria.inserts.append(self._criterion_row(state, number))
        else:
            state = FormState(old.id, code, old.version, header, reasons, dict(old.criteria))
            if old.header != header:
                self.templates.updates.append(self._template_row(state) | {"b_id": state.id})
            for number in sorted(after):
                known = old.criteria.get(number)
                removed = self._removed.get((old.id, number))
                if known is None and removed is None:
                    state.criteria[number] = (uuid.uuid4(), after[number])
                    self.criteria.inserts.append(self._criterion_row(state, number))
                elif known is None or known[1] != after[number] or old.module_id != module_id:
                    criterion_id = known[0] if known else removed
                    assert criterion_id is not None
                    state.criteria[number] = (criterion_id, after[number])
                    row = self._criterion_row(state, number)
                    del row["id"], row["template_id"], row["number"]
                    self.criteria.updates.append(row | {"b_id": criterion_id,
                                                        "deleted_at": None})
        self.newest[code] = state
        self.by_id[state.id] = state

    def finish(self) -> None:
        """The names the file gives: on the work processes planned here, and as renames of
        existing ones (after every form is planned, so the last row's form has its say)."""
        planned = {(r["module_id"], r["code"]): r for r in self.work_processes.inserts}
        for key, (_row, name) in sorted(self._names.items(), key=lambda i: i[1][0]):
            if key in planned:
                planned[key]["name"] = name
                continue
            found = self._wps.get(key)
            if found is not None and found[1] != name:
                found[1] = name
                self._wp_update(found)
        self.work_processes.updates = list(self._wp_updates.values())

    def _wp_update(self, found: list[Any]) -> None:
        """An existing work process: its name as planned, and in use (no tombstone)."""
        self._wp_updates[found[0]] = {"b_id": found[0], "name": found[1], "deleted_at": None}

    # --- rows ----------------------------------------------------------------------------
    @staticmethod
    def _template_row(state: FormState) -> dict[str, Any]:
        name, module_id, kind, scale, cesuur, required = state.header
        return {"code": state.code, "version": state.version, "name": name,
                "module_id": module_id, "kind": kind, "scale": scale, "cesuur": cesuur,
                "required": required, "reasons_required": state.reasons_required}

    def _criterion_row(self, state: FormState, number: int) -> dict[str, Any]:
        criterion_id, (wp, text, critical, weight) = state.criteria[number]
        return {"id": criterion_id, "template_id": state.id,
                "work_process_id": self._work_process(state.module_id, wp),
                "number": number, "description": text, "critical": critical,
                "weight": weight}

    def _work_process(self, module_id: uuid.UUID, code: str | None) -> uuid.UUID | None:
        """The id of work process `code` of the module, planned when missing: named as the
        file names it, else as the same code is named in another module, else its code."""
        if code is None:
            return None
        found = self._wps.get((module_id, code))
        if found is not None:
            if found[2]:  # removed earlier: used again
                found[2] = False
                self._wp_update(found)
            known: uuid.UUID = found[0]
            return known
        named = self._names.get((module_id, code))
        name = named[1] if named else next(
            (n for (_, c), (_, n, _) in sorted(self._wps.items(), key=lambda i: str(i[0][0]))
             if c == code), code)
        wp_id = uuid.uuid4()
        self._wps[(module_id, code)] = [wp_id, name, False]
        self.work_processes.inserts.append({"id": wp_id, "module_id": module_id,
                                            "code": code, "name": name})
        return wp_id
