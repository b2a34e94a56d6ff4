"""The gazetteers (data/gazetteers/*.toml) stay consistent: ids unique and well-formed, no alias
that two entries share, labs and units pointing at entries that exist, no alias that is a common
word, and a few names recognised as the right entry by the MentionFinder.

The example sentences are written for this test."""

from __future__ import annotations

import re
import tomllib
from collections import defaultdict
from importlib import resources

import opencc
import pytest

from talentgraph.extract.mentions import MentionFinder, Text
from talentgraph.extract.normalize import simplify_same_length

FILES = {"universities.toml": ("univ", "University"), "companies.toml": ("org", "Company"),
         "labs.toml": ("lab", "Lab"), "people.toml": ("person", "Person")}
_t2s = opencc.OpenCC("t2s").convert

# capitalised English words that must not be an alias on their own (a company is named
# "Scale AI", "Character.AI", "Inflection AI", never the bare word)
COMMON_EN = set("""
scale character inflection adept essential magic runway cruise figure physical cursor harvey
sierra writer humane honor seed research lab labs institute university college school ai air hai
scs red hit bit mission reflection cognition together fireworks periodic liquid contextual
world thinking machines safe open deep x meta-ai the and
""".split())
# Chinese words of everyday text that must not be an alias on their own
COMMON_ZH = {"平安", "联想", "阶跃", "有道", "美的", "荣耀", "吉利", "理想", "金山", "浪潮", "百川", "零一",
             "面壁", "地平线", "天大", "人大", "上交", "交大", "中大", "东大", "微博", "微信", "智能", "科技",
             "大学", "学院", "实验室", "研究院", "基于", "机遇", "滴滴", "新浪", "华大", "南航", "西电", "上财",
             "北外", "上外", "周明", "高文", "程维", "司罗", "安全超级智能"}


def _load(name: str) -> dict:
    text = resources.files("talentgraph.data").joinpath("gazetteers", name).read_text(encoding="utf-8")
    return tomllib.loads(text)


@pytest.fixture(scope="module")
def gaz() -> dict[str, dict]:
    return {name: _load(name) for name in FILES}


def _entities(gaz):
    for name, data in gaz.items():
        for rec in data.get("entity", []):
            yield name, rec


def test_ids_are_unique_and_well_formed(gaz):
    seen: dict[str, str] = {}
    for name, rec in _entities(gaz):
        prefix, type_ = FILES[name]
        assert re.fullmatch(prefix + r":[a-z0-9][a-z0-9._-]*", rec["id"]), rec["id"]
        assert rec["type"] == type_, rec["id"]
        assert rec["id"] not in seen, f"{rec['id']} in {name} and {seen[rec['id']]}"
        seen[rec["id"]] = name
        assert rec["name"].strip() and rec["aliases"], rec["id"]
        if rec.get("wikidata"):
            assert re.fullmatch(r"Q[1-9][0-9]*", rec["wikidata"]), rec["id"]
        if rec.get("country"):
            assert re.fullmatch(r"[A-Z]{2}", rec["country"]), rec["id"]


def test_no_alias_belongs_to_two_entries(gaz):
    owners: dict[str, set[str]] = defaultdict(set)
    for _, rec in _entities(gaz):
        for alias in rec["aliases"]:
            owners[_t2s(alias)].add(rec["id"])
    for data in gaz.values():
        for unit in data.get("unit", []):
            for alias in unit["aliases"]:
                owners[_t2s(alias)].add(unit["of"])
    shared = {a: sorted(o) for a, o in owners.items() if len(o) > 1}
    assert not shared, shared


def test_loaded_name_keys_are_unambiguous():
    """After loading (reversed English order and pinyin added for people), no normalised name
    key (what ``Gazetteer.lookup`` uses) leads to two entries."""
    from talentgraph.extract.gazetteer import load_gazetteer
    from talentgraph.names import alias_key

    owners: dict[str, set[str]] = defaultdict(set)
    for entry in load_gazetteer().entries.values():
        for alias in entry.aliases:
            owners[alias_key(alias)].add(entry.id)
    shared = {k: sorted(o) for k, o in owners.items() if len(o) > 1}
    assert not shared, shared


def test_no_alias_repeated_within_an_entry(gaz):
    for _, rec in _entities(gaz):
        folded = [_t2s(a) for a in rec["aliases"]]
        assert len(folded) == len(set(folded)), rec["id"]


