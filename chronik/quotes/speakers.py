"""Speaker phrases without NER: noun-phrase shapes around a cue, then entity keys.

A speaker phrase is found by shape (determiner, adjectives, capitalised words,
genitive links), so it works on text no entity tagger has seen; the entity key
comes from ``doc.mentions`` when one lies inside the phrase, or, for a pronoun,
from the most recent suitable speaker before it.
"""

from __future__ import annotations

from chronik.document import Mention
from chronik.quotes.lexicon import Lexicon
from chronik.quotes.tokens import Tok

_MAX_NP = 14


def _capital(t: Tok) -> bool:
    """A capitalised word; also "81-Jährige", name particles before a hyphen or apostrophe
    ("el-Baradei", "d'Italia") and web addresses ("faz.net")."""
    head, _, tail = t.text.partition("-")
    if t.text[:1].isupper() and t.text[:1].isalpha() or bool(tail) and (head.isdigit() or tail[:1].isupper()):
        return True
    if t.text[:1].islower() and t.text.isalpha() and any(c.isupper() for c in t.text[1:]):
        return True  # "eBay", "iPhone"
    _, apostrophe, rest = t.text.partition("'")
    if apostrophe and rest[:1].isupper():  # "d'Italia"
        return True
    name, dot, domain = t.text.rpartition(".")
    return bool(dot) and name[:1].isalpha() and domain.isalpha() and len(domain) <= 4


def _name_particle(toks: list[Tok], k: int, lex: Lexicon) -> bool:
    """A lower-case particle inside a name ("al", "van", "bin"): between two capitalised words."""
    return (
        0 < k < len(toks) - 1
        and lex.is_(toks[k].low, "NAMEPART")
        and _capital(toks[k - 1])
        and _capital(toks[k + 1])
        and not toks[k + 1].quoted
    )


def adjective(t: Tok, lex: Lexicon) -> bool:
    if not t.text[:1].isalpha() and not t.text[:1].isdigit():
        return False
    if t.text[:1].isupper() or t.low in lex.subjunctive or t.low in lex.verbs:
        return False
    if any(lex.is_(t.low, c) for c in ("PREP", "ADV", "AUX", "CONJ", "PRON", "DET")):
        return False
    return t.low.endswith(lex.adjective_endings) or t.low.isdigit()


def np_after(toks: list[Tok], j: int, lex: Lexicon, skip_adverbs: bool = True) -> tuple[int, int] | None:
    """Token range ``[a, b)`` of the noun phrase starting at (or just after adverbs at) ``j``."""
    n = len(toks)
    if skip_adverbs:
        for _ in range(3):
            if j < n and not toks[j].quoted and lex.is_(toks[j].low, "ADV"):
                j += 1
    if j >= n or toks[j].quoted and not toks[j].mark:
        return None
    if lex.is_(toks[j].low, "PRON"):
        return (j, j + 1)
    k, head, expect = j, False, True
    while k < n and k - j < _MAX_NP:
        t = toks[k]
        if t.mark and k + 1 < n and toks[k + 1].text[:1].isupper() and (not head or expect or _capital(toks[k - 1])):
            # a quoted name: schrieb „Die Zeit“, des Magazins „Der Spiegel“
            end = k + 1
            while end < n and toks[end].quoted and not (toks[end].mark and end > k):
                end += 1
            if end < n and toks[end].mark and end - k <= 5:
                k, head = end + 1, True
                continue
            break
        if t.quoted:
            break
        if expect and k > j and lex.is_(t.low, "PREP"):  # "einer am Dienstag veröffentlichten Mitteilung"
            attr = _participle_after(toks, k, lex)
            if attr is None:
                break
            k = attr
            continue
        if lex.is_(t.low, "DET") or lex.is_(t.low, "SELF"):
            if head and not (lex.is_(t.low, "LINK") or lex.is_(t.low, "GEN")):
                break
            k, expect = k + 1, True
        elif lex.is_(t.low, "LINK") and head:
            if k + 1 < n and (_capital(toks[k + 1]) or lex.is_(toks[k + 1].low, "DET") or adjective(toks[k + 1], lex)):
                k, expect = k + 1, True
            else:
                break
        elif head and _name_particle(toks, k, lex):  # "Abdalla al Badri", "Heike van Laak"
            k += 1
        elif _capital(t) and not (k == 0 and lex.is_(t.low, "PREP")):
            k, head, expect = k + 1, True, False
        elif adjective(t, lex) and (expect or not head):
            k += 1
        elif (
            not head
            and k > j
            and lex.is_(t.low, "COORD")
            and adjective(toks[k - 1], lex)
            and k + 1 < n
            and adjective(toks[k + 1], lex)
        ):
            k += 1  # "die afghanischen und ausländischen Soldaten"
        elif (
            t.text == ","
            and head
            and k + 1 < n
            and not toks[k + 1].quoted
            and (_capital(toks[k + 1]) or lex.is_(toks[k + 1].low, "DET"))
        ):
            appo = np_after(toks, k + 1, lex, skip_adverbs=False)  # "Jon Bon Jovi, Gründer der Band:"
            if appo is None or not (appo[1] == n or toks[appo[1]].text in ",:.;"):
                break
            k = appo[1]
        elif t.text == "(" and head:
            close = next((m for m in range(k + 1, min(n, k + 5)) if toks[m].text == ")"), None)
            if close is None:
                break
            k = close + 1
        else:
            break
    while k > j and (lex.is_(toks[k - 1].low, "LINK") or lex.is_(toks[k - 1].low, "DET")):
        k -= 1
    return (j, k) if head and k > j else None


