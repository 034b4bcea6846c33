"""Score story grouping, relations and earliest sources against a gold JSONL file (``unspin evaluate stories``).

Gold format: one JSON object per line, an input record as ``unspin ingest`` reads it (``id``, ``text`` or
``html``, optional ``url``, ``title``, ``published``, ``outlet``, ``lang``) plus two gold fields::

    {"id": "a1", "text": "...", "published": "2024-03-02T08:15:00+00:00", "outlet": "...", "lang": "en",
     "cluster": 3 | "s3" | null, "relation": "original" | "exact copy" | "near copy" | "rewrite" |
                                 "translation" | null}

``id`` is required and unique (predictions are keyed by it); ``cluster`` and ``relation`` must both be
present, null allowed: a null ``cluster`` is a document alone, a null ``relation`` is "not judged" (left out
of the relation figures). A story holds at most one ``original``: the earliest document of the story *in this
set*, even when the true source is elsewhere. Blank lines are skipped.

Predictions are :class:`Predicted` values keyed by gold ``id``: the predicted story (None = alone), the
relation, and the key of the story's predicted source.

How each figure is computed:

1. **Adjusted Rand index** over all gold documents, from the contingency table of gold cluster x predicted
   story. A document alone (null cluster, or ``story`` None) is a cluster of its own on its side. With
   ``n_ij`` the table, ``a_i``/``b_j`` its row/column sums, ``C(x) = x(x-1)/2``::

       index = sum C(n_ij);  expected = sum C(a_i) * sum C(b_j) / C(n)
       ARI   = (index - expected) / ((sum C(a_i) + sum C(b_j)) / 2 - expected)

   When the denominator is 0 (both sides put every document alone, or both put all in one cluster) the two
   partitions are identical and ARI is 1.0, as in scikit-learn.
2. **Pairwise P/R/F1** over unordered pairs of distinct documents: a gold pair is two documents of one gold
   cluster, a predicted pair two of one predicted story. precision = right / predicted pairs, recall =
   right / gold pairs.
3. **Earliest source**: for every gold cluster that has a member labelled ``original``, the source predicted
   for the cluster is the most common ``source`` among its members' predictions (ties go to the value seen
   first in file order); it is right when it equals the gold original's ``id``. right / total.
4. **Relation accuracy**: over documents whose gold relation is not null, the share whose predicted relation
   is the same string; the confusion table counts (gold relation, predicted relation).
5. **Joined with the original**, per gold relation: among members of gold clusters with an original in the
   set (the original itself left out), the share put in the same predicted story as that original. It shows
   which kinds of copies a method finds (a shingle method finds copies, rarely translations).

Undefined ratios (nothing predicted, no gold pair) are reported as 0.0, never NaN, beside their counts.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, Final

import numpy as np
import numpy.typing as npt

from unspin.errors import SchemaError

__all__ = [
    "RELATIONS",
    "Accuracy",
    "GoldRecord",
    "PairScore",
    "Predicted",
    "StoryScores",
    "adjusted_rand_index",
    "format_scores",
    "load_gold",
    "plain_minhash_baseline",
    "score_stories",
]

# The relation strings of issue 5; the provenance stage defines the same tuple (kept here so that the
# evaluator does not import the stage it judges).
RELATIONS: Final[tuple[str, ...]] = ("original", "exact copy", "near copy", "rewrite", "translation")
_GOLD_FIELDS: Final = ("cluster", "relation")
_WORD_RE: Final = re.compile(r"\w+")


# -- gold --------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class GoldRecord:
    """One gold line: ``record`` is the input record to ingest (without the gold fields)."""

    id: str
    record: dict[str, Any]
    cluster: str | int | None
    relation: str | None
    source: str = ""  # ``path:line``, for messages


def load_gold(path: str | Path) -> list[GoldRecord]:
    """Read and validate a gold JSONL file; raises :class:`~unspin.errors.SchemaError` naming ``file:line``."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SchemaError(f"{path}: not a readable UTF-8 file ({exc})") from exc
    records: list[GoldRecord] = []
    seen: dict[str, str] = {}
    originals: dict[str | int, str] = {}
    # Split on line feeds only: U+2028 and friends may appear raw inside JSON strings.
    for number, line in enumerate(text.lstrip("\ufeff").split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        gold = _gold_record(line, where)
        if gold.id in seen:
            raise SchemaError(f"{where}: id {gold.id!r} was already used at {seen[gold.id]}")
        seen[gold.id] = where
        if gold.relation == "original" and gold.cluster is not None:
            if gold.cluster in originals:
                raise SchemaError(f"{where}: cluster {gold.cluster!r} already has an original at "
                                  f"{originals[gold.cluster]}; a story has at most one")
            originals[gold.cluster] = where
        records.append(gold)
    if not records:
        raise SchemaError(f"{path}: no gold records")
    return records


def _gold_record(line: str, where: str) -> GoldRecord:
    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        raise SchemaError(f"{where}: not valid JSON ({exc.msg} at column {exc.colno})") from None
    if not isinstance(data, dict):
        raise SchemaError(f"{where}: a gold line must be a JSON object")
    raw_id = data.get("id")
    if raw_id is None:
        # Input records may lack an id (the store then keys them by content hash); the gold needs one per line
        # so that two copies with the same text stay two documents: the line number serves, and is given to the
        # record so that the store keys the document by it.
        raw_id = f"line-{where.rsplit(':', 1)[-1]}"
        data["id"] = raw_id
    # bool is an int in Python; true/false as an id is a typo.
    if isinstance(raw_id, bool) or not isinstance(raw_id, str | int) or raw_id == "":
        raise SchemaError(f"{where}: 'id' must be a non-empty string or an integer")
    body = data.get("text", data.get("html"))
    if not isinstance(body, str) or not body.strip():
        raise SchemaError(f"{where}: the record needs a non-empty 'text' or 'html' string")
    for key in _GOLD_FIELDS:
        if key not in data:
            raise SchemaError(f"{where}: '{key}' is missing (write null for none)")
    cluster = data["cluster"]
    if isinstance(cluster, bool) or not (cluster is None or isinstance(cluster, str | int)):
        raise SchemaError(f"{where}: 'cluster' must be a string, an integer or null")
    relation = data["relation"]
    if relation is not None and relation not in RELATIONS:
        raise SchemaError(f"{where}: 'relation' is {relation!r}; expected one of "
                          f"{', '.join(repr(r) for r in RELATIONS)} or null")
    record = {k: v for k, v in data.items() if k not in _GOLD_FIELDS}
    return GoldRecord(id=str(raw_id), record=record, cluster=cluster, relation=relation, source=where)


# -- predictions and scores --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Predicted:
    """What a story builder says of one document: its story (None = alone), relation and source key."""

    story: int | None
    relation: str
    source: str


@dataclass(frozen=True, slots=True)
class PairScore:
    """Pairwise precision, recall and F1 over same-story document pairs, with the pair counts."""

    precision: float
    recall: float
    f1: float
    right_pairs: int
    predicted_pairs: int
    gold_pairs: int


@dataclass(frozen=True, slots=True)
class Accuracy:
    """``right`` out of ``total``; ``accuracy`` is 0.0 when ``total`` is 0."""

    right: int
    total: int
    accuracy: float


@dataclass(frozen=True, slots=True)
class StoryScores:
    """Every figure of ``unspin evaluate stories`` (see the module docstring for how each is computed)."""

    documents: int
    gold_stories: int          # gold clusters with two members or more
    predicted_stories: int     # predicted stories with two members or more (among the gold documents)
    gold_alone: int            # documents alone in gold (null cluster or a cluster of one)
    predicted_alone: int
    ari: float
    pairs: PairScore
    earliest: Accuracy
    relation: Accuracy
    confusion: dict[str, dict[str, int]]   # gold relation -> predicted relation -> count
    joined: dict[str, Accuracy]            # gold relation -> members put with their story's original

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (what ``--json`` writes)."""
        return {
            "documents": self.documents,
            "gold_stories": self.gold_stories,
            "predicted_stories": self.predicted_stories,
            "gold_alone": self.gold_alone,
            "predicted_alone": self.predicted_alone,
            "ari": self.ari,
            "pairs": asdict(self.pairs),
            "earliest_source": asdict(self.earliest),
            "relation": asdict(self.relation),
            "confusion": {g: dict(p) for g, p in self.confusion.items()},
            "joined_with_original": {k: asdict(v) for k, v in self.joined.items()},
        }


def score_stories(gold: Sequence[GoldRecord], predicted: Mapping[str, Predicted]) -> StoryScores:
    """Score predictions (keyed by gold ``id``) against gold records; extra predicted keys are ignored."""
    missing = [g.id for g in gold if g.id not in predicted]
    if missing:
        shown = ", ".join(repr(k) for k in missing[:5])
        raise SchemaError(f"{len(missing)} gold documents have no prediction (first: {shown})")
    for g in gold:
        if predicted[g.id].relation not in RELATIONS:
            raise SchemaError(f"{g.source or g.id}: predicted relation {predicted[g.id].relation!r} is not one "
                              f"of {', '.join(RELATIONS)}")
    gold_labels = _labels([g.cluster for g in gold])
    pred_labels = _labels([predicted[g.id].story for g in gold])
    table = _contingency(gold_labels, pred_labels)
    gold_sizes, pred_sizes = np.bincount(gold_labels), np.bincount(pred_labels)
    right, gold_pairs, pred_pairs = _pairs(table), _pairs(gold_sizes), _pairs(pred_sizes)
    p, r = _div(right, pred_pairs), _div(right, gold_pairs)
    earliest, joined = _earliest_and_joined(gold, predicted)
    confusion: dict[str, dict[str, int]] = {rel: dict.fromkeys(RELATIONS, 0) for rel in RELATIONS}
    relation_right = relation_total = 0
    for g in gold:
        if g.relation is None:
            continue
        guess = predicted[g.id].relation
        confusion[g.relation][guess] += 1
        relation_total += 1
        relation_right += guess == g.relation
    return StoryScores(
        documents=len(gold),
        gold_stories=int(np.count_nonzero(gold_sizes >= 2)),
        predicted_stories=int(np.count_nonzero(pred_sizes >= 2)),
        gold_alone=int(np.count_nonzero(gold_sizes == 1)),
        predicted_alone=int(np.count_nonzero(pred_sizes == 1)),
        ari=_ari_from_counts(right, gold_pairs, pred_pairs, len(gold)),
        pairs=PairScore(precision=p, recall=r, f1=_f1(p, r), right_pairs=right, predicted_pairs=pred_pairs,
                        gold_pairs=gold_pairs),
        earliest=earliest,
        relation=_accuracy(relation_right, relation_total),
        confusion=confusion,
        joined=joined,
    )


def adjusted_rand_index(labels_true: Sequence[object], labels_pred: Sequence[object]) -> float:
    """ARI of two labelings of the same items; None in either is "alone" (a cluster of its own)."""
    if len(labels_true) != len(labels_pred):
        raise ValueError(f"{len(labels_true)} true labels but {len(labels_pred)} predicted labels")
    a, b = _labels(labels_true), _labels(labels_pred)
    return _ari_from_counts(_pairs(_contingency(a, b)), _pairs(np.bincount(a)), _pairs(np.bincount(b)), len(a))


def _labels(values: Sequence[object]) -> npt.NDArray[np.int64]:
    """Dense integer labels; each None gets a fresh label of its own."""
    ids: dict[object, int] = {}
    out = np.empty(len(values), dtype=np.int64)
    for i, value in enumerate(values):
        # A tuple key keeps 1 and True (equal in Python) and None-singletons apart.
        key: object = ("alone", i) if value is None else (type(value).__name__, value)
        out[i] = ids.setdefault(key, len(ids))
    return out


def _contingency(a: npt.NDArray[np.int64], b: npt.NDArray[np.int64]) -> npt.NDArray[np.int64]:
    """The non-zero cells of the contingency table (sparse: a million singletons must not make n x n)."""
    if not len(a):
        return np.zeros(0, dtype=np.int64)
    width = int(b.max()) + 1
    counts: npt.NDArray[np.int64] = np.unique(a * width + b, return_counts=True)[1].astype(np.int64)
    return counts


def _pairs(sizes: npt.NDArray[np.int64]) -> int:
    """Sum of C(x, 2) over cluster sizes, as an exact Python int."""
    return int((sizes * (sizes - 1) // 2).sum())


def _ari_from_counts(index: int, gold_pairs: int, pred_pairs: int, n: int) -> float:
    # Python ints: gold_pairs * pred_pairs overflows int64 for a million documents.
    total = n * (n - 1) // 2
    if total == 0:
        return 1.0
    expected = gold_pairs * pred_pairs / total
    denominator = (gold_pairs + pred_pairs) / 2 - expected
    if denominator == 0:
        return 1.0
    return float((index - expected) / denominator)


def _earliest_and_joined(gold: Sequence[GoldRecord],
                         predicted: Mapping[str, Predicted]) -> tuple[Accuracy, dict[str, Accuracy]]:
    members: dict[str | int, list[GoldRecord]] = {}
    for g in gold:
        if g.cluster is not None:
            members.setdefault(g.cluster, []).append(g)
    right = total = 0
    joined = {rel: [0, 0] for rel in RELATIONS if rel != "original"}
    for group in members.values():
        original = next((g for g in group if g.relation == "original"), None)
        if original is None:
            continue
        total += 1
        # Counter keeps first-seen order among equal counts, so a tie goes to the earliest line.
        source, _ = Counter(predicted[g.id].source for g in group).most_common(1)[0]
        right += source == original.id
        home = predicted[original.id].story
        for g in group:
            if g is original or g.relation is None or g.relation == "original":
                continue
            joined[g.relation][1] += 1
            joined[g.relation][0] += home is not None and predicted[g.id].story == home
    return _accuracy(right, total), {rel: _accuracy(r, t) for rel, (r, t) in joined.items()}


def _accuracy(right: int, total: int) -> Accuracy:
    return Accuracy(right=right, total=total, accuracy=_div(right, total))


def _div(a: float, b: float) -> float:
    return a / b if b else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


# -- the table ---------------------------------------------------------------------------------------------


def format_scores(scores: StoryScores, baseline: StoryScores | None = None, *,
                  names: tuple[str, str] = ("unspin", "plain MinHash")) -> str:
    """A plain-text table of the figures; with ``baseline``, its column stands beside ours."""
    columns = [scores] if baseline is None else [scores, baseline]
    width = 16
    head = f"{'':<34}" + "".join(f"{name:>{width}}" for name in names[:len(columns)])

    def row(label: str, cell: Any) -> str:
        return f"{label:<34}" + "".join(f"{cell(s):>{width}}" for s in columns)

    def ratio(a: Accuracy) -> str:
        return f"{a.accuracy:.3f} ({a.right}/{a.total})"

    lines = [f"stories: {scores.documents} documents, {scores.gold_stories} gold stories, "
             f"{scores.gold_alone} gold documents alone", "", head,
             row("adjusted Rand index", lambda s: f"{s.ari:.3f}"),
             row("pairwise precision", lambda s: f"{s.pairs.precision:.3f}"),
             row("pairwise recall", lambda s: f"{s.pairs.recall:.3f}"),
             row("pairwise F1", lambda s: f"{s.pairs.f1:.3f}"),
             row("pairs right / predicted", lambda s: f"{s.pairs.right_pairs}/{s.pairs.predicted_pairs}"),
             row("gold pairs", lambda s: f"{s.pairs.gold_pairs}"),
             row("earliest source", lambda s: ratio(s.earliest)),
             row("relation accuracy", lambda s: ratio(s.relation)),
             row("stories found (2+ members)", lambda s: f"{s.predicted_stories}"),
             row("documents left alone", lambda s: f"{s.predicted_alone}"),
             "", "joined with their story's original:"]
    for rel in scores.joined:
        lines.append(row(f"  {rel}", lambda s, rel=rel: ratio(s.joined[rel])))
    lines += ["", f"relation confusion ({names[0]}; rows gold, columns predicted):",
              f"{'':<14}" + "".join(f"{rel:>13}" for rel in RELATIONS)]
    for rel in RELATIONS:
        lines.append(f"{rel:<14}" + "".join(f"{scores.confusion[rel][p]:>13}" for p in RELATIONS))
    return "\n".join(lines)


# -- the peer ----------------------------------------------------------------------------------------------


def plain_minhash_baseline(gold: Sequence[GoldRecord], threshold: float = 0.5,
                           num_perm: int = 128) -> dict[str, Predicted]:
    """The plain baseline the report sets beside ours: what a near-duplicate tool does out of the box.

    datasketch ``MinHashLSH`` over the lower-cased word 5-shingles of each record's text (a text shorter
    than 5 words is one shingle), candidates kept when their estimated Jaccard reaches ``threshold``,
    connected components as stories. The source of a story is its earliest member by ``published`` (dates
    without a time count as midnight UTC, naive times as UTC, undated documents after dated ones), then input
    order; the source is labelled ``original`` and every other member ``near copy`` (it knows no other
    relation). Stories are numbered by their first member in input order. Deterministic (datasketch's seed 1).
    """
    from datasketch import MinHash, MinHashLSH

    texts = [_record_text(g) for g in gold]
    hashes = MinHash.bulk([_shingles(t) for t in texts], num_perm=num_perm)
    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    for i, m in enumerate(hashes):
        lsh.insert(i, m)
    parent = list(range(len(gold)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, m in enumerate(hashes):
        for j in lsh.query(m):
            if j > i and m.jaccard(hashes[j]) >= threshold:
                parent[find(j)] = find(i)
    groups: dict[int, list[int]] = {}
    for i in range(len(gold)):
        groups.setdefault(find(i), []).append(i)
    when = [_published(g) for g in gold]
    out: dict[str, Predicted] = {}
    story = 0
    for root in sorted(groups, key=lambda r: groups[r][0]):
        group = groups[root]
        if len(group) == 1:
            g = gold[group[0]]
            out[g.id] = Predicted(story=None, relation="original", source=g.id)
            continue
        first = min(group, key=lambda i: (when[i] is None, when[i] or _EPOCH, i))
        for i in group:
            out[gold[i].id] = Predicted(story=story, relation="original" if i == first else "near copy",
                                        source=gold[first].id)
        story += 1
    return out


_EPOCH: Final = datetime(1, 1, 1, tzinfo=UTC)


def _record_text(g: GoldRecord) -> str:
    text = g.record.get("text")
    if isinstance(text, str):
        return text
    from unspin.read.html import extract_html

    html = g.record.get("html")
    assert isinstance(html, str)  # load_gold checked it
    return extract_html(html, g.source or g.id)[0]


def _shingles(text: str) -> list[bytes]:
    words = _WORD_RE.findall(text.lower())
    if len(words) < 5:
        return [" ".join(words).encode()]
    return [" ".join(words[i:i + 5]).encode() for i in range(len(words) - 4)]


def _published(g: GoldRecord) -> datetime | None:
    value = g.record.get("published")
    if not isinstance(value, str):
        return None
    value = value.strip()
    try:
        if len(value) == 10:
            day = date.fromisoformat(value)
            return datetime(day.year, day.month, day.day, tzinfo=UTC)
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
