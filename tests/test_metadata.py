"""Notice metadata in the wordings real notices use (issue #12).

Each text is a constructed opening in the genre's formulaic style; the
values are what a policy analyst would put in the table."""

from __future__ import annotations

import pytest

import extractor


def _meta(text: str) -> extractor.Metadata:
    return extractor.extract(text, backend="rules").metadata


@pytest.mark.parametrize(
    ("sentence", "key", "value"),
    [
        ("巡察组反馈了4个方面18个问题。", "problems", 18),
        ("此次巡察指出了我局3个方面14项共38个问题,提出整改意见。", "problems", 38),
        ("针对市委巡察反馈的4个方面12类问题,细化成39个具体问题。", "problems", 12),
        ("共反馈问题697个,已完成整改688个。", "problems", 697),
        ("共反馈问题697个,已完成整改688个。", "completed", 688),
        ("由县委领导分别对29条巡视反馈意见牵头组织实施。", "problems", 29),
        ("巡视反馈问题28条,整改完成26条。", "completed", 26),
        ("对照反馈问题,已整改到位29个,其余正在推进。", "completed", 29),
        ("截至目前,12个问题已整改到位。", "completed", 12),
        ("推动问题整改到位214个;反馈的171个具体问题中已有164个整改到位。", "completed", 164),
        ("对照反馈的三个方面十二个问题,逐项制定整改措施。", "problems", 12),
        ("反馈问题共计45个,截至目前已完成整改42个,完成率93.3%。", "completed", 42),
        ("巡察组共反馈问题3类23个。", "problems", 23),
        ("巡察反馈指出的问题共15个,已全部整改到位。", "problems", 15),
        ("巡察组反馈3个方面问题12个。", "problems", 12),
        ("对巡察指出的21个问题,细化为68项整改措施。", "problems", 21),
        ("对巡察指出的21个问题,细化为68项整改措施。", "measures", 68),
        ("巡察发现问题19个,移交问题线索2件。", "problems", 19),
        ("截至目前,已整改12个,正在整改3个。", "completed", 12),
        ("目前已销号问题18个。", "completed", 18),
        ("其中,14个问题已整改完毕,2个问题正在持续整改。", "completed", 14),
        ("共提出整改措施56条。", "measures", 56),
        ("研究制定整改举措42项。", "measures", 42),
        ("巡察反馈问题和建议23条。", "problems", 23),
        # wordings met in the 2026-11-30 development notices
        ("巡察组反馈了巡察意见,涉及问题18个。", "problems", 18),
        ("将反馈的问题细化分解为58个具体问题。", "problems", 58),
        ("巡察反馈的问题共6大类32个。", "problems", 32),
        ("针对反馈的5大类问题中的21个具体问题。", "problems", 21),
        ("共梳理出问题清单19项。", "problems", 19),
        ("审计工作报告反映的问题共3类27个。", "problems", 27),
        ("已整改落实19个,正在整改3个。", "completed", 19),
        ("对已完成的11个问题适时开展“回头看”。", "completed", 11),
        ("已整改完毕并销号12个。", "completed", 12),
        ("整改措施共计33条。", "measures", 33),
        ("明确整改任务98项、整改措施245条。", "measures", 245),
        ("对照反馈意见中的13个问题逐项整改。", "problems", 13),
        ("将反馈意见归纳为13个问题。", "problems", 13),
        ("截至目前,14个问题全部整改完成。", "completed", 14),
        ("15项问题已销号12项,46项任务完成41项。", "completed", 12),
        ("目前5个问题均已整改完成。", "completed", 5),
        # wordings met in the eighth session's development notices
        ("截至9月30日，整改完成率为87.0%（20/23），余下3个问题持续推进。", "completed", 20),
        ("梳理形成问题清单18项、整改措施清单54项。", "measures", 54),
        ("其中77个问题已按要求整改完成，其余9个问题已制定计划。", "completed", 77),
        ("审计报告共提出问题9个、审计建议4条。", "problems", 9),
        # 已办结 after measures counts problems when the done and the rest make them
        ("针对反馈的15个问题制定整改措施47条，已办结13项，其余2项按计划推进。", "completed", 13),
        ("3个街道共认领问题87个，制定整改措施214条。", "problems", 87),
        ("此次“回头看”涉及问题23个，已整改到位20个。", "problems", 23),
        # an audit rectification report counting its own report's findings
        ("截至10月底，《审计工作报告》反映的215个问题，已完成整改190个。", "problems", 215),
        ("截至10月底，《审计工作报告》反映的215个问题，已完成整改190个。", "completed", 190),
        ("审计报告反馈本公司原总经理任期履行经济责任存在的问题12项，已整改10项。", "problems", 12),
        ("审计指出的6个问题中，已完成整改5个，1个正在整改中。", "problems", 6),
    ],
)
def test_stated_totals(sentence: str, key: str, value: int) -> None:
    opening = "根据区委统一部署,2023年3月1日至4月30日,区委第一巡察组对区教育局党组进行了巡察。"
    assert _meta(opening + "\n" + sentence).stated_totals[key] == value


@pytest.mark.parametrize(
    ("sentence", "key"),
    [
        ("巡视反馈的10项问题，需要立行立改的6项已全部整改完成。", "completed"),
        # a supervision's own findings, not the inspection's feedback
        ("区纪委开展专项督查,发现各类问题41个。", "problems"),
        ("纪委监委日常监督发现问题3个。", "problems"),
        # a policy's measures, not the rectification's
        ("积极落实党建赋能乡村振兴20条举措。", "measures"),
        # what is still being rectified is not what was completed
        ("正在整改3个,持续整改2个。", "completed"),
        # an earlier round's problems are that round's, not this notice's
        ("对上轮巡视反馈的16个问题开展“回头看”,重新制定整改措施23条。", "problems"),
        ("对上轮巡视反馈的16个问题开展“回头看”,重新制定整改措施23条。", "measures"),
        # tasks are not measures (the notices' gold: 梳理分解整改任务106个 → no measures)
        ("形成任务清单132项,分解为71项整改任务。", "measures"),
        # measures done, the rest measures too: not the problems completed
        ("针对反馈的15个问题制定整改措施47条，已办结40项，其余7项按计划推进。", "completed"),
        # "every one of the measures" counts nothing
        ("逐一明确了责任分工，确保每一项整改措施均有明确的责任人。", "measures"),
        # the one-by-one formula counts nothing
        ("实行清单化管理，做到整改完成一项、销号一项。", "completed"),
        # a town's earlier audit, told as one of the measures, is not the report's total
        ("对2019年经责审计提出的14个问题进行持续整改。", "problems"),
    ],
)
def test_counts_that_are_not_stated_totals(sentence: str, key: str) -> None:
    opening = "根据区委统一部署,2023年3月1日至4月30日,区委第一巡察组对区教育局党组进行了巡察。"
    assert key not in _meta(opening + "\n" + sentence).stated_totals


@pytest.mark.parametrize(
    ("team", "inspected"),
    [
        ("区委巡察四组", "区卫健局党组"),
        ("市委第六轮巡察组", "古镇镇下辖古二村、古三村等2个村(社区)党组织"),
        ("区委4个巡察组", "区属12家单位党组织"),
        ("市委对村巡察第二组", "青山村党总支"),
    ],
)
def test_team_and_inspected_as_written(team: str, inspected: str) -> None:
    text = f"根据区委统一部署,2022年3月17日至5月12日,{team}对{inspected}开展了巡察。"
    meta = _meta(text)
    assert (meta.team, meta.inspected_organisation) == (team, inspected)


@pytest.mark.parametrize(
    ("opening", "team"),
    [
        # kinds of round in a row
        (
            "2023年4月6日至5月30日，市委第三提级交叉巡察组对县水利局党组开展了巡察。",
            "市委第三提级交叉巡察组",
        ),
        # a special round named by its subject
        (
            "2022年3月至5月，县委粮食购销领域腐败问题专项巡察组对县粮食储备中心进行了专项巡察。",
            "县委粮食购销领域腐败问题专项巡察组",
        ),
        # the opening only says the committee formed its teams; the feedback names them
        (
            "2023年3月6日至4月28日，县委组建3个巡察组对县水利局、县林业局、县医保局等3家单位开展常规巡察。\n"
            "2023年6月2日，县委3个巡察组向3家被巡察单位党组织反馈了巡察意见。",
            "县委3个巡察组",
        ),
    ],
)
def test_team_names_of_other_shapes(opening: str, team: str) -> None:
    assert _meta("根据县委统一部署，" + opening).team == team


def test_page_chrome_before_the_title_is_not_the_issuer() -> None:
    text = (
        "青川县人民政府门户网站 县水务局 政务公告 中共青川县水务局党组关于巡察整改情况的通报\n"
        "根据县委统一部署，2023年3月6日至4月28日，县委第二巡察组对县水务局党组进行了巡察。"
        "2023年6月2日，县委第二巡察组向县水务局党组反馈了巡察意见。"
    )
    meta = _meta(text)
    assert meta.issuer == "中共青川县水务局党组"
    assert meta.title == "中共青川县水务局党组关于巡察整改情况的通报"
    assert meta.team == "县委第二巡察组"


def test_audit_report_under_a_web_page_header() -> None:
    """The title has no 关于 and the author line comes after the page's own lines."""
    text = (
        "当前位置：首页 > 审计公开\n"
        "青州市2023年度市本级预算执行审计查出问题整改情况的报告——2024年6月在青州市人大常委会上\n"
        "• 2024-07-02\n• 来源：市审计局\n• 分享到\n"
        "——2024年6月27日在青州市第十八届\n人民代表大会常务委员会第二十次会议上\n"
        "青州市人民政府副市长  林佳和\n"
        "主任、各位副主任、各位委员：\n"
        "我受市人民政府委托，向市人大常委会报告2023年度市本级预算执行审计查出问题的整改情况，"
        "请予审议。截至2024年5月底，《审计工作报告》反映的86个问题，已完成整改79个。\n"
    )
    meta = _meta(text)
    assert meta.inspection_kind == "审计"
    assert meta.title == "青州市2023年度市本级预算执行审计查出问题整改情况的报告"
    assert meta.issuer == "青州市人民政府"
    assert (meta.stated_totals["problems"], meta.stated_totals["completed"]) == (86, 79)


def test_notice_under_a_long_web_page_header() -> None:
    """Site, breadcrumb, index and date lines above the title; a section's name and the
    title on one line; the team feeds back before the period is told; a duration, no end."""
    text = (
        "江门市人民政府门户网站\n当前位置：首页 > 政务公开 > 巡察整改\n索引号：0145/2024-0021\n"
        "发布机构：江门市林业局\n发布时间：2024-06-03 09:12　来源：市林业局\n字号：[大 中 小]\n"
        "政务公开 党建工作 中共江门市林业局党组关于市委第四巡察组反馈意见整改情况的通报\n"
        "2024年1月，市委第四巡察组对市林业局党组开展了为期两个月的巡察。"
        "2024年3月29日，市委第四巡察组向市林业局党组反馈了巡察意见，审计指出的问题不在此列。\n"
    )
    meta = _meta(text)
    assert meta.issuer == "中共江门市林业局党组"
    assert meta.title == "中共江门市林业局党组关于市委第四巡察组反馈意见整改情况的通报"
    assert (meta.team, meta.inspected_organisation) == ("市委第四巡察组", "市林业局党组")
    assert meta.period["start"].startswith("2024-01") and meta.period["end"] is None
    assert meta.feedback_date["start"] == "2024-03-29"


def test_title_under_a_menu_of_cities_with_its_date_on_the_line() -> None:
    """A long menu of short lines is no hard-wrapped column; the page's date after the
    title is not part of it; 落实 before the team in the title is prose."""
    menu = "\n|\n".join(
        ["兰州", "天水", "白银", "武威", "张掖", "平凉", "酒泉", "庆阳", "定西", "陇南"] * 2
    )
    text = (
        menu + "\n您所在的位置:首页>法院在线>新闻详情\n"
        "中共甘肃省高级人民法院党组关于落实省委第三巡视组巡视反馈意见整改情况的通报 2024-09-02\n"
        "根据省委统一部署，省委第三巡视组对省法院党组进行了巡视，并于2024年1月5日反馈了巡视意见。\n"
    )
    meta = _meta(text)
    assert (
        meta.title == "中共甘肃省高级人民法院党组关于落实省委第三巡视组巡视反馈意见整改情况的通报"
    )
    assert meta.issuer == "中共甘肃省高级人民法院党组"
    assert meta.team == "省委第三巡视组"


def test_inspected_body_named_where_the_team_fed_back() -> None:
    meta = _meta(
        "2024年6月7日，区委第三巡察组向宁海路街道党工委反馈了巡察意见，涉及3个方面10个问题。"
        "此次巡察于3月18日至5月17日开展。审计指出的6个问题中，已完成整改5个。"
    )
    assert meta.inspected_organisation == "宁海路街道党工委"
    assert meta.stated_totals["problems"] == 10


def test_alias_note_is_not_part_of_the_name() -> None:
    meta = _meta(
        "按照中央部署,2019年3月4日至6月2日,中央第六巡视组对中国远航船舶集团有限公司"
        "(以下简称集团)党委进行了巡视。2019年8月9日,中央巡视组向集团党委反馈了巡视意见。"
    )
    assert meta.inspected_organisation == "中国远航船舶集团有限公司党委"
    assert meta.inspected_alias == "集团"
    assert meta.feedback_date["start"] == "2019-08-09"


def test_two_stints_and_feedback_after_a_title() -> None:
    meta = _meta(
        "关于区委巡察二组对区文旅局党组巡察反馈意见整改进展情况的通报\n"
        "按照区委安排,2023年4月10日至4月14日、6月1日至7月20日,区委巡察二组对区文旅局党组"
        "进行了巡察。2023年10月11日,区委巡察二组向区文旅局党组反馈了巡察意见。"
    )
    assert (meta.period["start"], meta.period["end"]) == ("2023-04-10", "2023-07-20")
    assert meta.feedback_date["start"] == "2023-10-11"


def test_audit_report() -> None:
    meta = _meta(
        "——2021年12月23日在青川市第十五届人民代表大会常务委员会第三十六次会议上\n"
        "青川市审计局局长 林秋实\n"
        "受市政府委托,现向市人大常委会报告上一年度市本级预算执行等"
        "审计查出问题的整改情况,请予审议。"
    )
    assert (meta.inspection_kind, meta.issuer, meta.is_notice) == ("审计", "青川市审计局", True)
    assert meta.team is None


