"""Benchmark the read stage, every analyze stage, and the whole pipeline, on one core.

Each article is read and analysed exactly once, in a fresh process (no warm cache: first-use costs such
as loading data files are included), timing every stage call with ``perf_counter``. The cold start of the
``unspin analyze`` command is timed separately in new processes.

    python bench/analyze.py                       # ../shared/data/ptc/train-articles, when present
    python bench/analyze.py DIR [--json out.json]  # any folder of articles

Prints articles/s and MB/s (MB of UTF-8 input) per stage and for the whole pipeline.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_DIR = HERE.parent.parent / "shared" / "data" / "ptc" / "train-articles"


def machine() -> str:
    cpu = platform.processor() or "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    from unspin import actors  # compiled with mypyc in a regular install, plain Python in an editable one

    build = "Python" if str(actors.__file__).endswith(".py") else "compiled with mypyc"
    return f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, unspin {build}"


def bench_stages(files: list[Path]) -> dict[str, dict[str, float]]:
    # Imports inside: the import cost belongs to the cold-start figure, not to the per-article ones.
    from unspin.document import Document
    from unspin.pipeline import STAGES, collector_paused
    from unspin.read import read_path
    from unspin.settings import DEFAULT_SETTINGS

    totals: dict[str, float] = {"read": 0.0, **{name: 0.0 for name, _ in STAGES}}
    n_bytes = 0
    n_docs = 0
    per_article: list[float] = []
    for path in files:
        n_bytes += path.stat().st_size
        t0 = time.perf_counter()
        docs = [d for d in read_path(path, settings=DEFAULT_SETTINGS) if isinstance(d, Document)]
        t1 = time.perf_counter()
        totals["read"] += t1 - t0
        spent = t1 - t0
        for doc in docs:
            n_docs += 1
            with collector_paused():  # as analyze_document runs the stages
                for name, stage in STAGES:
                    s0 = time.perf_counter()
                    stage(doc, settings=DEFAULT_SETTINGS)
                    dt = time.perf_counter() - s0
                    totals[name] += dt
                    spent += dt
        per_article.append(spent)
    mb = n_bytes / 1e6
    rows = {name: {"seconds": t, "articles_per_s": n_docs / t if t else float("inf"),
                   "mb_per_s": mb / t if t else float("inf")} for name, t in totals.items()}
    whole = sum(totals.values())
    rows["pipeline (read + all stages)"] = {
        "seconds": whole, "articles_per_s": n_docs / whole, "mb_per_s": mb / whole,
        "p50_ms": 1000 * statistics.median(per_article),
        "p99_ms": 1000 * statistics.quantiles(per_article, n=100)[98] if len(per_article) > 1 else 0.0,
    }
    rows["_corpus"] = {"articles": n_docs, "mb": mb}
    return rows


def bench_cold_start(sample: Path, runs: int = 5) -> dict[str, float]:
    exe = Path(sys.executable).with_name("unspin")
    cmd = [str(exe) if exe.exists() else "unspin", "analyze", str(sample), "--format", "json"]
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - t0)
    return {"first_s": times[0], "median_s": statistics.median(times), "runs": runs}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", nargs="?", type=Path, default=DEFAULT_DIR)
    ap.add_argument("--json", type=Path, help="also write the figures here")
    args = ap.parse_args()
    if not args.folder.is_dir():
        sys.exit(f"bench: {args.folder} is not a folder of articles")
    files = sorted(p for p in args.folder.iterdir() if p.is_file())
    rows = bench_stages(files)
    cold = bench_cold_start(files[0])
    corpus = rows.pop("_corpus")
    print(f"# unspin analyze benchmark, {time.strftime('%Y-%m-%d')}")
    print(f"machine: {machine()}")
    print(f"corpus: {args.folder} ({int(corpus['articles'])} articles, {corpus['mb']:.2f} MB), each once, one core")
    print(f"{'stage':<30} {'seconds':>9} {'articles/s':>11} {'MB/s':>8}")
    for name, r in rows.items():
        print(f"{name:<30} {r['seconds']:>9.3f} {r['articles_per_s']:>11.0f} {r['mb_per_s']:>8.2f}")
    whole = rows["pipeline (read + all stages)"]
    print(f"per article: p50 {whole['p50_ms']:.3f} ms, p99 {whole['p99_ms']:.3f} ms")
    print(f"cold start `unspin analyze FILE --format json`: first {cold['first_s']:.3f} s, "
          f"median of {cold['runs']} {cold['median_s']:.3f} s")
    if args.json:
        args.json.write_text(json.dumps({"date": time.strftime("%Y-%m-%d"), "machine": machine(),
                                         "corpus": corpus, "stages": rows, "cold_start": cold}, indent=2))


if __name__ == "__main__":
    main()
