"""The 14 propaganda technique classes of PTC / SemEval-2020 Task 11, spelled exactly as in the corpus.

These strings are the ``label`` of every ``technique`` span and the second column of the TC/FLC files, so they
are defined here once and compared by identity of spelling (underscores, commas and the lower-case
``hitlerum`` included): a respelling would silently score zero against the gold files.
"""

from __future__ import annotations

__all__ = [
    "APPEAL_TO_AUTHORITY",
    "APPEAL_TO_FEAR_PREJUDICE",
    "BANDWAGON_REDUCTIO_AD_HITLERUM",
    "BLACK_AND_WHITE_FALLACY",
    "CAUSAL_OVERSIMPLIFICATION",
    "DOUBT",
    "EXAGGERATION_MINIMISATION",
    "FLAG_WAVING",
    "LOADED_LANGUAGE",
    "NAME_CALLING_LABELING",
    "REPETITION",
    "SLOGANS",
    "TECHNIQUES",
    "THOUGHT_TERMINATING_CLICHES",
    "WHATABOUTISM_STRAW_MEN_RED_HERRING",
    "is_technique",
]

APPEAL_TO_AUTHORITY = "Appeal_to_Authority"
APPEAL_TO_FEAR_PREJUDICE = "Appeal_to_fear-prejudice"
# The corpus merged these rare techniques into super-classes; the comma is part of the class name.
BANDWAGON_REDUCTIO_AD_HITLERUM = "Bandwagon,Reductio_ad_hitlerum"
BLACK_AND_WHITE_FALLACY = "Black-and-White_Fallacy"
CAUSAL_OVERSIMPLIFICATION = "Causal_Oversimplification"
DOUBT = "Doubt"
EXAGGERATION_MINIMISATION = "Exaggeration,Minimisation"
FLAG_WAVING = "Flag-Waving"
LOADED_LANGUAGE = "Loaded_Language"
NAME_CALLING_LABELING = "Name_Calling,Labeling"
REPETITION = "Repetition"
SLOGANS = "Slogans"
THOUGHT_TERMINATING_CLICHES = "Thought-terminating_Cliches"
WHATABOUTISM_STRAW_MEN_RED_HERRING = "Whataboutism,Straw_Men,Red_Herring"

# Alphabetical, as the official technique list file orders them; model outputs index into this tuple.
TECHNIQUES: tuple[str, ...] = (
    APPEAL_TO_AUTHORITY,
    APPEAL_TO_FEAR_PREJUDICE,
    BANDWAGON_REDUCTIO_AD_HITLERUM,
    BLACK_AND_WHITE_FALLACY,
    CAUSAL_OVERSIMPLIFICATION,
    DOUBT,
    EXAGGERATION_MINIMISATION,
    FLAG_WAVING,
    LOADED_LANGUAGE,
    NAME_CALLING_LABELING,
    REPETITION,
    SLOGANS,
    THOUGHT_TERMINATING_CLICHES,
    WHATABOUTISM_STRAW_MEN_RED_HERRING,
)

_TECHNIQUE_SET = frozenset(TECHNIQUES)


def is_technique(label: str) -> bool:
    """Whether ``label`` is one of the 14 class names, spelled exactly."""
    return label in _TECHNIQUE_SET