def test_no_inspection_no_metadata() -> None:
    meta = _meta("今年以来,我市持续优化营商环境,新增市场主体1.2万户。")
    assert (meta.inspection_kind, meta.team, meta.issuer) == (None, None, None)


def test_metadata_scores_count_right_wrong_missed_and_spurious() -> None:
    from training.structure_eval import predicted_metadata, score_metadata

    text = "根据市委统一部署,2024年4月至7月,县委第二巡察组对蓝塘中学党支部进行了巡察。"
    predicted = predicted_metadata(extractor.extract(text, backend="rules"))
    assert (predicted["period_start"], predicted["period_end"]) == ("2024-04", "2024-07")
    gold = {
        "inspection_kind": "巡察",
        "team": "县委第二巡察组",
        "issuer": "蓝塘中学",
        "period_end": "2024-08",
    }
    scores = score_metadata([gold], [predicted])
    assert scores["team"].right == 1
    assert scores["issuer"].missed == 1
    assert scores["period_end"].wrong == 1
    assert scores["period_start"].spurious == 1  # a value where gold has none
    assert scores["team"].given == 1


def test_signature_issuer_as_written() -> None:
    text = (
        "根据市委统一部署,2023年3月1日至4月30日,市委第一巡察组对青溪县(试点)委员会进行了巡察。\n"
        "正文。\n中共青溪县住房和城乡建设局(筹)委员会\n2023年10月20日\n"
    )
    meta = _meta(text)
    assert meta.issuer == "中共青溪县住房和城乡建设局(筹)委员会"
    assert meta.inspected_organisation == "青溪县(试点)委员会"


def test_a_team_named_by_its_kind_not_a_number() -> None:
    notice = extractor.extract(
        "根据市委统一部署,2023年3月1日至4月30日,市委巡察机动组对县财政局党组开展了巡察。"
        "6月5日,巡察组向县财政局党组反馈了巡察意见。",
        backend="rules",
    )
    assert notice.metadata.team == "市委巡察机动组"
    assert ("市委巡察机动组", "ORG") in [(e.text, e.label) for e in notice.entities]


@pytest.mark.parametrize(
    ("opening", "team", "inspected", "period"),
    [
        (  # a round-numbered team, the term of office before it left out
            "2021年4月12日至6月10日,十二届市委第十一轮巡察第三巡察组对市审计局党组开展了常规巡察。"
            "8月20日,巡察组向市审计局党组反馈了巡察意见。",
            "市委第十一轮巡察第三巡察组",
            "市审计局党组",
            ("2021-04-12", "2021-06-10"),
        ),
        (  # 进驻 names the inspected body; the entry date starts the period, no end given
            "根据区委统一部署,区委第四巡察组于2024年3月18日进驻区教育局党委开展常规巡察,"
            "5月28日向区教育局党委反馈巡察意见。",
            "区委第四巡察组",
            "区教育局党委",
            ("2024-03-18", None),
        ),
        (
            "根据市委统一部署,市委第一巡察组自2023年4月6日起对市第一人民医院党委开展了为期两个月的巡察。",
            "市委第一巡察组",
            "市第一人民医院党委",
            ("2023-04-06", None),
        ),
    ],
)
def test_openings_with_rounds_entry_dates_and_start_only_periods(
    opening: str, team: str, inspected: str, period: tuple
) -> None:
    meta = _meta("关于巡察整改进展情况的通报\n" + opening)
    assert (meta.team, meta.inspected_organisation) == (team, inspected)
    assert (meta.period["start"], meta.period["end"]) == period


def test_a_title_run_into_the_opening_does_not_give_the_team() -> None:
    """A long title without a full stop is joined to the opening by the cleaning; the
    team is read from the opening sentence, not from the title's 第八轮巡视第三巡视组."""
    text = (
        "关于十三届省委第八轮巡视第三巡视组对省农业农村厅党组巡视反馈意见整改落实进展情况的通报\n"
        "根据省委统一部署,2021年3月8日至5月30日,省委第三巡视组对省农业农村厅进行了常规巡视。"
        "2021年7月6日,省委巡视组向省农业农村厅党组反馈了巡视意见。"
    )
    assert _meta(text).team == "省委第三巡视组"


def test_issuer_on_its_own_line_above_the_title() -> None:
    meta = _meta(
        "中共青山县教育局委员会\n关于县委第三轮巡察整改进展情况的通报\n"
        "根据县委统一部署,2023年3月1日至4月30日,县委第一巡察组对县教育局党委进行了巡察。"
        "2023年6月2日,巡察组向县教育局党委反馈了巡察意见。"
    )
    assert meta.issuer == "中共青山县教育局委员会"
    assert meta.title == "关于县委第三轮巡察整改进展情况的通报"


def test_a_dated_page_header_is_not_a_signature() -> None:
    """A short opening keeps its page header (title, publisher, date) above the body;
    the publisher there is not the notice's signature."""
    meta = _meta(
        "关于县委第三轮巡察整改进展情况的通报\n青山县纪委监委\n2023年7月6日\n"
        "根据县委统一部署,2023年3月1日至4月30日,县委第一巡察组对县教育局党委进行了巡察。"
        "2023年6月2日,巡察组向县教育局党委反馈了巡察意见。"
    )
    assert meta.issuer is None
    assert meta.signature_date is None


def test_signature_after_the_body_is_read() -> None:
    meta = _meta(
        "关于县委第三轮巡察整改进展情况的通报\n"
        "根据县委统一部署,2023年3月1日至4月30日,县委第一巡察组对县教育局党委进行了巡察。"
        "2023年6月2日,巡察组向县教育局党委反馈了巡察意见。\n中共青山县教育局委员会\n2023年9月1日"
    )
    assert meta.issuer == "中共青山县教育局委员会"
    assert meta.signature_date["start"] == "2023-09-01"


def test_the_subject_of_a_special_inspection_is_not_part_of_the_inspected_body() -> None:
    meta = _meta(
        "根据市委统一部署,2023年4月10日至5月31日,市委第三巡察组对市水务局党组"
        "落实全面从严治党主体责任情况进行了专项巡察。"
    )
    assert meta.inspected_organisation == "市水务局党组"


def test_more_total_wordings_and_the_issuer_as_first_written() -> None:
    meta = _meta(
        "中共丹岩县委关于州委第二巡察组巡察反馈意见整改进展情况的通报\n"
        "根据州委统一部署,2023年4月11日至6月20日,州委第二巡察组对丹岩县委开展了常规巡察。"
        "县委将反馈的3个方面10个问题细化为整改措施35条,共梳理问题10个。\n"
        "三、下一步工作打算\n县委将坚持整改不停步,推动巡察整改成果转化为高质量发展实效。\n"
        "中共丹岩县委员会\n2023年12月15日"
    )
    assert meta.issuer == "中共丹岩县委"
    assert meta.signature_date["start"] == "2023-12-15"
    assert meta.stated_totals["measures"] == 35
    assert meta.stated_totals["problems"] == 10


def test_an_audit_report_by_a_county_office() -> None:
    meta = _meta(
        "关于2023年度县级预算执行和其他财政收支审计查出问题整改情况的报告\n"
        "——2024年10月25日在县第十八届人民代表大会常务委员会第二十次会议上\n"
        "县审计局局长 王某某\n"
        "主任、各位副主任、秘书长、各位委员：\n"
        "我受县人民政府委托，报告审计查出问题的整改情况。审计工作报告共反映问题48个，"
        "涉及金额15.72亿元。截至2024年9月底，已完成整改41个。\n"
        "一、审计查出问题整改工作推进情况\n县政府召开常务会议专题部署。\n"
    )
    assert (meta.inspection_kind, meta.issuer) == ("审计", "县审计局")
    assert meta.stated_totals["problems"] == 48
    assert meta.stated_totals["completed"] == 41
    notice = extractor.extract("一、审计查出问题整改工作推进情况\n县政府部署。", backend="rules")
    assert [h.kind for h in notice.headings] == ["section"]


def test_a_background_inspection_told_first_is_not_the_notices_own() -> None:
    """The title says whose inspection the notice answers; a higher inspection told
    first as background (省委巡视组对市里…, 市委巡察组对区委…) is not it."""
    text = (
        "中共绍兴市市场监督管理局党组关于市委巡察反馈意见整改进展情况的通报\n"
        "2023年，省委第一巡视组对绍兴市开展常规巡视期间，指出了食品安全监管方面的薄弱环节。\n"
        "根据市委统一部署，2023年9月11日至11月10日，市委第二巡察组对市市场监管局党组开展了"
        "常规巡察。同年12月，巡察组向局党组反馈了巡察意见，指出具体问题15个。\n"
    )
    meta = _meta(text)
    assert (meta.inspection_kind, meta.team, meta.inspected_organisation) == (
        "巡察",
        "市委第二巡察组",
        "市市场监管局党组",
    )
    assert (meta.period["start"], meta.period["end"]) == ("2023-09-11", "2023-11-10")
    assert meta.stated_totals["problems"] == 15
    one_paragraph = (
        "关于区委第四巡察组机动巡察反馈意见整改情况的通报\n"
        "2023年10月至12月，杭州市委第三巡察组对上城区委开展了常规巡察。2024年1月8日至2月6日，"
        "区委第四巡察组对紫阳街道党工委开展了机动巡察。3月5日，巡察组向街道党工委反馈了意见。\n"
    )
    meta = _meta(one_paragraph)
    assert (meta.team, meta.inspected_organisation) == ("区委第四巡察组", "紫阳街道党工委")
    assert (meta.period["start"], meta.period["end"]) == ("2024-01-08", "2024-02-06")


def test_a_review_run_by_the_inspection_office() -> None:
    """A 回头看 run by the committee's inspection office: the office is the team,
    the body after 对 is the inspected one (not the earlier team named inside the
    phrase), and the year of the earlier round dates neither the period nor the
    feedback."""
    meta = _meta(
        "关于巡察整改“回头看”反馈问题整改情况的通报\n"
        "2025年2月17日至3月14日，区委巡察办牵头组成“回头看”工作组，对我街道落实区委第二巡察组"
        "2023年巡察反馈意见的整改情况开展了“回头看”。2025年3月下旬，区委巡察办向街道党工委"
        "反馈了“回头看”发现的问题。\n"
    )
    assert (meta.team, meta.inspected_organisation) == ("区委巡察办", "我街道")
    assert (meta.period["start"], meta.period["end"]) == ("2025-02-17", "2025-03-14")
    assert meta.feedback_date["start"][:7] == "2025-03"


def test_a_provincial_review_after_a_central_inspection_told_first() -> None:
    """The organ's two-line title names the provincial review; the central inspection
    is background. The year inside the inspected phrase is the earlier round's."""
    meta = _meta(
        "中共江城市第二人民医院委员会关于省委巡视整改\n“回头看”反馈意见整改进展情况的通报\n"
        "2024年3月至5月，中央第九巡视组对某省开展常规巡视，指出公立医院管理方面的问题。"
        "按照省委部署，省委第五巡视组对我院2022年省委巡视反馈问题整改情况开展了“回头看”，"
        "并于2024年11月20日向院党委反馈了意见。\n"
        "截至2025年3月底，“回头看”指出的9个问题已完成整改8个。\n"
    )
    assert meta.issuer == "中共江城市第二人民医院委员会"
    assert (meta.team, meta.inspected_organisation) == ("省委第五巡视组", "我院")
    assert meta.period is None
    assert meta.feedback_date["start"] == "2024-11-20"
    assert (meta.stated_totals["problems"], meta.stated_totals["completed"]) == (9, 8)


def test_a_half_year_is_said_but_gives_no_period_and_parts_add_up() -> None:
    meta = _meta(
        "关于市委专项巡察反馈意见整改情况的通报\n"
        "根据市委部署，2024年上半年，市委巡察组对我校开展了专项巡察。2024年8月2日，市委巡察组"
        "向校党委反馈了巡察意见。巡察组反馈共性问题4个、个性问题9个。\n"
    )
    assert meta.period is None and meta.period_text == "2024年上半年"
    assert meta.stated_totals["problems"] == 13


def test_a_units_own_audit_notice() -> None:
    """A unit's notice after an audit names the office, the unit, the fieldwork and
    the report's date; a government's budget-audit report (above) names none."""
    meta = _meta(
        "关于审计发现问题整改情况的公告\n"
        "2025年4月至6月，江阳区审计局对本单位2022年至2024年预算执行情况进行了审计，"
        "并于2025年8月出具了审计报告。\n一、整改工作组织情况\n审计报告指出问题6个，已整改到位5个。\n"
    )
    assert meta.inspection_kind == "审计"
    assert (meta.team, meta.inspected_organisation) == ("江阳区审计局", "本单位")
    assert (meta.period["start"], meta.period["end"]) == ("2025-04-01", "2025-06-30")
    assert meta.feedback_date["start"][:7] == "2025-08"
    assert (meta.stated_totals["problems"], meta.stated_totals["completed"]) == (6, 5)


@pytest.mark.parametrize("period", ["2023.3.20-2023.5.20", "2023/3/20至2023/5/20"])
def test_a_period_written_in_figures(period: str) -> None:
    meta = _meta(
        f"关于巡察整改情况的通报\n{period}，市委第二巡察组对市民政局党组开展了常规巡察。"
        "2023.6.15反馈了巡察意见。\n"
    )
    assert (meta.period["start"], meta.period["end"]) == ("2023-03-20", "2023-05-20")
    assert meta.period_text == period


def test_an_economic_responsibility_audit_of_a_company() -> None:
    """The company's own line under the title is the issuer; the office that audited
    is the team; the company, not its former head, is the inspected body."""
    meta = _meta(
        "关于市审计局经济责任审计查出问题整改情况的报告\n"
        "江州城市建设投资集团有限公司\n"
        "2023年6月5日至8月18日，市审计局对我集团原主要负责人2019年至2022年任期经济责任"
        "履行情况进行了审计，并于2023年9月26日出具审计报告，指出问题8个。\n"
        "截至2024年2月底，已整改到位6个。市委巡察组反馈的共性问题3大类11项具体问题已纳入台账。\n"
    )
    assert (meta.inspection_kind, meta.issuer) == ("审计", "江州城市建设投资集团有限公司")
    assert (meta.team, meta.inspected_organisation) == ("市审计局", "我集团")
    assert (meta.period["start"], meta.period["end"]) == ("2023-06-05", "2023-08-18")
    assert meta.feedback_date["start"] == "2023-09-26"
    assert (meta.stated_totals["problems"], meta.stated_totals["completed"]) == (8, 6)


