"""Out-of-fold token probabilities (all outputs) of the v3 recipe, per fold, for post-hoc decoding studies."""
import sys, time
import numpy as np
from pathlib import Path
from concurrent.futures import ProcessPoolExecutor
from unspin.techniques import train as T
from unspin.techniques.ptc import load_corpus
from unspin.techniques.model import load_clusters
root = Path('/work/shared/data/ptc')

def run(args):
    k, tr, te, arts, cl = args
    model = T._fit([arts[i] for i in tr], cl, lambda _: None, {})
    out = {}
    for i in te:
        a = arts[i]
        out[a.id] = model.si.token_probabilities(a.tokens).astype(np.float32)
    # class probabilities of the TC model for every SI-decoder span under a few decodings are cheap to redo later
    return k, out, model.si.decoding.to_dict()

if __name__ == '__main__':
    corpus = load_corpus(root); arts = T.prepare(corpus); cl = load_clusters()
    splits = T.group_folds(len(arts), 5)
    tasks = [(k, tr, te, arts, cl) for k, (tr, te) in enumerate(splits)]
    allp = {}
    with ProcessPoolExecutor(2) as pool:
        for k, out, dec in pool.map(run, tasks):
            print(k, dec, flush=True); allp.update(out)
    np.savez_compressed('/work/experiments/pkgcv/oof_v3.npz', **allp)
    print('saved', len(allp))
