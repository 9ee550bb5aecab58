"""Every word the HTML reports show, in Chinese (the default) and English.

The readers of these notices read Chinese, so the report speaks it: section
titles, column names, status names (已完成 / 整改中 / 长期坚持 rather than the
enum ``in_progress``), entity label names and chart captions all come from
this one table; ``--lang en`` picks the English column.  Keeping the words
here (not inline in the HTML code) means a new language is one more column
and a test can check that both languages name the same keys.
"""

from __future__ import annotations

LANGUAGES: tuple[str, ...] = ("zh", "en")
DEFAULT_LANGUAGE = "zh"

#: problem status (``Problem.status``) → name shown; None is "not stated"
STATUS_NAMES: dict[str, dict[str | None, str]] = {
    "zh": {
        "completed": "已完成",
        "in_progress": "整改中",
        "long_term": "长期坚持",
        None: "未标明",
    },
    "en": {
        "completed": "completed",
        "in_progress": "in progress",
        "long_term": "long term",
        None: "not stated",
    },
}

#: entity label → name shown beside the code in legends and charts
LABEL_NAMES: dict[str, dict[str, str]] = {
    "zh": {
        "ORG": "机构",
        "DATE": "日期",
        "AMOUNT": "金额",
        "COUNT": "数量",
        "PERCENT": "百分比",
        "QUANTITY": "计量",
    },
    "en": {
        "ORG": "organisation",
        "DATE": "date",
        "AMOUNT": "amount",
        "COUNT": "count",
        "PERCENT": "percent",
        "QUANTITY": "quantity",
    },
}

#: heading kinds (``Heading.kind``) as shown in a heading's tag
KIND_NAMES: dict[str, dict[str, str]] = {
    "zh": {"problem": "问题", "status": "状态", "category": "类别", "section": "章节"},
    "en": {"problem": "problem", "status": "status", "category": "category", "section": "section"},
}

#: keys of ``Metadata.stated_totals`` (what the notice says it counts)
TOTAL_NAMES: dict[str, dict[str, str]] = {
    "zh": {"aspects": "方面", "problems": "问题", "measures": "整改措施", "completed": "已完成"},
    "en": {
        "aspects": "aspects",
        "problems": "problems",
        "measures": "measures",
        "completed": "completed",
    },
}