def test_problems_counted_in_kinds_after_the_verb() -> None:
    meta = _meta(
        "关于巡察整改情况的通报\n2023年9月6日至11月10日，市委第二巡察组对某县开展了常规巡察。"
        "2024年1月9日，市委第二巡察组向县委反馈了巡察意见，共指出3大类11项具体问题。\n"
    )
    assert meta.stated_totals["problems"] == 11


def test_a_leading_group_on_its_own_line_above_the_title_is_the_issuer() -> None:
    meta = _meta(
        "中共江州县委巡察工作领导小组\n关于县委第三轮巡察整改情况的通报\n"
        "2023年8月至10月，县委5个巡察组分别对县教育局等15个单位开展了常规巡察。\n"
    )
    assert meta.issuer == "中共江州县委巡察工作领导小组"
    assert (meta.team, meta.inspected_organisation) == ("县委5个巡察组", "县教育局等15个单位")


def test_a_budget_audit_names_no_audited_body() -> None:
    """A government's budget-audit report (市审计局对2023年度市级预算执行…进行了审计)
    audits a budget, not a body: no team and no inspected body, as the notices' gold has it."""
    meta = _meta(
        "关于2023年度市级预算执行和其他财政收支审计查出问题整改情况的报告\n"
        "市人民政府\n市人大常委会：\n根据审计法规定，市审计局对2023年度市级预算执行和其他财政收支"
        "情况进行了审计。审计工作报告反映问题42个，已整改到位37个。\n"
    )
    assert meta.inspection_kind == "审计"
    assert (meta.team, meta.inspected_organisation, meta.period) == (None, None, None)
    assert meta.issuer == "市人民政府"


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("针对巡察反馈的问题，我局梳理出16个具体问题。", 16),
        ("巡察组指出存在的问题3大方面14项。", 14),
        ("巡视反馈意见明确的问题共8项。", 8),
        ("反馈意见共3个方面，具体问题10个。", 10),
        ("共性问题和个性问题共计18个。", 18),
    ],
)
def test_more_wordings_of_the_problems_fed_back(sentence: str, value: int) -> None:
    assert _meta("关于巡察整改情况的通报\n" + sentence).stated_totals["problems"] == value


@pytest.mark.parametrize(
    ("sentence", "totals"),
    [
        ("巡察组反馈的问题主要有4个方面、共16条。", {"problems": 16}),
        ("反馈意见共3个部分、12个具体问题。", {"problems": 12}),
        ("巡视反馈的问题共有18个，整改到位16个。", {"problems": 18}),
        ("共有11个问题需要整改。", {"problems": 11}),
        ("对市委巡察组交办的18个问题逐一销号。", {"problems": 18}),
        ("巡视组反馈意见指出我厅存在问题29个。", {"problems": 29}),
        ("已完成整改并销号14个。", {"completed": 14}),
        ("共细化整改措施98项，已完成94项。", {"measures": 98}),
        ("整改措施已完成40条，完成率95.2%。", {}),
        (
            "反馈问题3类19个。细化整改措施66条，已销号15个。",
            {"problems": 19, "measures": 66, "completed": 15},
        ),
        ("巡视反馈意见中指出的问题有19个。", {"problems": 19}),
        ("巡察组反馈的问题（共21个）已全部纳入台账。", {"problems": 21}),
        ("已完成整改的问题16个。", {"completed": 16}),
        ("整改任务32项，已完成30项。", {}),
        ("梳理分解整改任务106个，已完成整改98个。", {"completed": 98}),
    ],
)
def test_totals_in_other_wordings_and_measures_done_are_not_problems_done(
    sentence: str, totals: dict[str, int]
) -> None:
    """已完成94项 after 整改措施98项 counts measures done, not problems: no completed total."""
    stated = _meta("关于巡察整改情况的通报\n" + sentence).stated_totals
    assert {key: value for key, value in stated.items() if key != "aspects"} == totals


def test_feedback_told_first_and_the_stay_after_it() -> None:
    """A title naming the team is no opening; the body the team entered for its dates is
    the inspected one; a range before 进驻 keeps its end."""
    meta = _meta(
        "中共恭城瑶族自治县委员会关于自治区党委第四巡视组反馈意见整改进展情况的通报\n"
        "2023年12月14日，自治区党委第四巡视组向县委反馈了巡视意见。此次巡视是常规巡视，"
        "巡视组于2023年9月7日至11月10日进驻恭城瑶族自治县，通过个别谈话等方式了解情况。"
    )
    assert meta.team == "自治区党委第四巡视组"
    assert meta.inspected_organisation == "恭城瑶族自治县"
    assert (meta.period["start"], meta.period["end"]) == ("2023-09-07", "2023-11-10")
    assert meta.feedback_date["start"] == "2023-12-14"


def test_an_inspection_told_to_end_later_in_its_sentence() -> None:
    meta = _meta(
        "关于县委巡察反馈意见整改情况的通报\n根据县委巡察工作统一部署，2023年5月8日起，县委巡察组对"
        "县人民检察院党组开展了常规巡察，6月30日巡察结束。2023年8月3日，县委巡察组反馈了巡察意见。"
    )
    assert (meta.period["start"], meta.period["end"]) == ("2023-05-08", "2023-06-30")


def test_news_of_an_inspection_starting_is_no_notice() -> None:
    meta = _meta(
        "州委第一巡察组巡察州妇联党组工作动员会召开\n2023年10月16日，州委第一巡察组巡察州妇联党组"
        "工作动员会召开。会议指出，巡察组将对州妇联党组开展常规巡察，了解上一轮巡察整改情况。"
    )
    assert meta.is_notice is False


def test_two_organs_issuing_together_on_the_line_above_the_title() -> None:
    meta = _meta(
        "中共合肥高新区工委 合肥高新区管委会\n关于巡察整改情况的通报\n根据市委统一部署，"
        "市委第五巡察组对高新区党工委、管委会开展了巡察。"
    )
    assert meta.issuer == "中共合肥高新区工委 合肥高新区管委会"


def test_a_team_whose_owner_has_a_bracketed_second_name() -> None:
    meta = _meta(
        "关于巡察整改情况的通报\n2023年8月，省烟草专卖局（公司）党组第一巡察组对市烟草专卖局（公司）"
        "党组进行了巡察。"
    )
    assert meta.team == "省烟草专卖局（公司）党组第一巡察组"
    assert meta.inspected_organisation == "市烟草专卖局（公司）党组"


def test_a_supervisions_handed_over_problems_are_no_total() -> None:
    """发现并交办问题312个 counts one measure's findings."""
    meta = _meta("关于巡察整改情况的通报\n开展暗访督查4轮，发现并交办问题312个，已整改296个。")
    assert "problems" not in meta.stated_totals


def test_an_entry_day_is_a_start_and_a_yearless_period_takes_the_next_year() -> None:
    """2024年5月6日，巡察组进驻… gives a start only; 于5月6日至6月28日 before a told
    2024 is 2024's."""
    meta = _meta(
        "关于巡察整改情况的通报\n2024年5月6日，市委第二巡察组正式进驻市民政局，开展常规巡察，"
        "7月10日反馈了巡察意见。\n"
    )
    assert meta.inspected_organisation == "市民政局"
    assert (meta.period["start"], meta.period["end"]) == ("2024-05-06", None)
    meta = _meta(
        "关于巡察整改情况的通报\n根据县委统一部署，县委第二巡察组于5月6日至6月28日对县民政局党组"
        "开展了常规巡察，2024年7月10日反馈了意见。\n"
    )
    assert (meta.period["start"], meta.period["end"]) == ("2024-05-06", "2024-06-28")
    assert meta.period["year_inferred"] is True


def test_a_joint_team_a_former_heads_term_and_a_feedback_in_the_next_year() -> None:
    meta = _meta(
        "关于市委巡察反馈意见整改情况的通报\n市委联合巡察组对宁德海西农村商业银行开展了巡察，"
        "进驻时间为2023年11月6日至12月15日。1月18日，巡察组向行党委反馈了巡察意见。"
    )
    assert meta.team == "市委联合巡察组"
    assert meta.period == {**meta.period, "start": "2023-11-06", "end": "2023-12-15"}
    assert meta.feedback_date_text == "1月18日"
    assert meta.feedback_date["start"] == "2024-01-18"  # after the inspection, not before it
    audit = _meta(
        "关于经济责任审计查出问题整改情况的报告\n2024年3月11日至4月19日，市审计局对我中心原主任"
        "任职期间经济责任履行情况进行了审计，并于2024年6月14日出具了审计报告。"
    )
    assert audit.inspected_organisation == "我中心"


def test_a_period_ended_by_its_stay_and_an_end_told_by_its_dekad() -> None:
    ended = _meta(
        "关于巡察整改进展情况的通报\n自2024年3月11日起，盟委4个巡察组对正蓝旗委开展了常规巡察，"
        "至5月10日完成进驻任务。6月中旬，巡察组反馈了巡察意见。"
    )
    assert (ended.period["start"], ended.period["end"]) == ("2024-03-11", "2024-05-10")
    dekad = _meta(
        "关于巡视整改的通报\n2023年10月16日至12月中旬，省委第六巡视组对省农业科学院党委开展了"
        "常规巡视，2024年2月1日向院党委反馈了巡视意见。"
    )
    # the end is a month's middle ten days, not a day the text gave
    assert dekad.period["granularity"] == "day" and dekad.period["end_granularity"] == "month"


@pytest.mark.parametrize(
    ("text", "field", "expected"),
    [
        # a section word inside the issuer's own name is no page chrome
        (
            "XX县政务公开办公室关于县委第二巡察组反馈意见整改情况的通报\n"
            "根据县委统一部署，县委第二巡察组对县政务公开办公室进行了巡察。",
            "issuer",
            "XX县政务公开办公室",
        ),
        # setting a team up is no part of its subject's name
        ("根据县委统一部署，县委成立乡村振兴专项巡察组对县农业农村局开展了巡察。", "team", None),
        # the rectification's duration is not the inspection's, and a month alone before
        # the inspection is its start only (DECISIONS "One month or day before the
        # inspection", 2026-12-01; this expected the month's end before)
        (
            "2024年4月，县委第二巡察组对县水利局党组进行了巡察。\n县水利局党组开展了为期3个月的集中整改。",
            "period_end",
            None,
        ),
        # the team fed back to a head and a body: no inspected body is read from that
        ("2024年6月7日，县委第二巡察组向县委书记和县卫健局党委反馈了巡察意见。", "inspected", None),
    ],
)
def test_page_and_opening_rules_leave_ordinary_prose_alone(
    text: str, field: str, expected: str | None
) -> None:
    meta = _meta(text)
    value = {
        "issuer": meta.issuer,
        "team": meta.team,
        "period_end": (meta.period or {}).get("end"),
        "inspected": meta.inspected_organisation,
    }[field]
    assert value == expected


def test_a_count_after_completed_is_kept_when_a_one_follows_in_other_words() -> None:
    opening = "根据区委统一部署,2023年3月1日至4月30日,区委第一巡察组对区教育局党组进行了巡察。"
    totals = _meta(
        opening + "\n巡察反馈问题20个，已完成整改15项，完成一个阶段性目标。"
    ).stated_totals
    assert totals["completed"] == 15


def test_a_column_tag_and_a_headline_without_its_genre_word() -> None:
    meta = _meta(
        "【整改公示】中共某市农业农村局党组关于市委专项巡察“回头看”整改进展情况\n"
        "编辑:李明 发表时间:2023-08-01 09:12 来源:某市纪委网\n\n"
        "根据市委统一部署，2023年3月6日至4月28日，市委第三巡察组对市农业农村局进行了专项巡察。"
    )
    assert meta.issuer == "中共某市农业农村局党组"
    assert meta.title.endswith("“回头看”整改进展情况")
    assert meta.inspected_organisation == "市农业农村局"


def test_inspected_bodies_told_with_inspection_work_a_long_subject_or_a_colon_alias() -> None:
    # 开展了巡察工作，…: the work of inspecting, not a leading group's name
    meta = _meta("2022年5月9日至7月8日，县委第二巡察组对我单位开展了巡察工作，并于9月反馈。")
    assert meta.inspected_organisation == "我单位"
    # a special subject longer than a few words between the verb and the inspection
    meta = _meta(
        "2024年3月4日至3月22日，校党委巡察办专项巡察组对我院党委开展“三重一大”"
        "决策制度执行情况专项巡察。5月8日，专项巡察组对我院进行巡察反馈。"
    )
    assert meta.inspected_organisation == "我院党委"
    # (以下简称:…) with a colon and half-width brackets
    meta = _meta(
        "2024年4月上旬至6月下旬，市委第五巡察组对中共某市城投集团有限公司委员会"
        "(以下简称:集团党委)进行了巡察。"
    )
    assert meta.inspected_organisation == "中共某市城投集团有限公司委员会"
    assert meta.inspected_alias == "集团党委"


def test_a_part_told_after_of_which_is_no_total() -> None:
    text = (
        "关于某市2023年度市级预算执行审计查出问题整改情况的报告\n"
        "截至10月底，审计工作报告反映的问题大部分已整改。其中，市级财政管理审计查出的"
        "4个方面12个问题，已整改到位；部门预算执行审计查出的30个问题，已整改26个。"
    )
    assert "problems" not in _meta(text).stated_totals
    opening = "根据区委统一部署，区委第一巡察组对区教育局党组进行了巡察。"
    totals = _meta(opening + "\n巡察共反馈问题30个，其中共性问题12个。").stated_totals
    assert totals["problems"] == 30
    # a total in the text's first clause, however the text ends
    assert _meta("巡察共反馈问题18个，均已整改。详见其中。").stated_totals["problems"] == 18


