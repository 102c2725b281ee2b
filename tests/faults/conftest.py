"""Fault tests drive real windows too: no message box may wait for a click."""

from __future__ import annotations

from tests.ui.conftest import no_blocking_message_boxes

__all__ = ["no_blocking_message_boxes"]
