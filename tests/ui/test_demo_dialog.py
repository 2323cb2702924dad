"""The demo dialog shows every demo account without scrolling (issue 9 item 10)."""

from __future__ import annotations

import pytest

from bvmdesk.services.demo.generator import DemoAccount
from bvmdesk.ui.start.demo import DemoAccountsDialog

# The accounts `bvmdesk demo` makes: one beheerder and four instructeurs.
USERS = ["beheer", "pbakker", "smulder", "gwessels", "ayilmaz"]


@pytest.mark.parametrize("count", [5, 8])
def test_all_demo_accounts_are_in_view(qtbot, count: int) -> None:
    users = USERS + [f"instructeur{n}" for n in range(count - len(USERS))]
    accounts = [DemoAccount(name, "demo-wachtwoord", "admin" if name == "beheer"
                            else "instructor") for name in users]
    dialog = DemoAccountsDialog(accounts)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.accounts_table
    assert dialog.height() <= 720 and dialog.width() <= 1280
    assert not table.verticalScrollBar().isVisible()
    viewport = table.viewport().rect()
    for row in range(count):
        rect = table.visualRect(table.model().index(row, 0))
        assert viewport.contains(rect), (row, rect, viewport)
    assert table.item(count - 1, 0).text() == users[-1]


def test_the_trainer_with_the_demo_pin_is_named(qtbot) -> None:
    accounts = [DemoAccount("beheer", "demo-wachtwoord", "admin")]
    dialog = DemoAccountsDialog(accounts, pin_trainer="Pieter Groeneveld (Stegeman)")
    qtbot.addWidget(dialog)
    assert dialog.pin_label is not None
    assert "Pieter Groeneveld (Stegeman)" in dialog.pin_label.text()
    assert "12345" in dialog.pin_label.text()
    assert DemoAccountsDialog(accounts).pin_label is None
