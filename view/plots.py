"""Plots of the analyses: a Sankey of talent flows, a career timeline, the school × employer
heat map. Each returns a plotly figure (interactive; shown inline in notebooks) or, with
``engine="matplotlib"``, a matplotlib figure; :func:`save` writes ``.html`` (plotly, with
plotly.js inlined, so the file works offline) or ``.png`` (matplotlib, Agg, no pyplot state).
Nothing is downloaded at run time.

>>> import pandas as pd
>>> fig = heatmap(pd.DataFrame({"Nvidia": [6]}, index=["Tsinghua University"]))
>>> fig.data[0].type
'heatmap'
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path
from typing import Any, Literal

import pandas as pd

from talentgraph.errors import UserInputError

__all__ = ["sankey", "timeline", "heatmap", "save", "ENGINES", "engine_for", "STAGE_COLORS",
           "timeline_points"]

Engine = Literal["plotly", "matplotlib"]
ENGINES: dict[str, Engine] = {".html": "plotly", ".png": "matplotlib"}
STAGE_COLORS = {"undergrad": "#2ca02c", "phd": "#17becf", "employer": "#ff7f0e"}
RELATION_COLORS = {"EDUCATED_AT": "#2ca02c", "EMPLOYED_BY": "#ff7f0e", "FOUNDED": "#d62728",
                   "ADVISED_BY": "#9467bd", "ACQUIRED": "#8c564b", "INVESTED_IN": "#e377c2",
                   "PART_OF": "#7f7f7f"}


def engine_for(path: str | Path) -> Engine:
    """The engine that writes a file with this suffix: ``.html`` → plotly, ``.png`` → matplotlib."""
    suffix = Path(path).suffix.lower()
    if suffix not in ENGINES:
        raise UserInputError(f"cannot write a plot as {suffix or 'a file without a suffix'!r}; "
                             "name the output FILE.html (interactive) or FILE.png (image)",
                             code="E090")
    return ENGINES[suffix]


def _nothing(why: str) -> UserInputError:
    return UserInputError(f"nothing to plot: {why}; build from more articles or widen the "
                          "date range", code="E095")


def _sankey_nodes(links: pd.DataFrame) -> list[tuple[str, str]]:
    from talentgraph.graph.analysis.flows import STAGES

    nodes = {(r["source_stage"], r["source"]) for r in links.to_dict("records")}
    nodes |= {(r["target_stage"], r["target"]) for r in links.to_dict("records")}
    return sorted(nodes, key=lambda n: (STAGES.index(n[0]), n[1]))


def sankey(flow_table: pd.DataFrame, *, engine: Engine = "plotly",
           title: str = "Talent flows: undergraduate → PhD → employer") -> Any:
    """A Sankey diagram of :func:`talentgraph.graph.analysis.flows` (stages left to right)."""
    from talentgraph.graph.analysis.flows import flow_links

    links = flow_links(flow_table)
    if links.empty:
        raise _nothing("no person has two known stages (school and employer) to draw a flow")
    if engine == "matplotlib":
        from talentgraph.view.plots_mpl import sankey_png

        return sankey_png(links, _sankey_nodes(links), title)
    import plotly.graph_objects as go

    nodes = _sankey_nodes(links)
    index = {n: i for i, n in enumerate(nodes)}
    records = links.to_dict("records")
    fig = go.Figure(go.Sankey(
        arrangement="snap",
        node={"label": [name for _, name in nodes], "pad": 14, "thickness": 16,
              "color": [STAGE_COLORS[stage] for stage, _ in nodes],
              "customdata": [stage for stage, _ in nodes],
              "hovertemplate": "%{label} (%{customdata}): %{value} people<extra></extra>"},
        link={"source": [index[(r["source_stage"], r["source"])] for r in records],
              "target": [index[(r["target_stage"], r["target"])] for r in records],
              "value": [int(r["value"]) for r in records],
              "color": "rgba(120,120,120,0.35)"},
    ))
    fig.update_layout(title=title, font={"size": 12}, height=max(420, 28 * len(nodes)))
    return fig


def _fraction_year(date: str) -> float:
    parts = [int(p) for p in date.split("-")]
    return parts[0] + ((parts[1] - 1) / 12 if len(parts) > 1 else 0.0)


def timeline_points(frame: pd.DataFrame, *, now: float | None = None) -> pd.DataFrame:
    """Where each claim of :func:`talentgraph.graph.analysis.timeline` goes on the time axis:
    ``row`` (who or where), ``x0``/``x1`` in fractional years (None when no date is stated)
    and the hover ``text`` with the evidence."""
    now = now if now is not None else _dt.date.today().year + (_dt.date.today().month - 1) / 12
    out = []
    for r in frame.to_dict("records"):
        x0 = _fraction_year(r["start"]) if r["start"] else None
        x1 = _fraction_year(r["end"]) if r["end"] else (now if r["current"] else None)
        text = (f"{r['relation']} {r['other']}" + (f" — {r['details']}" if r["details"] else "")
                + ("<br>CONFLICT: sources disagree" if r["conflict"] else "")
                + f"<br>“{r['quote']}”<br>{r['evidence']}")
        out.append({"person": r["person"], "row": f"{r['other']} ({r['relation']})",
                    "relation": r["relation"], "x0": x0, "x1": x1, "text": text,
                    "hedged": bool(r["hedged"]), "conflict": bool(r["conflict"])})
    return pd.DataFrame(out, columns=["person", "row", "relation", "x0", "x1", "text", "hedged",
                                      "conflict"])


def timeline(frame: pd.DataFrame, *, engine: Engine = "plotly", title: str | None = None) -> Any:
    """A person's claims on a time axis; claims with no date stand in an 'undated' column."""
    points = timeline_points(frame)
    title = title or ("Career of " + ", ".join(dict.fromkeys(points["person"])) if len(points)
                      else "Career timeline")
    if engine == "matplotlib":
        from talentgraph.view.plots_mpl import timeline_png

        return timeline_png(points, title)
    import plotly.graph_objects as go

    known = [x for col in ("x0", "x1") for x in points[col] if x is not None and x == x]
    undated = (min(known) - 2) if known else 0.0
    fig = go.Figure()
    for r in points.to_dict("records"):
        xs = [x for x in (r["x0"], r["x1"]) if x is not None and x == x] or [undated]
        color = "#d62728" if r["conflict"] else RELATION_COLORS.get(r["relation"], "#333333")
        fig.add_trace(go.Scatter(
            x=xs, y=[r["row"]] * len(xs), mode="lines+markers", hovertext=r["text"],
            hoverinfo="text", showlegend=False,
            line={"width": 8, "color": color, "dash": "dot" if r["hedged"] else "solid"},
            marker={"size": 11, "color": color,
                    "symbol": "circle-open" if xs == [undated] else "circle"}))
    ticks = {"tickvals": [undated], "ticktext": ["undated"]} if not known else {}
    fig.update_layout(title=title, xaxis={"title": "year", **ticks}, yaxis={"title": ""},
                      height=max(320, 34 * points["row"].nunique() + 140), hovermode="closest")
    if known:
        fig.add_vline(x=undated + 1, line={"color": "#bbbbbb", "dash": "dash"})
        fig.add_annotation(x=undated, y=1.02, yref="paper", text="undated", showarrow=False)
    return fig


