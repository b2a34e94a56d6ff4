"""Conflicting claims: found, ranked and kept side by side, never dropped.

Two claims conflict when they fill the same slot with different values: a person's school for
one degree, or a person's role at one organisation. Claims are ranked by firmness (not hedged
first), number of independent sources, confidence, then recency.

>>> find_conflicts([])
[]
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from pydantic import BaseModel, ConfigDict

from talentgraph.facts import Fact

__all__ = ["Conflict", "find_conflicts", "rank_claims", "claim_rank"]


class Conflict(BaseModel):
    """One slot filled differently by several claims, best-supported claim first."""

    model_config = ConfigDict(frozen=True)

    subject_id: str
    subject: str
    slot: str
    claims: tuple[Fact, ...]

    @property
    def values(self) -> list[str]:
        return [_slot_value(f) for f in self.claims]


def claim_rank(fact: Fact) -> tuple:
    """Sort key: firm before hedged, more sources, higher confidence, later dates, then id."""
    sources = len({e.source for e in fact.evidence})
    when = fact.qualifiers.start or fact.qualifiers.end or ""
    return (fact.hedged, -sources, -fact.confidence, _negate(when), fact.id)


def rank_claims(facts: Iterable[Fact]) -> list[Fact]:
    return sorted(facts, key=claim_rank)


def _negate(date: str) -> tuple[int, ...]:
    return tuple(-int(p) for p in date.split("-")) if date else (1,)


def _slot(fact: Fact) -> str | None:
    q = fact.qualifiers
    if fact.relation == "EDUCATED_AT" and q.degree in ("bachelor", "master", "phd"):
        return f"{q.degree} school"
    if fact.relation == "EMPLOYED_BY" and q.role:
        return f"role at {fact.object.name}"
    return None


def _slot_value(fact: Fact) -> str:
    if fact.relation == "EDUCATED_AT":
        return fact.object.name
    return fact.qualifiers.role or ""


def find_conflicts(facts: Iterable[Fact]) -> list[Conflict]:
    """Every slot that the given facts fill with more than one value."""
    slots: dict[tuple[str, str], list[Fact]] = defaultdict(list)
    for fact in facts:
        slot = _slot(fact)
        if slot is not None:
            slots[(fact.subject.id, slot)].append(fact)
    conflicts = []
    for (subject_id, slot), claims in sorted(slots.items()):
        if len({_slot_value(f) for f in claims}) > 1:
            ranked = tuple(rank_claims(claims))
            conflicts.append(Conflict(subject_id=subject_id, subject=ranked[0].subject.name,
                                      slot=slot, claims=ranked))
    return conflicts
