"""Reported speech: the clause a cue attributes to a speaker, found sentence by sentence.

Heuristic patterns, tried in this order on each sentence (quoted passages are opaque to all of them):

1. backward attribution: "This was stated by X.", "Об этом сообщил X", "Das erklärte X" make the previous
   sentence (without a dateline) the reported span;
2. headlines: "Speaker: statement", "statement: Speaker", "statement — Speaker";
3. a sentence that opens with a prefix cue: "According to X, ...", "In her words, ...", "По словам X, ...",
   "Selon X, ...", "Laut X ...", "As X noted, ...";
4. cue verbs inside the sentence: "X said (that) ...", "X told reporters that ...", "Y, X said", "Y, said X",
   "Y, according to X"; a participle after the clause (", adding that ...") starts a second one.

A clause runs to the end of its sentence without the final period; when it ends in a partial quote (or one
followed only by a comma-led aside), it ends at the quote's closing mark, as the gold conventions say; words
after the mark ("... "could take months" to settle") keep the clause running. A clause that is almost all
one quoted passage is kept hidden: the direct quote carries the cue.
"""

from __future__ import annotations

import re

from unspin.quotes.context import Context, Found, count_words, has_words

__all__ = ["find_reported"]

_SPACE = " \t\r\n\u00a0\u202f"
_FINAL = _SPACE + ".,;:"
_BOUNDARY = re.compile(r"[.;:!?](?=\s)|[“”\"«»„]")
_WORD = re.compile(r"[^\W\d_][\w\-'’]*|\d[\d.,]*")
_DASH = "—–-‒―"
_COMMA_CONJUNCTION = re.compile(r",\s+(?:and|but|while|и|а|но|et|mais|und|aber|y|pero|і|але)\s+(?=\S)")
_LEAD = re.compile(r"[\s\"“”«»„]*")
_OPTIONAL_COMMA = re.compile(r"\s*,?\s*")
_BY = re.compile(r"\s+(?:by|par|von|от)\b", re.IGNORECASE)
_UNTIL_MARK = re.compile(r"[^.;!?“”\"«»„‹›‚‘']{0,80}")
# Within this share of quoted text, a reported clause is "all one quote" (README rule 8).
_ALL_QUOTED = 0.75
# "CITY (abc) – ", "CITY, May 3 — ": a place in capitals at a paragraph's start, an agency tag, a dash.
_DATELINE_LIKE = re.compile(r"[^\W\d_a-zа-яё]{2,}(?:[ \-][^\W\d_a-zа-яё]{2,})*(?:,[^\n—–]{1,25}?)?"
                            r"(?:\s*\([^()\n]{1,25}\))?\s*[—–]\s*")
_MAX_SPEAKER_WORDS = 9  # "Y, the regional transport agency Dravna Roads said": longer means not a speaker


def find_reported(ctx: Context) -> list[Found]:
    """Every reported clause (hidden ones included) in text order."""
    out: list[Found] = []
    for index, (start, end, headline) in enumerate(ctx.sentences):
        if ctx.quoted_share(start, end) > 0.97:
            continue
        found = None
        # Backward attributions and cue-verb clauses need a speech or prefix cue inside the sentence: most
        # sentences have none, and skip both.
        cued = ctx.has_cue("speech", start, end) or ctx.has_cue("prefix", start, end)
        if not ctx.in_quote(start):  # a sentence cut inside a quote has no sentence-level cue
            found = _backward(ctx, index) if cued else None
            if found is None and headline:
                found = _headline(ctx, start, end)
            if found is None:
                found = _prefix(ctx, start, end)
        if found is not None:
            out.extend(_with_participles(ctx, found, end))
            continue
        if not cued:
            continue
        for f in _verb_cues(ctx, start, end):
            out.extend(_with_participles(ctx, f, end))
    out.sort(key=lambda f: (f.start, -f.end))
    return out


# -- clauses ---------------------------------------------------------------------------------------


