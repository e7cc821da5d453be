"""The one object that flows through every stage.

Each stage is a plain function ``stage(doc) -> doc`` that fills one layer of
annotations. Every annotation carries character offsets into ``doc.text`` (the
cleaned body), which is the provenance every later output links back to.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Span:
    """A stretch of ``doc.text``: sentences, tokens, removed debris."""

    start: int
    end: int
    label: str = ""


@dataclass
class Mention:
    """A named-entity mention. ``entity`` is a document-local cluster key set by
    entity merging; ``entity_id`` the corpus-wide id assigned by the store."""

    start: int
    end: int
    label: str  # PER, LOC, ORG, OTH
    text: str
    entity: str | None = None
    entity_id: int | None = None
    role: str | None = None  # set when the mention is a role phrase ("der US-Präsident")


@dataclass
class Timex:
    """A temporal expression, TIMEX3-style, normalised against the document date.

    ``value`` is an ISO value (``2018-06-12``, ``2018-09``, ``2021``, ``P1Y``,
    ``PRESENT_REF`` …); ranges carry ``value_end``; ``mod`` is a TIMEX3 modifier
    (``START``, ``MID``, ``END``, ``BEFORE``, ``AFTER``, ``MORE_THAN`` …).
    """

    start: int
    end: int
    text: str
    type: str  # DATE, TIME, DURATION, SET
    value: str
    value_end: str | None = None
    mod: str | None = None
    relative: bool = False  # resolved against the document date or another anchor


@dataclass
class Quote:
    """A statement: the quoted/reported content plus who said it.

    ``kind`` is ``direct`` (in quotation marks), ``indirect`` (Konjunktiv I,
    dass-clause, "laut X") or ``reported`` ("X kündigte … an").
    ``speaker_start``/``speaker_end`` point at the speaker phrase in the text
    when there is one; ``speaker_entity`` is the document-local entity key.
    """

    start: int
    end: int
    text: str
    kind: str
    speaker: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker_entity: str | None = None
    speaker_entity_id: int | None = None
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None


@dataclass
class Document:
    """An article, from raw scraped text to annotated, cleaned body."""

    id: str
    raw: str
    source: str = ""  # file path or URL it came from
    url: str | None = None
    title: str = ""
    teaser: str = ""
    outlet: str | None = None
    lang: str = "de"
    date: str | None = None  # ISO YYYY-MM-DD (or coarser)
    date_estimated: bool = False
    date_range: tuple[str, str] | None = None  # estimated interval (earliest, latest)
    text: str = ""  # cleaned body; all offsets below point into it
    removed: list[str] = field(default_factory=list)  # debris lines cut by clean()
    sentences: list[Span] = field(default_factory=list)
    tokens: list[Span] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def content_hash(self) -> str:
        """Identity of an article's content, so re-ingesting it changes nothing."""
        return content_hash(self.raw)

    def sentence_at(self, offset: int) -> Span | None:
        """The sentence containing character ``offset`` of ``text``."""
        for sent in self.sentences:
            if sent.start <= offset < sent.end:
                return sent
        return None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def content_hash(text: str) -> str:
    normalised = " ".join(text.split())
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()[:16]
