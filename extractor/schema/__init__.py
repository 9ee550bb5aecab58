"""The JSON Schema of the output: what ``Notice.to_dict()`` and ``extractor extract`` write.

Shipped as ``notice.schema.json`` beside this file so that consumers in other
languages can validate a result without this package; the tests validate
every seed and variant notice against it.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

SCHEMA_FILE = "notice.schema.json"


def notice_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of one notice as ``Notice.to_dict()`` returns it."""
    return json.loads(resources.files(__name__).joinpath(SCHEMA_FILE).read_text(encoding="utf-8"))
