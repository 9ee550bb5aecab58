"""Entity scores on the constructed notices (``corpus/constructed/``).

Twelve notices written for the project in styles the seeds do not show, annotated
without running the extractor. The ORG rules were corrected on their errors
afterwards (see the folder's README), so these floors guard that work against
regressions; they are not out-of-sample figures."""

from __future__ import annotations

from pathlib import Path

import pytest

from training.corpus import load_corpus
from training.evaluate import evaluate_pipeline

CONSTRUCTED_DIR = Path(__file__).resolve().parents[1] / "corpus" / "constructed"
CONSTRUCTED = CONSTRUCTED_DIR / "notices.jsonl"


@pytest.fixture(scope="module")
def report():
    return evaluate_pipeline(load_corpus([CONSTRUCTED]), backend="rules")


def test_the_set_is_what_its_readme_says(report) -> None:
    docs = load_corpus([CONSTRUCTED])
    assert len(docs) == 12
    assert sum(s.label == "ORG" for d in docs for s in d.spans) == 292


def test_org_and_number_labels_keep_their_level(report) -> None:
    assert report.labels["ORG"].f1 >= 0.93
    for label in ("DATE", "COUNT", "AMOUNT", "PERCENT"):
        assert report.labels[label].f1 >= 0.98, label
    assert report.micro.f1 >= 0.96


@pytest.mark.parametrize("folder", ["structured", "structured-2", "structured-3", "structured-4"])
def test_structured_set_entities_structure_and_metadata(folder: str) -> None:
    from training.structure_eval import load_notices, score_structure

    docs = load_corpus([CONSTRUCTED_DIR / folder / "notices.jsonl"])
    entities = evaluate_pipeline(docs, backend="rules")
    assert entities.labels["ORG"].f1 >= 0.94
    assert entities.micro.f1 >= 0.97
    gold, metadata = load_notices(CONSTRUCTED_DIR / folder)
    scores = score_structure(gold, metadata)
    assert scores.headings.f1 == 1.0
    assert scores.problems.f1 >= 0.97
    assert scores.kind_accuracy >= 0.97
    assert scores.metadata_right >= 0.97
    assert scores.metadata_spurious == 0


