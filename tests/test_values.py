"""Value normalisation: one row per case, the nasty ones included."""

from __future__ import annotations

import json
from pathlib import Path

import cn2an
import pytest

from extractor.numerals import parse_cn_integer, parse_number
from extractor.values import ValueNormalizer, normalize, parse_date

ROOT = Path(__file__).resolve().parents[1]


# --- numerals ---------------------------------------------------------------------

CLEAN_NUMERALS = [
    "二十一",
    "一万零五",
    "两千",
    "一百零五",
    "五千万",
    "一亿二千万",
    "三千零六",
    "十二",
    "一千",
]


@pytest.mark.parametrize("text", CLEAN_NUMERALS)
def test_chinese_integers_agree_with_cn2an(text: str) -> None:
    assert parse_cn_integer(text) == cn2an.cn2an(text, "normal")


@pytest.mark.parametrize(
    ("text", "value", "maximum", "approximate"),
    [
        ("两三", 2, 3, True),  # cn2an: 23
        ("十几", 11, 19, True),  # cn2an raises
        ("二十几", 21, 29, True),
        ("数十", 20, 90, True),
        ("几百", 200, 900, True),
        ("三四十", 30, 40, True),
        ("百余", 100, None, True),
        ("上百", 100, None, True),
        ("1600余", 1600, None, True),
        ("2163万余", 21_630_000, None, True),
        ("3000多万", 30_000_000, None, True),
        ("1.6万", 16_000, None, False),  # cn2an strict/normal raise
        ("3百万", 3_000_000, None, False),
        ("2-3", 2, 3, False),
        ("2-3万", 20_000, 30_000, False),
        ("1,600", 1600, None, False),
        ("１２０", 120, None, False),
        ("约20", 20, None, True),
        ("100以上", 100, None, False),
        ("二〇二三", 2023, None, False),
        ("零点五", 0.5, None, False),
        ("三点五万", 35_000, None, False),
        ("一万五", 15_000, None, False),
        ("二百五", 250, None, False),
    ],
)
def test_parse_number(text: str, value: float, maximum: float | None, approximate: bool) -> None:
    parsed = parse_number(text)
    assert parsed is not None
    assert parsed.value == pytest.approx(value)
    assert parsed.max == (None if maximum is None else pytest.approx(maximum))
    assert parsed.approximate is approximate


@pytest.mark.parametrize("text", ["两点半", "", "第五", "十百", "abc", "十十"])
def test_not_numbers(text: str) -> None:
    assert parse_number(text) is None


def test_cn2an_known_failures_are_handled() -> None:
    """The cases the module exists for: cn2an reads 两三 as 23 and raises on 十几."""
    assert cn2an.cn2an("两三", "smart") == 23
    with pytest.raises(ValueError):
        cn2an.cn2an("十几", "smart")
    assert parse_number("两三").max == 3  # type: ignore[union-attr]


# --- DATE ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "end", "granularity"),
    [
        ("2021年6月23日至7月30日", "2021-06-23", "2021-07-30", "day"),
        ("2021年6月23\n日至7月30日", "2021-06-23", "2021-07-30", "day"),
        ("2023年4月17日至6月28日", "2023-04-17", "2023-06-28", "day"),
        ("2020-2022年", "2020-01-01", "2022-12-31", "year"),
        ("2024年3月至4月", "2024-03-01", "2024-04-30", "month"),
        ("2023年1-6月", "2023-01-01", "2023-06-30", "month"),
        ("2023年底", "2023-12-31", "2023-12-31", "year"),
        ("2024年年底", "2024-12-31", "2024-12-31", "year"),
        ("2024年初", "2024-01-01", "2024-01-01", "year"),
        ("2023年上半年", "2023-01-01", "2023-06-30", "half"),
        ("2023年半年度", "2023-01-01", "2023-06-30", "half"),
        ("2024年一季度", "2024-01-01", "2024-03-31", "quarter"),
        ("2024年第四季度", "2024-10-01", "2024-12-31", "quarter"),
        ("2023年前三季度", "2023-01-01", "2023-09-30", "quarter"),
        ("2023年度", "2023-01-01", "2023-12-31", "year"),
        ("2024年8月底", "2024-08-31", "2024-08-31", "month"),
        ("2024年2月", "2024-02-01", "2024-02-29", "month"),
        ("2024-05-11 14:10:47", "2024-05-11T14:10:47", "2024-05-11T14:10:47", "datetime"),
        ("２０２４年５月７日", "2024-05-07", "2024-05-07", "day"),
        ("二〇二三年十月", "2023-10-01", "2023-10-31", "month"),
        ("二〇二三年十月二十三日", "2023-10-23", "2023-10-23", "day"),
        ("2023", "2023-01-01", "2023-12-31", "year"),
        ("截至2021年底", "2021-12-31", "2021-12-31", "year"),
        ("2023年以来", "2023-01-01", "2023-12-31", "year"),
    ],
)
def test_explicit_dates(text: str, start: str, end: str, granularity: str) -> None:
    value = normalize("DATE", text)
    assert value is not None
    assert (value["start"], value["end"], value["granularity"]) == (start, end, granularity)
    assert value["year_inferred"] is False


