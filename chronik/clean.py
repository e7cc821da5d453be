"""clean stage: cut a scraped page down to the article body.

Scraped text mixes the body with title/kicker lines, image captions and credits, teaser bullets,
embedded video teasers, subheadings, navigation, promo boxes and trailing related-article lists;
some outlets also hard-wrap paragraphs mid-sentence. Later stages annotate ``doc.text`` by
character offset, so what stays must be body prose only, one paragraph per block.

The engine is language-agnostic: it works on shape (final punctuation, line length, capitals,
position in the page) and reads every phrase it knows from ``lang/<code>/``:

* ``boilerplate.txt`` — debris lines/paragraphs (navigation, promos, bylines, video teasers);
* ``clean_credits.txt`` — photo credits (standalone lines or trailing a caption/teaser);
* ``clean_sources.txt`` — source/agency tags (cut like credits, but they mark no caption);
* ``clean_credit_inline.txt`` — credits with a clear end, found mid-line in flattened pages;
* ``clean_inline.txt`` — debris inside a paragraph ([promo] inserts, agency tags);
* ``clean_stop.txt`` — markers after which the rest of the page is furniture;
* ``clean_fragment_end.txt`` — words no heading ends with (such a line is a hard-wrapped piece);
* ``clean_probe.txt`` — leftovers counted by :func:`debris_report` (measurement only).
"""

from __future__ import annotations

import re
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from chronik.document import Document
from chronik.lang import Lang, UnknownLanguage, load

MAX_DEBRIS_CHARS = 600  # a pattern never removes a paragraph longer than this
HEADING_MAX_WORDS = 15  # an unpunctuated line up to this long is a heading, not a body paragraph
HEADING_MAX_CHARS = 120
LABEL_MAX_WORDS = 6  # "ZEIT ONLINE:" / "Trump schrieb an Kim:" — joined to what follows
CAPTION_MAX_CHARS = 300  # a credited paragraph up to this long is an image caption
BULLET_MAX_CHARS = 300  # longer "bullets" carry the body of a page flattened to one line
STOP_MIN_BODY = 200  # body characters needed before a stop marker is honoured

_TERMINAL = re.compile(r"[.!?…:;][\"'“”„«»‘’)\]]*$")
_SENTENCE_END = re.compile(r"[.!?…][\"'“”«»‘’)]*(?:\s|$)")
_BULLET = re.compile(r"^[•●▪►■◦]\s*")
_INLINE_BULLET = re.compile(r"(?<=\S)[ \t]+(?=[•●▪►■◦]\s)")
_INVISIBLE = re.compile(r"[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
_ODD_SPACE = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]")
_PIPE_NAV = re.compile(r"^[^.!?]*(?:\s[|·]\s[^|·]+){2,}$")
_GLUED_COLON = re.compile(r"(?<=[^\W\d_]):(?=[^\W\d_])")  # "Trump und Kim:USA" (scraped kicker)
_INNER_SENTENCE_END = re.compile(r"[^\W\d_]{2}[.!?] +[A-ZÄÖÜ]")  # not after digits: "15. Juni"
_QUOTES = (("„", "“"), ("»", "«"))  # (opening, closing)
_ADDRESS_END = re.compile(r"(?:@|www\.|https?://)\S+$|\w\.(?:de|com|org|net|eu|at|ch)(?:/\S*)?$")
_SPACE_BEFORE_PUNCT = re.compile(r" +(?=[.,;:!?](?:\s|$))")  # left where an inline piece was cut
_WS = re.compile(r"\s+")
_NON_WORD = re.compile(r"\W+")


@dataclass(frozen=True)
class _Rules:
    """Compiled language resources for one language folder."""

    debris_start: re.Pattern[str]  # entries anchored at the start: tried there only
    debris_anywhere: re.Pattern[str]
    inline: re.Pattern[str]
    credits: re.Pattern[str]
    sources: re.Pattern[str]
    credit_inline: re.Pattern[str]
    trailing_credit: re.Pattern[str]
    trailing_source: re.Pattern[str]
    stop_start: re.Pattern[str]
    stop_after_sentence: re.Pattern[str]  # the gap before a stop marker inside a flattened line
    fragment_end: frozenset[str]


