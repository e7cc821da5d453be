"""Attribution frames inside one sentence: a cue, its speaker phrase and the message.

Three shapes are recognised around a speech verb (data: ``speech_verbs.txt``):
message first (``„…“, sagte X`` / ``Y sei …, sagte X``), frame first with a
complement after ``,``/``:`` (``X sagte: „…“``, ``X erklärte, dass …``, ``X
sagte, Y sei …``) and a reported act without complement (``X lobte die
Führung``). Non-verbal cues (``laut X``, ``X zufolge``, ``nach Angaben X``,
``…, so X``, ``heißt es``) come from ``quote_cues.txt``. Spans are token
ranges ``[a, b)`` of the sentence.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from chronik.quotes.lexicon import CuePattern, Lexicon
from chronik.quotes.speakers import adjective, np_after, np_before, prefield_subject
from chronik.quotes.tokens import Tok

_CLAUSE_PUNCT = frozenset(",;:")
_END_PUNCT = frozenset(".!?")
LOOSE_MIN_WORDS = 5  # an unattributed quotation this long is taken as an utterance


@dataclass
class Frame:
    kind: str  # direct, indirect, reported
    message: list[tuple[int, int]]
    cue: list[tuple[int, int]]
    source: tuple[int, int] | None
    frame: list[tuple[int, int]] = field(default_factory=list)
    anaphoric: bool = False  # the message is the previous sentence ("Dies bestätigte X.")
    embedded: bool = False  # the cue itself stands in Konjunktiv I: reported within reported speech


def _word(t: Tok) -> bool:
    return t.text[:1].isalnum()


def _strip_end(toks: list[Tok], a: int, b: int) -> int:
    while b > a and not toks[b - 1].quoted and (toks[b - 1].text in _END_PUNCT or toks[b - 1].text in _CLAUSE_PUNCT):
        b -= 1
    return b


def _kind(toks: list[Tok], a: int, b: int) -> str:
    words = [t for t in toks[a:b] if _word(t) or t.mark]
    return "direct" if words and all(t.quoted for t in words) else "indirect"


def _left_bound(toks: list[Tok], i: int) -> int:
    while i > 0 and not (toks[i - 1].text in _CLAUSE_PUNCT and not toks[i - 1].quoted):
        i -= 1
    return i


def _right_bound(toks: list[Tok], i: int) -> int:
    n = len(toks)
    while i < n and not ((toks[i].text in _CLAUSE_PUNCT or toks[i].text in _END_PUNCT) and not toks[i].quoted):
        i += 1
    return i


def _complement(toks: list[Tok], c: int, lex: Lexicon) -> bool:
    """Whether the clause after the punctuation at ``c`` reports what was said.

    After a cue verb's clause almost any clause is the reported content; the
    exceptions are relative clauses ("…, die in beide Richtungen …"), adverbial
    clauses and infinitives ("…, als …", "…, ohne …") and a coordinated verb.
    """
    rest = toks[c + 1 :]
    if not rest:
        return False
    if toks[c].text == ":":
        return True
    first = rest[0]
    if first.mark or lex.is_(first.low, "SUBORD"):
        return True
    if lex.is_(first.low, "INF") or lex.is_(first.low, "CONJ") or lex.is_(first.low, "PREP") and len(rest) > 1 \
            and lex.is_(rest[1].low, "DET") and rest[1].low in ("dem", "der", "denen", "deren", "dessen", "welchem"):
        return False
    if first.low in lex.verbs or lex.is_(first.low, "AUX") or lex.is_(first.low, "PASSIVE"):
        return False
    if any(_words_at(toks, c + 1, pat.cue) for pat in lex.cue_index.get(first.low, ()) if pat.cue):
        return False  # "…, heißt es aus dem Weißen Haus" closes the sentence, it is no content
    if lex.is_(first.low, "DET") and len(rest) > 1:
        nxt = rest[1]  # "die betroffenen Tiere würden …" vs. relative "die in beide Richtungen …"
        return nxt.text[:1].isupper() or nxt.text[:1].isdigit() or adjective(nxt, lex) or nxt.quoted
    return True


def _trailing_frame(toks: list[Tok], a: int, lex: Lexicon) -> int:
    """Index of a ", sagte X" that closes the clause from ``a`` (else the sentence length)."""
    for k in range(a, len(toks) - 1):
        t, nxt = toks[k], toks[k + 1]
        if t.text == "," and not t.quoted and not nxt.quoted:
            if any(f.finite for f in lex.verbs.get(nxt.low, ())) and nxt.text[:1].islower():
                return k
    return len(toks)


def _separable(toks: list[Tok], lex: Lexicon, forms, i: int, right: int):
    """The verb a finite form belongs to, judged by the particle at the clause end."""
    end = right - 1
    last = toks[end].low if end > i and not toks[end].quoted else ""  # "als ein „Zeichen“": no particle
    for form in forms:
        if form.particle:
            part = next((k for k in range(i + 1, right) if toks[k].low == form.particle and not toks[k].quoted), None)
            if part is not None:
                return form, part
    plain = next((f for f in forms if not f.particle), None)
    if plain is None or plain.finite and last in lex.particles:
        return None, None  # "forderte die Nationalgarde an" is another verb
    return plain, None


def verb_frames(toks: list[Tok], lex: Lexicon, taken: set[int]) -> list[Frame]:
    """Frames anchored on speech verbs, left to right; ``taken`` marks tokens already in a message."""
    out: list[Frame] = []
    n = len(toks)
    i = 0
    while i < n:
        t = toks[i]
        forms = () if t.quoted or i in taken else lex.verbs.get(t.low, ())
        if not forms or t.text[:1].isupper() or (i > 0 and toks[i - 1].low == "zu"):
            i += 1
            continue
        left, right = _left_bound(toks, i), _right_bound(toks, i)
        form, part = _separable(toks, lex, forms, i, right)
        if form is None:
            i += 1
            continue
        cue = [i] if part is None else [i, part]
        finite = i
        passive = False
        if not form.finite:
            aux = next((k for k in range(i - 1, left - 1, -1) if (lex.is_(toks[k].low, "AUX") or lex.is_(toks[k].low, "PASSIVE"))
                        and not toks[k].quoted), None)
            if aux is not None:
                cue.insert(0, aux)
                finite = aux
                passive = lex.is_(toks[aux].low, "PASSIVE")
        frame = _shape(toks, lex, left, right, finite, cue)
        if frame:
            frame.embedded = lex.subjunctive.get(toks[finite].low) == 1
        if frame and passive:  # "Ihm wird vorgeworfen, …": the named person is no speaker
            agent = next((k for k in range(finite + 1, i) if toks[k].low == "von" and not toks[k].quoted), None)
            frame.source = np_after(toks, agent + 1, lex, skip_adverbs=False) if agent is not None else None
        if frame:
            out.append(frame)
            for a, b in frame.message:
                taken.update(range(a, b))
        i = max(cue) + 1
    return out


def _shape(toks: list[Tok], lex: Lexicon, left: int, right: int, finite: int, cue: list[int]) -> Frame | None:
    n = len(toks)
    cue_spans = [(k, k + 1) for k in cue]
    last = max(cue)
    # "wie X mitteilte": a comment clause inside the sentence
    if left + 1 < n and toks[left + 1].low == "wie" and not toks[left].quoted and left + 1 < finite:
        left += 1  # "Denn wie X berichtete, …"
    if left < n and toks[left].low == "wie" and last >= right - 2:
        src = np_after(toks, left + 1, lex)
        cue_spans.insert(0, (left, left + 1))
        if left > 0:
            msg = (0, _strip_end(toks, 0, left - 1))
            frame = [(left - 1, _strip_end(toks, left, n))]
        else:
            msg = (right + 1, _strip_end(toks, right + 1, n))
            frame = [(left, right + 1)]
        if msg[1] <= msg[0]:
            return None
        return Frame(_kind(toks, *msg), [msg], cue_spans, src, frame)
    c = _right_bound(toks, last)
    colon = c < n and toks[c].text == ":" and c + 1 < n
    # message first: "„…“, sagte X" / "Y sei …, sagte X"
    # „…,“ sagte X — a closing mark with the quote's own punctuation right before the verb
    after_mark = finite > 1 and toks[finite - 1].mark and toks[finite - 1].quoted and toks[finite - 2].text in ",.!?"
    if finite == left and left > 0 and toks[left - 1].text == "," and not after_mark:
        whole = prefield_subject(toks, 0, finite, lex)  # "Ein Sprecher der Polizei, Lars Beringer, sagte"
        if whole and whole[1] >= finite - 1:
            left = 0
    if finite == left and left > 1 and toks[left - 1].text == "," and not after_mark:
        chunk = _left_bound(toks, left - 1)
        if chunk > 0 and toks[chunk].low in lex.classes.get("DET", ()) and not lex.subjunctive.get(toks[left - 2].low):
            lead = np_after(toks, 0, lex, skip_adverbs=False)  # "Klose, der Gelb-Rot sah, nannte …"
            if lead and lead[1] == chunk - 1:
                left = 0
    if not colon and (finite == left and left > 0 and toks[left - 1].text == "," or after_mark):
        start = 0
        end = finite - 1 if toks[finite - 1].text == "," else finite
        if end <= start:
            return None
        src = np_after(toks, finite + 1, lex)
        message = [(start, end)]
        tail = _strip_end(toks, end, n)
        after = max(src[1] if src else 0, last + 1)
        if after + 1 < n and toks[after].text == "," and toks[after + 1].mark:  # „A“, sagte er, „B“
            message.append((after + 1, tail))
            tail = after + 1
        kind = "direct" if all(_kind(toks, a, b) == "direct" for a, b in message) else "indirect"
        return Frame(kind, message, cue_spans, src, [(end, tail)])
    src = _subject(toks, lex, left, finite)
    if src and src[0] > finite and src[1] > c:  # "erklärte der Direktor, Mohammed el-Baradei, …"
        c = _right_bound(toks, src[1])
    # frame first, complement after "," or ":" — unless a second cue verb is closer to it
    closer = any(toks[k].low in lex.verbs and not toks[k].quoted and toks[k].text[:1].islower()
                 and toks[k - 1].low in ("und", "oder", "sondern") for k in range(last + 1, c))
    if c < n and not closer and _complement(toks, c, lex):
        end = _strip_end(toks, c + 1, _trailing_frame(toks, c + 1, lex))
        if end <= c + 1:
            return None
        frame = [(left, c + 1)]
        return Frame(_kind(toks, c + 1, end), [(c + 1, end)], cue_spans, src, frame)
    if finite == left + 1 and lex.is_(toks[left].low, "ANAPH") and left == 0:  # "Dies bestätigte Stoiber."
        src = np_after(toks, finite + 1, lex)
        frame = [(finite, _strip_end(toks, finite, n))]
        return Frame("indirect", [(left, left + 1)], cue_spans, src, frame, anaphoric=True)
    # reported act: needs an object after the verb that is not a prepositional phrase
    used = set(range(*src)) if src else set()
    used |= set(cue)
    end = right + 1 if right < n and toks[right].text in _END_PUNCT else right
    if right == n or right == n - 1:
        end = n
    if not _has_object(toks, lex, [k for k in range(finite + 1, right) if k not in used]):
        if not _quoted_runs(toks, left, finite):  # "Von einer „Farce“ sprach X."
            return None
    quoted = _quoted_runs(toks, left, end) or _quoted_runs(toks, left, _next_cue_clause(toks, lex, end))
    if quoted:  # "nannte sie „fahrlässig“": the quoted words are the statement
        return Frame("direct", quoted, cue_spans, src, [(left, _strip_end(toks, left, quoted[0][0]))])
    if src is None:
        return None
    return Frame("reported", [(left, end)], cue_spans, src, [])


def _next_cue_clause(toks: list[Tok], lex: Lexicon, a: int) -> int:
    """Where the next clause holding a speech verb starts (else the sentence end)."""
    start = a
    for k in range(a, len(toks)):
        t = toks[k]
        if t.text in _CLAUSE_PUNCT and not t.quoted:
            start = k
        elif not t.quoted and t.low in lex.verbs and t.text[:1].islower():
            if _separable(toks, lex, lex.verbs[t.low], k, _right_bound(toks, k))[0] is not None:
                return start
    return len(toks)


def _has_object(toks: list[Tok], lex: Lexicon, rest: list[int]) -> bool:
    """Whether a noun phrase outside any prepositional phrase follows the verb (an object)."""
    in_pp = False
    for k in rest:
        t = toks[k]
        if t.quoted:
            return True
        if lex.is_(t.low, "PREP"):
            in_pp = True
        elif t.text[:1].isupper() or t.text[:1].isdigit():
            if not in_pp:
                return True
            in_pp = False
        elif lex.is_(t.low, "DET") and not in_pp:
            return True
    return False


def _quoted_runs(toks: list[Tok], a: int, b: int) -> list[tuple[int, int]]:
    runs, start = [], None
    for k in range(a, b):
        if toks[k].quoted and start is None:
            start = k
        elif not toks[k].quoted and start is not None:
            runs.append((start, k))
            start = None
    if start is not None:
        runs.append((start, b))
    return runs


def colon_frames(toks: list[Tok], lex: Lexicon, taken: set[int]) -> list[Frame]:
    """"X: „…“" and "<clause>: „…“" with no speech verb: the quotation belongs to the clause subject."""
    out = []
    n = len(toks)
    for c, t in enumerate(toks):
        if t.text != ":" or t.quoted or c + 1 >= n or not toks[c + 1].mark or c + 1 in taken:
            continue
        left = _left_bound(toks, c)
        if left == c:
            continue
        verb = next((k for k in range(left + 1, c) if toks[k].text[:1].islower() and toks[k].text[:1].isalpha()
                     and not (lex.is_(toks[k].low, "DET") or lex.is_(toks[k].low, "LINK"))), None)
        if verb is None:
            src, cue = prefield_subject(toks, left, c, lex), []
        else:
            src = prefield_subject(toks, left, verb, lex) or np_after(toks, verb + 1, lex)
            cue = [(verb, verb + 1)]
        end = _strip_end(toks, c + 1, _trailing_frame(toks, c + 1, lex))
        out.append(Frame(_kind(toks, c + 1, end), [(c + 1, end)], cue, src, [(left, c + 1)]))
        taken.update(range(c + 1, end))
    return out


def _subject(toks: list[Tok], lex: Lexicon, left: int, finite: int) -> tuple[int, int] | None:
    span = None
    if 0 < left < finite or left == 0 and any(t.text == "," and not t.quoted for t in toks[:finite]):
        # "Die Organisationen A, B und C werfen …" / "Klose, der Gelb-Rot sah, nannte …"
        span = prefield_subject(toks, 0, finite, lex)
        lead = np_after(toks, 0, lex, skip_adverbs=False)
        if span is None and lead and lead[1] < finite and toks[lead[1]].text == "," and toks[lead[1] + 1].low in lex.classes.get("DET", ()):
            span = lead
    if span is None and finite > left:
        span = prefield_subject(toks, left, finite, lex)
    if span is None:
        span = np_after(toks, finite + 1, lex)
    return span


def phrase_frames(toks: list[Tok], lex: Lexicon, taken: set[int]) -> list[Frame]:
    """Frames anchored on non-verbal cues ("laut X", "X zufolge", "nach Angaben X", "heißt es")."""
    out: list[Frame] = []
    n = len(toks)
    for i, t in enumerate(toks):
        if t.quoted or i in taken:
            continue
        for pat in lex.cue_index.get(t.low, ()):
            frame = _match(toks, lex, i, pat)
            if frame:
                out.append(frame)
                for a, b in frame.message:
                    taken.update(range(a, b))
                break
    return [f for f in out if f.message and all(b > a for a, b in f.message)] if n else out


def _words_at(toks: list[Tok], i: int, words: tuple[str, ...]) -> bool:
    return i + len(words) <= len(toks) and all(toks[i + k].low == w and not toks[i + k].quoted for k, w in enumerate(words))


def _rest_of_sentence(toks: list[Tok], a: int, b: int) -> list[tuple[int, int]]:
    """Message = the sentence without the frame ``[a, b)`` (and a comma that closes it)."""
    n = len(toks)
    if b < n and toks[b].text == "," and a == 0:
        b += 1
    segs = [(0, a), (b, _strip_end(toks, b, n))]
    return [(x, _strip_end(toks, x, y) if y == a else y) for x, y in segs if y > x]


def _match(toks: list[Tok], lex: Lexicon, i: int, pat: CuePattern) -> Frame | None:
    n = len(toks)
    if pat.after and not pat.cue:  # "SOURCE zufolge", "Seiner Meinung nach"
        if not _words_at(toks, i, pat.after):
            return None
        src = np_before(toks, i, lex)
        if src is None or pat.noun and not lex.statement_noun(toks[src[1] - 1].text):
            return None
        cue = [(i, i + len(pat.after))]
        msg = _rest_of_sentence(toks, src[0], i + len(pat.after))
        return Frame("indirect", msg, cue, src, [(src[0], i + len(pat.after))])
    if not _words_at(toks, i, pat.cue):
        return None
    j = i + len(pat.cue)
    cue = [(i + (1 if pat.cue[0] == "," else 0), j)]
    if not pat.source:
        if pat.cue[0].lower() in ("demnach", "wonach") or len(pat.cue) == 1:
            msg = [(j, _strip_end(toks, j, n))]
            return Frame("indirect", msg, cue, (i, j), [(0 if i < 3 else i, j)]) if msg[0][1] > j else None
        src = None
        end = j
        if j < n and lex.is_(toks[j].low, "PREP"):
            src = np_after(toks, j + 1, lex, skip_adverbs=False)
            end = src[1] if src else j
        left = _left_bound(toks, i)
        if left > 0:  # "…, heißt es aus dem Weißen Haus."
            msg = [(0, left - 1)]
            frame = [(left - 1, _strip_end(toks, left, n))]
        else:
            c = _right_bound(toks, end)
            msg = [(c + 1, _strip_end(toks, c + 1, n))]
            frame = [(0, c + 1)]
        if msg[0][1] <= msg[0][0]:
            return None
        return Frame(_kind(toks, *msg[0]), msg, cue, src, frame)
    if pat.noun:
        head = next((k for k in range(j, min(n, j + 4)) if toks[k].text[:1].isupper()), None)
        if head is None or not lex.statement_noun(toks[head].text) or toks[head].quoted:
            return None
        src = np_after(toks, j, lex, skip_adverbs=False)
        if src is None:
            return None
    else:
        src = np_after(toks, j, lex, skip_adverbs=False)
        if src is None:
            return None
    if pat.cue[0] == ",":  # "…, so der Sprecher (am Montag)."
        nxt = toks[src[1]] if src[1] < n else None
        if nxt is not None and not (nxt.text in _END_PUNCT or nxt.text == "," or lex.is_(nxt.low, "PREP") or lex.is_(nxt.low, "ADV")):
            return None
        msg = [(0, i)]
        return Frame(_kind(toks, 0, i), msg, cue, src, [(i, src[1])])
    msg = _rest_of_sentence(toks, i, src[1])
    return Frame("indirect", msg, cue, src, [(i, src[1])])


def subjunctive_mood(toks: list[Tok], lex: Lexicon) -> int:
    """1 if the sentence has a Konjunktiv-I form outside quotes, 2 for Konjunktiv II only, else 0."""
    moods = [lex.subjunctive.get(t.low, 0) for t in toks if not t.quoted]
    return 1 if 1 in moods else (2 if 2 in moods else 0)


def loose_quotes(toks: list[Tok], lex: Lexicon, taken: set[int]) -> list[Frame]:
    """Quoted words no cue has claimed ("Er bekam den Preis „for his analysis …“"): a direct
    statement, of the sentence subject when its verb is a speech verb."""
    runs = [(a, b) for a, b in _quoted_runs(toks, 0, len(toks)) if not any(k in taken for k in range(a, b))]
    if not runs:
        return []
    finite = next((k for k, t in enumerate(toks) if k > 0 and not t.quoted and t.text[:1].islower()
                   and (lex.is_(t.low, "AUX") or t.low in lex.verbs)), None)
    src = prefield_subject(toks, 0, finite, lex) if finite and toks[finite].low in lex.verbs else None
    return [Frame("direct", [run], [], src, []) for run in runs
            if _utterance_like(toks[run[0] : run[1]], src is not None)]


def _utterance_like(run: list[Tok], has_speaker: bool) -> bool:
    """Long mixed-case quotations are utterances; short or all-capitalised ones are mostly names
    and titles („Shenzhou 6“), kept only when the sentence has a speaking subject."""
    words = [t for t in run if t.text[:1].isalnum()]
    if all(t.text[:1].isupper() for t in words):
        return False
    return len(words) >= LOOSE_MIN_WORDS or has_speaker and len(words) >= 3
