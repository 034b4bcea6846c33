"""Group documents into stories, name each story's earliest source, and label how every copy relates to it.

A *story* is one statement or report as it travels: the agency's item, its exact copies on aggregators, near
copies with a new lead, rewrites in the same language and translations into others. :func:`build_stories`
reads the documents once, keeps a few compact features per document (never the text), and then works on
the features alone:

1. **Features** (streaming, in chunks of ``StoryConfig.chunk_size``):
   the language (given, else :func:`unspin.language.detect_language`); the MinHash signature of the
   word 5-shingles (:mod:`unspin.provenance.minhash`); hashes of the body's words (the text up to white
   space, case and punctuation, with and without a first line and a short last line, so that a changed
   headline or an added footer does not matter); the language-independent keys of
   :mod:`unspin.provenance.keys` (numbers, dates, name skeletons, acronyms, quoted 3-grams) as 64-bit
   hashes, each marked lead or background (:func:`unspin.provenance.keys.lead_end`), with the document's
   day (below) dating its relative days ("on Tuesday", "накануне"); the pairs of adjacent
   words of the lead (:func:`unspin.provenance.keys.lead_word_pairs`, 32-bit hashes); the time (published,
   else the page timestamp or dateline date the analysis found; a document stored without analysis gets
   the anatomy of its head, :func:`unspin.anatomy.annotate_anatomy`, for this); the outlet and the wires
   the document credits.
2. **Candidates and verification.** Same-language copies: banded LSH over the signatures, verified by the
   estimated Jaccard similarity. Rewrites and translations: every key is weighted by its inverse document
   frequency over the corpus; a capitalised word seen only where sentences start counts as a name only when
   some document of the corpus writes it inside a sentence (``confirmed_openers``); keys found in more than
   ``key_max_df`` documents are dropped (a name in every
   article links nothing, and its posting list would cost O(df**2)); the similarity of two documents is
   the weighted overlap of their key sets, ``sum(w, shared) / max(min(W_A, W_B), key_min_mass)`` (an overlap
   coefficient: added background does not count against a rewrite; background keys weigh less, see
   ``background_weight``). Two documents of one language: the overlap over all keys plus
   ``word_pair_weight`` times the (IDF-weighted) overlap of their lead word pairs, because a same-language
   rewrite keeps phrases of the headline and first sentence while keeping few of the facts that make keys.
   Two languages: the overlap over the language-independent keys only, times ``cross_language_scale``
   when the two share a number or an acronym (a translation loses keys on its way: a figure written as a
   word, a name spelt by another convention, a weekday for a date, so the same story scores about half
   what it scores within a language), else times ``context_only_scale`` (1: names and a date alone are
   what a report of another statement by the same people on the same day shares). All of it is computed
   for every pair sharing a kept key or word pair at once, as sparse matrix products in row blocks. Time is
   evidence too: one statement is reported within hours, so the similarity of two documents whose times are
   both known is multiplied by up to ``time_boost`` (the same moment), falling linearly to 1 at
   ``time_boost_hours`` apart; an unknown time is neutral. Pairs whose times are both known and further
   apart than ``time_window_days`` are dropped.
3. **Clustering.** Exact copies and near copies (Jaccard >= ``copy_link_jaccard``) are joined outright
   (union-find). The resulting groups are then merged, best pair first, while their linkage is at least
   ``merge_threshold``. The linkage is the mean link score over all their cross pairs (a missing pair counts
   0), lifted by ``merge_strongest_weight`` of the lead of their strongest *translation link* (two languages
   sharing a number or an acronym) over that mean, when the mean is at least ``merge_min_mean``. The mean
   is what keeps a same-event report with a different statement apart: it may share the names and the date
   with one or two members of a story, but not with the story as a whole. But the plain mean also kept
   translations out: a translation shares a story's figures with the item it was made from, and little
   with that item's rewrites in other languages (a median of about 0.19 between two translations on the
   hard gold). The floor on the mean keeps one strong link from chaining a large group to another.
4. **Earliest source and relations.** Members are ordered by (credited wire first, day, a published time
   before a day from the text, time, input order): a member whose outlet is the wire that other members
   credit (the same name, or the credit is a word run of the outlet's name) is the source; otherwise the
   earliest known time; otherwise input order. Without a credited wire, a member too weakly linked to the
   rest of its story (``source_centrality``) is passed over for the next one. The first is the ``original``.
   Every other member's ``parent`` is the
   earlier member it is most similar to (an exact copy first, then a near copy, then the strongest link),
   and its relation is ``exact copy`` (same body hash), ``translation`` (another language than its parent),
   ``near copy`` (most of the smaller text's shingles in the other) or ``rewrite`` (linked by keys, little shared text).
5. **Copy graph and outlets**: one :class:`CopyEdge` per parent link, with the delay when both times are
   known; per (copier outlet, source outlet) the count, the relations and the median delay.

What is HEURISTIC: the body hashes (a copy with one changed word is a near copy, not an exact one), the keys
and lead word pairs (see :mod:`unspin.provenance.keys`), every threshold and scale in :class:`StoryConfig`
(chosen on the generated gold corpora: the hard one, whose link strengths were calibrated on a real story
set, against the easy one and the hand-written set, see ``docs/benchmarks.md``), the split of key kinds
into a statement's own (numbers, acronyms) and its context (names, dates, years), the time window and the
time boost, the merge linkage, and the precedence of a credited wire over a time.
Times known only to the day (a dateline) sort after the published times of that day: copies keep the
original's dateline, so a dateline dates the story, not the copy. For the time boost such a time is the
start of its day (two documents with the same dateline day count as close).
"""

from __future__ import annotations

import heapq
import itertools
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from statistics import median
from typing import Any

import numpy as np
import numpy.typing as npt
import scipy.sparse as sp
import xxhash

from unspin.anatomy import annotate_anatomy, canonical_wire
from unspin.document import DATELINE, TIMESTAMP, Document
from unspin.language import UNDETERMINED, detect_language
from unspin.provenance.keys import (
    ACRONYM,
    KINDS,
    NUMBER,
    OPENER_BIT,
    QUOTE,
    extract_keys,
    hash_keys_with_lead,
    key_kind,
    lead_word_pairs,
)
from unspin.provenance.minhash import MinHasher, estimated_jaccard, lsh_candidates, shingle_hashes
from unspin.settings import DEFAULT_SETTINGS

__all__ = [
    "DEFAULT_CONFIG",
    "RELATIONS",
    "CopyEdge",
    "OutletLink",
    "StoriesResult",
    "StoryConfig",
    "StoryDoc",
    "StoryMember",
    "build_stories",
]

RELATIONS = ("original", "exact copy", "near copy", "rewrite", "translation")
ORIGINAL, EXACT, NEAR, REWRITE, TRANSLATION = RELATIONS

F64 = npt.NDArray[np.float64]
I64 = npt.NDArray[np.int64]
U64 = npt.NDArray[np.uint64]


# -- the shared types ----------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class StoryDoc:
    """One stored document as the stories stage reads it (see the issue-5 contract)."""

    key: str
    text: str
    lang: str | None = None
    published: datetime | None = None
    outlet: str | None = None
    title: str | None = None
    url: str | None = None
    analysis: Document | None = None


