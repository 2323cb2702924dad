"""What the demo BVM offers: programmes and modules, who follows them, and when."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time

from bvmdesk.domain.enums import ParticipantType as T
from bvmdesk.services.qualifications import Qualification


@dataclass(frozen=True)
class Slot:
    """When a group meets on its lesson days."""

    label: str
    start: time
    end: time

    @property
    def minutes(self) -> int:
        return (self.end.hour * 60 + self.end.minute) - (self.start.hour * 60 + self.start.minute)


DAY = Slot("dag", time(8, 30), time(16, 0))
RETRAINING_DAY = Slot("dag", time(9, 0), time(15, 30))
MORNING = Slot("ochtend", time(8, 30), time(12, 0))
AFTERNOON = Slot("middag", time(13, 0), time(16, 0))
EVENING = Slot("avond", time(18, 30), time(21, 30))


@dataclass(frozen=True)
class ModuleSpec:
    """A module the demo creates; `weeks` None means it runs the whole school year."""

    code: str
    name: str
    programme: str
    prefix: str
    weeks: int | None
    slot: Slot
    min_attendance_pct: int | None = 80
    certificate_kind: str = "certificaat"  # or "deelname" (a bewijs van deelname)
    crebo: str | None = None
    level: int | None = None
    years: int = 1  # how many school years a participant follows it (MBO: by level)
    days_per_week: int = 1
    validity_years: int | None = None  # a safety course's certificate expires

    @property
    def planned_hours(self) -> int:
        weeks = self.weeks or 36
        return weeks * self.days_per_week * self.slot.minutes // 60


@dataclass(frozen=True)
class ProgrammeSpec:
    code: str
    name: str
    kind: str
    crebo: str | None = None
    level: int | None = None
    bpv_norm_hours: int | None = None


# Group-code prefixes of the qualifications a BVM trains for; others get "MBO".
_PREFIX_BY_CREBO = {
    "25290": "LAS", "25287": "LAS", "25291": "CON", "25286": "CON", "25293": "PLA",
    "25289": "PLA", "25292": "PIJ", "25288": "PIJ", "25302": "VSP", "25298": "VSP",
    "25342": "MEC", "25340": "MEC", "25341": "MEC", "25339": "MEC",
}
BBL_CREBOS = ("25290", "25287", "25291", "25286", "25293", "25302", "25298", "25342", "25292")
BOL_CREBOS = ("25291", "25302", "25342", "25340")


def mbo_programme_code(crebo: str) -> str:
    return f"MBO-{crebo}"


def mbo_module_code(crebo: str) -> str:
    return f"BVM-{crebo}"


def build_catalogue(quals: list[Qualification]) -> tuple[list[ProgrammeSpec], list[ModuleSpec]]:
    """Programmes and modules: one per qualification, plus courses and school practicals."""
    programmes = [
        ProgrammeSpec(mbo_programme_code(q.crebo), q.name, "mbo", q.crebo, q.level, 610)
        for q in quals
    ]
    modules = [
        ModuleSpec(mbo_module_code(q.crebo), f"Praktijk {q.name}", mbo_programme_code(q.crebo),
                   _PREFIX_BY_CREBO.get(q.crebo, "MBO"), None, DAY, 80, "certificaat",
                   q.crebo, q.level, years=min(q.level, 3))
        for q in quals
    ]
    programmes += [
        ProgrammeSpec("BIJSCHOLING", "Bij- en doorscholing metaal", "cursus"),
        ProgrammeSpec("OMSCHOLING", "Omscholing metaal", "omscholing"),
        ProgrammeSpec("VO-PRAKTIJK", "Praktijkonderwijs metaal voor het vo", "vo"),
        ProgrammeSpec("HBO-FACILITEITEN", "Werkplaatsgebruik hbo", "hbo"),
    ]
    modules += [
        ModuleSpec("LAS-135-1", "MIG/MAG-lassen 135 niveau 1", "BIJSCHOLING", "MIG", 10, EVENING),
        ModuleSpec("LAS-141", "TIG-lassen 141", "BIJSCHOLING", "TIG", 10, EVENING),
        ModuleSpec("CNC-DR-B", "CNC-draaien basis", "BIJSCHOLING", "CNC", 8, EVENING),
        ModuleSpec("VCA-VB", "Veilig werken/VCA-voorbereiding", "BIJSCHOLING", "VCA", 3,
                   EVENING, 100, "deelname", validity_years=5),
        ModuleSpec("OMS-LAS", "Omscholing lasser (zij-instroom)", "OMSCHOLING", "OMS", 16,
                   RETRAINING_DAY, days_per_week=2),
        ModuleSpec("OMS-MET", "Basisvaardigheden metaal (werkzoekenden)", "OMSCHOLING", "OMS",
                   16, RETRAINING_DAY, days_per_week=2),
        ModuleSpec("PRO-MET", "Praktijkvaardigheden metaal (praktijkonderwijs)", "VO-PRAKTIJK",
                   "PRO", 16, MORNING, 80, "deelname"),
        ModuleSpec("VSO-MET", "Werken met metaal (VSO)", "VO-PRAKTIJK", "VSO", 12, AFTERNOON,
                   80, "deelname"),
        ModuleSpec("VMBO-LAS", "Keuzevak lassen en verbinden (vmbo)", "VO-PRAKTIJK", "VMB", 8,
                   AFTERNOON, 80, "deelname"),
        ModuleSpec("VMBO-PLC", "Keuzevak plaat- en constructiewerk (vmbo)", "VO-PRAKTIJK", "VMB",
                   8, AFTERNOON, 80, "deelname"),
        ModuleSpec("STO-ORI", "Sterk Techniek Onderwijs: oriëntatie metaal", "VO-PRAKTIJK",
                   "STO", 4, AFTERNOON, None, "deelname"),
        ModuleSpec("HBO-PRA", "Werkplaatspracticum (hbo)", "HBO-FACILITEITEN", "HBO", 6, DAY,
                   None, "deelname"),
    ]
    return programmes, modules


@dataclass(frozen=True)
class Track:
    """A kind of group: which target groups it takes, its modules and days per week."""

    key: str
    label: str
    modules: tuple[str, ...]
    may_meet_twice: bool = False  # a share of its groups meets two days a week


TRACKS: dict[str, Track] = {
    "bbl": Track("bbl", "BBL", tuple(mbo_module_code(c) for c in BBL_CREBOS),
                 may_meet_twice=True),
    "bol": Track("bol", "BOL", tuple(mbo_module_code(c) for c in BOL_CREBOS),
                 may_meet_twice=True),
    "pro": Track("pro", "PRO", ("PRO-MET",)),
    "vso": Track("vso", "VSO", ("VSO-MET",)),
    "vmbo": Track("vmbo", "vmbo", ("VMBO-LAS", "VMBO-PLC", "STO-ORI")),
    "hbo": Track("hbo", "hbo", ("HBO-PRA",)),
    "course": Track("course", "cursus", ("LAS-135-1", "LAS-141", "CNC-DR-B", "VCA-VB")),
    "retraining": Track("retraining", "omscholing", ("OMS-LAS", "OMS-MET")),
}

# Share of each target group among participants (our judgement of a typical BVM).
TYPE_WEIGHTS: dict[T, int] = {
    T.BBL: 30, T.BOL: 8, T.PRO: 7, T.VSO: 5, T.VMBO: 14, T.HBO: 3, T.EMPLOYEE: 17,
    T.CAREER_CHANGER: 6, T.JOBSEEKER: 7, T.OTHER: 3,
}

# Age range (at the start of the school year) per target group.
AGE_RANGE: dict[T, tuple[int, int]] = {
    T.BBL: (16, 25), T.BOL: (16, 22), T.PRO: (12, 17), T.VSO: (12, 17), T.VMBO: (13, 16),
    T.HBO: (18, 25), T.EMPLOYEE: (20, 60), T.CAREER_CHANGER: (24, 55),
    T.JOBSEEKER: (20, 60), T.OTHER: (17, 65),
}


def track_for(kind: T, draw: float) -> str:
    """The track of a participant of target group `kind`; `draw` in [0, 1) splits mixed ones."""
    if kind is T.CAREER_CHANGER:
        return "retraining" if draw < 0.6 else "course"
    return {
        T.BBL: "bbl", T.BOL: "bol", T.PRO: "pro", T.VSO: "vso", T.VMBO: "vmbo", T.HBO: "hbo",
        T.EMPLOYEE: "course", T.OTHER: "course", T.JOBSEEKER: "retraining",
    }[kind]


TOPICS: dict[str, tuple[str, ...]] = {
    "LAS": ("Veiligheid en lasrook", "Hoeknaad PB", "Stompe naad PA", "Plaat-pijpverbinding",
            "Lasinspectie volgens ISO 5817", "Proefstuk", "Lasnaadvoorbewerking"),
    "CON": ("Tekening lezen", "Aftekenen en zagen", "Boren en tappen", "Hechten en richten",
            "Samenstellen frame", "Maatvoering controleren"),
    "PLA": ("Knippen en zetten", "Kanten op de kantbank", "Uitslagen maken", "Puntlassen",
            "Afwerken en ontbramen"),
    "PIJ": ("Pijpsnijden", "Buigen", "Flensverbindingen", "Pijplassen 135"),
    "VSP": ("Meten en tolereren", "Conventioneel draaien", "Frezen", "CNC-programmeren",
            "Gereedschapskeuze", "Kwaliteitscontrole"),
    "MEC": ("Pneumatiek", "Elektrische schema's", "PLC-basis", "Storingzoeken", "Montage"),
    "MIG": ("Instellen lasmachine", "Hoeknaad PB", "Stompe naad PA", "Proefstuk niveau 1"),
    "TIG": ("Wolfraamelektrode slijpen", "RVS hoeknaad", "Aluminium", "Proefstuk"),
    "CNC": ("Machinebediening", "Nulpunten en gereedschap", "Programmeren G-code", "Proefstuk"),
    "VCA": ("Risico's en wetgeving", "Persoonlijke beschermingsmiddelen", "Proefexamen"),
}
DEFAULT_TOPICS = ("Veilig werken in de werkplaats", "Gereedschapskunde", "Praktijkopdracht",
                  "Meten en aftekenen", "Werkstuk afmaken")
