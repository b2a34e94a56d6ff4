"""Chinese advisors named with the study (跟随A和B攻读博士, 在A的指导下) and shareholdings
(X持股30%), on sentences written for these tests."""

from __future__ import annotations

import pytest

from conftest import facts_of


def triples(text: str) -> set[tuple[str, str, str]]:
    return {(f.subject.id, f.relation, f.object.id) for f in facts_of(text)}


@pytest.mark.parametrize("text,advisors", [
    ("谭振宇是研究员。随后,他前往CMU,跟随苹果公司 AI 负责人Ruslan Salakhutdinov 和谷歌首席科学家 William W. Cohen 攻读博士学位。",
     {"person:ruslan-salakhutdinov", "person:william-cohen"}),
    ("谭振宇是研究员。2010年,他追随姚期智读博。", {"person:andrew-yao"}),
    ("谭振宇是研究员。他在姚期智的指导下完成博士论文。", {"person:andrew-yao"}),
])
def test_study_under(text, advisors):
    found = {f.object.id for f in facts_of(text) if f.relation == "ADVISED_BY" and f.subject.id == "person:tan-zhenyu"}
    assert found == advisors


@pytest.mark.parametrize("text", [
    "谭振宇是研究员。他跟随腾讯进入了新市场。",  # no person between the verb and a study
    "谭振宇是研究员。他跟随姚期智加入了腾讯。",  # a move, not a study
])
def test_no_study_under(text):
    assert not {t for t in triples(text) if t[1] == "ADVISED_BY"}


@pytest.mark.parametrize("text,holder,company", [
    ("王小川去年创办了百川智能,目前王小川持股 60.5%。", "person:xiaochuan-wang", "org:baichuan"),
    ("腾讯持有百川智能 15%的股份。", "org:tencent", "org:baichuan"),
    ("据报道,王小川持有百川智能约40%的股权。", "person:xiaochuan-wang", "org:baichuan"),
])
def test_stake_is_an_investment(text, holder, company):
    facts = [f for f in facts_of(text) if f.relation == "INVESTED_IN"]
    assert any(f.subject.id == holder and f.object.id == company and f.qualifiers.stake for f in facts)


@pytest.mark.parametrize("text", [
    "王小川持股比例未披露。",  # no percentage
    "腾讯和百川智能都表示,王小川持股 60.5%。",  # two companies before: which one is unclear
])
def test_no_stake(text):
    assert not {t for t in triples(text) if t[1] == "INVESTED_IN" and t[0].startswith("person:")}
