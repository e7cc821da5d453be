"""Language knowledge as data files, loaded by language-agnostic engines.

Each language is a folder (``lang/de/``) of small UTF-8 text resources:

* ``*.txt`` — one entry per line (a word, phrase or regular expression);
* ``*.tsv`` — tab-separated rows (e.g. ``Juni<TAB>6``).

In both, ``#`` starts a comment line and blank lines are ignored; a trailing
``  # example: …`` comment documents an entry. Adding a language means adding a
folder, not changing code.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

LANG_DIR = Path(__file__).parent


class UnknownLanguage(ValueError):
    pass


def _lines(path: Path) -> list[str]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        # strip trailing "  # comment" (two spaces before the hash keep '#' usable in regexes)
        stripped = re.split(r"\s{2,}#\s", stripped, maxsplit=1)[0].rstrip()
        out.append(stripped)
    return out


class Lang:
    """Accessor for one language folder's resources."""

    def __init__(self, code: str):
        self.code = code
        self.path = LANG_DIR / code
        if not self.path.is_dir():
            raise UnknownLanguage(f"no language data for {code!r} (looked in {self.path})")

    def has(self, name: str) -> bool:
        return (self.path / name).exists()

    @cache
    def words(self, name: str) -> tuple[str, ...]:
        """Entries of ``name`` (a ``.txt`` file), in file order."""
        return tuple(_lines(self.path / name))

    @cache
    def wordset(self, name: str, lower: bool = True) -> frozenset[str]:
        return frozenset(w.lower() if lower else w for w in self.words(name))

    @cache
    def table(self, name: str) -> tuple[tuple[str, ...], ...]:
        """Rows of a ``.tsv`` file."""
        return tuple(tuple(c.strip() for c in line.split("\t")) for line in _lines(self.path / name))

    @cache
    def mapping(self, name: str) -> dict[str, str]:
        """First column → second column of a ``.tsv`` file (keys lower-cased)."""
        return {row[0].lower(): row[1] for row in self.table(name) if len(row) >= 2}

    @cache
    def patterns(self, name: str, flags: int = 0) -> tuple[re.Pattern[str], ...]:
        """Each line of ``name`` compiled as a regular expression."""
        return tuple(re.compile(p, flags) for p in self.words(name))


@cache
def load(code: str = "de") -> Lang:
    return Lang(code)
