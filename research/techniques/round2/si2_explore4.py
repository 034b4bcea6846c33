"""exploration (optimistic, fold 0 test): how gameable is the span-averaged metric? same token decisions
(hyst 0.16/0.35 and 0.08/0.35), emitted as (a) runs, (b) clause pieces, (c) one span per word token."""
from common import load, score_si, Fragment
from si2_decode import load_probs, runs_of, hyst, hyst_split
corpus, arts = load()
tr, te, inner, test = load_probs(["sx"], 0)
tst = [arts[i] for i in te]; g = [f for f in corpus.si if f.article_id in {a.aid for a in tst}]
def per_token(a, p, low, high):
    out = []
    for s, e in hyst(a, p, low, high, tr=1):
        for i in range(len(a.toks)):
            if a.starts[i] >= s and a.ends[i] <= e and a.toks[i][0].isalnum():
                out.append((int(a.starts[i]), int(a.ends[i])))
    return out
for low in (0.16, 0.08):
    for nm, f in (("runs", lambda a, p: hyst(a, p, low, 0.35, tr=1)), ("clause", lambda a, p: hyst_split(a, p, low, 0.35)),
                  ("per-word", lambda a, p: per_token(a, p, low, 0.35))):
        s = score_si([Fragment(a.aid, x, y) for a, p in zip(tst, test) for x, y in f(a, p)], g)
        print(f"low {low} {nm}: P {s.precision:.3f} R {s.recall:.3f} F1 {s.f1:.4f} n {s.predicted}")
def per_token_touch(a, p, low, high):
    out = []
    for s, e in hyst(a, p, low, high, tr=1):
        idx = [i for i in range(len(a.toks)) if a.starts[i] >= s and a.ends[i] <= e]
        for k, i in enumerate(idx):
            end = a.starts[idx[k + 1]] if k + 1 < len(idx) else a.ends[i]
            out.append((int(a.starts[i]), int(end)))
    return out
s = score_si([Fragment(a.aid, x, y) for a, p in zip(tst, test) for x, y in per_token_touch(a, p, 0.16, 0.35)], g)
print(f"per-word touching (same chars as runs): P {s.precision:.3f} R {s.recall:.3f} F1 {s.f1:.4f} n {s.predicted}")