_RULES: dict[str, _Rules] = {}
_AFTER_SENTENCE = r"(?:^|(?<=[.!?…\"“”«»']))\s*"
_LEADING_FLAGS = re.compile(r"^\(\?([aiLmsux]+)\)")
_ANCHORED = re.compile(r"^(?:\(\?[aiLmsux]+\))?\^")


def _any_of(patterns: list[str] | tuple[str, ...]) -> re.Pattern[str]:
    """One alternation of many patterns (one scan instead of dozens); a leading ``(?i)`` becomes
    a scoped ``(?i:…)`` group so it keeps applying to its own entry only."""
    parts = [_LEADING_FLAGS.sub(r"(?\1:", p) + ")" if _LEADING_FLAGS.match(p) else f"(?:{p})" for p in patterns]
    return re.compile("|".join(parts) or "(?!)")


def _entries(lang: Lang | None, name: str) -> tuple[str, ...]:
    """A resource's entries; a language (folder) without it simply has none: shape rules still apply."""
    return lang.words(name) if lang is not None and lang.has(name) else ()


def _language(code: str | None) -> Lang | None:
    try:
        return load(code or "de")
    except UnknownLanguage:
        return None


def _rules(lang: Lang | None) -> _Rules:
    key = str(lang.path) if lang is not None else ""
    if key not in _RULES:
        credits = _any_of(_entries(lang, "clean_credits.txt"))
        sources = _any_of(_entries(lang, "clean_sources.txt"))
        debris = _entries(lang, "boilerplate.txt")
        stop = _any_of(_entries(lang, "clean_stop.txt")).pattern
        _RULES[key] = _Rules(
            debris_start=_any_of([p for p in debris if _ANCHORED.match(p)]),
            debris_anywhere=_any_of([p for p in debris if not _ANCHORED.match(p)]),
            inline=_any_of(_entries(lang, "clean_inline.txt")),
            credits=credits,
            sources=sources,
            credit_inline=_any_of(_entries(lang, "clean_credit_inline.txt")),
            # a credit glued to the end of a caption/teaser, right after its last sentence
            trailing_credit=re.compile(_AFTER_SENTENCE + f"(?:{credits.pattern})" + r"\s*$"),
            trailing_source=re.compile(_AFTER_SENTENCE + f"(?:{sources.pattern})" + r"\s*$"),
            stop_start=re.compile(f"(?:{stop})" + r"(?=\s|$)"),
            stop_after_sentence=re.compile(r"(?<=[.!?…\"“”«»]) +(?=" + stop + ")"),
            fragment_end=frozenset(w.lower() for w in _entries(lang, "clean_fragment_end.txt")),
        )
    return _RULES[key]


@dataclass
class _Para:
    """One assembled paragraph plus what the line pass learnt about it."""

    text: str
    bullet: bool = False
    credited: bool = False  # a photo credit followed it or was glued to its end


@dataclass
class CleanResult:
    """Body paragraphs, title, teaser and labelled debris of one page."""

    paragraphs: list[str] = field(default_factory=list)
    title: str = ""
    teaser: list[str] = field(default_factory=list)
    removed: list[tuple[str, str]] = field(default_factory=list)  # (label, text)


def clean(doc: Document, lang: Lang | None = None) -> Document:
    """Fill ``doc.text`` (body paragraphs joined by a blank line), ``doc.title`` (metadata
    title kept, else the detected one), ``doc.teaser`` and ``doc.removed`` from ``doc.raw``."""
    result = split_page(doc.raw, lang or _language(doc.lang), title=doc.title)
    doc.text = "\n\n".join(result.paragraphs)
    doc.title = doc.title or result.title
    doc.teaser = " ".join(result.teaser)
    doc.removed = [text for _, text in result.removed]
    return doc


# --- line level -------------------------------------------------------------------------------


def _is_terminal(line: str) -> bool:
    return bool(_TERMINAL.search(line))


def _starts_lower(line: str) -> bool:
    head = line.lstrip("\"'„“»«(–-— ")
    return bool(head) and (head[0].islower() or head[0].isdigit())


