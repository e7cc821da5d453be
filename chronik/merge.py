"""Entity merging: mentions → entities, within a document and across the corpus.

Within a document (``merge_mentions``):

* spellings are normalised ("Kim Jong-un" = "Kim Jong Un"), genitives stripped
  when the bare form occurs ("Trumps" → "Trump");
* a first part with a hyphen joins the name it stands for ("Nord-" in "Nord- und
  Südkorea" → Nordkorea);
* a one-word name typed differently in one document gets the type a clear vote
  of its mentions gives ("Präsident Moon" PER over "Kim und Moon" LOC), and a
  name tagged twice is tagged where the tagger missed it ("Signal Kims");
* a one-word person mention joins the full name that contains it ("Trump" →
  "Donald Trump", "Kim" → "Kim Jong Un"), the nearest preceding one if several;
* role phrases are bound where the text names the person ("Nordkoreas Machthaber
  Kim Jong Un") and later role-only phrases ("der nordkoreanische Machthaber")
  become mentions of that person.

Across documents (``link_entities``): a document's entities are looked up in
the store by normalised name keys, single surnames by a partial-name key, and
unresolved role phrases by the roles seen with each entity.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from chronik.document import Document, Mention, Span
from chronik.lang import Lang, load

_SEP = re.compile(r"[\s\-‐‑–_.]+")


def name_key(text: str) -> str:
    """Spelling-insensitive key of a name: "Kim Jong-un" and "Kim Jong Un" → "kim jong un"."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return _SEP.sub(" ", text).strip(" '’\"")


def compact_key(text: str) -> str:
    return name_key(text).replace(" ", "")


def _strip_genitive(text: str, known: set[str], lang: Lang) -> str:
    for suffix in lang.words("genitive_suffixes.txt"):
        if text.endswith(suffix) and len(text) > len(suffix) + 2:
            base = text[: -len(suffix)]
            if name_key(base) in known:
                return base
    return text


@dataclass
class LocalEntity:
    """A document-level entity: its key, type and the surface forms seen."""

    key: str
    label: str
    names: Counter = field(default_factory=Counter)
    roles: set[str] = field(default_factory=set)

    @property
    def name(self) -> str:
        return canonical_name(dict(self.names)) or self.key


def _role_head(token: str, lang: Lang) -> str | None:
    """The role noun a token ends in ("US-Außenminister" → "minister"), if any."""
    low = token.casefold()
    best = None
    for role in lang.words("role_nouns.txt"):
        if low.endswith(role) and (best is None or len(role) > len(best)):
            best = role
    return best


def _stem(word: str) -> str:
    """Crude shared stem of a modifier: "nordkoreanische" and "Nordkoreas" → "nordkor"."""
    return word.casefold().replace("-", "")[:7]


@dataclass
class RoleBinding:
    head: str  # role noun, e.g. "machthaber"
    token: str  # full role token, e.g. "us-präsident"
    modifier: str | None  # stem of "Nordkoreas"/"nordkoreanische", if any
    entity: str
    offset: int


_EDGE_PUNCT = ":;,.!?\"'„“”‚‘’»«()"


def _trim_mention(m: Mention, lang: Lang) -> None:
    """Cut role words and edge punctuation off a person span, so that "Nordkoreas
    Machthaber Kim Jong Un" is the name "Kim Jong Un" and the role stays in the text
    before it (where role binding finds it)."""
    start, end = m.start, m.end
    text = m.text
    while text and text[-1] in _EDGE_PUNCT:
        text, end = text[:-1], end - 1
    while text and text[0] in _EDGE_PUNCT:
        text, start = text[1:], start + 1
    if m.label == "PER":
        modifiers = lang.patterns("role_modifiers.txt")
        while True:
            words = text.split()
            if len(words) < 2:
                break
            first, second = words[0], words[1]
            role_first = first[:1].isupper() and _role_head(first, lang) is not None
            role_next = _role_head(second, lang) is not None and len(words) > 2
            if not (role_first or (role_next and any(p.match(first) for p in modifiers))):
                break
            if not words[1 if role_first else 2][:1].isupper():
                break
            cut = text.index(words[1], len(first))
            text, start = text[cut:], start + cut
    m.start, m.end, m.text = start, end, text


