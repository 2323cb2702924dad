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
    candidates = [
        (f"bvmdesk_{language}", str(translations_dir())),
        (f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
    ]
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            log.info("vertaling %s niet gevonden in %s", name, folder)
    return installed
