"""Throughput on many cores: 1 process, ``n_process=2``, and a 2-worker Dask cluster.

The same 50 notices for every configuration, built from the shipped seeds and
genre variants (each copy made distinct by a numbered first line, so no cache
can serve a repeat). Figures are notices/s and chars/s, and ratios to the
single process with one torch thread (like for like: each worker has one)
and with the default threads (what a user gets without ``n_process``).

Worker start-up is counted for ``n_process``: it is what a call costs. The
first call in a process also starts the fork server (which imports torch,
spaCy and transformers once), so it is given separately from a later call
(fresh workers, each loading the model); the later call minus the measured
start-up is given too. The Dask cluster is started and the pipeline
registered before the clock starts (a cluster is long-lived).

    python -m benchmarks.parallel [--documents 50] [--json benchmarks/results.json]
"""

from __future__ import annotations

import argparse
import json
import os
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def build_notices(count: int) -> list[tuple[str, str]]:
    """``count`` distinct ``(source, text)`` pairs cycling over seeds and variants."""
    bases = sorted((ROOT / "corpus" / "seeds").glob("*.txt"))
    bases += sorted((ROOT / "corpus" / "variants").glob("v*.txt"))
    texts = [(p.stem, p.read_text(encoding="utf-8")) for p in bases]
    out = []
    for i in range(count):
        stem, text = texts[i % len(texts)]
        out.append((f"{stem}#{i}", f"（样本{i + 1}）\n{text}"))
    return out


def machine_load() -> dict:
    load1, load5, _ = os.getloadavg()
    return {
        "cpus": os.cpu_count(),
        "loadavg_1min": round(load1, 2),
        "loadavg_5min": round(load5, 2),
    }


def _timed(fn) -> tuple[float, object]:
    start = time.perf_counter()
    value = fn()
    return time.perf_counter() - start, value


def measure(count: int, model: str | None) -> dict:
    import torch

    import extractor
    from extractor import dask as xdask

    notices = build_notices(count)
    texts = [t for _, t in notices]
    sources = [s for s, _ in notices]
    chars = sum(len(t) for t in texts)
    load_before = machine_load()

    def run(**kwargs) -> list:
        return list(extractor.extract_many(texts, sources=sources, model=model, **kwargs))

    load_s, _ = _timed(lambda: extractor.load("bert", model))
    default_threads = torch.get_num_threads()
    torch.set_num_threads(1)
    single_1, reference = _timed(run)
    torch.set_num_threads(default_threads)
    single_default, _ = _timed(run)
    cold, got = _timed(lambda: run(n_process=2))  # first call: starts the fork server
    assert [n.to_dict() for n in got] == [n.to_dict() for n in reference]
    double, got = _timed(lambda: run(n_process=2))  # fresh workers, fork server running
    assert [n.to_dict() for n in got] == [n.to_dict() for n in reference]
    startup_s, _ = _timed(lambda: list(extractor.extract_many(texts[:2], n_process=2)))

    import dask.bag as db
    from distributed import Client, LocalCluster

    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster) as client,
    ):
        xdask.register(client, model=model)
        bag = db.from_sequence(notices, npartitions=count)
        dask_s, dask_out = _timed(lambda: xdask.extract_bag(bag, model=model).compute())
    dask_equal = [n.to_dict() for n in dask_out] == [n.to_dict() for n in reference]

    def rate(seconds: float) -> dict:
        return {
            "seconds": round(seconds, 2),
            "notices_per_s": round(count / seconds, 3),
            "chars_per_s": round(chars / seconds),
        }

    return {
        "measured_at": datetime.now(UTC).isoformat(timespec="minutes"),
        "documents": count,
        "chars": chars,
        "load_before": load_before,
        "load_after": machine_load(),
        "pipeline_load_s": round(load_s, 2),
        "single_1_thread": rate(single_1),
        "single_default_threads": {**rate(single_default), "threads": default_threads},
        "n_process_2_first_call": rate(cold),
        "n_process_2": {
            **rate(double),
            "startup_s": round(startup_s, 2),
            "excluding_startup": rate(max(double - startup_s, 1e-9)),
        },
        "dask_2_workers": {**rate(dask_s), "same_results": dask_equal},
        "ratios_vs_single_1_thread": {
            "n_process_2_first_call": round(single_1 / cold, 2),
            "n_process_2": round(single_1 / double, 2),
            "n_process_2_excluding_startup": round(single_1 / max(double - startup_s, 1e-9), 2),
            "dask_2_workers": round(single_1 / dask_s, 2),
        },
        "ratios_vs_single_default_threads": {
            "n_process_2_first_call": round(single_default / cold, 2),
            "n_process_2": round(single_default / double, 2),
            "dask_2_workers": round(single_default / dask_s, 2),
        },
    }


def merge_into(path: Path, key: str, figures: dict) -> None:
    """Add ``figures`` under ``key`` in a results file other benchmarks also write."""
    data = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    data[key] = figures
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=50)
    parser.add_argument("--model", help="pipeline directory (default: the shipped model)")
    parser.add_argument("--json", help="merge the figures into this file under 'parallel'")
    args = parser.parse_args()
    figures = measure(args.documents, args.model)
    print(json.dumps(figures, indent=2))
    if args.json:
        merge_into(Path(args.json), "parallel", figures)


if __name__ == "__main__":
    main()
