"""Throughput and memory of the extraction pipeline on the shipped seed notices.

Measures, on the same texts and in one run: (a) the bare BERT forward pass
(windows in, log-probabilities out), (b) the full pipeline (``extractor.extract``
with the BERT backend: cleaning, pkuseg, NER, structure, values, linking), and
(c) the rule backend; prints chars/s and the ratios, and the peak resident
memory of a fresh process extracting a 200 K-character document.

    python -m benchmarks.speed [--model models/extractor-zh] [--repeat 3] [--json benchmarks/results.json]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _texts() -> list[str]:
    return [
        p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus" / "seeds").glob("*.txt"))
    ]


def _best(fn, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def measure(model: str | None, repeat: int) -> dict:
    import torch

    import extractor
    from extractor.text import prepare

    torch.set_num_threads(2)
    texts = _texts()
    chars = sum(len(t) for t in texts)
    bert = extractor.load("bert", model)
    rules = extractor.load("rules", None)
    tagger = bert.recognizer.nlp.get_pipe("extractor_bert_ner").tagger
    cleaned = [prepare(t).text for t in texts]
    encoded = [tagger.vocab.encode(t)[0] for t in cleaned]
    list(bert.pipe(texts[:1]))  # warm-up

    forward = _best(lambda: tagger.log_probs_many(encoded), repeat)
    full = _best(lambda: list(bert.pipe(texts)), repeat)
    rule = _best(lambda: list(rules.pipe(texts)), repeat)
    return {
        "documents": len(texts),
        "chars": chars,
        "forward_chars_per_s": round(chars / forward),
        "pipeline_chars_per_s": round(chars / full),
        "rules_chars_per_s": round(chars / rule),
        "pipeline_vs_forward_time_ratio": round(full / forward, 2),
        "rules_vs_pipeline_speedup": round(full / rule, 1),
        "threads": torch.get_num_threads(),
    }


_PEAK = """
import resource, sys, pathlib
import extractor
texts = [p.read_text(encoding='utf-8') for p in sorted(pathlib.Path(sys.argv[1]).glob('*.txt'))]
doc = ''
while len(doc) < 200_000:
    for t in texts:
        doc += t.split('\\n', 1)[1] + '\\n'
doc = doc[:200_000]
n = extractor.extract(doc, model=sys.argv[2] if len(sys.argv) > 2 else None)
print(len(doc), len(n.entities), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)
"""


def peak_memory(model: str | None) -> dict:
    args = [sys.executable, "-c", _PEAK, str(ROOT / "corpus" / "seeds")] + (
        [model] if model else []
    )
    start = time.perf_counter()
    out = subprocess.run(args, capture_output=True, text=True, check=True).stdout.split()
    chars, entities, mib = (int(x) for x in out[-3:])
    return {
        "doc_chars": chars,
        "entities": entities,
        "peak_rss_mib": mib,
        "seconds_incl_load": round(time.perf_counter() - start, 1),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", help="also write the figures to this file")
    args = parser.parse_args(argv)
    result = measure(args.model, args.repeat)
    result["peak_200k"] = peak_memory(args.model)
    for key, value in result.items():
        print(f"{key:32} {value}")
    if args.json:
        # other benchmarks (hostile input, parallel, service) keep their entries in this file
        path = Path(args.json)
        merged = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
        merged.update(result)
        path.write_text(json.dumps(merged, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
