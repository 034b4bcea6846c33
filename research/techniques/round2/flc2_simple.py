"""Few-parameter decoding for flc2 (robustness check of the per-class coordinate ascent): tagged classes come only
from their taggers with ONE shared (lo, hi); all other classes from the span path with ONE shared threshold t;
plus dec and second. Exhaustive grid on folds 0-1 -> report folds 2-4, and the reverse.

usage: PYTHONHASHSEED=0 nice -n 19 ../venv/bin/python flc2_simple.py <tagname>
"""
import itertools
import json
import sys

from common import score_flc
from flc2_eval import SECOND_GRID, TECHNIQUES, Data, fmt

# shared tagger grid, extended below the per-class grid's corner (0.1, 0.2) where both tunings landed
TAG_GRID = [(lo, hi) for lo in (0.04, 0.06, 0.08, 0.1, 0.15, 0.2) for hi in (0.1, 0.15, 0.2, 0.25, 0.3, 0.4) if hi >= lo]

name = sys.argv[1]
d = Data(name, "bc")
tagged = d.tag["classes"]


def params(dec, second, t, tag):
    return dict(dec=dec, second=second, t={c: (None if c in tagged else t) for c in TECHNIQUES},
                tag={c: tag for c in tagged})


def tune(ks):
    gold = d.gold(ks)
    best = (-1, None)
    # stage 1: tagger params with span defaults; stage 2: span params with the chosen tagger params
    for tag in TAG_GRID:
        f = d.score(params((1, 0.16, 0.35), 2.0, 0.4, tag), ks, gold).f1
        best = max(best, (f, tag))
    tag = best[1]
    best = (-1, None)
    for dec, second, t in itertools.product(d.decs, SECOND_GRID, [0.0, 0.2, 0.3, 0.4, 0.5, 0.6]):
        f = d.score(params(dec, second, t, tag), ks, gold).f1
        best = max(best, (f, (dec, second, t)))
    return params(*best[1], tag), best[0]


p01, f01 = tune([0, 1])
p234, f234 = tune([2, 3, 4])
held = d.score(p01, [2, 3, 4])
both = d.predict(p01, [2, 3, 4]) + d.predict(p234, [0, 1])
res = dict(tag=name, tuned01_on01=round(f01, 4), tuned01_held234=fmt(held),
           tuned234_held0=fmt(d.score(p234, [0])), cross_all=fmt(score_flc(both, d.corpus.tc)),
           per_class_held234={c: round(held.per_technique[c].f1, 3) for c in TECHNIQUES},
           params01=repr((p01["dec"], p01["second"], p01["t"][TECHNIQUES[0]], p01["tag"])),
           params234=repr((p234["dec"], p234["second"], p234["t"][TECHNIQUES[0]], p234["tag"])))
print(json.dumps(res, indent=1))
json.dump(res, open(f"result_flc2simple_{name}.json", "w"), indent=1)
