"""The technique model: features, decoding, training on an invented corpus, files, and the shipped model."""

from __future__ import annotations

import hashlib
import itertools
import re
from pathlib import Path

import numpy as np
import pytest
from tests.conftest import require_shared

from unspin.document import Document, Span
from unspin.techniques.features import Tokens, char_ngrams, tokenize, unit_of, word_ngrams
from unspin.techniques.labels import TECHNIQUES
from unspin.techniques.model import Decoding, TechniqueModel, hysteresis, load_model, read_model
from unspin.techniques.ptc import Fragment, load_corpus
from unspin.techniques.scoring import score_si
from unspin.techniques.stage import profile, units_of

# -- features ---------------------------------------------------------------------------------------------------


def test_tokens_keep_offsets_and_units() -> None:
    text = "Title here\n\nThey’re wrong. Truly!"
    tokens = tokenize(text, [(0, 10), (12, 26), (27, 33)])
    assert [text[s:e] for s, e in zip(tokens.starts, tokens.ends, strict=True)] == tokens.words
    assert tokens.words == ["Title", "here", "They’re", "wrong", ".", "Truly", "!"]
    assert tokens.unit.tolist() == [0, 0, 1, 1, 1, 2, 2]
    assert tokens.line.tolist() == [0, 0, 2, 2, 2, 2, 2]


def test_tokens_outside_units_get_a_unit_per_line() -> None:
    starts = np.array([0, 5, 20, 30])
    line = np.array([0, 0, 1, 2])
    assert unit_of(starts, [(0, 10)], line).tolist() == [0, 0, 2, 3]


@pytest.mark.parametrize(("text", "expected"), [
    ("Ab", [" a", "ab", "b ", " ab", "ab ", " ab "]),
    ("x", [" x", "x ", " x "]),
])
def test_char_ngrams_pad_each_word(text: str, expected: list[str]) -> None:
    assert char_ngrams(text) == expected


def test_word_ngrams_are_words_and_pairs() -> None:
    assert word_ngrams("The corrupt, corrupt elite") == ["the", "corrupt", "corrupt", "elite", "the corrupt",
                                                         "corrupt corrupt", "corrupt elite"]


# -- decoding ---------------------------------------------------------------------------------------------------


def _tokens(text: str, units: list[tuple[int, int]]) -> Tokens:
    return tokenize(text, units)


def test_hysteresis_keeps_weak_edges_around_a_strong_centre() -> None:
    text = "a b c d e f"
    tokens = _tokens(text, [(0, len(text))])
    probs = np.array([0.1, 0.3, 0.9, 0.3, 0.1, 0.35])
    spans = hysteresis(tokens, probs, Decoding(1, 0.25, 0.5))
    assert [(text[s:e], round(p, 2)) for s, e, p in spans] == [("b c d", 0.9)]


def test_hysteresis_stops_at_a_unit_boundary() -> None:
    text = "a b. c d."
    tokens = _tokens(text, [(0, 4), (5, 9)])
    probs = np.array([0.9, 0.9, 0.9, 0.9, 0.9, 0.9])
    spans = hysteresis(tokens, probs, Decoding(1, 0.5, 0.5))
    assert [text[s:e] for s, e, _ in spans] == ["a b.", "c d."]


# -- training on an invented corpus -----------------------------------------------------------------------------

_LOADED = ["a disgraceful betrayal", "shameless lies", "a catastrophic failure", "despicable cowards"]
_NAMES = ["traitors", "thugs", "clowns", "parasites"]
_PLAIN = ["The committee met on Tuesday to discuss the budget.", "Rainfall was average for the season.",
          "The report lists twelve projects in the north.", "Officials published the figures at noon."]


def _write_corpus(root: Path, n: int = 15) -> None:
    """PTC layout with invented articles: loaded phrases and labels tagged as gold spans."""
    arts = root / "train-articles"
    arts.mkdir(parents=True)
    tc_lines = []
    si_lines = []
    for i in range(n):
        aid = str(1000 + i)
        parts = [f"Invented headline number {i}\n\n"]
        spans: list[tuple[str, int, int]] = []
        for j in range(6):
            plain = _PLAIN[(i + j) % len(_PLAIN)]
            parts.append(plain + " ")
            offset = sum(len(p) for p in parts)
            if j % 2 == 0:
                phrase = _LOADED[(i + j) % len(_LOADED)]
                label = "Loaded_Language"
            else:
                phrase = _NAMES[(i + j) % len(_NAMES)]
                label = "Name_Calling,Labeling"
            sentence = f"Critics called it {phrase} again.\n"
            start = offset + len("Critics called it ")
            spans.append((label, start, start + len(phrase)))
            parts.append(sentence)
        text = "".join(parts)
        (arts / f"article{aid}.txt").write_text(text, encoding="utf-8")
        for label, s, e in spans:
            assert text[s:e] in _LOADED + _NAMES
            tc_lines.append(f"{aid}\t{label}\t{s}\t{e}\n")
            si_lines.append(f"{aid}\t{s}\t{e}\n")
    (root / "train-task-flc-tc.labels").write_text("".join(tc_lines), encoding="utf-8")
    (root / "train-task-si.labels").write_text("".join(si_lines), encoding="utf-8")


