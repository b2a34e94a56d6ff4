"""English names in running text: people ("Dana Xu", "Zhu Banghua", "Fei-Fei Li") and the
organisations named right after a founding, buying or investing verb ("co-founded Quanta").

A capitalised two- or three-word sequence is a person when no word of it is a title, place or
organisation word and its context says so: a sentence or list boundary on the left and a comma,
list word or end on the right, or a strong cue on either side (a title or "advised by" before
it, a career verb after it).

>>> [m for m, _ in find_people("Published 2024. Dana Xu, a Tsinghua graduate, joined Nvidia.")]
[(16, 23)]
>>> [(s, e) for s, e in find_named_orgs("Eva Lin co-founded Quanta, which Nvidia bought.")]
[(19, 25)]
"""

from __future__ import annotations

import re
import unicodedata

from talentgraph.extract.name_shapes import is_given_name, is_pinyin_name, pinyin_word

__all__ = ["find_people", "find_named_orgs", "NOT_NAME_WORDS"]

_LOWER = "a-z\u00df-\u00f6\u00f8-\u00ff\u0101-\u017f"
# a capitalised word, with inner capitals ("DeSantis", "LeCun", "McGill") and a hyphenated part
_WORD = rf"(?:Mc|Mac|O')?[A-Z][{_LOWER}]+(?:[A-Z][{_LOWER}]+)?(?:-[A-Za-z][{_LOWER}]+)?"
_NAME = re.compile(rf"(?=[A-Z])(?<![A-Za-z]){_WORD}(?:(?: [A-Z]\.)? {_WORD}){{1,3}}(?![A-Za-z])")
_TOKEN = re.compile(rf"{_WORD}|[A-Z]\.")
_PREPOSITION_LEFT = re.compile(r"\b(?:of|the|for|in|at|from|on|to|by|into|a|an)\s+$", re.IGNORECASE)
NOT_NAME_WORDS = frozenset("""
The A An In On At After Before Last This That These Those Its His Her Their Our Then Now When While
Since During Both All Former Chief Professor Prof Dr Mr Ms Mrs Earlier Later According Meanwhile
However Published Updated Reported Sources Source People He She They We It You Who What Why How
Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July
August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
University Institute College School Academy Lab Labs Laboratory Research Inc Corp Corporation
Group Capital Ventures Partners Holdings Technologies Technology Systems Robotics Foundation Center
Centre Department Team Division Unit Office Program Project Model Models Prize Award Awards Medal
Conference Summit Forum Olympiad News Times Post Journal Review Daily Weekly Magazine Press Media
Scientist Scientists Engineer Engineers Director Officer Professor President Vice Senior Head Lead
Executive Fellow Chairman Manager Founder Researcher Principal Distinguished Associate Assistant
Intelligence Learning Machine Artificial Superintelligence Deep Language Vision Computer Science
Engineering Electrical Data Cloud Chip Chips Valley Street Bay Area Silicon China Chinese America
American United States Kingdom Europe European Asia Asian Beijing Shanghai Shenzhen Hangzhou Hong
Kong Taiwan California York London Paris Seattle Boston Francisco Santa Palo Alto Mountain View
Menlo Park Redmond Cupertino North South East West New San Los Washington Street Global World
International National Open Super Ultra Pro Nobel Turing Olympic Grand Cup Series Llama Grok
Also Read Related Meet Inside Exclusive Breaking Watch Opinion Analysis Editor Editors Photo Image Getty
Images Reuters Bloomberg Associated AFP Xinhua CNBC CNN BBC Wall
""".split())
# titles that may stand before a name and are dropped from it ("Dean Andrew Moore")
_LEADING_TITLES = frozenset("Dean Sir Dame Lord Lady Provost Chancellor Rector Rep Sen Gov Judge Exec".split())
_LEFT_STRONG_WORDS = frozenset("""ceo cto coo cfo founder co-founder cofounder co-founders cofounders founders
professor scientist scientists researcher researchers director head engineer adviser advisor supervisor student
executive exec president chairman chair colleague alumnus alumna mentor boss chief lead fellow dean partner said
says told dr prof""".split())


def _strong_left(left: str) -> bool:
    """A title, "said" or "according to" right before the name."""
    words = left[-30:].split()
    if not words or left[-1:] not in (" ", "\u00a0"):
        return False
    return words[-1].lower().rstrip(".") in _LEFT_STRONG_WORDS or " ".join(words[-2:]).lower() == "according to"
# an apposition with a title on the right: "Farnam Jahanian, president of"
_RIGHT_TITLE = re.compile(r"^\s*[,(–—-]+\s*(?:the\s+|a\s+|an\s+|its\s+|then\s+|now\s+)?(?:former\s+|new\s+|current\s+)?"
                          r"(?:co-?founder|founder|CEO|CTO|COO|CFO|president|chief|head|director|professor|dean|vice|VP|"
                          r"chairman|chair|executive|researcher|scientist|engineer|partner|lecturer|senior)\b",
                          re.IGNORECASE)
