"""Many cores: ``extract_many(texts, n_process=N)`` on worker processes.

Why processes and not threads: the pipeline is mostly Python (cleaning,
pkuseg, rules, structure) around a small BERT, so threads would share one GIL.
Why a pipeline per *worker* and not per document: loading takes seconds, a
notice a fraction of one. Each worker therefore loads the pipeline once, with
one torch thread (N workers on N cores, not N×N threads fighting), in a
``forkserver`` process (``spawn`` where there is none), never a plain
``fork`` of the caller: torch's thread pools and locks do not survive it. The
fork server imports torch, spaCy and the pipeline code once, before any
thread pool exists, so a worker starts in about a second instead of paying
those imports again (the model itself loads in about a second).

The parent reads its input lazily, keeps a bounded number of chunks in flight
and yields results strictly in input order. A document that raises becomes a
:class:`~extractor.failures.FailedDocument` in the worker; a document that
kills its worker (segfault, out-of-memory kill) is found by rerunning the
chunks that were in flight one document at a time on a fresh pool, so the
crash is pinned on its document and no neighbour is lost.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from itertools import chain, islice
from typing import Any

from extractor.failures import FailedDocument
from extractor.result import Notice

Item = tuple[int, Any, str | None]
Outcome = tuple[Notice | FailedDocument, BaseException | None]

START_METHODS = ("spawn", "forkserver")


@dataclass(frozen=True)
class WorkerConfig:
    """What each worker needs to load its own pipeline (picklable)."""

    backend: str = "bert"
    model: str | None = None
    threads: int = 1
    batch_size: int = 8


class WorkerCrash(RuntimeError):
    """A worker process died (crash, out-of-memory kill) while reading a document."""


# ---------------------------------------------------------------- worker side

_PIPELINE: Any = None


def _init_worker(config: WorkerConfig) -> None:
    """Runs once in each new worker, before torch is imported where possible."""
    for var in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
        os.environ[var] = str(config.threads)
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


def _pipeline(config: WorkerConfig) -> Any:
    """The worker's pipeline, loaded on first use (errors surface as task errors)."""
    global _PIPELINE
    if _PIPELINE is None:
        import torch

        torch.set_num_threads(config.threads)
        try:
            torch.set_num_interop_threads(1)
        except RuntimeError:  # already set (torch allows it once per process)
            pass
        try:
            from transformers.utils import logging as hf_logging

            hf_logging.disable_progress_bar()
        except ImportError:  # pragma: no cover - transformers is a dependency
            pass
        from extractor.pipeline import Extractor

        _PIPELINE = Extractor(backend=config.backend, model=config.model)
    return _PIPELINE


def _ready(config: WorkerConfig) -> int:
    """Load the pipeline now, so a model error is raised before any document is sent."""
    _pipeline(config)
    return os.getpid()


def _work(config: WorkerConfig, chunk: list[Item]) -> list[Notice | FailedDocument]:
    """Extract one chunk; exceptions become FailedDocuments (strings cross processes)."""
    return [result for result, _ in _pipeline(config).outcomes(chunk, config.batch_size)]


# ---------------------------------------------------------------- parent side


@dataclass
class _Chunk:
    items: list[Item]
    future: Future


def parallel_outcomes(
    items: Iterable[Item],
    *,
    backend: str = "bert",
    model: str | None = None,
    n_process: int = 2,
    batch_size: int = 8,
    chunk_size: int = 2,
    max_in_flight: int | None = None,
    threads_per_process: int = 1,
    start_method: str | None = None,
) -> Iterator[Outcome]:
    """``(result, None)`` per ``(index, text, source)`` item, in input order.

    At most ``max_in_flight`` chunks (default ``2 * n_process``) of
    ``chunk_size`` documents are submitted ahead of the one being yielded, so
    memory stays bounded whatever the length of ``items``."""
    start_method = start_method or default_start_method()
    if start_method not in START_METHODS:
        raise ValueError(f"start_method must be one of {START_METHODS}, not {start_method!r}")
    config = WorkerConfig(
        backend=backend,
        model=_resolved_model(backend, model),
        threads=threads_per_process,
        batch_size=batch_size,
    )
    in_flight = max_in_flight or 2 * n_process
    chunks = _chunked(items, max(1, chunk_size))
    first = next(chunks, None)
    if first is None:  # no input: no workers started
        return
    chunks = chain([first], chunks)
    pool = _Pool(config, n_process, start_method)
    finished = False
    try:
        pending: deque[_Chunk] = deque()
        while True:
            for chunk in islice(chunks, in_flight - len(pending)):
                pending.append(_Chunk(chunk, pool.submit(chunk)))
            if not pending:
                break
            head = pending.popleft()
            try:
                results = head.future.result()
            except BrokenProcessPool:
                # every chunk in flight is lost with the pool: rerun them alone
                for chunk in [head, *pending]:
                    yield from _isolate(pool, chunk)
                pending.clear()
                continue
            except Exception:  # e.g. a text that cannot be pickled
                yield from _isolate(pool, head)
                continue
            for result in results:
                yield result, None
        finished = True
    finally:
        pool.close(wait=finished)


