"""The quotes stage: direct and reported quotes, their cues and speakers, as ``quote`` spans.

The steps, in order:

1. pair quotation marks into passages (:mod:`unspin.quotes.marks`) and drop names and titles in marks
   ("Mostostroy-7", «Морской вестник», "The Orchard Keeper's Daughter") and scare quotes after a marker
   ("so-called", "the word", "means");
2. find reported clauses sentence by sentence (:mod:`unspin.quotes.reported`);
3. give each direct quote its cue: the reported clause it sits in (a partial quote), the attribution after its
   closing mark ("”, — said X", "," he said"), a cue verb before it in its sentence ("X said: “", "called the
   plan “...”"), or the quote before it (a continuation); a split quote ("«A, — added X. — B»") becomes two.
   A short passage (four words or fewer) with none of these is a scare quote and is dropped;
4. resolve every speaker in text order (:mod:`unspin.quotes.speakers`), so that pronouns and role nouns can
   reach back to whoever spoke before.
"""

from __future__ import annotations

import re
from itertools import islice

from unspin.actors import is_role_noun
from unspin.document import MENTION, QUOTE, Document, Span
from unspin.quotes.context import Context, Found, count_words, has_words
from unspin.quotes.lexicon import Lexicon, languages_for, lexicon
from unspin.quotes.marks import MarkedQuote, find_marked_quotes, strip_span
from unspin.quotes.reported import find_reported
from unspin.quotes.speakers import Speakers
from unspin.settings import Settings

__all__ = ["annotate_quotes", "find_quotes"]

_SHORT = 4  # words: a passage this short needs a cue to be a quote (else it is a scare quote)
_TITLE_MAX = 6  # words: longer passages in marks are not names or titles
_DASHES = "—–-‒―"
_TAIL_LEAD = re.compile(r"[\s,.!?…:;]*(?:[—–‒―-]+\s*)?")
_WORDS = re.compile(r"[^\W\d_][\w\-'’]*")
_CONNECTORS = frozenset({"of", "the", "and", "de", "du", "des", "la", "le", "les", "et", "и", "für", "und", "der",
                         "die", "das", "von", "y", "del", "a", "in", "on", "at", "for", "&", "i", "im", "am"})
_CONJUNCTIONS = frozenset({"and", "but", "also", "then", "и", "а", "но", "также", "et", "mais", "aussi", "und",
                           "aber", "auch", "y", "pero", "і", "але"})
_COMMA_CONJUNCTION = re.compile(r",\s+(?:and|but|while|и|а|но|et|mais|und|aber|y|pero|і|але)\s+(?=\S)")
_SENTENCE_END = re.compile(r"[.;:!?](?:\s|$)")
_CLAUSE_END = re.compile(r"[.;!?](?:\s|$)")
_PRONOUN_IN_CUE = re.compile(r"-(?:t-)?(il|elle|ils|elles)\b", re.IGNORECASE)
_CUE_GENDER = {"il": "m", "elle": "f", "ils": "p", "elles": "p"}
_AGENT = re.compile(r"\s+([^\W\d_]+)\s+")


def find_quotes(doc: Document, *, settings: Settings) -> list[Span]:
    """The ``quote`` spans of a document (see the module docstring for how they are found).

    Reads the ``sentence``, ``headline``, ``dateline`` and ``mention`` layers and ``doc.actors``; works without
    mentions too (every speaker is then None).
    """
    lex = lexicon(languages_for(doc.labels.get("language")))
    ctx = Context(doc, lex, settings)
    text = doc.text
    marked = find_marked_quotes(text, ctx.lines, ctx.headline_lines)
    kept = [q for q in marked if not _is_name_or_scare(ctx, q)]
    ctx.set_quotes(kept)
    reported = find_reported(ctx)
    directs = _attribute_directs(ctx, kept, reported)
    found = sorted(reported + directs, key=lambda f: (f.start, f.kind != "reported", -f.end))
    if lex.konjunktiv:
        found = sorted(found + _konjunktiv_continuations(ctx, found),
                       key=lambda f: (f.start, f.kind != "reported", -f.end))
    speakers = Speakers(doc, lex, [(s, e) for s, e, _ in ctx.sentences], [(f.start, f.end) for f in directs],
                        ctx.unmarked, mentions=ctx.mention_layer, skip=(ctx.dateline,) if ctx.dateline else (),
                        paragraphs=ctx.line_starts)
    done: set[int] = set()
    for f in found:
        _resolve(speakers, f, done)
    _headlines_from_body(ctx, found)
    _roles_from_speakers(doc, [f for f in found if not f.hidden])
    spans = []
    for f in found:
        if f.hidden:
            continue
        attrs = {"speaker": f.speaker,
                 "speaker_span": list(f.speaker_span) if f.speaker_span else None,
                 "cue": list(f.cue) if f.cue else None}
        spans.append(Span(f.start, f.end, QUOTE, f.kind, round(f.score, 2), attrs))
    return spans


