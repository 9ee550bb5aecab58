"""What an inspection team's name is made of: the one home of that grammar.

Two readers need it and want different spans, so two patterns are built here
from the same parts:
- :data:`TEAM_NAME` is the ORG span per the guideline ([省委巡视七组],
  [市委对村巡察第二组]); an owner written before it (集团党委第二巡察组) is
  joined by the ORG scan, which knows the owner as a name of its own.
- :data:`TEAM_IN_OPENING` reads a notice's team for its metadata, with the
  owner written in front and the rounds and special subjects of real openings
  (区委4个巡察组, 市委第七提级交叉巡察组, 市委…专项巡察组); group 1 is the name.
"""

from __future__ import annotations

import re

from extractor.lexicon import word_list

#: Chinese numerals and digits, as a character-class body.
NUMERALS = "一二三四五六七八九十\\d"
#: The committees that send inspection teams; the alternation is ordered so
#: that no word is a prefix of a later one.
SENDING_COMMITTEES = "中央|省委|市委|区委|县委|州委|旗委|盟委|地委"
#: Kinds of inspection round written inside a team's name (对村, 提级, 联合 …).
TEAM_KIND_WORDS: tuple[str, ...] = tuple(word_list("inspection_team_kinds.txt"))
TEAM_KINDS = "|".join(TEAM_KIND_WORDS)
#: The bodies that own a team of a system's or unit's own inspection, and the
#: inspection offices that run a 回头看 themselves.
_OWNING_BODIES = "党委|党组|工委|巡视办|巡察办"
#: The committee word inside a team read from an opening (县委 of 无锡市县委第三巡察组).
TEAM_COMMITTEE = re.compile(f"{SENDING_COMMITTEES}|{_OWNING_BODIES}")

#: The subject a special round's team is named by in an opening, up to its 专项
#: (市委关于落实“双减”政策的专项巡察组); verbs that send or form a team end the search.
SPECIAL_SUBJECT = r"(?:(?!成立|组建|派出|抽调|决定)[^，,。；;：:\s对向]){2,30}?专项"
#: …and as an ORG span, where prose runs on around it: the subject must end in a
#: subject's noun (…改革、优化营商环境|专项巡察组, 扶贫领域|专项巡察组), so a predicate
#: before a bare 专项巡察组 (市委巡察办选调力量充实|专项巡察组) is no part of a name.
_NAMED_SUBJECT = (
    r"(?:(?!成立|组建|派出|抽调|决定|组织|部署|安排|开展|充实|配强|选派|选调|参加|试点)"
    r"[^，,。；;：:\s对向的]){2,30}?"
    r"(?:改革|环境|领域|工作|问题|整治|治理|振兴|建设|攻坚|资金|政策|作风|保护|安全|监管|管理)专项"
)

TEAM_NAME = re.compile(
    rf"(?:(?:{SENDING_COMMITTEES})"
    # 市委第六轮巡察组: the round stays inside an unnumbered team; before a numbered
    # one it is neither ([市委]第十二轮[巡察一组], DECISIONS)
    rf"(?:第[一二三四五六七八九十]+轮(?:{TEAM_KINDS})?(?:巡视|巡察)(?:机动|专项)?组"
    rf"|(?:{TEAM_KINDS})?(?:巡视|巡察)(?:第?[{NUMERALS}]+|机动|专项)组"
    rf"|{_NAMED_SUBJECT}(?:巡视|巡察)组)"
    # 市委联合巡察组, 专项巡察组: a team of one kind of round, often not numbered
    # (湖寮镇党委联合巡察组: its owner is found as a name of its own and joined by the scan)
    rf"|(?:{SENDING_COMMITTEES})?(?:{TEAM_KINDS})(?:巡视|巡察)组)"
    # 县委第2巡察组, 市委第三巡察组 (a title's line may break after 县委); 巡察一组 after its round
    rf"|(?:(?:(?:{SENDING_COMMITTEES})\n?)?第[{NUMERALS}]+(?:巡视|巡察)组)"
    rf"|(?<=轮)(?:巡视|巡察)第?[{NUMERALS}]+组"
    # 中央第三生态环境保护督察组: an inspection team of another kind, whole
    r"|(?:中央|省委省政府|省)第[一二三四五六七八九十]+[\u4e00-\u9fff]{2,8}?督察组"
)

TEAM_IN_OPENING = re.compile(
    # 省烟草专卖局（公司）党组第一巡察组: a bracketed second name inside the owner
    # (广元市接受|省委第六巡视组: the body that received the team is no owner; nor is the
    # prose before it, 统一安排部署|县委第二巡察组)
    r"(?<![关部排求])((?:中共)?(?:(?!关于|对|向|接受|受|了|部署|安排|要求)(?:[\u4e00-\u9fff]|[（(][\u4e00-\u9fff]{1,4}[）)])){0,20}?"
    rf"(?:{SENDING_COMMITTEES}|{_OWNING_BODIES})"
    rf"(?:第[{NUMERALS}]+轮(?:巡视|巡察)(?=第[{NUMERALS}]+(?:巡视|巡察)组))?"
    # several kinds in a row (市委第七提级交叉巡察组), or a special round named by its
    # subject (市委深化“最多跑一次”改革、优化营商环境专项巡察组)
    rf"(?:(?:第[{NUMERALS}]+轮?|[{NUMERALS}]+个?)?(?:{TEAM_KINDS}){{0,3}}|{SPECIAL_SUBJECT})"
    rf"(?:巡视|巡察)(?:第?[{NUMERALS}]+|机动|专项)?(?:组|工作组)"
    # a 回头看 run by the committee's inspection office itself: 县委巡察办牵头组成…
    rf"|(?:{SENDING_COMMITTEES})(?:巡视办|巡察办)(?=牵头|组织|组成|对))"
)