def _all_caps_label(line: str) -> bool:
    if len(line) > 100 or len(line.split()) > 8:
        return False
    return line.isupper() and sum(c.isalpha() for c in line) >= 2


def _shape_debris(text: str) -> str | None:
    """Debris recognised by shape alone, in any language."""
    if _all_caps_label(text) and not _is_terminal(text):
        return "label"
    if _PIPE_NAV.match(text):
        return "navigation"
    if text.startswith("[") and text.endswith("]") and len(text) >= 30:
        return "promo"
    return None


def _debris_label(text: str, rules: _Rules) -> str | None:
    shape = _shape_debris(text)
    if shape:
        return shape
    if len(text) <= MAX_DEBRIS_CHARS and (rules.debris_start.match(text) or rules.debris_anywhere.search(text)):
        return "boilerplate"
    return None


def _credit_kind(line: str, rules: _Rules) -> str | None:
    """``credit`` for a photo credit line, ``source`` for an agency/source tag line."""
    if len(line) > 120:
        return None
    if rules.credits.fullmatch(line):
        return "credit"
    return "source" if rules.sources.fullmatch(line) else None


def _is_fragment(line: str, rules: _Rules) -> bool:
    """An unpunctuated line that cannot be a heading: it stops mid-sentence."""
    words = line.split()
    if not words:
        return False
    if words[-1].lower() in rules.fragment_end or line.endswith((",", "-", "–", "(", "/")):
        return True
    if _INNER_SENTENCE_END.search(line):
        return True
    if line.count('"') % 2 or any(line.count(a) > line.count(b) for a, b in _QUOTES):
        return True
    return False


def _is_wrapped(lines: list[str]) -> bool:
    """Hard-wrapped pages break mid-sentence: an unpunctuated line followed by lower case."""
    pairs = zip(lines, lines[1:], strict=False)
    return any(a and b and not _is_terminal(a) and b.lstrip("\"'„“»«( ")[:1].islower() for a, b in pairs)


def _assemble(raw: str, rules: _Rules, removed: list[tuple[str, str]]) -> list[_Para]:
    """Lines → paragraphs: drop standalone debris lines, join hard wraps, keep bullets apart."""
    text = _INVISIBLE.sub("", raw.replace("\r\n", "\n").replace("\r", "\n"))
    text = _INLINE_BULLET.sub("\n", _ODD_SPACE.sub(" ", text))
    # pages flattened to one line: a credit closes its block, a stop marker after a sentence opens one
    text = rules.credit_inline.sub(lambda m: "\n" + m.group(0) + "\n", text)
    text = rules.stop_after_sentence.sub("\n", text)
    raw_lines = text.split("\n")
    lines = [ln.strip() for ln in raw_lines]
    indented = [ln[:1] == " " for ln in raw_lines]

    # a stop marker ends the article once some body came before it
    seen = 0
    for i, line in enumerate(lines):
        if seen >= STOP_MIN_BODY and rules.stop_start.match(line):
            rest = "\n".join(ln for ln in lines[i:] if ln)
            removed.append(("trailer", rest))
            lines = lines[:i]
            break
        if _is_terminal(line) and len(line) > 60:
            seen += len(line)

    wrapped = _is_wrapped(lines)
    paras: list[_Para] = []
    cur: list[str] = []
    cur_bullet = False

    def flush() -> None:
        nonlocal cur, cur_bullet
        if cur:
            paras.append(_Para(_WS.sub(" ", " ".join(cur)).strip(), bullet=cur_bullet))
        cur, cur_bullet = [], False

    for i, line in enumerate(lines):
        if not line:
            open_sentence = bool(cur) and not _is_terminal(cur[-1])
            following = next((ln for ln in lines[i + 1 :] if ln), "") if open_sentence else ""
            if not following[:1].islower():
                flush()  # a blank line ends a paragraph unless a sentence runs on across it
            continue
        prev = lines[i - 1] if i else ""
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        standalone = (not prev or _is_terminal(prev) or not cur) and (not nxt or not _starts_lower(nxt))
        kind = _credit_kind(line, rules) if not _starts_lower(nxt) and not _is_fragment(line, rules) else None
        if kind:
            flush()
            removed.append((kind, line))
            if paras and kind == "credit":
                paras[-1].credited = True
            continue
        caps_run = _all_caps_label(line) and (len(line.split()) > 1 or _all_caps_label(prev) or _all_caps_label(nxt))
        label = _debris_label(line, rules) if standalone or caps_run else None
        if label and rules.inline.search(line):
            # judge it again without its inline promos: "[Newsletter …] Real sentence." is body
            bare = _WS.sub(" ", rules.inline.sub(" ", line)).strip()
            label = _debris_label(bare, rules) if bare else label
        if label:
            flush()
            removed.append((label, line))
            continue
        bullet = bool(_BULLET.match(line))
        if bullet:
            flush()
            cur, cur_bullet = [_BULLET.sub("", line)], True
            continue
        if cur and _continues(cur, line, indented[i], wrapped, rules):
            cur.append(line)
            continue
        flush()
        cur = [line]
    flush()
    return paras


