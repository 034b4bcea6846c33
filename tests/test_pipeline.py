"""The whole pipeline on arbitrary text: it never crashes, and every span points inside the text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import unspin
from unspin.pipeline import STAGES

# Text drawn from the characters that drive the rules: letters of both scripts, capitals, initials,
# quote marks of every style, dashes, periods, slashes, digits and line breaks.
ALPHABET = st.sampled_from([
    *"aeoAVTDМОСКВАмоскваSsr .,;:!?-—–/\"'“”‘’«»„‹›()0123456789\n\t\xa0\ufeff",
    "TASS", "Ministry", "said", "сказал", "MOSCOW", "April", "Reuters", " — said ", "Mr. ", "He ",
])
TEXTS = st.lists(ALPHABET, max_size=120).map("".join)


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_analyze_never_crashes_and_spans_stay_inside(text: str) -> None:
    doc = unspin.analyze(text)
    for span in doc.spans:
        assert 0 <= span.start <= span.end <= len(text), span
    assert doc.text == text


def test_stage_order_is_the_documented_one() -> None:
    assert [name for name, _ in STAGES] == ["anatomy", "segment", "language", "mt", "actors", "quotes",
                                                "techniques"]
