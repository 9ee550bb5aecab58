"""The notebooks execute top to bottom against the shipped model, and their charts render.

A chart "renders" when its cell leaves an ``image/png`` output: with a
non-interactive backend (``matplotlib.use('Agg')``) ``plt.show()`` runs without
error and leaves nothing, which is the failure this checks for.
"""

from __future__ import annotations

import nbformat
import pytest
from nbclient import NotebookClient

from tests.conftest import ROOT

MODEL = ROOT / "models" / "extractor-zh"


def _execute(name: str) -> nbformat.NotebookNode:
    if not (MODEL / "config.cfg").is_file():
        pytest.fail("the shipped model models/extractor-zh is missing")
    notebook = nbformat.read(ROOT / "notebooks" / name, as_version=4)
    NotebookClient(
        notebook,
        timeout=600,
        kernel_name="python3",
        resources={"metadata": {"path": str(ROOT / "notebooks")}},
    ).execute()
    return notebook


def _outputs(notebook: nbformat.NotebookNode) -> list[dict]:
    return [o for c in notebook.cells if c.cell_type == "code" for o in c.get("outputs", [])]


def _cjk_font_installed() -> bool:
    """Whether a font of the report charts' CJK list is installed (CI installs one; a
    machine without one gets :class:`~extractor.report_charts.CJKFontWarning`)."""
    from matplotlib import font_manager

    from extractor.report_charts import CJK_FONTS

    return bool({f.name for f in font_manager.fontManager.ttflist} & set(CJK_FONTS))


def _text(output: dict) -> str:
    if output.get("output_type") == "stream":
        return output.get("text", "")
    return output.get("data", {}).get("text/plain", "")


@pytest.mark.slow
@pytest.mark.parametrize("name", ["quickstart.ipynb", "evaluation.ipynb"])
def test_notebook_executes_and_its_charts_render(name: str) -> None:
    notebook = _execute(name)
    outputs = _outputs(notebook)
    errors = [o for o in outputs if o.get("output_type") == "error"]
    assert not errors, [f"{e['ename']}: {e['evalue']}" for e in errors]
    images = [o for o in outputs if "image/png" in o.get("data", {})]
    assert images, "no chart rendered (a non-interactive backend leaves plt.show() empty)"
    assert all(len(o["data"]["image/png"]) > 2_000 for o in images)  # base64 of a real plot
    if _cjk_font_installed():  # without one the charts warn of missing glyphs, by design
        assert not any("Glyph" in _text(o) and "missing" in _text(o) for o in outputs)
    if name == "quickstart.ipynb":
        printed = "".join(_text(o) for o in outputs)
        # the HTML reports were written, each with charts
        assert "notice-000.html" in printed and "seeds.html" in printed
        assert " 0 charts" not in printed
