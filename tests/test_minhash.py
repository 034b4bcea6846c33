"""MinHash fingerprints: shingles, signatures, LSH candidates and the Jaccard estimate."""

from __future__ import annotations

import math
import os
import subprocess
import sys

import numpy as np
import numpy.typing as npt
import pytest

from unspin.provenance.minhash import (
    SENTINEL,
    MinHasher,
    estimated_jaccard,
    jaccard,
    lsh_candidates,
    shingle_hashes,
)

NUM_PERM = 128
HASHER = MinHasher(NUM_PERM, seed=1)

# Invented texts.
HARBOUR = ("The harbour authority of Velmora said on Tuesday that the northern pier will stay closed until "
           "engineers finish checking the cracked pilings, a repair that could take most of the summer season.")
HARBOUR_SHOUTED = ("THE HARBOUR AUTHORITY OF VELMORA SAID ON TUESDAY THAT THE NORTHERN PIER WILL STAY CLOSED "
                   "UNTIL ENGINEERS FINISH CHECKING THE CRACKED PILINGS -- A REPAIR THAT COULD TAKE MOST OF THE "
                   "SUMMER SEASON!")
CYRILLIC = "Городской совет Зарецка в среду утвердил новый план ремонта старого моста через реку."


def random_set(rng: np.random.Generator, size: int) -> npt.NDArray[np.uint64]:
    return rng.integers(0, 2**63, size, dtype=np.uint64)


def pair_with_jaccard(rng: np.random.Generator, shared: int, only_a: int, only_b: int
                      ) -> tuple[npt.NDArray[np.uint64], npt.NDArray[np.uint64]]:
    pool = random_set(rng, shared + only_a + only_b)
    return pool[:shared + only_a], np.concatenate([pool[:shared], pool[shared + only_a:]])


def binomial_tolerance(j: float, num_perm: int = NUM_PERM) -> float:
    # Five standard errors of the binomial estimate plus one permutation's worth for rounding: a correct
    # estimator fails this about once in two million draws.
    return 5 * math.sqrt(j * (1 - j) / num_perm) + 1 / num_perm


def random_text(rng: np.random.Generator, words: int) -> str:
    letters = np.array(list("abcdefghijklmnopqrstuvwxyz"))
    return " ".join("".join(rng.choice(letters, int(rng.integers(2, 9)))) for _ in range(words))


# --- shingles -------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "k", "count"), [
    ("", 5, 0),
    ("   ,;  ", 5, 0),
    ("word", 5, 1),
    ("three small words", 5, 1),
    ("one two three four five", 5, 1),
    ("one two three four five six", 5, 2),
    ("one two three four five six", 1, 6),
    ("a a a a a a a a", 5, 1),          # repeated shingles are kept once
    (CYRILLIC, 5, 9),                   # 13 Cyrillic words -> 9 shingles
    (CYRILLIC, 3, 11),
])
def test_shingle_count(text: str, k: int, count: int) -> None:
    hashes = shingle_hashes(text, k)
    assert hashes.dtype == np.uint64
    assert hashes.size == count
    assert (np.diff(hashes.astype(np.float64)) > 0).all()  # sorted, distinct


@pytest.mark.parametrize(("left", "right"), [
    (HARBOUR, HARBOUR_SHOUTED),                              # case and punctuation do not matter
    ("Совет ЗАРЕЦКА утвердил план", "совет зарецка — утвердил «план»"),
    ("café au lait tous les matins", "cafe\u0301 au lait tous les matins"),   # decomposed accent (NFKC)
    ("ﬁnal score was ３ to １ today", "final score was 3 to 1 today"),       # ligature, full-width digits
])
def test_equivalent_texts_have_the_same_shingles(left: str, right: str) -> None:
    assert shingle_hashes(left).tolist() == shingle_hashes(right).tolist()


@pytest.mark.parametrize(("left", "right"), [
    ("one two three four five", "five four three two one"),   # order matters inside a shingle
    ("one two three", "one two three four"),                  # short texts differ by their words
    ("мост", "мосты"),
])
def test_different_texts_have_different_shingles(left: str, right: str) -> None:
    assert set(shingle_hashes(left).tolist()).isdisjoint(shingle_hashes(right).tolist())


@pytest.mark.parametrize("k", [0, 17])
def test_shingle_size_is_checked(k: int) -> None:
    with pytest.raises(ValueError, match="k must be"):
        shingle_hashes(HARBOUR, k)


