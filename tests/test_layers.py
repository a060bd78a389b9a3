"""The import direction of the layers: UI on services, services on domain and storage, never back."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "vetdesk"

FORBIDDEN = {
    "domain": ("PySide6", "sqlalchemy", "alembic", "vetdesk.storage", "vetdesk.services", "vetdesk.ui"),
    "storage": ("PySide6", "vetdesk.services", "vetdesk.ui"),
    "services": ("PySide6", "vetdesk.ui"),
    "messaging": ("PySide6", "sqlalchemy", "vetdesk.storage", "vetdesk.services", "vetdesk.ui"),
    "documents": ("PySide6", "sqlalchemy", "alembic", "vetdesk.storage", "vetdesk.services", "vetdesk.ui"),
}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports(layer):
    offenders = []
    for path in sorted((PACKAGE / layer).rglob("*.py")):
        for module in imported_modules(path):
            if module.startswith(FORBIDDEN[layer]):
                offenders.append(f"{path.relative_to(PACKAGE)} imports {module}")
    assert offenders == []
