"""Renders the screens of the user guide to docs/img/ (offscreen): `python scripts/screenshots.py`.

Builds a demo database in a temporary folder, so the pictures show realistic data.
"""

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("BVMDESK_DATA_DIR", tempfile.mkdtemp(prefix="bvm-shots-"))

from PySide6.QtWidgets import QApplication

from bvmdesk import app as bvm_app
from bvmdesk.config import Settings
from bvmdesk.services.container import open_services
from bvmdesk.services.demo import generate_demo

OUT = Path(__file__).resolve().parent.parent / "docs" / "img"
SIZE = (1366, 768)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="bvm-shots-db-"))
    qt_app = bvm_app._make_application(Settings())

    from bvmdesk.ui.dialogs.first_start import FirstStartDialog
    from bvmdesk.ui.dialogs.login import LoginDialog
    from bvmdesk.ui.main_window import MainWindow

    empty = open_services(str(folder / "leeg.sqlite"), create=True, backup=False)
    first = FirstStartDialog(empty.accounts, empty.database_label)
    first.show()
    qt_app.processEvents()
    first.grab().save(str(OUT / "eerste-start.png"))
    first.close()
    empty.close()

    services = open_services(str(folder / "demo.sqlite"), create=True, backup=False)
    generate_demo(services.sessions, participants=120, seed=1, today=date(2026, 11, 27))
    login = LoginDialog(services.accounts, "Zwolle (ZWL)", services.database_label, "pbakker")
    login.show()
    qt_app.processEvents()
    login.grab().save(str(OUT / "inloggen.png"))
    login.close()

    admin = services.accounts.authenticate("beheer", "demo-wachtwoord")
    window = MainWindow(services, admin, Settings())
    window.resize(*SIZE)
    window.show()
    for name, key in (("vandaag", 0), ("deelnemers", 2), ("beheer", 7)):
        window.show_page(key)
        qt_app.processEvents()
        if name == "deelnemers":
            table = getattr(window.current_page, "table", None)
            if table is not None:
                table.selectRow(3)
                qt_app.processEvents()
        window.grab().save(str(OUT / f"{name}.png"))
    window.close()
    services.close()
    QApplication.processEvents()
    print(f"Schermafbeeldingen in {OUT}")


if __name__ == "__main__":
    sys.exit(main())
