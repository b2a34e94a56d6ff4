"""Gazetteers: known people, organisations and job titles, loaded from ``data/gazetteers/*.toml``.

One compiled alternation regex finds every known name in a text, longest name first.

>>> gaz = load_gazetteer()
>>> [(m.entry.id, m.field) for m in gaz.find("朱邦华本科清华电机系")]
[('person:banghua-zhu', None), ('univ:tsinghua', 'electrical engineering')]
"""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass
from importlib import resources

from pydantic import BaseModel, ConfigDict

from talentgraph.names import alias_key
from talentgraph.extract.normalize import simplify_same_length

__all__ = ["GazEntry", "GazMatch", "Gazetteer", "load_gazetteer", "Role", "load_roles", "latin_guarded"]

ENTITY_FILES = ("universities.toml", "companies.toml", "labs.toml", "people.toml")


class GazEntry(BaseModel):
    model_config = ConfigDict(frozen=True)
    id: str
    type: str
    name: str
    aliases: tuple[str, ...] = ()
    country: str | None = None
    wikidata: str | None = None
    parent: str | None = None
    acts_for: str | None = None


@dataclass(slots=True)
class GazMatch:
    start: int
    end: int
    entry: GazEntry
    field: str | None = None


def latin_guarded(alias: str, plural: bool = False) -> str:
    """Regex for ``alias`` that does not match inside a longer Latin word (``plural``: an
    English word may take an -s: "researchers")."""
    body = re.escape(alias)
    if alias[:1].isascii() and alias[:1].isalnum():
        body = r"(?<![A-Za-z0-9])" + body
    if alias[-1:].isascii() and alias[-1:].isalpha():
        body += (r"s?" if plural and alias[-1:].islower() else "") + r"(?![A-Za-z])"
    return body


