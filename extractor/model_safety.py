"""A model folder may hold data only: checked before spaCy or torch reads it.

Loading a spaCy pipeline reads many files, and some readers run code or read
outside the folder when the folder is crafted:

- spacy-pkuseg unpickles ``tokenizer/pkuseg_model/features.pkl`` when
  ``features.msgpack`` is absent (and rewrites the folder from a
  ``features.json``);
- ``tokenizer/pkuseg_processors`` may name a user dictionary as a *file path*
  instead of carrying the word list, and pkuseg opens that path;
- ``config.cfg`` can ``source`` components from another pipeline anywhere on
  disk, call creation callbacks, or pick another tokenizer;
- any file can be a symlink to a file outside the folder, whose content would
  then be parsed (and echoed in the parse error).

:func:`check_pipeline_dir` refuses all of these with a :class:`UnsafeModelError`
that names the offending file relative to the folder and never quotes a file's
content. What it accepts is what :func:`extractor.recognizers.bert.save_pipeline`
writes: JSON, msgpack, numpy ``.npz`` (read without pickles) and safetensors.
"""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from typing import Any

from extractor.model_path import ModelNotFoundError

#: suffixes of files that are (or usually are) pickles: never loaded, and their
#: mere presence marks a folder as untrusted
PICKLE_SUFFIXES = frozenset({".pkl", ".pickle", ".pt", ".pth", ".ckpt", ".joblib", ".dill"})
#: the one ``.bin`` spaCy writes, a msgpack table (``save_pipeline`` drops it when empty)
ALLOWED_BIN = frozenset({"vocab/lookups.bin"})
#: pipeline components a shipped pipeline may declare
ALLOWED_FACTORIES = frozenset({"extractor_bert_ner"})
#: registered functions the ``[nlp]`` and ``[components]`` sections may call
ALLOWED_FUNCTIONS = frozenset({"spacy.zh.ChineseTokenizer", "spacy.Vectors.v1"})
#: files spacy-pkuseg needs; without them it falls back to pickle/json loaders
PKUSEG_FILES = ("features.msgpack", "weights.npz")
_CALLBACKS = ("before_creation", "after_creation", "after_pipeline_creation")


class UnsafeModelError(ModelNotFoundError):
    """A model folder holds something that could run code or read outside it."""


def check_pipeline_dir(path: str | os.PathLike[str]) -> Path:
    """The resolved folder if it holds data only; else :class:`UnsafeModelError`."""
    root = Path(path).resolve()
    if not root.is_dir():
        raise UnsafeModelError(f"model folder {path} is not a directory")
    _check_files(root)
    _check_config(root)
    _check_tokenizer(root)
    return root


def confined(root: Path, relative: str | os.PathLike[str]) -> Path:
    """``root / relative`` resolved, refused unless it stays inside ``root``."""
    target = (root / relative).resolve()
    if not target.is_relative_to(root):
        raise UnsafeModelError(
            f"{relative} in model folder {root} leads outside the folder; refused"
        )
    return target


def _check_files(root: Path) -> None:
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        for name in [*dirnames, *filenames]:
            entry = Path(dirpath) / name
            rel = entry.relative_to(root).as_posix()
            if entry.is_symlink():
                target = confined(root, rel)  # a link is fine while it stays inside
                if target.is_dir():
                    continue  # os.walk does not follow it; its files are reached directly
            info = entry.stat() if entry.exists() else None
            if info is None:
                raise UnsafeModelError(f"{rel} in model folder {root} is a dangling link")
            if not (stat.S_ISREG(info.st_mode) or stat.S_ISDIR(info.st_mode)):
                raise UnsafeModelError(f"{rel} in model folder {root} is not a regular file")
            suffix = entry.suffix.lower()
            if suffix in PICKLE_SUFFIXES or (suffix == ".bin" and rel not in ALLOWED_BIN):
                raise UnsafeModelError(
                    f"{rel} in model folder {root} is a pickle (or may be one): pickles can "
                    "run code when loaded and are refused. A pipeline saved by this project "
                    "holds only JSON, msgpack, .npz and .safetensors files."
                )


