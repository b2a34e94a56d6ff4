"""Current or past: the ``current`` qualifier of EMPLOYED_BY, on sentences written for these
tests (Chinese and English) — none is taken from the sample corpus."""

from __future__ import annotations

import pytest

from tests.test_extract_english import facts_of

EN = "Published 2024-05-02. "
ZH = "2024年5月2日\n"


def current_of(text: str, subject: str, obj: str):
    found = [f for f in facts_of(text)
             if (f.subject.id, f.relation, f.object.id) == (subject, "EMPLOYED_BY", obj)]
    assert found, f"no {subject} EMPLOYED_BY {obj}"
    return {f.qualifiers.current for f in found}


@pytest.mark.parametrize("text,subject,obj,current", [
    # a title stated without a time is the present one
    (EN + "Google's chief scientist Dana Xu spoke at the conference.", "person:dana-xu", "org:google", True),
    (EN + "Ben Li is a professor at Stanford.", "person:ben-li", "univ:stanford", True),
    (EN + "Dana Xu is currently a research scientist at Meta.", "person:dana-xu", "org:meta", True),
    (ZH + "谷歌首席科学家王小明表示，新模型即将发布。", "person:wang-xiaoming", "org:google", True),
    (ZH + "王小明目前在英伟达担任研究科学家。", "person:wang-xiaoming", "org:nvidia", True),  # 目前 is not 前
    # former, previously, left: past
    (EN + "Former Google engineer Dana Xu has started a new company.", "person:dana-xu", "org:google", False),
    (EN + "Dana Xu, a former OpenAI researcher, joined Anthropic in March.", "person:dana-xu", "org:openai",
     False),
    (ZH + "前谷歌工程师王小明创办了一家公司。", "person:wang-xiaoming", "org:google", False),
    (ZH + "王小明已经离开了英伟达。", "person:wang-xiaoming", "org:nvidia", False),
    # a move: from A (past) to B (current)
    (EN + "Dana Xu left Microsoft for xAI.", "person:dana-xu", "org:microsoft", False),
    (EN + "Dana Xu left Microsoft for xAI.", "person:dana-xu", "org:xai", True),
    (EN + "Dana Xu, a former OpenAI researcher, joined Anthropic in March.", "person:dana-xu", "org:anthropic",
     True),
    (ZH + "王小明从谷歌跳槽到OpenAI。", "person:wang-xiaoming", "org:google", False),
    (ZH + "王小明从谷歌跳槽到OpenAI。", "person:wang-xiaoming", "org:openai", True),
])
def test_current_or_past(text, subject, obj, current):
    assert current_of(text, subject, obj) == {current}


@pytest.mark.parametrize("text,subject,obj", [
    # "then"/"时任": the title held at the time of the story, not necessarily now
    (EN + "Ben Li, the then CEO of GitHub, announced the deal.", "person:ben-li", "org:github"),
    (ZH + "时任谷歌CEO的李华宣布了这项收购。", "person:li-hua", "org:google"),
])
def test_a_title_at_another_time_is_not_current(text, subject, obj):
    assert current_of(text, subject, obj) == {None}
