"""Every word the HTML reports show, in Chinese (the default) and English.

The readers of these notices read Chinese, so the report speaks it: section
titles, column names, status names (已完成 / 整改中 / 长期坚持 rather than the
enum ``in_progress``), entity label names and chart captions all come from
this one table, ``extractor/data/report_words.json``; ``--lang en`` picks
the English block.  Keeping the words in one data file (not inline in the
HTML code) means a new language is one more block, a translator edits no
code, and a test can check that both languages name the same keys.
"""

from __future__ import annotations

from extractor.lexicon import json_table

#: language → its block of ``extractor/data/report_words.json``
_TABLE: dict[str, dict[str, dict[str, str]]] = json_table("report_words.json")
#: JSON keys are strings: the status None ("not stated") is written ``null``
_NO_STATUS = "null"

#: the languages of the table, in file order (the default first)
LANGUAGES: tuple[str, ...] = tuple(_TABLE)
DEFAULT_LANGUAGE = "zh"

#: problem status (``Problem.status``) → name shown; None is "not stated"
STATUS_NAMES: dict[str, dict[str | None, str]] = {
    lang: {(None if key == _NO_STATUS else key): name for key, name in block["status"].items()}
    for lang, block in _TABLE.items()
}
#: entity label → name shown beside the code in legends and charts
LABEL_NAMES: dict[str, dict[str, str]] = {lang: block["labels"] for lang, block in _TABLE.items()}
#: heading kinds (``Heading.kind``) as shown in a heading's tag
KIND_NAMES: dict[str, dict[str, str]] = {lang: block["kinds"] for lang, block in _TABLE.items()}
#: keys of ``Metadata.stated_totals`` (what the notice says it counts)
TOTAL_NAMES: dict[str, dict[str, str]] = {lang: block["totals"] for lang, block in _TABLE.items()}
#: metadata rows, the problem table, the corpus tables and the page furniture
WORDS: dict[str, dict[str, str]] = {lang: block["words"] for lang, block in _TABLE.items()}


class Words:
    """The words of one language: ``words["part_text"]``, ``words.status("completed")``."""

    def __init__(self, lang: str = DEFAULT_LANGUAGE) -> None:
        if lang not in LANGUAGES:
            raise ValueError(f"unknown report language {lang!r}; choose one of {LANGUAGES}")
        self.lang = lang
        self._words = WORDS[lang]

    def __getitem__(self, key: str) -> str:
        return self._words[key]

    def format(self, word: str, /, **values: object) -> str:
        return self._words[word].format(**values)

    def status(self, status: str | None) -> str:
        names = STATUS_NAMES[self.lang]
        return names.get(status, status or names[None])

    def label(self, label: str) -> str:
        return LABEL_NAMES[self.lang].get(label, label)

    def total(self, key: str) -> str:
        return TOTAL_NAMES[self.lang].get(key, key)

    def kind(self, kind: str) -> str:
        return KIND_NAMES[self.lang].get(kind, kind)
