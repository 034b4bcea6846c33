"""Shared fixtures. Tests that need ../shared skip on a user's machine and fail in CI (CI=true)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / "shared"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


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
