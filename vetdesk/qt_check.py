"""Start-up check for the system libraries that Qt needs.

A fresh Linux machine often lacks a library that PySide6 loads. Without
this check Qt fails with a traceback, or aborts the process, and the user
cannot tell what to install. The check names the Debian/Ubuntu package.
"""

from __future__ import annotations

import ctypes
import os
import re
import sys

# Shared libraries that PySide6's QtGui and QtWidgets load, by Debian package.
CORE_LIBRARIES = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libX11.so.6": "libx11-6",
    "libxcb.so.1": "libxcb1",
}

# Extra libraries of the "xcb" platform plugin, used for a window on an X11 display.
XCB_LIBRARIES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libX11-xcb.so.1": "libx11-xcb1",
}


def _loadable(library: str) -> bool:
    try:
        ctypes.CDLL(library)
    except OSError:
        return False
    return True


def missing_packages(libraries: dict[str, str]) -> list[str]:
    return sorted({package for library, package in libraries.items() if not _loadable(library)})


def _platform() -> str:
    return os.environ.get("QT_QPA_PLATFORM", "").split(":")[0]


def check_qt_environment(need_display: bool = True) -> str | None:
    """Return an explanation of what to install or set, or None when Qt can start."""
    if not sys.platform.startswith("linux"):
        return None
    libraries = dict(CORE_LIBRARIES)
    platform = _platform()
    uses_x11 = need_display and platform in ("", "xcb") and not os.environ.get("WAYLAND_DISPLAY")
    if uses_x11:
        libraries.update(XCB_LIBRARIES)
    missing = missing_packages(libraries)
    if missing:
        return (
            "VetDesk needs system libraries that are missing: Qt cannot start without them.\n"
            "VetDesk necesita bibliotecas del sistema que faltan: Qt no puede arrancar sin ellas.\n\n"
            f"  sudo apt-get install {' '.join(missing)}\n"
        )
    if uses_x11 and not os.environ.get("DISPLAY"):
        return (
            "No graphical display found (DISPLAY is not set). Start VetDesk from a desktop session,\n"
            "or set QT_QPA_PLATFORM=offscreen to run it without a screen.\n"
            "No se encuentra una pantalla (DISPLAY no está definido). Abra VetDesk desde el escritorio,\n"
            "o defina QT_QPA_PLATFORM=offscreen para ejecutarlo sin pantalla.\n"
        )
    return None


def explain_import_error(error: ImportError) -> str:
    """Turn a PySide6 import failure about a missing shared library into install advice."""
    match = re.search(r"(lib[\w.+-]+\.so[.\d]*)", str(error))
    library = match.group(1) if match else None
    package = {**CORE_LIBRARIES, **XCB_LIBRARIES}.get(library or "", None)
    if package:
        return f"Qt cannot load {library}. Install it with:\n  sudo apt-get install {package}\n"
    return f"Qt could not be loaded: {error}\n"


def main() -> int:
    """Print the Debian packages missing for offscreen Qt (``--core``) or for a window too."""
    libraries = dict(CORE_LIBRARIES)
    if "--core" not in sys.argv:
        libraries.update(XCB_LIBRARIES)
    print(" ".join(missing_packages(libraries)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
