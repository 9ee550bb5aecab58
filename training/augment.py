"""Entity-substitution augmentation: teach the tagger context, not names.

Thirty short notices mention a few hundred organisations; a tagger trained on them alone
learns those names (and, fed the rule tags, learns to copy the rules). Each augmented copy
of a training text replaces every entity with another well-formed one of the same kind, so
the surrounding words are the only stable signal:

- ORG: either the place prefix is swapped (``新昌县委`` → ``丹棱县委``, ``锡山区委`` → an
  invented ``杭川区委``, so names the gazetteer has never seen appear too), or the whole
  mention is replaced by another training mention with the same organ ending (``…党委``,
  ``…党组``, ``…大学``, ``…公司``), drawn from any document;
- DATE, AMOUNT, COUNT, PERCENT, QUANTITY: the digits are redrawn (same length, no leading
  zero), so the model reads the number grammar rather than remembering values.

Offsets are rebuilt span by span, so every augmented span indexes its new text exactly.
The rule tags fed to the model are recomputed on the new text at encoding time: where the
rules miss an invented name, the model has to find it from context.
"""

from __future__ import annotations

import random
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from extractor.places import PLACE_NAMES
from extractor.spans import NUMERIC_LABELS, Span
from training.ner_data import TaggedText

#: organ endings that define an ORG's kind for whole-name substitution (longest first)
ORGAN_ENDINGS: tuple[str, ...] = (
    "巡视组",
    "巡察组",
    "纪检监察组",
    "人民政府",
    "人民法院",
    "人民检察院",
    "常委会",
    "委员会",
    "办公室",
    "工作组",
    "领导小组",
    "党工委",
    "省委",
    "市委",
    "县委",
    "区委",
    "州委",
    "旗委",
    "党委",
    "党组",
    "纪委",
    "监委",
    "政府",
    "大学",
    "学院",
    "中学",
    "小学",
    "学校",
    "医院",
    "中心",
    "公司",
    "集团",
    "银行",
    "法院",
    "检察院",
    "研究院",
    "研究所",
    "协会",
    "支部",
    "总局",
    "局",
    "厅",
    "部",
    "委",
    "办",
    "处",
    "科",
    "所",
    "站",
    "院",
    "镇",
    "乡",
    "村",
    "街道",
    "社区",
)
#: level words a place name ends with; a swapped place keeps its level
LEVEL_ENDINGS = ("自治州", "自治县", "地区", "盟", "旗", "省", "市", "县", "区")
#: characters for invented place names (common in real ones, none a level word)
_PLACE_CHARS = "安宁平阳山江河清丰长兴华东西南北新永泰和德兴川源城湖溪林云石桥龙凤白金"
_DIGITS = re.compile(r"[0-9]+")
#: plausible ranges for a number followed by a date unit
_DATE_RANGES = {"年": (2012, 2026), "月": (1, 12), "日": (1, 28), "号": (1, 28)}
_NUMBER_LABELS = NUMERIC_LABELS | {"DATE"}  # values redrawn as other values


def organ_ending(name: str) -> str | None:
    """The organ word a name ends with (its kind for substitution), if any."""
    for ending in ORGAN_ENDINGS:
        if name.endswith(ending) and len(name) > len(ending):
            return ending
    return None


def place_prefix(name: str) -> str | None:
    """The longest gazetteer place name the organisation name starts with."""
    for size in range(min(len(name) - 1, 9), 1, -1):
        if name[:size] in PLACE_NAMES:
            return name[:size]
    return None


def _level(place: str) -> str:
    for ending in LEVEL_ENDINGS:
        if place.endswith(ending):
            return ending
    return ""


