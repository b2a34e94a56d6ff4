"""English names recognised by their shape, and the clause passes (``rel_clauses``): sentences
written for these tests, several variants of each construction — none from any corpus."""

from __future__ import annotations

import pytest

from talentgraph.extract.name_shapes import is_given_name, is_pinyin_name
from talentgraph.extract.names_en import find_people
from tests.conftest import facts_of

PUB = "Published 2025-03-01.\n\n"


def claims(text: str) -> set[tuple]:
    return {(f.subject.name, f.relation, f.object.name) for f in facts_of(PUB + text) if f.relation != "PART_OF"}


def quals(text: str, subject: str, relation: str, obj: str) -> dict:
    found = [f for f in facts_of(PUB + text) if (f.subject.name, f.relation, f.object.name) == (subject, relation, obj)]
    assert found, f"no {subject} {relation} {obj} in {claims(text)}"
    return found[0].qualifiers.non_empty()


def names(text: str) -> list[str]:
    return [name for _, name in find_people(text)]


@pytest.mark.parametrize("word,expected", [("Mustafa", True), ("Daniela", True), ("Peter", True),
                                           ("Utility", False), ("Thinking", False), ("Interdisciplinary", False)])
def test_given_names_come_from_the_name_dictionary(word, expected):
    assert is_given_name(word) is expected


@pytest.mark.parametrize("words,expected", [(["Ma", "Yi"], True), (["Zhou", "Xinyu"], True), (["Lee", "Kai-Fu"], True),
                                            (["Tel", "Aviv"], False), (["Nova", "Act"], False), (["Bill", "Gates"], False)])
def test_romanised_chinese_names_are_pinyin_with_a_surname(words, expected):
    assert is_pinyin_name(words) is expected


@pytest.mark.parametrize("text,expected", [
    ("A former OpenAI exec Mira Tanaka on Tuesday unveiled a startup.", ["Mira Tanaka"]),
    ("Peter DeVries, the cloud unit's head, spoke.", ["Peter DeVries"]),
    ("The team hired Karén Obradovic last year.", ["Karén Obradovic"]),
    ("Dean Andrew W. Moorcroft will step down.", ["Andrew W. Moorcroft"]),
    ("Wu Zhenhao joined the lab, said Farid Jahangir, president of the school.", ["Wu Zhenhao", "Farid Jahangir"]),
    ("Ornella Voss Praises The Deal", ["Ornella Voss"]),  # a headline verb is not a name word
])
def test_people_are_found_by_the_shape_of_their_names(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    "The lab is based in Palo Alto and Tel Aviv, the company said.",
    "Amazon's Vice President of Utility Computing will oversee it.",
    "It reached the top of leaderboards, Ends Manual Coding.",
])
def test_capitalised_phrases_without_a_name_shape_or_cue_are_not_people(text):
    assert names(text) == []


@pytest.mark.parametrize("text,founders,org", [
    ("Tom Brand is launching Quanta AI together with Eva Lin, a former researcher at Apple, and Bo Ren, a "
     "former engineer at OpenAI.", {"Tom Brand", "Eva Lin", "Bo Ren"}, "Quanta AI"),
    ("Tom Brand co-founded Quanta AI with Eva Lin.", {"Tom Brand", "Eva Lin"}, "Quanta AI"),
    ("Tom Brand founded Quanta AI in 2019 with Eva Lin and Bo Ren.", {"Tom Brand", "Eva Lin", "Bo Ren"}, "Quanta AI"),
])
def test_cofounders_after_with_found_the_same_company(text, founders, org):
    found = {s for s, r, o in claims(text) if r == "FOUNDED" and o == org}
    assert found == founders


@pytest.mark.parametrize("text", [
    "The tech giant acquired Tom Brand's startup Quanta AI in 2013.",
    "Tom Brand unveiled her new startup's name, Quanta AI, on Tuesday.",
    "Investors like Tom Brand's AI company, Quanta AI.",
])
def test_a_possessive_startup_is_founded_by_its_owner(text):
    assert ("Tom Brand", "FOUNDED", "Quanta AI") in claims(text)


def test_the_acquirer_named_by_what_it_is():
    text = "Google bought a lab. Since 2013, when the tech giant acquired Tom Brand's startup Quanta AI, it grew."
    assert ("Google", "ACQUIRED", "Quanta AI") in claims(text)


@pytest.mark.parametrize("text,role", [
    ("As president of Quanta AI, Tom Brand directs the research.", "president"),
    ("As the CTO of Quanta AI, Tom Brand hired forty people.", "CTO"),
])
def test_a_fronted_title_belongs_to_the_name_after_the_comma(text, role):
    assert quals(text, "Tom Brand", "EMPLOYED_BY", "Quanta AI") == {"role": role, "current": True}


