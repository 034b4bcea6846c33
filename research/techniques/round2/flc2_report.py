"""Per-fold and per-class figures of a tuned flc2 variant (parameters as tuned by flc2_eval.py: folds 2-4 scored
with the folds-0-1 parameters, folds 0-1 with the folds-2-4 parameters).

usage: PYTHONHASHSEED=0 nice -n 19 ../venv/bin/python flc2_report.py <tagname>
"""
import json
import sys

from flc2_eval import TECHNIQUES, Data

name = sys.argv[1]
r = json.load(open(f"result_flc2_{name}_bc.json"))
p01, p234 = eval(r["params01"]), eval(r["params234"])
d = Data(name, "bc")
for k in range(5):
    s = d.score(p01 if k >= 2 else p234, [k])
    print(f"fold {k}: P={s.precision:.3f} R={s.recall:.3f} F1={s.f1:.3f}")
s = d.score(p01, [2, 3, 4])
print(f"{'class':40s} gold  heldout-2-4 P/R/F1")
for c in TECHNIQUES:
    t = s.per_technique[c]
    print(f"{c:40s} {t.gold:5d} {t.precision:.3f} {t.recall:.3f} {t.f1:.3f}")
