"""Fold-0 SI of the 3-epoch MiniLM as int8 ONNX (vs torch fp32), and a char-level average with light model bc."""
import pickle
import numpy as np
import onnxruntime as ort
from transformers import AutoTokenizer
from common import Fragment, folds, load, score_si
from minilm import chunks, decode_pieces

D = "minilm_fold0_e3"
corpus, arts = load()
tr, te = folds(arts)[0]
test = [arts[i] for i in te]
tok = AutoTokenizer.from_pretrained(D)
so = ort.SessionOptions(); so.intra_op_num_threads = 1
sess = ort.InferenceSession(f"{D}/model_L6.int8.onnx", so, providers=["CPUExecutionProvider"])
saved = pickle.load(open(f"{D}/probs.pkl", "rb"))
thr = saved["thr"]
gold = [f for f in corpus.si if f.article_id in {a.aid for a in test}]
probs = {}
for a in test:
    rows = []
    for ids, offs, _ in chunks(tok, a, []):
        x = np.array([ids], np.int64)
        lg = sess.run(None, {"input_ids": x, "attention_mask": np.ones_like(x)})[0][0]
        p = np.exp(lg - lg.max(-1, keepdims=True)); p = p[:, 1] / p.sum(-1)
        rows += [(s, e, float(p[j])) for j, (s, e) in enumerate(offs) if e > s]
    probs[a.aid] = rows
f = lambda pr, t: score_si([Fragment(a.aid, s, e) for a in test for s, e in decode_pieces(pr[a.aid], a.text, t)], gold)
print("torch fp32 thr %.2f: SI %.3f" % (thr, f(saved["test"], thr).f1))
print("onnx int8  thr %.2f: SI %.3f" % (thr, f(probs, thr).f1))
bc = pickle.load(open("oof_si_bc.pkl", "rb"))["probs"]
idx = {a.aid: i for i, a in enumerate(arts)}
ens = {}
for a in test:
    p = bc[idx[a.aid]]
    j = np.searchsorted(a.ends, [s for s, _, _ in saved["test"][a.aid]], side="right")
    j = np.minimum(j, len(p) - 1)
    ens[a.aid] = [(s, e, 0.5 * q + 0.5 * float(p[k])) for (s, e, q), k in zip(saved["test"][a.aid], j)]
for t in (0.3, 0.35, 0.4, 0.45, 0.5):
    print("avg(minilm, bc) thr %.2f: SI %.3f  (threshold picked on the test fold: optimistic)" % (t, f(ens, t).f1))