# Determiners a role phrase at a cue opens with ("the spokesman"), left out of the role as appositions leave them.
_ROLE_DETERMINER = re.compile(r"(?i)(?:the|a|an|le|la|les|l['’]|der|die|das|den|dem)[ \u00a0]+|l['’]")
_ROLE_END = re.compile(r"[,;:()«»“”\"]|[ \u00a0][—–-][ \u00a0]")


def _roles_from_speakers(doc: Document, found: list[Found]) -> None:
    """A person the actors stage found no role for takes the role phrase that named them at a cue.

    "председатель Государственной Думы заявил ..." with the name only at the end: the quotes stage resolves the
    phrase to the person, so the phrase is their role. Only phrases that open with a role noun (within their
    first three words, after a determiner) and hold no mention of the person's own name; the longest wins.
    """
    text = doc.text
    people = {a.id: a for a in doc.actors if a.kind == "person" and a.role is None}
    if not people:
        return
    own: dict[str, list[tuple[int, int]]] = {}
    for m in doc.layer(MENTION):
        actor = m.attrs.get("actor")
        if isinstance(actor, str) and actor in people:
            own.setdefault(actor, []).append((m.start, m.end))
    roles: dict[str, str] = {}
    for f in found:
        if f.speaker not in people or f.speaker_span is None:
            continue
        start, end = f.speaker_span
        if any(s < end and start < e for s, e in own.get(f.speaker, ())):
            continue
        lead = _ROLE_DETERMINER.match(text, start, end)
        if lead is not None:
            start = lead.end()
        # The phrase ends at a comma or dash: what follows is the sentence going on ("le syndicaliste, lui, ...").
        phrase = _ROLE_END.split(text[start:end], maxsplit=1)[0].strip()
        words = phrase.split()
        if len(words) > 8 or not any(is_role_noun(w.strip(".")) for w in words[:3]):
            continue
        if len(phrase) > len(roles.get(f.speaker, "")):
            roles[f.speaker] = phrase
    for actor_id, role in roles.items():
        people[actor_id].role = role


def annotate_quotes(doc: Document, *, settings: Settings) -> None:
    """Add the ``quote`` layer (run after the actors stage, whose mentions name the speakers)."""
    doc.add(find_quotes(doc, settings=settings))


# -- names, titles and scare quotes -----------------------------------------------------------------


def _is_name_or_scare(ctx: Context, q: MarkedQuote) -> bool:
    """A heuristic: a short passage in marks after a title noun ("the company «X»"), after a scare marker
    ("so-called", "the word"), or made of capitalised words only ("Ten Tanks", "Le Matin de Vessane")."""
    text, lex = ctx.text, ctx.lex
    # More than _TITLE_MAX words: known from the first words alone (quotes run long), read in place (the
    # pattern has no look-around, so pos and endpos find what the slice would).
    if next(islice(_WORDS.finditer(text, q.start, q.end), _TITLE_MAX, None), None) is not None:
        return False
    content = text[q.start:q.end]
    words = _WORDS.findall(content)
    s_start, _ = ctx.sentence_at(q.open_at)
    before = text[max(s_start, q.open_at - 60):q.open_at]
    if _scare_before(lex, before.rstrip()):
        return True
    if _inside_name(ctx, q, before):
        return True
    prior = [w.lower() for w in _WORDS.findall(before)[-2:]]
    if prior and (prior[-1] in lex.title_nouns or " ".join(prior) in lex.title_nouns):
        # "la société dite « X »" names X, but "elle s'est dite « préoccupée »" is a verb and its object
        return not any(not text[m.end():q.open_at].strip() for m in ctx.cues("objects", s_start, q.open_at))
    if not words or len(words) > 5 or content.rstrip()[-1:] in "!?":
        return False
    named = all(w[0].isupper() or w.lower() in _CONNECTORS for w in words) and words[0][0].isupper()
    return (named and (len(words) > 1 or any(c.isdigit() for c in content) or "-" in content)) \
        or (named and not _has_tail_cue(ctx, q))