def test_an_audit_page_site_name_share_prompt_and_index_label_are_no_issuer() -> None:
    # the site's name above an audit title is the publisher, not the author
    meta = _meta(
        "某市某区人民政府\n\n某区2023年度本级预算执行和其他财政收支审计查出问题整改情况的报告\n\n"
        "来源:某区审计局 发布时间:2025-06-18\n\n——2025年6月在某区八届人大常委会第三十九次会议上\n\n"
        "区人大常委会:\n\n受区政府委托，现向区人大常委会报告审计查出问题整改情况，请予审议。\n"
    )
    assert meta.inspection_kind == "审计"
    assert meta.issuer is None
    # a share prompt with a comma does not end the header before the author line
    meta = _meta(
        "当前位置: 首页 > 政务信息 > 审计结果公告\n\n"
        "关于自治区本级预算执行2023年度审计查出问题整改情况的报告\n\n发布时间: 2024-03-27 15:17\n"
        "分享到:\n\n打开微信扫一扫,点击右上角分享即可\n\n——2024年3月25日在自治区第十四届人民代表大会\n\n"
        "常务委员会第九次会议上\n\n自治区审计厅厅长 李某\n\n主任、各位副主任、秘书长、各位委员:\n\n"
        "我受自治区人民政府委托，报告审计查出问题的整改情况，请予审议。\n"
    )
    assert meta.issuer == "自治区审计厅"
    # an index block's field label before the title
    meta = _meta(
        "[ 发布机构 ] 某区审计局\n[ 标 题 ] 重庆市某区审计局关于2020年度区级预算执行审计查出问题整改情况的报告\n\n"
        "2021年9月23日，区人大常委会会议听取并审议了审计工作报告，提出了审议意见。\n"
    )
    assert meta.issuer == "重庆市某区审计局"


def test_an_alias_after_a_former_name() -> None:
    meta = _meta(
        "2023年7月13日至8月31日，市委第六巡察组对中共某市委金融委员会办公室"
        "（原某市地方金融工作局，以下简称市金融局）进行了巡察。"
    )
    assert meta.inspected_organisation == "中共某市委金融委员会办公室"
    assert meta.inspected_alias == "市金融局"


def test_of_which_opening_another_clause_and_an_audit_offices_own_page() -> None:
    """Review: a 其中 that opened an earlier clause leaves the total; a team's lead
    stops after 其中; an audit office's name above its own report's title is its author;
    a special subject with 的 still names the team."""
    meta = _meta(
        "2023年，市委开展两轮巡察，其中市委第二巡察组对市教育局开展了常规巡察，"
        "反馈了3个方面16个问题。"
    )
    assert meta.team == "市委第二巡察组"
    assert meta.stated_totals["problems"] == 16
    meta = _meta(
        "某市审计局\n某市2023年度市级预算执行和其他财政收支审计查出问题整改情况的报告\n"
        "根据审计法的规定，现将整改情况报告如下。"
    )
    assert meta.issuer == "某市审计局"
    meta = _meta("市委关于落实“双减”政策的专项巡察组对市教育局党组开展了专项巡察。")
    assert meta.team == "市委关于落实“双减”政策的专项巡察组"


def test_an_audit_office_that_sends_its_team_and_a_former_head_named_in_the_term() -> None:
    meta = _meta(
        "某市审计局派出审计组于2023年7月至10月对我司前任董事长张某某任期履行经济责任"
        "进行了审计，现将审计反馈问题的整改情况公告如下：\n一、审计整改责任落实情况\n"
    )
    assert meta.inspection_kind == "审计"
    assert meta.team == "某市审计局"
    assert meta.inspected_organisation == "我司"
    assert meta.period["start"].startswith("2023-07") and meta.period["end"].startswith("2023-10")


def test_dates_whose_units_the_page_lost() -> None:
    """A web page that dropped 年 and 月 (2024717日至830日): read when the digits split
    into a month and a day one way only."""
    meta = _meta(
        "根据市委统一部署,2024717日至830日,市委第六巡察组对市卫健委党委进行了巡察。"
        "914日,巡察组向市卫健委党委反馈了巡察意见。"
    )
    assert (meta.period["start"], meta.period["end"]) == ("2024-07-17", "2024-08-30")
    assert meta.feedback_date["start"] == "2024-09-14"


def test_the_inspected_body_as_the_inspections_object_and_two_organs_before_about() -> None:
    """巡察了X names X; a title line whose two issuing organs a space parts is the title,
    not the opening, so the opening below it is read."""
    meta = _meta(
        "中共某某区长江路街道工作委员会 某某区人民政府长江路街道办事处关于区委巡察反馈意见"
        "整改情况的通报\n根据区委巡察工作统一安排，2023年10月9日至11月24日，区委巡察四组"
        "巡察了长江路街道党工委。2024年1月，区委巡察四组向街道党工委反馈了巡察意见。\n"
    )
    assert meta.inspected_organisation == "长江路街道党工委"
    assert (meta.period["start"], meta.period["end"]) == ("2023-10-09", "2023-11-24")
    assert meta.feedback_date["start"].startswith("2024-01")
    assert meta.issuer.startswith("中共某某区长江路街道工作委员会")


def test_an_institutions_committee_and_the_institution_on_the_line_above_the_title() -> None:
    meta = _meta(
        "中共某市第三人民医院委员会、某市第三人民医院\n关于市委第六轮巡察反馈意见整改进展情况的通报\n"
        "按照市委统一部署，市委第六轮巡察组对市第三人民医院党委开展了常规巡察。\n"
    )
    assert meta.issuer == "中共某市第三人民医院委员会、某市第三人民医院"
    # a site's name alone above the title is no issuer
    meta = _meta(
        "某市第三人民医院\n关于市委第六轮巡察反馈意见整改进展情况的通报\n"
        "按照市委统一部署，市委第六轮巡察组对市第三人民医院党委开展了常规巡察。\n"
    )
    assert meta.issuer is None


def test_one_month_before_the_inspection_is_its_start_only() -> None:
    meta = _meta("巡察组于2023年9月对我校党总支开展了常规巡察。2023年11月，巡察组反馈了巡察意见。")
    assert meta.period["start"].startswith("2023-09") and meta.period["end"] is None
    assert meta.feedback_date["start"].startswith("2023-11")
    meta = _meta("市委第二巡察组于2023年3月至5月对市档案馆党组开展了巡察，6月反馈了巡察意见。")
    assert meta.period["start"].startswith("2023-03") and meta.period["end"].startswith("2023-05")


def test_a_count_of_other_things_completed_is_no_completed_total() -> None:
    meta = _meta(
        "县委第四巡察组对县委宣传部开展了巡察并反馈了意见。反馈意见共指出问题21条，截至10月31日，"
        "已销号17条。\n1.文化惠民工程覆盖不均衡。已完成86个村（社区）综合性文化服务中心提档升级。"
    )
    assert meta.stated_totals.get("completed") == 17
    meta = _meta(
        "县委第四巡察组对县委宣传部开展了巡察并反馈了意见。截至6月底，已完成整改16个，其余2个持续推进。"
    )
    assert meta.stated_totals.get("completed") == 16


def test_a_county_committee_above_a_two_line_title_and_the_end_of_the_stay() -> None:
    meta = _meta(
        "中共泗县县委\n关于省委巡视反馈意见集中整改\n进展情况的通报\n"
        "按照省委统一部署，2023年3月28日至5月30日，省委第六巡视组对泗县开展了常规巡视。"
    )
    assert meta.issuer == "中共泗县县委"
    meta = _meta(
        "根据区委统一部署，区委第2巡察组自2023年4月10日起对晶桥镇开展常规巡察，"
        "至6月9日结束现场巡察，7月27日向镇党委反馈了巡察意见。"
    )
    assert (meta.period["start"], meta.period["end"]) == ("2023-04-10", "2023-06-09")
    assert meta.feedback_date["start"] == "2023-07-27"


def test_a_revisits_total_a_feedback_year_after_an_earlier_years_object_and_tasks_done() -> None:
    meta = _meta(
        "区委第二巡察组于2024年3月11日至4月19日对五老村街道党工委开展了巡察“回头看”，重点检查"
        "2022年区委巡察反馈问题整改落实情况。5月28日，区委第二巡察组向街道党工委反馈了“回头看”"
        "意见，指出上轮巡察整改不到位和新发现的问题共9个。\n对上轮巡察反馈的21个问题逐一复核。"
    )
    assert meta.feedback_date["start"] == "2024-05-28"
    assert meta.stated_totals.get("problems") == 9
    meta = _meta(
        "省委第一巡视组于2023年9月4日至11月10日对沂蒙理工大学党委领导班子及其成员开展了常规巡视。"
        "巡视反馈的4个方面16个具体问题，细化为整改任务58项，截至2024年4月底，已完成整改任务43项。"
    )
    assert meta.inspected_organisation == "沂蒙理工大学党委"
    assert meta.stated_totals.get("problems") == 16
    assert meta.stated_totals.get("completed") is None


def test_an_audit_office_as_first_written_and_a_former_head_with_two_posts() -> None:
    meta = _meta(
        "某某集团有限公司关于原党委书记、董事长经济责任审计发现问题整改情况的通报\n"
        "根据芜湖市审计局年度审计计划，2023年3月6日至4月28日，市审计局派出审计组对我集团原党委"
        "书记、董事长陈某某2019年1月至2022年12月任职期间经济责任履行情况进行了审计，并于2023年"
        "7月3日出具了审计报告。"
    )
    assert meta.team == "芜湖市审计局"
    assert meta.inspected_organisation == "我集团"
    titled = _meta(
        "关于市审计局经济责任审计查出问题整改情况的报告\n根据吉安市审计局年度审计项目计划，"
        "2023年6月5日至8月18日，市审计局对我集团原主要负责人任期经济责任履行情况进行了审计。"
    )
    assert titled.team == "市审计局"  # the title wrote it first, short


def test_totals_in_a_table_like_line_and_in_brackets_and_a_nested_place() -> None:
    meta = _meta(
        "区委第三巡察组于2024年3月11日至4月30日对区水利局党组进行了巡察，6月5日反馈了巡察意见。\n"
        "经梳理，本轮巡察整改总体情况为——反馈问题：21个；整改措施：63条；已完成：18个；持续推进：3个。"
    )
    assert meta.stated_totals == {"problems": 21, "measures": 63, "completed": 18}
    meta = _meta(
        "某集团有限公司关于经济责任审计发现问题整改情况的公告\n"
        "根据泰州市海陵区审计局2024年度审计项目计划，区审计局派出审计组于2024年3月18日至5月10日对"
        "我集团原党委书记、董事长周某某任期经济责任履行情况进行了审计。审计指出问题共计14项，"
        "逐项制定整改措施（共31条），学院党委书记牵头落实整改措施11条。"
    )
    assert meta.team == "泰州市海陵区审计局"
    assert meta.inspected_organisation == "我集团"
    assert meta.stated_totals.get("measures") == 31


def test_review_of_the_eleventh_sessions_metadata_rules() -> None:
    """Inputs of a reviewer's own against the session's rules (each failed once)."""
    meta = _meta(
        "2021年，县委第三巡察组巡察了县卫健局党组，反馈问题18个。\n根据县委统一部署，2024年4月8日至"
        "5月31日，县委第一巡察组对县医保局党组开展了巡察“回头看”。6月20日，巡察组反馈了意见。"
    )
    assert (meta.team, meta.inspected_organisation) == ("县委第一巡察组", "县医保局党组")
    assert meta.period["start"] == "2024-04-08" and meta.feedback_date["start"] == "2024-06-20"
    meta = _meta("区委第三巡察组巡察了区城管局党组书记、局长张某某履职情况。")
    assert meta.inspected_organisation == "区城管局党组"
    meta = _meta("2023年9月、10月，县委第二巡察组对县交通局党组开展了常规巡察。")
    assert (meta.period["start"][:7], meta.period["end"][:7]) == ("2023-09", "2023-10")
    for done, expected in (
        ("已完成23个反馈问题的整改", 23),
        ("已销号22个巡察反馈问题", 22),
        ("已完成86个村（社区）文化中心提档升级", None),
    ):
        totals = _meta("县委第二巡察组对县交通局党组开展了巡察并反馈。截至6月底，" + done + "。")
        assert totals.stated_totals.get("completed") == expected, done
    for earlier in (
        "巡察组在检查中发现上轮巡察反馈的8个问题整改不到位。",
        "对照巡察指出的上一轮巡察反馈问题10个，逐一整改。",
    ):
        totals = _meta("县委第二巡察组对县交通局党组开展了巡察并反馈。" + earlier)
        assert totals.stated_totals.get("problems") is None, earlier


def test_teams_of_rounds_over_towns_and_villages_and_bodies_that_receive_a_team() -> None:
    meta = _meta(
        "关于县委巡察反馈意见整改进展情况的通报\n根据县委统一部署，自2024年3月中旬起，县委对乡镇巡察"
        "第二组对龙泉镇党委开展了为期一个半月的常规巡察。5月下旬，巡察组向镇党委反馈了巡察意见。"
    )
    assert (meta.team, meta.inspected_organisation) == ("县委对乡镇巡察第二组", "龙泉镇党委")
    meta = _meta(
        "根据省委统一部署，2023年10月8日至12月8日，绵阳市接受省委第五巡视组常规巡视。本轮巡视对21个"
        "市（州）和省直单位开展巡视。2024年1月17日，省委第五巡视组向绵阳市委反馈了巡视意见。"
    )
    assert (meta.team, meta.inspected_organisation) == ("省委第五巡视组", "绵阳市")
    # the stay's dates between the body and the verb
    meta = _meta(
        "根据市委统一部署，市教育局党组于2023年4月10日至6月9日接受了市委第三巡察组的常规巡察。"
        "2023年7月20日，巡察组反馈了巡察意见。"
    )
    assert (meta.team, meta.inspected_organisation) == ("市委第三巡察组", "市教育局党组")
    meta = _meta(
        "2023年11月14日—2024年1月12日，被巡视党组织中共韩山师范学院委员会（以下简称校党委）接受了省委"
        "第十巡视组的常规巡视。2024年3月1日，省委第十巡视组向校党委反馈巡视意见。"
    )
    assert meta.team == "省委第十巡视组"
    assert (meta.inspected_organisation, meta.inspected_alias) == (
        "中共韩山师范学院委员会",
        "校党委",
    )
    # the body entered and the one inspected in it
    meta = _meta(
        "市委对村（社区）巡察第二组于2024年4月进驻和顺镇，对清水村党总支开展巡察。6月上旬，巡察组向村"
        "党总支反馈了巡察意见。"
    )
    assert (meta.team, meta.inspected_organisation) == (
        "市委对村（社区）巡察第二组",
        "清水村党总支",
    )
    meta = _meta(
        "2023年5月8日至7月7日，总行党委第三巡察组进驻宜宾分行，对分行党委开展了常规巡察，并反馈了意见。"
    )
    assert meta.inspected_organisation == "宜宾分行"
    meta = _meta(
        "2024年5月6日，市委第三巡察组进驻我院，巡察了市中医医院党委，至6月28日结束现场工作。8月14日，"
        "市委第三巡察组向医院党委反馈巡察意见。"
    )
    assert (meta.period["start"], meta.period["end"]) == ("2024-05-06", "2024-06-28")