@dataclass(frozen=True, slots=True)
class StoryMember:
    """Where one document stands: its story, its relation, the story's original and its own parent."""

    key: str
    story: int | None
    relation: str
    source: str
    parent: str | None
    score: float
    evidence: dict[str, Any]


@dataclass(frozen=True, slots=True)
class CopyEdge:
    """``target`` most likely derives from ``source``; the delay is target time minus source time."""

    source: str
    target: str
    relation: str
    score: float
    delay_seconds: float | None


@dataclass(frozen=True, slots=True)
class OutletLink:
    """How often outlet ``copier`` carried material whose parent came from outlet ``source``."""

    copier: str
    source: str
    count: int
    relations: dict[str, int]
    median_delay_hours: float | None


@dataclass(slots=True)
class StoriesResult:
    members: list[StoryMember]
    edges: list[CopyEdge]
    outlets: list[OutletLink]


@dataclass(frozen=True, slots=True)
class StoryConfig:
    """The knobs of :func:`build_stories`; every threshold is a heuristic (module docstring).

    num_perm, shingle_k: MinHash permutations and words per shingle.
    lsh_bands, lsh_rows: the LSH banding; 32 x 4 returns half the pairs at Jaccard ~0.42 and nearly all
        above 0.6 (near copies), few below 0.2.
    copy_link_jaccard: estimated Jaccard at which two documents are joined outright as copies.
    near_copy_containment: the share of the smaller text's shingles found in the other (estimated from the
        Jaccard and the two set sizes) at which a same-language child is a ``near copy``, not a ``rewrite``.
    key_max_df: keys in more documents than this are dropped: they are topic words, not story facts.
    key_prior_docs: pseudo-documents added to the corpus size in the IDF, so that a small corpus does not
        weigh every shared key at zero (IDF = ln((n + prior) / df)).
    key_floor: key similarities below this are not kept as links at all. Two articles that share one number
        out of eight score about 0.13: chance, and the bulk of all pairs (2.1 of 2.1 million links in a
        20,000-article corpus at 0.08); 0.2 scored the same on the synthetic gold. 0.25 with the overlap
        coefficient (``key_larger_power`` 0), which scores chance pairs higher: at 0.2 it kept 45% more
        memory at 100,000 short articles (1.37 against 0.94 GB), at 0.25 the same as the cosine at 0.2.
    key_larger_power: the key similarity divides the shared weight by min(W) ** (1 - p) * max(W) ** p of
        the two documents' key masses: 0.5 is the Ochiai (cosine) coefficient, 0 the overlap coefficient.
        0 (since the issue-5 realistic tuning): a rewrite or translation adds its own background (other
        people, earlier events, figures), and the cosine charged the pair for all of it; on a corpus of
        rewrites with added and dropped paragraphs (experiments/issue5 ``hardify.py``) ARI 0.70-0.73 ->
        0.79-0.85 at the same merge threshold, synthetic and hand gold unchanged.
    key_min_mass: the denominator is at least this (a text with one or two keys cannot score 1 on them).
    lead_chars, background_weight, background_mass: keys first seen in the lead (the headline and the text
        up to the first sentence end after ``lead_chars`` characters, :func:`unspin.provenance.keys.lead_end`)
        count in full; keys seen only later count ``background_weight`` of their IDF weight in what two
        texts share and ``background_mass`` of it in the masses that normalise it. News says who said what
        in the lead; a pasted background paragraph shares keys with other stories. The mass factor is
        kept above the shared factor: at 0.25 for both, short texts of random words that share two
        figures in their leads joined (pairwise precision 0.76 on ``generate_scale``; 0.96 at 0.5).
    quote_background_weight, quote_background_mass: ``background_weight`` and ``background_mass`` for quoted
        3-grams seen after the lead (most quotes are). A quote is one piece of evidence cut into a dozen or more
        3-grams: at the general factors an unshared quote filled most of a document's key mass and drowned
        its figures and names, and a shared one counted little. 0.5 / 0.15, tuned on hard gold seeds 30-34 of
        the generator whose statements have words of their own (mean ARI 0.765 -> 0.772) and confirmed on
        seeds 35-40 generated before and not looked at while tuning (0.778 -> 0.785, no seed worse; earliest
        source 213 -> 216 of 264): it makes the real five-copy story one story (its two agency branches
        quote the same words; cross links 0.29-0.40 -> 0.55-0.85) while its same-event near miss, which
        quotes other words, stays out (0.29). On the older generator, whose quotes were a few templates
        shared by unrelated stories, it did nothing (hard seeds 11-21 mean 0.745 -> 0.746) and cost its
        easy gold 0.972 -> 0.945 (a distractor written from the same quote template joined a story).
    merge_threshold, merge_strongest_weight, merge_min_mean: two groups join while their linkage (the mean
        link score over their cross pairs, plus ``merge_strongest_weight`` times the lead of their strongest
        translation link over that mean, when the mean is at least ``merge_min_mean``) is at least
        ``merge_threshold`` (module docstring, step 3). Plain average linkage at 0.35 left most of the hard
        gold's recall on the table (0.55-0.59 at precision 0.92-0.94); 0.4 / 0.5 / 0.15 took its ARI from
        0.71 to 0.75 and hard12's from 0.62 to 0.71 (precision 0.92 / 0.89), synthetic gold 0.95 -> 0.97 with
        years read as dates (:mod:`unspin.provenance.keys`; without that the lift let two synthetic stories
        that shared two years join, ARI 0.93). The mean of the K strongest pairs (K the smaller group's
        size) or a lift from the strongest link of any kind let the synthetic and hand-written gold's near
        misses in (ARI 0.54-0.91): a same-event report shares quoted template words and names with one
        member. A floor of 0.2 on the mean cost the hard gold 0.02 (experiments/issue5i).
    time_window_days: two documents whose times are both known and further apart are never linked.
    source_centrality: without a credited wire, the source is the earliest member whose centrality (summed
        link score to the other members over their number) is at least this share of the highest in its
        story (0 = the earliest, whatever its links). A document merged into a story by mistake is often
        its earliest; 0.4 named the source right for 277 instead of 271 of 348 stories on the hard gold
        seeds 11-18 (it never lost one), and 98 instead of 95 of 129 on seeds 19-21, generated afterwards
        and not looked at before; 0.7 and above passed over true sources (seeds 16-18: 93 of 131 at 0.7, 98
        without).
    max_chars: features read at most this many characters of a text (the lead carries the story).
    anatomy_chars: for a document without analysis (``ingest --no-analyze``), :mod:`unspin.anatomy` reads
        this many characters of its head for a dateline date, a page timestamp and wire credits (0 = off).
    chunk_size: documents featurised per batch.
    kind_weights: a factor on the IDF weight per key kind (:data:`unspin.provenance.keys.KINDS`). Names and
        the date count half: they are exactly what a report of another statement by the same people on
        the same day shares, while figures and quoted words belong to one statement (synthetic gold ARI
        0.969-0.979 -> 0.975-0.987 over four seeds).
    block_pairs: candidate pairs per block of the key similarity products (bounds their memory; the four
        products of a block, their codes and sums, peak at about 150 bytes per pair: 1,000,000 kept the
        stage at 0.71 GB on 100,000 short articles, 4,000,000 took it to 1.24 GB at the same speed).
    cross_language_scale, context_only_scale: factors on the key similarity of two documents in different
        languages, when they share a number or an acronym and when they share only names and dates (a year
        is a date, :mod:`unspin.provenance.keys`). On the
        hard gold same-story pairs across languages score a median of about 0.25, different stories rarely
        above 0.15 when they share a figure; 2.5 took its ARI from 0.40 to 0.65 (0.44 to 0.69 with the word
        pairs) at pairwise precision 0.93-0.96 (experiments/issue5h). It costs the hand-written gold one
        same-speaker report that shares a figure with the story (ARI 1.00 -> 0.95). Scaling names-and-date-
        only links too (1.25, 2) let more such reports into stories on the easy and hand-written gold.
    time_boost, time_boost_hours: the factor on the key similarity of two documents published at the same
        moment, falling linearly to 1 at ``time_boost_hours`` apart (1 = off; an unknown time is neutral).
        On the hard gold same-story pairs are a median of 6 hours apart, all pairs about 150 hours; among links
        of 0.2-0.35 within 6 hours one in four is a same-story pair, at 24-48 hours one in eight. 1.15:
        hard gold ARI 0.686 -> 0.712, hard12 0.597 -> 0.619 (plain average linkage). 1.2 and more let
        same-day near misses of the synthetic gold into stories (ARI 0.95 -> 0.93 -> 0.89 at 1.25): a report
        of another statement by the same people is as close in time as a copy.
    relative_days: read a weekday or "yesterday" in a document's lead as the date it means, against the
        document's day (published, else its page or dateline date with a year). A translation or rewrite
        words the day of a statement another way about as often as not ("said on Tuesday" / "16 января");
        on hard gold seeds 30-34, 57 % of the same-story pairs the builder missed had such a word on one
        side. Mean ARI there 0.772 -> 0.800 (each seed up, pairwise precision no lower but on seed 31, where
        it rose). It costs the hand-written gold one near miss (ARI 0.953 -> 0.909 with the changes below):
        the same director, port, agency and day, a second statement; dating the translations adds the
        shared day to their links with it. With the key changes of the same session (sentence openers below,
        and in :mod:`unspin.provenance.keys` short names, spelling conventions per language, scale words,
        number words, translated acronyms): seeds 30-34 mean ARI 0.772 -> 0.843, seeds 11-21 0.755 -> 0.818,
        and on seeds 41-46, generated afterwards and not looked at while tuning, 0.718 -> 0.802 with every
        seed up (earliest source 211 -> 227 of 265); synthetic gold 0.977 -> 0.970.
    confirmed_openers: a capitalised word seen only at sentence starts (:attr:`unspin.provenance.keys.
        TextKeys.openers`) counts as a name when some document of the corpus writes it capitalised inside a
        sentence; otherwise it weighs nothing (an ordinary word: "However", "Ранее"). Russian reports open
        sentences with their speaker ("Кессельринг заявил"), and before this the speaker of such a report
        had no key; mean ARI on seeds 30-34 0.800 -> 0.810.
    word_pair_weight: the factor on the lead word pair overlap added to the key similarity of two documents
        of one language (0 turns the pairs off and saves computing them). 0.5: hard gold ARI 0.65 -> 0.69;
        0.7 gave 0.74 but let distractors written from the same templates into stories on the easy gold
        (ARI 0.95 -> 0.94).
    """

    num_perm: int = 128
    shingle_k: int = 5
    lsh_bands: int = 32
    lsh_rows: int = 4
    copy_link_jaccard: float = 0.3
    near_copy_containment: float = 0.5
    key_max_df: int = 200
    key_prior_docs: int = 20
    key_floor: float = 0.25
    key_larger_power: float = 0.0
    merge_threshold: float = 0.4
    merge_strongest_weight: float = 0.5
    merge_min_mean: float = 0.15
    time_window_days: float = 3.0
    lead_chars: int = 250
    key_min_mass: float = 8.0
    anatomy_chars: int = 1500
    background_weight: float = 0.25
    background_mass: float = 0.5
    quote_background_weight: float = 0.5
    quote_background_mass: float = 0.15
    max_chars: int = 20_000
    chunk_size: int = 4096
    block_pairs: int = 1_000_000
    cross_language_scale: float = 2.5
    context_only_scale: float = 1.0
    word_pair_weight: float = 0.5
    source_centrality: float = 0.4
    time_boost: float = 1.15
    time_boost_hours: float = 24.0
    relative_days: bool = True
    confirmed_openers: bool = True
    kind_weights: tuple[tuple[str, float], ...] = (("n", 1.0), ("d", 0.5), ("p", 0.5), ("pp", 0.5), ("a", 1.0),
                                                   ("q", 1.0))