#: metadata rows, the problem table, the corpus tables and the page furniture
WORDS: dict[str, dict[str, str]] = {
    "zh": {
        # page
        "notice": "通报",
        "summary": "{problems} 个问题 · {entities} 个实体 · {headings} 个标题 · {chars} 字 · 模型 {backend}",
        "part_metadata": "基本信息",
        "part_charts": "图表",
        "part_problems": "问题清单",
        "part_text": "原文",
        "no_problems": "本文未识别出整改问题。",
        "not_a_notice": "本文不像整改情况通报。",
        "skipped_entities": "{n} 个重叠或无效的实体未显示",
        "duplicate": "文档的第二份副本（自第 {offset} 字起，共 {chars} 字，未分析）",
        "footer": "由 extractor 生成。将鼠标悬停在高亮处可查看归一化数值。",
        "no_value": "无归一化数值",
        "problem_hover": "问题 {key}",
        "abbreviation": "简称",
        "yes": "是",
        "no": "否",
        "threshold_note": "“超……”“……以上”等门槛值及外币不计入人民币合计。",
        # metadata
        "title": "标题",
        "inspection_kind": "巡视类别",
        "team": "巡视（巡察）组",
        "inspected_organisation": "被巡视（巡察）单位",
        "period": "巡视（巡察）时间",
        "feedback_date": "反馈时间",
        "issuer": "发文机关",
        "signature_date": "落款日期",
        "published": "发布",
        "stated_totals": "文中所述总数",
        "is_notice": "是否为整改通报",
        "backend": "识别模型",
        "source": "来源文件",
        # problem table
        "col_key": "序号",
        "col_number": "原编号",
        "col_problem": "问题",
        "col_status": "整改状态",
        "col_category": "类别",
        "col_money": "金额（人民币）",
        "col_other_money": "其他币种",
        "col_thresholds": "门槛值",
        "col_amounts": "金额数",
        "col_counts": "数量数",
        "col_dates": "日期",
        "col_organisations": "涉及机构",
        "col_entities": "实体数",
        "col_notice": "通报",
        "col_issuer": "发文机关",
        "col_notices": "通报数",
        "col_problems": "问题数",
        "col_rate": "完成率",
        # corpus page
        "corpus_title": "整改通报汇总（{n} 份）",
        "corpus_summary": "{notices} 份通报 · {problems} 个问题 · {entities} 个实体",
        "part_issuers": "各发文机关完成情况",
        "part_notices": "各通报汇总",
        "part_all_problems": "全部问题",
        "rate_note": "完成率 = 已完成 ÷ 标明状态的问题数；未标明状态的问题不计入。",
        "unknown_issuer": "（未识别）",
        # charts
        "chart_status": "问题整改状态",
        "chart_category": "问题类别",
        "chart_money": "各问题金额（人民币）",
        "chart_counts": "各问题数量提及",
        "chart_labels": "实体类型",
        "chart_amounts": "文中人民币金额（灰色斜线为门槛值，不计入合计）",
        "chart_units": "数量提及（按量词）",
        "chart_notice_money": "各通报金额（人民币）",
        "axis_problems": "问题数",
        "axis_mentions": "提及次数",
        "axis_wan_yuan": "万元",
        "axis_yi_yuan": "亿元",
        "problem_tick": "问题 {key}",
        "none_category": "（无类别）",
        "other": "其他",
    },
    "en": {
        "notice": "Notice",
        "summary": "{problems} problems · {entities} entities · {headings} headings · {chars} characters · backend {backend}",
        "part_metadata": "Metadata",
        "part_charts": "Charts",
        "part_problems": "Problems",
        "part_text": "Text",
        "no_problems": "No problems found in this document.",
        "not_a_notice": "Not read as a rectification notice.",
        "skipped_entities": "{n} overlapping or invalid entities not shown",
        "duplicate": "Second copy of the document from offset {offset} ({chars} characters, not analysed)",
        "footer": "Generated by extractor. Hover a highlighted mention for its normalised value.",
        "no_value": "no normalised value",
        "problem_hover": "problem {key}",
        "abbreviation": "short form",
        "yes": "yes",
        "no": "no",
        "threshold_note": "Bounds (超…, …以上) and foreign currencies are not added to the yuan totals.",
        "title": "title",
        "inspection_kind": "inspection kind",
        "team": "team",
        "inspected_organisation": "inspected organisation",
        "period": "period",
        "feedback_date": "feedback date",
        "issuer": "issuer",
        "signature_date": "signature date",
        "published": "published",
        "stated_totals": "stated totals",
        "is_notice": "is a notice",
        "backend": "backend",
        "source": "source",
        "col_key": "#",
        "col_number": "number",
        "col_problem": "problem",
        "col_status": "status",
        "col_category": "category",
        "col_money": "money (CNY)",
        "col_other_money": "other currencies",
        "col_thresholds": "bounds",
        "col_amounts": "amounts",
        "col_counts": "counts",
        "col_dates": "dates",
        "col_organisations": "organisations",
        "col_entities": "entities",
        "col_notice": "notice",
        "col_issuer": "issuer",
        "col_notices": "notices",
        "col_problems": "problems",
        "col_rate": "completion",
        "corpus_title": "Rectification notices ({n})",
        "corpus_summary": "{notices} notices · {problems} problems · {entities} entities",
        "part_issuers": "Completion per issuer",
        "part_notices": "Per notice",
        "part_all_problems": "All problems",
        "rate_note": "Completion = completed ÷ problems with a stated status; problems without one are left out.",
        "unknown_issuer": "(not found)",
        "chart_status": "Problems by status",
        "chart_category": "Problems by category",
        "chart_money": "Money per problem (CNY)",
        "chart_counts": "Count mentions per problem",
        "chart_labels": "Entities by label",
        "chart_amounts": "Yuan amounts in the text (hatched grey: bounds, not summed)",
        "chart_units": "Count mentions by measure word",
        "chart_notice_money": "Money per notice (CNY)",
        "axis_problems": "problems",
        "axis_mentions": "mentions",
        "axis_wan_yuan": "10k yuan (万元)",
        "axis_yi_yuan": "100m yuan (亿元)",
        "problem_tick": "problem {key}",
        "none_category": "(none)",
        "other": "other",
    },
}


class Words:
    """The words of one language: ``words["part_text"]``, ``words.status("completed")``."""

    def __init__(self, lang: str = DEFAULT_LANGUAGE) -> None:
        if lang not in LANGUAGES:
            raise ValueError(f"unknown report language {lang!r}; choose one of {LANGUAGES}")
        self.lang = lang
        self._words = WORDS[lang]

    def __getitem__(self, key: str) -> str:
        return self._words[key]

    def format(self, word: str, /, **values: object) -> str:
        return self._words[word].format(**values)

    def status(self, status: str | None) -> str:
        names = STATUS_NAMES[self.lang]
        return names.get(status, status or names[None])

    def label(self, label: str) -> str:
        return LABEL_NAMES[self.lang].get(label, label)

    def total(self, key: str) -> str:
        return TOTAL_NAMES[self.lang].get(key, key)

    def kind(self, kind: str) -> str:
        return KIND_NAMES[self.lang].get(kind, kind)