def test_year_end_is_a_point_marked_as_part() -> None:
    assert normalize("DATE", "2023年底")["part"] == "end"  # type: ignore[index]
    assert "part" not in normalize("DATE", "2023年")  # type: ignore[operator]


def test_a_quarters_end_is_its_last_day() -> None:
    """三季度末: the quarter's last day, marked as its end; a bare quarter spans it."""
    end = normalize("DATE", "2024年三季度末")
    assert (end["start"], end["end"], end["part"]) == ("2024-09-30", "2024-09-30", "end")  # type: ignore[index]
    start = normalize("DATE", "2023年第一季度初")
    assert (start["start"], start["end"], start["part"]) == ("2023-01-01", "2023-01-01", "start")  # type: ignore[index]
    whole = normalize("DATE", "2024年三季度")
    assert (whole["start"], whole["end"]) == ("2024-07-01", "2024-09-30")  # type: ignore[index]
    assert "part" not in whole  # type: ignore[operator]


@pytest.mark.parametrize(
    "text",
    [
        "(20)湛仲字第2号",
        "苏ICP备08115729号-2",
        "苏政发〔2023〕12号",
        "2月30日",
        "13月",
        "3个月",
        "三年",
        "两点半",
        "",
        "年底",
    ],
)
def test_not_dates(text: str) -> None:
    assert normalize("DATE", text) is None


def test_year_is_inferred_from_the_last_year_written() -> None:
    """Seed 000: 10月16日 after 2021年9月18日 is 2021-10-16."""
    normalizer = ValueNormalizer()
    assert normalizer("DATE", "2021年9月18日")["start"] == "2021-09-18"  # type: ignore[index]
    later = normalizer("DATE", "10月16日")
    assert later == {
        "start": "2021-10-16",
        "end": "2021-10-16",
        "granularity": "day",
        "year_inferred": True,
    }
    assert normalizer("DATE", "2020-2022年")["end"] == "2022-12-31"  # type: ignore[index]
    assert normalizer("DATE", "5月")["start"] == "2022-05-01"  # type: ignore[index]
    assert normalizer("DATE", "4月8日—9日")["end"] == "2022-04-09"  # type: ignore[index]
    assert normalizer("DATE", "一季度")["end"] == "2022-03-31"  # type: ignore[index]


def test_reference_year_before_any_explicit_year() -> None:
    assert ValueNormalizer(reference_year=2024)("DATE", "4月9日")["start"] == "2024-04-09"  # type: ignore[index]
    unknown = ValueNormalizer()("DATE", "4月9日")
    assert unknown is not None and unknown["start"] is None and unknown["granularity"] == "day"


def test_stateless_parser_reports_the_written_year() -> None:
    parsed = parse_date("2023年4月17日至6月28日")
    assert parsed is not None and parsed[1] == 2023
    assert parse_date("6月28日") is not None and parse_date("6月28日")[1] is None  # type: ignore[index]


# --- AMOUNT, COUNT, PERCENT, QUANTITY, ORG -------------------------------------------


@pytest.mark.parametrize(
    ("text", "amount", "currency", "unit", "approximate"),
    [
        ("152万元", 1_520_000, "CNY", "万元", False),
        ("29.02万元", 290_200, "CNY", "万元", False),
        ("2163万余元", 21_630_000, "CNY", "万元", True),
        ("320余万元", 3_200_000, "CNY", "万元", True),
        ("1亿美元", 100_000_000, "USD", "亿美元", False),
        ("3000万美元", 30_000_000, "USD", "万美元", False),
        ("亿元", 100_000_000, "CNY", "亿元", False),
        ("五千万元", 50_000_000, "CNY", "万元", False),
        ("1000亿\n元", 100_000_000_000, "CNY", "亿元", False),
        ("38.35亿元", 3_835_000_000, "CNY", "亿元", False),
        ("5千元", 5_000, "CNY", "千元", False),
        ("约5万元", 50_000, "CNY", "万元", True),
        ("100万元左右", 1_000_000, "CNY", "万元", True),
        ("人民币5亿元", 500_000_000, "CNY", "亿元", False),
    ],
)
def test_amounts(text: str, amount: float, currency: str, unit: str, approximate: bool) -> None:
    value = normalize("AMOUNT", text)
    assert value is not None
    assert value["amount"] == pytest.approx(amount)
    assert (value["currency"], value["unit"], value["approximate"]) == (currency, unit, approximate)