def _trim(ctx: Context, start: int, end: int) -> tuple[int, int]:
    text = ctx.text
    while start < end and text[start] in _SPACE:
        start += 1
    while end > start and text[end - 1] in _FINAL:
        end -= 1
    return start, end


def _clause(ctx: Context, start: int, end: int, *, cue: tuple[int, int] | None,
            region: tuple[int, int] | None, after: bool, score: float) -> Found | None:
    """A reported quote over text[start:end], trimmed; None when it is too short to be a statement."""
    if ctx.dateline and ctx.dateline[0] <= start < ctx.dateline[1]:
        start = ctx.dateline[1]
        while start < end and (ctx.text[start] in _SPACE or ctx.text[start] in _DASH):
            start += 1
    start, end = _trim(ctx, start, end)
    if ctx.dateline is None:
        lead = _DATELINE_LIKE.match(ctx.text, start, end)
        if lead and ctx.text[max(0, start - 1):start] in ("", "\n"):
            start = lead.end()  # a dateline the anatomy stage left unmarked is not part of the statement
    if not has_words(ctx.text, start, end, 2):
        return None
    end = _end_at_partial_quote(ctx, start, end)
    found = Found(start, end, "reported", cue=cue, region=region, after=after, score=score)
    if ctx.opens_at(start) and ctx.quoted_share(start, end) >= _ALL_QUOTED:
        found.hidden = True  # the clause is one quote ("a reconnu que « ... »"): the direct quote stands alone
    return found


def _end_at_partial_quote(ctx: Context, start: int, end: int) -> int:
    """End a clause at the closing mark of its last partial quote when nothing or only a comma-led aside
    follows it ("... "under continuous review," which ..."); "... "could take months" to settle" runs on."""
    last = ctx.last_closed_after(start, end)
    if last is None:
        return end
    tail = ctx.text[last.close_at + 1:end]
    inner_comma = ctx.text[last.start:last.end].endswith(",")
    if not tail.strip() or tail.lstrip().startswith(",") or inner_comma:
        return last.close_at + 1
    return end


_JOINED_CUE = re.compile(r"(?:,\s*)?\b(?:and|but|и|а|но|et|mais|und|aber|y|pero)\s+(?:also\s+|также\s+)?$",
                         re.IGNORECASE)
# The ASCII words _JOINED_CUE may end with (its conjunctions, and "also" after one).
_JOINED_ENDS = ("and", "but", "et", "mais", "und", "aber", "y", "pero", "also")


def _joined_cue(text: str, start: int, end: int) -> re.Match[str] | None:
    """``_JOINED_CUE.search(text, start, end)``: a conjunction (and "also") right before ``end``.

    The search tries every position of the range; the last word before ``end`` tells first whether one can
    match there (an ASCII word that ends with none of the words cannot; other words take the search, which
    folds case in ways lower() does not, as the long s)."""
    last = text[max(start, end - 40):end].rsplit(None, 1)[-1:]
    if last and last[0].isascii() and not last[0].lower().endswith(_JOINED_ENDS):
        return None
    return _JOINED_CUE.search(text, start, end)


def _with_participles(ctx: Context, found: Found, s_end: int) -> list[Found]:
    """Split ", adding that B" or ", but warned B" off a clause: B is a second reported quote of the same
    speaker."""
    if found.hidden:
        return [found]
    text = ctx.text
    splits = [(m, True) for m in ctx.cues("participles", found.start, s_end)]
    splits += [(m, False) for m in ctx.cues("speech", found.start, s_end)]
    for m, participle in sorted(splits, key=lambda x: x[0].start()):
        before = text[found.start:m.start()].rstrip()
        if ctx.in_quote(m.start()):
            continue
        if participle and not before.endswith(","):
            continue
        if not participle:
            joined = _joined_cue(text, found.start, m.start())
            if joined is None or (not ctx.lex.complementizer.match(text, _skip_space(text, m.end(), s_end)) \
                    and text[m.start():m.end()].lower() not in ctx.lex.bare_clause):
                continue
            before = text[found.start:joined.start()].rstrip() + ","
        rest = m.end()
        comp = _OPTIONAL_COMMA.match(text, rest)
        if comp:
            c = ctx.lex.complementizer.match(text, comp.end())
            if c:
                rest = c.end()
        second = _clause(ctx, rest, s_end, cue=(m.start(), m.end()), region=None, after=False,
                         score=found.score)
        first = _clause(ctx, found.start, min(found.end, found.start + len(before) - 1), cue=found.cue,
                        region=found.region, after=found.after, score=found.score)
        if first is None:
            return [found]
        first.pronoun, first.pronoun_at = found.pronoun, found.pronoun_at
        if second is None:
            return [first]
        second.source = first
        return [first, second]
    return [found]


