"""Finders for an institution's names outside the suffix walk: universities by
their full listed name and by short forms (暨南大学, 复旦, 华东师大), an
institution's or department's own units named alone (研究生院, 图书馆, 附属医院),
a township's stations and offices named alone in its own notice (财政所), a
hospital's departments (心血管内科), numbered middle schools (合肥一中) and
departments of study (软件工程系).

Each finds names the walk cannot reach (no suffix, a listed name whose middle
the walk refuses, or a suffix that is generic outside the body's own notice);
their ends then anchor the organs the walk finds after them (暨南大学党委).
"""

from __future__ import annotations

import re

from extractor.lexicon import word_list
from extractor.places import PLACE_NAMES
from extractor.recognizers.rules.org_filters import _acceptable
from extractor.recognizers.rules.org_scan import OrgCandidate, _Scan
from extractor.recognizers.rules.org_strings import guarded, has_left_word, is_cjk, starts_with
from extractor.recognizers.rules.org_words import (
    _FIELDS,
    _GUARDS,
    _LEADS,
    _LEFT_WORD_SET,
    _NAME_WORDS,
    _PLACES,
    _SECTOR_WORDS,
    _SETTING_UP_VERBS,
    _STOP,
    _TOWN_ORGANS,
)

_UNIVERSITY_SHORT = frozenset(word_list("university_short_forms.txt"))
#: Higher-education institutions by full name (暨南大学, 陇南师范高等专科学校): a
#: name the suffix walk may miss, found whole; a half-width bracket matches too.
_UNIVERSITY_NAMES = re.compile(
    "|".join(
        re.escape(name).replace("（", "[（(]").replace("）", "[）)]")
        for name in sorted(word_list("universities.txt"), key=len, reverse=True)
    )
)

#: Units an institution's notice names alone (研究生院, 图书馆, 附属医院, 执行局).
_UNIT_RE = re.compile(
    "|".join(sorted(map(re.escape, word_list("org_institution_units.txt")), key=len, reverse=True))
)
#: Boards of a company, and the words that set them up as kinds (建立健全董事会、监事会).
_BOARDS = frozenset({"董事会", "监事会", "理事会", "股东会"})
_BOARDS_SET_UP = re.compile(
    r"(?:建立|健全|完善|设立|组建)(?:健全|完善)?(?:[\u4e00-\u9fff]{2,4}、)*$"
)

#: A hospital department with the field of medicine before it (心血管内科, 骨科).
_HOSPITAL_DEPARTMENT = re.compile(
    r"(?=([\u4e00-\u9fff]{0,4}?)("
    + "|".join(sorted(map(re.escape, word_list("hospital_departments.txt")), key=len, reverse=True))
    + "))"
)

#: Kinds of university, not names (老年大学, 开放大学).
_UNIVERSITY_KINDS = frozenset(word_list("university_kinds.txt"))


def _proper_university_name(name: str) -> bool:
    """A two-character name before 大学 that can stand alone as its short form
    (复旦, 清华): no place, kind, sector or verb."""
    return not (
        name in _PLACES
        or name in _LEADS
        or name in _UNIVERSITY_KINDS
        or name in _SECTOR_WORDS
        or name in _FIELDS
        or name in _LEFT_WORD_SET
        or any(c in _STOP or not is_cjk(c) for c in name)
    )


#: Characters after a short form that make it part of another word (北大荒, 南大街).
_SHORT_FORM_GOES_ON = frozenset("荒街门楼道路桥郎")
#: A university's full name whose short form a notice may use alone.
_FULL_UNIVERSITY = re.compile(
    r"([\u4e00-\u9fff]{2})(师范|工业|科技|农业|医科|交通|财经|外国语)?大学"
)
#: How a kind of university is shortened after its name (华东师范大学 → 华东师大,
#: 江淮工业大学 → 江淮工大).
_UNIVERSITY_KIND_SHORT = {
    "师范": "师大",
    "工业": "工大",
    "科技": "科大",
    "农业": "农大",
    "医科": "医大",
    "交通": "交大",
    "财经": "财大",
    "外国语": "外大",
}


#: The ordinal a numbered unit is called by (第三研究室).
_ORDINAL_BEFORE = re.compile(r"第[一二三四五六七八九十]{1,3}$")

#: A newspaper named by its place (丽水日报, 南通日报社): a publisher, ORG in a page's
#: source line as in the text (DECISIONS 1, "A web page around the notice"); a
#: report series (工作日报, 安全生产日报) names no place.
_NEWSPAPER = re.compile(
    "(?:"
    + "|".join(sorted(map(re.escape, PLACE_NAMES), key=len, reverse=True))
    + ")(?:日报|晚报)(?:社)?"
)


