"""The code itself: lint and types are checked with the tests, so CI refuses a change that breaks them."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def run_tool(module: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", module, *args], cwd=ROOT, capture_output=True, text=True)


@pytest.mark.skipif(shutil.which("ruff") is None and not (Path(sys.executable).parent / "ruff").exists(),
                    reason="ruff not installed (pip install -e '.[test]')")
def test_ruff_is_clean() -> None:
    result = run_tool("ruff", "check", "src", "tests", "bench")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_strict_is_clean() -> None:
    pytest.importorskip("mypy")
    result = run_tool("mypy")
    assert result.returncode == 0, result.stdout + result.stderr


def test_no_pickle_and_no_network_in_src() -> None:
    offenders = []
    for path in (ROOT / "src").rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        for needle in ("pickle.load", "joblib.load", "urlretrieve", "requests.get(", "hf_hub_download"):
            if needle in source:
                offenders.append(f"{path.relative_to(ROOT)}: {needle}")
    assert offenders == []


def test_src_memorises_no_run_of_the_real_examples() -> None:
    """Rules must generalise: no five-word run of ../shared/examples may appear in src/ (code or data)."""
    import re

    from conftest import require_shared

    examples = require_shared("examples")

    def words(s: str) -> list[str]:
        return re.findall(r"\w+", s.lower())  # Unicode words: Cyrillic and accented runs count too

    grams: set[str] = set()
    for f in examples.rglob("*.txt"):
        w = words(f.read_text(encoding="utf-8", errors="replace"))
        grams |= {" ".join(w[i:i + 5]) for i in range(len(w) - 4)}
    hits = []
    for f in (ROOT / "src").rglob("*"):
        if f.is_file() and f.suffix in (".py", ".json", ".txt", ".csv", ".yaml", ".toml"):
            w = words(f.read_text(encoding="utf-8", errors="replace"))
            hits += [f"{f.relative_to(ROOT)}: {' '.join(w[i:i + 5])}" for i in range(len(w) - 4)
                     if " ".join(w[i:i + 5]) in grams]
    assert hits == []
