"""Names as they occur in Dutch metalworking classrooms, and plausible company names."""

from __future__ import annotations

import random
from dataclasses import dataclass

from bvmdesk.domain.text import fold


@dataclass(frozen=True)
class PersonName:
    first_names: str
    prefix: str | None
    last_name: str
    female: bool


@dataclass(frozen=True)
class _Origin:
    weight: int
    male: tuple[str, ...]
    female: tuple[str, ...]
    # (prefix, last name); the prefix (tussenvoegsel) is "" when there is none.
    last: tuple[tuple[str, str], ...]


def _plain(*names: str) -> tuple[tuple[str, str], ...]:
    return tuple(("", n) for n in names)


_DUTCH = _Origin(
    weight=66,
    male=("Jan", "Jan-Willem", "Pieter", "Daan", "Bram", "Thijs", "Sem", "Lucas", "Milan",
          "Jesse", "Tim", "Ruben", "Stijn", "Niels", "Gerrit", "Hendrik", "Wouter", "Michiel",
          "Daniël", "Joël", "Sven", "Bas", "Koen", "Jeroen", "Mark", "Dirk-Jan", "Rik", "Luuk",
          "Gijs", "Teun", "Jorrit", "Wessel", "Hidde", "Sjoerd", "Arjen", "Frank", "René",
          "André", "Maarten", "Joost", "Harm", "Berend", "Freek", "Tygo", "Noël", "Geert-Jan",
          "Rutger", "Martijn", "Erik", "Kees", "Job", "Siem"),
    female=("Zoë", "Émilie", "Sanne", "Lotte", "Anouk", "Femke", "Chloë", "Noëlle", "Ilse",
            "Marieke", "Esmée", "Lisa", "Eva", "Fleur", "Renée", "Inge", "Janneke", "Anne-Marie",
            "Linde", "Mirthe", "Iris", "Maud", "Daphne"),
    last=(
        ("van", "Dijk"), ("de", "Vries"), ("van der", "Meer"), ("van 't", "Hek"),
          ("ter", "Horst"), ("te", "Velde"), ("van den", "Berg"), ("ten", "Cate"),
          ("in 't", "Veld"), ("van de", "Kamp"), ("de", "Jong"), ("van", "Leeuwen"),
          ("van der", "Linden"), ("de", "Boer"), ("van", "Wijk"), ("ter", "Haar"),
          ("van 't", "Klooster"), ("op de", "Weegh"), ("van der", "Veen"), ("de", "Graaf"),
          ("ten", "Brinke"), ("van", "Essen"), ("te", "Winkel"), ("de", "Wit"),
          ("van", "Beek"), ("van den", "Heuvel"), ("'t", "Hart"), ("van", "Dam"),
        *_plain("Jansen", "Bakker", "Visser", "Smit", "Mulder", "Bos", "Meijer", "Dekker",
             "Brouwer", "Kok", "Hendriks", "Wessels", "Nijhof", "Klein Gunnewiek", "Hulshof",
             "Hoitink", "Wolterink", "Lammers", "Kuipers", "Schuurman", "Postma", "Hoekstra",
             "Koster", "Prins", "Huisman", "Scholten", "Stegeman", "Wiggers", "Ebbers",
             "Roelofsen", "Heijink", "Kamphuis", "Brinkman", "Bruggink", "Löwenthal",
             "Geurts", "Peters", "Willemsen", "Evers", "Bosman", "Dijkstra", "Zwart",
             "Timmerman", "Vos", "Jacobs", "Bekkers", "Groeneveld", "Pastoor", "Veldhuis"),
    ),
)

_TURKISH = _Origin(
    weight=7,
    male=("Çağan", "Emre", "Mehmet", "Gökhan", "Şükrü", "Burak", "Mustafa", "Kerem", "Yusuf",
          "Oğuz", "Can", "Efe", "İbrahim", "Serkan", "Tolga"),
    female=("Ayşe", "Büşra", "Elif", "Zeynep", "Gülşen", "Merve", "Özlem"),
    last=_plain("Yılmaz", "Doğan", "Öztürk", "Çelik", "Aydın", "Kılıç", "Şahin", "Arslan",
                "Koç", "Kaya", "Demir", "Yıldız", "Erdoğan", "Güneş", "Aksoy", "Özdemir"),
)

