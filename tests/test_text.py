"""Text preparation: cleaning for analysis while keeping exact original offsets."""

from __future__ import annotations

import pytest

from extractor.text import prepare
from tests.conftest import ROOT, read_seed


def _monotone(prep) -> bool:
    return all(a < b for a, b in zip(prep.origin, prep.origin[1:], strict=False))


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_offset_map_is_exact_on_every_seed(prefix):
    text = read_seed(prefix)
    prep = prepare(text)
    assert _monotone(prep)
    for i, char in enumerate(prep.text):
        original = text[prep.origin[i]]
        # characters are kept, or folded one-to-one (full-width, punctuation)
        assert char == original or char in "，：；（）？！ " or original.isspace() is False


def test_hard_wrapped_newspaper_lines_are_joined():
    text = read_seed("000")
    prep = prepare(text)
    assert prep.hard_wrapped
    assert "2021年6月23日至7月30日，市委第五巡察组对中共锡山经济技术开发区工作委员会" in prep.text
    start = prep.text.index("2021年6月23日至7月30日")
    ostart, oend = prep.to_original(start, start + len("2021年6月23日至7月30日"))
    assert text[ostart:oend] == "2021年6月23\n日至7月30日"
    # a heading broken over two lines becomes one line
    assert "1、关于“学懂弄通做实新思想有差距”问题的整改。" in prep.text
    # paragraphs stay apart
    assert "一、整改工作组织情况\n" in prep.text
    # the joined breaks, for a display of the caller's text (notice.joined_breaks)
    joined = prep.joined_breaks()
    assert text.index("2021年6月23\n") + len("2021年6月23") in joined
    assert text.index("一、整改工作组织情况\n") + len("一、整改工作组织情况") not in joined
    assert all(text[b] == "\n" for b in joined) and len(joined) > 20


def test_web_page_lines_are_not_joined():
    prep = prepare(read_seed("001"))
    assert not prep.hard_wrapped
    assert prep.joined_breaks() == []
    assert "\n一、巡视整改组织领导情况\n" in prep.text


def test_document_printed_twice_is_analysed_once():
    text = read_seed("002")
    prep = prepare(text)
    assert prep.duplicate_from is not None
    assert text[prep.duplicate_from :].startswith(
        "常熟经济技术开发区党工委关于苏州市委巡察反馈意见"
    )
    assert (
        prep.text.count("常熟经济技术开发区党工委关于苏州市委巡察反馈意见集中整改情况的通报") == 1
    )
    assert len(prep.text) < len(text) / 2 + 100


def test_page_continuation_markers_are_removed():
    text = "全年完成投资12亿元（下转第8版）\n，同比增长5%。(未完,下转A7版)"
    prep = prepare(text)
    assert "下转" not in prep.text
    assert "12亿元" in prep.text


def test_html_leftovers_and_entities():
    text = "<p>2023年&nbsp;完成<b>投资</b>5亿元</p><br/>整改&amp;落实"
    prep = prepare(text)
    assert "<" not in prep.text and "&nbsp;" not in prep.text
    assert "整改&落实" in prep.text
    assert "投资5亿元" in prep.text
    start = prep.text.index("5亿元")
    ostart, oend = prep.to_original(start, start + 3)
    assert text[ostart:oend] == "5亿元"


def test_fullwidth_digits_and_ascii_punctuation():
    text = "完成投资１２３万元,同比增长５.５%"
    prep = prepare(text)
    assert "123万元，同比增长5.5%" in prep.text
    assert len(prep.text) == len(text)


def test_traditional_characters_are_simplified_one_to_one():
    text = "區委巡察組反饋意見後，黨工委立即召開會議，研究部署整改工作，共計整改問題十二個。" * 2
    prep = prepare(text)
    assert prep.traditional
    assert prep.text.startswith("区委巡察组反馈意见后，党工委立即召开会议")
    assert len(prep.text) == len(text)


def test_stray_spaces_between_chinese_characters():
    prep = prepare("中共南通市经济技术开发区工作委员会 关于巡视整改进展情况的通报")
    assert prep.text == "中共南通市经济技术开发区工作委员会关于巡视整改进展情况的通报"


def test_empty_and_whitespace():
    assert prepare("").text == ""
    assert prepare(" \n\t ").text.strip() == ""
    with pytest.raises(TypeError):
        prepare(b"bytes")  # type: ignore[arg-type]


@pytest.mark.parametrize("line_end", ["\r\n", "\r", "\x85", "\u2028", "\u2029", "\x0c"])
def test_every_line_end_becomes_one_newline_mapped_to_the_callers_string(line_end):
    text = f"一、整改工作组织情况{line_end}市委巡察组开展工作。{line_end}二、整改落实情况"
    prep = prepare(text)
    assert prep.text == "一、整改工作组织情况\n市委巡察组开展工作。\n二、整改落实情况"
    first = prep.text.index("\n")
    assert text[prep.origin[first]] in line_end  # CRLF maps to its "\n"
    assert prep.text[first + 1 :].startswith("市委") and text[prep.origin[first + 1]] == "市"


