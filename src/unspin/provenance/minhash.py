"""MinHash fingerprints of documents and banded LSH candidates, vectorised over a whole batch.

The path is: ``shingle_hashes(text)`` (the set of word k-shingles of one text, as uint64 hashes) ->
``MinHasher(num_perm).signatures(batch)`` (one row of ``num_perm`` uint32 minima per document) ->
``lsh_candidates(signatures, bands, rows)`` (index pairs that share at least one band) ->
``estimated_jaccard(signatures, pairs)`` (the fraction of equal minima, an estimate of the Jaccard
similarity of the two shingle sets; ``jaccard`` computes the exact value when the sets are at hand).

What is approximate, and how to check it:

- ``estimated_jaccard`` is an unbiased estimate of the exact Jaccard similarity J of the two shingle sets
  (under the usual assumption that the shingle hash behaves like a random function); its standard error is
  ``sqrt(J * (1 - J) / num_perm)``, about 0.044 at J = 0.5 with 128 permutations.
  ``tests/test_minhash.py`` checks both against ``jaccard`` on constructed pairs.
- ``lsh_candidates`` returns a pair with probability ``1 - (1 - J**rows)**bands``; pairs below the
  threshold can be missed, and unrelated pairs can slip in (filter them with ``estimated_jaccard``).
  Very large buckets are capped (see ``lsh_candidates``).

Stability: signatures are meant to be stored and compared later, in other processes and on other
machines. Nothing here uses Python's salted ``hash()`` or numpy's random generators (whose streams may
change between numpy versions): tokens are hashed with xxh3 and every constant comes from a fixed
splitmix64 sequence. Changing the tokeniser, the constants or the permutation family changes every
signature: bump ``FINGERPRINT_VERSION`` when doing so, so that a store can tell old signatures apart.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt
import xxhash

__all__ = [
    "FINGERPRINT_VERSION",
    "SENTINEL",
    "MinHasher",
    "estimated_jaccard",
    "jaccard",
    "lsh_candidates",
    "shingle_hashes",
]

FINGERPRINT_VERSION = 1

U32 = npt.NDArray[np.uint32]
U64 = npt.NDArray[np.uint64]
I64 = npt.NDArray[np.int64]
F64 = npt.NDArray[np.float64]

_MASK64 = (1 << 64) - 1
_MASK32 = (1 << 32) - 1
# The "empty" signature: every minimum at the largest value. A real set reaches it only if one of its
# shingles maps to 2**32 - 1 under every one of the permutations at once, which does not happen.
SENTINEL = np.uint32(_MASK32)

# Unicode word characters (letters of any script, digits, underscore): Cyrillic, Greek, accented Latin
# all tokenise alike. Punctuation, quotes and dashes fall between tokens, so copies that only differ in
# typography (straight vs curly quotes, en vs em dash) give the same shingles.
_TOKEN = re.compile(r"\w+")


def _splitmix64(seed: int, count: int) -> list[int]:
    """``count`` 64-bit values of the splitmix64 sequence from ``seed``: fixed forever, unlike numpy's
    generators, so that stored signatures stay comparable across numpy versions."""
    state = seed & _MASK64
    values = []
    for _ in range(count):
        state = (state + 0x9E3779B97F4A7C15) & _MASK64
        z = state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & _MASK64
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & _MASK64
        values.append(z ^ (z >> 31))
    return values


# Positional multipliers that combine the token hashes of one shingle (odd, so that no bit of a token's
# hash is thrown away). Position matters: "a b c" and "c b a" are different shingles.
_MAX_K = 16
_POSITION = np.array([v | 1 for v in _splitmix64(0x5A17, _MAX_K)], dtype=np.uint64)


def _tokens(text: str) -> list[str]:
    # NFKC first: scraped copies of one article differ in Unicode form (decomposed accents, full-width
    # digits, ligatures), and \w does not match a decomposed accent, which would split the word.
    return _TOKEN.findall(unicodedata.normalize("NFKC", text).lower())


def shingle_hashes(text: str, k: int = 5) -> U64:
    """The set of word ``k``-shingles of ``text`` as sorted, distinct uint64 hashes.

    Words are the lower-cased Unicode word tokens of the NFKC form of the text. A text of fewer than ``k``
    words (but at least one) gives one shingle of all its words, so that a headline-sized text still has
    a fingerprint; a text without words gives an empty array (``MinHasher`` turns it into the sentinel
    signature, which is similar to nothing).

    Each token is hashed with xxh3-64 (stable across processes and machines); a shingle's hash is the
    sum of its token hashes times position-specific odd multipliers, modulo 2**64. Two different shingles
    collide only if that linear combination of random-looking values cancels, with probability about
    2**-64.
    """
    if not 1 <= k <= _MAX_K:
        raise ValueError(f"k must be between 1 and {_MAX_K}, got {k}")
    tokens = _tokens(text)
    n = len(tokens)
    if n == 0:
        return np.empty(0, dtype=np.uint64)
    # One encode and one C-level split instead of an encode per token: tokens never contain a space.
    hashed = np.fromiter(map(xxhash.xxh3_64_intdigest, " ".join(tokens).encode("utf-8").split(b" ")),
                         dtype=np.uint64, count=n)
    if n < k:
        return np.array([int((hashed * _POSITION[:n]).sum(dtype=np.uint64))], dtype=np.uint64)
    m = n - k + 1
    shingles = hashed[:m] * _POSITION[0]
    for j in range(1, k):
        shingles += hashed[j:j + m] * _POSITION[j]
    shingles.sort()
    keep = np.empty(m, dtype=np.bool_)
    keep[0] = True
    np.not_equal(shingles[1:], shingles[:-1], out=keep[1:])
    distinct: U64 = shingles[keep]
    return distinct


def _fold32(x: U64) -> U32:
    """uint64 hashes to well-mixed uint32: xor the halves, then the MurmurHash3 32-bit finaliser (a
    bijection), so that callers who pass weak hashes (small integers, token ids) still get spread values."""
    h = ((x >> np.uint64(32)) ^ x).astype(np.uint32)
    h ^= h >> np.uint32(16)
    h *= np.uint32(0x85EBCA6B)
    h ^= h >> np.uint32(13)
    h *= np.uint32(0xC2B2AE35)
    h ^= h >> np.uint32(16)
    return h


class MinHasher:
    """MinHash with ``num_perm`` permutations, computed for a whole batch of shingle sets at once.

    Each permutation is ``h_i(x) = (a_i * x) mod 2**32`` on the shingle hash x folded to 32 bits and
    made odd, with ``a_i`` odd, drawn from a fixed splitmix64 sequence of ``seed``: the multiplicative
    (multiply-shift) family with all 32 output bits kept, one multiplication per value.

    Why this is a valid min-wise family: the folded hashes of distinct shingles behave as independent
    uniform odd 32-bit values (the random-function assumption every MinHash implementation makes about
    its base hash). An odd ``a_i`` is invertible modulo 2**32 and maps odd numbers to odd numbers, so each
    ``h_i`` is a bijection of the odd 32-bit values: it turns independent uniform values into independent
    uniform values, without collisions. The minimum of ``h_i`` over A | B therefore falls on each element
    with equal probability, and lands in A & B with probability exactly |A & B| / |A | B|: every
    coordinate is an unbiased Jaccard sample. Given the shingle hashes, coordinate i depends on ``a_i``
    alone, so independent ``a_i`` make the coordinates independent of each other; the variance test in
    ``tests/test_minhash.py`` checks the spread against the binomial bound. Forcing x odd is what makes
    the multiplication safe: x = 0 would be the minimum of every permutation at once (the affine family
    ``a * x + b`` of datasketch avoids that with an addition, which costs a quarter more time here); the
    price is one bit, so two shingles of a pair collide with probability about 2**-31.

    Why uint32 minima: half the memory of uint64 (1,000,000 x 128 signatures = 512 MB), and chance
    equality of two minima of unrelated sets of n shingles is about n / 2**32 per coordinate (3e-8 for
    short articles), far below the estimator's own noise.
    """

    # Values (shingles x permutations) per inner step: an 8 MB uint32 buffer, 16,384 shingles at 128
    # permutations. Measured on the reference machine (AVX-512, 1 MB L2, 32 MB L3): 4,096 and fewer
    # shingles per step are 1.4-2x slower (numpy's broadcast multiply loses its fast loop on short
    # rows), 32,768 is 15% slower (the buffer leaves the cache).
    _CHUNK_VALUES = 1 << 21
    # Shingles concatenated at a time, so that a call over a million documents never holds them all twice.
    _GROUP = 1 << 18

    def __init__(self, num_perm: int = 128, seed: int = 1) -> None:
        if num_perm < 1:
            raise ValueError(f"num_perm must be positive, got {num_perm}")
        self.num_perm = num_perm
        self.seed = seed
        values = _splitmix64(seed, num_perm)
        self._a = np.array([(v >> 32) | 1 for v in values[:num_perm]], dtype=np.uint32)

    def __repr__(self) -> str:
        return f"MinHasher(num_perm={self.num_perm}, seed={self.seed})"

    def signatures(self, shingles: Sequence[npt.NDArray[np.uint64]]) -> U32:
        """One signature row per shingle set: an ``(n, num_perm)`` C-ordered uint32 array.

        An empty set gets the sentinel row (every value ``2**32 - 1``), which ``lsh_candidates`` and
        ``estimated_jaccard`` treat as similar to nothing. Identical sets give identical rows; duplicates
        inside a set do not matter (a minimum ignores them).
        """
        n = len(shingles)
        out = np.empty((n, self.num_perm), dtype=np.uint32)
        lengths = np.fromiter(map(len, shingles), dtype=np.int64, count=n)
        out[lengths == 0] = SENTINEL
        filled = np.flatnonzero(lengths)
        if filled.size == 0:
            return out
        ends = np.cumsum(lengths[filled])
        # One scratch buffer per call: a fresh 8 MB buffer per group would be a fresh mmap each time, and
        # its page faults cost a third of the time of a cold call.
        buffer = np.empty((self.num_perm, max(64, self._CHUNK_VALUES // self.num_perm)), dtype=np.uint32)
        first = 0
        while first < filled.size:
            # The documents whose shingles fit in one group (at least one document, however long).
            base = int(ends[first - 1]) if first else 0
            last = max(first + 1, int(np.searchsorted(ends, base + self._GROUP, side="right")))
            docs = filled[first:last]
            values = _fold32(np.concatenate([shingles[d] for d in docs]).astype(np.uint64, copy=False))
            values |= np.uint32(1)
            starts = np.empty(docs.size, dtype=np.int64)
            starts[0] = 0
            starts[1:] = ends[first:last - 1] - base
            lo_doc, hi_doc = int(docs[0]), int(docs[-1]) + 1
            if hi_doc - lo_doc == docs.size:
                # No empty document in between: write straight into the output, each row once.
                self._minima(values, starts, out[lo_doc:hi_doc], buffer)
            else:
                minima = np.empty((docs.size, self.num_perm), dtype=np.uint32)
                self._minima(values, starts, minima, buffer)
                out[docs] = minima
            first = last
        return out

    def _minima(self, values: U32, starts: I64, into: U32, buffer: U32) -> None:
        """Write into ``into[d]`` the minima of every permutation over document d's values,
        ``values[starts[d]:starts[d + 1]]`` (all documents non-empty), in steps of ``buffer``'s width."""
        chunk = buffer.shape[1]
        a = self._a[:, None]
        total = values.size
        for lo in range(0, total, chunk):
            hi = min(lo + chunk, total)
            # Permutation-major layout: each permutation is one contiguous run of this chunk's values,
            # so the multiply and the per-document minimum are long SIMD loops (measured 8x faster than
            # the shingle-major layout, whose minimum has to walk 128-wide rows).
            part = buffer[:, :hi - lo]
            np.multiply(a, values[None, lo:hi], out=part)
            # Documents overlapping [lo, hi); the first may have started in an earlier chunk, and then
            # its minima so far are already in ``into``.
            d0 = int(np.searchsorted(starts, lo, side="right")) - 1
            d1 = int(np.searchsorted(starts, hi, side="left"))
            cuts = starts[d0:d1] - lo
            carried = cuts[0] < 0
            cuts[0] = 0
            reduced = np.minimum.reduceat(part, cuts, axis=1).T
            if carried:
                np.minimum(into[d0], reduced[0], out=into[d0])
                into[d0 + 1:d1] = reduced[1:]
            else:
                into[d0:d1] = reduced