# -- 1. backward attribution -----------------------------------------------------------------------


def _backward(ctx: Context, index: int) -> Found | None:
    start, end, _ = ctx.sentences[index]
    text, lex = ctx.text, ctx.lex
    lead = _LEAD.match(text, start)
    at = lead.end() if lead else start
    m = lex.backward.match(text, at)
    if m is None or index == 0:
        return None
    opener = m.group().lower()
    verbs = ctx.cues("speech", m.end(), end)
    if not verbs:
        return None
    verb = verbs[0]
    gap = count_words(text[m.end():verb.start()])
    if gap > (0 if opener in lex.single_word_backward else 8):
        return None
    prev_start, prev_end, _ = ctx.sentences[index - 1]
    if ctx.line_index(prev_start) < ctx.line_index(start) - 1 or ctx.headline_lines[ctx.line_index(prev_start)]:
        return None
    if ctx.dateline and ctx.dateline[0] < prev_end and prev_start < ctx.dateline[1]:
        prev_start = max(prev_start, ctx.dateline[1])
    cue_end = verb.end()
    by = _BY.match(text, cue_end)
    if by and gap == 0:
        cue_end = by.end()
    cue = (at, cue_end) if gap == 0 else (verb.start(), verb.end())
    region = (cue_end, end) if gap == 0 else (m.end(), end)
    return _clause(ctx, prev_start, prev_end, cue=cue, region=region, after=True, score=0.85)


# -- 2. headlines ----------------------------------------------------------------------------------

_HEAD_COLON = re.compile(r"\s*:\s+")
_HEAD_DASH = re.compile(r"\s+[—–]\s+")
_ANY_MARK = re.compile(r"[“”\"«»„‹›]")


def _headline(ctx: Context, start: int, end: int) -> Found | None:
    text = ctx.text
    colon = _HEAD_COLON.search(text, start, end)
    if colon and not ctx.in_quote(colon.start()):
        left, right = (start, colon.start()), (colon.end(), end)
        n_left, n_right = count_words(text[slice(*left)]), count_words(text[slice(*right)])
        colon_at = colon.start() + colon.group().index(":")
        cue = (colon_at, colon_at + 1)
        if 1 <= n_left <= 8 and n_right >= 2 and _names_speaker(ctx, *left):
            # "Speaker: statement" (the usual wire form)
            return _clause(ctx, right[0], right[1], cue=cue, region=left, after=False, score=0.7)
        if 1 <= n_right <= 4 and n_left >= 3 and _names_speaker(ctx, *right):
            # "statement: Speaker"
            return _clause(ctx, left[0], left[1], cue=cue, region=right, after=True, score=0.6)
    dash = _HEAD_DASH.search(text, start, end)
    if dash and not ctx.in_quote(dash.start()):
        n_right = count_words(text[dash.end():end])
        # A right side with its own cue or words in marks is a second statement, not a speaker.
        own_cue = ctx.cues("speech", dash.end(), end) or ctx.cues("tail", dash.end(), end) or \
            _ANY_MARK.search(text, dash.end(), end)
        if 1 <= n_right <= 6 and not own_cue and _names_speaker(ctx, dash.end(), end):
            return _clause(ctx, start, dash.start(), cue=(dash.start(), dash.end()), region=(dash.end(), end),
                           after=True, score=0.6)
    return None


