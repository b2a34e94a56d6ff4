"""A person's career as rows: one claim per row, in date order, with its evidence.

>>> from talentgraph.graph.store import open_store
>>> timeline(open_store("networkx"), "Nobody")
Traceback (most recent call last):
...
talentgraph.errors.NotFoundError: E030 no entity is called 'Nobody'; check the spelling or run `talentgraph query entities`
"""

from __future__ import annotations

import pandas as pd

from talentgraph.graph.store import GraphStore
from talentgraph.render import describe_claim, evidence_refs

__all__ = ["timeline", "TIMELINE_COLUMNS"]

TIMELINE_COLUMNS = ["person", "person_id", "relation", "other", "other_type", "details", "start",
                    "end", "current", "hedged", "confidence", "conflict", "evidence", "quote"]


def timeline(store: GraphStore, name: str) -> pd.DataFrame:
    """Every claim about the person(s) called ``name`` (namesakes apart, by ``person_id``).

    ``other`` is the organisation or person at the other end; ``conflict`` marks claims that
    other sources disagree with; ``current`` is True, False or None (not stated).
    """
    from talentgraph.graph import queries

    rows = []
    for result in queries.person(store, name):
        me = result.person
        conflicted = {f.id for c in result.conflicts for f in c.claims}
        for fact in result.timeline:
            other = fact.object if fact.subject.id == me.id else fact.subject
            q = fact.qualifiers
            rows.append({
                "person": me.name, "person_id": me.id, "relation": fact.relation,
                "other": other.name, "other_type": other.type, "details": describe_claim(fact),
                "start": q.start or "", "end": q.end or "", "current": q.current,
                "hedged": fact.hedged, "confidence": round(fact.confidence, 2),
                "conflict": fact.id in conflicted, "evidence": evidence_refs(fact.evidence),
                "quote": " / ".join(e.quote for e in fact.evidence),
            })
    return pd.DataFrame(rows, columns=TIMELINE_COLUMNS)
