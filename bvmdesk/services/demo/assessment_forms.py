"""The demo's assessment forms: which modules get which form, and the criteria.

The criteria are the demo BVM's own wording (as a BVM writes its own forms). Work process
codes follow the qualification files' pattern (`B1-K1-W1`); their official texts were not
available, so new work processes get clearly marked placeholder names, never invented
official wording (DOMAIN.md).
"""

from __future__ import annotations

from dataclasses import dataclass

from bvmdesk.services.demo.catalogue import BBL_CREBOS, mbo_module_code


@dataclass(frozen=True)
class DemoCriterion:
    work_process: str
    description: str
    critical: bool = False
    weight: int = 1
    fault: str = ""         # the toelichting of a low rating (O, NA, a grade below the cesuur)
    praise: str = ""        # the toelichting of a G


@dataclass(frozen=True)
class DemoForm:
    suffix: str             # the form's code is "<module code>-<suffix>"
    name: str
    kind: str               # bpv | opdracht | examen
    scale: str              # ovg | acceptabel | cijfer
    criteria: tuple[DemoCriterion, ...]
    required: bool | None = None   # None: the kind's default (as the service)


def placeholder_name(code: str) -> str:
    return f"Werkproces {code} (DEMO)"


_C = DemoCriterion

# ISO 5817-style visual inspection of a fillet weld: each criterion acceptable or not.
WELD = DemoForm("HOEKNAAD", "Hoeknaad PB, visuele beoordeling naar ISO 5817 (niveau C)",
                "opdracht", "acceptabel", (
    _C("B1-K1-W1", "Werkplek, afzuiging en persoonlijke beschermingsmiddelen in orde", True,
       fault="Werkte zonder afzuiging aan; besproken"),
    _C("B1-K1-W1", "Lasparameters ingesteld volgens de lasmethodebeschrijving (WPS)",
       fault="Stroomsterkte te hoog voor deze plaatdikte"),
    _C("B1-K1-W2", "Lasnaad uiterlijk: gelijkmatige rups, geen spatten", fault=(
        "Onregelmatige rups en veel spatten aan de zijkant")),
    _C("B1-K1-W2", "Inbranding volledig tot in de hoekwortel", True,
       fault="Onvoldoende inbranding in de wortel (zaagsnede bekeken)"),
    _C("B1-K1-W2", "Geen porositeit aan het oppervlak", True,
       fault="Poriën zichtbaar bij de eindkrater"),
    _C("B1-K1-W2", "Geen scheuren en geen randinkarteling", True,
       fault="Randinkarteling langs de bovenste teen"),
    _C("B1-K1-W2", "Keelhoogte (a-maat) binnen de tolerantie",
       fault="a-maat 3 mm waar 4 mm gevraagd is"),
    _C("B1-K1-W3", "Maatvoering van het werkstuk volgens de tekening",
       fault="Lengte 2 mm buiten de tolerantie"),
    _C("B1-K1-W3", "Vervorming binnen de tolerantie; werkstuk ontbraamd opgeleverd",
       fault="Hoek 3 graden uit het haakse getrokken"),
))

WELD_EXAM = DemoForm("PROEFSTUK", "Proefstuk stompe naad PA, beoordeling naar ISO 5817",
                     "examen", "acceptabel", (
    _C("B1-K1-W2", "Naadvoorbewerking en opening volgens de WPS",
       fault="Naadopening ongelijk over de lengte"),
    _C("B1-K1-W2", "Volledige doorlassing aan de wortelzijde", True,
       fault="Geen volledige doorlassing over 15 mm"),
    _C("B1-K1-W2", "Geen porositeit of slakinsluitingen", True,
       fault="Slakinsluiting zichtbaar in de breukproef"),
    _C("B1-K1-W2", "Naadoverhoogte en uiterlijk binnen niveau C",
       fault="Naadoverhoogte te groot"),
    _C("B1-K1-W3", "Maatvoering en vervorming binnen de tolerantie",
       fault="Proefstuk krom getrokken"),
))