# -- 3. prefix cues --------------------------------------------------------------------------------


def _skip_connectors(ctx: Context, start: int, end: int) -> int:
    text = ctx.text
    lead = _LEAD.match(text, start)
    at = lead.end() if lead else start
    if at > 0 and _WORD_CHAR.match(text, at - 1):
        # The pattern's word-edge look-behind must not see the word before: read a copy, as if the
        # sentence were the whole text.
        m = ctx.lex.connectors.match(text[at:end])
        return at + m.end() if m else at
    m = ctx.lex.connectors.match(text, at, end)
    return m.end() if m else at


_WORD_CHAR = re.compile(r"[\w\-'’]")


def _next_comma(ctx: Context, start: int, end: int) -> int:
    """The first comma in text[start:end] outside quotes and numbers ("3,8"), or -1."""
    text = ctx.text
    i = text.find(",", start, end)
    while i >= 0 and (ctx.in_quote(i) or (i + 1 < len(text) and text[i + 1].isdigit())):
        i = text.find(",", i + 1, end)
    return i


_GERMAN_NP = re.compile(r"(?:\s*(?:(?:dem|der|den|des|die|das|einem|einer|eines|für|von|vom|zur|zum|und|im|in|"
                        r"am|an)\b|[A-ZÄÖÜ][\w\-.]*))+")


def _prefix(ctx: Context, start: int, end: int) -> Found | None:
    text, lex = ctx.text, ctx.lex
    if lex.prefix_gate.match(text, start, end) is None:
        return None  # no prefix cue can open this sentence (the gate matches wherever the steps below do)
    at = _skip_connectors(ctx, start, end)
    m = lex.pronoun_prefix.match(text, at, end)
    if m:
        comma = text.find(",", m.end(), min(end, m.end() + 3))
        clause_from = comma + 1 if comma >= 0 else m.end()
        return _clause(ctx, clause_from, end, cue=(m.start(), m.end()), region=(m.start(), m.end()), after=True,
                       score=0.85)
    m = lex.prefix.match(text, at, end)
    if m:
        cue_text = " ".join(m.group().lower().split())
        comma = _next_comma(ctx, m.end(), end)
        np = _GERMAN_NP.match(text, m.end(), end) if cue_text in lex.np_prefix else None
        if np is not None and np.end() > m.end() and (comma < 0 or np.end() < comma) and \
                _LOWER_NEXT.match(text, np.end()):
            # "Laut Stegmann sollen ...": the speaker is a bare noun phrase, the verb follows without a comma.
            region, clause_from = (m.end(), np.end()), np.end()
        elif comma >= 0 and count_words(text[m.end():comma]) <= 14:
            region, clause_from = (m.end(), comma), comma + 1
            second = _next_comma(ctx, comma + 1, end)
            if second > 0 and _is_name(text[comma + 1:second]):
                region, clause_from = (m.end(), second), second + 1
        else:
            np = _GERMAN_NP.match(text, m.end(), end)
            if np is None or np.end() == m.end():
                return None
            region, clause_from = (m.end(), np.end()), np.end()
        if cue_text in lex.weak_prefix and not _names_person(ctx, *region) and \
                not (_names_actor(ctx, *region) and _quotes_in(ctx, clause_from, end)):
            # "Pour X, ...": a cue for a person; for a named body only when the clause quotes its words
            # ("Pour la Fédération X, la mesure arrive « trop tard »"), not "pour la région, c'est un atout".
            return None
        if _names_document(ctx, *region):
            return None
        return _clause(ctx, clause_from, end, cue=(m.start(), m.end()), region=region, after=True, score=0.85)
    m = lex.as_opener.match(text, at, end)
    if m:
        comma = _next_comma(ctx, m.end(), end)
        if comma < 0 or count_words(text[m.end():comma]) > 12:
            return None
        verbs = ctx.cues("speech", m.end(), comma)
        relay = lex.relay.search(text, m.end(), comma)
        if not verbs and relay is None:
            return None
        # "As the agency X quoted Y, ...": the relay verb is the cue; resolution skips to the one quoted.
        verb = verbs[0] if verbs and (relay is None or verbs[0].start() < relay.start()) else relay
        assert verb is not None
        by = _BY.match(text, verb.end())
        region = (by.end(), comma) if by else (m.end(), comma)
        if not by and verb.start() - m.end() <= 1:  # "Как отметил глава города,": verb first
            region = (verb.end(), comma)
        return _clause(ctx, comma + 1, end, cue=(m.start(), verb.end()), region=region, after=True, score=0.85)
    return None


