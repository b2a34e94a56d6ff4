"""Dates and amounts in a sentence, resolved against the article's reference date.

>>> ref = RefDate.from_published("2025-07-14")
>>> find_date("上个月Meta宣布投资", ref), find_date("6月28日,两人加入", ref), find_date("In June 2024 he left", None)
('2025-06', '2025-06-28', '2024-06')
>>> parse_money("投资148亿美元"), parse_money("paid $1.5 billion")
((14800000000.0, 'USD'), (1500000000.0, 'USD'))
"""

from __future__ import annotations

import re

from pydantic import BaseModel, ConfigDict

__all__ = ["RefDate", "find_date", "find_dates", "parse_money", "find_stake", "class_year"]

_MONTHS = {m: i for i, m in enumerate(
    "january february march april may june july august september october november december".split(), 1)}
_MON = r"(January|February|March|April|May|June|July|August|September|October|November|December|" \
       r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"


class RefDate(BaseModel):
    """What relative dates resolve against: a publication date, or only a dateline year."""

    model_config = ConfigDict(frozen=True)
    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def from_published(cls, iso: str | None) -> "RefDate | None":
        if not iso:
            return None
        y, m, d = (int(p) for p in iso.split("-"))
        return cls(year=y, month=m, day=d)


def _mon(name: str) -> int:
    name = name.lower().rstrip(".")
    return next(v for k, v in _MONTHS.items() if k.startswith(name[:3]))


def _fmt(y: int, m: int | None = None, d: int | None = None) -> str | None:
    if not 1900 <= y <= 2100 or (m is not None and not 1 <= m <= 12) or (d is not None and not 1 <= d <= 31):
        return None
    return f"{y:04d}" + (f"-{m:02d}" if m else "") + (f"-{d:02d}" if m and d else "")


_EN_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
# (pattern, kind, words one of which the text must contain for the pattern to match: a cheap
# test that skips most patterns for most sentences; None: no such test)
_PATTERNS: list[tuple[re.Pattern[str], str, re.Pattern[str] | None]] = [(pattern, kind, words and re.compile(
    "|".join(map(re.escape, words)))) for pattern, kind, words in [
    (re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]"), "ymd", ("年",)),
    (re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月"), "ym", ("年",)),
    (re.compile(r"(?<![\d.])(\d{4})\s*年(?![薪级])"), "y", ("年",)),
    (re.compile(r"今年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*[日号])?"), "this-year-md", ("今年",)),
    (re.compile(r"去年\s*(\d{1,2})\s*月"), "last-year-m", ("去年",)),
    (re.compile(r"(?<![\d年.])(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]"), "md", ("月",)),
    (re.compile(r"(?<![\d年.])(\d{1,2})\s*月(?!份?薪|\d)"), "m", ("月",)),
    (re.compile(r"上个?月|last month", re.IGNORECASE), "last-month", None),
    (re.compile(r"本月|这个月|this month", re.IGNORECASE), "this-month", None),
    (re.compile(r"去年|last year", re.IGNORECASE), "last-year", None),
    (re.compile(r"今年|this year|earlier this year", re.IGNORECASE), "this-year", None),
    (re.compile(_MON + r"\s+(\d{1,2}),?\s+(\d{4})"), "en-mdy", _EN_MONTHS),
    (re.compile(_MON + r",?\s+(\d{4})"), "en-my", _EN_MONTHS),
    (re.compile(_MON + r"\s+(\d{1,2})(?!\d)(?!,?\s+\d{4})"), "en-md", _EN_MONTHS),
    (re.compile(r"\b(?:in|since|from|by|until|of|early|late|mid-?)\s+(\d{4})\b"), "y",
     ("in", "since", "from", "by", "until", "of", "early", "late", "mid")),
]]


def _resolve(kind: str, g: tuple[str | None, ...], ref: RefDate | None) -> str | None:
    if kind == "ymd":
        return _fmt(int(g[0]), int(g[1]), int(g[2]))
    if kind == "ym":
        return _fmt(int(g[0]), int(g[1]))
    if kind == "y":
        return _fmt(int(g[0]))
    if kind == "en-mdy":
        return _fmt(int(g[2]), _mon(g[0]), int(g[1]))
    if kind == "en-my":
        return _fmt(int(g[1]), _mon(g[0]))
    if ref is None:
        return None
    if kind == "this-year-md":
        return _fmt(ref.year, int(g[0]), int(g[1]) if g[1] else None)
    if kind == "last-year-m":
        return _fmt(ref.year - 1, int(g[0]))
    if kind == "md":
        return _fmt(ref.year, int(g[0]), int(g[1]))
    if kind == "en-md":
        return _fmt(ref.year, _mon(g[0]), int(g[1]))
    if kind == "m":
        return _fmt(ref.year, int(g[0]))
    if kind == "this-year":
        return _fmt(ref.year)
    if kind == "last-year":
        return _fmt(ref.year - 1)
    if ref.month is None:
        return None
    if kind == "this-month":
        return _fmt(ref.year, ref.month)
    if kind == "last-month":
        y, m = (ref.year, ref.month - 1) if ref.month > 1 else (ref.year - 1, 12)
        return _fmt(y, m)
    return None


# what every date pattern needs: a digit or a relative date word (checked on lower-cased text)
_HINT = re.compile(r"\d|上个?月|本月|这个月|去年|今年|last (?:month|year)|this (?:month|year)")


def find_dates(text: str, ref: RefDate | None) -> list[tuple[int, str]]:
    """Every resolvable date in ``text`` as (position, ISO partial date), left to right."""
    if not _HINT.search(text.lower()):
        return []
    taken = bytearray(len(text))
    out: list[tuple[int, str]] = []
    for pattern, kind, words in _PATTERNS:
        if words is not None and not words.search(text):
            continue
        for m in pattern.finditer(text):
            if any(taken[m.start():m.end()]):
                continue
            taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())
            iso = _resolve(kind, m.groups(), ref)
            if iso:
                out.append((m.start(), iso))
    return sorted(out)


