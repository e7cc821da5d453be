"""A document's cleaned text as HTML with its annotation layers highlighted.

Sentences, quotes (with speaker and cue), entity mentions and temporal
expressions overlap freely: a quote contains mentions and may run across
sentence boundaries. HTML needs proper nesting, so the text is cut at every
span boundary and, per piece, the covering spans are opened outermost first;
a span crossing another is closed and re-opened (a "continuation" fragment).
The first fragment of each span carries the anchor ``id="c{start}-{end}"``;
every fragment carries ``data-span`` so a link to the span can light up all of
them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from markupsafe import Markup, escape

from chronik.document import Document
from chronik.web.format import anchor, label

# nesting preference when two spans cover the same stretch: outer first
_RANK = {"sentence": 0, "quote": 1, "speaker": 2, "cue": 2, "mention": 3, "timex": 4}


@dataclass
class Layer:
    """One span to mark up: the element, its classes and attributes."""

    start: int
    end: int
    kind: str
    classes: str
    attrs: dict[str, str] = field(default_factory=dict)
    href: str | None = None

    @property
    def key(self) -> str:
        return anchor(self.start, self.end)


def layers(doc: Document, entity_names: dict[int, dict] | None = None) -> list[Layer]:
    """All annotation spans of ``doc`` as layers; ``entity_names`` maps entity ids to name/type."""
    names = entity_names or {}
    out = [Layer(s.start, s.end, "sentence", "sent") for s in doc.sentences]
    for q in doc.quotes:
        speaker = (names.get(q.speaker_entity_id) or {}).get("name") or q.speaker or "unbekannt"
        out.append(Layer(q.start, q.end, "quote", f"quote quote-{q.kind}",
                         {"title": f"Zitat ({label(q.kind)}) von {speaker}", "data-speaker": speaker}))
        if q.speaker_start is not None and q.speaker_end is not None:
            out.append(Layer(q.speaker_start, q.speaker_end, "speaker", "speaker", {"title": "Sprecher/in"}))
        if q.cue_start is not None and q.cue_end is not None:
            out.append(Layer(q.cue_start, q.cue_end, "cue", "cue", {"title": "Redeverb / Quelle"}))
    for m in doc.mentions:
        entity = names.get(m.entity_id) if m.entity_id is not None else None
        title = f"{label(m.label)}: {entity['name']}" if entity else label(m.label)
        if m.role:
            title += f" (Rolle: {m.role})"
        href = f"/entities/{m.entity_id}" if m.entity_id is not None else None
        out.append(Layer(m.start, m.end, "mention", f"ent ent-{m.label}", {"title": title}, href))
    for t in doc.timexes:
        value = t.value + (f" – {t.value_end}" if t.value_end else "") + (f" ({t.mod})" if t.mod else "")
        out.append(Layer(t.start, t.end, "timex", f"timex timex-{t.type}",
                         {"title": f"{t.type}: {value}", "data-value": t.value}))
    return out


def render(text: str, spans: list[Layer]) -> Markup:
    """``text`` escaped, with ``spans`` as properly nested elements (see module docstring)."""
    spans = [s for s in spans if 0 <= s.start < s.end <= len(text)]
    order = sorted(range(len(spans)), key=lambda i: (spans[i].start, -spans[i].end, _RANK[spans[i].kind]))
    starting: dict[int, list[int]] = {}
    for i in order:
        starting.setdefault(spans[i].start, []).append(i)
    bounds = sorted({0, len(text)} | {s.start for s in spans} | {s.end for s in spans})
    out: list[str] = []
    stack: list[tuple[int, str]] = []  # (span index, tag) of the open elements, outermost first
    active: list[int] = []
    opened: set[int] = set()
    used_ids: set[str] = set()
    for lo, hi in zip(bounds, bounds[1:], strict=False):
        active = [i for i in active if spans[i].end > lo] + starting.get(lo, [])
        keep = 0
        while keep < len(stack) and keep < len(active) and stack[keep][0] == active[keep]:
            keep += 1
        for _, tag in reversed(stack[keep:]):
            out.append(f"</{tag}>")
        del stack[keep:]
        for i in active[keep:]:
            inside_link = any(tag == "a" for _, tag in stack)
            tag = "a" if spans[i].href and not inside_link else "span"
            out.append(_open(spans[i], tag, i not in opened, used_ids))
            opened.add(i)
            stack.append((i, tag))
        out.append(str(escape(text[lo:hi])))
    out.extend(f"</{tag}>" for _, tag in reversed(stack))
    return Markup("".join(out))


def _open(span: Layer, tag: str, first: bool, used_ids: set[str]) -> str:
    attrs: dict[str, str] = {"class": span.classes + ("" if first else " cont"), "data-span": span.key}
    if first and span.key not in used_ids:
        attrs["id"] = span.key
        used_ids.add(span.key)
    if tag == "a":
        attrs["href"] = span.href or ""
    attrs.update(span.attrs)
    return f"<{tag}" + "".join(f' {k}="{escape(v)}"' for k, v in attrs.items()) + ">"


def highlight(doc: Document, entity_names: dict[int, dict] | None = None) -> Markup:
    """The cleaned text of ``doc`` with every annotation layer marked up."""
    return render(doc.text, layers(doc, entity_names))