_MOROCCAN = _Origin(
    weight=7,
    male=("Mohammed", "Youssef", "Ayoub", "Bilal", "Hamza", "Anouar", "Karim", "Said",
          "Ilias", "Soufiane", "Mourad", "Zakaria", "Redouan"),
    female=("Fatima", "Yasmina", "Samira", "Imane", "Soumaya", "Nora"),
    last=_plain("el Amrani", "Bouzid", "el Idrissi", "Benali", "Ouali", "Aït Taleb",
                "el Khattabi", "Azzouzi", "Boukhari", "Tahiri", "Amrani", "el Hamdaoui",
                "Ziani", "Abdellaoui"),
)

_POLISH_SURNAMES = ("Wiśniewski", "Kowalczyk", "Wójcik", "Zieliński", "Dąbrowski", "Nowak",
                    "Lewandowski", "Kamiński", "Szymański", "Woźniak", "Kozłowski",
                    "Jankowski", "Mazur", "Krawczyk", "Grabowski", "Pawłowski")
_POLISH = _Origin(
    weight=5,
    male=("Łukasz", "Piotr", "Krzysztof", "Michał", "Paweł", "Tomasz", "Grzegorz", "Bartłomiej",
          "Wojciech", "Jakub", "Mateusz", "Sławomir", "Jarosław"),
    female=("Małgorzata", "Agnieszka", "Katarzyna", "Joanna", "Żaneta", "Magdalena"),
    last=_plain(*_POLISH_SURNAMES),
)

_SYRIAN = _Origin(
    weight=4,
    male=("Omar", "Ahmad", "Rami", "Mahmoud", "Khaled", "Bashar", "Hussein", "Tarek", "Fadi",
          "Majd", "Yazan", "Ammar"),
    female=("Lina", "Rania", "Hiba", "Nour", "Dima"),
    last=_plain("Alshami", "Haddad", "Khalil", "Al Ali", "Al-Hassan", "Darwish", "Mansour",
                "Hamdan", "Al Masri", "Kassem", "Sabbagh", "Othman"),
)

_ERITREAN = _Origin(
    weight=3,
    male=("Tesfay", "Yonas", "Filmon", "Merhawi", "Dawit", "Samuel", "Habtom", "Berhane",
          "Mussie", "Kibrom", "Robel"),
    female=("Selam", "Senait", "Helen", "Luwam", "Saba"),
    last=_plain("Gebremedhin", "Tesfamariam", "Kidane", "Ghebreyesus", "Haile", "Berhane",
                "Tekle", "Woldemichael", "Mehari", "Ghirmay", "Abraha", "Habte"),
)

_UKRAINIAN = _Origin(
    weight=3,
    male=("Oleksandr", "Dmytro", "Andrii", "Serhii", "Mykola", "Bohdan", "Vitalii", "Taras",
          "Yurii", "Maksym"),
    female=("Olena", "Yuliia", "Iryna", "Oksana", "Kateryna", "Nataliia"),
    last=_plain("Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Melnyk", "Kravchenko",
                "Boiko", "Koval", "Oliinyk", "Lysenko", "Marchenko", "Rudenko"),
)

_CARIBBEAN = _Origin(
    weight=3,
    male=("Rajesh", "Gianni", "Jurgen", "Dewanand", "Sharif", "Ricardo", "Shurandy",
          "Sergio", "Vikash"),
    female=("Shanti", "Naomi", "Sharona", "Priya", "Jennifer"),
    last=_plain("Ramdin", "Jagessar", "Martina", "Rosaria", "Sital", "Bhoendie", "Doelwijt",
                "Kross", "Pinas", "Girigorie", "Ramsaran"),
)

_OTHER = _Origin(
    weight=2,
    male=("João", "Nikolai", "Răzvan", "Stefan", "Ionuț", "Hassan", "Mirko", "Dragan",
          "Ahmet", "José"),
    female=("Ana", "Ioana", "Mária", "Leïla"),
    last=_plain("Gonçalves", "Popescu", "Ivanov", "Dimitrov", "Horváth", "Mohamud",
                "Petrović", "Ferreira", "Novák", "Ionescu", "Ali"),
)

_SECOND_MALE = ("Johannes", "Gerardus", "Hendrikus", "Antonius", "Willem", "Maria")
_SECOND_FEMALE = ("Maria", "Johanna", "Wilhelmina", "Hendrika", "Geertruida")

