"""Loading the Qt translation catalogues for VetDesk and for Qt's own dialogs."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from vetdesk.config import SUPPORTED_LANGUAGES
from vetdesk.domain.formatting import language_code

log = logging.getLogger("vetdesk.i18n")

CATALOGUE_DIR = Path(__file__).with_name("i18n")


def resolve_language(preference: str) -> str:
    """Return "es" or "en" for a preference of "system", "es" or "en"."""
    if preference in SUPPORTED_LANGUAGES:
        return preference
    system = QLocale.system().name().split("_")[0]
    return system if system in SUPPORTED_LANGUAGES else "es"


class Translations:
    """The installed translators of one application, replaceable while it runs."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self.language = "en"

    def install(self, language: str) -> None:
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed.clear()
        self.language = language
        QLocale.setDefault(QLocale(QLocale.Language.Spanish if language == "es" else QLocale.Language.English,
                                   QLocale.Country.Spain))
        # The English catalogue holds only plural forms such as "1 client found".
        own = QTranslator(self._app)
        if own.load(str(CATALOGUE_DIR / f"vetdesk_{language}.qm")):
            self._installed.append(own)
        else:
            log.error("Translation catalogue vetdesk_%s.qm is missing from %s; reinstall VetDesk",
                      language, CATALOGUE_DIR)
        # Qt's own buttons and dialogs are in English without a catalogue.
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt_base = QTranslator(self._app)
        if language != "en" and qt_base.load(f"qtbase_{language}", qt_dir):
            self._installed.append(qt_base)
        for translator in self._installed:
            self._app.installTranslator(translator)


def translate(context: str, source: str) -> str:
    return QCoreApplication.translate(context, source)


def document_translator(language: str) -> Callable[[str, str], str]:
    """Return a ``translate(context, source)`` for documents in ``language``, whatever the desk's language.

    The catalogue is loaded into a QTranslator of its own that is never
    installed, so a Spanish form can be printed from an English desk and the
    other way round. English returns the source texts. Raise ValueError for a
    language other than Spanish or English, and FileNotFoundError when the
    catalogue is missing, because a form half in English must not be printed.
    """
    language = language_code(language)
    if language == "en":
        return _source_text
    translator = QTranslator()
    path = CATALOGUE_DIR / f"vetdesk_{language}.qm"
    if not translator.load(str(path)):
        raise FileNotFoundError(f"Translation catalogue {path} is missing or unreadable; reinstall VetDesk")

    def translate_for_document(context: str, source: str) -> str:
        return translator.translate(context, source) or source

    return translate_for_document


def _source_text(context: str, source: str) -> str:
    return source
