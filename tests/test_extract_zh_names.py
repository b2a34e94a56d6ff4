"""Chinese names no gazetteer knows, found with one cue and jieba's judgement (sentences
written for these tests)."""

from __future__ import annotations

import pytest

from conftest import facts_of
from talentgraph.extract.mentions import MentionFinder, Text
from talentgraph.extract.names_zh import common_word, name_strength


def people(text: str) -> list[str]:
    return [m.surface for m in MentionFinder().run(Text(text=text)).mentions if m.type == "Person"]


def triples(text: str) -> set[tuple[str, str, str]]:
    return {(f.subject.id, f.relation, f.object.id) for f in facts_of(text)}


@pytest.mark.parametrize("text,name", [
    ("英伟达董事长邵恒宇、总裁出席了发布会。", "邵恒宇"),  # a title before, a list mark after
    ("图灵奖得主钱立群院士创办了这个班。", "钱立群"),  # a title on either side
    ("发布会上，龚嘉怡在台上讲话。", "龚嘉怡"),  # a clause start and a predicate
    ("而伍家豪进入腾讯后改变了方向。", "伍家豪"),
    ("操盘手蒋文博日前离职。", "蒋文博"),
    ("CEO汪凯亲自出面。", "汪凯"),  # a two-character name after a Latin title
])
def test_name_with_one_cue(text, name):
    assert name in people(text)


@pytest.mark.parametrize("text", [
    "高管们陆续离开了公司。",  # 高管, 陆续: ordinary words starting with a surname character
    "这是程教授的课。",  # surname + title, not a full name
    "他的高祖父和曾祖父都是学者。",  # kinship terms
    "钱能解决的问题正在变少。",
])
def test_common_words_are_no_names(text):
    assert people(text) == []


def test_jieba_judgements():
    assert name_strength("谭振宇") == 2
    assert name_strength("顾问") == 0 and name_strength("金字塔") == 0
    assert common_word("陆续") and common_word("程教授") and not common_word("谭振宇")


@pytest.mark.parametrize("text,expected", [
    ("腾讯首席科学家谭振宇表示,公司将加大投入。", ("person:tan-zhenyu", "EMPLOYED_BY", "org:tencent")),
    ("据悉,韩子墨已加入字节跳动。", ("person:han-zimo", "EMPLOYED_BY", "org:bytedance")),
    ("去年,季思远在清华大学读博时就发表了论文。", ("person:ji-siyuan", "EDUCATED_AT", "univ:tsinghua")),
    ("百度副总裁孔令辉近日离职。", ("person:kong-linghui", "EMPLOYED_BY", "org:baidu")),
])
def test_facts_of_names_with_one_cue(text, expected):
    assert expected in triples(text)
