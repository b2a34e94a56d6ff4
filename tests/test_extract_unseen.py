"""Patterns added for articles from other outlets (eval/dev), each on sentences written for
these tests only: names found once and repeated, unknown Chinese companies after their kind,
"spent N years at", "a veteran of", "worked as ... at", "launch his own company", funding
rounds, "向X投资", "X的Y离职", Traditional-script hedges, abbreviations before names."""

from __future__ import annotations

import pytest

from talentgraph.extract.mentions import MentionFinder, Text
from talentgraph.extract.sentences import split_sentences
from tests.conftest import facts_of


def named(text: str) -> set[tuple[str, str, str]]:
    return {(f.subject.name, f.relation, f.object.name) for f in facts_of(text)}


def quals(text: str, subject: str, relation: str, obj: str) -> dict:
    for f in facts_of(text):
        if (f.subject.name, f.relation, f.object.name) == (subject, relation, obj):
            return {k: v for k, v in f.qualifiers.model_dump().items() if v is not None} | {"hedged": f.hedged}
    raise AssertionError(f"no {subject} {relation} {obj}")


@pytest.mark.parametrize("text,expected", [
    # a name revealed by one sentence is a mention in the others too
    ("赵明远近日宣布加入腾讯。赵明远本科毕业于复旦大学。", ("赵明远", "EMPLOYED_BY", "Tencent")),
    ("科学家钱晓峰日前正式加盟百度。", ("钱晓峰", "EMPLOYED_BY", "Baidu")),
    # an English family name alone after the full name
    ("Marcus Webb, a robotics engineer, left Tesla in May. Webb holds a master's degree from Cornell University.",
     ("Marcus Webb", "EDUCATED_AT", "Cornell University")),
    # a name at the start of a paragraph, and a Latin name inside Chinese text
    ("Published: 2025-01-02\n\nElena Marsh, who led search at Google, has joined OpenAI.",
     ("Elena Marsh", "EMPLOYED_BY", "OpenAI")),
    ("周宁师从美国学者Robert Kane。", ("周宁", "ADVISED_BY", "Robert Kane")),
])
def test_names_found_in_new_places(text, expected):
    assert expected in named(text)


@pytest.mark.parametrize("text,company", [
    ("苹果收购了以色列芯片公司光核半导体。", "光核半导体"),
    ("AI初创公司“深蓝引擎”完成1亿元天使轮融资。", "深蓝引擎"),
    ("这家名叫北辰的机器人公司北辰智造由两位清华校友创立。", "北辰智造"),
])
def test_unknown_chinese_company_after_its_kind(text, company):
    found = {(m.surface, m.type) for m in MentionFinder().run(Text(text=text)).mentions}
    assert (company, "Company") in found


@pytest.mark.parametrize("text,fact,expected", [
    ("Omar Haddad, who spent nine years at Microsoft, joined Meta last week.",
     ("Omar Haddad", "EMPLOYED_BY", "Microsoft"), {"current": False}),
    ("Meta hired Lena Ortiz, a veteran of Apple, to run its hardware team.",
     ("Lena Ortiz", "EMPLOYED_BY", "Apple"), {"current": False}),
    ("Tom Reyes previously worked as a senior research scientist at Nvidia.",
     ("Tom Reyes", "EMPLOYED_BY", "Nvidia"), {"current": False}),
    ("原微软研究员韩冬已从微软离职，加盟字节跳动。", ("韩冬", "EMPLOYED_BY", "ByteDance"), {"current": True}),
    ("前台积电处长许文杰转战英特尔。", ("许文杰", "EMPLOYED_BY", "Intel"), {"current": True}),
    ("前台积电处长许文杰转战英特尔。", ("许文杰", "EMPLOYED_BY", "TSMC"), {"current": False, "role": "division head"}),
])
def test_employment_phrasings(text, fact, expected):
    got = quals(text, *fact)
    assert {k: got.get(k) for k in expected} == expected


def test_the_orgs_person_and_a_career_verb():
    assert ("冯涛", "EMPLOYED_BY", "Tencent") in named("据悉，腾讯的冯涛近期将离职。")
    assert not any(r == "EMPLOYED_BY" for _, r, _ in named("腾讯的产品近期将更新。"))


@pytest.mark.parametrize("text,expected", [
    ("Ivan Petrov left Google to launch his own company, Lumen Robotics.", ("Ivan Petrov", "FOUNDED", "Lumen Robotics")),
    ("Nadia Brooks quit Apple and started her own startup, Fernwood AI.", ("Nadia Brooks", "FOUNDED", "Fernwood AI")),
])
def test_founding_their_own_company(text, expected):
    assert expected in named(text)


@pytest.mark.parametrize("text,expected", [
    ("创业公司月光机器完成3亿元B轮融资，百度领投，小米跟投。", {("Baidu", "INVESTED_IN", "月光机器"),
                                                   ("Xiaomi", "INVESTED_IN", "月光机器")}),
    ("Quill AI has raised $30 million. Nvidia participated in the round.", {("Nvidia", "INVESTED_IN", "Quill AI")}),
    ("Quill AI has raised $30 million; Amazon invested in the round too.", {("Amazon", "INVESTED_IN", "Quill AI")}),
    ("华为去年向芯片公司微光半导体投资了2亿元。", {("Huawei", "INVESTED_IN", "微光半导体")}),
])
def test_investments_in_a_round_or_with_xiang(text, expected):
    assert expected <= named(text)


def test_money_before_the_investment_verb():
    got = quals("腾讯拟以800万美元投资初创公司青禾智能。", "Tencent", "INVESTED_IN", "青禾智能")
    assert (got["amount"], got["currency"]) == (8_000_000, "USD")


def test_traditional_script_hedge():
    got = quals("另據報導，小米擬收購初創公司藍鯨智能。", "Xiaomi", "ACQUIRED", "蓝鲸智能")
    assert got["hedged"] is True


@pytest.mark.parametrize("text,count", [
    ("She was advised by Prof. Anna Berg at Caltech.", 1),
    ("He met Dr. Wu there. They talked.", 2),
    ("It grew fast. Then it stopped.", 2),
])
def test_titles_with_a_dot_do_not_end_a_sentence(text, count):
    assert len(split_sentences(text)) == count