DEFAULT_CONFIG = StoryConfig()


# -- features ------------------------------------------------------------------------------------------------
_WORD = re.compile(r"\w+")
# A footer line ("follow us on ...", a subscription prompt) is shorter than this; a news paragraph rarely is.
_FOOTER_CHARS = 100
# A core of fewer lines than this is too little body to call two documents the same.
_CORE_MIN_LINES = 2
_UNKNOWN_TIME = math.inf
# Parent candidates within this similarity of the best count as tied (see _choose_parent).
_PARENT_TIE = 0.05
_ANY_LEAP_YEAR = 2000
_LEAD_BIT = np.uint64(1 << 60)
_HASH_BITS = ~_LEAD_BIT  # the kind (top three bits), the opener flag and 59 bits of hash
_OPENER_BIT = np.uint64(OPENER_BIT)
_VALUE_BITS = ~(_LEAD_BIT | _OPENER_BIT)  # what identifies a key: its kind and hash
_QUOTE_MARKS = re.compile(r"[«»\"“”„'’/()]")
_NO_PAIRS = np.empty(0, dtype=np.uint32)
# Key kinds that belong to one statement (its figures, the bodies named in capitals) rather than to its
# context (the people, the day): see ``context_only_scale``.
_SPECIFIC_KINDS = frozenset(KINDS.index(k) for k in (NUMBER, ACRONYM))


@dataclass(slots=True)
class _Features:
    """Compact per-document features, column-wise (one entry per document, input order)."""

    keys: list[str] = field(default_factory=list)
    langs: list[str] = field(default_factory=list)
    outlets: list[str | None] = field(default_factory=list)
    own_wire: list[str | None] = field(default_factory=list)
    credits: list[frozenset[str]] = field(default_factory=list)
    times: list[float] = field(default_factory=list)
    published: list[float] = field(default_factory=list)
    partial_dates: list[tuple[int, int] | None] = field(default_factory=list)
    # The time is a day from the text (a dateline or page timestamp), not a published moment.
    day_only: list[bool] = field(default_factory=list)
    # Body hashes (:func:`_body_hashes`) flattened per chunk, with the index of the document of each: a few
    # ints per document as Python tuples cost ~160 bytes each, as arrays 12.
    body_hash_values: list[U64] = field(default_factory=list)
    body_hash_docs: list[npt.NDArray[np.int64]] = field(default_factory=list)
    sizes: list[int] = field(default_factory=list)
    signatures: list[npt.NDArray[np.uint32]] = field(default_factory=list)
    # Key hashes of every document, flattened per chunk (one array object per chunk, not per document: ~100
    # bytes of overhead each at a million documents), and how many each document has.
    key_chunks: list[U64] = field(default_factory=list)
    key_counts: list[int] = field(default_factory=list)
    # Filled once featurising ends: all key hashes in document order, and each document's start in them.
    key_flat: U64 = field(default_factory=lambda: np.empty(0, dtype=np.uint64))
    key_starts: npt.NDArray[np.int64] = field(default_factory=lambda: np.zeros(1, dtype=np.int64))

    def keys_of(self, index: int) -> U64:
        return self.key_flat[self.key_starts[index]:self.key_starts[index + 1]]

    def seal_keys(self) -> None:
        """Join the per-chunk key arrays into one (called once, after the last chunk)."""
        self.key_flat = np.concatenate(self.key_chunks) if self.key_chunks else np.empty(0, dtype=np.uint64)
        self.key_chunks = []
        self.key_starts = np.concatenate([[0], np.cumsum(np.asarray(self.key_counts, dtype=np.int64))])
    word_pairs: list[npt.NDArray[np.uint32]] = field(default_factory=list)


