"""Chinese personal names that no gazetteer knows, judged with jieba.

``mentions._chinese_people`` admits a surname and a given name only with cue words on both
sides. News often gives one side only ("董事长汪建、", "，季宇在清华读博"). Here a candidate
needs one cue (a title before it, or a clause start) and jieba's judgement that the string is
a name: segmented on its own it is one token tagged as a personal name, it is no common
dictionary word, and segmented in its sentence it is a token of its own (the text does not
read it as part of a longer word).

>>> reads_as_name("杨植麟"), reads_as_name("顾问"), reads_as_name("高管")
(True, False, False)
"""

from __future__ import annotations

import functools
import logging
import re

__all__ = ["reads_as_name", "name_strength", "common_word", "token_at", "find_people", "TITLE_BEFORE", "CLAUSE_START", "NAME_AFTER"]

# surnames beyond the common ones ``mentions.SURNAMES`` lists; only names jieba accepts use them
EXTRA_SURNAMES = frozenset("印漆楼鄢冀禹钮靖亓蔺逯茅郁昝晁谌訾")
# kinship terms read like names to jieba ("高祖父", "曾祖父")
_KIN = re.compile(r"[父母爷奶叔伯姨舅哥姐弟妹婆祖孙]$")
# characters ``mentions`` keeps out of given names that jieba-approved names may contain ("伍家豪")
_GIVEN_OK = frozenset("家一")
_NAME_TAGS = frozenset({"nr", "nrfg", "nrt"})
# a dictionary word this frequent is a common word even when jieba tags it as a name (顾问, 卓越)
_COMMON_FREQ = 50
# titles and epithets that end right before a name ("董事长汪建", "图灵奖得主姚期智")
TITLE_BEFORE = re.compile(
    r"(?:负责人|创始人|创办人|联合创始人|合伙人|投资人|操盘手|董事长|董事|总裁|总经理|经理|总监|主管|主任|主席|"
    r"院长|校长|所长|系主任|部长|社长|首席\w{0,4}官|[A-Z]{2,4}|科学家|企业家|教授|研究员|工程师|院士|博士|"
    r"学者|专家|得主|天才|少女|少年|老兵|大牛|校友|掌门人|创业者|开发者|博导|导师|Fellow)\s*$")
# what may stand right before a name that opens a clause
CLAUSE_START = re.compile(r"(?:^|[\s,，。；;：:、!！?？“”\"「」『』《》（）()—…]|[而但且和与及由被让向对把将从据即的是叫])$")
# what may follow a name: punctuation, a title, or a word that starts a predicate
NAME_AFTER = re.compile(
    r"^(?:[\s,，。；;：:、!！?？“”\"」』（）()]|$|\d{4}\s*年|院士|教授|博士|先生|女士|老师|同学|等|在|是|的|也|就|则|曾|已|将|日前|近日|近期|目前|此前|如今|早年|"
    r"于|和|与|及|对|称|说|认为|表示|透露|坦言|直言|亲自|本人|带着|带领|主导|参与|进入|加入|入局|出任|担任|"
    r"创办|创立|成立|发起|开出|提出|离开|离职|挂帅|执掌|受聘|加盟|任教|执教|卸任|离任|退休|出席|发表|接受|宣布|回应|毕业|出生|生于|出身|本科|硕士|博士|获得|拿到|用|从|作为|还|又|更|并|便|才|都|持股)")


@functools.lru_cache(maxsize=1)
def _jieba():
    import jieba
    import jieba.posseg as pseg

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    return jieba, pseg


@functools.lru_cache(maxsize=4096)
def name_strength(word: str) -> int:
    """How surely jieba reads ``word`` (a surname and a given name) as a name: 2 when it is one
    personal-name token on its own and no common word; 1 when it is composed of name-like parts
    ("曹|旭东", "魏瀚|瞳") or is an unknown word jieba takes for a place; 0 otherwise."""
    jieba, pseg = _jieba()
    freq = jieba.dt.FREQ
    toks = pseg.lcut(word)
    if len(toks) == 1 and toks[0].flag in _NAME_TAGS:
        return 2 if (freq.get(word) or 0) <= _COMMON_FREQ else 0
    if len(toks) == 1 and toks[0].flag == "ns" and not freq.get(word):
        return 1
    if len(word) != 3 or len(toks) != 2:
        return 0
    head, tail = toks
    if len(head.word) == 1 and tail.flag in _NAME_TAGS:
        return 1  # "曹|旭东"
    if len(head.word) == 2 and head.flag in _NAME_TAGS and tail.flag[:1] in ("n", "g"):
        return 1  # "魏瀚|瞳"
    return 0


