"""Speed of the provenance fingerprints and of the stories stage, on invented short articles.

    taskset -c 0 .venv/bin/python bench/stories.py [--part signatures|lsh|stage|all] [--docs N]
                                                    [--sizes 10000,100000]

Part "signatures": N invented articles (80-150 words each, from a seeded random word generator) are
shingled once into word 5-shingles, then turned into 128-permutation MinHash signatures by datasketch's
fastest API, ``MinHash.bulk``, and by ``MinHasher(128).signatures``, side by side in one run, on the SAME
shingle sets (checked: equal set sizes for every article), each input once. datasketch receives the
shingles as UTF-8 bytes and hashes them itself, with its default ``sha1_hash32`` and, to be fair to it,
with xxhash as ``hashfunc``; the ratio printed is against its fastest configuration. Our signatures start
from the shingles' uint64 hashes, so the shingling times (ours: tokens + hashes; datasketch's input: joined
bytes) are printed on their own, and the end-to-end text -> signature ratio is printed too. Run it under
``taskset -c 0``: the target (our signatures >= 5x datasketch) is per core.

Part "lsh": signatures of each size in ``--sizes`` (with planted exact and near copies), then
``lsh_candidates`` timed for two band layouts; prints pairs found and how many planted copies they hold.

Part "store" (not in "all"; the user's path): per size, invented news records with names, figures and
dates are bulk-loaded with ``ingest --no-analyze`` (timed apart), then ``stories build`` runs in a fresh
process (timed, peak RSS), and its stories are scored (ARI) against the planted copies.

Part "stage": ``bench_stories_stage(sizes)`` runs ``unspin.provenance.stories.build_stories`` over
streamed invented stories with planted copies, one fresh process per size, and prints docs/s and peak RSS.
"""

from __future__ import annotations

import argparse
import gc
import multiprocessing
import random
import re
import resource
import sys
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from functools import partial
from typing import Any

import numpy as np
import numpy.typing as npt

from unspin.provenance.minhash import MinHasher, estimated_jaccard, lsh_candidates, shingle_hashes

K = 5
NUM_PERM = 128
SEED = 20240505
_TOKEN = re.compile(r"\w+")
_SYLLABLES = ("ka", "lo", "mi", "ner", "sta", "vo", "ri", "den", "pa", "tu", "gel", "an", "or", "is", "ve",
              "bra", "ton", "el", "qui", "mar", "sel", "do", "fen", "ut", "ham", "zi", "cor", "ly", "pe", "wen")


