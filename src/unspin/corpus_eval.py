"""``unspin evaluate stories``: a gold story file goes through the user's path (ingest into a temporary
store, ``stories build``) and the result is scored with :mod:`unspin.evaluate.stories`."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

from unspin.errors import UnspinError

__all__ = ["evaluate_gold"]


def evaluate_gold(gold_path: Path, *, baseline: bool = True, analyze: bool = True,
                  jobs: int | None = None) -> tuple[dict[str, Any], dict[str, Any] | None, str]:
    """``(our figures, plain MinHash's figures or None, a printable table)``."""
    from unspin.corpus import build
    from unspin.evaluate.stories import Predicted, format_scores, load_gold, plain_minhash_baseline, score_stories
    from unspin.ingest import ingest
    from unspin.store import Store

    gold = load_gold(gold_path)
    with tempfile.TemporaryDirectory(prefix="unspin-eval-") as tmp:
        records = Path(tmp) / "gold.jsonl"
        with records.open("w", encoding="utf-8") as handle:
            for item in gold:
                handle.write(json.dumps(item.record, ensure_ascii=False) + "\n")
        with Store(Path(tmp) / "eval.db") as store:
            summary = ingest([records], store, analyze=analyze, jobs=jobs)
            if summary.skipped:
                where, reason = summary.skipped[0]
                raise UnspinError(f"{len(summary.skipped)} gold record(s) could not be read, first {where}: {reason}")
            build(store)
            predicted = {m["key"]: Predicted(story=m["story"], relation=m["relation"], source=m["source"])
                         for m in store.story_members()}
    ours = score_stories(gold, predicted)
    peer = score_stories(gold, plain_minhash_baseline(gold)) if baseline else None
    text = format_scores(ours, baseline=peer)
    return ours.to_dict(), peer.to_dict() if peer is not None else None, text