def _scare_before(lex: Lexicon, before: str) -> bool:
    """Whether ``before`` (stripped) ends with a scare marker ("so-called", "the word")."""
    if lex.scare_ends is not None:
        last = before.rsplit(None, 1)[-1] if before else ""
        # The marker's last word ends the text: an ASCII last word that ends with no marker's last word
        # spares the search (which tries every position of the text).
        if last.isascii() and not last.lower().endswith(lex.scare_ends):
            return False
    return lex.scare.search(before) is not None


def _inside_name(ctx: Context, q: MarkedQuote, before: str) -> bool:
    """A nickname inside a name: a capitalised word right before the opening mark (not the sentence's first
    word) and right after the closing mark (Harold "Ten Tanks" Brody; Senator John “I want X” Doe)."""
    if q.close_at < 0 or not before.endswith((" ", "\u00a0")):
        return False
    prev = _WORDS.findall(before)
    nxt = _WORDS.match(ctx.text, q.close_at + 2) if ctx.text[q.close_at + 1:q.close_at + 2] == " " else None
    return bool(len(prev) >= 2 and prev[-1][0].isupper() and nxt and nxt.group()[0].isupper())


def _has_tail_cue(ctx: Context, q: MarkedQuote) -> bool:
    if q.close_at < 0:
        return False
    lead = _TAIL_LEAD.match(ctx.text, q.close_at + 1)
    return bool(lead and ctx.lex.tail.match(ctx.text, lead.end()))


# -- direct quotes: cues and splits ------------------------------------------------------------------


def _attribute_directs(ctx: Context, kept: list[MarkedQuote], reported: list[Found]) -> list[Found]:
    out: list[Found] = []
    for q in kept:
        parts = _split_interrupted(ctx, q)
        for f in parts:
            if f.source is None and f.cue is None:
                _attribute(ctx, f, reported, out)
            if f.source is None and f.cue is None and not has_words(ctx.text, f.start, f.end, _SHORT + 1) and \
                    not _opens_headline(ctx, q):
                continue  # a scare quote: short, and nobody says it
            out.append(f)
    return out


def _opens_headline(ctx: Context, q: MarkedQuote) -> bool:
    """A headline that opens with words in marks followed by a colon or a dash ("'A stolen majority': ...")
    quotes someone, however short: the press puts a speaker's words in front of a headline that way."""
    if q.close_at < 0 or not ctx.headline_lines[q.line] or q.open_at != ctx.lines[q.line][0]:
        return False
    return ctx.text[q.close_at + 1:q.close_at + 4].lstrip(" \u00a0")[:1] in (":", "—", "–")


def _split_interrupted(ctx: Context, q: MarkedQuote) -> list[Found]:
    whole = Found(q.start, q.end, "direct", marked=q, score=0.9)
    if q.close_at < 0:
        return [whole]
    text = ctx.text
    content = text[q.start:q.end]
    dashed = "—" in content or "–" in content or " - " in content
    m = ctx.lex.interrupt.search(text, q.start, q.end) if dashed else None
    if m is None:
        french = _french_interrupt(ctx, q)
        if french is None:
            return [whole]
        cue, who, cut, resume = french
    else:
        cue = (m.start("dash"), m.end("cue"))
        who = (m.start("who"), m.end("who"))
        cut, resume = m.start() + 1, m.end()
    s1, e1 = strip_span(text, q.start, cut)
    s2, e2 = strip_span(text, resume, q.end)
    if e1 <= s1 or e2 <= s2:
        return [whole]
    first = Found(s1, e1, "direct", cue=cue, region=who, after=True, marked=q, score=0.9)
    _pronoun_from_cue(ctx, first)
    second = Found(s2, e2, "direct", cue=cue, source=first, marked=q, score=0.9)
    return [first, second]


