"""Renders the screens of the user guide to docs/img/ (offscreen): `python scripts/screenshots.py`.

Builds a demo database in a temporary folder, so the pictures show realistic data.
"""

import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("BVMDESK_DATA_DIR", tempfile.mkdtemp(prefix="bvm-shots-"))
os.environ.setdefault("BVMDESK_TODAY", "2026-11-24")  # a Tuesday with demo lessons

from PySide6.QtWidgets import QApplication

from bvmdesk import app as bvm_app
from bvmdesk.config import Settings
from bvmdesk.services.container import open_services

DAY = date.fromisoformat(os.environ["BVMDESK_TODAY"])
OUT = Path(__file__).resolve().parent.parent / "docs" / "img"
SIZE = (1366, 768)


def _settle(qt_app: QApplication, seconds: float = 2.5) -> None:
    """Let background work (signals, warnings) finish and the page repaint."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        qt_app.processEvents()
        time.sleep(0.05)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="bvm-shots-db-"))
    qt_app = bvm_app._make_application(Settings())

    from bvmdesk.ui.main_window import MainWindow
    from bvmdesk.ui.start.first_start import FirstStartDialog
    from bvmdesk.ui.start.login import LoginDialog

    empty = open_services(str(folder / "leeg.sqlite"), create=True, backup=False)
    first = FirstStartDialog(empty.accounts, empty.database_label)
    first.show()
    qt_app.processEvents()
    first.grab().save(str(OUT / "eerste-start.png"))
    first.close()
    empty.close()

    services = open_services(str(folder / "demo.sqlite"), create=True, backup=False)
    services.generate_demo(participants=120, seed=1, today=DAY)
    login = LoginDialog(services.accounts, "Zwolle (ZWL)", services.database_label, "pbakker")
    login.show()
    qt_app.processEvents()
    login.grab().save(str(OUT / "inloggen.png"))
    login.close()

    admin = services.accounts.authenticate("beheer", "demo-wachtwoord")
    window = MainWindow(services, admin, Settings())
    window.resize(*SIZE)
    window.show()
    for name, key in (("vandaag", 0), ("deelnemers", 2), ("rapportages", 6), ("beheer", 7)):
        window.show_page(key)
        _settle(qt_app)
        if name == "deelnemers":
            table = getattr(window.current_page, "table", None)
            if table is not None:
                table.selectRow(3)
                qt_app.processEvents()
        window.grab().save(str(OUT / f"{name}.png"))
    lessons = services.today.overview(admin).lessons
    if lessons:
        window.open_lesson(lessons[0].lesson.id, lessons[0].lesson.date)
        _settle(qt_app)
        window.grab().save(str(OUT / "presentie.png"))
    window.close()
    services.close()
    QApplication.processEvents()
    print(f"Schermafbeeldingen in {OUT}")


if __name__ == "__main__":
    sys.exit(main())