def reads_as_name(word: str) -> bool:
    """jieba segments ``word`` on its own as one personal-name token, and it is no common word."""
    return name_strength(word) == 2


@functools.lru_cache(maxsize=4096)
def common_word(word: str) -> bool:
    """``word`` reads as an ordinary word, not a name: jieba gives it one token of another
    kind ("陆续", "高管"), or after the surname comes a common word ("程|教授", "管|乃至")."""
    jieba, pseg = _jieba()
    toks = pseg.lcut(word)
    if _KIN.search(word):
        return True
    if len(toks) == 1:
        return toks[0].flag not in _NAME_TAGS and (toks[0].flag != "ns" or bool(jieba.dt.FREQ.get(word)))
    rest = pseg.lcut(word[1:])
    return (len(word) == 3 and len(rest) == 1 and rest[0].flag not in _NAME_TAGS
            and (jieba.dt.FREQ.get(word[1:]) or 0) > 1000)


def token_at(text: str, start: int, end: int, before: int = 3, after: int = 6) -> str | None:
    """jieba's tag of ``text[start:end]`` read in its context, or None when the segmentation of
    the surrounding text does not have a token exactly there."""
    _, pseg = _jieba()
    lo = max(0, start - before)
    pos = lo
    for tok in pseg.lcut(text[lo:min(len(text), end + after)]):
        if pos == start:
            return tok.flag if pos + len(tok.word) == end else None
        pos += len(tok.word)
        if pos > start:
            return None
    return None


def find_people(text: str, taken: bytearray, surnames: set[str], stop: set[str],
                not_names: set[str]) -> list[tuple[int, int]]:
    """Spans of Chinese names with one cue: a title before (or a clause start) and a predicate,
    a title or punctuation after; jieba must read the string as a name.

    ``taken`` marks characters already inside a mention; ``stop`` holds characters no given
    name contains; ``not_names`` strings that are never names.
    """
    out: list[tuple[int, int]] = []
    surnames = set(surnames) | EXTRA_SURNAMES
    stop = set(stop) - _GIVEN_OK
    busy_until = 0
    for i, ch in enumerate(text):
        if ch not in surnames or i < busy_until or taken[i]:
            continue
        for length in (3, 2):
            end = i + length
            given = text[i + 1:end]
            if len(given) < length - 1 or any(not "\u4e00" <= c <= "\u9fff" or c in stop for c in given):
                continue
            word = text[i:end]
            vetoed = word in not_names or _KIN.search(word) or any(taken[i:end])
            strength = 0 if vetoed else name_strength(word)
            if not strength or not NAME_AFTER.match(text[end:end + 4]):
                continue
            titled = TITLE_BEFORE.search(text, max(0, i - 12), i) is not None
            if not titled and (strength < 2 or not CLAUSE_START.search(text[max(0, i - 1):i])):
                continue
            tag = token_at(text, i, end) if strength == 2 else None
            if (titled and (strength == 1 or tag is not None)) or tag in _NAME_TAGS:
                out.append((i, end))
                busy_until = end
                break
    return out


# Latin words that say what kind of thing follows in Chinese text ("AI实验室", "IT公司"), not a name
GENERIC_LATIN = frozenset({"AI", "IT", "AIGC", "AGI", "App", "APP", "GPU", "CPU", "IoT", "VR", "AR", "SaaS",
                           "ToB", "ToC", "NLP", "LLM", "GenAI", "Web3", "C", "B"})
# "Momenta(由前X高管Y创立)": a Latin name that a bracketed founding clause describes is a company
_LATIN_FOUNDED = re.compile(r"(?<![A-Za-z0-9])([A-Z][A-Za-z0-9.\-]{1,30})\s*[(（]\s*由[^()（）]{1,40}?"
                            r"(?:联合|共同)?(?:创立|创办|创建|成立|孵化)[^()（）]{0,6}[)）]")


def generic_latin(name: str) -> bool:
    """``name`` is a generic Latin word of Chinese text (AI, IT, App), no organisation name."""
    return name.strip() in GENERIC_LATIN


def latin_founded_orgs(text: str) -> list[tuple[int, int]]:
    """Spans of Latin names followed by a bracketed "由…创立" clause."""
    if "由" not in text:
        return []
    return [m.span(1) for m in _LATIN_FOUNDED.finditer(text)]


_FUNCTION_TAGS = frozenset({"d", "p", "c", "u", "r", "l", "i", "y", "e"})
_PREDICATE_TAGS = frozenset({"v", "vn", "a", "ad", "an"})


