"""MentionFinder: people and organisations named in a normalized text.

Known names come from the gazetteers (plus homophone spellings of known Chinese names); unknown
people and organisations are found from context: a Chinese surname next to a job title or a
career verb, a transliterated name with a middle dot, a capitalised English name next to a cue,
an organisation name ending in 大学/University/AI/Labs/Inc.

>>> [(m.surface, m.key) for m in MentionFinder().run(Text(text="台积电前高管罗唯仁退休后转投英特尔")).mentions]
[('台积电', 'org:tsmc'), ('罗唯仁', 'new:Person:罗唯仁'), ('英特尔', 'org:intel')]
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from pydantic import BaseModel, ConfigDict

from talentgraph.extract.gazetteer import load_gazetteer, load_roles
from talentgraph.extract import names_zh
from talentgraph.extract.homophones import HomophoneIndex
from talentgraph.extract.name_shapes import is_given_name, is_pinyin_name
from talentgraph.extract.names_en import NOT_NAME_WORDS, find_named_orgs, find_people

__all__ = ["Text", "Mention", "Mentions", "MentionFinder", "SURNAMES"]

SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝"
    "龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞"
    "左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕"
    "屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧"
    "闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝")
_STOP = set("的了是在和与及、，,。；;将被把从到对向于为也都还就等说称曾这那个们年月日后前上下"
            "又再已很更最并而且或但其之以此该本各每某一二三四五六七八九十两几多位名人家者")
# a surname followed by a Chinese character that can start a given name: where a name may begin
# 一 and 之 may begin a given name ("马一鸣") when a title stands right before the name
_GIVEN_FIRST_OK = frozenset("一之")
_NAME_START = re.compile("[" + "".join(sorted(SURNAMES)) + "](?=[\u4e00-\u9fff])(?!["
                         + "".join(sorted(_STOP - _GIVEN_FIRST_OK)) + "])")
_LEFT_CUE_WORDS = ("校友 学者 教授 专家 研究员 科学家 创始人 负责人 贡献者 总裁 高管 得主 学生 员工 工程师 CEO CTO 官 "
                   "总监 主管 处长 所长 院长 主任 经理 副总裁 掌门人 导师是 导师为 师从 青年 华人 大牛 教父 由 据悉 推测 猜测 透露 消息称 "
                   "名叫 中文名叫 中文名 名为 叫做 董事长 主席 校长 顾问").split()
_LEFT_CUE = re.compile("(?:" + "|".join(_LEFT_CUE_WORDS) + ")$")
_LEFT_CUE_LAST = {w[-1] for w in _LEFT_CUE_WORDS} | {"\n"}  # ``$`` also matches before a final newline
_RIGHT_CUE = re.compile(
    r"^(?:将|已|已经|也|随后|都|均|也都|近日|日前|近期|正式|或将|可能|拟|已于|于|分别|先后|相继){0,2}(?:\d{4}年|加入|入职|加盟|担任|出任|毕业|本科|博士|硕士|创办|创立|联合创办|被任命|宣布|跳槽|转战|离开|"
    r"离职|转投|退休|曾在|曾任|现任|师从|的导师|教授|副教授|博导|表示|透露|回应|此前|目前|早年|"
    r"本人|团队|先后|则|同样|更|还|也|从|前往|赴|来到|回到|进入|入读|就读|攻读|获得|拿到|等(?:人|出席|参加|参与|均|都|也|[,，、。]))")
_NOT_NAMES = {"全职", "全球", "全面", "全新", "高级", "高层", "高价", "高薪", "同时", "明确", "成为", "成功",
              "华人", "华裔", "时间", "方面", "方向", "安全", "文化", "常规", "应用", "任何", "任务",
              "关键", "石油", "金融", "黄金", "马上", "于是", "向来", "和平", "包括", "连续", "龙头",
              "甚至", "曾经", "程序", "项目", "路线", "管理", "宁愿", "江湖", "周年", "周期", "谷歌"}
_STRONG_RIGHT = re.compile(r"^(?:也将?|已经|随后|将|已)?(?:加入|入职|加盟|担任|出任|毕业于|本科毕业|创办|创立|共同创|联合创|"
                           r"被任命|跳槽|离开|离职|转投|转战|退休|师从)")
_STRONG_FIRST = frozenset("也已随将加入担出毕本创共联被跳离转退师")  # where a _STRONG_RIGHT match can begin
_LIST_SEP = re.compile(r"^(?:、|和|与|及|以及)$")
_DOT_NAME = re.compile(r"[\u4e00-\u9fff]{1,5}·[\u4e00-\u9fff]{1,6}")
_ORG_EN = re.compile(r"(?=[A-Z])(?<![A-Za-z])(?:[A-Z][A-Za-z0-9]*(?:[ -][A-Z][A-Za-z0-9]*){0,2}) "
                     r"(?:AI|Labs|Lab|Inc\.?|Technologies|Robotics|Systems|Research|Capital|Ventures)(?![A-Za-z])")
_ORG_WORD = r"[A-Z][A-Za-z0-9\-]*(?:\.[A-Za-z0-9]+)*\.?"  # "01.AI", "Inc.": no "Name. Next"
_ORG_NAMED = re.compile(r"(?:叫|名为|名叫|公司|创业公司|初创公司|startup|company|called|named)\s?"
                        rf"({_ORG_WORD}(?: {_ORG_WORD}){{0,2}})(?![A-Za-z0-9])")
_ORG_BEFORE_ZH = re.compile(r"(?=[A-Z])(?<![A-Za-z])([A-Z][A-Za-z0-9.\-]*(?: [A-Z][A-Za-z0-9.\-]*){0,2})\s?"
                            r"(?=公司|集团|科技公司|创业公司|实验室)")
# an unknown Chinese company named right after what kind of company it is: "初创公司星河智能",
# "机器人公司灵犀动力", "AI独角兽“云鲸智算”"
_KIND_ZH = re.compile(r"公司|企业|独角兽")
_KIND_BEFORE = re.compile(r"(?:初创|创业|新创|科技|机器人|芯片|半导体|人工智能|AI|大模型|智能|自动驾驶|算力|"
                          r"生物|医疗|软件|游戏|具身智能|互联网)$")
_NAME_AFTER_KIND = re.compile(r"[“「\"]?([\u4e00-\u9fff]{2,6}?)(?:[”」\"]|(?=[，,。、；;：:（(\s的和与及]|完成|宣布|由|成立|于|获|"
                              r"在|是|投|将|已|被|称|表示|创|为|此前|目前|近日|今年|去年|$))")
_NOT_ORG_START = re.compile(r"^(?:联合|创始|首席|总裁|董事|负责|高管|员工|团队|旗下|内部|本身|之一|的)")
_UNIV_ZH = re.compile(r"([\u4e00-\u9fff]{2,5}?)(大学|学院)")
_CAPW = r"(?:Mc)?[A-Z][a-z]+(?:[A-Z][a-z]+)?"
_UNIV_EN = re.compile(rf"(?=[A-Z])(?<![A-Za-z])(?:University of {_CAPW}(?: {_CAPW})?|"
                      rf"{_CAPW}(?: {_CAPW})? (?:University|Institute of Technology))(?![A-Za-z])")
_CAP_BEFORE = re.compile(r"[A-Z][a-z-]* $")
_CJK_NAME = re.compile("[\u4e00-\u9fff·]{2,8}")
# "X, the Toronto-based startup said": an unknown name in apposition to what kind of company it is
_ORG_APPOS = re.compile(r"(?=[A-Z])(?<![A-Za-z])([A-Z][A-Za-z0-9.\-]*(?: [A-Z][A-Za-z0-9.\-]*){0,2}),\s+(?:the|a|an)\s+"
                        r"(?:[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?(?:-based)?\s+)?(?:(?:AI|[a-z]+)\s+)?"
                        r"(?:startup|start-up|company|firm|unicorn|chipmaker)"
                        r"(?=\s*[,.;]|\s+(?:said|says|that|which|whose|building|behind|backed|based|in|with)\b)")
# a company named by what it is ("该公司", "这家初创公司", "the company", "the Hangzhou startup"):
# the last company named before it. Not "the startup Qiming AI" (the name follows) nor an
# apposition ("Cohere, the Toronto-based startup": that names the company before it).
_NOMINAL_ORG = re.compile(r"(?:该|这家|此家)(?:初创|创业|新创|科技)?(?:公司|企业)|"
                          r"(?<!, )(?<!,)\b[Tt]he (?:[A-Z][a-z]+(?:-based)? )?(?:company|startup|start-up|firm|chipmaker|"
                          r"(?:tech|search|e-commerce|internet|software|chip|cloud|social media|AI) giant)\b"
                          r"(?!\s+[A-Z])(?!-)")
_DEAL_GAP = re.compile(r"\s*(?:has\s+|had\s+|later\s+)?(?:acquired|bought|invested in|backed|took a stake in)\s+|"
                       r"(?:已|已经|近日|日前)?(?:收购|投资|入股|买下)了?")
_SENT_END = re.compile(r"[。！？!?\n]|\.(?=\s)")
_PERSON_VERB_AFTER = re.compile(r"\s+(?:had\s+|has\s+)?(?:co-?founded|founded|started|launched|set up|built|created|runs|ran|"
                                r"leads|led|joined|left|heads|headed)\b")
_ORG_STEM = re.compile(r"([A-Z][A-Za-z0-9]+(?: [A-Z][A-Za-z0-9]+)?) (?:AI|Labs|Lab|Inc\.?|Technologies|Robotics)")
_NOMINAL_GATE = ("该", "这家", "此家", " giant", "chipmaker", "the company", "the startup", "the start-up", "the firm", "based startup",
                 "based company", "based firm")
_UNIV_STOP = set("于在从到的和与及、是了读入考就自被")


def _univ_zh(s: str):
    """``_UNIV_ZH.finditer(s)``, run only near each 大学/学院 (a match ends with one and starts
    at most five characters before it): the same matches, without trying every position."""
    found = sorted(i for word in ("大学", "学院") for i in _find_all(s, word))
    windows: list[list[int]] = []
    for q in found:
        a, b = max(0, q - 5), q + 2
        if windows and a <= windows[-1][1]:
            windows[-1][1] = b
        else:
            windows.append([a, b])
    last_end = 0
    for a, b in windows:
        for m in _UNIV_ZH.finditer(s, max(a, last_end), b):
            last_end = m.end()
            yield m


def _find_all(s: str, word: str):
    i = s.find(word)
    while i != -1:
        yield i
        i = s.find(word, i + 1)


def _cut_at_period(name: str) -> str:
    """"Safe Superintelligence. His": a word ending in a period ends the name (but "Inc." stays)."""
    words = name.split()
    for k, w in enumerate(words):
        if w.endswith(".") and w not in ("Inc.", "Corp.", "Co.", "Ltd."):
            return " ".join(words[:k] + [w.rstrip(".")])
    return name.rstrip(".") if not name.endswith(("Inc.", "Corp.", "Co.", "Ltd.")) else name


class Text(BaseModel):
    model_config = ConfigDict(frozen=True)
    text: str


@dataclass(slots=True, unsafe_hash=True)
class Mention:
    """A name in the normalized text. ``key`` is a gazetteer id or ``new:<Type>:<surface>``.

    A plain record (not pydantic: thousands are made per article); treat it as immutable.
    """

    start: int
    end: int
    surface: str
    type: str
    key: str
    field: str | None = None
    implied: bool = False  # not written in the text (a lab's parent): its surface is no alias


class Mentions(BaseModel):
    model_config = ConfigDict(frozen=True, arbitrary_types_allowed=True)
    mentions: tuple[Mention, ...]


def _free(taken: bytearray, start: int, end: int) -> bool:
    return not any(taken[start:end])


class MentionFinder:
    def __init__(self) -> None:
        self.gaz = load_gazetteer()
        self.roles = load_roles()
        self.homophones = HomophoneIndex(self.gaz.people())

    def run(self, text: Text) -> Mentions:
        s = text.text
        taken = bytearray(len(s))
        found: list[Mention] = []

        def add(start: int, end: int, type_: str, key: str, field: str | None = None) -> None:
            if end > start and _free(taken, start, end):
                taken[start:end] = b"\x01" * (end - start)
                found.append(Mention(start, end, s[start:end], type_, key, field))

        for m in self.gaz.find(s):
            if m.entry.type == "Person" or not names_zh.inside_longer_name(s, m.start, m.end):
                add(m.start, m.end, m.entry.type, m.entry.id, m.field)
        for start, end, entry_id in self.homophones.find(s):
            add(start, end, "Person", entry_id)
        for m in (_DOT_NAME.finditer(s) if "·" in s else ()):
            add(m.start(), m.end(), "Person", f"new:Person:{m.group()}")
        self._surnames_alone(s, found, add)
        self._dot_name_parts(s, found, add)
        self._orgs(s, add)
        self._chinese_people(s, taken, add, found)
        for start, end in names_zh.find_people(s, taken, SURNAMES, _STOP, _NOT_NAMES):
            add(start, end, "Person", f"new:Person:{s[start:end]}")
        self._english_people(s, add)
        self._repeat_new_names(s, found, add)
        self._short_org_names(s, found, add)
        self._nominal_orgs(s, found, taken)
        found.sort(key=lambda m: m.start)
        return Mentions(mentions=tuple(found))

    def _a_title(self, name: str) -> bool:
        """"named CEO of": a job title, not a company's name."""
        found = self.roles.find(name)
        return bool(found) and found[0].start == 0

    def _surnames_alone(self, s: str, found: list[Mention], add) -> None:
        """After "Banghua Zhu" has appeared, a later "Zhu" alone is the same person."""
        first: dict[str, Mention] = {}
        for m in found:
            if m.type == "Person":
                first.setdefault(m.key, m)
        for m in first.values():
            entry = self.gaz.entries.get(m.key)
            if entry is None or not re.fullmatch(r"[A-Z][\w-]+ [A-Z][\w-]+", entry.name):
                continue
            family = re.escape(entry.name.split()[1])
            # the literal first, then the word boundary behind it: the regex engine skips ahead
            # to the literal instead of trying the lookbehind at every position
            for fm in re.finditer(rf"{family}(?<![A-Za-z]{family})(?![A-Za-z])", s[m.end:]):
                add(m.end + fm.start(), m.end + fm.end(), "Person", m.key)
        given_names: dict[str, set[str]] = {}
        for m in first.values():
            words = m.surface.split()
            if len(words) == 2 and words[0][:1].isupper():
                given_names.setdefault(words[0], set()).add(m.key)
        for given, keys in given_names.items():
            if len(keys) != 1 or len(given) < 4 or given in NOT_NAME_WORDS:
                continue  # "Daniel" for Daniel Gross or Daniel Levy: nobody can tell
            key = next(iter(keys))
            start = first[key].end
            g = re.escape(given)
            # "As president, Daniela directs …": the given name alone, not the start of another name
            for fm in re.finditer(rf"{g}(?<![A-Za-z]{g})(?![A-Za-z])(?!\s+[A-Z])(?!['’]s\s+[A-Z])", s[start:]):
                add(start + fm.start(), start + fm.end(), "Person", key)

    def _dot_name_parts(self, s: str, found: list[Mention], add) -> None:
        """After "亚历山大·王" has appeared, a later "亚历山大" alone is the same person."""
        first: dict[str, Mention] = {}
        for m in found:
            if m.type == "Person" and "·" in m.surface:
                first.setdefault(m.surface, m)
        for m in first.values():
            for part in m.surface.split("·"):
                if len(part) >= 2:
                    for pm in re.finditer(re.escape(part), s[m.end:]):
                        add(m.end + pm.start(), m.end + pm.end(), "Person", m.key)

    def _orgs(self, s: str, add) -> None:
        for m in _univ_zh(s):
            prefix = m.group(1)
            cut = max((i for i, ch in enumerate(prefix) if ch in _UNIV_STOP), default=-1)
            prefix = prefix[cut + 1:]
            if len(prefix) >= 2:
                start = m.start(2) - len(prefix)
                add(start, m.end(), "University", f"new:University:{s[start:m.end()]}")
        for m in (_UNIV_EN.finditer(s) if "University" in s or "Institute of Technology" in s else ()):
            add(m.start(), m.end(), "University", f"new:University:{m.group()}")
        for m in _ORG_EN.finditer(s):
            name = m.group()
            type_ = "Lab" if name.endswith(("Labs", "Lab", "Research")) else "Company"
            if type_ == "Lab":
                continue  # a lab needs its organisation; unknown labs are left out
            add(m.start(), m.end(), type_, f"new:Company:{name}")
        for m in _ORG_NAMED.finditer(s):
            name = _cut_at_period(m.group(1))
            if _PERSON_VERB_AFTER.match(s, m.start(1) + len(name)) and (
                    is_given_name(name.split()[0]) or is_pinyin_name(name.split())):
                continue  # "a startup Tom Brand founded": the name is its founder's
            if (self.gaz.lookup(name) is None and name.split()[0] not in NOT_NAME_WORDS and not self._a_title(name)
                    and not names_zh.generic_latin(name)):
                add(m.start(1), m.start(1) + len(name), "Company", f"new:Company:{name}")
        for m in _ORG_BEFORE_ZH.finditer(s):
            if (self.gaz.lookup(m.group(1)) is None and m.group(1).split()[0] not in NOT_NAME_WORDS
                    and not names_zh.generic_latin(m.group(1))):
                add(m.start(1), m.end(1), "Company", f"new:Company:{m.group(1)}")
        for start, end in names_zh.suffixed_orgs(s):
            if self.gaz.lookup(s[start:end]) is None:
                add(start, end, "Company", f"new:Company:{s[start:end]}")
        for start, end in names_zh.latin_founded_orgs(s):
            if self.gaz.lookup(s[start:end]) is None:
                add(start, end, "Company", f"new:Company:{s[start:end]}")
        for km in (_KIND_ZH.finditer(s) if "公司" in s or "企业" in s or "独角兽" in s else ()):
            if not _KIND_BEFORE.search(s, max(0, km.start() - 5), km.start()):
                continue
            nm = _NAME_AFTER_KIND.match(s, km.end())
            if (nm and not _NOT_ORG_START.match(nm.group(1)) and self.gaz.lookup(nm.group(1)) is None
                    and (nm.group(1).endswith(names_zh.ORG_SUFFIXES)
                         or not names_zh.plain_phrase(nm.group(1), predicates=False))):
                # "自动驾驶公司远航科技": a kind word before and a company suffix at the end make a
                # name even of ordinary words
                add(nm.start(1), nm.end(1), "Company", f"new:Company:{nm.group(1)}")
        for m in (_ORG_APPOS.finditer(s) if ", the " in s or ", a " in s else ()):
            name = m.group(1).rstrip(".")
            if self.gaz.lookup(name) is None and name.split()[0] not in NOT_NAME_WORDS:
                add(m.start(1), m.start(1) + len(name), "Company", f"new:Company:{name}")
        for start, end in find_named_orgs(s):
            if self.gaz.lookup(s[start:end]) is None:
                add(start, end, "Company", f"new:Company:{s[start:end]}")

    def _chinese_people(self, s: str, taken: bytearray, add, found: list[Mention]) -> None:
        known_ends = {m.end for m in found if m.type == "Person"}
        known_starts = {m.start for m in found if m.type == "Person"}
        for sm in _NAME_START.finditer(s):
            i, ch = sm.start(), sm.group()
            if taken[i] or (ch in "和与及" and i in known_ends):
                continue
            # after a title or a list separator
            left_ok = (i > 0 and s[i - 1] in _LEFT_CUE_LAST and bool(_LEFT_CUE.search(s[max(0, i - 6):i]))) \
                or (i - 1 in known_ends and bool(_LIST_SEP.match(s[i - 1:i]))) \
                or (i - 2 in known_ends and bool(_LIST_SEP.match(s[i - 2:i])))
            open_left = i == 0 or s[i - 1] in "的是" or not "\u4e00" <= s[i - 1] <= "\u9fff"
            if not left_ok and not open_left and (s[i + 3:i + 4] not in _STRONG_FIRST
                                                  or not _STRONG_RIGHT.match(s[i + 3:i + 7])):
                continue  # inside a run of Chinese text, only a strong verb after the name admits it
            for length in (2, 1):
                given = s[i + 1:i + 1 + length]
                if len(given) < length or any(not ("\u4e00" <= c <= "\u9fff") or c in _STOP
                                              for c in given[1:]):
                    continue
                if given[0] in _STOP and not (given[0] in _GIVEN_FIRST_OK and left_ok and length == 2):
                    continue
                end = i + 1 + length
                if any(taken[i:end]):
                    continue
                if length == 2 and s[end - 1] in _STRONG_FIRST and _STRONG_RIGHT.match(s[end - 1:end + 5]):
                    continue  # "周宁师从": the name is 周宁, 师从 the verb
                after = s[end:end + 4]
                right_ok = bool(_RIGHT_CUE.match(s[end:end + 10])) or (
                    left_ok and len(after) > 1 and after[0] in "和与及、" and after[1] in SURNAMES) or any(
                    _LIST_SEP.match(s[end:st]) for st in (end + 1, end + 2) if st in known_starts)
                boundary = not after or not ("\u4e00" <= after[0] <= "\u9fff")
                if s[i:end] in _NOT_NAMES or names_zh.common_word(s[i:end]):
                    continue
                strong = length == 2 and bool(_STRONG_RIGHT.match(after))
                if (left_ok and (boundary or right_ok)) or (right_ok and (left_ok or open_left)) or strong:
                    add(i, end, "Person", f"new:Person:{s[i:end]}")
                    known_ends.add(end)
                    break

    def _repeat_new_names(self, s: str, found: list[Mention], add) -> None:
        """A person or company found from context once is the same name everywhere in the
        article: "李明轩近日宣布..." before the sentence that revealed the name, and a later
        "Chen" alone after "Sarah Chen" (either word of a two-word English name)."""
        seen: dict[str, str] = {}
        for m in found:
            if m.key.startswith("new:") and m.type in ("Person", "Company"):
                seen.setdefault(m.surface, m.key)
        for surface, key in seen.items():
            type_ = key.split(":")[1]
            if _CJK_NAME.fullmatch(surface):
                for i in _find_all(s, surface):
                    add(i, i + len(surface), type_, key)
                continue
            words = [w for w in surface.split() if not re.fullmatch(r"[A-Z]\.", w)]  # "Andrew W. Moore"
            if type_ != "Person" or len(words) != 2:
                continue
            short_ok = is_pinyin_name(words)  # "Lu" for "Lu Qi", "Ma" for "Ma Yi"
            for word in words:
                if len(word) < (2 if short_ok else 3) or word in NOT_NAME_WORDS:
                    continue
                w = re.escape(word)
                for fm in re.finditer(rf"{w}(?<![A-Za-z]{w})(?![A-Za-z])(?!\s[A-Z])", s):
                    if _CAP_BEFORE.search(s, max(0, fm.start() - 20), fm.start()):
                        continue  # "Bo Chen": another person's family name
                    add(fm.start(), fm.end(), "Person", key)

    def _short_org_names(self, s: str, found: list[Mention], add) -> None:
        """After "Inflection AI" or "Safe Superintelligence Inc." a later "Inflection" or "Safe
        Superintelligence" alone is the same company."""
        stems: dict[str, Mention] = {}
        for m in found:
            sm = _ORG_STEM.fullmatch(m.surface) if m.type == "Company" and not m.implied else None
            if sm and len(sm.group(1)) >= 4 and sm.group(1).split()[0] not in NOT_NAME_WORDS:
                stems.setdefault(sm.group(1), m)
        for stem, m in stems.items():
            w = re.escape(stem)
            for fm in re.finditer(rf"{w}(?<![A-Za-z]{w})(?![A-Za-z])(?!\s+[A-Z])(?!\s*(?:AI|Inc|Labs?)\b)", s[m.end:]):
                add(m.end + fm.start(), m.end + fm.end(), "Company", m.key)

    def _nominal_orgs(self, s: str, found: list[Mention], taken: bytearray) -> None:
        """"该公司由…创立", "The company raised $500 million": the last company named before it
        (within a few paragraphs), as a mention whose surface is no alias of that company."""
        low = s.lower()
        if not any(w in low for w in _NOMINAL_GATE):
            return
        companies = sorted((m for m in found if m.type == "Company" and not m.implied), key=lambda m: m.start)
        if not companies:
            return
        starts = [m.start for m in companies]
        for nm in _NOMINAL_ORG.finditer(s):
            a, b = nm.span()
            if any(taken[a:b]):
                continue
            k = bisect_right(starts, a) - 1
            # the last company of an earlier sentence: within one sentence the clause patterns
            # read the names themselves ("Amazon acquired the company": not Amazon)
            if k >= 0 and not _SENT_END.search(s, companies[k].end, a):
                if not _DEAL_GAP.fullmatch(s, companies[k].end, a):
                    continue  # "at Amazon, is leaving the company": Amazon is read in its clause
                while k >= 0 and not _SENT_END.search(s, companies[k].end, a):
                    k -= 1
            if k < 0 or a - companies[k].end > 1500:
                continue
            ref = companies[k]
            taken[a:b] = b"\x01" * (b - a)
            found.append(Mention(a, b, s[a:b], "Company", ref.key, None, True))

    def _english_people(self, s: str, add) -> None:
        for (start, end), name in find_people(s):
            if self.gaz.lookup(name) is None:
                add(start, end, "Person", f"new:Person:{name}")
