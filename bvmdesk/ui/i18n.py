"""Installs the translations: ours (Dutch is the source language) and Qt's own qtbase."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from bvmdesk.config import resources_dir

log = logging.getLogger("bvmdesk.ui")
LANGUAGES: dict[str, str] = {"nl": "Nederlands", "en": "English"}


def translations_dir() -> Path:
    return resources_dir() / "translations"


def locale_for(language: str) -> QLocale:
    if language == "en":
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)


def install_translations(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load `bvmdesk_<language>.qm` and Qt's `qtbase_<language>.qm`, when present.

    A missing .qm is not an error: the app then speaks its source language (Dutch), and
    Qt's standard dialogs their built-in English.

    Returns:
        The installed translators (keep them alive as long as the application).
    """
    language = language if language in LANGUAGES else "nl"
    QLocale.setDefault(locale_for(language))
    installed: list[QTranslator] = []
    gaps = _gaps_translator(app) if language == "nl" else None
    if gaps is not None:  # installed first, so asked last: only what qtbase_nl lacks
        app.installTranslator(gaps)
        installed.append(gaps)
    for name, folders in [(f"bvmdesk_{language}", [str(translations_dir())]),
                          (f"qtbase_{language}", qt_translation_dirs())]:
        translator = QTranslator(app)
        if any(translator.load(name, folder) for folder in folders):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            log.info("vertaling %s niet gevonden in %s", name, ", ".join(folders))
    return installed


QT_DUTCH_GAPS: dict[tuple[str, str], str] = {
    ("QFileDialog", "&Look in:"): "&Zoeken in:",
    ("QFileDialog", "Files of &type:"): "Bestanden van &type:",
}
"""The strings of Qt's own dialogs that `qtbase_nl.qm` lacks: Qt 6 gave the file dialog's
labels a shortcut (`&Look in:`), and the Dutch file only knows `Look in:`."""

_KEEP: list[bytes] = []
_QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")


def _qm_hash(text: bytes) -> int:
    """Qt's ELF hash of a source text (qtranslator.cpp), never 0."""
    value = 0
    for byte in text:
        value = ((value << 4) + byte) & 0xFFFFFFFF
        high = value & 0xF0000000
        if high:
            value ^= high >> 24
        value &= ~high & 0xFFFFFFFF
    return value or 1


def qm_bytes(texts: dict[tuple[str, str], str]) -> bytes:
    """A minimal compiled translation (.qm): a hash table and the messages, each with its
    translation, source text, context and an empty comment."""
    import struct

    messages, hashes = b"", []
    for (context, source), translation in texts.items():
        parts = [(3, translation.encode("utf-16-be")), (6, source.encode()),
                 (7, context.encode()), (8, b"")]
        hashes.append((_qm_hash(source.encode()), len(messages)))
        messages += b"".join(bytes([tag]) + struct.pack(">I", len(data)) + data
                             for tag, data in parts) + b"\x01"
    table = b"".join(struct.pack(">II", h, offset) for h, offset in sorted(hashes))
    return (_QM_MAGIC + b"\x42" + struct.pack(">I", len(table)) + table
            + b"\x69" + struct.pack(">I", len(messages)) + messages)


def _gaps_translator(app: QCoreApplication) -> QTranslator | None:
    data = qm_bytes(QT_DUTCH_GAPS)
    translator = QTranslator(app)
    if not translator.load(data):
        log.info("aanvulling op qtbase_nl niet geladen")
        return None
    _KEEP.append(data)  # Qt reads the bytes in place: they live as long as the process
    return translator


def qt_translation_dirs() -> list[str]:
    """Where Qt's own translations (`qtbase_nl.qm`: the file dialog's "Zoeken in",
    "Bestanden van type", the buttons) may be: Qt's own path, else the PySide6 package's
    `Qt/translations` (a frozen build may move Qt), else our resources."""
    import PySide6

    folders = [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
               str(Path(PySide6.__file__).parent / "Qt" / "translations"),
               str(translations_dir())]
    return list(dict.fromkeys(f for f in folders if f))
