"""Interface languages: which exist, and installing one into the running application.

Translations are Qt Linguist ``.ts`` files in ``resources/translations/`` (made and updated
with ``pyside6-lupdate``, edited in Qt Linguist or by hand). We read the ``.ts`` XML directly
at start-up with ``TsTranslator`` instead of shipping compiled ``.qm`` files: there is no
build step to forget, nothing generated to keep out of git, and the few hundred strings
parse in a few milliseconds. Qt's own strings (the wizard's Back/Next, standard buttons)
come from the ``qtbase_*.qm`` files that ship inside PySide6.

The chosen language is stored only inside the vault (``session.settings.language``): a
plain preferences file would tell whoever seizes the laptop which language its owner reads.
Before unlocking we therefore follow the system's language, and the unlock window has a
language picker that applies at once without being saved anywhere.
"""

from __future__ import annotations

import enum
import xml.etree.ElementTree as ET  # parses only our own bundled .ts files
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator

TRANSLATIONS_DIR = Path(__file__).resolve().parents[2] / "resources" / "translations"


class Language(enum.Enum):
    """Interface languages; the value is the code used in file names and settings."""

    ENGLISH = "en"
    RUSSIAN = "ru"
    TURKISH = "tr"

    @property
    def native_name(self) -> str:
        """The language's name in itself, as shown in language pickers (not translated)."""
        return {"en": "English", "ru": "Русский", "tr": "Türkçe"}[self.value]

    @classmethod
    def system_default(cls) -> Language:
        """The system's interface language if we have it, else English."""
        return cls.from_code(QLocale.system().name())

    @classmethod
    def from_code(cls, code: str | None) -> Language:
        """The language for ``code`` (e.g. ``"ru"`` or ``"ru_RU"``); English if unknown."""
        prefix = (code or "").split("_")[0].split("-")[0].lower()
        for language in cls:
            if language.value == prefix:
                return language
        return cls.ENGLISH


class TsTranslator(QTranslator):
    """A ``QTranslator`` over one Qt Linguist ``.ts`` file.

    Unfinished or empty translations fall back to the English source, as ``lrelease``
    would. Plural (``numerus``) messages take their first form; the shell avoids them.
    """

    def __init__(self, ts_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._messages: dict[tuple[str, str, str], str] = {}
        root = ET.parse(ts_path).getroot()  # noqa: S314 - our own file, shipped with the app
        for context in root.iter("context"):
            context_name = context.findtext("name") or ""
            for message in context.iter("message"):
                source = message.findtext("source") or ""
                comment = message.findtext("comment") or ""
                translation = message.find("translation")
                if translation is None or translation.get("type") in {"unfinished", "obsolete",
                                                                        "vanished"}:  # fmt: skip
                    continue
                forms = translation.findall("numerusform")
                text = (forms[0].text if forms else translation.text) or ""
                if text:
                    self._messages[(context_name, source, comment)] = text

    def __len__(self) -> int:
        return len(self._messages)

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return not self._messages

    def translate(  # Qt's virtual; called from C++ for every tr()
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        # None becomes a *null* QString, which tells Qt "not here, try the next translator,
        # else show the source". An empty string would blank the text out instead.
        return self._messages.get((context, source_text, disambiguation or ""))

    def has(self, context: str, source_text: str, disambiguation: str = "") -> bool:
        """True if this file translates ``source_text`` in ``context``."""
        return (context, source_text, disambiguation) in self._messages


def ts_path(language: Language) -> Path:
    """The ``.ts`` file of ``language``."""
    return TRANSLATIONS_DIR / f"intake_{language.value}.ts"


class LanguageSwitcher(QObject):
    """Installs one interface language at a time into the application.

    Installing a translator makes Qt send every widget a ``LanguageChange`` event; our
    widgets re-set their texts then, so switching needs no restart.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._installed: list[QTranslator] = []
        self.language = Language.ENGLISH

    def apply(self, language: Language) -> None:
        """Make ``language`` the interface language (English removes all translators)."""
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("create the QApplication before choosing a language")
        for translator in self._installed:
            app.removeTranslator(translator)
            # Destroyed here, at a known point: left to the garbage collector, a translator
            # could be destroyed while Qt is inside another translate() call, and its
            # destructor would then wait forever on Qt's translator lock held by that call.
            translator.setParent(None)
        self._installed.clear()
        self.language = language
        QLocale.setDefault(QLocale(language.value))
        if language is Language.ENGLISH:
            return
        qt_own = QTranslator(self)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_own.load(f"qtbase_{language.value}", qt_dir):
            self._installed.append(qt_own)
        path = ts_path(language)
        if path.is_file():
            self._installed.append(TsTranslator(path, self))
        for translator in self._installed:
            app.installTranslator(translator)