def _epoch(moment: datetime | None) -> float:
    if moment is None:
        return _UNKNOWN_TIME
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.timestamp()


def _analysis_time(doc: Document | None) -> tuple[float, tuple[int, int] | None]:
    """The page timestamp's date, else the dateline's, as the start of that day (UTC); for a date without a
    year (most datelines), its (month, day) instead, for the story to supply the year."""
    if doc is None:
        return _UNKNOWN_TIME, None
    partial: tuple[int, int] | None = None
    for layer in (TIMESTAMP, DATELINE):
        for span in doc.spans:
            iso = span.attrs.get("date_iso") if span.layer == layer else None
            if not isinstance(iso, str):
                continue
            if iso.startswith("--"):
                try:
                    partial = partial or (int(iso[2:4]), int(iso[5:7]))
                except ValueError:
                    pass
                continue
            try:
                day = date.fromisoformat(iso[:10])
            except ValueError:
                continue
            return datetime(day.year, day.month, day.day, tzinfo=UTC).timestamp(), None
    return _UNKNOWN_TIME, partial


def _wire_key(name: str) -> str:
    """A comparison key for an agency or outlet name: the canonical name of a known agency, else the name as
    written, case-folded, without quote marks ("«Интерлента»" and "Интерлента" match)."""
    known = canonical_wire(name)
    return " ".join(_QUOTE_MARKS.sub("", known or name).casefold().split())


def _credited_wires(doc: Document | None) -> frozenset[str]:
    if doc is None:
        return frozenset()
    wires = {c.get("wire") for c in doc.labels.get("wire_credits") or [] if isinstance(c, dict)}
    wires.add(doc.labels.get("wire"))
    return frozenset(_wire_key(w) for w in wires if isinstance(w, str) and w.strip())


def _names_outlet(credit: str, outlet: str) -> bool:
    """Whether a credited wire is this outlet: the same key, or the credit is a word run of the outlet's name
    ("Вестпресс" credits "Агентство Вестпресс"). A HEURISTIC: an abbreviation ("NGP") is not matched."""
    return credit == outlet or f" {credit} " in f" {outlet} "


def _body_hashes(text: str) -> tuple[int, ...]:
    """Hashes of the words of the body (white space, case and punctuation do not count): the whole text, and
    the text without its first line (a headline a copy may change or drop) and/or its last line when short
    (a footer a copy may add). Two documents with a hash in common have the same body. A HEURISTIC: a near
    copy that only edits its first or last line looks exact."""
    lines = [line for line in text.splitlines() if line.strip()]
    ends = [len(lines)]
    if len(lines) > _CORE_MIN_LINES and len(lines[-1]) <= _FOOTER_CHARS:
        ends.append(len(lines) - 1)
    out = []
    for start in (0, 1):
        for end in ends:
            if (start, end) == (0, len(lines)) or end - start >= _CORE_MIN_LINES:
                words = _WORD.findall(" ".join(lines[start:end]).lower())
                if words:
                    out.append(xxhash.xxh3_64_intdigest(" ".join(words).encode("utf-8")))
    return tuple(out)


def _head_anatomy(text: str, config: StoryConfig) -> Document | None:
    """The anatomy (dateline, page timestamp, wire credits) of the head of a text that was stored without
    analysis (``ingest --no-analyze``), so that the earliest source still has a date and a credited wire.
    Only the first ``anatomy_chars`` characters are read: datelines and timestamps open a page and credits
    sit in the lead (about 0.08 ms a document, against 0.24 ms for a whole 7.5 KB article)."""
    if config.anatomy_chars <= 0:
        return None
    head = Document(text[:config.anatomy_chars])
    annotate_anatomy(head, settings=DEFAULT_SETTINGS)
    return head


def _featurise(chunk: list[StoryDoc], config: StoryConfig, hasher: MinHasher, out: _Features) -> None:
    shingles: list[U64] = []
    body_values: list[int] = []
    body_docs: list[int] = []
    chunk_keys: list[U64] = []
    for doc in chunk:
        text = doc.text[:config.max_chars]
        lang = doc.lang or detect_language(text, settings=DEFAULT_SETTINGS)[0]
        lang = lang.lower()[:2] if lang != UNDETERMINED else UNDETERMINED
        sh = shingle_hashes(text, config.shingle_k)
        shingles.append(sh)
        out.keys.append(doc.key)
        out.langs.append(lang)
        out.outlets.append(doc.outlet)
        out.own_wire.append(_wire_key(doc.outlet) if doc.outlet and doc.outlet.strip() else None)
        analysis = doc.analysis if doc.analysis is not None else _head_anatomy(text, config)
        out.credits.append(_credited_wires(analysis))
        published = _epoch(doc.published)
        out.published.append(published)
        found, partial = _analysis_time(analysis) if published == _UNKNOWN_TIME else (published, None)
        out.times.append(found)
        out.day_only.append(published == _UNKNOWN_TIME)
        out.partial_dates.append(partial)
        body = _body_hashes(text)
        body_values.extend(body)
        body_docs.extend([len(out.keys) - 1] * len(body))
        out.sizes.append(int(sh.size))
        # The day the text appeared dates its relative days ("on Tuesday", "вчера"): see extract_keys.
        day = datetime.fromtimestamp(found, tz=UTC).date() if math.isfinite(found) else None
        keys = extract_keys(text, None if lang == UNDETERMINED else lang, lead_chars=config.lead_chars,
                            published=day if config.relative_days else None)
        hashes, lead = hash_keys_with_lead(keys)
        # The lead flag rides in bit 60 of the hash (a 60-bit hash still practically never collides), which
        # saves a second array object per document (about 100 bytes each, 100 MB at a million documents).
        chunk_keys.append(np.sort((hashes & _HASH_BITS) | np.where(lead, _LEAD_BIT, np.uint64(0))))
        out.key_counts.append(int(hashes.size))
        out.word_pairs.append(lead_word_pairs(text, config.lead_chars) if config.word_pair_weight > 0
                              else _NO_PAIRS)
    out.signatures.append(hasher.signatures(shingles))
    out.key_chunks.append(np.concatenate(chunk_keys) if chunk_keys else np.empty(0, dtype=np.uint64))
    out.body_hash_values.append(np.array(body_values, dtype=np.uint64))
    out.body_hash_docs.append(np.array(body_docs, dtype=np.int64))


