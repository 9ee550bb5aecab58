"""Finders for companies beyond the suffix walk: well-known short forms
(国家电网; the list is :mod:`.companies`), trade names with an industry
(卓和药业), names listed before 等…企业, the short forms and trade names a
company named in full lends to later mentions, subsidiaries written with their
parent's trade name, and bureaus that are also companies (林业局（公司）).

They share the trade-name and legal-form patterns, which the walk itself does
not need; the company words the walk does read (industries, sector words) are
in :mod:`.org_words`.
"""

from __future__ import annotations

import re

from extractor.lexicon import word_list
from extractor.places import MAX_PLACE_LEN
from extractor.recognizers.rules.companies import WELL_KNOWN_COMPANIES
from extractor.recognizers.rules.org_filters import GENERIC_NAMES
from extractor.recognizers.rules.org_scan import OrgCandidate, _Scan
from extractor.recognizers.rules.org_strings import has_left_word, is_cjk, starts_with
from extractor.recognizers.rules.org_words import (
    _BOUNDARY_VERBS,
    _FIELDS,
    _GENERIC_START,
    _INDUSTRIES,
    _LEFT_WORD_LENS,
    _LEFT_WORD_SET,
    _LEVEL_CHARS,
    _PLACES,
    _SECTOR_WORDS,
    _STOP,
    _SUFFIX_WORDS,
)

#: What follows a company named as the subject of a sentence (中科微至于2021年…).
_COMPANY_ACTS: tuple[str, ...] = word_list("company_acts.txt")
#: Roles that name a company whatever follows its trade name (company_naming_roles.txt),
#: and the others, which name one when a clause ends after it or it acts.
_NAMING_ROLES: tuple[str, ...] = word_list("company_naming_roles.txt")
_COMPANY_ROLES: tuple[str, ...] = word_list("company_roles.txt") + _NAMING_ROLES
_ROLE_ADVERBS: tuple[str, ...] = word_list("company_role_adverbs.txt")
#: Verbs whose object is a company brought in (引进, 引入, 招引): a trade name after one
#: is a company whatever follows it…
_BRINGING_IN = ("引进", "引入", "招引", "新引进", "成功引进")
#: …unless what follows shows that talent, a sector or a model was brought in
#: (引进高层次科技|人才, 引进数字科技|产业).
_BROUGHT_IN_KINDS = (
    "人才",
    "团队",
    "专家",
    "人员",
    "资源",
    "产业",
    "项目",
    "企业",
    "技术",
    "理念",
    "模式",
)
#: The head of a list of sectors, not companies: …、高端装备等战略性新兴产业 (a list of
#: projects, 航盛新能源等项目, names companies: their projects).
_SECTOR_LIST_HEAD = re.compile(
    r"[^。；;，,：:]{0,40}?等[^。；;，,企公]{0,8}?"
    r"(?:产业|行业|领域|技术|集群|业态|赛道|产品|消费|服务|经济|标准|材料|能力)"
)
_TRADE_RE = re.compile(
    rf"(?=([\u4e00-\u9fff]{{2,4}}?)({'|'.join(sorted(_INDUSTRIES, key=len, reverse=True))})(公司)?)"
)

_WELL_KNOWN_RE = re.compile(
    "|".join(sorted(map(re.escape, WELL_KNOWN_COMPANIES), key=len, reverse=True))
)

#: The head of a company list: 等8家企业, 等党建典型企业, 等一批企业.
_LIST_HEAD = re.compile(
    r"等(?:[\d一二三四五六七八九十两百余多]+(?:家|个|批))?(?:重点|龙头|骨干|知名|优质|头部)?"
    r"(?:(?!产业|行业|领域|链|类型|等)[\u4e00-\u9fff]){0,4}?(?:企业|公司)(?!家|文化|负责人|主体|用地|诉求)"
    r"|(?<!股改)(?<!改制)(?<!挂牌)(?=(?:股改|改制|挂牌)?上市)"  # 推进德力佳、全盛安仁股改上市
)
_MAX_LIST_ITEM = 10
_NOT_LISTED_ENDINGS = re.compile(
    r"(?:行业|产业|领域|项目|企业|板块|园区|基地|平台|业态|集群|产品|技术|人才|团队|人员|专家)$"
)