@pytest.fixture(scope="module")
def invented(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, TechniqueModel]:
    from unspin.techniques.train import train

    root = tmp_path_factory.mktemp("ptc")
    _write_corpus(root)
    clusters: dict[str, dict[str, int]] = {"256": {}, "1024": {}}
    return root, train(root, clusters=clusters)


def test_trained_model_finds_the_invented_phrases(invented: tuple[Path, TechniqueModel]) -> None:
    root, model = invented
    corpus = load_corpus(root)
    predicted = [Fragment(aid, s, e) for aid, text in corpus.articles.items()
                 for s, e, _ in model.spans(text, [])]
    # In-sample on a trivially separable corpus: the model must have learned it.
    assert score_si(predicted, corpus.si).f1 > 0.8


def test_tc_probabilities_are_a_distribution_and_recover_the_gold_labels(invented: tuple[Path, TechniqueModel]) -> None:
    root, model = invented
    corpus = load_corpus(root)
    text = corpus.articles["1000"]
    gold = [(f.start, f.end) for f in corpus.tc if f.article_id == "1000"]
    probs = model.tc.probabilities(text, [(s, e, 1) for s, e in gold])
    assert probs.shape == (len(gold), 2)
    np.testing.assert_allclose(probs.sum(axis=1), 1.0, rtol=1e-6)
    labels = model.classify(text, gold)
    assert labels == [f.label for f in corpus.tc if f.article_id == "1000"]


def test_saved_model_reads_back_the_same(invented: tuple[Path, TechniqueModel], tmp_path: Path) -> None:
    root, model = invented
    model.save(tmp_path)
    (tmp_path / "clusters.json").write_text('{"256": {}, "1024": {}}', encoding="utf-8")
    again = read_model(tmp_path)
    text = load_corpus(root).articles["1003"]
    assert [(d.start, d.end, d.technique) for d in again.detect(text, [])] == \
        [(d.start, d.end, d.technique) for d in model.detect(text, [])]


def test_training_is_deterministic(invented: tuple[Path, TechniqueModel], tmp_path: Path) -> None:
    from unspin.techniques.train import train

    root, model = invented
    again = train(root, clusters={"256": {}, "1024": {}})
    model.save(tmp_path / "a")
    again.save(tmp_path / "b")
    for name in ("model.json.gz", "weights.npz"):
        digest = [hashlib.sha256((tmp_path / d / name).read_bytes()).hexdigest() for d in "ab"]
        assert digest[0] == digest[1], name


def test_classify_gives_a_span_listed_twice_its_two_best_classes(invented: tuple[Path, TechniqueModel]) -> None:
    root, model = invented
    text = load_corpus(root).articles["1000"]
    start = text.index("Critics")
    labels = model.classify(text, [(start, start + 7), (start, start + 7)])
    assert len(set(labels)) == 2


# -- the shipped model ------------------------------------------------------------------------------------------


def test_shipped_model_loads_once_with_every_class() -> None:
    model = load_model()
    assert load_model() is model
    assert sorted(model.tc.classes) == sorted(TECHNIQUES)
    assert 0 < model.si.decoding.low <= model.si.decoding.high < 1


def test_shipped_model_marks_loaded_words_in_an_invented_article() -> None:
    text = ("Shameful traitors sell out our nation\n\n"
            "The corrupt, treasonous elite has betrayed every hard-working family in this country. "
            "These despicable cowards lie without shame, and the evil globalists cheer them on. "
            "The council approved the annual budget on Tuesday after a short debate.")
    found = load_model().detect(text, [])
    assert found, "no technique at all in a text written to be loaded"
    for d in found:
        assert 0 <= d.start < d.end <= len(text)
        assert 0.0 <= d.score <= 1.0
        assert d.technique in TECHNIQUES
    covered = " ".join(text[d.start:d.end] for d in found).lower()
    assert any(w in covered for w in ("traitors", "despicable", "treasonous", "evil", "corrupt"))
    assert "annual budget" not in covered


def test_shipped_model_scores_ptc_articles_above_a_floor() -> None:
    """A sanity floor, in-sample (the shipped model saw these articles): the real figures are out-of-fold."""
    root = require_shared("data", "ptc")
    corpus = load_corpus(root)
    ids = sorted(corpus.articles)[:25]
    model = load_model()
    predicted = [Fragment(a, s, e) for a in ids for s, e, _ in model.spans(corpus.articles[a], [])]
    assert score_si(predicted, [f for f in corpus.si if f.article_id in ids]).f1 > 0.3