def test_bare_titles_refer_to_the_company_in_focus():
    text = "Quanta AI says it has 30 staff. Eva Lin is CEO, Tom Brand is CTO and Bo Ren is chief scientist."
    assert quals(text, "Eva Lin", "EMPLOYED_BY", "Quanta AI")["role"] == "CEO"
    assert quals(text, "Tom Brand", "EMPLOYED_BY", "Quanta AI")["role"] == "CTO"
    assert quals(text, "Bo Ren", "EMPLOYED_BY", "Quanta AI")["role"] == "chief scientist"


def test_a_bare_title_with_no_company_in_focus_claims_nothing():
    assert not {r for _, r, _ in claims("Eva Lin is CEO, and Tom Brand is CTO.")}


def test_a_title_before_a_name_refers_to_the_most_named_company():
    text = "Meta plans big. Meta will invest. Meta is hiring. CEO Tom Brand has made AI a core priority."
    assert quals(text, "Tom Brand", "EMPLOYED_BY", "Meta") == {"role": "CEO", "current": True}


@pytest.mark.parametrize("text,expected", [
    ("After graduating from Stanford University with a Ph.D. in computer science, Tom Brand spent years at Apple.",
     ("EDUCATED_AT", "Stanford University", {"degree": "phd"})),
    ("Upon earning a master's degree at Tsinghua, Tom Brand moved to Beijing.",
     ("EDUCATED_AT", "Tsinghua University", {"degree": "master"})),
    ("Working as a VP of safety at OpenAI—the company behind a chatbot—Tom Brand saw the risks.",
     ("EMPLOYED_BY", "OpenAI", {"role": "vice president"})),
    ("Before joining Tesla, Tom Brand studied robotics.", ("EMPLOYED_BY", "Tesla", {})),
])
def test_fronted_participles_take_the_subject_after_the_comma(text, expected):
    relation, obj, q = expected
    assert quals(text, "Tom Brand", relation, obj) == q


def test_affiliations_in_brackets_after_a_name():
    text = "The prize went to Tom Brand (Google and Stanford University) and Eva Lin (Meta)."
    found = claims(text)
    assert {("Tom Brand", "EMPLOYED_BY", "Google"), ("Tom Brand", "EMPLOYED_BY", "Stanford University"),
            ("Eva Lin", "EMPLOYED_BY", "Meta")} <= found


@pytest.mark.parametrize("text,subject", [
    ("Tom Brand studied under Stanford scientist Eva Lin and joined OpenAI as an early hire.", "Tom Brand"),
    ("Tom Brand worked with Eva Lin and later joined OpenAI.", "Tom Brand"),
    ("Tom Brand met Eva Lin, who joined OpenAI.", "Eva Lin"),
])
def test_a_coordinated_verb_keeps_the_clause_subject(text, subject):
    employed = {s for s, r, o in claims(text) if r == "EMPLOYED_BY" and o == "OpenAI"}
    assert employed == {subject}


@pytest.mark.parametrize("text", [
    "Tom Brand left the Microsoft-backed company last year.",
    "Tom Brand almost joined Microsoft in 2023.",
    "Tom Brand declined an offer to join Microsoft.",
])
def test_modifiers_and_negated_joins_claim_no_employment(text):
    assert not {o for s, r, o in claims(text) if r == "EMPLOYED_BY" and o == "Microsoft"}


@pytest.mark.parametrize("text,expected", [
    ("Quanta AI was established just over a year ago, in March 2023, by Tom Brand.", "2023-03"),
    ("Quanta AI, which was launched in 2021 by Tom Brand, raised money.", "2021"),
])
def test_founded_by_with_a_time_phrase_in_between(text, expected):
    assert quals(text, "Tom Brand", "FOUNDED", "Quanta AI") == {"start": expected}


def test_a_role_across_a_long_department_name():
    text = "Tom Brand, an assistant professor in the School of Interdisciplinary Information at Tsinghua University, spoke."
    assert quals(text, "Tom Brand", "EMPLOYED_BY", "Tsinghua University")["role"] == "assistant professor"


def test_a_surname_alone_carries_the_full_name():
    text = "Barret Zolan is CTO at Quanta AI. Zolan left OpenAI in September."
    subjects = {f.subject.name for f in facts_of(PUB + text) if f.object.name == "OpenAI"}
    assert subjects == {"Barret Zolan"}


def test_a_capitalised_verb_before_a_name_is_not_part_of_it():
    assert names("Joining Tom Brand at the firm is Eva Lin.") == ["Tom Brand", "Eva Lin"]
    assert names("Meet Eva Lindqvist, the new chief scientist.") == ["Eva Lindqvist"]


def test_a_pronoun_inside_a_quotation_is_not_resolved_to_the_last_name():
    text = ('Tom Brand won the prize with Eva Lin. "He never told me he would leave Google," says Bo Ren, '
            "a researcher at Meta.")
    assert not {s for s, r, o in claims(text) if o == "Google"}


def test_each_organisation_takes_the_date_nearest_to_it():
    text = "Tom Brand sold the company to Google in 2014 and left Google in 2022 to co-found Vela AI."
    assert quals(text, "Tom Brand", "EMPLOYED_BY", "Google") == {"end": "2022", "current": False}
    assert quals(text, "Tom Brand", "FOUNDED", "Vela AI") == {"start": "2022"}