def _institution_head(word: str, lang: Lang) -> bool:
    """Whether a word is an institution noun ("Ministerium", "Koch-Institut"); short nouns
    ("Haus") only as the whole word, so that surnames such as "Neuhaus" stay people."""
    low = word.casefold()
    return any(low == noun or (len(noun) >= 6 and low.endswith(noun)) for noun in lang.words("institution_nouns.txt"))


def merge_mentions(doc: Document, lang: Lang | None = None, consistent: bool = True) -> Document:
    """Give every mention a document-local entity key; add resolved role mentions. ``consistent``:
    one type per one-word name and every occurrence of a tagged name tagged
    (:func:`_vote_one_word_labels`, :func:`_propagate_names`; off only to measure what they change)."""
    lang = lang or load(doc.lang)
    for m in doc.mentions:
        _trim_mention(m, lang)
    doc.mentions = [m for m in doc.mentions if m.text]
    known = {name_key(m.text) for m in doc.mentions}
    for m in doc.mentions:
        base = _strip_genitive(m.text, known, lang)
        if base != m.text:
            m.text, m.end = base, m.start + len(base)
    _correct_labels(doc, lang)
    if consistent:
        _vote_one_word_labels(doc, lang)
        _propagate_names(doc, lang)

    entities: dict[str, LocalEntity] = {}
    persons_full: list[tuple[int, str, set[str]]] = []  # (offset, key, name tokens)
    for m in doc.mentions:
        if m.label == "PER" and len(name_key(m.text).split()) > 1:
            key = "PER:" + compact_key(m.text)
            persons_full.append((m.start, key, set(name_key(m.text).split())))
    keys = {f"{m.label}:{compact_key(m.text)}" for m in doc.mentions}
    for m in doc.mentions:
        key = f"{m.label}:{compact_key(m.text)}"
        if m.text.endswith("-"):
            key = _completed_key(doc, m, keys) or key
        if m.label == "PER" and len(name_key(m.text).split()) == 1:
            word = name_key(m.text)
            candidates = [(off, k) for off, k, toks in persons_full if word in toks]
            if candidates:
                before = [c for c in candidates if c[0] <= m.start]
                key = (max(before) if before else min(candidates))[1]
        m.entity = key
        entities.setdefault(key, LocalEntity(key, m.label)).names[m.text] += 1

    _resolve_roles(doc, entities, lang)
    doc.meta["entities"] = {
        k: {"name": e.name, "type": e.label, "names": sorted(e.names), "counts": dict(e.names),
            "roles": sorted(e.roles)}
        for k, e in entities.items()
    }
    return doc


def _completed_key(doc: Document, m: Mention, keys: set[str]) -> str | None:
    """The key of the name a first part with a hyphen stands for ("Nord-" in "Nord- und
    Südkorea" is Nordkorea), when the document names it: the part joined to the end of the word
    after the next ("korea" of "Südkorea"), the longest end that gives a known name."""
    after = re.match(r"\s+\S+\s+(\w+)", doc.text[m.end : m.end + 80])
    if not after:
        return None
    head, word = compact_key(m.text), after.group(1).casefold()
    for i in range(1, len(word) - 2):
        key = f"{m.label}:{head}{word[i:]}"
        if key in keys:
            return key
    return None


def _correct_labels(doc: Document, lang: Lang) -> None:
    """Types the text makes clearer than the tagger: a person span ending in an institution
    noun is an organisation ("Robert Koch-Institut"); a one-word LOC/ORG/OTH mention that is
    part of a person's full name in the same document ("Kim" beside "Kim Jong Un") is that person."""
    for m in doc.mentions:
        if m.label == "PER" and _institution_head(m.text.split()[-1], lang):
            m.label = "ORG"
    name_tokens = set()
    for m in doc.mentions:
        words = name_key(m.text).split()
        if m.label == "PER" and len(words) > 1:
            name_tokens.update(words)
    for m in doc.mentions:
        if m.label != "PER" and len(m.text.split()) == 1 and name_key(m.text) in name_tokens:
            m.label = "PER"


