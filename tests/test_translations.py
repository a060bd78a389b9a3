"""The Qt catalogues: complete, compiled, and with every placeholder kept."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from vetdesk.translation import CATALOGUE_DIR

ROOT = Path(__file__).resolve().parents[1]
SPANISH = ROOT / "translations" / "vetdesk_es.ts"
ENGLISH = ROOT / "translations" / "vetdesk_en.ts"
PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%n")


def messages(path: Path):
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def translations_of(message) -> list[str]:
    element = message.find("translation")
    forms = element.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [element.text or ""]


@pytest.mark.parametrize("path", [SPANISH, ENGLISH], ids=["es", "en"])
def test_catalogue_complete(path):
    unfinished = [
        (context, message.findtext("source"))
        for context, message in messages(path)
        if message.find("translation").get("type") in ("unfinished", "obsolete", "vanished")
        or not all(text.strip() for text in translations_of(message))
    ]
    assert unfinished == []


@pytest.mark.parametrize("path", [SPANISH, ENGLISH], ids=["es", "en"])
def test_placeholders_kept(path):
    wrong = []
    for context, message in messages(path):
        expected = sorted(PLACEHOLDER.findall(message.findtext("source")))
        for text in translations_of(message):
            if sorted(PLACEHOLDER.findall(text)) != expected:
                wrong.append((context, message.findtext("source"), text))
    assert wrong == []


def test_catalogue_covers_sources(tmp_path):
    """Running lupdate on the sources finds no text missing from the Spanish catalogue."""
    import subprocess
    import PySide6

    copy = tmp_path / "vetdesk_es.ts"
    copy.write_bytes(SPANISH.read_bytes())
    sources = sorted(str(path) for path in (ROOT / "vetdesk").rglob("*.py"))
    lupdate = Path(PySide6.__file__).parent / "lupdate"
    subprocess.run([str(lupdate), *sources, "-ts", str(copy), "-no-obsolete", "-silent"], check=True,
                   cwd=ROOT)
    new = [source for context, message in messages(copy)
           if message.find("translation").get("type") == "unfinished"
           for source in [message.findtext("source")]]
    assert new == []


def test_compiled_catalogues_installed():
    assert (CATALOGUE_DIR / "vetdesk_es.qm").stat().st_mtime >= SPANISH.stat().st_mtime
    assert (CATALOGUE_DIR / "vetdesk_en.qm").exists()


def test_spanish_at_runtime(spanish):
    assert QCoreApplication.translate("MainWindow", "&File") != "&File"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancelar"


def test_english_plurals(qapp):
    from vetdesk.translation import Translations

    translations = Translations(qapp)
    translations.install("en")
    assert QCoreApplication.translate("SearchPanel", "%n client(s) found", "", 1) == "1 client found"
    assert QCoreApplication.translate("SearchPanel", "%n client(s) found", "", 3) == "3 clients found"
