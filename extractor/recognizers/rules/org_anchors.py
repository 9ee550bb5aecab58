"""Where a name begins when something anchors it on the left: an organisation found
already, a gazetteer place, a level word, a zone, a town or a university before 附属.

A mixin of :class:`~extractor.recognizers.rules.org_scan._Scan`, apart so that the
anchor chain (江苏省无锡市锡山区…) can be read on its own; it uses the scan's word
boundaries and its memo of anchors.
"""

from __future__ import annotations

import re

from extractor.places import MAX_PLACE_LEN, MAX_TOWN_LEN, TOWN_NAMES
from extractor.recognizers.rules.org_strings import (
    is_cjk,
    starts_with,
)
from extractor.recognizers.rules.org_words import (
    _ANCHOR_LEVEL_CHARS,
    _CORE_LENS,
    _LEADS,
    _LEFT_WORD_LENS,
    _LEFT_WORD_SET,
    _LEVEL_CHARS,
    _ORDINAL_BEFORE,
    _OWNED_ORGANS,
    _PLACE_LAST_CHARS,
    _PLACES,
    _STANDALONE_SET,
    _STOP,
    _STOP_WORDS_IN_NAMES,
    _TOWN_NAME_STOPS,
    _TOWN_ORGANS,
    _TOWN_WORDS,
    _WORD_BEFORE_COMMITTEE,
    _ZONE_LENS,
    _ZONE_SET,
)

#: A division of the Xinjiang Production and Construction Corps by its number (第七师), which
#: leads the city it runs (第七师胡杨河市党委) as a place leads its organs.
_CORPS_DIVISION = re.compile(r"第[一二三四五六七八九十\d]{1,3}师$")
#: Before a bare 镇/乡, words that make it "every/that township" (各镇, 该乡): generic.
_GENERIC_BEFORE_TOWN = "各每全该本其此两"
#: A township word alone before one of its organs (乡, 镇, and Inner Mongolia's 苏木).
_TOWNSHIP_WORD = re.compile(r"(?:苏木|[乡镇])$")


