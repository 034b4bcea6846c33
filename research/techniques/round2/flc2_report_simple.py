"""Per-fold and per-class figures of the flc2_simple variant (folds 2-4 with the folds-0-1 parameters, folds 0-1
with the folds-2-4 parameters).  usage: ... flc2_report_simple.py <tagname>"""
import json
import sys

from common import score_flc
from flc2_eval import TECHNIQUES, Data

name = sys.argv[1]
r = json.load(open(f"result_flc2simple_{name}.json"))
d = Data(name, "bc")
tagged = d.tag["classes"]


def params(dec, second, t, tag):
    return dict(dec=dec, second=second, t={c: (None if c in tagged else t) for c in TECHNIQUES}, tag=tag)


p01, p234 = params(*eval(r["params01"])), params(*eval(r["params234"]))
print("params01", r["params01"]); print("params234", r["params234"])
for k in range(5):
    s = d.score(p01 if k >= 2 else p234, [k])
    print(f"fold {k}: P={s.precision:.3f} R={s.recall:.3f} F1={s.f1:.3f}")
held = d.score(p01, [2, 3, 4])
allf = score_flc(d.predict(p01, [2, 3, 4]) + d.predict(p234, [0, 1]), d.corpus.tc)
print(f"{'class':38s} gold(2-4) held-out 2-4 P / R / F1 | all folds (cross-tuned) P / R / F1")
for c in TECHNIQUES:
    t, u = held.per_technique[c], allf.per_technique[c]
    print(f"{c:38s} {t.gold:5d}  {t.precision:.3f} {t.recall:.3f} {t.f1:.3f} | {u.precision:.3f} {u.recall:.3f} {u.f1:.3f}")
print(f"all: held-out 2-4 {held.precision:.3f} {held.recall:.3f} {held.f1:.3f} | cross {allf.precision:.3f} "
      f"{allf.recall:.3f} {allf.f1:.3f}")