def _empty_rows(signatures: U32) -> npt.NDArray[np.bool_]:
    # Only the sentinel row has its first and last values at the maximum in practice; check the whole
    # row only for those few candidates.
    maybe = np.flatnonzero((signatures[:, 0] == SENTINEL) & (signatures[:, -1] == SENTINEL))
    empty = np.zeros(signatures.shape[0], dtype=np.bool_)
    if maybe.size:
        empty[maybe] = (signatures[maybe] == SENTINEL).all(axis=1)
    return empty


# Rows per step when hashing signature rows: a 65,536 x 128 block is 32 MB as uint32, 64 MB as uint64.
_KEY_BLOCK = 1 << 16


def _column_keys(signatures: U32, lo: int, hi: int, multipliers: U64) -> U64:
    """One uint64 per row for columns ``[lo, hi)``: the values times odd multipliers, summed modulo 2**64.

    Unequal parts collide with probability about 2**-64 per pair; a collision only adds a candidate pair
    (or, for whole rows, treats two rows as identical), which a ``estimated_jaccard`` filter corrects.
    Blocked integer matrix products: 30 times faster than a pass per column over a strided matrix.
    """
    keys = np.empty(signatures.shape[0], dtype=np.uint64)
    for start in range(0, signatures.shape[0], _KEY_BLOCK):
        block = signatures[start:start + _KEY_BLOCK, lo:hi].astype(np.uint64)
        np.matmul(block, multipliers[:hi - lo], out=keys[start:start + _KEY_BLOCK])
    return keys