class ArticleWriter:
    """Invented articles: words made of syllables, drawn with Zipf-like frequencies (a few function-like
    words are very common, as in news), cut into sentences of 8-20 words."""

    def __init__(self, seed: int = SEED, vocabulary: int = 30_000) -> None:
        self.random = random.Random(seed)
        self.rng = np.random.default_rng(seed)
        words: set[str] = set()
        while len(words) < vocabulary:
            words.add("".join(self.random.choice(_SYLLABLES) for _ in range(self.random.randint(1, 4))))
        self.words = sorted(words)
        weights = 1.0 / (np.arange(vocabulary) + 2.7)
        self.cdf = np.cumsum(weights / weights.sum())

    def word_list(self, count: int) -> list[str]:
        picks = np.minimum(np.searchsorted(self.cdf, self.rng.random(count)), len(self.words) - 1)
        return [self.words[i] for i in picks.tolist()]

    def article(self, low: int = 80, high: int = 150) -> str:
        words = self.word_list(self.random.randint(low, high))
        sentences = []
        start = 0
        while start < len(words):
            end = min(len(words), start + self.random.randint(8, 20))
            sentences.append(" ".join(words[start:end]).capitalize() + ".")
            start = end
        return " ".join(sentences)

    def near_copy(self, text: str, edits: int = 3) -> str:
        """The text with ``edits`` words replaced: what a copying outlet's light edit looks like."""
        words = text.split(" ")
        for _ in range(edits):
            words[self.random.randrange(len(words))] = self.word_list(1)[0]
        return " ".join(words)

    def rewrite(self, text: str) -> str:
        """Sentences shuffled, a third of them reworded and a new lead: a looser rewrite."""
        sentences = text.split(". ")
        self.random.shuffle(sentences)
        for i in range(0, len(sentences), 3):
            sentences[i] = self.near_copy(sentences[i], max(1, len(sentences[i].split()) // 3))
        return self.article(15, 30) + " " + ". ".join(sentences)


def bytes_shingles(text: str, k: int = K) -> list[bytes]:
    """datasketch's input: the same word k-shingles as ``shingle_hashes`` (lower-cased \\w+ tokens; the
    invented texts are ASCII, so NFKC changes nothing), joined by spaces, UTF-8, distinct, in order."""
    tokens = _TOKEN.findall(text.lower())
    if len(tokens) < k:
        return [" ".join(tokens).encode()] if tokens else []
    return list(dict.fromkeys(" ".join(tokens[i:i + k]).encode() for i in range(len(tokens) - k + 1)))


def _timed(work: Callable[[], Any]) -> tuple[float, Any]:
    gc.collect()
    start = time.perf_counter()
    result = work()
    return time.perf_counter() - start, result


def bench_signatures(count: int) -> None:
    import datasketch
    import xxhash

    writer = ArticleWriter()
    texts = [writer.article() for _ in range(count)]
    words = sum(len(t.split()) for t in texts)
    print(f"signatures: {count} invented articles, {words / count:.0f} words each on average, "
          f"{NUM_PERM} permutations, word {K}-shingles")

    ours_shingling, hashes = _timed(lambda: [shingle_hashes(t, K) for t in texts])
    theirs_shingling, shingles = _timed(lambda: [bytes_shingles(t, K) for t in texts])
    sizes_ours = np.fromiter(map(len, hashes), dtype=np.int64, count=count)
    sizes_theirs = np.fromiter(map(len, shingles), dtype=np.int64, count=count)
    if not (sizes_ours == sizes_theirs).all():
        raise SystemExit("the two shingle sets differ: the comparison would not be fair")
    print(f"  shingling (not part of the ratio): ours text -> uint64 hashes {count / ours_shingling:,.0f} docs/s; "
          f"text -> distinct UTF-8 bytes for datasketch {count / theirs_shingling:,.0f} docs/s; "
          f"{int(sizes_ours.sum()) / count:.1f} shingles per article, same sets on both sides")
    # The inputs stay alive through every run: keep the collector from walking them inside the timings.
    gc.collect()
    gc.freeze()

    hasher = MinHasher(NUM_PERM, seed=1)
    ours, signatures = _timed(lambda: hasher.signatures(hashes))
    configurations: list[tuple[str, dict[str, Any]]] = [
        ("datasketch MinHash.bulk, default hashfunc sha1_hash32 (affine32)", {}),
        ("datasketch MinHash.bulk, hashfunc=xxhash.xxh32_intdigest (affine32)",
         {"hashfunc": xxhash.xxh32_intdigest}),
        ("datasketch MinHash.bulk, hashfunc=xxhash.xxh3_64_intdigest (affine64)",
         {"hashfunc": xxhash.xxh3_64_intdigest, "scheme": "affine64"}),
    ]
    theirs: list[tuple[str, float]] = []
    sketches: list[Any] = []
    for label, options in configurations:
        seconds, sketches = _timed(partial(datasketch.MinHash.bulk, shingles, num_perm=NUM_PERM, **options))
        theirs.append((label, seconds))
        print(f"  {label}: {seconds:.2f} s = {count / seconds:,.0f} docs/s")
    print(f"  unspin MinHasher({NUM_PERM}).signatures (from the uint64 hashes): {ours:.3f} s = "
          f"{count / ours:,.0f} docs/s")
    fastest_label, fastest = min(theirs, key=lambda item: item[1])
    print(f"  ratio, signatures: {fastest / ours:.1f}x datasketch's fastest ({fastest_label.split(', ', 1)[1]})")
    print(f"  ratio, end to end (shingling + signatures): "
          f"{(theirs_shingling + fastest) / (ours_shingling + ours):.1f}x")

    # A sanity check that both estimate the same thing: neighbouring articles share little, so compare on
    # near copies of the first articles instead.
    near = [writer.near_copy(t, 4) for t in texts[:200]]
    pair_hashes = hashes[:200] + [shingle_hashes(t, K) for t in near]
    pair_sketches = sketches[:200] + datasketch.MinHash.bulk([bytes_shingles(t, K) for t in near],
                                                             num_perm=NUM_PERM, **configurations[-1][1])
    pairs = np.array([[i, 200 + i] for i in range(200)])
    ours_estimate = estimated_jaccard(hasher.signatures(pair_hashes), pairs)
    theirs_estimate = np.array([pair_sketches[i].jaccard(pair_sketches[200 + i]) for i in range(200)])
    print(f"  estimates on 200 near copies: ours mean {ours_estimate.mean():.3f}, datasketch mean "
          f"{theirs_estimate.mean():.3f}; signature matrix {signatures.nbytes / 2**20:.1f} MB "
          f"({signatures.dtype})")
    gc.unfreeze()


def _corpus_signatures(size: int, writer: ArticleWriter) -> tuple[npt.NDArray[np.uint32], set[tuple[int, int]]]:
    """Signatures of ``size`` articles of which 2% are near copies and 1% exact copies of an earlier one."""
    texts: list[str] = []
    planted: set[tuple[int, int]] = set()
    for i in range(size):
        roll = writer.random.random()
        if i > 10 and roll < 0.03:
            source = writer.random.randrange(i)
            texts.append(texts[source] if roll < 0.01 else writer.near_copy(texts[source]))
            planted.add((source, i))
        else:
            texts.append(writer.article())
    return MinHasher(NUM_PERM).signatures([shingle_hashes(t, K) for t in texts]), planted


def _connected(found: set[tuple[int, int]], planted: set[tuple[int, int]]) -> int:
    """Planted (source, copy) pairs joined by a path of found pairs: exact copies are represented by
    their earliest member in the banding, so a near copy of a copy may pair with the earlier original."""
    parent: dict[int, int] = {}

    def root(i: int) -> int:
        while parent.get(i, i) != i:
            i = parent[i]
        return i

    for i, j in found:
        parent[root(j)] = root(i)
    return sum(1 for i, j in planted if root(i) == root(j))


def bench_lsh(sizes: list[int]) -> None:
    writer = ArticleWriter()
    for size in sizes:
        prepared = time.perf_counter()
        signatures, planted = _corpus_signatures(size, writer)
        prepared = time.perf_counter() - prepared
        # Which article each document copies (itself for an original): two copies of one source are
        # related too, though not planted as a pair.
        group = list(range(size))
        for source, copy in sorted(planted):
            group[copy] = group[source]
        print(f"lsh: {size} documents ({len(planted)} planted copies; texts + signatures prepared in "
              f"{prepared:.1f} s, not timed)")
        for bands, rows in ((16, 8), (32, 4)):
            seconds, pairs = _timed(partial(lsh_candidates, signatures, bands, rows))
            found = {(int(i), int(j)) for i, j in pairs.tolist()}
            related = sum(1 for i, j in found if group[i] == group[j])
            connected = _connected(found, planted)
            estimate_seconds, estimates = _timed(partial(estimated_jaccard, signatures, pairs))
            print(f"  bands {bands} x rows {rows}: {seconds:.2f} s = {size / seconds:,.0f} docs/s; "
                  f"{len(found)} pairs ({related} between copies of one article), "
                  f"{len(found & planted)}/{len(planted)} planted copies among them "
                  f"({connected} linked to their source through the pairs), "
                  f"{int((estimates >= 0.5).sum())} with estimated J >= 0.5 (estimates in {estimate_seconds:.3f} s)")


# --- the stories stage (helper C's build_stories) --------------------------------------------------------

def _story_docs(size: int, seed: int = SEED) -> Iterator[Any]:
    """``size`` StoryDocs, streamed: originals, and after some of them 1-4 exact copies, near copies
    and rewrites from other outlets, published later. Only the recent originals are kept in memory."""
    from unspin.provenance.stories import StoryDoc

    writer = ArticleWriter(seed)
    outlets = [f"outlet{i}.example" for i in range(200)]
    clock = datetime(2024, 1, 1, tzinfo=UTC)
    recent: list[tuple[str, str]] = []
    made = 0
    while made < size:
        clock += timedelta(seconds=writer.random.randint(1, 120))
        roll = writer.random.random()
        if recent and roll < 0.25:
            key, text = writer.random.choice(recent)
            if roll < 0.05:
                copy = text
            elif roll < 0.17:
                copy = writer.near_copy(text)
            else:
                copy = writer.rewrite(text)
            yield StoryDoc(key=f"copy{made}-of-{key}", text=copy, lang="en", outlet=writer.random.choice(outlets),
                           published=clock)
        else:
            text = writer.article()
            key = f"doc{made}"
            recent.append((key, text))
            if len(recent) > 500:
                recent.pop(0)
            yield StoryDoc(key=key, text=text, lang="en", outlet=writer.random.choice(outlets), published=clock)
        made += 1


def _run_stage(size: int) -> tuple[float, float, int, int, int, int]:
    """In a fresh process: generation alone, then the stage; returns (generation s, stage s incl.
    generation, peak RSS KB, stories, planted copies whose source was found, planted copies)."""
    from unspin.provenance.stories import build_stories

    start = time.perf_counter()
    for _ in _story_docs(size):
        pass
    generation = time.perf_counter() - start
    start = time.perf_counter()
    result = build_stories(_story_docs(size))
    stage = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    stories = len({m.story for m in result.members if m.story is not None})
    copies = [m for m in result.members if m.key.startswith("copy")]
    found = sum(1 for m in copies if m.source == m.key.split("-of-")[1])
    return generation, stage, peak, stories, found, len(copies)


def bench_stories_stage(sizes: list[int]) -> None:
    """HOOK for helper C's stage: ``build_stories`` over streamed invented stories, one fresh process per
    size (so that the peak RSS is that size's own), printing docs/s and peak RSS."""
    try:
        from unspin.provenance.stories import build_stories  # noqa: F401
    except ImportError as error:
        print(f"stage: skipped, unspin.provenance.stories.build_stories is not importable ({error})")
        return
    context = multiprocessing.get_context("spawn")
    for size in sizes:
        with context.Pool(1) as pool:
            generation, stage, peak, stories, found, copies = pool.apply(_run_stage, (size,))
        net = max(stage - generation, 1e-9)
        print(f"stage: {size} docs: build_stories {net:.1f} s without the generator ({size / net:,.0f} docs/s; "
              f"{stage:.1f} s with it), peak RSS {peak / 1024:,.0f} MB; {stories} stories, {found}/{copies} "
              f"planted copies traced to their original")


# --- the user's path: bulk ingest into a store, then `unspin stories build` -----------------------------

class NewsWriter(ArticleWriter):
    """ArticleWriter's invented words, plus what news has and the stories stage keys on: capitalised names
    inside sentences (a pool of invented names with Zipf-like frequencies, so some recur across unrelated
    articles, as politicians do), figures and dates."""

    _MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December")

    def __init__(self, seed: int = SEED, names: int = 20_000) -> None:
        super().__init__(seed)
        pool: set[str] = set()
        while len(pool) < names:
            pool.add("".join(self.random.choice(_SYLLABLES) for _ in range(self.random.randint(2, 4))).capitalize())
        self.names = sorted(pool)
        weights = 1.0 / (np.arange(names) + 5.0)
        self.name_cdf = np.cumsum(weights / weights.sum())

    def name(self) -> str:
        return self.names[min(int(np.searchsorted(self.name_cdf, self.rng.random())), len(self.names) - 1)]

    def article(self, low: int = 80, high: int = 150) -> str:
        sentences = super().article(low, high).split(". ")
        for i, sentence in enumerate(sentences):
            words = sentence.split(" ")
            roll = self.random.random()
            if roll < 0.5 and len(words) > 3:
                words.insert(self.random.randrange(1, len(words)), f"{self.name()} {self.name()}")
            if roll < 0.25 and len(words) > 1:
                words.insert(self.random.randrange(1, len(words)), str(self.random.randint(10, 99_999)))
            elif roll > 0.92 and len(words) > 1:
                words.insert(self.random.randrange(1, len(words)),
                             f"on {self.random.randint(1, 28)} {self.random.choice(self._MONTHS)}")
            sentences[i] = " ".join(words)
        return ". ".join(sentences)


def _news_records(size: int, seed: int = SEED) -> Iterator[dict[str, Any]]:
    """JSON records as a user would bulk-load them: originals and, after some, exact copies, near copies and
    rewrites by other outlets, published later; ``cluster`` = the original's id (for scoring only)."""
    writer = NewsWriter(seed)
    outlets = [f"outlet{i}.example" for i in range(200)]
    clock = datetime(2024, 1, 1, tzinfo=UTC)
    recent: list[tuple[str, str]] = []
    for made in range(size):
        clock += timedelta(seconds=writer.random.randint(1, 120))
        roll = writer.random.random()
        if recent and roll < 0.25:
            key, text = writer.random.choice(recent)
            copy = text if roll < 0.05 else writer.near_copy(text) if roll < 0.17 else writer.rewrite(text)
            yield {"id": f"copy{made}-of-{key}", "text": copy, "outlet": writer.random.choice(outlets),
                   "published": clock.isoformat(), "cluster": key}
            continue
        text = writer.article()
        key = f"doc{made}"
        recent.append((key, text))
        if len(recent) > 500:
            recent.pop(0)
        yield {"id": key, "text": text, "outlet": writer.random.choice(outlets), "published": clock.isoformat(),
               "cluster": key}


def _build_in_fresh_process(db: str) -> tuple[float, float, dict[str, Any]]:
    """``unspin stories build`` on the store, in this (fresh) process: (seconds, peak RSS MB, summary)."""
    from unspin.corpus import build
    from unspin.store import Store

    with Store(db) as store:
        start = time.perf_counter()
        summary = build(store)
        seconds = time.perf_counter() - start
    return seconds, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, summary


def bench_store(sizes: list[int], workdir: str | None) -> None:
    """Per size: records written to JSON Lines (not timed), ``ingest --no-analyze`` (timed: the bulk load),
    then ``stories build`` in a fresh process (timed, with its peak RSS: the stage alone, signatures
    included), then the ARI of the stories against the planted clusters."""
    import json
    import tempfile
    from pathlib import Path

    from unspin.evaluate.stories import adjusted_rand_index
    from unspin.ingest import ingest
    from unspin.store import Store

    context = multiprocessing.get_context("spawn")
    for size in sizes:
        with tempfile.TemporaryDirectory(dir=workdir) as tmp:
            feed = Path(tmp) / "feed.jsonl"
            truth: dict[str, str] = {}
            with feed.open("w", encoding="utf-8") as handle:
                for record in _news_records(size):
                    truth[record["id"]] = record.pop("cluster")
                    handle.write(json.dumps(record) + "\n")
            db = str(Path(tmp) / "corpus.db")
            with Store(db) as store:
                start = time.perf_counter()
                summary = ingest([feed], store, analyze=False)
                load = time.perf_counter() - start
            with context.Pool(1) as pool:
                seconds, peak, built = pool.apply(_build_in_fresh_process, (db,))
            with Store(db) as store:
                members = store.story_members()
            keys = [m["key"] for m in members]
            ari = adjusted_rand_index([truth[k] for k in keys], [m["story"] for m in members])
            print(f"store: {size:,} docs: bulk ingest {load:.1f} s ({summary.ingested / load:,.0f} docs/s); "
                  f"stories build {seconds:.1f} s ({size / seconds:,.0f} docs/s), peak RSS {peak:,.0f} MB; "
                  f"{built['stories']:,} stories, {built['alone']:,} alone; ARI against the planted copies "
                  f"{ari:.3f}", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--part", choices=("signatures", "lsh", "stage", "store", "all"), default="all")
    parser.add_argument("--workdir", help="where the store part writes its temporary corpus (default: /tmp)")
    parser.add_argument("--docs", type=int, default=20_000, help="articles for the signatures part")
    parser.add_argument("--sizes", default="10000,100000", help="comma-separated sizes for lsh and stage")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",") if s]
    if args.part in ("signatures", "all"):
        bench_signatures(args.docs)
    if args.part in ("lsh", "all"):
        bench_lsh(sizes)
    if args.part in ("stage", "all"):
        bench_stories_stage(sizes)
    if args.part == "store":
        bench_store(sizes, args.workdir)
    return 0


if __name__ == "__main__":
    sys.exit(main())