def _after_left_word(text: str, start: int, end: int) -> int:
    """Where the first item of a list begins: after the verb that leads it in."""
    best = start
    for k in range(start, end - 1):
        if text[k] in _STOP:
            best = k + 1
        elif any(
            text[k - n + 1 : k + 1] in _LEFT_WORD_SET for n in _LEFT_WORD_LENS if n <= k + 1 - start
        ):
            best = k + 1
    return best


def _listed_name_ok(name: str) -> bool:
    return (
        2 <= len(name) <= _MAX_LIST_ITEM
        and name not in _FIELDS
        and name not in _SECTOR_WORDS
        and name not in _INDUSTRIES
        and name not in _PLACES
        and name[0] not in _STOP
        and "等" not in name
        and not _NOT_LISTED_ENDINGS.search(name)
        and name[-1] not in "股市板"
        and not _GENERIC_START.match(name)
        and not any(c in "一二三四五六七八九十" for c in name[:1])
    )


def _well_known(scan: _Scan) -> tuple[list[OrgCandidate], list[OrgCandidate]]:
    """国家电网, 中国移动, 工商银行: short forms everyone uses (see companies.py).

    Returns the mentions, and the occurrences that only lead a longer name
    (华为 in 华为技术有限公司), which anchor that name's left walk."""
    text = scan.text
    out: list[OrgCandidate] = []
    anchors: list[OrgCandidate] = []
    for match in _WELL_KNOWN_RE.finditer(text):
        start, end = match.start(), match.end()
        if not (scan.anchor_may_start(start) or text[start - 1 : start] == "、"):
            continue
        after = text[end : end + 2]
        ends_word = (
            not after
            or not is_cjk(after[0])
            or after[0] in _STOP
            or after.startswith(_COMPANY_ACTS)
            or scan.left_word_ends_at(end + 2)
        )
        if end - start > 2 or ends_word:
            out.append(OrgCandidate(start, end))
        else:
            anchors.append(OrgCandidate(start, end))
    return out, anchors


def _listed_companies(scan: _Scan) -> list[OrgCandidate]:
    """Names enumerated before 等(N家)…企业/公司 (耐世特、陶陶科技等企业).

    Notices list the companies they attracted or served by short trade
    names that no suffix marks; the list's head noun says what they are."""
    text = scan.text
    out: list[OrgCandidate] = []
    for match in _LIST_HEAD.finditer(text):
        items: list[tuple[int, int]] = []
        end = match.start()
        while True:
            start = end
            while start > 0 and start > end - _MAX_LIST_ITEM - 8 and is_cjk(text[start - 1]):
                start -= 1
            items.append((start, end))
            if start == 0 or text[start - 1] != "、":
                break
            end = start - 1
        if len(items) < 2:
            continue
        first_start, first_end = items[-1]
        items[-1] = (_after_left_word(text, first_start, first_end), first_end)
        if not all(_listed_name_ok(text[a:b]) for a, b in items[:-1]):
            continue  # one item is not a name (资金等要素): not a list of companies
        for start, end in items:
            # 、子公司|粤顺物流等5家企业: a role before an item is no part of its name
            role = next((r for r in _COMPANY_ROLES if text.startswith(r, start)), "")
            stripped = bool(role) and end - start - len(role) >= 2
            start += len(role) if stripped else 0
            if text[start:end] in _COMPANY_ROLES:
                continue  # 承包商、承包方等3家企业: roles, no names
            if _listed_name_ok(text[start:end]) and (stripped or scan.is_boundary(start)):
                out.append(OrgCandidate(start, end))
    return out


