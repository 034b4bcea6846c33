"""Shared fixtures. Tests that need ../shared skip on a user's machine and fail in CI (CI=true)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / "shared"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SOURCES = Path(__file__).resolve().parents[1] / "src" / "unspin"


def stale_install() -> list[str]:
    """Files of src/unspin that the imported package does not have as they are now.

    A regular install (the README's, which compiles the hot modules) copies src/ into the environment, so the
    tests run what was installed: after an edit to src/ they would silently test the old code. An editable
    install imports src/ itself and is never stale.
    """
    import unspin

    installed = Path(unspin.__file__).resolve().parent
    if installed == SOURCES.resolve() or not SOURCES.is_dir():
        return []
    stale = []
    for path in SOURCES.rglob("*"):
        if not path.is_file() or "__pycache__" in path.parts or path.suffix in (".so", ".pyc", ".c"):
            continue
        copy = installed / path.relative_to(SOURCES)
        if not copy.is_file() or copy.read_bytes() != path.read_bytes():
            stale.append(str(path.relative_to(SOURCES.parent)))
    return sorted(stale)


def pytest_configure(config: pytest.Config) -> None:
    stale = stale_install()
    if stale:
        shown = ", ".join(stale[:5]) + (f" and {len(stale) - 5} more" if len(stale) > 5 else "")
        raise pytest.UsageError(
            f"the installed unspin is older than src/ ({shown} changed): run `.venv/bin/pip install '.[test]'` "
            "again, or `.venv/bin/pip install -e '.[test]'` while editing (pure Python, slower)")


def require_shared(*parts: str) -> Path:
    """The path under ../shared, or a skip (a failure when CI=true: CI must run these tests)."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"{path} is missing, and CI=true: tests that need ../shared must run in CI")
        pytest.skip(f"{path} not present (../shared is only beside a developer's clone)")
    return path


@pytest.fixture
def shared_examples() -> Path:
    return require_shared("examples")


@pytest.fixture
def ptc_articles() -> Path:
    return require_shared("data", "ptc", "train-articles")


@pytest.fixture
def fixtures_dir() -> Path:
    return FIXTURES


def speaker_of(text: str, clause: str) -> str | None:
    """The speaker's name of the first quote whose evidence holds ``clause`` (fails when there is none): the
    whole chain runs on ``text``, so a speaker rule is checked as the press uses its construction."""
    from unspin import pipeline

    doc = pipeline.analyze(text)
    names = {a.id: a.name for a in doc.actors}
    for q in doc.layer("quote"):
        if clause in doc.evidence(q):
            return names.get(q.attrs["speaker"]) if q.attrs["speaker"] else None
    raise AssertionError(f"no quote holds {clause!r}: {[doc.evidence(q) for q in doc.layer('quote')]}")