def _french_interrupt(ctx: Context, q: MarkedQuote) -> tuple[tuple[int, int], tuple[int, int], int, int] | None:
    """«A, a-t-il ajouté, B»: an inverted verb with its pronoun between commas inside the marks."""
    text = ctx.text
    for m in ctx.cues("tail", q.start, q.end):
        if not _PRONOUN_IN_CUE.search(m.group()):
            continue
        before = text[q.start:m.start()].rstrip()
        comma = text.find(",", m.end(), min(q.end, m.end() + 40))
        if before.endswith(",") and comma >= 0:
            cut = q.start + len(before)
            return (m.start(), m.end()), (m.start(), m.end()), cut, comma + 1
    return None


def _pronoun_from_cue(ctx: Context, f: Found) -> None:
    if f.cue is None:
        return
    m = _PRONOUN_IN_CUE.search(ctx.text, f.cue[0], f.cue[1])
    if m:
        f.pronoun, f.pronoun_at = _CUE_GENDER[m.group(1).lower()], m.start(1)
        f.region = (m.start(1), m.end(1))


def _attribute(ctx: Context, f: Found, reported: list[Found], done: list[Found]) -> None:
    """Give a direct quote its cue and speaker phrase (or a source quote to take them from)."""
    q = f.marked
    assert q is not None
    inside = [r for r in reported if r.start <= f.start and f.end <= r.end]
    if inside:
        r = min(inside, key=lambda r: r.end - r.start)
        f.source, f.cue = r, r.cue
        return
    if _attribute_after(ctx, f, q) or _attribute_before(ctx, f, q, reported + done, reported):
        return
    if _attribute_next(ctx, f, q) or _attribute_colon(ctx, f, q):
        return
    _continue_previous(ctx, f, q, reported + done)


def _attribute_next(ctx: Context, f: Found, q: MarkedQuote) -> bool:
    """"“...” With these words X addressed ...", "“...” The remark, made by X, ...": a quote that is a
    sentence of its own is attributed by the next sentence when that one opens by pointing back at it."""
    if q.close_at < 0 or q.close_at < f.end:
        return False
    text = ctx.text
    at = q.close_at + 1
    while at < len(text) and text[at] in " \u00a0\t":
        at += 1
    m = ctx.lex.next_sentence.match(text, at)
    if m is None or ctx.line_index(m.start()) != q.line:
        return False
    f.cue = (m.start(), m.end())
    f.region, f.after = (m.end(), ctx.sentence_at(m.start())[1]), True
    return True


def _attribute_colon(ctx: Context, f: Found, q: MarkedQuote) -> bool:
    """"The unionist, for his part, remains sceptical: “...”": a colon right before the opening mark, after a
    short sentence start that names someone, makes that subject the speaker (the colon is the cue)."""
    text = ctx.text
    colon = q.open_at - 1
    while colon >= 0 and text[colon] in " \u00a0\u202f\t":
        colon -= 1
    if colon < 0 or text[colon] != ":":
        return False
    s_start, _ = ctx.sentence_at(colon)
    if s_start >= colon or has_words(text, s_start, colon, 9) or not has_words(text, f.start, f.end, _SHORT + 1):
        return False
    # The subject must be a person's or body's name or a role noun among the first three words: a colon after
    # "It reads", "Another asks" or "The suit quotes" introduces a text, not a speaker's words.
    head = [(w.start(), w.group().lower()) for w in islice(_WORDS.finditer(text, s_start, colon), 3)]
    if not head or not (any(w in ctx.lex.roles for _, w in head) or
                        any(s < head[-1][0] + 1 and head[0][0] < e for s, e in ctx.mention_spans)):
        return False
    f.cue = (colon, colon + 1)
    f.region, f.after = (s_start, colon), False
    return True


# The auxiliaries of an English passive ("is noted", "it was stressed", "has been said"): not a subject.
_PASSIVE_AUX = frozenset({"it", "is", "was", "are", "were", "has", "have", "had", "been", "being", "be"})


