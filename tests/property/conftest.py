"""The GUI property tests build many editors; a message box nobody expected must never wait
for a click (it would hang the run instead of failing): the ui tests' guard, reused."""

from __future__ import annotations

from tests.ui.conftest import no_blocking_message_boxes

__all__ = ["no_blocking_message_boxes"]
