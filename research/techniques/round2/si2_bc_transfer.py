"""si2: the study's bc test probabilities (oof_si_bc.pkl) decoded with ht / hs, with each fold's decoding
parameters chosen on the inner-OOF probs of the sx model of that fold (never the test fold; a transfer, since bc's
own inner probs were not saved).

usage: PYTHONHASHSEED=0 nice -n 19 ../venv/bin/python si2_bc_transfer.py DECODER FOLDS
"""
import json
import pickle
import sys

from common import Fragment, folds, load, score_si
from si2_decode import DEC, char_prf, frags, load_probs

dec = sys.argv[1]
fl = [int(x) for x in sys.argv[2].split(",")]
corpus, arts = load()
bc = pickle.load(open("oof_si_bc.pkl", "rb"))["probs"]
allf = []
for k in fl:
    tr, te, inner, _ = load_probs(["sx"], k)
    train = [arts[i] for i in tr]
    g = [f for f in corpus.si if f.article_id in {a.aid for a in train}]
    f_in, pi = max((score_si(frags(dec, train, inner, prm), g).f1, i) for i, prm in enumerate(DEC[dec][1]))
    tst = [arts[i] for i in te]
    fr = frags(dec, tst, [bc[i] for i in te], DEC[dec][1][pi])
    allf += fr
    s = score_si(fr, [f for f in corpus.si if f.article_id in {a.aid for a in tst}])
    print(f"bc+{dec} fold {k}: {DEC[dec][1][pi]} test P {s.precision:.3f} R {s.recall:.3f} F1 {s.f1:.4f}", flush=True)
ids = {arts[i].aid for k in fl for i in folds(arts)[k][1]}
s = score_si(allf, [f for f in corpus.si if f.article_id in ids])
cp, cr, cf = char_prf(arts, ids, allf, corpus.si)
print(json.dumps(dict(model=f"bc+{dec} (params from sx inner)", folds=fl, si_p=s.precision, si_r=s.recall,
                      si_f1=s.f1, char_p=cp, char_r=cr, char_f1=cf)))
