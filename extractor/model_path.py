"""Where the shipped NER pipeline lives, and a clear error when it does not.

Models are loaded from local directories only (no model hub at run time), in
this order: an explicit path (``model=`` / ``--model``), else
``$EXTRACTOR_MODEL``, else the pipeline shipped with this package
(``models/extractor-zh`` next to the ``extractor`` package, found from the
package's own location). The working directory is never searched: loading a
model folder is loading code-adjacent data, and ``extractor extract`` run inside
an untrusted folder must not pick up that folder's ``models/``.
"""

from __future__ import annotations

import os
from pathlib import Path

DEFAULT_MODEL_NAME = "extractor-zh"
ENV_VAR = "EXTRACTOR_MODEL"
#: the pipeline shipped with the package (the project checkout it was installed from)
SHIPPED_MODEL = Path(__file__).resolve().parents[1] / "models" / DEFAULT_MODEL_NAME


class ModelNotFoundError(FileNotFoundError):
    """No usable NER pipeline directory was found."""


def candidate_paths(model: str | os.PathLike[str] | None = None) -> list[Path]:
    """The directories tried, in order; an explicit choice is never replaced by another."""
    if model is not None:
        return [Path(model).expanduser()]
    if os.environ.get(ENV_VAR):
        return [Path(os.environ[ENV_VAR]).expanduser()]
    return [SHIPPED_MODEL]


def resolve_model_path(model: str | os.PathLike[str] | None = None) -> Path:
    """The first candidate that holds a spaCy pipeline (a ``config.cfg``), resolved."""
    tried = candidate_paths(model)
    for path in tried:
        if (path / "config.cfg").is_file():
            return path.resolve()
    lines = "\n".join(f"  - {p} ({'no config.cfg' if p.exists() else 'missing'})" for p in tried)
    raise ModelNotFoundError(
        "No NER pipeline found. Looked in:\n"
        f"{lines}\n"
        f"Pass model=PATH (CLI: --model PATH), set {ENV_VAR}=PATH to a pipeline directory "
        "saved with nlp.to_disk, or use the rule baseline with backend='rules' (--backend rules)."
    )
