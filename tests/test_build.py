"""`talentgraph build`: the default example run, bad inputs, and keeping old output on failure."""

import json

from talentgraph.cli import main


def test_default_build_uses_the_example_articles(tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["build", "--out", str(out), "--quiet"]) == 0
    assert main(["query", "alumni-at", "Tsinghua", "Nvidia", "--db", str(out), "-f", "json"]) == 0
    people = json.loads(capsys.readouterr().out)["people"]
    assert len(people) >= 2
    assert all(p["education"][0]["evidence"] for p in people)


def test_bad_article_is_reported_and_the_rest_still_built(tmp_path, capsys):
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "good.txt").write_text(
        "Published 2024-03-01. Dana Xu, a Tsinghua graduate, joined Nvidia as a research scientist.",
        encoding="utf-8")
    (articles / "broken.txt").write_bytes(b"\xff\xfe\x00\xd8\x00\xd8" * 3 + b"\x81")
    out = tmp_path / "out"
    code = main(["build", str(articles), "--out", str(out), "--quiet"])
    err = capsys.readouterr().err
    assert code == 1
    assert "broken.txt" in err and "Traceback" not in err
    facts = (out / "facts.jsonl").read_text(encoding="utf-8")
    assert "good.txt" in facts


def test_no_articles_is_a_usage_error_and_keeps_old_output(tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["build", "--out", str(out), "--quiet"]) == 0
    before = (out / "facts.jsonl").read_text(encoding="utf-8")
    empty = tmp_path / "empty"
    empty.mkdir()
    assert main(["build", str(empty), "--out", str(out), "--quiet"]) == 64
    assert "no readable articles" in capsys.readouterr().err
    assert (out / "facts.jsonl").read_text(encoding="utf-8") == before


def test_load_is_idempotent(tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["build", "--out", str(out), "--quiet"]) == 0
    facts_file = tmp_path / "facts.jsonl"
    facts_file.write_text((out / "facts.jsonl").read_text(encoding="utf-8"), encoding="utf-8")
    before = (out / "facts.jsonl").read_text(encoding="utf-8")
    assert main(["load", str(facts_file), "--out", str(out)]) == 0
    assert (out / "facts.jsonl").read_text(encoding="utf-8") == before