# -- links ---------------------------------------------------------------------------------------------------
@dataclass(slots=True)
class _Links:
    """Verified candidate pairs (i < j) with their similarities."""

    i: I64
    j: I64
    jaccard: F64
    containment: F64
    keys: F64
    exact: npt.NDArray[np.bool_]
    score: F64
    # A translation link: two languages sharing a number or an acronym (see ``merge_strongest_weight``).
    translation: npt.NDArray[np.bool_]


@dataclass(slots=True)
class _KeyMatrices:
    """Sparse document x key matrices with entries sqrt(weight) (so that a row product is the shared weight),
    and the key masses that normalise a pair's shared weight (keys seen once count in the masses: they are
    what the texts do not share)."""

    specific: sp.csr_matrix   # numbers and acronyms (language-independent, of one statement)
    context: sp.csr_matrix    # names, name pairs, dates (language-independent, of the statement's context)
    quotes: sp.csr_matrix     # quoted word 3-grams (one language)
    pairs: sp.csr_matrix      # lead word pairs (one language)
    w_all: F64                # mass of every key kind
    w_ind: F64                # mass of the language-independent keys
    w_pairs: F64              # mass of the lead word pairs


def _key_matrices(f: _Features, config: StoryConfig) -> _KeyMatrices:
    """The key matrices of the corpus (:class:`_KeyMatrices`): IDF weights, the lead / background factors and
    the kind weights of :class:`StoryConfig`; keys in more than ``key_max_df`` documents weigh nothing."""
    n = len(f.key_counts)
    lengths = np.diff(f.key_starts)
    lead = (f.key_flat & _LEAD_BIT) != 0
    opener = (f.key_flat & _OPENER_BIT) != 0
    flat = f.key_flat & _VALUE_BITS
    # Row and column indices as int32 and temporaries dropped as soon as they are used: these arrays have one
    # entry per key of every document (tens of millions at a million documents), and they set the stage's
    # peak memory.
    rows = np.repeat(np.arange(n, dtype=np.int32), lengths)
    del lengths
    columns, inverse64, df = np.unique(flat, return_inverse=True, return_counts=True)
    del flat
    inverse = inverse64.astype(np.int32)
    del inverse64
    weights = dict(config.kind_weights)
    kind_weight = np.array([weights.get(k, 1.0) for k in KINDS], dtype=np.float64)
    kinds = key_kind(columns)
    idf = np.log((n + config.key_prior_docs) / df) * kind_weight[kinds]
    kept = df <= config.key_max_df
    kept_idf = np.where(kept, idf, 0.0)[inverse]
    if config.confirmed_openers and opener.any():
        # A word capitalised only where a sentence starts is a name when some document of the corpus writes
        # it capitalised inside a sentence ("Smith said" beside "said Smith"); "However" never is.
        confirmed = np.bincount(inverse[~opener], minlength=columns.size) > 0
        kept_idf[opener & ~confirmed[inverse]] = 0.0
    elif opener.any():
        kept_idf[opener] = 0.0
    del opener
    quote = (kinds == KINDS.index(QUOTE))[inverse]
    # One factor array, filled in place for the shared weight and then for the masses (no second temporary
    # of this size: it would add to the stage's peak memory).
    factor = np.where(quote, config.quote_background_weight, config.background_weight)
    factor[lead] = 1.0
    weight = kept_idf * factor
    specific = np.isin(kinds, list(_SPECIFIC_KINDS))[inverse]
    # The masses that normalise a pair's shared weight: background keys count ``background_mass`` there
    # (quotes ``quote_background_mass``).
    factor.fill(config.background_mass)
    factor[quote] = config.quote_background_mass
    factor[lead] = 1.0
    kept_idf *= factor
    del lead, factor
    w_all = np.bincount(rows, weights=kept_idf, minlength=n).astype(np.float64)
    kept_idf[quote] = 0.0
    w_ind = np.bincount(rows, weights=kept_idf, minlength=n).astype(np.float64)
    del kept_idf
    linking = (kept & (df >= 2))[inverse] & (weight > 0)
    matrices = []
    for part in (linking & specific, linking & ~specific & ~quote, linking & quote):
        matrices.append(sp.csr_matrix((np.sqrt(weight[part]), (rows[part], inverse[part])),
                                      shape=(n, columns.size)))
    del rows, inverse, weight, quote, specific, linking
    pair_matrix, w_pairs = _word_pair_matrix(f.word_pairs, config)
    f.word_pairs = []  # read once: the matrix holds what the links need
    return _KeyMatrices(matrices[0], matrices[1], matrices[2], pair_matrix, w_all, w_ind, w_pairs)


def _word_pair_matrix(word_pairs: list[npt.NDArray[np.uint32]], config: StoryConfig
                      ) -> tuple[sp.csr_matrix, F64]:
    """The lead word pairs as a sparse matrix (sqrt(IDF) entries, ``key_max_df`` as for keys) and their
    per-document IDF mass."""
    n = len(word_pairs)
    lengths = np.fromiter((p.size for p in word_pairs), dtype=np.int64, count=n)
    flat = np.concatenate(word_pairs) if n else np.empty(0, dtype=np.uint32)
    rows = np.repeat(np.arange(n, dtype=np.int32), lengths)
    del lengths
    columns, inverse64, df = np.unique(flat, return_inverse=True, return_counts=True)
    del flat
    inverse = inverse64.astype(np.int32)
    del inverse64
    idf = np.where(df <= config.key_max_df, np.log((n + config.key_prior_docs) / df), 0.0)
    entry_idf = idf[inverse]
    mass = np.bincount(rows, weights=entry_idf, minlength=n).astype(np.float64)
    part = (df >= 2)[inverse] & (entry_idf > 0)
    matrix = sp.csr_matrix((np.sqrt(entry_idf[part]), (rows[part], inverse[part])), shape=(n, columns.size))
    return matrix, mass


