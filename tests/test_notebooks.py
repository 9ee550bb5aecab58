"""The notebooks execute top to bottom against the shipped model."""

from __future__ import annotations

import nbformat
import pytest
from nbclient import NotebookClient

from tests.conftest import ROOT

MODEL = ROOT / "models" / "extractor-zh"


@pytest.mark.slow
@pytest.mark.parametrize("name", ["quickstart.ipynb", "evaluation.ipynb"])
def test_notebook_executes(name):
    if not (MODEL / "config.cfg").is_file():
        pytest.fail("the shipped model models/extractor-zh is missing")
    notebook = nbformat.read(ROOT / "notebooks" / name, as_version=4)
    NotebookClient(
        notebook,
        timeout=600,
        kernel_name="python3",
        resources={"metadata": {"path": str(ROOT / "notebooks")}},
    ).execute()
    errors = [
        o
        for c in notebook.cells
        if c.cell_type == "code"
        for o in c.get("outputs", [])
        if o.get("output_type") == "error"
    ]
    assert not errors
    assert any(c.get("outputs") for c in notebook.cells if c.cell_type == "code")
