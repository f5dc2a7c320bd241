"""Rules as data: the word classes, tables and settings that parley's rules read.

Every word list, threshold and distance a rule uses lives in a file under ``parley/data/`` (or in a
directory a spaCy component was saved to), never as a literal in code. A file starts with a ``#``
header that says what the table is for and what its columns are; blank lines and ``#`` lines are
comments. Three shapes:

* a **word class**: one word or phrase a line (``words``), e.g. ``people/body_words.tsv``;
* a **table**: tab-separated columns (``rows``, ``mapping``), e.g. ``cues/verbs.tsv``;
* **settings**: a TOML file of numbers read into a frozen dataclass whose fields it must match
  exactly (``settings``), each key with a comment above it saying why it has its value.

A :class:`DataFiles` remembers every file it read, so a component can save exactly its own data
with ``to_disk`` and load it back with ``from_disk`` (``copy_to``).
"""

from __future__ import annotations

import dataclasses
import shutil
import tomllib
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any, TypeVar

from parley.errors import ConfigError

__all__ = ["DataFiles", "packaged"]

T = TypeVar("T")


class DataFiles:
    """A root of data files: the packaged ``parley/data`` by default, or a saved component's directory."""

    def __init__(self, root: Path | Traversable | None = None) -> None:
        self.root: Path | Traversable = root if root is not None else resources.files("parley").joinpath("data")
        self.read: set[str] = set()

    def __repr__(self) -> str:
        return f"DataFiles({str(self.root)!r})"

    def _file(self, relpath: str) -> Traversable | Path:
        node: Traversable | Path = self.root
        for part in relpath.split("/"):
            node = node.joinpath(part)
        return node

    def text(self, relpath: str) -> str:
        """The whole file (for formats with their own reader, such as the notions TOML)."""
        try:
            raw = self._file(relpath).read_text(encoding="utf-8")
        except (FileNotFoundError, OSError) as exc:
            raise ConfigError(f"data file {relpath} not found under {self.root}") from exc
        self.read.add(relpath)
        return raw

    def rows(self, relpath: str, *, min_columns: int = 1) -> list[tuple[str, ...]]:
        """The tab-separated rows of a table, cells stripped; comments and blank lines skipped."""
        found: list[tuple[str, ...]] = []
        for number, line in enumerate(self.text(relpath).splitlines(), start=1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cells = tuple(cell.strip() for cell in line.split("\t"))
            if len(cells) < min_columns:
                raise ConfigError(f"{relpath}:{number}: expected {min_columns} tab-separated columns, got {len(cells)}")
            found.append(cells)
        return found

    def words(self, relpath: str, *, lower: bool = True) -> frozenset[str]:
        """A word class: the first column of every row (lower-cased unless ``lower=False``)."""
        return frozenset(row[0].lower() if lower else row[0] for row in self.rows(relpath))

    def ordered_words(self, relpath: str, *, lower: bool = True) -> tuple[str, ...]:
        """A word class whose order matters (first match wins), duplicates dropped."""
        seen: dict[str, None] = {}
        for row in self.rows(relpath):
            seen.setdefault(row[0].lower() if lower else row[0], None)
        return tuple(seen)

    def mapping(self, relpath: str, *, lower_keys: bool = True) -> dict[str, str]:
        """A two-column table as ``{first: second}``; the first row for a key wins."""
        table: dict[str, str] = {}
        for row in self.rows(relpath, min_columns=2):
            table.setdefault(row[0].lower() if lower_keys else row[0], row[1])
        return table

    def settings(self, relpath: str, cls: type[T], section: str | None = None) -> T:
        """A TOML file (or one of its ``[section]`` tables) read into the frozen dataclass ``cls``.

        Keys must match the dataclass's fields exactly, so a typo in the file or a renamed field is
        an error at load time, not a silently ignored threshold.
        """
        try:
            data: dict[str, Any] = tomllib.loads(self.text(relpath))
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{relpath}: {exc}") from exc
        if section is not None:
            if not isinstance(data.get(section), dict):
                raise ConfigError(f"{relpath}: no [{section}] table")
            data = data[section]
        if not dataclasses.is_dataclass(cls):
            raise TypeError(f"{cls!r} is not a dataclass")
        names = {f.name for f in dataclasses.fields(cls)}
        unknown, missing = sorted(set(data) - names), sorted(names - set(data))
        if unknown or missing:
            where = f"{relpath}" + (f" [{section}]" if section else "")
            raise ConfigError(f"{where}: unknown keys {unknown}, missing keys {missing}")
        return cls(**data)

    def copy_to(self, dest: Path) -> None:
        """Write every file read so far under ``dest`` (a component's ``to_disk``)."""
        for relpath in sorted(self.read):
            target = Path(dest, *relpath.split("/"))
            target.parent.mkdir(parents=True, exist_ok=True)
            source = self._file(relpath)
            if isinstance(source, Path):
                shutil.copyfile(source, target)
            else:
                target.write_text(source.read_text(encoding="utf-8"), encoding="utf-8")


def packaged() -> DataFiles:
    """A fresh reader over the data files shipped in the package."""
    return DataFiles()
