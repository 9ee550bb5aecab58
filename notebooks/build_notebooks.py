"""Writes the two notebooks from plain cell lists, so their source stays reviewable.

python notebooks/build_notebooks.py
"""

from __future__ import annotations

from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

HERE = Path(__file__).resolve().parent

QUICKSTART = [
    new_markdown_cell(
        "# Quickstart: from a notice to tables\n\n"
        "Extract the structure and entities of one rectification notice with the shipped "
        "BERT pipeline (`models/extractor-zh`), look at problems and entities as DataFrames, "
        "and write the HTML report."
    ),
    new_code_cell(
        "from pathlib import Path\n"
        "import extractor\n\n"
        "ROOT = Path.cwd() if (Path.cwd() / 'corpus').is_dir() else Path.cwd().parent\n"
        "text = next((ROOT / 'corpus' / 'seeds').glob('000_*.txt')).read_text(encoding='utf-8')\n"
        "notice = extractor.extract(text)\n"
        "print(notice.backend, len(notice.problems), 'problems,', len(notice.entities), 'entities')"
    ),
    new_markdown_cell("## Who inspected whom, and when"),
    new_code_cell(
        "m = notice.metadata\n"
        "{k: getattr(m, k) for k in ['inspection_kind', 'team', 'inspected_organisation', "
        "'period_text', 'feedback_date_text', 'stated_totals']}"
    ),
    new_markdown_cell("## Problems: status, category, money, organisations"),
    new_code_cell(
        "problems = notice.problems_frame()\nproblems[['number', 'statement', 'status', 'amount_yuan', 'counts', 'organisations']]"
    ),
    new_markdown_cell("## Entities with their normalised values and the problem they belong to"),
    new_code_cell(
        "entities = notice.entities_frame()\n"
        "entities[['label', 'text', 'value', 'unit', 'role', 'problem_number']].head(15)"
    ),
    new_code_cell("entities.groupby('label').size().sort_values(ascending=False)"),
    new_markdown_cell("Money per problem, in 万元:"),
    new_code_cell(
        "money = entities[(entities.label == 'AMOUNT') & entities.problem_number.notna()]\n"
        "(money.groupby('problem_number')['value'].sum() / 1e4).round(2)"
    ),
    new_markdown_cell("## The HTML report (self-contained, opens offline)"),
    new_code_cell(
        "import tempfile\n"
        "from extractor.report import write_html\n\n"
        "out = Path(tempfile.mkdtemp()) / 'notice-000.html'\n"
        "write_html(notice, out)\n"
        "print(out, out.stat().st_size, 'bytes')"
    ),
]

EVALUATION = [
    new_markdown_cell(
        "# Evaluation: how good is the model?\n\n"
        "Leave-one-notice-out cross-validation (seqeval, strict IOB2) of the BERT tagger beside "
        "the rule baseline on the same held-out notices, from `reports/crossval.json` "
        "(written by `python -m training.train --cv`), then an error analysis of the shipped "
        "model on one gold notice."
    ),
    new_code_cell(
        "import json\nfrom pathlib import Path\nimport pandas as pd\n\n"
        "ROOT = Path.cwd() if (Path.cwd() / 'corpus').is_dir() else Path.cwd().parent\n"
        "cv = json.loads((ROOT / 'reports' / 'crossval.json').read_text(encoding='utf-8'))\n"
        "rows = []\n"
        "for system in ('bert', 'rules'):\n"
        "    for label, s in cv[system]['labels'].items():\n"
        "        rows.append({'system': system, 'label': label, **s})\n"
        "    rows.append({'system': system, 'label': 'micro', **cv[system]['micro']})\n"
        "scores = pd.DataFrame(rows)\n"
        "scores.pivot(index='label', columns='system', values='f1').round(3)"
    ),
    new_code_cell(
        "import matplotlib\nmatplotlib.use('Agg')\nimport matplotlib.pyplot as plt\n\n"
        "pivot = scores.pivot(index='label', columns='system', values='f1')\n"
        "ax = pivot.plot.bar(figsize=(8, 4), ylim=(0, 1), rot=0, title='F1 per label (leave one notice out)')\n"
        "ax.set_ylabel('F1')\nplt.tight_layout()\nplt.show()"
    ),
    new_markdown_cell("## Kinds of errors (cross-validation)"),
    new_code_cell("pd.DataFrame(cv['bert']['errors']).T.fillna(0).astype(int)"),
    new_markdown_cell(
        "## Error analysis on one notice\n\n"
        "The shipped model has seen every gold notice in training, so these are in-sample "
        "errors: they show what the model finds hard, not how well it generalises."
    ),
    new_code_cell(
        "import extractor\n"
        "from training.corpus import read_jsonl\n\n"
        "gold = read_jsonl(ROOT / 'corpus' / 'gold' / '003.jsonl')[0]\n"
        "notice = extractor.extract(gold.text)\n"
        "pred = {(e.start, e.end, e.label) for e in notice.entities}\n"
        "true = {(s.start, s.end, s.label) for s in gold.spans}\n"
        "def show(spans):\n"
        "    return pd.DataFrame([{'label': l, 'text': gold.text[a:b], 'context': gold.text[max(0, a - 12):b + 12]}\n"
        "                         for a, b, l in sorted(spans)])\n"
        "print(len(true & pred), 'correct,', len(true - pred), 'missed,', len(pred - true), 'spurious')\n"
        "show(true - pred).head(15)"
    ),
    new_code_cell("show(pred - true).head(15)"),
]


def main() -> None:
    for name, cells in (("quickstart.ipynb", QUICKSTART), ("evaluation.ipynb", EVALUATION)):
        nb = new_notebook(cells=cells)
        nb.metadata["kernelspec"] = {
            "name": "python3",
            "display_name": "Python 3",
            "language": "python",
        }
        nbformat.write(nb, HERE / name)


if __name__ == "__main__":
    main()
