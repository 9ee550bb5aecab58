"""How a text says which genre it is: one home for the wording that marks an
audit-rectification report, read by the metadata (the kind 审计) and by the
structure (an audit report's headings that group findings)."""

from __future__ import annotations

import re

#: …审计查出问题整改情况的报告, 审计工作报告反映问题的整改, 审计整改.
AUDIT_REPORT = re.compile(
    r"审计(?:工作报告)?(?:查出|发现|反映|反馈|指出)(?:的)?问题(?:的)?整改|审计整改"
    # an audited unit's announcement telling the report, then its rectification, a sentence
    # of findings between them or not (…审计局出具审计报告，指出我镇…存在问题7个。…现将整改
    # 结果公告如下; …出具了审计报告。审计报告反映问题10项。学院党委…制定整改措施27条)
    r"|(?:出具|印发|下达)了?审计报告[^。]{0,80}。(?:[^。]{0,120}。)?[^。]{0,200}?整改"
)
#: An inspection's notice names its inspection near the top; an audit report may
#: mention an inspection further down without being one's notice.
_INSPECTION = re.compile("巡视|巡察")


def is_audit_report(text: str) -> bool:
    """An audit-rectification report: it says so near its start, and its
    title and opening name no inspection."""
    return bool(AUDIT_REPORT.search(text[:1500])) and not _INSPECTION.search(text[:300])


def names_an_inspection(text: str) -> bool:
    """The text names a 巡视 or 巡察 (its opening, when given the opening)."""
    return bool(_INSPECTION.search(text))
