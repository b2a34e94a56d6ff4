"""Smoke test for neo4j-test-server (needs the `neo4j` driver and the NEO4J_* env vars).

Usage: scripts/neo4j-test-server/neo4j-test-server run -- python scripts/neo4j-test-server/smoke_test.py
"""
import os
import neo4j
from neo4j import GraphDatabase
from neo4j.exceptions import AuthError, ClientError

uri = os.environ["NEO4J_URI"]; user = os.environ["NEO4J_USERNAME"]
pw = os.environ["NEO4J_PASSWORD"]; db = os.environ["NEO4J_DATABASE"]
imp = os.environ.get("NEO4J_IMPORT_DIR")
print("driver", neo4j.__version__, uri, db)

with GraphDatabase.driver(uri, auth=(user, pw)) as d:
    d.verify_connectivity()
    recs, _, _ = d.execute_query("RETURN 1 AS x", database_=db)
    assert recs[0]["x"] == 1
    d.execute_query("MATCH (n:VerifyT) DETACH DELETE n", database_=db)
    d.execute_query("CREATE (:VerifyT {name: $n})", n="alice", database_=db)
    recs, _, _ = d.execute_query("MATCH (p:VerifyT) RETURN p.name AS n", database_=db)
    assert [r["n"] for r in recs] == ["alice"], recs
    recs, _, _ = d.execute_query("CALL dbms.components() YIELD name, versions, edition RETURN *", database_=db)
    print("components", [dict(r) for r in recs])
    print("OK: RETURN 1, CREATE/MATCH")

    # Non-existent database
    try:
        d.execute_query("RETURN 1", database_="nosuchdb")
        raise SystemExit("FAIL: expected ClientError for nosuchdb")
    except ClientError as e:
        print("OK: nosuchdb ->", type(e).__name__, e.code, "|", e.message)

    # LOAD CSV from the import dir
    if imp:
        with open(os.path.join(imp, "verify_people.csv"), "w") as f:
            f.write("name,age\nbob,31\ncarol,42\n")
        recs, _, _ = d.execute_query(
            "LOAD CSV WITH HEADERS FROM 'file:///verify_people.csv' AS row "
            "CREATE (p:VerifyT {name: row.name, age: toInteger(row.age)}) RETURN count(p) AS c",
            database_=db)
        assert recs[0]["c"] == 2, recs
        print("OK: LOAD CSV file:/// ->", recs[0]["c"], "rows")
        # Path outside the import root must not escape it
        try:
            d.execute_query("LOAD CSV FROM 'file:///../../etc/passwd' AS r RETURN count(r)", database_=db)
            print("note: ../ path did not raise (resolved inside import root)")
        except ClientError as e:
            print("OK: ../ escape ->", e.code)
    d.execute_query("MATCH (n:VerifyT) DETACH DELETE n", database_=db)

if not pw:
    print("auth disabled (NEO4J_PASSWORD empty): skipping wrong-password checks")
else:
    # Wrong password, several times (account lockout is disabled)
    for i in range(5):
        try:
            with GraphDatabase.driver(uri, auth=(user, pw + "-wrong")) as bad:
                bad.verify_connectivity()
            raise SystemExit("FAIL: expected AuthError")
        except AuthError as e:
            last = e
    print("OK: wrong password x5 ->", type(last).__name__, last.code)
    with GraphDatabase.driver(uri, auth=(user, pw)) as d:
        d.verify_connectivity()
    print("OK: right password still works after failures (no lockout)")
print("ALL CHECKS PASSED")