TURN = DemoForm("DRAAIEN", "Draaiwerkstuk: as met schroefdraad M20", "opdracht", "cijfer", (
    _C("B1-K1-W1", "Werkvoorbereiding: tekening gelezen, bewerkingsvolgorde bepaald",
       fault="Bewerkingsvolgorde pas na hulp bepaald"),
    _C("B1-K1-W1", "Gereedschap en snijgegevens gekozen",
       fault="Snijsnelheid te hoog gekozen; beitel verbrand"),
    _C("B1-K1-W2", "Maatvoering buitendiameters binnen de tolerantie (h7)", True, 2,
       fault="Diameter 0,05 mm te klein"),
    _C("B1-K1-W2", "Lengtematen binnen de tolerantie", fault="Schouder 0,3 mm te lang"),
    _C("B1-K1-W2", "Oppervlakteruwheid Ra 1,6 op de lagerzittingen",
       fault="Ruwheid zichtbaar te grof (trillingssporen)"),
    _C("B1-K1-W2", "Schroefdraad M20 past op het controlekaliber", True,
       fault="Schroefdraad gaat niet over het kaliber"),
    _C("B1-K1-W2", "Afschuiningen en ontbramen volgens tekening",
       fault="Afschuiningen vergeten"),
    _C("B1-K1-W3", "Gemeten en vastgelegd in het meetrapport",
       fault="Meetrapport onvolledig ingevuld"),
    _C("B1-K1-W3", "Veilig gewerkt, machine schoon opgeleverd", True,
       fault="Spaanbescherming niet gebruikt"),
))

BPV = DemoForm("BPV", "Voortgang beroepspraktijkvorming (leerbedrijf)", "bpv", "ovg", (
    _C("B1-K1-W1", "Bereidt het werk voor en vraagt wat nodig is",
       fault="Begint zonder voorbereiding", praise="Denkt vooruit en legt alles klaar"),
    _C("B1-K1-W1", "Werkt veilig volgens de afspraken van het bedrijf", True,
       fault="Droeg geen gehoorbescherming in de hal",
       praise="Spreekt collega's aan op onveilig werken"),
    _C("B1-K1-W2", "Voert opdrachten zelfstandig uit",
       fault="Heeft nog veel aansturing nodig", praise="Werkt geheel zelfstandig"),
    _C("B1-K1-W2", "Levert werk van de gevraagde kwaliteit", True,
       fault="Werk moest meerdere keren over", praise="Kwaliteit op het niveau van een vakman"),
    _C("P1-K1-W1", "Communiceert met collega's en leidinggevende",
       fault="Meldt problemen niet", praise="Overlegt helder en op tijd"),
    _C("P1-K1-W2", "Komt afspraken en werktijden na",
       fault="Meerdere keren te laat zonder bericht", praise="Altijd op tijd en afspraken na"),
))

# Which modules of the catalogue get which forms (the courses and retraining too).
WELDING_MODULES = ("LAS-135-1", "LAS-141", "OMS-LAS", "VMBO-LAS", mbo_module_code("25290"),
                   mbo_module_code("25287"))
EXAM_MODULES = ("LAS-135-1", "LAS-141", "OMS-LAS", mbo_module_code("25290"),
                mbo_module_code("25287"))
TURNING_MODULES = ("CNC-DR-B", "OMS-MET", mbo_module_code("25302"), mbo_module_code("25298"))
BPV_MODULES = tuple(mbo_module_code(c) for c in BBL_CREBOS)

FAMILIES: tuple[tuple[DemoForm, tuple[str, ...]], ...] = (
    (WELD, WELDING_MODULES), (WELD_EXAM, EXAM_MODULES), (TURN, TURNING_MODULES),
    (BPV, BPV_MODULES))


def forms_for_modules(with_groups: set[str],
                      known: set[str]) -> list[tuple[str, DemoForm]]:
    """(module code, form) for every module with groups in the demo; a family without any
    such module still gets its form on its first known module (every scale shows)."""
    chosen = []
    for form, modules in FAMILIES:
        present = [m for m in modules if m in with_groups]
        if not present:
            present = [m for m in modules if m in known][:1]
        chosen += [(m, form) for m in present]
    return chosen