def trie_regex(words: list[str]) -> str:
    """One regex for many literal words, as a prefix tree: at each position it tries only the
    branches that start with the next character (an alternation of hundreds of words would try
    them all). Longer words win, as in a longest-first alternation; Latin words do not match
    inside longer Latin words.

    >>> [m.group() for m in re.finditer(trie_regex(["清华", "清华大学", "MIT"]), "清华大学和MIT、MITx")]
    ['清华大学', 'MIT']
    """
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = True

    def walk(node: dict, last: str) -> str:
        end = ""
        if "" in node:
            end = r"(?![A-Za-z])" if last.isascii() and last.isalpha() else ""
        branches = [re.escape(ch) + walk(child, ch) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return end
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            return f"(?:{body}|{end})" if end else f"(?:{body})?"
        return body

    latin = {ch: t for ch, t in trie.items() if ch.isascii() and ch.isalnum()}
    other = {ch: t for ch, t in trie.items() if not (ch.isascii() and ch.isalnum())}
    parts = []
    if latin:
        parts.append(r"(?<![A-Za-z0-9])" + walk(latin, ""))
    if other:
        parts.append(walk(other, ""))
    # a lookahead for the possible first characters lets the regex engine skip every other
    # position quickly (it cannot see past the lookbehind that guards Latin words)
    first = "".join(re.escape(ch) for ch in sorted(trie) if ch)
    return f"(?=[{first}])(?:{'|'.join(parts)})" if first else "|".join(parts)


def _read(name: str) -> dict:
    text = resources.files("talentgraph.data").joinpath("gazetteers", name).read_text(encoding="utf-8")
    data = tomllib.loads(text)
    if data.get("version") != 1:
        raise ValueError(f"gazetteer {name}: unsupported version {data.get('version')!r}")
    return data


class Gazetteer:
    """Entries by id, by name key, and one matcher over all spellings."""

    def __init__(self, entries: list[GazEntry], units: list[tuple[str, str, str | None]]) -> None:
        self.entries = {e.id: e for e in entries}
        self.by_key: dict[str, GazEntry] = {}
        surface: dict[str, tuple[GazEntry, str | None]] = {}
        for entry in entries:
            for alias in entry.aliases:
                self.by_key.setdefault(alias_key(alias), entry)
                surface.setdefault(simplify_same_length(alias), (entry, None))
        for unit_alias, of, field in units:
            surface.setdefault(simplify_same_length(unit_alias), (self.entries[of], field))
        self._surface = surface
        self._regex = re.compile(trie_regex(list(surface)))

    def find(self, text: str) -> list[GazMatch]:
        """Known names in ``text`` (Simplified), left to right, longest first, no overlaps."""
        out = []
        for m in self._regex.finditer(text):
            entry, field = self._surface[m.group()]
            out.append(GazMatch(m.start(), m.end(), entry, field))
        return out

    def lookup(self, name: str) -> GazEntry | None:
        return self.by_key.get(alias_key(name))

    def people(self) -> list[GazEntry]:
        return [e for e in self.entries.values() if e.type == "Person"]


def _pinyin_names(aliases: list[str]) -> list[str]:
    """"Xiaoming Wang" and "Wang Xiaoming" for a Chinese name 王小明 (one-character surname)."""
    from pypinyin import lazy_pinyin

    out = []
    for a in aliases:
        if re.fullmatch(r"[\u4e00-\u9fff]{2,3}", a):
            syl = lazy_pinyin(simplify_same_length(a))
            family, given = syl[0].capitalize(), "".join(syl[1:]).capitalize()
            out += [f"{given} {family}", f"{family} {given}"]
    return out


def _with_reversed(name: str, aliases: list[str]) -> tuple[str, ...]:
    if not any(re.search(r"[A-Za-z]", a) for a in [name, *aliases]):
        aliases = [*aliases, *_pinyin_names(aliases)]
    extra = []
    for a in [name, *aliases]:
        parts = a.split()
        if len(parts) == 2 and all(p[:1].isupper() for p in parts):
            extra.append(f"{parts[1]} {parts[0]}")
    return tuple(dict.fromkeys([*aliases, name, *extra]))


@functools.lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    entries: list[GazEntry] = []
    units: list[tuple[str, str, str | None]] = []
    for file in ENTITY_FILES:
        data = _read(file)
        for rec in data.get("entity", []):
            aliases = list(rec.get("aliases", []))
            if rec["type"] == "Person":
                rec = {**rec, "aliases": _with_reversed(rec["name"], aliases)}
            entries.append(GazEntry(**rec))
        for unit in data.get("unit", []):
            units += [(a, unit["of"], unit.get("field")) for a in unit["aliases"]]
    return Gazetteer(entries, units)


class Role(BaseModel):
    model_config = ConfigDict(frozen=True)
    role: str
    kind: str = "job"


@dataclass(slots=True)
class RoleMatch:
    start: int
    end: int
    role: Role


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


class RoleLexicon:
    """Job titles: English matched case-insensitively (a plural -s allowed), Chinese as written."""

    def __init__(self, roles: list[tuple[str, Role]]) -> None:
        self._by_surface: dict[str, Role] = {}
        for surface, role in roles:
            self._by_surface.setdefault(surface.translate(_ASCII_LOWER), role)
        words = set(self._by_surface)
        words |= {w + "s" for w in self._by_surface if w[-1:].isascii() and w[-1:].isalpha()}
        self._regex = re.compile(trie_regex(sorted(words)))

    def find(self, text: str) -> list[RoleMatch]:
        # ASCII-only lower-casing keeps every offset of ``text``
        return [RoleMatch(start=m.start(), end=m.end(), role=self._role(m.group()))
                for m in self._regex.finditer(text.translate(_ASCII_LOWER))]

    def _role(self, surface: str) -> Role:
        return self._by_surface.get(surface) or self._by_surface[surface[:-1]]


@functools.lru_cache(maxsize=1)
def load_roles() -> RoleLexicon:
    data = _read("roles.toml")
    pairs: list[tuple[str, Role]] = []
    for rec in data.get("role", []):
        role = Role(role=rec["role"], kind=rec.get("kind", "job"))
        pairs += [(simplify_same_length(s), role) for s in rec.get("zh", [])]
        pairs += [(s, role) for s in rec.get("en", [])]
    return RoleLexicon(pairs)