@functools.lru_cache(maxsize=4096)
def plain_phrase(name: str, *, predicates: bool = True) -> bool:
    """A Chinese string found where a company name may stand reads as ordinary words instead:
    an idiom ("比邻而居"), a phrase with adverbs or prepositions ("仍在"), verbs or adjectives
    ("单笔最高融资", "估值增长迅猛"), or one common noun ("投融资"). With ``predicates=False``
    verbs and adjectives are allowed: right after "初创公司" a name is often made of them ("思维跃动")."""
    jieba, pseg = _jieba()
    toks = pseg.lcut(name)
    if any(t.flag in _FUNCTION_TAGS or (predicates and len(t.word) > 1 and t.flag in _PREDICATE_TAGS) for t in toks):
        return True
    return len(toks) == 1 and toks[0].flag in ("n", "vn") and bool(jieba.dt.FREQ.get(name))  # "投融资"


# words that end a Chinese company name ("旷视科技", "源码资本", "华大基因") when jieba reads them
# as a token of their own after a rare word
ORG_SUFFIXES = ("科技", "集团", "资本", "创投", "基因", "家电", "医疗")
_RARE_FREQ = 100  # a prefix this rare in jieba's dictionary is no generic word ("人工智能")
_NAMEISH_FREQ = 1000  # ... unless jieba tags it as a name of its own (金山, 海尔)
_SINGLE_NOUN_TAGS = frozenset({"n", "g", "ng", "nr", "ns", "j"})
_PREFIX_TAGS = frozenset({"n", "nr", "nrt", "nz", "nt", "ns", "g", "ng", "j", "x", "eng"})


def _prefix_ok(word: str, flag: str, freq: int) -> bool:
    if not 2 <= len(word) <= 4 or not all("\u4e00" <= c <= "\u9fff" for c in word):
        return False
    if flag in ("nr", "nrt", "nz", "nt"):
        return freq <= _NAMEISH_FREQ
    return flag in _PREFIX_TAGS and freq <= _RARE_FREQ


_SUFFIX_RE = re.compile("|".join(ORG_SUFFIXES))
_WINDOW = 12  # characters before a company-kind word that can hold the name


@functools.lru_cache(maxsize=65536)
def _tags(text: str) -> tuple[tuple[str, str], ...]:
    """jieba's (word, POS tag) tokens of a short text, cached: articles repeat their phrases."""
    _, pseg = _jieba()
    return tuple((t.word, t.flag) for t in pseg.lcut(text))


def suffixed_orgs(text: str) -> list[tuple[int, int]]:
    """Spans of unknown Chinese companies: a rare word (or two single characters jieba could not
    join) right before a company-kind word such as 科技 or 资本.

    Only a short window before each kind word is segmented (from the last punctuation or Latin
    character in it), so the cost grows with the number of kind words, not the article's length.
    """
    if not any(w in text for w in ORG_SUFFIXES):
        return []
    jieba, _ = _jieba()
    freq = jieba.dt.FREQ
    out: list[tuple[int, int]] = []
    for sm in _SUFFIX_RE.finditer(text):
        lo = max(0, sm.start() - _WINDOW)
        while lo < sm.start() and not "\u4e00" <= text[lo] <= "\u9fff":
            lo += 1
        for k in range(sm.start() - 1, lo - 1, -1):
            if not "\u4e00" <= text[k] <= "\u9fff":
                lo = k + 1
                break
        toks, pos = [], lo
        for word, flag in _tags(text[lo:sm.end()]):
            toks.append((pos, word, flag))
            pos += len(word)
        k = len(toks) - 1
        if k < 1 or toks[k][1] not in ORG_SUFFIXES or toks[k][0] != sm.start():
            continue
        p_start, p_word, p_flag = toks[k - 1]
        if (len(p_word) == 1 and k >= 2 and len(toks[k - 2][1]) == 1
                and {toks[k - 2][2], p_flag} <= _SINGLE_NOUN_TAGS):
            p_start, p_word, p_flag = toks[k - 2][0], toks[k - 2][1] + p_word, "g"  # "宸|境", "雾|舟"
        if _prefix_ok(p_word, p_flag, freq.get(p_word) or 0):
            out.append((p_start, sm.end()))
    return out


_ORG_TOKEN_TAGS = frozenset({"nt", "nz"})


def inside_longer_name(text: str, start: int, end: int) -> bool:
    """A known name found at ``text[start:end]`` is the tail of a longer name jieba knows
    ("中科大" inside "华中科大"): an organisation token of jieba's starts before it and covers it."""
    if start == 0 or not "\u4e00" <= text[start - 1] <= "\u9fff":
        return False
    lo = max(0, start - 4)
    pos = lo
    for word, flag in _tags(text[lo:end + 2]):
        nxt = pos + len(word)
        if pos < start < nxt:
            return flag in _ORG_TOKEN_TAGS and nxt >= end
        if nxt >= start:
            return False
        pos = nxt
    return False
