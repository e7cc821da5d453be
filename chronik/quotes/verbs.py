"""Frames anchored on speech verbs (data: ``speech_verbs.txt``).

Three shapes: message first (``„…“, sagte X`` / ``Y sei …, sagte X``), frame first with a
complement after ``,``/``:`` (``X sagte: „…“``, ``X erklärte, dass …``, ``X sagte, Y sei …``)
and a reported act without complement (``X lobte die Führung``); ``wie X mitteilte`` comment
clauses and ``Dies bestätigte X`` (message = previous sentence) besides.
"""

from __future__ import annotations

from dataclasses import replace

from chronik.quotes.frames import (
    CLAUSE_PUNCT,
    END_PUNCT,
    Frame,
    kind_of,
    left_bound,
    long_quotation,
    quoted_runs,
    right_bound,
    strip_end,
    words_at,
)
from chronik.quotes.lexicon import Lexicon
from chronik.quotes.speakers import adjective, document_source, head_noun, np_after, prefield_subject
from chronik.quotes.tokens import Tok


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
    if len(rest) > 1 and lex.is_(first.low, "RESUME") and lex.is_(rest[1].low, "SUBORD"):
        return False  # "meldete einen Schaden, so dass Alarm ausgelöst wurde": a consequence
    if first.mark or lex.is_(first.low, "SUBORD"):
        return True
    if (
        lex.is_(first.low, "INF")
        or lex.is_(first.low, "CONJ")
        or lex.is_(first.low, "PREP")
        and len(rest) > 1
        and lex.is_(rest[1].low, "DET")
        and lex.is_(rest[1].low, "REL")
        and not (len(rest) > 2 and (rest[2].text[:1].isupper() or adjective(rest[2], lex)))
    ):
        return False  # "…, nach denen …" is a relative clause; "…, in der Region … zu haben" is content
    if first.low in lex.verbs or lex.is_(first.low, "AUX") or lex.is_(first.low, "PASSIVE"):
        return False
    if any(words_at(toks, c + 1, pat.cue) for pat in lex.cue_index.get(first.low, ()) if pat.cue and not pat.source):
        return False  # "…, heißt es aus dem Weißen Haus" closes the sentence; "…, nach Angaben X …" is content
    if lex.is_(first.low, "DET") and len(rest) > 1:
        nxt = rest[1]  # "die betroffenen Tiere würden …" vs. relative "die in beide Richtungen …"
        return nxt.text[:1].isupper() or nxt.text[:1].isdigit() or adjective(nxt, lex) or nxt.quoted
    return True


def trailing_frame(toks: list[Tok], a: int, lex: Lexicon) -> int:
    """Index of a ", sagte X" that closes the clause from ``a`` (else the sentence length)."""
    for k in range(a, len(toks) - 1):
        t, nxt = toks[k], toks[k + 1]
        if t.text == "," and not t.quoted and not nxt.quoted:
            if any(f.finite for f in lex.verbs.get(nxt.low, ())) and nxt.text[:1].islower():
                return k
    return len(toks)


def _coordinated_cue(toks: list[Tok], lex: Lexicon, a: int, b: int) -> int:
    """Where "und" + a second speech verb in the indicative ends a reported clause ("Er sagte,
    Europa brauche X, und fügte hinzu: …"): the index of the coordinator, else ``b``."""
    for k in range(a + 1, b - 1):
        t, nxt = toks[k], toks[k + 1]
        if t.quoted or nxt.quoted or not lex.is_(t.low, "COORD") or nxt.text[:1].isupper():
            continue
        forms = [f for f in lex.verbs.get(nxt.low, ()) if f.finite]
        if forms and lex.subjunctive.get(nxt.low) != 1:
            form, _ = _separable(toks, lex, forms, k + 1, right_bound(toks, k + 1))
            if form is not None:
                return k
    return b