@pytest.mark.parametrize("apostrophe", ["'", "’"])
def test_a_possessive_title_after_the_company_with_either_apostrophe(apostrophe):
    text = f"Tom Brand, Amazon{apostrophe}s Vice President of Utility Computing, is expected to oversee the team."
    assert quals(text, "Tom Brand", "EMPLOYED_BY", "Amazon")["role"] == "vice president"


def test_members_listed_after_a_group_of_a_company():
    text = "Eva Lin thanked Amazon executives, including CEO Tom Brand and AWS head Bo Ren."
    assert quals(text, "Tom Brand", "EMPLOYED_BY", "Amazon")["role"] == "CEO"
    assert quals(text, "Bo Ren", "EMPLOYED_BY", "Amazon") == {"role": "head", "team": "Amazon Web Services"}
    assert quals("Former Meta engineers, including Tom Brand, joined the lab.",
                 "Tom Brand", "EMPLOYED_BY", "Meta") == {"current": False}


def test_a_given_name_alone_is_the_one_person_with_that_given_name():
    text = "Daniela Amodei was worried. As president of Anthropic, Daniela directs the work."
    assert quals(text, "Daniela Amodei", "EMPLOYED_BY", "Anthropic")["role"] == "president"


def test_a_given_name_shared_by_two_people_stays_unresolved():
    text = "Daniel Gross and Daniel Levy met. As president of Quanta AI, Daniel directs the work."
    assert not {s for s, r, o in claims(text) if o == "Quanta AI"}


@pytest.mark.parametrize("text,relation,obj,expected", [
    ("An alumna of Tsinghua University who later earned a doctoral degree at UC Berkeley, Tom Brand now runs "
     "a lab.", "EDUCATED_AT", "University of California, Berkeley", {"degree": "phd"}),
    ("An alumna of Tsinghua University who later earned a doctoral degree at UC Berkeley, Tom Brand now runs "
     "a lab.", "EDUCATED_AT", "Tsinghua University", {}),
    ("A former Google engineer, Tom Brand now leads the lab.", "EMPLOYED_BY", "Google",
     {"role": "engineer", "current": False}),
    ("Photo: archive\nThe former Apple researcher, Tom Brand has joined the lab.", "EMPLOYED_BY", "Apple",
     {"role": "researcher", "current": False}),
])
def test_a_description_opening_the_sentence_is_about_the_name_after_it(text, relation, obj, expected):
    assert quals(text, "Tom Brand", relation, obj) == expected


def test_a_verb_after_an_aside_between_dashes_belongs_to_the_name_before_it():
    text = ("Tom Brand – the former CEO of Quanta AI, a startup backed by Eva Lin – has become a Microsoft "
            "executive vice president.")
    assert quals(text, "Tom Brand", "EMPLOYED_BY", "Microsoft") == {"role": "executive vice president", "current": True}
    assert not {s for s, r, o in claims(text) if o == "Microsoft" and r == "EMPLOYED_BY" and s != "Tom Brand"}


@pytest.mark.parametrize("text,investors", [
    ("Tom Brand ran Quanta AI, a startup whose $1.3 billion funding round last year included Microsoft and "
     "Microsoft co-founder Eva Lin.", {"Microsoft", "Eva Lin"}),
    ("Quanta AI has raised $20 million from Sequoia Capital and Tencent, the company said.", {"Sequoia Capital", "Tencent"}),
    ("Quanta AI raised $2.5 million from Sequoia Capital, Tencent and Eva Lin.", {"Sequoia Capital", "Tencent", "Eva Lin"}),
])
def test_investors_listed_after_a_round(text, investors):
    assert {s for s, r, o in claims(text) if r == "INVESTED_IN" and o == "Quanta AI"} == investors


def test_a_company_short_name_after_its_full_name():
    text = "Tom Brand co-founded Vela AI in 2020. Eva Lin, Vela's chief scientist, later joined."
    assert quals(text, "Eva Lin", "EMPLOYED_BY", "Vela AI")["role"] == "chief scientist"


@pytest.mark.parametrize("text,founders", [
    ("Meta offered to buy a stake in NFDG, the venture firm Tom Brand co-founded with Eva Lin.", {"Tom Brand", "Eva Lin"}),
    ("Investors backed Quanta AI, a startup Tom Brand founded in 2019.", {"Tom Brand"}),
])
def test_a_relative_clause_names_the_founder(text, founders):
    org = "NFDG" if "NFDG" in text else "Quanta AI"
    assert {s for s, r, o in claims(text) if r == "FOUNDED" and o == org} == founders


@pytest.mark.parametrize("text,org", [
    ("Tom Brand worked at Apple before heading to Google's China business.", "Google"),
    ("Tom Brand returned after a brief tenure at Quanta AI.", "Quanta AI"),
])
def test_heading_to_and_a_tenure_at_are_employment(text, org):
    assert ("Tom Brand", "EMPLOYED_BY", org) in claims(text)
