"""Clause tense detection from marker lists, so relative dates can be resolved
in the right direction ("am Montag" in a past clause is the last Monday, in a
future clause the next one).

The engine knows no words: past forms, Perfekt auxiliaries, participle shapes,
``werden`` forms and future markers are read from ``lang/<code>/temporal/``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from chronik.lang import load
from chronik.quotes.lexicon import lexicon

PAST, PRESENT, FUTURE = "PAST", "PRESENT", "FUTURE"
NEAR = "NEAR"  # a direction, not a tense: the occurrence nearest the reference (a date an announcement aims at)
SOON = "SOON"  # a direction: the occurrence ahead if it comes soon, else the last one (an event told in the past)
DROPPED = "DROPPED"  # as SOON with a shorter reach: the original date of an event since moved or called off
OWN_CLAUSE_WORDS = 8  # a clause this long carries its own finite verb: its present tense counts

_WORD = re.compile(r"\w+")
_COMPOUND = re.compile(r"\w+(?:-\w+)*")
_CLAUSE_BREAK = re.compile(r"(?<!\d),|,(?!\d)|:(?![^\W_])|[;()\"„“”»«]|\s[-–]\s")  # not "10,28", "10:30",
# "Abiturient:innen"
_PARTICIPLE_SHAPE = re.compile(r"[a-zäöüß]+(?:t|en)")  # a participle by its ending, where an auxiliary before tells it
_ADJECTIVE = re.compile(r"[a-zäöüß]{3,}(?:e|en|er|es|em)")  # the shape of an inflected adjective
_JOINED_CLAUSE = re.compile(r"\b(\w+)\s+und\s+(?=(\w+)\s)")  # "… gesunken sind und der sich …"
_QUOTES = frozenset('"„“”»«')
_QUOTE_MARK = re.compile(f"[{''.join(sorted(_QUOTES))}]")
_UNTIL_BREAK = re.compile(r"[^,;:.!?]*")
_QUOTED_NAME = re.compile(r"[„“\"»«]([^„“”\"»«,.:;!?]{1,40})[“”\"«»](?!\s*[,:])")  # a quoted name: no clause border
_LOWER_START = re.compile(r"\b[a-zäöüß]")
_LIST_BEFORE = re.compile(r"(?<!\S)[A-ZÄÖÜ][\w-]*$")
_LIST_ITEM = re.compile(r"\s*[A-ZÄÖÜ][\w-]*(?:\s*(,)|\s+(\w+)\s)")
_TRUNCATED_BEFORE = re.compile(r"(?<!\S)[^\W\d_]{2,}-$")  # "kalender-, saison- und preisbereinigt"
# adjectives listed before their noun: "schnelle, unbürokratische und großzügige Hilfen"
_ADJECTIVE_BEFORE = re.compile(r"(?<![^\s„“\"»«])[a-zäöüß]{3,}e[nrsm]?$")
_ADJECTIVE_ITEM = re.compile(r"\s*[a-zäöüß]{3,}e[nrsm]?(?:\s*(,)|\s+(\w+)\s+[a-zäöüß]{3,}e[nrsm]?\s+[A-ZÄÖÜ])")
_INSEPARABLE_EN = re.compile(r"(?:be|er|ver|ent|zer)[a-zäöüß]{2,}en")  # "begonnen", "verloren"
_INSEPARABLE_T = re.compile(r"(?:be|er|ver|ent|zer|über|hinter|wider)[a-zäöüß]{2,}t")  # "überholt", "erklärt"
_INFLECTED = re.compile(r"(?:e|en|er|es|em)$")  # an adjective's ending: "umkämpften"
_RELATIVE_CLAUSE = re.compile(r",([^,;:.!?„“”\"()]+)(?=,|$)")  # a clause between commas (or closing the sentence)
_FINAL_CLAUSE = re.compile(r",([^,;:.!?„“”\"()]+)[.!?]\s*$")  # the clause closing the sentence before its stop
_ASIDE = re.compile(r"\s[-–]\s[^-–]{1,150}?\s[-–]\s|\([^()]{0,200}\)")  # " - so werden sie genannt - ", "(…)"


@dataclass(frozen=True)
class TenseMarkers:
    past_words: frozenset[str]
    past_or_participle: frozenset[str]  # "beschlossen": Präteritum plural or participle
    past_patterns: tuple[re.Pattern[str], ...]
    past_exclusions: frozenset[str]
    infinitives: tuple[re.Pattern[str], ...]  # "erhalten", "zusammentreten": -ten, yet no Präteritum
    attribute_openers: frozenset[str]  # "der in den 1980er Jahren gebauten Stadthalle"
    strong_past: re.Pattern[str]  # "erlag", "stattfand", "hereinbrach": stems with prefixes and plural
    prefixed_past: re.Pattern[str]  # "durchsuchten", "absagte": a verb prefix before a listed past form
    ge_participle: re.Pattern[str]  # "zugewunken", "gefeiert": a participle no finite verb looks like
    attributive: re.Pattern[str]  # "eingekauften": separable prefix + ge-…te(n) is an adjective, never finite
    strong_participle: re.Pattern[str]  # "geschnitten", "abgestritten": ge- + a strong past stem + en, no -te(n) past
    perfect_aux: frozenset[str]
    participles: tuple[re.Pattern[str], ...]
    verb_final_perfect: tuple[re.Pattern[str], ...]  # "die wir heute bekommen haben": no ge- needed
    deadline_perfect: tuple[re.Pattern[str], ...]  # "will bis zum Sommer … geimpft haben": a state ahead
    perfect_infinitive: tuple[re.Pattern[str], ...]  # "soll Ende August eingereist sein": a past under a modal
    passive_infinitive: tuple[re.Pattern[str], ...]  # "soll Ende Juni gehalten werden": still to come
    future_aux: frozenset[str]
    future_markers: frozenset[str]
    future_adjectives: frozenset[str]  # "für die kommende Saison": ahead only without a past verb
    plan_modals: frozenset[str]  # "sollte", "wollte": past in form, a plan in meaning
    future_patterns: tuple[re.Pattern[str], ...]  # zu-infinitives: an aim lies ahead
    conditionals: tuple[re.Pattern[str], ...]  # "falls … sollte": a case put, ahead
    initial_nouns: tuple[re.Pattern[str], ...]  # "Stand jetzt …": a noun, not the verb "stand"
    infinitive_ends: tuple[re.Pattern[str], ...]  # "… und Ende Januar ganz wegfallen": an infinitive closing
    dependent_subordinators: frozenset[str]  # "…, wenn am 20. Januar …": a present that takes a future before
    determiners: frozenset[str]
    demonstratives: frozenset[str]  # "Das teilte die Stadt mit": a sentence-initial pronoun, then the verb
    subject_pronouns: frozenset[str]  # "…, es wird am Dienstag nachgeholt": a main clause of its own
    reported_present: frozenset[str]  # Konjunktiv I: "arbeite", "gebe" keep a clause present
    split_auxiliaries: frozenset[str]  # indicative auxiliaries whose participle may stand beyond a quote
    present_modals: frozenset[str]  # "müssen": a past-looking last word is their infinitive
    finite: frozenset[str]  # present modals, Perfekt and werden auxiliaries: a clause's finite verb
    present_verbs: frozenset[str]  # "gibt", "geht": full verbs the stop-word list hides from the verb shape
    separable_particles: frozenset[str]  # "an", "mit", "bekannt": the end of a clause with a split verb
    main_clause_joins: frozenset[str]  # "und", "aber": after ", und" a new main clause begins
    speech_verbs: frozenset[str]  # "…, teilte der Sprecher mit": an attribution after a main clause of its own
    list_conjunctions: frozenset[str]  # "und", "oder": "aus Erding, Walpertskirchen und Wörth" is one clause
    verb_first: tuple[re.Pattern[str], ...]  # ", sieht es im Winter …": a clause opened by its finite verb
    state_auxiliaries: frozenset[str]  # "ist", "sind": Perfekt or state ("ist geschlossen")
    state_starts: tuple[re.Pattern[str], ...]  # "ab Montag": the participle is a state that begins
    state_participles: frozenset[str]  # "gefährdet": with "ist" a state, not a Perfekt
    goal_participles: frozenset[str]  # "sollen … abgeschlossen sein": a state to be reached
    goal_modals: frozenset[str]  # … under these finite verbs
    pluperfect_aux: frozenset[str]  # "hatte angekündigt, … zu übernehmen": an aim set long ago
    passive_past_aux: frozenset[str]  # "wurde … genehmigt, aber im Oktober … widerrufen": left out after a comma
    elliptic_participles: tuple[re.Pattern[str], ...]  # "widerrufen": there a participle, shaped as an infinitive
    comma_asides: tuple[re.Pattern[str], ...]  # ", wie berichtet,": no clause of its own
    participle_phrases: tuple[re.Pattern[str], ...]  # ", dirigiert von …": a participle with its agent
    purpose_openers: frozenset[str]  # "Um … zu verhindern, …": an aim, ahead
    subordinators: frozenset[str]  # ", das im März beginnt": a clause closed by its finite verb
    past_subordinators: frozenset[str]  # ", als sie am Samstag unterwegs ist": a historical present
    werden_predicatives: frozenset[str]  # "werden … bekannt": werden as a full verb, no future
    implicative_verbs: frozenset[str]  # "ist gelungen, … einzudämmen": the infinitive happened
    implicative_patterns: tuple[re.Pattern[str], ...]  # "hielt ihn nicht davon ab, … zu"
    plan_participles: frozenset[str]  # "war für Montag angesetzt": a plan, not a past event
    expectation_participles: frozenset[str]  # "wird für Ende Jänner erwartet": ahead
    plan_past_auxiliaries: frozenset[str]
    function_words: frozenset[str]
    number_words: frozenset[str]  # "Sonntag nur einen, Montag sechs": counts, no verb
    question_words: frozenset[str]  # "…: Was Bund und Länder beschlossen haben": a headline's question
    quote_split_subjunctives: frozenset[str]  # 'im März sei der "Verkehr … angestiegen"': a reported Perfekt
    verb_stopwords: tuple[re.Pattern[str], ...]  # "gibt", "geht": function words that may be the verb


def _strong_past(stems: tuple[str, ...], prefixes: tuple[tuple[str, ...], ...],
                 participle_plurals: frozenset[str]) -> re.Pattern[str]:
    """One pattern for the Präteritum forms of strong verbs: a separable and/or an
    inseparable prefix before a singular stem ("stattfand", "erlag"), a separable one
    before a plural ("stattfanden"), an inseparable one before a plural that is no
    participle ("befanden", "erlagen"; not "beschrieben", "verboten")."""
    sep = "|".join(p for p, kind in prefixes if kind == "separable")
    insep = "|".join(p for p, kind in prefixes if kind == "inseparable")
    singular = "|".join(stems)

    def plural(group: list[str]) -> str:
        return "|".join(s + ("n" if s.endswith("e") else "en") for s in group)
    past_only = plural([s for s in stems if s not in participle_plurals])
    return re.compile(rf"(?:{sep})?(?:(?:{insep})?(?:{singular}|{past_only})|(?:{plural(list(stems))}))")


@cache
def markers(lang: str = "de") -> TenseMarkers:
    lg = load(lang)
    base = "temporal/"
    prefixes = lg.table(base + "verb_prefixes.tsv")
    past_words = lg.wordset(base + "tense_past_words.txt")
    separable = "|".join(p for p, kind in prefixes if kind == "separable")
    participle_plurals = lg.wordset(base + "tense_past_stems_participle_plural.txt")
    return TenseMarkers(
        past_words=past_words,
        past_or_participle=lg.wordset(base + "tense_past_or_participle.txt"),
        past_patterns=lg.patterns(base + "tense_past_patterns.txt"),
        past_exclusions=lg.wordset(base + "tense_past_exclusions.txt"),
        infinitives=lg.patterns(base + "tense_infinitive_patterns.txt"),
        attribute_openers=lg.wordset(base + "tense_attribute_openers.txt"),
        prefixed_past=re.compile(rf"(?:{'|'.join(p for p, _ in prefixes)})(?:{'|'.join(sorted(past_words))})"),
        ge_participle=re.compile(rf"(?:{separable})?ge[a-zäöüß]{{2,}}(?:t|en)"),
        attributive=re.compile(rf"(?:{separable})ge[a-zäöüß]{{2,}}te[nrsm]?"),
        strong_participle=re.compile(rf"(?:{separable})?ge(?:{'|'.join(sorted(participle_plurals))})en"),
        strong_past=_strong_past(lg.words(base + "tense_past_stems.txt"), prefixes, participle_plurals),
        perfect_aux=lg.wordset(base + "tense_perfect_auxiliaries.txt"),
        participles=lg.patterns(base + "tense_participle_patterns.txt"),
        verb_final_perfect=lg.patterns(base + "tense_verb_final_perfect.txt"),
        perfect_infinitive=lg.patterns(base + "tense_perfect_infinitive.txt"),
        passive_infinitive=lg.patterns(base + "tense_passive_infinitive.txt"),
        future_aux=lg.wordset(base + "tense_future_auxiliaries.txt"),
        future_markers=lg.wordset(base + "tense_future_markers.txt"),
        future_adjectives=lg.wordset(base + "tense_future_adjectives.txt"),
        plan_modals=lg.wordset(base + "tense_plan_modals.txt"),
        future_patterns=lg.patterns(base + "tense_future_patterns.txt"),
        conditionals=lg.patterns(base + "tense_conditional_patterns.txt", re.IGNORECASE),
        initial_nouns=lg.patterns(base + "tense_initial_nouns.txt"),
        infinitive_ends=lg.patterns(base + "tense_infinitive_shapes.txt"),
        dependent_subordinators=lg.wordset(base + "tense_dependent_subordinators.txt"),
        determiners=lg.wordset(base + "tense_determiners.txt"),
        demonstratives=lg.wordset(base + "tense_demonstratives.txt"),
        subject_pronouns=lg.wordset(base + "tense_subject_pronouns.txt"),
        reported_present=lg.wordset(base + "tense_present_subjunctive.txt"),
        split_auxiliaries=lg.wordset(base + "tense_split_auxiliaries.txt"),
        present_modals=lg.wordset(base + "tense_present_modals.txt"),
        present_verbs=lg.wordset(base + "tense_present_verbs.txt"),
        deadline_perfect=lg.patterns(base + "tense_deadline_perfect.txt"),
        finite=lg.wordset(base + "tense_present_modals.txt") | lg.wordset(base + "tense_perfect_auxiliaries.txt")
        | lg.wordset(base + "tense_future_auxiliaries.txt"),
        separable_particles=frozenset(p for p, kind in prefixes if kind == "separable"),
        main_clause_joins=lg.wordset(base + "tense_main_clause_joins.txt"),
        speech_verbs=frozenset(w for w, forms in lexicon(lang).verbs.items() if any(f.finite for f in forms)),
        list_conjunctions=lg.wordset(base + "tense_list_conjunctions.txt"),
        verb_first=lg.patterns(base + "tense_verb_first_shapes.txt"),
        state_auxiliaries=lg.wordset(base + "tense_state_auxiliaries.txt"),
        state_starts=lg.patterns(base + "tense_state_starts.txt"),
        state_participles=lg.wordset(base + "tense_state_participles.txt"),
        goal_participles=lg.wordset(base + "tense_goal_participles.txt"),
        goal_modals=lg.wordset(base + "tense_goal_modals.txt"),
        pluperfect_aux=lg.wordset(base + "tense_pluperfect_auxiliaries.txt"),
        passive_past_aux=lg.wordset(base + "tense_passive_past_auxiliaries.txt"),
        elliptic_participles=lg.patterns(base + "tense_elliptic_participles.txt"),
        comma_asides=lg.patterns(base + "tense_comma_asides.txt"),
        participle_phrases=lg.patterns(base + "tense_participle_phrases.txt"),
        purpose_openers=lg.wordset(base + "tense_purpose_openers.txt"),
        subordinators=lg.wordset(base + "tense_subordinators.txt"),
        past_subordinators=lg.wordset(base + "tense_past_subordinators.txt"),
        werden_predicatives=lg.wordset(base + "tense_werden_predicatives.txt"),
        implicative_verbs=lg.wordset(base + "tense_implicative_verbs.txt"),
        implicative_patterns=lg.patterns(base + "tense_implicative_patterns.txt", re.IGNORECASE),
        plan_participles=lg.wordset(base + "tense_plan_participles.txt"),
        expectation_participles=lg.wordset(base + "tense_expectation_participles.txt"),
        plan_past_auxiliaries=lg.wordset(base + "tense_plan_past_auxiliaries.txt"),
        function_words=lg.wordset("stopwords.txt"),
        number_words=frozenset(lg.mapping(base + "numbers.tsv")),
        question_words=lg.wordset(base + "tense_question_words.txt"),
        quote_split_subjunctives=lg.wordset(base + "tense_quote_split_subjunctives.txt"),
        verb_stopwords=lg.patterns(base + "tense_verb_stopword_shapes.txt"),
    )


def tense_of(text: str, lang: str = "de") -> str | None:
    """PAST, FUTURE or PRESENT for a clause/sentence; None when it has no finite
    verb marker at all (the caller then falls back to a wider context)."""
    m = markers(lang)
    text = " ".join(text.split())  # a line wrapped inside the clause: ".*" in the patterns must cross it
    for phrase in m.participle_phrases:  # "…, dirigiert von Kirill Petrenko": no auxiliary's participle
        text = phrase.sub(lambda p: " " if _participle(p.group(1), m) else p.group(), text)
    words = _COMPOUND.findall(text)  # "FDP-nahen" is one (capitalised) word, not the verb "nahen"
    lower = [w.lower() for w in words]
    # Only lower-case tokens can be verbs/adverbs here ("nach jetzigem Stand" holds no "stand");
    # sentence-initial words are lower-cased for the check because German capitalises them.
    noun_first = any(p.match(text) for p in m.initial_nouns)  # "Stand jetzt wird …"
    cands = {lower[i] for i, w in enumerate(words) if w[:1].islower() or i == 0 and not noun_first}
    fronted = len(words) > 1 and lower[1] in m.future_aux  # "Geprüft werden …": a participle before werden
    participles = {  # "ist für Montag geplant": a planning participle is no Perfekt; nor is one inflected between
        w for w in (x.lower() if i == 0 and fronted else x for i, x in enumerate(words)  # an article and its noun
                    if (x[:1].islower() or i == 0) and not _attributive(words, i, m))  # ("mit den angenommenen Betten")
        if w not in m.past_exclusions and w not in m.future_markers and any(p.fullmatch(w) for p in m.participles)
    }
    has_participle = bool(participles)
    if cands & m.future_adjectives and not cands & m.plan_modals:  # (not "sollte das zu Beginn der kommenden
        # Spielzeit im Herbst erlaubt sein")
        plain = " ".join(w for w in words if w.lower() not in m.future_adjectives)
        if plain != " ".join(words) and tense_of(plain, lang) == PAST:
            return PAST  # "Am Dienstag reichten alle Klubs ihre Unterlagen für die kommende Saison ein"
    werden = bool(cands & m.future_aux) and not (lower and lower[-1] in m.werden_predicatives)  # "wird … bekannt"
    if cands & m.plan_past_auxiliaries and cands & m.plan_participles:  # "war für Montag angesetzt": a plan
        rest = " ".join(w for w in words if w.lower() not in m.plan_past_auxiliaries | m.plan_participles)
        return PAST if tense_of(rest, lang) == PAST else PRESENT
    if any(p.search(text) for p in m.conditionals):
        return FUTURE  # "falls sich die Konferenz am Mittwoch dafür entscheiden sollte": a case put
    goal = bool(cands & m.goal_modals) and bool(state := _GOAL_STATE.search(text)) \
        and state.group(1).lower() in m.goal_participles
    if cands & m.past_words or not goal and any(p.search(text) for p in m.perfect_infinitive) \
            or any(p.search(text) for p in m.verb_final_perfect) and not (  # "hätte … fertiggestellt werden sollen";
                cands & (m.present_modals | m.future_markers | m.future_aux)  # not a deadline under a modal: "Bis
                and any(p.search(text) for p in m.deadline_perfect)):  # Anfang August sollen … bekommen haben"
        return PAST
    if goal:
        return FUTURE  # "Ende September sollen die Bauarbeiten abgeschlossen sein": a state to be reached
    if cands & m.past_or_participle:
        if not (werden or cands & m.future_markers):
            return PAST
        has_participle = True
    aux = cands & m.perfect_aux
    state = aux <= m.state_auxiliaries and (any(p.search(text) for p in m.state_starts)  # "ist ab Montag erlaubt"
                                            or bool(participles) and participles <= m.state_participles)
    aimed = werden or cands & (m.present_modals | m.future_markers) or _ZU_PERFECT.search(text)
    if aux and has_participle and aimed and any(p.search(text) for p in m.deadline_perfect):
        return FUTURE  # "will bis zum Sommer 70 Prozent geimpft haben": a perfect infinitive with a deadline (also
        # as an aim: "das Ziel, bis zum Sommer 70 Prozent geimpft zu haben")
        # (one without it told the past above: "soll am Montag gesagt haben")
    if aux and has_participle and not werden and not state:  # "wird gefeiert und … sind": passive
        return PAST
    if werden and participles & m.expectation_participles and not cands & m.past_words:
        return FUTURE  # "Das Urteil wird für Ende Jänner erwartet": what is expected lies ahead
    if werden and not has_participle:
        return FUTURE
    if werden and _future_after_passive(words, lower, m):
        return FUTURE  # "wird mehr als halbiert und Ende Januar ganz wegfallen": a future after the passive
    if cands & m.future_markers or any(p.search(text) for p in m.passive_infinitive):
        return FUTURE
    # "Das teilte die Stadt mit": after a sentence-initial pronoun the second word is the verb
    # … or a separable particle ends the clause ("Das deutete Sprecherin McEnany am Sonntag an")
    pronoun_verb = 1 if len(words) > 2 and lower[0] in m.demonstratives \
        and (words[2][:1].islower() or lower[-1] in m.separable_particles
             and not any(verb_shaped(w) for w in words[3:])) else None  # not "Das modifizierte Programm stellt … vor"
    for i, w in enumerate(words):
        if (w[:1].islower() or i == 0) and lower[i] not in m.past_exclusions \
                and (i == 0 or lower[i - 1] not in m.determiners or i == pronoun_verb):
            infinitive = i == len(words) - 1 and cands & m.present_modals  # "müssen sich … verantworten"
            passive = werden and any(p.fullmatch(w) for p in m.participles)  # "wird am Montag abgehalten"
            if not infinitive and not passive and not m.attributive.fullmatch(lower[i]) and w[:1].islower() \
                    and not m.strong_participle.fullmatch(lower[i]) \
                    and any(p.fullmatch(lower[i]) for p in m.past_patterns) \
                    and not any(p.fullmatch(lower[i]) for p in m.infinitives) \
                    and not _inside_attribute(words, i, m):  # not "Experten rechnen …"
                return PAST
            if w[:1].islower() and (m.strong_past.fullmatch(w) or m.prefixed_past.fullmatch(w)):
                return PAST
    if cands & m.future_aux:  # werden + participle: passive, present
        return PRESENT
    return PRESENT if words else None


def _clause(text: str, sent_start: int, sent_end: int, pos: int,
            lang: str = "de") -> tuple[str, str, str, str, int]:
    """The clause around ``pos``, the breaks that open and close it ("" at the sentence's ends),
    the word after the closing break and where the opening break stands in ``text``."""
    sentence = text[sent_start:sent_end]
    rel = pos - sent_start
    # an aside between dashes or in brackets that does not hold ``pos`` is not a clause border
    # ("hat … am Sonntag seine Informationen – unter anderem Südtirol – ergänzt", "gab Katzian (SPÖ)
    # am Montag zu bedenken"): blank it, keeping the offsets
    sentence = _ASIDE.sub(lambda m: m.group() if m.start() <= rel < m.end() else " " * len(m.group()), sentence)
    mk = markers(lang)
    auxiliaries = mk.perfect_aux | mk.pluperfect_aux
    sentence = _QUOTED_NAME.sub(lambda m: m.group() if mk.finite.intersection(_WORD.findall(m.group(1).lower())) else
                                f" {m.group(1)} " if _word_after(sentence, m.end()) in auxiliaries
                                else f" {_LOWER_START.sub(lambda w: w.group().upper(), m.group(1))} ", sentence)
    # "die Gruppe „Vederö“ am Donnerstag …": a name, no clause border and no verb ("im zweiten "Lockdown light""); not
    # a quoted clause with its modal or auxiliary ('bevor "ab Ostern vieles besser werden könnte"') nor a quoted
    # participle before its auxiliary ("„Deutlich erholt“ haben sollen sich die Umsätze im Mai")
    for aside in markers(lang).comma_asides:  # ", wie berichtet,"
        sentence = aside.sub(lambda m: m.group() if m.start() <= rel < m.end() else " " * len(m.group()), sentence)
    start, opener, at = 0, "", sent_start
    for b in _CLAUSE_BREAK.finditer(sentence):
        if _list_comma(sentence, b, lang):
            continue
        if b.start() > rel:
            following = _WORD.search(sentence, b.end())
            return sentence[start:b.start()], opener, b.group().strip(), following.group() if following else "", at
        start, opener, at = b.end(), b.group().strip(), sent_start + b.start()
    return sentence[start:], opener, "", "", at


def _word_after(text: str, pos: int) -> str:
    """The next word after ``pos``, lower-cased ("" at the end)."""
    w = _WORD.search(text, pos)
    return w.group().lower() if w else ""


def _list_comma(sentence: str, b: re.Match[str], lang: str) -> bool:
    """A comma between capitalised single words of an enumeration ("Erding, Walpertskirchen und Wörth")."""
    if b.group() != ",":
        return False
    if _TRUNCATED_BEFORE.search(sentence, 0, b.start()):
        return True  # "kalender-, saison- und preisbereinigt": a truncated compound waits for its last part
    for before, item_shape in ((_LIST_BEFORE, _LIST_ITEM), (_ADJECTIVE_BEFORE, _ADJECTIVE_ITEM)):
        item = item_shape.match(sentence, b.end()) if before.search(sentence, 0, b.start()) else None
        if item and (item.group(1) == "," or item.group(2) in markers(lang).list_conjunctions):
            return True
    return False


def _inside_attribute(words: list[str], i: int, m: TenseMarkers) -> bool:
    """ "des in Teilen rekonstruierten Schlosses", "in neu gestalteten Räumen": a -te(n) word before a
    noun, opened by an article and a phrase or by a preposition and small words, is an adjective ("Die
    Polizei verhaftete Demonstranten" has a noun after its article, "Wegen hoher Zahlen verhängte
    Nikic …" one after its preposition); so is one right after a subordinator. A number may stand
    between it and the noun ("der zunächst für alle genannte 1. August"), and adjectives ("Die vor dem zweiten
    Lockdown beobachtete positive Entwicklung")."""
    k = next((k for k in range(i + 1, len(words))
              if not words[k].isdigit() and not _ADJECTIVE.fullmatch(words[k])), len(words))
    if k >= len(words) or not words[k][:1].isupper():
        return False
    if i > 0 and (before := words[i - 1].lower()) in m.subordinators and before not in m.determiners:
        return True  # "wo betuchte New Yorker den Sommer verbringen": a subordinate clause's verb stands last
    for j in range(max(0, i - 6), i - 1):
        opener, between = words[j].lower(), words[j + 1:i]
        first = between[0]
        if opener in m.attribute_openers and first[:1].islower() \
                and (first in m.determiners or not _INFLECTED.search(first)):
            return True  # "der in den 1980er Jahren gebauten", not "im umkämpften Bundesstaat … bezeichnete"
        if opener in m.determiners and opener not in m.list_conjunctions \
                and not any(w[:1].isupper() for w in between):
            return True
    return False


def _finite_auxiliary(words: list[str], m: TenseMarkers) -> bool:
    """An auxiliary of the Perfekt in the clause, not an infinitive ("um … Einfluss zu haben") nor the
    verb that closes a subordinate clause ("der noch bis Ende April im Amt ist")."""
    auxiliaries = m.split_auxiliaries | m.quote_split_subjunctives  # (reported: "Am Samstag habe eine Kontrolle …,
    # das Gesundheitsamt … stattgefunden")
    return any(w in auxiliaries and (i == 0 or words[i - 1] not in m.determiners) and i < len(words) - 1
               for i, w in enumerate(words))


def _future_after_passive(words: list[str], lower: list[str], m: TenseMarkers) -> bool:
    """A clause with "werden" whose passive participle is joined by a list conjunction to a closing
    infinitive ("wird mehr als halbiert und Ende Januar ganz wegfallen"): the infinitive's "werden" is a
    future; not a zu-infinitive, a modal or "werden" itself at the end."""
    if len(words) < 3 or not words[-1][:1].islower() or lower[-2] == "zu" \
            or lower[-1] in m.finite | m.future_aux | m.past_words or _participle(lower[-1], m) \
            or not any(p.fullmatch(lower[-1]) for p in m.infinitive_ends):
        return False
    joins = [i for i, w in enumerate(lower) if w in m.list_conjunctions]
    return bool(joins) and any(_participle(w, m) for w in lower[:joins[-1]])


def _participle_follows(rest: str, m: TenseMarkers) -> str | None:
    """A later clause of the sentence ends in a participle and has no auxiliary of its own: the
    participle of an auxiliary before it ("…, wie das Fest heißt, bekannt gegeben."; "…, Virchow-Klinikum
    am Dienstag mit den Impfungen begonnen, die …"; not "…, sieben Mitarbeitern wurde gekündigt.")."""
    for clause in _CLAUSE_BREAK.split(rest)[1:]:
        words = _WORD.findall(clause)
        if len(words) > 2 and words[0].lower() in m.subordinators \
                and (words[-1].lower() in m.finite | m.past_words or words[0].lower() not in m.determiners):
            continue  # "…, die ihm … auferlegt wurde, verlassen": a subordinate clause closed by its own verb;
            # "ist zu erwarten, dass sich die Lage verschärft": a conjunction's clause ends in its own verb
        if {w.lower() for w in words} & (m.perfect_aux | m.past_words | m.future_aux):
            return None
        if words and (_participle(words[-1], m) or _INSEPARABLE_T.fullmatch(words[-1])
                      or _INSEPARABLE_EN.fullmatch(words[-1])
                      and not (len(words) > 1 and words[-2].lower() in m.determiners)):  # not "… zu bekommen"
            return " ".join(words[-2:])  # "bekannt gegeben", "Impfungen begonnen"
    return None


def _two_words_after_comma(text: str, pos: int, end: int) -> str:
    """The two words after the next comma ("so dass"), lower-cased."""
    rest = text[pos:end].split(",", 1)
    return " ".join(_WORD.findall(rest[1][:40])[:2]).lower() if len(rest) > 1 else ""


def _gapped(tokens: list[str], last_before: list[str], m: TenseMarkers, lang: str) -> bool:
    """ "Die Laudationen wurden aufgezeichnet, die Gewinner am Samstag live zugeschaltet": a participle
    clause after one that ends in a participle leaves out the auxiliary, not a relative clause."""
    return len(tokens) > 1 and bool(last_before) and any(p.fullmatch(last_before[0]) for p in m.participles) \
        and bool(m.ge_participle.fullmatch(tokens[-1])) and not set(tokens) & m.finite \
        and not any(verb_shaped(tok, lang) for tok in tokens[:-1]) \
        and (tokens[0].lower() not in m.subordinators or tokens[1][:1].isupper())


def _main_clause_resumed(text: str, sent_start: int, opened_at: int, clause: str, m: TenseMarkers,
                         lang: str) -> bool:
    """A passive infinitive that resumes a past main clause after a relative clause: its modal stands
    before the relative clause ("So konnten im Krankenhaus, das …, am Mittwoch 90 Mitarbeiter geimpft werden")."""
    words = [w.lower() for w in _WORD.findall(clause)]
    if not words or words[0] in m.subordinators or words[-1] not in m.future_aux \
            or set(words[:-1]) & (m.future_markers | m.future_aux | m.finite | m.present_modals):
        return False
    relative, _, _, _, relative_at = _clause(text, sent_start, opened_at, opened_at - 1, lang)
    first = _WORD.match(relative.strip())
    if not first or relative_at <= sent_start or not (first.group().lower() in m.subordinators
                                                       and first.group().lower() in m.determiners):
        return False
    return tense_of(text[sent_start:relative_at], lang) == PAST


def _elliptic_as_done(clause: str, m: TenseMarkers) -> bool:
    """ "wie am Sonntag geschehen", "wie im März angekündigt": a "wie" clause that ends in a participle
    and holds no finite verb tells what has been done (its "ist"/"wurde" left out)."""
    words = _WORD.findall(clause)
    return len(words) > 2 and words[0].lower() == "wie" and _participle(words[-1], m) \
        and not {w.lower() for w in words} & (m.finite | m.future_markers)


def _perfect_left_out(clause: str, before: str, m: TenseMarkers, lang: str) -> bool:
    """A clause after a comma that ends in a participle and holds no finite verb, after a Perfekt whose
    auxiliary it leaves out ("haben … gewonnen, international am Donnerstagabend Fortschritte gezeigt"; so the past
    passive's: "wurde … genehmigt, aber im Oktober … widerrufen"); not a
    verb-last clause whose last word only looks like a participle ("dass am 31. Oktober der BER eröffnet")."""
    words = _WORD.findall(clause)
    said = {w.lower() for w in _WORD.findall(before)}
    passive = bool(said & m.passive_past_aux)
    return len(words) > 2 and words[-1][:1].islower() \
        and (_participle(words[-1], m) or passive and any(p.fullmatch(words[-1]) for p in m.elliptic_participles)) \
        and words[0].lower() not in m.subordinators | m.determiners \
        and not {w.lower() for w in words} & (m.finite | m.future_markers) \
        and bool(said & m.perfect_aux or passive) and tense_of(before, lang) == PAST


def _participle_beyond_quote(text: str, pos: int, sent_end: int, m: TenseMarkers) -> bool:
    """Whether the words from the quotation mark after ``pos`` to the next clause break hold a participle
    ('hat … „Zentrum für Information" offiziell gewarnt'), not a quoted predicate ('ist der … 1. August
    „vom Tisch", wie sie sagte')."""
    quote = _QUOTE_MARK.search(text, pos, sent_end)
    rest = _UNTIL_BREAK.match(text, quote.end()).group() if quote else ""
    return any(_participle(w, m) for w in _WORD.findall(rest))


def in_pluperfect(clause: str, lang: str = "de") -> bool:
    """A clause with a past auxiliary and a participle ("Die Tat hatte er um 2 Uhr begangen"): it looks back
    from the story's time."""
    m = markers(lang)
    words = {w.lower() for w in _WORD.findall(clause)}
    return bool(words & m.pluperfect_aux) and any(_participle(w, m) for w in words)


def _participle(word: str, m: TenseMarkers) -> bool:
    return word not in m.past_exclusions and any(p.fullmatch(word) for p in m.participles)


def verb_shaped(word: str, lang: str = "de") -> bool:
    """A lower-case word that is no function word and looks like a finite verb ("sieht", "beginnt")."""
    m = markers(lang)
    return word[:1].islower() and word not in m.function_words and any(p.fullmatch(word) for p in m.verb_first)


def clause_at(text: str, sent_start: int, sent_end: int, pos: int) -> str:
    """The clause (between commas, colons, quotes, dashes) around ``pos``."""
    return _clause(text, sent_start, sent_end, pos)[0]


def clause_with_opener(text: str, sent_start: int, sent_end: int, pos: int) -> tuple[str, str]:
    """The clause around ``pos`` and the break that opens it ("," ":" …; "" at the sentence start)."""
    return _clause(text, sent_start, sent_end, pos)[:2]


def tense_at(text: str, sent_start: int, sent_end: int, pos: int, lang: str = "de") -> str:
    """Tense for an expression at ``pos``: its clause's tense if the clause has a
    decisive marker (PAST/FUTURE), is a main clause of its own after a colon or
    semicolon ("…verlegt: Am 9. September findet … statt") or reported speech in
    Konjunktiv I ("…, die Gemeinde arbeite im Oktober …"), else the whole sentence's."""
    clause, opener, closer, following, opened_at = _clause(text, sent_start, sent_end, pos, lang)
    m = markers(lang)
    joins = [j for j in _JOINED_CLAUSE.finditer(text, max(sent_start, opened_at), pos)
             if j.group(1) in m.perfect_aux | m.pluperfect_aux and j.group(2) in m.subordinators & m.determiners]
    if joins and joins[-1].group() in clause:  # "…, dessen Werte gesunken sind und der sich im Herbst der
        clause = clause[clause.rfind(joins[-1].group()) + len(joins[-1].group()):]  # Wiederwahl stellt": the second
        # clause, after an auxiliary closed the first, has its own tense
    t = tense_of(clause, lang)
    if t != PAST and (first := _first_conjunct(text, pos, sent_end, clause, m, lang)) \
            and tense_of(first, lang) == PAST:
        return PAST  # "…, das im Sommer noch über Partys lästerte und jetzt die größte Party plant"
    if t != PAST and opener == "," and _main_clause_resumed(text, sent_start, opened_at, clause, m, lang):
        return PAST  # "So konnten im Krankenhaus, das zur JSD gehört, am Mittwoch 90 Mitarbeiter geimpft werden"
    if t in (PAST, FUTURE):
        return t
    if closer == ":" and not opener and following.lower() in m.question_words and not has_finite_verb(clause, lang):
        return PRESENT  # "Impfangebot bis Ende des Sommers: Was Bund und Länder beschlossen haben": a headline's
        # topic, not told in the tense of the question after it
    if opener and _elliptic_as_done(clause, m):
        return PAST  # "…, lahmlegen - wie am Sonntag geschehen": "wie" with a participle and no auxiliary
    if t == PRESENT and closer == "," and {w.lower() for w in _WORD.findall(clause)} & m.present_modals \
            and any(p.search(text[pos:sent_end].rsplit(",", 1)[-1]) for p in m.perfect_infinitive):
        return PAST  # "Am Donnerstag muss der Druck …, doch endlich …, zu groß geworden sein": a perfect infinitive
    first_word = _WORD.match(clause.strip())
    if t == PRESENT and opener == "," and first_word and first_word.group() in m.past_subordinators \
            and has_finite_verb(clause, lang):
        return PAST  # "sagt eine Mutter, als sie am Samstag auf dem See unterwegs ist"
    if t == PRESENT and not opener and closer == "," and first_word \
            and first_word.group().lower() in m.past_subordinators and _verb_last(clause, m, lang):
        return PAST  # "Als Robert Rühle am Dienstagnachmittag das Zeichen gibt, legen sie los"; not "Als Chef …"
    before = _clause(text, sent_start, sent_end, opened_at - 1, lang)[0] if opener == "," and opened_at > sent_start \
        else ""  # the clause before the comma
    if t == PRESENT and before and _perfect_left_out(clause, before, m, lang):
        return PAST  # "haben ihre Spiele gewonnen, international am Donnerstagabend Fortschritte gezeigt"
    if t == PRESENT and first_word and first_word.group() in m.dependent_subordinators and before \
            and tense_of(before, lang) == FUTURE:
        return FUTURE  # "Wir werden es spüren, wenn am 20. Januar der Wahlsieger vereidigt wird"
    if not opener and closer == "," and first_word and first_word.group().lower() in m.purpose_openers \
            and any(p.search(clause) for p in m.future_patterns):
        return FUTURE  # "Um eine Verbreitung bei der Massenveranstaltung Ende Juli zu verhindern, verbot …": an aim
    # a fronted phrase set off by a comma takes the main clause's tense ("Nach einem Rekord am Mittwoch,
    # meldete das Amt …"); an inserted attribution does not ("Bis zum Wochenende, verkündete er, sollen …")
    if not opener and closer == "," and following[:1].islower() and following.lower() not in m.function_words \
            and not (following in m.speech_verbs and "," in text[text.find(",", pos, sent_end) + 1:sent_end]) \
            and not has_finite_verb(clause, lang, after_determiners=False):
        main = tense_of(_clause(text, sent_start, sent_end, text.find(",", pos, sent_end) + 1, lang)[0], lang)
        if main in (PAST, FUTURE):
            return main
    if opener == "," and closer == "," and t != PAST and following.lower() in m.subordinators \
            and following.lower() in m.determiners:  # "…, bis zum Sommer allen, die es wollen, ein Angebot zu machen"
        relative_end = text.find(",", text.find(following, pos) + len(following), sent_end)
        if relative_end > 0:
            clause = f"{clause} {_clause(text, sent_start, sent_end, relative_end + 1, lang)[0]}"
    if opener == "," and any(p.search(clause) for p in m.future_patterns) and not _MODAL_PASSIVE.search(clause):
        said = {w.lower() for w in _WORD.findall(before)}
        if (said & m.implicative_verbs or any(p.search(before) for p in m.implicative_patterns)) \
                and tense_of(before, lang) == PAST:
            return PAST  # "Es ist gelungen, die Infektionen im Januar einzudämmen": it happened
        if in_pluperfect(before, lang) or any(p.search(before) for p in m.perfect_infinitive):
            return PRESENT  # "Söder hatte angekündigt, von April bis Juni die Kosten zu übernehmen": an aim
            # set in the past may lie behind by now (so after "nicht bereit gewesen zu sein, …")
        return FUTURE  # "…, hoffe, den Fall bis Ende Mai abzuschließen": an aim lies ahead
    tokens = _WORD.findall(clause)
    words = [w.lower() for w in tokens]
    split_by_quote = closer in _QUOTES and set(words) & (m.split_auxiliaries | m.quote_split_subjunctives) \
        and _participle_beyond_quote(text, pos, sent_end, m) \
        or opener in _QUOTES and _auxiliary_before_quote(tokens, clause, text[sent_start:opened_at], m)
    # "hat … „Zentrum" gewarnt"; 'Der Bund habe "… Hilfen … am 2. November versprochen"'
    if closer == "," and _finite_auxiliary(words, m) and not any(_participle(w, m) for w in words):
        later = _participle_follows(text[pos:sent_end], m)  # "hat … die Absage, wie …, bekannt gegeben"
        if later and tense_of(f"{clause} {later}", lang) == PAST:
            return PAST
    finite = m.finite
    verb_first = opener == "," and bool(tokens) and (verb_shaped(tokens[0], lang) or tokens[0] in finite)
    # "…, sieht es im Winter …"; "…, wird erst Anfang Dezember bekanntgegeben"
    first = tokens[0].lower() if tokens and not opener else tokens[0] if tokens else ""
    verb_last = (opener == "," or not opener and closer == "," and first not in m.determiners) \
        and len(tokens) > 2 and first in m.subordinators \
        and (tokens[-1] in finite or verb_shaped(tokens[-1], lang)
             or any(p.fullmatch(tokens[-1]) for p in m.verb_stopwords)) \
        and (tokens[0] not in m.determiners or tokens[1] in m.function_words  # "…, das im März … beginnt"
             or text[pos:].startswith(tokens[1]))  # "…, der Ende Juni in den Ruhestand geht"
    last_before = _WORD.findall(before)[-1:]  # a list of participles: "…, den Aufzug bedient, ihm zugewunken"
    elliptic = bool(last_before) and any(p.fullmatch(last_before[0]) for p in m.participles) \
        and not (tokens and tokens[0].lower() in m.subordinators)  # "…, das … gewährt": a finite ge- verb
    verbless = not set(tokens) & finite and all(  # "…, nach 122,4 am Samstag und 129 am Freitag"
        tok[:1].isupper() or tok.isdigit() or tok.lower() in m.number_words
        or _attributive(tokens, i, m)  # "…, am Sonntag mit dem französischen Präsidenten"
        or elliptic and tok not in m.past_exclusions and bool(m.ge_participle.fullmatch(tok))  # "…, ihm zugewunken"
        or (tok in m.function_words and not any(p.fullmatch(tok) for p in m.verb_stopwords))
        for i, tok in enumerate(tokens)) \
        or _gapped(tokens, last_before, m, lang)
    if verbless and before and t != PAST and {w.lower() for w in _WORD.findall(before)} & m.reported_present:
        return PRESENT  # "es brauche Konzepte, gerade im Winter, sagte er": reported speech goes on
    relative_after = following.lower() in m.subordinators and following.lower() in m.determiners
    if verbless and before and (closer != "," or relative_after):  # "am Montag wurden 108 getestet, am Dienstag
        # 51."; "sollen 70 Prozent immunisiert sein, bis März 80 Prozent jener Menschen, die …": the verb
        left_out = tense_of(before, lang)  # left out is the one of the clause before
        if left_out in (PAST, FUTURE):
            return left_out
    if opener in (";", "–", "-") and opened_at > sent_start \
            and not has_finite_verb(clause, lang, after_determiners=False):  # (a dash: "man wolle entscheiden
        # – Ende Mai oder spätestens Anfang Juni")
        told = tense_of(_clause(text, sent_start, sent_end, opened_at - 1, lang)[0], lang)
        if told in (PAST, FUTURE):  # "…, an denen die Anzahl unter 50 lag; allerdings am Dienstag auch einmal auf
            return told  # einem Rekordhoch": a clause without its verb after a semicolon takes the one before
    if verbless and opener == ":" and opened_at > sent_start:  # "…, will man den Kindern Beethoven nahebringen: Am
        told = tense_of(_clause(text, sent_start, sent_end, opened_at - 1, lang)[0], lang)  # 17. Oktober mit einer
        if told:  # Präsentation" (August): the clause before the colon, not an earlier past of the sentence
            return told
    if opener == "," and before and len(tokens) > 1 and _participle(tokens[-1], m) \
            and tokens[0].lower() not in m.subordinators \
            and not has_finite_verb(" ".join(tokens[:-1]), lang) \
            and (tense_of(before, lang) == PAST
                 or tense_of(f"{_before_apposition(text, sent_start, sent_end, opened_at, before, lang)} {clause}",
                             lang) == PAST):
        return PAST  # "… wurden nachgewiesen, allein am Dienstag 50 000 neue amtlich erfasst": auxiliary left out;
        # "hat der Stürmer Rashford, Fußballprofi von United, am Montag einen Brief geschrieben": an apposition between
    fronted_v2 = (not opener and closer == "," or opener == ",") and len(tokens) > 3 \
        and text[pos:].startswith(tokens[1]) and tokens[0].lower() in m.function_words - m.subordinators \
        and (tokens[2] in finite or verb_shaped(tokens[2], lang))
    # "Am Mittwoch erfährt er sein Testergebnis, …", "…, am Montag tagt der Ausschuss": a date and the finite verb
    # after it open a main clause
    fronted_v2 = fronted_v2 or (opener in ("", ",") and closer == "," or opener == "," and not closer) \
        and len(tokens) > 3 and tokens[0].lower() in m.function_words - m.subordinators \
        and (verb_shaped(tokens[1], lang) or tokens[1] in m.present_verbs) and tokens[1] not in finite
    # "Dann fängt der November an, sein liebster Monat sei das nie gewesen", "…, danach geht es am Dienstag nach
    # Sulden": an adverb and a verb open one
    main = tokens[1:] if opener == "," and tokens and tokens[0] in m.main_clause_joins else tokens  # "…, doch das
    fronted_v2 = fronted_v2 or opener == "," and len(main) > 3 and main[0] in m.determiners \
        and main[1][:1].isupper() and main[2] in finite \
        or opener == "," and len(main) > 2 and (main[0] in m.subject_pronouns or main is not tokens
                                                and main[0] in m.demonstratives) \
        and (main[1] in finite or verb_shaped(main[1], lang) or main[1] in m.present_verbs)  # geht im Winter schlecht"
    # "Der Club wurde 1994 gegründet, das Jubiläum wird im Herbst gefeiert", "…, es wird am Dienstag nachgeholt":
    # article and noun or a pronoun, then the finite verb open a main clause of its own (a relative clause puts its
    # verb last: "…, das Kinder am Montag besuchen")
    main_before_sub = closer == "," and following.lower() in m.subordinators - m.determiners \
        and has_finite_verb(clause, lang)  # "„Im Herbst ist zu erwarten, dass …“": a main clause before "dass"
    own = 4 if opener in (":", ";") or closer == ":" else 3 if verb_first or verb_last or fronted_v2 \
        or main_before_sub or (
        not opener and closer == "," and (following in m.main_clause_joins or following in m.speech_verbs
                                          or _two_words_after_comma(text, pos, sent_end) in m.main_clause_joins)) \
        else OWN_CLAUSE_WORDS  # "Der Winter kommt, und …", "Die Wahl beginnt im Februar, sagte er": main clauses
    if t == PRESENT and len(words) >= own and not split_by_quote and not verbless:
        return t
    if t == PRESENT and set(words) & m.reported_present:
        return t  # reported speech: "Er sagte, die Gemeinde arbeite im Oktober am Umbau"
    sentence = text[sent_start:sent_end]  # asides do not set the tense of the sentence around them
    if text[sent_end:sent_end + 1] == "\n" and sentence.rstrip()[-1:].isalnum() \
            and not has_finite_verb(sentence, lang):
        following = _LINE_SENTENCE.match(text, sent_end + 1)  # a headline without a verb ("Im November 38
        told = tense_of(following.group(), lang) if following else None  # Prozent weniger Fälle⏎Auch …"):
        if told in (PAST, FUTURE):  # the text under it tells its tense
            return told
    quoted = quoted_speech(sentence, pos - sent_start)  # „Spätestens im Mai“, sagte er, „müssen …“
    q_words = _WORD.findall(quoted or "")
    if q_words and (_participle(q_words[-1], m) and not {w.lower() for w in q_words} & finite
                    or _auxiliary_before_quote(q_words, quoted, sentence[:sentence.find(quoted)], m)):
        quoted = None  # "Die Lage sei „am Samstag außer Kontrolle geraten“": the auxiliary stands outside
        # (before it: 'Der Bund habe "… Hilfen … am 2. November versprochen"')
    opening = _QUOTED.match(sentence.lstrip())
    if not quoted and opening:  # "„…“, rief Bartsch der Kanzlerin am Donnerstag zu": the attribution after
        outside = tense_of(_QUOTED.sub(" ", sentence), lang)  # a quote that opens the sentence, not the quote
        if outside:
            return outside
    plain = _ASIDE.sub(" ", sentence)
    return (quoted and tense_of(quoted, lang)) or tense_of(_without_relatives(plain, m, lang), lang) \
        or tense_of(plain, lang) or tense_of(sentence, lang) or PRESENT


def _before_apposition(text: str, sent_start: int, sent_end: int, opened_at: int, before: str, lang: str) -> str:
    """The clause before a verbless apposition between commas ("Deshalb hat der Stürmer Rashford, Fußballprofi von
    United, am Montag … geschrieben": "Deshalb hat der Stürmer Rashford"), else ""."""
    if has_finite_verb(before, lang):
        return ""
    opener, prior_at = _clause(text, sent_start, sent_end, opened_at - 1, lang)[1::3]
    if opener != "," or prior_at <= sent_start:
        return ""
    return _clause(text, sent_start, sent_end, prior_at - 1, lang)[0]


def _first_conjunct(text: str, pos: int, sent_end: int, clause: str, m: TenseMarkers, lang: str) -> str | None:
    """The part of a subordinate or relative clause up to "und" when ``pos`` lies in it and it ends in its own
    finite verb: two verb-last clauses joined by "und" keep their own tenses ("Bilder, die den Sommer überdauert
    haben und … wieder lebendiger werden")."""
    tail = re.match(r"[^,;:.!?]*", text[pos:sent_end]).group()
    join = tail.find(" und ")
    start = clause.rfind(tail[:20]) if join > 0 else -1
    if start < 0:
        return None
    first = clause[:start] + tail[:join]
    words = _WORD.findall(first)
    if not words or words[0].lower() not in m.subordinators | m.determiners or not words[-1].islower() \
            or words[-1] in m.function_words and words[-1] not in m.perfect_aux | m.pluperfect_aux:
        return None  # a verb ends it, not a noun or a particle
    return first


def _without_relatives(sentence: str, m: TenseMarkers, lang: str) -> str:
    """The sentence without its relative clauses ("…, vor der viele gewarnt haben, …"): what they tell
    does not set the time of the main clause."""
    def drop(rel: re.Match[str]) -> str:
        words = _WORD.findall(rel.group(1))
        relative = len(words) > 1 and (words[0].lower() in m.subordinators & m.determiners
                                       or words[1].lower() in m.subordinators & m.determiners)
        return " " if relative and _verb_last(rel.group(1), m, lang) else rel.group()
    sentence = _RELATIVE_CLAUSE.sub(drop, sentence)
    final = _FINAL_CLAUSE.search(sentence)  # "…, die Mitglieder … erarbeitet haben.": opened by its pronoun only
    words = [w.lower() for w in _WORD.findall(final.group(1))] if final else []
    if len(words) > 1 and words[0] in m.subordinators & m.determiners and _verb_last(final.group(1), m, lang):
        return sentence[:final.start()] + " "
    return sentence


def _auxiliary_before_quote(tokens: list[str], quote: str, before: str, m: TenseMarkers) -> bool:
    """A quotation ending in a participle with its perfect auxiliary before it, outside: 'Der Bund habe "…
    Hilfen … am 2. November versprochen"' (not '"ab Sonntag … einzuführen"', an aim)."""
    return bool(tokens) and bool(_PARTICIPLE_SHAPE.fullmatch(tokens[-1])) \
        and not {t.lower() for t in tokens} & m.finite and not any(p.search(quote) for p in m.future_patterns) \
        and bool({w.lower() for w in _WORD.findall(before)} & m.perfect_aux)


# "…, die auf den Ausbruch zwischen 4. März und 30. Juni zurückzuführen sind": "sein" with a zu-infinitive is a
# modal passive of now, no aim
_MODAL_PASSIVE = re.compile(r"(?:\bzu\s+\w+|\w+zu\w+)en\s+(?:ist|sind|war|waren|sei|seien|wäre|wären)\W*$")
_ZU_PERFECT = re.compile(r"\bzu\s+(?:haben|sein)\W*$")  # "… geimpft zu haben": a perfect zu-infinitive
_GOAL_STATE = re.compile(r"\b([a-zäöüß]+)\s+sein\W*$")
_LINE_SENTENCE = re.compile(r"[^\n.!?,;:]+")  # the first clause of the next line ("…, erklärte Merkel" tells no tense)
_QUOTE_TAIL = re.compile(r"([^„“”\"»«]*)[“”\"«](?=\s*,)")
_QUOTE_HEAD = re.compile(r'(?:„|"(?=\w)|»|“(?=\w))([^“”"«»„]*)\Z')  # a quote that goes on in the next sentence
_QUOTED = re.compile(r"„[^“”\"]*[“”\"]|\"[^\"]*\"|»[^«]*«|“[^”]*”")


def quoted_speech(sentence: str, pos: int) -> str | None:
    """The quoted parts of ``sentence`` joined, when ``pos`` lies inside one of them: a verbless
    piece of a quote takes the quote's tense, not the reporting verb's ("sagte")."""
    found = list(_QUOTED.finditer(sentence))
    tail = _QUOTE_TAIL.match(sentence)  # a quote that began a sentence before: "… zusammen. Beides sollte …“, sagte er"
    head = _QUOTE_HEAD.search(sentence)  # … or one that ends a sentence later: 'sagte er: "Der Frühling … Wir …"'
    if head and head.start() < pos:
        return head.group(1)
    if not (any(m.start() < pos < m.end() for m in found) or tail and pos < tail.end()):
        return None
    own = next((m.group()[1:-1] for m in found if m.start() < pos < m.end()), None)
    if own and has_finite_verb(own):
        return own  # „Das Frühjahrsprogramm ist ein Lichtblick“, …: „…, wenn wir den Kopf in den Sand steckten“
    return " ".join(([tail.group(1)] if tail else []) + [m.group()[1:-1] for m in found])


def _attributive(tokens: list[str], i: int, m: TenseMarkers) -> bool:
    """Whether ``tokens[i]`` has the shape of an adjective between an article and its noun ("dem
    französischen Präsidenten"), not of a verb ("am Sonntag beraten die Minister") nor of an
    adjective that opens a phrase of its own ("…, bis 31. Dezember gültige Verordnung")."""
    return bool(_ADJECTIVE.fullmatch(tokens[i])) and 0 < i < len(tokens) - 1 \
        and tokens[i - 1].lower() in m.determiners and tokens[i + 1][:1].isupper()


def _verb_last(clause: str, m: TenseMarkers, lang: str) -> bool:
    """Whether ``clause`` ends in a finite verb, as a subordinate clause does ("…, das Zeichen gibt")."""
    last = _WORD.findall(clause)[-1:]
    return bool(last) and (last[0] in m.finite or verb_shaped(last[0], lang)
                           or any(p.fullmatch(last[0]) for p in m.verb_stopwords))


def has_finite_verb(text: str, lang: str = "de", after_determiners: bool = True) -> bool:
    """Whether ``text`` holds a finite verb; without ``after_determiners`` a word after an article,
    other determiner or number is an adjective ("einem neuen Rekord"), however much it looks like a verb."""
    m = markers(lang)
    words = _WORD.findall(text)
    return any((w.lower() in m.finite or w in m.present_verbs or verb_shaped(w, lang))
               and (after_determiners or i == 0 or not (words[i - 1].lower() in m.determiners
                                                         or words[i - 1].isdigit()))  # "87 bestätigten Fällen"
               for i, w in enumerate(words))