def _separable(toks: list[Tok], lex: Lexicon, forms, i: int, right: int):
    """The verb a finite form belongs to, judged by the particle at the clause end."""
    end = right - 1
    last = toks[end].low if end > i and not toks[end].quoted else ""  # "als ein „Zeichen“": no particle
    final = len(toks) - 1 if toks and toks[-1].text in END_PUNCT else len(toks)
    for form in forms:
        if form.particle:
            part = next(
                (
                    k
                    for k in range(i + 1, right)
                    if toks[k].low == form.particle and not toks[k].quoted and _clause_final(toks, k, right, lex)
                ),
                None,
            )
            if part is None and final - 1 > right and toks[final - 1].low == form.particle:
                part = final - 1  # "…, teilte der Direktor der Behörde, Bagus Puruhito, mit."
            if part is None and i > 0 and toks[i - 1].low == form.particle and not toks[i - 1].quoted:
                part = i - 1  # "Wie die Bank bekannt gab, …"
            if part is not None:
                return form, part
    plain = next((f for f in forms if not f.particle), None)
    if plain is None or plain.finite and last in lex.particles:
        return None, None  # "forderte die Nationalgarde an" is another verb
    return plain, None


def _needed(toks: list[Tok], lex: Lexicon, form, left: int, right: int) -> list[int] | None:
    """Token positions of the word a multi-word cue needs in its clause ("hält es für möglich":
    "für" and the predicate after it), or None when it is missing."""
    for k in range(left, right):
        if not toks[k].quoted and toks[k].low.endswith(form.needs):
            if k + 2 == right and toks[k + 1].text[:1].islower():  # the predicate: "für möglich"
                return [k, k + 1]
            return [k]
    return None


def _undone(toks: list[Tok], lex: Lexicon, lemma: str, left: int, right: int) -> bool:
    """Whether a word in the clause makes the verb no speech act (``quote_not_cues.tsv``:
    "stellte sich als Attrappe heraus", "forderte 92 Todesopfer")."""
    words = lex.not_cues.get(lemma)
    return bool(words) and any(not t.quoted and t.low.endswith(words) for t in toks[left:right])


def _clause_final(toks: list[Tok], k: int, right: int, lex: Lexicon) -> bool:
    """Whether a separable particle at ``k`` closes its clause, as a verb particle does ("gab …
    bekannt", "wies … zurück und …"); a preposition is followed by its noun ("ging aus der …")."""
    nxt = k + 1
    return nxt >= right or toks[nxt].quoted or lex.is_(toks[nxt].low, "COORD")


