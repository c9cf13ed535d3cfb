"""Regular expressions compiled when first used: a module of rules costs nothing at import for
the patterns a command or a page never reaches (adding one article uses about half of the
~1,000 patterns its modules define)."""

from __future__ import annotations

import re
from typing import Any


class LazyPattern:
    """`re.compile(pattern, flags)`, compiled on the first use of a method or an attribute other
    than `pattern`; each is then kept on the instance, so later uses cost what the compiled
    pattern's do. (Not a `re.Pattern`: not for `re.sub(pattern, ...)` and the like.)"""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        compiled = self.__dict__.get("_compiled")
        if compiled is None:
            compiled = self._compiled = re.compile(self.pattern, self._flags)
        value = getattr(compiled, name)
        setattr(self, name, value)
        return value

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r}, {self._flags!r})"
