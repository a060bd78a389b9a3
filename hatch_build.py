"""Hatchling build hook that compiles the Qt translation sources.

Every wheel and editable install gets ``vetdesk/i18n/vetdesk_<lang>.qm``
built from ``translations/vetdesk_<lang>.ts`` with PySide6's lrelease, so the
catalogues shipped always match the sources in the repository.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


def _lrelease_command() -> list[str]:
    import PySide6

    tool = Path(PySide6.__file__).parent / ("lrelease.exe" if sys.platform == "win32" else "lrelease")
    return [str(tool)]


def compile_translations(root: Path) -> list[Path]:
    """Compile every ``translations/*.ts`` under ``root`` and return the .qm paths."""
    output_dir = root / "vetdesk" / "i18n"
    output_dir.mkdir(exist_ok=True)
    compiled = []
    for source in sorted((root / "translations").glob("*.ts")):
        target = output_dir / source.with_suffix(".qm").name
        subprocess.run(
            [*_lrelease_command(), "-silent", str(source), "-qm", str(target)],
            check=True,
        )
        compiled.append(target)
    return compiled


class CustomBuildHook(BuildHookInterface):
    def initialize(self, version: str, build_data: dict) -> None:
        compile_translations(Path(self.root))
