"""The HTTP service on a real socket: started on 127.0.0.1, called with httpx.

One server (uvicorn in a thread, the shipped BERT pipeline loaded once at
start-up) serves the whole module; bad requests must get 4xx JSON errors."""

from __future__ import annotations

import socket
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("uvicorn")
httpx = pytest.importorskip("httpx")

from conftest import read_seed  # noqa: E402

import extractor  # noqa: E402
from extractor.service import ServiceSettings, create_app  # noqa: E402

MAX_BYTES = 2 * 1024 * 1024
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 100  # binary, not text


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def server():
    import uvicorn

    port = _free_port()
    app = create_app(ServiceSettings(backend="bert", max_bytes=MAX_BYTES, timeout=60))
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning")
    instance = uvicorn.Server(config)
    thread = threading.Thread(target=instance.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 120
    while not instance.started:
        assert thread.is_alive() and time.monotonic() < deadline, "server did not start"
        time.sleep(0.05)
    with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=120) as client:
        yield client
    instance.should_exit = True
    thread.join(timeout=10)


def _error(response, status: int) -> dict:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()["error"]
    assert body["status"] == status and body["message"]
    return body


def test_health_and_version(server):
    assert server.get("/health").json() == {"status": "ok", "backend": "bert"}
    version = server.get("/version").json()
    assert version["extractor"] == extractor.__version__
    assert version["backend"] == "bert" and version["model"].endswith("extractor-zh")


def test_extract_json_equals_the_library(server):
    text = read_seed("004")
    expected = extractor.extract(text, source="004.txt").to_dict()
    as_json = server.post("/extract", json={"text": text, "source": "004.txt"})
    assert as_json.status_code == 200, as_json.text
    assert as_json.json() == expected
    upload = server.post("/extract", files={"file": ("004.txt", text.encode("utf-8"))})
    assert upload.status_code == 200, upload.text
    assert upload.json() == expected  # the file name is the source
    gbk = server.post("/extract", files={"file": ("004.txt", text.encode("gb18030"))}).json()
    assert {**gbk, "warnings": []} == expected  # decoded (with a warning that it guessed)
    plain = server.post(
        "/extract?source=004.txt",
        content=text.encode("utf-8"),
        headers={"content-type": "text/plain; charset=utf-8"},
    )
    assert plain.json() == expected


def test_batch_keeps_order_and_records_failures(server, monkeypatch):
    from extractor.pipeline import Extractor

    run_batch = Extractor._run_batch

    def fragile(self, batch):  # the whole NER batch fails when one text is poisoned
        if any("BOOM" in text for text, _ in batch):
            raise RuntimeError("injected failure")
        return run_batch(self, batch)

    monkeypatch.setattr(Extractor, "_run_batch", fragile)
    texts = [read_seed("003"), "", "关于问题的整改 BOOM", read_seed("004")]
    response = server.post(
        "/batch",
        json={"documents": [{"text": t, "source": f"d{i}"} for i, t in enumerate(texts)]},
    )
    assert response.status_code == 200, response.text
    payload = response.json()
    results = payload["results"]
    assert [r["source"] for r in results] == ["d0", "d1", "d2", "d3"]
    assert results[0]["problems"] and results[3]["entities"]
    assert results[1]["warnings"] == ["empty input"]  # an empty result, not an error
    assert results[2] == {
        "index": 2,
        "source": "d2",
        "error": {"type": "RuntimeError", "message": "injected failure"},
    }
    assert payload["failed"] == 1
    invalid = server.post("/batch", json={"documents": [{"text": "a"}, {"text": 5}]})
    assert "documents[1]" in _error(invalid, 400)["message"]
    too_many = server.post("/batch", json={"documents": [{"text": "a"}] * 65})
    assert _error(too_many, 413)["code"] == "too_many_documents"


