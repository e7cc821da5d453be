"""The temporal grammar: a handful of big regular expressions compiled once from
the language's data files (month/weekday names, number words, units, modifiers …).

Each rule is one compiled pattern with named groups; the tagger runs every rule
over the text, keeps the longest non-overlapping matches and hands the groups to
the normaliser. Nothing German lives here — only the shapes of expressions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from chronik.lang import load

_R = "temporal/"


def _alt(words) -> str:
    """Regex alternation of literal words, longest first (so "Jahres" beats "Jahr")."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _num(x: str) -> float:
    v = float(x)
    return int(v) if v.is_integer() else v


@dataclass(frozen=True)
class Lexicon:
    """Language data for the grammar, lower-cased keys."""

    months: dict[str, int]
    weekdays: dict[str, int]
    weekday_sets: dict[str, int]
    numbers: dict[str, float]
    ordinals: dict[str, int]
    decades: dict[str, int]
    units: dict[str, str]
    plural_units: frozenset[str]
    vague_durations: dict[str, str]
    vague_quantities: frozenset[str]
    day_parts: dict[str, str]
    seasons: dict[str, str]
    relative_days: dict[str, int]
    anchored: dict[str, tuple[str, int]]
    directions: dict[str, int]
    references: dict[str, str]
    shifts: dict[str, int]
    this_year: frozenset[str]
    parts: dict[str, str]
    part_compounds: dict[str, tuple[str, str]]
    quantity_mods: dict[str, str]
    point_mods: dict[str, str]
    holidays: dict[str, str]
    sets: dict[str, str]
    range_open: frozenset[str]
    range_join: frozenset[str]

    def shift_of(self, word: str) -> int | None:
        """Offset of an inflected shift word ("vergangenen" → -1)."""
        w = word.lower()
        for stem in sorted(self.shifts, key=len, reverse=True):
            if w.startswith(stem) and len(w) - len(stem) <= 2:
                return self.shifts[stem]
        return None

    def number(self, word: str) -> float | None:
        w = word.lower().replace(",", ".")
        if re.fullmatch(r"\d+(?:\.\d+)?", w):
            return _num(w)
        return self.numbers.get(w)


