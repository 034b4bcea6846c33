"""One frozen settings object, passed explicitly to every stage and reader."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["DEFAULT_SETTINGS", "Settings"]


@dataclass(frozen=True, slots=True)
class Settings:
    """What a user may tune. Defaults are what the CLI and API use.

    max_bytes: inputs larger than this are refused (20 MB: far above any news article, small enough that
        one hostile file cannot exhaust memory in a batch).
    language_sample: how many characters of the body the language detector reads; news language is settled
        within the first few paragraphs, and reading more only costs time.
    """

    max_bytes: int = 20_000_000
    language_sample: int = 3000


DEFAULT_SETTINGS = Settings()
