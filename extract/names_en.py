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

__all__ = ["find_people", "find_named_orgs", "NOT_NAME_WORDS"]

_WORD = r"[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?"
_NAME = re.compile(rf"(?=[A-Z])(?<![A-Za-z]){_WORD}(?: {_WORD}){{1,2}}(?![A-Za-z])")
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
""".split())
_LEFT_BOUNDARY = re.compile(r"(?:^|\n\s*|[\u4e00-\u9fff]\s?|[.;:!?\"“”(]\s*|,\s*|\)\s+[-–—]{1,2}\s+|\b(?:and|or|with|including|like|as|named|"
                            r"hired|poached|recruited|welcomed|both|alongside)\s+)$")
_LEFT_STRONG = re.compile(r"\b(?:CEO|CTO|founder|co-founder|cofounder|professor|scientist|researcher|"
                          r"director|head|engineer|advis[eo]r|supervisor|student|executive|president|"
                          r"chairman|colleague|alumnus|alumna|mentor|by|of|was|is|Dr\.?|Prof\.?)\s+$",
                          re.IGNORECASE)
_RIGHT_BOUNDARY = re.compile(r"^(?:\s*[,(，。、；：（）]|[\u4e00-\u9fff]|\s+(?:and|or)\b|\s*[.;:!?]|\s*$)")
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


def find_people(text: str) -> list[tuple[tuple[int, int], str]]:
    """((start, end), name) of capitalised names a person's context surrounds."""
    out = []
    for m in _NAME.finditer(text):
        start, words = m.start(), m.group().split()
        while words and words[0] in NOT_NAME_WORDS:  # "Then Dana Xu": drop leading non-names
            start += len(words[0]) + 1
            words = words[1:]
        if len(words) < 2 or not _usable(words):
            continue
        end = start + len(" ".join(words))
        left, right = text[max(0, start - 40):start], text[end:end + 30]
        boundary = _LEFT_BOUNDARY.search(left) and _RIGHT_BOUNDARY.match(right)
        if boundary or _LEFT_STRONG.search(left) or _RIGHT_STRONG.match(right):
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
        if keep:
            out.append((m.start(1), m.start(1) + len(" ".join(keep))))
    return out
