"""The compiled build: the modules listed for mypyc exist, and a regular install imports them compiled."""

from __future__ import annotations

import importlib
import os
import tomllib
from pathlib import Path

import pytest

from conftest import SOURCES

ROOT = Path(__file__).resolve().parents[1]


def compiled_modules() -> list[str]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed: list[str] = config["tool"]["hatch"]["build"]["targets"]["wheel"]["hooks"]["custom"]["compile"]
    return listed


def test_every_module_listed_for_compilation_exists() -> None:
    listed = compiled_modules()
    assert listed, "nothing is compiled"
    assert len(set(listed)) == len(listed)
    for module in listed:
        assert (SOURCES.parent / module).is_file(), module


@pytest.mark.parametrize("module", compiled_modules())
def test_a_regular_install_imports_the_compiled_module(module: str) -> None:
    """CI installs the README's way (compiled, UNSPIN_COMPILE=require); an editable install or a machine
    without a C compiler runs the same code as Python, which gives the same results, so only CI insists."""
    name = module.removesuffix(".py").replace("/", ".")
    loaded = importlib.import_module(name)
    compiled = not str(loaded.__file__).endswith(".py")
    if not compiled and os.environ.get("CI", "").lower() != "true":
        pytest.skip(f"{name} runs as Python here (editable install or no compiler)")
    assert compiled, f"{name} was imported from {loaded.__file__}, not compiled"


def test_the_compiled_modules_give_what_the_python_sources_give() -> None:
    """mypyc enforces annotations and changes some semantics (native ints, final classes): the compiled build
    must analyse exactly as the sources do. The gold texts go through the stages up to quotes here (compiled)
    and in a Python process that imports src/ (never compiled: the build compiles a copy)."""
    from unspin import actors

    if str(actors.__file__).endswith(".py"):
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("CI must run the compiled build")
        pytest.skip("an editable install runs the sources themselves")
    import json
    import subprocess
    import sys

    from unspin.pipeline import analyze

    stages = ("anatomy", "segment", "language", "mt", "actors", "quotes")
    gold = sorted((ROOT / "tests" / "gold" / "quotes").glob("*/*.json"))
    assert len(gold) >= 100
    texts = [json.loads(p.read_text(encoding="utf-8"))["text"] for p in gold]
    compiled = [analyze(t, stages=stages).to_json() for t in texts]
    script = ("import json, sys\nfrom unspin import actors\nfrom unspin.pipeline import analyze\n"
              "assert actors.__file__.endswith('.py'), actors.__file__\n"
              f"stages = {stages!r}\n"
              "texts = json.load(sys.stdin)\n"
              "json.dump([analyze(t, stages=stages).to_json() for t in texts], sys.stdout)\n")
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    done = subprocess.run([sys.executable, "-c", script], input=json.dumps(texts), capture_output=True, text=True,
                          env=env, check=True)
    python = json.loads(done.stdout)
    assert len(python) == len(compiled)
    differ = [gold[i].name for i, (a, b) in enumerate(zip(compiled, python, strict=True)) if a != b]
    assert differ == []
