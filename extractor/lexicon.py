"""The one loader of the word lists and tables in ``extractor/data``.

Gazetteers, vocabularies and UI words are data, not code: a reviewer adds a
county, a measure word or a report caption by editing a text file, a diff of
a list shows words rather than Python syntax, and the files ship with the
package (``[tool.setuptools.package-data]``).  Every module reads its lists
through this one loader, so every list follows the same format:

* ``*.txt`` (:func:`word_list`): UTF-8, one entry a line; blank lines and
  lines starting with ``#`` are skipped and each entry is stripped.  Order is
  kept, since some users depend on it (a table read longest first).
* ``*.tsv`` (:func:`word_table`): the same, with tab-separated fields on each
  line; each field is stripped.
* ``*.json`` (:func:`json_table`): structured tables such as the report's
  words per language; keys starting with ``_`` are comments for readers.

Each file begins with a ``#`` comment (a ``_comment`` key in JSON) that says
what the list is and which code uses it.
"""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from importlib.resources.abc import Traversable
from typing import Any

#: the package folder that holds the data files
DATA_PACKAGE = "extractor"
DATA_FOLDER = "data"
#: the suffixes of the files this module reads
DATA_SUFFIXES: tuple[str, ...] = (".txt", ".tsv", ".json")


def data_file(name: str) -> Traversable:
    """The data file ``extractor/data/<name>`` (a name, not a path)."""
    if "/" in name or "\\" in name or name.startswith("."):
        raise ValueError(f"a data file is named by its file name, not a path: {name!r}")
    return files(DATA_PACKAGE) / DATA_FOLDER / name


def data_files() -> tuple[str, ...]:
    """The names of every data file shipped with the package, sorted."""
    folder = files(DATA_PACKAGE) / DATA_FOLDER
    return tuple(
        sorted(p.name for p in folder.iterdir() if p.is_file() and p.name.endswith(DATA_SUFFIXES))
    )


def _entries(name: str) -> list[str]:
    """The lines of a text data file that carry data: not blank, not ``#``."""
    lines = data_file(name).read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.strip() and not line.lstrip().startswith("#")]


@cache
def word_list(name: str) -> tuple[str, ...]:
    """The words of ``extractor/data/<name>``: one a line, in file order."""
    return tuple(line.strip() for line in _entries(name))


@cache
def word_table(name: str) -> tuple[tuple[str, ...], ...]:
    """The rows of the tab-separated ``extractor/data/<name>``, in file order.

    A row may have fewer fields than another (a key with no values)."""
    return tuple(tuple(field.strip() for field in line.split("\t")) for line in _entries(name))


def json_table(name: str) -> Any:
    """The parsed ``extractor/data/<name>`` without its ``_``-keys (comments).

    Parsed afresh on every call, so a caller may change what it gets."""
    data = json.loads(data_file(name).read_text(encoding="utf-8"))
    if isinstance(data, dict):
        return {k: v for k, v in data.items() if not k.startswith("_")}
    return data