@pytest.mark.parametrize(
    ("text", "value", "unit", "approximate", "maximum"),
    [
        ("11家", 11, "家", False, None),
        ("4个", 4, "个", False, None),
        ("1600余人次", 1600, "人次", True, None),
        ("30余个", 30, "个", True, None),
        ("2-3名", 2, "名", False, 3),
        ("两三个", 2, "个", True, 3),
        ("十几个", 11, "个", True, 19),
        ("数十家", 20, "家", True, 90),
        ("百余人", 100, "人", True, None),
        ("上百家", 100, "家", True, None),
        ("一千户", 1000, "户", False, None),
        ("两个", 2, "个", False, None),
        ("120 家", 120, "家", False, None),
        ("10余\n\n场", 10, "场", True, None),
        ("1.4万人", 14_000, "人", False, None),
        ("3.6万余人次", 36_000, "人次", True, None),
        ("53家次", 53, "家次", False, None),
    ],
)
def test_counts(
    text: str, value: float, unit: str, approximate: bool, maximum: float | None
) -> None:
    parsed = normalize("COUNT", text)
    assert parsed is not None
    assert parsed["value"] == pytest.approx(value)
    assert (parsed["unit"], parsed["approximate"]) == (unit, approximate)
    assert parsed.get("max") == maximum


@pytest.mark.parametrize(
    ("text", "value", "unit", "maximum"),
    [
        ("111.67%", 111.67, "%", None),
        ("96.4%", 96.4, "%", None),
        ("１１％", 11, "%", None),
        ("2个百分点", 2, "percentage_point", None),
        ("1.68个百分点", 1.68, "percentage_point", None),
        ("0.5个百分点", 0.5, "percentage_point", None),
        ("百分之二十", 20, "%", None),
        ("5‰", 0.5, "%", None),
        ("千分之五", 0.5, "%", None),
        ("20%-30%", 20, "%", 30),
    ],
)
def test_percents(text: str, value: float, unit: str, maximum: float | None) -> None:
    parsed = normalize("PERCENT", text)
    assert parsed is not None
    assert parsed["value"] == pytest.approx(value)
    assert parsed["unit"] == unit
    assert parsed.get("max") == (None if maximum is None else pytest.approx(maximum))


@pytest.mark.parametrize(
    ("text", "value", "unit", "written"),
    [
        ("1.6万平方米", 16_000, "平方米", "平方米"),
        ("7万平米", 70_000, "平方米", "平米"),
        ("14万㎡", 140_000, "平方米", "㎡"),
        ("12670平方米", 12_670, "平方米", "平方米"),
        ("19.88平方公里", 19.88, "平方千米", "平方公里"),
        ("2800千米", 2800, "千米", "千米"),
        ("30公里", 30, "千米", "公里"),
        ("13.5吨", 13.5, "吨", "吨"),
        ("4.2万吨", 42_000, "吨", "吨"),
        ("120亩", 120, "亩", "亩"),
        ("500千瓦", 500, "千瓦", "千瓦"),
        ("12英寸", 12, "英寸", "英寸"),
        ("3公顷", 3, "公顷", "公顷"),
        ("5万立方米", 50_000, "立方米", "立方米"),
    ],
)
def test_quantities(text: str, value: float, unit: str, written: str) -> None:
    parsed = normalize("QUANTITY", text)
    assert parsed is not None
    assert parsed["value"] == pytest.approx(value)
    assert (parsed["unit"], parsed["unit_written"]) == (unit, written)


def test_org_name_drops_layout_whitespace() -> None:
    assert normalize("ORG", "锡山经\n济技术开发区党工委") == {"name": "锡山经济技术开发区党工委"}


@pytest.mark.parametrize(
    ("label", "text"),
    [
        ("AMOUNT", "元"),
        ("AMOUNT", "若干元"),
        ("COUNT", "个"),
        ("COUNT", "3个月"),
        ("COUNT", "多个"),
        ("PERCENT", "%"),
        ("QUANTITY", "平方米"),
        ("ORG", " \n "),
        ("UNKNOWN", "11家"),
        ("DATE", "\x00\x01"),
        ("COUNT", "9" * 400 + "家"),
    ],
)
def test_odd_text_gives_none_without_raising(label: str, text: str) -> None:
    value = normalize(label, text)
    assert value is None or isinstance(value, dict)
    if label in {"UNKNOWN", "ORG"} or text in {"元", "个", "%", "平方米", "3个月", "多个"}:
        assert value is None


