"""The start-up check names the package to install when a Qt library is missing."""

from __future__ import annotations

import pytest

from vetdesk import cli, qt_check


@pytest.fixture
def missing_egl(monkeypatch):
    monkeypatch.setattr(qt_check.sys, "platform", "linux")
    monkeypatch.setattr(qt_check, "_loadable", lambda library: library != "libEGL.so.1")


def test_missing_library_names_package(missing_egl, monkeypatch):
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    message = qt_check.check_qt_environment(need_display=False)
    assert "sudo apt-get install libegl1" in message


def test_window_needs_xcb_packages(monkeypatch):
    monkeypatch.setattr(qt_check.sys, "platform", "linux")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setattr(qt_check, "_loadable", lambda library: library != "libxcb-cursor.so.0")
    assert "libxcb-cursor0" in qt_check.check_qt_environment(need_display=True)


def test_no_display_explained(monkeypatch):
    monkeypatch.setattr(qt_check.sys, "platform", "linux")
    monkeypatch.setattr(qt_check, "_loadable", lambda library: True)
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.delenv("DISPLAY", raising=False)
    assert "QT_QPA_PLATFORM=offscreen" in qt_check.check_qt_environment(need_display=True)


def test_all_present_passes(monkeypatch):
    monkeypatch.setattr(qt_check, "_loadable", lambda library: True)
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert qt_check.check_qt_environment(need_display=True) is None


def test_import_error_explained():
    error = ImportError("libxkbcommon.so.0: cannot open shared object file: No such file or directory")
    assert "sudo apt-get install libxkbcommon0" in qt_check.explain_import_error(error)


def test_launch_prints_advice_without_traceback(missing_egl, monkeypatch, capsys):
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert cli.main([]) == 3
    captured = capsys.readouterr()
    assert "libegl1" in captured.err
    assert "Traceback" not in captured.err


def test_void_qt_calls_keep_none_alive(qapp):
    """PySide6 6.12.0 released a reference to None per void call, which aborts Python 3.11."""
    import sys

    from PySide6.QtWidgets import QWidget

    widget = QWidget()
    before = sys.getrefcount(None)
    for _ in range(2000):
        widget.update()
    assert sys.getrefcount(None) >= before - 100