def _vote_one_word_labels(doc: Document, lang: Lang) -> None:
    """One type per one-word name in a document: where the tagger types the same word
    differently ("Präsident Moon" PER, "Kim und Moon" LOC), a type wins with at least twice the
    votes of all others together and two more. A vote is a mention; a person mention whose
    context says it is a person (:func:`_person_context`) counts three times and keeps its type.
    Close votes stay as tagged: "Bayern" the state and "Bayern" the club can share a report,
    and two slips of the tagger ("Hochburgen von Trump" LOC, twice) do not outvote one right type."""
    groups: dict[str, list[Mention]] = {}
    for m in doc.mentions:
        if len(m.text.split()) == 1:
            groups.setdefault(name_key(m.text), []).append(m)
    for mentions in groups.values():
        if len({m.label for m in mentions}) < 2:
            continue
        anchored = {id(m) for m in mentions if m.label == "PER" and _person_context(doc, m, lang)}
        votes: Counter = Counter()
        for m in mentions:
            votes[m.label] += 3 if id(m) in anchored else 1
        (top, n), *rest = votes.most_common()
        others = sum(v for _, v in rest)
        if n >= 2 * others and n >= others + 2:
            for m in mentions:
                if id(m) not in anchored:
                    m.label = top


def _propagate_names(doc: Document, lang: Lang) -> None:
    """Tag the occurrences of a person, place or organisation name the tagger missed where it
    tagged the same name twice or more elsewhere in the document ("als Signal Kims gewertet"
    beside "Kim" PER), with the name's most frequent type. A one-word person name only when a
    tagged full name holds it ("Kim" in "Kim Jong Un"): the tagger sometimes types a common noun
    as a person more than once ("schwere Sahne"). Never inside compounds ("SPD-Chef"), after an
    article or quantity word (``noun_markers.txt``: "einen Kreis von Experten"), for a word the
    document also writes in lower case ("Kurz darauf" beside "kurz"), or for a name left untagged
    more often than tagged."""
    labels: dict[str, Counter] = {}
    for m in doc.mentions:
        if m.label in ("PER", "LOC", "ORG") and len(m.text) > 2 and m.text[:1].isupper():
            labels.setdefault(m.text, Counter())[m.label] += 1
    if not labels:
        return
    full_names = [m.text.split() for m in doc.mentions if m.label == "PER"]
    in_full_names = {w for words in full_names if len(words) > 1 for w in words}
    lower = set(re.findall(r"(?<![\w-])[a-zäöüß]\w*", doc.text))
    markers = lang.wordset("noun_markers.txt")
    genitive = "|".join(re.escape(s) for s in lang.words("genitive_suffixes.txt"))
    covered = bytearray(len(doc.text))
    for m in doc.mentions:
        covered[m.start : m.end] = b"\x01" * (m.end - m.start)
    chosen = {}
    for name, counts in labels.items():
        label = counts.most_common(1)[0][0]
        lone_person = label == "PER" and " " not in name and name not in in_full_names
        if counts.total() >= 2 and name.casefold() not in lower and not lone_person:
            chosen[name] = label
    if not chosen:
        return
    names = "|".join(re.escape(n) for n in sorted(chosen, key=len, reverse=True))
    found: dict[str, list[Mention]] = {}
    for match in re.finditer(rf"(?<![\w-])({names})(?:{genitive})?(?![\w-])", doc.text):
        name, start, end = match.group(1), match.start(1), match.end(1)
        before = doc.text[max(0, start - 20) : start].split() or [""]
        if not any(covered[start:end]) and before[-1].casefold() not in markers and not before[-1].isdigit():
            found.setdefault(name, []).append(Mention(start, end, chosen[name], name))
    added = [m for name, ms in found.items() if len(ms) <= labels[name].total() for m in ms]
    doc.mentions = sorted([*doc.mentions, *added], key=lambda m: (m.start, m.end))


def _person_context(doc: Document, m: Mention, lang: Lang) -> bool:
    """Whether the word before a mention makes it a person: a role noun ("Präsident Moon") or a
    finite speech verb without particle ("sagt Lu")."""
    from chronik.quotes.lexicon import lexicon  # the quotes package imports this module

    before = doc.text[max(0, m.start - 40) : m.start].split()
    if not before:
        return False
    word = before[-1].strip(_EDGE_PUNCT)
    if word[:1].isupper() and _role_head(word, lang) is not None:
        return True
    forms = lexicon(lang.code).verbs.get(word.lower(), ())
    return any(f.finite and not f.particle and not f.needs for f in forms)


