"""Quotes: who said what, as ``quote`` spans with their cue and speaker.

``annotate_quotes(doc, *, settings)`` runs after the actors stage and adds spans of layer ``quote``, labelled
``direct`` (the words between quotation marks, without the marks) or ``reported`` (the clause a cue reports),
with ``attrs = {"speaker": actor id or None, "speaker_span": [s, e] or None, "cue": [s, e] or None}`` and a
confidence ``score``. See :mod:`unspin.quotes.finder` for the steps and ``tests/gold/quotes/README.md`` for the
conventions the spans follow.
"""

from unspin.quotes.finder import annotate_quotes, find_quotes
from unspin.quotes.marks import MarkedQuote, find_marked_quotes

__all__ = ["MarkedQuote", "annotate_quotes", "find_marked_quotes", "find_quotes"]