def verb_frames(toks: list[Tok], lex: Lexicon, taken: set[int]) -> list[Frame]:
    """Frames anchored on speech verbs, left to right; ``taken`` marks tokens already in a message."""
    out: list[Frame] = []
    n = len(toks)
    i = 0
    while i < n:
        t = toks[i]
        forms = () if t.quoted or i in taken else lex.verbs.get(t.low, ())
        if not forms or t.text[:1].isupper() or (i > 0 and lex.is_(toks[i - 1].low, "INFMARK")):
            i += 1
            continue
        left, right = left_bound(toks, i), right_bound(toks, i)
        joined = None  # "…, und fügte hinzu: …": the previous frame's message ends at the "und"
        if out and i - 1 >= left and lex.is_(toks[i - 1].low, "COORD"):
            ended = out[-1].message[-1][1]
            if ended < i and all(toks[k].text == "," for k in range(ended, i - 1)):
                joined, left = out[-1], i  # the clause of the second verb starts after "und"
        needed = {f: _needed(toks, lex, f, left, right) for f in forms if f.needs}
        forms = tuple(f for f in forms if not f.needs or needed[f] is not None)
        form, part = _separable(toks, lex, forms, i, right) if forms else (None, None)
        if form is None or _undone(toks, lex, form.lemma, left, right):
            i += 1
            continue
        cue = [i] if part is None else [i, part]
        if any(k > left and lex.is_(toks[k - 1].low, "NEG") and not toks[k - 1].quoted for k in cue):
            i += 1  # "wollte nicht bestätigen, dass …": a denied speech act says nothing
            continue
        if form.needs:  # "hält es für möglich", "machte zur Bedingung"
            cue.extend(k for k in needed[form] if k not in cue)
        finite = i
        passive = False
        if not form.finite:
            aux = next(
                (
                    k
                    for k in range(i - 1, left - 1, -1)
                    if (lex.is_(toks[k].low, "AUX") or lex.is_(toks[k].low, "PASSIVE")) and not toks[k].quoted
                ),
                None,
            )
            after = toks[i + 1] if i + 1 < n and not toks[i + 1].quoted else None
            sein = (
                aux is not None
                and lex.is_(toks[aux].low, "SEIN")
                and not (after and lex.is_(after.low, "PASSIVE"))
                or aux is None
                and after is not None
                and lex.is_(after.low, "SEIN")  # "…, nachdem es an die Öffentlichkeit geraten war"
            )
            if sein and not form.sein_perfect:
                i += 1  # "war ins Stocken geraten": speech verbs form their perfect with "haben"
                continue
            if aux is not None:
                cue.insert(0, aux)
                finite = aux
                passive = lex.is_(toks[aux].low, "PASSIVE")
            if i + 1 < n and lex.is_(toks[i + 1].low, "PASSIVE") and not toks[i + 1].quoted:
                passive = True  # "waren … gefordert worden", "…, dass es gemeldet wurde"
        frame = _shape(toks, lex, left, right, finite, cue)
        if frame and (form.needs or form.content_only) and frame.kind == "reported":
            frame = None  # "hält es für möglich, dass …", "begrüßte, dass …" but not "begrüßte den Plan"
        if frame:
            frame.embedded = lex.subjunctive.get(toks[finite].low) == 1
            _cue_parts(toks, lex, frame, finite)
        if frame and form.needs and frame.source and any(frame.source[0] <= a < frame.source[1] for a, _ in frame.cue):
            frame.source = None  # "Einige vertreten die Auffassung, …": the cue's own words are no speaker
        if frame and passive:  # "Ihm wird vorgeworfen, …": the subject is addressed, not speaking
            role = lex.passive.get(form.lemma)
            agent = next(
                (k for k in range(finite + 1, i) if lex.is_(toks[k].low, "AGENT") and not toks[k].quoted), None
            )
            if role != "SPEAKER":
                frame.addressee = frame.source if role == "ADDR" else None
                frame.source = np_after(toks, agent + 1, lex, skip_adverbs=False) if agent is not None else None
                frame.source = frame.source or document_source(toks, left, finite, lex)  # "Im Bericht wurde …"
                frame.source = frame.source or _document_inside(toks, lex, finite + 1, i)
                if frame.kind == "reported" and frame.source is None:
                    frame = None  # "Das Schiff wurde begrüßt": an event, nobody's statement
        elif frame:
            frame.addressee = _addressee(toks, lex, frame, lex.passive.get(form.lemma) == "ADDR")
        if frame and joined is not None and frame.source is None:
            frame.source = joined.source  # both verbs share the subject
        if frame:
            out.extend(_one_per_quotation(frame))
            for a, b in frame.message:
                taken.update(range(a, b))
        i = max(cue) + 1
    return out


def _one_per_quotation(frame: Frame) -> list[Frame]:
    """A speech act with several quoted objects ("hält X „…“ für „…“", "skandierten „A“ und „B“")
    makes one direct statement per quotation, with the same cue and speaker; a quotation split by
    its cue ("„A“, sagte er, „B“") stays one."""
    cue = frame.cue[0][0]
    if frame.kind != "direct" or len(frame.message) < 2 or frame.message[0][0] < cue < frame.message[-1][1]:
        return [frame]
    return [replace(frame, message=[m]) for m in frame.message]


def _document_inside(toks: list[Tok], lex: Lexicon, a: int, b: int) -> tuple[int, int] | None:
    """A text named between auxiliary and participle of a passive cue ("So wird in einer
    Pressemitteilung der Organisation gefordert, …")."""
    for k in range(a, b - 1):
        if lex.is_(toks[k].low, "WHERE") and not toks[k].quoted:
            span = np_after(toks, k + 1, lex, skip_adverbs=False)
            if span is not None and span[1] <= b:
                return document_source(toks, k, span[1], lex)
    return None


