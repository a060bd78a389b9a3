"""Modules loaded on first use, to keep them off the start-up path.

SQLAlchemy, Alembic and python-stdnum together take several hundred
milliseconds to import. The reception window refers to the modules that
need them through these proxies, so that it can appear, and take
keystrokes, before the database is open.
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import Any


class LazyModule(ModuleType):
    """Stands for module ``name`` and imports it on the first attribute access."""

    def __init__(self, name: str) -> None:
        super().__init__(name)

    def __getattr__(self, attribute: str) -> Any:
        # Only called for names missing from this proxy; the import is thread-safe and cached.
        return getattr(importlib.import_module(self.__name__), attribute)


def lazy_import(name: str) -> ModuleType:
    """Return a proxy for module ``name`` that imports it when first used."""
    return LazyModule(name)
