"""Plots: the right labels and values, self-contained HTML (plotly.js inlined), real PNGs."""

import re

import pandas as pd
import pytest

from talentgraph.errors import UserInputError
from talentgraph.graph import analysis
from talentgraph.graph.store import open_store
from talentgraph.view import plots
from talentgraph.view.plots_mpl import latin
from tests.test_analysis import FACTS

PNG = b"\x89PNG\r\n\x1a\n"
REMOTE = re.compile(r"<(script|link|img|iframe)[^>]+(src|href)=[\"']?(https?:)?//", re.I)


@pytest.fixture(scope="module")
def store():
    s = open_store("networkx")
    s.load(FACTS)
    return s


def test_sankey_nodes_per_stage_and_link_values(store):
    fig = plots.sankey(analysis.flows(store))
    sankey = fig.data[0]
    labels = list(sankey.node.label)
    stages = list(sankey.node.customdata)
    assert ("undergrad", "Tsinghua University") in zip(stages, labels)
    assert ("employer", "Peking University") not in zip(stages, labels)  # Ed: no school known
    links = {(labels[s], labels[t]): v for s, t, v in zip(sankey.link.source, sankey.link.target,
                                                          sankey.link.value)}
    assert links[("Tsinghua University", "Stanford University")] == 4
    assert links[("Peking University", "Meta")] == 2


def test_html_is_self_contained(store, tmp_path):
    for name, fig in [("sankey", plots.sankey(analysis.flows(store))),
                      ("timeline", plots.timeline(analysis.timeline(store, "Ann"))),
                      ("heatmap", plots.heatmap(analysis.alumni_matrix(store)))]:
        page = plots.save(fig, tmp_path / f"{name}.html").read_text(encoding="utf-8")
        assert not REMOTE.search(page), name
        assert "Plotly.newPlot" in page and len(page) > 1_000_000  # plotly.js is inside


def test_timeline_places_dated_and_undated_claims(store):
    frame = analysis.timeline(store, "Ann")
    points = plots.timeline_points(frame, now=2026.0)
    nvidia = points[points["row"] == "Nvidia Research (EMPLOYED_BY)"].iloc[0]
    assert (nvidia["x0"], nvidia["x1"]) == (2021.0, 2026.0)
    school = points[points["row"] == "Tsinghua University (EDUCATED_AT)"].iloc[0]
    assert pd.isna(school["x0"]) and pd.isna(school["x1"])
    assert "t.txt[" in school["text"]
    fig = plots.timeline(frame)
    assert fig.layout.title.text == "Career of Ann"
    assert {t.y[0] for t in fig.data} == set(points["row"])


def test_heatmap_values(store):
    matrix = analysis.alumni_matrix(store)
    fig = plots.heatmap(matrix)
    z = dict(zip(fig.data[0].y, fig.data[0].z))
    assert z["Peking University"][list(fig.data[0].x).index("Meta")] == 2


@pytest.mark.parametrize("kind", ["sankey", "timeline", "heatmap"])
def test_png_with_matplotlib(store, tmp_path, kind):
    data = {"sankey": lambda: analysis.flows(store), "timeline": lambda: analysis.timeline(store, "Cy"),
            "heatmap": lambda: analysis.alumni_matrix(store)}[kind]()
    fig = getattr(plots, kind)(data, engine="matplotlib")
    texts = {t.get_text() for ax in fig.axes for t in ax.texts + ax.get_yticklabels() + ax.get_xticklabels()}
    assert texts & {"Peking University", "Peking University (3)", "Meta (EMPLOYED_BY)"}
    path = plots.save(fig, tmp_path / f"{kind}.png")
    assert path.read_bytes()[:8] == PNG


def test_save_checks_the_suffix(store, tmp_path):
    fig = plots.heatmap(analysis.alumni_matrix(store))
    with pytest.raises(UserInputError, match="E090"):
        plots.save(fig, tmp_path / "x.pdf")
    with pytest.raises(UserInputError, match="E091"):
        plots.save(fig, tmp_path / "x.png")


def test_nothing_to_plot_is_a_clear_error(tmp_path):
    empty = open_store("networkx")
    with pytest.raises(UserInputError, match="E095"):
        plots.heatmap(analysis.alumni_matrix(empty))
    with pytest.raises(UserInputError, match="E095"):
        plots.sankey(analysis.flows(empty))


def test_chinese_names_stay_readable_without_a_cjk_font():
    from talentgraph.view.plots_mpl import cjk_font

    if cjk_font():
        assert latin("柳冠中") == "柳冠中"
    else:
        assert latin("柳冠中") == "Liu Guanzhong"
    assert latin("Nvidia") == "Nvidia"
