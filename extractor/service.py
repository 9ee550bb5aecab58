"""An HTTP service: ``extractor serve`` (``pip install extractor[serve]``).

For systems not written in Python. The model is loaded once, at start-up
(the server accepts no request before it is ready); requests run in threads
and take turns on the pipeline under a lock (a spaCy pipeline is not
re-entrant), so concurrent clients are safe; more cores are used with
``--workers N`` (N server processes, each with its own pipeline).

Endpoints (OpenAPI at ``/openapi.json``, docs at ``/docs``):

- ``POST /extract``: one notice, as JSON ``{"text": …, "source": …}``, as a
  ``text/plain`` body, or as a ``multipart/form-data`` upload (field
  ``file``) → the Notice JSON (the schema of ``Notice.to_dict()``, shipped as
  ``extractor/schema/notice.schema.json``, is the response schema);
- ``POST /batch``: ``{"documents": [{"text", "source"}, …]}`` →
  ``{"results": [...]}`` in input order, a failed document as
  ``{"index", "source", "error": {"type", "message"}}`` in its place;
- ``GET /health``, ``GET /version``.

Every error is JSON, ``{"error": {"status", "code", "message"}}``: 400
(empty or malformed), 413 (body over ``max_bytes``, or too many documents),
415 (content type), 422 (undecodable or binary text), 504 (over the
per-request ``timeout``; the response is bounded, the work already running
on the pipeline finishes in the background).
"""

from __future__ import annotations

import asyncio
import json
import os
import threading
import time
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from dataclasses import asdict, dataclass
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from extractor.failures import FailedDocument

SETTINGS_ENV = "EXTRACTOR_SERVICE_SETTINGS"


@dataclass(frozen=True)
class ServiceSettings:
    """What a server process needs; JSON-serialisable so ``--workers`` can pass it on."""

    backend: str = "bert"
    model: str | None = None
    #: the largest request body accepted (bytes); larger gets 413
    max_bytes: int = 5 * 1024 * 1024
    #: seconds a request may take, waiting for the pipeline included; then 504
    timeout: float = 120.0
    #: the most documents one /batch request may hold
    max_batch: int = 64


class ApiError(Exception):
    """An error the client caused (or must be told about), sent as JSON."""

    def __init__(self, status: int, code: str, message: str):
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


def _error_response(status: int, code: str, message: str) -> JSONResponse:
    return JSONResponse(
        {"error": {"status": status, "code": code, "message": message}}, status_code=status
    )


class _Runner:
    """The loaded pipeline and the lock its callers take turns on."""

    def __init__(self, settings: ServiceSettings):
        from extractor.pipeline import load

        self.settings = settings
        self.pipeline = load(settings.backend, settings.model)
        self.lock = threading.Lock()

    def run(self, items: list[tuple[int, Any, str | None]], deadline: float) -> list[Any]:
        if not self.lock.acquire(timeout=max(0.0, deadline - time.monotonic())):
            raise TimeoutError("the pipeline stayed busy past the request's timeout")
        try:
            return [result for result, _ in self.pipeline.outcomes(items)]
        finally:
            self.lock.release()


class _BodyLimit:
    """ASGI middleware: a body over ``max_bytes`` gets 413 before it is read whole.

    A declared ``Content-Length`` over the limit is answered at once; a body
    without one (chunked) is counted as it arrives."""

    def __init__(self, app: Any, max_bytes: int):
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        declared = headers.get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_bytes:
            await _drain(receive, self.max_bytes * 4)
            await _too_large(self.max_bytes, int(declared))(scope, receive, send)
            return
        seen = 0

        async def counted() -> dict:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_bytes:
                    raise ApiError(413, "payload_too_large", _too_large_text(self.max_bytes))
            return message

        await self.app(scope, counted, send)


async def _drain(receive: Any, limit: int) -> None:
    """Read (and drop) a refused body up to ``limit`` so the client sees the 413,
    not a reset connection; beyond that the connection is simply closed."""
    seen = 0
    while seen <= limit:
        message = await receive()
        if message["type"] != "http.request":
            return
        seen += len(message.get("body", b""))
        if not message.get("more_body", False):
            return


def _too_large_text(limit: int, size: int | None = None) -> str:
    got = f" ({size:,} bytes)" if size is not None else ""
    return f"request body too large{got}: the limit is {limit:,} bytes; split the input"


