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