_LOWER_NEXT = re.compile(r"\s+[^\W\d_A-ZÄÖÜ]")


def _names_document(ctx: Context, start: int, end: int) -> bool:
    """Whether a source phrase names a document ("according to the council's assessment", "по данным
    отчёта") rather than someone: facts taken from documents are not quotes (README rule 9). A person named
    in the phrase ("a report by Dr X") keeps it a quote."""
    words = {w.lower() for w in _WORD.findall(ctx.text[start:end])}
    return bool(words & ctx.lex.document_nouns) and not _names_person(ctx, start, end)


def _is_name(text: str) -> bool:
    """Capitalised words only, at most four: an apposition that names ("..., Cap X, ...")."""
    words = _WORD.findall(text)
    return 0 < len(words) <= 4 and all(w[0].isupper() for w in words)


def _names_speaker(ctx: Context, start: int, end: int) -> bool:
    """Whether text[start:end] names someone: an actor's mention, a pronoun or a role noun."""
    if any(s < end and start < e for s, e in ctx.mention_spans):
        return True
    words = {w.lower() for w in _WORD.findall(ctx.text[start:end])}
    return bool(words & ctx.lex.roles or words & set(ctx.lex.pronouns) or words & ctx.lex.org_nouns)


def _unnamed(ctx: Context, start: int, end: int) -> bool:
    words = [w.lower() for w in _WORD.findall(ctx.text[start:end])]
    return any(w in ctx.lex.unnamed or w in ctx.lex.indefinite for w in words)


def _quotes_in(ctx: Context, start: int, end: int) -> bool:
    nxt = ctx.next_open(start)
    return nxt is not None and nxt < end


def _names_actor(ctx: Context, start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in ctx.mention_spans)


def _names_person(ctx: Context, start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in ctx.person_spans)


# -- 4. cue verbs ----------------------------------------------------------------------------------


def _verb_cues(ctx: Context, start: int, end: int) -> list[Found]:
    text, lex = ctx.text, ctx.lex
    out: list[Found] = []
    taken_until = start
    # ", according to X" inside a sentence: the clause before it.
    for m in ctx.cues("prefix", start, end):
        if ctx.in_quote(m.start()) or m.group().lower() in lex.weak_prefix:
            continue
        before = text[start:m.start()].rstrip()
        if not before.endswith(","):
            continue
        comma = _next_comma(ctx, m.end(), end)
        region = (m.end(), comma if comma >= 0 else end)
        if _names_document(ctx, *region):
            continue
        last = _WORD.findall(before)[-1:]
        if last and last[0].lower() in lex.subordinators:
            # "the spot where, according to X, CLAUSE": the clause follows the speaker
            if comma < 0:
                continue
            found = _clause(ctx, comma + 1, end, cue=(m.start(), m.end()), region=region, after=True, score=0.75)
        else:
            clause_from = _skip_connectors(ctx, start, end)
            found = _clause(ctx, clause_from, start + len(before) - 1, cue=(m.start(), m.end()), region=region,
                            after=True, score=0.8)
        if found is not None and has_words(text, found.start, found.end, 3):
            out.append(found)
            taken_until = region[1]
            break
    for verb in ctx.cues("speech", start, end):
        v0, v1 = verb.span()
        if v0 < taken_until or ctx.in_quote(v0) or _attributes_direct(ctx, start, v0, v1, end):
            continue
        found = _clause_after(ctx, start, end, v0, v1) or _clause_before(ctx, start, end, v0, v1)
        if found is None:
            continue
        out.append(found)
        taken_until = max(found.end, v1)
    return out


