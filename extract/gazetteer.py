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


class GazMatch(BaseModel):
    model_config = ConfigDict(frozen=True)
    start: int
    end: int
    entry: GazEntry
    field: str | None = None


def latin_guarded(alias: str) -> str:
    """Regex for ``alias`` that does not match inside a longer Latin word."""
    body = re.escape(alias)
    if alias[:1].isascii() and alias[:1].isalnum():
        body = r"(?<![A-Za-z0-9])" + body
    if alias[-1:].isascii() and alias[-1:].isalpha():
        body += r"(?![A-Za-z])"
    return body


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
        ordered = sorted(surface, key=len, reverse=True)
        self._regex = re.compile("|".join(latin_guarded(a) for a in ordered))

    def find(self, text: str) -> list[GazMatch]:
        """Known names in ``text`` (Simplified), left to right, longest first, no overlaps."""
        out = []
        for m in self._regex.finditer(text):
            entry, field = self._surface[m.group()]
            out.append(GazMatch(start=m.start(), end=m.end(), entry=entry, field=field))
        return out

    def lookup(self, name: str) -> GazEntry | None:
        return self.by_key.get(alias_key(name))

    def people(self) -> list[GazEntry]:
        return [e for e in self.entries.values() if e.type == "Person"]


def _with_reversed(name: str, aliases: list[str]) -> tuple[str, ...]:
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


class RoleMatch(BaseModel):
    model_config = ConfigDict(frozen=True)
    start: int
    end: int
    role: Role


class RoleLexicon:
    def __init__(self, roles: list[tuple[str, Role]]) -> None:
        self._by_surface: dict[str, Role] = {}
        for surface, role in roles:
            self._by_surface.setdefault(surface.casefold(), role)
        ordered = sorted(self._by_surface, key=len, reverse=True)
        self.pattern = "(?:" + "|".join(latin_guarded(s) for s in ordered) + ")"
        self._regex = re.compile(self.pattern, re.IGNORECASE)

    def find(self, text: str) -> list[RoleMatch]:
        return [RoleMatch(start=m.start(), end=m.end(), role=self._by_surface[m.group().casefold()])
                for m in self._regex.finditer(text)]


@functools.lru_cache(maxsize=1)
def load_roles() -> RoleLexicon:
    data = _read("roles.toml")
    pairs: list[tuple[str, Role]] = []
    for rec in data.get("role", []):
        role = Role(role=rec["role"], kind=rec.get("kind", "job"))
        pairs += [(simplify_same_length(s), role) for s in rec.get("zh", [])]
        pairs += [(s, role) for s in rec.get("en", [])]
    return RoleLexicon(pairs)
