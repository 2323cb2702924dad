"""The exchange format: sheets, columns, keys and enumerations (DESIGN.md, exact)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from bvmdesk.domain.assessment import Scale
from bvmdesk.domain.certificate_code import CertificateKind
from bvmdesk.domain.enums import (
    AssessmentKind,
    AssessmentStatus,
    AttendanceStatus,
    EnrolmentStatus,
    ParticipantType,
)
from bvmdesk.domain.signoff import MethodWord


class Kind(Enum):
    """How a column's cells are read."""

    TEXT = "text"
    DATE = "date"
    TIME = "time"
    INT = "int"
    BOOL = "bool"
    EMAIL = "email"
    PARTICIPANT_TYPE = "doelgroep"
    MARK_STATUS = "presentie-status"
    ENROLMENT_STATUS = "inschrijving-status"
    NUMBER = "getal"            # a decimal number (cesuur): `75`, `5,5`, a number cell
    FLAG = "ja/nee/leeg"        # ja/nee where empty means "the default" (None)
    FORM_KIND = "soort"
    SCALE = "schaal"
    ASSESSMENT_STATUS = "beoordeling-status"
    SIGNOFF_METHOD = "wijze"    # scherm | papier
    WEEK = "week"               # an ISO week `2026-W37`, read as (2026, 37)
    HOURS = "uren"              # bpv hours in half hours (`7,5`, 7.5), read as minutes
    CERTIFICATE_KIND = "certificaat"  # certificaat | deelname, empty = certificaat


@dataclass(frozen=True)
class Column:
    """One column of a sheet. `max_length` is the database column's limit."""

    name: str
    kind: Kind = Kind.TEXT
    required: bool = False
    max_length: int | None = None
    minimum: int | None = None
    maximum: int | None = None


@dataclass(frozen=True)
class Sheet:
    """One sheet: its columns in order and the columns of its key."""

    name: str
    columns: tuple[Column, ...]
    key: tuple[str, ...]

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)

    def index(self, column: str) -> int:
        return self.names.index(column)


def _req(name: str, kind: Kind = Kind.TEXT, max_length: int | None = None) -> Column:
    return Column(name, kind, True, max_length)


def _opt(name: str, kind: Kind = Kind.TEXT, max_length: int | None = None) -> Column:
    return Column(name, kind, False, max_length)


LOCATIONS = Sheet("Locaties", (_req("code", max_length=10), _req("naam", max_length=200),
                               _opt("plaats", max_length=120)), ("code",))
COMPANIES = Sheet("Leerbedrijven", (
    _req("code", max_length=40), _req("naam", max_length=200), _opt("sbb_id", max_length=40),
    _opt("plaats", max_length=120)), ("code",))
TRAINERS = Sheet("Praktijkopleiders", (
    _req("code", max_length=40), _req("naam", max_length=200), _req("leerbedrijf"),
    _opt("email", Kind.EMAIL, 200), _opt("telefoon", max_length=40)), ("code",))
MODULES = Sheet("Modules", (
    _req("code", max_length=40), _req("naam", max_length=200), _opt("crebo", max_length=5),
    Column("niveau", Kind.INT, False, None, 1, 4),
    Column("uren", Kind.INT, True, None, 0, 100_000),
    Column("min_aanwezigheid", Kind.INT, False, None, 0, 100),
    _opt("certificaat", Kind.CERTIFICATE_KIND),
    Column("geldigheid_jaren", Kind.INT, False, None, 1, 50)), ("code",))
PARTICIPANTS = Sheet("Deelnemers", (
    _req("nummer", max_length=40), _req("voornamen", max_length=200),
    _opt("tussenvoegsel", max_length=40), _req("achternaam", max_length=200),
    _req("geboortedatum", Kind.DATE), _req("doelgroep", Kind.PARTICIPANT_TYPE),
    _opt("school", max_length=200), _opt("studentnummer", max_length=40),
    _opt("financier", max_length=60), _opt("leerbedrijf"), _opt("badge", max_length=64),
    _opt("email", Kind.EMAIL, 200), _opt("telefoon", max_length=40)), ("nummer",))
GROUPS = Sheet("Groepen", (
    _req("code", max_length=40), _req("naam", max_length=200), _req("module"),
    _req("locatie"), _opt("docent", max_length=200), _req("startdatum", Kind.DATE),
    _opt("einddatum", Kind.DATE)), ("code",))
