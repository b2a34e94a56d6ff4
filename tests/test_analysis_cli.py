"""The analysis commands: query clusters|flows|moves|cohort, plot ..., view --school/--employer."""

import csv
import io
import json
import re

import pytest

from talentgraph.build import write_outputs
from talentgraph.cli import main
from tests.test_analysis import FACTS


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("analysis") / "out"
    write_outputs(FACTS, out, sources=[], problems=[])
    return out


def run(capsys, *args):
    code = main([str(a) for a in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.mark.parametrize("backend", ["embedded", "rdf", "networkx"])
@pytest.mark.parametrize("command", [["clusters"], ["flows"], ["flows", "--by", "country"],
                                     ["moves"], ["cohort", "清华", "英伟达"]])
def test_csv_is_the_same_from_every_backend(capsys, built, command, backend):
    code, out, _ = run(capsys, "query", *command, "--db", built, "-b", backend, "-f", "csv")
    assert code == 0
    _, reference, _ = run(capsys, "query", *command, "--db", built, "-b", "networkx", "-f", "csv")
    assert out == reference and len(list(csv.DictReader(io.StringIO(out)))) >= 1


def test_moves_json(capsys, built):
    code, out, _ = run(capsys, "query", "moves", "--to", "Nvidia", "--db", built, "-f", "json")
    assert code == 0
    data = json.loads(out)
    assert [(m["person"], m["from_employer"], m["when"]) for m in data] == [
        ("Ann", "Google", "2021"), ("Bo", "Google", "")]
    assert all(re.fullmatch(r"(t\.txt\[\d+:\d+\](; )?)+", m["evidence"]) for m in data)


def test_cohort_json_has_people_and_ties(capsys, built):
    code, out, _ = run(capsys, "query", "cohort", "Tsinghua University", "Nvidia", "--db", built,
                       "-f", "json")
    data = json.loads(out)
    assert code == 0 and [p["person"] for p in data["people"]] == ["Ann", "Bo"]
    assert {t["kind"] for t in data["ties"]} == {"co-founded", "same acquired company"}


def test_flows_table_and_bad_date(capsys, built):
    code, out, _ = run(capsys, "query", "flows", "--since", "2021", "--db", built)
    assert code == 0 and "Nvidia" in out and "Google" not in out
    code, _, err = run(capsys, "query", "flows", "--since", "soon", "--db", built)
    assert code == 64 and "E092" in err and len(err.strip().splitlines()) == 1


def test_clusters_table(capsys, built):
    code, out, _ = run(capsys, "query", "clusters", "--db", built)
    assert code == 0 and "Cy" in out and "Ann" in out


@pytest.mark.parametrize("kind,args,expect", [
    ("sankey", [], "Stanford University"),
    ("timeline", ["Ann"], "Nvidia Research"),
    ("heatmap", [], "Peking University"),
])
@pytest.mark.parametrize("suffix", [".html", ".png"])
def test_plot_commands_write_files(capsys, built, tmp_path, kind, args, expect, suffix):
    target = tmp_path / f"{kind}{suffix}"
    code, _, err = run(capsys, "plot", kind, *args, "-o", target, "--db", built)
    assert code == 0 and f"wrote {target}" in err
    data = target.read_bytes()
    if suffix == ".png":
        assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 5000
    else:
        page = data.decode("utf-8")
        assert expect in page
        assert not re.search(r"<(script|link|img|iframe)[^>]+(src|href)=[\"']?https?:", page)


def test_plot_with_an_unknown_suffix_is_one_line(capsys, built, tmp_path):
    code, _, err = run(capsys, "plot", "heatmap", "-o", tmp_path / "x.svg", "--db", built)
    assert code == 64 and "E090" in err and len(err.strip().splitlines()) == 1


def test_view_of_a_cohort(capsys, built, tmp_path):
    target = tmp_path / "cohort.html"
    code, _, _ = run(capsys, "view", "--school", "清华", "--employer", "英伟达", "-o", target, "--db", built)
    assert code == 0
    payload = re.search(r'<script id="graph-data" type="application/json">(.*?)</script>',
                        target.read_text(encoding="utf-8"), re.S)
    data = json.loads(payload.group(1))
    assert {n["label"] for n in data["nodes"]} == {"Ann", "Bo", "Tsinghua University", "Nvidia",
                                                  "Nvidia Research", "X Labs"}
    assert "清华 alumni at 英伟达" in data["title"]


def test_view_filters_and_errors(capsys, built, tmp_path):
    target = tmp_path / "v.html"
    code, _, _ = run(capsys, "view", "--relation", "EMPLOYED_BY", "--since", "2021", "-o", target,
                     "--db", built)
    assert code == 0
    data = json.loads(re.search(r'type="application/json">(.*?)</script>',
                                target.read_text(encoding="utf-8"), re.S).group(1))
    assert data["relations"] == ["EMPLOYED_BY"]
    assert all(e["year"] is None or e["year"] >= 2021 for e in data["edges"])
    code, _, err = run(capsys, "view", "--school", "清华", "-o", target, "--db", built)
    assert code == 64 and "E093" in err
    code, _, err = run(capsys, "view", "--relation", "KNOWS", "-o", target, "--db", built)
    assert code == 64 and "E094" in err
