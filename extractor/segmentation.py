"""The spaCy ``zh`` pipeline with our locally trained spacy-pkuseg word segmenter.

Why local: pkuseg's model downloads and spaCy's ``zh_core_web_*`` packages are
unreachable, so the segmenter is trained by ``training/segmenter.py`` on
People's Daily 1998 and shipped in ``models/pkuseg`` (``features.msgpack`` +
``weights.npz``) with a notice user dictionary (``user_dict.txt``).

spaCy copies the pkuseg model into ``tokenizer/pkuseg_model`` of every
pipeline saved with ``nlp.to_disk``, together with the user dictionary, so a
saved pipeline loads with plain ``spacy.load(dir)``: no network, no access to
``models/pkuseg``.

The pkuseg "default" post-processing dictionary (a 4.5 MB word list bundled
with spacy-pkuseg that merges adjacent words) is switched off and emptied by
default: it follows another segmentation standard and would otherwise be
serialised into every saved pipeline.
"""

from __future__ import annotations

from pathlib import Path

import spacy
from spacy.language import Language

from extractor.model_path import ModelNotFoundError
from extractor.model_safety import confined

#: files spacy_pkuseg needs in a model directory
PKUSEG_FILES: tuple[str, ...] = ("features.msgpack", "weights.npz")
DEFAULT_PKUSEG_DIR = Path(__file__).resolve().parent.parent / "models" / "pkuseg"


class PkusegModelNotFoundError(ModelNotFoundError):
    """The pkuseg model directory (or its user dictionary) is missing."""


def check_pkuseg_dir(pkuseg_model_dir: Path) -> Path:
    """The directory itself if it holds a pkuseg model, else a clear error."""
    path = Path(pkuseg_model_dir).expanduser()
    if path.is_dir():  # every file read must stay inside the folder (no symlink out)
        path = path.resolve()
        for name in PKUSEG_FILES:
            confined(path, name)
    missing = [name for name in PKUSEG_FILES if not (path / name).is_file()]
    if missing:
        where = "does not exist" if not path.exists() else f"lacks {', '.join(missing)}"
        raise PkusegModelNotFoundError(
            f"pkuseg segmentation model not found: {path} {where}. "
            "It is trained locally (pkuseg downloads are unreachable): run "
            "`python -m training.segmenter all --test-input ... --test-gold ...` "
            "(see models/pkuseg/README.md), or pass the directory of a trained model."
        )
    return path


def make_zh_pipeline(
    pkuseg_model_dir: Path = DEFAULT_PKUSEG_DIR,
    user_dict: Path | None = None,
    *,
    postprocess: bool = False,
) -> Language:
    """A blank spaCy ``zh`` pipeline whose tokenizer is the local pkuseg model.

    ``user_dict``: one word per line (optionally ``word<TAB>tag``); these words
    are forced as tokens by greedy longest match before the model runs.
    ``postprocess``: keep pkuseg's bundled default-dictionary merging (off:
    see the module docstring).
    """
    model_dir = check_pkuseg_dir(pkuseg_model_dir)
    if user_dict is not None and not Path(user_dict).is_file():
        raise PkusegModelNotFoundError(f"pkuseg user dictionary not found: {user_dict}")

    import spacy_pkuseg  # a hard dependency of the zh pipeline; fail here, not later

    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "pkuseg"}}})
    # "default" only selects pkuseg's bundled post-processing word list; with a
    # file path pkuseg loads that file as the user dictionary (and the list too).
    nlp.tokenizer.initialize(
        pkuseg_model=str(model_dir),
        pkuseg_user_dict=str(user_dict) if user_dict is not None else "default",
    )
    seg = nlp.tokenizer.pkuseg_seg
    if user_dict is None:
        seg.preprocesser = spacy_pkuseg.Preprocesser(None)
    if not postprocess:
        seg.postprocesser.do_process = False
        seg.postprocesser.common_words = set()
        seg.postprocesser.other_words = set()
    return nlp


def load_shipped_pipeline(model_dir: Path = DEFAULT_PKUSEG_DIR) -> Language:
    """The shipped segmenter with the shipped notice dictionary, when present."""
    model_dir = check_pkuseg_dir(model_dir)
    user_dict = confined(model_dir, "user_dict.txt")  # never a link to a file elsewhere
    return make_zh_pipeline(model_dir, user_dict if user_dict.is_file() else None)


def token_offsets(nlp: Language, text: str) -> list[tuple[int, int]]:
    """Character ranges of the non-whitespace tokens, in ``text``'s own offsets."""
    doc = nlp.make_doc(text)
    return [(t.idx, t.idx + len(t.text)) for t in doc if not t.is_space]


def read_pipeline_tokenizer(nlp: Language, tokenizer_dir: Path) -> None:
    """Load a saved pipeline's pkuseg tokenizer from msgpack and npz only.

    What spaCy's ``ChineseTokenizer.from_disk`` does, minus one pickle: it
    builds the segmenter with pkuseg's "default" post-processing dictionary,
    a pickle bundled with spacy-pkuseg, before overwriting that dictionary
    with the saved word lists. Here the segmenter is built without it
    (``user_dict=None``) and the saved lists are set directly, so loading a
    model unpickles nothing. The folder must have passed
    :func:`extractor.model_safety.check_pipeline_dir` (features.msgpack
    present, the user dictionary a word list)."""
    import spacy_pkuseg
    import srsly

    tokenizer = nlp.tokenizer
    cfg = tokenizer_dir / "cfg"
    if cfg.is_file():
        tokenizer._set_config(srsly.read_json(cfg))
    if getattr(tokenizer, "segmenter", None) != "pkuseg":
        return
    seg = spacy_pkuseg.pkuseg(str(tokenizer_dir / "pkuseg_model"), user_dict=None)
    processors = tokenizer_dir / "pkuseg_processors"
    if processors.is_file():
        user_dict, do_process, common_words, other_words = srsly.read_msgpack(processors)
        seg.preprocesser = spacy_pkuseg.Preprocesser(list(user_dict))
        seg.postprocesser.do_process = do_process
        seg.postprocesser.common_words = set(common_words)
        seg.postprocesser.other_words = set(other_words)
    else:
        seg.postprocesser.do_process = False
    tokenizer.pkuseg_seg = seg
