"""What a Latin-script personal name looks like, without a list of the people: a known given
name (the name dictionary of ``gender_guesser``), or a romanised Chinese name (every word splits
into pinyin syllables, one word is a Chinese surname: "Ma Yi", "Zhou Xinyu", "Kai-Fu Lee").

>>> is_given_name("Mustafa"), is_given_name("Utility")
(True, False)
>>> is_pinyin_name(["Yang", "Zhilin"]), is_pinyin_name(["Zhou", "Xinyu"]), is_pinyin_name(["Tel", "Aviv"])
(True, True, False)
"""

from __future__ import annotations

import functools

__all__ = ["is_given_name", "is_pinyin_name", "pinyin_word"]


@functools.lru_cache(maxsize=1)
def _detector():
    import gender_guesser.detector as gender

    return gender.Detector(case_sensitive=True)


@functools.lru_cache(maxsize=8192)
def is_given_name(word: str) -> bool:
    """A first name people are given, in some country (hyphenated forms by their first part)."""
    first = word.split("-")[0]
    if len(first) < 2 or not first[0].isupper():
        return False
    return _detector().get_gender(first) != "unknown"


@functools.lru_cache(maxsize=1)
def _syllables() -> frozenset[str]:
    import unicodedata

    from pypinyin.pinyin_dict import pinyin_dict

    readings = {p for value in set(pinyin_dict.values()) for p in value.split(",")}
    out = set()
    for p in readings:  # tone marks off: "zhāng" -> "zhang", "lǜ" -> "lv"
        plain = "".join(c for c in unicodedata.normalize("NFD", p.replace("ü", "v")) if not unicodedata.combining(c))
        out.add(plain)
    return frozenset(s for s in out if s.isalpha() and s.isascii())


@functools.lru_cache(maxsize=1)
def _surnames() -> frozenset[str]:
    from pypinyin import lazy_pinyin

    from talentgraph.extract.mentions import SURNAMES

    found = {lazy_pinyin(ch)[0] for ch in SURNAMES}
    # common non-pinyin romanisations of surnames (Wade-Giles, Cantonese, Taiwanese usage)
    found |= {"lee", "chang", "cheung", "chan", "chow", "wong", "tsai", "hsu", "hsieh", "kuo", "chiang",
              "chou", "chu", "chen", "lin", "yeh", "tseng", "cheng", "tsang", "leung", "lau", "ng", "ho",
              "shum", "shen", "yao", "tang", "tan", "teh", "koh", "goh", "lim", "woo", "yip", "yu"}
    return frozenset(found)


_OTHER_SYLLABLES = frozenset("chih hsiao hsin hsiu kai fu wei ying tsung chien ching chun tze tzu yung kuan"
                             " kwok hsun hsueh jui yee wing".split())


@functools.lru_cache(maxsize=8192)
def pinyin_word(word: str) -> bool:
    """The word splits into one to three syllables of pinyin (or a common other romanisation);
    hyphenated parts each are one ("Kai-Fu")."""
    low = word.lower()
    if "-" in low:
        return all(p in _syllables() or p in _OTHER_SYLLABLES for p in low.split("-"))
    syl = _syllables() | _OTHER_SYLLABLES

    @functools.lru_cache(maxsize=None)
    def split(i: int, left: int) -> bool:
        if i == len(low):
            return True
        return left > 0 and any(low[i:j] in syl and split(j, left - 1) for j in range(i + 1, min(len(low), i + 6) + 1))

    return split(0, 3)


def is_pinyin_name(words: list[str]) -> bool:
    """Two words of pinyin, one of them a Chinese surname, neither an English name word."""
    if len(words) != 2 or any(not w[:1].isupper() for w in words):
        return False
    if not all(pinyin_word(w) for w in words):
        return False
    return words[0].lower() in _surnames() or words[1].lower() in _surnames()
