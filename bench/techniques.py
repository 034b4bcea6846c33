"""Speed of the techniques stage: the shipped model over PTC's train articles, each article once, cold.

    .venv/bin/python bench/techniques.py [FOLDER] [--workers N]

FOLDER defaults to ../shared/data/ptc/train-articles. The stages the model reads (anatomy, segment) run
first, outside the timing. Prints the model's load time, then the stage's time per article on one process
(mean, median, slowest) and, with ``--workers N`` (default 2, the cores of the reference machine), the wall
time of N processes sharing the articles, each loading the model itself (its load time counted).

Each article is scored once; nothing is cached between articles (the model keeps no state).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from unspin.document import Document
from unspin.pipeline import analyze_document
from unspin.settings import DEFAULT_SETTINGS

FOLDER = Path(__file__).resolve().parents[2] / "shared" / "data" / "ptc" / "train-articles"
BEFORE = ("anatomy", "segment", "language")


def _prepared(paths: list[Path]) -> list[Document]:
    return [analyze_document(Document(p.read_bytes().decode("utf-8")), settings=DEFAULT_SETTINGS, stages=BEFORE)
            for p in paths]


def _worker(paths: list[Path]) -> tuple[float, int]:
    """Load the model and run the stage over ``paths``; returns (seconds, spans)."""
    docs = _prepared(paths)
    start = time.perf_counter()
    from unspin.techniques.stage import annotate_techniques

    for doc in docs:
        annotate_techniques(doc, settings=DEFAULT_SETTINGS)
    return time.perf_counter() - start, sum(len(d.layer("technique")) for d in docs)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", nargs="?", type=Path, default=FOLDER)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    paths = sorted(args.folder.glob("*.txt"))
    if not paths:
        print(f"no *.txt articles in {args.folder}", file=sys.stderr)
        return 1

    docs = _prepared(paths)
    loaded = time.perf_counter()
    from unspin.techniques.model import load_model

    model = load_model()
    loaded = time.perf_counter() - loaded
    from unspin.techniques.stage import annotate_techniques

    times = []
    for doc in docs:
        t0 = time.perf_counter()
        annotate_techniques(doc, settings=DEFAULT_SETTINGS)
        times.append(time.perf_counter() - t0)
    total = sum(times)
    spans = sum(len(d.layer("technique")) for d in docs)
    print(f"model {model.record.get('name', '?')}: loaded in {loaded:.2f} s")
    print(f"one process: {len(docs)} articles in {total:.2f} s = {len(docs) / total:.1f} articles/s; "
          f"mean {1000 * total / len(docs):.2f} ms, median {1000 * statistics.median(times):.2f} ms, "
          f"slowest {1000 * max(times):.1f} ms; {spans} spans")

    if args.workers > 1:
        chunks = [paths[i::args.workers] for i in range(args.workers)]
        t0 = time.perf_counter()
        with ProcessPoolExecutor(max_workers=args.workers) as pool:
            results = list(pool.map(_worker, chunks))
        wall = max(seconds for seconds, _ in results)
        print(f"{args.workers} processes (cpus here: {os.cpu_count()}): stage time {wall:.2f} s wall incl. model "
              f"load = {len(paths) / wall:.1f} articles/s (pool start-up and preparing excluded; "
              f"{time.perf_counter() - t0:.1f} s in all)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
