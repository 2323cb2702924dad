"""The people of the demo BVM: sites, accounts, companies, trainers and participants."""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass, field
from datetime import date, timedelta

from bvmdesk.domain.enums import ParticipantType as T
from bvmdesk.domain.participants import format_number
from bvmdesk.domain.text import SEARCH_KEY_SEPARATOR, fold
from bvmdesk.services.demo.catalogue import AGE_RANGE, TYPE_WEIGHTS, track_for
from bvmdesk.services.demo.names import (
    SITE_CITIES,
    PersonName,
    company_domain,
    company_name,
    email_local_part,
    mobile_number,
    person_name,
)
from bvmdesk.services.demo.rows import Row, RowStamper


@dataclass(frozen=True)
class DemoSite:
    id: uuid.UUID
    code: str
    name: str
    region: str
    share: float  # of the participants


@dataclass(frozen=True)
class DemoUser:
    id: uuid.UUID
    username: str
    display_name: str
    role: str
    site_code: str


@dataclass(frozen=True)
class DemoCompany:
    id: uuid.UUID
    site_code: str
    trainer_ids: tuple[uuid.UUID, ...]


@dataclass(eq=False)
class DemoParticipant:
    """A participant while the demo is planned; rows are made from it."""

    id: uuid.UUID
    site: DemoSite
    type: T
    track: str
    cohort: int  # index of the school year the participant started in
    birth_date: date
    profile: str  # attendance pattern: punctual, late, irregular, truant
    has_badge: bool
    company_id: uuid.UUID | None = None
    trainer_id: uuid.UUID | None = None
    years_left: int = 0
    previous_module: str | None = None
    designated_truant: bool = False
    row: Row = field(default_factory=dict)


ACCOUNTS: tuple[tuple[str, str, str, str], ...] = (
    ("beheer", "Beheerder BVM", "admin", "ZWL"),
    ("pbakker", "Peter Bakker", "instructor", "ZWL"),
    ("smulder", "Sandra Mulder", "instructor", "ZWL"),
    ("gwessels", "Gerrit Wessels", "instructor", "TBG"),
    ("ayilmaz", "Ahmet Yılmaz", "instructor", "TBG"),
)
DEMO_PASSWORD = "demo-wachtwoord"

_MBO_SCHOOLS = {"ZWL": ("Deltion College", "Landstede MBO", "Alfa-college"),
                "TBG": ("Graafschap College", "ROC Rijn IJssel", "Aventus")}
_VO_SCHOOLS: dict[T, dict[str, tuple[str, ...]]] = {
    T.PRO: {"ZWL": ("Praktijkschool Zwolle-Zuid",), "TBG": ("Praktijkschool Achterhoek",)},
    T.VSO: {"ZWL": ("VSO De Vechtstroom",), "TBG": ("VSO De Oude IJssel",)},
    T.VMBO: {"ZWL": ("Vmbo Stadshagen", "Vmbo Campus Zwolle"),
             "TBG": ("Vmbo Terborg", "Vmbo Ulft-Gendringen")},
    T.HBO: {"ZWL": ("Hogeschool Windesheim",), "TBG": ("Hogeschool van Arnhem en Nijmegen",)},
}
_FUNDERS: dict[T, tuple[tuple[str | None, int], ...]] = {
    T.BBL: (("werkgever", 40), ("OOM", 30), (None, 30)),
    T.EMPLOYEE: (("werkgever", 55), ("OOM", 45)),
    T.CAREER_CHANGER: (("werkgever", 40), ("UWV", 25), ("eigen", 35)),
    T.JOBSEEKER: (("UWV", 55), ("gemeente", 45)),
    T.OTHER: (("eigen", 70), (None, 30)),
}
_NOTES = ("Eigen lashelm en handschoenen", "Veiligheidsschoenen in bruikleen",
          "Spreekt nog weinig Nederlands; Engels gaat goed", "Leerlingenvervoer (taxi)",
          "Werkt in ploegendienst", "Contactpersoon school: mentor")
_FREEMAIL = ("gmail.com", "hotmail.com", "outlook.com", "ziggo.nl", "kpnmail.nl", "live.nl")
_PROFILES = (("punctual", 72), ("late", 12), ("irregular", 10), ("truant", 6))


