"""Benchmark the readers: plain text files, and HTML pages through trafilatura, on one core.

HTML pages are built from the text articles (a title, navigation, the paragraphs, a sidebar and a footer),
so both readers see the same words. Each input is read once.

    python bench/read.py [DIR]
"""

from __future__ import annotations

import argparse
import html
import time
from pathlib import Path

from analyze import DEFAULT_DIR, machine


def as_page(text: str, n: int) -> bytes:
    lines = [ln for ln in text.splitlines() if ln.strip()]
    title, body = (lines[0], lines[1:]) if lines else ("", [])
    nav = "".join(f'<li><a href="/section/{i}">Section {i}</a></li>' for i in range(12))
    paras = "".join(f"<p>{html.escape(p)}</p>" for p in body)
    side = "".join(f'<li><a href="/story/{n}-{i}">Related story number {i}</a></li>' for i in range(8))
    return (f"<!doctype html><html lang=en><head><meta charset=utf-8><title>{html.escape(title)}</title>"
            f'<meta property="article:published_time" content="2019-03-0{n % 9 + 1}"></head><body>'
            f"<header><ul>{nav}</ul></header><main><article><h1>{html.escape(title)}</h1>{paras}</article></main>"
            f"<aside><ul>{side}</ul></aside><footer>Copyright. All rights reserved.</footer>"
            f"<script>var x = {n};</script></body></html>").encode()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("folder", nargs="?", type=Path, default=DEFAULT_DIR)
    args = ap.parse_args()
    from unspin.read import read_bytes, read_path

    files = sorted(p for p in args.folder.iterdir() if p.is_file())
    texts = [p.read_bytes() for p in files]
    pages = [as_page(t.decode("utf-8", "replace"), i) for i, t in enumerate(texts)]

    t0 = time.perf_counter()
    n_text = sum(1 for p in files for _ in read_path(p))
    t_text = time.perf_counter() - t0
    t0 = time.perf_counter()
    n_html = sum(1 for i, page in enumerate(pages) for _ in read_bytes(page, source=f"page{i}.html", fmt="html"))
    t_html = time.perf_counter() - t0

    mb_text = sum(map(len, texts)) / 1e6
    mb_html = sum(map(len, pages)) / 1e6
    print(f"# unspin read benchmark, {time.strftime('%Y-%m-%d')}\nmachine: {machine()}")
    print(f"text files: {n_text} in {t_text:.3f} s = {n_text / t_text:.0f} articles/s, {mb_text / t_text:.1f} MB/s")
    print(f"HTML pages: {n_html} in {t_html:.3f} s = {n_html / t_html:.0f} pages/s, {mb_html / t_html:.2f} MB/s "
          f"(first page includes importing trafilatura)")


if __name__ == "__main__":
    main()
