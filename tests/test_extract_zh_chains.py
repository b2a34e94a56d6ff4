"""Chinese title chains on sentences written for these tests: several organisations, each with
its title, describing one person (before the name, in an apposition, after a copula)."""

from __future__ import annotations

import pytest

from conftest import facts_of


def employed(text: str) -> dict[str, bool | None]:
    """Organisation id → the current flag of the person's EMPLOYED_BY facts."""
    return {f.object.id: f.qualifiers.current for f in facts_of(text) if f.relation == "EMPLOYED_BY"}


@pytest.mark.parametrize("text,expected", [
    ("曾任腾讯副总裁兼阿里巴巴首席科学家、后在百度任总裁的谭振宇近日退休。",
     {"org:tencent": False, "org:alibaba": False, "org:baidu": False}),
    ("源码资本投资合伙人、前金山集团CEO龚嘉怡出席了活动。",
     {"org:source-code-capital": True, "org:kingsoft": False}),
    ("论坛上,华为首席科学家、前百度副总裁邵恒宇发表演讲。", {"org:huawei": True, "org:baidu": False}),
    ("前腾讯副总裁兼百度首席技术官谭振宇博士加入了团队。", {"org:tencent": False, "org:baidu": False}),
])
def test_every_organisation_of_a_chain_before_the_name(text, expected):
    assert expected.items() <= employed(text).items()


@pytest.mark.parametrize("text,expected", [
    ("谭振宇,知名学者、前腾讯副总裁、百度首席科学家……", {"org:tencent": False, "org:baidu": False}),
    ("龚嘉怡,华为首席科学家、北京大学教授。", {"org:huawei": True, "univ:pku": True}),
])
def test_chain_in_an_apposition(text, expected):
    assert expected.items() <= employed(text).items()


def test_chain_after_a_copula_with_a_founder_title():
    text = "龚嘉怡是一位研究员。同时,她也是北京大学研究院院长、AI4ALL(一个公益组织)联合创始人及主席。"
    found = {(f.relation, f.object.id) for f in facts_of(text) if f.subject.id == "person:gong-jiayi"}
    assert {("EMPLOYED_BY", "univ:pku"), ("FOUNDED", "org:ai4all"), ("EMPLOYED_BY", "org:ai4all")} <= found


@pytest.mark.parametrize("text,wrong", [
    ("苹果CEO、微软CEO纳德拉出席了会议。", "org:apple"),  # the same title twice: two people's posts
    ("红杉资本投资的字节跳动CEO张一鸣表示看好。", "org:sequoia"),  # an investor, not a post
    ("腾讯与百度首席科学家谭振宇合作。", "org:tencent"),  # no title after the first organisation
])
def test_no_chain(text, wrong):
    assert wrong not in employed(text)