#: A counterparty named once by its trade name where the sentence says it is one:
#: a contract ended with it (终止与南阳鑫诚物流的车辆租赁合同, 终止与皖蓝检测、…), or a
#: single company before 等N家…企业 (引进川西精密铸锻等2家配套企业).
_COUNTERPARTY = re.compile(
    r"终止与([\u4e00-\u9fff]{4,10}?)(?=的[\u4e00-\u9fff]{0,8}?(?:合作|合同|协议)|、)"
    r"|(?:引进|与|对|督促)([\u4e00-\u9fff]{4,10}?)(?=等[\d一二三四五六七八九十两]+家"
    r"(?:(?!产业|行业|领域)[\u4e00-\u9fff]){0,4}?(?:企业|公司))"
)


def _counterparties(scan: _Scan) -> list[OrgCandidate]:
    """Companies a sentence names as its party (see ``_COUNTERPARTY``): the name as a
    list item would be read, so generic words (相关企业, 第三方机构) are none."""
    out: list[OrgCandidate] = []
    for match in _COUNTERPARTY.finditer(scan.text):
        group = 1 if match.group(1) else 2
        start, end = match.span(group)
        name = match.group(group)
        if _listed_name_ok(name) and not has_left_word(name) and not any(c in _STOP for c in name):
            out.append(OrgCandidate(start, end))
    return out


#: A contractor's trade name ending in 建设 after a role that names a company (施工单位
#: 桂田建设|核对…): elsewhere …建设 is a work (乡村建设), so only the role makes it a name.
#: (…工程 after a role is as often the trade done, 施工单位桩基工程, as a name: left out.)
_BUILDER_AFTER_ROLE = re.compile(
    "(?:" + "|".join(map(re.escape, _NAMING_ROLES)) + r")([\u4e00-\u9fff]{2}建设(?:公司)?)"
)


#: …等3家企业 after a builder's name: the companies counted, the first named.
_COMPANIES_COUNTED = re.compile(r"等[\d一二三四五六七八九十两几多]+家")


def _builders_after_roles(scan: _Scan) -> list[OrgCandidate]:
    """施工单位桂田建设, 承建单位华兴建设公司: see ``_BUILDER_AFTER_ROLE``."""
    out: list[OrgCandidate] = []
    for match in _BUILDER_AFTER_ROLE.finditer(scan.text):
        name = match.group(1)
        if (
            any(c in _STOP for c in name[:2])
            or name[:2] in _BOUNDARY_VERBS
            or has_left_word(name[:2])
        ):
            continue
        after = scan.text[match.end(1) : match.end(1) + 2]
        # (施工单位|工程建设进度滞后: a work's word, not a trade name, unless an act follows)
        if not (
            name.endswith("公司")
            or not is_cjk(after[:1] or "。")
            or after in _BOUNDARY_VERBS
            or after.startswith(_COMPANY_ACTS)
            # 施工单位滇禾建设等3家企业: the first of the companies counted
            or _COMPANIES_COUNTED.match(scan.text, match.end(1)) is not None
        ):
            continue
        out.append(OrgCandidate(match.start(1), match.end(1)))
    return out


