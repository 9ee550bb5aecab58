"""Many machines: the extractor on a Dask cluster (``pip install extractor[dask]``).

A notice takes a fraction of a second, loading the pipeline several, so the
pipeline is loaded once per *worker*, never per task: :class:`ExtractorPlugin`
(a ``distributed`` ``WorkerPlugin``) loads it when a worker starts or joins,
and tasks find it there; without a cluster (the local schedulers) a
process-wide cache plays the same part. Notices become a ``dask.bag`` of
:class:`~extractor.result.Notice` (or :class:`~extractor.failures.FailedDocument`),
and then ``dask.dataframe`` tables of problems, entities and failures::

    from dask.distributed import Client, LocalCluster
    import dask.bag as db
    from extractor import dask as xdask

    client = Client(LocalCluster(n_workers=2, threads_per_worker=1))
    xdask.register(client)                       # one pipeline per worker
    bag = xdask.read_files(sorted(Path("notices").glob("*.txt")))
    tables = xdask.to_tables(xdask.extract_bag(bag))
    tables.problems.to_parquet("problems/")      # or .compute() for pandas

Elements of the input bag are texts (``str``/``bytes``) or ``(source, text)``
pairs. A failure is named by its source, or else by its place
(``partition P, element I``); ``index`` is the position in its partition.

This module is importable as ``extractor.dask``; it is named
``dask_integration`` so that nothing here can shadow the ``dask`` package.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from distributed import WorkerPlugin

from extractor.failures import FailedDocument, apply_policy, check_on_error
from extractor.result import Metadata, Notice

if TYPE_CHECKING:
    import dask.bag as db
    import dask.dataframe as dd
    import pandas as pd

PLUGIN_NAME = "extractor-pipeline"

_LOCK = threading.Lock()
#: process-wide pipelines: (backend, model) -> (Extractor, lock serialising its use)
_PIPELINES: dict[tuple[str, str | None], tuple[Any, threading.Lock]] = {}


def _pipeline(backend: str, model: str | None, threads: int | None = None) -> tuple[Any, Any]:
    """This process's pipeline and its lock (a spaCy pipeline is not re-entrant)."""
    key = (backend, model)
    with _LOCK:
        if key not in _PIPELINES:
            if threads is not None:
                import torch

                torch.set_num_threads(threads)
            from extractor.pipeline import Extractor

            _PIPELINES[key] = (Extractor(backend=backend, model=model), threading.Lock())
        return _PIPELINES[key]


class ExtractorPlugin(WorkerPlugin):
    """Loads the pipeline once on every worker, at registration and when a worker joins.

    ``threads`` sets torch's threads in the worker process: one per Dask
    worker thread is right when the cluster has a process per core."""

    name = PLUGIN_NAME

    def __init__(self, backend: str = "bert", model: str | None = None, threads: int | None = 1):
        self.backend = backend
        self.model = model
        self.threads = threads

    def setup(self, worker: Any) -> None:
        _pipeline(self.backend, self.model, self.threads)


def register(client: Any, *, backend: str = "bert", model: str | None = None, threads: int = 1):
    """Load the pipeline on every worker of ``client`` now (and on workers that join later).

    ``model`` is a path *on the workers* (default: their own lookup,
    ``$EXTRACTOR_MODEL`` or ``models/extractor-zh``)."""
    model = None if model is None else os.fspath(model)
    return client.register_plugin(ExtractorPlugin(backend, model, threads), name=PLUGIN_NAME)


def _extract_partition(
    elements: Iterable[Any], partition: int, backend: str, model: str | None, on_error: str
) -> list[Notice | FailedDocument]:
    items = []
    for index, element in enumerate(elements):
        if isinstance(element, tuple | list) and len(element) == 2:
            source, text = element
        else:
            source, text = None, element
        items.append((index, text, source if source is not None else _place(partition, index)))
    pipeline, lock = _pipeline(backend, model)
    with lock:
        outcomes = list(pipeline.outcomes(items))
    return list(apply_policy(iter(outcomes), on_error))


def _place(partition: int, index: int) -> str:
    return f"partition {partition}, element {index}"


def extract_bag(
    bag: db.Bag,
    *,
    backend: str = "bert",
    model: str | os.PathLike[str] | None = None,
    on_error: str = "record",
) -> db.Bag:
    """A bag of texts or ``(source, text)`` pairs → a bag of Notices, same order.

    ``on_error`` as in :func:`extractor.extract_many`; the default here is
    ``"record"`` (a :class:`FailedDocument` in place), because ``"raise"``
    fails the whole computation."""
    import dask
    import dask.bag as db

    check_on_error(on_error)
    model = None if model is None else os.fspath(model)
    parts = [
        dask.delayed(_extract_partition, pure=True)(part, number, backend, model, on_error)
        for number, part in enumerate(bag.to_delayed())
    ]
    return db.from_delayed(parts)