def _participle_after(toks: list[Tok], k: int, lex: Lexicon) -> int | None:
    """Where a participle attribute that a prepositional phrase at ``k`` opens ends in an adjective
    before the head noun ("einer am Dienstag veröffentlichten Mitteilung": the adjective's index)."""
    for m in range(k + 1, min(len(toks) - 1, k + 5)):
        t = toks[m]
        if t.quoted or not t.text[:1].isalnum():
            return None
        if adjective(t, lex) and _capital(toks[m + 1]):
            return m
    return None


def np_before(toks: list[Tok], end: int, lex: Lexicon) -> tuple[int, int] | None:
    """The noun phrase ending just before token ``end`` ("Dem Minister Mike Pompeo" zufolge).

    Walks left over names and genitive links; an adjective continues the walk only after a
    determiner or link ("des seismologischen Instituts"), else it opens the phrase ("ersten
    Angaben"); a determiner that is no genitive link opens it too.
    """
    k = end
    q = end
    while q > 0 and toks[q - 1].quoted:
        q -= 1
    if q < end and all(_capital(t) for t in toks[q:end] if t.text[:1].isalnum()) and q > 0 and _capital(toks[q - 1]):
        k = q  # "der Zeitung „Hoy Bolivia“, wonach …": a quoted name after its noun
    while k > 0 and end - k < _MAX_NP:
        t = toks[k - 1]
        if t.quoted:
            break
        if lex.is_(t.low, "DET") and not lex.is_(t.low, "LINK"):
            k -= 1
            break
        if adjective(t, lex):
            before = toks[k - 2] if k >= 2 else None
            k -= 1
            if before is None or not (lex.is_(before.low, "DET") or lex.is_(before.low, "LINK")):
                break
            continue
        if not (_capital(t) and not lex.is_(t.low, "PREP") or t.text in "()" or lex.is_(t.low, "LINK")):
            break
        k -= 1
    while k < end and lex.is_(toks[k].low, "LINK") and not lex.is_(toks[k].low, "DET"):
        k += 1
    head = any(_capital(t) for t in toks[k:end])
    return (k, end) if head and k < end else None


