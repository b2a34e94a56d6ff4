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
