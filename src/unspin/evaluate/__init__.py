"""Evaluation against gold sets: one module per task, pure functions over gold and predictions.

``unspin.evaluate.quotes`` scores quotes, speakers and actor-name merging (``unspin evaluate quotes``).
``unspin.evaluate.stories`` scores story grouping, earliest sources and relations (``unspin evaluate stories``),
with the plain-MinHash peer; ``unspin.evaluate.story_corpus`` generates synthetic gold stories.
"""
