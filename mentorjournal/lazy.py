"""Packages that load a submodule when one of its names is first asked for (PEP 562).

The models, the services, the item models and the mentee tabs export many names, but the
first window needs few of them: importing every submodule up front cost start-up time (issue
7). Each such package lists which submodule defines each name and takes its module-level
`__getattr__` and `__dir__` from `lazy_names`; type checkers see the names through imports
under TYPE_CHECKING.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping
from importlib import import_module
from typing import Any


def lazy_names(
    package: str, homes: Mapping[str, str]
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """`__getattr__` and `__dir__` for `package`, whose name -> submodule table is `homes`."""
    namespace = sys.modules[package].__dict__

    def __getattr__(name: str) -> Any:  # noqa: N807 - the module hook's own name
        home = homes.get(name)
        if home is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(import_module(f".{home}", package), name)
        namespace[name] = value  # later look-ups skip this function
        return value

    def __dir__() -> list[str]:  # noqa: N807
        return sorted({*namespace, *homes})

    return __getattr__, __dir__
