"""Where the shipped NER pipeline lives, and a clear error when it does not.

Models are loaded from local directories only (no model hub at run time): an
explicit path, else ``$EXTRACTOR_MODEL``, else ``models/extractor-zh`` in the
working directory or in the project checkout this package was installed from.
"""

from __future__ import annotations

import os
from pathlib import Path

DEFAULT_MODEL_NAME = "extractor-zh"
ENV_VAR = "EXTRACTOR_MODEL"


class ModelNotFoundError(FileNotFoundError):
    """No usable NER pipeline directory was found."""


def candidate_paths(model: str | os.PathLike[str] | None = None) -> list[Path]:
    if model is not None:
        return [Path(model).expanduser()]
    if os.environ.get(ENV_VAR):  # an explicit choice: never silently replaced by another model
        return [Path(os.environ[ENV_VAR]).expanduser()]
    out: list[Path] = []
    out.append(Path.cwd() / "models" / DEFAULT_MODEL_NAME)
    out.append(Path(__file__).resolve().parent.parent / "models" / DEFAULT_MODEL_NAME)
    return list(dict.fromkeys(out))


def resolve_model_path(model: str | os.PathLike[str] | None = None) -> Path:
    """The first candidate that holds a spaCy pipeline (a ``config.cfg``)."""
    tried = candidate_paths(model)
    for path in tried:
        if (path / "config.cfg").is_file():
            return path
    lines = "\n".join(f"  - {p} ({'no config.cfg' if p.exists() else 'missing'})" for p in tried)
    raise ModelNotFoundError(
        "No NER pipeline found. Looked in:\n"
        f"{lines}\n"
        f"Pass model=PATH (CLI: --model PATH), set {ENV_VAR}=PATH to a pipeline directory "
        "saved with nlp.to_disk, or use the rule baseline with backend='rules' (--backend rules)."
    )