_RIGHT_STRONG = re.compile(
    r"^(?:['’]s\b|\s+(?:who|whose|is|was|has|had|have|will|would|joined|joins|joining|left|leaves|"
    r"co-?founded|cofounded|founded|started|launched|led|leads|heads|headed|runs|ran|moved|moves|"
    r"became|becomes|studied|graduated|earned|received|did|completed|worked|works|served|serves|"
    r"reportedly|allegedly|also|now|previously|later|then|said|says|told|announced|once|recently|"
    r"returned|quit|departed|stepped|resigned|oversees|manages|taught|teaches|finished|obtained|got|"
    r"holds|pursued|built|[a-z]{3,}ed)\b)")
_ORG_AFTER = re.compile(
    r"(?=[abcfilst])\b(?:co-?founded|cofounded|founded|launched|acquired|acquire|acquires|bought|buys|buy|"
    r"invested(?: \$?[\d.,]+ ?(?:billion|million|bn|m)?)? in|invests in|backed|took a stake in|"
    r"(?:co-?)?founders? of|stake in)\s+"
    rf"((?:{_WORD}|[A-Z][A-Za-z0-9]+)(?: (?:{_WORD}|[A-Z][A-Za-z0-9]+)){{0,2}})(?![A-Za-z])")


def _usable(words: list[str]) -> bool:
    return not any(w.rstrip(".") in NOT_NAME_WORDS for w in words)


def _shaped(words: list[str]) -> bool:
    """The words look like a personal name: a known given name first, or romanised Chinese."""
    return is_given_name(_plain(words[0])) or is_pinyin_name(words) or (
        len(words) == 3 and is_pinyin_name(words[1:]))


def _plain(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def _trim(words: list[str]) -> list[str]:
    """"Satya Nadella Lauds": a third word is kept only when the middle one is a name word too."""
    if len(words) == 3 and not (is_given_name(_plain(words[1])) or pinyin_word(words[1])
                                or pinyin_word(words[2]) and pinyin_word(words[1])):
        return words[:2]
    return words


def find_people(text: str) -> list[tuple[tuple[int, int], str]]:
    """((start, end), name) of capitalised names that look like a person's or that a person's
    context surrounds (a title, "said", a career verb, an apposition with a title)."""
    out = []
    for m in _NAME.finditer(text):
        tokens = [(m.start() + t.start(), m.start() + t.end(), t.group()) for t in _TOKEN.finditer(m.group())]
        while tokens and (tokens[0][2] in NOT_NAME_WORDS or tokens[0][2] in _LEADING_TITLES):
            tokens = tokens[1:]  # "Then Dana Xu", "Dean Andrew Moore"
        if tokens and tokens[0][2].endswith("."):
            continue
        cut = next((k for k, t in enumerate(tokens) if t[2] in NOT_NAME_WORDS), len(tokens))
        tokens = tokens[:cut]  # "Ornella Voss Praises The Deal": a name word never follows "The"
        while tokens and tokens[-1][2].endswith("."):
            tokens = tokens[:-1]
        words = [t[2] for t in tokens if not t[2].endswith(".")]
        initial = len(words) < len(tokens)
        if len(words) < 2 or len(words) > 3 or not _usable(words):
            continue
        if len(words) == 3 and not initial and not _shaped(words) and _shaped(words[1:]):
            words, tokens = words[1:], tokens[1:]  # "Joining Tom Brand", "Meet Eva Lin"
        if not initial:
            words = _trim(words)
            tokens = tokens[:len(words)]
        start, end = tokens[0][0], tokens[-1][1]
        left, right = text[max(0, start - 40):start], text[end:end + 40]
        shaped = _shaped(words)
        strong = _strong_left(left) or _RIGHT_TITLE.match(right) or (
            _RIGHT_STRONG.match(right) and not _PREPOSITION_LEFT.search(left))
        if strong or shaped:
            out.append(((start, end), text[start:end]))
    return out


def find_named_orgs(text: str) -> list[tuple[int, int]]:
    """Spans of organisation names right after a founding, buying or investing verb."""
    out = []
    for m in _ORG_AFTER.finditer(text):
        words = m.group(1).split()
        keep = []
        for w in words:
            if w in NOT_NAME_WORDS and w not in ("AI", "Labs", "Technologies", "Robotics", "Systems"):
                break
            keep.append(w)
        end = m.start(1) + len(" ".join(keep))
        if keep and not re.match(r"['’]s\b", text[end:end + 2]):  # "acquired Hinton's startup": an owner
            out.append((m.start(1), end))
    return out