def _check_config(root: Path) -> None:
    from confection import Config

    config_path = confined(root, "config.cfg")
    if not config_path.is_file():
        raise UnsafeModelError(f"model folder {root} has no config.cfg")
    try:
        config = Config().from_str(config_path.read_text(encoding="utf-8"), interpolate=False)
    except Exception:  # the parser quotes the offending line: never echo file content
        raise UnsafeModelError(
            f"config.cfg in model folder {root} is not a valid spaCy config"
        ) from None
    nlp = config.get("nlp", {})
    if nlp.get("lang") != "zh":
        raise UnsafeModelError(f"config.cfg in {root}: not a Chinese (zh) pipeline")
    for key in _CALLBACKS:
        if nlp.get(key) is not None:
            raise UnsafeModelError(f"config.cfg in {root}: [nlp] {key} must be null")
    for name, component in config.get("components", {}).items():
        if "source" in component:
            raise UnsafeModelError(
                f"config.cfg in {root}: component {name!r} is sourced from another "
                "pipeline; only self-contained pipelines are loaded"
            )
        if component.get("factory") not in ALLOWED_FACTORIES:
            raise UnsafeModelError(
                f"config.cfg in {root}: component {name!r} has factory "
                f"{component.get('factory')!r}; allowed: {', '.join(sorted(ALLOWED_FACTORIES))}"
            )
    for section in ("nlp", "components"):
        for function in _registered_functions(config.get(section, {})):
            if function not in ALLOWED_FUNCTIONS:
                raise UnsafeModelError(
                    f"config.cfg in {root}: [{section}] calls {function!r}, which a "
                    "shipped pipeline does not use; refused"
                )
    if nlp.get("tokenizer", {}).get("@tokenizers") != "spacy.zh.ChineseTokenizer":
        raise UnsafeModelError(f"config.cfg in {root}: the tokenizer must be spaCy's zh one")


def _registered_functions(node: Any) -> list[str]:
    """Every ``@registry = "name"`` value inside a config section."""
    found: list[str] = []
    if isinstance(node, dict):
        for key, value in node.items():
            if isinstance(key, str) and key.startswith("@"):
                found.append(str(value))
            else:
                found.extend(_registered_functions(value))
    return found


def _check_tokenizer(root: Path) -> None:
    """pkuseg reads msgpack and npz only, and its user dictionary is a word list."""
    tokenizer = confined(root, "tokenizer")
    if not tokenizer.is_dir():
        return  # spaCy builds the tokenizer from config.cfg alone
    cfg_path = confined(root, "tokenizer/cfg")
    segmenter = "char"
    if cfg_path.is_file():
        try:
            segmenter = json.loads(cfg_path.read_text(encoding="utf-8")).get("segmenter", "char")
        except (ValueError, AttributeError):
            raise UnsafeModelError(f"tokenizer/cfg in {root} is not valid JSON") from None
    if segmenter != "pkuseg":
        return
    model = confined(root, "tokenizer/pkuseg_model")
    missing = [name for name in PKUSEG_FILES if not (model / name).is_file()]
    if missing:
        raise UnsafeModelError(
            f"tokenizer/pkuseg_model in {root} lacks {', '.join(missing)}; without them "
            "spacy-pkuseg falls back to loading a pickle, so the folder is refused"
        )
    processors = confined(root, "tokenizer/pkuseg_processors")
    if processors.is_file():
        import srsly

        try:
            data = srsly.read_msgpack(processors)
        except Exception:
            raise UnsafeModelError(
                f"tokenizer/pkuseg_processors in {root} is not valid msgpack"
            ) from None
        user_dict = data[0] if isinstance(data, list | tuple) and data else None
        if not (user_dict is None or isinstance(user_dict, list | tuple)):
            raise UnsafeModelError(
                f"tokenizer/pkuseg_processors in {root} names its user dictionary as a file "
                "path; a saved pipeline carries the word list itself, and a path could read "
                "any file, so it is refused"
            )