def prefield_subject(toks: list[Tok], a: int, b: int, lex: Lexicon) -> tuple[int, int] | None:
    """The subject when it fills the prefield ``toks[a:b]`` before the finite verb.

    A prefield that opens like a noun phrase ("Die Führung in Pjöngjang") is
    taken whole; adverbs in front are dropped ("Auch Trump").
    """
    if a < b and lex.is_(toks[a].low, "LEAD") and (a == 0 or toks[a - 1].text in ",;" and not toks[a - 1].quoted):
        a += 1  # "Aber Zeitungen berichteten …", "…, und UNICEF rief Russland auf, …"
    while a < b and (
        lex.is_(toks[a].low, "ADV")
        or toks[a].low.endswith(lex.adverb_endings)
        and (b - a == 1 or a + 1 < b and lex.is_(toks[a + 1].low, "PREP"))
    ):
        a += 1  # "Auch Trump …", "Plötzlich rief …", "Stellvertretend für die Kommission empfahl …"
    if a >= b or b - a > _MAX_NP:
        return None
    first = toks[a]
    if lex.is_(first.low, "PRON") and b - a == 1:
        return (a, b)
    if any(lex.is_(first.low, c) for c in ("PREP", "SUBORD", "CONJ", "AUX")) or first.quoted and not first.mark:
        return None
    if any(t.text in ",;:" and not t.quoted for t in toks[a:b]):
        # apposition "Der Doktorvater, Peter Häberle," — only names and determiners between commas
        if not all(
            _capital(t)
            or t.text in ",()"
            or lex.is_(t.low, "DET")
            or lex.is_(t.low, "LINK")
            or adjective(t, lex)
            or _name_particle(toks, k, lex)
            or lex.is_(t.low, "PREP")  # "Fritz Tack, Agrarexperte der Linksfraktion im Landtag,"
            for k, t in enumerate(toks[a:b], a)
        ):
            return None
    if np_after(toks, a, lex, skip_adverbs=False) is None:
        if b - a == 2 and lex.is_(first.low, "DET") and _plain_word(toks[a + 1], lex):
            return (a, b)  # "Die taz vermutet …": a lower-case name after an article
        return None
    if lex.is_(toks[b - 1].low, "COORD"):  # "X erwartet … und gab bekannt": the subject opens the sentence
        lead = np_after(toks, a, lex, skip_adverbs=False)
        return lead
    for k, t in enumerate(toks[a:b], a):  # a prefield with a verb in it is a clause, not a subject
        if (
            t.text[:1].islower()
            and t.text[:1].isalpha()
            and not t.quoted
            and not _name_particle(toks, k, lex)
            and not _capital(t)  # "al-Dschasira"
            and not (adjective(t, lex) or any(lex.is_(t.low, c) for c in ("DET", "LINK", "PREP", "ADV", "SELF")))
        ):
            return None
    while b > a + 1 and (toks[b - 1].text in ",;:" or lex.is_(toks[b - 1].low, "ADV")):
        b -= 1
    return (a, b)


def _plain_word(t: Tok, lex: Lexicon) -> bool:
    """A lower-case word that is no function word, adjective or verb form (a name like "taz")."""
    if not t.text.isalpha() or t.quoted or adjective(t, lex) or t.low in lex.verbs or t.low in lex.subjunctive:
        return False
    return not any(t.low in words for words in lex.classes.values())


def coordinated(text: str, lex: Lexicon) -> bool:
    """Whether a speaker phrase joins two capitalised names ("Trump und Kim"): no single speaker."""
    words = text.split()
    return any(
        lex.is_(w, "COORD") and 0 < k < len(words) - 1 and words[k - 1][:1].isupper() and words[k + 1][:1].isupper()
        for k, w in enumerate(words)
    )


