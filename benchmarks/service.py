"""Service latency under load: 8 concurrent clients on loopback for a bounded time.

Starts ``extractor serve`` (the shipped model) on 127.0.0.1 in a subprocess,
waits for ``/health``, then runs ``--clients`` threads that each POST notices
to ``/extract`` back to back for ``--seconds`` (20–60). Reports p50/p95/max
latency, requests/s and errors. With one server process requests take turns
on the pipeline, so latency is about (clients × service time); ``--workers 2``
runs two server processes.

    python -m benchmarks.service [--seconds 30] [--clients 8] [--workers 1] [--json benchmarks/results.json]
"""

from __future__ import annotations

import argparse
import json
import socket
import statistics
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

from benchmarks.parallel import ROOT, machine_load, merge_into


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _payloads() -> list[dict]:
    """Variant notices (2–3 K chars, a typical short notice) and the two short seeds."""
    paths = sorted((ROOT / "corpus" / "variants").glob("v*.txt"))
    paths += sorted((ROOT / "corpus" / "seeds").glob("00[34]_*.txt"))
    return [{"text": p.read_text(encoding="utf-8"), "source": p.name} for p in paths]


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def measure(seconds: float, clients: int, workers: int) -> dict:
    import httpx

    port = _free_port()
    command = [sys.executable, "-m", "extractor", "serve", "--port", str(port)]
    command += ["--workers", str(workers)]
    server = subprocess.Popen(
        command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    base = f"http://127.0.0.1:{port}"
    try:
        start = time.perf_counter()
        while True:
            try:
                if httpx.get(f"{base}/health", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if server.poll() is not None or time.perf_counter() - start > 180:
                raise RuntimeError("the service did not start")
            time.sleep(0.2)
        startup = time.perf_counter() - start
        payloads = _payloads()
        latencies: list[float] = []
        errors: list[str] = []
        lock = threading.Lock()
        stop_at = time.perf_counter() + seconds

        def client(number: int) -> None:
            with httpx.Client(base_url=base, timeout=300) as http:
                i = number
                while time.perf_counter() < stop_at:
                    t0 = time.perf_counter()
                    response = http.post("/extract", json=payloads[i % len(payloads)])
                    elapsed = time.perf_counter() - t0
                    with lock:
                        if response.status_code == 200:
                            latencies.append(elapsed)
                        else:
                            errors.append(f"{response.status_code}")
                    i += clients

        load_before = machine_load()
        began = time.perf_counter()
        threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        wall = time.perf_counter() - began
    finally:
        server.terminate()
        server.wait(timeout=30)
    return {
        "measured_at": datetime.now(UTC).isoformat(timespec="minutes"),
        "clients": clients,
        "server_workers": workers,
        "seconds": round(wall, 1),
        "startup_s": round(startup, 1),
        "requests": len(latencies),
        "errors": len(errors),
        "requests_per_s": round(len(latencies) / wall, 2),
        "latency_s": {
            "p50": round(statistics.median(latencies), 2) if latencies else None,
            "p95": round(_percentile(latencies, 0.95), 2) if latencies else None,
            "max": round(max(latencies), 2) if latencies else None,
        },
        "mean_request_chars": round(sum(len(p["text"]) for p in payloads) / len(payloads)),
        "load_before": load_before,
        "load_after": machine_load(),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--json", help="merge the figures into this file under 'service'")
    args = parser.parse_args()
    if not 20 <= args.seconds <= 60:
        parser.error("--seconds must be between 20 and 60 (a bounded benchmark)")
    figures = measure(args.seconds, args.clients, args.workers)
    print(json.dumps(figures, indent=2))
    if args.json:
        key = "service" if args.workers == 1 else f"service_workers_{args.workers}"
        merge_into(Path(args.json), key, figures)


if __name__ == "__main__":
    main()
