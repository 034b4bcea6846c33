"""Evaluation against gold sets: one module per task, pure functions over gold and predictions.

``unspin.evaluate.quotes`` scores quotes, speakers and actor-name merging (``unspin evaluate quotes``).
"""