#: The fifth session's development sets (and the former blind set): each was scored
#: blind once, then the rules were corrected on it; these floors keep what the
#: corrections bought (nested and answered problems, audit findings run into counts,
#: background inspections, two-line titles, tasks that are not measures).
FIFTH_SESSION_FLOORS = {
    "heldout": (0.97, 1.0, 1.0),
    "structured-5": (0.98, 1.0, 0.98),
    "structured-6": (0.95, 1.0, 1.0),
    "structured-7": (0.93, 1.0, 1.0),
    "structured-8": (0.98, 0.95, 0.98),
    # the sixth session's development sets: long bodies (9, 11) and metadata (10)
    "structured-9": (0.97, 1.0, 1.0),
    "structured-10": (0.99, 1.0, 1.0),
    "structured-11": (0.96, 1.0, 1.0),
    # the seventh session's: long bodies of eight other sectors
    "structured-12": (0.97, 1.0, 1.0),
    "structured-13": (0.97, 0.96, 1.0),
    # …and openings in unusual styles and regions
    "structured-14": (0.98, 1.0, 0.97),
    # the eighth session's: long bodies of other sectors (15, 16, 19), openings for
    # metadata (17) and openings of many kinds of issuer (18)
    "structured-15": (0.95, 1.0, 1.0),
    "structured-16": (0.95, 1.0, 1.0),
    "structured-17": (0.99, 1.0, 1.0),
    "structured-18": (0.96, 0.98, 1.0),
    "structured-19": (0.95, 1.0, 1.0),
    # the ninth session's: notices inside their web pages' menus, index blocks and
    # share lines
    "structured-20": (0.97, 0.98, 1.0),
    # the eleventh session's: metadata with nulls and decoys (21), heading markers and
    # layouts (22)
    "structured-21": (0.98, 1.0, 1.0),
    "structured-22": (0.95, 1.0, 1.0),
    # …who was inspected and who issues (23), openings cut by an excerpt's end (24)
    "structured-23": (0.98, 1.0, 1.0),
    "structured-24": (0.97, 1.0, 1.0),
    # …organisations dense in every sector (25), stated totals and the counts beside them (26)
    "structured-25": (0.97, 1.0, 1.0),
    "structured-26": (0.98, 1.0, 1.0),
    # …central style as excerpts (27), text pasted from PDFs and Word files (28)
    "structured-27": (0.96, 1.0, 1.0),
    "structured-28": (0.98, 1.0, 1.0),
    # the twelfth session's: metadata traps (29), units of sectors with their own names
    # (30), teams, periods and inspected bodies (31), government units (32)
    "structured-29": (0.97, 0.99, 0.99),
    "structured-30": (0.97, 1.0, 1.0),
    "structured-31": (0.97, 1.0, 0.99),
    "structured-32": (0.97, 1.0, 1.0),
    # …metadata that stays null (33: a joint round's notice counts per body, ah07, three
    # spurious totals left), hard headings (34), audit reports (35), organisations named
    # once (36), rare bodies (37), hard heading kinds (38), excerpts cut mid-text (39)
    "structured-33": (0.98, 1.0, 0.97, 3),
    "structured-34": (0.98, 1.0, 1.0),
    "structured-35": (0.97, 1.0, 1.0),
    "structured-36": (0.97, 1.0, 0.99),
    "structured-37": (0.97, 1.0, 1.0),
    "structured-38": (0.96, 1.0, 1.0),
    "structured-39": (0.96, 1.0, 1.0),
    # the thirteenth session's: issuer and inspected traps (40), heading forms (41), large
    # bodies after a central 巡视 (42), grassroots notices (43), organisation-dense measures
    # (45), PDF text (46), web pages (47), opening dates and teams (48), problems with status
    # (49), universities and institutes (50), SOEs and banks (51: one decoy completed count
    # of an audit's own, left); 44 (unusual rounds) is left out: its writer made
    # 针对“…”问题，… lines headings, a form no other set or notice has (headings 0.974)
    "structured-40": (0.98, 1.0, 1.0),
    "structured-41": (0.97, 1.0, 1.0),
    "structured-42": (0.96, 1.0, 1.0),
    "structured-43": (0.98, 1.0, 1.0),
    "structured-45": (0.97, 1.0, 1.0),
    "structured-46": (0.97, 1.0, 0.99),
    "structured-47": (0.97, 1.0, 1.0),
    "structured-48": (0.98, 1.0, 0.99),
    "structured-49": (0.97, 0.98, 1.0),
    "structured-50": (0.96, 0.97, 1.0),
    "structured-51": (0.95, 0.98, 0.99, 1),
    "structured-52": (0.98, 1.0, 1.0),
    "structured-53": (0.99, 1.0, 1.0),
    "structured-54": (0.98, 1.0, 1.0),
    "structured-55": (0.97, 1.0, 1.0),
    # the sixteenth session's: heading forms with status notes (56), audit reports (57)
    "structured-56": (0.98, 1.0, 1.0),
    "structured-57": (0.95, 0.98, 1.0),
    # the seventeenth session's: metadata of unusual styles (58), organs of sectors (59)
    "structured-58": (0.98, 1.0, 1.0),
    "structured-59": (0.98, 1.0, 1.0),
    # …enterprise and bank organs (60), border regions' headings and metadata (61)
    "structured-60": (0.96, 1.0, 1.0),
    "structured-61": (0.98, 0.96, 1.0),
    # eighteenth session: metadata traps (62), headings as publishing systems set them
    # (63), institutions under provincial and central inspection (64), county and village
    # rounds (65), high-level notices in web style (66), the genre's edges (67), city and
    # county notices in web style (68)
    "structured-62": (0.98, 1.0, 1.0),
    "structured-63": (0.97, 1.0, 1.0),
    "structured-64": (0.98, 1.0, 0.99),
    "structured-65": (0.98, 1.0, 1.0),
    "structured-66": (0.98, 1.0, 1.0),
    "structured-67": (0.99, 1.0, 1.0),
    "structured-68": (0.99, 0.95, 1.0),
    # …courts, procuratorates and a committee's departments (69), the opening's headings in
    # every arrangement (70), the opening sentence's metadata in every wording (71)
    "structured-69": (0.99, 0.95, 1.0),
    "structured-70": (0.98, 1.0, 1.0),
    "structured-71": (0.97, 1.0, 1.0),
    # nineteenth session: metadata left unsaid or said oddly (72), small issuers' heading
    # styles (73), state firms and banks (74), universities and hospitals (75), county
    # departments of the north-west and north-east (76), villages and towns (77)
    "structured-72": (0.99, 1.0, 1.0),
    "structured-73": (0.99, 1.0, 1.0),
    "structured-74": (0.97, 1.0, 1.0),
    "structured-75": (0.99, 1.0, 1.0),
    "structured-76": (0.98, 1.0, 1.0),
    "structured-77": (0.99, 1.0, 1.0),
    # …second round: who issues and who was inspected (78), heading structures (79),
    # sectors: firms, banks, insurers, hospitals, schools (80)
    "structured-78": (0.99, 1.0, 1.0),
    "structured-79": (0.98, 1.0, 1.0),
    "structured-80": (0.98, 1.0, 1.0),
    # …third round: rounds of every kind and their dates (81), problems in depth (82, its
    # run-in sub-findings left), organisation-dense measures (83)
    "structured-81": (0.99, 1.0, 1.0),
    "structured-82": (0.98, 0.92, 1.0),
    "structured-83": (0.98, 1.0, 1.0),
    # …fourth round: short notices and end matter (84), ethnic and border regions (85),
    # audit reports of every kind (86)
    "structured-84": (0.99, 1.0, 1.0),
    "structured-85": (0.97, 1.0, 1.0),
    "structured-86": (0.99, 1.0, 1.0),
    # …fifth round: web pages as pasted, tables included (87), systems' own inspections
    # (88), figures in hard forms (89)
    "structured-87": (0.95, 0.96, 1.0),
    "structured-88": (0.96, 1.0, 1.0),
    "structured-89": (0.98, 0.96, 1.0),
    # …sixth round: the newest rounds and zones (90), metadata written unusually (91),
    # organisations of southern and eastern cities (92), read only for their metadata and
    # dates; their zone and community names are left
    "structured-90": (0.95, 1.0, 1.0),
    "structured-91": (0.98, 1.0, 1.0),
    "structured-92": (0.94, 0.97, 1.0),
    # …seventh round: provincial departments in the 2019–2022 style (93), townships and
    # villages of central and western provinces (94)
    "structured-93": (0.96, 1.0, 1.0),
    "structured-94": (0.97, 0.98, 0.99),
    # the twentieth session's (2026-12-02)
    "structured-95": (0.98, 1.0, 1.0),
    "structured-96": (0.96, 0.97, 1.0),
    "structured-97": (0.98, 1.0, 1.0),
    "structured-98": (0.98, 1.0, 1.0),
    "structured-99": (0.95, 1.0, 0.95),
    "structured-100": (0.95, 1.0, 1.0),
    "structured-101": (0.99, 1.0, 1.0),
    "structured-102": (0.94, 1.0, 0.98),
    "structured-103": (0.97, 1.0, 1.0),
    "structured-104": (0.97, 1.0, 1.0),
    "structured-105": (0.95, 1.0, 0.99),
    "structured-106": (0.96, 0.97, 1.0),
    "structured-107": (0.96, 0.98, 1.0),
    "structured-108": (0.99, 0.97, 1.0),
    "structured-109": (0.99, 0.96, 1.0),
    "structured-110": (0.96, 0.98, 0.98),
    "structured-111": (0.92, 1.0, 0.99),
    "structured-112": (0.98, 0.95, 0.97),
    "structured-113": (0.98, 1.0, 1.0),
    "structured-114": (0.93, 1.0, 1.0),
    "structured-115": (0.97, 0.94, 0.99),
    "structured-116": (0.93, 1.0, 1.0),
    "structured-117": (0.93, 0.98, 1.0),
    "structured-118": (0.95, 0.98, 0.89),
    "structured-119": (0.99, 0.98, 1.0),
    "structured-120": (0.97, 1.0, 1.0),
    "structured-121": (0.96, 1.0, 1.0),
    "structured-122": (0.95, 1.0, 0.98),
    "structured-123": (0.93, 0.96, 1.0),
    # the twenty-first session's (structured-137 left out: its 一： headings, see its row)
    "structured-124": (0.97, 1.00, 1.00),
    "structured-125": (0.99, 1.00, 0.99),
    "structured-126": (0.97, 0.97, 1.00, 1),
    "structured-127": (0.99, 1.00, 0.97),
    "structured-128": (0.97, 0.97, 1.00),
    "structured-129": (0.97, 1.00, 1.00),
    "structured-130": (1.00, 1.00, 1.00),
    "structured-131": (0.98, 1.00, 0.99),
    "structured-132": (0.98, 1.00, 0.96),
    "structured-133": (0.96, 0.98, 1.00),
    "structured-134": (0.98, 1.00, 1.00),
    "structured-135": (0.96, 1.00, 0.99),
    "structured-136": (0.99, 1.00, 1.00),
    "structured-138": (0.98, 0.97, 1.00),
    "structured-139": (0.98, 0.98, 0.99),
    "structured-140": (0.95, 0.92, 0.99),
    "structured-141": (0.99, 0.98, 0.98),
    "structured-142": (0.81, 0.98, 0.95),
    "structured-143": (0.99, 1.00, 1.00),
    "structured-144": (0.97, 0.97, 1.00),
    "structured-145": (0.99, 0.94, 1.00),
    "structured-146": (0.96, 0.98, 0.99),
    "structured-147": (0.95, 0.97, 0.85),
    "structured-148": (0.97, 0.85, 1.00),
    "structured-149": (1.00, 1.00, 0.94),
    "structured-150": (0.96, 1.00, 1.00),
    "structured-151": (0.97, 1.00, 1.00),
}


@pytest.mark.parametrize("folder", sorted(FIFTH_SESSION_FLOORS))
def test_development_sets_keep_their_corrected_level(folder: str) -> None:
    from training.structure_eval import load_notices, score_structure

    org_floor, problem_floor, metadata_floor, *spurious = FIFTH_SESSION_FLOORS[folder]
    docs = load_corpus([CONSTRUCTED_DIR / folder / "notices.jsonl"])
    assert evaluate_pipeline(docs, backend="rules").labels["ORG"].f1 >= org_floor
    gold, metadata = load_notices(CONSTRUCTED_DIR / folder)
    scores = score_structure(gold, metadata)
    assert scores.headings.f1 >= 0.99
    assert scores.problems.f1 >= problem_floor
    assert scores.kind_accuracy >= problem_floor
    assert scores.metadata_right >= metadata_floor
    assert scores.metadata_spurious <= (spurious[0] if spurious else 0)
