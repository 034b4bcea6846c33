"""si2: cost of the sentence-probability feature alone at inference (fold-0 sentence model, fold-0 test)."""
import time
from common import folds, load
from si2_feats import SentModel, sent_extras_for
corpus, arts = load()
tr, te = folds(arts)[0]
sm = SentModel().fit([arts[i] for i in tr])
test = [arts[i] for i in te]
t0 = time.perf_counter()
for _ in range(2):
    for a in test:
        sent_extras_for(a, *sm.line_probs(a))
dt = time.perf_counter() - t0
print(f"sentence feature: {1000 * dt / (2 * len(test)):.1f} ms/article")
