"""The CLI: exit codes, one-line errors without tracebacks, formats, and documentation."""

import csv
import io
import json
import re
import subprocess
import sys

import pytest

from talentgraph.build import write_outputs
from talentgraph.cli import app, main, query_app
from tests.conftest import REPO


@pytest.fixture
def built(tmp_path, small_facts):
    out = tmp_path / "out"
    write_outputs(small_facts, out, sources=[], problems=[])
    return out


def run(capsys, *args):
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_alumni_at_json(capsys, built):
    code, out, _ = run(capsys, "query", "alumni-at", "清華", "英偉達", "--db", str(built), "-f", "json")
    assert code == 0
    data = json.loads(out)
    assert [p["person"]["name"] for p in data["people"]] == ["Ada Wu", "Ben Li"]
    assert data["people"][0]["education"][0]["evidence"][0]["source"] == "small.txt"


@pytest.mark.parametrize("backend", ["embedded", "rdf", "networkx"])
def test_csv_is_the_same_from_every_backend(capsys, built, backend):
    code, out, _ = run(capsys, "query", "person", "Ben Li", "--db", str(built), "-b", backend, "-f", "csv")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert {r["relation"] for r in rows} == {"EDUCATED_AT", "EMPLOYED_BY", "FOUNDED"}
    assert all(re.fullmatch(r"small\.txt\[\d+:\d+\]", r["evidence"]) for r in rows)


def test_table_shows_conflict(capsys, built):
    code, out, _ = run(capsys, "query", "person", "李本", "--db", str(built))
    assert code == 0 and "conflict" in out and "director" in out


def test_unknown_name_is_one_line_exit_3(capsys, built):
    code, out, err = run(capsys, "query", "person", "Nobody Here", "--db", str(built))
    assert code == 3
    assert err.strip().count("\n") == 0 and "no entity is called 'Nobody Here'" in err


def test_missing_db_is_a_usage_error(capsys, tmp_path):
    code, _, err = run(capsys, "query", "conflicts", "--db", str(tmp_path / "nope"))
    assert code == 64 and "run `talentgraph build` first" in err


def test_cypher_with_parameters(capsys, built):
    code, out, _ = run(capsys, "cypher", "MATCH (p:Person)-[r:EDUCATED_AT]->(u) WHERE u.name = $u "
                       "RETURN p.name AS name ORDER BY name", "--param", "u=Tsinghua University",
                       "--db", str(built), "-f", "json")
    assert code == 0
    assert [r["name"] for r in json.loads(out)] == ["Ada Wu", "Ben Li"]


def test_cypher_error_is_one_line(capsys, built):
    code, _, err = run(capsys, "cypher", "MATCH (n RETURN n", "--db", str(built))
    assert code == 2 and "Cypher error" in err and "Traceback" not in err


def test_sparql_with_parameters(capsys, built):
    query = ("PREFIX tg: <https://talentgraph.dev/ontology#> "
             "SELECT ?name WHERE { ?p tg:educatedAt ?u . ?u tg:name ?uname . ?p tg:name ?name } ORDER BY ?name")
    code, out, _ = run(capsys, "sparql", query, "--db", str(built), "-f", "json")
    assert code == 0
    assert [r["name"] for r in json.loads(out)] == ["Ada Wu", "Ben Li"]


def test_validate_reports_file_and_line(capsys, tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"v": 1}\n', encoding="utf-8")
    code, _, err = run(capsys, "validate", str(bad))
    assert code == 1 and f"{bad}:1:" in err


def test_console_script_exit_code_and_no_traceback(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "talentgraph", "query", "person", "x", "--db",
                           str(tmp_path / "missing")], capture_output=True, text=True)
    assert proc.returncode == 64
    assert "Traceback" not in proc.stderr and len(proc.stderr.strip().splitlines()) == 1


def _commands():
    names = [f"talentgraph {c.name or c.callback.__name__}" for c in app.registered_commands]
    names += [f"talentgraph query {c.name or c.callback.__name__}" for c in query_app.registered_commands]
    return names


@pytest.mark.parametrize("command", _commands())
def test_every_command_is_documented_in_the_readme(command):
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert command in readme, f"document `{command}` in README.md"


def test_sparql_binds_parameters_not_text(capsys, built):
    query = ("PREFIX tg: <https://talentgraph.dev/ontology#> "
             "SELECT ?name WHERE { ?p tg:employedBy ?o . ?o tg:name ?org . ?p tg:name ?name }")
    code, out, _ = run(capsys, "sparql", query, "--param", "org=Nvidia", "--db", str(built), "-f", "json")
    assert code == 0 and [r["name"] for r in json.loads(out)] == ["Ben Li"]
    code, out, _ = run(capsys, "sparql", query, "--param", 'org=Nvidia" } #', "--db", str(built), "-f", "json")
    assert code == 0 and json.loads(out) == []


@pytest.mark.parametrize("args", [["query", "person"], ["no-such-command"], ["query", "path", "a", "b", "--max-hops", "0"]])
def test_usage_errors_exit_64_without_traceback(capsys, args):
    code, _, err = run(capsys, *args)
    assert code == 64 and "Traceback" not in err and "Error" in err