def test_invisible_characters_are_dropped_with_offsets_kept():
    marks = "\u200b\u200c\u200d\u2060\ufeff\u200e\u200f\u202a\u202e\u2066\u2069"
    text = "".join(
        f"{c}{m}" for c, m in zip("中共锡山经济技术开发区工作委员会", marks * 2, strict=False)
    )
    prep = prepare(text)
    assert prep.text == "中共锡山经济技术开发区工作委员会"
    start, end = prep.to_original(0, len(prep.text))
    assert text[start:end].startswith("中") and text[start:end].endswith("会")
    assert all(text[o] == c for o, c in zip(prep.origin, prep.text, strict=True))


def test_lone_surrogates_become_replacement_characters_one_for_one():
    text = "市委巡察组\ud800开展\udfff工作"
    prep = prepare(text)
    assert prep.text == "市委巡察组\ufffd开展\ufffd工作"
    assert prep.origin == tuple(range(len(text)))


def test_copy_with_leading_whitespace_is_found_after_the_indent():
    text = read_seed("001")
    doubled = "\u3000" + text + "\n  " + text
    prep = prepare(doubled)
    assert prep.duplicate_from == len("\u3000" + text + "\n  ") + (len(text) - len(text.lstrip()))


def test_a_long_title_line_is_not_joined_to_the_opening():
    text = (
        "关于十三届省委第八轮巡视第三巡视组对省农业农村厅党组巡视反馈意见整改落实进展情况的通报\n"
        "根据省委统一部署,2021年3月8日至5月30日,省委第三巡视组对省农业农村厅进行了常规巡视。"
    )
    prep = prepare(text)
    assert prep.text.split("\n")[0].endswith("情况的通报")
    # a long line that runs on mid-sentence is still joined (web text wrapped by the editor)
    wrapped = (
        "根据省委统一部署，省委第三巡视组对省农业农村厅进行了常规巡视，巡视组向厅党组反馈了\n意见。"
    )
    assert "\n" not in prepare(wrapped).text


def test_a_word_broken_before_a_comma_numeral_is_joined_in_wrapped_text():
    """举一反\n三，推动…: in hard-wrapped text (34 columns, as from a PDF) a full line
    stopping mid-sentence does not end before 三， (a numeral and a comma, the weakest
    heading marker); a heading after a finished sentence still starts its line."""
    width = 34
    first = "厅党组坚决扛起整改主体责任，先后召开厅党组会议9次、整改工作推进会4次，党组书记与班子成员逐一谈心谈话，层层传导压力。围绕反馈问题举一反"
    first = "整" * (-len(first) % width) + first  # the break falls right after 举一反
    rest = (
        "三，推动建立完善制度19项，修订规范性文件6件，督促各处室抓好落实，确保整改取得实效，"
        "按期对账销号，建立长效机制，巩固整改成果。厅党组定期听取整改进展汇报，对进度滞后的"
        "单位及时督促提醒，对整改不力的严肃追责问责，推动巡视整改各项任务落地见效，以整改"
        "成效推动水利事业高质量发展，切实把巡视整改成果转化为推动工作的强大动力和实际成效。"
    )
    body = first + rest
    lines = [body[i : i + width] for i in range(0, len(body), width)]
    wrapped = "\n".join(["关于巡视整改情况的通报", *lines, "二，下一步工作打算"])
    text = prepare(wrapped).text
    assert "举一反三，推动" in text
    assert "\n二，下一步工作打算" in text


def test_a_full_width_heading_line_is_not_joined_to_the_paragraph_under_it():
    """In hard-wrapped text a problem heading as wide as the column
    (2.关于“…”问题的整改情况) ends its line: the unit that opens the next line
    is not run into it."""
    width = 34
    body = (
        "学校党委把巡视整改作为重大政治任务，召开党委常委会专题研究部署，制定整改方案，"
        "明确责任单位和完成时限，推动整改任务落实落地，确保各项问题整改到位取得实效。"
    )
    body = body * 3
    lines = [body[i : i + width] for i in range(0, len(body), width)]
    heading = "2.关于“科研平台建设质量不高，重大成果产出不足”问题的整改情况"
    assert len(heading) >= width - 4
    after = [body[i : i + width] for i in range(0, len(body), width)]
    wrapped = "\n".join(
        ["关于巡视整改情况的通报", *lines, heading, "科学技术处修订科研平台考核办法。", *after]
    )
    prep = prepare(wrapped)
    assert prep.hard_wrapped
    assert "整改情况\n科学技术处" in prep.text