def _trade_names(scan: _Scan) -> list[OrgCandidate]:
    """Companies by trade name: a 2–4 character name at a word boundary
    and an industry word (卓和药业, 东证资本, 航盛新能源, 德康物业公司)."""
    text = scan.text
    out: list[OrgCandidate] = []
    for match in _TRADE_RE.finditer(text):
        start, name = match.start(), match.group(1)
        end = match.end(3) if match.group(3) else match.end(2)
        # 施工单位|滇源建工: a role names a two-character trade name (not a verb: 接管)
        role = (
            len(name) == 2
            and text.endswith(_COMPANY_ROLES, 0, start)
            and name not in _BOUNDARY_VERBS
        )
        place = _place_before(scan, start)
        if not (scan.is_boundary(start) or role or place) or name in _SECTOR_WORDS:
            continue
        if name[0] in _STOP or any(
            (c in _STOP and c != "和" and not (role and i == 1 and c == "都"))
            or c in "一二三四五六七八九十"
            for i, c in enumerate(name)
        ):
            continue  # (施工单位鸢都建工: after a role 都 ends a trade name, no adverb)
        if has_left_word(name) or starts_with(name, _SECTOR_WORDS) or name[:2] in _BOUNDARY_VERBS:
            continue  # (改进|医疗服务, 撬动|社会资本: a verb and its object)
        if name in _SUFFIX_WORDS or _GENERIC_START.match(name) or name[-1] in _LEVEL_CHARS:
            continue
        if name in _PLACES and not role:
            continue  # 无锡集成电路, 南通科技大市场: a place and a sector
        before, after = text[start - 1 : start], text[end : end + 2]
        listed = before == "、" or after[:1] in "、等和与及"
        # 公司 closes the name, so whatever follows is the sentence (督促禾源物业公司补充…)
        acting = after.startswith(_COMPANY_ACTS) or bool(match.group(3))
        # 施工单位|滇源建工|多计…: a role before the name says a company is meant
        # …when a clause ends after it or an act follows (加工企业|生产食品|不合格: a verb)
        acting = acting or (
            role
            and (
                not is_cjk(after[:1] or "。")
                or after.startswith(_COMPANY_ACTS + _ROLE_ADVERBS)
                or text.endswith(_NAMING_ROLES, 0, start)
            )
        )
        # …or a verb follows it as its subject's (督促瀛海置业|加快…, 粤韶精工|选派…)
        acting = acting or after in _BOUNDARY_VERBS
        # …or it is what a town or park brought in (引进秦岭果业|建设…, 引进瑞康生物|快速…)
        acting = acting or (
            text.endswith(_BRINGING_IN, 0, start) and not text.startswith(_BROUGHT_IN_KINDS, end)
        )
        if after[:1] and is_cjk(after[0]) and after[0] not in "、等和与及" and not acting:
            continue  # 临港冷链物流园: the name goes on, it is not a company's

        if not (listed or acting):
            continue  # a company is named in a list or as the subject of an act
        if listed and not acting and _SECTOR_LIST_HEAD.match(text, end, end + 60):
            continue  # 新能源、高端装备等战略性新兴产业: a list of sectors
        if GENERIC_NAMES.match(text[start:end]):
            continue  # 家族信托、慈善信托: kinds of product, named like a trust company
        out.append(OrgCandidate(start if scan.is_boundary(start) or role else place, end))
    return out + _builders_after_roles(scan)


def _place_before(scan: _Scan, start: int) -> int:
    """Start of a place name written at a word boundary right before a trade name
    (推动|许昌|恒钰智能装备等…): the company is registered with it, the name holds it;
    0 when there is none."""
    for n in range(min(MAX_PLACE_LEN, start), 1, -1):
        if scan.text[start - n : start] in _PLACES and scan.is_boundary(start - n):
            return start - n
    return 0


#: A company's legal form at the end of its full name.
_LEGAL_FORM = re.compile(r"(?:集团)?(?:股份有限公司|有限责任公司|有限公司)$")
#: Words after the trade name that a short form leaves out (芯源电子科技 → 芯源电子).
_NAME_TAILS = ("科技", "技术", "实业", "发展", "股份")


def _names_before_legal_form(text: str, found: list[OrgCandidate]) -> list[str]:
    """The companies named in full, without their legal form (赣南芯源电子科技有限公司
    → 赣南芯源电子科技): where their short forms and trade names are read."""
    names = (text[cand.start : cand.end] for cand in found)
    return [name[: legal.start()] for name in names if (legal := _LEGAL_FORM.search(name))]