def site_rows(sites: list[DemoSite], stamper: RowStamper) -> list[Row]:
    """Each site is its own origin, as if it had been set up there."""
    return [stamper.descriptive(s.id, row_id=s.id) | {
        "code": s.code, "name": s.name, "city": s.name, "settings": {},
        "signing_public_key": None} for s in sites]


def user_rows(users: list[DemoUser], sites: dict[str, DemoSite], password_hash: str,
              stamper: RowStamper) -> list[Row]:
    return [stamper.descriptive(sites[u.site_code].id, row_id=u.id) | {
        "username": u.username, "display_name": u.display_name, "role": u.role,
        "password_hash": password_hash, "active": True, "failed_attempts": 0,
        "locked_until": None, "last_login_at": None} for u in users]


def plan_cohorts(rng: random.Random, total: int, years: int, sites: list[DemoSite],
                 starts: list[date], stamper: RowStamper) -> list[DemoParticipant]:
    """Who starts in which school year, at which site, in which target group and at what age.

    Each cohort of ten or more holds every target group; the newest cohort's first BBL
    student is 16, so that a verzuim signal of a minor can exist.
    """
    kinds = list(TYPE_WEIGHTS)
    weights = [TYPE_WEIGHTS[k] for k in kinds]
    people: list[DemoParticipant] = []
    for cohort in range(years):
        size = total // years + (total % years if cohort == years - 1 else 0)
        types = kinds[:size] if size >= len(kinds) else []
        types += rng.choices(kinds, weights=weights, k=size - len(types))
        rng.shuffle(types)
        forced_young = cohort == years - 1
        for kind in types:
            site = sites[0] if rng.random() < sites[0].share else sites[1]
            low, high = AGE_RANGE[kind]
            # Young target groups cluster at their lowest ages; adults spread wider.
            mode = low + min(3, high - low) if high <= 25 else (low + high) / 2 - 5
            age = min(high, int(rng.triangular(low, high + 1, mode)))
            if forced_young and kind is T.BBL:
                age, forced_young = 16, False
                designated = True
            else:
                designated = False
            birth = date(starts[cohort].year - age, 8, 1) - timedelta(days=rng.randrange(365))
            profile = "truant" if designated else _weighted(rng, _PROFILES)
            people.append(DemoParticipant(
                id=stamper.new_id(), site=site, type=kind, track=track_for(kind, rng.random()),
                cohort=cohort, birth_date=birth, profile=profile,
                has_badge=rng.random() < 0.86, designated_truant=designated))
    return people


def _weighted(rng: random.Random, options: tuple[tuple[str, int], ...]) -> str:
    return rng.choices([o for o, _ in options], weights=[w for _, w in options])[0]