def _constructed_text(folder: str, doc_id: str) -> str:
    """The text of one constructed development notice."""
    import json

    path = ROOT / "corpus" / "constructed" / folder / "notices.jsonl"
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    return next(r["text"] for r in records if r["id"] == doc_id)


def test_hard_wrapped_notice_under_a_web_page_menu_is_still_joined():
    """Short menu, date and heading lines around a PDF-like column do not hide its width
    (constructed structured-20 uu09): the team's name broken at the wrap comes out whole."""
    text = _constructed_text("structured-20", "uu09")
    assert "市委第二提级\n巡察组" in text
    prepared = prepare(text)
    assert prepared.hard_wrapped
    assert "市委第二提级巡察组对" in prepared.text


def test_indented_first_lines_count_their_indentation_in_a_pdf_column():
    """A PDF paragraph's first line is indented with ideographic spaces and its other
    lines are not: both fill the column, so the text is one wrapped column."""
    line = "　　按照县委巡察工作安排，2023年4月中旬至6月中旬，县委第一巡察组对"
    rest = "县人民医院党委开展了常规巡察，并于2023年7月19日反馈了巡察意见。反"
    text = "\n".join(
        ["中共某县人民医院委员会关于县委巡察反馈意见整改情况的通报", line, rest]
        + ["馈意见共指出问题16条，目前已完成整改12条，4条正在整改中。现将有关情", "况通报如下。"]
        + ["　　一、整改落实情况", line, rest, "况通报如下。", "　　二、下一步打算", line, rest]
    )
    cleaned = prepare(text).text
    assert "县委第一巡察组对县人民医院党委开展了常规巡察" in cleaned


def test_an_ideographic_space_inside_a_line_parts_a_tables_cells():
    import extractor

    text = (
        "二、整改落实情况\n序号　问题　整改措施　责任单位　完成时限\n"
        "1　培训监管不到位　开展联合执法检查　基础教育股、县市场监管局　2024年3月\n"
    )
    orgs = [e.text for e in extractor.extract(text, backend="rules").entities if e.label == "ORG"]
    assert orgs == ["基础教育股", "县市场监管局"]


def test_short_headings_over_wide_paragraphs_are_no_column():
    """Notices whose headings (about 20 characters) are half the lines are no
    hard-wrapped column when many lines run far wider: a heading line stays its own."""
    heads = [
        "（一）教学管理制度执行还不够严格【已完成】",
        "（二）实验室安全管理存在漏洞——持续推进",
        "（三）招生宣传工作规范程度不高（已整改）",
        "（四）后勤服务质量有待进一步提高【已完成】",
        "（五）科研经费报销审核把关不够严格到位",
        "（六）资产处置程序执行不够规范到位问题",
        "（七）校园网络安全防护能力还不够强问题",
        "（八）基层党支部组织生活开展不够规范",
    ]
    lines = ["中共某某职业学院委员会关于巡察整改情况的通报"]
    for n, head in enumerate(heads):
        lines.append(head)
        if n % 3 != 2:
            lines.append("学院修订管理办法，开展专项检查，" * (n % 3 + 2) + "建立长效机制。")
    prep = prepare("\n".join(lines) + "\n")
    assert not prep.hard_wrapped
    assert "教学管理制度执行还不够严格【已完成】\n学院修订" in prep.text


def test_a_wrapped_ledger_is_joined_though_its_field_lines_are_short():
    """A ledger pasted from a PDF (责任单位：…, 完成时限：… lines under each problem) has
    more short lines than full ones; the width many longer lines share exactly is the
    column (constructed structured-97 ds04: the team and the feedback day broken)."""
    text = _constructed_text("structured-97", "ds04")
    assert "市委第五\n巡察组" in text
    prepared = prepare(text)
    assert prepared.hard_wrapped
    assert "市委第五巡察组对" in prepared.text
    assert "5月17日反馈" in prepared.text
    assert "完成情况：已完成\n问题2" in prepared.text  # field lines keep their breaks


def test_web_lines_of_one_length_are_no_column():
    """Short field lines of one length (完成情况：已完成) in a web-style ledger make no
    column: nothing is joined."""
    statements = [
        "部分村集体经济合同管理不规范，未按规定公开招标。",
        "村务公开不及时。",
        "惠民资金发放审核把关不严，存在重复发放现象。",
        "小微权力清单执行不到位。",
        "村级工程项目验收流于形式，部分项目资料缺失严重。",
        "集体资产台账不全。",
    ]
    text = "一、问题整改台账\n" + "".join(
        f"问题{i}：{s}\n完成情况：已完成\n责任单位：镇经管站\n" for i, s in enumerate(statements, 1)
    )
    prepared = prepare(text)
    assert not prepared.hard_wrapped
    assert prepared.text.count("\n") == text.count("\n")


