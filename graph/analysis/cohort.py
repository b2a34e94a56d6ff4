"""Cohorts: people who share a school and an employer, the ties among them, the
school × employer matrix, and the sub-graph the view draws for one cohort.

>>> from talentgraph.graph.store import open_store
>>> alumni_matrix(open_store("networkx")).empty
True
"""

from __future__ import annotations

from collections import defaultdict

import pandas as pd

from talentgraph.facts import Fact
from talentgraph.graph.analysis._common import OrgIndex, join, refs, sorted_facts
from talentgraph.graph.store import GraphStore
from talentgraph.render import describe_claim

__all__ = ["cohort", "cohort_ties", "alumni_matrix", "alumni_subgraph", "COHORT_COLUMNS",
           "TIE_COLUMNS"]

COHORT_COLUMNS = ["person", "person_id", "education", "employment", "ties", "evidence"]
TIE_COLUMNS = ["kind", "via", "people", "evidence"]


def _claims(facts) -> str:
    return join(f.object.name + (f" ({d})" if (d := describe_claim(f)) else "") for f in facts)


def cohort(store: GraphStore, school: str, employer: str) -> pd.DataFrame:
    """One row per person who studied at ``school`` and works or worked at ``employer`` (or one
    of its labs): their claims there, the ties they have to others in the cohort, the sources.

    Built on :func:`talentgraph.graph.queries.alumni_at`, so it resolves names the same way.
    """
    from talentgraph.graph.queries import alumni_at

    result = alumni_at(store, school, employer)
    names = {a.person.id: a.person.name for a in result.people}
    ties: dict[str, list[str]] = defaultdict(list)
    for tie in result.ties:
        for pid in tie.people:
            others = [names.get(o, o) for o in tie.people if o != pid]
            ties[pid].append(f"{tie.kind} {tie.via.name} with {', '.join(others)}")
    rows = [{
        "person": a.person.name, "person_id": a.person.id,
        "education": _claims(a.education), "employment": _claims(a.employment),
        "ties": join(ties[a.person.id]), "evidence": refs((*a.education, *a.employment)),
    } for a in result.people]
    return pd.DataFrame(rows, columns=COHORT_COLUMNS)


def cohort_ties(store: GraphStore, school: str, employer: str) -> pd.DataFrame:
    """The ties among a cohort: co-founded a startup, same advisor, same acquired company."""
    from talentgraph.graph.queries import alumni_at

    result = alumni_at(store, school, employer)
    names = {a.person.id: a.person.name for a in result.people}
    rows = [{"kind": t.kind, "via": t.via.name, "people": join(names.get(p, p) for p in t.people),
             "evidence": refs(t.facts)} for t in result.ties]
    return pd.DataFrame(rows, columns=TIE_COLUMNS)


def alumni_matrix(store: GraphStore, *, min_count: int = 1) -> pd.DataFrame:
    """People per school (rows) and employer (columns; labs count as their organisation).

    Rows and columns are ordered by their totals, then by name; schools and employers with no
    cell of at least ``min_count`` are left out.
    """
    facts = sorted_facts(store.all_facts())
    orgs = OrgIndex(facts)
    schools: dict[str, set[str]] = defaultdict(set)
    employers: dict[str, set[str]] = defaultdict(set)
    for fact in facts:
        if fact.relation == "EDUCATED_AT":
            schools[fact.subject.id].add(fact.object.id)
        elif fact.relation == "EMPLOYED_BY":
            employers[fact.subject.id].add(orgs.top(fact.object.id))
    cells: dict[tuple[str, str], int] = defaultdict(int)
    for pid in schools.keys() & employers.keys():
        for s in schools[pid]:
            for e in employers[pid]:
                cells[(orgs.name(s), orgs.name(e))] += 1
    cells = {k: v for k, v in cells.items() if v >= min_count}
    if not cells:
        return pd.DataFrame(dtype="int64")
    frame = pd.Series(cells).unstack(fill_value=0).astype("int64")
    rows = sorted(frame.index, key=lambda s: (-int(frame.loc[s].sum()), s))
    cols = sorted(frame.columns, key=lambda e: (-int(frame[e].sum()), e))
    frame = frame.loc[rows, cols]
    frame.index.name, frame.columns.name = "school", "employer"
    return frame


def alumni_subgraph(store: GraphStore, school: str, employer: str) -> list[Fact]:
    """The claims among a cohort: its people, the school, the employer and its labs, the
    organisations that tie them (a co-founded startup, an advisor) and the startups they
    founded that the employer acquired."""
    from talentgraph.graph.queries import alumni_at

    result = alumni_at(store, school, employer)
    people = {a.person.id for a in result.people}
    orgs = OrgIndex(store.facts_touching(sorted(e.id for e in result.employers), ["PART_OF"]))
    keep = people | {e.id for e in (*result.schools, *result.employers)}
    keep |= orgs.descendants(e.id for e in result.employers)
    keep |= {t.via.id for t in result.ties}
    if people:
        around = store.facts_touching(sorted(people))
        founded = {f.object.id for f in around if f.relation == "FOUNDED"}
        acquired = store.facts_touching(sorted(e.id for e in result.employers), ["ACQUIRED"])
        keep |= {f.object.id for f in acquired if f.object.id in founded}
    return sorted_facts(f for f in store.facts_touching(sorted(keep))
                        if f.subject.id in keep and f.object.id in keep)