def _tokens_by_sentence(doc: Document) -> list[list[Span]]:
    out: list[list[Span]] = []
    i = 0
    for sent in doc.sentences:
        bucket = []
        while i < len(doc.tokens) and doc.tokens[i].start < sent.end:
            if doc.tokens[i].start >= sent.start:
                bucket.append(doc.tokens[i])
            i += 1
        out.append(bucket)
    return out


def _resolve_roles(doc: Document, entities: dict[str, LocalEntity], lang: Lang) -> None:
    """Bind role tokens placed right before a person's name, then resolve role-only phrases."""
    by_start = {m.start: m for m in doc.mentions if m.label == "PER"}
    covered = [(m.start, m.end) for m in doc.mentions]
    determiners = lang.wordset("determiners.txt")
    bindings: list[RoleBinding] = []
    new_mentions: list[Mention] = []

    for sent_tokens in _tokens_by_sentence(doc):
        for i, tok in enumerate(sent_tokens):
            word = doc.text[tok.start:tok.end]
            if not word[:1].isupper():
                continue
            head = _role_head(word, lang)
            if head is None:
                continue
            modifier = None
            if "-" in word:  # compound prefix: "US-Präsident"
                modifier = _stem(word.split("-")[0])
            elif i > 0:
                prev = doc.text[sent_tokens[i - 1].start:sent_tokens[i - 1].end]
                if any(p.match(prev) for p in lang.patterns("role_modifiers.txt")):
                    modifier = _stem(prev)
            nxt = sent_tokens[i + 1] if i + 1 < len(sent_tokens) else None
            # appositive: the role directly precedes a person's name
            named = by_start.get(nxt.start) if nxt else None
            if named is not None:
                bindings.append(RoleBinding(head, word.casefold(), modifier, named.entity, tok.start))
                entities[named.entity].roles.add(word.casefold())
                continue
            if any(s <= tok.start < e for s, e in covered):
                continue
            start = _role_phrase_start(doc.text, sent_tokens, i, determiners)
            if start is None:
                continue
            target = _best_binding(bindings, word.casefold(), head, modifier)
            role = word.casefold()
            # unresolved (target None) role phrases may still be resolved by corpus-level linking
            new_mentions.append(Mention(start, tok.end, "PER", doc.text[start:tok.end], target, None, role))
    doc.mentions = sorted(doc.mentions + new_mentions, key=lambda m: (m.start, m.end))


def _role_phrase_start(text: str, tokens: list[Span], i: int, determiners: frozenset[str]) -> int | None:
    """Start of a role-only phrase ending at token ``i``: "der nordkoreanische Machthaber",
    "Nordkoreas Machthaber"; None when the role word does not stand for a person here."""
    for k in range(i - 1, max(i - 4, -1), -1):
        word = text[tokens[k].start:tokens[k].end]
        if word.casefold() in determiners:
            return tokens[k].start
        if not word.isalpha():
            return None
        if k == i - 1 and word[:1].isupper() and word.endswith("s"):
            return tokens[k].start  # possessor genitive
    return None


def _best_binding(bindings: list[RoleBinding], token: str, head: str, modifier: str | None) -> str | None:
    """The entity most recently named with a compatible role."""
    compatible = []
    for b in bindings:
        if not (b.token.endswith(token) or token.endswith(b.token) or b.head == head):
            continue
        if b.head != head and not b.token.endswith(token):
            continue
        if modifier and b.modifier and modifier[:5] != b.modifier[:5]:
            continue
        compatible.append(b)
    if not compatible:
        return None
    entities = {b.entity for b in compatible}
    if len(entities) > 1 and not modifier:
        # ambiguous without a modifier: take the most recent binding
        return compatible[-1].entity
    return compatible[-1].entity


# ---- corpus level -----------------------------------------------------------------------------


def link_entities(doc: Document, store) -> dict[str, int]:
    """Map the document's local entity keys to corpus entity ids (creating new ones).

    Sets ``Mention.entity_id`` and ``Quote.speaker_entity_id``. Call inside the
    store transaction that writes the document.
    """
    local = doc.meta.get("entities", {})
    ids: dict[str, int] = {}
    counts = Counter(m.entity for m in doc.mentions if m.entity)
    for key, info in local.items():
        ids[key] = _link_one(info, store, counts.get(key, 0))
    # role-only mentions that the document could not resolve: look up the corpus by role
    for m in doc.mentions:
        if m.entity is None and m.role:
            found = store.entity_ids_by_role(m.role)
            if found:
                m.entity_id = found[0][0]
                m.entity = f"role:{m.role}"
                ids[m.entity] = m.entity_id
    for m in doc.mentions:
        if m.entity in ids:
            m.entity_id = ids[m.entity]
    for q in doc.quotes:
        if q.speaker_entity in ids:
            q.speaker_entity_id = ids[q.speaker_entity]
    return ids