def test_a_units_own_audit_report_and_two_organs_signing() -> None:
    meta = _meta(
        "关于经济责任审计发现问题整改情况的报告\n会宁县林业和草原局\n\n根据白银市审计局2024年度审计项目"
        "计划，市审计局派出审计组，于2024年3月18日至4月26日对我局原局长王某某任期经济责任履行情况进行"
        "了审计。2024年6月5日，市审计局出具了审计报告。\n一、整改工作组织情况\n局党组召开专题会议。"
    )
    assert (meta.inspection_kind, meta.issuer) == ("审计", "会宁县林业和草原局")
    assert (meta.team, meta.inspected_organisation) == ("白银市审计局", "我局")
    assert meta.period["end"] == "2024-04-26" and meta.feedback_date["start"] == "2024-06-05"
    # a county made a district after the places were listed (繁昌县 → 繁昌区)
    meta = _meta(
        "关于2022年度部门预算执行审计查出问题整改情况的报告\n繁昌区交通运输局\n根据繁昌区审计局2023年度"
        "审计项目计划，区审计局派出审计组，于2023年3月6日至4月14日对我局2022年度预算执行情况进行了审计。"
    )
    assert meta.team == "繁昌区审计局"
    meta = _meta(
        "关于县委巡察反馈意见整改进展情况的通报\n县委第二巡察组对古市镇党委开展了常规巡察，并反馈了意见。"
        "\n一、整改工作总体情况\n镇党委成立整改工作领导小组，逐项建立问题、任务、责任清单。\n"
        "中共松阳县古市镇委员会\n松阳县古市镇人民政府\n2024年10月12日"
    )
    assert meta.issuer == "中共松阳县古市镇委员会"


def test_a_wider_rounds_problems_are_not_the_notices_own() -> None:
    opening = "县委第二巡察组对水碓村党总支开展了巡察并反馈了意见。"
    for sentence, expected in (
        ("本轮全镇11个村（社区）共被反馈问题52个。本次巡察反馈涉及4个问题。", 4),
        ("据区委巡察办统计，本轮巡察全区共发现问题137个。", None),
        ("此轮联动巡察共反馈问题31个，其中向村党总支反馈问题3个方面9个。", 9),
        ("巡察组共向11个村（社区）反馈问题63个。", 63),
        ("厅党组对照巡视反馈问题清单所列问题29项，制定整改措施103项。", 29),
    ):
        meta = _meta(opening + sentence)
        assert meta.stated_totals.get("problems") == expected, sentence


def test_leaders_inspected_with_the_body_and_an_opening_without_a_year() -> None:
    meta = _meta(
        "十三届县委第五轮巡察第二组从2023年4月10日到6月9日对县交通运输局党组及领导班子开展了常规巡察。"
    )
    assert meta.inspected_organisation == "县交通运输局党组"
    meta = _meta("省委第三巡视组对省林业和草原局党组织和党员干部开展了常规巡视，并反馈了意见。")
    assert meta.inspected_organisation == "省林业和草原局党组织"
    meta = _meta(
        "市委巡察组于2024年3月18日进驻杜桥镇，对杜桥镇党委、政府开展了常规巡察，并反馈了意见。"
    )
    assert meta.inspected_organisation == "杜桥镇党委、政府"
    meta = _meta(
        "市委第四巡察组于9月4日至28日对红光村党支部开展了提级巡察。10月27日，巡察组向村党支部反馈了巡察"
        "意见，指出问题9个。\n一、整改工作开展情况\n村党支部召开专题会议3次研究整改。\n"
        "中共海伦市共合镇红光村支部委员会\n2024年1月15日"
    )
    assert (meta.period["start"], meta.period["end"]) == ("2023-09-04", "2023-09-28")
    assert meta.feedback_date["start"] == "2023-10-27"
    meta = _meta(
        "省委第二巡视组对省林业和草原局党组开展了巡视并反馈。局党组对反馈意见梳理出问题清单4类25项。\n"
        "（一）已整改完成的问题（10个）\n1.关于“师德师风监督机制不健全”的问题。"
    )
    assert (meta.stated_totals.get("problems"), meta.stated_totals.get("completed")) == (25, 10)


def test_audit_reports_of_a_group_or_a_bureau_and_a_share_of_a_wider_feedback() -> None:
    meta = _meta(
        "潍坊某城建集团有限公司关于置业公司专项审计发现问题整改情况的通报\n各部室、各子公司：\n根据集团党委"
        "年度审计工作安排，集团审计部于2023年5月8日至6月16日对宏泰置业公司2021年至2022年经营管理情况"
        "开展了专项审计，7月3日向宏泰置业公司反馈审计意见，指出问题14个。"
    )
    assert (meta.inspection_kind, meta.team, meta.inspected_organisation) == (
        "审计",
        "集团审计部",
        "宏泰置业公司",
    )
    assert meta.period["start"] == "2023-05-08" and meta.feedback_date["start"] == "2023-07-03"
    meta = _meta(
        "关于县审计局乡村振兴补助资金专项审计反馈问题整改情况的报告\n金寨县农业农村局\n县审计局于2023年"
        "6月对县农业农村局2022年度补助资金管理使用情况进行了专项审计，2023年8月21日下达了审计报告。"
        "截至11月15日，问题清单已销号9项。\n一、项目资金管理使用方面的问题\n"
        "1.扶贫项目资产确权登记不完整问题。正在整改。已完成1346项资产确权登记。"
    )
    assert (meta.inspection_kind, meta.team, meta.inspected_organisation) == (
        "审计",
        "县审计局",
        "县农业农村局",
    )
    assert meta.feedback_date["start"] == "2023-08-21"
    assert meta.stated_totals.get("completed") == 9
    meta = _meta(
        "中共遵义市汇川区委员会\n关于落实省委巡视反馈意见整改进展情况的通报\n2023年10月11日至12月20日，"
        "省委第五巡视组对遵义市开展了常规巡视。2024年2月27日，省委巡视组向遵义市委反馈了巡视意见，"
        "其中涉及汇川区的问题9个。"
    )
    assert meta.stated_totals.get("problems") == 9
    meta = _meta(
        "中共晋中市榆次区民政局党组关于巡察整改情况的通报\n根据区委巡察工作统一部署，按照巡察整改和信息公开"
        "有关要求，现将巡察整改情况公布如下。\n一、提高政治站位，压实整改责任\n局党组召开专题会议。"
    )
    assert meta.inspection_kind == "巡察" and meta.inspected_organisation is None


def test_a_bodys_share_of_a_rounds_feedback_and_an_audits_grouped_findings() -> None:
    opening = "市委第二巡察组对团市委党组开展了常规巡察并反馈。"
    for sentence, expected in (
        (
            "本轮巡察市委第二巡察组共对团市委、市文联等6家单位反馈问题87个，其中反馈团市委党组问题14条。",
            14,
        ),
        ("本轮巡察共向8家单位反馈问题104个，其中反馈团市委党组问题5个方面16个。", 16),
        ("对照审计发现的4类9个问题，制定整改措施26条。", 9),
    ):
        assert _meta(opening + sentence).stated_totals.get("problems") == expected, sentence


def test_review_of_the_twelfth_sessions_metadata_rules() -> None:
    """Inputs of a reviewer's own against the session's rules (each failed once)."""
    for text, inspected in (
        ("为全面接受巡察监督，县委第一巡察组于2024年3月对城关镇党委开展了常规巡察。", "城关镇党委"),
        (
            "局党组诚恳接受巡察反馈意见。县委第二巡察组对县水利局党组开展了常规巡察。",
            "县水利局党组",
        ),
        ("县委第一巡察组进驻城关镇，对镇党委、镇政府及下属站所开展了常规巡察。", "城关镇"),
        ("县委第一巡察组进驻县住建局，对该局党组开展了常规巡察。", "县住建局"),
        ("县委第一巡察组进驻和平村，对村党总支开展了常规巡察。", "和平村"),
    ):
        assert _meta(text).inspected_organisation == inspected, text
    opening = "县委第二巡察组对县水利局党组开展了巡察并反馈。"
    for sentence, expected in (
        ("县委坚持上下联动、同向发力，对巡视反馈的4个方面56个问题逐条制定整改措施。", 56),
        ("全县上下坚决扛起整改责任，对巡视反馈的56个问题制定整改措施182条。", 56),
        ("巡察反馈问题4个方面25个，其中涉及选人用人方面的问题5个。", 25),
        ("巡察组共反馈问题25个，其中涉及局机关的问题18个、涉及下属单位的问题7个。", 25),
        ("反馈问题共25个，其中向县水利局党组反馈问题18个，向水管站党支部反馈问题7个。", 25),
        ("本轮巡察，市委共向5个县区反馈问题62个，其中涉及我县的问题为3个方面11个。", 11),
        ("本轮县委对大店镇12个村开展巡察，共反馈问题97个，其中向我村反馈问题8个。", 8),
        ("反馈问题清单共列出具体问题17项，已完成整改14项。", 17),
    ):
        assert _meta(opening + sentence).stated_totals.get("problems") == expected, sentence
    signed = "\n一、整改工作开展情况\n局党组召开专题会议。\n中共某县水利局党组\n"
    meta = _meta(
        "县委第二巡察组于3月4日至4月28日对县水利局党组开展了常规巡察，5月6日反馈了巡察意见。"
        + signed
        + "2024年3月12日"
    )
    assert (meta.period["start"], meta.feedback_date["start"]) == ("2023-03-04", "2023-05-06")
    meta = _meta(
        "县委第二巡察组于11月4日至12月28日对县水利局党组开展了常规巡察，1月6日反馈了巡察意见。"
        + signed
        + "2024年5月12日"
    )
    assert (meta.period["start"], meta.feedback_date["start"]) == ("2023-11-04", "2024-01-06")
    meta = _meta(
        "县委第二巡察组对县水利局党组开展了常规巡察。\n一、整改情况\n局党组召开会议。\n"
        "某县水利局办公室\n中共某县水利局党组\n2024年10月12日"
    )
    assert meta.issuer == "中共某县水利局党组"


def test_a_projects_audit_names_no_audited_body_and_page_fields_end_their_line() -> None:
    meta = _meta(
        "关于城乡供水一体化工程（一期）竣工决算审计发现问题整改情况的报告\n曲靖市麒麟区水务局\n按照区委审计"
        "委员会办公室安排，区审计局派出审计组，于2023年7月12日至9月8日对麒麟区城乡供水一体化工程（一期）"
        "建设管理及竣工决算情况进行了审计，并于2023年10月20日出具了审计报告。"
    )
    assert (meta.team, meta.inspected_organisation) == ("区审计局", None)
    assert meta.period["start"] == "2023-07-12"
    meta = _meta(
        "关于2022年度部门预算执行审计查出问题整改情况的报告\n某县交通运输局\n县审计局于2023年3月6日至4月14日"
        "对城投公司项目管理情况进行了审计。"
    )
    assert meta.inspected_organisation == "城投公司"
    # a page's field line ending in a date is no wrapped line of the title under it
    meta = _meta(
        "中共东山区委组织部　党建工作 > 巡察整改\n索引号：DS-ZZB-2024-0317　　发布机构：中共东山区委组织部"
        "　　成文日期：2024-10-15\n中共东山区蔬园街道工作委员会关于区委第二巡察组巡察反馈意见整改进展情况的通报\n"
        "按照区委巡察工作部署，2024年5月至7月，区委第二巡察组对蔬园街道党工委开展了常规巡察。"
    )
    assert meta.issuer == "中共东山区蔬园街道工作委员会"


def test_thirteenth_session_metadata_rules() -> None:
    # of two organs stacked above the title, the party organ issues
    meta = _meta(
        "中共江山市峡口镇枫石村支部委员会\n江山市峡口镇枫石村村民委员会\n"
        "关于市委对村巡察第三组反馈意见整改情况的通报\n\n根据市委统一部署，2023年9月11日至10月20日，"
        "市委对村巡察第三组对我村党支部开展了巡察。"
    )
    assert meta.issuer == "中共江山市峡口镇枫石村支部委员会"
    opening = "县委第四巡察组对县农业农村局党组开展了常规巡察。"
    totals = _meta(opening + "局党组梳理出4大类15项具体问题，制定整改举措52项。").stated_totals
    assert (totals.get("problems"), totals.get("measures")) == (15, 52)
    # a joint round's notice with a section a body: the counts inside are the body's
    meta = _meta(
        "2023年9月11日至11月10日，县委第三巡察组对县教育局党组、县卫生健康局党组开展了联动巡察。\n"
        "一、县教育局党组整改情况\n县教育局党组认领反馈问题16个，制定整改措施47条。\n"
        "二、县卫生健康局党组整改情况\n县卫生健康局党组认领反馈问题9个。\n"
    )
    assert meta.stated_totals == {}
    # …but a notice of one body with a section of its own keeps its totals
    meta = _meta(
        "县委第三巡察组对县教育局党组开展了巡察。\n一、县教育局党组整改情况\n"
        "县教育局党组认领反馈问题16个，制定整改措施47条。\n"
    )
    assert meta.stated_totals.get("problems") == 16


