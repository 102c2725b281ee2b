"""Features that plug into the main window without growing it: sharing, search, backups, the
app lock...

Each feature module has `install(window)`, which adds its actions to the window's menus
(`window.file_menu`, `edit_menu`, `view_menu`, `tools_menu`, `help_menu`, `toolbar`), connects
what it needs and may append to `window.close_hooks`. Feature modules import their heavy parts
(PDF, encryption, matplotlib) inside functions, so installing them keeps start-up light.
To add a feature, list its `install` in `INSTALLERS` (the order is the order in the menus).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .main_window import MainWindow

from .backups_feature import install as install_backups  # noqa: E402 (after TYPE_CHECKING)
from .check_journal import install as install_check_journal  # noqa: E402
from .drafts.restore import install as install_drafts  # noqa: E402
from .lock import install as install_lock  # noqa: E402
from .search import install as install_search  # noqa: E402
from .sessions_view import install as install_sessions_view  # noqa: E402
from .settings import install as install_settings  # noqa: E402
from .sharing import install as install_sharing  # noqa: E402
from .transfer import install as install_transfer  # noqa: E402

INSTALLERS: tuple[Callable[[MainWindow], None], ...] = (
    install_drafts,
    install_sessions_view,
    install_search,
    install_sharing,
    install_transfer,
    install_settings,
    install_backups,  # its close hook may swap in a restored backup (after drafts are saved)
    install_check_journal,
    install_lock,  # last: it wraps the central widget and may start the window locked
)


def install_all(window: MainWindow) -> None:
    for install in INSTALLERS:
        install(window)
