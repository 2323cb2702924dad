"""Reading and checking every row of a file before the database is consulted.

Checks here need only the file: sheet and column names, the BSN refusal, required values,
types, enumerations, plausibility within a row, and duplicate keys within a sheet.
References to other sheets and to the database are checked by `resolve`.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from bvmdesk.domain.assessment import Scale, cesuur_range, format_number
from bvmdesk.domain.participants import ParticipantData, validate_participant
from bvmdesk.services.exchange import cells
from bvmdesk.services.exchange.cells import CellValueError
from bvmdesk.services.exchange.format import (
    BSN_HEADERS,
    DEFAULT_ASSESSMENT_STATUS,
    DEFAULT_ENROLMENT_STATUS,
    ENUMERATION_LABELS,
    ENUMERATIONS,
    EXPORT_ONLY_SHEETS,
    INSTRUCTIONS_SHEET,
    MSG_BSN,
    MSG_EXPORT_ONLY,
    MSG_REQUIRED,
    SHEET_BY_NAME,
    SHEETS,
    Column,
    Kind,
    Sheet,
)
from bvmdesk.services.exchange.readers import RawSheet, Source
from bvmdesk.services.exchange.results import CellError
from bvmdesk.services.exchange.signoff_rows import PARSERS as SIGNOFF_PARSERS
from bvmdesk.services.exchange.signoff_rows import ROW_CHECKS as SIGNOFF_ROW_CHECKS

Record = tuple[Any, ...]
"""(spreadsheet row, value of each of the sheet's columns in order); absent columns: None."""
Parse = Callable[[Any], Any]
_FREE_TEXT = frozenset({"naam", "voornamen", "achternaam", "tussenvoegsel", "plaats", "email",
                        "telefoon", "onderwerp", "opmerking", "school", "docent", "sbb_id",
                        "studentnummer", "werkproces_naam", "omschrijving",
                        "tweede_beoordelaar", "toelichting"})
_BSN_SPELLINGS = BSN_HEADERS | {"bsnnummer", "bsnnr", "sofinr"}
_CREBO = re.compile(r"^\d{5}$")
CHUNK = 5_000
_MISSING = object()


@dataclass
class ParsedSheet:
    """The rows of one sheet that passed every check of this module."""

    sheet: Sheet
    records: list[Record] = field(default_factory=list)
    # Keys of every row whose key could be read, valid or not: a reference to one of them
    # is not reported again as unknown.
    seen_keys: set[tuple[Any, ...]] = field(default_factory=set)


@dataclass
class ParsedWorkbook:
    label: str
    sheets: dict[str, ParsedSheet]
    errors: list[CellError]
    rows: int
    notices: list[str] = field(default_factory=list)  # sheets skipped (export only)

    def records(self, sheet: Sheet) -> list[Record]:
        parsed = self.sheets.get(sheet.name)
        return parsed.records if parsed else []

    def seen(self, sheet: Sheet, key: tuple[Any, ...]) -> bool:
        parsed = self.sheets.get(sheet.name)
        return parsed is not None and key in parsed.seen_keys


def _letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return f"kolom {get_column_letter(index + 1)}"


def is_bsn_header(text: str) -> bool:
    """`bsn`, `burgerservicenummer`, `sofinummer` in any case (and `BSN-nummer` and such)."""
    folded = text.strip().lower()
    return folded in BSN_HEADERS or re.sub(r"[\s_.\-]", "", folded) in _BSN_SPELLINGS


def _range_check(column: Column, value: int) -> int:
    low, high = column.minimum, column.maximum
    if low is not None and value < low:
        raise CellValueError("mag niet negatief zijn" if low == 0 else
                             f"moet tussen {low} en {high} liggen")
    if high is not None and value > high:
        raise CellValueError(f"moet tussen {low} en {high} liggen")
    return value


def cell_parser(column: Column, from_csv: bool) -> Parse:
    """The function that reads a non-empty cell of `column` (raises CellValueError)."""
    kind = column.kind
    if kind is Kind.DATE:
        parse: Parse = cells.parse_date
    elif kind is Kind.TIME:
        parse = cells.parse_time
    elif kind in (Kind.BOOL, Kind.FLAG):
        parse = cells.parse_bool
    elif kind is Kind.NUMBER:
        parse = cells.parse_number
    elif kind is Kind.INT:
        def parse(value: Any) -> Any:
            return _range_check(column, cells.parse_int(value))
    elif kind in SIGNOFF_PARSERS:
        parse = SIGNOFF_PARSERS[kind]
    elif kind in ENUMERATIONS:
        options = ENUMERATIONS[kind]
        lookup = cells.enumeration_lookup(options)
        label = ENUMERATION_LABELS[kind]

        def parse(value: Any) -> Any:
            return cells.parse_enumeration(value, lookup, label, options)
    else:
        limit = column.max_length
        email = kind is Kind.EMAIL

        def parse(value: Any) -> Any:
            text = cells.to_text(value)
            if text is None:
                return None
            if from_csv:
                text = cells.unescape_csv(text)
            if limit is not None and len(text) > limit:
                raise CellValueError(f"te lang: maximaal {limit} tekens")
            if email and not cells.is_email(text):
                raise CellValueError("geen geldig e-mailadres")
            return text
    return parse


def _is_free_text(column: Column) -> bool:
    return column.name in _FREE_TEXT and column.kind in (Kind.TEXT, Kind.EMAIL)


def _empty(value: Any) -> bool:
    return value is None or (type(value) is str and not value.strip())


def _default(column: Column) -> Any:
    if column.kind is Kind.BOOL:
        return False
    if column.kind is Kind.ENROLMENT_STATUS:
        return DEFAULT_ENROLMENT_STATUS
    if column.kind is Kind.ASSESSMENT_STATUS:
        return DEFAULT_ASSESSMENT_STATUS
    return None


class Parser:
    """Reads a `Source` into a `ParsedWorkbook`, listing every problem it finds."""

    def __init__(self, today: date, tick: Callable[[int], None]) -> None:
        self._today = today
        self._tick = tick
        self._errors: list[CellError] = []

    def parse(self, source: Source) -> ParsedWorkbook:
        matched: list[tuple[RawSheet, Sheet, dict[int, int], bool]] = []
        names_seen: set[str] = set()
        bsn = False
        notices: list[str] = []
        for raw in source.sheets:
            folded = raw.name.strip().lower()
            if folded == INSTRUCTIONS_SHEET.lower():
                continue
            export_only = next((s for s in EXPORT_ONLY_SHEETS if s.name.lower() == folded), None)
            if export_only is not None:
                notice = MSG_EXPORT_ONLY.format(sheet=export_only.name)
                if notice not in notices:
                    notices.append(notice)
                continue
            sheet = next((s for s in SHEETS if s.name.lower() == folded), None)
            if sheet is None:
                self._error(raw.name, 1, "", "onbekend blad (toegestaan: "
                            f"{', '.join(s.name for s in SHEETS)}, {INSTRUCTIONS_SHEET})")
                continue
            if sheet.name in names_seen:
                self._error(sheet.name, 1, "", "dit blad staat er twee keer in")
                continue
            names_seen.add(sheet.name)
            if raw.problem:
                self._error(sheet.name, 1, "", raw.problem)
                continue
            mapping, complete, has_bsn = self._headers(raw, sheet)
            bsn = bsn or has_bsn
            matched.append((raw, sheet, mapping, complete))
        sheets: dict[str, ParsedSheet] = {}
        rows = 0
        for raw, sheet, mapping, complete in sorted(matched, key=lambda m: SHEETS.index(m[1])):
            parsed = sheets[sheet.name] = ParsedSheet(sheet)
            if not bsn:  # a file with a BSN is refused unread (DOMAIN.md, Privacy)
                rows += self._rows(raw, sheet, mapping, parsed, keys_only=not complete)
        return ParsedWorkbook(source.label, sheets, self._errors, rows, notices)

    def _error(self, sheet: str, row: int, column: str, message: str) -> None:
        self._errors.append(CellError(sheet, row, column, message))

    def _headers(self, raw: RawSheet, sheet: Sheet) -> tuple[dict[int, int], bool, bool]:
        """Map cell index -> column index; report BSN, unknown, double and missing columns."""
        headers = list(raw.headers)
        while headers and _empty(headers[-1]):
            headers.pop()
        if not headers:  # an empty sheet: nothing to import
            return {}, True, False
        mapping: dict[int, int] = {}
        bsn = False
        for index, header in enumerate(headers):
            if _empty(header):
                continue
            text = str(header).strip()
            if is_bsn_header(text):
                self._error(sheet.name, 1, text, MSG_BSN)
                bsn = True
            elif text.lower() not in sheet.names:
                self._error(sheet.name, 1, text,
                            f"onbekende kolom (dit blad kent: {', '.join(sheet.names)})")
            elif sheet.index(text.lower()) in mapping.values():
                self._error(sheet.name, 1, text, "deze kolom staat er twee keer in")
            else:
                mapping[index] = sheet.index(text.lower())
        complete = True
        for position, column in enumerate(sheet.columns):
            if column.required and position not in mapping.values():
                self._error(sheet.name, 1, column.name, "verplichte kolom ontbreekt")
                complete = False
        return mapping, complete, bsn

    def _rows(self, raw: RawSheet, sheet: Sheet, mapping: dict[int, int], parsed: ParsedSheet,
              keys_only: bool) -> int:
        key_positions = [sheet.index(k) for k in sheet.key]
        if keys_only:
            if not all(p in mapping.values() for p in key_positions):
                return 0
            mapping = {i: p for i, p in mapping.items() if p in key_positions}
        plan: list[tuple[int, int, Column, Parse, dict[str, Any] | None]] = [
                (cell_index, position, sheet.columns[position],
                 cell_parser(sheet.columns[position], raw.from_csv),
                 None if _is_free_text(sheet.columns[position]) else {})
                for cell_index, position in sorted(mapping.items())]
        defaults = [_default(c) for c in sheet.columns]
        headers = list(raw.headers)
        while headers and _empty(headers[-1]):
            headers.pop()
        header_width = len(headers)
        unnamed = frozenset(i for i, h in enumerate(headers) if _empty(h))
        check = _ROW_CHECKS.get(sheet.name)
        first_row: dict[tuple[Any, ...], int] = {}
        name = sheet.name
        count = 0
        stray_reported = False
        from_csv = raw.from_csv
        missing = _MISSING
        try:
            for row_number, row in raw.rows:
                count += 1
                if count % CHUNK == 0:
                    self._tick(CHUNK)
                if from_csv:
                    if not "".join(row).strip():
                        continue
                elif all(_empty(v) for v in row):
                    continue
                values = list(defaults)
                ok = True
                width = len(row)
                for cell_index, position, column, parse, cache in plan:
                    value = row[cell_index] if cell_index < width else None
                    if value is None or value == "" or (type(value) is str and value.isspace()):
                        if column.required:
                            self._error(name, row_number, column.name, MSG_REQUIRED)
                            ok = False
                        continue
                    # Codes, dates and times repeat a lot: each distinct text is read once.
                    if cache is not None and type(value) is str:
                        result = cache.get(value, missing)
                        if result is missing:
                            try:
                                result = parse(value)
                            except CellValueError as exc:
                                result = exc
                            cache[value] = result
                    else:
                        try:
                            result = parse(value)
                        except CellValueError as exc:
                            result = exc
                    if type(result) is CellValueError:
                        self._error(name, row_number, column.name, str(result))
                        ok = False
                    else:
                        values[position] = result
                if not stray_reported and (len(row) > header_width or unnamed):
                    stray = next((i for i, v in enumerate(row) if not _empty(v) and (
                        i >= header_width or i in unnamed)), None)
                    if stray is not None:
                        self._error(name, row_number, _letter(stray),
                                    "waarde in een kolom zonder kop (vul de kop in of maak de "
                                    "kolom leeg)")
                        stray_reported, ok = True, False
                key = tuple(values[p] for p in key_positions)
                if None not in key:
                    if key in first_row:
                        self._error(name, row_number, sheet.key[0],
                                    f"dubbel: dezelfde sleutel ({', '.join(sheet.key)}) staat "
                                    f"al in rij {first_row[key]}")
                        ok = False
                    else:
                        first_row[key] = row_number
                        parsed.seen_keys.add(key)
                if ok and check is not None and not keys_only:
                    for column_name, message in check(values, self._today):
                        self._error(name, row_number, column_name, message)
                        ok = False
                if ok and not keys_only:
                    parsed.records.append((row_number, *values))
        except csv.Error as exc:
            self._error(name, count + 2, "", f"het CSV-bestand is niet te lezen ({exc})")
        self._tick(count % CHUNK)
        return count


Issues = list[tuple[str, str]]


def _check_participant(v: list[Any], today: date) -> Issues:
    data = ParticipantData(number=v[0], first_names=v[1], prefix=v[2], last_name=v[3],
                           birth_date=v[4], type=v[5], badge=v[10])
    columns = {"birth_date": "geboortedatum", "badge": "badge"}
    return [(columns[e.field], e.message) for e in validate_participant(data, today)
            if e.field in columns]


def _check_module(v: list[Any], _today: date) -> Issues:
    if v[2] is not None and not _CREBO.match(v[2]):
        return [("crebo", "een crebo-code is 5 cijfers")]
    return []


def _ordered(v: list[Any], first: int, last: int, column: str, message: str) -> Issues:
    if v[first] is not None and v[last] is not None and v[last] < v[first]:
        return [(column, message)]
    return []


def _check_group(v: list[Any], _today: date) -> Issues:
    return _ordered(v, 5, 6, "einddatum", "de einddatum ligt voor de startdatum")


def _check_enrolment(v: list[Any], _today: date) -> Issues:
    return _ordered(v, 2, 3, "einddatum", "de einddatum ligt voor de startdatum")


def _check_lesson(v: list[Any], _today: date) -> Issues:
    if v[2] is not None and v[3] is not None and v[3] <= v[2]:
        return [("eindtijd", "de eindtijd moet na de begintijd liggen")]
    return []


def _check_mark(v: list[Any], _today: date) -> Issues:
    return _ordered(v, 5, 6, "aanwezig_tot", "aanwezig_tot ligt voor aanwezig_van")


def _check_holiday(v: list[Any], _today: date) -> Issues:
    return _ordered(v, 1, 2, "tot", "'tot' ligt voor 'van'")


def _check_form(v: list[Any], _today: date) -> Issues:
    """The cesuur within its scale's range (percent, or a grade for `cijfer`)."""
    if v[5] is None or v[4] is None:
        return []
    low, high = cesuur_range(Scale(v[4]))
    if not low <= v[5] <= high:
        return [("cesuur", f"de cesuur van de schaal {v[4]} ligt tussen "
                           f"{format_number(low)} en {format_number(high)}")]
    return []


_ROW_CHECKS: dict[str, Callable[[list[Any], date], Issues]] = {
    "Deelnemers": _check_participant, "Modules": _check_module, "Groepen": _check_group,
    "Inschrijvingen": _check_enrolment, "Lessen": _check_lesson, "Presentie": _check_mark,
    "Vakanties": _check_holiday, "Beoordelingsformulieren": _check_form,
    **SIGNOFF_ROW_CHECKS,
}
assert set(_ROW_CHECKS) <= set(SHEET_BY_NAME)
