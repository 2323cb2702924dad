"""The GUI's words (issue 9): Qt's own dialogs in Dutch, one doelgroep label everywhere,
the scanner's voorvoegsel, placeholder texts as whole sentences."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from bvmdesk.domain.enums import ParticipantType, participant_type_label
from bvmdesk.services.base import Actor
from bvmdesk.services.container import Services
from bvmdesk.ui.participants.model import COLUMN_TYPE, ParticipantTableModel


@pytest.fixture
def dutch(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QLocale

    from bvmdesk.ui.i18n import install_translations

    translators = install_translations(qapp, "nl")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))


def test_qt_own_translations_are_found(dutch: None) -> None:
    from pathlib import Path

    from bvmdesk.ui.i18n import qt_translation_dirs

    assert any((Path(folder) / "qtbase_nl.qm").exists() for folder in qt_translation_dirs())
    assert QCoreApplication.translate("QFileDialog", "Look in:") == "Zoeken in:"
    assert QCoreApplication.translate("QFileDialog", "Files of type:") == "Bestanden van type:"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuleren"
    # Qt 6's labels carry a shortcut that qtbase_nl.qm does not know yet
    assert QCoreApplication.translate("QFileDialog", "&Look in:") == "&Zoeken in:"
    assert QCoreApplication.translate("QFileDialog", "Files of &type:") == "Bestanden van &type:"


def test_the_file_dialog_speaks_dutch(qtbot, dutch: None, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog, QLabel

    dialog = QFileDialog(None, "Kies een bestand", str(tmp_path))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)
    texts = {label.text().replace("&", "") for label in dialog.findChildren(QLabel)}
    assert {"Zoeken in:", "Bestanden van type:", "Bestandsnaam:"} <= texts
    assert not texts & {"Look in:", "Files of type:", "File name:"}
    # Qt deletes the dialog (and its file-system model's worker) in the event loop, not
    # the garbage collector at some later moment.
    dialog.deleteLater()
    qtbot.wait(50)


@pytest.mark.parametrize(("value", "label"), [
    ("BBL", "MBO BBL"), ("BOL", "MBO BOL"), ("PRO", "PRO"), ("VSO", "VSO"), ("vmbo", "vmbo"),
    ("hbo", "hbo"), ("werknemer", "Werknemer"), ("zij-instromer", "Zij-instromer"),
    ("werkzoekende", "Werkzoekende"), ("overig", "Overig"), ("iets", "iets")])
def test_one_doelgroep_label(value: str, label: str) -> None:
    from bvmdesk.reports.formatting import participant_type_label as report_label
    from bvmdesk.ui.participants.model import type_label

    assert participant_type_label(value) == report_label(value) == type_label(value) == label


def test_the_participants_table_and_form_show_the_label(qtbot, services: Services,  # type: ignore[no-untyped-def]
                                                       admin: Actor) -> None:
    from bvmdesk.ui.participants.detail import ParticipantDetailPanel

    model = ParticipantTableModel(lambda ids: services.participants.rows(admin, ids))
    model.set_ids(services.participants.search_ids(admin, ""))
    rows = services.participants.rows(admin, [model.id_at(r) for r in range(model.rowCount())])
    shown = [model.data(model.index(r, COLUMN_TYPE), Qt.ItemDataRole.DisplayRole)
             for r in range(model.rowCount())]
    by_id = {row.id: row.type for row in rows}
    stored = [by_id[model.id_at(r)] for r in range(model.rowCount())]
    assert shown == [participant_type_label(value) for value in stored]
    assert "BBL" in stored and "MBO BBL" in shown
    detail = ParticipantDetailPanel(services.participants, admin)
    qtbot.addWidget(detail)
    combo = detail.type_combo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        participant_type_label(t.value) for t in ParticipantType]
    assert [combo.itemData(i) for i in range(combo.count())] == [t.value for t in ParticipantType]


def test_settings_say_voorvoegsel(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFormLayout, QLabel

    from bvmdesk.config import Settings
    from bvmdesk.ui.admin.settings import SettingsPanel

    panel = SettingsPanel(Settings())
    qtbot.addWidget(panel)
    form = panel.findChild(QFormLayout)
    label = form.labelForField(panel.prefix_edit)
    assert isinstance(label, QLabel) and label.text() == "Voorvoegsel van de badgescanner"
    texts = " ".join([*(w.text() for w in panel.findChildren(QLabel)),
                      panel.prefix_edit.toolTip()])
    assert "voorteken" not in texts.casefold()
    assert texts.count("voorvoegsel") >= 2


def test_every_placeholder_text_is_whole_sentences() -> None:
    from bvmdesk.ui.admin.page import admin_sections
    from bvmdesk.ui.navigation import main_pages

    purposes = [spec.purpose for spec in main_pages()]
    purposes += [purpose for _key, _title, _icon, purpose in admin_sections() if purpose]
    assert len(purposes) == 8 + 6
    for purpose in purposes:
        assert purpose.startswith("Hier ") and " straks " in purpose, purpose
        assert purpose.endswith("."), purpose
        assert "Hier komt straks" not in purpose


@pytest.mark.parametrize("minutes", [0, 5, 45, 60, 605, 960, 1350, 61_230])
def test_the_gui_words_hours_by_the_same_rule(minutes: int) -> None:
    from bvmdesk.domain.text import duration_text
    from bvmdesk.ui.attendance.text import hours_text

    assert hours_text(minutes) == duration_text(minutes)