def canonical_name(counts: dict[str, int]) -> str | None:
    """The name an entity is shown under: the most frequent multi-word name (spelling variants
    counted together) seen at least a twentieth as often as the most frequent form, fewer words
    on ties; else the most frequent form. Counting keeps a tagger's one-off overlong span
    ("Bekannte Merkel", "Corona Pandemie") from naming the entity while "Kim" still shows as
    "Kim Jong Un"."""
    if not counts:
        return None
    groups: dict[str, int] = Counter()
    for alias, n in counts.items():
        groups[compact_key(alias)] += n
    top = max(groups.values())

    def score(alias: str) -> tuple:
        return (groups[compact_key(alias)], -len(alias.split()), counts[alias], alias)

    multi = [a for a in counts if len(a.split()) > 1 and groups[compact_key(a)] >= 0.05 * top]
    return max(multi or counts, key=score)


def _link_one(info: dict, store, n_mentions: int) -> int:
    type_ = info["type"]
    name = info["name"]
    full = compact_key(name)
    tokens = name_key(name).split()
    entity_id = store.entity_by_key(full, type_)
    if entity_id is None:
        for alias in info["names"]:
            entity_id = store.entity_by_key(compact_key(alias), type_)
            if entity_id is not None:
                break
    if entity_id is None and type_ == "PER" and len(tokens) == 1:
        entity_id = store.entity_by_key("~" + tokens[0], type_)
    if entity_id is None and type_ == "PER" and len(tokens) > 1:
        # an entity known so far only by a surname: "Trump" then "Donald Trump"
        for part in (tokens[-1], tokens[0]):
            candidate = store.entity_by_key(part, type_)
            if candidate is not None and len(name_key(store.entity(candidate)["name"]).split()) == 1:
                entity_id = candidate
                break
    if entity_id is None:
        entity_id = store.add_entity(name, type_)
    entity = store.entity(entity_id)
    aliases = set(entity["aliases"]) | set(info["names"])
    store.add_alias_counts(entity_id, info.get("counts") or dict.fromkeys(info["names"], 1))
    best = canonical_name(store.alias_counts(entity_id)) or name
    roles = sorted(set(entity["roles"]) | set(info.get("roles", [])))
    store.update_entity(entity_id, best, sorted(aliases), roles, n_mentions)
    for alias in aliases:
        store.add_entity_key(compact_key(alias), type_, entity_id)
    if type_ == "PER" and len(tokens) > 1:
        for part in {tokens[0], tokens[-1]}:
            store.add_entity_key("~" + part, type_, entity_id)
    return entity_id


def add_mention(doc: Document, start: int, end: int, label: str, lang: Lang | None = None) -> str:
    """Add a mention found by a later stage (a quote's institutional speaker the tagger missed,
    "das Weiße Haus") and return its entity key; leading determiners are not part of the name."""
    lang = lang or load(doc.lang)
    determiners = lang.wordset("determiners.txt")
    words = doc.text[start:end].split()
    while len(words) > 1 and words[0].casefold() in determiners:
        start = doc.text.index(words[1], start + len(words[0]))
        words = words[1:]
    text = doc.text[start:end]
    key = f"{label}:{compact_key(text)}"
    if any(m.start == start and m.end == end and m.entity == key for m in doc.mentions):
        return key  # the same speaker phrase of a quote split in two
    doc.mentions = sorted([*doc.mentions, Mention(start, end, label, text, key)], key=lambda m: (m.start, m.end))
    entry = doc.meta.setdefault("entities", {}).setdefault(
        key, {"name": text, "type": label, "names": [], "counts": {}, "roles": []})
    entry["names"] = sorted(set(entry["names"]) | {text})
    entry.setdefault("counts", {})[text] = entry["counts"].get(text, 0) + 1
    return key


__all__ = ["merge_mentions", "add_mention", "link_entities", "name_key", "compact_key", "LocalEntity"]
