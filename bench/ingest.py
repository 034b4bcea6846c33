"""Benchmark ``unspin ingest`` into a fresh store: bulk (text only), analysed on one core, analysed on every core;
then full-text search over the result.

Each configuration ingests the same folder once into a new temporary store, timed from the call to the
summary (process start-up of the workers and model loading included: that is what a user waits for).

    python bench/ingest.py                         # ../shared/data/ptc/train-articles (371 articles)
    python bench/ingest.py DIR [--jobs 1 2] [--json out.json]

Prints documents/s per configuration and search latency.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_DIR = HERE.parent.parent / "shared" / "data" / "ptc" / "train-articles"
sys.path.insert(0, str(HERE))

from analyze import machine  # noqa: E402


def run(folder: Path, *, analyze: bool, jobs: int | None, tmp: Path, name: str) -> dict[str, float]:
    from unspin.ingest import ingest
    from unspin.store import Store

    with Store(tmp / f"{name}.db") as store:
        started = time.perf_counter()
        summary = ingest([folder], store, analyze=analyze, jobs=jobs)
        seconds = time.perf_counter() - started
        size = (tmp / f"{name}.db").stat().st_size + sum(p.stat().st_size for p in tmp.glob(f"{name}.db-*"))
    return {"documents": summary.ingested, "seconds": round(seconds, 3),
            "docs_per_s": round(summary.ingested / seconds, 1), "store_mb": round(size / 1e6, 1)}


def search_latency(db: Path, queries: list[str]) -> dict[str, float]:
    from unspin.store import Store

    times = []
    with Store(db) as store:
        for query in queries:
            started = time.perf_counter()
            store.search(query, limit=20)
            times.append(time.perf_counter() - started)
    return {"queries": len(queries), "median_ms": round(statistics.median(times) * 1000, 2),
            "max_ms": round(max(times) * 1000, 2)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--jobs", nargs="+", type=int, default=[1, 2])
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    if not args.folder.is_dir():
        sys.exit(f"no folder {args.folder}")
    figures: dict[str, object] = {"machine": machine(), "folder": str(args.folder),
                                  "date": time.strftime("%Y-%m-%d")}
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        figures["bulk (--no-analyze)"] = run(args.folder, analyze=False, jobs=1, tmp=tmp, name="bulk")
        for jobs in args.jobs:
            figures[f"analysed, {jobs} process(es)"] = run(args.folder, analyze=True, jobs=jobs, tmp=tmp,
                                                           name=f"jobs{jobs}")
        figures["search"] = search_latency(tmp / "bulk.db", ["government", '"prime minister"', "vacc*",
                                                             "police OR protest", "immigration NOT border",
                                                             "trump", "election fraud", "church"])
    print(f"machine: {figures['machine']}")
    for key, value in figures.items():
        if isinstance(value, dict):
            print(f"{key:<28} {json.dumps(value)}")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