def test_thirteenth_session_audit_openings_and_dates() -> None:
    meta = _meta(
        "保定市水利局关于原局长任期经济责任审计查出问题整改情况的报告\n市审计局：\n2023年3月6日至4月28日，"
        "市审计局对我局开展了原局长赵某某同志2018年1月至2022年12月任职期间经济责任审计，并于2023年6月"
        "15日出具了审计报告。"
    )
    assert (meta.team, meta.inspected_organisation) == ("市审计局", "我局")
    assert (meta.period["start"], meta.feedback_date["start"]) == ("2023-03-06", "2023-06-15")
    meta = _meta(
        "江西某职业学院关于2023年度内部审计发现问题整改情况的报告\n学院纪委、审计处：\n根据学院2023年度"
        "内部审计工作计划，审计处于2023年9月11日至11月24日，对后勤管理处、继续教育学院等7个二级单位开展了"
        "财务收支审计，12月中旬向各被审计单位送达审计报告。"
    )
    assert meta.team == "审计处" and meta.period["end"] == "2023-11-24"
    meta = _meta(
        "关于2023年度城乡居民基本医疗保险基金专项审计查出问题整改情况的报告\n百色市医疗保障局\n根据自治区"
        "审计厅统一部署，百色市审计局于2023年11月至12月对市医疗保障局管理的2023年度城乡居民基本医疗保险"
        "基金筹集、管理和使用情况开展了专项审计。"
    )
    assert (meta.team, meta.inspected_organisation) == ("百色市审计局", "市医疗保障局")
    # a “回头看”: the earlier round's count is no total, the sum of what is left and new is
    meta = _meta(
        "省委第九巡视组对省林业和草原局党组开展了巡视整改“回头看”，指出原巡视反馈的38个问题中仍有6个问题"
        "整改不到位，同时发现新的问题9个，以上问题共15个。"
    )
    assert meta.stated_totals.get("problems") == 15
    # a yearless opening dated by the notice's date under its title
    meta = _meta(
        "中共祁阳市卫生健康局党组关于市委第一轮巡察整改进展情况的通报\n（2023年9月8日）\n按照市委统一部署，"
        "市委第四巡察组于3月6日至5月10日对市卫生健康局党组开展了常规巡察，6月12日召开巡察反馈会议，"
        "向局党组反馈了巡察意见。"
    )
    assert (meta.period["start"], meta.feedback_date["start"]) == ("2023-03-06", "2023-06-12")
    # the feedback told in the paragraph after the opening
    meta = _meta(
        "根据区委巡察工作统一安排，自2023年3月起，区委第3巡察组对王舍人街道党工委开展常规巡察。\n\n"
        "2023年6月，区委第3巡察组向街道党工委反馈了巡察意见。\n\n1.基层党组织建设推进不平衡问题。"
    )
    assert meta.feedback_date["start"] == "2023-06-01"
    # the stay's end told as 完成现场工作, a period in Chinese numerals
    meta = _meta(
        "2023年9月，市委第六巡察组进驻江西某文旅集团有限公司开展常规巡察，于11月下旬完成现场工作。"
        "2024年1月，市委第六巡察组向集团党委反馈了巡察意见。"
    )
    assert meta.period["end"] is not None and meta.period["end"].startswith("2023-11")
    meta = _meta(
        "十三届省委第三轮巡视第二组于二〇二三年三月至五月对省水利厅党组进行了常规巡视，六月十二日向厅党组"
        "反馈了巡视意见。"
    )
    assert (meta.period["start"], meta.period["end"]) == ("2023-03-01", "2023-05-31")


def test_review_of_the_thirteenth_sessions_metadata_rules() -> None:
    opening = (
        "2023年9月11日至11月10日，县委第三巡察组对县教育局党组、县卫生健康局党组开展了联动巡察"
    )
    sections = (
        "\n一、县教育局党组整改情况\n县教育局党组认领反馈问题16个。\n"
        "二、县卫生健康局党组整改情况\n县卫生健康局党组认领反馈问题9个。\n"
    )
    # a closing summary and the joint round's own count are the notice's
    closing = _meta(
        opening + "。" + sections + "三、总体情况\n两个单位共反馈问题25个，已完成整改23个。"
    )
    assert closing.stated_totals == {"problems": 25, "completed": 23}
    assert _meta(opening + "，共反馈问题25个。" + sections).stated_totals == {"problems": 25}
    # a body named before its projects is the audited body
    meta = _meta(
        "关于审计查出问题整改情况的报告\n某区东城街道办事处\n区审计局于2023年3月6日至4月14日对东城街道2022年度"
        "政府投资项目建设管理情况进行了审计。"
    )
    assert meta.inspected_organisation == "东城街道"
    meta = _meta("县委第二巡察组对市城投集团工程管理有限公司开展了专项巡察。")
    assert meta.inspected_organisation == "市城投集团工程管理有限公司"
    # a date under a long title, a received team with no feedback sentence
    meta = _meta(
        "中共永州市祁阳市卫生健康局党组关于十四届市委第一轮巡察反馈意见整改进展情况的通报\n（2023年9月8日）\n"
        "按照市委统一部署，市委第四巡察组于3月6日至5月10日对市卫生健康局党组开展了常规巡察。"
    )
    assert meta.period["start"] == "2023-03-06"
    meta = _meta(
        "根据县委统一部署，县教育局党组于2023年4月10日至6月9日接受了县委第三巡察组的常规巡察。"
    )
    assert (meta.team, meta.inspected_organisation) == ("县委第三巡察组", "县教育局党组")


def test_a_ministrys_team_keeps_the_he_inside_its_name() -> None:
    meta = _meta("2023年4月，工业和信息化部党组第二巡视组对某工程大学党委开展了巡视。")
    assert meta.team == "工业和信息化部党组第二巡视组"


def test_fourteenth_sessions_stated_totals() -> None:
    """Wordings of the fourteenth session's sets (structured-52/53): a problem list's
    own count, measures broken down as 举措, the done part after a list's size, and a
    bare 已完成N个 that counts things in one problem's measure (not the notice's total)."""
    opening = "县委第二巡察组对县医疗保障局党组开展了常规巡察，2023年12月20日反馈了巡察意见，"
    totals = _meta(opening + "反馈问题清单共列问题14条。").stated_totals
    assert totals.get("problems") == 14
    totals = _meta(
        opening + "梳理形成问题清单27项，细化举措83项。截至6月30日，问题清单27项已销号22项。"
    )
    assert (totals.stated_totals["measures"], totals.stated_totals["completed"]) == (83, 22)
    grouped = (
        opening
        + "现将整改情况公布如下。\n（一）已整改完成的问题（13个）\n1.社区网格员管理不规范问题。"
        "整改情况：清退7人。\n（二）正在推进整改的问题（3个）\n1.农贸市场周边环境治理不彻底问题。"
        "整改情况：街道综合行政执法队已完成126个临时摊位规划。"
    )
    assert _meta(grouped).stated_totals.get("completed") == 13
    for done, expected in (
        ("已完成126个临时摊位规划", None),
        ("已完成整改15个、基本完成1个", 15),
        ("已完成12个（占85.7%）", 12),
        ("已完成12个事项", 12),
        ("已完成12个整改任务", None),
    ):
        assert (
            _meta(opening + "截至6月底，" + done + "。").stated_totals.get("completed") == expected
        ), done
    # a policy's 举措 stay no measures total without 细化
    assert _meta(opening + "出台稳就业举措20项。").stated_totals.get("measures") is None


def test_a_later_rounds_object_and_a_share_of_many_bodies() -> None:
    """structured-54/55: the year of the round a 回头看 checks dates its object, not the
    period; a round over bodies of a kind (8家群团组织) makes the body's share its total;
    已整改到位的13个 completes 13; an institution on its own line above 关于 issues."""
    meta = _meta(
        "按照市委统一部署，市委第一巡察组于2023年8月对西三镇党委开展了巡察“回头看”，重点检查2021年"
        "常规巡察反馈问题整改落实情况。2023年10月26日，巡察组向镇党委反馈了“回头看”意见。"
    )
    assert (meta.period["start"][:7], meta.period["end"]) == ("2023-08", None)
    assert meta.feedback_date["start"] == "2023-10-26"
    meta = _meta(
        "2023年4月10日至6月2日，市委第六巡察组对市妇联党组开展了常规巡察，并于7月5日反馈了巡察意见。"
        "本轮巡察市委共向8家群团组织和市直单位反馈问题104个，其中反馈市妇联党组问题3个方面11个。"
    )
    assert meta.stated_totals["problems"] == 11
    meta = _meta(
        "市委第五巡察组对姚村镇党委进行了常规巡察。镇党委对巡察反馈的3个方面16个问题逐一建立台账。"
        "目前，已整改到位的13个，正在整改的3个。"
    )
    assert (meta.stated_totals["problems"], meta.stated_totals["completed"]) == (16, 13)
    meta = _meta(
        "天津市海工装备研究院\n关于原院长经济责任审计发现问题整改情况的报告\n"
        "按照天津市审计局年度审计项目计划，市审计局派出审计组对我院原院长郑某某任期经济责任履行情况进行了审计。"
    )
    assert (meta.issuer, meta.inspected_organisation) == ("天津市海工装备研究院", "我院")


def test_sixteenth_sessions_unit_audit_reports() -> None:
    """structured-57: a unit's own audit report whose audited years are a range
    (我处2021—2023年…), whose office's team follows it (市审计局审计组对我院…), whose
    author line ends in 处, whose audited years come after the verb (not the period) or
    whose plan's year comes before the month of the fieldwork; a title's short form of a
    group's audit department is the team as first written."""
    meta = _meta(
        "关于2024年度校内审计发现问题整改情况的报告\n\n某某职业学院资产管理处\n\n"
        "2024年4月8日至5月10日，学院审计处对我处2021—2023年资产管理情况开展了内部审计，"
        "并于2024年6月3日下达了审计报告，指出问题6个。现将整改情况报告如下。\n"
    )
    assert (meta.team, meta.inspected_organisation, meta.issuer) == (
        "学院审计处",
        "我处",
        "某某职业学院资产管理处",
    )
    assert (meta.period["start"], meta.period["end"]) == ("2024-04-08", "2024-05-10")
    meta = _meta(
        "中共某某县人民医院委员会关于专项审计反馈问题整改情况的通报\n"
        "2024年3月中旬至5月上旬，县审计局审计组对我院2022年至2023年医保基金使用情况开展了"
        "专项审计。6月12日，县审计局向我院送达审计报告。\n"
    )
    assert (meta.team, meta.inspected_organisation) == ("县审计局", "我院")
    meta = _meta(
        "某某县交通运输局关于公路养护项目专项审计整改情况的报告\n"
        "2024年6月，某某县审计局对我局开展了公路养护项目专项审计，重点审计了该项目2020年至"
        "2023年资金使用情况，并于2024年8月2日出具了审计报告。\n"
    )
    assert meta.period["start"].startswith("2024-06") and meta.period["end"] is None
    meta = _meta(
        "中共某某市卫生健康委员会党组关于部门预算执行审计查出问题整改情况的报告\n"
        "按照某某市审计局2024年度审计项目计划，2024年4月，市审计局派出审计组对市卫生健康委员会"
        "2023年度部门预算执行情况进行了审计，并于2024年7月1日出具审计报告。\n"
    )
    assert meta.period["start"].startswith("2024-04") and meta.period["end"] is None
    meta = _meta(
        "关于集团审计部专项审计反馈问题整改情况的报告\n某某建设有限公司\n"
        "2024年2月1日至3月8日，某某集团审计部对我公司工程管理情况开展了专项审计，"
        "4月2日下达了审计报告。\n"
    )
    assert meta.team == "集团审计部"


def test_seventeenth_sessions_metadata() -> None:
    """A farm inspected by extension after its parent bureau issues the notice: the farm
    is inspected; a list of bodies stays whole; a semester is no period; a share told by
    a self-reference (其中涉及我镇的问题12个) is the notice's total after a joint round's."""
    meta = _meta(
        "中共某某县石门国有林场委员会\n关于县委延伸巡察反馈意见整改情况的通报\n"
        "2023年5月8日至6月30日，县委第四巡察组对县林业和草原局党组开展常规巡察，并对其所属"
        "石门国有林场党委进行了延伸巡察。2023年8月11日，巡察组向林场党委反馈了延伸巡察意见。\n"
    )
    assert meta.inspected_organisation == "石门国有林场党委"
    meta = _meta(
        "中共某某县民政局党组关于县委巡察反馈意见整改情况的通报\n"
        "2023年3月28日至5月30日，县委第三巡察组对县人社局、县民政局党组开展了常规巡察。"
        "6月下旬，县委第三巡察组向局党组反馈了巡察意见。\n"
    )
    assert meta.inspected_organisation == "县人社局、县民政局党组"
    meta = _meta(
        "中共某某职业学院委员会关于巡察整改情况的通报\n"
        "2023年秋季学期，省委教育工委派出巡察组对我院党委开展了常规巡察。2024年1月12日，"
        "巡察组向院党委反馈了巡察意见。\n"
    )
    assert meta.period is None and meta.feedback_date["start"] == "2024-01-12"
    meta = _meta(
        "中共某某县兴国镇委员会\n关于市县联动巡察反馈意见整改进展情况的通报\n"
        "2024年3月11日至5月10日，市委第二巡察组对兴国镇党委开展了市县联动巡察。6月14日，"
        "联动巡察组向镇党委反馈了巡察意见。此轮联动巡察共反馈问题31个，其中涉及我镇的问题12个。\n"
    )
    assert meta.stated_totals["problems"] == 12


def test_a_red_headers_masthead_issues_the_notice() -> None:
    """A masthead (…委员会文件) above a document-number line and a two-line title is the
    issuer, without 文件; a masthead that names no organ gives none."""
    meta = _meta(
        "中共沂水县高桥镇委员会文件\n\n高发〔2024〕18号\n\n关于县委第四巡察组巡察反馈意见\n"
        "整改情况的通报\n各村党支部，镇直各部门：\n根据县委统一部署，2024年3月5日至4月30日，"
        "县委第四巡察组对高桥镇党委开展了常规巡察。\n"
    )
    assert meta.issuer == "中共沂水县高桥镇委员会"
    meta = _meta(
        "学习资料汇编文件\n关于县委巡察反馈意见整改情况的通报\n县委第四巡察组对镇党委开展了巡察。\n"
    )
    assert meta.issuer is None


def test_seventeenth_sessions_review_negatives_in_metadata() -> None:
    """A month before a season stays a month; a breakdown by a self-named part
    (其中涉及我镇党委班子的问题8个) is no share; 已完成18项整改 counts problems done."""
    meta = _meta(
        "关于县委巡察反馈意见整改情况的通报\n2023年3月春季开学后，县委第三巡察组对县教育局党组"
        "开展了常规巡察。5月10日反馈了巡察意见，共反馈问题21个，其中涉及我局党组班子的问题8个。"
        "已完成18项整改，3项正在推进。\n"
    )
    assert meta.period["start"].startswith("2023-03")
    assert meta.stated_totals["problems"] == 21
    assert meta.stated_totals["completed"] == 18


