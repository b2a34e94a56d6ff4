"""The interactive graph view: one self-contained HTML file that works offline.

Nodes and edges are assembled with pyvis; the page is rendered from talentgraph's own template,
which inlines vis-network (shipped inside pyvis) and puts every text from the articles into the
page as data, shown with ``textContent`` — never as HTML — so names and quotes cannot inject
markup or scripts.

>>> from talentgraph.view.html import graph_data
>>> graph_data([])["nodes"]
[]
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from importlib import resources
from pathlib import Path

from talentgraph.errors import UserInputError
from talentgraph.facts import Fact
from talentgraph.graph.conflicts import find_conflicts
from talentgraph.graph.store import GraphStore
from talentgraph.ontology.vocab import RELATIONS
from talentgraph.render import describe_claim, evidence_refs

__all__ = ["write_view", "graph_data", "facts_for_view", "filter_facts", "node_size", "MAX_NODES",
           "STYLE"]

MAX_NODES = 2000
STYLE = {
    "Person": {"color": "#1f77b4", "shape": "dot"},
    "University": {"color": "#2ca02c", "shape": "square"},
    "Company": {"color": "#ff7f0e", "shape": "diamond"},
    "Lab": {"color": "#9467bd", "shape": "triangle"},
}
OPTIONS = {
    "physics": {"solver": "forceAtlas2Based",
                "forceAtlas2Based": {"gravitationalConstant": -80, "springLength": 140,
                                     "avoidOverlap": 0.8},
                "stabilization": {"iterations": 400}},
    "interaction": {"hover": True, "tooltipDelay": 120},
    "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
              "font": {"size": 11, "color": "#555555", "strokeWidth": 3},
              "smooth": {"type": "dynamic"}},
    "nodes": {"font": {"size": 22, "strokeWidth": 4, "strokeColor": "#ffffff"}},
}


def node_size(degree: int) -> float:
    """Grows with the square root of the degree, capped, so hubs do not swallow their neighbours.

    >>> node_size(1), node_size(100)
    (16.0, 36.0)
    """
    return round(12 + min(24.0, 4 * degree ** 0.5), 1)


def _year(fact: Fact) -> int | None:
    date = fact.qualifiers.start or fact.qualifiers.end
    return int(date[:4]) if date else None


def _edge_tooltip(fact: Fact, conflicting: bool) -> str:
    lines = [f"{fact.subject.name} {fact.relation} {fact.object.name}"]
    if details := describe_claim(fact):
        lines.append(details)
    lines.append(f"confidence {fact.confidence:.2f}" + (" · hedged" if fact.hedged else ""))
    if conflicting:
        lines.append("CONFLICT: other sources disagree on this")
    for ev in fact.evidence:
        lines.append(f"“{ev.quote}” — {evidence_refs([ev])}")
    return "\n".join(lines)


def _focus(facts: list[Fact], focus: Sequence[str], radius: int) -> list[Fact]:
    keep = set(focus)
    for _ in range(radius):
        keep |= {e.id for f in facts if {f.subject.id, f.object.id} & keep
                 for e in (f.subject, f.object)}
    return [f for f in facts if f.subject.id in keep and f.object.id in keep]


def facts_for_view(store: GraphStore, *, school: str | None = None,
                   employer: str | None = None) -> list[Fact]:
    """Every fact of the store, or with ``school`` and ``employer`` only that cohort's
    sub-graph (:func:`talentgraph.graph.analysis.alumni_subgraph`)."""
    if school is None and employer is None:
        return store.all_facts()
    if not (school and employer):
        raise UserInputError("--school and --employer go together; give both, e.g. "
                             "--school 清华 --employer 英伟达", code="E093")
    from talentgraph.graph.analysis import alumni_subgraph

    return alumni_subgraph(store, school, employer)


def filter_facts(facts: Iterable[Fact], *, relations: Sequence[str] | None = None,
                 since: int | None = None, until: int | None = None) -> list[Fact]:
    """Only the given relations, and only claims dated within [since, until] (undated stay).

    >>> filter_facts([], relations=["EMPLOYED_BY"])
    []
    """
    known = set(RELATIONS)
    unknown = sorted(set(relations or ()) - known)
    if unknown:
        raise UserInputError(f"unknown relation {unknown[0]!r}; choose from "
                             + ", ".join(sorted(known)), code="E094")
    out = []
    for fact in facts:
        year = _year(fact)
        if relations and fact.relation not in relations:
            continue
        if year is not None and ((since is not None and year < since)
                                 or (until is not None and year > until)):
            continue
        out.append(fact)
    return out


def graph_data(facts: Iterable[Fact], *, focus: Sequence[str] = (), radius: int = 1,
               max_nodes: int = MAX_NODES, title: str = "talentgraph",
               relations: Sequence[str] | None = None, since: int | None = None,
               until: int | None = None) -> dict:
    """Nodes, edges, options and legend for the page, built with pyvis."""
    from pyvis.network import Network

    facts = filter_facts(facts, relations=relations, since=since, until=until)
    if focus:
        facts = _focus(facts, focus, radius)
    degree = Counter(e.id for f in facts for e in (f.subject, f.object))
    notice = ""
    if len(degree) > max_nodes:
        keep = {n for n, _ in degree.most_common(max_nodes)}
        facts = [f for f in facts if f.subject.id in keep and f.object.id in keep]
        notice = (f"Showing the {max_nodes} best-connected of {len(degree)} entities; "
                  "use --focus NAME for one person's neighbourhood or --school S --employer E "
                  "for one cohort.")
        degree = Counter(e.id for f in facts for e in (f.subject, f.object))
    conflicted = {f.id for c in find_conflicts(facts) for f in c.claims}
    entity_facts: dict[str, list[Fact]] = defaultdict(list)
    net = Network(directed=True)
    for fact in facts:
        for ent in (fact.subject, fact.object):
            entity_facts[ent.id].append(fact)
            if ent.id not in net.node_ids:
                style = STYLE[ent.type]
                net.add_node(ent.id, label=ent.name, shape=style["shape"], color=style["color"],
                             size=node_size(degree[ent.id]), type=ent.type)
        conflicting = fact.id in conflicted
        net.add_edge(fact.subject.id, fact.object.id, id=fact.id,
                     label=fact.relation + (f" {_year(fact)}" if _year(fact) else ""),
                     relation=fact.relation, year=_year(fact), conflict=conflicting,
                     hedged=fact.hedged, dashes=fact.hedged,
                     color="#d62728" if conflicting else "#999999",
                     width=3 if conflicting else 1,
                     tooltip=_edge_tooltip(fact, conflicting))
    nodes = []
    for node in net.nodes:
        own = entity_facts[node["id"]]
        aliases = next(e for f in own for e in (f.subject, f.object) if e.id == node["id"]).aliases
        tooltip = "\n".join([f"{node['label']} ({node['type']})",
                             "also: " + ", ".join(aliases) if aliases else "",
                             f"{len(own)} claims"]).replace("\n\n", "\n")
        nodes.append({k: node[k] for k in ("id", "label", "shape", "color", "size", "type")}
                     | {"tooltip": tooltip})
    edges = [{k: e[k] for k in ("id", "from", "to", "label", "relation", "year", "conflict",
                                  "hedged", "dashes", "color", "width", "tooltip")}
             for e in net.edges]
    people = sum(1 for n in nodes if n["type"] == "Person")
    return {
        "nodes": nodes,
        "edges": edges,
        "options": OPTIONS,
        "legend": STYLE,
        "relations": sorted({e["relation"] for e in edges}),
        "summary": f"{people} people, {len(nodes) - people} organisations, {len(edges)} claims"
                   f" ({len(conflicted)} in conflict)",
        "notice": notice,
        "title": title,
    }


def write_view(facts: Iterable[Fact], path: str | Path, **options: object) -> Path:
    """Write the page to ``path`` and return it."""
    import jinja2
    import pyvis

    data = graph_data(facts, **options)
    lib = Path(pyvis.__file__).parent / "lib" / "vis-9.1.2"
    template = resources.files("talentgraph.view").joinpath("templates/graph.html.j2").read_text(
        encoding="utf-8")
    env = jinja2.Environment(autoescape=True)
    page = env.from_string(template).render(
        title=data["title"],
        vis_js=_markup(lib / "vis-network.min.js"),
        vis_css=_markup(lib / "vis-network.css"),
        data_json=_markup_text(_script_safe(json.dumps(data, ensure_ascii=False))),
    )
    path = Path(path)
    path.write_text(page, encoding="utf-8")
    return path


def _script_safe(text: str) -> str:
    """JSON text with no ``<``, ``>`` or ``&`` left, so it cannot end its <script> element."""
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


def _markup(path: Path):
    """A bundled asset, with the one sequence that would end its element made harmless."""
    text = path.read_text(encoding="utf-8")
    return _markup_text(re.sub(r"</(script|style)", r"<\\/\1", text, flags=re.IGNORECASE))


def _markup_text(text: str):
    from markupsafe import Markup

    return Markup(text)