# --- signatures -----------------------------------------------------------------------------------------

def test_signature_shape_and_type() -> None:
    signatures = HASHER.signatures([shingle_hashes(HARBOUR), shingle_hashes(CYRILLIC)])
    assert signatures.shape == (2, NUM_PERM)
    assert signatures.dtype == np.uint32
    assert signatures.flags.c_contiguous


def test_identical_texts_give_identical_signatures() -> None:
    signatures = HASHER.signatures([shingle_hashes(t) for t in (HARBOUR, CYRILLIC, HARBOUR_SHOUTED)])
    assert signatures[0].tolist() == signatures[2].tolist()
    assert signatures[0].tolist() != signatures[1].tolist()


def test_empty_sets_get_the_sentinel_and_do_not_disturb_neighbours() -> None:
    sets = [shingle_hashes(""), shingle_hashes(HARBOUR), shingle_hashes(""), shingle_hashes("word")]
    signatures = HASHER.signatures(sets)
    assert (signatures[0] == SENTINEL).all() and (signatures[2] == SENTINEL).all()
    assert signatures[1].tolist() == HASHER.signatures([sets[1]])[0].tolist()
    assert signatures[3].tolist() == HASHER.signatures([sets[3]])[0].tolist()
    assert not (signatures[3] == SENTINEL).any()
    assert HASHER.signatures([]).shape == (0, NUM_PERM)