def _cue_parts(toks: list[Tok], lex: Lexicon, frame: Frame, finite: int) -> None:
    """Add the words that belong to a verb cue: "geht davon aus", "äußerte sich", "es wird
    vermutet", "bezeichnete … als „…“"."""
    taken = {k for a, b in frame.message for k in range(a, b)}
    if frame.source:
        taken.update(range(*frame.source))
    first, last = frame.cue[0][0], frame.cue[-1][0]
    extra = set()
    for k in (first - 1, first + 1, last + 1):  # next to the verb
        if 0 <= k < len(toks) and k not in taken and not toks[k].quoted and lex.is_(toks[k].low, "CUEPART"):
            extra.add(k)
    for k in range(first + 1, last):  # between verb and particle
        if k not in taken and not toks[k].quoted and lex.is_(toks[k].low, "CUEPART"):
            extra.add(k)
    m = frame.message[0][0]
    if frame.kind == "direct" and m > 0 and toks[m].quoted:
        k = m - 1
        while k > last and (lex.is_(toks[k].low, "DET") or adjective(toks[k], lex)):
            k -= 1
        if k > last and (lex.is_(toks[k].low, "ASMARK") or lex.is_(toks[k].low, "TOPIC")):
            extra.add(k)
    if extra:
        frame.cue = sorted(set(frame.cue) | {(k, k + 1) for k in extra})


def _addressee(toks: list[Tok], lex: Lexicon, frame: Frame, object_addressed: bool) -> tuple[int, int] | None:
    """The phrase after an addressee preposition ("sagte gegenüber der Presse", "schrieb an Kim"),
    else a dative phrase next to the cue or speaker ("sagte dem Sender"), else, for verbs whose
    object is the one addressed (``quote_passive.tsv`` ADDR: "warf dem Iran vor", "forderte die
    Regierung auf"), the noun phrase next to them."""
    inside = {k for a, b in frame.message for k in range(a, b)} if frame.kind != "reported" else set()
    next_to = {b for _, b in frame.cue} | ({frame.source[1]} if frame.source else set())

    def free(span: tuple[int, int] | None) -> bool:
        return bool(span) and not (frame.source and span[0] < frame.source[1] and frame.source[0] < span[1])

    for a, b in frame.frame:
        for k in range(a, b - 1):
            if k in inside or toks[k].quoted:
                continue
            if lex.is_(toks[k].low, "ADDR") or k in next_to and lex.is_(toks[k].low, "ADDR_NEXT"):
                span = np_after(toks, k + 1, lex, skip_adverbs=False)
                if free(span):
                    return span
    for k in sorted(next_to):
        if k >= len(toks) or k in inside or toks[k].quoted:
            continue
        if (
            lex.is_(toks[k].low, "DATIVE")
            or object_addressed
            and lex.is_(toks[k].low, "DET")
            or (object_addressed and toks[k].text[:1].isupper() and not lex.is_(toks[k].low, "PREP"))
        ):
            span = np_after(toks, k, lex, skip_adverbs=False)
            if free(span) and not any(j in inside for j in range(*span)):
                return span
    return None


