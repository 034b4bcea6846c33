import numpy as np, time
from collections import Counter, defaultdict
from common import load
t=time.time()
corpus, arts = load()
print('load', time.time()-t, 'tokens', sum(len(a.toks) for a in arts), 'inside', sum(a.y.sum() for a in arts))
L=defaultdict(list)
for f in corpus.tc: L[f.label].append(f.end-f.start)
for k,v in sorted(L.items(), key=lambda x:-len(x[1])): print(f"{k:45s} {len(v):5d} median {np.median(v):6.0f} mean {np.mean(v):6.0f}")
