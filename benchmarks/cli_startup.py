"""Start-up time of the command line: ``extractor --help`` and ``extractor train --help``.

Each run is a fresh interpreter, as when a user types the command; the best of
``--repeat`` runs is reported, with the heavy libraries the command imported
(none is expected: torch, spaCy and pandas load only when a command runs).

    python -m benchmarks.cli_startup [--repeat 5]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HEAVY = ("torch", "transformers", "spacy", "pandas", "openpyxl", "matplotlib")
PROBE = (
    "import sys\n"
    "from extractor.cli import main\n"
    "try:\n"
    "    main(sys.argv[1:])\n"
    "except SystemExit:\n"
    "    pass\n"
    f"print(','.join(m for m in {HEAVY!r} if m in sys.modules), file=sys.stderr)\n"
)


def measure(args: list[str], repeat: int) -> tuple[float, str]:
    """Best wall time of ``extractor ARGS`` over ``repeat`` fresh processes, and its heavy imports."""
    best, heavy = float("inf"), ""
    for _ in range(repeat):
        started = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-c", PROBE, *args],
            capture_output=True,
            text=True,
            cwd=ROOT,
            check=True,
        )
        best = min(best, time.perf_counter() - started)
        heavy = done.stderr.strip()
    return best, heavy


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=5, help="fresh processes per command")
    args = parser.parse_args(argv)
    for command in (["--help"], ["extract", "--help"], ["train", "--help"], ["--version"]):
        seconds, heavy = measure(command, args.repeat)
        print(
            f"extractor {' '.join(command):<16} {seconds:6.2f} s   heavy imports: {heavy or 'none'}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