def test_every_gold_span_normalises() -> None:
    """Each gold mention of the five seeds gets a value (dates need a year in
    the document or a reference year; the news page 004 has none before its
    first date)."""
    gold_files = sorted((ROOT / "corpus" / "gold").glob("*.jsonl"))
    if not gold_files:
        pytest.skip("no gold corpus")
    missing = []
    for path in gold_files:
        record = json.loads(path.read_text(encoding="utf-8").splitlines()[0])
        normalizer = ValueNormalizer(reference_year=2024)
        for span in sorted(record["spans"], key=lambda s: s["start"]):
            text = record["text"][span["start"] : span["end"]]
            value = normalizer(span["label"], text)
            if value is None or (span["label"] == "DATE" and value["start"] is None):
                missing.append((record["id"], span["label"], text))
    assert missing == []


# ---------------------------------------------------------------- bounds and guesses


@pytest.mark.parametrize(
    ("label", "text", "before", "after", "bound", "approximate"),
    [
        # the qualifier outside the span, as the guideline annotates it
        ("AMOUNT", "亿元", "完成落地超", "产业项目", "at_least", False),
        ("AMOUNT", "5000万元", "67%，超", "项目54", "at_least", False),
        ("AMOUNT", "10亿元", "总投资", "以上项目", "at_least", False),
        ("AMOUNT", "5万元", "亩均税收", "以下工业", "at_most", False),
        ("AMOUNT", "100亿元", "目总投资不低于", "。", "at_least", False),
        ("AMOUNT", "50万元", "单笔不超过", "的", "at_most", False),
        ("AMOUNT", "1000亿元", "产值突破", "。", "at_least", False),
        ("COUNT", "20家", "全市近", "，", None, True),
        ("COUNT", "1960余人", "培训约", "。", None, True),
        ("AMOUNT", "90万元", "营业额约", "，", None, True),
        ("COUNT", "30个", "新增", "左右。", None, True),
        # qualifiers inside the span count as well
        ("AMOUNT", "超亿元", "", "", "at_least", False),
        ("COUNT", "5家以上", "", "", "at_least", False),
        # nothing that touches the number: an exact figure
        ("AMOUNT", "152万元", "1家，处罚", "，信访投", None, False),
        ("COUNT", "25个", "一季度", "市级以上重点", None, False),
        ("AMOUNT", "1亿美元", "造、总投资", "的第四代", None, False),
    ],
)
def test_bounds_and_approximations_from_the_words_around(
    label: str, text: str, before: str, after: str, bound: str | None, approximate: bool
) -> None:
    value = ValueNormalizer()(label, text, before=before, after=after)
    assert value is not None
    assert value["threshold"] is (bound is not None)
    assert value.get("bound") == bound
    assert value["approximate"] is approximate


def test_the_qualifier_must_touch_the_number() -> None:
    """超 three characters before the figure says nothing about it."""
    value = ValueNormalizer()("AMOUNT", "5亿元", before="超额完成", after="任务")
    assert value is not None and value["threshold"] is False


@pytest.mark.parametrize("before", ["个，已签约", "累计节约", "项目附近", "全力赶超"])
def test_words_ending_in_a_qualifier_are_not_one(before: str) -> None:
    """已签约100亿元 (seed 000) is a signed sum, not "about" one."""
    value = ValueNormalizer()("AMOUNT", "100亿元", before=before, after="项目")
    assert value is not None
    assert (value["approximate"], value["threshold"]) == (False, False)


def test_sums_per_currency_leave_bounds_out() -> None:
    from extractor.values import sum_amounts
    from extractor.values.totals import format_money

    normalise = ValueNormalizer()
    values = [
        normalise("AMOUNT", "亿元", before="落地超", after="产业"),  # bound: out
        normalise("AMOUNT", "1亿美元", before="总投资", after="的"),  # USD, apart
        normalise("AMOUNT", "3.5亿元", before="资金", after="，"),
        normalise("AMOUNT", "120万元", before="追回约", after="。"),
        normalise("AMOUNT", "元"),  # unreadable
    ]
    totals = sum_amounts(values)
    assert totals.yuan == pytest.approx(351_200_000)
    assert totals.by_currency["USD"] == 100_000_000
    assert (totals.summed, totals.thresholds, totals.unread) == (3, 1, 1)
    assert totals.approximate == {"CNY"}
    assert totals.describe_foreign() == "1 亿美元"
    assert sum_amounts([]).yuan is None
    assert format_money(1_520_000) == "152 万元"
    assert format_money(30_000_000, "HKD", approximate=True) == "约 3,000 万港元"