def find_date(text: str, ref: RefDate | None) -> str | None:
    found = find_dates(text, ref)
    return found[0][1] if found else None


_SCALE = {"万": 1e4, "亿": 1e8, "千万": 1e7, "百万": 1e6, "billion": 1e9, "bn": 1e9, "b": 1e9,
          "million": 1e6, "m": 1e6, "mn": 1e6, "thousand": 1e3, "k": 1e3, "trillion": 1e12}
_CUR = {"美元": "USD", "美金": "USD", "人民币": "CNY", "元": "CNY", "欧元": "EUR", "英镑": "GBP",
        "港元": "HKD", "日元": "JPY", "$": "USD", "US$": "USD", "€": "EUR", "£": "GBP", "¥": "CNY"}
_MONEY_ZH = re.compile(r"(\d+(?:\.\d+)?)\s*(千万|百万|万|亿)?\s*(美元|美金|人民币|欧元|英镑|港元|日元|元)")
_MONEY_EN = re.compile(r"(US\$|\$|€|£|¥)\s?(\d+(?:[.,]\d+)*)\s*(billion|million|trillion|thousand|bn|mn|[bmk])?\b",
                       re.IGNORECASE)
_STAKE = re.compile(r"(\d+(?:\.\d+)?)\s*%\s*(?:的)?(?:股份|股权|的股份|stake|of the shares|equity)|"
                    r"(?:a|an)\s+(\d+(?:\.\d+)?)\s*(?:%|percent)\s+stake", re.IGNORECASE)


def parse_money(text: str) -> tuple[float, str] | None:
    """The first amount of money in ``text`` as (value, ISO 4217 currency)."""
    zh, en = _MONEY_ZH.search(text), _MONEY_EN.search(text)
    if zh and (not en or zh.start() < en.start()):
        return float(zh.group(1)) * _SCALE.get(zh.group(2) or "", 1), _CUR[zh.group(3)]
    if en:
        value = float(en.group(2).replace(",", ""))
        return value * _SCALE.get((en.group(3) or "").lower(), 1), _CUR[en.group(1).upper()]
    return None


def find_stake(text: str) -> float | None:
    m = _STAKE.search(text)
    if not m:
        return None
    value = float(m.group(1) or m.group(2)) / 100
    return value if 0 < value <= 1 else None


_CLASS = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*级")


def class_year(text: str) -> str | None:
    """An entering class (2012级) as a year."""
    m = _CLASS.search(text)
    return m.group(1) if m else None