def heatmap(matrix: pd.DataFrame, *, engine: Engine = "plotly",
            title: str = "Alumni by employer (people per school × employer)") -> Any:
    """The :func:`talentgraph.graph.analysis.alumni_matrix` as a heat map, counts in each cell."""
    if matrix.empty:
        raise _nothing("no person has both a school and an employer here")
    if engine == "matplotlib":
        from talentgraph.view.plots_mpl import heatmap_png

        return heatmap_png(matrix, title)
    import plotly.graph_objects as go

    fig = go.Figure(go.Heatmap(
        z=matrix.to_numpy().tolist(), x=[str(c) for c in matrix.columns],
        y=[str(i) for i in matrix.index], colorscale="Blues", texttemplate="%{z}",
        hovertemplate="%{y} → %{x}: %{z} people<extra></extra>"))
    fig.update_layout(title=title, yaxis={"autorange": "reversed"},
                      height=max(360, 40 * len(matrix.index) + 200))
    return fig


def save(figure: Any, path: str | Path) -> Path:
    """Write a figure: plotly → self-contained ``.html``; matplotlib → ``.png``."""
    path = Path(path)
    engine = engine_for(path)
    is_plotly = type(figure).__module__.startswith("plotly")
    if (engine == "plotly") != is_plotly:
        raise UserInputError(f"a {'plotly' if is_plotly else 'matplotlib'} figure cannot be "
                             f"written as {path.suffix}; use engine={engine!r}", code="E091")
    if is_plotly:
        figure.write_html(path, include_plotlyjs=True, include_mathjax=False, full_html=True,
                          config={"displaylogo": False})
    else:
        figure.savefig(path, dpi=120, bbox_inches="tight")
    return path
