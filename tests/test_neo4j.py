"""Neo4j for real: a running server over Bolt with the official driver (no mocks).

`./scripts/test` starts a Neo4j 5.26 test server and exports NEO4J_URI & co. Without a server
these tests skip locally and fail under CI.
"""

import json
import os
import subprocess
import sys

import pytest

from talentgraph.errors import ConnectionFailed, StoreError
from talentgraph.facts import merge_facts
from talentgraph.graph import queries
from talentgraph.graph.store import open_store

pytestmark = pytest.mark.neo4j


@pytest.fixture(scope="module")
def server():
    if not os.environ.get("NEO4J_URI"):
        if os.environ.get("CI") == "true":
            pytest.fail("NEO4J_URI is not set: run the tests through ./scripts/test")
        pytest.skip("no Neo4j server (run ./scripts/test, or set NEO4J_URI)")
    return os.environ["NEO4J_URI"]


@pytest.fixture
def neo(server):
    store = open_store("neo4j")
    store._driver.execute_query("MATCH (n) DETACH DELETE n")
    yield store
    store.close()


def by_id(facts):
    return sorted(facts, key=lambda f: f.id)


def counts(store):
    return store.count_nodes_and_relationships()


def test_round_trip_and_idempotent_load(neo, small_facts):
    neo.load(small_facts)
    assert by_id(neo.all_facts()) == by_id(merge_facts(small_facts))
    before = counts(neo)
    report = neo.load(small_facts)
    assert (report.new_claims, report.updated_claims) == (0, 0)
    assert counts(neo) == before


def test_incremental_load_merges_entities_and_evidence(neo, small_facts):
    neo.load(small_facts[:4])
    neo.load(small_facts[3:])
    assert by_id(neo.all_facts()) == by_id(merge_facts(small_facts))
    records, _, _ = neo._driver.execute_query("MATCH (n:Entity {id: 'univ:tsinghua'}) RETURN count(n) AS c")
    assert records[0]["c"] == 1


def test_provenance_is_visible_to_cypher_users(neo, small_facts):
    neo.load(small_facts)
    records, _, _ = neo._driver.execute_query(
        "MATCH (c:Claim)-[e:CITES]->(s:Source), (c)-[:SUBJECT]->(p:Person {id: $p}), (c)-[:OBJECT]->(o) "
        "RETURN c.relation AS rel, c.hedged AS hedged, e.quote AS quote, e.start AS start, s.name AS source, o.id AS obj "
        "ORDER BY rel, obj, hedged", p="person:ben-li")
    rows = [r.data() for r in records]
    assert {r["source"] for r in rows} == {"small.txt"}
    hedged = [r for r in rows if r["hedged"]]
    assert hedged and hedged[0]["quote"].startswith("Reportedly")
    firm_and_hedged = [r for r in rows if r["rel"] == "EMPLOYED_BY"]
    assert len(firm_and_hedged) == 2  # conflicting claims side by side


@pytest.mark.parametrize("run", [
    lambda s: queries.alumni_at(s, "清華", "英偉達"),
    lambda s: queries.person(s, "Ben Li"),
    lambda s: queries.path(s, "Ada Wu", "Ben Li"),
    lambda s: queries.conflicts(s),
], ids=["alumni-at", "person", "path", "conflicts"])
def test_same_answers_as_the_embedded_store(neo, small_facts, run):
    neo.load(small_facts)
    embedded = open_store("embedded")
    embedded.load(small_facts)

    def dump(result):
        return [r.model_dump() for r in result] if isinstance(result, list) else result.model_dump()

    assert dump(run(neo)) == dump(run(embedded))


def test_failed_batch_leaves_no_half_written_batch_and_rerun_completes(neo, small_facts, monkeypatch):
    from talentgraph.graph import cypher

    good = cypher.NEO4J_MERGE_CLAIMS
    monkeypatch.setattr(cypher, "NEO4J_MERGE_CLAIMS",
                        good.replace("SET r.degree", "SET r.degree = 1 / 0, r.role = row.role, r.degree"))
    with pytest.raises(StoreError, match="rolled back"):
        neo.load(small_facts)
    records, _, _ = neo._driver.execute_query("MATCH ()-[r]->() RETURN count(r) AS c")
    assert records[0]["c"] == 0  # the failing claim batch wrote nothing
    monkeypatch.setattr(cypher, "NEO4J_MERGE_CLAIMS", good)
    neo.load(small_facts)
    assert by_id(neo.all_facts()) == by_id(merge_facts(small_facts))


def _cli(*args, env=None):
    return subprocess.run([sys.executable, "-m", "talentgraph", *args], capture_output=True,
                          text=True, env={**os.environ, **(env or {})})


def test_cli_load_and_query_neo4j(neo, small_facts, tmp_path):
    facts_file = tmp_path / "facts.jsonl"
    facts_file.write_text("".join(f.to_json_line() + "\n" for f in small_facts), encoding="utf-8")
    proc = _cli("load", str(facts_file), "--neo4j")
    assert proc.returncode == 0, proc.stderr
    proc = _cli("query", "alumni-at", "Tsinghua", "Nvidia", "--backend", "neo4j", "--format", "json")
    assert proc.returncode == 0, proc.stderr
    assert [p["person"]["id"] for p in json.loads(proc.stdout)["people"]] == ["person:ada-wu", "person:ben-li"]
    proc = _cli("cypher", "MATCH (p:Person) WHERE p.name = $n RETURN p.id AS id", "-p", "n=Ada Wu",
                "-b", "neo4j", "-f", "json")
    assert json.loads(proc.stdout) == [{"id": "person:ada-wu"}]


@pytest.mark.parametrize("env, message", [
    ({"NEO4J_PASSWORD": "wrong-secret-123"}, "refused the credentials"),
    ({"NEO4J_DATABASE": "nosuchdb"}, "has no database 'nosuchdb'"),
    ({"NEO4J_URI": "bolt://127.0.0.1:1"}, "cannot reach Neo4j"),
])
def test_connection_errors_are_one_line_exit_2_without_the_password(server, tmp_path, env, message):
    facts_file = tmp_path / "f.jsonl"
    facts_file.write_text("", encoding="utf-8")
    proc = _cli("load", str(facts_file), "--neo4j", env=env)
    assert proc.returncode == 2
    assert message in proc.stderr and "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1
    password = env.get("NEO4J_PASSWORD", os.environ.get("NEO4J_PASSWORD", ""))
    assert password not in proc.stderr + proc.stdout


def test_store_error_classes(server, monkeypatch):
    monkeypatch.setenv("NEO4J_PASSWORD", "nope")
    with pytest.raises(ConnectionFailed):
        open_store("neo4j")


def test_export_for_neo4j_admin_loads_with_load_csv(neo, small_facts, tmp_path):
    from talentgraph.loaders.neo4j_import import export_neo4j_import

    import_dir = os.environ.get("NEO4J_IMPORT_DIR")
    if not import_dir:
        pytest.skip("the server's import folder is unknown (NEO4J_IMPORT_DIR)")
    files = export_neo4j_import(small_facts, import_dir)
    assert files["command"][:4] == ["neo4j-admin", "database", "import", "full"]
    neo.import_csv(files, "file:///")
    assert by_id(neo.all_facts()) == by_id(merge_facts(small_facts))
    direct = open_store("embedded")
    direct.load(small_facts)
    neo_counts = neo.count_nodes_and_relationships()
    neo._driver.execute_query("MATCH (n) DETACH DELETE n")
    neo.load(small_facts)
    assert neo.count_nodes_and_relationships() == neo_counts
