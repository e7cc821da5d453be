"""Turn one grammar match into a TIMEX3 type/value/mod.

Resolution context: the reference date (the document date for news, the last
mentioned date for narratives), the last mentioned day and year (for "am
Vortag", "im Juni" after "1943 …"), and the clause tense (``tense.py``).
Each grammar rule ``name`` has a method ``r_<name>`` here.
"""

from __future__ import annotations

import calendar
import datetime as dt
import itertools
import re
from dataclasses import dataclass, field

from chronik.document import Span, Timex
from chronik.lang import load
from chronik.temporal import calendar as cal
from chronik.temporal.grammar import Grammar, span_of
from chronik.temporal.tense import (
    DROPPED,
    FUTURE,
    NEAR,
    PAST,
    PRESENT,
    SOON,
    clause_at,
    clause_with_opener,
    has_finite_verb,
    in_pluperfect,
    markers,
    quoted_speech,
    tense_at,
    tense_of,
    verb_shaped,
)

LATE_DAY_PARTS = frozenset({"AF", "EV", "NI"})  # day parts after which "um 8 Uhr" is 20:00
EVENING_HOUR = 18  # a range of hours from this one on to a morning hour ends on the next day
WORD_CLOCK_AFTER_HOURS = 6  # a clock word ("halb zwei") this few hours after an afternoon time told is in the afternoon
NIGHT_END_HOUR = 6  # hours up to this one belong to a night's second day
NIGHTLY_START = 20  # a range of hours from this one to the morning, told with a modal, is a rule for every night
WEEK_DAYS = 7  # "am selben Tag der Vorwoche": a day a whole week back counts from the day of the figures
WEEKEND_FIRST_DAY = 6  # ISO weekday a weekend starts on: before it, "am kommenden Wochenende" is this week's
DAY_RULES = frozenset({"time", "relative_day", "weekday", "date_dm", "date_num"})
DAY_OR_MONTH_RULES = DAY_RULES | {"weekend", "date_dm_num", "date_this_month", "day_only", "month", "daypart",
                                  "night_before", "night_of_day", "holiday", "anchored_daypart",
                                  "daypart_of_anchored_day", "shifted_daypart"}
NEW_DECADE_YEARS = 4  # a decade word names the current decade only after this many of its years
_ATTRIBUTE_AFTER = re.compile(  # "1939 geborenen Künstlers": a participle used as an adjective after a year
    r"(?:\s+(?:und|bis|oder)\s+\d{4})?"  # "die 2015 und 2016 angefallenen Kosten"
    r"(?:\s+[a-zäöüß]{3,}(?:isch|lich|ig|mals|weise))?"  # "seit 1939 italienisch okkupierten Albanien"
    r"(?:\s+(?:in|im|am|an|auf|bei)\s+[A-ZÄÖÜ][\w-]*)?"  # "die 1964 in Berlin geborene Politologin"
    r"\s+(?:[a-zäöüß]*(?:ge|er|ver|be|ent|zer)[a-zäöüß]{2,}(?:te|ten|ter|tes|tem|ene|enen|ener|enes|enem)"
    r"|[a-zäöüß]{3,}ierte[nrsm]?)\s+[A-ZÄÖÜ]")
_ASIDE_PARTICIPLE_AFTER = re.compile(  # "Das Kunstfest, 1990 gegründet, beginnt …": a participle aside, up to six
    r"(?:\s+[^,.;:!?\s]+){0,6}?\s+(?:[a-zäöüß]*ge[a-zäöüß]{2,}(?:t|en)|[a-zäöüß]{3,}iert)\s*(?:,|\s[-–]\s)")
# words between ("Das Theater, 2015 zum besten Theater des Landes gewählt, musste am 6. Mai schließen")
_TARGET_YEAR = re.compile(r"\bbis\s+(?:zum\s+|ins\s+)?(?:Jahre?\s+)?(\d{4})$", re.IGNORECASE)
_APPOSITION_AFTER_YEAR = re.compile(r"\d{4}\s+((?:eine?r?|de[rsmn]|die|das|noch|schon)\s[^,.;:!?()]{2,60}),")
_APPOSITION_BEFORE_YEAR = re.compile(  # ", Träger des Bayerischen Kabarettpreises 2017,": a noun's year closes it
    r",\s*((?-i:[A-ZÄÖÜ])[^,.;:!?()\d]{0,60}\s(?-i:[A-ZÄÖÜ])[\w-]+)\s+$")
_APPOSITION_AROUND_YEAR = re.compile(  # ", Präsident von Real beim Sieg 1998 mit Trainer Heynckes, war": the year
    # (at the NUL) inside a comma-delimited aside that starts with a capital and is followed by a verb
    r"(?s:.*),\s*((?-i:[A-ZÄÖÜ])[^,.;:!?()\0]{0,70})\0\d{4}([^,.;:!?()\0]{0,60}),\s+(\w+)")
_MONTH_NOUN_ARTICLE = re.compile(r"\b(?:der|den|dem|des)\s+$", re.IGNORECASE)  # "Der März kann als …": the month
# as a noun, which refers back to one just told; not "vor April", "ab September"
_SPAN_OR_MOVE_AFTER = re.compile(r"\s*(?:bis|-|–|/|und|an\b|in\s|auf\s|zu[mr]?\s|nach\s)")  # "vom 18. bis",
# "vom 1. Juli an", "vom April in den Mai": "vom" opens a span or a move, it dates no thing
_ADVERB_OF_ADJECTIVE = re.compile(r"\s+([a-zäöüß]+e[nrsm]?)\s+(?-i:[A-ZÄÖÜ])")  # "traditionell wichtige Treffen"
_TITLE_AFTER = re.compile(r':\s+[A-ZÄÖÜ]|[“”"«»]')  # a year before a colon and a capital heads a title;
# one before a closing quote ends one ("„Wonder Woman 1984“ haben neue Starttermine im Juli")
_WEEKDAY_SET = re.compile(r"XXXX-WXX-\d")  # every such weekday
_WEEK = re.compile(r"(\d{4})-W(\d\d)")  # one ISO week
_WEEKEND = re.compile(r"(\d{4})-W(\d\d)-WE")  # one weekend
_MONTH_VALUE = re.compile(r"(\d{4})-(\d\d)")  # one month
_NIGHT_VALUE = re.compile(r"(\d{4}-\d\d-\d\d)TNI")  # the night starting on a day
_CLOCK_VALUE = re.compile(r"(\d{4}-\d\d-\d\d)T(\d\d):\d\d")  # a clock time of a day
_LATE_TIME_VALUE = re.compile(r"(\d{4}-\d\d-\d\d)T(?:MI|AF|EV|NI|1[2-9]:\d\d|2[0-4]:\d\d)")  # noon or later
_STORY_OPENER = re.compile(r"\W*(?:\w+\s+)?")  # the start of a sentence up to a date that opens it
_AFTER_OPENER = re.compile(r"\W*(?:\w+\s+){0,2}[Nn]ach\s+")  # "Eine Woche nach Ostersonntag sprach sie …"
_SEASON_VALUE = re.compile(r"(\d{4})-(SP|SU|FA|WI)")
_FIGURE_LABEL = re.compile(r"\s*:\s*\d+(?:,\d+)?(?![\d.:])\s*(\w*)")  # a day labelling a figure ("(Freitag: 25,1)")
_QUOTE_OPENED = re.compile(r":\s*[\"„“»«]\s*$")  # a quotation opened after a colon starts a sentence of its own
_CLOCK_UNITS = frozenset({"H", "MIN"})  # "zwei Stunden später", "zehn Minuten später": within the day told
_RECENT_UNITS = frozenset({"D", "W", "M", "H", "MIN"})  # "zwei Tage später" counts from a year told just now only
_LIST_GAP = re.compile(r"\s*(?:,|,?\s*(?:und|oder|sowie)(?:\s+zusätzlich)?\s)\s*")  # "Samstag und Sonntag",
# "Samstag, Sonntag", "Montag bis Freitag 8 bis 12 Uhr und zusätzlich Donnerstag"
_LIST_ITEM_GAP = re.compile(_LIST_GAP.pattern + r"(?:(?:im|am|in|an|zu)\s+)?")  # items of one list:
# "Ende September, Anfang Oktober", "im Herbst und Winter"
ANCHOR_DAY_REACH = 366  # days: a present "an diesem Abend" in news is not the evening of a day told this far back
NEAR_TARGET_YEARS = 2  # a number this close to the paper's year after "für" is a year, whatever follows
LIST_STEP_DAYS = 31  # a holiday listed this close after a day is the next one ("Stefanitag und Dreikönig")
LIST_STEP_MONTHS = 4  # a list of months stepping this far on across the new year ("Dezember, Januar") goes on
NEW_YEAR_MONTHS = 2  # "im neuen Jahr" in these first months of a year is that year, later the next one
STORY_DAYS = 10  # a day told in a present clause this far behind the paper: a story in the historical present
PAST_WEEK_DAYS = 5  # "an diesem Sonntag" this far ahead in the week, told in the past: the one just gone
NEAR_DAY_REACH = 30  # a day/month this close to the reference is read in its year, whatever the tense
NEAR_HOLIDAY_REACH = 60  # a named holiday this close (Silvester in late November) is this one, whatever the tense
NEAR_YEAR_REACH = 30  # a bare four-digit number this far after the document's year can be a year
FAR_YEAR_REACH = 100  # after a year preposition ("bis 2050", "ab 2100")
WEEKDAY_YEAR_REACH = 240  # days around the reference in which "Dienstag, 17. November" is looked for
STORY_YEAR_SENTENCES = 3  # sentences after a past year told in which a day of its months keeps it
DAY_BEFORE_REACH = 3  # news: sentences after a day told in which "am Vortag" still counts from it …
DAY_BEFORE_AGE = 6  # … whatever its age; later only from a day this close to the paper's
HYPHENED_YEARS = 20  # "(2010-16)": a hyphen joins the short second year of a span this long at most
LATER_THAN_PAPER_DAYS = 7  # a past clause tells no day this far after the paper's ("Am nächsten Tag" a day on is
# fine: a report dated the evening before)
LATE_WEEKDAY = 4  # from Thursday on, the start of the week a present or future clause means is next week's
MID_YEAR_UNTIL = 8  # the middle of a year a future clause means lies ahead until August; later, next year's
COMPARED_DAY_AGE = 0  # figures compared with the day before, sentences after a day older than this: the paper's
COMPARED_DAY_FAR = 31  # … or the sentence after a day more than a month back ("am 18. Dezember der höchste Wert.
# … so hoch wie am Vortag", February)
NAMED_DAY_REACH = 2  # sentences after "am MONTAG" in which "am Nachmittag" still means that Monday
PAST_STORY_REACH = 5  # sentences after a past day in which a clock time in a past clause still falls on it
OPEN_END_BACK = 183  # days: "bis 6. Jänner" in a present clause lies ahead if this year's is longer ago
CONTINUED_YEAR_DAYS = 183  # a date continuing a programme of next year's dates lies at most this far ahead
STORY_YEAR_REACH = 100  # news: "im Vorjahr" counts from a year named just before only within this many years


_TO_THIS_DAY = re.compile(r"\bbis\s+(?:zum|auf\s+den|in\s+den)\s+$", re.IGNORECASE)  # "bis zum heutigen Tag"
_EVE_DAY = re.compile(r"(?P<d>\d{1,2})\.\s*(?P<m>\w+)|(?P<w>\w)")  # after the eve's gap: "1. Mai", "Allerheiligen"
_ORDINAL_NOUN = re.compile(r"\.\s+[A-ZÄÖÜ]")  # "1000. Tor"
_CODE_JOIN = re.compile(r"(\w*)[-/]$")  # "mRNA-1273", "6221-1234": a number joined to a code before it
_DIGIT_GROUP = re.compile(r" \d{4}\b")  # "DE43 1005 0000 0250": groups of an account number
_DIGIT_GROUP_BEFORE = re.compile(r"\b[A-Z]{2}\d\d $|\b\d{4} $")
_TIME_LABEL = re.compile(r"\s+(?:im|am|in\s+der|in\s+den)\s")  # "1700 im vergangenen Jahr"
_LABELLED_COUNT = re.compile(r"\d\s+(?:im|am|in\s+der|in\s+den)\s")  # "davon 2000 im Jahr 2011 und …"
_TRUNCATED_COMPOUND = re.compile(  # "November- und Dezemberhilfen", "Herbst- Winter-Kollektion"
    r"-\s+(?:(?:und|oder|sowie|bzw\.)\s|[A-ZÄÖÜ][a-zäöüß]+-[A-ZÄÖÜ])")


@dataclass
class Context:
    """Anchors that change while reading a document left to right."""

    ref: dt.date | None  # document date (news) — None when unknown
    narrative: bool = False
    last_day: dt.date | None = None
    last_day_sent: int = -1
    last_day_pos: int = -1  # where the last day was told: its clause's tense tells a story's present
    last_day_relative: bool = False  # the last day was counted from another ("am nächsten Tag")
    last_day_ends_span: bool = False  # "bis zum 31. Januar": no day whose evening is told next
    last_day_of_thing: bool = False  # "in ihrem Podcast vom Samstag": the day dates a thing, not the story
    last_day_by_weekday: bool = False  # the last day was told by its weekday alone
    day_before_last: tuple[dt.date, int] | None = None  # the day told before the last one, and its sentence
    since_day: tuple[dt.date, int] | None = None  # "seit Samstag … am selben Tag": a start only "selben" refers to
    named_day: dt.date | None = None  # last day given by a weekday name (diary-style paragraphs)
    named_day_sent: int = -1
    last_year: int | None = None
    last_year_sent: int = -1
    last_year_until: int | None = None  # end of the relative clause the year was told in
    last_year_contrast: bool = False  # that clause sets a contrast ("Während … 2019 …,"): it dates itself only
    last_year_pos: int = -1
    last_month: dt.date | None = None  # a day standing for the last month told without a day ("Ende Februar")
    last_month_sent: int = -1
    months_told: dict[int, tuple[int, int]] = field(default_factory=dict)  # each month told: its year and sentence
    told_year: int | None = None  # the last year told, also one that lends itself to nothing ("Haushalt für 2021")
    told_year_sent: int = -1
    told_year_since: bool = False  # the year told opened a span up to now ("seit der Krise 2008/2009")
    told_year_pos: int = -1
    week_one: dt.date | None = None  # "Start war am 1. Juli. … in der ersten Woche": the day week 1 counts from
    season_told: tuple[int, str, int] | None = None  # the last season told: its year, code and sentence
    night_told: tuple[dt.date, int] | None = None  # the last night told: the day it starts on, and its sentence
    past_told: dt.date | None = None  # the start of the last day, month or season told that lies before the report
    counted_week: tuple[dt.date, int, int] | None = None  # the last week told by number or shift: Monday, sentence, end
    week_told: tuple[dt.date, int, int, bool] | None = None  # the last week told: its Monday, sentence, end,
    # whether it frames more than a weekday right after it ("ab kommender Woche Mittwoch" only that one)
    set_day: tuple[str, int, bool] | None = None  # "samstags von 10 bis 12 Uhr": the days, sentence, a time given
    last_clock: tuple[str, int] | None = None  # the day (or XXXX-XX-XX) and hour of the last clock time told
    surnames: set[str] = field(default_factory=set)  # season words met as a surname ("Torsten Herbst")


_PARTICIPLE_ATTRIBUTE = re.compile(r"\s+[a-zäöüß]+(?:end|t|en)e[nmrs]?\s+(?-i:[A-ZÄÖÜ])")  # "… beginnenden Saison"
_THING_OF_DAY = re.compile(r"(?<=\w\s)((?-i:[A-ZÄÖÜ])[\w-]+)\s+vom\s+$")  # "in ihrem Podcast vom (Samstag)"


def _prepositions_before(preps: tuple[str, ...], between: int, word: str = r"\w") -> re.Pattern[str]:
    """Text ending in one of ``preps`` and up to ``between`` words: what stands right before a date."""
    return re.compile(rf"\b(?:{'|'.join(preps)})\s+(?:{word}+\s+){{0,{between}}}[„“\"»]?$", re.IGNORECASE)
    # (a quote may open right before the date: "kündigte er für „Ende Mai/Anfang Juni“ an")


_INDEFINITE_DAY = re.compile(r"\ban\s+einem\s+$")  # "an einem Faschingsdienstag": some such day
_JOINING_UND = re.compile(r"\bund\b")  # "hatten … zu verzeichnen und erwarten bis zum 19. April …"
_SUBORDINATE_CLAUSE = re.compile(r",\s*(\w+)\b[^,;:]*")  # a clause after a comma, by its first word
_AFTER_QUOTE = re.compile(r"[“”\"»«]\s*,\s*[^,“”\"»«]*$")  # a clause right after a closing quote and its comma