def read_files(paths: Sequence[str | os.PathLike[str]], npartitions: int | None = None) -> db.Bag:
    """A bag of ``(path, text)`` pairs, the files read and decoded on the workers.

    An unreadable file becomes ``(path, bytes)`` whose decoding error is then
    recorded against its path by :func:`extract_bag`."""
    import dask.bag as db

    names = [os.fspath(p) for p in paths]
    bag = db.from_sequence(names, npartitions=npartitions or min(len(names), 100) or 1)
    return bag.map(_read_file)


def _read_file(path: str) -> tuple[str, str | bytes]:
    from extractor.pipeline import decode_bytes

    data = Path(path).read_bytes()
    try:
        return path, decode_bytes(data)
    except (ValueError, LookupError):
        return path, data


@dataclass
class Tables:
    """The three tables of an extraction, as lazy Dask DataFrames.

    Columns are those of ``Notice.problems_frame()`` / ``entities_frame()``
    (``failures``: ``index, source, error_type, message``). Offsets, numbers
    and counts are nullable integers, ``amount_yuan`` a nullable float, every
    other column ``object`` as in pandas (Dask's automatic conversion to
    Arrow strings is switched off for them: it would turn mixed columns such
    as ``value`` into text)."""

    problems: dd.DataFrame
    entities: dd.DataFrame
    failures: dd.DataFrame


FAILURE_COLUMNS = ["index", "source", "error_type", "message"]
#: column dtypes that are not ``object`` (where the column exists)
TYPED_COLUMNS = {
    **dict.fromkeys(
        ("index", "start", "end", "number", "problem_number", "amounts", "counts", "entities"),
        "Int64",
    ),
    "amount_yuan": "Float64",
}


def _empty_notice() -> Notice:
    return Notice(text="", metadata=Metadata(), headings=[], problems=[], entities=[], backend="")


def _typed(frame: pd.DataFrame) -> pd.DataFrame:
    import pandas as pd

    out = frame.astype(object)
    for column, dtype in TYPED_COLUMNS.items():
        if column in out.columns:
            values = [None if pd.isna(v) else v for v in out[column].tolist()]
            out[column] = pd.array(values, dtype=dtype)
    return out


def _meta(table: str) -> pd.DataFrame:
    import pandas as pd

    if table == "failures":
        return _typed(pd.DataFrame(columns=FAILURE_COLUMNS))
    return _typed(getattr(_empty_notice(), f"{table}_frame")())


def table_frame(results: Iterable[Notice | FailedDocument], table: str) -> pd.DataFrame:
    """One pandas table (``problems``, ``entities`` or ``failures``) of some results,
    with the dtypes of :class:`Tables` (also the reference the tests compare with)."""
    import pandas as pd

    results = list(results)
    if table == "failures":
        rows = [
            {c: getattr(r, c) for c in FAILURE_COLUMNS}
            for r in results
            if isinstance(r, FailedDocument)
        ]
        return _typed(pd.DataFrame(rows, columns=FAILURE_COLUMNS))
    frames = [getattr(r, f"{table}_frame")() for r in results if not isinstance(r, FailedDocument)]
    frames = [f for f in frames if len(f)]
    if not frames:
        return _meta(table)
    return _typed(pd.concat(frames, ignore_index=True))


def to_tables(notices: db.Bag) -> Tables:
    """Problem, entity and failure tables from a bag of Notices (see :func:`extract_bag`)."""
    import dask
    import dask.dataframe as dd

    parts = notices.to_delayed()

    def table(name: str) -> dd.DataFrame:
        frames = [dask.delayed(table_frame, pure=True)(part, name) for part in parts]
        return dd.from_delayed(frames, meta=_meta(name), verify_meta=False)

    with dask.config.set({"dataframe.convert-string": False}):
        return Tables(
            problems=table("problems"), entities=table("entities"), failures=table("failures")
        )


def extract_frame(
    frame: dd.DataFrame,
    *,
    text: str = "text",
    source: str | None = "source",
    backend: str = "bert",
    model: str | os.PathLike[str] | None = None,
    on_error: str = "record",
) -> Tables:
    """A Dask DataFrame with a text column (and a source column) → the three tables."""
    columns = [source, text] if source is not None else [text]
    bag = frame[columns].to_bag(index=False)
    if source is None:
        bag = bag.map(lambda row: row[0] if isinstance(row, tuple) else row)
    return to_tables(extract_bag(bag, backend=backend, model=model, on_error=on_error))
