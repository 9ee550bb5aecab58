"""Time and memory on hostile input (issue #9): repeated first lines, very long notices.

``duplicates``: a notice whose first line is repeated N times before its body
(N = 500, 1000, 2000, 4000); the copy check in :func:`extractor.text.prepare`
must stay linear, so seconds per 1,000 repeats should stay flat.

``long``: a 3,000,000-character notice (seed 001 repeated with its numbers
varied, so it is neither a copy nor cached) through the default ``bert``
backend in a fresh process; prints seconds and peak resident memory.

    python -m benchmarks.hostile duplicates [--json benchmarks/results.json]
    python -m benchmarks.hostile long [--chars 3000000] [--backend bert] [--json …]

Figures are merged into ``results.json`` under ``duplicate_check`` and
``long_notice`` (other keys are kept).
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = "001"


def _seed() -> str:
    (path,) = (ROOT / "corpus" / "seeds").glob(f"{SEED}_*.txt")
    return path.read_text(encoding="utf-8")


def repeated_first_line(n: int) -> str:
    """The seed with its first line printed ``n`` extra times before the body."""
    text = _seed()
    first = text.strip().split("\n", 1)[0]
    return (first + "\n") * n + text


def long_notice(chars: int) -> str:
    """Seed copies with every number changed per copy, cut to ``chars`` characters."""
    seed = _seed()
    parts: list[str] = []
    size = 0
    k = 0
    while size < chars:
        k += 1
        part = re.sub(r"\d+", lambda m, k=k: str(int(m.group()) + k), seed)
        parts.append(part)
        size += len(part) + 1
    return "\n".join(parts)[:chars]


def bench_duplicates(sizes: list[int]) -> dict:
    from extractor.text import prepare

    rows = []
    for n in sizes:
        text = repeated_first_line(n)
        start = time.perf_counter()
        prepare(text)
        seconds = time.perf_counter() - start
        rows.append({"repeats": n, "chars": len(text), "seconds": round(seconds, 3)})
        print(f"N={n:5d}  {len(text):8d} chars  {seconds:7.3f} s", flush=True)
    return {"input": f"seed {SEED} with its first line repeated N times", "runs": rows}


def _child(chars: int, backend: str) -> None:
    import extractor

    text = long_notice(chars)
    start = time.perf_counter()
    notice = extractor.extract(text, backend=backend)
    seconds = time.perf_counter() - start
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    assert all(text[e.start : e.end] == e.text for e in notice.entities)
    print(
        json.dumps(
            {
                "chars": len(text),
                "backend": backend,
                "seconds": round(seconds, 1),
                "peak_rss_mib": round(peak_kib / 1024),
                "entities": len(notice.entities),
                "problems": len(notice.problems),
                "duplicate_from": notice.duplicate_from,  # None: the whole text was analysed
            }
        )
    )


def bench_long(chars: int, backend: str) -> dict:
    out = subprocess.run(
        [sys.executable, "-m", "benchmarks.hostile", "_child", str(chars), backend],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    result = json.loads(out.stdout.strip().splitlines()[-1])
    print(result)
    return result


def _merge(path: Path, key: str, value: dict) -> None:
    data = json.loads(path.read_text()) if path.exists() else {}
    data[key] = value
    path.write_text(json.dumps(data, indent=2) + "\n")


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] == "_child":
        _child(int(argv[1]), argv[2])
        return 0
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("what", choices=["duplicates", "long"])
    parser.add_argument("--chars", type=int, default=3_000_000)
    parser.add_argument("--backend", default="bert")
    parser.add_argument("--json", help="merge the figures into this results file")
    args = parser.parse_args(argv)
    if args.what == "duplicates":
        key, result = "duplicate_check", bench_duplicates([500, 1000, 2000, 4000])
    else:
        key, result = "long_notice", bench_long(args.chars, args.backend)
    if args.json:
        _merge(Path(args.json), key, result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
