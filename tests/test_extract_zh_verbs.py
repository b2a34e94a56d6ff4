"""Chinese career verbs: university posts (挂帅, 受聘, 任教, 带学生) and stints that end (卸任,
离任), on sentences written for these tests."""

from __future__ import annotations

import pytest

from conftest import facts_of


def employed(text: str) -> dict[tuple[str, str], dict]:
    return {(f.subject.id, f.object.id): f.qualifiers.model_dump(exclude_none=True)
            for f in facts_of(text) if f.relation == "EMPLOYED_BY"}


@pytest.mark.parametrize("text,pair", [
    ("谭振宇挂帅清华大学新成立的研究院。", ("person:tan-zhenyu", "univ:tsinghua")),
    ("邵恒宇受聘复旦大学。", ("person:shao-hengyu", "univ:fudan")),
    ("龚嘉怡如今在浙江大学带学生。", ("person:gong-jiayi", "univ:zju")),
    ("邵恒宇在复旦大学任教多年。", ("person:shao-hengyu", "univ:fudan")),
])
def test_university_posts(text, pair):
    assert pair in employed(text)


@pytest.mark.parametrize("text", ["龚嘉怡在浙江大学读书。", "邵恒宇本科就读于复旦大学。"])
def test_study_is_no_post(text):
    assert employed(text) == {}


@pytest.mark.parametrize("text,pair", [
    ("谭振宇已从百度卸任。", ("person:tan-zhenyu", "org:baidu")),
    ("龚嘉怡近日从腾讯离任。", ("person:gong-jiayi", "org:tencent")),
])
def test_stint_that_ended(text, pair):
    assert employed(text)[pair]["current"] is False


@pytest.mark.parametrize("text,org", [
    ("谭振宇在微软效力23年,几乎专注在研究部门。", "org:microsoft"),
    ("龚嘉怡曾在腾讯效力十年。", "org:tencent"),
    ("谭振宇是研究员。他向效力了23年的微软提出了离职。", "org:microsoft"),
])
def test_served_years_at(text, org):
    assert org in {f.object.id for f in facts_of(text) if f.relation == "EMPLOYED_BY"}


@pytest.mark.parametrize("text,org", [
    ("前商汤执行研究总监、AIGC业务总经理谭振宇在海外成立了公司。", "org:sensetime"),
    ("百度智能云事业群首席架构师、AI平台部总经理龚嘉怡表示看好。", "org:baidu"),
])
def test_long_title_chain_before_the_name(text, org):
    assert org in {f.object.id for f in facts_of(text) if f.relation == "EMPLOYED_BY"}


@pytest.mark.parametrize("text", [
    "这源于Quadra(由前商汤研发总监谭振宇创立)等公司成功创业积累下的口碑,也源于大多商汤系人才。",
    "他们的成功创业带来了名气,也吸引了大量腾讯系人才。谭振宇表示。",
])
def test_startup_noun_across_a_comma_founds_nothing(text):
    assert not {f for f in facts_of(text) if f.relation == "FOUNDED" and f.object.id in ("org:sensetime", "org:tencent")}


def test_startup_verb_across_a_comma_still_founds():
    text = "谭振宇和龚嘉怡是同学。2023年,两人还联手创业,搞了个叫Quadra的AI公司。"
    assert {"person:tan-zhenyu", "person:gong-jiayi"} <= {
        f.subject.id for f in facts_of(text) if f.relation == "FOUNDED" and f.object.id == "org:quadra"}
