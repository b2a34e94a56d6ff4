"""The PNG versions of the plots, drawn with matplotlib's Agg canvas (no pyplot, no GUI,
no global state). Names in Chinese script get their pinyin when no CJK font is installed,
so an image never shows empty boxes.

>>> latin("柳冠中") if not cjk_font() else "Liu Guanzhong"
'Liu Guanzhong'
"""

from __future__ import annotations

import contextlib
import re
import warnings
from functools import lru_cache
from typing import Any

import pandas as pd

__all__ = ["sankey_png", "timeline_png", "heatmap_png", "latin", "cjk_font", "new_figure"]

CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
CJK_FONTS = ("Noto Sans CJK", "Noto Sans SC", "Source Han Sans", "WenQuanYi", "Droid Sans Fallback",
             "AR PL", "SimHei", "Microsoft YaHei", "PingFang")


@lru_cache(maxsize=1)
def cjk_font() -> str | None:
    """The name of an installed font with Chinese glyphs, if any."""
    from matplotlib import font_manager

    for font in font_manager.fontManager.ttflist:
        if any(font.name.startswith(prefix) for prefix in CJK_FONTS):
            return font.name
    return None


def latin(text: str) -> str:
    """``text`` as it can be drawn: unchanged, or with Chinese characters as pinyin."""
    if cjk_font() or not CJK.search(text):
        return text
    from pypinyin import lazy_pinyin

    out = []
    for chunk in re.split(r"([\u3400-\u9fff\uf900-\ufaff]+)", text):
        if CJK.fullmatch(chunk[:1] or " ") and chunk:
            syll = lazy_pinyin(chunk)
            out.append(syll[0].capitalize() + (" " + "".join(syll[1:]).capitalize()
                                               if len(syll) > 1 else ""))
        else:
            out.append(chunk)
    return "".join(out)


@contextlib.contextmanager
def _style():
    import matplotlib

    families = [f for f in ("DejaVu Sans", cjk_font()) if f]
    with matplotlib.rc_context({"font.family": families}), warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # missing glyphs are handled by latin()
        yield


def new_figure(width: float, height: float) -> Any:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width, height))
    FigureCanvasAgg(fig)
    return fig


def sankey_png(links: pd.DataFrame, nodes: list[tuple[str, str]], title: str) -> Any:
    """An alluvial diagram: a column per stage, bands as wide as the number of people."""
    import numpy as np
    from matplotlib.patches import Rectangle

    from talentgraph.view.plots import STAGE_COLORS

    with _style():
        stages = [s for s in ("undergrad", "phd", "employer") if any(n[0] == s for n in nodes)]
        records = links.to_dict("records")
        size = {n: 0 for n in nodes}
        inflow = {n: 0 for n in nodes}
        for r in records:
            size[(r["source_stage"], r["source"])] += r["value"]
            inflow[(r["target_stage"], r["target"])] += r["value"]
        size = {n: max(size[n], inflow[n]) for n in nodes}
        columns = {s: [n for n in nodes if n[0] == s] for s in stages}
        gap = 0.4
        total = max([sum(size[n] for n in col) + gap * (len(col) - 1)
                     for col in columns.values()] or [1])
        fig = new_figure(11, max(4.0, 0.45 * max([len(c) for c in columns.values()] or [1]) + 2))
        ax = fig.add_subplot()
        width = 0.06
        top: dict[tuple[str, str], float] = {}
        for i, stage in enumerate(stages):
            y = total
            for node in columns[stage]:
                top[node] = y
                ax.add_patch(Rectangle((i - width / 2, y - size[node]), width, size[node],
                                       color=STAGE_COLORS[stage]))
                ax.text(i + (width if i < len(stages) - 1 else -width), y - size[node] / 2,
                        f"{latin(node[1])} ({size[node]})", va="center", fontsize=8,
                        ha="left" if i < len(stages) - 1 else "right")
                y -= size[node] + gap
            ax.text(i, total + 0.5, stage, ha="center", fontsize=10, weight="bold")
        out_off = {n: 0.0 for n in nodes}
        in_off = {n: 0.0 for n in nodes}
        xs = np.linspace(0, 1, 50)
        smooth = xs * xs * (3 - 2 * xs)
        for r in records:
            s, t = (r["source_stage"], r["source"]), (r["target_stage"], r["target"])
            x0, x1 = stages.index(s[0]) + width / 2, stages.index(t[0]) - width / 2
            s_top, t_top = top[s] - out_off[s], top[t] - in_off[t]
            upper = s_top + (t_top - s_top) * smooth
            ax.fill_between(x0 + (x1 - x0) * xs, upper - r["value"], upper,
                            color=STAGE_COLORS[s[0]], alpha=0.3, linewidth=0)
            out_off[s] += r["value"]
            in_off[t] += r["value"]
        ax.set_xlim(-0.2, max(len(stages) - 1, 1) + 0.2)
        ax.set_ylim(-0.5, total + 1.2)
        ax.axis("off")
        ax.set_title(latin(title))
        return fig