def _shape(toks: list[Tok], lex: Lexicon, left: int, right: int, finite: int, cue: list[int]) -> Frame | None:
    n = len(toks)
    cue_spans = [(k, k + 1) for k in cue]
    last = max(cue)
    adverbial = finite > left and lex.is_(toks[left].low, "PREP")  # "…, in Bangkok mitteilte"
    if (finite == left or adverbial) and left > 1 and toks[left - 1].text == ",":  # "Wie X, Sprecher der Y, erklärte"
        k = left_bound(toks, left - 1)
        for start in (k, left_bound(toks, k - 1) if k > 1 and toks[k - 1].text == "," else k):
            if lex.is_(toks[start].low, "COMMENT") and prefield_subject(toks, start + 1, left - 1, lex):
                left = start
                break
    # "wie X mitteilte": a comment clause inside the sentence
    if left + 1 < n and lex.is_(toks[left + 1].low, "COMMENT") and not toks[left].quoted and left + 1 < finite:
        left += 1  # "Denn wie X berichtete, …"
    if left < n and lex.is_(toks[left].low, "COMMENT") and last >= right - 2:
        src = np_after(toks, left + 1, lex)
        if src is None and toks[left + 1].mark and all(t.quoted for t in toks[left + 1 : finite]):
            src = (left + 1, finite)  # "Wie „heise online“ berichtet, …": a quoted name of any case
        cue_spans.insert(0, (left, left + 1))
        if left > 0:
            msg = (0, strip_end(toks, 0, left - 1))
            frame = [(left - 1, strip_end(toks, left, n))]
        else:
            msg = (right + 1, strip_end(toks, right + 1, n))
            frame = [(left, right + 1)]
        if msg[1] <= msg[0]:
            return None
        return Frame(kind_of(toks, *msg), [msg], cue_spans, src, frame)
    resumed = finite == left + 1 and left > 1 and toks[left - 1].text == "," and lex.is_(toks[left].low, "RESUME")
    if resumed:
        cue_spans.insert(0, (left, left + 1))  # "…, so bestätigt das Gericht."
    c = right_bound(toks, last)
    colon = c < n and toks[c].text == ":" and c + 1 < n
    # message first: "„…“, sagte X" / "Y sei …, sagte X"
    # „…,“ sagte X — a closing mark with the quote's own punctuation right before the verb
    after_mark = finite > 1 and toks[finite - 1].mark and toks[finite - 1].quoted and toks[finite - 2].text in ",.!?"
    if finite == left and left > 0 and toks[left - 1].text == "," and not after_mark:
        whole = prefield_subject(toks, 0, finite, lex)  # "Ein Sprecher der Polizei, Lars Beringer, sagte"
        if whole and whole[1] >= finite - 1:
            left = 0
    if finite == left and left > 1 and toks[left - 1].text == "," and not after_mark:
        chunk = left_bound(toks, left - 1)
        if chunk > 0 and toks[chunk].low in lex.classes.get("DET", ()) and not lex.subjunctive.get(toks[left - 2].low):
            lead = np_after(toks, 0, lex, skip_adverbs=False)  # "Klose, der Gelb-Rot sah, nannte …"
            if lead and lead[1] == chunk - 1:
                left = 0
    if (
        finite == left
        and left > 0
        and toks[left - 1].text == ","
        and not (after_mark or resumed)
        and post_subject(toks, lex, finite + 1) is None
        and _apposition_before(toks, lex, left - 1)
    ):
        left = 0  # "Der Vertreter der Arbeitgeber, Peter Clever, hat gefordert, …": no speaker follows the verb
    adverbial_clause = (
        finite == left
        and left > 1
        and not (after_mark or resumed)
        and (
            lex.is_(toks[0].low, "CLAUSE")
            and not toks[0].quoted  # „Da werden wir bestraft“, sagte er: a quotation, no adverbial clause
            and left_bound(toks, left - 1) == 0
            or _relative_clause(toks, lex, left_bound(toks, left - 1))
        )
    )  # "Da …, geht man davon aus, dass …": the clause before the verb is no reported content
    if (
        not colon
        and not adverbial_clause
        and (finite == left and left > 0 and toks[left - 1].text == "," or after_mark or resumed)
    ):
        end = cue_spans[0][0] - 1 if toks[cue_spans[0][0] - 1].text == "," else cue_spans[0][0]
        # "X äußerte sich dazu: „…“, sagte er": the message starts after the colon
        start = next((k + 1 for k in range(end - 1, 0, -1) if toks[k].text == ":" and not toks[k].quoted), 0)
        if end <= start:
            return None
        src = post_subject(toks, lex, finite + 1)
        auxiliary = lex.is_(toks[finite].low, "AUX") or lex.is_(toks[finite].low, "PASSIVE")
        if src is None and not (after_mark or resumed or auxiliary):
            return None  # "X beziffert …, befürchtet aber weitere Tote": a second verb of the same subject
        message = [(start, end)]
        tail = strip_end(toks, end, n)
        after = max(src[1] if src else 0, last + 1)
        if after + 1 < n and toks[after].text == "," and toks[after + 1].mark:  # „A“, sagte er, „B“
            message.append((after + 1, tail))
            tail = after + 1
        elif (
            resumed
            and after + 1 < n
            and toks[after].text == ","
            and strip_end(toks, after + 1, n) > after + 1
            and not toks[after + 1].quoted
            and not long_quotation(toks, start, end)
            and not long_quotation(toks, after + 1, n)
        ):  # "Tatsächlich, so betont die Polizei, ist dies falsch": the report goes on
            message.append((after + 1, strip_end(toks, after + 1, n)))
            tail = after + 1
        kind = "direct" if all(kind_of(toks, a, b) == "direct" for a, b in message) else "indirect"
        return Frame(kind, message, cue_spans, src, [(end, tail)])
    src = _subject(toks, lex, left, finite)
    if src and src[0] > finite and src[1] > c:  # "erklärte der Direktor, Mohammed el-Baradei, …"
        c = right_bound(toks, src[1])
    # frame first, complement after "," or ":" — unless a second cue verb is closer to it
    closer = any(
        toks[k].low in lex.verbs
        and not toks[k].quoted
        and toks[k].text[:1].islower()
        and lex.is_(toks[k - 1].low, "COORD")
        for k in range(last + 1, c)
    )
    if c < n and not closer and _complement(toks, c, lex):
        end = trailing_frame(toks, c + 1, lex)
        if colon and end < n:
            return None  # "X äußerte sich dazu: „…“, sagte er": the quotation belongs to its own cue
        end = strip_end(toks, c + 1, min(end, _coordinated_cue(toks, lex, c + 1, end)))
        if end <= c + 1:
            return None
        frame = [(left, c + 1)]
        return Frame(kind_of(toks, c + 1, end), [(c + 1, end)], cue_spans, src, frame)
    if _bare_infinitive(toks, lex, finite, last, c):  # "hat angekündigt die Preise zu erhöhen"
        return Frame("indirect", [(last + 1, c)], cue_spans, src, [(left, last + 1)])
    if finite == left + 1 and lex.is_(toks[left].low, "ANAPH") and left == 0:  # "Dies bestätigte Stoiber."
        src = np_after(toks, finite + 1, lex)
        frame = [(finite, strip_end(toks, finite, n))]
        return Frame("indirect", [(left, left + 1)], cue_spans, src, frame, anaphoric=True)
    if finite == left + 1 and lex.is_(toks[left].low, "ANAPH") and left > 1 and toks[left - 1].text == ",":
        # "Die Kamera ist ausgefallen, das teilte das Institut mit.": the clause before is the message
        src = np_after(toks, finite + 1, lex)
        return Frame("indirect", [(0, left - 1)], cue_spans, src, [(left - 1, strip_end(toks, left, n))])
    # reported act: needs an object after the verb that is not a prepositional phrase
    used = set(range(*src)) if src else set()
    used |= set(cue)
    end = right + 1 if right < n and toks[right].text in END_PUNCT else right
    if right == n or right == n - 1:
        end = n
    fronted = src is not None and src[0] > finite and prefield_subject(toks, left, finite, lex) is not None
    if not fronted and not _has_object(toks, lex, [k for k in range(finite + 1, right) if k not in used]):
        if not quoted_runs(toks, left, finite):  # "Von einer „Farce“ sprach X."
            return None
    quoted = quoted_runs(toks, left, end) or quoted_runs(toks, left, _next_cue_clause(toks, lex, end))
    if any(
        not all(t.text[:1].isupper() for t in toks[a:b] if t.text[:1].isalnum()) or _characterisation(toks, lex, a)
        for a, b in quoted
    ):
        # "nannte sie „fahrlässig“", "bezeichnete es als „Farce“": the quoted words are the
        # statement (names in marks are not)
        return Frame("direct", quoted, cue_spans, src, [(left, strip_end(toks, left, quoted[0][0]))])
    if src is None:
        return None
    if end < n and toks[end - 1].text not in END_PUNCT:  # "forderte einen Korridor, um Hilfe … zu bringen."
        end = max(end, _next_cue_clause(toks, lex, end))
    if lex.is_(toks[finite].low, "PERFECT"):
        return None  # "Die Partei hatte den Einsatz abgelehnt": a past act as background, not a report
    return Frame("reported", [(left, end)], cue_spans, src, [])


