"""Unknown Chinese companies named by a rare word and a company-kind word, investment titles,
and the pronoun after a sentence that names several people (sentences written for these tests)."""

from __future__ import annotations

import pytest

from conftest import facts_of
from talentgraph.extract.mentions import MentionFinder, Text


def companies(text: str) -> list[str]:
    return [m.surface for m in MentionFinder().run(Text(text=text)).mentions if m.type == "Company"]


def triples(text: str) -> set[tuple[str, str, str]]:
    return {(f.subject.id, f.relation, f.object.id) for f in facts_of(text)}


@pytest.mark.parametrize("text,name", [
    ("澜屿科技联合创始人谭振宇出席了活动。", "澜屿科技"),
    ("前鲲沐集团CEO龚嘉怡博士发表演讲。", "鲲沐集团"),
    ("雾舟资本合伙人邵恒宇表示看好赛道。", "雾舟资本"),
    ("他在宸境科技的经历很重要。", "宸境科技"),  # two characters jieba could not join
])
def test_rare_word_and_kind_word_is_a_company(text, name):
    assert name in companies(text)


@pytest.mark.parametrize("text", [
    "人工智能科技正在改变世界。",  # a generic topic before 科技
    "这是一项黑科技。",
    "中国科技企业纷纷出海。",
    "智慧医疗是新的方向。",
    "风险资本开始撤退。",
])
def test_generic_word_and_kind_word_is_no_company(text):
    assert companies(text) == []


@pytest.mark.parametrize("text,person,relation", [
    ("澜屿科技联合创始人谭振宇出席了活动。", "person:tan-zhenyu", "FOUNDED"),
    ("前鲲沐集团CEO龚嘉怡博士发表演讲。", "person:gong-jiayi", "EMPLOYED_BY"),
])
def test_facts_with_unknown_companies(text, person, relation):
    assert [o for s, r, o in triples(text) if s == person and r == relation]


@pytest.mark.parametrize("text", [
    "雾舟资本投资合伙人、前鲲沐集团CEO龚嘉怡出席。",
    "腾讯投资总监邵恒宇来自百度。",
])
def test_investment_title_is_no_investment(text):
    assert not {t for t in triples(text) if t[1] == "INVESTED_IN"}


@pytest.mark.parametrize("text,who", [
    ("而谭振宇的下一站,将追随老领导龚嘉怡,前往清华大学。但他还会继续担任字节跳动技术顾问。", "person:tan-zhenyu"),
    ("2020年,邵恒宇的团队邀请了龚嘉怡。他随后加入了字节跳动。", "person:shao-hengyu"),
])
def test_pronoun_continues_the_subject_of_the_sentence_before(text, who):
    employed = {s for s, r, o in triples(text) if r == "EMPLOYED_BY" and o == "org:bytedance"}
    assert employed == {who}


def test_pronoun_after_a_reporting_verb_is_not_the_reporter():
    text = "谭振宇表示,龚嘉怡在北京。他随后加入了字节跳动。"
    assert ("person:tan-zhenyu", "EMPLOYED_BY", "org:bytedance") not in triples(text)


@pytest.mark.parametrize("text,inner", [("周海在华中科大任教。", "中科大")])
def test_known_name_inside_a_longer_name_is_dropped(text, inner):
    assert inner not in [m.surface for m in MentionFinder().run(Text(text=text)).mentions]


@pytest.mark.parametrize("text,name", [("他在清华大学读书。", "清华大学"), ("前百度总裁谭振宇", "百度"),
                                       ("入职字节跳动的第一年", "字节跳动")])
def test_known_name_after_a_word_is_kept(text, name):
    assert name in [m.surface for m in MentionFinder().run(Text(text=text)).mentions]
