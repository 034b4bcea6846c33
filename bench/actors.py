"""Benchmark the actors stage alone, on one core, each article once.

The stages before it (anatomy, segment, language, mt) run first and are not timed; the actors stage is
timed with ``perf_counter`` per article. Data files load on the first call, which is included.

    python bench/actors.py                        # ../shared/data/ptc/train-articles, when present
    python bench/actors.py DIR                    # any folder of *.txt articles

Prints articles, total and mean milliseconds per article, the slowest article, and articles/s.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_DIR = HERE.parent.parent / "shared" / "data" / "ptc" / "train-articles"
BEFORE = ("anatomy", "segment", "language", "mt")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT_DIR)
    args = parser.parse_args()
    files = sorted(args.folder.glob("*.txt"))
    if not files:
        print(f"no *.txt articles in {args.folder}", file=sys.stderr)
        return 1

    from unspin.actors import annotate_actors
    from unspin.document import Document
    from unspin.pipeline import analyze_document
    from unspin.settings import DEFAULT_SETTINGS

    times: list[float] = []
    actors = mentions = 0
    slowest = ("", 0.0)
    for path in files:
        # Only the stages before actors: the whole pipeline would have added the mentions already.
        doc = analyze_document(Document(path.read_text(encoding="utf-8")), stages=BEFORE)
        t0 = time.perf_counter()
        annotate_actors(doc, settings=DEFAULT_SETTINGS)
        spent = time.perf_counter() - t0
        times.append(spent)
        actors += len(doc.actors)
        mentions += len(doc.layer("mention"))
        if spent > slowest[1]:
            slowest = (path.name, spent)
    total = sum(times)
    print(f"actors stage: {len(files)} articles from {args.folder}")
    from unspin import actors as compiled_probe

    print(f"  build: {'Python' if str(compiled_probe.__file__).endswith('.py') else 'compiled with mypyc'}")
    print(f"  total {total * 1000:.1f} ms, mean {total / len(files) * 1000:.3f} ms/article, "
          f"median {statistics.median(times) * 1000:.3f} ms, slowest {slowest[1] * 1000:.2f} ms ({slowest[0]})")
    print(f"  {len(files) / total:.0f} articles/s; {actors} actors, {mentions} mentions found")
    return 0


if __name__ == "__main__":
    sys.exit(main())
