"""Model loading reads data only: crafted model folders run no code and read nothing outside.

Each crafted folder is a copy of the shipped pipeline with one hostile change;
the pickle payload writes a marker file when unpickled, and the test first
proves it does (so a loader that unpickled it would leave the marker).
"""

from __future__ import annotations

import pickle
import shutil
from pathlib import Path

import pytest
import srsly

import extractor
from extractor.model_path import ENV_VAR, SHIPPED_MODEL, candidate_paths, resolve_model_path
from extractor.model_safety import UnsafeModelError, check_pipeline_dir

ROOT = Path(__file__).resolve().parent.parent
MODEL = ROOT / "models" / "extractor-zh"


class _WritesMarker:
    """Unpickling this calls ``open(marker, "w")``: code execution made visible."""

    def __init__(self, marker: Path):
        self.marker = marker

    def __reduce__(self):
        return (open, (str(self.marker), "w"))


@pytest.fixture
def model_copy(tmp_path: Path) -> Path:
    target = tmp_path / "model"
    shutil.copytree(MODEL, target)
    return target


def _load(path: Path):
    return extractor.Extractor(backend="bert", model=path)


def test_shipped_model_passes_the_check():
    assert check_pipeline_dir(MODEL) == MODEL.resolve()


def test_pkuseg_pickle_is_never_unpickled(model_copy, tmp_path):
    marker = tmp_path / "marker"
    payload = pickle.dumps(_WritesMarker(marker))
    # the payload is live: unpickling it writes the marker
    pickle.loads(payload)
    assert marker.exists()
    marker.unlink()
    pkuseg = model_copy / "tokenizer" / "pkuseg_model"
    (pkuseg / "features.msgpack").unlink()
    (pkuseg / "features.pkl").write_bytes(payload)
    with pytest.raises(UnsafeModelError, match="features.pkl"):
        _load(model_copy)
    assert not marker.exists()


def test_missing_msgpack_is_refused_even_without_a_pickle(model_copy):
    (model_copy / "tokenizer" / "pkuseg_model" / "features.msgpack").unlink()
    with pytest.raises(UnsafeModelError, match="features.msgpack"):
        _load(model_copy)


def test_pickle_anywhere_in_the_folder_is_refused(model_copy, tmp_path):
    (model_copy / "extractor_bert_ner" / "pytorch_model.bin").write_bytes(b"\x80\x04N.")
    with pytest.raises(UnsafeModelError, match="pytorch_model.bin"):
        _load(model_copy)


def test_symlink_out_of_the_folder_is_refused_without_echoing_the_target(model_copy, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("root:x:0:0:SECRET-FIRST-LINE\n", encoding="utf-8")
    (model_copy / "config.cfg").unlink()
    (model_copy / "config.cfg").symlink_to(secret)
    with pytest.raises(UnsafeModelError, match="outside the folder") as info:
        _load(model_copy)
    assert "SECRET" not in str(info.value)


def test_symlinked_weights_outside_are_refused(model_copy, tmp_path):
    weights = model_copy / "tokenizer" / "pkuseg_model" / "weights.npz"
    outside = tmp_path / "weights.npz"
    shutil.move(weights, outside)
    weights.symlink_to(outside)
    with pytest.raises(UnsafeModelError, match="weights.npz"):
        check_pipeline_dir(model_copy)


def test_symlink_inside_the_folder_is_fine(model_copy):
    readme = model_copy / "README.md"
    (model_copy / "README-link.md").symlink_to(readme)
    assert check_pipeline_dir(model_copy) == model_copy.resolve()


def test_pkuseg_user_dictionary_path_is_refused(model_copy, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET-WORD\n", encoding="utf-8")
    processors = model_copy / "tokenizer" / "pkuseg_processors"
    user_dict, do_process, common, other = srsly.read_msgpack(processors)
    srsly.write_msgpack(processors, [str(secret), do_process, common, other])
    with pytest.raises(UnsafeModelError, match="user dictionary") as info:
        _load(model_copy)
    assert "SECRET" not in str(info.value)


def test_sourced_component_and_callbacks_are_refused(model_copy, tmp_path):
    config = model_copy / "config.cfg"
    original = config.read_text(encoding="utf-8")
    config.write_text(
        original.replace(
            "[components]\n", f'[components]\n\n[components.evil]\nsource = "{tmp_path}"\n'
        ),
        encoding="utf-8",
    )
    with pytest.raises(UnsafeModelError, match="sourced"):
        check_pipeline_dir(model_copy)
    config.write_text(
        original.replace(
            "before_creation = null",
            'before_creation = {"@callbacks":"spacy.copy_from_base_model.v1"}',
        ),
        encoding="utf-8",
    )
    with pytest.raises(UnsafeModelError, match="before_creation"):
        check_pipeline_dir(model_copy)


def test_broken_config_error_quotes_no_content(model_copy):
    (model_copy / "config.cfg").write_text("[nlp\nSECRET-LINE = = =\n", encoding="utf-8")
    with pytest.raises(UnsafeModelError, match="not a valid spaCy config") as info:
        check_pipeline_dir(model_copy)
    assert "SECRET" not in str(info.value)


def test_no_model_is_taken_from_the_working_directory(monkeypatch, tmp_path, model_copy):
    planted = tmp_path / "cwd"
    shutil.copytree(model_copy, planted / "models" / "extractor-zh")
    monkeypatch.chdir(planted)
    monkeypatch.delenv(ENV_VAR, raising=False)
    assert candidate_paths() == [SHIPPED_MODEL]
    assert resolve_model_path() == SHIPPED_MODEL.resolve()
    assert SHIPPED_MODEL == MODEL


def test_lookup_order_explicit_then_environment(monkeypatch, model_copy, tmp_path):
    monkeypatch.setenv(ENV_VAR, str(model_copy))
    assert resolve_model_path() == model_copy.resolve()
    assert resolve_model_path(MODEL) == MODEL.resolve()


def test_segmenter_user_dictionary_link_out_of_its_folder_is_refused(tmp_path):
    from extractor.segmentation import DEFAULT_PKUSEG_DIR, load_shipped_pipeline

    folder = tmp_path / "pkuseg"
    shutil.copytree(DEFAULT_PKUSEG_DIR, folder)
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET-WORD\n", encoding="utf-8")
    (folder / "user_dict.txt").unlink()
    (folder / "user_dict.txt").symlink_to(secret)
    with pytest.raises(UnsafeModelError, match="user_dict.txt"):
        load_shipped_pipeline(folder)


def test_loading_the_shipped_model_unpickles_nothing(monkeypatch):
    """spaCy's own zh loader unpickles spacy-pkuseg's bundled dictionary; ours does not."""

    def refuse(*args, **kwargs):
        raise AssertionError("pickle used while loading the model")

    monkeypatch.setattr(pickle, "load", refuse)
    monkeypatch.setattr(pickle, "loads", refuse)
    from extractor.recognizers.bert import BertBackend

    backend = BertBackend.load(MODEL)
    tokens = [t.text for t in backend.nlp.make_doc("市委巡察组反馈意见整改落实情况")]
    assert len(tokens) > 1 and "".join(tokens) == "市委巡察组反馈意见整改落实情况"
