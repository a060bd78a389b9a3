"""Logging to a rotating file in the user log directory.

Loggers are named ``vetdesk.<area>``. At INFO level they never carry a
client's personal data or amounts; those appear at DEBUG only.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path

from vetdesk.config import log_dir

LOG_FILE_BYTES = 2_000_000
LOG_FILE_COUNT = 5


def configure_logging(directory: Path | None = None, level: int = logging.INFO) -> Path:
    """Send ``vetdesk.*`` records to ``vetdesk.log``, rotated at 2 MB with 5 old files kept."""
    directory = directory or log_dir()
    path = directory / "vetdesk.log"
    try:
        directory.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=LOG_FILE_BYTES, backupCount=LOG_FILE_COUNT, encoding="utf-8"
        )
    except OSError as error:
        # VetDesk still starts; its log goes to the terminal instead.
        handler = logging.StreamHandler()
        sys.stderr.write(f"Cannot write the log file {path}: {error}. Logging to the terminal instead.\n")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("vetdesk")
    for existing in list(root.handlers):
        if isinstance(existing, (logging.handlers.RotatingFileHandler, logging.StreamHandler)):
            root.removeHandler(existing)
            existing.close()
    root.addHandler(handler)
    root.setLevel(level)
    return path
