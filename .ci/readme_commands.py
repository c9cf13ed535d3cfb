"""Print the two newcomer commands from README.md, one per line, exactly as written there.

They are the non-comment lines of the README's first ```sh block. CI runs what this prints and
nothing else, so the README's commands and CI's cannot drift apart (tests/test_install.py).
Standard library only: it runs before anything is installed.
"""

from __future__ import annotations

import sys
from pathlib import Path


def newcomer_commands(readme: str) -> list[str]:
    lines = readme.splitlines()
    try:
        start = next(i for i, line in enumerate(lines) if line.strip() == "```sh")
        end = next(i for i in range(start + 1, len(lines)) if lines[i].strip() == "```")
    except StopIteration:
        raise SystemExit("README.md has no ```sh block with the newcomer commands") from None
    commands = [line.strip() for line in lines[start + 1:end]
                if line.strip() and not line.lstrip().startswith("#")]
    if len(commands) != 2:
        raise SystemExit(f"README.md's first ```sh block has {len(commands)} commands, not 2")
    return commands


if __name__ == "__main__":
    path = Path(sys.argv[1] if len(sys.argv) > 1 else "README.md")
    print("\n".join(newcomer_commands(path.read_text(encoding="utf-8"))))