def _attributes_direct(ctx: Context, s_start: int, v0: int, v1: int, s_end: int) -> bool:
    """Whether the verb at [v0, v1) attributes a direct quote: it follows a closing mark with at most a
    speaker phrase between ("”, — said X", "," he said"), or a colon or an opening mark follows it."""
    text = ctx.text
    for q in ctx.stopping_in(s_start, v0):
        if s_start <= q.close_at < v0 or (q.close_at < 0 and s_start <= q.end <= v0):
            between = text[(q.close_at + 1) if q.close_at >= 0 else q.end:v0]
            if not _BOUNDARY.search(between.strip(_SPACE + _DASH + ",")) and count_words(between) <= 8:
                return True
    # "X said: “...”", "X said, “...”", "says 'no deal'": the quote right after the verb (or after a colon)
    # is its object; the direct quote takes the cue.
    gap = _UNTIL_MARK.match(text, v1, s_end)
    nxt = gap.end() if gap else v1
    if nxt < s_end and ctx.opens_at(nxt):
        between = text[v1:nxt]
        if ":" in between or not between.strip(_SPACE + ","):
            return True
    return False


def _skip_adverbials(ctx: Context, at: int, end: int) -> int:
    """Skip time words after a verb ("said Wednesday the ...", "sagte am Montag, ...")."""
    text, lex = ctx.text, ctx.lex
    while True:
        m = _WORD.match(text, _skip_space(text, at, end), end)
        if m is None or m.group().lower() not in lex.time_words:
            return at
        at = m.end()


def _skip_space(text: str, at: int, end: int) -> int:
    while at < end and text[at] in _SPACE:
        at += 1
    return at


def _clause_after(ctx: Context, s_start: int, s_end: int, v0: int, v1: int) -> Found | None:
    """"X said (that) CLAUSE": the speaker before the verb, the clause after it."""
    text, lex = ctx.text, ctx.lex
    region_start = _subject_start(ctx, s_start, v0)
    if not has_words(text, region_start, v0, 1):
        return None
    verb = " ".join(text[v0:v1].lower().split())
    pos = _skip_space(text, v1, s_end)
    comp = _OPTIONAL_COMMA.match(text, pos)
    c = lex.complementizer.match(text, comp.end() if comp else pos)
    clause_from = -1
    region_end = v0
    last_word = _WORD.findall(verb)[-1:]
    if last_word and lex.complementizer.fullmatch(last_word[0]):
        clause_from = v1  # "promised that", "denied that": the cue phrase carries its complementizer
    elif c:
        clause_from = c.end()
    elif verb in lex.comma_clause and text.startswith(",", pos):
        clause_from = pos + 1
    elif verb in lex.comma_clause:
        clause_from = _comma_after_adjuncts(ctx, v1, s_end)
    elif verb in lex.bare_clause:
        at = _skip_adverbials(ctx, v1, s_end)
        w = _WORD.match(text, _skip_space(text, at, s_end), s_end)
        if w and w.group().lower() not in lex.prepositions and \
                (verb in lex.bare_clause_free or _looks_finite(ctx, w.start(), s_end)):
            clause_from = w.start()
    if clause_from < 0:
        # "told reporters that", "said in a statement that", "pointed out in a paper last month that",
        # "told the agency «X» that" (a name in marks is not a quote, so it does not stop the search)
        limit = _clause_search_limit(ctx, v1, s_end)
        for cm in lex.complementizer.finditer(text, v1, limit):
            later = ctx.cues("speech", v1, cm.start())
            between = [b for b in later if b.group().lower().startswith("as ")]
            if later and not (between and lex.relay.fullmatch(verb)):
                break  # "reported a profit but warned that": the "that" is the later verb's
            if count_words(text[v1:cm.start()]) <= 12:
                clause_from = cm.end()
                if between:
                    # "X quoted Y as saying that": the one quoted (Y) stands between the verb and the clause.
                    region_end = cm.start()
            break
    if clause_from < 0:
        return None
    after = False
    if region_end == v0 and _joined_cue(text, region_start, v0) and not _names_speaker(ctx, region_start, v0):
        # "X reported a profit but warned that ...": a verb joined to an earlier one shares its subject, the
        # first one named in the sentence.
        region_start, after = _subject_start(ctx, s_start, s_start + 1), True
    return _clause(ctx, clause_from, s_end, cue=(v0, v1), region=(region_start, region_end), after=after,
                   score=0.8)


