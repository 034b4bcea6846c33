"""Where a news text came from: copies, rewrites and translations grouped into stories.

``stories`` builds the stories (:func:`build_stories`), ``keys`` extracts the language-independent keys that
link rewrites and translations, ``minhash`` fingerprints same-language copies.
"""

from unspin.provenance.stories import (
    DEFAULT_CONFIG,
    RELATIONS,
    CopyEdge,
    OutletLink,
    StoriesResult,
    StoryConfig,
    StoryDoc,
    StoryMember,
    build_stories,
)

__all__ = [
    "DEFAULT_CONFIG",
    "RELATIONS",
    "CopyEdge",
    "OutletLink",
    "StoriesResult",
    "StoryConfig",
    "StoryDoc",
    "StoryMember",
    "build_stories",
]
