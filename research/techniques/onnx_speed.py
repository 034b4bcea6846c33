"""Export the fold-0 MiniLM token classifier to ONNX (fp32, dynamic int8) and time inference on ONE thread,
for the full 6 layers and for the first 3 layers only (speed of a truncated/distilled student; untrained head,
timing only). Tokenisation is included in the time.

usage: nice -n 19 ../venv/bin/python onnx_speed.py minilm_fold0_e1 [n_articles]
"""
from __future__ import annotations

import sys
import time

import numpy as np
import onnxruntime as ort
import torch
from onnxruntime.quantization import QuantType, quantize_dynamic
from transformers import AutoModelForTokenClassification, AutoTokenizer

from common import load
from minilm import chunks

torch.set_num_threads(1)


def export(model, path):
    ids = torch.ones((1, 64), dtype=torch.long)
    torch.onnx.export(model, (ids, torch.ones_like(ids)), path, input_names=["input_ids", "attention_mask"],
                      output_names=["logits"], dynamic_axes={"input_ids": {0: "b", 1: "t"},
                                                             "attention_mask": {0: "b", 1: "t"},
                                                             "logits": {0: "b", 1: "t"}},
                      opset_version=17, dynamo=False)


def time_session(path, tok, arts):
    so = ort.SessionOptions()
    so.intra_op_num_threads = 1
    so.inter_op_num_threads = 1
    sess = ort.InferenceSession(path, so, providers=["CPUExecutionProvider"])
    t0 = time.perf_counter()
    for a in arts:
        for ids, _, _ in chunks(tok, a, []):
            x = np.array([ids], np.int64)
            sess.run(None, {"input_ids": x, "attention_mask": np.ones_like(x)})
    return len(arts) / (time.perf_counter() - t0)


def main(model_dir, n):
    _, arts = load()
    arts = arts[:n]
    tok = AutoTokenizer.from_pretrained(model_dir)
    model = AutoModelForTokenClassification.from_pretrained(model_dir).eval()
    res = {}
    for layers in (6, 3):
        m = model
        if layers < 6:
            m = AutoModelForTokenClassification.from_pretrained(model_dir).eval()
            m.bert.encoder.layer = m.bert.encoder.layer[:layers]
            m.config.num_hidden_layers = layers
        fp32 = f"{model_dir}/model_L{layers}.onnx"
        int8 = f"{model_dir}/model_L{layers}.int8.onnx"
        export(m, fp32)
        quantize_dynamic(fp32, int8, weight_type=QuantType.QInt8)
        res[f"L{layers} fp32"] = time_session(fp32, tok, arts)
        res[f"L{layers} int8"] = time_session(int8, tok, arts)
        print(layers, res, flush=True)
    print({k: round(v, 2) for k, v in res.items()}, "articles/s on one thread over", n, "articles")


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 40)
