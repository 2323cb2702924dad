"""The register in a real X window, for `test_scanner_x11.py`: `python -m tests.ui.x11_register
DB LESSON_DATE`. Shows Presentie on the xcb platform with the clock at 08:40 of that day and
prints READY; the test types into it with xdotool, as a USB scanner does."""

from __future__ import annotations

import sys
from datetime import date, datetime, time

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from bvmdesk.services.container import open_services
from bvmdesk.ui.attendance.register import RegisterPage
from bvmdesk.ui.theme import apply_theme

TITLE = "BVM Desk x11-scanner-test"


def main() -> int:
    path, day = sys.argv[1], date.fromisoformat(sys.argv[2])
    app = QApplication([])
    apply_theme(app)
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    services = open_services(path)
    now = datetime.combine(day, time(8, 40))
    services.attendance.now = lambda: now
    actor = services.accounts.authenticate("pbakker", "werkplaats-2026")
    page = RegisterPage(services.attendance, actor, now=lambda: now)
    page.setWindowTitle(TITLE)
    page.resize(1280, 720)
    page.show()
    page.show_day(day)
    page.table.setFocus()
    print("READY", flush=True)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