def _key_pairs(m: _KeyMatrices, langs: npt.NDArray[np.int64], times: F64, config: StoryConfig
               ) -> tuple[I64, I64, F64, npt.NDArray[np.bool_]]:
    """Every pair sharing a kept key or lead word pair, with its key similarity, from row blocks of M @ M.T.

    Within one language: the overlap over all keys (quotes included) plus ``word_pair_weight`` times the
    overlap of the lead word pairs. Names and dates alone are what a same-event report with another
    statement shares, so within a language they do not suffice (measured: allowing it joined such a report
    to a story). Across languages: the overlap over the language-independent keys, times
    ``cross_language_scale`` when the pair shares a number or an acronym, else ``context_only_scale``."""
    n = m.specific.shape[0]
    parts_in = (m.specific, m.context, m.quotes, m.pairs)
    transposed = tuple(x.T.tocsr() for x in parts_in)
    window = config.time_window_days * 86400.0
    p = config.key_larger_power
    out_i: list[I64] = []
    out_j: list[I64] = []
    out_s: list[F64] = []
    out_t: list[npt.NDArray[np.bool_]] = []
    # A row's share of the product is the summed document frequency of its keys: cut the rows into blocks
    # of about ``block_pairs`` products each.
    cost = np.zeros(n, dtype=np.float64)
    for x in parts_in:
        present = x != 0
        cost += np.asarray(present @ np.asarray(present.sum(axis=0)).ravel(), dtype=np.float64).ravel()
    cost = np.cumsum(cost)
    cuts = np.searchsorted(cost, np.arange(config.block_pairs, cost[-1] if n else 0, config.block_pairs))
    bounds = sorted({0, n, *(int(c) + 1 for c in cuts)})
    floor = config.key_min_mass
    for lo, hi in itertools.pairwise(bounds):
        if hi <= lo:
            continue
        products = [(x[lo:hi] @ t).tocoo() for x, t in zip(parts_in, transposed, strict=True)]
        codes = np.concatenate([(b.row.astype(np.int64) + lo) * n + b.col.astype(np.int64) for b in products])
        unique, position = np.unique(codes, return_inverse=True)
        shared = []
        offset = 0
        for b in products:
            # (float64 explicitly: bincount of nothing is integer)
            shared.append(np.bincount(position[offset:offset + b.nnz], weights=b.data,
                                      minlength=unique.size).astype(np.float64))
            offset += b.nnz
        i, j = unique // n, unique % n
        upper = j > i
        i, j = i[upper], j[upper]
        spec, ctx, quote, pair = (x[upper] for x in shared)
        cross = _overlap(spec + ctx, m.w_ind[i], m.w_ind[j], p, floor)
        specific = spec > 0
        cross = cross * np.where(specific, config.cross_language_scale, config.context_only_scale)
        same = (_overlap(spec + ctx + quote, m.w_all[i], m.w_all[j], p, floor)
                + config.word_pair_weight * _overlap(pair, m.w_pairs[i], m.w_pairs[j], 0.0, floor))
        score = np.where(langs[i] == langs[j], same, cross) * _time_factor(times[i], times[j], config)
        keep = (score >= config.key_floor) & _within(times[i], times[j], window)
        out_i.append(i[keep])
        out_j.append(j[keep])
        out_s.append(np.minimum(score[keep], 1.0))
        out_t.append((specific & (langs[i] != langs[j]))[keep])
    if not out_i:
        return np.empty(0, np.int64), np.empty(0, np.int64), np.empty(0, np.float64), np.empty(0, np.bool_)
    return np.concatenate(out_i), np.concatenate(out_j), np.concatenate(out_s), np.concatenate(out_t)


def _overlap(shared: F64, wa: F64, wb: F64, p: float, floor: float = 0.0) -> F64:
    """Shared key weight over a geometric mean of the two key masses (``key_larger_power``), at least
    ``floor`` (``key_min_mass``)."""
    denominator = np.maximum(np.minimum(wa, wb) ** (1.0 - p) * np.maximum(wa, wb) ** p, floor)
    return np.divide(shared, denominator, out=np.zeros_like(shared), where=denominator > 0)


def _time_factor(a: F64, b: F64, config: StoryConfig) -> F64:
    """The factor on the key similarity of two documents for how close in time they are: ``time_boost`` for
    the same moment, falling linearly to 1 at ``time_boost_hours`` apart; 1 when either time is unknown
    (no time is no evidence either way)."""
    if config.time_boost == 1.0 or config.time_boost_hours <= 0:
        return np.ones_like(a)
    known = np.isfinite(a) & np.isfinite(b)
    gap = np.abs(np.subtract(a, b, out=np.full_like(a, np.inf), where=known))
    closeness = np.clip(1.0 - gap / (config.time_boost_hours * 3600.0), 0.0, 1.0)
    return 1.0 + (config.time_boost - 1.0) * closeness


def _within(a: F64, b: F64, window: float) -> npt.NDArray[np.bool_]:
    known = np.isfinite(a) & np.isfinite(b)
    gap = np.abs(np.subtract(a, b, out=np.zeros_like(a), where=known))
    return ~known | (gap <= window)


def _links(f: _Features, signatures: npt.NDArray[np.uint32], config: StoryConfig) -> _Links:
    n = len(f.keys)
    times = np.asarray(f.times, dtype=np.float64)
    lang_ids = {lang: i for i, lang in enumerate(sorted(set(f.langs)))}
    langs = np.fromiter((lang_ids[x] for x in f.langs), dtype=np.int64, count=n)
    ki, kj, ks, kt = _key_pairs(_key_matrices(f, config), langs, times, config)

    lsh = lsh_candidates(signatures, config.lsh_bands, config.lsh_rows)
    exact_pairs = _exact_pairs(f)
    codes = np.concatenate([ki * n + kj, lsh[:, 0] * n + lsh[:, 1], exact_pairs[:, 0] * n + exact_pairs[:, 1]])
    codes = np.unique(codes)
    i, j = codes // n, codes % n
    pairs = np.stack([i, j], axis=1)
    jac = estimated_jaccard(signatures, pairs)
    key_sim = np.zeros(codes.size, dtype=np.float64)
    translation = np.zeros(codes.size, dtype=np.bool_)
    if ki.size:
        at = np.searchsorted(codes, ki * n + kj)
        key_sim[at] = ks
        translation[at] = kt
    exact = np.zeros(codes.size, dtype=np.bool_)
    if exact_pairs.size:
        exact[np.searchsorted(codes, exact_pairs[:, 0] * n + exact_pairs[:, 1])] = True
    sizes = np.asarray(f.sizes, dtype=np.float64)
    small = np.maximum(np.minimum(sizes[i], sizes[j]), 1.0)
    # |A & B| from the Jaccard estimate and the set sizes: J (|A| + |B|) / (1 + J).
    containment = np.minimum(jac * (sizes[i] + sizes[j]) / (1.0 + jac) / small, 1.0)
    same = langs[i] == langs[j]
    # One scale for both kinds of evidence: a Jaccard at the copy threshold counts as a full link (1.0), and
    # below it in proportion; the key similarity is already on a 0..1 scale.
    score = np.maximum(np.where(same, jac / config.copy_link_jaccard, 0.0), key_sim)
    score = np.where(exact, 1.0, np.minimum(score, 1.0))
    keep = exact | (((jac >= config.copy_link_jaccard) | (key_sim >= config.key_floor))
                    & _within(times[i], times[j], config.time_window_days * 86400.0))
    return _Links(i[keep], j[keep], jac[keep], containment[keep], key_sim[keep], exact[keep], score[keep],
                  translation[keep])


def _exact_pairs(f: _Features) -> I64:
    """Pairs of documents with the same body (a hash of :func:`_body_hashes` in common). Each document is
    paired with the first document of each of its hashes."""
    values = np.concatenate(f.body_hash_values) if f.body_hash_values else np.empty(0, np.uint64)
    docs = np.concatenate(f.body_hash_docs) if f.body_hash_docs else np.empty(0, np.int64)
    order = np.lexsort((docs, values))  # by hash, then by document: a group's first entry is its first document
    values, docs = values[order], docs[order]
    starts = np.flatnonzero(np.r_[True, values[1:] != values[:-1]]) if values.size else np.empty(0, np.int64)
    first = np.repeat(docs[starts], np.diff(np.r_[starts, values.size]))
    keep = first != docs
    if not keep.any():
        return np.empty((0, 2), dtype=np.int64)
    return np.unique(np.stack([first[keep], docs[keep]], axis=1), axis=0)


