"""v4 (sentence features): out-of-fold SI/TC/FLC per fold + saved token probabilities, and the final fit, at once."""
import json, sys, time
import numpy as np
from multiprocessing import Process
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from unspin.techniques import train as T
from unspin.techniques.ptc import load_corpus, Fragment
from unspin.techniques.model import load_clusters
from unspin.techniques.scoring import score_si, score_flc, score_tc
root = Path('/work/shared/data/ptc'); out = Path('/work/experiments/pkgcv'); tag = sys.argv[1]

def fit(arts, cl):
    t = time.time(); m = T.train(root, arts=arts, clusters=cl)
    m.save(out / f'model_{tag}'); print('fit done', round(time.time() - t), flush=True)

def fold(args):
    k, tr, te, arts, cl = args
    model = T._fit([arts[i] for i in tr], cl, lambda _: None, {})
    probs, si, flc, tc = {}, [], [], []
    for i in te:
        a = arts[i]; p = model.si.token_probabilities(a.tokens); probs[a.id] = p.astype(np.float32)
        si += [Fragment(a.id, s, e) for s, e, _ in model.si.decode(a.tokens, p)]
        flc += [Fragment(a.id, d.start, d.end, d.technique) for d in model.detect_tokens(a.text, a.tokens, p)]
        keys = [(f.start, f.end) for f in a.gold_tc]
        tc += [Fragment(a.id, s, e, l) for (s, e), l in zip(keys, model.classify(a.text, keys))]
    return k, probs, si, flc, tc, model.si.decoding.to_dict()

if __name__ == '__main__':
    corpus = load_corpus(root); arts = T.prepare(corpus); cl = load_clusters()
    p = Process(target=fit, args=(arts, cl)); p.start()
    splits = T.group_folds(len(arts), 5)
    allp, res = {}, {}
    with ProcessPoolExecutor(2) as pool:
        for k, probs, si, flc, tc, dec in pool.map(fold, [(k, tr, te, arts, cl) for k, (tr, te) in enumerate(splits)]):
            allp.update(probs); res[k] = (si, flc, tc); print('fold', k, dec, flush=True)
    np.savez_compressed(out / f'oof_{tag}.npz', **allp)
    SI = [f for k in res for f in res[k][0]]; FLC = [f for k in res for f in res[k][1]]; TC = [f for k in res for f in res[k][2]]
    later = {arts[i].id for _, te in splits[2:] for i in te}
    print('SI column', round(score_si(SI, corpus.si).f1, 4), 'TC', round(score_tc(TC, corpus.tc).f1, 4),
          'FLC', round(score_flc(FLC, corpus.tc).f1, 4),
          'FLC 2-4', round(score_flc([f for f in FLC if f.article_id in later], [f for f in corpus.tc if f.article_id in later]).f1, 4), flush=True)
    for k in res:
        ids = {arts[i].id for i in splits[k][1]}
        print(k, round(score_si(res[k][0], [f for f in corpus.si if f.article_id in ids]).f1, 4),
              round(score_flc(res[k][1], [f for f in corpus.tc if f.article_id in ids]).f1, 4), flush=True)
    p.join()
