"""Relation patterns, hedges and name variants on sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from talentgraph.extract.pipeline import extract_documents, read_sources
from talentgraph.extract.sources import source_from_bytes

EXAMPLES = Path(__file__).parents[1] / "examples" / "articles"


def facts_of(text: str, name: str = "t.txt"):
    doc = source_from_bytes(name, f"/tmp/{name}", text.encode("utf-8"))
    result = extract_documents([doc])
    for f in result.facts:
        for ev in f.evidence:
            assert doc.text[ev.start:ev.end] == ev.quote
    return result


def triples(text: str) -> set[tuple[str, str, str]]:
    return {(f.subject.id, f.relation, f.object.id) for f in facts_of(text).facts}


@pytest.mark.parametrize("text,expected", [
    # EDUCATED_AT
    ("王立新毕业于浙江大学,随后在斯坦福大学读博。", {("person:wang-lixin", "EDUCATED_AT", "univ:zju"),
                                             ("person:wang-lixin", "EDUCATED_AT", "univ:stanford")}),
    ("清华校友朱邦华加入英伟达。", {("person:banghua-zhu", "EDUCATED_AT", "univ:tsinghua"),
                          ("person:banghua-zhu", "EMPLOYED_BY", "org:nvidia")}),
    ("Jiantao Jiao earned a PhD from Stanford.", {("person:jiantao-jiao", "EDUCATED_AT", "univ:stanford")}),
    # EMPLOYED_BY: appositive title, faculty post, former employer, internship
    ("英伟达应用研究总监毛慧子出席了会议。", {("person:huizi-mao", "EMPLOYED_BY", "org:nvidia")}),
    ("斯坦福大学教授李飞飞发表演讲。", {("person:fei-fei-li", "EMPLOYED_BY", "univ:stanford")}),
    ("台积电前高管张志远退休后转投英特尔。", {("person:zhang-zhiyuan", "EMPLOYED_BY", "org:tsmc"),
                                ("person:zhang-zhiyuan", "EMPLOYED_BY", "org:intel")}),
    ("Alexandr Wang, the CEO of Scale AI, joined Meta.", {("person:alexandr-wang", "EMPLOYED_BY", "org:scale-ai"),
                                                        ("person:alexandr-wang", "EMPLOYED_BY", "org:meta")}),
    # FOUNDED
    ("OmniML创始人吴迪接受了采访。", {("person:di-wu", "FOUNDED", "org:omniml")}),
    ("Lepton AI由贾扬清创立。", {("person:yangqing-jia", "FOUNDED", "org:lepton-ai")}),
    # ACQUIRED
    ("2024年,英伟达收购了OmniML。", {("org:nvidia", "ACQUIRED", "org:omniml")}),
    ("Meta acquired WhatsApp in 2014 for $21 billion.", {("org:meta", "ACQUIRED", "org:whatsapp")}),
    # ADVISED_BY
    ("Jim Fan在斯坦福读博,他的导师是李飞飞。", {("person:jim-fan", "ADVISED_BY", "person:fei-fei-li"),
                                     ("person:jim-fan", "EDUCATED_AT", "univ:stanford")}),
])
def test_pattern(text, expected):
    assert expected <= triples(text)


def test_negation_blocks_education():
    assert ("person:jim-fan", "EDUCATED_AT", "univ:tsinghua") not in triples("Jim Fan不是清华毕业,但他很出色。")


def test_respectively_distributes_roles():
    res = facts_of("2025年7月1日\n朱邦华和焦剑涛加入英伟达,分别担任首席研究科学家和研究总监。")
    roles = {(f.subject.id, f.qualifiers.role) for f in res.facts if f.relation == "EMPLOYED_BY"}
    assert roles == {("person:banghua-zhu", "principal research scientist"),
                     ("person:jiantao-jiao", "research director")}


def test_investment_amount_stake_and_relative_date():
    res = facts_of("发布时间:2025-07-14\n上个月Meta宣布投资148亿美元,获得Scale AI 49%的股份。")
    inv = next(f for f in res.facts if f.relation == "INVESTED_IN")
    q = inv.qualifiers
    assert (q.amount, q.currency, q.stake, q.start) == (14.8e9, "USD", 0.49, "2025-06")


def test_relative_date_unresolved_without_publication_date():
    res = facts_of("6月28日,朱邦华宣布加入英伟达。")
    emp = next(f for f in res.facts if f.relation == "EMPLOYED_BY")
    assert emp.qualifiers.start is None


@pytest.mark.parametrize("text,hedged", [
    ("据报道,朱邦华将加入英伟达。", True),
    ("业内推测焦剑涛可能担任英伟达研究总监。", True),
    ("Banghua Zhu reportedly joined Nvidia.", True),
    ("朱邦华加入英伟达。", False),
    ("In May 2025 Banghua Zhu joined Nvidia.", False),
])
def test_hedge(text, hedged):
    res = facts_of(text)
    emp = [f for f in res.facts if f.relation == "EMPLOYED_BY"]
    assert emp and all(f.hedged == hedged for f in emp)
    assert all((f.confidence < 0.9) == hedged for f in emp)


@pytest.mark.parametrize("text,person", [
    ("焦建涛毕业于清华大学。", "person:jiantao-jiao"),     # homophone of a known name
    ("焦劍濤畢業於清華大學。", "person:jiantao-jiao"),     # Traditional script
    ("任泓宇加入了Meta。", "person:hongyu-ren"),
    ("Zhu Banghua joined Nvidia.", "person:banghua-zhu"),  # English, family name first
])
def test_name_variants(text, person):
    assert person in {f.subject.id for f in facts_of(text).facts}


def test_unknown_homophones_in_one_article_merge():
    res = facts_of("李明轩毕业于复旦大学。后来李铭轩加入了谷歌。")
    people = {f.subject.id for f in res.facts}
    assert len(people) == 1


def test_contradicting_homophones_stay_apart():
    res = facts_of("李明轩本科毕业于复旦大学。李铭轩本科毕业于浙江大学。")
    assert len({f.subject.id for f in res.facts}) == 2


def test_ontology_violation_is_rejected_not_dropped():
    from talentgraph.extract.mentions import Mention
    from talentgraph.extract.normalize import Normalizer, RawText
    from talentgraph.extract.relations import Claim
    from talentgraph.extract.resolve import DocClaims, Resolver, ResolverInput

    doc = source_from_bytes("r.txt", "/tmp/r.txt", "英伟达毕业于清华。".encode())
    norm = Normalizer().run(RawText(text=doc.text))
    nv = Mention(start=0, end=3, surface="英伟达", type="Company", key="org:nvidia")
    th = Mention(start=6, end=8, surface="清华", type="University", key="univ:tsinghua")
    claim = Claim(subject=nv, relation="EDUCATED_AT", object=th, spans=((0, 9),))
    out = Resolver().run(ResolverInput(docs=(DocClaims(doc=doc, normalized=norm, claims=(claim,)),)))
    assert not out.facts and out.rejected[0].code == "E060" and out.rejected[0].line == 1


def test_noise_is_removed_but_quotes_stay_raw():
    text = "越發(fā)精彩。\n![]()\n朱邦華(huá)加入英偉(wěi)達。\n特别声明:以上内容为用户上传。"
    res = facts_of(text)
    (fact,) = [f for f in res.facts if f.relation == "EMPLOYED_BY"]
    assert fact.evidence[0].quote == "朱邦華(huá)加入英偉(wěi)達。"
    assert "朱邦華" in fact.subject.aliases


def test_read_sources_encodings_and_problems(tmp_path):
    (tmp_path / "a.txt").write_bytes("清华大学".encode("gb18030"))
    (tmp_path / "b.txt").write_bytes("\ufeff清華大學".encode("utf-8"))
    (tmp_path / "c.md").write_bytes("清华".encode("utf-16"))
    (tmp_path / "README.md").write_text("not an article")
    docs, problems = read_sources([tmp_path, tmp_path / "missing.txt"])
    assert [d.name for d in docs] == ["a.txt", "b.txt", "c.md"]
    assert docs[1].text == "清華大學" and docs[0].text == "清华大学" and docs[2].text == "清华"
    assert problems and problems[0].code == "E020"


def test_examples_yield_tsinghua_people_at_nvidia():
    docs, problems = read_sources([EXAMPLES])
    assert len(docs) >= 4 and not problems
    facts = extract_documents(docs).facts
    alumni = {f.subject.id for f in facts if f.relation == "EDUCATED_AT" and f.object.id == "univ:tsinghua"}
    staff = {f.subject.id for f in facts if f.relation == "EMPLOYED_BY" and f.object.id == "org:nvidia"}
    assert alumni & staff == {"person:banghua-zhu", "person:jiantao-jiao", "person:song-han",
                              "person:di-wu", "person:huizi-mao", "person:yangqing-jia"}
    assert docs[0].published is not None and all(d.published for d in docs)
