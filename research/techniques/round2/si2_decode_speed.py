"""si2: decode cost per article, hyst (study) vs clause-split hyst, on cached fold-0 probs (one core)."""
import time
from common import load
from si2_decode import load_probs, hyst, hyst_split
corpus, arts = load()
tr, te, inner, test = load_probs(["sx"], 0)
tst = [arts[i] for i in te]
for nm, f in (("hyst", lambda a, p: hyst(a, p, 0.16, 0.35, tr=1)), ("clause-split", lambda a, p: hyst_split(a, p, 0.08, 0.35))):
    t0 = time.perf_counter()
    for _ in range(3):
        for a, p in zip(tst, test):
            f(a, p)
    dt = time.perf_counter() - t0
    print(f"{nm}: {1000 * dt / (3 * len(tst)):.2f} ms/article")