def test_eighteenth_sessions_metadata() -> None:
    """A unit's own audit report whose fieldwork came in two stages (…3月22日、5月5日至…分两个
    阶段对我院…); problems counted as classes (共反馈问题12类) or listed (共列出具体问题26项,
    梳理为4类共32项具体问题)."""
    meta = _meta(
        "根据沂南县审计局2023年度审计项目计划,县审计局派出审计组于2023年3月17日至3月22日、"
        "5月5日至7月12日分两个阶段对我院2020年至2022年财务收支情况进行了专项审计,"
        "并于2023年8月16日下达了审计报告。院党委高度重视审计整改工作,对审计组指出的7个问题"
        "逐一建立整改台账。"
        "截至2023年10月31日,7个问题中已整改到位5个。\n"
    )
    assert (meta.inspection_kind, meta.team, meta.inspected_organisation) == (
        "审计",
        "沂南县审计局",
        "我院",
    )
    assert (meta.period["start"], meta.period["end"]) == ("2023-03-17", "2023-07-12")
    assert meta.feedback_date["start"] == "2023-08-16"
    assert meta.stated_totals == {"problems": 7, "completed": 5}
    for opening, total in (
        ("巡察组共反馈问题12类。校党支部召开专题会议3次。", 12),
        ("局党组梳理形成问题清单，共列出具体问题26项，制定整改举措102项。", 26),
        ("局党组将反馈意见指出的问题梳理为4类共32项具体问题,研究提出整改举措138项。", 32),
    ):
        meta = _meta(
            "根据市委统一部署,2023年3月1日至4月30日,市委第二巡察组对县中学党支部进行了巡察,"
            "5月16日向党支部反馈了巡察意见。\n" + opening + "\n"
        )
        assert meta.stated_totals["problems"] == total


def test_a_committee_office_issues_and_an_audited_heads_duties_end_the_body() -> None:
    """A committee's office on its own line above a 关于 title is the issuer; in an
    economic-responsibility audit the body ends before 原局长经济责任…; 指出4类共17个问题."""
    meta = _meta(
        "中共如东县委办公室\n关于县委巡察反馈意见整改进展情况的报告\n"
        "根据县委统一部署，县委第二巡察组于2023年10月16日至12月15日对县委办公室开展了常规巡察，"
        "2024年1月12日反馈了巡察意见，指出3个方面10个问题。\n"
    )
    assert (meta.issuer, meta.stated_totals["problems"]) == ("中共如东县委办公室", 10)
    meta = _meta(
        "曲靖市麒麟区教育体育局关于经济责任审计反馈问题整改情况的报告\n"
        "根据区审计局2023年度审计项目计划，2023年6月12日至8月18日，区审计局派出审计组对我局"
        "原局长经济责任履行情况进行了审计，并于2023年10月9日出具了审计报告，指出4类共17个问题。\n"
    )
    assert (meta.team, meta.inspected_organisation) == ("区审计局", "我局")
    assert meta.stated_totals["problems"] == 17


def test_nineteenth_sessions_audit_teams_as_first_written() -> None:
    """A title's 关于市审计局… is the team though the opening writes the office with its place
    (兴仁市审计局对我中心…); a title's 关于集团审计部… though the opening writes the group's
    full legal name; an office name longer than twelve characters before 审计 stays whole."""
    meta = _meta(
        "兴仁市就业服务中心关于市审计局财务收支审计发现问题整改情况的报告\n"
        "2024年3月11日至4月19日,兴仁市审计局对我中心2022年至2023年财务收支情况进行了审计,"
        "并于2024年6月3日出具了审计报告。审计报告指出问题6个。\n"
    )
    assert (meta.team, meta.inspected_organisation) == ("市审计局", "我中心")
    meta = _meta(
        "关于集团审计部审计发现问题整改情况的报告\n河北冀交建设工程有限公司\n"
        "2022年11月7日至12月16日，河北冀交投资集团有限公司审计部对我公司2019年至2021年财务收支"
        "进行了专项审计，并于2023年1月5日下达了审计报告，指出问题9个。\n"
    )
    assert meta.team == "集团审计部"
    meta = _meta(
        "关于经济责任审计发现问题整改情况的报告\n广西浔江农村商业银行股份有限公司\n"
        "自治区农村信用社联合社稽核审计中心于2024年3月11日至4月26日对我行原党委书记任期经济责任"
        "履行情况进行了审计，并于2024年6月5日出具了审计报告。\n"
    )
    assert meta.team == "自治区农村信用社联合社稽核审计中心"


def test_nineteenth_sessions_totals() -> None:
    """Totals in the wordings of the nineteenth session's sets, and counts that are none."""
    lead = (
        "根据区委统一部署,2022年4月11日至6月10日,区委第二巡察组对内官营镇党委开展了常规巡察,"
        "7月5日向镇党委反馈了巡察意见。\n"
    )
    for body, totals in (
        (
            "巡察反馈指出的4个方面问题,经逐条分解共计15条。截至10月31日,"
            "其中13条已按时限要求整改完毕。",
            {"aspects": 4, "problems": 15, "completed": 13},
        ),
        (
            "巡察组反馈的意见涉及4个领域、共16项问题,形成整改措施清单,共计措施63项。",
            {"problems": 16, "measures": 63},
        ),
        ("反馈意见点出的问题分属3个方面，合计12个。", {"aspects": 3, "problems": 12}),
        ("此次巡察共反馈问题31个，其中反馈我局问题3个方面10个。", {"aspects": 3, "problems": 10}),
        ("将巡视反馈的4个方面问题分解为93项具体整改任务。", {"aspects": 4}),
        ("联合12个部门开展集中整治,排查隐患1284条,已整改1261条。", {}),
    ):
        assert _meta(lead + body + "\n").stated_totals == totals, body


def test_a_joint_rounds_level_two_body_parts_keep_their_counts() -> None:
    """Under 一、各被巡察党组织整改情况 the parts （一）中益乡党委, （二）黄水镇党委 report one body
    each: their counts are the bodies', the opening's the notice's."""
    meta = _meta(
        "根据县委统一部署,2021年9月6日至10月29日,县委2个巡察组对中益乡、黄水镇2个乡镇党委开展了常规巡察。"
        "巡察组共向2个乡镇党委反馈问题40个,各被巡察党组织共制定整改措施100条。\n"
        "一、各被巡察党组织整改情况\n(一)中益乡党委\n中益乡党委共认领问题21个,已完成整改18个。\n"
        "(二)黄水镇党委\n黄水镇党委共认领问题19个,已完成整改17个。\n"
    )
    assert meta.stated_totals == {"problems": 40, "measures": 100}


def test_a_body_that_received_a_committees_inspection() -> None:
    """我局接受了市委常规巡察: the committee is named, so the body is the inspected one (no
    team is named); 接受巡察监督 names no inspector."""
    meta = _meta(
        "中共佳木斯市市场监督管理局党组关于市委巡察反馈意见整改情况的通报\n"
        "根据市委巡察工作统一部署，2021年9月6日至11月5日，我局接受了市委常规巡察。"
        "2021年12月10日，市委召开巡察反馈会议，向局党组反馈了巡察意见。\n"
    )
    assert (meta.inspected_organisation, meta.team) == ("我局", None)


def test_an_earlier_inspection_told_first_is_background() -> None:
    """An opening that first tells of an earlier round (…曾对运河区开展常规巡视，反馈问题已于
    2020年底前全部整改到位) or an earlier audit (…相关问题已整改完毕) reports the later
    inspection: its team, body, period and feedback; a company on the line above the title
    issues the notice."""
    meta = _meta(
        "中共沧州市运河区委员会关于十一届省委第五轮巡视整改进展情况的通报\n"
        "2019年，省委第五巡视组曾对运河区开展常规巡视，反馈问题已于2020年底前全部整改到位。"
        "按照十一届省委第五轮巡视工作统一部署，2024年4月8日至6月7日，省委第七巡视组对中共沧州市运河区"
        "委员会进行了常规巡视。2024年8月13日，省委第七巡视组向运河区委领导班子反馈了巡视意见。\n"
    )
    assert (meta.team, meta.inspected_organisation) == ("省委第七巡视组", "中共沧州市运河区委员会")
    assert meta.feedback_date["start"] == "2024-08-13"
    meta = _meta(
        "萍乡萍源建设投资有限公司\n关于市委巡察反馈意见整改进展情况的通报\n"
        "2023年8月,市审计局对公司2020年至2022年国有资本经营情况开展了专项审计,相关问题已整改完毕。"
        "按照市委统一部署,2024年3月25日至5月24日,市委第四巡察组对萍乡萍源建设投资有限公司党委开展了"
        "常规巡察,并于2024年6月27日反馈了巡察意见。\n"
    )
    assert meta.issuer == "萍乡萍源建设投资有限公司"
    assert (meta.period["start"], meta.period["end"]) == ("2024-03-25", "2024-05-24")


def test_audit_reports_problems_totals_after_a_comma() -> None:
    """审计报告，共反映问题14项 and 审计报告反映的问题共涉及12个 state the problems."""
    for sentence, total in (
        ("市审计局审计组对本单位进行了审计，并于2024年8月2日出具了审计报告，共反映问题14项。", 14),
        ("市审计局对我中心进行了审计。审计报告反映的问题共涉及12个，已整改到位10个。", 12),
    ):
        assert (
            _meta("关于审计查出问题整改情况的报告\n" + sentence + "\n").stated_totals["problems"]
            == total
        )


def test_nineteenth_sessions_third_round_metadata() -> None:
    """Two stages told one after the other (第一阶段为…，第二阶段为…) span the period; the
    feedback told in the paragraph after a blank line; a completed count of things a
    sentence counted before it (87个违法图斑…已完成整改79个) is no completed total."""
    meta = _meta(
        "根据县委统一部署，县委第一巡察组分两个阶段对湄潭县林业局党组开展了常规巡察，第一阶段为2023年11月27日"
        "至12月22日，第二阶段为2024年1月8日至1月26日。2024年3月14日，县委第一巡察组向县林业局党组反馈了巡察意见。\n"
    )
    assert (meta.period["start"], meta.period["end"]) == ("2023-11-27", "2024-01-26")
    meta = _meta(
        "根据县委统一部署，2024年3月中旬至5月上旬，县委组建3个巡察组，对罗田县教育局党组开展了常规巡察。\n\n"
        "2024年6月18日，县委3个巡察组向县教育局党组集中反馈了巡察意见。\n"
    )
    assert meta.feedback_date["start"] == "2024-06-18"
    meta = _meta(
        "按照县委统一部署，2024年4月，县委第2巡察组对桃源县林业局党组开展了常规巡察，同年6月20日向局党组反馈了巡察意见。\n"
        "1.问题：违法图斑整改滞后。整改情况：对2022年以来的87个违法图斑逐一复核，已完成整改79个，恢复林地126.5亩。\n"
    )
    assert "completed" not in meta.stated_totals


def test_nineteenth_sessions_fourth_round_metadata() -> None:
    """An audit office's fieldwork told from a start (自2024年5月6日起，对…) still opens a
    unit's audit; 9个问题中已有7个按期整改完毕 is the completed total."""
    meta = _meta(
        "根据县委审计委员会统一部署，都昌县审计局自2024年5月6日起，对县人力资源和社会保障局管理的养老保险基金"
        "进行了专项审计，并于7月22日反馈了审计意见。审计共指出问题3个方面10个。\n"
        "截至2024年6月30日，9个问题中已有7个按期整改完毕。\n一、审计发现问题的整改情况\n"
    )
    assert (meta.team, meta.inspected_organisation) == ("都昌县审计局", "县人力资源和社会保障局")
    assert meta.period["start"] == "2024-05-06"
    assert meta.stated_totals["completed"] == 7


def test_review_of_the_nineteenth_session_metadata() -> None:
    """A completed count after a count of other units in a sentence that counted the
    problems is the problems' (涉及5个科室); the inspection's own sentence that mentions quick
    fixes is no background; another office earlier in the text lends no short form; a body
    listed for the round (…被列为…巡察对象) is the inspected one; a team the opening leaves
    unnumbered is the title's numbered one."""
    assert _meta(
        "关于巡察整改情况的通报\n巡察反馈问题15个，涉及5个科室，已整改13个。\n"
    ).stated_totals == {
        "problems": 15,
        "completed": 13,
    }
    meta = _meta(
        "2023年4月10日至6月9日，市委第一巡察组对市财政局党组进行了常规巡察，巡察期间立行立改问题已整改完成。"
        "2023年7月5日，市委第一巡察组向市财政局党组反馈了巡察意见。\n"
    )
    assert (meta.period["end"], meta.feedback_date["start"]) == ("2023-06-09", "2023-07-05")
    meta = _meta(
        "兴仁市就业服务中心关于审计发现问题整改情况的报告\n"
        "安顺市审计局此前审计了下属单位。兴仁市审计局于2024年3月对我中心财务收支情况进行了审计。\n"
    )
    assert meta.team == "兴仁市审计局"
    meta = _meta(
        "中共湘潭县水利局党组\n关于县委巡察反馈意见整改进展情况的通报\n"
        "根据县委统一部署，县水利局党组被列为县委第三轮巡察对象。2023年5月8日—6月30日，县委第二巡察组对局党组"
        "开展了常规巡察。8月10日，县委第二巡察组向局党组反馈了巡察意见。\n"
    )
    assert meta.inspected_organisation == "县水利局党组"
    meta = _meta(
        "中共新兴县天堂镇委员会关于县委第一巡察组\n巡察反馈意见整改进展情况的通报\n"
        "根据县委统一部署，县委巡察组于2023年4月10日至6月9日对天堂镇开展了常规巡察，7月6日向镇党委反馈了巡察意见。\n"
    )
    assert meta.team == "县委第一巡察组"


