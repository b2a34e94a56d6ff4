"""Query results as flat rows (for tables and CSV) and as JSON-ready data.

>>> evidence_refs(())
''
"""

from __future__ import annotations

from collections.abc import Iterable

from pydantic import BaseModel

from talentgraph.facts import Evidence, Fact
from talentgraph.graph.queries import AlumniResult, ConflictsResult, PathResult, PersonResult

__all__ = ["to_json_data", "to_rows", "evidence_refs", "describe_claim"]


def evidence_refs(evidence: Iterable[Evidence]) -> str:
    """``file[start:end]`` for each span, the form a reader can check against the file."""
    return "; ".join(dict.fromkeys(f"{e.source}[{e.start}:{e.end}]" for e in evidence))


def describe_claim(fact: Fact) -> str:
    """A short human description of a claim's qualifiers, e.g. ``phd; 2019–2023``."""
    q = fact.qualifiers
    parts = [p for p in (q.degree, q.role, q.team and f"team {q.team}", q.field) if p]
    if q.start or q.end:
        parts.append(f"{q.start or '?'}–{q.end or ('now' if q.current else '')}")
    elif q.current is not None:
        parts.append("current" if q.current else "former")
    if q.amount is not None:
        parts.append(f"{q.amount:,.0f} {q.currency}")
    if q.stake is not None:
        parts.append(f"{q.stake:.0%} stake")
    if fact.hedged:
        parts.append("hedged")
    return "; ".join(parts)


def _claims_cell(facts: Iterable[Fact]) -> str:
    return " | ".join(
        f"{f.object.name}" + (f" ({d})" if (d := describe_claim(f)) else "") for f in facts)


def to_json_data(result: BaseModel | list[BaseModel]) -> object:
    if isinstance(result, list):
        return [r.model_dump(mode="json", exclude_none=True) for r in result]
    return result.model_dump(mode="json", exclude_none=True)


def _fact_row(fact: Fact, **extra: object) -> dict[str, object]:
    return {
        **extra,
        "subject": fact.subject.name,
        "relation": fact.relation,
        "object": fact.object.name,
        "details": describe_claim(fact),
        "confidence": round(fact.confidence, 2),
        "hedged": fact.hedged,
        "evidence": evidence_refs(fact.evidence),
        "quote": " / ".join(e.quote for e in fact.evidence),
    }


def to_rows(result: BaseModel | list[BaseModel]) -> list[dict[str, object]]:
    """One flat row per person, claim or hop, whatever the query."""
    if isinstance(result, list):
        return [row for item in result for row in to_rows(item)]
    if isinstance(result, AlumniResult):
        return [{
            "person": a.person.name,
            "id": a.person.id,
            "education": _claims_cell(a.education),
            "employment": _claims_cell(a.employment),
            "evidence": evidence_refs(e for f in (*a.education, *a.employment) for e in f.evidence),
        } for a in result.people]
    if isinstance(result, PersonResult):
        return [_fact_row(f) for f in result.timeline]
    if isinstance(result, PathResult):
        return [_fact_row(f, path=i + 1, hop=j + 1)
                for i, hops in enumerate(result.paths)
                for j, hop in enumerate(hops) for f in hop.facts[:1]]
    if isinstance(result, ConflictsResult):
        return [_fact_row(f, conflict=i + 1, slot=c.slot, rank=r + 1)
                for i, c in enumerate(result.conflicts) for r, f in enumerate(c.claims)]
    raise TypeError(f"no row form for {type(result).__name__}")
