"""Moves: who left employer A for employer B, when, and on what evidence.

A person's EMPLOYED_BY claims are grouped into one spell per organisation (labs count as
their organisation). Spell A came before spell B when A ended no later than B started, when A
is past (``current: false`` or an end date) and B is current, or when A is past and started
earlier. A move is each A → B with nothing known in between; spells whose order is not known
(two past jobs without dates) both lead to the next known one.

>>> from talentgraph.graph.store import open_store
>>> moves(open_store("networkx")).empty
True
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import pandas as pd

from talentgraph.facts import Fact
from talentgraph.graph.analysis._common import OrgIndex, date_key, join, not_after, refs, sorted_facts
from talentgraph.graph.store import GraphStore

__all__ = ["moves", "MOVE_COLUMNS", "Spell", "spells"]

MOVE_COLUMNS = ["person", "person_id", "from_employer", "to_employer", "when", "basis",
                "from_roles", "to_roles", "hedged", "evidence"]


@dataclass(frozen=True)
class Spell:
    """One person's time at one organisation, from all the claims about it."""

    org: str
    facts: tuple[Fact, ...]
    start: str
    end: str
    current: bool
    past: bool

    @property
    def roles(self) -> str:
        return join(sorted({f.qualifiers.role for f in self.facts if f.qualifiers.role}))


def spells(own: list[Fact], orgs: OrgIndex) -> list[Spell]:
    """A person's employment spells, one per organisation."""
    by_org: dict[str, list[Fact]] = defaultdict(list)
    for fact in own:
        if fact.relation == "EMPLOYED_BY":
            by_org[orgs.top(fact.object.id)].append(fact)
    out = []
    for org, facts in sorted(by_org.items()):
        starts = sorted((f.qualifiers.start for f in facts if f.qualifiers.start), key=date_key)
        ends = sorted((f.qualifiers.end for f in facts if f.qualifiers.end), key=date_key)
        current = any(f.qualifiers.current for f in facts)
        end = "" if current or not ends else ends[-1]
        past = not current and (bool(end) or any(f.qualifiers.current is False for f in facts))
        out.append(Spell(org=org, facts=tuple(facts), start=starts[0] if starts else "",
                         end=end, current=current, past=past))
    return out


def _before(a: Spell, b: Spell) -> str:
    """Why ``a`` is known to come before ``b`` ('' if it is not)."""
    if not a.past:
        return ""
    if a.end and b.start and not_after(a.end, b.start):
        return "dates"
    if b.current:
        return "past → current"
    if a.start and b.start:
        n = min(len(date_key(a.start)), len(date_key(b.start)))
        if date_key(a.start)[:n] < date_key(b.start)[:n]:
            return "dates"
    return ""


def _moves_of(person_spells: list[Spell]) -> list[tuple[Spell, Spell, str]]:
    order = {(a.org, b.org): why for a in person_spells for b in person_spells
             if a.org != b.org and (why := _before(a, b))}
    order = {k: v for k, v in order.items() if (k[1], k[0]) not in order}  # contradictions out
    by_org = {s.org: s for s in person_spells}
    out = []
    for (a, b), why in sorted(order.items()):
        if not any((a, c) in order and (c, b) in order for c in by_org):
            out.append((by_org[a], by_org[b], why))
    return out


def _when(a: Spell, b: Spell) -> str:
    return b.start or a.end


def moves(store: GraphStore, *, from_employer: str | None = None,
          to_employer: str | None = None) -> pd.DataFrame:
    """Every known move, optionally only from and/or to an employer (any spelling)."""
    from talentgraph.graph.queries import resolve

    facts = sorted_facts(store.all_facts())
    orgs = OrgIndex(facts)

    def wanted(name: str | None) -> set[str] | None:
        if name is None:
            return None
        return {orgs.top(e.id) for e in resolve(store, name, types=["Company", "University", "Lab"])}

    sources, targets = wanted(from_employer), wanted(to_employer)
    own: dict[str, list[Fact]] = defaultdict(list)
    for fact in facts:
        if fact.subject.type == "Person":
            own[fact.subject.id].append(fact)
    rows = []
    for pid in sorted(own):
        for a, b, why in _moves_of(spells(own[pid], orgs)):
            if (sources is not None and a.org not in sources) or (
                    targets is not None and b.org not in targets):
                continue
            rows.append({
                "person": orgs.name(pid), "person_id": pid,
                "from_employer": orgs.name(a.org), "to_employer": orgs.name(b.org),
                "when": _when(a, b), "basis": why, "from_roles": a.roles, "to_roles": b.roles,
                "hedged": all(f.hedged for f in (*a.facts, *b.facts)),
                "evidence": refs((*a.facts, *b.facts)),
            })
    rows.sort(key=lambda r: (r["person"], r["person_id"], date_key(r["when"]) or (9999,),
                             r["from_employer"], r["to_employer"]))
    return pd.DataFrame(rows, columns=MOVE_COLUMNS)