_ADJUNCT_WORDS = 4  # "teilte auf Anfrage mit,", "betonte am Abend,": adjuncts and a particle, no object clause
_KONJUNKTIV_REACH = 10  # words after the comma within which a Konjunktiv I form must stand
# Adverbial conjunctions after the comma open a clause of circumstance, not the statement.
_NOT_REPORTED_OPENERS = frozenset({"weil", "wenn", "obwohl", "als", "wie", "wo", "nachdem", "bevor", "damit",
                                   "sodass", "während", "falls"})


def _comma_after_adjuncts(ctx: Context, v1: int, s_end: int) -> int:
    """German "X teilte auf Anfrage mit, es werde ...", "X betonte am Abend, man habe ...": a few words
    (adverbials, a separable particle) between the cue verb and the comma that opens the reported clause.
    Where the clause starts (after the comma), or -1.

    A heuristic: at most four words and no marks before the comma, and a Konjunktiv I form among the first
    words after it; the subjunctive is what marks the clause as reported speech, not a "weil"-clause or a
    list ("betonte die Risiken, die ...")."""
    text, lex = ctx.text, ctx.lex
    comma = text.find(",", v1, s_end)
    if comma < 0 or count_words(text[v1:comma]) > _ADJUNCT_WORDS or _ANY_MARK.search(text, v1, comma):
        return -1
    gap = [w.lower() for w in _WORD.findall(text, v1, comma)]
    for i, w in enumerate(gap):
        if w in lex.determiners and (i == 0 or gap[i - 1] not in lex.prepositions):
            return -1  # "betonte die Risiken, die ...": an object, and the comma opens a relative clause
    words = [w.lower() for w in _WORD.findall(text, comma + 1, s_end)[:_KONJUNKTIV_REACH]]
    if not words or words[0] in _NOT_REPORTED_OPENERS or lex.complementizer.fullmatch(words[0]) \
            or not any(w in lex.konjunktiv for w in words):
        return -1
    return comma + 1


_SENTENCE_STOP = re.compile(r"[.;:!?](?=\s)")
_PHRASE_STOP = re.compile(r"[,;:.!?“”\"«»]")


def _clause_search_limit(ctx: Context, v1: int, s_end: int) -> int:
    """Where the search for a complementizer after a verb stops: the end of the clause, or an accepted
    quote (a quote's own "that" is not the verb's)."""
    stop = _SENTENCE_STOP.search(ctx.text, v1, s_end)
    limit = stop.start() if stop else s_end
    nxt = ctx.next_open(v1 - 1)
    return min(limit, nxt) if nxt is not None else limit


def _looks_finite(ctx: Context, start: int, s_end: int) -> bool:
    """A heuristic: whether the words after a verb such as "explained" or "noted" read as a clause ("the plan
    would fail") rather than an object ("the logic to me"): an auxiliary, or a past form in -ed after a
    non-determiner, within the first ten words before punctuation."""
    lex = ctx.lex
    chunk = ctx.text[start:min(s_end, start + 160)]  # ten words fit in this
    stop = _PHRASE_STOP.search(chunk)
    words = [w.lower() for w in _WORD.findall(chunk[:stop.start()] if stop else chunk)][:10]
    for i, w in enumerate(words):
        if w in lex.finite_markers:
            return True
        if i >= 1 and w.endswith("ed") and words[i - 1] not in lex.determiners and words[i - 1] not in lex.indefinite:
            return True
    return not lex.finite_markers  # a language without the list: trust the verb