def _newspapers(scan: _Scan) -> list[OrgCandidate]:
    return [
        OrgCandidate(match.start(), match.end())
        for match in _NEWSPAPER.finditer(scan.text)
        if scan.is_boundary(match.start())
    ]


#: A key laboratory named by its field (固体润滑国家重点实验室, 羰基合成与选择氧化国家重点
#: 实验室): the rank words make it one lab, where a bare 实验室 is often a room.
_KEY_LAB = re.compile(r"(?:联合)?(?:国家|省部共建|教育部|省)?重点实验室")
#: Fields that make it a kind of lab, not one (全国重点实验室, 省级重点实验室).
_KEY_LAB_KINDS = re.compile(r"(?:全国|省级|国家级|市级|各类|新建|新增|获批|建成|建设|有)$")
#: …or a count of labs after it (重点实验室5个).
_LABS_COUNTED = re.compile(r"[\d一二三四五六七八九十两]+[个家所]")


def _named_key_labs(scan: _Scan) -> list[OrgCandidate]:
    """A key lab named by its field, back to the farthest word boundary over two to
    sixteen name characters that hold no verb, whoever's notice it is."""
    text = scan.text
    out: list[OrgCandidate] = []
    for match in _KEY_LAB.finditer(text):
        at, end = match.span()
        best: int | None = None
        for pos in range(at - 1, max(-1, at - 17), -1):
            if not is_cjk(text[pos]):
                break  # (…安全检查，|重点实验室: nothing reaches back over the comma)
            name = text[pos:at]
            if (
                len(name) >= 2
                and scan.is_boundary(pos)
                and name[0] not in _STOP
                and not has_left_word(name)
            ):
                best = pos
        if best is None or _KEY_LAB_KINDS.search(text, 0, at) or _LABS_COUNTED.match(text, end):
            continue
        if _acceptable(scan, best, end, []):
            out.append(OrgCandidate(best, end))
    return out


def _hospital_departments(scan: _Scan) -> list[OrgCandidate]:
    """心血管内科, 急诊医学科, 骨科, 药学部 in a hospital's own notice: its units,
    each starting where a word may start (after punctuation, 、 or a verb),
    the field of medicine before the ending included (心血管|内科)."""
    if not scan.hospital:
        return []
    text = scan.text
    out: list[OrgCandidate] = []
    last_end = -1
    for match in _HOSPITAL_DEPARTMENT.finditer(text):
        field_start, end = match.start(1), match.end(2)
        if end <= last_end:
            continue
        starts = [
            s
            for s in range(field_start, match.start(2) + 1)
            if scan.is_boundary(s) and not starts_with(text[s:end], _LEFT_WORD_SET, 2)
        ]
        if not starts or any(c in _STOP for c in text[starts[0] : match.start(2)]):
            continue
        if re.match(_GUARDS.get("科", "$^"), text[end : end + 2]) and text[end - 1] == "科":
            continue  # 外科技术: another word goes on
        out.append(OrgCandidate(starts[0], end))
        last_end = end
    return out


def _institution_units(scan: _Scan, quotes: list[tuple[int, int]]) -> list[OrgCandidate]:
    """研究生院, 图书馆, 出版社, 附属医院, 执行局 named alone in an
    institution's own notice: each points at one of its units, like the
    guideline's short forms ([党工委]), so it is ORG, with an owner short
    form before it ([校团委], [院工会]). Not in other notices (a county's
    图书馆 may be a building), not as a generic reference (各附属医院), and
    not where a building or project is meant (新建图书馆, 档案馆大楼) — except
    for affiliates (附属医院, 附中), which are named institutions and so
    ORG even in a project phrase (DECISIONS 3.4: [滨湖中学]建设项目).
    Their ends anchor the names after them (图书馆党总支)."""
    if not (scan.institution or scan.department):
        return []
    text = scan.text
    out: list[OrgCandidate] = []
    for match in _UNIT_RE.finditer(text):
        start, end = match.span()
        numbered = _ORDINAL_BEFORE.search(text, max(0, start - 5), start)
        numbered = numbered if numbered is not None and scan.is_boundary(numbered.start()) else None
        if numbered is not None:
            start = numbered.start()  # 第三研究室: a unit called by its number (第 is no 第一书记)
        owner = scan.owner_at(start)
        if owner is not None:
            start = owner
        elif not scan.is_boundary(start):
            continue  # 江北师范大学图书馆: found whole by its suffix
        if guarded(text, end):
            continue  # 校办企业: a school-run enterprise, not the president's office
        if match.group() in _BOARDS and _BOARDS_SET_UP.search(text, max(0, start - 14), start):
            continue  # 建立健全董事会、监事会: the kind of board a company must have
        building = not match.group().startswith("附") and scan.facility_around(start, end)
        # the body's own office or command centre named alone (由办公室牵头, 指挥中心牵头…)
        # is generic in a territory's notice, the body's unit in its own
        own_office = (
            text[start:end] in _OWN_GENERIC_UNITS
            and (
                text[start - 1 : start] in _OFFICE_BEFORE
                or (
                    scan.left_word_ends_at(start)
                    and not text.endswith(_OFFICE_SET_UP, 0, start)
                    and text[start - 2 : start] not in _NAME_WORDS  # 案件管理办公室
                )
            )
            and not text.startswith(("设在", "设于", "于"), end)  # a group's office, placed
        )
        if building or not (own_office or numbered or _acceptable(scan, start, end, quotes)):
            continue
        out.append(OrgCandidate(start, end))
    return out


