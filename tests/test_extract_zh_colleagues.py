"""Chinese colleague phrases and school labels before a name, on sentences written for these
tests: "X及其在C的前同事创办了D", "他在C的老领导Y", "姚班天才X"."""

from __future__ import annotations

import pytest

from conftest import facts_of


def facts(text: str) -> dict[tuple[str, str, str], dict]:
    return {(f.subject.id, f.relation, f.object.id): f.qualifiers.model_dump(exclude_none=True)
            for f in facts_of(text)}


@pytest.mark.parametrize("text", [
    "谭振宇及其在腾讯的两位前同事共同创办了百川智能。",
    "谭振宇和他在腾讯的老同事一起创立了百川智能。",
    "谭振宇带着在腾讯的旧部成立了百川智能。",
])
def test_founded_with_colleagues(text):
    found = facts(text)
    assert ("person:tan-zhenyu", "FOUNDED", "org:baichuan") in found
    assert ("person:tan-zhenyu", "EMPLOYED_BY", "org:tencent") in found


def test_former_colleagues_are_past():
    found = facts("谭振宇及其在腾讯的两位前同事共同创办了百川智能。")
    assert found[("person:tan-zhenyu", "EMPLOYED_BY", "org:tencent")]["current"] is False


@pytest.mark.parametrize("text,people", [
    ("邵恒宇是研究员。他的下一站,将追随他在微软的老领导张亚勤,前往清华大学。",
     {"person:shao-hengyu", "person:ya-qin-zhang"}),
    ("谭振宇在百度的同事龚嘉怡也离职了。", {"person:tan-zhenyu", "person:gong-jiayi"}),
])
def test_mate_at_an_organisation(text, people):
    found = facts(text)
    org = "org:microsoft" if "微软" in text else "org:baidu"
    assert {(p, "EMPLOYED_BY", org) for p in people} <= found.keys()


def test_classmates_at_a_university():
    found = facts("谭振宇和他在清华大学的同学一起创办了百川智能。")
    assert ("person:tan-zhenyu", "EDUCATED_AT", "univ:tsinghua") in found
    assert ("person:tan-zhenyu", "EMPLOYED_BY", "univ:tsinghua") not in found


@pytest.mark.parametrize("text,univ", [
    ("姚班天才谭振宇加入了腾讯。", "univ:tsinghua"),
    ("清华学霸龚嘉怡加入了腾讯。", "univ:tsinghua"),
])
def test_school_label_before_a_name(text, univ):
    assert any(k[1] == "EDUCATED_AT" and k[2] == univ for k in facts(text))


@pytest.mark.parametrize("text", [
    "他说清华天才们很多。",
    "谭振宇称赞清华的学生很优秀。",
    "谭振宇在腾讯见到了龚嘉怡。",
])
def test_no_colleague_or_label(text):
    assert not {k for k in facts(text) if k[1] in ("EDUCATED_AT", "EMPLOYED_BY")}