def _company_short_forms(scan: _Scan, found: list[OrgCandidate]) -> list[OrgCandidate]:
    """A company named in full lends its short form to later mentions: 赣南芯源电子科技
    有限公司 … 芯源电子项目总投资32亿元. The short form is the trade name and its
    industry (four to six characters) after the place; only where a word may start,
    and never a sector or generic word."""
    text = scan.text
    forms: set[str] = set()
    for core in _names_before_legal_form(text, found):
        for tail in _NAME_TAILS:
            if core.endswith(tail) and len(core) - len(tail) >= 4:
                core = core[: -len(tail)]
                break
        for lead in (0, 2, 3):
            short = core[lead:]
            if not 4 <= len(short) <= 6 or (lead and core[:lead] not in _PLACES and lead == 3):
                continue
            if short[:2] in _PLACES or starts_with(short, _SECTOR_WORDS) or short in _SECTOR_WORDS:
                continue
            if short[:2] in _INDUSTRIES or _GENERIC_START.match(short) or has_left_word(short):
                continue
            forms.add(short)
    forms = {f for f in forms if text.count(f) > 1}
    if not forms:
        return []
    taken = [(c.start, c.end) for c in found]
    out: list[OrgCandidate] = []
    pattern = re.compile("|".join(sorted(map(re.escape, forms), key=len, reverse=True)))
    for match in pattern.finditer(text):
        start, end = match.span()
        if any(s <= start and end <= e for s, e in taken):
            continue  # inside the full name
        if scan.is_boundary(start) or text[start - 1 : start] == "、":
            out.append(OrgCandidate(start, end))
    return out


#: Endings of a subsidiary or a plant that may carry its parent's trade name
#: (陇原|路桥工程有限公司, 汾河能源|太原供热分公司).
_SUBSIDIARY_ENDS = ("公司", "厂", "矿", "项目部", "项目经理部")


def _trade_names_of_parents(text: str, found: list[OrgCandidate]) -> set[str]:
    """The trade names of the companies named in full (甘肃|陇原|建设投资集团有限公司
    → 陇原; 山西|汾河|能源集团有限公司 → 汾河, 汾河能源): two characters after the
    place, and those with the industry word that follows them."""
    trades: set[str] = set()
    for core in _names_before_legal_form(text, found):
        core = core.removesuffix("集团")
        lead = next(
            (n for n in range(min(MAX_PLACE_LEN, len(core) - 2), 1, -1) if core[:n] in _PLACES),
            0,
        )
        trade = core[lead : lead + 2]
        if len(trade) < 2 or not all(map(is_cjk, trade)) or trade in _PLACES:
            continue
        if trade in _SECTOR_WORDS or trade in _INDUSTRIES or _GENERIC_START.match(trade):
            continue
        trades.add(trade)
        industry = core[lead + 2 : lead + 4]
        if industry in _SECTOR_WORDS or industry in _INDUSTRIES:
            trades.add(trade + industry)
    return trades


def _subsidiaries_with_trade_names(scan: _Scan, found: list[OrgCandidate]) -> list[OrgCandidate]:
    """A subsidiary named with its parent's trade name before its own (陇原建投所属
    陇原路桥工程有限公司, 对汾河能源太原供热分公司): the walk from the suffix stops at
    the place or at a word it cannot read, so the trade name is put back."""
    text = scan.text
    trades = sorted(_trade_names_of_parents(text, found), key=len, reverse=True)
    if not trades:
        return []
    out: list[OrgCandidate] = []
    for cand in found:
        if not text.endswith(_SUBSIDIARY_ENDS, cand.start, cand.end):
            continue
        places = (
            [0]
            + [  # 汾河能源|太原|供热分公司: the subsidiary's place between
                n
                for n in range(2, MAX_PLACE_LEN + 1)
                if cand.start >= n and text[cand.start - n : cand.start] in _PLACES
            ]
        )
        for place, trade in ((p, t) for p in places for t in trades):
            start = cand.start - place - len(trade)
            if text.startswith(trade, start) and scan.is_boundary(start):
                out.append(OrgCandidate(start, cand.end))
                break
    return out