@pytest.mark.parametrize(
    ("kwargs", "status", "code"),
    [
        ({"content": b"", "headers": {"content-type": "application/json"}}, 400, "empty"),
        ({"json": {"text": ""}}, 400, "empty"),
        ({"json": {"text": "   \n"}}, 400, "empty"),
        ({"json": {"source": "x"}}, 400, "bad_request"),
        ({"json": {"text": 42}}, 400, "bad_request"),
        ({"json": {"text": "关于", "include_text": "yes"}}, 400, "bad_request"),
        (
            {"content": b"{not json", "headers": {"content-type": "application/json"}},
            400,
            "bad_json",
        ),
        ({"content": PNG, "headers": {"content-type": "text/plain"}}, 422, "unreadable"),
        ({"files": {"file": ("x.png", PNG)}}, 422, "unreadable"),
        ({"files": {"other": ("x.txt", b"abc")}}, 400, "bad_request"),
        (
            {"content": b"<a/>", "headers": {"content-type": "application/xml"}},
            415,
            "unsupported_media_type",
        ),
        ({"content": b"text"}, 415, "unsupported_media_type"),
    ],
)
def test_bad_requests_get_json_errors(server, kwargs, status, code):
    assert _error(server.post("/extract", **kwargs), status)["code"] == code


def test_a_20_mb_body_gets_413(server):
    big = "巡察" * (10 * 1024 * 1024 // 2)  # 20 MB of UTF-8 in JSON
    body = _error(server.post("/extract", json={"text": big}), 413)
    assert body["code"] == "payload_too_large" and f"{MAX_BYTES:,}" in body["message"]

    def chunks():
        for _ in range(20):
            yield b"x" * (1024 * 1024)

    streamed = server.post("/extract", content=chunks(), headers={"content-type": "text/plain"})
    assert _error(streamed, 413)["code"] == "payload_too_large"  # no Content-Length: counted


def test_unknown_routes_and_methods_are_json(server):
    assert _error(server.get("/nope"), 404)["code"] == "not_found"
    assert _error(server.get("/extract"), 405)["code"] == "method_not_allowed"
    assert _error(server.post("/batch", content=b"x"), 415)["code"] == "unsupported_media_type"


def test_concurrent_requests_are_safe(server):
    texts = [read_seed("003"), read_seed("004")] * 2
    expected = [extractor.extract(t).to_dict() for t in texts[:2]] * 2
    with ThreadPoolExecutor(4) as pool:
        responses = list(pool.map(lambda t: server.post("/extract", json={"text": t}), texts))
    assert [r.json() for r in responses] == expected


def test_openapi_uses_the_notice_json_schema(server):
    schema = server.get("/openapi.json").json()
    notice = schema["components"]["schemas"]["Notice"]
    ok = schema["paths"]["/extract"]["post"]["responses"]["200"]["content"]["application/json"]
    assert ok["schema"] == {"$ref": "#/components/schemas/Notice"}
    assert set(notice["required"]) >= {"metadata", "problems", "entities"}
    refs = [v for v in _walk(notice) if isinstance(v, str) and v.startswith("#/")]
    assert refs and all(
        r.removeprefix("#/components/schemas/") in schema["components"]["schemas"] for r in refs
    )
    body = schema["paths"]["/extract"]["post"]["requestBody"]["content"]
    assert {"application/json", "text/plain", "multipart/form-data"} <= set(body)


def test_timeout_gives_504():
    """A pipeline slower than the timeout: the request ends in a 504 error."""
    import asyncio

    from extractor.service import ApiError, _run

    class Slow:
        settings = ServiceSettings(timeout=0.2)

        def run(self, items, deadline):
            time.sleep(1.0)

    class App:
        class state:  # noqa: N801 - mimics starlette's app.state
            runner = Slow()

    class Request:
        app = App()

    with pytest.raises(ApiError) as err:
        asyncio.run(_run(Request(), [(0, "x", None)]))
    assert err.value.status == 504 and err.value.code == "timeout"
    assert "0.2 s" in err.value.message


def _walk(node):
    if isinstance(node, dict):
        for value in node.values():
            yield from _walk(value)
    elif isinstance(node, list):
        for value in node:
            yield from _walk(value)
    else:
        yield node
