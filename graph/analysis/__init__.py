"""Analyses over any :class:`~talentgraph.graph.store.GraphStore`, as pandas DataFrames.

Each is a plain function built on the store's primitives (mostly ``all_facts``), so the
embedded, RDF and networkx stores give the same frame, rows in a fixed order.

- :func:`clusters` — communities of people tied by shared schools, employers, startups, advisors
- :func:`flows` — undergraduate school → PhD school → employer counts (or by country)
- :func:`moves` — who moved from employer A to employer B, when, with sources
- :func:`cohort` — people sharing a school and an employer, and the ties among them
- :func:`alumni_matrix` — school × employer counts; :func:`timeline` — one person's claims

>>> from talentgraph.graph.store import open_store
>>> from talentgraph.graph.analysis import flows
>>> flows(open_store("networkx")).empty
True
"""

from talentgraph.graph.analysis.clusters import CLUSTER_COLUMNS, clusters
from talentgraph.graph.analysis.cohort import (COHORT_COLUMNS, TIE_COLUMNS, alumni_matrix,
                                               alumni_subgraph, cohort, cohort_ties)
from talentgraph.graph.analysis.flows import FLOW_COLUMNS, PATH_COLUMNS, career_paths, flow_links, flows
from talentgraph.graph.analysis.moves import MOVE_COLUMNS, moves
from talentgraph.graph.analysis.timeline import TIMELINE_COLUMNS, timeline

__all__ = [
    "clusters", "flows", "career_paths", "flow_links", "moves", "cohort", "cohort_ties",
    "alumni_matrix", "alumni_subgraph", "timeline",
    "CLUSTER_COLUMNS", "FLOW_COLUMNS", "PATH_COLUMNS", "MOVE_COLUMNS", "COHORT_COLUMNS",
    "TIE_COLUMNS", "TIMELINE_COLUMNS",
]