def _attribute_after(ctx: Context, f: Found, q: MarkedQuote) -> bool:
    """"“...,” said X" / "”, — заявил X" / "," X said" / "“...”, so X": the cue after the closing mark."""
    if q.close_at < 0 or q.close_at < f.end:
        return False
    text, lex = ctx.text, ctx.lex
    start = q.close_at + 1
    _, s_end = ctx.sentence_at(q.close_at)
    following = ctx.next_open(q.close_at)
    limit = s_end if following is None else min(s_end, following)
    lead = _TAIL_LEAD.match(text, start, limit)
    at = lead.end() if lead else start
    dash = next((i for i in range(start, at) if text[i] in _DASHES), -1)
    verb = lex.tail.match(text, at, limit)
    if verb:
        f.cue = (dash if dash >= 0 else verb.start(), verb.end())
        f.region, f.after = (verb.end(), limit), True
        _pronoun_from_cue(ctx, f)
        return True
    verbs = ctx.cues("tail", at, limit)
    if not verbs:
        return False
    verb = verbs[0]
    between = text[at:verb.start()]
    if count_words(between) > 8 or _SENTENCE_END.search(between):
        return False
    if {w.lower() for w in _WORDS.findall(between)} <= _CONJUNCTIONS:
        return False  # "“A” and said “B”": the verb belongs to the next quote
    f.cue = (verb.start(), verb.end())
    agent = _AGENT.match(text, verb.end(), limit)
    if agent and agent.group(1).lower() in ctx.lex.passive_agents and count_words(between) <= 3:
        # "“...,” it was stated by the press service": a passive cue, its speaker after the agent word
        f.region, f.after = (agent.end(), limit), True
        return True
    before = {w.lower() for w in _WORDS.findall(between)}
    if before and before <= _PASSIVE_AUX and not before <= {"it", "has", "have", "had"}:
        # "“...,” — is noted in the message of the department" (MT of «говорится в сообщении ведомства»):
        # an auxiliary is no speaker; whoever is named after the passive verb is.
        f.region, f.after = (verb.end(), limit), True
        return True
    f.region, f.after = (at, verb.start()), False
    return True


def _attribute_before(ctx: Context, f: Found, q: MarkedQuote, earlier: list[Found],
                      reported: list[Found]) -> bool:
    """A cue verb before the opening mark in the same sentence: "X said: “", "the plan, she said, “",
    "X called the plan “...”", "promised to “...”"; a participle ("blaming ... “...”") takes the speaker of
    the sentence's earlier quote."""
    text = ctx.text
    s_start, _ = ctx.sentence_at(q.open_at)
    best: re.Match[str] | None = None
    participle = False
    kind_of_best = ""
    for kind, is_participle in (("speech", False), ("objects", False), ("participles", True)):
        for m in ctx.cues(kind, s_start, q.open_at):
            if ctx.in_quote(m.start()):
                continue
            if best is None or m.start() > best.start():
                best, participle, kind_of_best = m, is_participle, kind
    if best is None:
        return False
    between = text[best.end():q.open_at]
    if has_words(text, best.end(), q.open_at, 13) or _CLAUSE_END.search(between):
        return False
    cut = ctx.last_break(s_start, best.start())
    subject_from = cut + 1 if cut >= 0 else s_start
    subject = (subject_from, best.start())
    joined = _COMMA_CONJUNCTION.search(text, subject[0], subject[1])
    while joined:  # "X did A, and Y promised “...”": the subject after the conjunction
        subject = (joined.end(), subject[1])
        joined = _COMMA_CONJUNCTION.search(text, subject[0], subject[1])
    subject_words = {w.lower() for w in _WORDS.findall(text[subject[0]:subject[1]])}
    if subject_words and subject_words <= _CONJUNCTIONS:
        # "X called it “A” and said “B”": a verb joined to the one before shares its subject.
        subject = (s_start, best.start())
    if kind_of_best == "objects" and not has_words(text, f.start, f.end, _SHORT + 1) and \
            has_words(text, subject[0], subject[1], 1) and not _names_someone(ctx, *subject):
        return False  # "the last time a neighbour promised “peace”": words in marks nobody is quoted saying
    f.cue = (best.start(), best.end())
    if participle or not has_words(text, subject[0], subject[1], 1):
        prior = [e for e in earlier if s_start <= e.start < f.start or (e.cue and s_start <= e.cue[0] < f.start)]
        if prior:
            f.source = prior[-1]
            return True
        s_end = ctx.sentence_at(q.open_at)[1]
        later = [r for r in reported if r.cue and f.end <= r.cue[0] < s_end and r.source is None]
        if later:  # "Rappelant que X était «réprimé», Y a déclaré que ...": the main clause's speaker
            f.source = later[0]
            return True
    # A participle ("..., writing that “...”") shares the main clause's subject: the first one named.
    f.region, f.after = subject, participle
    return True