class AnchorWalk:
    """The anchor chain of a name: places, levels, zones, towns, affiliates."""

    #: set by :class:`~extractor.recognizers.rules.org_scan._Scan`, whose boundary
    #: tests (``is_boundary``, ``anchor_may_start`` …) these methods use
    text: str
    org_start_by_end: dict[int, int]
    use_towns: bool
    institution: bool
    department: bool
    township: bool
    street: bool
    _anchors: dict[int, int | None]

    def place_overlaps(self, start: int) -> bool:
        """Another place name covers ``start`` from the left (无锡山水城: 锡山
        overlaps 无锡), so a place starting at ``start`` is a misreading."""
        text = self.text
        for n in range(2, 5):
            for first in range(max(0, start - n + 1), start):
                if text[first : first + n] in _PLACES:
                    return True
        return False

    def anchor_start(self, end: int, depth: int = 0) -> int | None:
        """Start of the anchor chain that ends at ``end``, or None (memoised:
        the walk from every suffix revisits the same positions)."""
        if depth > 6 or end <= 0:
            return None
        if end in self._anchors:
            return self._anchors[end]
        result = self._anchor_start(end, depth)
        self._anchors[end] = result
        return result

    def _anchor_start(self, end: int, depth: int) -> int | None:
        """Where a name may begin for an anchor ending at ``end`` (its farthest chain)."""
        text = self.text
        starts: list[int] = []
        if end in self.org_start_by_end:
            starts.append(self.org_start_by_end[end])
        elif text[end - 1] == "驻" and end - 1 in self.org_start_by_end:
            starts.append(self.org_start_by_end[end - 1])  # [省纪委监委驻省教育厅纪检监察组]
        elif text.startswith("附属", end - 2):
            parent = self._affiliated_parent(end - 2)
            if parent is not None:
                starts.append(parent)  # [中南大学附属湘雅医院], [华师大附属无锡滨湖学校]
        elif text.startswith(("附中", "附小"), end):
            parent = self._affiliated_parent(end)
            if parent is not None:
                starts.append(parent)  # [扬大附中]党委, [锡师附小], [江北师大附中]
        for n in _CORE_LENS:
            if end - n >= 0 and text[end - n : end] in _STANDALONE_SET:
                starts.append(end - n)
                owner = self.owner_at(end - n) if text[end - n : end] in _OWNED_ORGANS else None
                if owner is not None:
                    starts.append(owner)  # [自治区党委常委会]
                break
        place = self.place_start(end, depth)
        if place is not None:
            starts.append(place)
        for lead in _LEADS:
            if lead.endswith("机关") and not text.startswith(
                ("党委", "纪委", "党工委", "工委"), end
            ):
                continue
            if end - len(lead) >= 0 and text.startswith(lead, end - len(lead)):
                if self.starts_here(end - len(lead), depth):
                    starts.append(end - len(lead))
                elif lead == "直属机关" and (owner := self.owner_at(end - len(lead))) is not None:
                    starts.append(owner)  # [委直属机关党委]: the owner's short form leads
                break
        division = _CORPS_DIVISION.search(text, max(0, end - 6), end)
        if division is not None and self.is_boundary(division.start()):
            starts.append(division.start())  # [第七师胡杨河市党委]: a Corps division leads its city
        for n in _ZONE_LENS:
            if end - n >= 0 and text[end - n : end] in _ZONE_SET:
                starts.append(self.zone_start(end - n, depth))
                break
        # a company's name takes a town only when the town is registered (陈埭镇|建设发展有限公司)
        town = self.town_start(end, depth) if self.use_towns else self._listed_town_at(end, depth)
        if town is not None:
            starts.append(town)
        if text[end - 1] in _ANCHOR_LEVEL_CHARS and self.starts_here(end - 1, depth):
            starts.append(end - 1)
        elif (
            self.institution
            and text[end - 1] in self.notice_owners
            and (end == 1 or not is_cjk(text[end - 2]))
        ):
            starts.append(end - 1)  # 。[所学术委员会]: the short form the notice's body lends
        elif (
            (word := _TOWNSHIP_WORD.search(text, max(0, end - 2), end)) is not None
            and (
                (text.startswith(_TOWN_ORGANS, end) and self.starts_here(word.start(), depth))
                # in the town's own notice any unit of it: [镇农业发展服务中心]
                or (
                    self.own_township
                    and self.is_boundary(word.start())
                    and text[word.start() - 1 : word.start()] not in _GENERIC_BEFORE_TOWN
                )
            )
        ):
            starts.append(word.start())  # [乡党委], [镇人民政府], [苏木党委]
        if not starts:
            return None
        start = min(starts)
        if text[start] in _LEVEL_CHARS and self.organ_ends_at(start):
            return start  # 县委县政府: the level word begins the second name
        # a name never reaches back across a verb (县委|领导|县人民政府)
        further = self.anchor_start(start, depth + 1) if not self.anchor_may_start(start) else None
        if further is None:
            ordinal = _ORDINAL_BEFORE.search(text, max(0, start - 6), start)
            if ordinal:
                further = self.anchor_start(ordinal.start(), depth + 1)
        return further if further is not None and further < start else start

    def place_start(self, end: int, depth: int) -> int | None:
        """Start of the longest gazetteer place ending at ``end``, where a
        name may begin there.

        Not a place: one that begins like a verb inside a word (县财政局会同县审计局:
        会同 is a verb here), nor one that begins with a conjunction right
        after an organ (县委和县政府: 和 joins two names, it is not 和县)."""
        text = self.text
        if end < 2 or text[end - 1] not in _PLACE_LAST_CHARS:
            return None
        for n in range(min(MAX_PLACE_LEN, end), 1, -1):
            start = end - n
            if text[start:end] in _PLACES and self._place_may_start(start, end, depth):
                return start
        return None

    def _place_may_start(self, start: int, end: int, depth: int) -> bool:
        """The place ``start:end`` may begin at ``start``: at a boundary, or
        after another anchor (江苏省无锡市, 中共和县) unless it then reads as a
        word of the prose (县财政局会同县审计局, 县委和县政府); a shorter place
        ending at the same point is tried next (中共和县: not 共和县). A place
        that begins with a verb of the notices (会同县, 配合县) is the verb even at a
        boundary (整改情况：会同县政务服务中心…), unless 中共 names it."""
        text = self.text
        if starts_with(text[start:end], _LEFT_WORD_SET, 2) and not text.endswith(
            ("中共", "中国共产党"), 0, start
        ):
            return False
        if text[start] in _STOP and any(
            text[start + 1 : start + 1 + n] in _PLACES
            for n in range(end - start, min(MAX_PLACE_LEN, len(text) - start - 1) + 1)
        ):
            return False  # 已从|江苏恒泰…: 从 "from" before a longer place, not 从江
        if self.anchor_may_start(start):
            return True
        if text[start] in _STOP and self.organ_ends_at(start):
            return False
        return self.starts_here(start, depth)

    def level_place_start(self, suffix_start: int) -> int | None:
        """Start of a full place name whose level word a level committee
        begins with (中山市委 = 中山市 + 委, 兴安盟委, 那坡县委), with what
        anchors it on the left (中共中山市委).

        The suffix 市委 takes the level word, so the walk from its start
        sees only 中山, which is no place on its own; the gazetteer's full
        name is the evidence that the characters before belong to it."""
        start = self.place_start(suffix_start + 1, 0)
        if start is None or start >= suffix_start:
            return None
        lead = self.text.endswith(("中共", "中国共产党"), 0, start)
        if start == suffix_start - 1 and self.text[start] in _WORD_BEFORE_COMMITTEE and not lead:
            return None  # 应县委要求, 2018年任县委书记: not 应县, 任县 (but 中共新县委员会)
        if self.is_boundary(start):
            return start
        further = self.anchor_start(start, 1)
        return further if further is not None and further < start else start

    def _affiliated_parent(self, at: int) -> int | None:
        """Start of the university before 附属/附中/附小 at ``at``: an organisation
        found there (中南大学) or an abbreviation in 大 or 师 (师范) at a word
        start (华师大, 南师大, 扬大, 锡师) that does not begin with a verb
        (引进锡师附小: the abbreviation is 锡师). An ordinal before 附属
        belongs to the name (江北医科大学第一附属医院). In an institution's own
        notice an affiliate at a word start is its own (第二附属医院,
        附属口腔医院), so it starts there."""
        ordinal = _ORDINAL_BEFORE.search(self.text, max(0, at - 6), at)
        if ordinal is not None:
            at = ordinal.start()
        if at in self.org_start_by_end:
            return self.org_start_by_end[at]
        for n in (3, 4, 2):
            start = at - n
            if start >= 0 and self.text[at - 1] in "大师" and self.is_boundary(start):
                abbreviation = self.text[start:at]
                if all(is_cjk(c) and c not in _STOP for c in abbreviation) and not (
                    starts_with(abbreviation, _LEFT_WORD_SET, 2)
                ):
                    return start
        if self.institution and self.is_boundary(at):
            return at
        return None

    def zone_start(self, zone_start: int, depth: int) -> int:
        """A zone keeps the name before it: 锡山经济技术开发区, 太湖山水城旅游度假区.

        The name runs back to the nearest place written at a word boundary,
        or to a boundary, within four characters; failing both, to a place
        name ending right before the zone."""
        text = self.text
        if self.is_boundary(zone_start):
            return zone_start
        for back in range(0, 5):
            pos = zone_start - back
            if pos <= 0 or (back and (not is_cjk(text[pos]) or text[pos] in _STOP)):
                break
            if back and self.is_boundary(pos):
                return pos
            for n in range(min(MAX_PLACE_LEN, pos), 1, -1):
                if text[pos - n : pos] in _PLACES and self.starts_here(pos - n, depth):
                    anchor = self.anchor_start(pos, depth + 1)
                    return anchor if anchor is not None else pos - n
        for n in range(min(MAX_PLACE_LEN, zone_start), 1, -1):
            if text[zone_start - n : zone_start] in _PLACES:
                return zone_start - n
        return zone_start

    def _listed_town_at(self, end: int, depth: int) -> int | None:
        """A registered town (镇, 乡, 街道, 苏木) ending at ``end``, with its anchor."""
        word = next(
            (w for w in ("街道", "苏木", "镇", "乡") if self.text.endswith(w, 0, end)), None
        )
        if word is None:
            return None
        start = self.listed_town_start(end, len(word), depth)
        if start is None:
            return None
        anchor = self.anchor_start(start, depth + 1)
        return anchor if anchor is not None else start

    def listed_town_start(self, end: int, word_len: int, depth: int) -> int | None:
        """Start of the longest registered town name ending at ``end`` (七个星镇,
        嘎达布其镇) that stands at a word boundary or after a place; not one right after
        an organ (镇纪委|联合镇财政所, 乡党委|会同乡人民政府: the verb and the next organ's
        town word), nor one that opens with a verb with no place before it (全面|建设镇)."""
        text = self.text
        for n in range(min(MAX_TOWN_LEN, end), word_len + 1, -1):
            start = end - n
            if text[start:end] not in TOWN_NAMES or self.organ_ends_at(start):
                continue
            if self.anchor_start(start, depth + 1) is not None:
                return start
            if self.is_boundary(start) and not starts_with(text[start:end], _LEFT_WORD_SET, 2):
                return start
        return None

    def town_start(self, end: int, depth: int) -> int | None:
        """碧溪街道, 胡埭镇龙延村, 云林春雷社区: a town word with its name (two to
        four characters back to a boundary, else two), or alone at a boundary
        ([街道纪工委])."""
        text = self.text
        for word in _TOWN_WORDS:
            name_end = end - len(word)
            if name_end < 0 or not text.startswith(word, name_end):
                continue
            # 丰和社区, 永和村: a two-character name ending in 和, where the name alone
            # stands at a boundary (学校和社区, 企业和村: a noun's end before it is the list)
            ends_and = (
                name_end >= 2
                and text[name_end - 1] == "和"
                and is_cjk(text[name_end - 2])
                and text[name_end - 2] not in _STOP
                and self.is_boundary(name_end - 2)
                and not self.organ_ends_at(name_end - 1)
            )
            if (
                word in ("街道", "社区")
                and not ends_and
                and self.is_boundary(name_end)
                and (
                    text.startswith(("纪工委", "党工委", "办事处", "党委", "党总支", "居委会"), end)
                    or (word == "街道" and self.street)
                )
            ):
                # [街道纪工委], [社区党委]: the town's own organ; in a street's own notice
                # any of its units ([街道经济服务中心])
                return name_end
            if name_end < 2 or text.startswith(("乡镇", "镇街"), end - 2):
                return None  # 乡镇卫生院, 镇街: the generic pair "townships", not a town
            listed = self.listed_town_start(end, len(word), depth)
            if listed is not None:  # 对|七个星镇, 对|嘎达布其镇: a listed town, whole
                anchor = self.anchor_start(listed, depth + 1)
                return anchor if anchor is not None else listed
            name = text[name_end - 2 : name_end]
            if name in _TOWN_WORDS:  # 荣巷街道社区: the town is 荣巷街道
                return self.town_start(name_end, depth + 1)
            # 和凤镇, 和平镇, 向阳镇: a town's name may open with 和 or 向, unless an organ
            # ends before it (县委和平镇党委, 巡察组向阳镇党委反馈 stay two names)
            named_and = name[0] in "和向" and not self.organ_ends_at(name_end - 2)
            if not (
                all(
                    is_cjk(c)
                    # (米各庄镇: a name word holding a stop character, org_words_with_stop_chars)
                    and (
                        c not in _STOP
                        or (i == 0 and named_and)
                        or (i == 1 and ends_and)
                        or name in _STOP_WORDS_IN_NAMES
                    )
                    and c not in _TOWN_NAME_STOPS
                    for i, c in enumerate(name)
                )
                and name not in _LEFT_WORD_SET
                and not self.left_word_ends_at(name_end)
            ):
                return None
            start = name_end - 2
            # a 苏木's or 嘎查's name is Mongolian written in sound: longer, and any
            # character may stand in it (那仁宝力格苏木)
            phonetic = word in ("苏木", "嘎查")
            for longer in (3, 4, 5, 6) if phonetic else (3, 4, 5):
                pos = name_end - longer
                if pos < 0 or not is_cjk(text[pos]) or (text[pos] in _STOP and not phonetic):
                    break
                if phonetic and text[pos] in _STOP and self.organ_ends_at(pos):
                    break  # 旗委第二巡察组|对|布尔陶亥苏木: a stop after an organ is the verb
                if phonetic and self.place_start(pos, depth + 1) is not None:
                    start = pos  # 阿巴嘎旗|那仁宝力格苏木: the banner before it ends the name
                elif self.is_boundary(pos):
                    start = pos
                    if not phonetic:  # (a sound may read as a stop: 对|那仁宝力格, not 那|仁…)
                        break
            lead = next(
                (n for n in _LEFT_WORD_LENS if n > 1 and text[start : start + n] in _LEFT_WORD_SET),
                0,
            )
            if lead and name_end - (start + lead) >= 2:
                start += lead  # 会同|红旗镇: the verb before the town's name
            elif lead:
                return None  # 实施乡镇…: a verb, not a town name
            anchor = self.anchor_start(start, depth + 1)
            return anchor if anchor is not None else start
        return None