def plan_companies(rng: random.Random, people: list[DemoParticipant], sites: list[DemoSite],
                   stamper: RowStamper) -> tuple[list[DemoCompany], list[Row], list[Row]]:
    """Leerbedrijven near each site, with one to three praktijkopleiders each."""
    companies: list[DemoCompany] = []
    company_rows: list[Row] = []
    trainer_rows: list[Row] = []
    used_names: set[str] = set()
    used_sbb: set[int] = set()
    for site in sites:
        employed = sum(1 for p in people if p.site is site
                       and p.type in (T.BBL, T.EMPLOYEE, T.CAREER_CHANGER))
        count = max(6, min(max(employed // 3, 1), 40 + employed // 15))
        for _ in range(count):
            city = rng.choice(SITE_CITIES[site.code])
            name = company_name(rng, city)
            while name in used_names:
                name = f"{company_name(rng, city)} {city}"
            used_names.add(name)
            sbb = rng.randrange(100_000_000, 200_000_000)
            while sbb in used_sbb:
                sbb = rng.randrange(100_000_000, 200_000_000)
            used_sbb.add(sbb)
            row = stamper.descriptive(site.id) | {
                "code": f"LB-{len(company_rows) + 1:04d}", "name": name, "sbb_id": str(sbb),
                "city": city}
            company_rows.append(row)
            domain = company_domain(name)
            trainer_ids = []
            for _ in range(rng.choice((1, 1, 2, 2, 3))):
                person = person_name(rng, 0.2)
                trainer = stamper.descriptive(site.id) | {
                    "code": f"PO-{len(trainer_rows) + 1:05d}", "name": _full(person),
                    "company_id": row["id"], "email": f"{email_local_part(person)}@{domain}",
                    "phone": mobile_number(rng), "pin_hash": None}
                trainer_rows.append(trainer)
                trainer_ids.append(trainer["id"])
            companies.append(DemoCompany(row["id"], site.code, tuple(trainer_ids)))
    return companies, company_rows, trainer_rows


def _full(name: PersonName) -> str:
    return " ".join(p for p in (name.first_names, name.prefix, name.last_name) if p)


def _badge(rng: random.Random, used: set[str]) -> str:
    while True:
        if rng.random() < 0.25:
            badge = f"{rng.choice('ABCDEFGHKLMNPRSTVWXZ')}{rng.randrange(1000, 100_000)}"
        else:
            badge = f"{rng.randrange(10_000_000, 100_000_000)}"
        if badge not in used:
            used.add(badge)
            return badge


def _search_text(folded: dict[str, str], name: PersonName, number: str,
                 badge: str | None) -> str:
    """The text participant_search_key makes, folding each name part only once.

    Folding accents is slow and names repeat a lot. Folding works per character, so the
    folded display name is the folded parts joined by spaces. A test compares every demo
    participant's text with participant_search_key itself.
    """
    keys: dict[str, str] = {}
    for part in (name.first_names, name.prefix or "", name.last_name):
        key = folded.get(part)
        if key is None:
            key = folded[part] = fold(part.strip())
        keys[part] = key
    said = [k for k in (keys[name.first_names], keys[name.prefix or ""], keys[name.last_name])
            if k]
    sorted_parts = [k for k in (keys[name.last_name], keys[name.first_names],
                                keys[name.prefix or ""]) if k]
    return SEARCH_KEY_SEPARATOR.join(
        [*sorted_parts, " ".join(said), fold(number), *([fold(badge)] if badge else [])])


def participant_rows(rng: random.Random, people: list[DemoParticipant],
                     companies: list[DemoCompany], stamper: RowStamper) -> dict[str, int]:
    """Fill `row` of every participant; returns the last number used per site code."""
    by_site: dict[str, list[DemoCompany]] = {}
    for company in companies:
        by_site.setdefault(company.site_code, []).append(company)
    last_number: dict[str, int] = {}
    badges: set[str] = set()
    folded: dict[str, str] = {}
    for p in people:
        name = person_name(rng, 0.12)
        number = last_number.get(p.site.code, 0) + 1
        last_number[p.site.code] = number
        participant_number = format_number(p.site.code, number)
        badge = _badge(rng, badges) if p.has_badge else None
        school = student_number = None
        if p.type in (T.BBL, T.BOL):
            school = rng.choice(_MBO_SCHOOLS[p.site.code])
            student_number = str(rng.randrange(100_000, 10_000_000))
        elif p.type in _VO_SCHOOLS:
            school = rng.choice(_VO_SCHOOLS[p.type][p.site.code])
        funders = _FUNDERS.get(p.type)
        funder = rng.choices([f for f, _ in funders], [w for _, w in funders])[0] \
            if funders else None
        if p.type in (T.BBL, T.EMPLOYEE) or (p.type is T.CAREER_CHANGER and rng.random() < 0.4):
            company = rng.choice(by_site[p.site.code])
            p.company_id = company.id
            if p.type is T.BBL:
                p.trainer_id = rng.choice(company.trainer_ids)
        adult_contact = p.type not in (T.PRO, T.VSO, T.VMBO)
        email = None
        if adult_contact and rng.random() < 0.85:
            email = f"{email_local_part(name)}{rng.randrange(1, 100)}@{rng.choice(_FREEMAIL)}"
        phone = mobile_number(rng) if adult_contact and rng.random() < 0.9 else None
        note = rng.choice(_NOTES) if rng.random() < 0.05 else None
        search_text = _search_text(folded, name, participant_number, badge)
        p.row = stamper.descriptive(p.site.id, row_id=p.id) | {
            "number": participant_number, "first_names": name.first_names,
            "prefix": name.prefix, "last_name": name.last_name, "birth_date": p.birth_date,
            "type": p.type.value, "school": school, "student_number": student_number,
            "funder": funder, "company_id": p.company_id, "badge": badge, "email": email,
            "phone": phone, "note": note,
            "search_text": search_text,
        }
    return last_number

