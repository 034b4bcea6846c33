"""How much text can the light model (b) send past the encoder? Per line max OOF prob vs gold coverage."""
import pickle
import numpy as np
from common import load
corpus, arts = load()
d = pickle.load(open("oof_si_b.pkl", "rb"))
rows = []  # (line max prob, n tokens, n positive tokens)
for a, p in zip(arts, d["probs"]):
    _, inv = np.unique(a.line, return_inverse=True)
    m = np.zeros(inv.max() + 1); np.maximum.at(m, inv, p)
    n = np.bincount(inv); pos = np.bincount(inv, a.y)
    rows += list(zip(m, n, pos))
r = np.array(rows)
tot_tok, tot_pos = r[:, 1].sum(), r[:, 2].sum()
print("lines with any gold token: %.2f of lines, %.2f of tokens" % ((r[:, 2] > 0).mean(), r[r[:, 2] > 0, 1].sum() / tot_tok))
for tau in (0.1, 0.15, 0.2, 0.25, 0.3, 0.4):
    keep = r[:, 0] >= tau
    print(f"tau {tau}: keep {r[keep,1].sum()/tot_tok:.2f} of tokens, {r[keep,2].sum()/tot_pos:.3f} of gold tokens")