def _characterisation(toks: list[Tok], lex: Lexicon, a: int) -> bool:
    """Whether the quotation at ``a`` is a predicative after "als" or an indefinite article ("wies
    es als „Unverschämtheit“ zurück", "nannte es einen „Skandal“"): a characterisation, not a name."""
    k = a - 1
    while k > 0 and (lex.is_(toks[k].low, "DET") or adjective(toks[k], lex)) and not toks[k].quoted:
        if lex.is_(toks[k].low, "INDEF"):
            return True  # "nannte die Absage einen „Vertrauensbruch“"
        k -= 1
    return k >= 0 and lex.is_(toks[k].low, "ASMARK") and not toks[k].quoted


def _bare_infinitive(toks: list[Tok], lex: Lexicon, finite: int, last: int, end: int) -> bool:
    """Whether an infinitive clause follows a participle cue without its comma ("Die Firma hat
    angekündigt die Preise zu erhöhen"): the clause ends in the infinitive marker and a verb."""
    if last == finite or end - last < 4 or not lex.is_(toks[end - 2].low, "INFMARK"):
        return False
    first = toks[last + 1]
    words = toks[last + 1 : end]
    return not any(t.quoted for t in words) and not any(lex.is_(first.low, c) for c in ("INF", "CONJ", "PREP"))


