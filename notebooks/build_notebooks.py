"""Writes the two notebooks from plain cell lists, so their source stays reviewable.

python notebooks/build_notebooks.py

The notebooks are stored without outputs (they would go stale with every
model); ``tests/test_notebooks.py`` runs them and checks that their charts come
out as images.  Charts use the inline backend (``%matplotlib inline``): a
non-interactive backend such as Agg makes ``plt.show()`` draw nothing.
"""

from __future__ import annotations

from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

HERE = Path(__file__).resolve().parent

QUICKSTART = [
    new_markdown_cell(
        "# Quickstart: from a notice to tables and charts\n\n"
        "Extract the structure and entities of one rectification notice with the shipped "
        "BERT pipeline (`models/extractor-zh`), look at problems and entities as DataFrames, "
        "chart them, and write the HTML reports (one notice, and a folder of notices)."
    ),
    new_code_cell(
        "%matplotlib inline\n"
        "from pathlib import Path\n"
        "import matplotlib.pyplot as plt\n"
        "import extractor\n"
        "from extractor.report_charts import cjk_font\n\n"
        "# Chinese tick labels need a CJK font (fonts-wqy-zenhei on Debian); without one\n"
        "# cjk_font() warns and the charts still draw, with boxes for the characters\n"
        "plt.rcParams['font.family'] = [f for f in (cjk_font(), 'DejaVu Sans') if f]\n"
        "plt.rcParams['axes.unicode_minus'] = False\n\n"
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
    new_markdown_cell(
        "## Problems: status, category, money, organisations\n\n"
        "`number` is the number as written, and this notice restarts it under each status "
        "heading (已完成 1–8, then 正在推进 1), so two problems share number 1. `key` never "
        "repeats within a notice: join on it (with `source` across notices).\n\n"
        "`amount_yuan` adds the problem's yuan amounts only: bounds such as 超亿元 or "
        "10亿元以上 (counted in `thresholds`) are classes of projects, not money, and other "
        "currencies are in `amounts_other`."
    ),
    new_code_cell(
        "problems = notice.problems_frame()\n"
        "assert problems.key.is_unique\n"
        "problems[['key', 'number', 'statement', 'status', 'amount_yuan', 'amounts_other', "
        "'thresholds', 'counts']]"
    ),
    new_markdown_cell("## Entities with their normalised values and the problem they belong to"),
    new_code_cell(
        "entities = notice.entities_frame()\n"
        "entities[['label', 'text', 'value', 'unit', 'approximate', 'threshold', 'problem_key']].head(15)"
    ),
    new_code_cell("entities.groupby('label').size().sort_values(ascending=False)"),
    new_markdown_cell(
        "Money per problem, in 万元, from the entities: yuan only, bounds left out, grouped by "
        "the problem key (grouping by `problem_number` would add 正在推进 problem 1 into "
        "已完成 problem 1). It agrees with `amount_yuan` of the problems table."
    ),
    new_code_cell(
        "money = entities[(entities.label == 'AMOUNT') & entities.problem_key.notna()]\n"
        "money = money[(money.currency == 'CNY') & ~money.threshold.eq(True)]\n"
        "per_problem = money.groupby('problem_key')['value'].sum() / 1e4\n"
        "table = problems.set_index('key')\n"
        "assert (per_problem - table.amount_yuan.dropna() / 1e4).abs().max() < 1e-6\n"
        "per_problem.rename('万元').to_frame().join(table[['number', 'status', 'statement']]).round(2)"
    ),
    new_markdown_cell("## Charts"),
    new_code_cell(
        "status_names = {'completed': '已完成', 'in_progress': '整改中', 'long_term': '长期坚持'}\n"
        "fig, (left, right) = plt.subplots(1, 2, figsize=(11, 3.6))\n"
        "problems.status.map(status_names).fillna('未标明').value_counts().plot.barh(\n"
        "    ax=left, title='问题整改状态', color='#2e7d32')\n"
        "left.set_xlabel('问题数')\n"
        "(table.amount_yuan.dropna() / 1e4).rename(lambda k: f'问题 {k}').plot.barh(\n"
        "    ax=right, title='各问题金额（人民币，万元）', color='#5b7db1')\n"
        "right.set_xlabel('万元')\n"
        "plt.tight_layout()\n"
        "plt.show()"
    ),
    new_markdown_cell(
        "## The HTML reports (self-contained, open offline)\n\n"
        "Chinese by default (`lang='en'` for English), with the same kind of charts drawn "
        "into the page as SVG. A folder of notices gives one corpus page: completion per "
        "issuer, sums per notice, every problem (the rule backend here, for speed)."
    ),
    new_code_cell(
        "import tempfile\n"
        "from extractor.report import write_html\n"
        "from extractor.report_corpus import write_corpus_html\n\n"
        "out = Path(tempfile.mkdtemp())\n"
        "page = write_html(notice, out / 'notice-000.html')\n"
        "seeds = sorted((ROOT / 'corpus' / 'seeds').glob('*.txt'))\n"
        "corpus = list(extractor.extract_many([p.read_text(encoding='utf-8') for p in seeds],\n"
        "                                     backend='rules', sources=[p.name for p in seeds]))\n"
        "corpus_page = write_corpus_html(corpus, out / 'seeds.html')\n"
        "for path in (page, corpus_page):\n"
        "    html = path.read_text(encoding='utf-8')\n"
        "    print(path.name, f'{path.stat().st_size:,} bytes,', html.count('<svg'), 'charts')"
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
        "%matplotlib inline\nimport matplotlib.pyplot as plt\n\n"
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