def test_a_completion_rate_tells_whose_count_is_done() -> None:
    """问题清单19项，…整改措施58条，…已完成16项，完成率84.2%: 16 of 19 is 84.2 %, so the done count
    is the problems'; 反馈问题共涉及8个 states the problems."""
    meta = _meta(
        "根据自治区党委统一部署，自治区党委第三巡视组对自治区商务厅党组进行了常规巡视，9月14日反馈了巡视意见。"
        "厅党组将反馈意见细化为问题清单19项，研究制定整改措施58条，截至12月31日已完成16项，完成率84.2%。\n"
    )
    assert meta.stated_totals == {"problems": 19, "measures": 58, "completed": 16}
    assert _meta("关于巡察整改情况的通报\n反馈问题共涉及8个。\n").stated_totals["problems"] == 8


def test_the_openings_total_over_a_count_under_a_problem() -> None:
    """梳理出问题清单11项 in the opening is the notice's; 反馈问题37个 under a problem is
    a supervision's findings (constructed structured-95 dq05)."""
    text = (
        "根据省委统一部署，省委第十一巡视组对省文化和旅游厅党组开展了专项巡视。厅党组对照反馈意见梳理出问题清单11项。\n"
        "一、巡视反馈问题整改落实情况\n（一）落实意识形态工作责任制有差距\n"
        "1.对直属单位督导检查不深入。整改情况：组成3个督导组开展专项督导，反馈问题37个，已督促整改35个。\n"
    )
    assert _meta(text).stated_totals["problems"] == 11


def test_a_progress_notices_later_completed_count() -> None:
    """第一次通报时已完成整改7个；…累计完成整改11个: the later count is the notice's."""
    text = (
        "根据市委统一部署，市委第五巡察组对市自然资源和规划局机关党委开展了专项巡察。\n一、整改落实总体进展\n"
        "巡察反馈问题3类13个。第一次通报时已完成整改7个；截至10月31日，累计完成整改11个，其余2个正在推进。\n"
    )
    assert _meta(text).stated_totals["completed"] == 11


def test_a_bodys_share_named_by_its_organ() -> None:
    """共反馈问题37个，其中反馈市妇联党组问题3个方面11个: the body's own share."""
    text = (
        "根据市委统一部署，市委第二巡察组对团市委、市妇联、市文联开展了联动巡察。巡察组向团市委党组、"
        "市妇联党组、市文联党组反馈了巡察意见，共反馈问题37个，其中反馈市妇联党组问题3个方面11个。\n"
    )
    assert _meta(text).stated_totals["problems"] == 11


def test_twentieth_sessions_third_round_metadata() -> None:
    """A system's team under a long owner's name (中国邮政集团有限公司临沂市分公司党委…)
    is whole; a committee's office on its own line above a two-line title issues it; a
    body's share named without its organ (其中反馈县档案馆问题3个方面9个) is the notice's."""
    opening = "根据集团党委统一部署，中国邮政集团有限公司临沂市分公司党委第二巡察组对沂水县分公司党委开展了巡察。"
    assert _meta(opening).team == "中国邮政集团有限公司临沂市分公司党委第二巡察组"
    text = (
        "中共松阳县委机构编制委员会办公室\n关于县委第一巡察组巡察反馈意见\n整改进展情况的通报\n\n"
        "根据县委巡察工作统一部署，县委第一巡察组对县委编办开展了巡察。"
    )
    assert _meta(text).issuer == "中共松阳县委机构编制委员会办公室"
    text = (
        "根据县委统一部署，县委第三巡察组对县委党史研究室、县档案馆等5家单位开展了联动巡察。巡察组向5家单位"
        "反馈了巡察意见，共反馈问题58个，其中反馈县档案馆问题3个方面9个。"
    )
    assert _meta(text).stated_totals["problems"] == 9


def test_twentieth_sessions_fifth_round_totals() -> None:
    """An audit report's findings 揭示 or 需整改的; measures written 具体措施N条."""
    opening = "根据区委统一部署,2023年3月1日至4月30日,区委第一巡察组对区教育局党组进行了巡察。\n"
    for sentence, key, value in (
        ("2023年度审计工作报告共揭示问题89个，涉及金额9.86亿元。", "problems", 89),
        ("审计工作报告反映的需整改的428个问题，截至10月底已整改401个。", "problems", 428),
        ("对巡视反馈的3个方面11个问题，细化为整改任务37项、具体措施96条。", "measures", 96),
    ):
        assert _meta(opening + sentence).stated_totals.get(key) == value, sentence


def test_review_of_the_twentieth_sessions_totals() -> None:
    """A breakdown by field or group is no share; two bodies' counts break a total down
    across a ；; a count under a problem does not supersede the notice's earlier-stage one."""
    opening = "根据区委统一部署,区委第一巡察组对区教育局党组进行了巡察。"
    for sentence, key, value in (
        ("共反馈问题4个方面15个，其中反馈选人用人方面问题3个。", "problems", 15),
        ("共反馈问题15个，其中向领导班子反馈问题10个。", "problems", 15),
        (
            "共反馈问题25个，其中向县水利局党组反馈问题18个；向水管站党支部反馈问题7个。",
            "problems",
            25,
        ),
        ("共反馈问题25个，其中反馈县水利局党组问题18个，反馈局属水管站问题7个。", "problems", 25),
        (
            "对照此前制定的整改方案，15个问题已完成整改12个。\n一、整改情况\n1.关于清查的问题\n"
            "对清查发现的8个问题已完成整改6个。",
            "completed",
            12,
        ),
    ):
        assert _meta(opening + sentence).stated_totals.get(key) == value, sentence


def test_prose_before_a_team_is_no_owner() -> None:
    """统一安排部署县委第二巡察组: the team starts at its committee, not inside the prose."""
    text = "根据县委巡察工作统一安排部署县委第二巡察组对县水利局党组开展了巡察。"
    assert _meta(text).team == "县委第二巡察组"


def test_an_untitled_audit_announcement_is_an_audit_notice() -> None:
    """…审计局出具审计报告，指出我镇…存在问题7个。…现将整改结果公告如下: an audited unit's
    announcement with no title is still an audit-rectification notice."""
    text = (
        "2023年8月2日至9月15日，腾冲市审计局对我镇原党委书记任职期间经济责任履行情况进行了审计。"
        "2023年11月6日，市审计局出具审计报告，指出我镇在政策措施落实等方面存在问题7个。"
        "镇党委高度重视，制定整改措施20条。现将整改结果公告如下。\n一、已整改完成的问题（6个）\n"
    )
    meta = _meta(text)
    assert meta.is_notice and meta.inspection_kind == "审计"
    assert meta.stated_totals["problems"] == 7


def test_an_audited_heads_posts_and_names_are_no_part_of_the_body() -> None:
    """我镇原党委书记杨某某、原镇长李某某任职期间…: the audited body is 我镇."""
    text = (
        "2023年8月2日至9月15日，腾冲市审计局对我镇原党委书记杨某某、原镇长李某某任职期间经济责任履行情况"
        "进行了审计。2023年11月6日，市审计局出具审计报告，指出问题7个。现将整改结果公告如下。\n"
    )
    assert _meta(text).inspected_organisation == "我镇"


def test_counts_that_are_not_the_notices_own_total() -> None:
    """An earlier round's problems a 回头看 looks at again, a round's count over many bodies
    whose share told after it is an extension's, and a slogan's numeral in quotes are no
    totals; 在…等3个方面存在问题14个 is one."""
    opening = "根据区委统一部署,区委第一巡察组对区教育局党组进行了巡察。"
    for sentence, key, value in (
        ("同步对2020年区委巡察反馈的9个问题开展“回头看”，防止问题反弹。", "problems", None),
        ("对已完成的11个问题适时开展“回头看”。", "completed", 11),
        (
            "本轮巡视共向14家省直单位党组反馈问题186个，其中向延伸巡视的厅属调水中心党委反馈问题7个。",
            "problems",
            None,
        ),
        ("本轮巡视共向14家省直单位党组反馈问题186个，其中向我局反馈问题17个。", "problems", 17),
        ("反馈意见指出我镇在党的领导、班子建设等3个方面存在问题14个。", "problems", 14),
        (
            '共指出14个问题。镇党委把整改作为检验"两个维护"的标尺，细化整改措施47项，'
            "已完成整改12个，完成率85.7%。",
            "completed",
            12,
        ),
    ):
        assert _meta(opening + sentence).stated_totals.get(key) == value, sentence


def test_an_earlier_rounds_dates_and_deadlines_do_not_date_the_feedback() -> None:
    """此前…曾于2019年…所反馈问题已于2020年底前整改到位: that round's and a deadline; the
    feedback date is the one told after (2023年7月21日…反馈了巡察意见)."""
    text = (
        "根据县委统一部署，2023年4月10日至6月9日，县委第一巡察组对壶镇镇党委开展了常规巡察。"
        "此前，县委第四巡察组曾于2019年对我镇开展过常规巡察，所反馈问题已于2020年底前整改到位。"
        "2023年7月21日，县委第一巡察组向镇党委反馈了巡察意见。"
    )
    feedback = _meta(text).feedback_date
    assert (feedback["start"], feedback["end"]) == ("2023-07-21", "2023-07-21")


def test_a_short_name_defined_after_the_inspected_body() -> None:
    """对全州县住房和城乡建设局(简称“县住建局”)开展了常规巡察: the body as first written,
    the short name's note (简称, as 以下简称) no part of it."""
    text = (
        "根据县委统一部署,2023年10月16日至12月15日,县委第2巡察组对全州县住房和城乡建设局"
        "(简称“县住建局”)开展了常规巡察,2024年1月19日反馈了巡察意见。"
    )
    assert _meta(text).inspected_organisation == "全州县住房和城乡建设局"


def test_review_of_the_twenty_first_sessions_metadata() -> None:
    """A sentence that also mentions the last round's 回头看 still dates the feedback; a
    town's own count stays its total when a share after it is its office's; problems the
    public raised and their done count are no totals; wide gaps in a PDF line part no name."""
    text = (
        "根据县委统一部署，县委第一巡察组对县水利局党组开展了巡察，对上轮巡察整改情况进行了"
        "“回头看”，并于2023年7月5日向局党组反馈了巡察意见。"
    )
    assert _meta(text).feedback_date["start"] == "2023-07-05"
    shares = (
        "县委第二巡察组对我镇及所属3个村开展了巡察，向我镇反馈问题20个，其中向镇机关反馈问题12个。"
    )
    assert _meta(shares).stated_totals.get("problems") == 20
    raised = "对照反馈意见细化整改任务137项。\n一、整改\n3.优化营商环境。梳理企业反映问题1360个，已办结1297个。"
    assert _meta(raised).stated_totals.get("completed") is None
    gap = "根据县委统一部署，县委第一巡察组对县交通运输局   党组开展了巡察。"
    assert _meta(gap).inspected_organisation == "县交通运输局   党组"


def test_economic_responsibility_audits_told_in_other_words() -> None:
    """An office that 组成审计组; a group's audit department auditing 所属 a subsidiary; a
    report's findings after a comma (下达了审计报告，揭示问题14个); an internal audit office
    whose report a sentence of findings follows before the rectification."""
    formed = (
        "按照大理州审计局2023年度审计工作安排,州审计局组成审计组于2023年7月3日至8月18日对我局"
        "原党组书记、局长段某某2018年6月至2022年9月任职期间经济责任履行情况进行了审计,"
        "并于2023年10月26日出具审计报告。局党组制定整改措施31条。"
    )
    meta = _meta(formed)
    assert (meta.inspection_kind, meta.team, meta.inspected_organisation) == (
        "审计",
        "大理州审计局",  # the office as first written
        "我局",
    )
    assert meta.period["start"] == "2023-07-03"
    owned = (
        "2023年10月,集团审计部对所属沂河供水公司原总经理孙某某2020年1月至2023年6月任期经济责任"
        "履行情况进行了离任审计,并于2024年1月5日下达了审计报告,揭示问题14个,涉及金额2615.4万元。"
        "供水公司细化整改举措35项。"
    )
    meta = _meta(owned)
    assert meta.inspected_organisation == "沂河供水公司"
    assert meta.stated_totals.get("problems") == 14
    internal = (
        "审计处于2024年3月18日至4月30日对信息工程学院原院长陈某某2019年9月至2023年12月任期经济责任"
        "履行情况进行了审计，2024年6月12日出具了审计报告。审计报告反映问题3个方面共10项。"
        "\n\n学院党委召开专题会议3次，对照问题清单制定整改措施27条。"
    )
    meta = _meta(internal)
    assert (meta.inspection_kind, meta.team, meta.inspected_organisation) == (
        "审计",
        "审计处",
        "信息工程学院",
    )


def test_the_body_entered_before_a_duration_and_a_fund_a_bureau_runs() -> None:
    """进驻县农业农村局，历时45天，对局党组开展了常规巡察: the body entered; 对我局管理的…基金
    进行了专项审计: 我局, the body that runs the fund; 我街道原党工委书记…: the body only."""
    entered = (
        "按照县委巡察工作统一部署，县委第三巡察组于2023年4月10日进驻县农业农村局，历时45天，"
        "对局党组开展了常规巡察。2023年7月14日，县委第三巡察组向局党组反馈了巡察意见。"
    )
    assert _meta(entered).inspected_organisation == "县农业农村局"
    fund = (
        "会泽县审计局组成审计组,于2023年6月12日至7月21日对我局管理的城乡居民基本医疗保险基金"
        "2021年至2022年筹集、管理和使用情况进行了专项审计,2023年8月25日出具了审计报告。"
        "我局逐项制定整改措施27条。"
    )
    assert _meta(fund).inspected_organisation == "我局"


def test_a_joint_notices_issuer_and_a_count_after_the_concentrated_stage() -> None:
    """Two organs side by side over a joint notice issue it together, as written (DECISIONS);
    a count told at the end of the concentrated stage gives way to the later cumulative one."""
    joint = (
        "中共安溪县委统战部 安溪县民族与宗教事务局\n关于县委巡察反馈意见整改情况的通报\n"
        "根据县委统一部署，县委第二巡察组对县委统战部开展了巡察。"
    )
    assert _meta(joint).issuer == "中共安溪县委统战部 安溪县民族与宗教事务局"
    staged = (
        "县委第四巡察组对县卫生健康委员会党组开展了常规巡察。\n一、整改工作推进情况\n"
        "集中整改期至2023年11月10日结束,完成整改9个;进入第二阶段后,截至2024年1月31日,"
        "反馈的16个问题累计完成整改14个。"
    )
    assert _meta(staged).stated_totals.get("completed") == 14
