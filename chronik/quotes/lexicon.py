"""The language data the quotation engine reads, gathered into one lookup object.

Everything language-specific (verbs, nouns, function words, cue phrases) comes
from ``chronik/lang/<code>/``; this module only derives inflected forms and
builds fast lookup sets from it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from chronik.lang import load

_CASE_ENDINGS = ("", "s", "es", "n", "en", "e")


@dataclass(frozen=True)
class VerbForm:
    """One surface form of a speech verb."""

    lemma: str
    particle: str  # separable particle that must follow a finite form ("" if none or joined)
    finite: bool
    needs: tuple[str, ...] = ()  # one of these words must stand in the clause ("hält es für möglich")
    content_only: bool = False  # a cue only with reported content, never a bare act ("begrüßte den Plan")
    sein_perfect: bool = False  # perfect with "sein" ("war davon ausgegangen"), unlike most speech verbs


@dataclass(frozen=True)
class CuePattern:
    """A non-verbal attribution phrase from ``quote_cues.txt``."""

    cue: tuple[str, ...]  # cue words before the first slot
    after: tuple[str, ...]  # cue words after the source slot ("zufolge")
    source: bool  # the pattern has a SOURCE slot
    noun: bool  # the source opens with a statement noun


@dataclass(frozen=True)
class Lexicon:
    """All quotation resources of one language, as lookup tables."""

    verbs: dict[str, tuple[VerbForm, ...]]  # a form may belong to several verbs ("sprach")
    nouns: tuple[str, ...]
    classes: dict[str, frozenset[str]]
    subjunctive: dict[str, int]
    pronouns: dict[str, str]
    passive: dict[str, str]  # lemma -> role of the passive subject (ADDR / SPEAKER)
    adjective_endings: tuple[str, ...] = ()
    adverb_endings: tuple[str, ...] = ()
    genitive_endings: tuple[str, ...] = ()
    particles: frozenset[str] = field(default=frozenset())
    cue_index: dict[str, tuple[CuePattern, ...]] = field(default_factory=dict)  # by anchor word
    captions: tuple[re.Pattern[str], ...] = ()  # marks of a photo caption or video teaser paragraph
    roles: tuple[str, ...] = ()  # role nouns ("präsident"), shared with entity merging
    titles: tuple[str, ...] = ()  # nouns whose quoted complement is a title ("Lied", "Motto")
    not_cues: dict[str, tuple[str, ...]] = field(default_factory=dict)  # lemma -> words that undo it
    documents: tuple[str, ...] = ()  # nouns naming a text that says something ("Bericht")

    def is_(self, word: str, cls: str) -> bool:
        return word.lower() in self.classes.get(cls, frozenset())

    def role_noun(self, word: str) -> bool:
        """A role noun in any case form ("Präsidenten", "US-Außenministers")."""
        low = word.lower()
        return any(low.endswith(r) or low.endswith(r + "en") or low.endswith(r + "s") for r in self.roles)

    def title_noun(self, word: str) -> bool:
        """A noun that names the quotation after it ("Lied", "Wochenmagazins", "Aktionstages")."""
        low = word.lower()
        return any(low.endswith(t + e) for t in self.titles for e in _CASE_ENDINGS)

    def document_noun(self, word: str) -> bool:
        """A noun naming a text that can be a source ("Pressemitteilung", "Berichten")."""
        low = word.lower()
        return any(low.endswith(t + e) for t in self.documents for e in _CASE_ENDINGS)

    def statement_noun(self, word: str) -> bool:
        low = word.lower()
        return any(low.endswith(n) for n in self.nouns)


@dataclass(frozen=True)
class Inflection:
    """Suffix rules from ``quote_inflection.tsv``."""

    infinitive_endings: tuple[str, ...]
    past_plural_after_e: str
    past_plural: str
    subjunctive: str
    present: str
    zu_infix: str


def _verb_forms(line: str, inf: Inflection) -> dict[str, VerbForm]:
    infinitive, present, past, participle = line.split()[:4]
    needs = tuple(w[1:].lower() for w in line.split()[4:] if w.startswith("+"))
    content_only = "=content" in line.split()[4:]
    sein = "=sein" in line.split()[4:]
    particle, _, base = infinitive.rpartition("|")
    lemma = particle + base
    ending = next((e for e in inf.infinitive_endings if base.endswith(e)), "")
    stem = base[: len(base) - len(ending)]
    plural = past + (inf.past_plural_after_e if past.endswith("e") else inf.past_plural)
    finite = {present, past, plural, base, stem + inf.subjunctive, stem + inf.present}
    forms: dict[str, VerbForm] = {}
    for form in finite:
        forms[form.lower()] = VerbForm(lemma, particle, True, needs, content_only)
        if particle:  # subordinate clause: particle joined ("wie das Ministerium mitteilte")
            forms[(particle + form).lower()] = VerbForm(lemma, "", True, needs, content_only)
    if participle != "-":
        forms[participle.lower()] = VerbForm(lemma, "", False, needs, content_only, sein)
        if particle and participle.lower().startswith(particle.lower()):  # "bekannt gegeben", written apart
            apart = VerbForm(lemma, particle, False, needs, content_only, sein)
            forms.setdefault(participle[len(particle) :].lower(), apart)
    if particle:
        forms[lemma.lower()] = VerbForm(lemma, "", False, needs, content_only, sein)
        forms[(particle + inf.zu_infix + base).lower()] = VerbForm(lemma, "", False, needs, content_only)
    return forms


def _cue_pattern(line: str) -> CuePattern:
    words = line.split()
    slots = [i for i, w in enumerate(words) if w in ("SOURCE", "NOUN")]
    if not slots:
        return CuePattern(tuple(w.lower() for w in words), (), False, False)
    first, last = slots[0], slots[-1]
    return CuePattern(
        tuple(w.lower() for w in words[:first]),
        tuple(w.lower() for w in words[last + 1 :]),
        "SOURCE" in words or "NOUN" in words,
        "NOUN" in words,
    )


def _not_cues(rows: tuple[tuple[str, ...], ...]) -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for lemma, word, *_ in rows:
        out[lemma.lower()] = out.get(lemma.lower(), ()) + (word.lower(),)
    return out


@cache
def lexicon(code: str = "de") -> Lexicon:
    lang = load(code)
    rules = {row[0]: row[1].split() for row in lang.table("quote_inflection.tsv") if len(row) > 1}
    inf = Inflection(
        tuple(rules["infinitive_endings"]),
        *(rules[k][0] for k in ("past_plural_after_e", "past_plural", "subjunctive", "present", "zu_infix")),
    )
    verbs: dict[str, tuple[VerbForm, ...]] = {}
    for line in lang.words("speech_verbs.txt"):
        for form, info in _verb_forms(line, inf).items():
            if info not in verbs.get(form, ()):
                verbs[form] = verbs.get(form, ()) + (info,)
    classes: dict[str, set[str]] = {}
    for word, cls in (row[:2] for row in lang.table("quote_function_words.tsv")):
        classes.setdefault(cls, set()).add(word.lower())
    particles = frozenset(v.particle for forms in verbs.values() for v in forms if v.particle)
    cues = tuple(_cue_pattern(p) for p in lang.words("quote_cues.txt"))
    index: dict[str, list[CuePattern]] = {}
    for pat in cues:  # a pattern is tried only where its first cue word stands
        index.setdefault((pat.cue or pat.after)[0], []).append(pat)
    return Lexicon(
        verbs=verbs,
        nouns=tuple(n.lower() for n in lang.words("speech_nouns.txt")),
        classes={c: frozenset(ws) for c, ws in classes.items()},
        subjunctive={k: int(v) for k, v in lang.mapping("quote_subjunctive.tsv").items()},
        pronouns=lang.mapping("pronouns.tsv"),
        passive=lang.mapping("quote_passive.tsv"),
        adjective_endings=tuple(rules["adjective_endings"]),
        adverb_endings=tuple(rules["adverb_endings"]),
        genitive_endings=tuple(rules.get("genitive_endings", ())),
        particles=particles,
        cue_index={w: tuple(ps) for w, ps in index.items()},
        captions=lang.patterns("quote_captions.txt"),
        roles=tuple(r.lower() for r in lang.words("role_nouns.txt")),
        titles=tuple(t.lower() for t in lang.words("quote_title_nouns.txt")),
        not_cues=_not_cues(lang.table("quote_not_cues.tsv")),
        documents=tuple(t.lower() for t in lang.words("quote_documents.txt")),
    )