def test_batch_equals_one_by_one_across_chunks_and_groups(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = np.random.default_rng(7)
    sets = [random_set(rng, int(size)) for size in rng.integers(0, 400, 60)] + [random_set(rng, 50_000)]
    alone = np.stack([HASHER.signatures([s])[0] for s in sets])
    # Small groups and chunks force documents to straddle both boundaries.
    monkeypatch.setattr(MinHasher, "_GROUP", 1000)
    monkeypatch.setattr(MinHasher, "_CHUNK_VALUES", 300 * NUM_PERM)
    assert (HASHER.signatures(sets) == alone).all()


def test_signature_ignores_order_and_duplicates() -> None:
    rng = np.random.default_rng(3)
    values = random_set(rng, 200)
    shuffled = np.concatenate([rng.permutation(values), values[:50]])
    signatures = HASHER.signatures([values, shuffled])
    assert signatures[0].tolist() == signatures[1].tolist()


def test_signatures_are_deterministic_for_a_seed() -> None:
    sets = [shingle_hashes(HARBOUR), shingle_hashes(CYRILLIC)]
    first = MinHasher(NUM_PERM, seed=1).signatures(sets)
    assert (MinHasher(NUM_PERM, seed=1).signatures(sets) == first).all()
    other = MinHasher(NUM_PERM, seed=2).signatures(sets)
    assert np.count_nonzero(other == first) < 4


def test_signatures_are_stable_across_processes() -> None:
    # A store compares signatures written by other processes: no salted hash() may leak in, whatever
    # PYTHONHASHSEED is.
    code = ("from unspin.provenance.minhash import MinHasher, shingle_hashes; import sys; "
            "print(MinHasher(16).signatures([shingle_hashes(sys.argv[1])])[0].tolist())")
    outputs = set()
    for hash_seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": hash_seed}
        done = subprocess.run([sys.executable, "-c", code, CYRILLIC], capture_output=True, text=True,
                              env=env, check=True)
        outputs.add(done.stdout.strip())
    assert outputs == {str(MinHasher(16).signatures([shingle_hashes(CYRILLIC)])[0].tolist())}


def test_fingerprints_are_pinned() -> None:
    # Stored signatures depend on these exact values: if this fails on purpose, bump FINGERPRINT_VERSION.
    assert shingle_hashes("one two three four five").tolist() == [PINNED_SHINGLE]
    assert MinHasher(4, seed=1).signatures([np.array([1, 2, 3], dtype=np.uint64)])[0].tolist() == PINNED_SIGNATURE


PINNED_SHINGLE = 9389069658616584499
PINNED_SIGNATURE = [1084873835, 560449415, 114348249, 1871436199]


@pytest.mark.parametrize("num_perm", [0, -3])
def test_num_perm_is_checked(num_perm: int) -> None:
    with pytest.raises(ValueError, match="num_perm"):
        MinHasher(num_perm)


# --- the Jaccard estimate -------------------------------------------------------------------------------

@pytest.mark.parametrize(("shared", "only_a", "only_b"), [
    (0, 100, 100),      # J = 0
    (20, 90, 90),       # J = 0.1
    (60, 70, 70),       # J = 0.3
    (100, 50, 50),      # J = 0.5
    (400, 50, 50),      # J = 0.8
    (950, 25, 25),      # J = 0.95
    (300, 0, 0),        # J = 1
    (40, 5, 1500),      # very unequal sizes
])
def test_estimate_is_close_to_exact(shared: int, only_a: int, only_b: int) -> None:
    rng = np.random.default_rng(shared * 7919 + only_b)
    a, b = pair_with_jaccard(rng, shared, only_a, only_b)
    exact = jaccard(a, b)
    assert exact == pytest.approx(shared / (shared + only_a + only_b))
    estimate = estimated_jaccard(HASHER.signatures([a, b]), np.array([[0, 1]]))[0]
    assert abs(estimate - exact) <= binomial_tolerance(exact), (estimate, exact)


def test_estimate_is_unbiased_with_binomial_variance() -> None:
    # Many independent pairs at J = 0.5: the mean must sit on J and the spread must match the binomial
    # J (1 - J) / num_perm. Correlated permutations would show up as a larger spread.
    rng = np.random.default_rng(11)
    pairs_count = 400
    sets: list[npt.NDArray[np.uint64]] = []
    for _ in range(pairs_count):
        sets.extend(pair_with_jaccard(rng, 100, 50, 50))
    pairs = np.arange(2 * pairs_count).reshape(-1, 2)
    estimates = estimated_jaccard(HASHER.signatures(sets), pairs)
    variance = 0.5 * 0.5 / NUM_PERM
    assert abs(estimates.mean() - 0.5) < 4 * math.sqrt(variance / pairs_count)
    assert 0.75 < estimates.var() / variance < 1.3


def test_estimate_on_texts() -> None:
    rng = np.random.default_rng(5)
    base = random_text(rng, 120).split()
    edited = base.copy()
    for position in (10, 40, 70, 100):
        edited[position] = "changed"
    sets = [shingle_hashes(" ".join(base)), shingle_hashes(" ".join(edited))]
    exact = jaccard(*sets)
    assert exact == pytest.approx(96 / 136)   # 4 edits kill 20 of 116 shingles on each side
    estimate = estimated_jaccard(HASHER.signatures(sets), np.array([[0, 1]]))[0]
    assert abs(estimate - exact) <= binomial_tolerance(exact)


def test_empty_documents_are_similar_to_nothing() -> None:
    signatures = HASHER.signatures([shingle_hashes(""), shingle_hashes(""), shingle_hashes(HARBOUR)])
    assert estimated_jaccard(signatures, np.array([[0, 1], [0, 2], [1, 2]])).tolist() == [0.0, 0.0, 0.0]
    assert jaccard(shingle_hashes(""), shingle_hashes("")) == 0.0
    assert estimated_jaccard(signatures, np.empty((0, 2), dtype=np.int64)).shape == (0,)


@pytest.mark.parametrize(("a", "b", "expected"), [
    ([1, 2, 3], [2, 3, 4], 0.5),
    ([1, 1, 2], [2, 2, 1], 1.0),      # duplicates ignored
    ([5], [6], 0.0),
    ([], [7], 0.0),
])
def test_exact_jaccard(a: list[int], b: list[int], expected: float) -> None:
    assert jaccard(np.array(a, dtype=np.uint64), np.array(b, dtype=np.uint64)) == expected


def test_agrees_with_datasketch_in_expectation() -> None:
    datasketch = pytest.importorskip("datasketch")
    rng = np.random.default_rng(13)
    ours: list[float] = []
    theirs: list[float] = []
    texts: list[list[bytes]] = []
    hashes: list[npt.NDArray[np.uint64]] = []
    for shared, only in ((80, 20), (50, 50), (30, 70), (120, 10)):
        words = random_text(rng, shared + 2 * only + 8).split()
        a_words = words[:shared + only + 4]
        b_words = words[:shared + 4] + words[shared + only + 4:]
        for side in (a_words, b_words):
            text = " ".join(side)
            tokens = text.split()
            texts.append([" ".join(tokens[i:i + 5]).encode() for i in range(len(tokens) - 4)])
            hashes.append(shingle_hashes(text))
    signatures = HASHER.signatures(hashes)
    sketches = datasketch.MinHash.bulk(texts, num_perm=NUM_PERM)
    for left in range(0, len(texts), 2):
        exact = len(set(texts[left]) & set(texts[left + 1])) / len(set(texts[left]) | set(texts[left + 1]))
        assert jaccard(hashes[left], hashes[left + 1]) == pytest.approx(exact)   # the same shingle sets
        ours.append(float(estimated_jaccard(signatures, np.array([[left, left + 1]]))[0]))
        theirs.append(float(sketches[left].jaccard(sketches[left + 1])))
        # Each is within the binomial tolerance of the truth, so they agree within twice that.
        assert abs(ours[-1] - exact) <= binomial_tolerance(exact)
        assert abs(theirs[-1] - exact) <= binomial_tolerance(exact)
    assert ours != theirs   # different permutations: agreement in expectation, not value by value


# --- LSH ------------------------------------------------------------------------------------------------

def test_lsh_finds_a_planted_near_duplicate_and_nothing_else() -> None:
    rng = np.random.default_rng(17)
    texts = [random_text(rng, int(rng.integers(80, 150))) for _ in range(2000)]
    words = texts[17].split()
    words[30] = "altered"
    words[90] = "wording"
    texts.append(" ".join(words))
    signatures = HASHER.signatures([shingle_hashes(t) for t in texts])
    pairs = lsh_candidates(signatures, bands=16, rows=8)
    assert pairs.tolist() == [[17, 2000]]
    assert estimated_jaccard(signatures, pairs)[0] > 0.7


def test_lsh_output_is_sorted_unique_and_ordered() -> None:
    sets = [shingle_hashes(HARBOUR)] * 3 + [shingle_hashes(CYRILLIC)] * 2
    pairs = lsh_candidates(HASHER.signatures(sets), bands=32, rows=4)
    assert pairs.dtype == np.int64
    assert pairs.tolist() == [[0, 1], [0, 2], [1, 2], [3, 4]]


def test_lsh_caps_huge_buckets_with_a_star() -> None:
    sets = [shingle_hashes("")] + [shingle_hashes(HARBOUR)] * 100
    signatures = HASHER.signatures(sets)
    star = lsh_candidates(signatures, bands=16, rows=8, max_bucket=10)
    assert star.tolist() == [[1, j] for j in range(2, 101)]
    everything = lsh_candidates(signatures, bands=16, rows=8, max_bucket=100)
    assert everything.shape == (100 * 99 // 2, 2)


def test_lsh_never_pairs_empty_documents() -> None:
    signatures = HASHER.signatures([shingle_hashes("")] * 50 + [shingle_hashes("word")])
    assert lsh_candidates(signatures, bands=16, rows=8).shape == (0, 2)


@pytest.mark.parametrize(("bands", "rows", "max_bucket", "message"), [
    (0, 8, 32, "positive"),
    (16, 9, 32, "columns"),
    (16, 8, 1, "max_bucket"),
])
def test_lsh_arguments_are_checked(bands: int, rows: int, max_bucket: int, message: str) -> None:
    signatures = HASHER.signatures([shingle_hashes(HARBOUR)])
    with pytest.raises(ValueError, match=message):
        lsh_candidates(signatures, bands, rows, max_bucket=max_bucket)


def test_lsh_pairs_a_near_copy_with_the_earliest_of_identical_copies() -> None:
    rng = np.random.default_rng(23)
    words = random_text(rng, 120).split()
    edited = words.copy()
    edited[60] = "altered"
    original = shingle_hashes(" ".join(words))
    sets = [shingle_hashes(random_text(rng, 100)), original, original, shingle_hashes(" ".join(edited)), original]
    pairs = lsh_candidates(HASHER.signatures(sets), bands=32, rows=4)
    # The three identical copies pair with each other; the near copy only with the earliest of them.
    assert pairs.tolist() == [[1, 2], [1, 3], [1, 4], [2, 4]]


@pytest.mark.parametrize(("num_perm", "bands", "rows"), [(128, 42, 3), (64, 16, 4), (96, 8, 12)])
def test_lsh_with_other_layouts(num_perm: int, bands: int, rows: int) -> None:
    rng = np.random.default_rng(29)
    a, b = pair_with_jaccard(rng, 500, 5, 5)
    sets = [a, random_set(rng, 300), b, random_set(rng, 300)]
    pairs = lsh_candidates(MinHasher(num_perm).signatures(sets), bands=bands, rows=rows)
    assert pairs.tolist() == [[0, 2]]
