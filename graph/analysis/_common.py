"""Shared helpers for the analyses: partial dates, labs rolled up to their organisations,
and deterministic fact order whichever store answered.

>>> date_key("2025-06")
(2025, 6)
>>> not_after("2025", "2025-06"), not_after("2025-07", "2025-06")
(True, False)
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from talentgraph.facts import Entity, Fact
from talentgraph.render import evidence_refs

__all__ = ["date_key", "not_after", "year_of", "sorted_facts", "OrgIndex", "refs", "join"]

SEP = "; "


def date_key(date: str | None) -> tuple[int, ...]:
    """A partial ISO date as a tuple of ints; ``()`` when unknown."""
    return tuple(int(p) for p in date.split("-")) if date else ()


def not_after(a: str, b: str) -> bool:
    """Whether partial date ``a`` is not after ``b``, compared at the coarser precision."""
    ka, kb = date_key(a), date_key(b)
    n = min(len(ka), len(kb))
    return ka[:n] <= kb[:n]


def year_of(date: str | None) -> int | None:
    return int(date[:4]) if date else None


def sorted_facts(facts: Iterable[Fact]) -> list[Fact]:
    """Facts in one fixed order (by id), so every store gives the same rows."""
    return sorted(facts, key=lambda f: f.id)


def refs(facts: Iterable[Fact]) -> str:
    """Every evidence span of the facts, ``file[start:end]``, each once, in order."""
    spans = sorted({e for f in facts for e in f.evidence}, key=lambda e: (e.source, e.start, e.end))
    return evidence_refs(spans)


def join(items: Iterable[str]) -> str:
    return SEP.join(items)


class OrgIndex:
    """Entities by id, and each lab's top organisation (following PART_OF, then ``parent``).

    >>> OrgIndex([]).top("lab:x")
    'lab:x'
    """

    def __init__(self, facts: Sequence[Fact]) -> None:
        self.entities: dict[str, Entity] = {}
        self.parent: dict[str, str] = {}
        for fact in sorted_facts(facts):
            for ent in (fact.subject, fact.object):
                self.entities.setdefault(ent.id, ent)
                if ent.parent:
                    self.parent.setdefault(ent.id, ent.parent)
            if fact.relation == "PART_OF":
                self.parent[fact.subject.id] = fact.object.id

    def top(self, entity_id: str) -> str:
        """The organisation at the top of ``entity_id``'s PART_OF chain (itself if none)."""
        seen = {entity_id}
        while (up := self.parent.get(entity_id)) is not None and up not in seen:
            seen.add(up)
            entity_id = up
        return entity_id

    def name(self, entity_id: str) -> str:
        ent = self.entities.get(entity_id)
        return ent.name if ent else entity_id

    def country(self, entity_id: str) -> str:
        ent = self.entities.get(entity_id)
        return (ent.country if ent and ent.country else "unknown")

    def descendants(self, org_ids: Iterable[str]) -> set[str]:
        """The organisations and every lab below them."""
        wanted = set(org_ids)
        return {e for e in self.entities if self.top_or_self_in(e, wanted)}

    def top_or_self_in(self, entity_id: str, wanted: set[str]) -> bool:
        seen: set[str] = set()
        while entity_id not in seen:
            if entity_id in wanted:
                return True
            seen.add(entity_id)
            up = self.parent.get(entity_id)
            if up is None:
                return False
            entity_id = up
        return False