def timeline_png(points: pd.DataFrame, title: str) -> Any:
    """One row per organisation and relation; bars for dated spells, hollow marks if undated."""
    from matplotlib.lines import Line2D

    from talentgraph.view.plots import RELATION_COLORS

    with _style():
        rows = list(dict.fromkeys(points["row"]))
        known = [x for c in ("x0", "x1") for x in points[c] if x is not None and x == x]
        undated = (min(known) - 2) if known else 0.0
        fig = new_figure(10, max(2.5, 0.4 * len(rows) + 1.5))
        ax = fig.add_subplot()
        for r in points.to_dict("records"):
            y = rows.index(r["row"])
            xs = [x for x in (r["x0"], r["x1"]) if x is not None and x == x]
            color = "#d62728" if r["conflict"] else RELATION_COLORS.get(r["relation"], "#333333")
            style = "--" if r["hedged"] else "-"
            if len(xs) == 2:
                ax.plot(xs, [y, y], style, color=color, linewidth=6, solid_capstyle="butt")
            ax.plot(xs or [undated], [y] * max(len(xs), 1), "o", color=color,
                    markerfacecolor=color if xs else "white")
        ax.set_yticks(range(len(rows)), [latin(r) for r in rows], fontsize=8)
        ax.invert_yaxis()
        ticks = [undated]
        if known:
            ax.axvline(undated + 1, color="#bbbbbb", linestyle=":")
            first, last = int(undated) + 2, int(max(known)) + 1
            step = next(s for s in (1, 2, 5, 10, 20, 50) if (last - first) / s <= 10)
            ticks += list(range(first + (-first) % step, last + 1, step))
        ax.set_xticks(ticks, ["undated"] + [str(t) for t in ticks[1:]], fontsize=8)
        handles = [Line2D([], [], color="#d62728", linewidth=4, label="conflicting claim"),
                   Line2D([], [], color="#888888", linestyle="--", linewidth=2, label="hedged"),
                   Line2D([], [], marker="o", color="#888888", markerfacecolor="white",
                          linestyle="", label="no date stated")]
        ax.legend(handles=handles, fontsize=7, loc="lower right")
        ax.set_xlabel("year")
        ax.set_title(latin(title))
        ax.grid(axis="x", alpha=0.3)
        return fig


def heatmap_png(matrix: pd.DataFrame, title: str) -> Any:
    """Counts per school (rows) × employer (columns), each cell annotated."""
    with _style():
        fig = new_figure(max(5.0, 0.8 * len(matrix.columns) + 3),
                         max(3.0, 0.45 * len(matrix.index) + 2))
        ax = fig.add_subplot()
        values = matrix.to_numpy()
        image = ax.imshow(values, cmap="Blues", aspect="auto")
        ax.set_xticks(range(len(matrix.columns)), [latin(str(c)) for c in matrix.columns],
                      rotation=40, ha="right", fontsize=8)
        ax.set_yticks(range(len(matrix.index)), [latin(str(i)) for i in matrix.index], fontsize=8)
        peak = values.max() if values.size else 0
        for (i, j), v in pd.DataFrame(values).stack().items():
            ax.text(j, i, str(v), ha="center", va="center", fontsize=8,
                    color="white" if peak and v > peak / 2 else "black")
        fig.colorbar(image, ax=ax, label="people")
        ax.set_title(latin(title))
        return fig