# -- the stage and its profile -----------------------------------------------------------------------------------


def test_profile_counts_densities_and_strongest_evidence() -> None:
    text = "Head line\n\nOne two three four.\n\nFive six seven eight nine ten."
    doc = Document(text)
    doc.add([Span(0, 9, "headline"), Span(11, 30, "paragraph"), Span(32, len(text), "paragraph")])
    spans = [Span(11, 14, "technique", "Loaded_Language", 0.8),
             Span(15, 18, "technique", "Loaded_Language", 0.9),
             Span(32, 36, "technique", "Doubt", 0.4)]
    prof = profile(doc, spans)
    assert prof["words"] == 12
    assert prof["article"]["counts"] == {"Loaded_Language": 2, "Doubt": 1}
    assert prof["article"]["per_1000_words"]["Loaded_Language"] == pytest.approx(166.67)
    assert prof["article"]["strongest"]["Loaded_Language"]["text"] == "two"
    assert [p["kind"] for p in prof["paragraphs"]] == ["headline", "paragraph", "paragraph"]
    assert [sum(p["counts"].values()) for p in prof["paragraphs"]] == [0, 2, 1]


def test_units_are_headline_and_sentences_without_overlap() -> None:
    doc = Document("Head\n\nA b. C d.")
    doc.add([Span(0, 4, "headline"), Span(6, 10, "sentence"), Span(11, 15, "sentence"), Span(6, 15, "paragraph"),
             Span(7, 9, "sentence")])
    assert units_of(doc) == [(0, 4), (6, 10), (11, 15)]


def test_stage_skips_a_text_in_another_language() -> None:
    from unspin import analyze

    doc = analyze("Le gouvernement a annoncé hier que les travaux de la route nationale commenceront en mai, "
                  "selon le ministère des transports, qui a publié les chiffres.")
    assert doc.labels["language"] == "fr"
    assert "skipped" in doc.labels["techniques"]
    assert not doc.layer("technique")


def test_every_technique_span_is_exact_evidence() -> None:
    from unspin import analyze

    text = "THE ELITE LIES AGAIN!\n\nThis shameful, disgraceful plan will destroy our great nation forever."
    doc = analyze(text)
    assert doc.labels["techniques"]["spans"] == len(doc.layer("technique"))
    for span in doc.layer("technique"):
        assert span.label in TECHNIQUES
        assert span.score is not None and 0 <= span.score <= 1
        assert text[span.start:span.end].strip() == text[span.start:span.end]


def test_pairs_of_classes_are_distinct_per_span() -> None:
    found = load_model().detect("The shameless, corrupt traitors betrayed us all!", [])
    keyed = sorted((d.start, d.end, d.technique) for d in found)
    for (a, b) in itertools.pairwise(keyed):
        assert a != b


def test_taggers_find_their_own_class_on_the_invented_corpus(invented: tuple[Path, TechniqueModel]) -> None:
    root, model = invented
    assert model.si.outputs[0] == "si"
    assert "Loaded_Language" in model.si.outputs
    text = load_corpus(root).articles["1002"]
    found = model.detect(text, [])
    tagged = {(text[d.start:d.end], d.technique) for d in found if d.source == "tagger"}
    assert any(phrase in _LOADED and label == "Loaded_Language" for phrase, label in tagged)
    assert any(phrase in _NAMES and label == "Name_Calling,Labeling" for phrase, label in tagged)


def test_a_class_absent_from_training_never_fires(invented: tuple[Path, TechniqueModel]) -> None:
    _, model = invented
    j = model.si.outputs.index("Slogans")
    assert model.si.bias[j] < -10
    assert not np.any(model.si.sparse_weights[:, j])


def test_clause_split_cuts_at_commas_and_trims_marks() -> None:
    text = "the vile, corrupt “elite” lies"
    tokens = _tokens(text, [(0, len(text))])
    probs = np.array([0.3, 0.9, 0.5, 0.3, 0.3, 0.8, 0.3, 0.1])
    assert tokens.words == ["the", "vile", ",", "corrupt", "“", "elite", "”", "lies"]
    whole = hysteresis(tokens, probs, Decoding(1, 0.25, 0.5))
    assert [text[s:e] for s, e, _ in whole] == ["the vile, corrupt “elite”"]
    split = hysteresis(tokens, probs, Decoding(1, 0.25, 0.5, split=True))
    assert [text[s:e] for s, e, _ in split] == ["the vile", "elite"]