#: A unit a group names as its own by a short name (集团所属安居公司): 所属/下属/旗下
#: then two to four characters and 公司 or 分公司.
_OWNED_BY_GROUP = re.compile(
    r"(?:集团|公司)(?:所属|下属|旗下)([\u4e00-\u9fff]{2,4}?(?:分公司|公司))(?![\u4e00-\u9fff]{0,2}[和及、])"
)
#: …or by a trade name and its line of business, in a list that shares the trade name
#: (对下属瀚海城市运营公司、瀚海建设工程公司开展…): 所属/下属/旗下 after any word, each name
#: two to eight characters before 公司.
_OWNED_LIST = re.compile(
    r"(?:所属|下属|旗下)((?:[\u4e00-\u9fff]{2,8}?(?:分公司|公司)、)*[\u4e00-\u9fff]{2,8}?(?:分公司|公司))"
)
#: Words before 公司 that name a kind of company or count them, not one (物业公司,
#: 子公司, 上市公司, 三大集团公司): company_kind_words.txt, and any numeral.
_COMPANY_KINDS = re.compile(
    r"^(?:[\d一二三四五六七八九十两几多数]|"
    + "|".join(map(re.escape, word_list("company_kind_words.txt")))
    + ")"
)


def _short_names_of_owned_units(scan: _Scan) -> list[OrgCandidate]:
    """集团所属安居公司: a group's own unit told by its short name right after 所属;
    a kind of company (物业公司, 子公司, 上市公司) or a phrase (的子公司) is no name."""
    out: list[OrgCandidate] = []
    for match in _OWNED_BY_GROUP.finditer(scan.text):
        name = match.group(1)
        if not _COMPANY_KINDS.match(name) and not re.search("[的等之]", name):
            out.append(OrgCandidate(match.start(1), match.end(1)))
    for match in _OWNED_LIST.finditer(scan.text):
        names = match.group(1).split("、")
        start = match.start(1)
        for name in names:
            # the trade name shared by the list (瀚海城市运营公司、瀚海建设工程公司) shows it is
            # one: a kind of company (房地产开发公司、物业服务管理公司) shares none
            shared = sum(1 for other in names if other[:2] == name[:2]) >= 2
            if (
                shared
                and len(name) > 6  # a trade name and a line of business, not 安居公司
                and not _COMPANY_KINDS.match(name)
                and not any(c in _STOP for c in name)
                and not has_left_word(name[:2])
                and name[:2] not in _BOUNDARY_VERBS
            ):
                out.append(OrgCandidate(start, start + len(name)))
            start += len(name) + 1
    return out


#: A numbered company of a numbered bureau or group (一公司, 三分公司).
_NUMBERED_UNIT = re.compile(r"[一二三四五六七八九十]{1,2}分?公司")
#: What follows a numbered company that names it: another in a list, its own
#: organs, its own units.
_NUMBERED_UNIT_AFTER = re.compile(
    r"[、和及与][一二三四五六七八九十]{1,2}分?公司|党委|党总支|纪委|及所属|所属"
)


def _numbered_units(scan: _Scan) -> list[OrgCandidate]:
    """一公司、二公司、三公司党委 in the notice of a numbered bureau (三局党委): its
    companies called by their numbers, named in a list or with their organs and
    units. Elsewhere a numeral and 公司 are a count (一公司一策)."""
    if not any(owner[0] in "一二三四五六七八九十" for owner in scan.notice_owners):
        return []
    text = scan.text
    out: list[OrgCandidate] = []
    for match in _NUMBERED_UNIT.finditer(text):
        start, end = match.span()
        listed = text[start - 1 : start] == "、" and _NUMBERED_UNIT.search(text, start - 5, start)
        if not (scan.is_boundary(start) or listed):
            continue
        if listed or _NUMBERED_UNIT_AFTER.match(text, end):
            out.append(OrgCandidate(start, end))
    return out