def test_labs_units_and_acts_for_point_at_existing_entries(gaz):
    ids = {rec["id"] for _, rec in _entities(gaz)}
    for rec in gaz["labs.toml"]["entity"]:
        assert rec.get("parent") in ids, rec["id"]
        assert rec["parent"] != rec["id"]
    for data in gaz.values():
        for unit in data.get("unit", []):
            assert unit["of"] in ids and unit["of"].startswith("univ:"), unit["aliases"][0]
    for rec in gaz["people.toml"]["entity"]:
        if rec.get("acts_for"):
            assert rec["acts_for"] in ids and rec["acts_for"].startswith("org:"), rec["id"]


def test_no_alias_is_a_common_word(gaz):
    bad = []
    aliases = [(rec["id"], a) for _, rec in _entities(gaz) for a in rec["aliases"]]
    aliases += [(u["of"], a) for data in gaz.values() for u in data.get("unit", []) for a in u["aliases"]]
    for id_, alias in aliases:
        folded = _t2s(alias)
        if re.fullmatch(r"[\u4e00-\u9fff]", folded) or folded in COMMON_ZH:
            bad.append((id_, alias))
        if re.fullmatch(r"[A-Za-z][A-Za-z-]*", alias) and alias.lower() in COMMON_EN:
            bad.append((id_, alias))
        if not alias.strip() or alias != alias.strip():
            bad.append((id_, alias))
    assert not bad, bad


@pytest.fixture(scope="module")
def finder() -> MentionFinder:
    return MentionFinder()


def _keys(finder: MentionFinder, text: str) -> set[str]:
    return {m.key for m in finder.run(Text(text=simplify_same_length(text))).mentions}


@pytest.mark.parametrize("text, expected, absent", [
    ("她在卡耐基梅隆大学读博，后来去了伯克利。", {"univ:cmu", "univ:uc-berkeley"}, set()),
    ("他本科畢業於國立清華大學電機系。", {"univ:nthu"}, {"univ:tsinghua"}),
    ("他后来在河南大学任教。", {"univ:henu"}, {"univ:nju"}),
    ("他硕士毕业于东北大学，博士读的是美国西北大学。", {"univ:neu-cn", "univ:northwestern"}, {"univ:pku"}),
    ("他曾在中科院自动化所读博，后来加入了北京智源人工智能研究院。", {"univ:cas", "org:baai"}, set()),
    ("京东方的一位工程师跳槽去了京东。", {"org:boe", "org:jd"}, set()),
    ("TikTok的母公司宣布了新的人事任命。", {"org:bytedance"}, set()),
    ("李开复早年提出AI2.0，后来创办了零一万物。", {"person:kai-fu-lee", "org:01-ai"}, {"org:ai2"}),
    ("他记录了实验室生活的点点滴滴。", set(), {"org:didi"}),
    ("杨立昆宣布离开Meta，辛顿和本吉奥表示祝贺。",
     {"person:yann-lecun", "org:meta", "person:geoffrey-hinton", "person:yoshua-bengio"}, set()),
    ("他在阿里巴巴达摩院工作了五年，之后转到通义实验室。", {"lab:damo-academy", "lab:tongyi-lab"}, set()),
    ("She left Inflection AI to join Microsoft AI under Mustafa Suleyman.",
     {"org:inflection-ai", "lab:microsoft-ai", "person:mustafa-suleyman"}, set()),
    ("Daniel Gross co-founded Safe Superintelligence with Ilya Sutskever.",
     {"person:daniel-gross", "org:ssi", "person:ilya-sutskever"}, set()),
    ("The scale of the model, not its character, made the runway longer.", set(),
     {"org:scale-ai", "org:character-ai", "org:runway"}),
    ("He earned his PhD at ETH Zurich and joined Google DeepMind in London.",
     {"univ:eth-zurich", "lab:google-deepmind"}, set()),
    ("姚期智创办的清华叉院培养了很多创业者。", {"person:andrew-yao", "univ:tsinghua"}, set()),
    ("他在上海信息产业园工作，价格力度很大，这家公司有道理。", set(), {"org:hisense", "org:gree", "org:youdao"}),
    ("Tom Cruise said the runway show was a Magic moment.", set(), {"org:cruise", "org:runway", "org:magic-dev"}),
    ("黄仁勋毕业于奥勒冈州立大学，后来在史丹福大学读硕士。", {"person:jensen-huang", "univ:oregon-state", "univ:stanford"}, set()),
    ("他加入了火山引擎，此前在阿里云工作。", {"lab:volcano-engine", "lab:alibaba-cloud"}, set()),
    ("祖克柏与蓋茲都曾从哈佛退学。", {"person:mark-zuckerberg", "person:bill-gates", "univ:harvard"}, set()),
])
def test_names_are_recognised(finder, text, expected, absent):
    keys = _keys(finder, text)
    assert expected <= keys, (expected - keys, keys)
    assert not (absent & keys), absent & keys