def _too_large(limit: int, size: int) -> JSONResponse:
    return _error_response(413, "payload_too_large", _too_large_text(limit, size))


# ---------------------------------------------------------------- request parsing


async def _documents_from_extract(request: Request) -> tuple[Any, str | None, bool]:
    """``(text or bytes, source, include_text)`` from a JSON, text or multipart request."""
    kind = _content_type(request)
    include_text = request.query_params.get("include_text", "false").lower() == "true"
    if kind == "application/json":
        payload = await _json_body(request)
        if not isinstance(payload, dict) or "text" not in payload:
            raise ApiError(400, "bad_request", 'expected a JSON object {"text": "…", "source": …}')
        text, source = payload["text"], payload.get("source")
        if not isinstance(text, str):
            raise ApiError(400, "bad_request", '"text" must be a string')
        if source is not None and not isinstance(source, str):
            raise ApiError(400, "bad_request", '"source" must be a string or null')
        include_text = _flag(payload.get("include_text", include_text))
        return text, source, include_text
    if kind == "text/plain":
        return await request.body(), request.query_params.get("source"), include_text
    if kind == "multipart/form-data":
        form = await request.form()
        upload = form.get("file")
        if upload is None or isinstance(upload, str):
            raise ApiError(400, "bad_request", "multipart upload needs a file field named 'file'")
        return await upload.read(), upload.filename, include_text
    raise ApiError(
        415,
        "unsupported_media_type",
        f"content type {kind or '(none)'!r} not accepted: send application/json, "
        "text/plain or multipart/form-data",
    )


async def _documents_from_batch(
    request: Request, max_batch: int
) -> tuple[list[tuple[int, Any, str | None]], bool]:
    """``(items, include_text)`` from a ``{"documents": [...]}`` request, every document checked."""
    kind = _content_type(request)
    if kind != "application/json":
        raise ApiError(415, "unsupported_media_type", 'send application/json: {"documents": [...]}')
    payload = await _json_body(request)
    documents = payload.get("documents") if isinstance(payload, dict) else None
    if not isinstance(documents, list) or not documents:
        raise ApiError(400, "bad_request", 'expected {"documents": [{"text": "…"}, …]}')
    if len(documents) > max_batch:
        raise ApiError(
            413,
            "too_many_documents",
            f"{len(documents)} documents; at most {max_batch}",
        )
    items = []
    for index, doc in enumerate(documents):
        if not isinstance(doc, dict) or not isinstance(doc.get("text"), str):
            raise ApiError(400, "bad_request", f'documents[{index}] needs a string "text"')
        if not isinstance(doc.get("source"), str | None):
            raise ApiError(400, "bad_request", f'documents[{index}]: "source" must be a string')
        items.append((index, doc["text"], doc.get("source")))
    return items, _flag(payload.get("include_text", False))


def _content_type(request: Request) -> str:
    """The media type alone, lower-cased (``text/plain; charset=utf-8`` → ``text/plain``)."""
    return request.headers.get("content-type", "").split(";")[0].strip().lower()


async def _json_body(request: Request) -> Any:
    body = await request.body()
    if not body.strip():
        raise ApiError(400, "empty", "empty request body")
    try:
        return json.loads(body)
    except (json.JSONDecodeError, UnicodeDecodeError) as err:
        raise ApiError(400, "bad_json", f"malformed JSON: {err}") from err


def _flag(value: Any) -> bool:
    if not isinstance(value, bool):
        raise ApiError(400, "bad_request", '"include_text" must be true or false')
    return value


def _check_text(text: Any) -> Any:
    """Refuse empty input here (an HTTP client that sends nothing made a mistake)."""
    if isinstance(text, bytes | str) and not text.strip():
        raise ApiError(400, "empty", "empty document: nothing to extract")
    return text


async def _run(request: Request, items: list[tuple[int, Any, str | None]]) -> list[Any]:
    runner: _Runner = request.app.state.runner
    timeout = runner.settings.timeout
    deadline = time.monotonic() + timeout
    try:
        return await asyncio.wait_for(asyncio.to_thread(runner.run, items, deadline), timeout)
    except TimeoutError as err:
        raise ApiError(
            504, "timeout", f"extraction took longer than the {timeout:g} s request timeout"
        ) from err


# ---------------------------------------------------------------- the application


