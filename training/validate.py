"""Validator and consistency report for annotated corpora (ANNOTATION.md).

Errors are violations of the record format and of the guideline's hard
rules (offsets in bounds, no overlap, clean span edges, valid labels and
heading kinds, levels 1-4, ``problem`` iff kind is problem, headings at a
line start). Warnings are *review lists*: places where annotators most often
disagree with themselves (the same string labelled differently, numbers left
outside any span, organisation names labelled in one place and not in
another). Warnings are filtered so that what remains is worth a human look;
the obvious exclusions of the guideline (ordinals, 《…》 titles, phone
numbers, durations, list markers, numbered slogans, …) are dropped.

Run ``python -m training.validate corpus/gold/*.jsonl`` (``--strict`` makes
warnings fail too, ``--json`` prints machine-readable output). Exit status is
1 when there are errors (or warnings under ``--strict``), 0 otherwise.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

from extractor.heading_markers import match_marker
from extractor.numerals import CN_NUMERAL_CHARS
from extractor.spans import HEADING_KINDS, LABELS, Span
from extractor.values.units import COUNT_MEASURES, CURRENCIES, DIGIT_ONLY_UNITS, PHYSICAL_UNITS
from training.corpus import AnnotatedDocument, CorpusFormatError, load_corpus

__all__ = ["Issue", "Report", "CorpusValidationError", "require_valid", "validate", "main"]


@dataclass(frozen=True)
class Issue:
    """One finding. ``start``/``end`` point into the document's text when known."""

    code: str
    doc_id: str
    message: str
    start: int | None = None
    end: int | None = None
    context: str = ""
    details: tuple[str, ...] = ()
    #: where the document was read (``file:line``), when known
    origin: str = ""

    def location(self) -> str:
        """``file:line document <id> [start-end]``: enough to open the record."""
        where = f"{self.origin} " if self.origin else ""
        where += f"document {self.doc_id}"
        if self.start is not None:
            where += f" [{self.start}-{self.end}]"
        return where