#: A professional firm by its trade and form (三晋诚信会计师事务所, 粤海联合会计师事务所,
#: 蒙信资产评估公司, 山东信和工程咨询有限公司): the trade ends a name whose brand may hold
#: words the walk stops at (诚信, 联合, 和), so the firm is read from its trade back.
_PROFESSIONAL_FIRM = re.compile(
    r"(?:会计师|律师|资产评估|房地产估价|土地估价|税务师|工程造价咨询|造价咨询|工程咨询|招标代理)"
    r"(?:事务所|有限责任公司|有限公司|公司)(?:[（(]特殊普通合伙[）)])?"
)
#: Verbs that engage a firm, before its name (聘请山东信和…).
_HIRING = ("聘请", "委托", "选聘", "聘用", "引入", "通过", "要求", "督促", "约谈")
#: Characters an organ's name ends with: a firm's name never runs back over one
#: (县审计局和|中审会计师事务所 are two names).
_ORGAN_END_CHARS = "局委办部院厅处科所会府"


def _professional_firms(scan: _Scan) -> list[OrgCandidate]:
    """From the farthest word boundary two to eight characters before the trade, over
    Chinese characters that are no punctuation, left word or organ's end."""
    text = scan.text
    out: list[OrgCandidate] = []
    for match in _PROFESSIONAL_FIRM.finditer(text):
        trade = match.start()
        best = None
        for pos in range(trade - 2, max(-1, trade - 9), -1):
            name = text[pos:trade]
            if not all(is_cjk(c) for c in name) or any(c in "，。、；：" for c in name):
                break
            if any(c in _ORGAN_END_CHARS for c in name[:-1]) or has_left_word(
                name.removesuffix("联合")  # 粤海联合会计师事务所: 联合 is the brand's
            ):
                break
            if scan.is_boundary(pos):
                best = pos
        if best is None:
            continue
        lead = next(
            (len(w) for w in _HIRING if text.startswith(w, best)),
            1 if text[best] in _STOP else 0,
        )  # 聘请|山东信和…, 对|粤海联合…: the verb or preposition before the firm
        if trade - (best + lead) >= 2 and not _GENERIC_START.match(text, best + lead):
            if not text.startswith(("第三方", "相关", "有关", "中介"), best + lead):
                out.append(OrgCandidate(best + lead, match.end()))
    return out


#: A company's unit named by its ordinal (第三项目部, 第二分公司, 第一工区): one unit of
#: the notice's company, as 第一党支部 is one branch.
_ORDINAL_UNIT = re.compile(
    r"第[一二三四五六七八九十]{1,3}(?:项目经理部|项目部|分公司|工区|车间|营业部|村民小组|分场|监区)"
)


def _boundary_matches(
    scan: _Scan, pattern: re.Pattern[str], owners: tuple[str, ...] = ()
) -> list[OrgCandidate]:
    """The matches of ``pattern`` that start at a word boundary or right after one of
    ``owners`` (an owner's short form: 公司|第二分公司)."""
    return [
        OrgCandidate(match.start(), match.end())
        for match in pattern.finditer(scan.text)
        if scan.is_boundary(match.start())
        or (owners and scan.text.endswith(owners, 0, match.start()))
    ]


def _ordinal_units(scan: _Scan) -> list[OrgCandidate]:
    """第三项目部, 第二村民小组, 第一分场 at a word boundary, or after its owner's short
    form (公司|第二分公司)."""
    return _boundary_matches(scan, _ORDINAL_UNIT, ("公司", "集团"))


#: A regiment of the Production and Construction Corps named by its number (一四三团,
#: 一二一团): an anchor for its organs and units (一四三团党委), never a name alone.
_NUMBERED_REGIMENT = re.compile(
    r"(?<![一二三四五六七八九十百零〇])[一二三四五六七八九十百零〇]{3}团(?=[\u4e00-\u9fff])"
)


def _numbered_regiments(scan: _Scan) -> list[OrgCandidate]:
    """一四三团 before its organ, at a word boundary: an anchor, not an ORG."""
    return _boundary_matches(scan, _NUMBERED_REGIMENT)


#: A project department named by the line it builds (武汉地铁12号线项目部): the
#: number is inside the name, so the walk from the suffix, which stops at digits,
#: cannot reach its start.
_LINE_PROJECT = re.compile(
    r"(?<!\d)\d{1,2}号线(?:[\u4e00-\u9fff]{0,6}?标段)?(?:项目经理部|项目部|指挥部)"
)