@lru_cache(maxsize=None)
def lexicon(lang: str = "de") -> Lexicon:
    lg = load(lang)

    def m(name: str) -> dict[str, str]:
        return lg.mapping(_R + name)

    def t(name: str) -> tuple[tuple[str, ...], ...]:
        return lg.table(_R + name)

    connectors = t("range_connectors.tsv")
    return Lexicon(
        months={k: int(v) for k, v in m("months.tsv").items()},
        weekdays={k: int(v) for k, v in m("weekdays.tsv").items()},
        weekday_sets={k: int(v) for k, v in m("weekdays_set.tsv").items()},
        numbers={k: _num(v) for k, v in m("numbers.tsv").items()},
        ordinals={k: int(v) for k, v in m("ordinals.tsv").items()},
        decades={k: int(v) for k, v in m("decades.tsv").items()},
        units=m("units.tsv"),
        plural_units=frozenset(r[0].lower() for r in t("units.tsv") if r[2:] == ("pl",)),
        vague_durations=m("vague_durations.tsv"),
        vague_quantities=lg.wordset(_R + "vague_quantities.txt"),
        day_parts=m("day_parts.tsv"),
        seasons=m("seasons.tsv"),
        relative_days={k: int(v) for k, v in m("relative_days.tsv").items()},
        anchored={r[0].lower(): (r[1], int(r[2])) for r in t("anchored_days.tsv")},
        directions={k: int(v) for k, v in m("anchored_directions.tsv").items()},
        references=m("reference_words.tsv"),
        shifts={k: int(v) for k, v in m("shift_words.tsv").items()},
        this_year=lg.wordset(_R + "this_year_words.txt"),
        parts=m("part_modifiers.tsv"),
        part_compounds={r[0].lower(): (r[1], r[2]) for r in t("part_compounds.tsv")},
        quantity_mods=m("quantity_modifiers.tsv"),
        point_mods=m("point_modifiers.tsv"),
        holidays=m("holidays.tsv"),
        sets=m("sets.tsv"),
        range_open=frozenset(r[0].lower() for r in connectors if r[1] == "open"),
        range_join=frozenset(r[0].lower() for r in connectors if r[1] == "join"),
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


B = r"(?<![\w.])"  # left word boundary that also refuses "1.5" continuations
E = r"(?!\w)"


@lru_cache(maxsize=None)
def grammar(lang: str = "de") -> Grammar:
    lx = lexicon(lang)
    lg = load(lang)
    art = _alt(lg.words(_R + "articles.txt"))
    month = _alt(lx.months)
    wday = _alt(lx.weekdays)
    numw = _alt(lx.numbers)
    num = rf"(?:\d+(?:,\d+)?|{numw})"
    units = _alt(lx.units)
    plural_units = _alt(lx.plural_units)
    cal_units = _alt(u for u, c in lx.units.items() if c in {"Y", "M", "W", "WE", "DE", "CE", "Q", "HY", "D"})
    part = _alt(lx.parts)
    shift = rf"(?:{_alt(lx.shifts)})(?:e[mnrs]?|e)?"
    dpart = _alt(lx.day_parts)
    season = _alt(lx.seasons)
    reld = _alt(lx.relative_days)
    qmod = _alt(lx.quantity_mods)
    vagq = _alt(lx.vague_quantities)
    ordn = rf"(?:{_alt(lx.ordinals)})(?:e[mnrs]?|e)"
    decw = _alt(lx.decades)
    blockers = "|".join(lg.words(_R + "year_blockers.txt"))
    year = rf"(?:1\d{{3}}|20\d{{2}})(?![\d.,]\d)(?!\s*(?:{blockers}))"
    bc = r"v\.\s?Chr\.?|vor\s+Christus"
    direction = _alt(lx.directions)
    tprep = _alt(lg.words(_R + "time_prepositions.txt"))
    dprep = _alt(lg.words(_R + "daypart_prepositions.txt"))
    conn_words = sorted(lx.range_join, key=len, reverse=True)
    join = "|".join(re.escape(w) for w in conn_words)
    of_year = rf"(?:(?:des|dieses|{shift})\s+Jahres)"

    I = re.IGNORECASE
    rules = [
        Rule("date_num", re.compile(
            rf"{B}(?:(?P<wd>{wday})\s*,?\s*(?:(?:den|dem)\s+)?)?(?P<d>\d{{1,2}})\.\s?(?P<m>\d{{1,2}})\.\s?(?P<y>\d{{4}}|\d{{2}})(?![\d.]\d)"
            rf"|{B}(?P<iy>\d{{4}})-(?P<im>\d{{2}})-(?P<id>\d{{2}}){E}", I)),
        Rule("date_dm", re.compile(
            rf"{B}(?:(?P<wd>{wday})\s*,?\s*(?:(?:den|dem)\s+)?)?(?P<d>\d{{1,2}})\.\s*(?P<mon>{month}){E}(?:\.)?"
            rf"(?:\s*(?P<y>\d{{4}}(?!\d)|\d{{1,4}}(?=\s*(?:{bc})))(?:\s*(?P<bc>{bc}))?|\s+(?P<ofy>{of_year}))?", I)),
        Rule("day_only", re.compile(
            rf"{B}(?P<d>\d{{1,2}})\.(?=\s*(?:{join})\s*(?:zum\s+)?\d{{1,2}}\.\s*(?:{month}){E})", I)),
        Rule("month", re.compile(
            rf"{B}(?:(?P<part>{part})\s+)?(?P<mon>{month}){E}\.?"
            rf"(?:\s*(?P<y>{year})|\s+(?P<ofy>{of_year})(?:\s+(?P<y2>{year}))?)?", I)),
        Rule("year", re.compile(
            rf"{B}(?:(?:(?P<art>{art})\s+)?(?P<jahr>Jahre?s?)\s+)?"
            rf"(?:(?P<part>{part})\s+(?:(?:des\s+)?Jahres\s+)?)?"
            rf"(?:(?P<y>{year})|(?P<by>\d{{1,4}})\s*(?P<bc>{bc})|(?<=Jahr )(?P<sy>\d{{3}}){E}|(?<=Jahre )(?P<sy2>\d{{3}}){E})", I)),
        Rule("decade", re.compile(
            rf"{B}(?:(?P<art>{art})\s+)?(?:(?P<part>{part})\s+(?:der\s+)?)?"
            rf"(?:(?P<dw>{decw})|(?P<dn>(?:1\d|20)?\d0)er)(?:\s*-?\s*Jahren?|n|(?=\s))", I)),
        Rule("century", re.compile(
            rf"{B}(?:(?P<art>{art})\s+)?(?:(?P<part>{part})\s+(?:des\s+)?)?(?P<c>\d{{1,2}})\.\s*Jahrhunderts?{E}", I)),
        Rule("part_compound", re.compile(rf"{B}(?P<pc>{_alt(lx.part_compounds)}){E}", I)),
        Rule("relative_unit", re.compile(
            rf"{B}(?:(?P<art>{art})\s+)?(?:(?P<part>{part})\s+(?:(?:des|der)\s+)?)?"
            rf"(?P<shift>{shift})\s+(?P<unit>{cal_units}|(?P<season>{season})|(?P<mon>{month})){E}", I)),
        Rule("part_of_current", re.compile(
            rf"{B}(?P<part>{part})\s+(?:des|der|dieses|diesen)\s+(?P<unit>{cal_units}){E}", I)),
        Rule("this_year", re.compile(rf"{B}(?P<ty>{_alt(lx.this_year)}){E}", I)),
        Rule("relative_day", re.compile(
            rf"{B}(?P<rd>{reld}){E}(?:\s+(?P<dp>{dpart}){E})?", I)),
        Rule("weekday", re.compile(
            rf"{B}(?:(?P<shift>{shift})\s+)?(?P<wd>{wday})(?P<dp>{dpart})?{E}(?:\s+(?P<dp2>{dpart}){E})?", I)),
        Rule("daypart", re.compile(
            rf"(?<=(?:{dprep})\s)(?P<mod>frühen\s+|späten\s+)?(?P<dp>{dpart}){E}", I)),
        Rule("time", re.compile(
            rf"{B}(?:(?P<h>\d{{1,2}})(?:[.:](?P<mi>\d{{2}}))?\s*Uhr(?:\s+(?P<mi2>\d{{2}}){E})?"
            rf"|(?P<hw>{numw})\s+Uhr{E}|halb\s+(?P<half>{numw}|\d{{1,2}}){E}"
            rf"|(?<=(?:{tprep})\s)(?P<bh>\d{{1,2}})(?:[.:](?P<bmi>\d{{2}}))?(?=\s*(?:{join})\s*\d{{1,2}}(?:[.:]\d{{2}})?\s*Uhr)"
            rf"|(?<=\bum\s)(?P<uh>\d{{1,2}})(?:[.:](?P<umi>\d{{2}}))?(?=\s*[,.;)]|\s+(?:{dpart}|und|beginnt|startet|geht|gibt|findet|ist|wird)\b))"
            rf"(?:\s+(?P<dp>{dpart}){E})?", I)),
        Rule("anchored_shift", re.compile(
            rf"{B}(?:(?P<qmod>{qmod})\s+)?(?P<num>{num})\s+(?P<unit>{units})\s+(?P<dir>{direction}){E}", I)),
        Rule("anchored", re.compile(rf"{B}(?P<an>{_alt(lx.anchored)}){E}", I)),
        Rule("duration", re.compile(
            rf"{B}(?:(?P<art>{art})\s+)?(?:(?P<shift>{shift})\s+)?(?:(?P<qmod>{qmod})\s+)?(?:ein\s+)?"
            rf"(?P<num>{num})(?:\s+|-)(?:(?:lange|langen|ganze|ganzen|volle|vollen|knappes|gutes|knappe|gute|wertvolles)\s+)?(?P<unit>{units}){E}"
            rf"(?:\s+und\s+(?P<num2>{num})\s+(?P<unit2>{units}){E})?(?:\s+(?P<lang>lang){E})?", I)),
        Rule("vague_duration", re.compile(
            rf"{B}(?:(?P<art>{art})\s+)?(?:(?P<shift>{shift})\s+)?(?:(?P<vq>{vagq}|all\s+diese)\s+)(?P<unit>{plural_units}){E}"
            rf"|{B}(?:(?P<art2>{art})\s+)(?P<shift2>{shift})\s+(?P<unit2>{plural_units}){E}"
            rf"|{B}(?P<vd>{_alt(lx.vague_durations)}){E}"
            rf"|(?<=(?:seit|vor|nach|in|für)\s)(?P<unit3>{plural_units}){E}", I)),
        Rule("set", re.compile(
            rf"{B}(?P<set>{_alt(lx.sets)}){E}"
            rf"|{B}alle\s+(?P<snum>{num})\s+(?P<sunit>{units}){E}"
            rf"|{B}(?:jeden|jede)\s+(?P<swd>{wday}){E}"
            rf"|{B}(?P<wds>{_alt(lx.weekday_sets)}){E}"
            rf"|(?<=mal\s)(?:im|pro|in\s+der)\s+(?P<sunit2>{units}){E}", I)),
        Rule("reference", re.compile(rf"{B}(?:(?P<art>{art})\s+)?(?P<ref>{_alt(lx.references)}){E}", I)),
        Rule("holiday", re.compile(rf"{B}(?P<hol>{_alt(lx.holidays)}){E}(?:\s+(?P<y>{year}))?", I)),
        Rule("season", re.compile(
            rf"{B}(?:(?P<part>{part})\s+(?:des\s+)?)?(?P<season>{season}){E}(?:\s+(?:des\s+Jahres\s+)?(?P<y>{year}))?", I)),
        Rule("ordinal_week", re.compile(rf"{B}(?P<art>{art})\s+(?P<ord>{ordn})\s+(?P<unit>Woche){E}", I)),
    ]
    pmods = _alt(lx.point_mods)
    return Grammar(
        lexicon=lx,
        rules=tuple(rules),
        point_mod=re.compile(rf"(?:^|\W)(?P<pm>{pmods})\s*$", I),
        range_open=re.compile(rf"(?:^|\W)(?P<o>{_alt(lx.range_open)})\s+(?:(?:dem|der|den)\s+)?$", I),
        range_join=re.compile(rf"^\s*(?:{join})\s*(?:(?:zum|zur|dem|der|den)\s+)?$", I),
    )
