"""The temporal grammar: a handful of big regular expressions compiled once from
the language's data files (month/weekday names, number words, units, modifiers …).

Each rule is one compiled pattern with named groups; the tagger runs every rule
over the text, keeps the longest non-overlapping matches and hands the groups to
the normaliser. Nothing German lives here — only the shapes of expressions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from chronik.lang import load

_R = "temporal/"


def _alt(words) -> str:
    """Regex alternation of literal words, longest first (so "Jahres" beats "Jahr"), written as a trie:
    the engine tries each alternative in turn, so "Januar|Jänner|Juni|Juli|…" costs one test per word at
    every word start, "J(?:anuar|änner|u(?:ni|li))" one per letter shared."""
    trie: dict = {}
    for w in set(words):
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _render(trie)


def _longest(node: dict) -> int:
    return max((1 + _longest(child) if ch else 0) for ch, child in node.items())


def _render(node: dict) -> str:
    """A trie node as regex: longer continuations before shorter ones, the word ending here last."""
    branches = []
    for ch, child in sorted(((c, n) for c, n in node.items() if c), key=lambda cn: -_longest(cn[1])):
        chars = [ch]
        while len(child) == 1 and "" not in child:  # a chain of single letters: one literal
            (c, child), = child.items()
            chars.append(c)
        branches.append(re.escape("".join(chars)) + _render(child) if child else re.escape("".join(chars)))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


def _num(x: str) -> float:
    v = float(x)
    return int(v) if v.is_integer() else v


@dataclass(frozen=True)
class Lexicon:
    """Language data for the grammar, lower-cased keys."""

    months: dict[str, int]
    year_bound_months: frozenset[str]  # "Sep" without its period: a month only before a year ("1. Sep 2015")
    weekdays: dict[str, int]
    weekday_sets: dict[str, int]
    weekday_plurals: dict[str, str]  # "an Sonntagen": every Sunday ("7"), "an den Wochenenden": every weekend ("WE")
    weekday_abbrevs: dict[str, int]  # "Fr" (case as written), only before a date
    numbers: dict[str, float]
    decades: dict[str, int]
    units: dict[str, str]
    plural_units: frozenset[str]
    vague_durations: dict[str, str]
    duration_adjectives: dict[str, str]  # "tägig" -> D: "14-tägige Quarantäne"
    duration_adjective_prefixes: dict[str, str]  # "mehr" -> X, "halb" -> 0.5
    head_duration_adjectives: frozenset[str]  # "jährig": a duration only before a noun of time spans
    fraction_units: dict[str, tuple[int, str]]  # "Viertelstunde" -> (15, MIN)
    month_parts: dict[str, str]  # "woche" -> W: "in der zweiten Januarwoche"
    vague_quantities: frozenset[str]
    day_parts: dict[str, str]
    day_part_nouns: frozenset[str]  # capitalised entries ("Abend", not "abends"), lower-cased
    seasons: dict[str, str]
    season_mods: dict[str, str]  # "Spätsommer" -> END
    relative_days: dict[str, int]
    relative_day_adjectives: frozenset[str]  # "am morgigen Sonntag": the weekday carries the date
    anchored: dict[str, tuple[str, int]]
    anchored_nouns: frozenset[str]  # anchored expressions with a noun, which may take an article ("den Tag zuvor")
    anchored_daypart: dict[str, int]  # "am nächsten Morgen": offset from the last mentioned day
    told_daypart_words: frozenset[str]  # "an jenem Abend": the day told, however far back
    anchored_daypart_compounds: dict[str, tuple[int, str]]  # "am Vorabend": offset, part of the day
    anchored_daypart_directions: dict[str, int]  # "am Abend davor": offset from the last mentioned day
    directions: dict[str, int]
    comparative_directions: frozenset[str]  # "früher": after a vague quantity a difference, no date
    references: dict[str, str]
    reference_prefixes: dict[str, str]  # "Ex-Landesrat": the prefix, case as written
    narrative_references: dict[str, str]  # "kurz darauf": a vague step on from the time told, in histories
    reference_nouns: frozenset[str]  # capitalised entries, which may carry an article
    shifts: dict[str, int]
    shift_kinds: dict[str, str]  # "darauffolgend": told (counts from the date told last, not from the
    # reference); "anstehend": imminent (a season in its first month is the one starting)
    this_year: frozenset[str]
    parts: dict[str, str]
    part_compounds: dict[str, tuple[str, str]]
    quantity_mods: dict[str, str]
    point_mods: dict[str, str]
    holidays: dict[str, str]
    holiday_weeks: dict[str, str]  # "Osterwochenende", "Karwoche": the holiday's weekend (WE) or week (W)
    holiday_turns: frozenset[str]  # "Jahreswechsel": the first day of the year after the one told
    sets: dict[str, str]
    ordinals: dict[str, int]
    range_open: frozenset[str]
    range_join: frozenset[str]
    range_join_opened: frozenset[str]  # joins a range only after an opening word ("zwischen … und")

    def shift_of(self, word: str) -> int | None:
        """Offset of an inflected shift word ("vergangenen" → -1)."""
        w = word.lower()
        for stem in sorted(self.shifts, key=len, reverse=True):
            if w.startswith(stem) and len(w) - len(stem) <= 2:
                return self.shifts[stem]
        return None

    def shift_kind(self, word: str) -> str | None:
        """How an inflected shift word counts: "told" ("darauffolgenden"), "imminent" ("anstehenden")."""
        w = word.lower()
        return next((kind for stem, kind in self.shift_kinds.items()
                     if w.startswith(stem) and len(w) - len(stem) <= 2), None)

    def number(self, word: str) -> float | None:
        if re.fullmatch(r"\d{1,3}(?:[ .\u00a0\u202f]\d{3})+", word):
            return float(re.sub(r"\D", "", word))  # thousands grouped: "40 000", "40.000"
        w = word.lower().replace(",", ".")
        if re.fullmatch(r"\d+(?:\.\d+)?", w):
            return _num(w)
        return self.numbers.get(w)


@cache
def lexicon(lang: str = "de") -> Lexicon:
    lg = load(lang)

    def m(name: str) -> dict[str, str]:
        return lg.mapping(_R + name)

    def t(name: str) -> tuple[tuple[str, ...], ...]:
        return lg.table(_R + name)

    connectors = t("range_connectors.tsv")
    return Lexicon(
        months={k: int(v) for k, v in m("months.tsv").items()},
        year_bound_months=frozenset(r[0].lower() for r in t("months.tsv") if r[2:] == ("year",)),
        weekdays={k: int(v) for k, v in m("weekdays.tsv").items()},
        weekday_sets={k: int(v) for k, v in m("weekdays_set.tsv").items()},
        weekday_plurals=m("weekday_plurals.tsv"),
        weekday_abbrevs={r[0]: int(r[1]) for r in t("weekday_abbreviations.tsv")},
        numbers={k: _num(v) for k, v in m("numbers.tsv").items()},
        decades={k: int(v) for k, v in m("decades.tsv").items()},
        units=m("units.tsv"),
        plural_units=frozenset(r[0].lower() for r in t("units.tsv") if r[2:] == ("pl",)),
        vague_durations=m("vague_durations.tsv"),
        duration_adjectives=m("duration_adjectives.tsv"),
        duration_adjective_prefixes=m("duration_adjective_prefixes.tsv"),
        fraction_units={r[0].lower(): (int(r[1]), r[2]) for r in t("fraction_units.tsv")},
        head_duration_adjectives=frozenset(r[0].lower() for r in t("duration_adjectives.tsv") if r[2:] == ("head",)),
        month_parts=m("month_parts.tsv"),
        vague_quantities=lg.wordset(_R + "vague_quantities.txt"),
        day_parts=m("day_parts.tsv"),
        day_part_nouns=frozenset(r[0].lower() for r in t("day_parts.tsv") if r[0][:1].isupper()),
        seasons=m("seasons.tsv"),
        season_mods={r[0].lower(): r[2] for r in t("seasons.tsv") if len(r) > 2},
        relative_days={k: int(v) for k, v in m("relative_days.tsv").items()},
        relative_day_adjectives=frozenset(r[0].lower() for r in t("relative_days.tsv") if r[2:] == ("adj",)),
        anchored={r[0].lower(): (r[1], int(r[2])) for r in t("anchored_days.tsv")},
        anchored_nouns=frozenset(r[0] for r in t("anchored_days.tsv") if any(w[:1].isupper() for w in r[0].split())),
        anchored_daypart={k: int(v) for k, v in m("anchored_daypart_words.tsv").items()},
        told_daypart_words=frozenset(r[0].lower() for r in t("anchored_daypart_words.tsv") if r[2:] == ("told",)),
        anchored_daypart_compounds={r[0].lower(): (int(r[1]), r[2]) for r in t("anchored_daypart_compounds.tsv")},
        anchored_daypart_directions={k: int(v) for k, v in m("anchored_daypart_directions.tsv").items()},
        directions={k: int(v) for k, v in m("anchored_directions.tsv").items()},
        comparative_directions=frozenset(
            r[0].lower() for r in t("anchored_directions.tsv") if r[2:] == ("comparative",)),
        references=m("reference_words.tsv"),
        reference_prefixes={r[0]: r[1] for r in t("reference_prefixes.tsv")},
        narrative_references={k.lower(): v for k, v in m("narrative_reference_words.tsv").items()},
        reference_nouns=frozenset(r[0] for r in t("reference_words.tsv") if r[0][:1].isupper()),
        shifts={k: int(v) for k, v in m("shift_words.tsv").items()},
        shift_kinds={r[0].lower(): r[2] for r in t("shift_words.tsv") if len(r) > 2},
        this_year=lg.wordset(_R + "this_year_words.txt"),
        parts=m("part_modifiers.tsv"),
        part_compounds={r[0].lower(): (r[1], r[2]) for r in t("part_compounds.tsv")},
        quantity_mods=m("quantity_modifiers.tsv"),
        point_mods=m("point_modifiers.tsv"),
        holidays=m("holidays.tsv"),
        holiday_weeks={r[0].lower(): r[2] for r in t("holidays.tsv") if r[2:] in (("WE",), ("W",))},
        holiday_turns=frozenset(r[0].lower() for r in t("holidays.tsv") if r[2:] == ("TURN",)),
        sets=m("sets.tsv"),
        ordinals={k: int(v) for k, v in m("ordinals.tsv").items()},
        range_open=frozenset(r[0].lower() for r in connectors if r[1] == "open"),
        range_join=frozenset(r[0].lower() for r in connectors if r[1] == "join"),
        range_join_opened=frozenset(r[0].lower() for r in connectors if r[1] == "join_opened"),
    )


@dataclass(frozen=True)
class Rule:
    """One grammar rule: its name (which normaliser handles it) and pattern."""

    name: str
    pattern: re.Pattern[str]


@dataclass(frozen=True)
class Grammar:
    lexicon: Lexicon
    rules: tuple[Rule, ...]
    point_mod: re.Pattern[str]  # preposition right before an expression ("bis 2021")
    range_open: re.Pattern[str]
    range_join: re.Pattern[str]
    count_before: re.Pattern[str]  # a count right before "im Jahr" ("500 Menschen", "zwei Millionen Euro")
    apposition_gap: re.Pattern[str]  # between a day and the weekday that names it again ("4. Dezember, einem Freitag")
    daypart_gap: re.Pattern[str]  # between a day and a part of it told right after ("Samstag in der Früh")
    night_join: re.Pattern[str]  # between a night's first day and its second ("Nacht vom 8. Februar auf den 9.")
    time_day_gap: re.Pattern[str]  # between a clock time and the day it is of ("um 20 Uhr am Freitag")
    each_day_gap: re.Pattern[str]  # between listed days and a clock time of each ("heute und morgen, jeweils 7-17 Uhr")
    weekday_range: re.Pattern[str]  # "von Montag bis Freitag", "zwischen Montag und Freitag"
    eve_gap: re.Pattern[str]  # between "Vorabend" and the day it is the eve of ("am Vorabend von Allerheiligen")
    weekday_date_gap: re.Pattern[str]  # between a weekday's part and the date naming its day ("Samstagabend, 12. März")
    night_range_end: re.Pattern[str]  # the end of a range of hours after its start ("23 [bis 6 Uhr]")
    clock_follows: re.Pattern[str]  # a clock time right after a part of the day ("nachts [gegen 2 Uhr]")
    day_joined_before: re.Pattern[str]  # a day alone joined to the date in digits after it ("21.–" before "23.8.")
    count_range_first: re.Pattern[str]  # the first count of a range before a duration ("[zwei] oder drei Tage")
    alternative_gap: re.Pattern[str]  # between two clock times offered as alternatives ("halb elf oder elf Uhr abends")
    every_before: re.Pattern[str]  # "alle" right before a count: every so many ("alle zwei bis drei Tage")
    age_contexts: tuple[re.Pattern[str], ...]  # the text before a number of years that makes it an age
    idioms: tuple[re.Pattern[str], ...] = ()  # "von heute auf morgen": time words, no time


def span_of(m: re.Match[str]) -> tuple[int, int]:
    """The expression's extent: group ``x`` when a rule matched context around it."""
    if "x" in m.re.groupindex and m.group("x") is not None:
        return m.span("x")
    return m.span()