def _apposition_before(toks: list[Tok], lex: Lexicon, comma: int) -> bool:
    """Whether the chunk before ``comma`` is an apposition or relative clause of a subject that
    opens the sentence ("X, Sprecher der Y, …", "X, der …, …"), not a reported clause."""
    start = left_bound(toks, comma)
    if start == 0 or toks[start].quoted:
        return False
    chunk = toks[start:comma]
    first = chunk[0]
    if lex.is_(first.low, "RELSUBJ") or lex.is_(first.low, "REL"):
        return True  # "John Edwards, der sich zurückzog, bekräftigte …"
    return np_after(toks, start, lex, skip_adverbs=False) == (start, comma) and _capital_name(first)


def _relative_clause(toks: list[Tok], lex: Lexicon, start: int) -> bool:
    """Whether the chunk at ``start`` is a relative clause ("In einem Referendum, das … stattfand,")."""
    return (
        start > 0
        and toks[start - 1].text == ","
        and (lex.is_(toks[start].low, "RELSUBJ") or lex.is_(toks[start].low, "REL"))
        and start + 1 < len(toks)
        and not _capital_name(toks[start + 1])
        and not adjective(toks[start + 1], lex)
    )


def _capital_name(t: Tok) -> bool:
    return t.text[:1].isupper() or t.text[:1].isdigit()


def _next_cue_clause(toks: list[Tok], lex: Lexicon, a: int) -> int:
    """Where the next clause holding a speech verb or opening with a cue phrase ("…, heißt es")
    starts (else the sentence end)."""
    start = a
    for k in range(a, len(toks)):
        t = toks[k]
        if t.text in CLAUSE_PUNCT and not t.quoted:
            start = k
            nxt = k + 1
            if nxt < len(toks) and any(
                words_at(toks, nxt, pat.cue) for pat in lex.cue_index.get(toks[nxt].low, ()) if pat.cue
            ):
                return start
        elif not t.quoted and t.low in lex.verbs and t.text[:1].islower():
            if _separable(toks, lex, lex.verbs[t.low], k, right_bound(toks, k))[0] is not None:
                return start
    return len(toks)


def _has_object(toks: list[Tok], lex: Lexicon, rest: list[int]) -> bool:
    """Whether a noun phrase outside any prepositional phrase follows the verb (an object)."""
    in_pp = False
    for k in rest:
        t = toks[k]
        if t.quoted:
            return True
        if lex.is_(t.low, "TOPIC") and not in_pp:
            return True  # "sprach von einer Farce", "sprach dennoch von …", "berichtet in ihrem Artikel von …"
        if lex.is_(t.low, "PREP"):
            in_pp = True
        elif t.text[:1].isupper() or t.text[:1].isdigit():
            if not in_pp:
                return True
            in_pp = False
        elif lex.is_(t.low, "DET") and not in_pp:
            return True
    return False


