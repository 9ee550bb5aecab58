"""extractor: structured data from Chinese inspection-rectification notices.

>>> import extractor
>>> notice = extractor.extract(text)                      # the shipped BERT pipeline
>>> notice = extractor.extract(text, backend="rules")     # the rule baseline
>>> notice.problems_frame(), notice.entities_frame(), notice.to_json()

The heavy parts (torch, spaCy) load on first use, so ``import extractor`` is cheap.
"""

from __future__ import annotations

import importlib
from typing import Any

from extractor.model_path import ModelNotFoundError
from extractor.result import Entity, Heading, Metadata, Notice, Problem
from extractor.spans import LABELS, Span

_LAZY = {
    "DocumentError": "extractor.failures",
    "FailedDocument": "extractor.failures",
    "Extractor": "extractor.pipeline",
    "decode_bytes": "extractor.pipeline",
    "extract": "extractor.pipeline",
    "extract_many": "extractor.pipeline",
    "load": "extractor.pipeline",
}

__all__ = [
    "DocumentError",
    "FailedDocument",
    "LABELS",
    "Entity",
    "Extractor",
    "Heading",
    "Metadata",
    "ModelNotFoundError",
    "Notice",
    "Problem",
    "Span",
    "decode_bytes",
    "extract",
    "extract_many",
    "load",
]
__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'extractor' has no attribute {name!r}")