# -- clustering ----------------------------------------------------------------------------------------------
def _find(parent: list[int], x: int) -> int:
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


def _cluster(n: int, links: _Links, config: StoryConfig) -> list[int]:
    """A group label per document: union of copies, then merging of the groups (module docstring, step 3)."""
    parent = list(range(n))
    strong = links.exact | (links.jaccard >= config.copy_link_jaccard)
    for a, b in zip(links.i[strong].tolist(), links.j[strong].tolist(), strict=True):
        ra, rb = _find(parent, a), _find(parent, b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    group = [_find(parent, x) for x in range(n)]
    size: dict[int, int] = Counter(group)
    # Per pair of groups: the summed link scores (the pairs inside a group no longer matter) and the strongest
    # translation link.
    between: dict[int, dict[int, float]] = {}
    strongest: dict[int, dict[int, float]] = {}
    for a, b, s, t in zip(links.i.tolist(), links.j.tolist(), links.score.tolist(), links.translation.tolist(),
                          strict=True):
        ga, gb = group[a], group[b]
        if ga == gb:
            continue
        between.setdefault(ga, {})
        between.setdefault(gb, {})
        between[ga][gb] = between[ga].get(gb, 0.0) + s
        between[gb][ga] = between[gb].get(ga, 0.0) + s
        if t and s > strongest.get(ga, {}).get(gb, 0.0):
            strongest.setdefault(ga, {})[gb] = s
            strongest.setdefault(gb, {})[ga] = s

    def linkage(ga: int, gb: int) -> float:
        mean = between.get(ga, {}).get(gb, 0.0) / (size[ga] * size[gb])
        if mean < config.merge_min_mean:
            return mean
        best = strongest.get(ga, {}).get(gb, 0.0)
        return mean + config.merge_strongest_weight * max(best - mean, 0.0)

    heap: list[tuple[float, int, int]] = []
    for ga, row in between.items():
        for gb in row:
            if ga < gb:
                value = linkage(ga, gb)
                if value >= config.merge_threshold:
                    heap.append((-value, ga, gb))
    heapq.heapify(heap)
    merged: dict[int, int] = {}
    while heap:
        neg, ga, gb = heapq.heappop(heap)
        if ga in merged or gb in merged:
            continue
        if abs(linkage(ga, gb) + neg) > 1e-12:
            continue  # a stale entry: the pair's linkage changed since it was pushed
        # Merge the smaller neighbour table into the larger.
        keep, gone = (ga, gb) if len(between.get(ga, {})) >= len(between.get(gb, {})) else (gb, ga)
        merged[gone] = keep
        size[keep] += size[gone]
        for table in (between, strongest):
            row_keep = table.setdefault(keep, {})
            row_gone = table.pop(gone, {})
            row_keep.pop(gone, None)
            row_gone.pop(keep, None)
            for other, value in row_gone.items():
                row_other = table[other]
                row_other.pop(gone, None)
                row_keep[other] = (row_keep.get(other, 0.0) + value if table is between
                                   else max(row_keep.get(other, 0.0), value))
                row_other[keep] = row_keep[other]
        for other in between[keep]:
            value = linkage(keep, other)
            if value >= config.merge_threshold:
                heapq.heappush(heap, (-value, min(keep, other), max(keep, other)))
    labels = []
    for g in group:
        while g in merged:
            g = merged[g]
        labels.append(g)
    return labels


# -- relations -----------------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class _Pair:
    jaccard: float
    containment: float
    keys: float
    exact: bool
    score: float


def _story_times(members: list[int], f: _Features) -> dict[int, float]:
    """Each member's time; a dateline day without a year takes the year of the story's earliest known time
    (a wire item and its copies are days apart, not years)."""
    times = {m: f.times[m] for m in members}
    known = [t for t in times.values() if math.isfinite(t)]
    # Without any known time, a leap year still orders the days among themselves (they then precede nothing
    # but unknown times).
    year = datetime.fromtimestamp(min(known), tz=UTC).year if known else _ANY_LEAP_YEAR
    if any(f.partial_dates[m] is not None for m in members):
        for m in members:
            partial = f.partial_dates[m]
            if not math.isfinite(times[m]) and partial is not None:
                try:
                    times[m] = datetime(year, partial[0], partial[1], tzinfo=UTC).timestamp()
                except ValueError:
                    pass
    return times


def _order_members(members: list[int], f: _Features) -> tuple[list[int], bool]:
    """Members from the most likely source on (module docstring, step 4), and whether the first is there
    because another member credits it."""
    credited: Counter[str] = Counter()
    for m in members:
        credited.update(f.credits[m])
    times = _story_times(members, f)

    def rank(m: int) -> tuple[int, float, bool, float, int]:
        outlet = f.own_wire[m]
        # A wire credited by another member (not just by itself) is that member's source.
        others = 0
        if outlet:
            others = sum(count - (1 if credit in f.credits[m] else 0)
                         for credit, count in credited.items() if _names_outlet(credit, outlet))
        # A day from the text is a lower bound that copies share (a copy keeps the dateline), so on that day
        # a published moment goes first.
        day = math.floor(times[m] / 86400.0) if math.isfinite(times[m]) else _UNKNOWN_TIME
        return (0 if others > 0 else 1, day, f.day_only[m], times[m], m)

    ranked = sorted((rank(m), m) for m in members)
    return [m for _, m in ranked], ranked[0][0][0] == 0


def _central_first(ordered: tuple[list[int], bool], strength: F64, config: StoryConfig) -> list[int]:
    """The order of :func:`_order_members` with the earliest member that is central enough moved to the front.

    A member's centrality is its summed link score to the other members over their number; the source is
    the first member in order whose centrality is at least ``source_centrality`` times the highest. An
    original is linked to most of its copies, while a document merged into a story by mistake (another
    report of the same people, joined through one or two links) hangs on its edge and, when it happens to
    be the earliest, would otherwise become the whole story's source. A HEURISTIC; the credited wire keeps
    its place (it is first because another member names it, not because of its time)."""
    order, credited = ordered
    if credited or config.source_centrality <= 0 or len(order) < 3:
        return order
    # Every member of one story is divided by the same number of others: the summed scores compare alike.
    summed = [float(strength[m]) for m in order]
    floor = config.source_centrality * max(summed)
    chosen = next(k for k, value in enumerate(summed) if value >= floor)
    return [order[chosen], *order[:chosen], *order[chosen + 1:]]


def _choose_parent(member: int, earlier: list[int], pairs: dict[tuple[int, int], _Pair],
                   config: StoryConfig) -> tuple[int, _Pair | None]:
    scored: list[tuple[int, float, int, _Pair]] = []
    for position, candidate in enumerate(earlier):
        pair = pairs.get((min(member, candidate), max(member, candidate)))
        if pair is None:
            continue
        tier = 3 if pair.exact else 2 if _is_near(pair, config) else 1
        scored.append((tier, pair.containment if tier == 2 else pair.score, position, pair))
    if not scored:
        return earlier[0], None
    tier = max(s[0] for s in scored)
    best = max(s[1] for s in scored if s[0] == tier)
    # Near-ties go to the earliest candidate, so that the copy graph points towards the source: an original
    # and its exact copy contain a near copy equally, and which estimate comes out higher is MinHash noise
    # (about 0.04 at 128 permutations).
    chosen = min((s for s in scored if s[0] == tier and s[1] >= best - _PARENT_TIE), key=lambda s: s[2])
    return earlier[chosen[2]], chosen[3]


def _is_near(pair: _Pair, config: StoryConfig) -> bool:
    """Most of the smaller text is in the larger one, and they share more than a quotation."""
    return pair.containment >= config.near_copy_containment and pair.jaccard >= config.copy_link_jaccard / 2


def _relation(member: int, parent: int, pair: _Pair | None, f: _Features, config: StoryConfig) -> str:
    if pair is not None and pair.exact:
        return EXACT
    la, lb = f.langs[member], f.langs[parent]
    if la != lb and UNDETERMINED not in (la, lb):
        return TRANSLATION
    if pair is not None and _is_near(pair, config):
        return NEAR
    return REWRITE


def _evidence(pair: _Pair | None, member: int, parent: int, f: _Features) -> dict[str, Any]:
    evidence: dict[str, Any] = {"lang": f.langs[member], "parent_lang": f.langs[parent]}
    if pair is None:
        evidence["linked"] = "through the story, not directly"
        return evidence
    mine, theirs = f.keys_of(member), f.keys_of(parent)
    # A sentence opener on both sides may be an ordinary word ("Mayor"): shown only when one side names it.
    both_openers = np.intersect1d(mine[(mine & _OPENER_BIT) != 0] & _VALUE_BITS,
                                  theirs[(theirs & _OPENER_BIT) != 0] & _VALUE_BITS)
    shared = np.setdiff1d(np.intersect1d(mine & _VALUE_BITS, theirs & _VALUE_BITS), both_openers)
    kinds = Counter(KINDS[k] for k in key_kind(shared).tolist())
    evidence.update({"jaccard": round(pair.jaccard, 3), "containment": round(pair.containment, 3),
                     "key_similarity": round(pair.keys, 3),
                     "exact_body": pair.exact,
                     "shared_keys": {name: kinds[code] for name, code in
                                     (("numbers", "n"), ("dates", "d"), ("names", "p"), ("name_pairs", "pp"),
                                      ("acronyms", "a"), ("quote_3grams", "q")) if kinds[code]}})
    return evidence


# -- the stage -----------------------------------------------------------------------------------------------
def build_stories(docs: Iterable[StoryDoc], *, config: StoryConfig = DEFAULT_CONFIG,
                  progress: Callable[[int], None] | None = None) -> StoriesResult:
    """Group ``docs`` into stories (module docstring). Reads the iterable once and keeps no text.

    ``progress`` is called with the number of documents featurised since its last call (a progress bar's
    ``advance``). Returns one :class:`StoryMember` per document in input order, the copy graph and the
    outlet statistics.
    """
    hasher = MinHasher(config.num_perm)
    f = _Features()
    chunk: list[StoryDoc] = []
    for doc in docs:
        chunk.append(doc)
        if len(chunk) >= config.chunk_size:
            _featurise(chunk, config, hasher, f)
            if progress is not None:
                progress(len(chunk))
            chunk = []
    if chunk:
        _featurise(chunk, config, hasher, f)
        if progress is not None:
            progress(len(chunk))
    n = len(f.keys)
    if n == 0:
        return StoriesResult([], [], [])
    f.seal_keys()
    signatures = np.concatenate(f.signatures) if len(f.signatures) > 1 else f.signatures[0]
    f.signatures = []
    links = _links(f, signatures, config)
    labels = _cluster(n, links, config)
    # Only links inside a story matter from here on (parents are chosen among its members).
    label_array = np.asarray(labels, dtype=np.int64)
    inside = label_array[links.i] == label_array[links.j]
    pairs = {(a, b): _Pair(jc, ct, ks, ex, sc) for a, b, jc, ct, ks, ex, sc in zip(
        links.i[inside].tolist(), links.j[inside].tolist(), links.jaccard[inside].tolist(),
        links.containment[inside].tolist(), links.keys[inside].tolist(), links.exact[inside].tolist(),
        links.score[inside].tolist(), strict=True)}
    # Each document's summed link score to the other members of its story.
    strength: F64 = (np.bincount(links.i[inside], weights=links.score[inside], minlength=n)
                     + np.bincount(links.j[inside], weights=links.score[inside], minlength=n)).astype(np.float64)
    return _assemble(labels, pairs, strength, f, config)


def _assemble(labels: list[int], pairs: dict[tuple[int, int], _Pair], strength: F64, f: _Features,
              config: StoryConfig) -> StoriesResult:
    groups: dict[int, list[int]] = {}
    for index, label in enumerate(labels):
        groups.setdefault(label, []).append(index)
    ordered = {label: _central_first(_order_members(members, f), strength, config)
               for label, members in groups.items()}
    stories = sorted((m for m in ordered.values() if len(m) > 1), key=lambda m: (f.times[m[0]], m[0]))
    members: list[StoryMember | None] = [None] * len(labels)
    edges: list[CopyEdge] = []
    for story_id, order in enumerate(stories):
        source = order[0]
        members[source] = StoryMember(f.keys[source], story_id, ORIGINAL, f.keys[source], None, 1.0,
                                      {"lang": f.langs[source], "members": len(order)})
        for position in range(1, len(order)):
            member = order[position]
            parent, pair = _choose_parent(member, order[:position], pairs, config)
            relation = _relation(member, parent, pair, f, config)
            score = pair.score if pair is not None and not pair.exact else 1.0 if pair is not None else 0.0
            if pair is not None and relation == NEAR:
                score = pair.containment
            members[member] = StoryMember(f.keys[member], story_id, relation, f.keys[source], f.keys[parent],
                                          round(score, 4), _evidence(pair, member, parent, f))
            delay = None
            if math.isfinite(f.times[member]) and math.isfinite(f.times[parent]):
                delay = f.times[member] - f.times[parent]
            edges.append(CopyEdge(f.keys[parent], f.keys[member], relation, round(score, 4), delay))
    for index, found in enumerate(members):
        if found is None:
            members[index] = StoryMember(f.keys[index], None, ORIGINAL, f.keys[index], None, 1.0,
                                         {"lang": f.langs[index]})
    return StoriesResult([m for m in members if m is not None], edges, _outlet_links(edges, f))


def _outlet_links(edges: list[CopyEdge], f: _Features) -> list[OutletLink]:
    outlet_of = dict(zip(f.keys, f.outlets, strict=True))
    grouped: dict[tuple[str, str], list[CopyEdge]] = {}
    for edge in edges:
        copier, source = outlet_of.get(edge.target), outlet_of.get(edge.source)
        if copier and source:
            grouped.setdefault((copier, source), []).append(edge)
    links = []
    for (copier, source), group in grouped.items():
        delays = [e.delay_seconds / 3600.0 for e in group if e.delay_seconds is not None]
        links.append(OutletLink(copier, source, len(group), dict(Counter(e.relation for e in group)),
                                round(median(delays), 3) if delays else None))
    links.sort(key=lambda link: (-link.count, link.copier, link.source))
    return links