@dataclass
class Substituter:
    """Draws replacement entities; built once from the training mentions."""

    by_ending: dict[str, list[str]]
    places_by_level: dict[str, list[str]]
    rng: random.Random
    #: share of ORG mentions whose place is swapped instead of the whole name
    place_share: float = 0.5
    #: share of swapped places that are invented rather than drawn from the gazetteer
    invented_share: float = 0.4

    @classmethod
    def from_texts(cls, items: Iterable[TaggedText], seed: int = 0) -> Substituter:
        by_ending: dict[str, set[str]] = defaultdict(set)
        for item in items:
            for span in item.spans:
                name = item.text[span.start : span.end]
                ending = organ_ending(name) if span.label == "ORG" else None
                if ending and "\n" not in name:
                    by_ending[ending].add(name)
        places: dict[str, list[str]] = defaultdict(list)
        for place in sorted(PLACE_NAMES):
            places[_level(place)].append(place)
        return cls(
            {k: sorted(v) for k, v in by_ending.items()},
            dict(places),
            random.Random(seed),
        )

    def invent_place(self, level: str) -> str:
        size = self.rng.choice((2, 2, 2, 3))
        return "".join(self.rng.choice(_PLACE_CHARS) for _ in range(size)) + level

    def org(self, name: str) -> str:
        place = place_prefix(name)
        if place is not None and self.rng.random() < self.place_share:
            level = _level(place)
            if self.rng.random() < self.invented_share or not self.places_by_level.get(level):
                new_place = self.invent_place(level)
            else:
                new_place = self.rng.choice(self.places_by_level[level])
            return new_place + name[len(place) :]
        ending = organ_ending(name)
        pool = self.by_ending.get(ending or "", [])
        return self.rng.choice(pool) if pool else name

    def number(self, text: str) -> str:
        """Redraw each digit run: a plausible year/month/day before a date unit, else a
        number of the same length without a leading zero (decimals keep their form)."""

        def redraw(match: re.Match[str]) -> str:
            unit = text[match.end() : match.end() + 1]
            if unit in _DATE_RANGES and (unit != "年" or len(match.group()) == 4):
                low, high = _DATE_RANGES[unit]
                return str(self.rng.randint(low, high))
            digits = match.group()
            after_point = match.start() > 0 and text[match.start() - 1] == "."
            first = "0123456789" if after_point or len(digits) == 1 else "123456789"
            return self.rng.choice(first) + "".join(
                self.rng.choice("0123456789") for _ in digits[1:]
            )

        return _DIGITS.sub(redraw, text)

    def replace(self, label: str, mention: str) -> str:
        if label == "ORG":
            return self.org(mention)
        if label in _NUMBER_LABELS:
            return self.number(mention)
        return mention


def substitute(item: TaggedText, substituter: Substituter, suffix: str) -> TaggedText:
    """One augmented copy of ``item``: every span replaced, offsets rebuilt."""
    parts: list[str] = []
    spans: list[Span] = []
    # one replacement per distinct mention: a notice names the same organ many times
    chosen: dict[tuple[str, str], str] = {}
    cursor = 0
    length = 0
    for span in sorted(item.spans):
        if span.start < cursor:  # overlapping spans are invalid gold; keep the first
            continue
        before = item.text[cursor : span.start]
        parts.append(before)
        length += len(before)
        mention = item.text[span.start : span.end]
        key = (span.label, mention)
        if key not in chosen:
            chosen[key] = substituter.replace(span.label, mention) or mention
        new = chosen[key]
        parts.append(new)
        spans.append(Span(length, length + len(new), span.label))
        length += len(new)
        cursor = span.end
    parts.append(item.text[cursor:])
    return TaggedText(f"{item.id}{suffix}", "".join(parts), tuple(spans))


def augment(items: Sequence[TaggedText], copies: int, seed: int = 0) -> list[TaggedText]:
    """``copies`` substituted versions of every item (the originals are not included)."""
    if copies <= 0:
        return []
    substituter = Substituter.from_texts(items, seed)
    return [substitute(item, substituter, f"#aug{k}") for k in range(copies) for item in items]
