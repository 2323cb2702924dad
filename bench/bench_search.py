"""Participant search as you type at 20,000 participants (target: <= 30 ms per keystroke).

Per keystroke the GUI asks `ParticipantService.search_ids` for the matching ids (sorted, in
SQL) and `rows()` for the first screenful of 50: both are timed together.
"""

from __future__ import annotations

import random
import statistics
import time
import uuid
from datetime import date
from pathlib import Path

from bench.common import Report, workspace
from bvmdesk.services.container import sessions_of

TARGET_MS = 30.0
SCREENFUL = 50
ROUNDS = 5
TYPED = ["mohamed", "el amrani", "van", "zwl-1", "de vries", "yilmaz"]
PARTICIPANTS = 20_000


def _keystrokes() -> list[str]:
    """Every prefix of every typed text, as the search box sees it."""
    return [text[:i] for text in TYPED for i in range(1, len(text) + 1)]


def _own_dataset(path: Path) -> Path:
    """20,000 participants with Core bulk inserts, for when bench.dataset is missing."""
    from sqlalchemy import insert

    from bvmdesk.db.models import Participant
    from bvmdesk.db.session import process_clock, utcnow
    from bvmdesk.services.base import Actor
    from bvmdesk.services.container import open_services
    from bvmdesk.services.participants import participant_search_key

    if path.exists():
        return path
    services = open_services(str(path), create=True, backup=False)
    try:
        site = services.accounts.setup_site(Actor.cli(), "ZWL", "Zwolle", "beheer",
                                            "een lang wachtwoord")
        rng = random.Random(1)
        firsts = ["Mohamed", "Emma", "Daan", "Çağan", "Sem", "Lucas", "Eline", "Mo", "Fatima",
                  "Łukasz", "Noah", "Zoë", "Ahmed", "Elif", "Jan-Willem", "Sophie"]
        prefixes = [None, None, None, "van", "de", "van 't", "el", "van der"]
        lasts = ["Amrani", "Vries", "Jansen", "Yılmaz", "Bakker", "Hek", "Visser", "Smit",
                 "Meijer", "Mulder", "Kowalski", "Dijk", "Bos", "Öztürk", "Berg", "Mohan"]
        now = utcnow()
        rows = []
        for n in range(1, PARTICIPANTS + 1):
            first, prefix, last = rng.choice(firsts), rng.choice(prefixes), rng.choice(lasts)
            number, badge = f"ZWL-{n:05d}", f"B{n:06d}"
            rows.append({
                "id": uuid.uuid4(), "site_id": site.id, "created_at": now, "updated_at": now,
                "created_by": "bench", "updated_by": "bench", "hlc": process_clock().tick(),
                "number": number, "first_names": first, "prefix": prefix, "last_name": last,
                "birth_date": date(1990 + n % 20, 1 + n % 12, 1 + n % 28), "type": "BBL",
                "badge": badge,
                "search_text": participant_search_key(first, prefix, last, number, badge),
            })
        with sessions_of(services).write("bench") as s:
            s.execute(insert(Participant), rows)
    finally:
        services.close()
    return path


def _dataset() -> Path:
    try:
        from bench.dataset import reference_dataset
    except ImportError:
        return _own_dataset(workspace() / "search-20k.sqlite")
    return reference_dataset()


def run(report: Report) -> None:
    from bvmdesk.services.base import Actor
    from bvmdesk.services.container import open_services

    path = _dataset()
    services = open_services(str(path), backup=False)
    actor = Actor.viewer()
    try:
        total = len(services.participants.search_ids(actor, ""))
        print(f"{total} deelnemers in {path.name}", flush=True)
        per_query: dict[str, list[float]] = {}
        for _ in range(ROUNDS):
            for query in _keystrokes():
                start = time.perf_counter()
                ids = services.participants.search_ids(actor, query)
                services.participants.rows(actor, ids[:SCREENFUL])
                per_query.setdefault(query, []).append((time.perf_counter() - start) * 1000)
        every = sorted(t for times in per_query.values() for t in times)
        report.add(f"zoeken per toetsaanslag ({total} deelnemers)", every, "ms",
                   f"<= {TARGET_MS:g} ms")
        p95 = every[int(0.95 * (len(every) - 1))]
        print(f"  p95 {p95:.1f} ms; traagste toetsaanslagen (mediaan):", flush=True)
        slowest = sorted(per_query, key=lambda q: -statistics.median(per_query[q]))[:6]
        for query in slowest:
            hits = len(services.participants.search_ids(actor, query))
            print(f"    {query!r:14} {statistics.median(per_query[query]):6.1f} ms"
                  f"  ({hits} treffers)", flush=True)
    finally:
        services.close()


if __name__ == "__main__":
    run(Report())
