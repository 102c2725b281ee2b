"""When the GUI can open: the display check and the missing-library hint, as pure functions."""

from __future__ import annotations

import pytest

from mentorjournal.cli.display import display_problem, missing_library_message


@pytest.mark.parametrize(
    "environ",
    [
        {"DISPLAY": ":0"},
        {"WAYLAND_DISPLAY": "wayland-0"},
        {"QT_QPA_PLATFORM": "offscreen"},
        {"QT_QPA_PLATFORM": "minimal"},
        {"QT_QPA_PLATFORM": "vnc"},
        {"QT_QPA_PLATFORM": "offscreen:fontengine=freetype"},
        {"QT_QPA_PLATFORM": "eglfs"},
        {"QT_QPA_PLATFORM": "xcb", "DISPLAY": ":1"},
        {"QT_QPA_PLATFORM": "wayland", "WAYLAND_DISPLAY": "wayland-1"},
        {"QT_QPA_PLATFORM": "wayland;xcb", "DISPLAY": ":0"},
        {"QT_QPA_PLATFORM": "xcb;offscreen"},
    ],
)
def test_a_display_or_a_headless_plugin_is_enough_on_linux(environ: dict[str, str]) -> None:
    assert display_problem(environ, "linux") is None


@pytest.mark.parametrize(
    "environ",
    [
        {},
        {"DISPLAY": "", "WAYLAND_DISPLAY": "  "},
        {"QT_QPA_PLATFORM": ""},
        {"HOME": "/home/hanna", "TERM": "xterm"},
    ],
)
def test_no_display_on_linux_is_explained_in_one_line(environ: dict[str, str]) -> None:
    message = display_problem(environ, "linux")
    assert message is not None
    assert "graphical desktop" in message
    assert "QT_QPA_PLATFORM=offscreen" in message
    assert "\n" not in message


@pytest.mark.parametrize(
    ("environ", "named"),
    [
        ({"QT_QPA_PLATFORM": "xcb"}, "QT_QPA_PLATFORM=xcb"),
        ({"QT_QPA_PLATFORM": "wayland", "DISPLAY": ":0"}, "QT_QPA_PLATFORM=wayland"),
        ({"QT_QPA_PLATFORM": "wayland;xcb"}, "QT_QPA_PLATFORM=wayland;xcb"),
    ],
)
def test_a_requested_plugin_without_its_display_is_named(
    environ: dict[str, str], named: str
) -> None:
    message = display_problem(environ, "linux")
    assert message is not None
    assert named in message


def test_other_unix_systems_need_a_display_too() -> None:
    assert display_problem({}, "freebsd14") is not None
    assert display_problem({"DISPLAY": ":0"}, "freebsd14") is None


@pytest.mark.parametrize("platform", ["win32", "darwin"])
def test_windows_and_macos_always_have_a_window_system(platform: str) -> None:
    assert display_problem({}, platform) is None


def test_missing_egl_names_the_debian_package() -> None:
    message = missing_library_message(
        "libEGL.so.1: cannot open shared object file: No such file or directory"
    )
    assert message is not None
    assert "libEGL.so.1" in message
    assert "sudo apt install libegl1" in message
    assert "\n" not in message


def test_missing_xcb_library_follows_the_debian_naming_rule() -> None:
    message = missing_library_message(
        "libxcb-icccm.so.4: cannot open shared object file: No such file or directory"
    )
    assert message is not None
    assert "libxcb-icccm4" in message


def test_unknown_missing_library_suggests_how_to_find_its_package() -> None:
    message = missing_library_message(
        "libfancy.so.3: cannot open shared object file: No such file or directory"
    )
    assert message is not None
    assert "apt-file search libfancy.so.3" in message


def test_an_import_error_that_is_not_a_missing_library_is_not_explained_away() -> None:
    assert missing_library_message("No module named 'PySide6'") is None
    assert missing_library_message("cannot import name 'QWidget' from 'PySide6'") is None