def _continues(cur: list[str], line: str, indented: bool, wrapped: bool, rules: _Rules) -> bool:
    """Whether ``line`` continues the paragraph ``cur`` (a hard wrap or a speaker label)."""
    prev = cur[-1]
    if prev.endswith(":") and len(cur) == 1 and len(prev.split()) <= LABEL_MAX_WORDS:
        return True  # "Name:" line of an interview, or a short lead-in to a quote
    if _is_terminal(prev) or _ADDRESS_END.search(prev):
        return False  # a sentence or a contact/link line ended here
    return (
        wrapped
        or indented
        or _starts_lower(line)
        or len(cur) > 1
        or len(prev.split()) > HEADING_MAX_WORDS
        or _is_fragment(prev, rules)
    )


# --- paragraph level --------------------------------------------------------------------------


def _strip_inline(para: _Para, rules: _Rules, removed: list[tuple[str, str]]) -> None:
    text = para.text
    for kind, pattern in (("source", rules.trailing_source), ("credit", rules.trailing_credit)):
        match = pattern.search(text)
        if match and match.start() > 0:
            removed.append((kind, match.group(0).strip()))
            text = text[: match.start()]
            para.credited = para.credited or kind == "credit"
    for _ in range(2):  # a cut can bring the next piece to the paragraph end: "… (dpa) Hinweis: …"
        matches = list(rules.inline.finditer(text))
        removed.extend(("inline", match.group(0).strip()) for match in matches)
        if not matches:
            break
        text = _SPACE_BEFORE_PUNCT.sub("", rules.inline.sub(" ", text)).strip()
    para.text = _WS.sub(" ", text).strip()


def _is_heading(text: str, rules: _Rules) -> bool:
    return (
        not _is_terminal(text)
        and not _is_fragment(text, rules)
        and len(text.split()) <= HEADING_MAX_WORDS
        and len(text) <= HEADING_MAX_CHARS
    )


def _sentences(text: str) -> int:
    return len(_SENTENCE_END.findall(text))


def _split_lead(text: str, max_sentences: int) -> tuple[str, str]:
    """A teaser bullet is a sentence or two (as many as its siblings); when a page lost its line
    breaks the body follows in the same line, so cut after the sentences that still fit a bullet."""
    if len(text) <= BULLET_MAX_CHARS:
        return text, ""
    cut = 0
    for count, match in enumerate(_SENTENCE_END.finditer(text), start=1):
        if match.end() > BULLET_MAX_CHARS or count > max(max_sentences, 1):
            break
        cut = match.end()
    if not cut:
        return text, ""
    return text[:cut].strip(), text[cut:].strip()


def _norm(text: str) -> str:
    return _NON_WORD.sub("", text.lower())


def _title_prefix(text: str, title: str) -> int | None:
    """End offset of ``title`` at the start of ``text`` (ignoring case, spaces and punctuation)."""
    want = _norm(title)
    if len(want) < 8 or not _norm(text).startswith(want):
        return None
    seen = 0
    for pos, char in enumerate(text):
        if _NON_WORD.match(char):
            continue
        seen += len(char.lower())
        if seen >= len(want):
            return pos + 1
    return len(text)