def _runs(keys: U64, index: I64) -> tuple[I64, I64, I64]:
    """``index`` grouped by equal keys: (members in key order, start of each run, size of each run)."""
    order = np.argsort(keys)
    sorted_keys = keys[order]
    n = sorted_keys.size
    boundary = np.empty(n, dtype=np.bool_)
    boundary[0] = True
    np.not_equal(sorted_keys[1:], sorted_keys[:-1], out=boundary[1:])
    starts = np.flatnonzero(boundary)
    return index[order], starts, np.diff(np.append(starts, n))


def _ranks(starts: I64, sizes: I64) -> I64:
    """For runs given by ``starts`` and ``sizes``, each member's position in the sorted order."""
    total = int(sizes.sum())
    return np.repeat(starts, sizes) + np.arange(total) - np.repeat(np.cumsum(sizes) - sizes, sizes)


def _run_pairs(members: I64, starts: I64, sizes: I64, max_bucket: int) -> I64:
    """The candidate pairs of every run of two or more members, as an ``(m, 2)`` array, smaller index
    first. A run of at most ``max_bucket`` members gives all its pairs; a larger one a star around its
    lowest index. Each pair appears once."""
    pieces: list[I64] = []
    small = (sizes >= 2) & (sizes <= max_bucket)
    if small.any():
        s_starts, s_sizes = starts[small], sizes[small]
        pos = _ranks(s_starts, s_sizes)
        size_of = np.repeat(s_sizes, s_sizes)
        rank = pos - np.repeat(s_starts, s_sizes)
        for d in range(1, int(s_sizes.max())):
            take = rank + d < size_of
            # Positions whose run is exhausted at this distance are never needed again.
            pos, size_of, rank = pos[take], size_of[take], rank[take]
            left, right = members[pos], members[pos + d]
            pieces.append(np.stack([np.minimum(left, right), np.maximum(left, right)], axis=1))
    big = sizes > max_bucket
    if big.any():
        # A star around the run's earliest document instead of all g * (g - 1) / 2 pairs: keeps the run
        # connected (the story grouping needs no more) at a cost linear in its size.
        b_starts, b_sizes = starts[big], sizes[big]
        centres = np.minimum.reduceat(members, starts)[big]
        others = members[_ranks(b_starts, b_sizes)]
        centre_of = np.repeat(centres, b_sizes)
        keep = others != centre_of
        pieces.append(np.stack([centre_of[keep], others[keep]], axis=1))
    if not pieces:
        return np.empty((0, 2), dtype=np.int64)
    return np.concatenate(pieces)


