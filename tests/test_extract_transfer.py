"""General patterns added while measuring transfer to a second held-out set (eval/heldout), each
on sentences written for these tests only (none is taken from the held-out articles): nominal
references to a company across sentences, "a round led by X", "X获得Y投资", 前者/后者, an
apposition naming an unknown company, names after a wire dateline, 一 opening a given name,
"previously a … at", "before joining", "出身的…研究员", a pronoun after an advisor is named."""

from __future__ import annotations

import pytest

from talentgraph.extract.mentions import MentionFinder, Text
from tests.conftest import facts_of


def named(text: str) -> set[tuple[str, str, str]]:
    return {(f.subject.name, f.relation, f.object.name) for f in facts_of(text)}


def current_of(text: str, subject: str, relation: str, obj: str):
    for f in facts_of(text):
        if (f.subject.name, f.relation, f.object.name) == (subject, relation, obj):
            return f.qualifiers.current
    raise AssertionError(f"no {subject} {relation} {obj}")


@pytest.mark.parametrize("text,expected", [
    ("Published: 2025-05-01\n\nAnna Berg co-founded Nimbus Robotics in 2021. The startup has raised $40 million "
     "in a round led by Tencent.", ("Tencent", "INVESTED_IN", "Nimbus Robotics")),
    ("Published: 2025-05-01\n\nVector Labs Inc. closed a $12 million seed round led by Alibaba.",
     ("Alibaba", "INVESTED_IN", "Vector Labs Inc.")),
    ("Published: 2025-05-01\n\nOrbit AI said on Friday it had raised $8 million. The round was led by Baidu.",
     ("Baidu", "INVESTED_IN", "Orbit AI")),
    ("机器人公司云杉动力近日获得腾讯战略投资。", ("Tencent", "INVESTED_IN", "云杉动力")),
])
def test_investor_named_after_the_round(text, expected):
    assert expected in named(text)


@pytest.mark.parametrize("text,expected", [
    ("苹果收购了AI初创公司海蓝智能。该公司由前百度工程师郭晓峰于2019年创办。", ("郭晓峰", "FOUNDED", "海蓝智能")),
    ("Published: 2025-05-01\n\nIvan Petrov co-founded Quill AI in 2020. Last year Amazon acquired the company.",
     ("Amazon", "ACQUIRED", "Quill AI")),
    ("Published: 2025-05-01\n\nRita Gomez founded Fable AI in 2022. She left the startup in May.",
     ("Rita Gomez", "EMPLOYED_BY", "Fable AI")),
])
def test_company_named_by_what_it_is(text, expected):
    assert expected in named(text)


def test_nominal_reference_needs_a_company_before_it():
    found = MentionFinder().run(Text(text="The company said it would hire more researchers.")).mentions
    assert not any(m.type == "Company" for m in found)


def test_nominal_reference_is_not_an_alias():
    text = "Published: 2025-05-01\n\nIvan Petrov co-founded Quill AI in 2020. Last year Amazon acquired the company."
    for f in facts_of(text):
        assert "the company" not in f.object.aliases


@pytest.mark.parametrize("text,company", [
    ("Lattice, the Berlin-based startup, said on Monday it would open an office in Paris.", "Lattice"),
    ("Kestrel, a Seattle startup building warehouse robots, was founded in 2020.", "Kestrel"),
    ("Published: 2025-05-01\n\nThe startup Wren Capital backed it.", "Wren Capital"),
])
def test_unknown_company_in_apposition(text, company):
    found = {(m.surface, m.type) for m in MentionFinder().run(Text(text=text)).mentions}
    assert (company, "Company") in found


def test_apposition_of_a_person_is_not_a_company():
    found = {(m.surface, m.type) for m in MentionFinder().run(
        Text(text="Published: 2025-05-01\n\nMaya Lund, a startup founder, joined Google.")).mentions}
    assert ("Maya Lund", "Company") not in found


@pytest.mark.parametrize("text,expected", [
    ("研究员黄子凡和周立新先后加入百度。前者博士毕业于北京大学，后者本科毕业于浙江大学。", ("黄子凡", "EDUCATED_AT", "Peking University")),
    ("研究员黄子凡和周立新先后加入百度。前者博士毕业于北京大学，后者本科毕业于浙江大学。", ("周立新", "EDUCATED_AT", "Zhejiang University")),
    ("Published: 2025-05-01\n\nTom Hale and Lin Mei joined Google in 2018. The latter holds a PhD from MIT.",
     ("Lin Mei", "EDUCATED_AT", "Massachusetts Institute of Technology")),
])
def test_former_and_latter(text, expected):
    facts = named(text)
    assert expected in facts
    subj, rel, obj = expected
    assert not any(f[1] == rel and f[2] == obj and f[0] != subj for f in facts)


@pytest.mark.parametrize("text,expected", [
    ("SHENZHEN, May 2 (Reuters) - Lucas Meyer, a former Tencent engineer, has joined Huawei.",
     ("Lucas Meyer", "EMPLOYED_BY", "Huawei")),
    ("华为近日迎来AI科学家，首席科学家马一帆表示将专注于大模型研发。马一帆博士毕业于清华大学。",
     ("马一帆", "EDUCATED_AT", "Tsinghua University")),
    ("两位研究员赵子墨和钱明哲分别加入了百度和腾讯。", ("钱明哲", "EMPLOYED_BY", "Tencent")),
])
def test_people_found_in_new_places(text, expected):
    assert expected in named(text)


@pytest.mark.parametrize("text,subject,relation,obj,current", [
    ("Published: 2025-05-01\n\nNora Quinn, previously a staff engineer at Apple, has joined OpenAI.",
     "Nora Quinn", "EMPLOYED_BY", "Apple", False),
    ("Published: 2025-05-01\n\nOmar Haddad worked at Intel for two years before joining Nvidia in 2019. "
     "Haddad now leads research at Apple.", "Omar Haddad", "EMPLOYED_BY", "Nvidia", False),
])
def test_past_employment_in_new_forms(text, subject, relation, obj, current):
    assert current_of(text, subject, relation, obj) is current


def test_school_origin_before_a_title_is_education():
    facts = named("北大出身的两位工程师孙浩然和冯子轩近日加入了字节跳动。")
    assert ("孙浩然", "EDUCATED_AT", "Peking University") in facts
    assert ("孙浩然", "EMPLOYED_BY", "Peking University") not in facts


def test_pronoun_after_an_advisor_means_the_student():
    facts = named("王思雨博士毕业于浙江大学，导师是知名学者陈国平。此前，她在阿里巴巴工作了三年。")
    assert ("王思雨", "EMPLOYED_BY", "Alibaba") in facts
    assert ("陈国平", "EMPLOYED_BY", "Alibaba") not in facts


def test_taiwan_tsing_hua_is_not_tsinghua():
    facts = named("前谷歌研究員林柏宏畢業於國立清華大學，日前加入鴻海。")
    assert ("林柏宏", "EDUCATED_AT", "National Tsing Hua University") in facts
    assert ("林柏宏", "EDUCATED_AT", "Tsinghua University") not in facts
    assert ("林柏宏", "EMPLOYED_BY", "Foxconn") in facts