def _subject(toks: list[Tok], lex: Lexicon, left: int, finite: int) -> tuple[int, int] | None:
    nxt = finite + 1
    pronoun = nxt < len(toks) and lex.is_(toks[nxt].low, "NOMINATIVE") and not toks[nxt].quoted
    if finite > 1 and lex.is_(toks[finite - 1].low, "COORD") and not toks[finite - 1].quoted and not pronoun:
        lead = _lead_subject(toks, lex, finite - 1)
        if lead is not None:
            return lead  # "X dankte den Menschen und ergänzte, …": both verbs share the subject
    span = None
    if 0 < left < finite or left == 0 and any(t.text == "," and not t.quoted for t in toks[:finite]):
        # "Die Organisationen A, B und C werfen …" / "Klose, der Gelb-Rot sah, nannte …"
        span = prefield_subject(toks, 0, finite, lex)
        lead = np_after(toks, 0, lex, skip_adverbs=False)
        if (
            span is None
            and lead
            and lead[1] < finite
            and toks[lead[1]].text == ","
            and toks[lead[1] + 1].low in lex.classes.get("DET", ())
        ):
            span = lead
    if span is None and finite > left:
        span = prefield_subject(toks, left, finite, lex)
    if span is None and finite == left + 1 and left > 0 and toks[left - 1].text == ",":
        if lex.is_(toks[left].low, "RELSUBJ"):
            return (left, left + 1)  # "…, das vorschlug, …": the relative pronoun stands for its noun
    final = finite + 1 >= len(toks) or not toks[finite + 1].text[:1].isalnum() or lex.is_(toks[finite + 1].low, "AUX")
    if span is None and finite > left + 1 and final and lex.is_(toks[left].low, "CLAUSE"):
        span = np_after(toks, left + 1, lex, skip_adverbs=False)  # "…, da sie befürchten, …"
        if span and span[1] > finite:
            span = None
    nxt = finite + 1
    if nxt < len(toks) and lex.is_(toks[nxt].low, "NOMINATIVE") and not toks[nxt].quoted:
        return (nxt, nxt + 1)  # "Nähere Einzelheiten gab er nicht bekannt": the prefield is the object
    if span and _object_first(toks, lex, span):
        return post_subject(toks, lex, finite + 1) or span
    return span or post_subject(toks, lex, finite + 1)


def _lead_subject(toks: list[Tok], lex: Lexicon, end: int) -> tuple[int, int] | None:
    """The subject that opens the sentence before its first verb ("Einer der Putschisten, Harouna
    Adamou, dankte …"), looked for before ``end``."""
    for v in range(1, end):
        t = toks[v]
        if t.quoted or not t.text[:1].isalpha() or not t.text[:1].islower():
            continue
        nxt = toks[v + 1] if v + 1 < end else None
        attributive = adjective(t, lex) and nxt is not None and (nxt.text[:1].isupper() or adjective(nxt, lex))
        if lex.is_(t.low, "DET") or lex.is_(t.low, "LINK") or attributive or lex.is_(t.low, "NAMEPART"):
            continue  # "dankte den Menschen" is the verb, "die libysche Armee" an attribute
        span = prefield_subject(toks, 0, v, lex)
        return span if span and span[1] >= v - 1 and toks[span[0]].text[:1].isupper() else None
    return None


def _object_first(toks: list[Tok], lex: Lexicon, span: tuple[int, int]) -> bool:
    """Whether a prefield noun phrase is the object: it opens with an accusative determiner ("Den
    Vorschlag lehnte X ab") or its head names what was said ("Die Äußerungen bezeichnete X als …")."""
    if lex.is_(toks[span[0]].low, "ACC"):
        return True
    head = head_noun(toks, span, lex)
    return head is not None and lex.is_(toks[head].low, "OBJECT")


def post_subject(toks: list[Tok], lex: Lexicon, j: int) -> tuple[int, int] | None:
    """The subject after the finite verb, past a dative phrase ("sagte dem Tagesspiegel der Minister")."""
    span = np_after(toks, j, lex)
    if span and lex.is_(toks[span[0]].low, "DATIVE"):
        span = np_after(toks, span[1], lex, skip_adverbs=False) or span
    return span
