"""Jinja filters: German display of ISO dates and of the pipeline's codes.

Dates stay ISO in ``datetime`` attributes and the JSON API; pages show them in
German numeric order (``12.06.2018``, ``06.2018``) so no month names are needed.
"""

from __future__ import annotations

import re
from urllib.parse import quote

from jinja2 import Environment
from markupsafe import Markup, escape

_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")

LABELS = {
    # entity types
    "PER": "Person", "LOC": "Ort", "ORG": "Organisation", "OTH": "Sonstiges",
    # timeline status
    "reported": "berichtet", "planned": "geplant",
    # quote kinds
    "direct": "direkt", "indirect": "indirekt",
    # timeline anchor
    "timex": "Datum im Satz", "document": "Datum des Artikels",
}


def de_date(value: str | None) -> str:
    """``2018-06-12`` → ``12.06.2018``, ``2018-06`` → ``06.2018``; anything else unchanged."""
    if not value:
        return "–"
    match = _ISO.match(value)
    if not match:
        return value
    year, month, day = match.groups()
    return ".".join(part for part in (day, month, year) if part)


def date_span(start: str | None, end: str | None) -> str:
    if start and end and end != start:
        return f"{de_date(start)} – {de_date(end)}"
    return de_date(start or end)


def time_tag(value: str | None, end: str | None = None) -> Markup:
    """A ``<time>`` element (machine-readable ISO in ``datetime``) for a date or a date range."""
    if not value:
        return Markup('<span class="muted">ohne Datum</span>')
    first = Markup('<time datetime="{}">{}</time>').format(value, de_date(value))
    if end and end != value:
        return first + Markup(' – <time datetime="{}">{}</time>').format(end, de_date(end))
    return first


def label(code: str | None) -> str:
    return LABELS.get(code or "", code or "")


def snippet(text: str | None) -> Markup:
    """An FTS5 snippet with ``[`` ``]`` match markers as ``<mark>``, everything else escaped."""
    escaped = str(escape(text or ""))
    return Markup(escaped.replace("[", "<mark>").replace("]", "</mark>"))


def anchor(start: int, end: int) -> str:
    """The fragment id of a span of a document's text (what timeline links point at)."""
    return f"c{start}-{end}"


def doc_url(doc_id: str) -> str:
    """URL of a document page (ids are file names and may hold any character)."""
    return "/documents/" + quote(doc_id, safe="")


def span_link(doc_id: str, start: int, end: int) -> str:
    """URL of a span in a document page: the page scrolls to and highlights it."""
    return f"{doc_url(doc_id)}#{anchor(start, end)}"


def install_filters(env: Environment) -> None:
    env.filters.update(de_date=de_date, time_tag=time_tag, label=label, snippet=snippet)
    env.globals.update(date_span=date_span, doc_url=doc_url, span_link=span_link, time_tag=time_tag)
