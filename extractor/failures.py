"""What happens to a document that fails inside a batch.

Archives hold thousands of notices; one undecodable file or one input that
trips a bug must not cost the results of its neighbours, and the user must be
told *which* document failed. Every batch entry point (``Extractor.pipe``,
``extract_many`` with any ``n_process``, the Dask integration, the HTTP
``/batch`` endpoint) reports failures through the types here, with the same
three policies:

- ``"raise"`` (default): the documents before the bad one are yielded, then a
  :class:`DocumentError` naming its index and source is raised;
- ``"skip"``: the bad document is dropped with a :class:`SkippedDocumentWarning`;
- ``"record"``: a :class:`FailedDocument` takes its place in the output, so the
  output stays aligned with the input.
"""

from __future__ import annotations

import traceback
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Literal

from extractor.result import Notice

OnError = Literal["raise", "skip", "record"]
ON_ERROR: tuple[str, ...] = ("raise", "skip", "record")


@dataclass
class FailedDocument:
    """The place of a document that could not be read, in ``on_error="record"`` output.

    Plain strings only (no exception object), so it pickles across processes
    and serialises to JSON like a :class:`~extractor.result.Notice`."""

    index: int
    source: str | None
    error_type: str
    message: str
    traceback: str = ""

    @classmethod
    def from_exception(cls, index: int, source: str | None, err: BaseException) -> FailedDocument:
        return cls(
            index=index,
            source=source,
            error_type=type(err).__name__,
            message=str(err),
            traceback="".join(traceback.format_exception(err)),
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "index": self.index,
            "source": self.source,
            "error": {"type": self.error_type, "message": self.message},
        }

    def describe(self) -> str:
        where = f"document {self.index}" + (f" ({self.source})" if self.source else "")
        return f"{where} failed: {self.error_type}: {self.message}"


class DocumentError(Exception):
    """A document failed under ``on_error="raise"``; ``index`` and ``source`` say which."""

    def __init__(self, failure: FailedDocument):
        super().__init__(failure.describe())
        self.failure = failure
        self.index = failure.index
        self.source = failure.source


class SkippedDocumentWarning(UserWarning):
    """A document was dropped under ``on_error="skip"``."""


class SourcesMismatchError(ValueError):
    """``sources`` and ``texts`` have different lengths (never silently padded)."""


def check_on_error(on_error: str) -> None:
    if on_error not in ON_ERROR:
        raise ValueError(f"on_error must be one of {ON_ERROR}, not {on_error!r}")


def apply_policy(
    outcomes: Iterable[tuple[Notice | FailedDocument, BaseException | None]], on_error: str
) -> Iterator[Notice | FailedDocument]:
    """Turn a stream of (result, original exception) into the caller's chosen behaviour.

    The exception is ``None`` for successes and for failures that crossed a
    process boundary (then only the :class:`FailedDocument` strings remain)."""
    check_on_error(on_error)
    try:
        for result, err in outcomes:
            if not isinstance(result, FailedDocument):
                yield result
            elif on_error == "record":
                yield result
            elif on_error == "skip":
                warnings.warn(result.describe(), SkippedDocumentWarning, stacklevel=3)
            else:
                raise DocumentError(result) from err
    finally:  # stop the producer (and its worker processes) as soon as we stop
        close = getattr(outcomes, "close", None)
        if close is not None:
            close()


def paired(
    texts: Iterable[Any], sources: Iterable[str | None] | None
) -> Iterator[tuple[int, Any, str | None]]:
    """``(index, text, source)`` for each text; a length mismatch is an error.

    Lengths are compared up front when both are sized, else as soon as one
    stream runs out (after the documents before that point were handed on)."""
    if sources is None:
        for index, text in enumerate(texts):
            yield index, text, None
        return
    if hasattr(texts, "__len__") and hasattr(sources, "__len__"):
        if len(texts) != len(sources):  # type: ignore[arg-type]
            raise SourcesMismatchError(
                f"{len(texts)} texts but {len(sources)} sources"  # type: ignore[arg-type]
            )
    source_iter = iter(sources)
    missing = object()
    index = -1
    for index, text in enumerate(texts):
        source = next(source_iter, missing)
        if source is missing:
            raise SourcesMismatchError(f"sources ran out at text {index}: fewer sources than texts")
        yield index, text, source  # type: ignore[misc]
    if next(source_iter, missing) is not missing:
        raise SourcesMismatchError(f"more sources than the {index + 1} texts")
