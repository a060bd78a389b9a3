"""Guard that pyside6-lupdate can extract every user message of the domain layer.

lupdate reads QT_TRANSLATE_NOOP calls lexically, so it skips a call whose
context or source is a variable (a context passed as a constant such as
``CTX`` is skipped too).
"""

import ast
import shutil
import string
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

DOMAIN = Path(__file__).resolve().parents[2] / "vetdesk" / "domain"
MODULES = sorted(path for path in DOMAIN.glob("*.py") if path.name not in ("__init__.py", "messages.py"))


def calls_named(tree: ast.AST, name: str) -> list[ast.Call]:
    return [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == name
    ]


def is_literal_str(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def translatable_texts(path: Path) -> list[tuple[str, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [(call.args[0].value, call.args[1].value) for call in calls_named(tree, "QT_TRANSLATE_NOOP")]


@pytest.mark.parametrize("path", MODULES, ids=lambda path: path.name)
def test_noop_arguments_are_literals(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for call in calls_named(tree, "QT_TRANSLATE_NOOP"):
        assert len(call.args) == 2, f"line {call.lineno}"
        assert is_literal_str(call.args[0]), f"context at line {call.lineno} is not a string literal"
        assert is_literal_str(call.args[1]), f"source at line {call.lineno} is not a string literal"


@pytest.mark.parametrize("path", MODULES, ids=lambda path: path.name)
def test_message_context_matches_noop(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    noop_contexts = {context for context, _ in translatable_texts(path)}
    for call in calls_named(tree, "UserMessage"):
        assert is_literal_str(call.args[0]), f"UserMessage context at line {call.lineno} is not a string literal"
        assert call.args[0].value in noop_contexts, f"line {call.lineno}"
    assert len(noop_contexts) <= 1, f"{path.name} mixes contexts {noop_contexts}"


@pytest.mark.parametrize("path", MODULES, ids=lambda path: path.name)
def test_placeholders_are_names(path):
    for _, source in translatable_texts(path):
        for _, field_name, format_spec, _ in string.Formatter().parse(source):
            if field_name is not None:
                assert field_name.isidentifier(), source
                assert not format_spec, source


def test_lupdate_finds_every_text(tmp_path):
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed next to this Python")
    ts_file = tmp_path / "domain.ts"
    subprocess.run(
        [lupdate, *map(str, MODULES), "-ts", str(ts_file)],
        check=True,
        capture_output=True,
        timeout=120,
    )

    extracted = {
        (context.findtext("name"), message.findtext("source"))
        for context in ElementTree.parse(ts_file).getroot().iter("context")
        for message in context.iter("message")
    }
    expected = {text for path in MODULES for text in translatable_texts(path)}
    assert extracted == expected
