"""A search field never holds more than MAX_SEARCH_LENGTH characters: longer text (a paste,
a scanner stuck on repeat) is cut, and a notice at the field says so."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtWidgets import QLineEdit, QToolTip

from bvmdesk.domain.text import MAX_SEARCH_LENGTH, cut_search

NOTICE_MS = 6000


def cut_notice() -> str:
    return QCoreApplication.translate(
        "SearchLimit", "De zoektekst is ingekort tot {count} tekens.").format(
            count=MAX_SEARCH_LENGTH)


def bounded_search(edit: QLineEdit, text: str) -> str:
    """`text` (the field's new text), cut to the limit; when it was cut, the field shows the
    cut text (without emitting its signals again) and a notice below it."""
    cut, was_cut = cut_search(text)
    if not was_cut:
        return text
    blocked = edit.blockSignals(True)
    edit.setText(cut)
    edit.blockSignals(blocked)
    edit.setProperty("searchNotice", cut_notice())
    QToolTip.showText(edit.mapToGlobal(QPoint(0, edit.height())), cut_notice(), edit,
                      edit.rect(), NOTICE_MS)
    return cut
