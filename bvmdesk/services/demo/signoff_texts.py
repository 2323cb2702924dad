"""What the demo's praktijkopleiders sign: tasks per kind of module, remarks, reasons, and a
drawn signature per trainer.

The tasks are what a school writes itself for its aftekenkaart (no official SBB text);
the work processes they link to carry the "(DEMO)" placeholders of the catalogue.
"""

from __future__ import annotations

import math
import random
from collections.abc import Sequence

from bvmdesk.domain.signature import encode, make_signature

# (description, required) per group-code prefix of a module (catalogue._PREFIX_BY_CREBO).
_COMMON: tuple[tuple[str, bool], ...] = (
    ("Werkt veilig volgens de VCA-regels en de huisregels van het bedrijf", True),
    ("Houdt de eigen werkplek schoon en opgeruimd", True),
    ("Neemt deel aan een toolboxmeeting", False),
    ("Overlegt zelfstandig met collega's over de planning van de dag", False),
)
_TASKS: dict[str, tuple[tuple[str, bool], ...]] = {
    "LAS": (
        ("Stelt de MIG/MAG-lasmachine in op plaatdikte en lasnaad", True),
        ("Last een hoeknaad in positie PB zonder aanloopfouten", True),
        ("Last een stompe naad in positie PA met volledige doorlassing", True),
        ("Bereidt lasnaden voor (afkanten, reinigen, hechten)", True),
        ("Controleert de eigen lassen visueel op porositeit en inkarteling", True),
        ("Last een plaat-pijpverbinding in positie PH", False),
        ("Wisselt de draadrol en de contactbuis zelfstandig", False),
    ),
    "CON": (
        ("Leest een werktekening en maakt een zaaglijst", True),
        ("Tekent af en zaagt profielen op maat", True),
        ("Boort en tapt gaten volgens tekening", True),
        ("Hecht en richt een frame haaks en vlak", True),
        ("Controleert de maatvoering van een samenstelling", True),
        ("Monteert een constructie op locatie met de ploeg", False),
    ),
    "PLA": (
        ("Knipt plaat op maat met de knipschaar", True),
        ("Zet een profiel op de kantbank volgens tekening", True),
        ("Maakt een eenvoudige uitslag", True),
        ("Verbindt plaatdelen met puntlassen of klinken", True),
        ("Ontbraamt en werkt een product af voor de klant", False),
    ),
    "PIJ": (
        ("Snijdt en bewerkt pijp op maat", True),
        ("Buigt pijp op de buigmachine volgens isometrie", True),
        ("Monteert een flensverbinding lekdicht", True),
        ("Last een pijpverbinding met proces 135", True),
        ("Voert een druktest uit onder begeleiding", False),
    ),
    "VSP": (
        ("Meet werkstukken met schuifmaat en micrometer", True),
        ("Draait een as binnen tolerantie op de conventionele draaibank", True),
        ("Freest een kamer en een sleuf volgens tekening", True),
        ("Richt een CNC-machine in (nulpunt en gereedschap)", True),
        ("Past een CNC-programma aan en test het op de machine", True),
        ("Kiest gereedschap en snijgegevens voor het materiaal", False),
    ),
    "MEC": (
        ("Bouwt een pneumatische schakeling volgens schema", True),
        ("Leest een elektrisch schema en sluit een motor aan", True),
        ("Zoekt een storing in een machine en lost haar op", True),
        ("Voert preventief onderhoud uit volgens de checklist", True),
        ("Wijzigt een eenvoudig PLC-programma onder begeleiding", False),
    ),
}
_DEFAULT: tuple[tuple[str, bool], ...] = (
    ("Voert een praktijkopdracht uit volgens werkinstructie", True),
    ("Gebruikt gereedschap en machines veilig en juist", True),
    ("Meet en tekent af volgens tekening", True),
    ("Controleert het eigen werk en meldt afwijkingen", True),
)

REMARKS = ("Zelfstandig uitgevoerd, netjes afgewerkt.", "Ging goed, tempo mag nog omhoog.",
           "Na één keer voordoen direct goed.", "Uitgevoerd op de nachtdienst.",
           "Samen met collega uitgevoerd; eigen deel goed.")
WITHDRAW_REASONS = ("Verkeerde taak aangevinkt; de praktijkopleider bedoelde een andere.",
                    "Praktijkopleider trekt de aftekening in: nog niet zelfstandig gedaan.",
                    "Afgetekend bij de verkeerde deelnemer van hetzelfde bedrijf.")
SIGNATURE_SIZE = (420, 150)   # the pad's own size (ui.common.signature_pad.PAD_SIZE)


def task_pool(prefix: str, count: int) -> list[tuple[str, bool, bool]]:
    """`count` tasks (4 to 8) for a module with this group-code prefix, as (description,
    required, general): its own trade tasks, then at least one general task (safety, the
    workplace) that belongs to no single work process."""
    own = _TASKS.get(prefix, _DEFAULT)
    trade = min(len(own), count - 1)
    return ([(text, required, False) for text, required in own[:trade]]
            + [(text, required, True) for text, required in _COMMON[:count - trade]])


def _bezier(points: Sequence[tuple[float, float]], steps: int) -> list[tuple[float, float]]:
    """A cubic Bézier curve through four control points, as `steps` + 1 points."""
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = points
    curve = []
    for i in range(steps + 1):
        t = i / steps
        a, b, c, d = (1 - t) ** 3, 3 * t * (1 - t) ** 2, 3 * t * t * (1 - t), t ** 3
        curve.append((a * x0 + b * x1 + c * x2 + d * x3, a * y0 + b * y1 + c * y2 + d * y3))
    return curve


def signature_of(name: str) -> str:
    """A plausible drawn signature for `name` (the same name draws the same one): a tall
    initial, a run of joined loops of varying height, and an underline flourish."""
    rng = random.Random(name)
    width, height = SIGNATURE_SIZE
    base = height - 45 + rng.uniform(-6, 6)
    left = 30 + rng.uniform(0, 25)
    tall = rng.uniform(55, 80)
    initial = (_bezier(((left - 6, base + 2), (left + 4, base - tall * 0.5),
                        (left + 2, base - tall * 1.2), (left + 12, base - tall)), 14)
               + _bezier(((left + 12, base - tall), (left + 26, base - tall * 0.75),
                          (left + 2, base - tall * 0.45), (left + 24, base)), 14)[1:])
    # A prolate trochoid makes joined loops like handwriting (loops at the top, joined at
    # the foot); each letter gets its own height, blended smoothly into the next.
    loops = rng.randint(5, 8)
    step = rng.uniform(9, 12)
    heights = [rng.choice((0.7, 0.8, 1.0, 1.6, 2.0)) * rng.uniform(11, 15)
               for _ in range(loops + 2)]
    start = left + 24
    run: list[tuple[float, float]] = []
    for i in range(loops * 12 + 1):
        t = i / 12 * math.tau
        k, f = int(i // 12), (i % 12) / 12
        d = heights[k] + (heights[k + 1] - heights[k]) * (1 - math.cos(math.pi * f)) / 2
        run.append((start + step * t / 2.2 + 0.45 * d * math.sin(t),
                    base - d * (1 - math.cos(t)) / 2 - 1.5 * math.sin(0.5 * t)))
    end = run[-1][0]
    flourish = _bezier(((left - 8, base + 14), (left + 60, base + 30 + rng.uniform(0, 8)),
                        (end - 40, base + 4), (min(end + 30, width - 10), base + 10)), 20)
    return encode(make_signature(width, height, [initial, run, flourish]))