def _continue_previous(ctx: Context, f: Found, q: MarkedQuote, earlier: list[Found]) -> None:
    """A quote with no cue of its own continues the quote before it: in the same paragraph (same cue), or
    in the previous paragraph when this one opens with it (no cue: the gold convention)."""
    line = q.line
    line_start = ctx.lines[line][0]
    since = ctx.lines[max(0, line - 2)][0]  # quotes starting on this line or the two before it
    prior = [e for e in earlier if since <= e.start and e.end <= f.start]
    if not prior:
        return
    prev = max(prior, key=lambda e: e.end)
    if not has_words(ctx.text, f.start, f.end, _SHORT + 1) and not _is_own_sentence(ctx, f, q):
        return  # a short passage with no cue is a scare quote even next to a quote
    if ctx.line_index(prev.end) == line:
        f.source, f.cue, f.score = prev, prev.cue, 0.7
    elif q.open_at == line_start:
        # A paragraph that is all quote continues the last direct quote of the paragraph or two before: a
        # reported line in between ("Kiev says ...") is an aside, not a change of speaker.
        directs = [e for e in prior if e.kind == "direct"]
        if directs:
            f.source, f.score = max(directs, key=lambda e: e.end), 0.6


def _names_someone(ctx: Context, start: int, end: int) -> bool:
    """A heuristic: whether a subject phrase names a speaker: an actor's mention, a pronoun, a role noun, an
    unnamed source ("critics") or a capitalised word past the first (a place speaking for its government)."""
    lex = ctx.lex
    if any(s < end and start < e for s, e in ctx.mention_spans):
        return True
    words = _WORDS.findall(ctx.text[start:end])
    lowered = {w.lower() for w in words}
    if lowered & lex.roles or lowered & set(lex.pronouns) or lowered & lex.unnamed or lowered & lex.org_nouns:
        return True
    return any(w[0].isupper() for w in words[1:]) or (len(words) == 1 and words[0][0].isupper())


def _is_own_sentence(ctx: Context, f: Found, q: MarkedQuote) -> bool:
    """Whether a short passage is a sentence of its own ("..., she said. "Nobody listened."): it opens a
    sentence, starts with a capital and ends with its own final punctuation, as scare quotes never do."""
    text = ctx.text
    content = text[f.start:f.end].rstrip()
    if not content or not content[0].isupper() or content[-1] not in ".!?…":
        return False
    before = text[ctx.lines[q.line][0]:q.open_at].rstrip()
    return not before or before[-1] in ".!?…:" or (len(before) >= 2 and before[-1] in "”»\"›" and
                                                  before[-2] in ".!?…")


# -- headline quotes ---------------------------------------------------------------------------------

_MIN_SHARED = 2  # content words a headline quote must share with a body quote to be taken as its excerpt


def _content_words(ctx: Context, start: int, end: int) -> set[str]:
    lex = ctx.lex
    return {w for w in (x.lower() for x in _WORDS.findall(ctx.text, start, end))
            if len(w) >= 3 and w not in lex.prepositions and w not in lex.determiners and w not in lex.pronouns
            and w not in lex.indefinite}


