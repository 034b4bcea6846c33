"""SI of the shipped recipe's task-SI output (mix of the SI column and the strongest tagger), from the out-of-fold
token probabilities that dump.py saved: all folds, folds 2-4 (never seen by the choice), characters."""
import numpy as np
from pathlib import Path
from unspin.techniques import train as T
from unspin.techniques.ptc import load_corpus, Fragment
from unspin.techniques.model import hysteresis
from unspin.techniques.scoring import score_si
corpus = load_corpus(Path('/work/shared/data/ptc')); arts = T.prepare(corpus)
P = np.load('/work/experiments/pkgcv/oof_v4.npz')
splits = T.group_folds(len(arts), 5)
pred = []
for a in arts:
    p = P[a.id].astype(np.float64)
    q = (1 - T.SI_OUTPUT_ALPHA) * p[:, 0] + T.SI_OUTPUT_ALPHA * p[:, 1:].max(1)
    pred += [Fragment(a.id, s, e) for s, e, _ in hysteresis(a.tokens, q, T.SI_OUTPUT_DECODING)]
later = {arts[i].id for _, te in splits[2:] for i in te}
allf = score_si(pred, corpus.si)
f24 = score_si([f for f in pred if f.article_id in later], [f for f in corpus.si if f.article_id in later])
print(f"all folds P {allf.precision:.4f} R {allf.recall:.4f} F1 {allf.f1:.4f}")
print(f"folds 2-4 P {f24.precision:.4f} R {f24.recall:.4f} F1 {f24.f1:.4f}")
print("characters (control): P %.4f R %.4f F1 %.4f" % T.char_overlap(pred, corpus.si))
for k, (_, te) in enumerate(splits):
    ids = {arts[i].id for i in te}
    print(k, round(score_si([f for f in pred if f.article_id in ids], [f for f in corpus.si if f.article_id in ids]).f1, 4))