class Normaliser:
    """Turns one rule match into a Timex, reading and updating the context."""

    OLD_COUNT_YEARS = 250  # a bare number this far before the document date, a noun after it: a count
    AHEAD_COUNT_YEARS = 10  # … or this far after it
    PAIRED_YEAR_GAP = 50  # "zwischen 2014 und 2017" pairs years; "zwischen 1500 und 2000 Menschen" counts
    OLD_CUE_YEARS = 30  # … or this far before it after a count cue such as "mit" ("mit 1395 im Juli")

    def __init__(self, g: Grammar, text: str, sents: list[Span], ctx: Context, lang: str):
        self.g, self.lx, self.text, self.sents, self.ctx, self.lang = g, g.lexicon, text, sents, ctx, lang
        self._tense: dict[int, str] = {}
        self._last_direction: tuple[int, str] | None = None  # where the last day/month ended, its direction
        self._counted: tuple[dt.date, dt.date] | None = None  # the last "Vortag": its anchor and its day
        self._compared_day: tuple[dt.date, int] | None = None  # the last weekday compared with, and its sentence
        self._words: dict[int, frozenset[str]] = {}
        self._headings = _headings(text) if ctx.narrative else []
        lg = load(lang)
        self.present_ref = lg.patterns("temporal/present_ref_contexts.txt", re.IGNORECASE)
        self.future_ref = lg.patterns("temporal/future_ref_contexts.txt")
        self.today = lg.patterns("temporal/today_contexts.txt", re.IGNORECASE)
        self.quantity_cues = lg.wordset("temporal/year_quantity_cues.txt")
        self.quantity_cue_particles = lg.wordset("temporal/quantity_cue_particles.txt")
        self.far_quantity_cues = lg.wordset("temporal/far_year_quantity_cues.txt")
        self.year_cue_exceptions = lg.patterns("temporal/year_cue_exceptions.txt")
        self.number_labels = lg.wordset("temporal/number_label_nouns.txt")
        self.weekly_range_cues = lg.patterns("temporal/weekly_range_cues.txt", re.IGNORECASE)
        self.weekly_range_lead_cues = lg.patterns("temporal/weekly_range_lead_cues.txt", re.IGNORECASE)
        self.weekday_set_contexts = lg.patterns("temporal/weekday_set_contexts.txt", re.IGNORECASE)
        self.weekday_set_followers = lg.patterns("temporal/weekday_set_followers.txt")
        self.weekend_set_contexts = lg.patterns("temporal/weekend_set_contexts.txt", re.IGNORECASE)
        self.weekday_start_contexts = lg.patterns("temporal/start_date_contexts.txt", re.IGNORECASE)
        self.week_frame_gaps = lg.patterns("temporal/week_frame_gaps.txt", re.IGNORECASE)
        self.week_frame_blockers = lg.patterns("temporal/week_frame_blockers.txt", re.IGNORECASE)
        self.programme_clock = lg.patterns("temporal/programme_clock_followers.txt", re.IGNORECASE)
        self.number_label_exceptions = lg.wordset("temporal/number_label_exceptions.txt")
        self.name_year_heads = lg.patterns("temporal/name_year_heads.txt")
        self.old_quantity_cues = lg.wordset("temporal/old_year_quantity_cues.txt")
        self.round_count_cues = lg.wordset("temporal/round_count_cues.txt")
        self.count_moves = lg.wordset("temporal/count_move_words.txt")
        self.count_frames = lg.patterns("temporal/count_frames.txt", re.IGNORECASE)
        self.time_told_anaphors = lg.wordset("temporal/time_told_anaphors.txt")
        self.old_quantity_followers = lg.wordset("temporal/old_year_quantity_followers.txt")
        self.ordinal_determiners = lg.wordset("temporal/ordinal_determiners.txt")
        self.rule_modals = lg.wordset("temporal/rule_modals.txt")
        self.participle_adjectives = lg.patterns("temporal/participle_adjectives.txt")
        self.counted_state_adjectives = lg.patterns("temporal/counted_state_adjectives.txt")
        self.nowadays_verbs = lg.wordset("temporal/nowadays_verbs.txt")
        self.month_context = lg.wordset("temporal/month_context_words.txt")
        self.month_first_names = lg.wordset("temporal/month_first_names.txt")
        self.first_names = lg.wordset("first_names.txt", lower=False)
        contrast = "|".join(lg.words("temporal/contrast_clause_openers.txt"))
        self.contrast_openers = re.compile(rf"\s*(?:{contrast})\b", re.IGNORECASE)
        self.since_contexts = lg.patterns("temporal/since_contexts.txt", re.IGNORECASE)
        self.span_end_contexts = lg.patterns("temporal/span_end_contexts.txt", re.IGNORECASE)
        self.deadline_contexts = lg.patterns("temporal/deadline_contexts.txt", re.IGNORECASE)
        self.now_before_shift = re.compile(rf"\b(?:{'|'.join(lg.words('temporal/now_before_shift.txt'))})\s*,\s*$",
                                           re.IGNORECASE)
        self.deadline_past_states = lg.wordset("temporal/deadline_past_states.txt")
        self.story_clock_openers = lg.patterns("temporal/story_clock_openers.txt", re.IGNORECASE)
        self.list_words = lg.wordset("temporal/list_words.txt")
        self.articles = lg.wordset("temporal/articles.txt")
        self.weekday_surname_blockers = frozenset(lg.words("temporal/weekday_surname_blockers.txt"))
        self.year_preps = lg.wordset("temporal/year_prepositions.txt")
        self.count_preps = lg.wordset("temporal/count_prepositions.txt")
        self.function_words = lg.wordset("stopwords.txt")
        self.weekday_past_preps = lg.wordset("temporal/weekday_past_prepositions.txt")
        self.weekday_start_words = lg.wordset("temporal/weekday_start_words.txt")
        self.habitual_day_parts = lg.wordset("temporal/habitual_day_parts.txt")
        self.genitive_articles = lg.wordset("temporal/genitive_articles.txt")
        self.season_course_nouns = lg.wordset("temporal/season_course_nouns.txt")
        self.told_weekday_determiners = lg.wordset("temporal/told_weekday_determiners.txt")
        self.apposition_articles = lg.wordset("temporal/apposition_articles.txt")
        self.scene_settings = _weekday_slot_patterns(lg.patterns("temporal/scene_setting_patterns.txt"))
        self.listings = _weekday_slot_patterns(lg.patterns("temporal/listing_patterns.txt"))
        self.midnight_starts = lg.patterns("temporal/midnight_start_contexts.txt", re.IGNORECASE)
        self.midnight_ends = lg.patterns("temporal/midnight_end_contexts.txt", re.IGNORECASE)
        self.shift_comparisons = lg.patterns("temporal/shift_comparison_contexts.txt")
        late = "|".join(sorted((re.escape(k) for k, v in self.lx.day_parts.items() if v in LATE_DAY_PARTS), key=len,
                               reverse=True))  # "heute Abend um 8 Uhr", "Sonntagabend um 6 Uhr": 20:00, 18:00
        self.late_day_part_before = re.compile(rf"(?P<word>\w*?(?P<dp>{late})),?\s+(?:[^\W\d]+\s+){{0,2}}$",
                                               re.IGNORECASE)
        slots = lg.mapping("temporal/grammar_slots.tsv")
        self.clock_words = {x.lower() for x in slots["clock"].split("|")}
        self.age_after = re.compile(rf"\s+(?:{slots['age_followers']})", re.IGNORECASE)
        self.plan_contrast = re.compile(rf"(?:{slots['plan_contrast']})\b", re.IGNORECASE)
        self.age_contexts = g.age_contexts  # loaded once, with the grammar that also reads first counts of ranges
        decades = "|".join(self.lx.decades)
        pair = slots["decade_pair_join"]
        self.decade_pair = re.compile(rf"\s+(?:{pair})\s+(?:{decades})\s*-?\s*Jahre", re.IGNORECASE)
        self.shift_compared = re.compile(slots["shift_compared"])
        self.of_the_after = re.compile(rf"\s+(?:{slots['of_the']})\b", re.IGNORECASE)
        self.day_defining_relative = re.compile(slots["day_defining_relative"], re.IGNORECASE)
        self.definite_genitive = re.compile(rf"\b(?:{slots['definite_genitive']})\s+$", re.IGNORECASE)
        self.singular_articles = re.compile(slots["singular_articles"], re.IGNORECASE)
        self.year_before_genitive = re.compile(slots["year_before_genitive"], re.IGNORECASE)
        self.shifted_year_article = re.compile(rf"(?:{slots['shifted_year_article']})\s+", re.IGNORECASE)
        counts = "|".join(re.escape(w) for w in sorted(self.lx.numbers, key=len, reverse=True) if " " not in w)
        self.compared_count_before = re.compile(  # "4.123 weniger als", "eine Million weniger als"
            rf"(?:\d|\b(?:{counts}|{slots['compared_count']}))\s+(?:[A-ZÄÖÜ][\w-]*\s+)?$")
        self.shift_span_article = re.compile(slots["shift_span_article"], re.IGNORECASE)
        self.shift_difference = re.compile(slots["shift_difference"], re.IGNORECASE)
        self.shift_difference_blockers = re.compile(slots["shift_difference_blockers"], re.IGNORECASE)
        self.shift_blockers_before = re.compile(slots["shift_blockers_before"], re.IGNORECASE)
        self.reporting_now = lg.wordset("temporal/reporting_verbs_present.txt")
        self.reporting_openers = lg.wordset("temporal/reporting_clause_openers.txt")
        self.attributive_past = lg.patterns("temporal/attributive_past_contexts.txt")
        self.attributive_past_after_article = lg.patterns("temporal/attributive_past_after_article.txt")
        self.plan_modals = lg.wordset("temporal/tense_plan_modals.txt")
        self.period_part_past_preps = lg.wordset("temporal/period_part_past_prepositions.txt")
        self.original_plan = lg.wordset("temporal/original_plan_markers.txt")
        self.done_passive = lg.wordset("temporal/done_passive_markers.txt")
        self.year_modifier_contexts = lg.patterns("temporal/year_modifier_contexts.txt")
        self.relative_clause_openers = lg.patterns("temporal/relative_clause_openers.txt")
        self.reference_comparatives = lg.patterns("temporal/reference_comparatives.txt", re.IGNORECASE)
        tm = markers(lang)
        self.subordinators = tm.subordinators
        self.attribute_openers = tm.attribute_openers
        self.expectation_participles = tm.expectation_participles  # "wurde … gerechnet": the nearest day
        self.finite_words = tm.finite | tm.past_words | tm.future_markers | self.plan_modals  # a clause's verb
        self.past_subordinators = tm.past_subordinators
        self.plan_participles = tm.plan_participles
        self.future_patterns = tm.future_patterns
        self.purpose_openers = lg.wordset("temporal/tense_purpose_openers.txt")
        self.given_up_plans = lg.patterns("temporal/tense_given_up_plans.txt")
        self.perfect_auxiliaries = tm.perfect_aux
        self.finite_auxiliaries = tm.perfect_aux | tm.past_words | tm.future_aux
        self.future_auxiliaries = tm.future_aux
        self.pluperfect_auxiliaries = tm.pluperfect_aux
        self.clause_final_verbs = self.finite_auxiliaries | tm.future_markers  # "…, der … abgeschafft werden soll –"
        self.postponement_verbs = lg.wordset("temporal/postponement_verbs.txt")
        self.forecast_verbs = lg.wordset("temporal/forecast_verbs.txt")
        self.time_span_nouns = lg.wordset("temporal/time_span_nouns.txt")
        self.told_day_references = lg.patterns("temporal/told_day_references.txt", re.IGNORECASE)
        self.talked_of_followers = lg.patterns("temporal/talked_of_followers.txt", re.IGNORECASE)
        self.referred_event_contexts = lg.patterns("temporal/referred_event_contexts.txt", re.IGNORECASE)
        self.story_year_demonstratives = lg.patterns("temporal/story_year_demonstratives.txt", re.IGNORECASE)
        self.announcement_verbs = lg.wordset("temporal/announcement_verbs.txt") | self.forecast_verbs
        self.appeal_verbs = lg.wordset("temporal/appeal_verbs.txt")
        self.calling_verbs = self.announcement_verbs | self.appeal_verbs
        self.fronted_circumstance = lg.wordset("temporal/fronted_circumstance_prepositions.txt")
        self.event_time_subordinators = lg.wordset("temporal/event_time_subordinators.txt")
        self.prior_circumstance = lg.wordset("temporal/prior_circumstance_prepositions.txt")
        self.event_gone_markers = lg.wordset("temporal/event_gone_markers.txt")
        self.present_ahead_contexts = lg.patterns("temporal/present_ahead_contexts.txt", re.IGNORECASE)
        events = lg.table("temporal/present_event_words.tsv")
        self.present_event_words = frozenset(r[0].lower() for r in events)
        self.weekday_event_words = frozenset(r[0].lower() for r in events if r[1:] == ("weekday",))
        self.cause_date_contexts = lg.patterns("temporal/cause_date_contexts.txt", re.IGNORECASE)
        # "Für die kommende Bundestagswahl am 18. September kündigte er … an": up to four words between
        self.announced_before = _prepositions_before(lg.words("temporal/announcement_prepositions.txt"), 4, r"[\w-]")
        self.cancellation_verbs = lg.wordset("temporal/cancellation_verbs.txt")
        self.cancelled_before = _prepositions_before(lg.words("temporal/cancellation_prepositions.txt"), 1)
        self.postponement_past = lg.wordset("temporal/postponement_past_markers.txt")
        self.postponement_narrated = lg.wordset("temporal/postponement_narrated_markers.txt")
        self.postponement_followers = lg.wordset("temporal/postponement_followers.txt")
        self.postponed_before = _prepositions_before(lg.words("temporal/postponement_prepositions.txt"), 1)
        self.extension_words = lg.words("temporal/extension_words.txt")
        self.month_words = set(self.lx.months)
        self.past_date_contexts = lg.patterns("temporal/past_date_contexts.txt", re.IGNORECASE)
        self.dated_event_contexts = lg.patterns("temporal/dated_event_contexts.txt", re.IGNORECASE)
        self.impending_date_contexts = lg.patterns("temporal/impending_date_contexts.txt", re.IGNORECASE)
        self.aimed_date_contexts = lg.patterns("temporal/aimed_date_contexts.txt", re.IGNORECASE)
        self.event_date_contexts = lg.patterns("temporal/event_date_contexts.txt", re.IGNORECASE)
        self.event_aim_contexts = lg.patterns("temporal/event_aim_contexts.txt", re.IGNORECASE)
        self.prior_event_contexts = lg.patterns("temporal/prior_event_contexts.txt", re.IGNORECASE)
        self.habitual_adverbs = re.compile(  # one word or a phrase ("immer schon")
            r"\b(?:" + "|".join(sorted(map(re.escape, lg.wordset("temporal/habitual_adverbs.txt")), key=len,
                                       reverse=True)) + r")\b", re.I)
        self.compared_date_contexts = lg.patterns("temporal/compared_date_contexts.txt", re.IGNORECASE)
        self.compared_list_gaps = lg.patterns("temporal/compared_list_gaps.txt", re.IGNORECASE)
        self.now_clause_words = lg.wordset("temporal/now_clause_words.txt")
        self.contrasted_date_contexts = lg.patterns("temporal/contrasted_date_contexts.txt", re.IGNORECASE)
        self.compared_year_told = lg.patterns("temporal/compared_year_told_followers.txt", re.IGNORECASE)
        self.daily_time_contexts = lg.patterns("temporal/daily_time_contexts.txt", re.IGNORECASE)
        self.months_named_contexts = lg.patterns("temporal/months_named_contexts.txt", re.IGNORECASE)
        self.daily_time_followers = lg.patterns("temporal/daily_time_followers.txt", re.IGNORECASE)
        self.recurring_day_times = lg.patterns("temporal/recurring_day_time_contexts.txt", re.IGNORECASE)
        self.yearly_months = lg.patterns("temporal/yearly_month_contexts.txt", re.IGNORECASE)
        self.season_plural_words = lg.wordset("temporal/season_plural_words.txt")
        self.season_endings = lg.patterns("temporal/season_ending_followers.txt", re.IGNORECASE)
        self.warned_date_contexts = lg.patterns("temporal/warned_date_contexts.txt", re.IGNORECASE)
        self.planned_date_contexts = lg.patterns("temporal/planned_date_contexts.txt", re.IGNORECASE)
        self.near_year_preps = lg.wordset("temporal/near_year_prepositions.txt")
        self.after_season_contexts = lg.patterns("temporal/after_season_contexts.txt", re.IGNORECASE)
        self.future_date_contexts = lg.patterns("temporal/future_date_contexts.txt", re.IGNORECASE)
        self._start = 0  # start of the expression being normalised
        self._end = 0  # … and its end
        self._prev_start = self._prev_end = -100  # start and end of the expression before it
        self._moved_count_end = -100  # end of "auf" after a count moved with a time label ("von 1021 Mitte … auf")
        self._prev_value = ""  # … and its value
        self._daily_end = -100  # end of the last clock time of every day
        self.ref_nouns = {w.lower() for w in self.lx.reference_nouns}
        self.ref_noun_contexts = lg.patterns("temporal/reference_noun_contexts.txt", re.IGNORECASE)

    # ---- context helpers -------------------------------------------------
    def _sentence(self, pos: int) -> Span:
        return self.sents[self.sent_index(pos)] if self.sents else Span(0, len(self.text))

    def _sentence_words(self, pos: int) -> frozenset[str]:
        """The lower-cased words of the sentence at ``pos`` (computed once per sentence)."""
        s = self._sentence(pos)
        if s.start not in self._words:
            self._words[s.start] = frozenset(w.lower() for w in re.findall(r"\w+", self.text[s.start:s.end]))
        return self._words[s.start]

    def sent_index(self, pos: int) -> int:
        lo, hi = 0, len(self.sents) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            s = self.sents[mid]
            if pos < s.start:
                hi = mid - 1
            elif pos >= s.end:
                lo = mid + 1
            else:
                return mid
        return max(0, min(lo, len(self.sents) - 1))

    def tense(self, pos: int) -> str:
        i = self.sent_index(pos)
        key = pos
        if key not in self._tense:
            s = self.sents[i] if self.sents else Span(0, len(self.text))
            t = tense_at(self.text, s.start, s.end, pos, self.lang)
            if t == PAST and self._postponed_to(pos, s):
                t = FUTURE  # "wurden in den Herbst verschoben": the new date lies ahead
            self._tense[key] = t
        return self._tense[key]

    def _postponed_to(self, pos: int, s: Span) -> bool:
        """A date an event was moved to ("auf den Herbst verschoben") or a state or deadline extended to
        ("bis Ende März verlängert"): the new date lies ahead of the report."""
        moved = bool(self.postponed_before.search(self.text[max(s.start, pos - 12):pos]))
        if not moved and not any(p.search(self.text, max(s.start, pos - 40), pos) for p in self.deadline_contexts):
            return False
        clause = self._clause(pos)
        if len(clause.split()) < 4:  # "Der Termin hat sich verschoben, auf den Spätherbst": the verb stands before
            clause = self.text[s.start:s.end]
        toks = re.findall(r"\w+", clause.lower())
        verbs = [t for t in toks if t in self.postponement_verbs] if moved \
            else [t for t in toks if t.endswith(self.extension_words)]
        told = any(v in verbs and a in self.postponement_followers for v, a in itertools.pairwise(toks))
        return bool(verbs) and (told or not self.postponement_past.intersection(toks))  # "war … verschoben worden"

    def _announced_for(self, pos: int) -> bool:
        """A date an announcement, plan, hope or cancellation aims at ("für Anfang Februar kündigte … an")."""
        s = self._sentence(pos)
        before = self.text[max(s.start, self._start - 40):self._start]
        announced, cancelled = self.announced_before.search(before), self.cancelled_before.search(before)
        if not (announced or cancelled):
            return False
        if cancelled and not announced and not self.text[s.start:self._start - len(cancelled.group(0))].strip() \
                and not cancelled.group(0).strip().lower().startswith("zum"):
            return False  # "Am Donnerstag wurde auch der Ausschuss abgesagt": the day it was called off (not "Zum
            # Jahresende haben die Eigentümer den Vertrag gekündigt": the day it ends)
        told = re.match(r"\s+(\w+)\s*,", self.text[self._end:self._end + 40])
        if announced and told and told.group(1).lower() in self.announcement_verbs \
                and not any(p.search(self.text[max(0, self._start - 16):self._start]) for p in self.span_end_contexts):
            return False  # "hatte … zum Jahresende angekündigt, man wolle …": what was announced follows (a deadline
            # stays an aim: "hatte eine Ausweitung bis Ende September gefordert, …")
        clause = self._clause(pos)
        words = {w.lower() for w in re.findall(r"\w+", clause)}
        if len(clause.split()) < 4 or words & self.perfect_auxiliaries and not words & self.announcement_verbs:
            clause = self.text[s.start:s.end]  # "versprochen, für den Frühling."; "hat für den 20. Mai, …, angeordnet"
            words = {w.lower() for w in re.findall(r"\w+", clause)}
        return bool(announced and self.announcement_verbs & words or cancelled and self.cancellation_verbs & words)

    def base(self) -> dt.date | None:
        """Reference for deictic expressions: the document date, or in narratives the last day."""
        if self.ctx.narrative:
            return self.ctx.last_day or self.ctx.ref
        return self.ctx.ref

    def year_context(self, pos: int, month: int | None = None) -> int | None:
        """An explicit year mentioned earlier in this sentence (narratives: the last one anywhere).

        With ``month``, news skip a year that the clause's tense rules out: "auf 2022
        verschoben, weil sie im Winter nicht üben konnten" is no winter of 2022."""
        si = self.sent_index(pos)
        y = self.ctx.last_year
        if y is None or not (self.ctx.narrative or si == self.ctx.last_year_sent):
            return None
        if not self.ctx.narrative and self.ctx.last_year_until is not None and pos > self.ctx.last_year_until \
                and (self.ctx.last_year_contrast or self.tense(pos) != PAST):
            return None  # told inside a relative or contrast clause that closed before a main clause
        if self.ctx.narrative and (chapter := self._chapter_year(self.ctx.last_year_pos, pos)) is not None:
            return chapter
        b = self.ctx.ref
        if month is not None and b is not None and not self.ctx.narrative and 1 <= y <= 9999:
            t = PAST if self._past_context(pos) else self.tense(pos)  # "für 2024 ein Minus im Vergleich zur
            # September-Schätzung" (November 2020): a month compared with lies behind, not in the year ahead
            if (t == PAST and dt.date(y, month, 1) > b) or (t == FUTURE and dt.date(y, month, 28) < b):
                return None
            if dt.date(y, month, 1) > b and self._since(pos):
                return None  # "bis zum 31. Januar 2021 verlängert …: Wer zahlungsunfähig ist, muss seit dem 1. Oktober
                # Insolvenz beantragen" (December 2020): no October ahead
            if t != PAST and y < b.year and has_finite_verb(self._clause(pos), self.lang) \
                    and self.tense(self.ctx.last_year_pos) == PAST:
                return None  # "Der Club wurde 1994 gegründet, das Jubiläum wird im Herbst gefeiert": a year told
                # in the past dates no clause now or ahead
            if t == PRESENT and y < b.year and self._said_before(pos, self.present_ahead_contexts):
                return None  # "Das Minus von fünf Prozent 2020 beruht auf Schätzungen, denn die Zahl kommt erst Ende
                # Januar" (January 2021): "erst" in the present looks ahead of the paper, past a year gone
            if t != PAST and y < b.year - self.OLD_COUNT_YEARS:
                return None  # "nach einer Rezeptur von 1596 hergestellt – bis Ende September gilt nun …": no old year
        return y

    def _chapter_year(self, told: int, pos: int) -> int | None:
        """A history told in chapters headed by their year ("1862", then "Westlicher Kriegsschauplatz",
        "Östlicher Kriegsschauplatz"): each section under it starts again in the chapter's year, whatever
        year the section before ended in. None when no section starts between the year told and ``pos``."""
        if not any(told < start < pos for start, _ in self._headings):
            return None
        for start, years in reversed(self._headings):
            if start < pos and years:
                return years[0] if len(years) == 1 else None
        return None

    def _lends_year(self, start: int) -> bool:
        """Whether a year told at ``start`` dates what follows: not inside a noun phrase ("der
        Wirtschaftsplan für 2021"), brackets, a quoted title („Berlin 1945 – Tagebuch …“) or after "seit"."""
        before = self.text[max(0, start - 40):start]
        if not self.ctx.narrative and self._since(start):
            return False  # news: "der seit 2016 Direktor war, hatte im Mai …" starts a span, dates no month
        target = _TARGET_YEAR.search(before + self.text[start:max(start, self._end)])
        if not self.ctx.narrative and target and self.ctx.ref and int(target.group(1)) > self.ctx.ref.year:
            return False  # "eine Quote bis zum Jahr 2025 soll beim Parteitag im Dezember …": a target ahead
        return not any(p.search(before) for p in self.year_modifier_contexts) and not self._participle_aside(start) \
            and not self._apposition_aside(start) and not self._apposition_closing(start) \
            and not self._apposition_middle(start)

    def _apposition_aside(self, start: int) -> bool:
        """ "Unter älteren Weißen, 2016 eine Kerngruppe für Trump, haben die Demoskopen seit Anfang
        September …": a year opening a verbless apposition between commas dates that apposition only."""
        if not re.search(r",\s*$", self.text[max(0, start - 3):start]):
            return False
        m = _APPOSITION_AFTER_YEAR.match(self.text, start)
        return bool(m) and not {w.lower() for w in re.findall(r"\w+", m.group(1))} & self.clause_final_verbs

    def _apposition_closing(self, start: int) -> bool:
        """ "Inzwischen darf sich der 49-Jährige, Träger des Bayerischen Kabarettpreises 2017, aber
        wieder … freuen - von 15. Juni an …": a year after the noun that closes a verbless apposition
        between commas dates that noun only."""
        if not re.match(r"\d{4}\s*,", self.text[start:start + 6]):
            return False
        m = _APPOSITION_BEFORE_YEAR.search(self.text[max(0, start - 80):start])
        words = re.findall(r"\w+", m.group(1)) if m else []
        return bool(m) and not {w.lower() for w in words} & self.clause_final_verbs \
            and not any(verb_shaped(w, self.lang) for w in words)

    def _apposition_middle(self, start: int) -> bool:
        """ "Sein Vater, Präsident von Real beim Sieg 1998 mit Trainer Heynckes, war Ende März …": a year
        inside a verbless apposition that a name opens and the main clause's verb closes dates that
        apposition only."""
        m = _APPOSITION_AROUND_YEAR.match(self.text[max(0, start - 80):start] + "\0" + self.text[start:start + 80])
        if not m:
            return False
        words = re.findall(r"\w+", m.group(1) + " " + m.group(2))
        return not {w.lower() for w in words} & self.clause_final_verbs \
            and not any(verb_shaped(w, self.lang) for w in words) \
            and (m.group(3) in self.finite_auxiliaries or verb_shaped(m.group(3), self.lang))

    def _participle_aside(self, start: int) -> bool:
        """ "Das Kunstfest, 1990 gegründet, beginnt am 26. August": a year in a participle set off by
        commas dates that participle only; "Die Firma wurde 1990 gegründet, …" has a verb of its own."""
        m = re.match(r"(?:Jahr(?:e|es)?\s+)?\d{4}", self.text[start:])
        if not m or not _ASIDE_PARTICIPLE_AFTER.match(self.text, start + m.end()):
            return False
        s = self._sentence(start)
        before = self.text[s.start:start]
        aside = re.split(r",|\s[-–]\s", before)[-1]
        words = {w.lower() for w in re.findall(r"\w+", aside)}
        return len(aside) <= 90 and not words & self.finite_auxiliaries

    def saw_day(self, d: dt.date, pos: int, named: bool = False, relative: bool = False) -> None:
        if self._since(pos):
            self.ctx.since_day = (d, self.sent_index(pos))
            return  # "seit Samstag keinen Kontakt … Am Vormittag hatte Hannover": a start, no day of the story
        if d != self.ctx.last_day:
            self.ctx.last_day_by_weekday = False
            if self.ctx.last_day is not None:
                self.ctx.day_before_last = (self.ctx.last_day, self.ctx.last_day_sent)
        self.ctx.last_day, self.ctx.last_day_sent, self.ctx.last_day_pos = d, self.sent_index(pos), pos
        self.ctx.set_day = None
        self.ctx.last_day_relative = relative
        self.ctx.last_day_ends_span = any(p.search(self.text[max(0, pos - 30):pos]) for p in self.span_end_contexts)
        before = self.text[max(0, pos - 40):pos]
        self.ctx.last_day_of_thing = bool(_THING_OF_DAY.search(before)) \
            and not any(p.search(before) for p in self.dated_event_contexts) \
            or pos == self._start and bool(_PARTICIPLE_ATTRIBUTE.match(self.text, self._end)) \
            and self._attribute_opened()  # ("der am 1. September beginnenden Saison": the day dates the season)
        if named:
            self.ctx.named_day, self.ctx.named_day_sent = d, self.sent_index(pos)

    def _saw_set(self, value: str, pos: int) -> None:
        """A set of days ("täglich", "jeden Dienstag", "jeden Abend") gives the clock times after it in its
        sentence a generic day, until a day is told."""
        value = value.split("T")[0] if value.startswith("XXXX-") else value  # "jeden Abend", "freitagabends"
        generic = ("P1D", "P1W", "P1M", "XXXX-XX-XX", "XXXX-WXX-WE")  # (a weekend's hours are of two days)
        day = "XXXX-XX-XX" if value in generic else value if _WEEKDAY_SET.fullmatch(value) else None
        sent, prev = self.sent_index(pos), self.ctx.set_day
        if day and prev and prev[1] == sent and not prev[2]:
            day = "XXXX-XX-XX"  # "montags bis donnerstags von 9 bis 18 Uhr": times on several days of the week
        self.ctx.set_day = (day, sent, False) if day else None

    def _saw_counted_week(self, year: int, week: int, pos: int) -> None:
        """Remember a week told by its number or a shift: what a "Vorwoche" after it counts from."""
        self.ctx.counted_week = (dt.date.fromisocalendar(year, week, 1), self.sent_index(pos), self._end)

    def _saw_week(self, monday: dt.date, start: int, end: int) -> None:
        """Remember a week told as the frame of the weekdays after it in its clause; one that starts or
        ends a span or is compared with frames only a weekday right after it ("ab kommender Woche
        Mittwoch"; not "ab kommender Woche kündigte Spahn am Montag an")."""
        framed = not any(p.search(self.text, max(0, start - 16), start) for p in self.week_frame_blockers)
        self.ctx.week_told = (monday, self.sent_index(start), end, framed)

    def _week_frame(self, pos: int) -> dt.date | None:
        """The Monday of the week told just before a weekday in its clause, if it frames it ("In der
        vergangenen Woche meldete das RKI am Freitag", "nächste Woche Freitag")."""
        w = self.ctx.week_told
        if w is None or w[1] != self.sent_index(pos) or w[2] > pos or not w[3] and self.text[w[2]:pos].strip():
            return None
        return w[0] if any(p.match(self.text[w[2]:pos]) for p in self.week_frame_gaps) else None

    def saw_month(self, y: int, mo: int, mod: str | None, pos: int) -> None:
        """Remember a month told without a day, as its first, middle or last day by ``mod``."""
        if self._compared(pos):
            return  # "45.000 mehr als im Juli … niedriger als im Vormonat": a month compared with is no anchor
        d = {"START": 1, "END": 28}.get(mod or "", 15)
        self.ctx.last_month, self.ctx.last_month_sent = dt.date(y, mo, d), self.sent_index(pos)

    def saw_year(self, y: int, pos: int, lends: bool = True) -> None:
        """Remember a year told; one inside a noun phrase ("der Wirtschaftsplan für 2021") does not
        lend itself to later days and months (``lends``), though "im Vorjahr" still counts from it."""
        if self._compared(pos) and not re.match(r"\d{4}\s*\(", self.text[pos:pos + 8]):
            if not any(p.match(self.text, pos + 4, pos + 20) for p in self.compared_year_told):
                return  # "wie 2018 angestiegen, ein Plus gegenüber dem Vorjahr": a year compared with is no anchor
                # (but dates its bracket: "nicht so viele wie 2018 (18.408 bis Juli)")
            lends = False  # "wie 2012, als er abgewählt wurde. … Vier Jahre später": told, though the clause is now
        c, si = self.ctx, self.sent_index(pos)
        if lends and c.last_year is not None and y < c.last_year and self._looks_back_in_story(pos):
            lends = False  # "ersterer hatte durch seinen Putsch im Juli 1917 … gespielt": a look back from the
            # story's year, which goes on after it
        c.told_year, c.told_year_sent, c.told_year_since, c.told_year_pos = y, si, self._since(pos), pos
        if c.last_month and c.last_month.year != y and c.last_month_sent == si:
            c.last_month = None  # "im Juli 2018 … im Sommer 1938 und … 80 Jahre später": from the later year
        if lends:
            c.last_year, c.last_year_sent, c.last_year_pos = y, si, pos
            contrast = self._contrast_clause_end(pos)
            c.last_year_until = contrast or self._relative_clause_end(pos)
            c.last_year_contrast = contrast is not None

    def _compared(self, pos: int) -> bool:
        """A date compared with ("weniger als am Vortag") or contrasted ("statt des geplanten Endes am
        Sonntagabend"): a point beside the story, no anchor for what follows."""
        return any(p.search(self.text, max(0, pos - 20), pos) for p in self.compared_date_contexts) \
            or any(p.search(self.text, max(0, pos - 60), pos) for p in self.contrasted_date_contexts) \
            or pos == self._start and 0 <= self._prev_end <= pos \
            and any(p.fullmatch(self.text, self._prev_end, pos) for p in self.compared_list_gaps) \
            and self._compared(self._prev_start)  # "zum Vortag (65,4) und zum Samstag letzter Woche"

    def _contrast_clause_end(self, pos: int) -> int | None:
        """Where a clause opened by a contrast ("Während die Zusagen im Jahr 2019 … betrugen, hat die
        Bank seit Ende März …") closes: its comma after a verb, if any."""
        s = self._sentence(pos)
        opened = max(max(self.text.rfind(b, s.start, pos) for b in ",:;") + 1, s.start)  # "…: Während im …"
        if not self.contrast_openers.match(self.text, opened):
            return None
        return self._closed_by_verb(pos, s.end, r",")

    def _relative_clause_end(self, pos: int) -> int | None:
        """Where the relative clause around ``pos`` closes ("Wirecard, das erst im September 2018
        in den Dax aufgestiegen war, fliegt noch im August …"): its comma or dash after a verb, if any
        ("Den Soli – der erst ab dem 1. Januar 2021 abgeschafft werden soll – schon im Juli abschaffen")."""
        s = self._sentence(pos)
        opened = max(self.text.rfind(mark, s.start, pos) for mark in (",", "–", " - "))
        opened += 2 if self.text.startswith(" - ", opened) else 0
        if opened < 0 or not any(p.match(self.text, opened + 1) for p in self.relative_clause_openers):
            return None
        return self._closed_by_verb(pos, s.end, r",|–|\s-\s")

    def _closed_by_verb(self, pos: int, end: int, breaks: str) -> int | None:
        """The end of the first break in ``breaks`` after ``pos`` that follows a verb: a clause's close."""
        closing = re.search(rf"\b([a-zäöüß]+)\s*(?:{breaks})", self.text[pos:end])
        verb = closing.group(1) if closing else ""
        if not verb or not verb_shaped(verb, self.lang) and verb not in self.clause_final_verbs:
            return None
        return pos + closing.end()

    # ---- dispatch --------------------------------------------------------
    def run(self, rule: str, m: re.Match[str]) -> Timex | None:
        start, end = span_of(m)
        if _QUOTED_COMPOUND_AFTER.match(self.text, end) and start > 0 and self.text[start - 1] in _OPENING_QUOTES \
                or _QUOTED_COMPOUND_BEFORE.search(self.text, max(0, start - 2), start):
            return None  # "die „heute“-Nachrichten", "ZDF-„heute“-Moderatorin": part of a name in quotes
        self._start, self._end = start, end
        pm = self.g.point_mod.search(self.text[max(0, start - 24):start])
        point_mod = self.lx.point_mods.get(pm.group("pm").lower()) if pm else None
        saved = (self.ctx.last_day, self.ctx.last_day_sent, self.ctx.last_day_pos, self.ctx.last_year,
                 self.ctx.last_year_sent, self.ctx.last_month, self.ctx.last_month_sent)
        res = getattr(self, "r_" + rule)(m)
        start, end = self._start, self._end  # a rule may start its expression late or end it early
        self._prev_start, self._prev_end, self._prev_value = start, end, res[1] if res else ""
        if res is None:
            return None
        typ, value, mod, relative = res
        if typ == "DATE" and (season := _SEASON_VALUE.fullmatch(value)):
            self.ctx.season_told = (int(season.group(1)), season.group(2), self.sent_index(start))
        if typ == "TIME" and (night := _NIGHT_VALUE.fullmatch(value)):
            self.ctx.night_told = (dt.date.fromisoformat(night.group(1)), self.sent_index(start))
        if typ == "DATE" and (first := _first_day(value)) and self.ctx.ref and first < self.ctx.ref:
            self.ctx.past_told = first
        if typ == "DATE" and not mod and (week := _WEEK.fullmatch(value)):
            self._saw_week(dt.date.fromisocalendar(int(week.group(1)), int(week.group(2)), 1), start, end)
        elif typ == "DATE" and not mod and (week := _WEEKEND.fullmatch(value)):
            self._saw_counted_week(int(week.group(1)), int(week.group(2)), start)  # "am dritten September-Wochenende
            # … Eine Woche zuvor": the week before (a weekend frames no weekday: "am Wochenende oder am Montag")
        if typ == "SET" and not (re.search(r"e[nmrs]?$", self.text[start:end]) and self.tense(start) == PAST):
            self._saw_set(value, start)  # "die täglichen Besuchszeiten von 9 bis 11 Uhr", not "die täglichen
            # Tests waren um 9.10 Uhr gemacht"
        if point_mod and typ in ("DATE", "TIME"):
            mod = mod or point_mod
            if self.ctx.narrative and point_mod not in ("ON_OR_AFTER",):
                # "bis 1881" bounds the story, it does not move its current time
                (self.ctx.last_day, self.ctx.last_day_sent, self.ctx.last_day_pos, self.ctx.last_year,
                 self.ctx.last_year_sent, self.ctx.last_month, self.ctx.last_month_sent) = saved
        return Timex(start, end, self.text[start:end], typ, value, None, mod, relative)

    def _counts_things(self, m) -> bool:
        """A bare four-digit number used as a count ("rund 1200 Menschen")."""
        before = self.text[max(0, m.start() - 20):m.start()].split()
        prev, prev2 = (before[-1].lower() if before else ""), " ".join(before[-2:]).lower()
        cue_word = before[-2].lower() if prev in self.quantity_cue_particles and len(before) > 1 else prev
        if (prev in self.lx.range_join or prev in self.list_words) and len(before) > 1 \
                and before[-2] == str(self.ctx.told_year) \
                and self.ctx.told_year_sent == self.sent_index(m.start()) \
                and 0 < int(m.group("y")) - self.ctx.told_year <= self.PAIRED_YEAR_GAP:
            return False  # "zwischen 2014 und 2017 weite Teile": the second year of a pair, not a count
        cue = (cue_word in self.quantity_cues or prev2 in self.quantity_cues) \
            and not any(p.match(self.text, m.end()) for p in self.year_cue_exceptions)
        label = any(prev.endswith(n) for n in self.number_labels) \
            and not any(prev.endswith(n) for n in self.number_label_exceptions)
        if cue or label or (
                prev in self.lx.range_join | self.lx.range_join_opened and len(before) > 1
                and re.fullmatch(r"\d{1,3}(?:\.\d{3})*", before[-2])):  # "500 bis 1500 Flüchtlinge"
            return True  # "rund 1200 Menschen", "die UN-Resolution 1612"
        if self._count_frame(m):
            return True  # "am Freitag waren es 1053."
        if prev.endswith(":") and ((word := prev[:-1].lstrip("([")) in self.lx.anchored or word in self.lx.weekdays):
            return True  # "1500 Schüler infiziert (Vorwoche: 1273)": the figure of that time
        partner = re.match(r"\s+([^\W\d_]+)\s+(\d+(?:[.,]\d+)*)", self.text[m.end():m.end() + 24])  # not "2019 – 2,13"
        b = self.ctx.ref
        if partner and prev in self.lx.range_open \
                and partner.group(1).lower() in self.lx.range_join | self.lx.range_join_opened | self.count_moves \
                and (not re.fullmatch(r"(?:1\d|20)\d\d", partner.group(2))
                     or b and not self.ctx.narrative and partner.group(1).lower() in self.count_moves
                     and max(int(m.group("y")), int(partner.group(2))) < b.year - self.OLD_COUNT_YEARS):
            return True  # "die Ansteckungszahlen von 1000 auf 3000": a count moved to one that is no year, or to one
            # centuries before the news ("steigt damit von 1362 auf 1408")
        if partner and b and not self.ctx.narrative and int(m.group("y")) < b.year - self.OLD_COUNT_YEARS \
                and partner.group(1).lower() in self.lx.range_join | self.list_words \
                and re.fullmatch(r"\d{4,}|\d{1,3}(?:\.\d{3})+", partner.group(2)) \
                and not re.fullmatch(r"(?:1\d|20)\d\d", partner.group(2)):
            return True  # "blieben „nur“ 1000 oder 5000 Euro liegen": a count beside one that is no year
        moved = _COUNT_MOVE_LABELLED.match(self.text, m.end())
        if moved and prev in self.lx.range_open and moved.group(1).lower() in self.count_moves \
                and b and not self.ctx.narrative and int(m.group("y")) < b.year - self.OLD_COUNT_YEARS:
            self._moved_count_end = moved.end(1)  # "von 1021 Mitte November auf 2050 Anfang Dezember": a count
            return True  # moved, each labelled by its time; so is the number it moved to
        if prev in self.count_moves and 0 <= m.start() - self._moved_count_end <= 2:
            return True
        if prev in self.ordinal_determiners and _ORDINAL_NOUN.match(self.text, m.end()):
            return True  # "sein 1000. Tor", "Beim 1000. Grand Prix": an ordinal
        if b and not self.ctx.narrative and int(m.group("y")) < b.year - self.OLD_COUNT_YEARS \
                and self._code_or_count(m, prev):
            return True
        head = re.search(r"(\S+)\s+$", self.text[max(0, m.start() - 60):m.start()])
        if head and any(p.fullmatch(head.group(1)) for p in self.name_year_heads):
            return True  # "der TSV 1860", "die Faschingsgesellschaft 1899": a name, not a year
        after = " ".join(self.text[m.end():m.end() + 30].split()[:2]).lower()
        followed = after in self.old_quantity_followers or after.split(" ")[0] in self.old_quantity_followers
        after_day = prev in self.lx.weekdays or prev in self.lx.relative_days  # "betrug am Mittwoch 1195"
        if (cue_word in self.old_quantity_cues or prev2 in self.old_quantity_cues or followed or after_day) \
                and b and not self.ctx.narrative \
                and int(m.group("y")) < b.year - self.OLD_CUE_YEARS:
            return True  # "mit 1395 im Juli", "am Mittwoch 1195", not "zufrieden mit 2019"
        if b and not self.ctx.narrative and int(m.group("y")) < b.year - self.OLD_COUNT_YEARS \
                and re.fullmatch(r"[a-zäöüß]+en", before[-1] if before else "") and prev not in self.year_preps \
                and re.match(r"[.,;]", self.text[m.end():m.end() + 1]):
            return True  # "Am Vortag starben 1000.", "als genesen 1791": a count ending its clause after a verb
        if prev in self.far_quantity_cues and b and not self.ctx.narrative \
                and int(m.group("y")) < b.year - self.OLD_COUNT_YEARS:
            return True  # "würden etwa 1500 kommen", not "als etwa 1930"
        nxt = re.match(r"\s+(\w+)", self.text[m.end():m.end() + 30])
        adj = re.match(r"\s+([a-zäöüß]+e[nrsm]?)(\s+[A-ZÄÖÜ]\w*)", self.text[m.end():m.end() + 50])
        if adj and adj.group(1) in self.finite_auxiliaries:
            adj = None  # "2017 und 2018 hätten Konflikte …": a verb, no adjective
        if adj and " " in prev2 and prev2 in self.old_quantity_cues \
                and adj.group(2).strip().lower() not in self.month_words:
            return True  # "mehr als 2000 gemeldeten Neuinfektionen": a count compared, its noun after a participle
        old = b is not None and int(m.group("y")) < b.year - self.OLD_COUNT_YEARS
        counted_state = bool(old and adj and any(p.fullmatch(adj.group(1)) for p in self.counted_state_adjectives))
        if adj and adj.group(1) not in self.function_words \
                and (not any(p.fullmatch(adj.group(1)) for p in self.participle_adjectives) or counted_state):
            nxt = re.match(r"\s+(\w+)", adj.group(2))  # "der 1700 positiven Proben": the noun after the adjective
        capital = bool(nxt and nxt.group(1)[:1].isupper() and nxt.group(1).lower() not in self.month_words)
        suffixed = re.match(r"[^\W\d_]", self.text[m.end():m.end() + 1])
        if suffixed and b and int(m.group("y")) < b.year - self.OLD_COUNT_YEARS:
            return True  # "die 1000er-Marke", not "der 2019er-Mietspiegel"
        if capital and nxt.group(1).lower() not in self.function_words and prev in self.list_words:
            return True
        if capital and prev in self.round_count_cues and int(m.group("y")) % 100 == 0:
            return True  # "Wir haben bereits 2000 Anfragen bekommen"
        if capital and len(before) >= 2 and before[-2].lower() in self.articles \
                and re.fullmatch(r"[a-zäöüß]{3,}(?:e|en|er|es|em)", before[-1]):
            return True  # "die nötigen 1991 Delegiertenstimmen": an adjective between article and number
        # a number centuries before the news it appears in, with a noun after it ("1349 Infizierte", "1400 Fotos"),
        # or more than a decade after it ("in ihrer Bilanz 2032 antisemitische Straftaten"), unless a round target
        # ("Wir wollen 2050 CO2-neutral wirtschaften") or after a preposition of years ("bis 2035 Klimaneutralität")
        y = int(m.group("y"))
        far = b is not None and (y < b.year - self.OLD_COUNT_YEARS
                                 or y > b.year + self.AHEAD_COUNT_YEARS and y % 5 and prev not in self.year_preps)
        return bool(capital and far and not self.ctx.narrative
                    and (prev not in self.year_preps or prev in self.count_preps or counted_state))
        # "Besuche in 1729 Ausstellungen", "bereits 1022 registrierte Patienten"

    def _code_or_count(self, m, prev: str) -> bool:
        """A number centuries before the news that is part of a code or a compound, or a count labelled by its time
        beside another: "mRNA-1273", "089/6221-1234", "IBAN: DE43 1005 0000", "eine 1000-Euro-Spende", "davon 2000
        im Jahr 2011 und 1700 im vergangenen Jahr"."""
        text, start, end = self.text, m.start(), m.end()
        joined = _CODE_JOIN.search(text, max(0, start - 12), start)
        if joined and not re.fullmatch(r"(?:1\d|20)\d\d", joined.group(1)):
            return True  # (not the second year of "1182-1226")
        if _DIGIT_GROUP.match(text, end) or _DIGIT_GROUP_BEFORE.search(text, max(0, start - 6), start):
            return True
        if re.match(r"-[^\W\d_]", text[end:end + 2]):
            return True
        return prev in self.list_words and bool(_TIME_LABEL.match(text, end)) \
            and bool(_LABELLED_COUNT.search(text, self._sentence(start).start, start))

    def _difference(self, m) -> bool:
        """A shift right after "um" is the size of a difference ("um ein Jahr früher"), unless "um" opens
        a purpose clause ("um zwei Minuten später zu konstatieren"); so is one compared ("Im Vergleich zum
        Vorjahr liegt der Tag drei Wochen später")."""
        return bool(self.shift_difference.search(self.text, max(0, m.start() - 12), m.start())) \
            and not self.shift_difference_blockers.match(self.text, m.end()) \
            or self._said_before(m.start(), self.shift_comparisons)  # "Im Vergleich zum Vorjahr liegt … später"

    def _count_frame(self, m) -> bool:
        """ "am Freitag waren es 1053.": a number that is the whole of what "waren es" counts, no other
        number in its clause; not "48 Prozent waren es 2018" nor "waren es 2020 nur noch 570"."""
        s = self._sentence(m.start())
        head = self.text[s.start:m.start()]
        head = head[max(head.rfind(c) for c in ",;:–(") + 1:]
        if not any(p.search(head) for p in self.count_frames):
            return False
        tail = re.match(r"[^,;.!?]*", self.text[m.end():s.end]).group()
        return not re.search(r"\d", head + tail)

    # ---- rules -----------------------------------------------------------
    def _year2(self, yy: str) -> int:
        y = int(yy)
        if len(yy) == 4:
            return y
        ref_y = (self.ctx.ref.year if self.ctx.ref else 2000) % 100
        return (1900 if y > ref_y + 10 else 2000) + y

    def _month_after_told(self, y: int, mo: int, pos: int) -> bool:
        """A month named after a later month of the year told earlier in its sentence, in news, and not
        compared with ("mehr als im März"): the next one, when that is not after the paper."""
        c = self.ctx
        return bool(not c.narrative and c.ref and c.last_month is not None and c.last_month.year == y
                    and c.last_month.month > mo and c.last_month_sent == self.sent_index(pos)
                    and dt.date(y + 1, mo, 1) <= c.ref and not self._past_context(pos))

    def _looks_back_in_story(self, pos: int) -> bool:
        """A history's clause in the pluperfect: it looks back from the story's time."""
        return self.ctx.narrative and bool(self._clause_words(pos) & self.pluperfect_auxiliaries)

    def _story_turns_year(self, y: int, mo: int, pos: int) -> bool:
        """A history going on into the new year within a sentence ("Am 13. Dezember 1919 eroberten rote
        Truppen Kiew, und bis Anfang Januar verlor Denikin …"): a month early in the year after a day late in
        the year told earlier in the sentence is the next year's."""
        c = self.ctx
        return bool(c.narrative and c.last_day is not None and c.last_day.year == y and c.last_day.month >= 10
                    and mo <= 3 and c.last_day_sent == self.sent_index(pos))

    def _dated(self, y: int | None, mo: int, d: int | None, pos: int, named: bool = False):
        """Value for day/month with optional year; updates anchors (``named``: a day with its weekday,
        "am Samstag, 8. März", which clock times in the sentences after it belong to)."""
        relative = False
        c = self.ctx
        if y is None:
            y = self.year_context(pos, mo)
            if y is not None and d is None and self._month_after_told(y, mo, pos):
                y += 1  # "Im Dezember 2019 waren noch 204 Busse im Einsatz, im März 200" (August 2020): the March after
            elif y is not None and self._story_turns_year(y, mo, pos):
                y += 1
            if y is None and d is None:
                y = self._listed_month_year(mo) or self._season_month_year(mo, pos)  # "im Januar oder Februar"
                # (October): both next year; "im Frühjahr … das für April geplante Festival": that spring's
            if y is None and d is None and c.last_day and c.last_day.month == mo and not c.narrative \
                    and 0 <= self.sent_index(pos) - c.last_day_sent <= 1 \
                    and not (c.ref and c.last_day > c.ref and self.tense(pos) == PAST):
                y = c.last_day.year  # "Am 29. April ging sie … Für diesen einen Tag im April soll sie zahlen"; not a
                # day ahead for a past clause ("sollen am 1. November … bereitstehen. Vor einem Jahr hatte es ab
                # November mehr gegeben")
            told = c.months_told.get(mo)
            if y is None and d is None and told and not c.narrative and c.ref \
                    and 0 <= self.sent_index(pos) - told[1] <= 1 \
                    and _MONTH_NOUN_ARTICLE.search(self.text, max(0, pos - 8), pos) \
                    and not (dt.date(told[0], mo, 1) > c.ref and self.tense(pos) == PAST):
                y = told[0]  # "in den Corona-Monaten März, April und Mai. Der März kann als Panik-Monat
                # bezeichnet werden" (July): the March just told
            if y is None and d is not None and not c.narrative:
                y = self._story_year(mo, pos)  # "Anfang April 1976 trafen die Züge ein. Am 12. April begannen …"
            if y is None:
                b = self.base()
                if b is None:
                    return f"XXXX-{mo:02d}" + (f"-{d:02d}" if d else ""), True
                t = self._date_tense(pos)
                if t == PRESENT and self._announced(pos, self.present_event_words if d else self.weekday_event_words):
                    t = FUTURE  # "Das Fest findet am 20. März statt", "… im Juli statt" (December): the coming one
                    # (a month alone after "beginnt" may tell a story: "Im Februar beginnt die Chemotherapie")
                if t == PAST and self._deadline():
                    t = SOON  # "hat alle Reisen bis zum 30. April abgesagt" (February): this April
                back = cal.PERIOD_MONTHS_BACK if self._ends_span() else cal.PRESENT_MONTHS_BACK
                y = cal.year_for_month(b, mo, self._range_start_day(d) or d, t, back) if not self.ctx.narrative \
                    else b.year  # ("bis Ende Dezember" in February looks ahead)
                near = cal.day_near(b, lambda yy: dt.date(yy, mo, d), NEAR_DAY_REACH) \
                    if d and not self.ctx.narrative else None
                if near is not None and near > b and t == PAST \
                        and (self._opens_past_clause(pos) or self._in_opening_past_subordinate(pos)):
                    near = None  # "Am 22. März wurde der erste Lockdown verhängt" (1 March): last year's
                if near is not None:
                    y = near.year
                elif t == PRESENT and not self.ctx.narrative and self._open_end_context() \
                        and (b - dt.date(y, mo, min(d or 15, 28))).days > OPEN_END_BACK:
                    y += 1  # "ist bis 6. Jänner geöffnet" written in November: the coming January
                elif t == PRESENT and not self.ctx.narrative and y == b.year and self._continues_next_year(mo, d, pos):
                    y += 1  # "am Dienstag, 12. Januar, … für den 4. Februar, 20 Uhr" (November): next February
                elif t == PRESENT and y == b.year + 1 and c.told_year == b.year and not c.told_year_since \
                        and 0 <= self.sent_index(pos) - c.told_year_sent <= 1 and self.tense(c.told_year_pos) == PAST:
                    y = b.year  # "was uns 2020 bewegt hat. Im Februar wird Kemmerich gewählt" (December): a year
                    # review (not "dass es 2020 bei Abschlägen bleiben wird, … die Hilfe eher im Januar")
            relative = True
        else:
            self.saw_year(y, pos, lends=self._lends_year(self._start))
        if d:
            try:
                self.saw_day(dt.date(y, mo, d), pos, named=named)
            except ValueError:
                return None, relative
            return f"{y:04d}-{mo:02d}-{d:02d}", relative
        return f"{y:04d}-{mo:02d}", relative

    def _announced(self, pos: int, event_words: frozenset[str] | None = None) -> bool:
        """A present clause announcing an event ("Das Fest findet am 20. März statt", December: the coming
        March; `present_event_words.tsv`), not a habit, nor a year review told in the present ("Vom 18. März an
        müssen … schließen. … Am 19. März eröffnet …")."""
        return bool((event_words or self.present_event_words) & self._clause_words(pos)) \
            and not self.habitual_adverbs.search(self._clause(pos)) and not self._historical_present(pos)

    def _opens_past_clause(self, pos: int, opener: re.Pattern[str] = _STORY_OPENER) -> bool:
        """A date that opens its sentence after a preposition and a past verb right after it ("Am 22. März
        wurde …"): the time of what the clause tells, not the date of a noun ("Die Vorstellung am 24. September
        war ausverkauft")."""
        s = self._sentence(pos)
        verb = re.match(r"\W*(\w+)", self.text[self._end:s.end])
        return bool(opener.fullmatch(self.text, s.start, self._start)) and bool(verb) \
            and tense_of(verb.group(1), self.lang) == PAST and verb.group(1).lower() not in self.plan_modals
        # (not a plan: "Am 24. Mai wollte die AfD … demonstrieren", written on 21 May)

    def _in_opening_past_subordinate(self, pos: int) -> bool:
        """ "Als in der Nacht zum 28. Januar der Sprecher … informierte, …" (30 December): a date in a past
        clause that opens its sentence with "als" tells an event gone, not the day ahead."""
        s = self._sentence(pos)
        head = re.match(r"\W*(\w+)\s", self.text[s.start:self._start])
        last = re.findall(r"\w+", self.text[s.start:s.end].split(",")[0])[-1:]  # its verb ends the clause (not
        # "Als neuen Termin nannte der Sprecher den 1. Oktober": "as")
        return bool(head) and head.group(1).lower() in self.past_subordinators and bool(last) \
            and tense_of(last[0], self.lang) == PAST

    def _season_month_year(self, mo: int, pos: int) -> int | None:
        """The year of a month of the season told before it in its sentence ("als er im Frühjahr das für April
        geplante Festival absagen musste", October: 2020's spring, so April 2020)."""
        told = self.ctx.season_told
        if told is None or told[2] != self.sent_index(pos) or self.ctx.narrative:
            return None
        first, last = cal.SEASON_MONTHS[told[1]]
        if first <= last:
            return told[0] if first <= mo <= last else None
        return told[0] if mo >= first else told[0] + 1 if mo <= last else None  # a winter runs into the new year

    def _listed_month_year(self, mo: int) -> int | None:
        """The year of a month listed right after another month ("im Januar oder Februar", "im Dezember,
        Februar und März"): the year of the one before, or the next when the list steps a few months on
        across the new year; not the end of a range ("zwischen Januar und September"), which
        ``merge_ranges`` reads as one."""
        prev = _MONTH_VALUE.fullmatch(self._prev_value or "")
        if not prev or not _LIST_ITEM_GAP.fullmatch(self.text[self._prev_end:self._start]) \
                or self.g.range_open.search(self.text, max(0, self._prev_start - 16), self._prev_start):
            return None
        step = (mo - int(prev.group(2))) % 12
        if mo < int(prev.group(2)) and step > LIST_STEP_MONTHS:
            return None  # "im vergangenen Oktober und im Juni" (July): a list going back, each its own
        return int(prev.group(1)) + (1 if mo < int(prev.group(2)) else 0)

    def _relative_year_after(self, end: int) -> int | None:
        """The year named right after a month or season: "im Mai im Jahr 2019", or by a shift word
        counted from the document date ("im Sommer in diesem Jahr", "im Mai im kommenden Jahr")."""
        after = _RELATIVE_YEAR_AFTER.match(self.text, end)
        if after and after.group(1):
            return int(after.group(1))  # "im Mai im Jahr 2019"
        n = self.lx.shift_of(after.group(2)) if after else None
        b = self.base()
        return b.year + n if n is not None and b is not None and not self.ctx.narrative else None

    def _story_year(self, mo: int, pos: int) -> int | None:
        """News telling a past year's story day by day: a day in the month of the last month or day
        told in an earlier year, or in the month after, within one sentence of it, keeps that year."""
        c = self.ctx
        last, sent = (c.last_month, c.last_month_sent) if c.last_month is not None and (
            c.last_day is None or c.last_month_sent > c.last_day_sent) else (c.last_day, c.last_day_sent)
        if last is None or c.ref is None or last.year >= c.ref.year or not 0 <= mo - last.month <= 1 \
                or not 0 <= self.sent_index(pos) - sent <= 2 or self.tense(pos) == FUTURE \
                or c.told_year != last.year or self.sent_index(pos) - c.told_year_sent > STORY_YEAR_SENTENCES:
            return None  # a year told, not one read from the tense ("am 3. Oktober wurde … verlegt")
        return last.year

    def _continues_next_year(self, mo: int, d: int | None, pos: int) -> bool:
        """A day or month in a present clause that follows a day told in next year and lies after it
        and within half a year of the paper: a programme of dates ahead, in one sentence or, with a
        clock time after each date, within two ("am Dienstag, 12. Januar, 19 Uhr … für den 4. Februar,
        20 Uhr"); not a chronicle in the historical present ("Am 8. März wird bekannt …")."""
        last, ref = self.ctx.last_day, self.ctx.ref
        if last is None or ref is None or last.year != ref.year + 1 or (mo, d or 31) < (last.month, last.day) \
                or (dt.date(ref.year + 1, mo, min(d or 1, 28)) - ref).days > CONTINUED_YEAR_DAYS:
            return False
        gap = self.sent_index(pos) - self.ctx.last_day_sent
        return gap == 0 or gap <= 2 and any(p.match(self.text[self._end:self._end + 40]) for p in self.programme_clock)

    def r_date_num(self, m):
        if m.group("iy"):
            y, mo, d = int(m.group("iy")), int(m.group("im")), int(m.group("id"))
        else:
            y, mo, d = self._year2(m.group("y")), int(m.group("m")), int(m.group("d"))
        if not (1 <= mo <= 12 and 1 <= d <= 31):
            return None
        v, rel = self._dated(y, mo, d, m.start())
        return ("DATE", v, None, rel) if v else None

    def r_date_dm_num(self, m):
        """ "am 14. 9.", "bis 20.9.": day and month in digits without a year (notices)."""
        mo, d = int(m.group("m")), int(m.group("d"))
        before = self.text[max(0, m.start() - 16):m.start()].rstrip()
        words = before[:-1].split()
        bracketed = before.endswith("(") and bool(words) and words[-1].lower() in self.lx.weekdays  # "Montag (27.7.)"
        joined = bool(self.g.day_joined_before.search(before))  # "(21.–23.8.)", "19./20. 9.": a range's or list's end
        labelled = before.endswith(":") and bool(words) and words[-1][:1].isupper()  # "Anmeldeschluss: 15.11."
        if re.search(r"\d[.,]\d+\s*$", before) and not m.group("wd"):
            return None  # "die Hallen 6.0 und 6.1.", "Versionen 2.0 und 3.1.": the last of a list of decimals
        if not (1 <= mo <= 12 and 1 <= d <= 31) or not (m.group("prep") or m.group("wd") or bracketed or joined
                                                        or labelled or m.group("clk") is not None):
            return None  # bare "3. 4." may be ranks or a list; "7.12., 20 Uhr" in a listing is a day
        y = self._year_of_weekday(self._weekday_number(m.group("wd")), mo, d, m.start()) if m.group("wd") else None
        v, _ = self._dated(y, mo, d, m.start("d"), named=bool(m.group("wd")))  # the day's sentence, even if "Fr."
        # ended one
        return ("DATE", v, None, True) if v else None

    def r_date_this_month(self, m):
        """ "am 15. d. M." (dieses Monats): a day of the month the text is written in."""
        b, d = self.base(), int(m.group("d"))
        if b is None:
            return "DATE", f"XXXX-XX-{d:02d}", None, True
        try:
            day = b.replace(day=d)
        except ValueError:
            return None
        self.saw_day(day, m.start(), named=True)  # a sentence split after "M." must not lose the day
        return "DATE", day.isoformat(), None, True

    def r_date_dm(self, m):
        mo = self.lx.months[m.group("mon").lower()]
        d = int(m.group("d")) if m.group("d") else self.lx.ordinals[m.group("dw").lower()]
        if not 1 <= d <= 31:
            return None
        y = None
        if m.group("y"):
            y = int(m.group("y"))
            if m.group("bc"):
                return "DATE", f"BC{y:04d}-{mo:02d}-{d:02d}", None, False
        elif m.group("ofy"):
            y = self._of_year(m.group("ofy"), m.start())
        elif m.group("wd"):
            y = self._year_of_weekday(self._weekday_number(m.group("wd")), mo, d, m.start())
        v, rel = self._dated(y, mo, d, m.start("d") if m.group("d") else m.start("dw"), named=bool(m.group("wd")))
        if y is not None and not m.group("y"):
            rel = True
        return ("DATE", v, None, rel) if v else None

    def _range_start_day(self, d: int | None) -> int | None:
        """The bare day opening the range this day of a month ends ("zwischen 1. und 15. Februar"): the range's
        year is the one of its start."""
        start = re.fullmatch(r"XXXX-XX-(\d\d)", self._prev_value or "")
        if d is None or not start or int(start.group(1)) > d \
                or not self.g.range_join.match(self.text[self._prev_end:self._start]):
            return None
        return int(start.group(1))

    def _weekday_number(self, word: str) -> int:
        """ISO number of a weekday name or of its abbreviation with a dot ("Fr.")."""
        return self.lx.weekdays.get(word.lower()) or self.lx.weekday_abbrevs[word.rstrip(".")]

    def _date_tense(self, pos: int) -> str:
        """Direction for a day or month without a year: "seit 26. März" lies in the past; an item of a list
        takes the direction of the one before it ("auf Ende September, Anfang Oktober festgelegt")."""
        last = self._last_direction
        if last and (_LIST_ITEM_GAP.fullmatch(self.text[last[0]:self._start])
                     or self.g.range_join.match(self.text[last[0]:self._start])):  # "den 28. September bis 6. Oktober"
            self._last_direction = (self._end, last[1])
            return last[1]
        t = self._own_date_tense(pos)
        self._last_direction = (self._end, t)
        return t

    def _own_date_tense(self, pos: int) -> str:
        postponed_to = self.postponed_before.search(self.text[max(0, self._start - 12):self._start])
        if self._attributive_plan() and self.tense(pos) == PAST \
                and not self.announced_before.search(self.text[max(0, self._start - 40):self._start]):
            return DROPPED  # "sagte die Stadt die Mitte November geplante Veranstaltung ab" (October): this November;
            # "Das im März geplante Fest fiel aus" (October): the March gone
        if self._past_context(self._start) or self._attributive_past() and not postponed_to or self._past_when_after():
            return PAST  # not "der auf Herbst verschobene neue Bond-Titel": the date it was moved to
        if any(p.search(self.text[max(0, self._start - 40):self._start]) for p in self.dated_event_contexts):
            return NEAR  # "nach den US-Wahlen vom 3. November" (January): the November before; (August): this one
        thing = _THING_OF_DAY.search(self.text[max(0, self._start - 40):self._start])
        if thing and thing.group(1).lower() not in self.time_span_nouns \
                and not _SPAN_OR_MOVE_AFTER.match(self.text, self._end):
            return PAST  # "an dem Parlamentsbeschluss vom Januar festhalten wollen" (May): what a thing is dated by
            # lies behind; not a range ("die Messe vom 18. bis 20. September"), a start ("vom 1. Juli an") or a
            # move ("der Drehbeginn der Folgen vom April in den Mai verschoben")
        if _BRACKETED.search(self.text[max(0, self._start - 16):self._start]) and \
                re.match(r"[^()]{0,30}\)", self.text[self._start:self._start + 31]):
            return PRESENT  # "vor der Kommunalwahl (13. September)": the day of the noun before, this year's
        if self._said_before(self._start, self.cause_date_contexts) and (
                self.tense(pos) != PAST or self.plan_modals & self._clause_words(pos)) \
                and not self._said_before(self._start, self.event_date_contexts):  # not "Wegen der Wahl im
            # September soll erst die künftige Regierung …" (January): an event the clause looks ahead to
            return NEAR  # "Wegen des Stillstands im März wird die Wirtschaft schrumpfen" (May): the March before;
            # a past clause keeps its past ("das aufgrund der Ausfälle im Frühling ausgedehnt wurde")
        if self._attributive_present():
            return PRESENT  # "Lehrverträge für das im Herbst beginnende Ausbildungsjahr wurden abgeschlossen"
        if self._said_before(self._start, self.months_named_contexts) and self.tense(pos) != PAST:
            return NEAR  # "für die Monate April, Mai und Juni erstattet werden" (June): this April; not "haben die
            # Übersterblichkeit in den Monaten März bis Juni betrachtet" (November): the March gone
        if self._original_plan(pos):  # "Der ursprüngliche Termin am 27. September war nicht zu halten" (June): this
            dropped = self._plan_dropped(pos)
            if dropped and self.time_told_anaphors & self._sentence_words(pos):
                return PAST  # "sollte ursprünglich schon im März präsentieren, was damals verschoben werden musste"
            return DROPPED if dropped else NEAR  # September; "Wegen der Pandemie war der Prozess
            # verschoben worden, er sollte ursprünglich im März beginnen" (October): the March gone
        # "mit der drohenden Verjährung Ende Juli" (May): ahead of when it was said
        if self._said_before(self._start, self.warned_date_contexts):
            return FUTURE  # "warnte vor Nahrungsmittelengpässen im Herbst" (April): a danger ahead
        if self._said_before(self._start, self.impending_date_contexts):
            return SOON if self.tense(pos) == PAST else FUTURE
        t = self.tense(pos)
        if t == FUTURE and postponed_to and self.ctx.past_told and self.postponement_narrated & self._clause_words(pos):
            return NEAR  # "Im März mussten sie absagen. Das Festkonzert wurde zunächst auf Oktober verschoben"
            # (December): moved in a story told of the past, this October
        if t == PRESENT and self._said_before(self._start, self.present_ahead_contexts) \
                and not re.search(r"\d", self.text[self._start:self._end]):  # not a chronicle's "Erst am 11. Februar
            return FUTURE  # nennt die WHO sie Covid-19"; "erwartet der Mediziner erst im April" (December): next April
        if t == FUTURE and (self._fronted_circumstance(pos) in self.prior_circumstance
                            or self._said_before(self._start, self.prior_event_contexts)
                            and not self._said_before(self._start, self.event_date_contexts)):
            return NEAR  # "Nach dem Rettungsschirm im März soll nun ein Paket folgen" (June): this March
        if t == PAST and self._announced_in_clause_before(pos, self.forecast_verbs):
            return FUTURE  # "versprach, dass voraussichtlich alle Bürger im Sommer ein Impfangebot erhielten"
            # (January): a promise's or forecast's content lies ahead
        if t == PAST and any(p.match(self.text[self._end:self._end + 40]) for p in self.talked_of_followers):
            return NEAR  # "bislang war intern von Mitte April die Rede" (March): a date talked of, the nearest
        if t == PAST and self._said_before(self._start, self.aimed_date_contexts):
            return NEAR  # "Reiseziele für den Sommer – das war heute wichtig" (May): this summer
        if t == PAST and self._expecting(pos):
            return NEAR  # "Mit der Geburt wurde eigentlich erst im Frühsommer gerechnet" (April): what was expected
            # lies near the paper, ahead as well as behind
        if t == PAST and self._given_up_plan(pos):
            return NEAR  # "Eigentlich hätte er am 4. Dezember gewählt werden sollen" (November): this December
        s = self._sentence(pos)
        if (t == PAST or t == FUTURE and tense_of(self.text[s.start:s.end], self.lang) == PAST) \
                and self._announced_for(pos):  # "hatte angekündigt, für April bis Juni … zu übernehmen"; not "Der
            # Termin ist für den 11. September angesetzt" (February): a plan told now lies ahead
            return NEAR  # "für Anfang Februar kündigte Söder an": the month aimed at, the nearest one
        if t == PAST and (self._announced_object(pos) or self._announced_list(pos)):
            if self.forecast_verbs & self._clause_words(pos):
                return FUTURE  # "prognostizierte einen erneuten Anstieg im Herbst" (March): the autumn ahead
            return NEAR  # "kündigte die Rückkehr der Klassen in die Schulen im Juni an" (May): this June;
            # "weitere Auftritte angekündigt: Ende August in Verona, Anfang September in Wien" (August)
        if t == PAST and self.plan_modals & self._sentence_words(pos):  # "wollte im Mai eröffnen": a plan,
            s = self._sentence(pos)  # not a past May, when the modal is the only past marker (of the quote
            sentence = self.text[s.start:s.end]  # around it: „Beides sollte Mitte Dezember fertig sein“, sagte er)
            words = re.findall(r"\w+", quoted_speech(sentence, pos - s.start) or self._main_clauses(pos, sentence))
            rest = " ".join(w for w in words if w.lower() not in self.plan_modals)
            if tense_of(rest, self.lang) != PAST:
                return PRESENT
        if t == PAST and self._said_before(self._start, self.event_date_contexts) \
                and not self._event_gone(pos):
            if self._said_before(self._start, self.event_aim_contexts):
                return FUTURE  # "zum Direktkandidaten für die Bundestagswahl im September gekürt" (February)
            return SOON  # "warf seinem Herausforderer bei der Wahl am 3. November vor" (September): this November
        if t == FUTURE and self.plan_modals & self._clause_words(pos):
            return NEAR  # "der Prozess, der im März beginnen sollte" (April): a plan of the past, the nearest March
        if t == FUTURE and self._announced_in_clause_before(pos):
            return NEAR  # "forderte die Briten auf, im August zurückzukehren" (September): this August
        if t == FUTURE and self._past_purpose(pos):
            return NEAR  # "Sie hat die Pause genutzt, um im Sommer ein Album aufzunehmen" (November): this summer
        return t

    def _main_clauses(self, pos: int, sentence: str) -> str:
        """The clause at ``pos`` when a subordinator opens it ("…, die im Juni starten wollte"), else the
        sentence without the subordinate clauses after its commas: "wollten die Grünen … tagen, wo die Partei
        gegründet worden war" has no past beside the modal, "Im Dezember wollte er kandidieren, dann kam der
        Skandal" has."""
        clause = self._clause(pos)
        first = re.match(r"\W*(\w+)", clause)
        if first and first.group(1).lower() in self.subordinators:
            return clause
        return _SUBORDINATE_CLAUSE.sub(
            lambda c: " " if c.group(1).lower() in self.subordinators and c.group() not in clause else c.group(),
            sentence)

    def _announced_list(self, pos: int) -> bool:
        """A date in what follows a colon after an announcing verb: the dates announced."""
        s = self._sentence(pos)
        told = re.search(r"(\w+)\s*:[^:]*$", self.text[s.start:self._start])
        return bool(told) and told.group(1).lower() in self.announcement_verbs

    def _announced_object(self, pos: int) -> bool:
        """A date right after a noun in a clause whose verb announces or demands: part of what was
        announced ("hat die Öffnung der Schulen im Herbst gefordert"), not the time of announcing
        ("hat im Juni angekündigt", "kündigte im Juni an")."""
        s = self._sentence(pos)
        noun = re.search(r"(?<=\w\s)(?-i:[A-ZÄÖÜ])[\w-]+\s+(?:im|am|zum|ab)\s+$",
                         self.text[max(s.start, self._start - 40):self._start])
        after = self.text[self._end:s.end]
        announcing = {w for w in self.announcement_verbs & self._clause_words(pos)
                      if not re.search(rf"\b{w.capitalize()}\b", after)}  # (not a noun after the date: "hatten die
        # Hersteller im Frühjahr noch die Hoffnung": when they hoped)
        if not noun or not announcing or any(p.search(noun.group()) for p in self.event_date_contexts):
            return False  # "beim EU-Gipfel im Februar beschlossen": the time of the meeting that decided
        done = re.match(r"\s+(\w+)\s+(?:wurden?|worden)\b", self.text[self._end:self._end + 40])
        opening = {w.lower() for w in re.findall(r"\w+", self._clause(pos))[:2]}
        if done and done.group(1).lower() in announcing and self.event_time_subordinators & opening:
            return False  # "(noch) bevor Kontaktbeschränkungen im März beschlossen wurden": when it was decided (not
            # "bevor die Verlängerung des Lockdowns im Dezember absehbar war")
        following = re.match(r"\s+(\w+)", self.text[self._end:self._end + 30])
        if following and following.group(1).lower() in self.articles:
            return False  # "hatte der US-Kongress im März das Hilfspaket beschlossen": the object follows
        # "Nach den Infektionen im Frühjahr hatte das Kabinett … beschlossen": a fronted circumstance
        return self._fronted_circumstance(pos) not in self.fronted_circumstance

    def _fronted_circumstance(self, pos: int) -> str:
        """The preposition opening the sentence when the expression stands in that fronted phrase,
        before any finite verb ("Nach den Infektionen im Frühjahr hatte …" -> "nach"), else ""."""
        s = self._sentence(pos)
        head = [w.lower() for w in re.findall(r"\w+", self.text[s.start:self._start])]
        if not head or _CLAUSE_COMMA.search(self.text, s.start, self._start) \
                or self.clause_final_verbs.intersection(head) or self.announcement_verbs.intersection(head):
            return ""
        return head[0]

    def _given_up_plan(self, pos: int) -> bool:
        """A plan told in the past, given up or made for a date (`tense_given_up_plans.txt`), unless the sentence
        goes on in the past after it ("Ich hätte im Februar nach Shanghai fliegen sollen, dann war China dicht"
        (November): the February gone)."""
        s = self._sentence(pos)
        sentence = " ".join(self.text[s.start:s.end].split())
        for p in self.given_up_plans:
            if (m := p.search(sentence)) is not None:
                comma = sentence.find(",", m.end())
                rest = sentence[comma + 1:].strip(" ,.;") if comma >= 0 else ""
                return not (rest and tense_of(rest, self.lang) == PAST and not self.plan_contrast.match(rest))
        return False

    def _past_when_after(self) -> bool:
        """A date followed by ", als …" in the past ("ihre Empfehlungen von Ende Januar, als die WHO eine
        Notlage ausrief") or in a reportage's present ("Die Sonne scheint am Freitagnachmittag, als sie den
        Supermarkt betritt"): the time of that event, gone whatever the tense around it."""
        after = re.match(r"\s*,\s*(\w+)\s+([^,.;:!?]+)", self.text[self._end:self._end + 200])
        if not (after and after.group(1) in self.past_subordinators):
            return False
        t = tense_of(after.group(2), self.lang)
        last = after.group(2).split()[-1:]  # a clause of its own ends in its verb (not ", als Gäste des Rats")
        return t == PAST or t == PRESENT and bool(last) and self._verb_word(last[0])

    def _verb_word(self, word: str) -> bool:
        """Whether ``word`` is a finite verb by the tense markers' lists or by its shape."""
        return word in self.finite_words or verb_shaped(word, self.lang)

    def _announced_in_clause_before(self, pos: int, verbs: frozenset[str] | None = None) -> bool:
        """A clause ahead ("…, im Sommer werde man …", "…, im August zurückzukehren") that completes a
        past call or prophecy in the clause before its comma (``appeal_verbs.txt``)."""
        s = self._sentence(pos)
        clause, opener = clause_with_opener(self.text, s.start, s.end, pos)
        start = self.text.find(clause, s.start, s.end)
        if opener != "," or start < 0:
            return False
        before = self.text[s.start:start].rstrip(" ,")
        last = re.split(r"[,;:]", before)[-1]
        words = {w.lower() for w in re.findall(r"\w+", last)}
        return bool(words & (self.appeal_verbs if verbs is None else verbs)) and tense_of(last, self.lang) == PAST

    def _past_purpose(self, pos: int) -> bool:
        """An "um … zu" clause in a sentence that tells the past: an aim of then, not of now (other
        zu-infinitives, "schlugen vor, … erst zum Juli in Kraft zu setzen", still aim ahead)."""
        s = self._sentence(pos)
        clause, opener = clause_with_opener(self.text, s.start, s.end, pos)
        words = clause.split()
        if not words or words[0].lower() not in self.purpose_openers \
                or not any(p.search(clause) for p in self.future_patterns):
            return False
        rest = self.text[s.start:s.end].replace(clause, " ")
        return tense_of(rest, self.lang) == PAST

    def _clause(self, pos: int) -> str:
        s = self._sentence(pos)
        return clause_at(self.text, s.start, s.end, pos)

    def _clause_words(self, pos: int) -> set[str]:
        return {w.lower() for w in re.findall(r"\w+", self._clause(pos))}

    def _expecting(self, pos: int) -> bool:
        """An expectation told in the clause ("wurde erst im Frühsommer gerechnet"), not a comparison with one
        ("hat im vierten Quartal besser abgeschnitten als prognostiziert")."""
        words = re.findall(r"(?<!\bals\s)(?<!\bwie\s)\b\w+", self._clause(pos), re.IGNORECASE)
        return bool(self.expectation_participles & {w.lower() for w in words})

    def _original_plan(self, pos: int) -> bool:
        """ "ursprünglich am 17. März": an original plan in the expression's sentence; not a passive
        Perfekt, which tells what was done ("Ursprünglich sei der Antrag im Februar eingereicht worden"), unless
        the marker stands in the expression's own clause and the passive in another ("… war der Prozess verschoben
        worden, er sollte ursprünglich im März beginnen")."""
        clause = self._clause_words(pos)
        if self.done_passive & clause:
            return False
        words = clause if self.done_passive & self._sentence_words(pos) else self._sentence_words(pos)
        return bool(self.original_plan & words)

    def _plan_dropped(self, pos: int) -> bool:
        """Whether the sentence tells the event was moved or called off: its original date more likely lies behind."""
        return bool((self.postponement_verbs | self.cancellation_verbs) & self._sentence_words(pos))

    def _attributive_past(self) -> bool:
        """ "der im März eingesetzte Generalsekretär", "das am Montag beschlossene Gesetz": the
        expression dates a participle used as an adjective, a past event whatever the clause says; not an
        open end ("ab Mittwoch auch ausgewählte Geschäfte": a state from then on)."""
        opening = _STORY_OPENER.fullmatch(self.text, self._sentence(self._start).start, self._start)
        first = opening.group().split()[:1] if opening else []
        if self._open_end_context() or opening and not (first and first[0].lower() in self.articles):
            return False  # nor a date opening its sentence, whose next word is the verb ("Am Mittwoch beraten Bund
            # und Länder"); an article there opens the attribute ("Das Mitte März … verhängte Verbot")
        after = self.text[self._end:self._end + 120]
        if any(p.match(after) for p in self.attributive_past):
            return True
        return self._attribute_opened() and any(p.match(after) for p in self.attributive_past_after_article)

    def _attributive_plan(self) -> bool:
        """ "die Mitte November geplante Veranstaltung": a planning participle used as an adjective after an
        article dates a plan, soon ahead of the paper or gone, whatever the clause's tense."""
        after = re.match(r"\s+([a-zäöüß]+?)e[nmrs]?\s+[A-ZÄÖÜ]", self.text[self._end:self._end + 60])
        before = self.text[max(0, self._start - 12):self._start].split()[-1:]
        return bool(after) and after.group(1) in self.plan_participles \
            and (bool(before) and before[0].lower() in self.articles or self._attribute_opened())

    def _attribute_opened(self) -> bool:
        """An article a few small words before the date opens an attribute: "der im Frühjahr installierten …",
        "das schon einmal von Juni auf Ende dieses Monats verschobene Treffen"; not a relative pronoun right
        after a comma whose clause closes with its finite verb ("…, der am Donnerstag als Anzeige in
        ausgewählten Medien erscheinen soll")."""
        window = self.text[max(0, self._start - 40):self._start]
        before = re.split(r"[,;:]", window)[-1].split()
        opened = any(w.lower() in self.attribute_openers and all(x[:1].islower() for x in before[i + 1:])
                     for i, w in enumerate(before[-5:-1], start=max(0, len(before) - 5)))
        if not opened or "," not in window or len(before) > 5 or before[0].lower() not in self.attribute_openers:
            return opened
        rest = re.match(r"[^,;:.!?]*", self.text[self._end:]).group().split()
        return not (rest and self._verb_word(rest[-1]))

    def _attributive_present(self) -> bool:
        """ "für das im Herbst beginnende Ausbildungsjahr", "des Ende September endenden Geschäftsjahres":
        a present participle dates its noun by the paper's present, whatever tense the clause has."""
        if not _PRESENT_PARTICIPLE_AFTER.match(self.text, self._end):
            return False
        last = self.text[max(0, self._start - 8):self._start].split()[-1:]
        return bool(last and last[0] in self.articles) or self._attribute_opened()  # "des Ende September …"

    def _deadline(self) -> bool:
        """ "bis zum 30. April", "bis Ende Mai" as the end of a state or plan, not of a range with its start told
        (seasons keep their reading: "brachte das Infektionsgeschehen bis zum Frühjahr unter Kontrolle")."""
        if not any(p.search(self.text, max(0, self._start - 40), self._start) for p in self.deadline_contexts) \
                or not self._open_end_context():
            return False
        s = self._sentence(self._start)  # not a state run out ("Die Ausstellung war bis 6. Jänner geöffnet"),
        clause = self._clause(self._start)  # in the date's clause, after an "und" joining another
        start = max(self.text.find(clause, s.start, s.end), s.start)
        joined = [m.end() for m in _JOINING_UND.finditer(self.text, start, self._start)]
        own = self.text[joined[-1] if joined else start:start + len(clause)]
        if not has_finite_verb(own, self.lang) and start > s.start:
            own = self._clause(start - 2) + own  # "was früher mal los war, bis März": the state the end is added to
        return not self.deadline_past_states & {w.lower() for w in re.findall(r"\w+", own)}

    def _ends_span(self) -> bool:
        """ "bis Ende Dezember", "ab März": the expression opens or closes a span, alone or as a range's end."""
        return any(p.search(self.text[max(0, self._start - 24):self._start]) for p in self.future_date_contexts)

    def _open_end_context(self) -> bool:
        """ "bis 6. Jänner", "ab 1. März" as the open end of a state, not the end of a
        range that starts with the expression before ("vom 20. bis 23. Februar")."""
        if not self._ends_span():
            return False
        gap = self.text[self._prev_end:self._start]
        return not (0 <= self._start - self._prev_end <= 16 and self.g.range_join.match(gap))

    def _year_of_weekday(self, wd: int, mo: int, d: int, pos: int) -> int | None:
        """ "Dienstag, 17. November" without a year: the year near the reference in
        which that day is that weekday (None when no or several years fit)."""
        ctx_y, b = self.year_context(pos), self.base()
        if ctx_y is not None:
            try:
                told = dt.date(ctx_y, mo, d)
            except ValueError:
                return None
            if b is not None and told.isoweekday() == wd and abs((told - b).days) <= WEEKDAY_YEAR_REACH:
                return ctx_y  # "für Mittwoch, den 18. März und Samstag, den 21. März" (June): both this year's
            if told.isoweekday() == wd or b is None:
                return None  # the year told before fits the weekday ("von 1989 bis 1997 …, am Sonntag, 8. Januar")
        if b is None:
            return None
        fits = []
        for y in (b.year - 1, b.year, b.year + 1):
            try:
                day_ = dt.date(y, mo, d)
            except ValueError:
                continue
            if day_.isoweekday() == wd and abs((day_ - b).days) <= WEEKDAY_YEAR_REACH:
                fits.append(y)
        return fits[0] if len(fits) == 1 else None

    def _story_told_year(self, pos: int) -> int | None:
        """The year told a few sentences before ``pos`` (not one a span started in): what "des Jahres" and
        "in jenem Sommer" refer to."""
        c = self.ctx
        return c.told_year if c.told_year is not None and not c.told_year_since \
            and 0 <= self.sent_index(pos) - c.told_year_sent <= STORY_YEAR_SENTENCES else None

    def _of_year(self, phrase: str, pos: int) -> int | None:
        """ "dieses Jahres", "nächsten Jahres" → a year; "des Jahres" → the year in context;
        "des Vorjahres" → the year before the one told just before, else before the reference."""
        unit, shift = self.lx.anchored.get(phrase.split()[-1].lower(), (None, 0))
        if self.year_before_genitive.fullmatch(phrase):
            unit, shift = "Y", -1  # "Juli des Jahres zuvor": as "des Vorjahres"
        phrase = self.shifted_year_article.sub("", phrase, count=1) if len(phrase.split()) == 3 else phrase
        if unit == "Y":
            told, b = self._year_told_just_before(pos), self.base()
            return (told or b).year + shift if told or b else None
        first = phrase.split()[0]
        n = self.lx.shift_of(first)
        if n is None:  # "des Jahres": the year told a few sentences before ("Anfang April 1976 … Ab 11. September
            # des Jahres"), else the paper's
            return self.year_context(pos) or self._story_told_year(pos) or (self.base().year if self.base() else None)
        if self.ctx.narrative and self.ctx.last_year is not None:
            return self.ctx.last_year + n  # "Im Herbst 2002 …, im März des folgenden Jahres": 2003
        b = self.base()
        return b.year + n if b else None

    def r_daypart_of_date(self, m):
        """ "am Morgen des 22. Juni 1941", "am Morgen des 26.5.", "am Abend des Sonntags": a part of a named day."""
        if m.group("wdg"):
            d = self._weekday_told_in_genitive(self.lx.weekdays[m.group("wdg").lower()], m.start())
            return ("TIME", f"{cal.day(d)}T{self._dp(m, 'dp')}", self._part(m), True) if d else None
        mo = self.lx.months[m.group("mon").lower()] if m.group("mon") else int(m.group("mnum"))
        d = int(m.group("d"))
        if not 1 <= mo <= 12:
            return None
        y = int(m.group("y")) if m.group("y") else self._of_year(m.group("ofy"), m.start()) if m.group("ofy") else None
        v, rel = self._dated(y, mo, d, m.start())
        if not v:
            return None
        return "TIME", f"{v}T{self._dp(m, 'dp')}", self._part(m), rel or bool(m.group("ofy"))

    def _weekday_told_in_genitive(self, wd: int, pos: int) -> dt.date | None:
        """ "im Laufe des Sonntags", "am Abend des Sonntags": that one Sunday, named for what follows."""
        b = self.base()
        if b is None:
            return None
        d = self._weekday_date(b, wd, None, pos)
        self.saw_day(d, pos, named=True)
        return d

    def r_day_only(self, m):
        return "DATE", "XXXX-XX-" + f"{int(m.group('d')):02d}", None, True

    def r_month(self, m):
        word = m.group("mon")
        key = word.lower()
        mo = self.lx.months.get(key)
        if mo is None:
            return None
        y = int(m.group("y")) if m.group("y") else int(m.group("y2")) if m.group("y2") else None
        if y is None and m.group("ofy"):
            y = self._of_year(m.group("ofy"), m.start())
        ry = int(m.group("ry")) if m.group("ry") else None
        if ry and self.ctx.ref and not self.ctx.narrative and ry < self.ctx.ref.year - self.OLD_COUNT_YEARS:
            ry = None  # "von März bis August 1100 neue Hunde": a count
        if y is None and ry:  # "von Oktober bis Dezember 2015", "November bis Februar 2016"
            end_mo = self.lx.months.get(m.group("rmon").lower(), mo)
            y = ry - (1 if mo > end_mo else 0)
        if y is None and word[:1].islower() or not word.isupper() and any(ch.isupper() for ch in word[1:]):
            return None  # "mai" as part of something else; "JuLi" (the Junge Liberale)
        if y is None and not m.group("part") and self._told_surname(word, m.start("mon")):
            return None  # "Mirko März, Betreiber des Cafés … erzählt März"
        prefix = re.search(r"([A-ZÄÖÜ]\w*)-$", self.text[max(0, m.start() - 20):m.start()])
        if y is None and prefix and (self.text[m.end():m.end() + 1] == "-" or prefix.group(1) in self.first_names):
            return None  # "am Karl-August-Platz", "Karl-August Müller": a name; not "im Lockdown-April 2020", "im
            # Corona-April"
        if y is None and _TRUNCATED_COMPOUND.match(self.text, m.end()):
            return None  # "die November- und Dezemberhilfen": part of a noun, as "Dezemberhilfen" is
        if y is None and not m.group("part") and not m.group("ofy") and self._looks_like_name(m):
            return None  # "August Bebel"
        if y is None and not ry:
            y = self._relative_year_after(m.end())  # "im Mai im kommenden Jahr"
        if y is None and not ry and (self._said_before(m.start(), self.yearly_months) or self._habitual(m.start())):
            return "SET", f"XXXX-{mo:02d}", self._part(m), False  # "findet jährlich im Mai statt": every May
        if y is None and (moved_from := self._moved_from_month()) is not None:
            y = moved_from[0] + (mo <= moved_from[1])  # "von März auf September verschoben": the first September
            # after that March, whatever lies ahead of the paper
        v, rel = self._dated(y, mo, None, m.start())
        mod = self._part(m)
        if v and v[:4].isdigit() and not self._since(m.start()):  # "seit März … einen Tag zuvor": not from March
            self.saw_month(int(v[:4]), mo, mod, m.start())
            if rel and not self._compared(m.start()):
                self.ctx.months_told[mo] = (int(v[:4]), self.sent_index(m.start()))
        return "DATE", v, mod, rel

    def _moved_from_month(self) -> tuple[int, int] | None:
        """Year and month of the month right before, when this one is what it was moved to ("von März auf")."""
        prev = _MONTH_VALUE.fullmatch(self._prev_value or "")
        gap = self.text[self._prev_end:self._start].split()
        before = [w.lower() for w in self.text[max(0, self._prev_start - 20):self._prev_start].split()[-2:]]
        if not prev or len(gap) != 1 or gap[0].lower() not in self.count_moves \
                or not set(before) & self.lx.range_open:  # "von (Ende) März auf"
            return None
        return int(prev.group(1)), int(prev.group(2))

    def _day_told(self) -> tuple[dt.date, int] | None:
        """The day told last and its sentence, a span's start ("seit Samstag") included: what
        "am selben Tag" and "an diesem Tag" refer to."""
        c = self.ctx
        if c.since_day and (c.last_day is None or c.since_day[1] >= c.last_day_sent):
            return c.since_day
        return (c.last_day, c.last_day_sent) if c.last_day else None

    def _habitual(self, pos: int) -> bool:
        """A present clause that tells what happens every year ("Normalerweise geht im Februar die Arbeitslosigkeit
        zurück"): a habitual adverb before the date in its clause."""
        s = self._sentence(pos)
        clause = clause_at(self.text, s.start, s.end, pos)
        head = clause[:clause.find(self.text[pos:self._end])] if self.text[pos:self._end] in clause else ""
        if not any(not self._adverb_of_adjective(head, m.end())
                   for m in self.habitual_adverbs.finditer(head)):  # (not "das traditionell wichtige Treffen")
            return False
        t = self.tense(pos)  # ("beginnen" reads as an infinitive of the future: "Wagenbauer beginnen gewöhnlich
        # im Oktober" is present)
        return t == PRESENT or t == FUTURE and not self._clause_words(pos) & self.future_auxiliaries

    def _adverb_of_adjective(self, text: str, end: int) -> bool:
        """An adverb at ``end`` that qualifies an inflected adjective before a noun ("traditionell wichtige
        Dreikönigstreffen"), not a verb ("Normalerweise seien Mai und Juni …")."""
        m = _ADVERB_OF_ADJECTIVE.match(text, end)
        return bool(m) and m.group(1) not in self.finite_auxiliaries and not verb_shaped(m.group(1), self.lang)

    def _since(self, pos: int) -> bool:
        """A date that starts a span up to now ("seit März") is no anchor for what follows."""
        return any(p.search(self.text[max(0, pos - 90):pos]) for p in self.since_contexts)

    def _surname(self, m) -> bool:
        """A bare weekday right after a capitalised word inside a sentence is a surname ("Jan Freitag")."""
        if m.start() != m.start("wd") or m.group("dp") or m.group("dp2"):
            return False
        if self._after_first_name(m.start()):
            return True
        prev = self._first_name_before(m.start())
        if not prev or prev.group(2) in self.weekday_surname_blockers or prev.group(2).lower() in self.month_words:
            return False
        return prev.group(1).lower() not in self.articles  # not "teilte der Landkreis Samstag mit"

    def _after_first_name(self, pos: int) -> bool:
        """A known first name right before ``pos``, also at a sentence start ("Maximilian Herbst, zuständig")."""
        prev = re.search(r"(?<![\w-])([A-ZÄÖÜ][\w-]*)[ \t]+$", self.text[max(0, pos - 30):pos])
        return bool(prev) and (prev.group(1) in self.first_names
                               or any(part in self.first_names for part in prev.group(1).split("-")))  # "Klaus-Peter"

    def _first_name_before(self, pos: int) -> re.Match[str] | None:
        """The capitalised word right before ``pos`` (group 2) and the word before it (group 1), when
        that word ends no sentence or phrase (no punctuation): where a first name would stand."""
        prev = re.search(r"(\S+)[ \t]+([A-ZÄÖÜ][\w-]*)[ \t]+$", self.text[max(0, pos - 40):pos])
        return prev if prev and not re.search(r"[.!?:;,(\"„“”»«–-]$", prev.group(1)) else None

    def _season_surname(self, m) -> bool:
        """ "Polizeisprecher Torsten Herbst": a season right after two capitalised words inside a sentence
        is a surname, and so is that season word later in the text without a word that opens a date before it
        ("sagte Herbst", "laut Herbst"; not "im Herbst", "den Herbst")."""
        word = m.group("season")
        if not word[:1].isupper():
            return False
        prev = self._first_name_before(m.start())
        # a role or first name before the first name ("Polizeisprecher Torsten", "Christoph Maria"); not
        # "dieses Berliner Sommers", "eine Art Frühling"
        if prev and prev.group(1).lstrip("(„\"")[:1].isupper() \
                and prev.group(2).lower() not in self.month_context | self.articles:
            self.ctx.surnames.add(word)
            return True
        return self._told_surname(word, m.start())

    def _told_surname(self, word: str, pos: int) -> bool:
        """A date word right after a known first name is a surname ("Mirko März", "Manfred Winter"), and so
        is that word later in the text without a word that opens a date before it ("erzählt März"; not
        "im März")."""
        if self._after_first_name(pos):
            self.ctx.surnames.add(word)
            return True
        before = self.text[max(0, pos - 20):pos].split()
        return word in self.ctx.surnames and not (before and before[-1].lower() in self.month_context | self.articles)

    def _looks_like_name(self, m) -> bool:
        """A bare month word followed by a capitalised word and not introduced by
        a preposition or article is a first name ("August Bebel")."""
        nxt = re.match(r"\s+(\w)", self.text[m.end():m.end() + 3])
        if not (nxt and nxt.group(1).isupper()) or m.group("mon").lower() not in self.month_first_names:
            return False
        before = self.text[max(0, m.start() - 12):m.start()].split()
        return not (before and before[-1].lower() in self.month_context)

    def _part(self, m) -> str | None:
        p = m.groupdict().get("part")
        return self.lx.parts.get(p.lower()) if p else None

    def _quantity_mod(self, m) -> str | None:
        """ "rund zwei Stunden" APPROX, "über ein Vierteljahrhundert" MORE_THAN."""
        qm = m.groupdict().get("qmod")
        return self.lx.quantity_mods.get(qm.lower()) if qm else None

    def r_year(self, m):
        if m.group("bc"):
            return "DATE", f"BC{int(m.group('by')):04d}", self._part(m), False
        if m.group("ay"):  # "im Jahr 79 nach Christus"
            return "DATE", f"{int(m.group('ay')):04d}", self._part(m), False
        if m.group("sy") and not m.group("jahr"):
            return None  # a three-digit year only after "Jahr" ("im Jahr 578")
        ytxt = m.group("y") or m.group("sy")
        y = int(ytxt)
        if not m.group("jahr") and not m.group("part"):
            # bare four-digit number: only a year if it is plausible for the text's era
            b = self.ctx.ref
            prev = self.text[max(0, m.start() - 12):m.start()].split()[-1:]
            reach = FAR_YEAR_REACH if prev and prev[0].lower() in self.year_preps else NEAR_YEAR_REACH
            near = b is not None and abs(y - b.year) <= NEAR_TARGET_YEARS and bool(prev) \
                and prev[0].lower() in self.near_year_preps  # "plant für 2021 Neuverschuldung"
            if (b and y > b.year + reach) or not near and self._counts_things(m):
                return None  # "bis 2050" is a year; a bare "2050" in 2015 news is more likely a count
        if not _ATTRIBUTE_AFTER.match(self.text, m.end()):  # "des 1939 geborenen Künstlers": a year of its own
            lends = self._lends_year(m.start()) and not _TITLE_AFTER.match(self.text, m.end())
            self.saw_year(y, m.start(), lends=lends)  # "Kriegsende 1945: Garchinger erzählen": a title's year
        return "DATE", f"{y:04d}", self._part(m), False

    def r_second_year(self, m):
        pair = re.search(r"(?<![\w./-])(\d{4})(?:/\s?|–|(?P<hyphen>-))$", self.text[max(0, m.start() - 7):m.start()])
        if not pair:
            return None  # "VUI-202012/01", "zeit.de/2020/22": a code or a path, not a pair of years
        first = int(pair.group(1))
        y = _paired_year(first, m.group("yy"))
        if pair.group("hyphen") and not first < y <= first + HYPHENED_YEARS:
            return None  # "(2010-16)" is a span of years, "2019-98" no pair
        if not self.ctx.narrative:  # news: a day after "Geschäftsjahr 2019/20" may fall in either year
            self.saw_year(y, m.start(), lends=False)
            self.ctx.last_year = None
        return "DATE", f"{y:04d}", None, False

    def r_decade(self, m):
        if m.group("dwn"):  # "in den Achtzigern", "Anfang der Neunziger": a noun only after an article or part
            paired = self.decade_pair.match(self.text, m.end())  # "der sechziger und siebziger Jahre"
            if not paired and (not (m.group("art") or m.group("part")) or not m.group("dwn")[:1].isupper()):
                return None
            dd = self.lx.decades[m.group("dwn").lower()]
        elif m.group("dw"):
            dd = self.lx.decades[m.group("dw").lower()]
            cent = None
        else:
            dn = m.group("dn")
            if len(dn) == 4:
                return "DATE", dn[:3], self._part(m), False
            dd, cent = int(dn[0]), None
        b = self.base() or dt.date(2000, 1, 1)
        cent = b.year // 100
        if cent * 100 + dd * 10 > b.year - (0 if self.ctx.narrative else NEW_DECADE_YEARS):
            cent -= 1  # "die Zwanziger" written in 2021 are the 1920s; the 2020s have barely begun
        return "DATE", f"{cent}{dd}", self._part(m), True

    def r_century(self, m):
        c = self.lx.ordinals[m.group("cw").lower()] if m.group("cw") else int(m.group("c"))
        return "DATE", f"{'BC' if m.group('bc') else ''}{c - 1:02d}", self._part(m), False

    def r_part_compound(self, m):
        unit, mod = self.lx.part_compounds[m.group("pc").lower()]
        if m.group("y"):  # "Jahresbeginn 1919"
            y = int(m.group("y"))
            self.saw_year(y, m.start())
            return "DATE", cal.shift_value(dt.date(y, 1, 1), unit, 0), mod, False
        b = self._period_base(m.start())
        if b is None:
            return "DATE", "XXXX", mod, True
        return "DATE", cal.shift_value(b, unit, self._part_shift(b, unit, mod, m.start())), mod, True

    def _part_shift(self, b: dt.date, unit: str, mod: str, pos: int) -> int:
        """-1/+1 when the clause's tense puts the part on the other side of the reference: "Zum
        Jahresende hat er … verabschiedet" written in January is last year's end (only after
        ``period_part_past_prepositions.txt`` and without a plan modal); "Zum Jahresbeginn
        wird …" in December next year's start, "Mitte des Jahres wollen wir …" next year's middle. The end
        of a year starts in October, of a month on the 21st; the start ends in March or on the 10th, the
        middle of a year in August."""
        if self.ctx.narrative or unit not in ("Y", "M") or mod not in ("START", "MID", "END"):
            return 0
        into = b.month if unit == "Y" else b.day
        end_from, start_until = (10, 3) if unit == "Y" else (21, 10)
        t = self.tense(pos)
        before = self.text[max(0, pos - 12):pos].split()
        dated_at = bool(before) and before[-1].lower() in self.period_part_past_preps \
            and not any(p.search(self.text, max(0, pos - 24), pos) for p in self.span_end_contexts)
        # (not "bis zum Jahresende": a span's end)
        if mod == "END" and t == PAST and into < end_from and dated_at:
            if not self.plan_modals & self._sentence_words(pos) and not self._announced_for(pos):
                return -1
        if mod == "START" and t == FUTURE and into > start_until and not self._past_context(pos):
            return 1  # not "weniger als zu Jahresbeginn anzubieten": a comparison with the start gone
        if mod == "MID" and unit == "Y" and t == FUTURE and into > MID_YEAR_UNTIL and not self._past_context(pos):
            return 1  # "Mitte des Jahres wollen wir impfen" (December): next year's middle
        return 0

    def _period_base(self, pos: int) -> dt.date | None:
        if self.ctx.narrative:
            y = self.year_context(pos)
            if y is not None:
                return dt.date(y, 1, 1) if not self.ctx.last_day or self.ctx.last_day.year != y else self.ctx.last_day
        return self.base()

    def r_relative_unit(self, m):
        n = self.lx.shift_of(m.group("shift"))
        if n is None or self.shift_blockers_before.search(self.text, max(0, m.start() - 20), m.start()):
            return None  # "an sieben aufeinander folgenden Tagen"
        unit_word = m.group("unit").lower()
        b = self._period_base(m.start())
        if not self.ctx.narrative and self.lx.shift_kind(m.group("shift")) == "told":
            b = self._anchor(m.start())[0] or b  # "2006 angekündigt, dass er im darauffolgenden März …": 2007
        mod = self._part(m)
        if m.group("season") or m.group("mon"):
            if _TRUNCATED_COMPOUND.match(self.text, m.end()):
                return None  # "der anstehenden Herbst- und Weihnachtsferien": part of a noun
            return self._shifted_in_year(m, n, b, mod)
        code = self.lx.units.get(unit_word)
        if code is None:
            return None
        if unit_word in self.lx.plural_units and not m.group("shift").lower().endswith("em"):
            if n > 0:  # (not "an diesem Tage": an old dative singular)
                return "DATE", "FUTURE_REF", None, True
            return "DURATION", cal.vague_duration(code), None, True
        if b is None:
            return "DATE", "XXXX", mod, True
        told = self._day_told()  # "seit dem 9. Dezember Stillstand. An diesem Tag …"
        if code == "D" and n == 0 and told and 0 <= self.sent_index(m.start()) - told[1] <= 1:
            self.saw_day(told[0], m.start())
            return "DATE", cal.day(told[0]), mod, True  # "Am Donnerstag war er da. An diesem Tag …": that day
        if code == "WE" and n == 0 and not self.ctx.narrative and b.isoweekday() <= 2 \
                and self.tense(m.start()) == PAST:
            b -= dt.timedelta(days=7)  # "Zwei Fälle kamen an diesem Wochenende hinzu" (Monday): the one just gone
        if code == "WE" and n > 0 and b.isoweekday() < WEEKEND_FIRST_DAY:
            n -= 1  # "am kommenden Wochenende" written on a weekday: this week's, still ahead
        value = cal.shift_value(b, code, n)
        if code == "W" and n != 0 and (week := _WEEK.fullmatch(value)):
            self._saw_counted_week(int(week.group(1)), int(week.group(2)), m.start())
        year = value.isdigit() and code == "Y"  # (not a century: "im vergangenen Jahrhundert" is "19")
        if n == 0 and year and not self.ctx.narrative:  # "seit 1966, … in diesem Jahr vom 4. März"
            self.saw_year(int(value), m.start())
        elif year and not mod:  # "im vergangenen Jahr beraten, mehr als im Jahr zuvor": 2019; a narrative goes on in
            # the year after ("Im nächsten Jahr … am 3. Juni"), not in one before
            self.saw_year(int(value), m.start(), lends=self.ctx.narrative and n > 0)
        return "DATE", value, mod, True

    def _shifted_in_year(self, m, n, b, mod):
        if b is None:
            return "DATE", "XXXX", mod, True
        if m.group("season"):
            code = self.lx.seasons[m.group("season").lower()]
            first, last = cal.SEASON_MONTHS[code]
            if n > 0 and b.month == first and self.lx.shift_kind(m.group("shift")) == "imminent":
                return "DATE", f"{b.year:04d}-{code}", mod, True  # "im anstehenden Winter" (December): starting
            if code == "WI" and n >= 0 and (b.month <= last or b.month >= first):  # in a winter, named by its
                y = (b.year if b.month >= first else b.year - 1) + n  # December: "diesen Winter" in January is the
                return "DATE", f"{y:04d}-{code}", mod, True  # one running ("vergangenen Winter" stays ambiguous)
            y = b.year
            if n < 0 and (first >= b.month or (code != "WI" and last >= b.month)):
                y -= 1  # "vergangenen Sommer" written in August: the summer before this one
            if n > 0 and first <= b.month:
                y += 1
            return "DATE", f"{y:04d}-{code}", mod, True
        mo = self.lx.months[m.group("mon").lower()]
        y = b.year
        if n < 0 and mo >= b.month:
            y -= 1
        if n > 0 and mo <= b.month:
            y += 1
        self.saw_month(y, mo, mod, m.start())  # "vergangenen September … einen Monat später": October
        return "DATE", f"{y:04d}-{mo:02d}", mod, True

    def r_part_of_current(self, m):
        code = self.lx.units.get(m.group("unit").lower())
        b = self._period_base(m.start())
        mod = self._part(m)
        if code is None or m.group("unit").lower() in self.lx.plural_units:
            return None
        if b is None:
            return "DATE", "XXXX", mod, True
        if code == "Y" and not self.ctx.narrative:
            told = self._year_of_part(m.start(), mod, b)
            if told is not None:
                return "DATE", f"{told:04d}", mod, True  # "Anfang 2015 lebten 740 Asylbewerber im Landkreis, Ende
                # des Jahres waren es dreimal so viele": 2015's end
        start = _MONTH_VALUE.match(self._prev_value or "")
        if start and code == "M" and not self.ctx.narrative and 0 <= self._start - self._prev_end <= 16 \
                and self.g.range_join.match(self.text[self._prev_end:self._start]):
            b = dt.date(int(start.group(1)), int(start.group(2)), 1)  # "ab dem 4. November bis zum Ende des
            # Monats": the month the range starts in
        shift = self._part_shift(b, code, mod, m.start()) if code == "Y" and mod != "END" else 0  # "bereits Mitte
        # des Jahres in die Fläche gehen" (December): next year's; (not "stellte zum Ende des Jahres … in Aussicht")
        if code == "W" and mod == "START" and not self.ctx.narrative and b.isoweekday() >= LATE_WEEKDAY \
                and self.tense(m.start()) in (PRESENT, FUTURE) and not self._past_context(m.start()):
            shift = 1  # "Die Entscheidung kommt Anfang der Woche" (Friday): next week's start
        value = cal.shift_value(b, code, shift)
        if code == "Y" and value.isdigit() and not self.ctx.narrative:
            self.saw_year(int(value), m.start(), lends=False)  # "Für Ende des Jahres wird … erwartet – ein Rückgang
            # gegenüber dem Vorjahr": that year's
        return "DATE", value, mod, True

    def _year_of_part(self, pos: int, mod: str | None, b: dt.date) -> int | None:
        """The year a past clause's "Ende des Jahres" is of: one told earlier in the sentence, or last
        year told in the sentence before ("Der Bericht für das vergangene Jahr … Dabei war zu Beginn des
        Jahres …"). Not "war seit Anfang des Jahres in Warendorf" (a span up to now) nor a plan told
        ("stellte zum Ende des Jahres eine Produktion in Aussicht")."""
        if self.tense(pos) != PAST or self._since(pos) or self.plan_modals & self._sentence_words(pos) \
                or self._announced_for(pos):
            return None
        y = self.year_context(pos, {"START": 1, "END": 12}.get(mod or "", 6))
        c = self.ctx
        if y is None and c.told_year == b.year - 1 and not c.told_year_since \
                and 0 <= self.sent_index(pos) - c.told_year_sent <= 1:
            y = c.told_year
        if y is None and mod == "END" and b.month <= cal.YEAR_END_GONE_MONTHS and not c.narrative \
                and not self._ends_span() and not self._given_up_plan(pos):
            y = b.year - 1  # "Die Verhandlungen waren gegen Ende des Jahres aufgenommen worden" (February): early in
            # the year a past clause tells last year's end (not a span's end, "bis Ende des Jahres verlängert", nor a
            # plan given up)
        return y if y is not None and y < b.year else None

    def r_course_of_current(self, m):
        """ "im Laufe des Jahres", "im Lauf der Woche": the current period, as "Ende des Jahres" without a
        part; "im Laufe des Jahres 1966": that year."""
        if m.group("y"):
            y = int(m.group("y"))
            self.saw_year(y, m.start("y"))
            return "DATE", f"{y:04d}", None, False
        return self.r_part_of_current(m)

    def r_ordinal_period(self, m):
        """ "im dritten Quartal (2013)", "in der ersten Jahreshälfte": a numbered part of a year."""
        code = "HY" if m.group("half") else self.lx.units[m.group("unit").lower()]
        per_year = {"Q": 4, "HY": 2}[code]
        n = per_year if m.group("last") else self.lx.ordinals[m.group("on").lower()] if m.group("on") \
            else int(m.group("od"))
        if not 1 <= n <= per_year:
            return None
        label = f"{'Q' if code == 'Q' else 'H'}{n}"
        y = int(m.group("y") or m.group("y2") or 0) or None
        if y is None and m.group("ofy"):
            y = self._of_year(m.group("ofy"), m.start())
        if y is not None:
            self.saw_year(y, m.start())
            return "DATE", f"{y:04d}-{label}", None, False
        months = 12 // per_year
        first, last = (n - 1) * months + 1, n * months
        y = self.year_context(m.start(), first)  # "Nach einem Minus im vierten Quartal 2019 wird die Wirtschaft im
        # ersten Quartal schrumpfen" (March 2020): not 2019's
        b = self.base()
        if y is None and b is not None:
            t, y = self._date_tense(m.start()), b.year  # "die Einbrüche aus dem ersten Quartal": behind
            if t == PAST and first > b.month:
                y -= 1
            elif t == FUTURE and last < b.month - cal.PRESENT_MONTHS_BACK:
                y += 1  # not a quarter just gone, whose figures are still to come ("dass das Ergebnis im zweiten
                # Quartal bei minus 50 Millionen liegen werde", July)
            elif t == PRESENT:  # "Im ersten Quartal steigt …" (December): the one ahead; "Wichtiger sind die
                ahead = cal.year_for_month(b, first, None, PRESENT)  # Daten für das vierte Quartal" (January): the
                y = ahead if ahead > b.year else cal.year_for_month(
                    b, last, None, PRESENT, cal.PERIOD_MONTHS_BACK if code == "Q" else 0)  # the one just gone;
                # not a half-year: "dass ab der zweiten Jahreshälfte eine Entspannung eintreten könnte" (January)
        if y and not self.ctx.narrative and not re.match(r"\s+des\b", self.text[m.end():m.end() + 5]):
            self.saw_year(y, m.start(), lends=False)  # "Im zweiten Quartal … weniger als ein Jahr zuvor": 2019 (not
            # "ins erste Quartal des Folgejahres": that year counts itself)
        return "DATE", (f"{y:04d}" if y else "XXXX") + f"-{label}", None, True

    def r_month_part(self, m):
        """ "in der zweiten Januarwoche" (an ISO week: the one holding the month's 4th, a week on),
        "am ersten Dezember-Wochenende" (the one of its first Saturday), "die zweite Augusthälfte" and "die letzten
        Dezembertage" (the month, END)."""
        mo = self.lx.months.get(m.group("mon").lower())
        kind = self.lx.month_parts[m.group("mp").lower()]
        n = None if m.group("last") else self.lx.ordinals[m.group("on").lower()]
        if mo is None or kind == "H" and n not in (None, 1, 2) or kind == "P" and n not in (None, 1):
            return None
        v, rel = self._dated(int(m.group("y")) if m.group("y") else None, mo, None, m.start())
        if kind in ("H", "P"):
            return "DATE", v, "START" if n == 1 else "END", rel
        if kind == "WE" and v and v[:4].isdigit():
            d = cal.nth_weekday(int(v[:4]), mo, WEEKEND_FIRST_DAY, n or -1)
            return ("DATE", cal.week(d) + "-WE", None, rel) if d else None
        return self._week_of_month(v, rel, n)

    @staticmethod
    def _week_of_month(v: str | None, rel: bool, n: int | None):
        """The ``n``-th week (None: the last) of month ``v`` ("2021-03"): the ISO week holding
        its 4th, a week on for each after the first; the one holding its fourth-last day."""
        if v is None or n is not None and n > 5:
            return None
        if not v[:4].isdigit():
            return "DATE", v, None, rel
        y, mo = int(v[:4]), int(v[5:7])
        last = calendar.monthrange(y, mo)[1]
        d = dt.date(y, mo, last - 3) if n is None else dt.date(y, mo, 4) + dt.timedelta(weeks=n - 1)
        return ("DATE", cal.week(d), None, rel) if d.month == mo else None

    def r_numbered_week(self, m):
        """A numbered week: of the year ("die erste Woche des Jahres", "KW 12": ISO weeks), of a
        month ("die zweite Woche im März": as "die zweite Märzwoche"), or counted from the day told
        last ("Start war am 1. Juli. … in der dritten Woche": the week of 15 July)."""
        gd = m.groupdict()
        n = int(gd["kwn"] or gd["od"] or 0) or (self.lx.ordinals[gd["on"].lower()] if gd["on"] else None)
        y = int(gd["y"] or gd["y2"] or gd["kwy"] or 0) or None
        code = self.lx.units.get(gd["ofu"].lower()) if gd["ofu"] else None
        if gd["kw"] or gd["kwn"] or code == "Y":
            b, y = self.base(), y or self.year_context(m.start())
            if n is not None and not 1 <= n <= 53 or y is None and b is None:
                return None
            if y is None:  # "in der zweiten Kalenderwoche" in December: the coming January's, by tense
                month = dt.date.fromisocalendar(b.year, min(n or 52, 52), 4).month
                y = cal.year_for_month(b, month, None, self._date_tense(m.start()))
            weeks = dt.date(y, 12, 28).isocalendar()[1]
            n = weeks if n is None else n
            told = gd["y"] or gd["y2"] or gd["kwy"]
            if told:
                self.saw_year(y, m.start())
            if n > weeks:
                return None
            self._saw_counted_week(y, n, m.start())
            return "DATE", f"{y:04d}-W{n:02d}", None, not told
        if gd["mon"]:  # "die zweite Woche im März": as "die zweite Märzwoche"
            return self._week_of_month(*self._dated(y, self.lx.months[gd["mon"].lower()], None, m.start()), n)
        if code == "M":  # "die letzte Woche des Monats": the month told last, else the paper's
            month = self.ctx.last_month or self.base()
            return self._week_of_month(f"{month:%Y-%m}", True, n) if month else None
        c = self.ctx
        told = c.last_day if c.last_day and 0 <= self.sent_index(m.start()) - c.last_day_sent <= 1 else None
        start = told if n == 1 else c.week_one or told  # "in der dritten Woche" counts from the first
        if n is None or code is not None or y is not None or start is None:
            return None
        if n == 1:
            c.week_one = start
        return "DATE", cal.week(start + dt.timedelta(weeks=n - 1)), None, True

    def r_nth_weekday(self, m):
        """ "am letzten Sonntag im September", "am ersten Wochenende im Oktober"; with
        "jeden" or "im Monat" a set ("jeden letzten Samstag im Monat" → P1M)."""
        if m.group("anymon") or (m.group("every") and m.group("thismon")):
            return "SET", "P1M", None, False
        if m.group("every"):
            return "SET", "P1Y", None, False
        b = self.base()
        if m.group("thismon"):  # "am letzten Samstag des Monats": this month
            if b is None:
                return "DATE", "XXXX-XX", None, True
            mo, m_year = b.month, b.year
        else:
            mo, m_year = self.lx.months[m.group("mon").lower()], None
        n = -1 if m.group("last") else self.lx.ordinals[m.group("on").lower()] if m.group("on") else int(m.group("od"))
        wd = self.lx.weekdays[m.group("wd").lower()] if m.group("wd") else WEEKEND_FIRST_DAY  # a weekend: its Saturday
        y = m_year or (int(m.group("y")) if m.group("y") else self.year_context(m.start()))
        if m.group("y"):
            self.saw_year(y, m.start())
        if y is None:
            if b is None:
                return "DATE", f"XXXX-{mo:02d}", None, True
            y = cal.year_for_month(b, mo, None, self.tense(m.start()))
        d = cal.nth_weekday(y, mo, wd, n)
        if d is not None and m.group("thismon") and d > b and self.tense(m.start()) == PAST:
            d = cal.nth_weekday(*cal.add_months(y, mo, -1), wd, n)  # told in the past: last month's
        if d is None:
            return None
        if m.group("we"):
            return "DATE", cal.week(d) + "-WE", None, not m.group("y")
        self.saw_day(d, m.start())
        return "DATE", cal.day(d), None, not m.group("y")

    def r_this_year(self, m):
        word = m.group("ty")
        if word[0].isupper() and not self._sentence_initial(m.start()):
            return None  # a noun or name ("beim Heurigen", "Herr Heuer"), not "this year"
        b = self.base()
        return "DATE", f"{b.year:04d}" if b else "XXXX", None, True

    def r_new_year(self, m):
        """ "das neue Jahr": in a narrative the year after the story's; in news the coming one, or the one just
        begun in its first two months or told in the past in the first half of the year."""
        c = self.ctx
        if c.narrative and c.last_year is not None:
            y = c.last_year + 1
            self.saw_year(y, m.start())
            return "DATE", f"{y:04d}", None, True
        b = self.base()
        if b is None:
            return "DATE", "XXXX", None, True
        ahead = b.month > NEW_YEAR_MONTHS and not (b.month <= 6 and self.tense(m.start()) == PAST)
        return "DATE", f"{b.year + ahead:04d}", None, True  # (not "gewann sieben von acht Spielen im neuen Jahr", May:
        # this one; but "wünschte ein besseres neues Jahr", December: the coming one)

    def r_relative_day(self, m):
        word = m.group("rd")
        if word[0].isupper() and word.lower() in self.lx.day_parts and not self._sentence_initial(m.start()):
            return None  # "Morgen" the noun, not "morgen" (tomorrow)
        n = self.lx.relative_days[word.lower()]
        if word.lower() in self.lx.relative_day_adjectives and not m.group("dn") \
                and re.match(r"\s+[A-ZÄÖÜ]", self.text[m.end():]):
            return None  # "am heutigen Montag": the noun after it is the expression (not "am heutigen Tag")
        if m.group("dn") and word.lower() not in self.lx.relative_day_adjectives:
            return None  # "heute Tag und Nacht"
        b = self.ctx.ref
        if n == 0 and not m.group("dp") and not self._covered(self.today, m) \
                and not (m.group("dn") and not _TO_THIS_DAY.search(self.text, max(0, m.start() - 14), m.start())) \
                and (self.ctx.narrative or self._present_ref(m) or self._nowadays(m) or self._after_the_past(m)):
            return "DATE", "PRESENT_REF", None, True
        if n > 0 and not m.group("dp") and self._covered(self.future_ref, m):
            return "DATE", "FUTURE_REF", None, True
        if b is None:
            return ("TIME", "XXXX-XX-XXT" + self._dp(m, "dp"), None, True) if m.group("dp") else \
                ("DATE", "XXXX-XX-XX", None, True)
        d = b + dt.timedelta(days=n)
        self.saw_day(d, m.start())
        if m.group("dp"):
            return "TIME", f"{cal.day(d)}T{self._dp(m, 'dp')}", None, True
        return "DATE", cal.day(d), None, True

    def _dp(self, m, group: str) -> str:
        return self.lx.day_parts[m.group(group).lower()]

    def _fronted(self, pos: int) -> bool:
        """At a sentence's start or right after a comma that follows its first words ("Und jetzt, 15 Stunden
        später, …"): where a story moves its time on."""
        s = self._sentence(pos)
        return self._sentence_initial(pos) or bool(re.fullmatch(r"\W*(?:\w+\W+){0,2}\w+\s*,\s*",
                                                                self.text[s.start:pos]))

    def _sentence_initial(self, pos: int) -> bool:
        s = self.sents[self.sent_index(pos)] if self.sents else Span(0, 0)
        before = self.text[s.start:pos]
        return not before.strip(" \"„“»«-–•*\n\t") or bool(_QUOTE_OPENED.search(before))  # 'schrieb er: "Morgen …'

    def _present_ref(self, m) -> bool:
        """A "nowadays" context pattern covers this "heute" ("noch heute", "damals … heute")."""
        return self._covered(self.present_ref, m)

    def _covered(self, patterns: tuple[re.Pattern[str], ...], m) -> bool:
        """One of ``patterns`` matches a window around ``m`` and covers its start."""
        lo = max(0, m.start() - 100)
        window = self.text[lo:m.end() + 80]
        return any(_covers(p, window, m.start() - lo) for p in patterns)

    def _nowadays(self, m) -> bool:
        """ "heute" in a present-tense clause with a stative verb and no clock time or
        other day reference in its sentence means "nowadays" (TimeML PRESENT_REF)."""
        s = self._sentence(m.start())
        clause = clause_at(self.text, s.start, s.end, m.start())
        if tense_of(clause, self.lang) in (PAST, FUTURE):
            return False
        if not self.nowadays_verbs & {w.lower() for w in re.findall(r"\w+", clause)}:
            return False
        rest = self.text[s.start:m.start()] + " " + self.text[m.end():s.end]
        return not self._names(rest, DAY_RULES)

    def _names(self, text: str, rule_names: frozenset[str]) -> bool:
        """Whether one of the grammar's rules ``rule_names`` matches in ``text``."""
        return any(r.pattern.search(text) for r in self.g.rules if r.name in rule_names)

    def _after_the_past(self, m) -> bool:
        """ "Die Parteien waren der Transmissionsriemen. Heute schließen sie sich …": a
        present sentence opened by "heute" after a past sentence that names no day or
        month contrasts the present with the past (PRESENT_REF), as in "damals … heute"."""
        i = self.sent_index(m.start())
        if not self.sents or i == 0 or not self._sentence_initial(m.start()):
            return False
        s, prev = self.sents[i], self.sents[i - 1]
        if self.tense(m.start()) != PRESENT or tense_of(self.text[prev.start:prev.end], self.lang) != PAST:
            return False
        return not self._names(self.text[prev.start:prev.end] + " " + self.text[m.end():s.end], DAY_OR_MONTH_RULES)

    def r_weekday(self, m):
        wd = self.lx.weekdays[m.group("wd").lower()]
        if self._surname(m):
            return None
        b = self.base()
        dpg = "dp" if m.group("dp") else "dp2" if m.group("dp2") else None
        if dpg == "dp" and m.group("dp").lower() in self.habitual_day_parts and not m.group("shift") \
                and not self._after_genitive(m.start()):
            return "SET", f"XXXX-WXX-{wd}T{self._dp(m, dpg)}", None, False  # "freitagabends": every Friday evening
        if b is None:
            return ("TIME", f"XXXX-WXX-{wd}T" + self._dp(m, dpg), None, True) if dpg else \
                ("DATE", f"XXXX-WXX-{wd}", None, True)
        if not dpg and not m.group("shift") and (self._day_after_day(m) or self._weekly_range(m.start())
                                                 or self._said_before(m.start(), self.weekday_set_contexts)
                                                 or any(p.match(self.text, m.end()) for p in self.weekday_set_followers)
                                                 or self._timetable_goes_on(m.start())):
            return "SET", f"XXXX-WXX-{wd}", None, False  # "Sonntag für Sonntag", "von Montag bis Freitag immer",
            # "der immer am Samstag stattfindet"
        n = self.lx.shift_of(m.group("shift")) if m.group("shift") else None
        if m.group("radj"):  # "am morgigen Sonntag"; "vom heutigen Montag an" in Tuesday's paper: the Monday
            d = b + dt.timedelta(days=self.lx.relative_days[m.group("radj").lower()])
            if d.isoweekday() != wd:
                d = cal.weekday_near(d - dt.timedelta(days=3), wd, FUTURE)
        elif m.group("wago") and self.lx.number(m.group("wago")):  # "am Samstag vor einer Woche"
            weeks = dt.timedelta(weeks=int(self.lx.number(m.group("wago"))))
            d = cal.weekday_near(b - weeks - dt.timedelta(days=4), wd, FUTURE)  # the one up to four days before or
            # two after that many weeks back ("am Dienstag vor zwei Wochen", Monday: 13 days back; "am Mittwoch vor
            # einer Woche", Sunday: 11); a point compared, no anchor
            return "DATE", cal.day(d), None, True
        elif m.group("wanch"):  # "am Sonntag der Vorwoche": that weekday in the week before the date told
            told = self._compared_day[0] if self._compared_day and self._compared_day[1] == self.sent_index(m.start()) \
                else self.ctx.last_day  # ("weniger als am Samstag und … als am Sonntag der Vorwoche")
            week = (told or b) + dt.timedelta(weeks=self.lx.anchored[m.group("wanch").lower()][1])
            d = cal.weekday_near(week, wd, "WEEK")
        elif (ws := m.group("wshift") or m.group("lshift")) and self.lx.shift_of(ws) is not None:
            week = b + dt.timedelta(weeks=self.lx.shift_of(ws))  # "Donnerstag kommender Woche", "am Montag und
            # Dienstag dieser Woche"
            d = cal.weekday_near(week, wd, "WEEK")
        elif not m.group("shift") and (monday := self._week_frame(m.start())) is not None:
            d = monday + dt.timedelta(days=wd - 1)  # "vorletzte Woche hat die Post zwischen Montag und Samstag"
        elif (anchored := self._weekday_from_day_told(m, wd)) is not None:  # "am Montag darauf"
            d = anchored
        elif m.group("shift") and self.lx.shift_kind(m.group("shift")) == "told" and self.ctx.last_day:
            d = cal.weekday_near(self.ctx.last_day, wd, FUTURE, strict=True)  # "Am Freitag, 29. November, … Am
            # darauffolgenden Samstag": the one after the day told
        elif self._names_day_told(wd) or self._scene_of_day_told(wd, m.start()) \
                or self._classifies_day_told(m, wd):  # "Am 4. Dezember, einem Freitag, soll …"; "Am 31. Oktober
            d = self.ctx.last_day  # hat sie Symptome. … Es ist ein Samstag"; "An jenem Freitag": the day told
        elif (fig := _FIGURE_LABEL.match(self.text, m.end())) and fig.group(1).lower() not in self.clock_words:
            # "einen Wert von 37,4 (Freitag: 25,1)": a figure reported; not "Freitag: 18 Uhr Konzert"
            d = cal.weekday_near(b, wd, PAST)
        elif (rel := self._relative_day_before(m.start())) is not None:  # "heute, Samstag,": the day named twice
            d = cal.weekday_near(b + dt.timedelta(days=rel - 3), wd, FUTURE)
        elif not m.group("shift") and (listed := self._weekday_listed_after(wd, m.start())) is not None:
            d = listed  # "die Woche darauf eine Abfahrt am Freitag, die Streif-Abfahrt am Samstag": that week's
        else:
            d = self._weekday_date(b, wd, n, m.start())
        if not self._compared(m.start()):  # "zehn mehr als am vergangenen Mittwoch … (Vortag: 19.760)": a day
            thing = m.group("shift") and _THING_OF_DAY.search(self.text, max(0, m.start() - 40), m.start())
            self.saw_day(d, m.start(), named=not (m.group("radj") or thing))  # compared with is no anchor; nor is
            # "in ihrem Podcast vom vergangenen Samstag" a day of the story
            self.ctx.last_day_by_weekday = True
        else:
            self._compared_day = (d, self.sent_index(m.start()))
        if dpg:
            return "TIME", f"{cal.day(d)}T{self._dp(m, dpg)}", None, True
        return "DATE", cal.day(d), None, True

    def _weekday_listed_after(self, wd: int, pos: int) -> dt.date | None:
        """A later weekday listed right after a day told by its weekday in the same sentence ("am Freitag,
        die Streif-Abfahrt am Samstag sowie der Super-G am Sonntag") lies in that day's week."""
        c = self.ctx
        last = c.last_day
        if last is None or not c.last_day_by_weekday or c.last_day_sent != self.sent_index(pos) \
                or self._prev_value != cal.day(last) or not 0 < wd - last.isoweekday() \
                or not _LISTED_DAY_GAP.fullmatch(self.text, self._prev_end, self._start):
            return None
        d = last + dt.timedelta(days=wd - last.isoweekday())
        if c.ref and not c.narrative and last < c.ref < d and self.tense(pos) == PAST:
            return None  # a past list of days gone does not run past the paper's day
        return d

    def _weekday_from_day_told(self, m, wd: int) -> dt.date | None:
        """ "am Sonntag, 13. September, gewählt, am Montag darauf trat er …": that weekday after (or with
        "zuvor", before) the day told in this or the sentence before; otherwise "darauf" belongs to the verb
        ("hatten sich am Dienstag darauf verständigt") and the expression ends at the weekday."""
        if not m.group("wdir"):
            return None
        c = self.ctx
        if c.last_day is None or self.sent_index(m.start()) - c.last_day_sent > 1 \
                or re.search(r"\b(?:sich|uns|mich|euch)\b", self.text[self._sentence(m.start()).start:m.start()]):
            self._end = len(self.text[:m.start("wdir")].rstrip())
            return None
        step = self.lx.directions[m.group("wdir").lower()]
        if step < 0 and m.group("dp") and c.last_day.isoweekday() == wd:
            return c.last_day  # "an diesem Mittwoch zurückgekehrt … am Mittwochvormittag zuvor": earlier that day
        return cal.weekday_near(c.last_day + dt.timedelta(days=step), wd, FUTURE if step > 0 else PAST)

    def _timetable_goes_on(self, pos: int) -> bool:
        """ "Dienstag bis Freitag, 9 bis 17 Uhr, Samstag 9.30 bis 14 Uhr, Sonntag, Montag Ruhetag": a weekday
        listed right after the times of every such day in its sentence is one of every week too."""
        c = self.ctx
        return bool(c.set_day and c.set_day[1] == self.sent_index(pos)
                    and (c.set_day[2] or _WEEKDAY_SET.fullmatch(c.set_day[0]))
                    and _LIST_GAP.fullmatch(self.text[self._prev_end:pos]))

    def _day_after_day(self, m) -> bool:
        """ "Sonntag für Sonntag": a weekday repeated around "für" is every such day."""
        day = re.escape(m.group("wd"))
        return bool(re.match(rf"\s+für\s+{day}\b", self.text[m.end():m.end() + 20])
                    or re.search(rf"\b{day}\s+für\s+$", self.text[max(0, m.start() - 20):m.start()]))

    def _weekly_range(self, pos: int) -> bool:
        """A range of weekdays held every week ("von Montag bis Freitag immer um 17 Uhr", opening hours)."""
        s = self._sentence(pos)
        for r in self.g.weekday_range.finditer(self.text, max(s.start, pos - 20), min(s.end, pos + 40)):
            if r.start() <= pos < r.end():
                after = self.text[r.end():min(s.end, r.end() + 80)]
                before = self.text[max(s.start, r.start() - 40):r.start()]
                return any(p.match(after) for p in self.weekly_range_cues) \
                    or "/" not in r.group() and not re.match(r"\s*,?\s*\d{1,2}\.", after) \
                    and any(p.search(before) for p in self.weekly_range_lead_cues)  # (not a listing's "18-21 Uhr,
                # Samstag/Sonntag, 12./13. Sep.": days with their dates)
        return False

    def _names_day_told(self, wd: int) -> bool:
        """Whether the weekday stands in apposition to the day told right before it."""
        d = self.ctx.last_day
        return bool(d and d.isoweekday() == wd and 0 <= self._start - self._prev_end <= 12
                    and self.g.apposition_gap.fullmatch(self.text, self._prev_end, self._start))

    def _scene_of_day_told(self, wd: int, pos: int) -> bool:
        """Whether a sentence setting a scene by a weekday ("Es ist ein Samstag.") names the day told a
        sentence or two before."""
        d = self.ctx.last_day
        return bool(d and d.isoweekday() == wd and 0 < self.sent_index(pos) - self.ctx.last_day_sent <= 2
                    and self._scene_setting(pos))

    def _classifies_day_told(self, m, wd: int) -> bool:
        """ "Der 27. September ist ein Sonntag", "am 5. April gegeben, einem Sonntag": an article before the
        weekday of the date told a sentence or two before names that date; "An jenem Freitag" points back at the
        date last told, however far."""
        d = self.ctx.last_day
        if not d or d.isoweekday() != wd or m.group("shift") or self.ctx.last_day_by_weekday:
            return False  # "für einen Sonntag" after "an diesem Sonntag": any Sunday
        before = self.text[max(0, m.start("wd") - 12):m.start("wd")].split()
        word = before[-1].lower() if before else ""
        return word in self.told_weekday_determiners or word in self.apposition_articles \
            and 0 <= self.sent_index(m.start()) - self.ctx.last_day_sent <= 2

    def _relative_day_before(self, pos: int) -> int | None:
        """The day offset of "heute, " / "morgen, " right before a weekday in apposition."""
        before = self.text[max(0, pos - 16):pos].rstrip()
        if not before.endswith(","):
            return None
        word = before[:-1].split()[-1:]
        if not word or word[0].lower() in self.lx.relative_day_adjectives:
            return None
        return self.lx.relative_days.get(word[0].lower())

    def _weekday_date(self, b: dt.date, wd: int, shift: int | None, pos: int) -> dt.date:
        """The weekday meant: by shift word ("vergangenen", "diesen", "kommenden"),
        else by tense — past: on or before the reference, future: on or after it (a
        paper written on a Monday means that day by "will am Montag vorstellen"; the
        Monday after is "am kommenden Montag")."""
        if shift is None:
            if self._listed(pos):
                return cal.weekday_near(b, wd, FUTURE, strict=False)
            dated_thing = self._past_preposition(pos)  # "in ihrem Beschluss von Montag … gefordert": the day of the
            # decision, not its aim
            direction = PAST if dated_thing or self._reported(pos) or self._attributive_past() \
                or self._scene_setting(pos) or self._since(pos) or self._past_when_after() else self.tense(pos)
            # "Seit ihrer Ankunft am Donnerstag befinden sich 13 Teilnehmer in Quarantäne"
            told = self.ctx.last_day
            if direction != FUTURE and (story := self._story_day(pos)) is not None:
                return cal.weekday_near(story + dt.timedelta(days=1), wd, FUTURE, strict=False)
            if direction == PRESENT and told and told.isoweekday() == wd and 0 < (b - told).days < 7 \
                    and 0 <= self.sent_index(pos) - self.ctx.last_day_sent <= 1:
                return told  # "am vergangenen Sonntag … Ein Video zeigt, wie 30 Menschen am Sonntagmorgen laufen"
            if direction == PRESENT and (b - cal.weekday_near(b, wd, PAST, strict=True)).days == 1 \
                    and self._report_on_yesterday(pos):
                return b - dt.timedelta(days=1)  # a report's present on yesterday ("Etwa 4500 Teilnehmer
                # demonstrieren am Samstag", Sunday), not the same weekday six days on
            if direction == PAST and not dated_thing and (self._announced_for(pos) or self._expecting(pos)
                                                          or self._said_before(pos, self.planned_date_contexts)) \
                    or direction in (PRESENT, FUTURE) and self._fronted_circumstance(pos) in self.prior_circumstance \
                    or direction != PAST and self.plan_modals & self._clause_words(pos) \
                    and not re.search(r"\bvom\s+$", self.text[max(0, pos - 6):pos]):  # (not "die Niederlage vom
                # Samstag abschütteln wollten")
                # "hat für Dienstag zu einer Protestveranstaltung aufgerufen" (Monday): the day aimed at; "Nach dem
                # Aus am Freitag reist er in den nächsten Tagen in den Urlaub" (Saturday): what came first; "sollten
                # bereits am Mittwochabend vorliegen" (Friday): a plan, past or still to come; the nearest
                days = (cal.weekday_near(b, wd, d, strict=False) for d in (PAST, FUTURE))
                return min(days, key=lambda d: abs((d - b).days))
            return cal.weekday_near(b, wd, PAST if direction == PAST else FUTURE, strict=False)
        if shift == 0:  # "an diesem Sonntag": this week's, but on a Sunday "an diesem Montag wird gewählt" is tomorrow
            week_day = cal.weekday_near(b, wd, "WEEK")
            # "In Berlin gingen an diesem Sonntag …" (Monday): yesterday, not in six days; not a day called for
            # ("rief zu einer Demonstration an diesem Samstag auf")
            if (week_day - b).days >= PAST_WEEK_DAYS and self.tense(pos) == PAST \
                    and not self.calling_verbs & self._sentence_words(pos):
                return cal.weekday_near(b, wd, PAST, strict=False)
            shift_word = re.match(r"\w+\s+", self.text[pos:])  # "seit diesem Montag" lies behind
            past_prep = self._past_preposition(pos, pos + (shift_word.end() if shift_word else 0))
            if week_day > b and past_prep:  # "ein Verbot, das seit diesem Sonntag gilt" (Tuesday): two days back
                return cal.weekday_near(b, wd, PAST, strict=False)
            t = self.tense(pos) if week_day < b else None
            if t is not None and t != PAST \
                    and not (t == PRESENT and (b - week_day).days == 1 and self._report_on_yesterday(pos)) \
                    and not past_prep:
                # not "Die Flaggen wehen am Memorial Day an diesem Montag auf Halbmast" (Tuesday): yesterday
                return cal.weekday_near(b, wd, FUTURE, strict=False)
            return week_day
        d = cal.weekday_near(b, wd, PAST if shift < 0 else FUTURE, strict=True)
        return d + dt.timedelta(weeks=shift - 1 if shift > 0 else shift + 1)  # "am übernächsten Montag": a week on

    def _story_day(self, pos: int) -> dt.date | None:
        """The day named by its weekday (or opening its sentence) up to two sentences back, told in the present
        too but weeks behind the paper: a story in the historical present, whose weekdays follow on from it
        ("hört er am Samstag, 14. März, … lässt am Montag drauf einen Test machen. Am Mittwoch erfährt er …")."""
        c, b = self.ctx, self.base()
        if c.last_day is None or b is None or (b - c.last_day).days <= STORY_DAYS \
                or not 0 <= self.sent_index(pos) - c.last_day_sent <= 2:
            return None
        opened = _STORY_OPENER.fullmatch(self.text, self.sents[c.last_day_sent].start, c.last_day_pos) \
            if self.sents else None
        if c.named_day != c.last_day and not opened:
            return None  # a day named by its weekday or opening its sentence ("Am 31. Oktober hat sie
            # Symptome"): not "… Lockdowns am 23. März", sagte Powis am Montag
        return c.last_day if self.tense(c.last_day_pos) == PRESENT and self.tense(pos) != PAST else None

    def _report_on_yesterday(self, pos: int) -> bool:
        """Whether a weekday naming yesterday in a present clause is yesterday: not a start or open end
        ("ab Montag", "bis Montag"), not a diary's heading in capitals ("MITTWOCH setzen wir uns …"), not
        the second of a list whose first lies ahead ("am Montag und Dienstag"), not an event announced ("Das
        Konzert findet am Mittwoch statt", `present_event_words.tsv`)."""
        word = re.match(r"\w+", self.text[pos:])
        gap = self.text[self._prev_end:self._start]
        listed = 0 <= self._start - self._prev_end <= 6 and self.g.range_join.match(gap)
        return not (self._open_end_context() or self._said_before(pos, self.weekday_start_contexts)
                    or (word and word.group().isupper()) or listed
                    or self.weekday_event_words & self._clause_words(pos))

    def _after_genitive(self, pos: int) -> bool:
        """ "des Sonntags", "eines Sonntagvormittags": a genitive names one day, not every such day."""
        before = self.text[max(0, pos - 8):pos].split()
        return bool(before) and before[-1].lower() in self.genitive_articles

    def _noun_genitive(self, pos: int) -> bool:
        """ "der Königstransfer des Sommers": a genitive after a noun, which names the season it belongs to
        (not "im Laufe des Sommers", a time told)."""
        before = self.text[max(0, pos - 40):pos].split()
        if len(before) < 2:
            return False
        noun = before[-2].strip(_OPENING_QUOTES + "”")
        return before[-1].lower() in self.genitive_articles and noun[:1].isupper() \
            and noun.lower() not in self.season_course_nouns

    def _scene_setting(self, pos: int) -> bool:
        """ "Es ist Freitagnachmittag.", "Donnerstagnachmittag." as a sentence (or the part after a colon) of
        its own: a reportage setting its scene on a day gone by, whatever its present tense."""
        s = self._sentence(pos)
        colon = self.text.rfind(":", s.start, pos)  # "… zu tun: Es ist ein Samstagabend, eine Gruppe hat sich …"
        return any(p.match(self._slotted(start, s.end)) for p in self.scene_settings
                   for start in ((s.start, colon + 1) if colon >= 0 else (s.start,)))

    def _listed(self, pos: int) -> bool:
        """ "(„Überwacht“, Arte, Dienstag, 20 Uhr 15)": a programme listing names a day to come."""
        opened = max(self.text.rfind("(", max(0, pos - 130), pos), self.text.rfind("[", max(0, pos - 130), pos))
        if opened < 0:
            return False
        return any(p.match(self._slotted(opened, self._end + 40)) for p in self.listings)

    def _slotted(self, start: int, end: int) -> str:
        """The text from ``start`` to ``end`` with the expression being read as one NUL character, the
        ``{WD}`` slot of the weekday patterns."""
        return self.text[start:self._start] + "\0" + self.text[self._end:end]

    def _reported(self, pos: int) -> bool:
        """ "sagt am Sonntag der Feuerwehrchef", "meldet das Amt am Mittwoch": a statement
        told in the present with its weekday was made on that day, not ahead of the text."""
        s = self._sentence(pos)
        clause, opener = clause_with_opener(self.text, s.start, s.end, pos)
        if self.tense(pos) != PRESENT and tense_of(clause, self.lang) != PRESENT:
            return False  # the clause's own past or future decides (a bare "am Montag mit." has none)
        words = re.findall(r"\w+", clause)
        if words and words[0].lower() in self.reporting_openers and opener == ",":
            return True  # "…, so die Polizei am Samstag": a statement told without a verb
        if opener == "," and _AFTER_QUOTE.search(self.text[s.start:pos]) and words and verb_shaped(words[0], self.lang):
            return True  # "„Liebe Menschen …“, beginnt Baerbock ihre Rede am Freitagabend": the verb reports
        if len(words) < 4 and "," not in self.text[pos:s.end]:  # "…, teilt X (VBW), am Montag mit": verb before
            words = re.findall(r"\w+", self.text[s.start:s.end])
        reported = [i for i, w in enumerate(words) if w in self.reporting_now]
        return any(i + 1 == len(words) or words[i + 1].lower() not in self.future_auxiliaries for i in reported)
        # (not the passive ahead: "Offiziell bestätigt wird der Verkauf am Montag")

    def _event_gone(self, pos: int) -> bool:
        """A past clause that puts the scheduled event told in it behind ("Bei der Wahl im Februar hatten die
        Hardliner gewonnen"); a pluperfect does not when the event is only referred to ("hatten auf ihre
        Landtagswahlen am 14. März verwiesen", February: this March)."""
        gone = self.event_gone_markers & self._clause_words(pos)
        start = max(self._start - 60, self._sentence(pos).start)
        event = next((m for p in self.event_date_contexts if (m := p.search(self.text, start, self._start))), None)
        if event and any(p.search(self.text, max(0, event.start() - 40), event.start())
                         for p in self.referred_event_contexts):
            gone -= self.pluperfect_auxiliaries
        return bool(gone)

    def _said_before(self, pos: int, patterns: tuple[re.Pattern[str], ...]) -> bool:
        """Whether one of ``patterns`` ends the 60 characters before ``pos``, never reading across a
        sentence end ("seit 2001.⏎Am Montag")."""
        start = max(pos - 60, self._sentence(pos).start)
        return any(p.search(self.text[start:pos]) for p in patterns)

    def _past_context(self, pos: int) -> bool:
        """ "seit 26. März", "mehr als noch am Mittwoch": words before ``pos`` that put a date behind."""
        return self._said_before(pos, self.past_date_contexts)

    def _past_preposition(self, pos: int, day_pos: int | None = None) -> bool:
        """ "vom Dienstag", "seit Montag": the weekday lies before the reference,
        unless it opens a range ("vom Montag bis Freitag"); ``day_pos``: where the weekday
        stands when a word comes between ("seit diesem Montag")."""
        if self._past_context(pos):
            return True  # "29 mehr als noch am Mittwoch"
        before = self.text[max(0, pos - 20):pos].split()
        if len(before) > 1 and re.fullmatch(r"(?:spät|früh)en", before[-1]):
            before = before[:-1]  # "die Reaktionen vom späten Donnerstagabend"
        if not before or before[-1].lower().lstrip("(") not in self.weekday_past_preps:  # "(vom Freitag"
            return False
        day_pos = pos if day_pos is None else day_pos
        after = [w.strip(",.;:").lower() for w in self.text[day_pos:day_pos + 40].split()] + [""]
        if after[1] in self.lx.range_join and not after[1].isalpha() and not (
                after[2] in self.lx.weekdays or after[2][:1].isdigit()):
            return True  # a dash after it closes an aside ("jenem vom Donnerstag – geständig"), no range
        clock = next((i for i, w in enumerate(after[1:5], 1) if w in self.clock_words), None)
        if clock:  # "auf den Zahlen von Mittwoch, 16 Uhr."; not "Von Samstagmorgen um sechs Uhr an" (a start)
            return not any(w in self.lx.range_join or w in self.weekday_start_words
                           for w in after[1:clock + 3])  # "…, bis"; "von diesem Montag an, ab acht Uhr"
        return not (after[1] in self.lx.range_join or after[1] in self.weekday_start_words
                    or after[1][:1].isdigit())  # "von Montag, 17., bis …": a date

    def r_night_before(self, m):
        """ "in der Nacht zum Sonntag", "in der Nacht zum 12. März": the night starting the day before."""
        code = self._dp(m, "dp")
        if m.group("nrd"):  # "in der Nacht auf gestern"
            if self.ctx.ref is None:
                return "TIME", f"XXXX-XX-XXT{code}", None, True
            d = self.ctx.ref + dt.timedelta(days=self.lx.relative_days[m.group("nrd").lower()])
            self.saw_day(d, m.start())
        elif m.group("nd"):
            y = int(m.group("ny")) if m.group("ny") else None  # "in der Nacht zum 2. Juni 2019"
            v, _ = self._dated(y, self.lx.months[m.group("nmon").lower()], int(m.group("nd")), m.start("nd"))
            if not v or "X" in v:
                return ("TIME", f"{v}T{code}", None, True) if v else None
            d = dt.date.fromisoformat(v)
        else:
            wd = self.lx.weekdays[m.group("wd").lower()]
            b = self.base()
            if b is None:
                return "TIME", f"XXXX-WXX-{wd}T{code}", None, True
            if m.group(0).split()[0].lower() in self.weekday_past_preps:  # "seit der Nacht auf Dienstag"
                d = cal.weekday_near(b, wd, PAST, strict=False)
            else:  # "in der Nacht zum kommenden Samstag"
                n = self.lx.shift_of(m.group("nshift")) if m.group("nshift") else None
                d = self._weekday_date(b, wd, n, m.start())
            self.saw_day(d, m.start())
        if code == "NI":
            d -= dt.timedelta(days=1)
        return "TIME", f"{cal.day(d)}T{code}", None, True

    def r_night_of_day(self, m):
        """ "in der Nacht vom 8. auf den 9. Mai": the night starting on the 8th; month
        and year come from the date that follows (``tagger.extract``)."""
        return "TIME", f"XXXX-XX-{int(m.group('d')):02d}T{self._dp(m, 'dp')}", None, True

    def _day_named_after(self, pos: int) -> bool:
        """A date or holiday right after "des", "der", "von" ("am Vorabend von Allerheiligen", "des 1. Mai"; not "des
        50. Jahrestags", "des ersten Lockdowns")."""
        gap = self.g.eve_gap.match(self.text, pos)
        after = _EVE_DAY.match(self.text, gap.end()) if gap else None
        if not after:
            return False
        if after.group("d"):
            return after.group("m").lower() in self.lx.months
        rest = self.text[after.start("w"):after.start("w") + 40].lower()
        return any(rest.startswith(h) and not rest[len(h):len(h) + 1].isalpha() for h in self.lx.holidays)

    def r_anchored_daypart(self, m):
        """ "am nächsten Morgen", "am gleichen Abend": a part of the day after (or of)
        the last mentioned day; "die folgende Nacht" starts on that day; "am Vorabend": the evening before it."""
        if m.groupdict().get("adc"):
            if self.of_the_after.match(self.text, m.end()) and not self._day_named_after(m.end()):
                return None  # "am Vorabend der Wahl": the eve of an event, not of the day told (the eve of a day
                # named after it, "am Vorabend des 1. Mai", is dated by the tagger from that day)
            n, code = self.lx.anchored_daypart_compounds[m.group("adc").lower()]
        elif m.groupdict().get("adir"):
            n, code = self.lx.anchored_daypart_directions[m.group("adir").lower()], self._dp(m, "ddp")
            if n > 0 and self.ctx.last_day is None:
                n = 0  # "Die beängstigende Ruhe am Morgen danach" (the day after the election): after an event, this
                # morning
        else:
            n, code = self.lx.anchored_daypart[m.group("adw").lower()], self._dp(m, "dp")
        anchor = self.ctx.last_day or self.ctx.ref
        ref = self.ctx.ref
        if anchor and ref and not self.ctx.narrative and abs((ref - anchor).days) > ANCHOR_DAY_REACH \
                and self.tense(m.start()) == PRESENT \
                and (m.group("adw") or "").lower() not in self.lx.told_daypart_words:
            anchor = ref  # "an diesem Nachmittag feiern Tausende" after a 1955 date (not "an jenem Abend")
        if anchor and ref and not self.ctx.narrative and anchor > ref and not self.ctx.last_day_relative \
                and self.tense(m.start()) == PAST:  # "war an diesem Abend schon gesprochen worden": no day ahead
            anchor = ref
        c = self.ctx
        if anchor and ref and not c.narrative and anchor == c.last_day and anchor > ref and c.last_day_pos >= 0 \
                and c.last_day_sent < self.sent_index(m.start()) \
                and (self._said_before(c.last_day_pos, self.weekday_start_contexts) or c.last_day_ends_span):
            anchor = ref  # "Ab dem 4. Mai geht es los … An diesem Nachmittag wollen die Minister beraten": a start
            # ahead is no day a later sentence goes on with, nor an end ("fällt der Vorhang, aktuell bis zum 19. April.
            # … Musik spielt an diesem Abend eine Nebenrolle")
        if anchor is None:
            return "TIME", f"XXXX-XX-XXT{code}", None, True
        d = anchor + dt.timedelta(days=n - 1 if code == "NI" and n > 0 else n)
        self.saw_day(d, m.start())
        return "TIME", f"{cal.day(d)}T{code}", self._part(m), True

    r_daypart_of_anchored_day = r_anchored_daypart
    r_daypart_direction = r_anchored_daypart

    def r_shifted_daypart(self, m):
        """ "vergangene Nacht" (the night before the reference day), "kommende Nacht" (tonight)."""
        n, code = self.lx.shift_of(m.group("shift")), self._dp(m, "dp")
        b = self.base()
        if n is None:
            return None
        if b is None:
            return "TIME", f"XXXX-XX-XXT{code}", None, True
        d = b + dt.timedelta(days=min(n, 0))
        self.saw_day(d, m.start())
        return "TIME", f"{cal.day(d)}T{code}", None, True

    def r_weekend(self, m):
        """ "am Wochenende": the last weekend in a past clause, else the coming one."""
        if self._said_before(m.start(), self.weekend_set_contexts):
            return "SET", "XXXX-WXX-WE", None, False  # "weil nicht alle Behörden etwa am Wochenende melden"
        b = self.base()
        if b is None:
            return "DATE", "XXXX-WXX-WE", None, True
        past = self.tense(m.start()) == PAST or self._past_context(m.start()) \
            or self._past_preposition(m.start("x")) or self._attributive_past()  # "wie schon am Wochenende", "die
        # Vorfälle vom Wochenende", "der am Wochenende aus Haar gemeldeten hohen Infektionszahlen"
        if past and b.isoweekday() > 1 and self._said_before(m.start("x"), self.aimed_date_contexts):
            past = False  # "hat mehrere für das Wochenende geplante Demonstrationen verboten" (Wednesday): the coming
        if past and b.isoweekday() < 6:
            b -= dt.timedelta(days=7)
        return "DATE", cal.week(b) + "-WE", None, True

    def r_daypart(self, m):
        if m.group("dp")[:1].islower() and re.match(r"\s+[A-ZÄÖÜ]", self.text[m.end():m.end() + 2]):
            return None  # "Informationen über frühe Covid-19-Fälle": an adjective before its noun
        code = self._dp(m, "dp")
        d = self._day_for_daypart(m.start())
        if code == "NI" and d is not None and self._last_night(d, m.start()):
            d -= dt.timedelta(days=1)
        mod = self._part(m)
        return "TIME", (cal.day(d) if d else "XXXX-XX-XX") + "T" + code, mod, True

    def _last_night(self, d: dt.date, pos: int) -> bool:
        """A bare night in a past clause of news that falls back on the paper's day is the night that ended on it:
        "Unbekannte haben in der Nacht die Fassade beworfen" (Friday) is the night to Friday, Thursday's."""
        c = self.ctx
        return d == c.ref and not c.narrative and self.tense(pos) == PAST \
            and not (c.last_day == c.ref and 0 <= self.sent_index(pos) - c.last_day_sent <= NAMED_DAY_REACH)

    def _day_for_time(self, pos: int) -> dt.date | None:
        """The day a clock time or part of the day belongs to: a day mentioned earlier
        in the same sentence (narratives: the last one), a weekday/date named earlier
        as a weekday up to NAMED_DAY_REACH sentences before (not past a start told in the
        sentence: "seit Montag müssen Bars ab 18 Uhr schließen"; in news not ahead of the paper
        for a past clause: "erst am Donnerstag öffnen. … Die ersten standen um halb acht vor der
        Tür"), else the document date."""
        c, si = self.ctx, self.sent_index(pos)
        if c.last_day_ends_span and c.last_day_sent == si and re.search(r"[:;]", self.text[c.last_day_pos:pos]):
            return c.ref  # not a span's end before a colon: "gilt bis zum kommenden Donnerstag – für alle, bis auf
            # Einen: Ein Kläger setzte durch, dass er weiterhin nach 23 Uhr Alkohol trinken darf"
        if c.last_day and (c.narrative or c.last_day_sent == si):
            return c.last_day
        if c.last_day and c.ref and 0 < si - c.last_day_sent <= PAST_STORY_REACH and c.last_day < c.ref \
                and (si - c.last_day_sent == 1 or (c.ref - c.last_day).days <= 7) and not c.last_day_ends_span \
                and any(p.fullmatch(self.text, self._sentence(pos).start, pos) for p in self.story_clock_openers) \
                and (self.tense(pos) == PAST or self._historical_present(pos)):
            return c.last_day  # a story told on: "Am nächsten Morgen versuchte er ab 7.25 Uhr … Um 9.40 Uhr antwortete"
            # (so in the historical present ("Am 9. November 1989 steht er an der Grenze. … Gegen 23.30 Uhr öffnet er"))
        if c.named_day and 0 <= si - c.named_day_sent <= NAMED_DAY_REACH \
                and not (c.since_day and c.since_day[1] == si > c.named_day_sent) \
                and not (c.ref and c.named_day > c.ref and self.tense(pos) == PAST
                         and not self.plan_modals & self._clause_words(pos)):  # (not "Ab 9 Uhr sollte es losgehen")
            return c.named_day  # diaries: "am MONTAG … Mit Sack und Pack gehe ich um halb neun"
        return c.ref

    def _far_day_tense(self) -> str | None:
        """In news, the tense of the clause that told the last day, when that day lies weeks before the paper."""
        c = self.ctx
        if not (c.ref and not c.narrative and c.last_day and (c.ref - c.last_day).days > STORY_DAYS
                and c.last_day_pos >= 0):
            return None
        return self.tense(c.last_day_pos)

    def _historical_present(self, pos: int) -> bool:
        """A present clause after a day told in the present weeks before the paper: a story told on in the
        historical present."""
        return self._far_day_tense() == PRESENT and self.tense(pos) == PRESENT

    def _far_day_for_present(self, pos: int) -> bool:
        """A day told weeks before the paper in a clause not in the present, and a part of the day in a clause
        that is: no story told on in the historical present, so not that day's part ("Die Wahl war für den
        26. April geplant … Mit Ergebnissen wird am späten Abend gerechnet", June: the paper's evening)."""
        told = self._far_day_tense()
        return told is not None and told != PRESENT and self.tense(pos) != PAST

    def _day_for_daypart(self, pos: int) -> dt.date | None:
        """A bare part of the day ("am Nachmittag", "Abends") continues the story of
        the day told last when that day was named up to NAMED_DAY_REACH sentences
        before ("gestern um 8.30 Uhr … Dann am Nachmittag"); else as a clock time."""
        c = self.ctx
        if c.since_day and _DAY_VALUE.fullmatch(self._prev_value) and self._prev_value == cal.day(c.since_day[0]) \
                and self.g.daypart_gap.fullmatch(self.text, self._prev_end, self._start):
            return c.since_day[0]  # "Seit Samstag in der Früh wurden Markierungen angebracht": that Saturday's
        if c.last_day and 0 <= self.sent_index(pos) - c.last_day_sent <= NAMED_DAY_REACH and not c.last_day_ends_span \
                and not (c.last_day_of_thing and self.sent_index(pos) > c.last_day_sent) \
                and not (c.ref and not c.narrative and c.last_day > c.ref and not c.last_day_relative
                         and self.tense(pos) == PAST) and not self._far_day_for_present(pos) \
                and not (c.ref and not c.narrative and c.last_day < c.ref and self.tense(pos) == FUTURE):
            # (not a day gone for a clause ahead: "Bereits am 31. März war er ernannt worden. … Am Mittag will die
            # Fraktion wählen")
            self.saw_day(c.last_day, pos, relative=c.last_day_relative)  # "Am Nachmittag … Spät am Abend"
            return c.last_day
        d = self._day_for_time(pos)  # a past "am Abend" does not continue a day named ahead …
        if d and c.ref and not c.narrative and d > c.ref and self.tense(pos) == PAST:
            return c.ref  # … nor one named a sentence before
        return d

    def r_time(self, m):
        gd = m.groupdict()
        if gd["h"] is not None:
            h, mi = int(gd["h"]), int(gd["mi"] or gd["mi2"] or 0)
        elif gd["hw"]:
            h, mi = int(self.lx.numbers.get(gd["hw"].lower(), -1)), 0
        elif gd["half"]:
            hv = self.lx.number(gd["half"])
            h, mi = (int(hv) - 1 if hv else -1), 30
        elif gd["quarter"]:  # "Viertel nach acht" 08:15, "Viertel vor acht" 07:45
            hv = self.lx.number(gd["quarter"])
            h, mi = (int(hv) - (0 if gd["qpast"] else 1) if hv else -1), (15 if gd["qpast"] else 45)
        elif gd["bw"]:
            h, mi = int(self.lx.numbers[gd["bw"].lower()]), 0
        elif gd["bh"] is not None:
            h, mi = int(gd["bh"]), int(gd["bmi"] or 0)
        elif gd["eh"] is not None:
            h, mi = int(gd["eh"]), int(gd["emi"] or 0)
        elif gd["uh"] is not None:
            h, mi = int(gd["uh"]), int(gd["umi"] or 0)
        elif gd["ch"] is not None:  # "um 20:31 ereignete sich": hours and minutes after "um"
            h, mi = int(gd["ch"]), int(gd["cmi"])
        elif gd["mid"]:  # "kurz nach Mitternacht": the day's end; "seit Mitternacht": its start
            before = self.text[max(0, m.start("mid") - 12):m.start("mid")]
            h, mi = (0 if any(p.search(before) for p in self.midnight_starts) else 24), 0
        else:
            return None
        if not (0 <= h <= 24 and 0 <= mi < 60):
            return None
        code = self.lx.day_parts[gd["dp"].lower()] if gd.get("dp") else self._late_day_part_before(m.start())
        if code in ("AF", "EV") and h < 12 or code == "NI" and 7 <= h <= 12:  # "nachts um 11 Uhr": 23:00;
            h += 12  # "um zwölf Uhr nachts": midnight, the day's end
        if self.ctx.set_day and self.ctx.set_day[1] == self.sent_index(m.start()):
            self.ctx.set_day = (*self.ctx.set_day[:2], True)
            return "TIME", f"{self.ctx.set_day[0]}T{h:02d}:{mi:02d}", None, False  # "täglich von 6 bis 22 Uhr"
        after = self.text[m.end():min(m.end() + 80, self._sentence(m.start()).end)]
        daily = self._said_before(m.start("x"), self.daily_time_contexts) \
            or any(p.match(after) for p in self.daily_time_followers) \
            or self._nightly_rule(h, after, m.start())
        if daily and (self.ctx.last_day_sent != self.sent_index(m.start()) or self.ctx.last_day_ends_span
                      or self._said_before(self.ctx.last_day_pos, self.weekday_start_contexts)) \
                or self._said_before(m.start("x"), self.recurring_day_times) \
                or self._ends_daily_range() or self._after_daily_time(m.start()):  # not "galt am Montagabend eine …"
            self._daily_end = self._end
            return "TIME", f"XXXX-XX-XXT{h:02d}:{mi:02d}", None, False  # "eine Ausgangssperre von 21 bis 6 Uhr"; a
            # day told as the rule's start does not date its hours ("gilt von Montag an … nach 22 Uhr")
        d = self._day_for_time(m.start())
        if gd["mid"] and h == 24 and d is not None and d == self.ctx.ref and self.tense(m.start()) == PAST \
                and not self._open_end_context():  # "eine Frist bis Mitternacht gesetzt": the day's end
            if any(p.search(self.text, max(0, m.start("mid") - 12), m.start("mid")) for p in self.midnight_ends):
                d -= dt.timedelta(days=1)  # "kurz vor Mitternacht wurde die Feuerwehr gerufen": the day before's end
            else:
                h = 0  # "Kurz nach Mitternacht brannte es" in that day's paper: the midnight gone by
        night = _NIGHT_VALUE.fullmatch(self._prev_value or "")
        if d is not None and night and h >= EVENING_HOUR and 0 <= self._start - self._prev_end <= 20 \
                and cal.day(d - dt.timedelta(days=1)) == night.group(1):
            d -= dt.timedelta(days=1)  # "In der Nacht zu Montag, zwischen 18 und 6 Uhr": Sunday evening
        if d is not None and h < 12 and self._ends_range_from_evening(d):
            d += dt.timedelta(days=1)  # "am 10. Juli zwischen 21 Uhr abends und 3 Uhr morgens": the next morning
        elif (told := self._night_told_before(m.start(), h)) is not None:
            d = told  # "in der Nacht auf Sonntag überfallen worden. Der Täter hatte ihn gegen 2 Uhr früh
            # angesprochen" (Tuesday): Sunday's early hours
        elif d is not None and h <= NIGHT_END_HOUR and self._story_past_midnight(d, m.start()):
            d += dt.timedelta(days=1)  # "fand sie am Freitag um die Mittagszeit. … Um 1.30 Uhr in der Nacht
            # fanden sie die Adressen": the story has run into the next day
        prefix = cal.day(d) if d else "XXXX-XX-XX"
        last = self.ctx.last_clock
        if (gd["hw"] or gd["half"] or gd["quarter"]) and code is None and h < 12 and last and last[0] == prefix \
                and last[1] >= 12 and 0 <= h + 12 - last[1] <= WORD_CLOCK_AFTER_HOURS:
            h += 12  # "Um 13.15 Uhr … um kurz nach halb zwei": a clock word goes on from the afternoon told
        self.ctx.last_clock = (prefix, h)
        return "TIME", f"{prefix}T{h:02d}:{mi:02d}", None, True

    def _nightly_rule(self, h: int, after: str, pos: int) -> bool:
        """A range of hours from late evening to early morning in a clause with a modal or in the passive, not in the
        past: a rule for every night ("Von 23 bis 6 Uhr darf kein Alkohol konsumiert werden")."""
        end = self.g.night_range_end.match(after)
        return bool(end) and h >= NIGHTLY_START and int(end.group(1)) <= NIGHT_END_HOUR + 1 \
            and self.tense(pos) != PAST and bool(self.rule_modals & self._clause_words(pos))

    def _night_told_before(self, pos: int, h: int) -> dt.date | None:
        """The day of a night hour in a past sentence right after the sentence that told the night, when no day
        was told since: its evening's day or the next morning's."""
        c = self.ctx
        if c.night_told is None or c.ref is None or c.narrative \
                or not 0 < self.sent_index(pos) - c.night_told[1] <= PAST_STORY_REACH \
                or c.last_day_sent > c.night_told[1] or self.tense(pos) != PAST \
                or not (h >= EVENING_HOUR or h <= NIGHT_END_HOUR):
            return None
        return c.night_told[0] + dt.timedelta(days=h <= NIGHT_END_HOUR)

    def _story_past_midnight(self, d: dt.date, pos: int) -> bool:
        """Whether an early hour in a past story follows a later time of its day told in an earlier sentence,
        with no day told since: a story told in order has passed midnight (not one looking back in the pluperfect:
        "um 23 Uhr festgenommen. Die Tat hatte er um 2 Uhr begangen")."""
        late = _LATE_TIME_VALUE.fullmatch(self._prev_value or "")
        early = _CLOCK_VALUE.fullmatch(self._prev_value or "")  # (or an early hour of the next day, already passed)
        next_day = cal.day(d + dt.timedelta(days=1))
        c, si = self.ctx, self.sent_index(pos)
        return bool(late and late.group(1) == cal.day(d) or early and early.group(1) == next_day) and c.last_day == d \
            and c.last_day_pos <= self._prev_start and 0 < si - self.sent_index(self._prev_start) <= PAST_STORY_REACH \
            and self.tense(pos) == PAST and not in_pluperfect(self._clause(pos), self.lang)

    def _ends_range_from_evening(self, d: dt.date) -> bool:
        """Whether this time ends a range that starts in the evening of day ``d`` ("von 22 bis 5 Uhr")."""
        prev = _CLOCK_VALUE.fullmatch(self._prev_value or "")
        return bool(prev and prev.group(1) == cal.day(d) and int(prev.group(2)) >= EVENING_HOUR
                    and 0 <= self._start - self._prev_end <= 16
                    and self.g.range_join.match(self.text[self._prev_end:self._start]))

    def _after_daily_time(self, pos: int) -> bool:
        """A clock time in a present clause after a time of every day in its sentence, no day told between: a rule
        goes on ("eine Sperrstunde um 22 Uhr, diese gilt auch für den Alkoholverkauf, der bis 6 Uhr Früh untersagt
        ist")."""
        c, s = self.ctx, self._sentence(pos)
        day_between = c.last_day_sent == self.sent_index(pos) and c.last_day_pos > self._daily_end
        return s.start <= self._daily_end <= pos and not day_between and self.tense(pos) != PAST

    def _ends_daily_range(self) -> bool:
        """The end of a range whose start is a time of every day ("zwischen 23 und 6 Uhr geschlossen")."""
        gap = self.text[self._daily_end:self._start]
        return 0 <= self._start - self._daily_end <= 16 and bool(self.g.range_join.match(gap))

    def _late_day_part_before(self, pos: int) -> str | None:
        """The afternoon, evening or night named just before a clock time ("abends um halb acht")."""
        found = self.late_day_part_before.search(self.text[max(self._sentence(pos).start, pos - 40):pos])
        if not found or found.group("word").lower() in self.lx.weekdays.keys() | self.lx.weekday_sets.keys():
            return None  # "am Sonnabend um 9 Uhr", "sonnabends 8 bis 14 Uhr": a day, no evening
        return self.lx.day_parts[found.group("dp").lower()]

    def r_anchored_shift(self, m):
        if m.group("qmod") and self.compared_count_before.search(self.text, max(0, m.start() - 40), m.start()):
            self._start = m.start("num")  # "4.123 weniger als sieben Tage zuvor", "96 Infizierte weniger als eine
            # Woche zuvor": the figure's comparison
        n = self.lx.number(m.group("num"))
        code = self.lx.units.get(m.group("unit").lower())
        direction = self.lx.directions[m.group("dir").lower()]
        if n is not None and code is not None:
            before = self.text[max(0, m.start() - 12):m.start()]
            if self.shift_compared.match(self.text, m.end()) or self.shift_span_article.search(before) \
                    or self._difference(m) \
                    or code in _CLOCK_UNITS and self.tense(m.start()) != PAST and not self._fronted(m.start()) \
                    or m.group("dir").lower() in self.lx.comparative_directions and not self.ctx.narrative:
                # "vier Wochen später als", "in den 25 Jahren zuvor", "um ein Jahr früher", "schließt eine Stunde
                # früher"; news tell an earlier date by "zuvor", "früher" compares ("soll ein Jahr früher, als es das
                # Drehbuch vorsieht, begonnen werden", "hätten eine Woche früher reagieren müssen")
                return "DURATION", cal.duration(float(n), code), None, False
            n, code = cal.whole(n, code)  # "ein halbes Jahr später": six months
            if code == "Y" and n != int(n) and (n * 12).is_integer():
                n, code = n * 12, "M"  # "Eineinhalb Jahre später" after March 2018: September 2019
        if direction > 0 and code and self.ctx.ref and self._now_before():
            return "DATE", cal.fmt(self.ctx.ref, cal.granularity_of(code)), None, True  # "Heute, zehn Monate später,
            # weiß er nicht weiter", "Nun, acht Tage später, sitzt Söder …": now
        anchor, coarse = self._anchor(m.start() if code in _RECENT_UNITS else None)  # "fünf Jahre später": any year
        if direction < 0 and code in ("D", "W") and self._figures_compared(self._start):  # (after "400 mehr als")
            anchor, coarse = self.ctx.ref, None  # "Das sind etwa 700 mehr als noch einen Tag zuvor"
        c = self.ctx
        if anchor is not None and anchor == c.last_day and c.ref and not c.narrative and anchor > c.ref \
                and code in ("H", "MIN", "D", "W", "M", "Y") and tense_of(self._clause(m.start()), self.lang) == PAST:
            anchor = None  # "zunächst bis zum 19. April. … kamen aber 24 Stunden später wieder frei": a past clause
            # counts from no day ahead (its own verb decides: "bis zum 27. Mai untersagt, ein Tag vorher
            # entscheidet die Liga" counts from it)
            before = c.day_before_last
            if before and before[0] <= c.ref and 0 <= self.sent_index(m.start()) - before[1] <= 1:
                anchor = before[0]  # "Entgegen dem Beschluss vom 5. Januar, den Lockdown bis zum 31. Januar zu
                # verlängern, hat der Senat schon zwei Tage später verkündet" (8 January): from the day gone
        if n is None or code is None or anchor is None or n != int(n) or code in _CLOCK_UNITS and coarse:
            return "DATE", "XXXX-XX-XX", None, True  # "zwei Stunden später" after a month or year told
        if code == "W" and (week := self._week_told_before(m.start()) or self._counted_week_before(m.start())):
            return "DATE", cal.week(week + dt.timedelta(weeks=int(n) * direction)), None, True  # "Diese Woche
            # öffnen die Schulen für die Älteren, eine Woche später die für die Jüngeren": the week after
        d = cal.shift_date(anchor, code, int(n) * direction)
        if d is None:
            return None
        gran = cal.granularity_of(code)
        if coarse and "DMY".index(coarse) > "DMY".index(gran):
            gran = coarse
        if direction > 0 and c.ref and not c.narrative and code not in _CLOCK_UNITS \
                and cal.fmt(d, gran) > cal.fmt(c.ref, gran) \
                and (d - c.ref).days > LATER_THAN_PAPER_DAYS \
                and tense_of(self._clause(m.start()), self.lang) == PAST \
                and not self.plan_modals & self._clause_words(m.start()):  # (not "sollte dann eintreten")
            return "DATE", cal.unknown(gran), None, True  # "Zweieinhalb Jahre später wurde die Ausreise bewilligt"
            # after 1984 told long before: a past clause tells no time after the paper
        if direction > 0 and not c.narrative and anchor == c.ref and c.last_day is None and c.last_month is None \
                and c.last_year is None and c.told_year is None:  # "… spurlos verschwindet. 20 Jahre später":
            return "DATE", cal.unknown(cal.granularity_of(code)), None, True  # after some event, no day told
        if gran == "D" and code not in _CLOCK_UNITS and not self._compared(self._start):  # hours on from the day
            # told leave it the day told; so does a day compared ("4.123 weniger als sieben Tage zuvor")
            self.saw_day(d, m.start(), relative=True)
        elif gran == "Y" and c.told_year is not None:  # "2014 …, zwei Jahre später …, noch einmal zwei Jahre
            self.saw_year(d.year, m.start(), lends=False)  # später": the second counts from the first
        return "DATE", cal.fmt(d, gran), None, True

    def _counted_week_before(self, pos: int) -> dt.date | None:
        """The Monday of a week told by its number or a shift ("die 48. Kalenderwoche", "in der vergangenen
        Woche") in this or the sentence before, after the last day told: what "Vorwoche" counts from. Not "diese
        Woche" (it may be a week told before) nor a "Vorwoche" itself ("… (Vorwoche: 1273), … (Vorwoche: 362)")."""
        return self._recent_week(self.ctx.counted_week, pos)

    def _week_told_before(self, pos: int) -> dt.date | None:
        """The Monday of a week told ("diese Woche") in this or the sentence before, after the last day told."""
        return self._recent_week(self.ctx.week_told, pos)

    def _recent_week(self, w: tuple | None, pos: int) -> dt.date | None:
        """The Monday of week ``w`` (Monday, sentence, end, …) if told before ``pos`` in this or the sentence
        before and after the last day told."""
        c = self.ctx
        if w is None or w[2] > pos or not 0 <= self.sent_index(pos) - w[1] <= 1 \
                or c.last_day is not None and c.last_day_pos >= w[2]:
            return None
        return w[0]

    def _now_before(self) -> bool:
        """ "Heute, zehn Monate später", "Nun, acht Tage später": a shift set off after a word for now."""
        return bool(self.now_before_shift.search(self.text, max(0, self._start - 12), self._start)) \
            or bool(re.fullmatch(r"\s*,\s*", self.text[self._prev_end:self._start])) \
            and self._prev_value in ("PRESENT_REF", cal.day(self.ctx.ref))

    def _figures_compared(self, pos: int) -> bool:
        """News comparing figures with a day or week before ("mehr als noch einen Tag zuvor") sentences after
        the last day or month told, which lies weeks back or ahead: the figures are the paper's, so is the day."""
        c = self.ctx
        told = max(((c.last_day, c.last_day_sent), (c.last_month, c.last_month_sent)),
                   key=lambda t: t[1] if t[0] is not None else -1)
        return bool(told[0] and c.ref and not c.narrative and self._compared(pos)
                    and (self.sent_index(pos) - told[1] > 1 or self.sent_index(pos) - told[1] == 1
                         and (c.ref - told[0]).days > COMPARED_DAY_FAR
                         or self.now_clause_words & self._clause_words(pos))  # "Inzwischen zählt … zehnmal so
                    # viele Fälle wie noch vier Wochen zuvor" after "Mitte März": now's figures
                    and not any(p.search(self.text, self._sentence(pos).start, pos) for p in self.told_day_references)
                    and ((c.ref - told[0]).days > COMPARED_DAY_AGE or told[0] > c.ref))  # (figures come from no
        # day ahead: "bis September auf 200.000 … 400 mehr als noch einen Tag zuvor")

    def _anchor(self, pos: int | None = None) -> tuple[dt.date | None, str | None]:
        """The date "später"/"zuvor" counts from, and the granularity it is known to
        when coarser than a day: "M" after a month told without a day ("Ende Februar
        … eine Woche später"), "Y" after a year told after the last full date."""
        c = self.ctx
        best, best_sent, gran = c.last_day, c.last_day_sent, None
        if c.last_month is not None and (best is None or c.last_month_sent > best_sent):
            best, best_sent, gran = c.last_month, c.last_month_sent, "M"
        told = c.told_year is not None and c.told_year_sent >= c.last_year_sent \
            and (best is None or c.told_year_sent > best_sent)  # "seit 1979 an. Zehn Jahre später"
        year, year_sent = (c.told_year, c.told_year_sent) if told else (c.last_year, c.last_year_sent)
        recent = year is not None and (  # news: no birth year told long before
            c.narrative or pos is None or self.sent_index(pos) - year_sent <= 1)
        if recent and (best is None or year_sent > best_sent) and (best is None or best.year != year):
            return dt.date(year, 7, 1), "Y"  # mid-year: "zwei Wochen zuvor" stays in that year
        return (best, gran) if best else (c.ref, None)

    def _year_told_just_before(self, pos: int) -> dt.date | None:
        """A year named in this or the previous sentence after the last day: "im Vorjahr"
        counts from it ("Für 2020 zählte die Polizei … 250 weniger als im Vorjahr")."""
        c = self.ctx
        if c.told_year is None or not 0 <= self.sent_index(pos) - c.told_year_sent <= 1 or c.told_year_since:
            return None  # (not "zum ersten Mal seit der Krise 2008/2009 gesunken, um ein Prozent zum Vorjahr")
        opening = self.text[self._sentence(pos).start:pos]
        if c.told_year_sent < self.sent_index(pos) and re.match(r"\W*[„»\"]", opening) \
                and not re.search(r"[“«\"]", opening.lstrip()[1:]):
            return None  # "2019 waren es mehr. „Im Vorjahr wurden mehr Angebote abgegeben …“": a quote speaks from now
        if c.last_day is not None and (c.last_day_sent > c.told_year_sent
                                       or c.last_day_sent == c.told_year_sent and c.last_day_pos > c.told_year_pos):
            return None  # (nor after a day told after the year: "unter dem Vergleichswert von 2019 …, am 8. Januar lag
            # er 20 Prozent unter Vorjahr")
        sent, clause = self._sentence(pos), self._clause(pos)
        if self.now_clause_words & self._clause_words(pos) and c.told_year_pos < self.text.find(clause, sent.start):
            return None  # "Im vergangenen Jahr … 3000 Vorfälle, und aktuell sind wir auf dem Niveau vom Vorjahr"
        if c.last_month is not None and c.last_month_sent > c.told_year_sent:
            return dt.date(c.last_month.year, 1, 1)  # "(August 2018: 70,5 Prozent). Im Zeitraum Januar bis August
            # … im Vergleich zum Vorjahr": from the year of the months told after it
        if c.ref and not c.narrative and abs(c.ref.year - c.told_year) > STORY_YEAR_REACH:
            return None  # "halb so viel wie 1000 …" in today's news is a count, not a year
        return dt.date(c.told_year, 1, 1)

    def _month_told_just_before(self, pos: int) -> dt.date | None:
        """A month told without a day after the last day, in this or the previous sentence (in
        news): "im Monat darauf", "im Vormonat" count from it ("Im November stiegen die Preise …")."""
        c = self.ctx
        if c.last_month is None or c.last_day is not None and c.last_day_sent > c.last_month_sent:
            return None
        return c.last_month if c.narrative or 0 <= self.sent_index(pos) - c.last_month_sent <= 1 else None

    def r_anchored(self, m):
        code, n = self.lx.anchored[m.group("an").lower()]
        if code == "D" and n == 0 and self.day_defining_relative.match(self.text, m.end()):
            return None  # "an jenem Tag …, an dem Deutschland kapitulierte": the clause names the day, not the story
        anchor = self._year_told_just_before(m.start()) if code == "Y" else \
            self._month_told_just_before(m.start()) if code == "M" else None
        c = self.ctx
        if code == "M" and abs(n) >= 12 and anchor is None:
            return "DATE", "XXXX-XX", None, True  # "gegenüber dem Vorjahresmonat" with no month told: the month of the
            # figures, which the paper's date does not tell
        if code == "WE" and not (c.last_day and 0 <= self.sent_index(m.start()) - c.last_day_sent <= NAMED_DAY_REACH):
            anchor = c.ref  # "Dieses Mal muss Wolfsburg nach Essen … Am Wochenende darauf": from this weekend
        if n < 0 and (code == "D" and c.last_day and c.ref and not c.narrative
                      and self.sent_index(m.start()) - c.last_day_sent > DAY_BEFORE_REACH
                      and (c.ref - c.last_day).days > DAY_BEFORE_AGE
                      or code in ("D", "W") and self._figures_compared(m.start())
                      or code == "D" and c.last_day_of_thing and not c.narrative
                      and self.sent_index(m.start()) > c.last_day_sent):
            anchor = c.ref  # the day's figures: "… Am Vortag waren es 59 Kreise", not from a day told weeks before;
            # so when compared a sentence on ("Empfehlungen vom 12. Oktober. … mehr im Vergleich zum Vortag"), nor
            # from a thing's day ("in ihrem Podcast vom Samstag … Nachmeldungen des Vortages")
        if code == "W" and (week := self._counted_week_before(m.start())) is not None:
            anchor = week  # "in der 52. Kalenderwoche bei 5040. In der Vorwoche …": the week before that one
        if code == "D" and abs(n) == WEEK_DAYS and c.last_day_sent != self.sent_index(m.start()):
            anchor = c.ref  # "… Vergangenen Sonntag waren es noch 13.882. … weniger als am selben Tag der Vorwoche":
            # a week from the day of the figures, which is the paper's unless told in the sentence
        if code == "D" and n > 0 and anchor is None and c.last_day_of_thing and c.day_before_last \
                and self.sent_index(m.start()) > c.last_day_sent:
            anchor = c.day_before_last[0]  # "… der am 1. September beginnenden Saison … Hülsmann erzählt tags
            # darauf": the day after the story's (23 August), not after the season's start
        anchor = anchor or c.last_day or c.ref
        if anchor is None:
            return "DATE", "XXXX-XX-XX", None, True
        if c.ref and not c.narrative and n <= 0 and anchor > c.ref and (
                self.tense(m.start()) == PAST or anchor == c.last_day and c.last_day_ends_span
                or code == "W" and anchor == c.last_day and self.sent_index(m.start()) - c.last_day_sent > 1):
            anchor = c.ref  # "stiegen im Vergleich zum Vortag" counts from no day ahead ("am 18. Mai" told before),
            # nor from the end of a span ("Lockdown bis mindestens 10. Januar. … mehr Geld als im Vorjahr"); nor a
            # week from a day ahead told sentences before ("kurz vor Weihnachten … Tatsächlich liegen die Zahlen
            # aktuell nahe an denen der Vorwoche")
        if code == "D" and n == 0 and c.since_day and self._day_told() == c.since_day:
            anchor = c.since_day[0]  # "Seit Samstag gilt das Recht wieder; am selben Tag gab es 22 Kundgebungen"
        if code == "D" and c.last_month is not None and c.ref and c.last_month.year != c.ref.year \
                and (c.last_day is None or c.last_month_sent > c.last_day_sent) \
                and 0 <= self.sent_index(m.start()) - c.last_month_sent <= 1:
            return "DATE", f"{c.last_month:%Y-%m}", None, True  # "im Dezember 2016. … den nächsten Tag": in it
        if code == "D" and _DAY_VALUE.fullmatch(self._prev_value) \
                and re.fullmatch(r"\s*(?:[–-]|,)\s*", self.text[self._prev_end:m.start()]):
            return "DATE", self._prev_value, None, True  # "Am Dienstag – dem Tag zuvor – waren es 40": the same day
        if code == "D":
            if self._counted and self._counted[1] == anchor and c.last_day_relative:
                anchor = self._counted[0]  # "mehr als am Vortag … Die Differenz zum Vortag": the same day
            d = anchor + dt.timedelta(days=n)
            if n > 0 and c.ref and not c.narrative and ((d - c.ref).days > LATER_THAN_PAPER_DAYS or anchor > c.ref) \
                    and not self.plan_modals & self._clause_words(m.start()) \
                    and tense_of(self._clause(m.start()), self.lang) == PAST:
                return "DATE", "XXXX-XX-XX", None, True  # "…, tags darauf kam wiederum eine Mail": no day after the
                # paper's in a past clause, nor one after a day still ahead ("an diesem Donnerstag fortgesetzt
                # werden … erklärte Scholz am Tag darauf")
            self._counted = (anchor, d)
            if not self._compared(m.start()):  # "2.368 weniger als am Vortag und 4.123 weniger als sieben Tage
                self.saw_day(d, m.start(), relative=True)  # zuvor": both count from the day of the figures
            return "DATE", cal.day(d), None, True
        if code == "Y" and n > 0 and self._year_told_just_before(m.start()) == anchor:
            self.saw_year(anchor.year + n, m.start(), lends=False)  # "1989 …, im Jahr darauf …, drei Jahre später":
            # the next shift counts from the year after
        return "DATE", cal.shift_value(anchor, code, n), None, True

    def r_duration(self, m):
        n = self.lx.number(m.group("num"))
        code = self.lx.units.get(m.group("unit").lower())
        if n is None or code is None:
            return None
        if not self.ctx.narrative and code == "Y" and (
                self.age_after.match(self.text, m.end())
                or any(p.search(self.text, max(self._sentence(m.start()).start, m.start() - 80), m.start())
                       for p in self.age_contexts)):
            return None  # "der 30 Jahre alte Fahrer", "Kinder unter 14 Jahren": an age, which news TimeML leaves
            # untagged
        if m.group("art") and self.singular_articles.fullmatch(m.group("art")) and not m.group("shift") \
                and not m.group("qmod") and m.group("unit").lower() in self.lx.plural_units:
            self._start = m.start("num")  # "und das sieben Tage die Woche": "das" is no article of "Tage"
        value = cal.duration(n, code)
        if m.group("num2"):
            n2 = self.lx.number(m.group("num2"))
            code2 = self.lx.units.get(m.group("unit2").lower())
            if n2 is not None and code2:
                extra = cal.duration(n2, code2)[1:]
                order = "HMS" if "T" in value else "YMWD"
                if "T" in extra and "T" not in value:
                    value += extra  # "zwei Tage und drei Stunden": P2DT3H
                elif ("T" in extra) == ("T" in value) and order.index(extra[-1]) > order.index(value[-1]):
                    value += extra.lstrip("T")  # "drei Jahre und vier Monate": P3Y4M; "eine Minute und 21 Sekunden"
                else:  # "zwischen drei Monaten und fünf Jahren": two durations, the first one ends here
                    self._end = m.end("unit")
        return "DURATION", value, self._quantity_mod(m), False

    def r_fraction_duration(self, m):
        """ "eine Viertelstunde" PT15M, "zwei Viertelstunden" PT30M, "ein Vierteljahrhundert" P25Y."""
        n, code = self.lx.fraction_units[m.group("fu").lower()]
        count = self.lx.number(m.group("num")) if m.group("num") else 1
        if count is None:
            return None
        return "DURATION", cal.duration(n * count, code), self._quantity_mod(m), False

    def r_duration_adjective(self, m):
        """ "14-tägige Quarantäne", "dreistündige Aussprache", "mehrwöchige Schließung": a duration."""
        code = self.lx.duration_adjectives[m.group("stem").lower()]
        word = m.group("num").rstrip("-").lower()
        n = self.lx.duration_adjective_prefixes.get(word) or self.lx.number(word)
        if n is None:
            return None
        if n == "X":
            return "DURATION", cal.vague_duration(code), None, False
        return "DURATION", cal.duration(float(n), code), self._quantity_mod(m), False

    def r_vague_duration(self, m):
        gd = m.groupdict()
        if gd["vd"]:
            return "DURATION", cal.vague_duration(self.lx.vague_durations[gd["vd"].lower()]), None, False
        if gd["vdir"] and self._difference(m):
            self._end = m.end("unit")  # "um sehr viele Stunden später": a difference, no date
        elif gd["vdir"]:  # "Wenige Tage später" (WikiWarsDE: FUTURE_REF), "einige Jahre zuvor"
            return "DATE", "FUTURE_REF" if self.lx.directions[gd["vdir"].lower()] > 0 else "PAST_REF", None, False
        unit = gd["unit"] or gd["unit2"]
        shift = gd["shift"] or gd["shift2"]
        n = self.lx.shift_of(shift) if shift else None
        if n is not None and n > 0:
            return "DATE", "FUTURE_REF", None, True
        code = self.lx.units[unit.lower()]
        return "DURATION", cal.vague_duration(code), None, False

    def r_bare_plural(self, m):
        return "DURATION", cal.vague_duration(self.lx.units[m.group("unit").lower()]), None, False

    def r_set(self, m):
        gd = m.groupdict()
        if gd["set"]:
            if gd["set"].lower() in self.lx.day_parts and self.g.clock_follows.match(self.text, m.end()):
                return None  # "nachts gegen 2 Uhr": the part of the day of that clock time, as "abends um 8 Uhr"
            return "SET", self.lx.sets[gd["set"].lower()], None, False
        if gd["snum"]:
            n = self.lx.number(gd["snum"])
            code = self.lx.units.get(gd["sunit"].lower())
            return ("SET", cal.duration(n, code), None, False) if n and code else None
        if gd["sunit4"]:  # "jedes zweite Jahr": every two years
            n = self.lx.ordinals[gd["sord"].lower()]
            return "SET", cal.duration(n, self.lx.units[gd["sunit4"].lower()]), None, False
        if gd["swd2"]:  # "jeden zweiten Donnerstag": that weekday, every other week
            return "SET", f"XXXX-WXX-{self.lx.weekdays[gd['swd2'].lower()]}", None, False
        if gd["swd"]:
            dp = f"T{self.lx.day_parts[gd['swdp'].lower()]}" if gd["swdp"] else ""  # "jeden Montagabend"
            return "SET", f"XXXX-WXX-{self.lx.weekdays[gd['swd'].lower()]}{dp}", None, False
        if gd["wds"]:
            if self._after_genitive(m.start()):  # "eines Sonntags": some Sunday; "im Laufe des Sonntags": that one
                if not self.definite_genitive.search(self.text, max(0, m.start() - 6), m.start()):
                    return None
                d = self._weekday_told_in_genitive(self.lx.weekday_sets[gd["wds"].lower()], m.start())
                return ("DATE", cal.day(d), None, True) if d else None
            return "SET", f"XXXX-WXX-{self.lx.weekday_sets[gd['wds'].lower()]}", None, False
        if gd["sseason"]:
            return "SET", f"XXXX-{self.lx.seasons[gd['sseason'].lower()]}", None, False
        if gd["smon"]:  # "jeden Oktober"
            return "SET", f"XXXX-{self.lx.months[gd['smon'].lower()]:02d}", None, False
        if gd["sdp"]:  # "jeden Morgen"
            return "SET", f"XXXX-XX-XXT{self.lx.day_parts[gd['sdp'].lower()]}", None, False
        if gd["sunit3"]:  # "500 Menschen im Jahr", "3,80 Euro am Tag": only after a count
            before = self.text[max(self._sentence(m.start()).start, m.start() - 60):m.start()]
            if not self.g.count_before.search(before):
                return None
        code = self.lx.units.get((gd["sunit2"] or gd["sunit3"]).lower())
        return ("SET", cal.duration(1, code), None, False) if code else None

    def r_reference(self, m):
        if any(p.match(self.text, m.start()) for p in self.reference_comparatives):
            return None  # comparative ("früher als"), not a time
        word = m.group("ref") or m.group("ref2")
        if word[:1].isupper() and word.lower() in self.ref_nouns and not self._covered(self.ref_noun_contexts, m):
            return None  # "Investitionen für die Zukunft": the noun, not a time
        if word[:1].isupper() and self._after_first_name(m.start()):
            return None  # "Wie Richter Klaus-Peter Jüngst sagte": a surname
        c, si = self.ctx, self.sent_index(m.start())
        if word.lower() in self.time_told_anaphors and c.told_year is not None and 0 <= si - c.told_year_sent <= 1:
            c.told_year_sent, c.told_year_since = si, False  # "seit 2015. Damals gewann … Im Jahr darauf": 2016,
            # the year "damals" takes up as a point
        return "DATE", self.lx.references[word.lower()], None, False

    def r_reference_prefix(self, m):
        """ "Ex-Landesrat": "Ex" is PAST_REF in news (KRAUTS); histories (TIMEX2) leave it."""
        if self.ctx.narrative:
            return None
        return "DATE", self.lx.reference_prefixes[m.group("pre")], None, False

    def r_narrative_reference(self, m):
        """ "kurz darauf", "wenig später": FUTURE_REF or PAST_REF in histories (WikiWarsDE's TIMEX2);
        news (KRAUTS's TIMEX3) leaves them untagged."""
        if not self.ctx.narrative:
            return None
        return "DATE", self.lx.narrative_references[m.group("nref").lower()], None, False

    def r_holiday(self, m):
        spec = self.lx.holidays[m.group("hol").lower()]
        apposition = _DATE_APPOSITION.match(self.text, m.end())  # "am Faschingssonntag, 27. Februar 2022"
        b = self.base()
        turn = m.group("hol").lower() in self.lx.holiday_turns
        y = int(m.group("y")) if m.group("y") else int(apposition.group(1)) if apposition \
            else self.year_context(m.start(), 12 if turn else cal.holiday(spec, b.year).month if b else None)
        relative = y is None
        if turn and y is not None and not (m.group("y") is None and self._looks_back_in_story(m.start())):
            y = _paired_year(y, m.group("y2")) if m.group("y2") else y + 1  # "zum Jahreswechsel 2008/09", "1918 …
            # zum Jahreswechsel": the year told ends (a history looking back, "hatte sich zum Jahreswechsel
            # erhoben", means the turn into the story's year)
        if y is None:
            if b is None:
                return "DATE", "XXXX-XX-XX", None, True
            y = b.year
        d = cal.holiday(spec, y)
        n = self.lx.shift_of(m.group("shift")) if m.group("shift") else None
        if n == -1 and self._final_not_last(m):
            n, self._start = None, m.start("hol")  # "das letzte Weihnachten mit den Großeltern": the final one
        if n and not self.lx.shift_kind(m.group("shift")) and relative and b is not None:
            d = cal.holiday(spec, y + n + (1 if n < 0 and d < b else -1 if n > 0 and d > b else 0))
            # "vergangenen Silvester" (December 30): a year back; "kommenden Ostern" (May): next year's
        elif relative and b is not None:
            near = cal.day_near(b, lambda yy: cal.holiday(spec, yy), NEAR_HOLIDAY_REACH)
            t = self.tense(m.start())
            if t == PRESENT and (self._said_before(m.start(), self.present_ahead_contexts)
                                 or self._announced(m.start())):
                t = FUTURE  # "erwartet der Mediziner erst zu Ostern", "Das Konzert findet zu Ostern statt" (December)
            if t != PAST and self._attributive_past():
                t = PAST  # "die vor Weihnachten zunächst in Großbritannien entdeckte Mutante" (February)
            if _INDEFINITE_DAY.search(self.text, 0, m.start()):
                t, near = PAST, None  # "Als er an einem Faschingsdienstag gegen 12 Uhr ging": some such day, gone
            if t == PAST and self._said_before(m.start(), self.aimed_date_contexts):
                near = cal.day_near(b, lambda yy: cal.holiday(spec, yy), 183)  # "Mit Blick auf Urlaube zu Ostern
                # sprach er sich … aus" (January): the Easter aimed at, the nearest one
            if t == PAST and near is None and self._deadline():  # "stimmte auf zehn harte Wochen bis Ostern ein"
                ahead = d if d >= b else cal.holiday(spec, y + 1)  # (January): the coming one
                near = ahead if (ahead - b).days <= cal.SOON_DAYS else None
            if near and near > b and t == PAST and self._opens_past_clause(m.start(), _AFTER_OPENER):
                near = None  # "Eine Woche nach Ostersonntag sprach sie im Rundfunk" (February): last year's (not "Vor
                # Weihnachten wurde der Lockdown beschlossen", November: this Christmas)
            if near:  # "Silvester" written on 30 December is tomorrow's, whatever the tense
                d = near
            elif (t == PAST and d > b) or (t == FUTURE and d < b):
                d = cal.holiday(spec, y + (-1 if t == PAST else 1))
            elif t == PRESENT and not self.ctx.narrative and self._open_end_context() and (b - d).days > OPEN_END_BACK:
                d = cal.holiday(spec, y + 1)  # "ist bis Ostern geöffnet" (December): the coming Easter
            elif turn and t == PRESENT and d < b and not (self._past_preposition(m.start()) or self._since(m.start())
                                                          or self._said_before(m.start(), self.after_season_contexts)):
                d = cal.holiday(spec, y + 1)  # "haben die Länder nun Zeit bis zum Jahreswechsel" (March): this year's
                # end (not "von den Mitarbeitern vom Jahreswechsel sind noch 128.000", nor "zehn Monate nach dem
                # Jahreswechsel hat die Bahn …")
        listed = cal.parse_iso(self._prev_value) if _DAY_VALUE.fullmatch(self._prev_value or "") else None
        if relative and listed and d < listed and _LIST_ITEM_GAP.fullmatch(self.text[self._prev_end:self._start]):
            following = cal.holiday(spec, d.year + 1)
            if listed < following <= listed + dt.timedelta(days=LIST_STEP_DAYS):
                d = following  # "Am Stefanitag und zu Dreikönig ist geöffnet" (November): a list goes on in order,
                # into the next year
        if (span := self.lx.holiday_weeks.get(m.group("hol").lower())) is not None:
            return "DATE", cal.week(d) + ("-WE" if span == "WE" else ""), None, relative  # "über das
            # Osterwochenende", "in der Karwoche"
        if not (self._compared(self._start) or turn):
            self.saw_day(d, m.start())  # (not "Das war wie vor Weihnachten": a likeness, no anchor; nor the turn of
            # the year, a time around a day)
        if m.group("night"):
            return "TIME", f"{cal.day(d - dt.timedelta(days=1))}TNI", None, relative  # the night before the holiday
        if m.group("dp"):
            return "TIME", f"{cal.day(d)}T{self._dp(m, 'dp')}", None, relative
        return "DATE", cal.day(d), None, relative

    def _final_not_last(self, m) -> bool:
        """ "das letzte Weihnachten": after an article "letzt-" says final, not the one a year back."""
        before = re.search(r"(\w+)\s+$", self.text[max(0, m.start() - 8):m.start()])
        return m.group("shift").lower().startswith("letzt") and bool(before) \
            and before.group(1).lower() in self.articles

    def r_weekday_plural(self, m):
        """ "an Sonntagen", "an den Wochenenden": every such day."""
        return "SET", f"XXXX-WXX-{self.lx.weekday_plurals[m.group('wpl').lower()]}", None, False

    def r_weekday_abbreviation(self, m):
        """ "Sa 12-16 Uhr" in opening hours: every such day, whose hours follow."""
        return "SET", f"XXXX-WXX-{self.lx.weekday_abbrevs[m.group('wa')]}", None, False

    def r_season(self, m):
        code = self.lx.seasons[m.group("season").lower()]
        mod = self._part(m) or self.lx.season_mods.get(m.group("season").lower())
        if m.group("y"):
            y = int(m.group("y"))
            self.saw_year(y, m.start())
            return "DATE", f"{y:04d}-{code}", mod, False
        if _TRUNCATED_COMPOUND.match(self.text, m.end()):
            return None  # "die Herbst- Winter-Kollektion", "Frühjahrs- und Sommermode": part of a noun
        if not (m.group("part") or m.group("ofy")) and self._season_surname(m):
            return None
        before = re.search(r"(\w+)\s+$", self.text[max(0, m.start() - 20):m.start()])
        if not (m.group("part") or m.group("ofy")) and before and before.group(1).lower() in self.season_plural_words \
                and self.text[m.end():m.end() + 1] != "-":  # (not "die Herbst-Winter-Kollektion")
            return "SET", f"P1{code}", None, False  # "der die Sommer gerne auf dem Hof verbrachte": every summer
        if not m.group("ofy") and (self._said_before(m.start(), self.yearly_months) or self._habitual(m.start())):
            return "SET", f"XXXX-{code}", mod, False  # "Jedes Jahr im Winter verursachen diese Viren …"
        if m.group("ofy"):  # "im Herbst vergangenen Jahres"
            y = self._of_year(m.group("ofy"), m.start())
            return "DATE", (f"{y:04d}" if y else "XXXX") + f"-{code}", mod, True
        after = self._relative_year_after(m.end()) if code != "WI" else None  # (which winter is "der Winter
        # in diesem Jahr"?)
        if after is not None:  # "nach Beschlüssen im Sommer in diesem Jahr"
            return "DATE", f"{after:04d}-{code}", mod, True
        b = self.base()
        if b and not self.ctx.narrative and any(p.match(self.text, m.end()) for p in self.season_endings):
            return "DATE", f"{cal.season_near(b, code):04d}-{code}", mod, True  # "Der Sommer geht bald zu Ende"
            # (late August): this one
        if b and not self.ctx.narrative and not m.group("part") and self._noun_genitive(m.start()) \
                and self._date_tense(m.start()) != PAST:  # "werde der Königstransfer des Sommers bleiben"
            return "DATE", f"{cal.season_near(b, code):04d}-{code}", mod, True  # (September): this one
        first, last = cal.SEASON_MONTHS[code]
        listed = _SEASON_VALUE.fullmatch(self._prev_value)
        if listed and _LIST_GAP.fullmatch(self.text[self._prev_end:self._start]) \
                and first > cal.SEASON_MONTHS[listed.group(2)][0]:  # "diesen Herbst und Winter": the
            return "DATE", f"{listed.group(1)}-{code}", mod, True  # next season of the year of the one before
        y = self.year_context(m.start(), first)
        if y is None and self._said_before(m.start(), self.story_year_demonstratives):
            y = self._story_told_year(m.start())  # "Schon 2003 … Preetz hatte in jenem Sommer": that year's
        if y is None and b is not None:
            y = b.year
            t = self._date_tense(m.start())  # "so … wie im Frühjahr": a season gone
            if t == PRESENT and self._announced(m.start(), self.weekday_event_words):
                t = FUTURE  # "Das Fest findet im Sommer statt" (December): next summer (not "nun endet der Sommer")
            if t == PAST and first > b.month:
                y -= 1
            elif t == NEAR:  # "warnte vor einer Verschärfung im Herbst und Winter und im Frühjahr"
                y = cal.season_near(b, code)
            elif t == FUTURE and code != "WI" and (last, 20) < (b.month, b.day) \
                    and not (b.month == last and self._said_before(self._start, self.after_season_contexts)):
                # one still running is this one, and so is the one ending now that "nach dem Sommer" looks past
                y += 1
            elif t == PRESENT and code != "WI" and self._open_end_context() and dt.date(y, last, 28) < b:
                y += 1  # "Bremse bis zum Frühsommer" written in December: the coming one
            elif t == PRESENT and code == "WI" and b.month <= last:
                y -= 1  # "beklagt den nicht enden wollenden Winter-Lockdown" (February): the winter running
        return "DATE", (f"{y:04d}" if y else "XXXX") + f"-{code}", mod, True


_DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}")
_HEADING = re.compile(r"(?:\A|\n\s*\n)([^\n.!?:;,]{1,80}?)[ \t]*(?=\n\s*\n)")  # a short line between blank lines
_HEADING_YEAR = re.compile(r"(?<!\d)(1\d{3}|20\d{2})(?!\d)")


def _headings(text: str) -> list[tuple[int, tuple[int, ...]]]:
    """Where each heading line starts and the distinct years it names."""
    return [(m.start(1), tuple(dict.fromkeys(int(y) for y in _HEADING_YEAR.findall(m.group(1)))))
            for m in _HEADING.finditer(text)]


def _paired_year(first: int, second: str) -> int:
    """The second year of a pair: "2019/20" 2020, "1999/00" 2000, "2008/2009" 2009."""
    if len(second) != 2:
        return int(second)
    y = first // 100 * 100 + int(second)
    return y + 100 if y < first else y


_CLAUSE_COMMA = re.compile(r",\s*[a-zäöüß]")  # a clause goes on after it; a list of names does not ("Nach einem
# Treffen mit Ländervertretern, Bildungsministerin Karliczek und SPD-Chefin Esken im August, …")
_COUNT_MOVE_LABELLED = re.compile(r"(?:\s+[A-ZÄÖÜ][\w.]*){1,3}\s+(\w+)\s+\d")  # " Mitte November auf 2050"
_LISTED_DAY_GAP = re.compile(_LIST_GAP.pattern + r"[^,.;:!?()]{0,40}")  # "…, die Streif-Abfahrt am "
_OPENING_QUOTES = "„“\"»«"
_QUOTED_COMPOUND_AFTER = re.compile(r"[“”\"«»]-\w")  # "„heute“-Nachrichten"
_QUOTED_COMPOUND_BEFORE = re.compile(r"\w-[„“\"»«]$")  # "ZDF-„heute“"
_RELATIVE_YEAR_AFTER = re.compile(r"\s+(?:in|im)\s+(?:Jahre?\s+(\d{4})\b|(\w+)\s+Jahr\b)")  # "im Sommer in diesem Jahr"
_BRACKETED = re.compile(r"\(\s*(?:\d{1,2}\.\s*(?:bis|-|–)\s*)?$")  # "(13. September)", "(12. bis 26. Oktober)"
# "das im Herbst beginnende Ausbildungsjahr": a present participle used as an adjective
_PRESENT_PARTICIPLE_AFTER = re.compile(r"\s+[a-zäöüß]{3,}end(?:e[mnrs]?)?\s+[A-ZÄÖÜ]")


def _first_day(value: str) -> dt.date | None:
    """The first day of a day, month or season value ("2020-03-14", "2020-03", "2020-SP")."""
    if len(value) == 10:
        return cal.parse_iso(value)
    if (m := _MONTH_VALUE.fullmatch(value)) and 1 <= int(m.group(2)) <= 12:
        return dt.date(int(m.group(1)), int(m.group(2)), 1)
    if m := _SEASON_VALUE.fullmatch(value):
        return dt.date(int(m.group(1)), cal.SEASON_MONTHS[m.group(2)][0], 1)
    return None


def _weekday_slot_patterns(patterns: tuple[re.Pattern[str], ...]) -> tuple[re.Pattern[str], ...]:
    """Language patterns that write the weekday being read as ``{WD}``, matched where it is NUL."""
    return tuple(re.compile(p.pattern.replace("{WD}", "\0"), p.flags) for p in patterns)
_DATE_APPOSITION = re.compile(r",\s*\d{1,2}\.\s*[^\W\d]+\.?\s+(1\d{3}|20\d{2})\b")  # ", 27. Februar 2022"


def _covers(p: re.Pattern[str], window: str, rel: int) -> bool:
    return any(mm.start() <= rel < mm.end() for mm in p.finditer(window))