def _chunked(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    source = iter(items)
    while chunk := list(islice(source, size)):
        yield chunk


def _isolate(pool: _Pool, chunk: _Chunk) -> Iterator[Outcome]:
    """Rerun a failed chunk one document at a time, so a failure names its document."""
    if chunk.future.done() and not chunk.future.cancelled() and chunk.future.exception() is None:
        for result in chunk.future.result():
            yield result, None
        return
    for item in chunk.items:
        index, _, source = item
        try:
            (result,) = pool.submit([item]).result()
        except BrokenProcessPool:
            pool.restart()
            crash = WorkerCrash(
                "the worker process died while reading this document "
                "(crash, out-of-memory kill or exit); the other documents are unaffected"
            )
            result = FailedDocument.from_exception(index, source, crash)
        except Exception as err:
            result = FailedDocument.from_exception(index, source, err)
        yield result, None


class _Pool:
    """A process pool that can be replaced when a worker dies."""

    def __init__(self, config: WorkerConfig, n_process: int, start_method: str):
        self.config = config
        self.n_process = n_process
        self.start_method = start_method
        self.executor = self._start()

    def _start(self) -> ProcessPoolExecutor:
        executor = ProcessPoolExecutor(
            max_workers=self.n_process,
            mp_context=_context(self.start_method),
            initializer=_init_worker,
            initargs=(self.config,),
        )
        try:  # a model that cannot be loaded is the caller's error, raised here as itself
            # one task per worker, submitted together: the workers load side by side
            for ready in [executor.submit(_ready, self.config) for _ in range(self.n_process)]:
                ready.result()
        except BaseException:
            executor.shutdown(wait=False, cancel_futures=True)
            raise
        return executor

    def submit(self, chunk: list[Item]) -> Future:
        try:
            return self.executor.submit(_work, self.config, chunk)
        except BrokenProcessPool:
            self.restart()
            return self.executor.submit(_work, self.config, chunk)

    def restart(self) -> None:
        self.close(wait=False)
        self.executor = self._start()

    def close(self, *, wait: bool) -> None:
        """Stop the workers; on an early exit (error, generator closed) do not wait for them."""
        if not wait:
            for process in list((getattr(self.executor, "_processes", None) or {}).values()):
                process.terminate()
        self.executor.shutdown(wait=wait, cancel_futures=True)


def default_start_method() -> str:
    """``forkserver`` where the platform has it (Linux, macOS), else ``spawn``."""
    import multiprocessing

    return "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"


#: imported once by the fork server, so that its workers start without importing them
FORKSERVER_PRELOAD = ["extractor.pipeline", "extractor.recognizers.bert"]


def _context(start_method: str) -> Any:
    """The multiprocessing context; a fork server preloads the heavy imports.

    Importing torch, spaCy and the pipeline takes most of a worker's start-up
    (the model itself loads in about a second); a fork server imports them
    once and forks each worker from that state. It is only set up here if it
    is not running yet (the preload list is process-wide)."""
    import multiprocessing
    from multiprocessing import forkserver

    context = multiprocessing.get_context(start_method)
    if (
        start_method == "forkserver"
        and getattr(forkserver._forkserver, "_forkserver_pid", None) is None
    ):
        context.set_forkserver_preload(["__main__", *FORKSERVER_PRELOAD])
    return context


def _resolved_model(backend: str, model: str | None) -> str | None:
    """Check the backend and find the model in the parent, before any worker starts.

    Workers then get an absolute path and do not depend on their working directory."""
    from extractor.pipeline import BACKENDS

    if backend not in BACKENDS:
        raise ValueError(f"unknown backend {backend!r}; choose one of {BACKENDS}")
    if backend == "rules":
        return None
    from extractor.model_path import resolve_model_path

    return str(resolve_model_path(model).resolve())