def split_page(raw: str, lang: Lang | None = None, title: str = "") -> CleanResult:
    """Split one scraped page into body paragraphs, title, teaser and labelled debris
    (``title`` is a known headline from metadata, found and cut at the top of the page)."""
    rules = _rules(lang if lang is not None else _language("de"))
    result = CleanResult()
    paras = _assemble(raw, rules, result.removed)
    for para in paras:
        _strip_inline(para, rules, result.removed)
    paras = [p for p in paras if p.text]

    in_header = True
    for index, para in enumerate(paras):
        text = para.text
        has_more = index < len(paras) - 1  # a caption or teaser is followed by the article
        if label := _debris_label(text, rules):
            result.removed.append((label, text))
            continue
        if in_header and index < 4:
            cut = _title_prefix(text, title or result.title) if (title or result.title) else None
            if cut is not None:
                result.removed.append(("title", text[:cut].strip()))
                text = text[cut:].strip(" -–—:|")
                if not text:
                    continue
                para.text = text
                if has_more and (para.credited or not _is_terminal(text)):
                    result.teaser.append(text)
                    continue
        if in_header:
            if para.bullet:
                lead, rest = _split_lead(text, max((_sentences(t) for t in result.teaser), default=2))
                result.teaser.append(lead)
                if not rest:
                    continue
                text, para.bullet = rest, False  # a flattened page ran the body into the last bullet
            if _is_heading(text, rules):
                if not title and not result.title:
                    result.title = _GLUED_COLON.sub(": ", text)
                    result.removed.append(("title", text))
                else:
                    result.removed.append(("caption", text))
                continue
            if para.credited and has_more:
                if _sentences(text) >= 2 and len(text) > CAPTION_MAX_CHARS // 2:
                    result.teaser.append(text)
                else:
                    result.removed.append(("caption", text))
                continue
            in_header = False
        if _is_heading(text, rules) and not para.bullet:
            result.removed.append(("subheading", text))
        elif para.credited and len(text) <= CAPTION_MAX_CHARS and has_more:
            result.removed.append(("caption", text))
        else:
            result.paragraphs.append(text)
    result.removed.sort(key=lambda item: _position(raw, item[1]))  # page order, for display
    return result


def _position(raw: str, piece: str) -> int:
    at = raw.find(piece.split("\n", 1)[0][:40])
    return at if at >= 0 else len(raw)


# --- measurement ------------------------------------------------------------------------------


def debris_report(texts: Iterable[str], lang: Lang | None = None) -> dict[str, object]:
    """Clean ``texts`` and count what survived and what was cut.

    ``probe_docs`` counts cleaned texts still holding a phrase from ``clean_probe.txt``
    (``probe_docs_raw`` the same before cleaning); ``suspect_cut_chars`` sums removed pieces
    that look like body prose (several sentences, long; not counting the trailer after a stop
    marker and whole [bracketed] inserts), an upper bound on lost body text.
    """
    lang = lang or load("de")
    probes = _entries(lang, "clean_probe.txt")
    docs = raw_chars = body_chars = removed_chars = suspect = 0
    probe_docs = probe_docs_raw = 0
    per_probe: Counter[str] = Counter()
    labels: Counter[str] = Counter()
    start = time.perf_counter()
    for raw in texts:
        result = split_page(raw, lang)
        body = "\n\n".join(result.paragraphs)
        docs += 1
        raw_chars += len(raw)
        body_chars += len(body)
        left = [p for p in probes if p in body]
        per_probe.update(left)
        probe_docs += bool(left)
        probe_docs_raw += any(p in raw for p in probes)
        for label, text in result.removed:
            labels[label] += 1
            removed_chars += len(text)
            if label not in ("trailer", "promo") and _sentences(text) >= 2 and len(text) >= 200:
                suspect += len(text)
    seconds = time.perf_counter() - start
    return {
        "docs": docs,
        "docs_per_s": round(docs / seconds, 1) if seconds else None,
        "raw_chars": raw_chars,
        "body_chars": body_chars,
        "removed_chars": removed_chars,
        "suspect_cut_chars": suspect,
        "probe_docs_raw": probe_docs_raw,
        "probe_docs": probe_docs,
        "probe_hits": dict(per_probe.most_common()),
        "removed_by_label": dict(labels.most_common()),
    }