def mention_in(mentions: list[Mention], start: int, end: int, text: str, lex: Lexicon) -> Mention | None:
    """The mention a speaker phrase ``[start, end)`` names: the rightmost person, else any.

    A phrase that coordinates two different people ("Trump und Kim") names no single one.
    """
    inside = [m for m in mentions if m.start >= start and m.end <= end]
    if not inside:
        inside = [m for m in mentions if m.start < end and m.end > start]
    # a place after a preposition only locates the speaker: "das Verteidigungsministerium in Seoul"
    inside = [m for m in inside if not (m.label == "LOC" and _after_preposition(text, start, m.start, lex))]
    if not inside:
        return None
    people = [m for m in inside if m.label == "PER" and not _complement(text, start, m.start, lex)]
    if not people and any(m.label == "PER" for m in inside):
        return None  # "der Sprecher des Präsidenten Trump" is not Trump
    if people and coordinated(text[start:end], lex) and not any(coordinated(m.text, lex) for m in inside):
        return None  # "Trump und Kim" (even when the tagger saw only one of them)
    for a, b in zip(people, people[1:], strict=False):
        between = text[a.end : b.start].split()
        if a.entity != b.entity and any(lex.is_(w, "COORD") for w in between):
            return None
    return max(people or inside, key=lambda m: (m.end, m.role is None))


def _complement(text: str, start: int, pos: int, lex: Lexicon) -> bool:
    """Whether the name at ``pos`` is a genitive or ``von`` complement of the phrase's head, not
    the head itself: "der Sprecher von Kim", "ein Berater des Präsidenten Trump" (but "Der
    Präsident der USA Donald Trump" and "Ein Sprecher der Polizei, Lars Beringer" are the person)."""
    before = text[start:pos].split(",")[-1].split()
    if not before:
        return False
    if _linked(before[-1], lex):
        return True
    return len(before) >= 2 and lex.role_noun(before[-1]) and _linked(before[-2], lex)


def _linked(word: str, lex: Lexicon) -> bool:
    return (lex.is_(word, "LINK") or lex.is_(word, "GEN")) and not lex.is_(word, "COORD")


def _after_preposition(text: str, start: int, pos: int, lex: Lexicon) -> bool:
    before = text[start:pos].split()
    return bool(before) and lex.is_(before[-1], "PREP")


def mention_named(mentions: list[Mention], phrase: str, lex: Lexicon) -> Mention | None:
    """A mention elsewhere in the document whose name holds the phrase's last capitalised word.

    The entity tagger misses names now and then ("…, sagte Trump."); the same surname tagged
    elsewhere in the article still identifies the speaker. People first, then the most mentioned.
    """
    if coordinated(phrase, lex) or _complement(phrase, 0, len(phrase.rsplit(" ", 1)[0]) + 1, lex):
        return None
    names = [w.strip('()"„“»«,.') for w in phrase.split()]
    names = [w for w in names if w[:1].isupper() and not lex.is_(w, "DET")]
    if not names:
        return None
    last = names[-1]
    found = [m for m in mentions if m.label in ("PER", "ORG") and not m.role and last in m.text.split()]
    if not found:
        return None
    counts: dict[str, int] = {}
    for m in found:
        counts[entity_key(m)] = counts.get(entity_key(m), 0) + 1
    # "Trump" → "Donald Trump" before "Trump Tower"; a surname before a first name ("Moon Jae-in")
    return max(found, key=lambda m: (m.label == "PER", m.text.split()[-1] == last, counts[entity_key(m)]))


def entity_key(m: Mention) -> str:
    return m.entity or m.text


def document_source(toks: list[Tok], a: int, b: int, lex: Lexicon) -> tuple[int, int] | None:
    """The text a prefield ``toks[a:b]`` names as the place where something is said: "In der
    Pressemitteilung des WWF (heißt es)", "Im Bericht (wurde vermutet)" (data: ``quote_documents.txt``)."""
    if b - a < 2 or not lex.is_(toks[a].low, "WHERE"):
        return None
    span = np_after(toks, a + 1, lex, skip_adverbs=False)
    if span is None or span[1] != b:
        return None
    head = head_noun(toks, span, lex)
    return span if head is not None and lex.document_noun(toks[head].text) else None


def head_noun(toks: list[Tok], span: tuple[int, int], lex: Lexicon) -> int | None:
    """The first capitalised word of a noun phrase that is no determiner ("Die Äußerungen")."""
    return next((k for k in range(*span) if toks[k].text[:1].isupper() and not lex.is_(toks[k].low, "DET")), None)