def _listed_universities(scan: _Scan) -> list[OrgCandidate]:
    """A university or college of the national list, whole (暨南大学,
    辽宁对外经贸学院, 肇庆医学高等专科学校), where a name may start and the
    word ends with it (not 长江大学生). Organs after it attach through the
    anchor it leaves (暨南大学党委)."""
    text = scan.text
    out: list[OrgCandidate] = []
    for match in _UNIVERSITY_NAMES.finditer(text):
        start, end = match.span()
        if not (scan.anchor_may_start(start) or text[start - 1 : start] == "、"):
            continue
        suffix = next((s for s in ("大学", "学院", "学校") if match.group().endswith(s)), "")
        guard = _GUARDS.get(suffix)
        if guard and re.match(guard, text[end : end + 4]):
            continue
        out.append(OrgCandidate(start, end))
    return out


def _university_short_forms(scan: _Scan, listed: list[OrgCandidate]) -> list[OrgCandidate]:
    """复旦, 清华, 华东师大: a university by its short form, from the word
    list or from its full name in the same text (复旦大学 → 复旦,
    华东师范大学 → 华东师大). Only where the short form is a word of its
    own: it starts a word and the next character does not make it another
    word (北大荒), and not inside a listed full name (南大 of 暨南大学)."""
    text = scan.text
    forms = set(_UNIVERSITY_SHORT)
    for match in _FULL_UNIVERSITY.finditer(text):
        name, normal = match.group(1), match.group(2)
        if re.match(_GUARDS["大学"], text[match.end() : match.end() + 1]):
            continue  # 大学生: not a university
        at_word = scan.is_boundary(match.start()) or text.endswith("中共", 0, match.start())
        if not at_word or not (normal or _proper_university_name(name)):
            continue
        forms.add(name + _UNIVERSITY_KIND_SHORT[normal] if normal else name)
    forms = {f for f in forms if f in text}
    if not forms:
        return []
    out: list[OrgCandidate] = []
    pattern = re.compile("|".join(sorted(map(re.escape, forms), key=len, reverse=True)))
    for match in pattern.finditer(text):
        start, end = match.start(), match.end()
        if not (scan.is_boundary(start) or text[start - 1 : start] == "、"):
            continue
        if text.startswith(("大学", "师范", "大附"), end):
            continue  # the full name is found by its suffix
        if text[end : end + 1] in _SHORT_FORM_GOES_ON:
            continue  # 北大荒, 南大街: a longer word
        if any(u.start <= start and end <= u.end for u in listed):
            continue  # 暨南大学: a listed name, not 南大
        out.append(OrgCandidate(start, end))
    return out


#: A middle school by its place and number (合肥一中, 榆次一中, 长沙十一中), not a
#: plenary session (二中全会) nor a centre (一中心).
_NUMBERED_SCHOOL = re.compile(
    r"(?=([\u4e00-\u9fff]{2,4}?)([一二三四五六七八九十]{1,3}中)(?![心学国央层间期全队]))"
)


def _numbered_schools(scan: _Scan) -> list[OrgCandidate]:
    """合肥一中 where a word may start: the place is a gazetteer place, so 届二中全会
    and other numerals before 中 stay out."""
    text = scan.text
    out: list[OrgCandidate] = []
    for match in _NUMBERED_SCHOOL.finditer(text):
        place, start, end = match.group(1), match.start(1), match.end(2)
        if place in _PLACES and (scan.is_boundary(start) or text[start - 1 : start] == "、"):
            out.append(OrgCandidate(start, end))
    return out


