"""Running a unit of work as one write transaction, again when another PC got in between.

Every service write goes through `run_write`: the work is a callable that gets a fresh
session in a fresh write transaction (`Sessions.write`). When PostgreSQL ends it with a
serialization failure, a deadlock or a unique key another PC took first, the whole unit runs
again after a short, jittered pause: it reads again, so it builds on what the other PC
committed or refuses with its own Dutch message. After the last attempt, and for every
other database error, the person gets a Dutch `ServiceError` (`base.database_problem`),
never an `IntegrityError`.

The work must not change anything outside the database that a second run would repeat
(collect results in local variables and return them).
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable
from typing import TypeVar

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from bvmdesk.db.concurrency import is_retryable
from bvmdesk.db.session import Sessions
from bvmdesk.services.base import CONFLICT_TEXT, Conflict, database_problem

T = TypeVar("T")
ATTEMPTS = 5
PAUSE_SECONDS = 0.01  # the first pause, doubled after every attempt, times 0.5 to 1.5
log = logging.getLogger("bvmdesk.services")


def run_write(sessions: Sessions, actor: str, work: Callable[[Session], T], *,
              attempts: int = ATTEMPTS) -> T:
    """`work(session)` in one write transaction for `actor`, committed; its result.

    Raises:
        Conflict: another PC kept changing the same thing (`attempts` runs failed).
        ServiceError: the work's own refusals, unchanged; a database refusal or failure
            as a Dutch message (the details go to the log).
    """
    for attempt in range(1, attempts + 1):
        try:
            with sessions.write(actor) as session:
                return work(session)
        except DBAPIError as exc:
            if is_retryable(exc) and attempt < attempts:
                log.info("gelijktijdige wijziging (%s), poging %d van %d opnieuw",
                         type(exc.orig).__name__, attempt + 1, attempts)
                time.sleep(PAUSE_SECONDS * 2 ** (attempt - 1) * random.uniform(0.5, 1.5))
                continue
            problem = Conflict(CONFLICT_TEXT) if is_retryable(exc) else database_problem(exc)
            if problem is None:
                raise
            log.warning("schrijven geweigerd: %s", problem, exc_info=exc)
            raise problem from exc
    raise AssertionError("unreachable: the last attempt returns or raises")
