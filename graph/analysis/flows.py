"""Talent flows: undergraduate school → PhD school → employer, by institution or by country.

A person's undergraduate school is their best-supported ``bachelor`` claim; where no degree is
stated, their earliest other school that is not their PhD school stands in (``undergrad_basis``
says which). Each (person, employer) pair is one path; labs count as their organisation. With
``since``/``until`` only employment known to overlap those dates is counted (claims with no
date at all are left out then; a current job with no start date counts when ``until`` is open).

>>> from talentgraph.graph.store import open_store
>>> list(flows(open_store("networkx")).columns)
['undergrad', 'phd', 'employer', 'people', 'names']
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Literal

import pandas as pd

from talentgraph.errors import UserInputError
from talentgraph.facts import PARTIAL_DATE, Fact
from talentgraph.graph.analysis._common import OrgIndex, date_key, join, not_after, refs, sorted_facts
from talentgraph.graph.conflicts import rank_claims
from talentgraph.graph.store import GraphStore

__all__ = ["career_paths", "flows", "flow_links", "PATH_COLUMNS", "FLOW_COLUMNS", "STAGES"]

PATH_COLUMNS = ["person", "person_id", "undergrad", "undergrad_basis", "phd", "employer",
                "start", "end", "current", "evidence"]
FLOW_COLUMNS = ["undergrad", "phd", "employer", "people", "names"]
STAGES = ("undergrad", "phd", "employer")
By = Literal["institution", "country"]


def _schools(own: list[Fact]) -> tuple[str, str, str]:
    """(undergrad id, basis, phd id) from a person's EDUCATED_AT claims; '' when unknown."""
    edu = [f for f in own if f.relation == "EDUCATED_AT"]
    phd = next((f.object.id for f in rank_claims(f for f in edu if f.qualifiers.degree == "phd")), "")
    bachelor = rank_claims(f for f in edu if f.qualifiers.degree == "bachelor")
    if bachelor:
        return bachelor[0].object.id, "stated", phd
    others = sorted((f for f in edu if f.qualifiers.degree is None and f.object.id != phd),
                    key=lambda f: (not f.qualifiers.start, date_key(f.qualifiers.start),
                                   f.hedged, -f.confidence, f.id))
    if others:
        return others[0].object.id, "inferred", phd
    return "", "", phd


def _date_option(value: str | int | None, name: str) -> str | None:
    if value is None:
        return None
    if not re.fullmatch(PARTIAL_DATE, str(value)):
        raise UserInputError(f"{name} {value!r} is not a date; give a year or an ISO date such as "
                             "2024 or 2024-06", code="E092")
    return str(value)


def _in_range(start: str, end: str, current: bool, since: str | None, until: str | None) -> bool:
    if since is None and until is None:
        return True
    lo = start or end
    if not lo:
        return current and until is None
    hi = end or ("" if current else start)  # "" = still there
    if since is not None and hi and not not_after(since, hi):
        return False
    return until is None or not_after(lo, until)


def career_paths(store: GraphStore, *, since: str | int | None = None,
                 until: str | int | None = None, by: By = "institution",
                 latest: bool = False) -> pd.DataFrame:
    """One row per (person, employer): the person's schools and that employment spell.

    With ``latest`` only each person's latest employer is kept (a current one first, then the
    latest date), so every person is counted once."""
    since, until = _date_option(since, "since"), _date_option(until, "until")
    facts = sorted_facts(store.all_facts())
    orgs = OrgIndex(facts)
    own: dict[str, list[Fact]] = defaultdict(list)
    for fact in facts:
        if fact.subject.type == "Person":
            own[fact.subject.id].append(fact)
    label = orgs.name if by == "institution" else orgs.country
    rows = []
    for pid in sorted(own):
        undergrad, basis, phd = _schools(own[pid])
        jobs: dict[str, list[Fact]] = defaultdict(list)
        for fact in own[pid]:
            if fact.relation == "EMPLOYED_BY":
                jobs[orgs.top(fact.object.id)].append(fact)
        mine = []
        for employer in sorted(jobs, key=orgs.name):
            spell = jobs[employer]
            starts = sorted((f.qualifiers.start for f in spell if f.qualifiers.start), key=date_key)
            ends = sorted((f.qualifiers.end for f in spell if f.qualifiers.end), key=date_key)
            current = any(f.qualifiers.current for f in spell)
            start, end = (starts[0] if starts else ""), ("" if current or not ends else ends[-1])
            if not _in_range(start, end, current, since, until):
                continue
            mine.append({
                "person": orgs.name(pid), "person_id": pid,
                "undergrad": label(undergrad) if undergrad else "", "undergrad_basis": basis,
                "phd": label(phd) if phd else "", "employer": label(employer),
                "start": start, "end": end, "current": current, "evidence": refs(spell),
            })
        if latest and mine:
            mine = [max(mine, key=lambda r: (r["current"], date_key(r["end"] or r["start"])))]
        rows += mine
    return pd.DataFrame(rows, columns=PATH_COLUMNS)


def flows(store: GraphStore, *, since: str | int | None = None, until: str | int | None = None,
          by: By = "institution", latest: bool = False) -> pd.DataFrame:
    """How many people went along each undergrad → PhD → employer path ('' = not known).

    A person with two employers is on two paths, unless ``latest`` keeps only the latest one.

    >>> from talentgraph.graph.store import open_store
    >>> flows(open_store("networkx"), since=2020, by="country").empty
    True
    """
    paths = career_paths(store, since=since, until=until, by=by, latest=latest)
    if paths.empty:
        return pd.DataFrame(columns=FLOW_COLUMNS)
    grouped = paths.groupby(list(STAGES), sort=True)["person"].agg(lambda s: sorted(set(s)))
    rows = [{"undergrad": u, "phd": p, "employer": e, "people": len(names), "names": join(names)}
            for (u, p, e), names in grouped.items()]
    rows.sort(key=lambda r: (-r["people"], r["undergrad"], r["phd"], r["employer"]))
    return pd.DataFrame(rows, columns=FLOW_COLUMNS)


def flow_links(flow_table: pd.DataFrame) -> pd.DataFrame:
    """Sankey links between consecutive known stages: ``source_stage, source, target_stage,
    target, value``. An unknown stage is skipped (undergrad → employer when no PhD is known)."""
    links: dict[tuple[str, str, str, str], int] = defaultdict(int)
    for row in flow_table.to_dict("records"):
        known = [(stage, row[stage]) for stage in STAGES if row[stage]]
        for (s_stage, s), (t_stage, t) in zip(known, known[1:]):
            links[(s_stage, s, t_stage, t)] += int(row["people"])
    order = {stage: i for i, stage in enumerate(STAGES)}
    rows = [{"source_stage": a, "source": b, "target_stage": c, "target": d, "value": v}
            for (a, b, c, d), v in sorted(links.items(), key=lambda kv: (
                order[kv[0][0]], order[kv[0][2]], -kv[1], kv[0][1], kv[0][3]))]
    return pd.DataFrame(rows, columns=["source_stage", "source", "target_stage", "target", "value"])