def test_paragraph_breaks_a_page_flattened_into_spaces_are_restored():
    """Web text copied without its line breaks keeps a paragraph's indent (　　) or a space
    before each heading: …通报如下。　　一、整改工作组织情况　　局党组… reads as lines again,
    with every offset still pointing into the caller's text."""
    import extractor

    text = (
        "根据县委统一部署，县委第二巡察组对县水利局党组开展了巡察。现将整改情况通报如下。"
        "　　一、整改工作组织情况　　局党组高度重视，召开会议3次。"
        "　　二、反馈问题整改情况　　（一）关于“理论学习不深入”问题的整改　　修订学习制度。"
    )
    notice = extractor.extract(text, backend="rules")
    assert [(h.level, h.kind) for h in notice.headings] == [
        (1, "section"),
        (1, "section"),
        (2, "problem"),
    ]
    assert [text[h.start : h.end] for h in notice.headings][0] == "一、整改工作组织情况"
    spaced = text.replace("　　", " ")
    assert len(extractor.extract(spaced, backend="rules").headings) == 3
    # a PDF's stray space inside a heading's title, or one space after it, parts nothing
    assert prepare("一、整改工作 组织情况\n局党组召开会议。").text.count("\n") == 1


def test_a_heading_glued_to_the_sentence_before_it():
    """…通报如下。一、整改工作组织情况…: a Chinese-numeral heading glued to a paragraph's
    last 。 opens a line; a run-on (2) or 2. inside a paragraph stays in it (DECISIONS)."""
    text = (
        "根据县委统一部署，县委第二巡察组对县水利局党组开展了巡察。现将整改情况通报如下。一、整改工作组织情况。"
        "局党组高度重视，召开会议3次，明确整改措施。（二）关于全面从严治党方面的问题。修订制度。"
    )
    prepared = prepare(text)
    assert "通报如下\n一、整改工作组织情况" in prepared.text
    assert "措施\n（二）关于" in prepared.text
    run_on = "对失信被执行人开展集中清理，纳入名单412名。(2)强化失信联合惩戒。2.加强宣传。"
    assert "\n" not in prepare(run_on).text


def test_list_items_and_spaced_titles_are_no_flattened_paragraphs():
    """Spaces before (1), ① or a bracketed area code after ：/；, and two spaces inside a
    heading's title, part nothing (the review of the twentieth session)."""
    for text in (
        "局党组采取以下措施: (1)修订财务报销制度2项; (2)追回违规资金3.5万元; (3)约谈2人。",
        "①修订财务报销制度2项 ②追回违规资金3.5万元 ③约谈责任人2名",
        "联系电话： (028)86001234；邮政编码：610000",
        "一、提高政治站位  压实整改责任",
        "（1）针对资金管理问题，局党组  立即组织开展专项清查，追回资金3万元。",
    ):
        assert "\n" not in prepare(text).text, text


def test_an_inline_list_after_semicolons_is_no_heading():
    """…主要包括：一、加强理论学习；二、完善制度建设；三、…: a list inside one sentence."""
    text = "局党组研究制定了整改措施，主要包括以下几个方面：一、加强理论学习，提高认识；二、完善制度建设，规范管理。"
    assert "\n" not in prepare(text).text


def test_a_column_wrapped_by_display_width_is_joined():
    """A PDF that wraps at a width, not at a character count, holds more characters on a
    line full of figures and ASCII commas (…,2023年9月4日至11月3日,委党组第一⏎巡视组…):
    the column is still read and the team broken at the wrap comes out whole."""
    lines = [
        "按照国家发展改革委党组巡视工作规划,2023年9月4日至11月3日,委党组第一",
        "巡视组对价格司、社会发展司和经贸司开展了巡视,并于2023年12月分别向3个",
        "司局党支部反馈了巡视意见。本轮巡视共反馈问题27个,3个司局党支部制定整",
        "改措施88条。截至2024年3月底,已完成整改24个,其余问题纳入常态化整改。",
        "委直属机关党委对整改工作进行了跟踪督导。现将整改进展情况通报如下:",
        "一、各司局巡视整改情况",
        "(一)价格司",
        "1.关于重要民生商品价格监测预警不够及时的问题",
        "价格司党支部牵头完善重要民生商品价格监测制度,将监测品种由36种扩展至5",
        "2种,在广西、贵州、江西等10个省份新增价格监测点340个;会同国家统计局建",
        "立数据共享机制。",
    ]
    prepared = prepare("\n".join(lines))
    assert prepared.hard_wrapped
    assert "委党组第一巡视组对价格司" in prepared.text
    assert "由36种扩展至52种" in prepared.text
    assert "一、各司局巡视整改情况\n" in prepared.text