def _distinct(codes: I64) -> I64:
    """Sorted distinct values. (numpy 2's ``np.unique`` hashes integers and is 10x slower than a sort
    on tens of millions of pair codes.)"""
    codes = np.sort(codes)
    keep = np.empty(codes.size, dtype=np.bool_)
    keep[:1] = True
    np.not_equal(codes[1:], codes[:-1], out=keep[1:])
    distinct: I64 = codes[keep]
    return distinct


def lsh_candidates(signatures: U32, bands: int, rows: int, *, max_bucket: int = 32) -> I64:
    """Candidate pairs: documents whose signatures agree on all ``rows`` values of at least one of
    ``bands`` bands (columns ``[b * rows, (b + 1) * rows)``). Returns an ``(m, 2)`` int64 array of row
    indices, ``i < j``, sorted and without duplicates.

    Heuristic, by design: a pair of Jaccard similarity J is returned with probability
    ``1 - (1 - J**rows)**bands`` (the S-curve; its midpoint is about ``(1 / bands) ** (1 / rows)``).

    Identical signatures (exact copies) are grouped first: every member of a group is paired with the
    others (or, past the cap, with the group's lowest index), and only that lowest index takes part in
    the banding. So a document near a group of copies is paired with the group's earliest member, not
    with each copy: n copies of a story cost n pairs per neighbour, not n times as many.

    Bucket cap: a bucket (or group) of more than ``max_bucket`` documents (many copies of one wire
    story, boilerplate-only pages) yields a star, every member paired with the bucket's lowest index
    (the earliest in input order), instead of all pairs. A bucket then costs O(size), not O(size**2),
    and its documents stay connected. The output is at most ``(bands + 1) * n * (max_bucket - 1) / 2``
    pairs, however the corpus is built, and pairs repeated across bands are merged as they come, so
    memory follows the distinct pairs. Empty documents (sentinel rows) are never paired.
    """
    if bands < 1 or rows < 1:
        raise ValueError(f"bands and rows must be positive, got {bands} and {rows}")
    if signatures.ndim != 2 or bands * rows > signatures.shape[1]:
        raise ValueError(f"{bands} bands of {rows} rows need a 2-d signature array of at least "
                         f"{bands * rows} columns, got shape {signatures.shape}")
    if max_bucket < 2:
        raise ValueError(f"max_bucket must be at least 2, got {max_bucket}")
    live = np.flatnonzero(~_empty_rows(signatures)).astype(np.int64)
    if live.size < 2:
        return np.empty((0, 2), dtype=np.int64)
    width = signatures.shape[1]
    multipliers = np.array([v | 1 for v in _splitmix64(0xBA9D, width)], dtype=np.uint64)
    n = np.int64(signatures.shape[0])
    merged: I64 = np.empty(0, dtype=np.int64)
    pending: list[I64] = []
    pending_size = 0

    def add(pairs: I64) -> None:
        nonlocal merged, pending_size
        if pairs.size:
            pending.append(pairs[:, 0] * n + pairs[:, 1])
            pending_size += pairs.shape[0]
        # Near-identical documents share most bands: merge the repeats before they pile up.
        if pending_size > max(1 << 22, merged.size):
            merged = _distinct(np.concatenate([merged, *pending]))
            pending.clear()
            pending_size = 0

    members, starts, sizes = _runs(_column_keys(signatures, 0, width, multipliers)[live], live)
    add(_run_pairs(members, starts, sizes, max_bucket))
    representatives = np.sort(np.minimum.reduceat(members, starts))
    if representatives.size >= 2:
        for band in range(bands):
            keys = _column_keys(signatures, band * rows, (band + 1) * rows, multipliers)
            add(_run_pairs(*_runs(keys[representatives], representatives), max_bucket))
    codes = _distinct(np.concatenate([merged, *pending]))
    return np.stack([codes // n, codes % n], axis=1)


def estimated_jaccard(signatures: U32, pairs: I64) -> F64:
    """For each pair (i, j), the fraction of permutations on which rows i and j have the same minimum:
    an estimate of the Jaccard similarity of their shingle sets (standard error
    ``sqrt(J * (1 - J) / num_perm)``). A pair with an empty document scores 0.0."""
    m = pairs.shape[0]
    result = np.zeros(m, dtype=np.float64)
    if m == 0:
        return result
    empty = _empty_rows(signatures)
    width = signatures.shape[1]
    # Bounded memory: gathering two rows per pair costs 2 * width * 4 bytes, 64 MB per step at 128
    # permutations.
    step = 65536
    for lo in range(0, m, step):
        part = pairs[lo:lo + step]
        equal = np.count_nonzero(signatures[part[:, 0]] == signatures[part[:, 1]], axis=1)
        result[lo:lo + step] = equal / width
    result[empty[pairs[:, 0]] | empty[pairs[:, 1]]] = 0.0
    return result


def jaccard(a: npt.NDArray[np.uint64], b: npt.NDArray[np.uint64]) -> float:
    """Exact Jaccard similarity |A & B| / |A | B| of two shingle hash sets (duplicates ignored); 0.0 when
    both are empty, matching the sentinel signature, which is similar to nothing."""
    set_a = np.unique(a)
    set_b = np.unique(b)
    shared = np.intersect1d(set_a, set_b, assume_unique=True).size
    union = set_a.size + set_b.size - shared
    return shared / union if union else 0.0