def test_character_overlap_counts_each_character_once() -> None:
    from unspin.techniques.train import char_overlap

    p, r, f = char_overlap([Fragment("1", 0, 10), Fragment("1", 5, 10)], [Fragment("1", 5, 15)])
    assert (p, r) == (0.5, 0.5)
    assert f == pytest.approx(0.5)


def _analyst_evidence(notes: str) -> dict[str, list[str]]:
    """Technique -> quoted evidence, from the "How it persuades" list of an example's analyst notes."""
    section = notes.split("## How it persuades", 1)[1].split("\n## ", 1)[0]
    out: dict[str, list[str]] = {}
    for technique, body in re.findall(r"^- ([\w,\-]+): (.*?)(?=^- |\Z)", section, re.M | re.S):
        if technique in TECHNIQUES:
            out[technique] = re.findall(r'"(.+?)"(?=[,.;\s)]|$)', " ".join(body.split()))
    return out


def test_tass_mosul_techniques_are_found_near_the_analysts_evidence() -> None:
    """Issue 4 asks that most techniques the notes list be found on or near the evidence they give.

    "Near" = a span of that technique within 150 characters of a quoted piece of evidence (the notes quote
    short phrases; annotators and the model cut spans differently). A technique listed without a quotable
    phrase counts when the model finds it anywhere in the article.

    Measured with the shipped model (v4): 2 of the 6 (Doubt 147 characters away, Loaded_Language on it);
    Appeal_to_fear and Name_Calling are found 173 and 194 characters away, Exaggeration and Whataboutism are
    missed. The issue's "most" is NOT met; this test holds the floor so that a regression shows.
    """
    examples = require_shared("examples")
    text = (examples / "tass-mosul-2017-04-02.txt").read_text(encoding="utf-8")
    listed = _analyst_evidence((examples / "tass-mosul-2017-04-02.md").read_text(encoding="utf-8"))
    assert len(listed) >= 5
    from unspin import analyze

    spans = analyze(text).layer("technique")
    found = []
    for technique, phrases in listed.items():
        mine = [s for s in spans if s.label == technique]
        places = [(i, i + len(p)) for p in phrases if (i := text.find(p)) >= 0]
        if not places:
            hit = bool(mine)
        else:
            hit = any(s.start - 150 <= e and a - 150 <= s.end for s in mine for a, e in places)
        found.append(hit)
    assert sum(found) >= 2, dict(zip(listed, found, strict=True))


@pytest.mark.parametrize("n", [1, 2, 3, 4])
def test_smoothing_keeps_the_length_of_short_texts(n: int) -> None:
    text = " ".join("w" * (i + 1) for i in range(n))
    tokens = _tokens(text, [(0, len(text))])
    spans = hysteresis(tokens, np.full(n, 0.9), Decoding(3, 0.2, 0.5))
    assert [(s, e) for s, e, _ in spans] == [(0, len(text))]


def test_si_output_mixes_the_si_column_with_the_strongest_tagger(invented: tuple[Path, TechniqueModel]) -> None:
    root, model = invented
    assert model.si_output is not None
    alpha, decoding = model.si_output
    text = load_corpus(root).articles["1001"]
    tokens = tokenize(text, [])
    probs = model.si.token_probabilities(tokens)
    mixed = (1 - alpha) * probs[:, 0] + alpha * probs[:, 1:].max(axis=1)
    assert model.spans(text, []) == hysteresis(tokens, mixed, decoding)
    assert load_model().si_output is not None


def test_unit_texts_follow_the_text_order() -> None:
    text = "Head line\n\nOne two. Three four!"
    tokens = tokenize(text, [(0, 9), (11, 19), (20, 31)])
    order, texts = tokens.unit_texts()
    assert order.tolist() == [0, 1, 2]
    assert texts == ["Head line", "One two.", "Three four!"]


def test_sentence_columns_read_the_unit_and_its_neighbours() -> None:
    from unspin.techniques.features import SENTENCE_FEATURES, sentence_columns

    tokens = tokenize("a b. c d. e f.", [(0, 4), (5, 9), (10, 14)])
    cols = sentence_columns(tokens, np.array([0, 1, 2]), np.array([0.1, 0.9, 0.5]))
    assert cols.shape == (len(tokens), len(SENTENCE_FEATURES))
    third = tokens.words.index("c")
    assert cols[third, :3].tolist() == pytest.approx([0.9, 0.1, 0.5])
    assert cols[third, 4:].tolist() == [0, 0, 0, 0, 1]


def test_shipped_model_uses_its_sentence_model() -> None:
    model = load_model()
    assert model.si.sentence is not None and model.si.featurizer.n_sentence == 9
    probs = model.si.sentence.probabilities(["The council met on Tuesday.", "These traitors lie and lie!"])
    assert probs[1] > probs[0]
