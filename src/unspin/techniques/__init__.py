"""Propaganda techniques: the PTC label set, its corpus format and the SemEval-2020 Task 11 metrics.

``labels`` names the 14 technique classes once; ``ptc`` reads the Propaganda Techniques Corpus (articles and
gold spans) and writes/reads its line formats; ``scoring`` computes the official SI, TC and FLC figures as
pure functions. The detector itself (a ``technique`` span layer over a document) builds on these.
"""
