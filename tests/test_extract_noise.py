"""Encodings and noise, on text written for these tests: every file decodes (or is reported and
skipped), noise is removed and explained, and evidence still quotes the raw file exactly."""

from __future__ import annotations

import pytest

from talentgraph.cli import main
from talentgraph.extract.normalize import explain
from talentgraph.extract.pipeline import extract_documents, read_sources

ZH_SIMPLIFIED = "发布时间:2025-05-02\n清华校友周立新加入英伟达,担任研究科学家。"
ZH_TRADITIONAL = "發布時間:2025-05-02\n清華校友周立新加入英偉達,擔任研究科學家。"


@pytest.mark.parametrize("encoding,text", [
    ("gb18030", ZH_SIMPLIFIED),
    ("gbk", ZH_SIMPLIFIED),
    ("big5", ZH_TRADITIONAL),
    ("utf-16", ZH_TRADITIONAL),        # Python writes a byte-order mark
    ("utf-8-sig", ZH_SIMPLIFIED),
])
def test_encodings_decode_and_quotes_index_the_decoded_text(tmp_path, encoding, text):
    (tmp_path / "a.txt").write_bytes(text.encode(encoding))
    docs, problems = read_sources([tmp_path])
    assert not problems and docs[0].text == text and docs[0].published == "2025-05-02"
    facts = extract_documents(docs).facts
    got = {(f.subject.id, f.relation, f.object.id) for f in facts}
    assert {("person:zhou-lixin", "EDUCATED_AT", "univ:tsinghua"),
            ("person:zhou-lixin", "EMPLOYED_BY", "org:nvidia")} <= got
    for f in facts:
        for ev in f.evidence:
            assert text[ev.start:ev.end] == ev.quote


def test_undecodable_file_is_reported_and_skipped(tmp_path, capsys):
    (tmp_path / "good.txt").write_text(ZH_SIMPLIFIED, encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\x00\xd8\x00\xd8" * 4 + b"\x81")
    docs, problems = read_sources([tmp_path])
    assert [d.name for d in docs] == ["good.txt"]
    assert problems[0].file == "bad.txt" and problems[0].code == "E020"


NOISY = ("越發(fā)精彩的消息。\n![](http://img.example/x.png)\n<p>周立新(xīn)加入<b>英偉達</b>。</p>\n"
         "在线观看高清无码影院\n特别声明:以上内容为平台用户上传。\n")


def test_explain_lists_each_removal_with_a_reason():
    removals = explain(NOISY)
    reasons = {r.reason for r in removals}
    assert {"pinyin reading", "image placeholder", "leftover markup", "spam line",
            "boilerplate line"} <= reasons
    for r in removals:
        assert 0 <= r.start < r.end <= len(NOISY)
    pinyin = next(r for r in removals if r.reason == "pinyin reading")
    assert NOISY[pinyin.start:pinyin.end] == "(fā)"
    assert all(a.end <= b.start for a, b in zip(removals, removals[1:]))


def test_noisy_article_yields_exact_raw_quotes():
    from talentgraph.extract.sources import source_from_bytes

    doc = source_from_bytes("n.txt", "/tmp/n.txt", NOISY.encode())
    facts = extract_documents([doc]).facts
    (emp,) = [f for f in facts if f.relation == "EMPLOYED_BY"]
    assert emp.subject.id == "person:zhou-lixin" and emp.object.id == "org:nvidia"
    quote = emp.evidence[0].quote
    assert NOISY[emp.evidence[0].start:emp.evidence[0].end] == quote and "<b>" in quote


def test_explain_command(tmp_path, capsys):
    (tmp_path / "n.txt").write_text(NOISY, encoding="utf-8")
    assert main(["explain", str(tmp_path / "n.txt"), "--format", "json"]) == 0
    out = capsys.readouterr().out
    assert "pinyin reading" in out and "spam line" in out
    assert main(["explain", str(tmp_path)]) == 0
    assert "removals" in capsys.readouterr().out