B = r"(?<![\w.])(?<!\d[:,])"  # left word boundary that also refuses "1.5", "1:59" and "9,41" continuations
# … for a year, a full stop glued to a word before it is a sentence end lost in scraping ("der Welt.1971 eröffnete")
B_YEAR = (r"(?:(?<![\w.])|(?<=[a-zäöüß]{2}\.))(?<!\d[:,])(?<!\d\s[x×]\s)(?<!\d[x×])"  # not "1152 x 1920",
          r"(?<!\b0\d\d[\s/])(?<!\b0\d\d\d[\s/])")  # nor a phone number after its area code ("Tel. 0471 1500 20")
E = r"(?!\w)"


@cache
def grammar(lang: str = "de") -> Grammar:
    lx = lexicon(lang)
    lg = load(lang)
    w = lg.mapping(_R + "grammar_slots.tsv")  # function-word slots as regex fragments
    not_this = "".join(rf"(?<!\b{d}\s)" for d in w["anchored_blocking_determiners"].split("|"))  # "dieses Jahr
    # darauf verzichten": "darauf" is the verb's
    art = _alt(lg.words(_R + "articles.txt"))
    month = _alt(k for k in lx.months if k not in lx.year_bound_months)
    bare_month = rf"(?:{_alt(lx.year_bound_months)})(?=\s+(?:1[89]|20)\d\d{E})"  # "1. Sep 2015"
    wday = _alt(lx.weekdays)
    wabbr = _alt(lx.weekday_abbrevs)
    wday_d = rf"(?:{wday}|(?-i:{wabbr})\.)"  # before a date: "Fr., 6.12."
    numw = _alt(lx.numbers)
    num = rf"(?:\d{{1,3}}(?:[ .\u00a0\u202f]\d{{3}})+(?!\d)|\d+(?:,\d+)?|{numw})"  # "vor 40 000 Jahren", "40.000"
    units = _alt(lx.units)
    plural_units = _alt(lx.plural_units)
    per_units = _alt(u for u, c in lx.units.items()
                     if c in {"Y", "M", "W", "D", "H", "Q"} and u.lower() not in lx.plural_units)
    nth = _alt(k for k, v in lx.ordinals.items() if v > 1)  # "jeden zweiten": every other
    cal_units = _alt(u for u, c in lx.units.items() if c in {"Y", "M", "W", "WE", "DE", "CE", "Q", "HY", "D"})
    part = _alt(lx.parts)
    shift = rf"(?:{_alt(lx.shifts)})(?:e[mnrs]?|e)?"
    dpart = _alt(lx.day_parts)
    dnoun = _alt(lx.day_part_nouns)
    dnoun_cap = _alt(n[:1].upper() + n[1:] for n in lx.day_part_nouns)
    night = _alt(k for k in lx.day_part_nouns if lx.day_parts[k] == "NI")
    season = _alt(lx.seasons)
    reld = _alt(lx.relative_days)
    reld_plain = _alt(k for k in lx.relative_days if k not in lx.relative_day_adjectives)  # "Nacht auf heute"
    qmod = _alt(lx.quantity_mods)
    vagq = _alt(lx.vague_quantities)
    decw = _alt(lx.decades)
    decade_heads = _alt(lg.words(_R + "decade_blocking_heads.txt"))
    heads_end = rf"\w*?(?:{decade_heads})(?:e|en|n|s)?\b"  # the last part of a compound, singular or plural
    not_a_count = rf"(?!-(?:\w+-)*{heads_end}|(?:(?<=\der)|(?<=\d-er))\s+{heads_end})"  # not "50er-Marke",
    # "40er-Packungen", "10-er Pakete"
    blockers = "|".join(lg.words(_R + "year_blockers.txt"))
    span_heads = _alt(lg.words(_R + "duration_adjective_heads.txt"))
    year = rf"(?:1\d{{3}}|20\d{{2}})(?!\d)(?![.,]\d)(?!\s*(?:{blockers}))"
    far_year = r"(?:(?<=\bJahr\s)|(?<=\bJahre\s))2[1-9]\d\d(?!\d)"  # "im Jahr 2120": named a year, any year
    bc = w["before_christ"]
    uhr = w["clock"]
    direction = _alt(lx.directions)
    tprep = _alt(lg.words(_R + "time_prepositions.txt"))
    dprep = _alt(lg.words(_R + "daypart_prepositions.txt"))
    appositions = lg.words(_R + "apposition_articles.txt") + lg.words(_R + "apposition_definite_articles.txt")
    join = _alt(lx.range_join | lx.range_join_opened)
    listed = rf"(?:,|{join}|{w['day_list_join']})"  # between the items of a list of days
    of_year = rf"(?:{w['prior_year_genitive']}|{w['year_before_genitive']}|(?:{w['this_year_genitive']}|" \
        rf"(?:{w['shifted_year_article']}\s+)?{shift})\s+(?:{w['year_genitive_noun']}))"  # longest first
    year_gen = w["year_genitive"]
    daymod = _alt(p for p in lx.parts if " " not in p and p[:1].islower())

    clock = r"\d{1,2}(?:[.:]\d{2})?"
    vague_dir = _alt(set(lx.directions) - lx.comparative_directions)  # "einige Wochen früher" is a difference
    # an article right after a comma is a relative pronoun ("…, der 48 Stunden alt ist") unless a shift follows
    # ("…, die nächsten zwei Wochen")
    art_noun = rf"(?:(?<!,\s)(?:{art})|(?<=,\s)(?:{art})(?=\s+(?:{shift})\s))"
    words_joined = "".join(rf"|(?<=\d\s{re.escape(j)}\s)" for j in sorted(lx.range_join) if j.isalpha())
    hourw = _alt(k for k, v in lx.numbers.items() if 1 <= v <= 24 and v == int(v) and k.isalpha()
                 and (k == "eins" or not k.startswith("ein")))  # not the article "ein"
    after_opener = "|".join(rf"(?<=\b{re.escape(o)}\s)" for o in sorted(lx.range_open) if o.isalpha())
    next_range = rf"\s*(?:{w['and']}|,)\s*(?:(?:{tprep})\s+)?{clock}\s*(?:{join})\s*{clock}\s*{uhr}"  # "… und
    # 14.30-16.30 Uhr", "von 9 bis 12 und von 14 bis 18 Uhr"
    ic = re.IGNORECASE
    rules = [
        Rule("date_num", re.compile(
            rf"{B}(?:(?P<wd>{wday_d})\s*,?\s*(?:(?:{w['date_article']})\s+)?)?"
            rf"(?P<d>\d{{1,2}})(?:(?P<sl>/)|\.\s?)(?P<m>\d{{1,2}})(?(sl)/|\.\s?)(?P<y>\d{{4}}|(?(sl)(?!)|\d{{2}}))"
            rf"(?![\d.]\d)(?(sl)(?!/))"  # "31/08/2019" on web pages (a four-digit year only)
            rf"(?<!\.\s\d\d)(?!\s*(?:{uhr}){E}|[.:]\d\d)"  # not "So 13.3. 17 Uhr": a clock time, no year
            rf"|{B}(?P<iy>\d{{4}})-(?P<im>\d{{2}})-(?P<id>\d{{2}}){E}", ic)),
        Rule("date_dm_num", re.compile(
            rf"{B}(?:(?P<prep>{w['numeric_day_preposition']})\s+)?(?P<x>(?:(?P<wd>{wday_d})\s*,?\s*"
            rf"(?:(?:{w['date_article']})\s+)?)?(?P<d>\d{{1,2}})\.\s?(?P<m>\d{{1,2}})\.)(?!\s?\d(?![\d.:]*\s*(?:{uhr}){E}))(?![\w.])"
            rf"(?P<clk>(?=\s*,?\s*(?:(?:{tprep})\s+)?\d{{1,2}}(?:[.:]\d{{2}})?\s*(?:{uhr}){E}))?", ic)),
        Rule("date_this_month", re.compile(
            rf"{B}(?:(?P<wd>{wday_d})\s*,?\s*(?:(?:{w['date_article']})\s+)?)?(?P<d>\d{{1,2}})\.\s*"
            rf"(?:{w['this_month']})", ic)),
        Rule("date_dm", re.compile(  # "(kommenden) Donnerstag, 14. Mai", "3. Juni 1999"
            rf"{B}(?:(?:{shift}\s+)?(?P<wd>{wday_d})\s*,?\s*(?:(?:{w['date_article']})\s+)?)?"
            rf"(?:(?P<d>\d{{1,2}})(?:\.\s*|\s+(?=(?:{month}){E}(?!-)))|(?P<dw>{_alt(lx.ordinals)})\s+)"  # "14 Februar"
            rf"(?P<mon>(?:{month})(?=(?<=[a-zäöü])s{E}|{E})|{bare_month})(?:(?<=[a-zäöü])s{E})?(?(dw)(?!-))"
            # "ersten März", "des 19. Februars"
            rf"(?:\s*(?P<y>{year}|\d{{1,4}}(?=\s*(?:{bc}|{w['after_christ']})))(?:\s*(?P<bc>{bc})|\s*(?:{w['after_christ']}))?"
            rf"|\s+(?P<ofy>{of_year}))?", ic)),
        Rule("day_only", re.compile(
            rf"{B}(?P<d>\d{{1,2}})\.(?=(?:\s*,\s*\d{{1,2}}\.)*\s*(?:{listed}|{w['day_move_join']})\s*"
            rf"(?:(?:{w['range_day_article']})\s+)?"
            rf"\d{{1,2}}(?:(?:\.\s*|\s+)(?:{month}){E}"
            rf"|\.\s?(?:0?[1-9]|1[0-2])\.(?:\d{{2}}|\d{{4}})?(?!\d)))", ic)),  # "vom 12. bis 14.3."
        Rule("month", re.compile(
            rf"{B}(?:(?P<part>{part})\s+)?(?P<mon>{month}){E}"
            rf"(?:\s*(?P<y>{year})|\s+(?P<ofy>{of_year})(?:\s+(?P<y2>{year}))?)?"
            rf"(?:(?=\s*(?:{join}|,)\s*(?:(?:{part})\s+)?(?P<rmon>{month}){E}\s*(?P<ry>{year})))?", ic)),
        Rule("year", re.compile(
            rf"{B_YEAR}(?:(?:(?P<art>{art})\s+)?(?P<jahr>{w['year_noun']})\s+)?"
            rf"(?:(?P<part>{part})\s+(?:(?:{year_gen})\s+)?)?"
            rf"(?:(?P<y>{year}|{far_year})|(?P<by>\d{{1,4}})\s*(?P<bc>{bc})|(?P<ay>\d{{1,4}})\s*(?:{w['after_christ']})"
            rf"|(?P<sy>\d{{3}}){E})", ic)),
        Rule("second_year", re.compile(  # "1934/35": the second year of the pair, one of its own
            r"(?:(?<=(?:1\d|20)\d\d/)|(?<=(?:1\d|20)\d\d/\s)|(?<=(?:1\d|20)\d\d[–-]))(?P<yy>\d{2})(?!\d)(?![.,]\d)(?![/-])")),
        # not "2012/34/EU"; "1926–28" with an en dash too, "(2010-16)" with a hyphen (a span of a few years only)
        Rule("decade", re.compile(
            rf"{B}(?:(?P<art>{art})\s+)?(?:(?P<part>{part})\s+(?:(?:{w['of_the']})\s+)?)?"
            rf"(?:(?P<dw>{decw})(?:{w['decade_noun']})"
            rf"|(?P<dn>(?:1\d|20)?\d0){w['decade_suffix']}{E}{not_a_count}"
            rf"|(?P<dwn>{decw})n?{E})", ic)),
        Rule("century", re.compile(
            rf"{B}(?:(?P<art>{art})\s+)?(?:(?P<part>{part})\s+(?:(?:{w['of_the']})\s+)?)?"
            rf"(?:(?P<c>\d{{1,2}})\.\s*|(?P<cw>{_alt(lx.ordinals)})\s+)(?:{w['century_noun']}){E}"
            rf"(?:\s+(?P<bc>{bc})|\s+(?:{w['after_christ']}))?", ic)),  # "im 12. Jahrhundert vor Christus"
        Rule("part_compound", re.compile(rf"{B}(?P<pc>{_alt(lx.part_compounds)}){E}(?:\s+(?P<y>{year}))?", ic)),
        Rule("daypart_of_date", re.compile(
            rf"{B}(?:(?P<part>{daymod})\s+)?(?P<dp>{dpart})\s+(?:{w['day_of']})\s+"
            rf"(?:(?P<d>\d{{1,2}})\.\s*(?:(?P<mon>{month})s?{E}|(?P<mnum>\d{{1,2}})\.(?!\d))"
            rf"(?:\s+(?P<y>{year})|\s+(?P<ofy>{of_year}))?"
            rf"|(?<=\b(?:{w['definite_genitive']})\s)(?P<wdg>{wday})s{E})", ic)),
        # "am Abend des 15. April vergangenen Jahres", "in den frühen Morgenstunden des Sonntags"
        Rule("anchored", re.compile(  # an article only before a noun: "den Tag zuvor", not "den tags zuvor geplanten"
            rf"{B}{not_this}(?:(?:{art})\s+(?=(?-i:{_alt(lx.anchored_nouns)})\b))?(?P<an>{_alt(lx.anchored)}){E}", ic)),
        Rule("relative_unit", re.compile(
            rf"{B}(?:(?P<art>{art})\s+)?(?:(?P<part>{part})\s+(?:(?:{w['of_the']})\s+)?)?"
            rf"(?P<shift>{shift})\s+(?P<unit>{cal_units}|(?P<season>{season})|(?P<mon>{month})){E}", ic)),
        Rule("part_of_current", re.compile(
            rf"{B}(?P<part>{part})\s+(?:{w['of_current']})\s+(?P<unit>{cal_units}){E}", ic)),
        Rule("course_of_current", re.compile(
            rf"{B}(?:{w['course_of']})\s+(?:{w['of_current']})\s+(?P<unit>{cal_units}){E}(?:\s+(?P<y>{year}))?", ic)),
        Rule("ordinal_period", re.compile(
            rf"{B}(?:(?P<art>{art})\s+)?(?:(?P<on>{_alt(lx.ordinals)})|(?P<od>[1-4])\.|(?P<last>{w['last_ordinal']})"
            rf"(?=\s+\w+\s+(?:{year}|{of_year})))\s+"  # "im letzten Quartal des Jahres 2007": the fourth
            rf"(?P<unit>{_alt(u for u, c in lx.units.items() if c in {'Q', 'HY'} and u not in lx.plural_units)}"
            rf"|(?P<half>{w['half_of']})(?=\s+(?:{of_year}))){E}"
            rf"(?:\s+(?:(?P<y>{year})|(?P<ofy>{of_year})(?:\s+(?P<y2>{year}))?))?", ic)),
        Rule("month_part", re.compile(
            rf"{B}(?:(?P<art>{art})\s+)?(?:(?P<on>{_alt(lx.ordinals)})|(?P<last>{w['last_ordinal']}))\s+"
            rf"(?P<mon>{month})-?(?P<mp>{_alt(lx.month_parts)}){E}(?:\s+(?P<y>{year}))?", ic)),
        Rule("numbered_week", re.compile(  # "in der ersten Woche des Jahres", "in der 12. Kalenderwoche", "KW 12"
            rf"{B}(?:(?P<art>{art})\s+)?(?:(?P<on>{_alt(lx.ordinals)})|(?P<od>\d{{1,2}})\.|(?P<last>{w['last_ordinal']}))\s+"
            rf"(?:(?P<kw>{w['calendar_week']}){E}(?:\s+(?P<y>{year}){E})?"
            rf"|(?:{w['numbered_week']}){E}(?:\s+(?:{w['in_month']})\s+(?:(?P<ofu>{cal_units})|(?P<mon>{month})s?){E}"
            rf"(?:\s+(?P<y2>{year}){E})?|(?!\s+(?:{w['week_anchor_blockers']})\b)))"
            rf"|{B}(?:{w['calendar_week']})\s*(?P<kwn>\d{{1,2}})(?:\s*/\s*(?P<kwy>\d{{4}}))?{E}", ic)),
        Rule("nth_weekday", re.compile(
            rf"{B}(?:(?P<art>{art})\s+)?(?P<every>(?:{w['every']}|{w['every_listed']})\s+)?"
            rf"(?(every)(?:(?:{_alt(lx.ordinals)}|[1-5]\.)\s*{listed}\s+)*)"  # "jeden ersten und dritten"
            rf"(?:(?P<on>{_alt(lx.ordinals)})|(?P<od>[1-5])\.|(?P<last>{w['last_ordinal']}))\s+"
            rf"(?(every)(?:(?:{wday})\s*{listed}\s+)*)"  # "… Freitag und Samstag im Monat"
            rf"(?:(?P<wd>{wday})|(?P<we>{w['weekend_noun']}))\s+(?:{w['in_month']})\s+"
            rf"(?:(?P<mon>{month})(?:\s+(?P<y>{year}))?|(?P<anymon>{w['month_noun']})|(?P<thismon>{w['this_month_noun']})){E}",
            ic)),
        Rule("this_year", re.compile(rf"{B}(?P<ty>{_alt(lx.this_year)}){E}", ic)),
        Rule("new_year", re.compile(rf"{B}(?:{w['new_year']}){E}", ic)),
        Rule("daypart", re.compile(
            rf"{B}(?:{dprep})\s+(?P<x>(?:(?P<part>{daymod})\s+)?(?P<dp>{dpart}){E})", ic)),
        Rule("night_before", re.compile(  # "in der Nacht zum Sonntag"; "Die Nacht zu Montag wird kalt"
            rf"{B}(?:(?:{dprep})\s+)?(?P<x>(?P<dp>{dpart})\s+(?:(?:{w['night_from']})\s+(?:{wday})\s+)?"
            rf"(?:{w['night_to']})\s+(?:(?:(?P<nshift>{shift})\s+)?(?P<wd>{wday})|(?P<nrd>{reld_plain}){E}"
            rf"|(?P<nd>\d{{1,2}})\.\s*(?P<nmon>{month}){E}"
            rf"(?:\s+(?P<ny>{year}))?))", ic)),
        Rule("night_of_day", re.compile(
            rf"{B}(?:{dprep})\s+(?P<x>(?P<dp>{night})\s+(?:{w['night_from']})\s+(?P<d>\d{{1,2}})\.)"
            rf"(?=\s*(?:{w['night_to']})\s+\d{{1,2}}\.\s*(?:{month}){E})", ic)),
        Rule("anchored_daypart", re.compile(
            rf"{B}(?:(?P<art>{art})\s+)?(?:(?P<adw>{_alt(lx.anchored_daypart)})\s+(?P<dp>{dnoun})"
            rf"|(?P<adc>{_alt(lx.anchored_daypart_compounds)})s?){E}", ic)),
        Rule("daypart_direction", re.compile(  # "am Abend davor", "in der Nacht darauf"
            rf"{B}(?:(?P<part>{daymod})\s+)?(?P<ddp>(?-i:{dnoun_cap}))\s+"  # a noun: not "hat früh darauf reagiert"
            rf"(?P<adir>{_alt(lx.anchored_daypart_directions)}){E}", ic)),
        Rule("daypart_of_anchored_day", re.compile(  # "am Abend desselben Tages", "Morgen des folgenden Tages"
            rf"{B}(?P<dp>{dnoun})\s+(?:{w['day_genitive_article']})(?P<adw>{_alt(lx.anchored_daypart)})\s+"
            rf"(?:{w['day_genitive']}){E}", ic)),
        Rule("shifted_daypart", re.compile(
            rf"{B}(?:(?P<art>{art})\s+)?(?P<shift>{shift})\s+(?P<dp>{night}){E}", ic)),
        Rule("weekend", re.compile(
            rf"{B}(?:{dprep}|{w['weekend_preposition']})\s+"
            rf"(?P<x>(?P<we>{_alt(u for u, c in lx.units.items() if c == 'WE')}){E})", ic)),
        Rule("relative_day", re.compile(
            rf"{B}(?P<rd>{reld}){E}(?:\s+(?P<dp>{dpart}){E}|\s+(?P<dn>{w['day_noun']}){E})?", ic)),
        Rule("weekday_plural", re.compile(
            rf"{B}(?:{w['plural_day_preposition']})\s+(?P<x>(?:(?P<art>{art})\s+)?"
            rf"(?P<wpl>{_alt(lx.weekday_plurals)})){E}(?!\s*,?\s*\d)", ic)),  # (not "an den Sonntagen 24. Januar
        # und 28. Februar": the days are told)
        Rule("weekday_abbreviation", re.compile(  # opening hours: "Di-Fr 11-18 Uhr, Sa 12-16 Uhr", "Do 10 - 22 Uhr"
            rf"{B}(?-i:(?P<wa>{wabbr}))\.?(?=(?:\s*(?:-|–|/|,|{w['and']}|bis)\s*(?-i:{wabbr})\.?)*,?\s+"
            rf"(?:(?:{tprep})\s+)?\d{{1,2}}(?:[.:]\d{{2}})?\s*(?:-|–|bis)\s*\d{{1,2}}(?:[.:]\d{{2}})?\s*"
            rf"(?:{uhr}){E})", ic)),
        Rule("weekday", re.compile(
            rf"{B}(?:(?P<radj>{_alt(lx.relative_day_adjectives)})\s+)?(?P<x>(?:(?P<shift>{shift})\s+)?"
            rf"(?P<wd>{wday})(?P<dp>{dpart})?{E}(?:\s+(?P<dp2>{dpart}){E})?"
            rf"(?:\s+(?P<wshift>{shift})\s+(?:{w['week_genitive']}){E})?"
            rf"(?:(?=\s+(?:{w['and']})\s+(?:{wday})\s+(?P<lshift>{shift})\s+(?:{w['week_genitive']}){E}))?"
            rf"(?:\s+(?:{w['week_of']})\s+(?P<wanch>{_alt(k for k, (c, _) in lx.anchored.items() if c == 'W')}){E})?"
            rf"(?:\s+(?:{w['weeks_ago']})\s+(?P<wago>{num})\s+(?:{w['week_nouns']}){E})?"
            rf"(?:\s+(?P<wdir>{w['weekday_directions']}){E}(?!\s*(?:{w['weekday_direction_blockers']})))?)", ic)),
        Rule("time", re.compile(
            rf"{B}(?:(?P<tp>{tprep})\s+)?"
            rf"(?P<x>(?:(?P<h>\d{{1,2}})(?:[.:](?P<mi>\d{{2}}))?\s*(?:{uhr}|{w['time_zone']})(?:\s+(?P<mi2>\d{{2}}){E})?"
            rf"|(?P<hw>{numw})\s+{uhr}{E}|(?:{w['half_hour']})\s+(?P<half>{numw}|\d{{1,2}})(?:\s+{uhr})?{E}"
            rf"|(?:(?P<qpast>{w['quarter_past']})|{w['quarter_to']})\s+(?P<quarter>{numw}|\d{{1,2}})(?:\s+{uhr})?{E}"
            rf"|(?P<mid>{w['midnight']}){E}"
            rf"|(?:{after_opener})(?P<bw>{hourw})(?=\s+(?:{join})\s+(?:{clock}|{hourw})\s*(?:{uhr}){E})"
            # "von acht bis 18 Uhr", "zwischen sieben und acht Uhr"
            rf"|(?<![\d)]\s)(?P<bh>\d{{1,2}})(?:[.:](?P<bmi>\d{{2}}))?(?=\s*(?:{join})\s*(?:(?:{tprep})\s+)?{clock}\s*(?:{uhr}|{next_range}))"
            rf"|(?<![\d)]\s\d-)(?:(?<=\d-)|(?<=\d–){words_joined})(?P<eh>\d{{1,2}})(?:[.:](?P<emi>\d{{2}}))?(?={next_range})"
            # "8.30-[12] und …", "von 9 bis [12] und von 14 bis 18 Uhr"
            rf"|{w['bare_hour_after_um']}(?P<uh>\d{{1,2}})(?:[.:](?P<umi>\d{{2}}))?(?![.,]\d)(?=\s*[,.;)]|\s+(?:{dpart}|{w['bare_hour_verbs']})\b"
            rf"|\s+(?:{w['and']})\s+(?:(?:{tprep})\s+)?{clock}\s*(?:{uhr}){E})"  # "um 18 und um 20 Uhr"
            rf"|{w['clock_after_preposition']}(?P<ch>\d{{1,2}})[.:](?P<cmi>\d{{2}})(?![.,]?\d)(?!\s*(?:{w['clock_blockers']})))"
            rf"(?:\s+(?P<dp>{dpart}){E})?)", ic)),
        Rule("anchored_shift", re.compile(
            rf"{B}(?:(?P<qmod>{qmod})\s+)?(?P<num>{num})\s+(?P<unit>{units})\s+(?P<dir>{direction}){E}", ic)),
        Rule("duration", re.compile(
            rf"{B}(?:(?P<art>{art_noun})\s+)?(?:(?P<shift>{shift})\s+)?(?:(?P<qmod>{qmod})\s+)?"
            rf"(?P<num>{num})(?:\s+|-)(?:(?:{w['duration_adjectives']})\s+)?(?P<unit>{units}){E}(?(art)(?!-\w))"
            rf"(?:\s+(?:{w['and']})\s+(?P<num2>{num})\s+(?P<unit2>{units}){E})?(?:\s+(?:{w['lasting']}){E})?", ic)),
        Rule("fraction_duration", re.compile(  # "nach einer Viertelstunde", "seit einem Vierteljahrhundert"
            rf"{B}(?:(?P<qmod>{qmod})\s+)?(?:(?P<num>{numw})\s+)?(?P<fu>{_alt(lx.fraction_units)})(?:e?n|s)?{E}"
            rf"(?:\s+(?:{w['lasting']}){E})?", ic)),
        Rule("duration_adjective", re.compile(
            rf"{B}(?:(?P<qmod>{qmod})\s+)?(?P<num>\d+(?:,\d+)?-?|{numw}|{_alt(lx.duration_adjective_prefixes)})"
            rf"(?P<stem>{_alt(set(lx.duration_adjectives) - lx.head_duration_adjectives)}"
            rf"|(?:{_alt(lx.head_duration_adjectives)})(?=(?:e[nmrs]?)?\s+(?:[a-zäöüß]+\s+)?(?-i:{span_heads})(?:e?[sn])?{E}))"
            rf"(?:e[nmrs]?)?{E}", ic)),
        Rule("vague_duration", re.compile(
            rf"{B}(?:(?P<art>{art_noun})\s+)?(?:(?P<shift>{shift})\s+)?(?:(?P<vq>{vagq}|{w['all_these']})\s+)(?P<unit>{plural_units}){E}"
            # "wenige Tage später": after the day told, no span; not "wartete einige Tage darauf, dass …"
            rf"(?:\s+(?P<vdir>{vague_dir}){E}(?!\s*(?:{w['weekday_direction_blockers']})))?"
            rf"|{B}(?:(?P<art2>{art})\s+)(?P<shift2>{shift})\s+(?P<unit2>{plural_units}){E}"
            rf"|{B}(?P<vd>{_alt(lx.vague_durations)}){E}", ic)),
        Rule("bare_plural", re.compile(
            rf"{B}(?:{_alt(lg.words(_R + 'plural_unit_prepositions.txt'))})\s+(?P<x>(?P<unit>{plural_units}){E})", ic)),
        Rule("set", re.compile(
            rf"{B}(?P<set>{_alt(lx.sets)}){E}"
            rf"|{B}(?:{w['every_n']})\s+(?P<snum>{num})\s+(?P<sunit>{units}){E}"
            rf"|{B}(?:{w['every']})\s+(?P<sord>{nth})\s+(?:(?P<sunit4>{per_units})|(?P<swd2>{wday})){E}"
            rf"|{B}(?:{w['every']})\s+(?P<swd>{wday})(?P<swdp>{dnoun})?{E}"
            rf"|{B}(?:{w['every']})\s+(?P<sseason>{season}){E}"
            rf"|{B}(?:{w['every']})\s+(?P<smon>{month}){E}"
            rf"|{B}(?:{w['every']})\s+(?P<sdp>{dnoun}){E}"
            rf"|{B}(?P<wds>{_alt(lx.weekday_sets)}){E}"
            rf"|{w['per_after_times']}\s+(?P<sunit2>{units}){E}"
            rf"|{B}(?:{w['per_after_count']})\s+(?P<sunit3>{per_units}){E}"
            rf"(?!\s+(?:{w['per_count_blockers']}))", ic)),
        Rule("reference", re.compile(
            rf"{B}(?:{art})\s+(?P<ref>{_alt(lx.reference_nouns)}){E}"
            rf"|{B}(?P<ref2>{_alt(lx.references)}){E}", ic)),
        Rule("reference_prefix", re.compile(
            rf"{B}(?P<pre>{_alt(lx.reference_prefixes)})(?=-[A-ZÄÖÜ])")),
        Rule("narrative_reference", re.compile(rf"{B}(?P<nref>{_alt(lx.narrative_references)}){E}", ic)),
        Rule("holiday", re.compile(  # "Silvesterabend", "Neujahrsmorgen": a part of the holiday
            rf"{B}(?:(?:{dprep})\s+(?=(?:{night})\s))?(?P<x>(?:(?P<night>{night})\s+(?:{w['night_to']})\s+)?"
            rf"(?:(?P<shift>{shift})\s+)?(?P<hol>{_alt(lx.holidays)})(?:s?(?P<dp>{dnoun}))?{E}"  # "Nacht zu Ostern"
            rf"(?:\s+(?:(?:{year_gen})\s+)?(?P<y>{year})(?:/(?P<y2>\d{{2}}(?:\d{{2}})?)\b)?)?)",  # "zum Jahreswechsel
            # 2008/09", "um den Valentinstag des Jahres 1349"
            ic)),  # "in der vergangenen Silvesternacht": the one a year back
        Rule("season", re.compile(
            rf"{B}(?:(?P<part>{part})\s+(?:(?:{w['of_the']})\s+)?)?(?P<season>{season}){E}"
            rf"(?:\s+(?:(?:{year_gen})\s+)?(?P<y>{year})|\s+(?P<ofy>{of_year}))?", ic)),
    ]
    pmods = _alt(lx.point_mods)
    rart = w["range_article"]
    return Grammar(
        lexicon=lx,
        rules=tuple(rules),
        point_mod=re.compile(rf"(?:^|\W)(?P<pm>{pmods})\s*$", ic),
        range_open=re.compile(rf"(?:^|\W)(?P<o>{_alt(lx.range_open)})\s+(?:(?:{rart})\s+)?$", ic),
        range_join=re.compile(rf"^\s*(?P<j>{join})\s*(?:(?:{rart})\s+)?$", ic),
        count_before=re.compile(rf"(?:\d[\d.,]*|{B}(?:{numw}))\s*[%€$]?(?:\s+[\w%€$-]+){{0,3}}\s+$", ic),
        apposition_gap=re.compile(rf"\s*,\s*(?:(?:{_alt(appositions)})\s+)?", ic),
        daypart_gap=re.compile(rf"\s+(?:{dprep})\s+", ic),
        night_join=re.compile(rf"\s+(?:{w['night_to']})\s+", ic),
        eve_gap=re.compile(rf"s?\s+(?:{w['eve_of']})\s+(?:(?:{w['date_article']})\s+)?", ic),
        weekday_date_gap=re.compile(rf"\s*,\s*(?:(?:{w['weekday_date_article']})\s+)?", ic),
        day_joined_before=re.compile(rf"(?<![\d.])\d{{1,2}}\.\s*(?:[–/-]|{join}|,)$", ic),
        every_before=re.compile(rf"\b(?:{w['every_n']})\s+$", ic),
        alternative_gap=re.compile(rf"\s+(?:{w['alternative_join']})\s+", ic),
        age_contexts=lg.patterns(_R + "age_contexts.txt", ic),
        count_range_first=re.compile(rf"(?<![\w.,])(?P<n>\d+|{numw})\s*(?:{w['count_range_join']})\s*$", ic),
        night_range_end=re.compile(rf"\s*(?:{join}|[–-])\s*(\d{{1,2}})(?:[.:]\d\d)?\s*(?:{uhr}){E}", ic),
        clock_follows=re.compile(rf"\s+(?:(?:{tprep})\s+)?\d{{1,2}}(?:[.:]\d\d)?\s*(?:{uhr}){E}", ic),
        time_day_gap=re.compile(rf"\s+(?:{w['time_day_preposition']})\s+", ic),
        each_day_gap=re.compile(rf"\W*(?:{w['each_day']})\s+(?:(?:{tprep})\s+)?", ic),
        weekday_range=re.compile(rf"\b(?:(?:{wday})\s*(?:{_alt(lx.range_join)})\s*(?:{wday})|(?:{_alt(lx.range_open)})"
                                 rf"\s+(?:{wday})\s+(?:{_alt(lx.range_join_opened)})\s+(?:{wday}))\b", ic),
        idioms=lg.patterns(_R + "non_temporal_idioms.txt", ic),
    )