_ORIGINS = (_DUTCH, _TURKISH, _MOROCCAN, _POLISH, _SYRIAN, _ERITREAN, _UKRAINIAN, _CARIBBEAN,
            _OTHER)
_ORIGIN_WEIGHTS = tuple(o.weight for o in _ORIGINS)


def _polish_female(last: str) -> str:
    for male, female in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if last.endswith(male):
            return last[: -len(male)] + female
    return last


def person_name(rng: random.Random, female_share: float) -> PersonName:
    """A plausible full name; the caller decides how often women occur (metal: few)."""
    origin = rng.choices(_ORIGINS, weights=_ORIGIN_WEIGHTS)[0]
    female = rng.random() < female_share
    first = rng.choice(origin.female if female else origin.male)
    if origin is _DUTCH and rng.random() < 0.12:
        # Official first names are often several: "Jan Gerardus" on paper.
        first = f"{first} {rng.choice(_SECOND_FEMALE if female else _SECOND_MALE)}"
    prefix, last = rng.choice(origin.last)
    if female and origin is _POLISH:
        last = _polish_female(last)
    return PersonName(first, prefix or None, last, female)


def email_local_part(name: PersonName) -> str:
    """`jan-willem.vandermeer`: accent-free, no spaces or apostrophes."""
    first = fold(name.first_names.split()[0])
    last = fold(f"{name.prefix or ''}{name.last_name}")
    keep = "abcdefghijklmnopqrstuvwxyz0123456789-"
    clean_last = "".join(ch for ch in last if ch in keep)
    clean_first = "".join(ch for ch in first if ch in keep)
    return f"{clean_first}.{clean_last}"


def mobile_number(rng: random.Random) -> str:
    return f"06-{rng.randrange(10_000_000, 100_000_000)}"


# Companies: invented names in the style of small and medium metal firms.
_COMPANY_PATTERNS = (
    "{surname} Metaalbewerking B.V.", "Constructiebedrijf {surname}", "{place} Staalbouw B.V.",
    "Lasbedrijf {surname} & Zn.", "Machinefabriek {surname}", "{surname} Plaatwerk",
    "{surname} Precisietechniek", "Metaalwarenfabriek {place}", "{surname} Installatietechniek",
    "{initials} Metaal B.V.", "Hekwerk- en Staalbouw {surname}", "{surname} CNC Techniek",
    "{place} Machinebouw", "Smederij {surname}", "{surname} RVS-techniek",
)
_COMPANY_SURNAMES = ("Wessels", "Hulshof", "Nijhof", "Kamphuis", "Bruggink", "Ten Have",
                     "Hoitink", "Wolters", "Van Ommen", "Stegeman", "Reinders", "Te Riele",
                     "Bos", "Meijerink", "Oosterhof", "Roelofs", "Van der Kolk", "Jansen",
                     "Heutink", "Brinkhorst", "Lubbers", "Vrielink", "Schuttenbeld",
                     "Ter Maat", "Huitink", "Rouwhorst", "Kok", "Pelgrim", "Lensink", "Tijink")

SITE_CITIES: dict[str, tuple[str, ...]] = {
    "ZWL": ("Zwolle", "Kampen", "Hattem", "Dalfsen", "Ommen", "Meppel", "Raalte", "Heerde",
            "Staphorst", "Genemuiden", "Deventer", "Hasselt"),
    "TBG": ("Terborg", "Doetinchem", "Varsseveld", "Ulft", "Gendringen", "Silvolde",
            "Winterswijk", "Aalten", "Lichtenvoorde", "Zevenaar", "Didam", "Lochem"),
}


def company_name(rng: random.Random, place: str) -> str:
    pattern = rng.choice(_COMPANY_PATTERNS)
    initials = "".join(rng.choice("ABDGHJKMRSTVW") for _ in range(rng.choice((2, 3))))
    return pattern.format(surname=rng.choice(_COMPANY_SURNAMES), place=place, initials=initials)


def company_domain(name: str) -> str:
    """`hulshofplaatwerk.nl` from `Hulshof Plaatwerk`."""
    words = [w for w in fold(name).replace("&", " ").split()
             if w not in {"b.v.", "zn.", "en", "-"}]
    stem = "".join(ch for ch in "".join(words[:2]) if ch.isalnum())
    return f"{stem or 'metaal'}.nl"