def _headlines_from_body(ctx: Context, found: list[Found]) -> None:
    """A heuristic: a headline quote with no cue ("'A stolen majority': ...") is an excerpt or a paraphrase
    of a quote in the body, whose speaker it takes (speaker set, cue null, README rule 11): the body quote
    sharing the most content words with it, when it shares at least half of them (two or more) and no
    other quote shares as many."""
    heads = [f for f in found if f.kind == "direct" and f.speaker is None and f.cue is None and f.source is None
             and ctx.headline_lines[ctx.line_index(f.start)]]
    if not heads:
        return
    body = [f for f in found if f.kind == "direct" and f.speaker is not None
            and not ctx.headline_lines[ctx.line_index(f.start)]]
    for head in heads:
        words = _content_words(ctx, head.start, head.end)
        if len(words) < _MIN_SHARED:
            continue
        scored = sorted(((len(words & _content_words(ctx, f.start, f.end)), i) for i, f in enumerate(body)),
                        reverse=True)
        if not scored:
            continue
        best, i = scored[0]
        if best >= _MIN_SHARED and 2 * best >= len(words) and (len(scored) == 1 or scored[1][0] < best):
            head.speaker = body[i].speaker


# -- German reported speech without a cue -----------------------------------------------------------

_FIRST_PERSON = frozenset({"ich", "wir"})
_FINAL = re.compile(r"[\s.;:!?…]+$")


def _konjunktiv_continuations(ctx: Context, found: list[Found]) -> list[Found]:
    """German sentences in Konjunktiv I ("Grund sei ...") with no cue of their own, right after a quote: the
    subjunctive marks them as that speaker's words (README rule 11), a reported quote with no cue.

    A heuristic: a sentence outside quotes, not a headline, holding a Konjunktiv I form and no cue verb,
    within two lines after a quote; its speaker is that quote's."""
    text, lex = ctx.text, ctx.lex
    out: list[Found] = []
    spans = sorted((f.start, f.end) for f in found)
    for start, end, headline in ctx.sentences:
        if headline or ctx.in_quote(start) or ctx.quoted_share(start, end) > 0.3:
            continue
        words = [w.lower() for w in _WORDS.findall(text[start:end])]
        if not words or words[0] in _FIRST_PERSON or not any(w in lex.konjunktiv for w in words):
            continue
        if any(s < end and start < e for s, e in spans) or ctx.cues("speech", start, end):
            continue
        line = ctx.line_index(start)
        prior = [f for f in found + out if f.end <= start and ctx.line_index(f.start) >= line - 2]
        if not prior:
            continue
        final = _FINAL.search(text, start, end)
        s, e = strip_span(text, start, final.start() if final else end)
        if e > s:
            out.append(Found(s, e, "reported", source=max(prior, key=lambda f: f.end), score=0.6))
    return out


# -- speakers ---------------------------------------------------------------------------------------


_RU_PAST = re.compile(r"(?:(л[аи]?)(?:сь|ся)?)$")


def _cue_gender(speakers: Speakers, f: Found) -> str | None:
    """The gender a Russian past-tense cue marks ("ответила": f, "заявил": m), or None."""
    if f.cue is None:
        return None
    words = _WORDS.findall(speakers.text[f.cue[0]:f.cue[1]])
    if not words or not ("а" <= words[-1][0].lower() <= "я"):
        return None
    m = _RU_PAST.search(words[-1].lower())
    if m is None:
        return None
    return {"ла": "f", "л": "m"}.get(m.group(1))


def _resolve(speakers: Speakers, f: Found, done: set[int]) -> None:
    if id(f) in done:
        return
    done.add(id(f))
    unnamed = False
    if f.source is not None:
        _resolve(speakers, f.source, done)  # a participle may lean on a quote later in its sentence
        f.speaker = f.source.speaker
        if f.source.cue == f.cue:
            f.speaker_span = f.source.speaker_span
    elif f.pronoun is not None:
        f.speaker = speakers.resolve_pronoun(f.pronoun, f.pronoun_at)
        f.speaker_span = f.region
    elif f.region is not None:
        f.speaker, f.speaker_span = speakers.resolve(*f.region, after=f.after, gender=_cue_gender(speakers, f))
        unnamed = speakers.last_unnamed
        if f.kind == "reported" and not f.after:
            ahead = speakers.forward_possessor(f.region, f.start, f.end)
            if ahead is not None:
                f.speaker = ahead
    at = f.cue[0] if f.cue else f.start
    speakers.remember(at, f.speaker, unnamed=unnamed)
