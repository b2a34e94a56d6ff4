"""Chinese lists and clause order: "曾在A、B等公司任职", a bracketed short name inside a list, a time
clause before its subject, titles in a list of guests — sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import facts_of

PUB = "2025年3月1日\n\n"


def claims(text: str) -> set[tuple]:
    """(subject name, relation, object id), once for every name the subject is known by here."""
    return {(name, f.relation, f.object.id) for f in facts_of(PUB + text) if f.relation != "PART_OF"
            for name in (f.subject.name, *f.subject.aliases)}


@pytest.mark.parametrize("text", [
    "王小明曾在字节跳动、小红书等公司任职。",
    "王小明曾在字节跳动（以下简称“字节”）、小红书等公司任职。",
    "王小明此前在字节跳动和小红书等多家公司工作。",
])
def test_a_list_of_companies_shares_the_verb_after_it(text):
    found = claims(text)
    assert {("王小明", "EMPLOYED_BY", "org:bytedance"), ("王小明", "EMPLOYED_BY", "org:xiaohongshu")} <= found


@pytest.mark.parametrize("text,relation,obj", [
    ("2010年在清华大学拿到博士学位之后，王小明加入英伟达。", "EDUCATED_AT", "univ:tsinghua"),
    ("在英伟达工作期间，王小明发表了多篇论文。", "EMPLOYED_BY", "org:nvidia"),
    ("本科毕业于北京大学后，李文静前往美国读博。", "EDUCATED_AT", "univ:pku"),
])
def test_a_time_clause_belongs_to_the_person_named_after_it(text, relation, obj):
    subjects = {s for s, r, o in claims(text) if r == relation and o == obj}
    assert subjects & {"王小明", "李文静"} and not subjects - {"王小明", "李文静", "Xiaoming Wang", "Wang Xiaoming"}


def test_titles_in_a_list_of_guests_ending_with_deng():
    found = claims("当天，清华大学校长邱勇、小米公司总裁林斌、智源研究院院长黄铁军等出席仪式。")
    assert {("邱勇", "EMPLOYED_BY", "univ:tsinghua"), ("林斌", "EMPLOYED_BY", "org:xiaomi")} <= found
    assert any(s == "黄铁军" and r == "EMPLOYED_BY" for s, r, _ in found)


@pytest.mark.parametrize("text", ["美团正考虑收购自动驾驶公司远航科技。", "腾讯宣布收购机器人公司飞跃科技。",
                                  "腾讯近日收购了初创公司思维跃动。"])
def test_a_company_named_after_its_kind_may_be_made_of_ordinary_words(text):
    assert any(r == "ACQUIRED" and o.startswith("org:") for _, r, o in claims(text))