def _line_projects(scan: _Scan) -> list[OrgCandidate]:
    """武汉地铁12号线项目部: from the farthest word boundary before the number (at most
    eight characters back) over a plain name (no verb, no stop character: 公司对|地铁4号线
    项目部), else from the number itself (其中|6号线项目部); not 项目部署, 项目部分."""
    text = scan.text
    out: list[OrgCandidate] = []
    for match in _LINE_PROJECT.finditer(text):
        if text.startswith(("署", "分"), match.end()):
            continue  # 1号线项目|部署, 2号线项目|部分路段
        digits = match.start()
        start = next(
            (
                pos
                for pos in range(max(0, digits - 8), digits)
                if scan.is_boundary(pos)
                and scan.valid_middle(text[pos:digits], False)  # no verb, stop character
                and not has_left_word(text[pos:digits])
            ),
            digits if scan.is_boundary(digits) or not is_cjk(text[digits - 1]) else None,
        )
        if start is not None:
            out.append(OrgCandidate(start, match.end()))
    return out


#: A project department named by the works it does (泸永高速改扩建项目部, 青原大道改造
#: 工程项目部, 集团美舍河治理工程指挥部): the works' verb is inside the name, so the walk
#: from the suffix, which stops at verbs, cannot reach its start.
_WORKS_PROJECT = re.compile(
    r"(?:改扩建|改造|改建|扩建|新建|治理|整治|提升改造|修复)(?:工程)?"
    r"(?:项目经理部|项目部|指挥部)(?![署分])"
)
#: An owner's short form before the works' name (集团美舍河治理工程指挥部).
_WORKS_OWNERS = ("集团", "公司")
#: A route's code opening the works' name (G353线, S20).
_ROUTE_CODE = re.compile(r"[A-Z]\d{1,4}线?")


def _works_projects(scan: _Scan) -> list[OrgCandidate]:
    """泸永高速改扩建项目部, G353线改建工程项目部: from the farthest word boundary at most
    ten characters before the works' verb over a plain name (no verb, no stop character:
    分公司和|滇中供热管网…), a route's code allowed at its start; at least two characters."""
    text = scan.text
    out: list[OrgCandidate] = []
    for match in _WORKS_PROJECT.finditer(text):
        works = match.start()
        for pos in range(max(0, works - 10), works - 1):
            code = _ROUTE_CODE.match(text, pos, works)
            rest = code.end() if code else pos
            if code and pos > 0 and text[pos - 1].isascii() and text[pos - 1].isalnum():
                continue
            if not code and not scan.is_boundary(pos):
                continue
            if not code and text.startswith(_WORKS_OWNERS, pos):
                rest += 2  # 集团|美舍河治理工程指挥部: the owner's short form before the works
            name = text[rest:works]
            if name and not (scan.valid_middle(name, False) and not has_left_word(name)):
                continue
            out.append(OrgCandidate(pos, match.end()))
            break
    return out


#: A bureau that is also a company, written with the second name in brackets
#: (烟草专卖局（公司）, 林业局（公司）).
_ALSO_A_COMPANY = re.compile(r"局[（(]分?公司[）)]")


def _bureaus_that_are_companies(scan: _Scan, found: list[OrgCandidate]) -> list[OrgCandidate]:
    """红石砬子林业局（公司）党委, 局（分公司）党组: the bracket is part of the owner, so
    the bureau (or its short form 局) and the organ after the bracket are one name."""
    text = scan.text
    starts = {c.start: c.end for c in found}
    out: list[OrgCandidate] = []
    for match in _ALSO_A_COMPANY.finditer(text):
        organ_end = starts.get(match.end())
        if organ_end is None:
            continue
        bureau = scan.org_start_by_end.get(match.start() + 1)
        if bureau is None and (match.start() == 0 or scan.is_boundary(match.start())):
            bureau = match.start()  # 局（公司）党委: the owner's short form
        if bureau is not None:
            out.append(OrgCandidate(bureau, organ_end))
    return out
