"""Party bodies written whole, found by one pattern each rather than by the
suffix walk: the joint discipline commission and its numbered offices
(县纪委监委第三监督检查室), discipline teams stationed in a body (驻部纪检监察组) and
the Youth League's committees (团县委).

Their names hold ordinals, objects and owners that the walk's middles refuse,
so each is matched as a whole.
"""

from __future__ import annotations

import re

from extractor.recognizers.rules.org_scan import _Scan
from extractor.recognizers.rules.view import BARRIER

#: Discipline teams stationed in a body, named from inside it ([驻部纪检监察组]).
_STATIONED = re.compile(
    r"(?:(?:中央纪委国家监委|[省市区县]纪委监委)(?:第[一二三四五六七八九十]+)?)?"
    r"(?:派驻|驻)(?:第[一二三四五六七八九十]+)?[\u4e00-\u9fff]{0,10}?纪检(?:监察)?组"
)
#: The Communist Youth League committee of a level ([团县委]), not the party's [县委].
_LEAGUE = re.compile(
    r"(?:共青团|(?<![集社兵剧乐旅军师青])团)[省市区县州]委"
    # 共青团湘潭市委员会: the committee's full name, with its place
    r"|共青团[\u4e00-\u9fff]{2,8}?[省市区县州]委员会"
)

#: The discipline commissions written as one joint organ, with an internal office
#: numbered inside the name ([县纪委监委第三监督检查室]: an ordinal inside a name stays).
_SPECIAL = re.compile(
    # the joint commission, its level written once or twice (区纪委区监委)
    r"(?:中央纪委国家监委|([省市区县州旗])纪委\1?监委(?:机关)?)"
    r"(?:第[一二三四五六七八九十]+(?:监督检查室|审查调查室|纪检监察室))?"
    # a commission's numbered office named alone (第三监督检查室追缴…)
    r"|(?<![\u4e00-\u9fff])第[一二三四五六七八九十]+(?:监督检查室|审查调查室|纪检监察室)"
)


#: A democratic party's committee or branch, its place between (民革柳州市委会,
#: 民盟江苏省委员会, 九三学社南京市委员会, 民进区总支部): one name, not the 市委 inside it.
DEMOCRATIC_PARTY = re.compile(
    r"(?:民革|民盟|民建|民进|农工党|致公党|九三学社|台盟)(?:[\u4e00-\u9fff]{0,8}?[省市区县州])?"
    r"(?:委员会|委会|总支部|支部)"
    # …市委会机关党支部: the committee's organ and its branch, one name with it
    r"(?:机关(?:党支部|党总支|党委)?)?"
)


def _team_owner_start(scan: _Scan, start: int) -> int:
    """A numbered team of a system's own inspection is named with the committee or
    party group that sends it (国家税务总局党委第三巡视组, 集团党委第二巡察组), even
    where a title breaks the line between them."""
    end = start - 1 if scan.text[start - 1 : start] == BARRIER else start
    owner = scan.org_start_by_end.get(end)
    if owner is not None and scan.text.endswith(("党委", "党组"), 0, end):
        return owner
    return start
