"""Evaluation against hand-made gold sets: one module per task, pure functions over gold and predictions.

``unspin.evaluate.quotes`` scores quotes, speakers and actor-name merging (``unspin evaluate quotes``).
"""

from unspin.evaluate.quotes import (
    GoldActor,
    GoldArticle,
    GoldQuote,
    MergeScore,
    QuoteScores,
    SpanScore,
    SpeakerScore,
    evaluate_quotes,
    gold_document,
    load_gold,
    score_quotes,
)

__all__ = [
    "GoldActor",
    "GoldArticle",
    "GoldQuote",
    "MergeScore",
    "QuoteScores",
    "SpanScore",
    "SpeakerScore",
    "evaluate_quotes",
    "gold_document",
    "load_gold",
    "score_quotes",
]
