"""Chinese clause constructions on sentences written for these tests: a subject-less clause
continuing the last person, a bracketed "由…创立" after a company, relative clauses that name
no founder, generic Latin words that are no company."""

from __future__ import annotations

import pytest

from conftest import facts_of
from talentgraph.extract.mentions import MentionFinder, Text


def triples(text: str) -> set[tuple[str, str, str]]:
    return {(f.subject.id, f.relation, f.object.id) for f in facts_of(text)}


@pytest.mark.parametrize("text,expected", [
    ("邵恒宇出生在四川。本科就读于浙江大学,后加入小米。",
     {("person:shao-hengyu", "EDUCATED_AT", "univ:zju"), ("person:shao-hengyu", "EMPLOYED_BY", "org:xiaomi")}),
    ("龚嘉怡是一位研究员。2010年本科毕业于浙江大学,随后加入腾讯。",
     {("person:gong-jiayi", "EDUCATED_AT", "univ:zju"), ("person:gong-jiayi", "EMPLOYED_BY", "org:tencent")}),
    ("谭振宇是一位研究员。目前在英伟达工作。", {("person:tan-zhenyu", "EMPLOYED_BY", "org:nvidia")}),
])
def test_subject_less_clause_continues_the_person(text, expected):
    assert expected <= triples(text)


@pytest.mark.parametrize("text", [
    "谭振宇是一位研究员。英伟达于2015年收购了OmniML。",  # no career verb opens the clause
    "谭振宇和龚嘉怡在北京见面。随后加入英伟达。",  # two people: whose move is unclear
    "谭振宇是一位研究员。报道称,他们在英伟达见过面。",  # a pronoun of its own
    "谭振宇是一位研究员。第二段。第三段。第四段。随后加入英伟达。",  # too far back
])
def test_no_subject_borrowed(text):
    assert not {t for t in triples(text) if t[1] == "EMPLOYED_BY" and t[0] == "person:tan-zhenyu"}


@pytest.mark.parametrize("text,founder,company", [
    ("这源于Quadra(由前商汤研发总监谭振宇创立)、MiniMax等公司的口碑。", "person:tan-zhenyu", "org:quadra"),
    ("他提到Lumina（由谷歌前研究员龚嘉怡创办）的经验。", "person:gong-jiayi", "org:lumina"),
])
def test_bracketed_founder_belongs_to_the_company_before(text, founder, company):
    found = triples(text)
    assert (founder, "FOUNDED", company) in found
    assert not {t for t in found if t[1] == "FOUNDED" and t[2] != company}


@pytest.mark.parametrize("text", [
    "谭振宇由龚嘉怡引荐进入微软,1998年转到刚在北京成立的微软亚洲研究院。",
    "龚嘉怡加入了2019年在上海成立的MiniMax。",
])
def test_relative_founding_clause_without_agent(text):
    assert not {t for t in triples(text) if t[1] == "FOUNDED"}


def test_relative_founding_clause_with_agent():
    assert ("person:wang-lixin", "FOUNDED", "org:omniml") in triples("王立新于2019年创立的OmniML被英伟达收购。")


@pytest.mark.parametrize("text", ["马维英担任AI实验室负责人。", "两家AI公司比邻而居。", "他是一家IT公司的员工。"])
def test_generic_latin_word_is_no_company(text):
    assert not [m for m in MentionFinder().run(Text(text=text)).mentions if m.type == "Company"]