ENROLMENTS = Sheet("Inschrijvingen", (
    _req("deelnemer"), _req("groep"), _req("startdatum", Kind.DATE),
    _opt("einddatum", Kind.DATE), _opt("praktijkopleider"),
    _opt("status", Kind.ENROLMENT_STATUS)), ("deelnemer", "groep"))
LESSONS = Sheet("Lessen", (
    _req("groep"), _req("datum", Kind.DATE), _req("begintijd", Kind.TIME),
    _req("eindtijd", Kind.TIME), _opt("docent", max_length=200),
    _opt("onderwerp", max_length=200), _opt("vervallen", Kind.BOOL)),
    ("groep", "datum", "begintijd"))
MARKS = Sheet("Presentie", (
    _req("groep"), _req("datum", Kind.DATE), _req("begintijd", Kind.TIME), _req("deelnemer"),
    _req("status", Kind.MARK_STATUS), _opt("aanwezig_van", Kind.TIME),
    _opt("aanwezig_tot", Kind.TIME), _opt("opmerking", max_length=2000)),
    ("groep", "datum", "begintijd", "deelnemer"))
HOLIDAYS = Sheet("Vakanties", (
    _req("locatie"), _req("van", Kind.DATE), _req("tot", Kind.DATE),
    _opt("naam", max_length=120)), ("locatie", "van"))

# Practical assessments (issue 12). A form code names its newest version, an assessment
# code its newest version; `criterium` is the criterion's number on the form.
FORMS = Sheet("Beoordelingsformulieren", (
    _req("code", max_length=40), _req("naam", max_length=200), _req("module"),
    _req("soort", Kind.FORM_KIND), _req("schaal", Kind.SCALE), _opt("cesuur", Kind.NUMBER),
    _opt("verplicht", Kind.FLAG)), ("code",))
CRITERIA = Sheet("Criteria", (
    _req("formulier"), _req("werkproces", max_length=20),
    _opt("werkproces_naam", max_length=200), Column("nummer", Kind.INT, True, None, 1, 10_000),
    _req("omschrijving", max_length=4000), _opt("kritisch", Kind.BOOL),
    Column("gewicht", Kind.INT, False, None, 1, 1000)), ("formulier", "nummer"))
ASSESSMENTS = Sheet("Beoordelingen", (
    _req("code", max_length=40), _req("formulier"), _req("deelnemer"), _req("datum", Kind.DATE),
    _req("beoordelaar"), _opt("tweede_beoordelaar", max_length=200),
    _opt("status", Kind.ASSESSMENT_STATUS)), ("code",))
SCORES = Sheet("Scores", (
    _req("beoordeling"), Column("criterium", Kind.INT, True, None, 1, 10_000),
    _req("score", max_length=20), _opt("toelichting", max_length=4000)),
    ("beoordeling", "criterium"))
ASSESSMENT_SHEETS: tuple[Sheet, ...] = (FORMS, CRITERIA, ASSESSMENTS, SCORES)

# Workplace sign-offs (issue 13). `taak` is a task code of the participant's module; the
# trainer (`praktijkopleider`, `goedgekeurd_door`) is a Praktijkopleiders code.
SIGNOFF_TASKS = Sheet("Aftekentaken", (
    _req("module"), _req("code", max_length=40), _req("omschrijving", max_length=4000),
    _opt("werkproces", max_length=20), _opt("werkproces_naam", max_length=200),
    _opt("verplicht", Kind.FLAG)), ("module", "code"))
SIGNOFFS = Sheet("Aftekeningen", (
    _req("deelnemer"), _req("taak"), _req("praktijkopleider"), _req("datum", Kind.DATE),
    _req("wijze", Kind.SIGNOFF_METHOD), _opt("opmerking", max_length=500)),
    ("deelnemer", "taak", "datum"))
PLACEMENT_HOURS = Sheet("Bpv-uren", (
    _req("deelnemer"), _req("week", Kind.WEEK), _req("uren", Kind.HOURS),
    _opt("goedgekeurd_door"), _opt("goedgekeurd_op", Kind.DATE)), ("deelnemer", "week"))
SIGNOFF_SHEETS: tuple[Sheet, ...] = (SIGNOFF_TASKS, SIGNOFFS, PLACEMENT_HOURS)

SHEETS: tuple[Sheet, ...] = (LOCATIONS, COMPANIES, TRAINERS, MODULES, PARTICIPANTS, GROUPS,
                             ENROLMENTS, LESSONS, MARKS, HOLIDAYS, *ASSESSMENT_SHEETS,
                             *SIGNOFF_SHEETS)