def test_a_bound_after_coordinated_figures_governs_them_all() -> None:
    from dataclasses import dataclass

    from extractor.values import share_bounds

    @dataclass
    class M:
        start: int
        end: int
        label: str
        value: dict | None

    def mentions(text: str, *spans: tuple[str, str]) -> list[M]:
        normalise, out, at = ValueNormalizer(), [], 0
        for surface, label in spans:
            start = text.index(surface, at)
            end = at = start + len(surface)
            before, after = text[max(0, start - 4) : start], text[end : end + 4]
            out.append(M(start, end, label, normalise(label, surface, before=before, after=after)))
        share_bounds(text, out)
        return out

    # seed 003: 新签约注册5亿元及3000万美元以上重大项目
    text = "新签约注册5亿元及3000万美元以上重大项目"
    first, second = mentions(text, ("5亿元", "AMOUNT"), ("3000万美元", "AMOUNT"))
    assert second.value["bound"] == first.value["bound"] == "at_least"
    text = "引进项目1亿元、2亿元和3亿元以上各1个"
    assert all(
        m.value["threshold"] for m in mentions(text, *[(f"{k}亿元", "AMOUNT") for k in "123"])
    )
    # not across other words, not from a bound written before, not across labels
    text = "完成投资5亿元，新签约3000万美元以上项目"
    first, _ = mentions(text, ("5亿元", "AMOUNT"), ("3000万美元", "AMOUNT"))
    assert first.value["threshold"] is False
    text = "投资5亿元和超3亿元的项目"
    first, _ = mentions(text, ("5亿元", "AMOUNT"), ("3亿元", "AMOUNT"))
    assert first.value["threshold"] is False
    text = "企业5家及500万元以上"
    first, _ = mentions(text, ("5家", "COUNT"), ("500万元", "AMOUNT"))
    assert first.value["threshold"] is False


def test_kilo_before_a_unit_is_the_unit_not_a_multiplier() -> None:
    """186.4亿千瓦时 is 18.64 billion kWh (千 begins 千瓦时), 3千万元 is 30 million yuan."""
    import extractor

    got = {
        e.text: (e.label, e.value.get("value", e.value.get("amount")), e.value["unit"])
        for e in extractor.extract(
            "售电量186.4亿千瓦时,装机2400千瓦,投资3千万元。", backend="rules"
        ).entities
    }
    assert got == {
        "186.4亿千瓦时": ("QUANTITY", 18_640_000_000.0, "千瓦时"),
        "2400千瓦": ("QUANTITY", 2400.0, "千瓦"),
        "3千万元": ("AMOUNT", 30_000_000.0, "千万元"),
    }


def test_yi_and_wan_written_together_are_one_sum() -> None:
    """1亿2千万元, 3亿5000万元, 2亿零500万元: the 亿 part and the 万 part below it are one
    amount, not a lone 2千万元 after a stray 1亿."""
    import extractor

    got = {
        e.text: e.value["amount"]
        for e in extractor.extract(
            "清理合同1亿2千万元,回收资金3亿5000万元,拨付2亿零500万元。", backend="rules"
        ).entities
    }
    assert got == {
        "1亿2千万元": 120_000_000.0,
        "3亿5000万元": 350_000_000.0,
        "2亿零500万元": 205_000_000.0,
    }


def test_approximate_yi_and_wan_sums_and_dates_of_the_twentieth_session() -> None:
    """3亿5000余万元 and 2亿3千多万元 are one approximate sum; 每年3月和9月 is a frequency, no
    DATE; a school year is one DATE; 2024版 is no year."""
    import extractor

    entities = extractor.extract(
        "回收资金3亿5000余万元,拨付2亿3千多万元。每年3月和9月各开展一次巡查。预计2024—2025学年完成。"
        "修订2024版培养方案。",
        backend="rules",
    ).entities
    got = {e.text: e.value for e in entities}
    assert got["3亿5000余万元"]["amount"] == 350_000_000.0 and got["3亿5000余万元"]["approximate"]
    assert got["2亿3千多万元"]["amount"] == 230_000_000.0
    assert [e.text for e in entities if e.label == "DATE"] == ["2024—2025学年"]