def _subject_start(ctx: Context, s_start: int, v0: int) -> int:
    """Where the subject of a verb may begin: the sentence start, or after the last closing quote mark,
    semicolon or colon before the verb."""
    text = ctx.text
    start = s_start
    if ctx.dateline and ctx.dateline[0] <= s_start < ctx.dateline[1] <= v0:
        start = ctx.dateline[1]
    cut = ctx.last_break(start, v0)
    if cut >= 0:
        start = cut + 1
    # "..., and Tedros said": a subject after a comma and a conjunction starts there.
    joined = _COMMA_CONJUNCTION.search(text, start, v0)
    while joined:
        start = joined.end()
        joined = _COMMA_CONJUNCTION.search(text, start, v0)
    # "X ordered a recount after the opposition said ...": an adverbial clause has its own subject, which
    # follows the conjunction (a relative "who" does not cut: "X, who met Y, said" is X speaking; nor does
    # a clause closed by a comma: "X, who spoke because an inquiry was under way, said").
    last = None
    for m in ctx.lex.clause_conjunctions.finditer(text, start, v0):
        if not ctx.in_quote(m.start()):
            last = m
    if last is not None and "," not in text[last.end():v0] and _WORD.search(text, last.end(), v0):
        start = last.end()
    return _skip_connectors(ctx, start, v0)


def _clause_before(ctx: Context, s_start: int, s_end: int, v0: int, v1: int) -> Found | None:
    """"CLAUSE, X said." / "CLAUSE, said X." / "CLAUSE, сообщил адвокат.": the clause before a comma."""
    text = ctx.text
    comma = text.rfind(",", s_start, v0)
    while comma >= 0 and ctx.in_quote(comma):
        comma = text.rfind(",", s_start, comma)
    if comma < 0:
        return None
    between = text[comma + 1:v0]
    if has_words(text, comma + 1, v0, _MAX_SPEAKER_WORDS + 1) or _BOUNDARY.search(between):
        return None
    rest = text[v1:s_end]
    if ctx.lex.complementizer.search(rest) and has_words(text, v1, s_end, 4):
        return None
    clause_from = _skip_connectors(ctx, s_start, comma)
    if not has_words(text, clause_from, comma, 3):
        return None
    if text[clause_from:comma].rstrip()[-1:] in "”»\"›’'":
        return None  # the clause is a direct quote: the verb attributes it
    if between.strip():
        # "CLAUSE, X said (on Monday)": the verb ends its clause, and what precedes it names someone.
        rest = text[v1:s_end].split(",")[0]
        rest_words = [w.lower() for w in _WORD.findall(rest)]
        while rest_words and rest_words[0] in ctx.lex.addressees:
            rest_words.pop(0)  # "..., he told me.": the one told is not a clause
        if rest_words and (len(rest_words) > 4 or rest_words[0] not in ctx.lex.prepositions):
            return None
        if not _names_speaker(ctx, comma + 1, v0) and not _unnamed(ctx, comma + 1, v0):
            return None
        region, after = (comma + 1, v0), False
    else:
        first = _WORD.search(text, v1, s_end)
        word = first.group().lower() if first is not None else ""
        if first is None or (word in ctx.lex.prepositions and word not in ctx.lex.time_words):
            return None  # "..., warns of slowdown": no speaker follows the verb
        if not _names_speaker(ctx, v1, s_end) and not _unnamed(ctx, v1, s_end):
            return None  # "X, who chairs Y, explained the plan to me": an object follows, not a speaker
        region, after = (v1, s_end), True
    return _clause(ctx, clause_from, comma, cue=(v0, v1), region=region, after=after, score=0.75)