"""Every sheet, in the order in which they are validated, written and reported."""

SHEET_BY_NAME: dict[str, Sheet] = {s.name: s for s in SHEETS}

# Issued certificates (issue 14): export only, so the register can leave the system. An
# import ignores this sheet (with a notice): a certificate is issued in the app, never read.
# The certificates issue names these columns (in English, like the JSON of `certificates
# verify`); kind and status are the stored values: certificaat|deelname,
# valid|revoked|superseded.
CERTIFICATES = Sheet("Certificaten", (
    _req("number"), _req("participant"), _req("kind"), _req("module"),
    _req("issued", Kind.DATE), _req("status"), _req("sha256"), _opt("expires", Kind.DATE)),
    ("number",))
EXPORT_ONLY_SHEETS: tuple[Sheet, ...] = (CERTIFICATES,)
EXPORT_SHEETS: tuple[Sheet, ...] = (*SHEETS, *EXPORT_ONLY_SHEETS)
"""Every sheet an export writes, in order: the importable ones, then the export-only ones."""
INSTRUCTIONS_SHEET = "Toelichting"
BSN_HEADERS = frozenset({"bsn", "burgerservicenummer", "sofinummer"})

PARTICIPANT_TYPES: tuple[str, ...] = tuple(t.value for t in ParticipantType)
MARK_STATUSES: tuple[str, ...] = tuple(s.value for s in AttendanceStatus)
ENROLMENT_STATUSES: tuple[str, ...] = tuple(s.value for s in EnrolmentStatus)
DEFAULT_ENROLMENT_STATUS = EnrolmentStatus.ACTIVE.value
FORM_KINDS: tuple[str, ...] = tuple(k.value for k in AssessmentKind)
SCALES: tuple[str, ...] = tuple(s.value for s in Scale)
# The exchange's words for an assessment's status, and the stored value of each.
ASSESSMENT_STATUS_WORDS: dict[str, str] = {"concept": AssessmentStatus.DRAFT.value,
                                           "definitief": AssessmentStatus.FINAL.value}
ASSESSMENT_STATUSES: tuple[str, ...] = tuple(ASSESSMENT_STATUS_WORDS)
DEFAULT_ASSESSMENT_STATUS = "concept"
SIGNOFF_METHODS: tuple[str, ...] = tuple(w.value for w in MethodWord)  # scherm, papier
CERTIFICATE_KINDS: tuple[str, ...] = tuple(k.value for k in CertificateKind)

ENUMERATIONS: dict[Kind, tuple[str, ...]] = {
    Kind.PARTICIPANT_TYPE: PARTICIPANT_TYPES,
    Kind.MARK_STATUS: MARK_STATUSES,
    Kind.ENROLMENT_STATUS: ENROLMENT_STATUSES,
    Kind.FORM_KIND: FORM_KINDS,
    Kind.SCALE: SCALES,
    Kind.ASSESSMENT_STATUS: ASSESSMENT_STATUSES,
    Kind.SIGNOFF_METHOD: SIGNOFF_METHODS,
    Kind.CERTIFICATE_KIND: CERTIFICATE_KINDS,
}
ENUMERATION_LABELS: dict[Kind, str] = {
    Kind.PARTICIPANT_TYPE: "doelgroep",
    Kind.MARK_STATUS: "status",
    Kind.ENROLMENT_STATUS: "status",
    Kind.FORM_KIND: "soort",
    Kind.SCALE: "schaal",
    Kind.ASSESSMENT_STATUS: "status",
    Kind.SIGNOFF_METHOD: "wijze",
    Kind.CERTIFICATE_KIND: "certificaatsoort",
}

# Messages shared by several modules.
MSG_BSN = ("deze kolom wordt geweigerd: de BVM mag geen BSN (burgerservicenummer) opslaan, "
           "ook niet met toestemming (UAVG art. 46); verwijder de kolom en importeer opnieuw")
MSG_DATE = "geen geldige datum (gebruik JJJJ-MM-DD of DD-MM-JJJJ)"
MSG_TIME = "geen geldige tijd (gebruik UU:MM)"
MSG_REQUIRED = "verplicht: vul een waarde in"
CANCELLED = "Geannuleerd: er is niets gewijzigd."
MSG_EXPORT_ONLY = ("het blad {sheet} is alleen voor export (het register van uitgegeven "
                   "certificaten) en is bij de import overgeslagen")
NO_LOCAL_SITE = "Richt eerst een locatie in (bvmdesk init); daarna kan er geïmporteerd worden."