#: Generic words (org_generic_names.txt) that name the notice's own unit when they
#: open a clause in an institution's or department's notice (办公室, a police
#: bureau's 指挥中心).
_OWN_GENERIC_UNITS = frozenset(("办公室", "指挥中心"))
#: What stands before the body's own office named alone (，办公室牵头 / 由办公室): a
#: clause start or 由, not 下设 or a group (领导小组下设办公室 is the group's office).
_OFFICE_BEFORE = frozenset(("", "，", ",", "、", "。", "；", ";", "：", ":", "\n", "由", "在"))
#: Verbs that set up a group's office (下设办公室): that office is the group's.
_OFFICE_SET_UP = (*_SETTING_UP_VERBS, "及", "和")
#: A university's department of study named alone in its own notice (软件工程系,
#: 人工智能系): a field of study, then 系 not going on as 系统/系列/体系.
_STUDY_DEPARTMENT = re.compile(
    r"(?=([\u4e00-\u9fff]{0,6}?(?:"
    + "|".join(map(re.escape, word_list("study_fields.txt")))
    + r"))系(?![统列数]))"
)


def _departments_of_study(scan: _Scan) -> list[OrgCandidate]:
    """软件工程系, 数学系 in an institution's own notice (its units, DECISIONS 3.1);
    the field may not hold a verb or a stop character (完善管理体系 is no department)."""
    if not scan.institution:
        return []
    text = scan.text
    out: list[OrgCandidate] = []
    last_end = -1
    for match in _STUDY_DEPARTMENT.finditer(text):
        start, end = match.start(1), match.end(1) + 1
        if end <= last_end or len(match.group(1)) < 2 or not scan.is_boundary(start):
            continue
        if has_left_word(match.group(1)) or any(c in _STOP for c in match.group(1)):
            continue
        out.append(OrgCandidate(start, end))
        last_end = end
    return out


#: A township's standing units that its own notice names alone (财政所, 农业服务中心,
#: 综合行政执法中队): the town's organs of three characters or more, not its committees
#: (党委, 人民政府), which are found with their 镇/乡.
_TOWN_UNIT_RE = re.compile(
    "|".join(
        map(
            re.escape,
            (organ for organ in _TOWN_ORGANS if len(organ) >= 3 and organ not in ("人民政府",)),
        )
    )
)
#: After a unit's name, words that show its building is meant (文化站进行维修, 卫生院住院楼).
_BUILDING_AFTER = re.compile(
    r"(?:进行)?(?:维修|改造|修缮|扩建|新建|场地|周边|住院楼|办公楼|大楼|用房|设施)"
)
#: Characters before a unit named alone that end the words before it (由财政所, 对农业服务中心).
_BEFORE_UNIT = "由对向将与和及原、，,。；;：:\n（("


#: …and a village's or community's organs in its own notice (村务监督委员会, 居委会).
_VILLAGE_UNIT_RE = re.compile(
    "|".join(sorted(map(re.escape, word_list("org_village_organs.txt")), key=len, reverse=True))
)


def _township_units(scan: _Scan) -> list[OrgCandidate]:
    """A township's own notice names its stations and offices alone (由财政所对…清查,
    对农业服务中心负责人进行约谈), a village's its committees (村务监督委员会全程跟踪):
    each is the body's own unit, as 党政综合办公室 and 村党支部 are; not after 各/相关
    (各派出所) and not where a building is meant."""
    text = scan.text
    village = bool({"村", "社区"} & scan.notice_owners)
    # the township is the notice's own body, not one a county's round reached (延伸巡察)
    patterns = [
        p for p, own in ((_TOWN_UNIT_RE, scan.own_township), (_VILLAGE_UNIT_RE, village)) if own
    ]
    out: list[OrgCandidate] = []
    for pattern in patterns:
        for match in pattern.finditer(text):
            start, end = match.span()
            if not (start == 0 or text[start - 1] in _BEFORE_UNIT or scan.left_word_ends_at(start)):
                continue  # 镇财政所, 某镇派出所: found with its town by the walk
            building = scan.facility_around(start, end) or _BUILDING_AFTER.match(text, end)
            if guarded(text, end) or building:
                continue  # 对文化站进行维修改造, 卫生院住院楼: the building
            # 村委会 is generic elsewhere, so a village's own organs skip that check
            if pattern is _VILLAGE_UNIT_RE or _acceptable(scan, start, end, []):
                out.append(OrgCandidate(start, end))
    return out