def _openapi_components() -> tuple[dict[str, Any], str]:
    """The Notice JSON Schema (``extractor/schema``) as OpenAPI components."""
    try:
        from extractor.schema import notice_schema

        schema = notice_schema()
    except (ImportError, FileNotFoundError):  # pragma: no cover - shipped with the package
        return {"Notice": {"type": "object"}}, "#/components/schemas/Notice"
    text = json.dumps(schema).replace('"#/$defs/', '"#/components/schemas/Notice_')
    schema = json.loads(text)
    defs = schema.pop("$defs", {})
    schema.pop("$schema", None)
    components = {f"Notice_{name}": value for name, value in defs.items()}
    components["Notice"] = schema
    return components, "#/components/schemas/Notice"


def _object(properties: dict[str, Any], *required: str) -> dict[str, Any]:
    """A JSON-schema object: every body and payload below has this one shape."""
    schema: dict[str, Any] = {"type": "object"}
    if required:
        schema["required"] = list(required)
    schema["properties"] = properties
    return schema


def _string() -> dict[str, Any]:
    return {"type": "string"}


def _optional_string() -> dict[str, Any]:
    return {"type": ["string", "null"]}


def _include_text() -> dict[str, Any]:
    return {"type": "boolean", "default": False}


def _document_properties() -> dict[str, Any]:
    """One document as a client sends it, on /extract and in each /batch item."""
    return {"text": _string(), "source": _optional_string()}


_ERROR_SCHEMA = _object(
    {
        "error": _object(
            {"status": {"type": "integer"}, "code": _string(), "message": _string()},
            "status",
            "code",
            "message",
        )
    },
    "error",
)


#: a failed document in a /batch response (``FailedDocument.to_dict()``)
_FAILED_SCHEMA = _object(
    {
        "index": {"type": "integer"},
        "source": _optional_string(),
        "error": _object({"type": _string(), "message": _string()}, "type", "message"),
    },
    "index",
    "source",
    "error",
)


def _responses(ok_schema: dict[str, Any]) -> dict[int | str, dict[str, Any]]:
    error = {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
    out: dict[int | str, dict[str, Any]] = {
        200: {"content": {"application/json": {"schema": ok_schema}}}
    }
    for status, why in (
        (400, "empty or malformed request"),
        (413, "body or batch too large"),
        (415, "unsupported content type"),
        (422, "undecodable or binary text"),
        (504, "request timeout"),
    ):
        out[status] = {"description": why, **error}
    return out


_EXTRACT_BODY = {
    "required": True,
    "content": {
        "application/json": {
            "schema": _object({**_document_properties(), "include_text": _include_text()}, "text")
        },
        "text/plain": {"schema": _string()},
        "multipart/form-data": {
            "schema": _object({"file": {"type": "string", "format": "binary"}}, "file")
        },
    },
}

_BATCH_BODY = {
    "required": True,
    "content": {
        "application/json": {
            "schema": _object(
                {
                    "documents": {
                        "type": "array",
                        "items": _object(_document_properties(), "text"),
                    },
                    "include_text": _include_text(),
                },
                "documents",
            )
        }
    },
}


def _batch_response(notice_ref: str) -> dict[str, Any]:
    """``{"results": [Notice or Failed, …], "failed": n}``."""
    item = {"oneOf": [{"$ref": notice_ref}, {"$ref": "#/components/schemas/Failed"}]}
    return _object({"results": {"type": "array", "items": item}, "failed": {"type": "integer"}})


def create_app(settings: ServiceSettings | None = None) -> FastAPI:
    """The FastAPI application; the pipeline is loaded when the server starts."""
    from extractor import __version__

    settings = settings or ServiceSettings()
    components, notice_ref = _openapi_components()
    app = FastAPI(
        title="extractor",
        version=__version__,
        description="Structured data from Chinese inspection-rectification notices.",
        lifespan=_lifespan(settings),
    )
    app.add_middleware(_BodyLimit, max_bytes=settings.max_bytes)
    _add_error_handlers(app)
    _add_status_routes(app, settings)
    _add_extract_routes(app, settings, notice_ref)
    _install_openapi(app, components)
    return app


def _lifespan(
    settings: ServiceSettings,
) -> Callable[[FastAPI], AbstractAsyncContextManager[None]]:
    """Load the pipeline at start-up, so no request is accepted before it is ready."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.runner = await asyncio.to_thread(_Runner, settings)
        app.state.started = time.time()
        yield

    return lifespan


def _add_error_handlers(app: FastAPI) -> None:
    """Every error as ``{"error": {"status", "code", "message"}}``, FastAPI's own included."""

    @app.exception_handler(ApiError)
    async def _api_error(request: Request, err: ApiError) -> JSONResponse:
        return _error_response(err.status, err.code, err.message)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, err: StarletteHTTPException) -> JSONResponse:
        code = {404: "not_found", 405: "method_not_allowed"}.get(err.status_code, "http_error")
        return _error_response(err.status_code, code, str(err.detail))

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, err: RequestValidationError) -> JSONResponse:
        return _error_response(400, "bad_request", str(err.errors()))


