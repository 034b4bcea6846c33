"""Build hook: compile the text-processing modules with mypyc when a wheel is built.

The actors and quotes stages are Python spread over thousands of small steps per article (name runs,
surname matching, role windows, speaker resolution); after years of profiling passes no single step was worth
more than a few per cent, and compiling the same, unchanged, fully typed modules with mypyc makes the two stages
about a fifth faster (docs/benchmarks.md). mypyc is mypy's own compiler; our code already passes
``mypy --strict``, which is what mypyc needs.

- A regular install (``pip install .``, a wheel, an sdist) compiles the modules listed under ``compile`` in
  ``[tool.hatch.build.targets.wheel.hooks.custom]`` and ships the extension modules next to the ``.py``
  files (Python imports the compiled one first). The sources stay untouched: the build works in a copy.
- An editable install (``pip install -e .``) compiles nothing, so that edits to ``src/`` take effect at once
  (the package then runs as plain Python, slower).
- ``UNSPIN_COMPILE=0`` builds a pure-Python wheel; ``UNSPIN_COMPILE=require`` makes a failed compilation an
  error (CI uses it). By default a failed compilation (no C compiler, no Python headers) prints why and
  builds the pure-Python wheel, which gives the same results.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

# mypy options for the compile: the build environment has only the build requirements, so third-party
# packages imported by modules the compiled ones import (numpy, trafilatura) are unknown there, and the types
# of those modules (numpy arrays) cannot be checked; the compiled modules use the standard library alone.
# `mypy --strict` over the whole package runs in the tests, with everything installed.
MYPY_OPTIONS = ["--ignore-missing-imports", "--follow-imports=silent"]

SETUP = """\
import sys
from setuptools import setup
from mypyc.build import mypycify

files = sys.argv[1:]
setup(name="unspin-compiled", ext_modules=mypycify([*{options!r}, *files], opt_level="3"),
      script_args=["build_ext", "--inplace"])
"""


class CustomBuildHook(BuildHookInterface):  # type: ignore[type-arg]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        self._work: str | None = None
        mode = os.environ.get("UNSPIN_COMPILE", "1").lower()
        if self.target_name != "wheel" or version == "editable" or mode in ("0", "no", "false"):
            return
        modules: list[str] = list(self.config.get("compile", []))
        if not modules:
            return
        try:
            built = self._compile(modules)
        except Exception as err:  # any failure to compile leaves a correct pure-Python build
            if mode == "require":
                raise
            print(f"unspin: mypyc compilation failed, building pure Python ({err})", file=sys.stderr)
            return
        build_data["pure_python"] = False
        build_data["infer_tag"] = True
        for source, target in built.items():
            build_data["force_include"][source] = target

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        work: str | None = getattr(self, "_work", None)
        if work:
            shutil.rmtree(work, ignore_errors=True)

    def _compile(self, modules: list[str]) -> dict[str, str]:
        """Compile ``modules`` (paths under src/) in a copy of the package; map each built extension file to
        its place in the wheel."""
        self._work = tempfile.mkdtemp(prefix="unspin-mypyc-")
        work = Path(self._work)
        src = Path(self.root) / "src"
        shutil.copytree(src / "unspin", work / "unspin", ignore=shutil.ignore_patterns("*.so", "__pycache__"))
        (work / "setup_mypyc.py").write_text(SETUP.format(options=MYPY_OPTIONS), encoding="utf-8")
        done = subprocess.run([sys.executable, "setup_mypyc.py", *modules], cwd=work, capture_output=True,
                              text=True, check=False)
        if done.returncode != 0:
            tail = "\n".join((done.stdout + done.stderr).strip().splitlines()[-20:])
            raise RuntimeError(f"mypyc exited with {done.returncode}:\n{tail}")
        suffix = sysconfig.get_config_var("EXT_SUFFIX") or ".so"
        built = {str(p): str(p.relative_to(work)) for p in work.rglob(f"*{suffix}") if "build" not in p.parts}
        expected = {m.removesuffix(".py") + suffix for m in modules}
        missing = expected - set(built.values())
        if missing:
            raise RuntimeError(f"mypyc built no {', '.join(sorted(missing))}")
        return built
