"""Who said it: turn the phrase that names a quote's speaker into an actor id (or None).

The actors stage has already marked names and linked role nouns (``mention`` spans pointing to actors); this
module only decides among them, and fills the gaps the actors stage leaves on purpose:

- a **person mention** in the phrase wins (a named spokesperson is the speaker, not the body they speak for);
- a **pronoun** (he/she, он/она, il/elle, er/sie) goes to the subject of the nearest sentence, or the speaker of
  its quotes, whose gender agrees (heuristic gender hints from the actor's name and titles);
- a **role noun** the actors stage did not link ("the collector", "глава города") goes to the one person whose
  role or surrounding words hold it, else to the person who spoke last (the press names a speaker, then
  refers back to them by role);
- an **unnamed source** ("officials", "a resident", "a spokeswoman") is None, except that an unnamed
  spokesperson for a named organisation is that organisation;
- an **organisation mention** is the speaker when no person is named.

Every rule is a heuristic; each says why it exists where it is written.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from unspin.actors import (
    anonymity_in,
    given_name_gender,
    given_name_unisex,
    oblique_given_gender,
    occurrences,
    role_class,
    role_hypernym,
)
from unspin.document import MENTION, Actor, Document, Span
from unspin.quotes.lexicon import Lexicon, stem_matches

__all__ = ["Speakers", "actor_gender", "unmarked_mentions"]

_WORD = re.compile(r"[^\W\d_][\w\-'’]*")
# Words between a verb and its subject that say nothing about who spoke ("he also said", "she later said").
_ADVERBS = frozenset({"also", "later", "then", "further", "again", "earlier", "finally", "still",
                      "также", "ещё", "еще", "тоже", "затем", "aussi", "encore", "ensuite", "auch",
                      "noch", "dann", "también", "however"})
_ELIDED = re.compile(r"(?:l|d|qu)['’]")
# Words that open a voice noun's complement ("the representative of the ministry", "le porte-parole du
# ministère", "der Sprecher des Konzerns"); Russian puts the complement in the genitive, with no word.
_OF_WORDS = frozenset({"of", "for", "at", "from", "de", "du", "des", "der", "von", "vom", "d"})
_HISTORY_REACH = 6  # how many earlier quotes a role noun or pronoun may reach back to
# "told to X", "said to X", "сказал агентству" is marked by case, not here: English and French addressees.
_PLACE_BEFORE = re.compile(r"(?<![\w-])(?:in|в|во|à|aus|nach)\s+$")
# An organisation its own sentence names as the one told ("As told to agency X in the department", "told
# X"), or addressed in Russian by a dative outlet noun ("агентству X"): not the body a generic noun means.
_TOLD_BEFORE = re.compile(r"(?<![\w-])(?:told|tells|tell|to|à|au|aux|агентству|изданию|телеканалу)"
                          r"\s+(?:the\s+|la\s+|le\s+|l[’']\s*)?(?:(?:news\s+)?agency\s+|l[’']agence\s+)?[«\"“]?$",
                          re.IGNORECASE)
_ADDRESSEE_BEFORE = re.compile(r"(?<![\w-])(?:to|à|au|aux)\s+(?:the\s+|la\s+|le\s+|l[’']\s*)?$", re.IGNORECASE)


# Not frozen: a frozen dataclass costs twice as much to build, and a document builds one per mention.
@dataclass(slots=True)
class _Mention:
    start: int
    end: int
    actor: str
    label: str | None


def unmarked_mentions(doc: Document, *, mentions: list[Span] | None = None) -> list[tuple[int, int, str]]:
    """(start, end, actor id) of actor names the ``mention`` layer does not cover (a headline the actors stage
    skipped, say): every whole-word occurrence of a name or variant that names one actor only.

    ``mentions`` is ``doc.layer("mention")`` when the caller already has it."""
    owner: dict[str, str | None] = {}
    for actor in doc.actors:
        for name in {actor.name, *actor.variants}:
            if len(name) >= 3:
                owner[name] = actor.id if owner.get(name, actor.id) == actor.id else None
    if not owner:
        return []
    text = doc.text
    n = len(text)
    # Two masks answer "does a mention / a name found here overlap [at, end)?" with one bytearray.find
    # instead of a scan of every span (names are at least three characters long, so never empty). An empty
    # mention span covers nothing in a mask but did overlap in the scan: such a layer takes the scan.
    spans = doc.layer(MENTION) if mentions is None else mentions
    covered = bytearray(n)
    empty = False
    for s in spans:
        if s.end > s.start:
            covered[s.start:s.end] = b"\x01" * (s.end - s.start)
        else:
            empty = True
    if empty:
        return _unmarked_scan(text, owner, spans)
    claimed = bytearray(n)
    taken: list[tuple[int, int, str]] = []
    # Longest names first, so that "Ministry of Defence of X" is found before "Ministry of Defence".
    for name in sorted((x for x, a in owner.items() if a is not None), key=len, reverse=True):
        owner_id = owner[name]
        assert owner_id is not None
        size = len(name)
        # The actors stage searched the same text for many of these names a moment ago (kept: occurrences).
        for at in occurrences(text, name):
            end = at + size
            if (at == 0 or not text[at - 1].isalnum()) and (end == n or not text[end].isalnum()) and \
                    covered.find(1, at, end) < 0 and claimed.find(1, at, end) < 0:
                taken.append((at, end, owner_id))
                claimed[at:end] = b"\x01" * size
    return sorted(taken)


def _unmarked_scan(text: str, owner: dict[str, str | None], spans: list[Span]) -> list[tuple[int, int, str]]:
    """:func:`unmarked_mentions` by comparing spans one by one (for a mention layer with empty spans)."""
    covered = sorted((s.start, s.end) for s in spans)
    starts = [s for s, _ in covered]
    reach = max((e - s for s, e in covered), default=0)
    taken: list[tuple[int, int, str]] = []
    for name in sorted((n for n, a in owner.items() if a is not None), key=len, reverse=True):
        at = text.find(name)
        while at >= 0:
            end = at + len(name)
            whole = (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum())
            lo, hi = bisect_left(starts, at - reach), bisect_left(starts, end)
            owner_id = owner[name]
            if whole and owner_id is not None and not any(e > at for _, e in covered[lo:hi]) and \
                    not any(s < end and at < e for s, e, _ in taken):
                taken.append((at, end, owner_id))
            at = text.find(name, end)
    return sorted(taken)


def actor_gender(actor: Actor, lex: Lexicon) -> str | None:
    """"m", "f" or None: a heuristic hint from the actor's name (never for organisations).

    The given name decides first (our list of female names; listed male names in -a such as Ilya or Nikita;
    then the broad given-name lexicon of the actors stage, which knows Mustafa and Hamza are men's names and
    Ayşe or Ingrid women's; failing all three, a gendered surname ending, then a name in -a/-я is female and
    one ending in a consonant is male), then the surname (-ova/-ова: f; -ov/-ов: m), since some surnames
    in -ina or -a belong to men. Anything else gives no hint.
    """
    if actor.kind != "person":
        return None
    words = _WORD.findall(actor.name)
    if not words:
        return None
    surname = words[-1].lower()
    given = words[0].lower() if len(words) > 1 and len(words[0]) > 2 else ""
    if given:
        # A given name in an oblique case ("Андрея Кулагина": his genitive) decides by its nominative.
        oblique = oblique_given_gender(given)
        if oblique is not None:
            return oblique
        # A given name decides first: surnames in -ina or -a are not female everywhere ("Oleg Shcherbina").
        if given in lex.female_names:
            return "f"
        if given_name_unisex(given):
            # "Jean", "Andrea", "Sasha": a man's name in one country, a woman's in another; its last letter
            # (or a list of men's names in -a) would guess, and a wrong guess sends "she" past the one woman
            # the paragraph is about.
            return None
        if given in lex.male_names_in_a:
            return "m"
        known = given_name_gender(given)
        if known is not None:
            return known
        # An unknown given name ("Aigerim X-ova"): a gendered surname ending says more than its last letter.
        if surname.endswith(lex.female_surname_endings):
            return "f"
        if surname.endswith(lex.male_surname_endings):
            return "m"
        if given.endswith(("a", "я", "а")):
            return "f"
        if given[-1] not in "aeiouyáéíóúàèìòùäëïöüâêîôûаеёиоуыэюяіїєй":
            return "m"
    if surname.endswith(lex.female_surname_endings):
        return "f"
    if surname.endswith(lex.male_surname_endings):
        return "m"
    return None


def _clips(word: str, name: list[str]) -> bool:
    """Whether ``word`` (lower case) is made of the beginnings of two or more consecutive words of ``name``
    from its first word on, the last one's case ending aside ("минздраве": мин-истерства, здрав-оохранения;
    "заксобрании": зак-онодательного, собрани-я)."""

    def rest(i: int, j: int) -> bool:
        if j >= len(name):
            return False
        w = name[j]
        for size in range(min(len(w), len(word) - i), 1, -1):
            if word[i:i + size] != w[:size]:
                continue
            tail = word[i + size:]
            if j >= 1 and len(tail) <= 2 and all(c in "аеёиоуыэюяйь" for c in tail) and \
                    (size >= 3 or size == len(w)):
                return True
            if tail and rest(i + size, j + 1):
                return True
        return False

    return len(name) >= 2 and rest(0, 0)


def _unelided(start: int, end: int, word: str) -> tuple[int, int, str]:
    """A word without a French elided article or preposition ("l'élue" -> "élue", "d'un" -> "un")."""
    m = _ELIDED.match(word)
    return (start + m.end(), end, word[m.end():]) if m and m.end() < len(word) else (start, end, word)


def _bare_word(word: str) -> str:
    """A word without a leading French elision ("d'agriculture" -> "agriculture")."""
    m = _ELIDED.match(word)
    return word[m.end():] if m else word


# Russian and Ukrainian case endings of role nouns, with the nominative ending they replace: "чиновника",
# "чиновнику" (чиновник), "представителя" (представитель), "чиновницы" (чиновница), "речниці" (речниця).
_ROLE_CASES = (("ами", ""), ("ом", ""), ("ем", ""), ("ем", "ь"), ("ой", "а"), ("ей", "я"), ("а", ""), ("у", ""),
               ("е", ""), ("я", "ь"), ("ю", "ь"), ("е", "ь"), ("ы", "а"), ("и", "а"), ("и", "я"), ("і", "а"),
               ("і", "я"), ("у", "а"), ("ю", "я"), ("і", ""))


def _oblique_role(word: str, roles: frozenset[str]) -> bool:
    """Whether a Cyrillic ``word`` is a listed role noun in an oblique case ("По словам чиновника")."""
    if len(word) < 4 or (not "а" <= word[0] <= "я" and word[0] not in "іїєґ"):
        return False
    return any(word.endswith(end) and word[:len(word) - len(end)] + nom in roles for end, nom in _ROLE_CASES)


def _whole_word_in(text: str, word: str) -> bool:
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            return True
        at = text.find(word, end)
    return False


class Speakers:
    """The mentions and actors of one document, and the speakers resolved so far (in text order)."""

    def __init__(self, doc: Document, lex: Lexicon, sentences: list[tuple[int, int]],
                 quoted: list[tuple[int, int]], unmarked: list[tuple[int, int, str]], *,
                 mentions: list[Span] | None = None, skip: tuple[tuple[int, int], ...] = (),
                 paragraphs: list[int] | None = None) -> None:
        self.text = doc.text
        self.lex = lex
        self.actors = {a.id: a for a in doc.actors}
        self.mentions = [_Mention(s.start, s.end, str(s.attrs.get("actor")), s.label)
                         for s in (doc.layer(MENTION) if mentions is None else mentions)
                         if s.attrs.get("actor") in self.actors]
        self.mentions += [_Mention(s, e, a, "name") for s, e, a in unmarked]
        self.mentions.sort(key=lambda m: (m.start, m.end))
        self._starts = [m.start for m in self.mentions]
        self._reach = max((m.end - m.start for m in self.mentions), default=0)
        # Mentions in a dateline or credit ("(Meridian Wire)") name the outlet, never a speaker in the story.
        self._skip_starts = {m.start for m in self.mentions if any(a <= m.start < b for a, b in skip)} \
            if skip else set()
        self._ranks: dict[str, int | None] = {}
        self._described: dict[str, set[str]] = {}
        self._places: dict[str, bool] = {}
        self.sentences = sentences
        self._sentence_starts = [s for s, _ in sentences]
        self.quoted = sorted(quoted)  # quote contents: mentions inside them are not the narrator's subjects
        self._quoted_starts = [q[0] for q in self.quoted]
        self.gender = {a.id: actor_gender(a, lex) for a in doc.actors}
        self._add_title_genders()
        # The words around every name mention (see _role_words) are read only when a role noun needs its
        # holders, which most documents never ask: built on first use.
        self._role_words_cache: dict[str, set[str]] | None = None
        self._role_classes_cache: dict[str, frozenset[str]] | None = None
        self.history: list[tuple[int, str]] = []  # (offset of the quote, speaker id), in text order
        # Offsets of quotes by one unnamed voice ("a senior official said"): a "he" right after is that voice.
        self.unnamed_said: list[int] = []
        self.last_unnamed = False  # whether the last resolve() found one unnamed voice
        self._paragraph_starts = sorted(paragraphs) if paragraphs else [0]
        self._subjects: dict[int, str | None] = {}
        self._depth = 0
        self._org_stems: dict[str, set[str]] | None = None
        self._org_noun_heads: set[str] | None = None
        self._kinds: dict[str, set[str]] = {}
        # Nouns that introduced one unnamed voice ("a port official, who asked not to be named, said"):
        # "the official said" later is that voice again, not a named person (see resolve()).
        self._unnamed_nouns: set[str] = set()

    # -- set-up ------------------------------------------------------------------------------------

    def _add_title_genders(self) -> None:
        """A title right before a name ("Mrs", "Mme", "chairwoman") settles a gender the name left open."""
        for m in self.mentions:
            if self.gender.get(m.actor) is not None or self.actors[m.actor].kind != "person":
                continue
            before = _WORD.findall(self.text[max(0, m.start - 25):m.start])
            if not before:
                continue
            word = before[-1].lower()
            if word in self.lex.female_titles:
                self.gender[m.actor] = "f"
            elif word in self.lex.male_titles:
                self.gender[m.actor] = "m"

    @property
    def role_words(self) -> dict[str, set[str]]:
        """Lower-case role words of each person (see :meth:`_role_words`), computed once on first use."""
        if self._role_words_cache is None:
            self._role_words_cache = self._role_words()
        return self._role_words_cache

    @property
    def role_classes(self) -> dict[str, frozenset[str]]:
        """The role words of each person as role classes (see actors.role_class), computed once on first use."""
        if self._role_classes_cache is None:
            self._role_classes_cache = {a: frozenset(role_class(w) for w in ws) for a, ws in self.role_words.items()}
        return self._role_classes_cache

    def _role_words(self) -> dict[str, set[str]]:
        """Lower-case words of each person's role: the actor's role plus the words around its name mentions
        ("the mayor of Tarvik Oleg X", "Yelena X, the theatre's director"), where the press puts roles."""
        words: dict[str, set[str]] = {}
        for actor in self.actors.values():
            if actor.kind == "person":
                words[actor.id] = {w.lower() for w in _WORD.findall(actor.role or "")}
        for m in self.mentions:
            if m.actor not in words or m.label not in (None, "name"):
                continue
            s_start, s_end = self._sentence_of(m.start)
            before = self.text[max(s_start, m.start - 120):m.start]
            words[m.actor].update(w.lower() for w in _WORD.findall(before)[-10:])
            after = self.text[m.end:min(s_end, m.end + 60)]
            if after.startswith(","):
                words[m.actor].update(w.lower() for w in _WORD.findall(after.split(",")[1])[:6])
        return words

    # -- look-ups ----------------------------------------------------------------------------------

    def _sentence_of(self, at: int) -> tuple[int, int]:
        i = bisect_right(self._sentence_starts, at) - 1
        if i >= 0 and self.sentences[i][0] <= at < self.sentences[i][1]:
            return self.sentences[i]
        return at, at

    def _sentence_index(self, at: int) -> int:
        return bisect_right(self._sentence_starts, at) - 1

    def mentions_in(self, start: int, end: int) -> list[_Mention]:
        """Mentions overlapping [start, end), in text order."""
        hi = bisect_right(self._starts, end - 1)
        lo = bisect_left(self._starts, start - self._reach)  # no mention starting earlier reaches ``start``
        return [m for m in self.mentions[lo:hi] if m.end > start]

    def _in_quote(self, at: int) -> bool:
        i = bisect_right(self._quoted_starts, at) - 1
        return i >= 0 and at < self.quoted[i][1]

    def kind(self, actor_id: str) -> str:
        return self.actors[actor_id].kind

    # -- resolution --------------------------------------------------------------------------------

    def remember(self, at: int, speaker: str | None, *, unnamed: bool = False) -> None:
        """Record who spoke at ``at``; ``unnamed`` marks a quote by one unnamed voice ("a senior official")."""
        if speaker is not None:
            self.history.append((at, speaker))
        elif unnamed:
            self.unnamed_said.append(at)

    def resolve(self, start: int, end: int, *, after: bool,
                gender: str | None = None) -> tuple[str | None, tuple[int, int] | None]:
        """The speaker named by text[start:end] and the span naming it.

        ``after`` says the phrase follows its cue ("said X"), so the first person named is the speaker;
        before the cue ("X, who met Y, said") the last one is. ``gender`` ("m"/"f") is what the cue itself
        marks (Russian "ответила", French "a-t-elle"): a role noun or pronoun must agree with it.
        """
        text = self.text
        self.last_unnamed = False
        relay = self.lex.relay.search(text, start, end)
        if relay and self.mentions_in(relay.end(), end):
            # "an agency quoted the mayor as saying": the source is quoted, not the relay (when one is named
            # after the relay verb; "X reported a profit but warned" keeps X)
            start, after = relay.end(), True
        if after:
            start = self._past_agent(start, end)
        else:
            start, end = self._subject_core(start, end)
        mentions = [m for m in self.mentions_in(start, end)
                    if not self._in_quote(m.start) and m.start not in self._skip_starts]
        addressees: list[_Mention] = []
        if after and len(mentions) > 1:
            # "This was told to Agency X in the press service of Y": the one told is not the speaker.
            told = [m for m in mentions if _ADDRESSEE_BEFORE.search(text, max(start, m.start - 4), m.start)]
            mentions = [m for m in mentions if m not in told] or mentions
        elif after and mentions and self.lex.generic_any.search(text, start, end):
            # "As told to agency X in the department": the one told is not the speaker either when the
            # speaker is a generic noun (resolved below, after the addressee's own words are set aside).
            told = [m for m in mentions if _TOLD_BEFORE.search(text, max(start, m.start - 30), m.start)]
            if told and len(told) == len(mentions) and self._generic_heads(
                    [w.group().lower() for w in _WORD.finditer(text, told[-1].end, end)]) is not None:
                mentions, addressees = [], told
        persons = [m for m in mentions if self.kind(m.actor) == "person"]
        # A noun and an anonymity clause take twenty characters at least: most phrases ("said X") are shorter.
        anonymous = anonymity_in(text, start, end) if end - start >= 20 else -1
        if anonymous >= 0 and not any(m.start < anonymous for m in persons):
            # "A Merkovian diplomat who asked not to be named told": one voice that withheld its name, even
            # when the phrase names its country or body; "the diplomat" later is that voice again.
            self.last_unnamed = True
            self._unnamed_nouns.update(w.group().lower() for w in _WORD.finditer(text, start, anonymous)
                                       if w.group().lower() in self.lex.roles or
                                       w.group().lower() in self.lex.unnamed)
            return None, (start, anonymous)
        if persons and self._unnamed_nouns:
            persons = [m for m in persons if not self._unnamed_role(m)]
        if persons and not after and self._governed_before_group(persons[-1], end):
            # "На встрече с Кулагиным жители села заявили", "After meeting with X, residents said": a name
            # after a preposition is no subject; the unnamed group after it is.
            self.last_unnamed = False
            return None, None
        if persons:
            m = persons[0] if after else persons[-1]
            body = self._voice_body(m.start, m.end, end, m.actor) if m.label == "role" else None
            if body is not None:
                return body, (m.start, m.end)
            return m.actor, (m.start, m.end)
        phrase = text[start:end]
        if addressees:
            start = addressees[-1].end  # the speaker's words follow the addressee's
            phrase = text[start:end]
        # The pattern has no look-around: read in place (pos, endpos) it finds what it finds in the slice.
        words = [(w.start(), w.end(), w.group().lower()) for w in _WORD.finditer(text, start, end)]
        if "'" in phrase or "’" in phrase:
            words = [_unelided(*w) for w in words]
        if not words:
            return None, None
        lex = self.lex
        # One unnamed voice ("a senior engineer, who ..., said", "une source proche du dossier"), not a
        # group: a "he" in the next sentence is that voice (see _in_paragraph). Only counted when the
        # phrase names nobody (set here, read by the caller when the speaker is None).
        self.last_unnamed = words[0][2] in lex.indefinite and words[0][2] not in lex.plural_indefinite
        head = self._head(words, after=after)
        if len(words) <= 4 and (head is None or (head[2] not in lex.pronouns and
                                                 self._generic_heads([head[2]]) is None)):
            # "In her words", "По его словам", "According to him": the pronoun sits inside the cue phrase.
            # Not a possessive before a body noun: "his ministry says" is the ministry, not him.
            head = next((w for w in words if w[2] in lex.pronouns), head)
        if head is not None and head[2] in lex.pronouns:
            gender = lex.pronouns[head[2]]
            if gender == "p":
                return self._plural_body(head[0]), (head[0], head[1])
            return self.resolve_pronoun(gender, head[0]), (head[0], head[1])
        lowered = [w for _, _, w in words]
        orgs = [m for m in mentions if self.kind(m.actor) == "organisation"]
        near = lowered[:8] if after else lowered[-8:]
        if near and (near[0] in lex.indefinite or any(w in lex.unnamed for w in near[:3] if w not in lex.roles)):
            # "A spokesman for Petrolink said": an unnamed voice of a named body is that body. Only a voice
            # noun speaks for it: "a source in the ministry", "an official at X", "a Merkovian diplomat"
            # are unnamed sources (None), and a voice of a body named by a generic noun ("Ein Sprecher des
            # Konzerns") is the body the noun refers back to.
            voice = self._voice_index(words)
            if voice is not None and orgs:
                m = orgs[0]
                return m.actor, (m.start, m.end)
            if voice is not None:
                body = self._org_by_generic(words[voice + 1:], start) if voice + 1 < len(words) else None
                if body is not None:
                    return body, (words[0][0], words[-1][1])
            if self.last_unnamed:
                self._unnamed_nouns.update(w for w in near[:6] if w in lex.unnamed)
            return None, (words[0][0], words[-1][1])
        role = self._role_in(words, after=after)
        if role is not None and role[2] in lex.voice_nouns:
            body = self._voice_body(role[0], role[1], end, None)
            if body is not None:
                return body, (role[0], words[-1][1] if not after else role[1])
        if role is not None and orgs and (role[2] in lex.company_nouns or self._in_apposition(role, orgs) or
                                          (role[2] in lex.spokes and not self._holders(role[2], gender))):
            # "the pit's owner, Severna Coal, said", "the ministry's spokesman said": the body speaks.
            m = orgs[0] if after else orgs[-1]
            return m.actor, (m.start, m.end)
        if role is not None and role[2] in self._unnamed_nouns and self._definite_before(words, role) and \
                not self._holders(role[2], gender, kinds=False):
            # "A port official, who asked not to be named, said ... 'X,' the official said": the definite
            # noun refers back to the unnamed voice that noun introduced, when no named person holds it.
            self.last_unnamed = True
            return None, (words[0][0], role[1])
        if role is not None and role[2] not in lex.company_nouns:
            deputy = any(w in lex.deputy_words for w in lowered)
            return self.resolve_role(role[2], gender or self._role_gender(role[2]), at=role[0], deputy=deputy,
                                     complement=self._complement(words, role)), \
                (role[0], words[-1][1] if not after else role[1])
        if orgs:
            m = orgs[0] if after else orgs[-1]
            return m.actor, (m.start, m.end)
        org = self._org_by_stem([w for _, _, w in words], [text[s].isupper() for s, _, _ in words])
        if org is None:
            org = self._org_by_generic(words, start) or self._state_body(words, start) or \
                self._org_by_clipping(words)
        return org, (words[0][0], words[-1][1])

    def _org_by_clipping(self, words: list[tuple[int, int, str]]) -> str | None:
        """A heuristic: a Russian or Ukrainian clipped compound names the body whose name it clips
        ("Минздраве" for "Министерства здравоохранения ...", "Заксобрании" for "Законодательного собрания
        ...", "Минобороны" for "Министерства обороны ..."): a capitalised Cyrillic word of the phrase that is
        the beginnings of two or more consecutive words of one organisation's name, when exactly one fits."""
        found: set[str] = set()
        for at, _, word in words:
            if len(word) < 6 or not self.text[at].isupper() or not "а" <= word[0] <= "я":
                continue
            for actor in self.actors.values():
                if actor.kind == "organisation" and any(_clips(word, [w.lower() for w in _WORD.findall(name)])
                                                        for name in (actor.name, *actor.variants)):
                    found.add(actor.id)
        return found.pop() if len(found) == 1 else None

    def _plural_body(self, at: int) -> str | None:
        """A heuristic: a plural pronoun opening a sentence ("They also said") continues the subject of the
        sentence before when that subject is an organisation ("The ministry of X accused ... They said"): the
        press refers to a body in the plural. Any other antecedent (a group of people) stays unnamed: None."""
        index = self._sentence_index(at)
        if index < 1:
            return None
        s_start = self.sentences[index][0]
        if len(_WORD.findall(self.text, s_start, at)) > 1:
            return None  # not the sentence's subject
        p_start, p_end = self.sentences[index - 1]
        for m in self.mentions_in(p_start, p_end):
            if m.start < p_start or self._in_quote(m.start) or m.start in self._skip_starts:
                continue
            # the subject: the first mention, at most one word (a determiner) after the sentence start
            if self.kind(m.actor) == "organisation" and len(_WORD.findall(self.text, p_start, m.start)) <= 1:
                return m.actor
            return None
        return None

    def forward_possessor(self, region: tuple[int, int], start: int, end: int) -> str | None:
        """A heuristic for a possessive pointing forward: "His office said that Prime Minister X would ...",
        "His press service said that Governor Y will ...": when the speaker phrase is a possessive pronoun and a
        body's noun ("office", "press service", "spokesman") and the reported clause [start, end) opens with a
        person (after at most a title: its subject) whose gender agrees, the possessor is that person, named
        in full in the clause (a name the pronoun refers back to would be "he"). None otherwise."""
        text, lex = self.text, self.lex
        first = _WORD.search(text, *region)  # most phrases open with no possessive: known from one word
        if first is None or lex.pronouns.get(first.group().lower()) not in ("m", "f"):
            return None
        words = [w.group().lower() for w in _WORD.finditer(text, *region)]
        if not 2 <= len(words) <= 4 or words[0] in lex.subject_pronouns:
            return None
        if not any(w in lex.org_nouns or w in lex.voice_nouns for w in words[1:]):
            return None
        gender = lex.pronouns[words[0]]
        opening = [w.start() for w in _WORD.finditer(text, start, min(end, start + 80))][:5]
        if not opening:
            return None
        for m in self.mentions_in(start, opening[-1] + 1):
            if m.start >= start and self.kind(m.actor) == "person" and not self._in_quote(m.start) and \
                    self.gender.get(m.actor) in (None, gender):
                return m.actor
        return None

    def _governed_before_group(self, m: _Mention, end: int) -> bool:
        """Whether a person mention stands right after a preposition and an unnamed group or voice follows it
        before ``end`` (the cue): the mention is an object, the group the subject."""
        prior = _WORD.findall(self.text, max(0, m.start - 20), m.start)
        if not prior or prior[-1].lower() not in self.lex.prepositions:
            return False
        return any(w.group().lower() in self.lex.unnamed for w in _WORD.finditer(self.text, m.end, end))

    def _voice_index(self, words: list[tuple[int, int, str]]) -> int | None:
        """The index of the (last word of the) first voice noun of a phrase ("spokesman", "press officer")."""
        voices = self.lex.voice_nouns
        for i, w in enumerate(words[:8]):
            if i + 1 < len(words) and f"{w[2]} {words[i + 1][2]}" in voices:
                return i + 1
            if w[2] in voices:
                return i
        return None

    def _voice_body(self, start: int, end: int, limit: int, person: str | None) -> str | None:
        """A heuristic: a definite voice noun with a complement naming a body ("the representative of the
        Merkovian ministry", "the representative of the ministry", "представитель ведомства") is that body's
        unnamed voice, so the body speaks; unless a person was introduced as a voice of that body
        ("spokeswoman of the Ministry of X Y"): a named spokesperson speaks for themselves. ``person`` is
        whom the actors stage linked the noun to. Returns the body, or the one other person introduced as
        its voice; None to keep ``person`` (or the usual resolution), also when the noun is no voice noun or
        its complement names no body."""
        text, lex = self.text, self.lex
        head = _WORD.findall(text, start, end)
        if not head or (head[-1].lower() not in lex.voice_nouns and
                        " ".join(head[-2:]).lower() not in lex.voice_nouns):
            return None
        words: list[tuple[int, int, str]] = []
        for w in _WORD.finditer(text, end, limit):
            if len(words) >= 6 or "," in text[end:w.start()] or self._in_quote(w.start()):
                break
            words.append((w.start(), w.end(), w.group().lower()))
        if not words:
            return None
        cyrillic = "а" <= words[0][2][0] <= "я"
        if not cyrillic and words[0][2] not in _OF_WORDS:
            return None  # "the spokesman said", "the representative told": no complement
        rest = words[0 if cyrillic else 1:]
        named = [m for m in self.mentions_in(rest[0][0], rest[-1][1]) if self.kind(m.actor) == "organisation"] \
            if rest else []
        proper = [w[2] for w in rest if text[w[0]].isupper()]
        body: str | None = None
        if named:
            body = named[0].actor
        elif proper:
            body = self._org_by_stem(proper, [True] * len(proper))
        elif rest:
            body = self._org_by_generic(rest, start)
        if body is None:
            return None
        # A person introduced as a voice of this very body ("the spokesman of the Ministry of X, General Y") is
        # the speaker: the one the noun was linked to (None: keep it), else the only other one.
        stems = {w[:5] for w in (proper or [w[2] for w in rest]) if len(w) >= 3}

        def of_body(actor: str) -> bool:
            return any(w[:5] in stems for w in self.role_words.get(actor, set()) if len(w) >= 3)

        if person is not None and of_body(person):
            return None
        noun = head[-1].lower()
        kind = role_class(noun)
        voices = [a for a, ws in self.role_words.items() if a != person and of_body(a)
                  and (any(role_class(w) == kind for w in ws) or a in self._holders(noun, None, kinds=False))]
        if len(voices) == 1:
            return voices[0]
        return None if voices and person is None else body

    def _unnamed_role(self, m: _Mention) -> bool:
        """Whether a role mention the actors stage linked to a person ("the official") uses a noun that
        introduced an unnamed voice earlier and that the person's role words do not hold: the press means
        that voice again, not the last person named."""
        if m.label != "role":
            return False
        words = _WORD.findall(self.text, m.start, m.end)
        noun = words[-1].lower() if words else ""
        return noun in self._unnamed_nouns and m.actor not in self._holders(noun, None, kinds=False)

    def _definite_before(self, words: list[tuple[int, int, str]], role: tuple[int, int, str]) -> bool:
        """Whether a determiner stands right before the role noun ("the official", "cet expert")."""
        i = next((k for k, w in enumerate(words) if w[0] == role[0]), 0)
        return i > 0 and words[i - 1][2] in self.lex.determiners

    def _past_agent(self, start: int, end: int) -> int:
        """A heuristic: a passive cue names its speaker after the agent word ("it was stated by the press
        service of X", "This was reported on Tuesday by X", "annoncé jeudi par X"). The few words before the
        agent (a day, an addressee) are dropped when they name nobody: no mention and no pronoun."""
        lex = self.lex
        if not lex.passive_agents:
            return start
        for n, w in enumerate(_WORD.finditer(self.text, start, end)):
            word = w.group().lower()
            if n >= 5 or word in lex.pronouns:
                break
            if word in lex.passive_agents:
                return w.end() if not self.mentions_in(start, w.start()) else start
        return start

    def _subject_core(self, start: int, end: int) -> tuple[int, int]:
        """A heuristic: the part of a phrase before its cue that can hold the speaker. A leading participial
        clause ("Asked whether the president would meet X, the spokesman said") names someone else; so does
        a relative clause after the subject ("One official, who met X, said"); an aside between subject and
        verb ("the head of the department, for her part, said") names nobody."""
        text, lex = self.text, self.lex
        first = _WORD.search(text, start, end)
        if first is not None and first.group().lower() in lex.participial_openers:
            comma = text.find(",", first.end(), end)
            if comma >= 0 and _WORD.search(text, comma, end):
                start = comma + 1
        elif first is not None and first.group().lower() in lex.prepositions:
            # "Dans un communiqué, le syndicat dit", "In a statement, the union said": a fronted adverbial
            # closed by a comma is no subject; the subject follows it. Not before an impersonal "on" / "man"
            # alone: "Au ministère de X, on indique" is the ministry speaking.
            comma = text.find(",", first.end(), end)
            if comma >= 0 and (len(_WORD.findall(text, comma, end)) >= 2 or self.mentions_in(comma, end)):
                start = comma + 1
        core_end = len(text[:end].rstrip(" \u00a0\t\n"))
        if core_end <= start or text[core_end - 1] != ",":
            return start, end
        trailing = core_end - 1
        prev = text.rfind(",", start, trailing)
        if prev >= 0 and " ".join(text[prev + 1:trailing].lower().split()) in lex.parentheticals:
            end = trailing = prev
        comma = text.find(",", start, trailing)
        while comma >= 0:
            word = _WORD.search(text, comma, trailing)
            if word is not None and word.group().lower() in lex.relative_pronouns and \
                    not text[comma + 1:word.start()].strip():
                return start, comma
            comma = text.find(",", comma + 1, trailing)
        return start, end

    def _in_apposition(self, role: tuple[int, int, str], orgs: list[_Mention]) -> bool:
        """Whether an organisation's name stands next to the role noun with only a comma between ("its
        owner, X Coal"): the apposition names who holds the role."""
        text = self.text
        return any((m.start >= role[1] and text[role[1]:m.start].strip(" \u00a0") == ",") or
                   (m.end <= role[0] and text[m.end:role[0]].strip(" ,\u00a0") == "" and
                    text[m.end:role[0]].strip(" \u00a0") == ",") for m in orgs)

    def _role_gender(self, role: str) -> str | None:
        if role in self.lex.female_titles:
            return "f"
        if role in self.lex.male_titles:
            return "m"
        return None

    def _org_by_generic(self, words: list[tuple[int, int, str]], at: int) -> str | None:
        """A heuristic: a generic noun refers back to an organisation named earlier ("the ministry said",
        "в ведомстве сообщили", "das Ministerium teilte mit", "the company said"). It names the organisation
        named last before it (outside quotes and datelines, and not one its own sentence names as the one
        told) that the noun fits: for a word for a body, one whose name (or the word right before a mention,
        "the regulator X") holds that noun or a narrower one from the language's table ("the department" may
        be a ministry or an agency, "the ministry" only a ministry; "the press service" any body); for a
        word for a firm, a firm by name or by the words before it, else the last one whose name says
        nothing of its kind ("Volta Grid"), never a body the text calls something else (a union, a ministry).
        "The statement said" is the body that issued the statement (see :meth:`_statement_owner`)."""
        lex = self.lex
        # Up to six words without a comma: "the press service of the department" still means one body, but
        # "Americo, the life insurance company" describes a name the text did not mark.
        if len(words) > 6:
            # "das Familienunternehmen am Montag bei einer Versammlung mit": after the verb, the subject ends
            # where the adjuncts start (a preposition or a time word).
            cut = next((i for i, w in enumerate(words) if i >= 1 and (w[2] in lex.prepositions or
                                                                      w[2] in lex.time_words)), len(words))
            words = words[:cut]
        size = len(words)
        if size > 6 or (size > 4 and "," in self.text[words[0][0]:words[-1][1]]) or \
                not lex.generic_any.search(self.text, words[0][0], words[-1][1]):
            return None
        lowered = [w for _, _, w in words]
        said_in = next((i for i, w in enumerate(lowered) if lex.statement_word.fullmatch(w)), -1)
        heads = self._generic_heads(lowered)
        if said_in >= 0 and (heads is None or self._generic_heads(lowered[said_in + 1:]) is None):
            # "The statement said" is the statement's issuer; "Dans un communiqué, le syndicat dit" is the
            # body named after the statement noun, which is only an adjunct there.
            return self._statement_owner(at)
        if heads is None and not any(lex.company_word.fullmatch(w) for w in lowered):
            return None
        other_bodies = lex.org_nouns - lex.company_nouns
        s_start = self._sentence_of(at)[0]
        fallback: str | None = None
        for m in reversed(self.mentions_in(0, at)):
            actor = self.actors[m.actor]
            if actor.kind != "organisation" or self._in_quote(m.start) or m.start in self._skip_starts:
                continue
            if m.start >= s_start and _TOLD_BEFORE.search(self.text, max(s_start, m.start - 30), m.start):
                continue  # "As told to agency X in the department": X is the one told
            if heads is not None:
                if "*" in heads or self._fits(actor.id, heads):
                    return actor.id
                continue
            described = self._descriptors(actor.id)
            if any(lex.company_word.fullmatch(w) for w in described):
                # "port operator X", "X, the company that ...": a firm by name, also when a body's voice comes
                # first ("the press service of the carrier X": the firm's own press service).
                return actor.id
            if described & other_bodies:
                continue  # "the dock workers' union X", "the Ministry of Y": not a firm
            fallback = fallback or actor.id
        if fallback is None and "*" not in (heads or ()):
            return self._named_after(at, heads)
        return fallback

    def _named_after(self, at: int, heads: tuple[str, ...] | None) -> str | None:
        """A heuristic for cataphora: a body noun no earlier organisation fits ("..., the regulator said." in
        a lead, "their union said", "the company said") names the first organisation of its kind (``heads``;
        None: a firm, by the words before its name) the text names after it in the rest of its paragraph or
        the next one (wire copy names the body in its second paragraph), else the only one of its kind the
        text names at all."""
        p = bisect_right(self._paragraph_starts, at)
        near = self._paragraph_starts[p + 1] if p + 1 < len(self._paragraph_starts) else len(self.text)
        found: set[str] = set()
        for m in self.mentions_in(at, len(self.text)):
            if m.start < at or self.kind(m.actor) != "organisation" or self._in_quote(m.start) or \
                    m.start in self._skip_starts:
                continue
            fits = self._fits(m.actor, heads) if heads is not None else \
                any(self.lex.company_word.fullmatch(w) for w in self._descriptors(m.actor))
            if fits:
                if m.start < near:
                    return m.actor
                found.add(m.actor)
        return found.pop() if len(found) == 1 else None

    def _generic_heads(self, lowered: list[str]) -> tuple[str, ...] | None:
        """The name-word stems the first generic body noun of the phrase may refer to (None: no such noun)."""
        for key, heads in self.lex.generic_orgs:
            size = len(key)
            for i in range(len(lowered) - size + 1):
                if all(stem_matches(lowered[i + k], key[k]) for k in range(size)):
                    return heads
        return None

    def _fits(self, actor_id: str, heads: tuple[str, ...]) -> bool:
        """Whether the organisation's kind words hold one of ``heads`` (stems; as the end of a compound too:
        "Bundesministerium" is a Ministerium)."""
        if actor_id not in self._kinds:
            actor = self.actors[actor_id]
            found = {w.lower() for v in (actor.name, *actor.variants) for w in _WORD.findall(v)}
            for m in self.mentions:
                if m.actor == actor_id and m.label in (None, "name"):
                    before = self.text[max(0, m.start - 25):m.start]
                    if before.endswith((" ", "\u00a0")):
                        found.update(w.lower() for w in _WORD.findall(before)[-1:])
            self._kinds[actor_id] = found
        return any(stem_matches(w, h, compound=True) for w in self._kinds[actor_id] for h in heads)

    def _statement_owner(self, at: int) -> str | None:
        """A heuristic: "The statement said" names whoever issued the statement the text mentioned last: in
        the sentence of the last earlier "statement" outside quotes, the body or person named nearest before
        it ("the ministry issued a statement", "in the ministry's statement"), else one named right after it
        ("a statement from the ministry"). None when the text mentions no earlier statement."""
        found: re.Match[str] | None = None
        for w in self.lex.statement_any.finditer(self.text, 0, at):
            if not self._in_quote(w.start()):
                found = w
        if found is None:
            return None
        s_start, s_end = self._sentence_of(found.start())
        named = [m for m in self.mentions_in(s_start, min(s_end, at))
                 if not self._in_quote(m.start) and m.start not in self._skip_starts]
        before = [m for m in named if m.end <= found.start()]
        if before:
            return before[-1].actor
        # only right after the noun: a body named later in the sentence is what the statement is about
        return next((m.actor for m in named if 0 <= m.start - found.end() <= 25), None)

    def _descriptors(self, actor_id: str) -> set[str]:
        """The words of an organisation's name and the three words before each of its mentions ("the dock
        workers' union X", "port operator Y"): what kind of body the text says it is."""
        if actor_id not in self._described:
            found = {w.lower() for w in _WORD.findall(self.actors[actor_id].name)}
            for m in self.mentions:
                if m.actor == actor_id:
                    # within its sentence: the end of the sentence before says nothing of this body
                    since = max(self._sentence_of(m.start)[0], m.start - 40)
                    found.update(w.lower() for w in _WORD.findall(self.text[since:m.start])[-3:])
            self._described[actor_id] = found
        return self._described[actor_id]

    def _state_body(self, words: list[tuple[int, int, str]], at: int) -> str | None:
        """A heuristic: a place speaking for its government ("Velsk has said", "Valdoria says") is the
        government body named last before it within a few sentences, when the phrase is one capitalised word
        (an auxiliary aside) that names no actor."""
        content = [w for w in words if w[2] not in self.lex.finite_markers]
        if len(content) != 1 or not self.text[content[0][0]].isupper() or content[0][2] in self.lex.pronouns:
            return None
        if not self._is_place(self.text[content[0][0]:content[0][1]]):
            return None  # an unknown surname ("Haley warned") is not a capital
        index = self._sentence_index(at)
        since = self.sentences[max(0, index - 3)][0] if index >= 0 else 0
        for m in reversed(self.mentions_in(since, at)):
            if self.kind(m.actor) == "organisation" and not self._in_quote(m.start) and \
                    self._state_rank(self.actors[m.actor]) is not None:
                return m.actor
        return None

    def _is_place(self, word: str) -> bool:
        """A heuristic: the text uses ``word`` as a place elsewhere: after a locative preposition ("in
        Velsk", "в Велске") or in capitals as a dateline ("VELSK, Oct 7")."""
        if word in self._places:
            return self._places[word]
        # Only prepositions that take places, not people ("to X", "at X's speech" take both).
        text = self.text
        found = _whole_word_in(text, word.upper())
        at = text.find(word)
        while not found and at >= 0:
            end = at + len(word)
            found = _PLACE_BEFORE.search(text, max(0, at - 6), at) is not None and \
                (end == len(text) or not (text[end].isalnum() or text[end] in "’'-"))
            at = text.find(word, end)
        self._places[word] = found
        return found

    def _state_rank(self, actor: Actor) -> int | None:
        """How likely a body speaks for its country: the index of the first state-body word in its name
        ("government" before "foreign ministry" before "ministry" before "embassy"), None for other bodies."""
        if actor.id not in self._ranks:
            name = " " + " ".join(w.lower() for w in _WORD.findall(actor.name)) + " "
            self._ranks[actor.id] = next((rank for rank, word in enumerate(self.lex.state_bodies)
                                          if f" {word} " in name), None)
        return self._ranks[actor.id]

    def _head(self, words: list[tuple[int, int, str]], *, after: bool) -> tuple[int, int, str] | None:
        """The word nearest the cue, skipping adverbs ("he also said", "сказала она журналистам")."""
        seq = words if after else list(reversed(words))
        for w in seq[:3]:
            if w[2] in _ADVERBS or (w[2] in self.lex.time_words and w[2] not in self.lex.pronouns):
                continue
            return w
        return None

    def _role_in(self, words: list[tuple[int, int, str]], *, after: bool) -> tuple[int, int, str] | None:
        near = words[:6] if after else words[-6:]
        for w in near:
            if w[2] in self.lex.roles or _oblique_role(w[2], self.lex.roles):
                return w
        return None

    def _holders(self, role: str, gender: str | None, *, kinds: bool = True) -> list[str]:
        """The people whose role words hold ``role`` (by a five-letter stem), of ``gender`` if given; with
        ``kinds``, a noun for a kind of office is also held by the holders of the offices it covers."""
        stem = role[:5] if len(role) > 5 else role
        # A spokesman is a press secretary: any spokes role names the holder of any other.
        spokes = [p.split() for p in self.lex.spokes] if role in self.lex.spokes else []
        # A noun for a kind of office ("the diplomat", "the official") is held by anyone whose role words
        # name an office of that kind ("ambassador", "spokeswoman of the MFA").
        covered = role_hypernym(role) if kinds else frozenset()
        # Synonyms name one office ("глава" / "директор", "chairman" / "chair"): the actors stage's classes.
        same = role_class(role)
        classes = self.role_classes
        return [a for a, ws in self.role_words.items()
                if (role in ws or any(w.startswith(stem) for w in ws if len(w) >= len(stem))
                    or any(all(w in ws for w in words) for words in spokes)
                    or same in classes[a] or (covered and not covered.isdisjoint(classes[a])))
                and self.gender.get(a) in (None, gender or self.gender.get(a))]

    def _complement(self, words: list[tuple[int, int, str]], role: tuple[int, int, str]) -> tuple[str, ...]:
        """The content words of a role noun's "of" complement in the phrase ("the head of the Ilginsky
        district": ilginsky, district), up to a preposition or the end; empty without one or when it names
        nothing by name."""
        lex = self.lex
        i = next((k for k, w in enumerate(words) if w[0] == role[0]), len(words))
        if i + 1 >= len(words) or words[i + 1][2] not in _OF_WORDS:
            return ()
        out: list[str] = []
        named = False
        for start, _, w in words[i + 2:i + 7]:
            if w in lex.determiners or w in _OF_WORDS:
                continue
            if w in lex.prepositions or w in lex.time_words:
                break
            named = named or self.text[start].isupper()
            out.append(w)
        # Only a complement with a name ("of the Ilginsky district") says whose office; a generic one ("the
        # head of the company") refers back to the holder's own body.
        return tuple(out) if named else ()

    def resolve_role(self, role: str, gender: str | None = None, *, at: int = -1,
                     deputy: bool = False, complement: tuple[str, ...] = ()) -> str | None:
        """The person a role noun refers to: the only one whose role words hold it, else the paragraph's
        last speaker or topic (see :meth:`_in_paragraph`), else the last person to speak among those that
        hold it, else the last person to speak (the press refers back by role). With a ``gender`` ("m"/"f")
        only people of that gender (or of none known) are candidates. Unless the phrase itself says
        ``deputy``, a deputy ("deputy head of the city") does not hold the bare role ("the head of the
        city") when someone else does."""
        holders = self._holders(role, gender)
        if complement:
            # "the head of the Ilginsky district" is not the head of the committee: a holder's role words
            # must cover the complement (by a five-letter stem: "the head of the ministry", the minister).
            stems = [w[:5] for w in complement]
            holders = [a for a in holders if all(any(_bare_word(x).startswith(st)
                                                     for x in self.role_words.get(a, ())) for st in stems)]
        if deputy and not any(self._is_deputy(a) for a in holders):
            # "the deputy mayor" is not the mayor: the one person the text calls a deputy, if one only.
            deputies = [a for a in self.role_words if self._is_deputy(a)
                        and self.gender.get(a) in (None, gender or self.gender.get(a))]
            if len(deputies) == 1:
                return deputies[0]
        if not deputy and len(holders) > 1:
            plain = [a for a in holders
                     if not {w.lower() for w in _WORD.findall(self.actors[a].role or "")} & self.lex.deputy_words]
            holders = plain or holders
        if len(holders) == 1:
            return holders[0]
        if at >= 0 and not holders:
            introduced = self._introduced_before(at, gender)
            if introduced is not None:
                return introduced
        if at >= 0:
            found, actor = self._in_paragraph(at, gender, holders, pronoun=False)
            if found:
                return actor
        if not holders:
            # Nobody the text names holds the role ("the head of the village", "der Landrat"), and it does
            # not continue its paragraph's speaker: an office whose holder the text never names (None), not
            # whoever spoke last. One person in the whole text may still be named only later (cataphora).
            return self._only_person()
        recent = [s for _, s in self.history[-_HISTORY_REACH:] if self.kind(s) == "person"
                  and self.gender.get(s) in (None, gender or self.gender.get(s))]
        for speaker in reversed(recent):
            if speaker in holders:
                return speaker
        return self._only_person()

    def _introduced_before(self, at: int, gender: str | None) -> str | None:
        """A heuristic: a definite role noun nobody holds by name ("der Juniorchef", "the chief executive")
        right after a sentence whose subject is a person the text gives no office ("Her son Timo X sees it
        differently. ... said the junior boss") describes that person: the press introduces someone by name
        and then by the office it had not yet named. Only the sentence just before, in the same paragraph."""
        index = self._sentence_index(at)
        if index < 1:
            return None
        p = bisect_right(self._paragraph_starts, at) - 1
        p_start = self._paragraph_starts[p] if p >= 0 else 0
        if self.sentences[index - 1][0] < p_start:
            return None
        subject = self._subject(index - 1)
        if subject is None or self.kind(subject) != "person" or \
                self.gender.get(subject) not in (None, gender or self.gender.get(subject)):
            return None
        if self.actors[subject].role or not self.role_words.get(subject, set()).isdisjoint(self.lex.roles):
            return None  # a person with an office of their own is not described by another one
        return subject

    def _is_deputy(self, actor_id: str) -> bool:
        return not self.role_words.get(actor_id, set()).isdisjoint(self.lex.deputy_words)

    def resolve_pronoun(self, gender: str, at: int) -> str | None:
        """The person a pronoun refers to: the subject of the nearest sentence (its first person mention,
        or the speaker of the quotes it holds) whose gender agrees. Plural and neuter pronouns give None."""
        if gender not in ("m", "f"):
            return None
        index = self._sentence_index(at)
        for back in range(0, 5):
            i = index - back
            if i < 0:
                break
            s_start, s_end = self.sentences[i]
            limit = at if back == 0 else s_end
            spoke = [sp for pos, sp in self.history if s_start <= pos < limit]
            named = [m.actor for m in self.mentions_in(s_start, limit)
                     if self.kind(m.actor) == "person" and not self._in_quote(m.start)]
            # In the pronoun's own sentence its subject comes first ("Liga X put it best: the plan, she
            # said"); in earlier ones, whoever was quoted there.
            for actor in (named + spoke if back == 0 else spoke + named):
                if self.kind(actor) == "person" and self.gender.get(actor) in (None, gender):
                    return actor
            if back == 0:
                found, centre = self._in_paragraph(at, gender, [], pronoun=True)
                if found:
                    return centre
        for _, speaker in reversed(self.history[-_HISTORY_REACH:]):
            if self.kind(speaker) == "person" and self.gender.get(speaker) in (None, gender):
                return speaker
        only = self._only_person()
        return only if only is not None and self.gender.get(only) in (None, gender) else None

    def _in_paragraph(self, at: int, gender: str | None, holders: list[str], *,
                      pronoun: bool) -> tuple[bool, str | None]:
        """A heuristic after centering theory: a pronoun or role noun naming a speaker continues the
        paragraph's centre, not whoever was named last. The centre is the paragraph's last speaker before
        this sentence (an unnamed voice too, for a pronoun: "A senior official said ... He said" stays
        unnamed), else the subject of the paragraph's first sentence (its topic). A person named in between
        as an object, a possessor or the subject of a sentence that quotes nobody does not take over.

        Returns (found, actor); candidates agree in ``gender`` and, if ``holders`` is given, hold the role.
        """
        s_start = self._sentence_of(at)[0]
        i = bisect_right(self._paragraph_starts, at) - 1
        p_start = self._paragraph_starts[i] if i >= 0 else 0
        if p_start >= s_start:
            return False, None  # the first sentence of its paragraph: nothing to continue here

        def fits(actor: str) -> bool:
            return self.kind(actor) == "person" and self.gender.get(actor) in (None, gender or
                                                                                self.gender.get(actor)) \
                and (not holders or actor in holders)

        said: list[tuple[int, str | None]] = [(pos, sp) for pos, sp in self.history if p_start <= pos < s_start]
        if pronoun:
            said += [(pos, None) for pos in self.unnamed_said if p_start <= pos < s_start]
            # "ответила чиновница, не назвавшая своей фамилии. По её словам, ...": a voice introduced as
            # unnamed is the centre even when it has no quote of its own.
            anonymous = anonymity_in(self.text, p_start, s_start)
            if anonymous >= 0 and not self._in_quote(anonymous):
                said.append((anonymous, None))
        for _, speaker in sorted(said, key=lambda x: x[0], reverse=True):
            if speaker is None or fits(speaker):
                return True, speaker
        topic = self._subject(self._sentence_index(p_start))
        if topic is not None and fits(topic):
            return True, topic
        return False, None

    def _subject(self, index: int) -> str | None:
        """A heuristic: the person a narrator's sentence is about: its first person mention outside quotes
        that is not a possessor ("Vollmer's deputy") or after a preposition, or its first subject pronoun
        ("he", "она"), resolved in turn, whichever comes first."""
        if index < 0 or index >= len(self.sentences):
            return None
        if index in self._subjects:
            return self._subjects[index]
        self._subjects[index] = None  # a guard against resolving a pronoun back into itself
        s_start, s_end = self.sentences[index]
        text, lex = self.text, self.lex
        first: _Mention | None = None
        for m in self.mentions_in(s_start, s_end):
            if m.start < s_start or self._in_quote(m.start) or m.start in self._skip_starts:
                continue
            if text.startswith(("'s", "’s"), m.end) or text.startswith(("'", "’"), m.end):
                continue
            prior = _WORD.findall(text, max(s_start, m.start - 20), m.start)
            if prior and prior[-1].lower() in lex.prepositions:
                continue
            first = m
            break
        limit = first.start if first is not None else s_end
        subject: str | None = first.actor if first is not None and self.kind(first.actor) == "person" else None
        for w in _WORD.finditer(text, s_start, limit):
            word = w.group().lower()
            if word in lex.subject_pronouns and not self._in_quote(w.start()) and self._depth < 3:
                self._depth += 1
                try:
                    subject = self.resolve_pronoun(lex.pronouns.get(word, ""), w.start())
                finally:
                    self._depth -= 1
                break
        self._subjects[index] = subject
        return subject

    def _only_person(self) -> str | None:
        """The one person the narrator names outside quotes, if there is exactly one: an article about one
        speaker may call them by title long before it gives the name ("the chairman ... said", then the
        name in the last line)."""
        found = {m.actor for m in self.mentions
                 if self.kind(m.actor) == "person" and not self._in_quote(m.start)}
        return found.pop() if len(found) == 1 else None

    def _org_by_stem(self, words: list[str], capitalised: list[bool]) -> str | None:
        """An organisation named by a word of its name: a word for a body ("the court" for "District Court of
        X") or a proper noun (a country speaking for its ministry: "Valdoria says"), when exactly one
        organisation fits. Stems of three to five letters absorb inflection ("суда" /
        "суд")."""
        if self._org_stems is None:
            self._org_stems = {
                a.id: {w.lower()[:k] for v in (a.name, *a.variants) for w in _WORD.findall(v) for k in (3, 4, 5)}
                for a in self.actors.values() if a.kind == "organisation"}
        found: set[str] = set()
        if self._org_noun_heads is None:
            self._org_noun_heads = {n[:3] for n in self.lex.org_nouns if len(n) >= 3}
        for w, proper in zip(words, capitalised, strict=True):
            if len(w) < 3 or (not proper and w[:3] not in self._org_noun_heads):
                continue  # a word for a body ("court", "суда") or a proper noun ("Valdoria says") only
            stem = w[:max(3, min(5, len(w) - 1))]
            found.update(a for a, stems in self._org_stems.items() if stem in stems)
        if len(found) > 1:
            # "Tesaria said" with a Tesarian ministry and a Tesarian embassy: the government body speaks for
            # the country, the higher in rank the likelier (one best rank, or no answer).
            ranked = sorted((r, a) for a in found if (r := self._state_rank(self.actors[a])) is not None)
            if ranked and (len(ranked) == 1 or ranked[0][0] < ranked[1][0]):
                return ranked[0][1]
        return found.pop() if len(found) == 1 else None
