import json

import pytest
from pydantic import ValidationError

from talentgraph.facts import Entity, Evidence, Fact, Qualifiers, json_schema, merge_facts
from talentgraph.loaders.facts_jsonl import read_facts, write_facts
from tests.conftest import REPO


def test_fact_id_ignores_evidence_but_not_the_claim(small_facts):
    fact = small_facts[0]
    other_evidence = fact.model_copy(update={"evidence": (Evidence(source="b.txt", start=1, end=2, quote="x"),)})
    assert other_evidence.id == fact.id
    other_degree = fact.model_copy(update={"qualifiers": Qualifiers(degree="phd")})
    assert other_degree.id != fact.id


def test_merge_unites_evidence_and_keeps_highest_confidence(small_facts):
    fact = small_facts[0]
    second = fact.model_copy(update={"confidence": 0.95, "evidence": (
        Evidence(source="b.txt", start=1, end=2, quote="x"),)})
    (merged,) = merge_facts([fact, second])
    assert merged.confidence == 0.95
    assert {e.source for e in merged.evidence} == {"small.txt", "b.txt"}


@pytest.mark.parametrize("change, message", [
    ({"confidence": 1.5}, "less than or equal to 1"),
    ({"relation": "EDUCATED_AT", "object": Entity(id="org:x", type="Company", name="X")}, "University"),
    ({"evidence": ()}, "at least 1"),
])
def test_contract_rejects_bad_facts(small_facts, change, message):
    data = small_facts[0].model_dump() | change
    with pytest.raises(ValidationError, match=message):
        Fact.model_validate(data)


def test_evidence_quote_must_match_span_length():
    with pytest.raises(ValidationError, match="quote has 3"):
        Evidence(source="a", start=0, end=5, quote="abc")


@pytest.mark.parametrize("date", ["2025", "2025-06", "2025-06-28"])
def test_partial_dates_accepted(date):
    assert Qualifiers(start=date).start == date


@pytest.mark.parametrize("date", ["25", "2025-13", "2025-6-1", "June 2025"])
def test_bad_dates_rejected(date):
    with pytest.raises(ValidationError):
        Qualifiers(start=date)


def test_bad_lines_are_reported_and_good_lines_kept(tmp_path, small_facts):
    path = tmp_path / "facts.jsonl"
    good = [f.to_json_line() for f in small_facts[:2]]
    broken = json.loads(good[0]) | {"confidence": 7}
    path.write_text("\n".join([good[0], "{not json", json.dumps(broken), good[1]]) + "\n",
                    encoding="utf-8")
    facts, problems = read_facts(path)
    assert facts == small_facts[:2]
    assert [(p.line, p.code) for p in problems] == [(2, "E011"), (3, "E011")]
    assert str(problems[1]).startswith(f"{path}:3: confidence")


def test_write_then_read_is_identity(tmp_path, small_facts):
    path = tmp_path / "f.jsonl"
    write_facts(small_facts, path)
    assert read_facts(path) == (small_facts, [])


def test_published_schema_file_is_current():
    published = json.loads((REPO / "schema" / "facts-v1.schema.json").read_text(encoding="utf-8"))
    assert published == json_schema(), "run `talentgraph schema > schema/facts-v1.schema.json`"


def test_schema_validates_written_lines(small_facts):
    jsonschema = pytest.importorskip("jsonschema")
    schema = json_schema()
    for fact in small_facts:
        jsonschema.validate(json.loads(fact.to_json_line()), schema)
    bad = json.loads(small_facts[0].to_json_line()) | {"relation": "LIKES"}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, schema)