def _add_status_routes(app: FastAPI, settings: ServiceSettings) -> None:
    """``GET /health`` and ``GET /version``."""
    from extractor import __version__

    @app.get("/health")
    async def health() -> dict[str, Any]:
        """Ready: the pipeline is loaded."""
        runner: _Runner = app.state.runner
        return {"status": "ok", "backend": runner.pipeline.backend_name}

    @app.get("/version")
    async def version() -> dict[str, Any]:
        """Library version, backend and model directory."""
        from extractor.model_path import resolve_model_path

        model = None
        if settings.backend == "bert":
            model = str(resolve_model_path(settings.model))
        return {"extractor": __version__, "backend": settings.backend, "model": model}


def _add_extract_routes(app: FastAPI, settings: ServiceSettings, notice_ref: str) -> None:
    """``POST /extract`` and ``POST /batch``."""

    @app.post(
        "/extract",
        responses=_responses({"$ref": notice_ref}),
        openapi_extra={"requestBody": _EXTRACT_BODY},
    )
    async def extract(request: Request) -> JSONResponse:
        """One notice → its Notice JSON (the schema of ``Notice.to_dict()``)."""
        text, source, include_text = await _documents_from_extract(request)
        (result,) = await _run(request, [(0, _check_text(text), source)])
        if isinstance(result, FailedDocument):
            raise ApiError(422, "unreadable", f"{result.error_type}: {result.message}")
        return JSONResponse(result.to_dict(include_text=include_text))

    @app.post(
        "/batch",
        responses=_responses(_batch_response(notice_ref)),
        openapi_extra={"requestBody": _BATCH_BODY},
    )
    async def batch(request: Request) -> JSONResponse:
        """Many notices → ``{"results": [...]}`` in input order; failures in place."""
        items, include_text = await _documents_from_batch(request, settings.max_batch)
        results = await _run(request, items)
        out = [
            r.to_dict() if isinstance(r, FailedDocument) else r.to_dict(include_text=include_text)
            for r in results
        ]
        failed = sum(isinstance(r, FailedDocument) for r in results)
        return JSONResponse({"results": out, "failed": failed})


def _install_openapi(app: FastAPI, components: dict[str, Any]) -> None:
    """FastAPI's OpenAPI document plus the Notice, Error and Failed schemas it refers to."""

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            from fastapi.openapi.utils import get_openapi

            schema = get_openapi(
                title=app.title,
                version=app.version,
                description=app.description,
                routes=app.routes,
            )
            schemas = schema.setdefault("components", {}).setdefault("schemas", {})
            schemas.update(components)
            schemas["Error"] = _ERROR_SCHEMA
            schemas["Failed"] = _FAILED_SCHEMA
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]


def app_from_env() -> FastAPI:
    """The app for ``uvicorn --factory`` (one per server process with ``--workers``)."""
    raw = os.environ.get(SETTINGS_ENV)
    return create_app(ServiceSettings(**json.loads(raw)) if raw else ServiceSettings())


def serve(
    host: str = "127.0.0.1",
    port: int = 8000,
    *,
    settings: ServiceSettings | None = None,
    workers: int = 1,
    log_level: str = "info",
) -> None:
    """Run the service (blocks). ``workers > 1``: that many processes, one pipeline each."""
    import uvicorn

    settings = settings or ServiceSettings()
    if workers > 1:
        os.environ[SETTINGS_ENV] = json.dumps(asdict(settings))
        uvicorn.run(
            "extractor.service:app_from_env",
            factory=True,
            host=host,
            port=port,
            workers=workers,
            log_level=log_level,
        )
    else:
        uvicorn.run(create_app(settings), host=host, port=port, log_level=log_level)