@dataclass
class Report:
    errors: list[Issue] = field(default_factory=list)
    warnings: list[Issue] = field(default_factory=list)
    stats: dict[str, object] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.errors

    def failed(self, strict: bool = False) -> bool:
        return bool(self.errors) or (strict and bool(self.warnings))

    def to_dict(self) -> dict[str, object]:
        return {
            "ok": self.ok,
            "errors": [asdict(i) for i in self.errors],
            "warnings": [asdict(i) for i in self.warnings],
            "stats": self.stats,
        }

    def format_text(self, max_examples: int = 20) -> str:
        """A report for humans: summary, then issues grouped by code."""
        lines: list[str] = []
        st = self.stats
        lines.append(
            f"{st.get('documents', 0)} document(s), {st.get('characters', 0)} characters, "
            f"{st.get('spans', 0)} spans, {st.get('headings', 0)} headings"
        )
        per_doc = st.get("per_document", {})
        if isinstance(per_doc, dict):
            for doc_id, d in per_doc.items():
                labels = ", ".join(f"{k} {v}" for k, v in d["labels"].items())
                kinds = ", ".join(f"{k} {v}" for k, v in d["heading_kinds"].items())
                lines.append(
                    f"  {doc_id}: {d['characters']} chars; spans: {labels or '-'}; "
                    f"headings: {kinds or '-'}"
                )
        for title, issues in (("ERRORS", self.errors), ("WARNINGS", self.warnings)):
            lines.append("")
            lines.append(f"{title}: {len(issues)}")
            by_code: dict[str, list[Issue]] = defaultdict(list)
            for issue in issues:
                by_code[issue.code].append(issue)
            for code in sorted(by_code):
                group = by_code[code]
                lines.append(f"  [{code}] {len(group)}")
                shown = group if title == "ERRORS" or max_examples <= 0 else group[:max_examples]
                for issue in shown:
                    line = f"    {issue.location()}  {issue.message}"
                    if issue.context:
                        line += f"   {issue.context}"
                    lines.append(line)
                    limit = len(issue.details) if max_examples <= 0 else max(3, max_examples // 4)
                    for detail in issue.details[:limit]:
                        lines.append(f"        {detail}")
                    if len(issue.details) > limit:
                        lines.append(f"        … {len(issue.details) - limit} more")
                if len(shown) < len(group):
                    lines.append(
                        f"    … {len(group) - len(shown)} more (--max-examples 0 shows all)"
                    )
        return "\n".join(lines)


# ---------------------------------------------------------------- helpers

_ALLOWED_EDGE_PUNCT = set("%％‰")
_BRACKETS = {"）": "（", ")": "(", "】": "【", "」": "「", "]": "[", "〕": "〔"}
_OPENERS = {v: k for k, v in _BRACKETS.items()}


def _is_punct(ch: str) -> bool:
    return unicodedata.category(ch).startswith("P")


def _bad_edge(mention: str) -> str | None:
    """Why a span's first or last character is not allowed, or None."""
    first, last = mention[0], mention[-1]
    if first.isspace() or last.isspace():
        return "leading/trailing whitespace"
    if _is_punct(first) and first not in _ALLOWED_EDGE_PUNCT:
        # an opening bracket closed inside the span (e.g. "(集团)…") is part of it
        if not (first in _OPENERS and _OPENERS[first] in mention[1:]):
            return f"leading punctuation {first!r}"
    if _is_punct(last) and last not in _ALLOWED_EDGE_PUNCT:
        # "某某公司（集团）": a closing bracket whose opener is inside the span
        if not (last in _BRACKETS and _BRACKETS[last] in mention[:-1]):
            return f"trailing punctuation {last!r}"
    return None


def _show(s: str) -> str:
    return s.replace("\r", "␍").replace("\n", "⏎").replace("\t", "⇥")


def _context(text: str, start: int, end: int, width: int = 12) -> str:
    left = text[max(0, start - width) : start]
    right = text[end : end + width]
    return f"…{_show(left)}【{_show(text[start:end])}】{_show(right)}…"


def _squash(s: str) -> str:
    """Whitespace removed: hard line breaks (PDF columns) must not hide equality."""
    return "".join(ch for ch in s if not ch.isspace())


def _squash_with_map(text: str) -> tuple[str, list[int]]:
    chars: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        if not ch.isspace():
            chars.append(ch)
            index.append(i)
    return "".join(chars), index


def _marker_type(heading_text: str) -> str | None:
    """The numbering style a heading starts with (``一、``, ``（1）``, …), or None."""
    found = match_marker(heading_text.lstrip())
    return found[0].name if found else None


# ---------------------------------------------------------------- per document


def _check_document(doc: AnnotatedDocument, errors: list[Issue], warnings: list[Issue]) -> None:
    text = doc.text
    n = len(text)
    if not text.strip():
        errors.append(Issue("empty-text", doc.id, "document text is empty"))

    def err(code: str, msg: str, start: int | None = None, end: int | None = None) -> None:
        ctx = _context(text, start, end) if start is not None and end is not None else ""
        errors.append(Issue(code, doc.id, msg, start, end, ctx))

    def warn(code: str, msg: str, start: int | None = None, end: int | None = None) -> None:
        ctx = _context(text, start, end) if start is not None and end is not None else ""
        warnings.append(Issue(code, doc.id, msg, start, end, ctx))

    # --- entity spans
    valid_spans: list[Span] = []
    for span in doc.spans:
        if not (0 <= span.start <= n and 0 <= span.end <= n):
            errors.append(
                Issue(
                    "span-bounds",
                    doc.id,
                    f"{span.label} span out of bounds (text has {n} characters)",
                    span.start,
                    span.end,
                )
            )
            continue
        if span.end <= span.start:
            err("span-empty", f"{span.label} span is empty or reversed", span.start, span.end)
            continue
        if span.label not in LABELS:
            err(
                "span-label",
                f"unknown label {span.label!r} (allowed: {', '.join(LABELS)})",
                span.start,
                span.end,
            )
        reason = _bad_edge(text[span.start : span.end])
        if reason:
            err("span-edge", f"{span.label} span has {reason}", span.start, span.end)
        valid_spans.append(span)
    if [(s.start, s.end) for s in doc.spans] != sorted((s.start, s.end) for s in doc.spans):
        warn("spans-unsorted", "spans are not sorted by offset")
    ordered = sorted(valid_spans)
    for prev, cur in zip(ordered, ordered[1:], strict=False):
        if cur.start < prev.end:
            err(
                "span-overlap",
                f"{cur.label} span overlaps {prev.label} span {prev.start}-{prev.end}"
                f" {text[prev.start : prev.end]!r}",
                cur.start,
                cur.end,
            )
    for span in ordered:
        if span.start > 0 and text[span.start - 1].isdigit() and text[span.start].isdigit():
            warn(
                "span-splits-number",
                f"{span.label} span starts inside a number",
                span.start,
                span.end,
            )
        if span.end < n and text[span.end - 1].isdigit() and text[span.end].isdigit():
            warn(
                "span-splits-number",
                f"{span.label} span ends inside a number",
                span.start,
                span.end,
            )

    # --- headings
    valid_headings = []
    starts_a_line = _line_start_checker(text)
    for h in doc.headings:
        if not (0 <= h.start <= n and 0 <= h.end <= n):
            errors.append(
                Issue(
                    "heading-bounds",
                    doc.id,
                    f"heading out of bounds (text has {n} characters)",
                    h.start,
                    h.end,
                )
            )
            continue
        if h.end <= h.start:
            err("heading-empty", "heading is empty or reversed", h.start, h.end)
            continue
        valid_headings.append(h)
        if h.kind not in HEADING_KINDS:
            err(
                "heading-kind",
                f"unknown heading kind {h.kind!r} (allowed: {', '.join(HEADING_KINDS)})",
                h.start,
                h.end,
            )
        if isinstance(h.level, bool) or h.level not in (1, 2, 3, 4):
            err("heading-level", f"heading level {h.level!r} not in 1-4", h.start, h.end)
        if h.kind == "problem":
            if not h.problem or not h.problem.strip():
                err(
                    "heading-problem",
                    "problem heading without a `problem` statement",
                    h.start,
                    h.end,
                )
            elif _squash(h.problem) not in _squash(text[h.start : h.end]):
                warn(
                    "heading-problem-text",
                    "`problem` is not found in the heading text",
                    h.start,
                    h.end,
                )
        elif h.problem is not None:
            err("heading-problem", f"`problem` given on a {h.kind!r} heading", h.start, h.end)
        if not starts_a_line(h.start):
            err(
                "heading-line-start",
                "heading does not start at the start of a line",
                h.start,
                h.end,
            )
        heading_text = text[h.start : h.end]
        if heading_text[0].isspace() or heading_text[-1].isspace():
            err("heading-edge", "heading has leading/trailing whitespace", h.start, h.end)
        if _marker_type(heading_text) is None:
            warn(
                "heading-no-marker",
                "heading does not start with a numbering marker",
                h.start,
                h.end,
            )
    if [(h.start, h.end) for h in doc.headings] != sorted((h.start, h.end) for h in doc.headings):
        warn("headings-unsorted", "headings are not sorted by offset")
    hs = sorted(valid_headings)
    for prev, cur in zip(hs, hs[1:], strict=False):
        if cur.start < prev.end:
            err(
                "heading-overlap",
                f"heading overlaps heading {prev.start}-{prev.end}",
                cur.start,
                cur.end,
            )
    for span in ordered:
        for h in hs:
            inside = h.start <= span.start and span.end <= h.end
            if not inside and span.start < h.end and h.start < span.end:
                warn(
                    "span-crosses-heading",
                    f"{span.label} span crosses the edge of heading {h.start}-{h.end}",
                    span.start,
                    span.end,
                )
    levels_by_marker: dict[str, Counter[int]] = defaultdict(Counter)
    for h in hs:
        marker = _marker_type(text[h.start : h.end])
        if marker:
            levels_by_marker[marker][h.level] += 1
    for marker, levels in levels_by_marker.items():
        if len(levels) > 1:
            summary = ", ".join(f"level {lv} ×{c}" for lv, c in sorted(levels.items()))
            warn("heading-marker-level", f"marker type {marker} has several levels: {summary}")


# ---------------------------------------------------------------- consistency

# Numbered slogans and fixed formulas that the guideline never annotates.
FORMULAS: tuple[str, ...] = (
    "四个意识",
    "四个自信",
    "两个维护",
    "两个确立",
    "两个务必",
    "两个责任",
    "两个坚持",
    "两个毫不动摇",
    "三重一大",
    "一岗双责",
    "四种形态",
    "三会一课",
    "三清单",
    "四下基层",
    "四个注重选拔",
    "四个坚决不用",
    "一园一策",
    "三个代表",
    "四个全面",
    "五位一体",
    "两学一做",
    "三严三实",
    "八项规定",
    "四风",
    "三不腐",
    "三个区分开来",
    "一把手",
    "中央八项规定",
    "千家万户",
    "两个结合",
    "五个必由之路",
    "一票否决",
    "一案一策",
    "一企一策",
    "一事一议",
)

_DIGIT_RUN = re.compile(r"[0-9０-９]+(?:[.．][0-9０-９]+)?")
#: Chinese numerals, from their one home (extractor.numerals).
_CN_NUMERAL = CN_NUMERAL_CHARS
#: Characters after a Chinese number that make it a figure to look at: the
#: one-character measure words, units and currencies of extractor.values.units
#: that follow a Chinese numeral (not the digit-only units: 一方面, 三度; not
#: 届, which numbers a term: 十四届省委), and 片 (一片), 倍/成 (multiples,
#: shares), 点 (points), 天/月/年/周 (spans).
_CN_MEASURE = (
    "".join(
        word
        for word in (*COUNT_MEASURES, *PHYSICAL_UNITS, *CURRENCIES)
        if len(word) == 1 and word not in DIGIT_ONLY_UNITS and word != "届"
    )
    + "片倍成点天月年周"
)
_CN_COUNT = re.compile(rf"[{_CN_NUMERAL}]+(?:余|多|几)?(?=[{_CN_MEASURE}])|百分之[{_CN_NUMERAL}]+")
_DURATION_AFTER = re.compile(
    r"\s*(?:个多月|个半月|个月|周岁|岁|周年|天|小时|分钟|秒|个工作日|工作日|日内|周(?!边))"
)
_UNIT_AFTER = set("年月日万亿元%％名个家项次人件条起余多")
_CONTEXT_KEYWORDS = re.compile(
    r"(电话|热线|传真|手机|邮编|邮政编码|备案|ICP|证号|编号|身份证|地址|网址|邮箱|信箱|门牌)"
)


def _protected_ranges(text: str) -> list[tuple[int, int, str]]:
    """Ranges where nothing is annotated: 《titles》, document numbers, slogans."""
    ranges: list[tuple[int, int, str]] = []
    for m in re.finditer(r"《[^《》]{0,120}》", text):
        ranges.append((m.start(), m.end(), "inside 《…》"))
    for m in re.finditer(r"[〔\[【][0-9０-９]{4}[〕\]】]", text):
        ranges.append((m.start(), m.end(), "document number"))
    for m in re.finditer(r"“[^“”]{1,12}”|\"[^\"\n]{1,12}\"", text):
        ranges.append((m.start(), m.end(), "short quoted slogan"))
    for formula in FORMULAS:
        pattern = r"[\s‘’“”'\"]*".join(map(re.escape, formula))  # 中央‘八项规定’
        for m in re.finditer(pattern, text):
            ranges.append((m.start(), m.end(), f"formula {formula}"))
    return ranges


_EDGE = "\x00"  # stands for "no character": never a member of the sets tested below


def _prev_index(text: str, i: int) -> int:
    """Index of the nearest non-whitespace character before position i, or -1."""
    j = i - 1
    while j >= 0 and text[j].isspace():
        j -= 1
    return j


def _next_index(text: str, i: int) -> int:
    """Index of the nearest non-whitespace character at or after position i, or len."""
    j = i
    while j < len(text) and text[j].isspace():
        j += 1
    return j


def _char(text: str, j: int) -> str:
    return text[j] if 0 <= j < len(text) else _EDGE


def _number_exclusion(text: str, start: int, end: int, is_digits: bool) -> str | None:
    """Why an unlabelled number is an obvious exclusion of the guideline, or None."""
    run = text[start:end]
    nxt_at = _next_index(text, end)
    prev, nxt = _char(text, _prev_index(text, start)), _char(text, nxt_at)
    after_nxt = _char(text, _next_index(text, nxt_at + 1))
    if prev == "第":
        return "ordinal"
    clause = re.split(r"[，,。；;：:、！？]", text[max(0, start - 12) : start])[-1]
    if "每" in clause[-3:] or re.search(r"每(?:半年|年|季度|季|月|周|天|日)", clause):
        return "frequency (每…)"
    ranked = "排名" in text[max(0, start - 10) : start]
    if (prev == "前" and (nxt in "位名强" or ranked)) or nxt == "强" or (nxt in "位名" and ranked):
        return "rank"
    if prev in "+＋" or nxt in "+＋":
        return "formula with +"
    if _DURATION_AFTER.match(text, end):
        return "duration/age"
    if nxt == "年":
        numeral_year = len(run) >= 4 and (is_digits or "〇" in run or "零" in run)
        if not numeral_year:
            return "duration in years"
    if nxt == "号":
        return "number (号)"
    if is_digits:
        if (
            (prev.isascii() and prev.isalpha())
            or prev in "/_@=&?-#"
            or (nxt.isascii() and nxt.isalpha())
            or nxt in "/_@=&?#"
        ):
            return "URL/code"
        line_start = text.rfind("\n", 0, start) + 1
        at_line_start = not text[line_start:start].strip()
        if nxt in ".．、" and not after_nxt.isdigit():
            return "list marker"
        if prev in "（(" and nxt in "）)":
            return "list marker"
        if at_line_start and nxt in ")）":
            return "list marker"
        digits = sum(ch.isdigit() for ch in run)
        token = re.match(r"[0-9０-９\-－]*", text[start:]).group()
        if digits >= 7 and nxt not in _UNIT_AFTER:
            return "phone/ID number"
        if re.fullmatch(r"12\d{3}", run):
            return "service hotline (12345, 12315 …)"
        if nxt == "后" and len(run) == 2:
            return "birth cohort (90后)"
        if "." in run and (prev in '”"' or nxt == "版"):
            return "version number"
        if text[end : end + 2] in ("亿级", "万级"):
            return "size class (50亿级)"
        if re.fullmatch(r"0\d{2,3}[\-－]\d{7,8}", token) or re.fullmatch(r"1[3-9]\d{9}", token):
            return "phone number"
        if _CONTEXT_KEYWORDS.search(text[max(0, start - 12) : start]):
            return "phone/address/ID context"
        if (nxt in ":：" and after_nxt.isdigit()) or (
            prev in ":：" and text[start - 2 : start - 1].isdigit()
        ):
            return "clock time"
    else:
        if run == "一" and (nxt in "个次批期轮种部点片项" or text[end : end + 2] == "次性"):
            return "indefinite 一 (一个/一次/一批)"
        if run == "零":
            return "零 as a morpheme (零部件)"
        if run == "二" and nxt == "次":
            return "二次 = secondary"
        after_measure = text[_next_index(text, nxt_at + 1) :]
        if nxt in "期轮" and (
            prev in "（(" or re.match(r"[期轮）)]|工程|项目|建设", after_measure)
        ):
            return "phase (二期工程)"
    return None


def _unlabelled_numbers(doc: AnnotatedDocument, warnings: list[Issue]) -> None:
    text = doc.text
    covered = [False] * len(text)
    for span in doc.spans:
        for i in range(max(0, span.start), min(len(text), span.end)):
            covered[i] = True
    protected = _protected_ranges(text)
    candidates = [(m.start(), m.end(), True) for m in _DIGIT_RUN.finditer(text)]
    candidates += [(m.start(), m.end(), False) for m in _CN_COUNT.finditer(text)]
    for start, end, is_digits in sorted(candidates):
        if any(covered[start:end]):
            continue
        if any(a <= start and end <= b for a, b, _ in protected):
            continue
        if _number_exclusion(text, start, end, is_digits):
            continue
        warnings.append(
            Issue(
                "unlabelled-number",
                doc.id,
                f"{text[start:end]!r} is outside every span",
                start,
                end,
                _context(text, start, end),
            )
        )


def _inconsistent_labels(docs: Sequence[AnnotatedDocument], warnings: list[Issue]) -> None:
    places: dict[str, dict[str, list[tuple[str, int, int]]]] = defaultdict(
        lambda: defaultdict(list)
    )
    for doc in docs:
        for s in doc.spans:
            if 0 <= s.start < s.end <= len(doc.text):
                places[_squash(doc.text[s.start : s.end])][s.label].append((doc.id, s.start, s.end))
    by_id = {doc.id: doc for doc in docs}
    for surface, labels in sorted(places.items()):
        if len(labels) < 2:
            continue
        summary = ", ".join(f"{lab} ×{len(p)}" for lab, p in sorted(labels.items()))
        details = tuple(
            f"{lab} {d}:{a}-{b} {_context(by_id[d].text, a, b)}"
            for lab, p in sorted(labels.items())
            for d, a, b in p
        )
        first = min(min(p) for p in labels.values())
        warnings.append(
            Issue(
                "inconsistent-label",
                first[0],
                f"{surface!r} labelled differently: {summary}",
                details=details,
            )
        )


def _unlabelled_orgs(docs: Sequence[AnnotatedDocument], warnings: list[Issue]) -> None:
    org_count: Counter[str] = Counter()
    for doc in docs:
        for s in doc.spans:
            if s.label == "ORG" and 0 <= s.start < s.end <= len(doc.text):
                surface = _squash(doc.text[s.start : s.end])
                if len(surface) >= 2:
                    org_count[surface] += 1
    found: dict[str, list[str]] = defaultdict(list)
    first_place: dict[str, tuple[str, int, int]] = {}
    for doc in docs:
        text = doc.text
        squashed, index = _squash_with_map(text)
        spans = [s for s in doc.spans if 0 <= s.start < s.end <= len(text)]
        titles = [
            (a, b) for a, b, why in _protected_ranges(text) if why.startswith(("inside", "formula"))
        ]
        hits: list[tuple[int, int, str]] = []
        for surface in org_count:
            pos = squashed.find(surface)
            while pos != -1:
                start, end = index[pos], index[pos + len(surface) - 1] + 1
                pos = squashed.find(surface, pos + 1)
                if any(s.start <= start and end <= s.end for s in spans):
                    continue
                if any(a <= start and end <= b for a, b in titles):
                    continue
                if surface.endswith("部") and _char(text, _next_index(text, end)) == "门":
                    continue  # 生态环境部门: a generic "department", not 生态环境部
                hits.append((start, end, surface))
        # keep the longest of nested hits: "滨湖区委" unlabelled also hides "区委"
        hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
        kept: list[tuple[int, int, str]] = []
        for hit in hits:
            if any(k[0] <= hit[0] and hit[1] <= k[1] for k in kept):
                continue
            kept.append(hit)
        for start, end, surface in kept:
            found[surface].append(f"{doc.id}:{start}-{end} {_context(text, start, end)}")
            first_place.setdefault(surface, (doc.id, start, end))
    for surface in sorted(found, key=lambda s: (-len(found[s]), s)):
        doc_id, start, end = first_place[surface]
        warnings.append(
            Issue(
                "unlabelled-org",
                doc_id,
                f"{surface!r} is labelled ORG {org_count[surface]}× but left unlabelled "
                f"{len(found[surface])}×",
                start,
                end,
                details=tuple(found[surface]),
            )
        )


# ---------------------------------------------------------------- entry points


def _stats(docs: Sequence[AnnotatedDocument]) -> dict[str, object]:
    per_doc: dict[str, object] = {}
    labels: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    for doc in docs:
        lab = Counter(s.label for s in doc.spans)
        kin = Counter(h.kind for h in doc.headings)
        labels.update(lab)
        kinds.update(kin)
        per_doc[doc.id] = {
            "characters": len(doc.text),
            "labels": {k: lab[k] for k in sorted(lab, key=_label_order)},
            "heading_kinds": {k: kin[k] for k in sorted(kin, key=_kind_order)},
        }
    return {
        "documents": len(docs),
        "characters": sum(len(d.text) for d in docs),
        "spans": sum(labels.values()),
        "headings": sum(kinds.values()),
        "labels": {k: labels[k] for k in sorted(labels, key=_label_order)},
        "heading_kinds": {k: kinds[k] for k in sorted(kinds, key=_kind_order)},
        "per_document": per_doc,
    }


def _label_order(label: str) -> tuple[int, str]:
    return (LABELS.index(label) if label in LABELS else len(LABELS), label)


def _kind_order(kind: str) -> tuple[int, str]:
    return (HEADING_KINDS.index(kind) if kind in HEADING_KINDS else len(HEADING_KINDS), kind)


def _line_start_checker(text: str) -> Callable[[int], bool]:
    """Whether a heading at a position starts a line of the text, or of the text as the
    extractor reads it: a page that flattened its paragraph breaks (…通报如下。　　一、…)
    has them restored by :func:`extractor.text.prepare`, the one home of that reading.
    The text is prepared once, and only when a heading needs it."""
    prepared = None

    def starts_a_line(start: int) -> bool:
        nonlocal prepared
        if not text[text.rfind("\n", 0, start) + 1 : start].strip():
            return True
        if prepared is None:
            from extractor.text import prepare

            prepared = prepare(text)
        clean, _ = prepared.to_clean(start, start + 1)
        return not prepared.text[prepared.text.rfind("\n", 0, clean) + 1 : clean].strip()

    return starts_a_line


def _starts_a_line(text: str, start: int) -> bool:
    """One position's check (:func:`_line_start_checker`)."""
    return _line_start_checker(text)(start)


def validate(docs: Iterable[AnnotatedDocument], *, consistency: bool = True) -> Report:
    """Check documents against the guideline; ``consistency`` adds the review lists."""
    docs = list(docs)
    report = Report(stats=_stats(docs))
    seen: Counter[str] = Counter(doc.id for doc in docs)
    for doc_id, count in sorted(seen.items()):
        if count > 1:
            report.errors.append(Issue("duplicate-id", doc_id, f"document id used {count} times"))
    for doc in docs:
        first_error, first_warning = len(report.errors), len(report.warnings)
        _check_document(doc, report.errors, report.warnings)
        if doc.origin:  # name the file and line of every finding
            for issues, first in ((report.errors, first_error), (report.warnings, first_warning)):
                issues[first:] = [replace(i, origin=doc.origin) for i in issues[first:]]
    if consistency:
        _inconsistent_labels(docs, report.warnings)
        for doc in docs:
            _unlabelled_numbers(doc, report.warnings)
        _unlabelled_orgs(docs, report.warnings)
    return report


class CorpusValidationError(ValueError):
    """Annotated documents that break the guideline's hard rules."""


def require_valid(docs: Sequence[AnnotatedDocument], max_shown: int = 20) -> None:
    """Raise :class:`CorpusValidationError` listing the errors (file, line, document
    id, offsets) when any document breaks a hard rule; training must never learn
    from spans that are out of range, reversed, empty, overlapping or unlabelled."""
    report = validate(docs, consistency=False)
    if report.ok:
        return
    lines = [f"{len(report.errors)} error(s) in the training corpus; nothing was trained:"]
    lines += [f"  {i.location()}  [{i.code}] {i.message}" for i in report.errors[:max_shown]]
    if len(report.errors) > max_shown:
        lines.append(f"  … {len(report.errors) - max_shown} more (python -m training.validate)")
    raise CorpusValidationError("\n".join(lines))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m training.validate",
        description="Validate annotated JSONL documents against ANNOTATION.md.",
    )
    parser.add_argument("paths", nargs="+", help="JSONL files or directories of *.jsonl")
    parser.add_argument("--strict", action="store_true", help="fail on warnings too")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument(
        "--no-consistency", action="store_true", help="skip the consistency review lists"
    )
    parser.add_argument(
        "--max-examples", type=int, default=20, help="warnings shown per code (0 = all)"
    )
    args = parser.parse_args(argv)

    docs: list[AnnotatedDocument] = []
    read_errors: list[Issue] = []
    for path in args.paths:
        try:
            docs.extend(load_corpus(Path(path)))
        except (CorpusFormatError, OSError, UnicodeDecodeError) as exc:
            read_errors.append(Issue("read-error", str(path), str(exc)))
    report = validate(docs, consistency=not args.no_consistency)
    report.errors[:0] = read_errors
    if not docs and not read_errors:
        report.errors.append(Issue("no-documents", "-", "no documents found in the given paths"))
    if args.json:
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=1))
    else:
        print(report.format_text(args.max_examples))
        verdict = "FAILED" if report.failed(args.strict) else "OK"
        print(f"\n{verdict}: {len(report.errors)} error(s), {len(report.warnings)} warning(s)")
    return 1 if report.failed(args.strict) else 0


if __name__ == "__main__":
    sys.exit(main())
