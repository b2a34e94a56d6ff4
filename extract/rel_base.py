"""Shared machinery of the relation patterns: claims, per-document context, per-sentence helpers.

A sentence is masked (every mention becomes one placeholder character, see ``cues``); the pattern
modules (``rel_career``, ``rel_deals``, ``rel_advising``, ``rel_lists``, ``rel_english``) add
methods to :class:`WorkBase` that run general patterns on the masked text.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel, ConfigDict

from talentgraph.extract import cues as Q
from talentgraph.extract.dates import RefDate, find_dates
from talentgraph.extract.hedge import FIRM, HEDGED, HedgeQuery
from talentgraph.extract.mentions import Mention
from talentgraph.extract.sentences import Sentence, Masked

__all__ = ["Claim", "DocumentInput", "Claims", "Context", "Sent", "WorkBase", "WEAK", "last_match",
           "money_quals", "implied"]

WEAK = 0.7

_PERSON = re.compile(Q.P)
_PAREN_AFTER = re.compile(r"\s*[(（]([^()（）]{0,15})[)）]")
_BREAK = re.compile(f"[{re.escape(Q.BREAK_CHARS)}]")
_STOP = re.compile(f"[{Q.ANY[1:-1]}{re.escape(Q.BREAK_CHARS)}]")  # a mention or a clause break
_LAST_STOP = re.compile(f"(?s).*[{Q.ANY[1:-1]}{re.escape(Q.BREAK_CHARS)}]")
_LAST_MENTION = re.compile(f"(?s).*{Q.ANY}")
_LATIN = re.compile(r"[A-Za-z]")
_DASHES = ("–", "—", "--")
_COORDINATED_VERB = re.compile(r"\s+and\s+(?:then\s+|later\s+|also\s+|eventually\s+)?[a-z]+(?:ed|s)?\s+(?:\w+\s+){0,3}",
                               re.IGNORECASE)
_OBJECT_BEFORE = re.compile(r"\b(?:under|with|by|from|replace[sd]?|succeed(?:ed|s)?|met|than|advised|mentored|"
                            r"hired|recruited|like)\s+(?:(?:[\w-]+|[\ue001-\ue003])\s+){0,5}$", re.IGNORECASE)

@dataclass(slots=True)
class Claim:
    """A candidate fact, before entity resolution. Spans are offsets into the normalized text.

    A plain record (not pydantic: made in the per-sentence loop); treat it as immutable.
    """

    subject: Mention
    relation: str
    object: Mention
    spans: tuple[tuple[int, int], ...]
    qualifiers: dict[str, Any] = field(default_factory=dict)
    hedged: bool = False
    confidence: float = FIRM


class DocumentInput(BaseModel):
    model_config = ConfigDict(frozen=True, arbitrary_types_allowed=True)
    text: str
    sentences: tuple[Sentence, ...]
    mentions: tuple[Mention, ...]
    ref: RefDate | None = None


class Claims(BaseModel):
    model_config = ConfigDict(frozen=True, arbitrary_types_allowed=True)
    claims: tuple[Claim, ...]



class Context:
    """What a document's earlier sentences tell the current one."""

    def __init__(self) -> None:
        self.topic: list[Mention] = []
        self.topic_at: int | None = None  # the sentence that named the topic
        self.subject: Mention | None = None  # the person that sentence opens with, of several
        self.groups: list[tuple[int, list[Mention]]] = []
        self.last_company: tuple[int, Mention] | None = None
        self.pending: tuple[int, Mention, Mention, str | None, tuple[int, int]] | None = None
        self.last_year: str | None = None
        self.last_raise: tuple[int, Mention] | None = None  # a company that raised a round
        self.focus_company: tuple[int, Mention] | None = None  # the last sentence subject that was a company
        self.company_counts: dict[str, tuple[int, Mention]] = {}  # mentions of each company so far
        self.spans: dict[int, tuple[int, int]] = {}


class Sent:
    """Per-sentence helpers over the masked text."""

    def __init__(self, masked: Masked, index: int, span: tuple[int, int]) -> None:
        self.m = masked.text
        self.slots = masked.slots
        self.index = index
        self.span = span
        self.plists: dict[int, list[int]] = {}
        self.parens: dict[int, str] = {}
        self._breaks: list[int] | None = None
        m = self.m
        self.may_have_pronoun = Q.PRONOUN_GATE.search(m.lower()) is not None
        if Q.P not in m:
            return
        for match in Q.PERSON_LIST.finditer(m):
            members = [i for i in range(match.start(), match.end()) if m[i] == Q.P]
            for i in members:
                self.plists[i] = members
        for pm in _PERSON.finditer(m):
            i = pm.start()
            par = _PAREN_AFTER.match(m, i + 1)
            self.parens[i] = par.group(1) if par else ""

    def clause(self, pos: int) -> tuple[int, int]:
        breaks = self._breaks
        if breaks is None:
            breaks = self._breaks = [b.start() for b in _BREAK.finditer(self.m)]
        k = bisect_left(breaks, pos)
        return (breaks[k - 1] + 1 if k else 0), (breaks[k] if k < len(breaks) else len(self.m))

    def left(self, pos: int, limit: int = 12, cross: bool = False) -> str:
        if pos > 0 and (self.m[pos - 1].isascii() or _LATIN.search(self.m, max(0, pos - 3), pos)):
            limit *= 3  # English words are longer than Chinese characters
        lo = max(0, pos - limit)
        stop = (_LAST_MENTION if cross else _LAST_STOP).match(self.m, lo, pos)
        return self.m[stop.end() if stop else lo:pos]

    def right(self, pos: int, limit: int = 14) -> tuple[str, int | None]:
        """Text after ``pos`` up to a break or a mention, and the mention's position if reached."""
        if pos < len(self.m) and (self.m[pos].isascii() or _LATIN.search(self.m, pos, pos + 3)):
            limit *= 3  # "’s vice president": English after a curly apostrophe
        stop = _STOP.search(self.m, pos, pos + limit)
        if stop is None:
            return self.m[pos:pos + limit], None
        b = stop.start()
        return self.m[pos:b], (b if stop.group() in Q.ORG_CHARS or stop.group() == Q.P else None)


class WorkBase:
    """One sentence's work: helpers every pattern module uses."""

    def __init__(self, ex, s: Sent, ctx: Context, ref: RefDate | None) -> None:
        self.ex, self.s, self.ctx, self.ref = ex, s, ctx, ref
        self.out: list[Claim] = []
        self.done: set[int] = set()

    # ----- helpers
    def mention(self, pos: int) -> Mention:
        return self.s.slots[pos]

    def claim(self, subj: Mention, rel: str, obj: Mention, trigger: int, quals: dict | None = None,
              confidence: float = FIRM, spans: tuple[tuple[int, int], ...] = ()) -> None:
        quals = {k: v for k, v in (quals or {}).items() if v is not None}
        if rel == "EMPLOYED_BY" and obj.type == "Lab":
            parent = self.ex.gaz.entries.get(obj.key)
            parent_id = parent.parent if parent else None
            if parent_id:
                p = self.ex.gaz.entries[parent_id]
                self.claim(obj, "PART_OF", implied(obj, p.id, p.type, p.name), trigger)
                quals.setdefault("team", parent.name)
                obj = implied(obj, p.id, p.type, p.name)
        hedged = self.ex.hedger.run(HedgeQuery(sentence=self.s.m, trigger=trigger)).hedged
        if not spans and subj.start < self.s.span[0]:
            spans = (self.antecedent_span(subj.start), self.s.span)  # "他"/"这位": cite where named
        self.out.append(Claim(subj, rel, obj, spans or (self.s.span,), quals, hedged,
                              min(confidence, HEDGED) if hedged else confidence))

    def antecedent_span(self, pos: int) -> tuple[int, int]:
        """The span of the earlier sentence that contains ``pos``."""
        for index in range(self.s.index - 1, -1, -1):
            span = self.ctx.spans.get(index)
            if span and span[0] <= pos < span[1]:
                return span
        return self.s.span

    def persons_after(self, pos: int, limit: int = 60) -> list[int]:
        for i in range(pos, min(len(self.s.m), pos + limit)):
            if self.s.m[i] == Q.P:
                return self.s.plists.get(i, [i])
            if self.s.m[i] in "。":
                break
        return []

    def subjects_before(self, pos: int) -> list[Mention]:
        m = self.s.m
        last_p = m.rfind(Q.P, 0, pos)
        pronoun = None
        if self.s.may_have_pronoun:
            for pm in Q.PRONOUN.finditer(m, 0, pos):
                pronoun = pm
        if pronoun is not None and pronoun.start() > last_p and _quoted(m, pronoun.start()):
            return []  # "“He hadn't told me…,” says X": a pronoun in a quotation is the speaker's, not ours
        if pronoun is not None and pronoun.start() > last_p:
            if pronoun.group("former") or pronoun.group("latter"):
                people = self.group(last_p)  # "前者…，后者…": one member of the last pair
                return people[:1] if pronoun.group("former") else people[-1:]
            if pronoun.group("plural"):
                return self.group(last_p)
            if last_p != -1:
                return [self.mention(last_p)]
            return self.antecedent(pronoun.group())
        if last_p == -1:
            return []
        last_p = self.outside_dashes(last_p, pos)
        last_p = self.outside_apposition(last_p, pos)
        last_p = self.outside_object(last_p, pos)
        return [self.mention(i) for i in self.s.plists.get(last_p, [last_p])]

    def outside_dashes(self, last_p: int, pos: int) -> int:
        """"X – the former CEO of Y, whose backers included Z – has become …": Z sits inside an
        aside between dashes, so the verb after it belongs to X, named before the aside."""
        m = self.s.m
        close = max(m.rfind(d, last_p + 1, pos) for d in _DASHES)
        if close == -1:
            return last_p
        dash = m[close]
        opening = m.rfind(dash, 0, last_p)
        if opening == -1:
            return last_p
        head = m[:opening].rstrip()
        if head.endswith(Q.P) and m.find(dash, opening + 1, close) == -1:
            return len(head) - 1
        return last_p

    def outside_object(self, last_p: int, pos: int) -> int:
        """"X studied under Y and joined Z": Y is an object of the first verb, so the subject of
        "joined" is X, the first person of the clause."""
        m = self.s.m
        if not _COORDINATED_VERB.fullmatch(m, last_p + 1, pos):
            return last_p
        a = self.s.clause(last_p)[0]
        first = m.find(Q.P, a, last_p)
        if first == -1 or not _OBJECT_BEFORE.search(m, max(first + 1, last_p - 60), last_p):
            return last_p
        return first

    def antecedent(self, pronoun: str) -> list[Mention]:
        """Whom a pronoun with no person before it in its sentence means: the last person named."""
        return self.ctx.topic[-1:]

    def sentence_subject(self) -> Mention | None:
        """The person this sentence is about when it names several (None: not known)."""
        return None

    def outside_apposition(self, last_p: int, pos: int) -> int:
        """"A, a student of B, joined Y": B sits in A's apposition, so Y's subject is A."""
        m = self.s.m
        members = self.s.plists.get(last_p, [last_p])
        prev = m.rfind(Q.P, 0, members[0])
        if prev == -1 or "," not in m[members[-1] + 1:pos]:
            return last_p
        if Q.APPOSITION_OPEN.fullmatch(m[prev + 1:members[0]]):
            return prev
        return last_p

    def group(self, last_p: int) -> list[Mention]:
        if last_p != -1:
            members = self.s.plists.get(last_p, [last_p])
            if len(members) > 1:
                return [self.mention(i) for i in members]
            here = list({self.mention(i).key: self.mention(i) for i in self.s.slots
                         if i <= last_p and self.s.m[i] == Q.P}.values())
            if len(here) > 1:
                return here
        for index, people in reversed(self.ctx.groups):
            if self.s.index - index <= 5:
                return people
        return []

    def date_for(self, pos: int) -> str | None:
        a, b = self.s.clause(pos)
        found = find_dates(self.s.m[a:b], self.ref)
        if found:  # "sold it to Google in 2014 and left Google in 2022": the date nearest the mention
            return min(found, key=lambda d: abs(a + d[0] - pos))[1]
        if Q.SAME_YEAR.search(self.s.m[a:b]) and self.ctx.last_year:
            return self.ctx.last_year
        first_a, first_b = self.s.clause(0)
        head = self.s.m[first_a:first_b]
        if first_b < a and not re.search(Q.ANY, head):
            found = find_dates(head, self.ref)
            if found:
                return found[0][1]
            if Q.SAME_YEAR.search(head) and self.ctx.last_year:
                return self.ctx.last_year
        return None

    def role_in(self, text: str, lead: bool = True) -> tuple[str, str, int] | None:
        """(role, kind, end) of the first title in ``text`` if it leads the text."""
        for rm in self.ex.roles.find(text):
            if not lead or Q.ROLE_LEAD.match(text[:rm.start]):
                return rm.role.role, rm.role.kind, rm.end
            return None
        return None

    def team_before(self, text: str, role_start: int) -> str | None:
        m = re.search(r"([A-Za-z0-9\u4e00-\u9fff\- ]{1,10}?)团队$", text[:role_start])
        return m.group(1).strip() if m else None


    def role_at_end(self, text: str) -> tuple[str, str, int] | None:
        found = self.ex.roles.find(text)
        if found and found[-1].end >= len(text.rstrip()):
            r = found[-1]
            return r.role.role, r.role.kind, r.start
        return None


    def _pos_of(self, mention: Mention) -> int:
        return next((i for i, mm in self.s.slots.items() if mm is mention), -1)

    def role_chain(self, text: str, lead: bool = True, at_end: bool = False) -> list[tuple[str, str]]:
        """Titles joined by 兼/and at the start (or the end) of ``text``: [(role, kind), ...]."""
        found = self.ex.roles.find(text)
        if not found:
            return []
        chain: list = []
        if at_end:
            if found[-1].end < len(text.rstrip()):
                return []
            chain = [found[-1]]
            for r in reversed(found[:-1]):
                if not re.fullmatch(r"\s*(?:兼|和|及|、|&|and|/)\s*", text[r.end:chain[0].start]):
                    break
                chain.insert(0, r)
        else:
            if lead and not Q.ROLE_LEAD.match(text[:found[0].start]):
                return []
            chain = [found[0]]
            for r in found[1:]:
                if not re.fullmatch(r"\s*(?:兼|和|及|、|&|and|/)\s*", text[chain[-1].end:r.start]):
                    break
                chain.append(r)
        return [(r.role.role, r.role.kind) for r in chain]


    def _role_start(self, text: str) -> int:
        found = self.ex.roles.find(text)
        return found[0].start if found else len(text)

    def _company_before(self, pos: int) -> Mention | None:
        for i in range(pos - 1, -1, -1):
            ch = self.s.m[i]
            if ch == Q.C:
                return self.mention(i)
            if ch == Q.P:
                entry = self.ex.gaz.entries.get(self.mention(i).key)
                if entry and entry.acts_for:
                    e = self.ex.gaz.entries[entry.acts_for]
                    return implied(self.mention(i), e.id, e.type, e.name)
        return None



def _quoted(text: str, pos: int) -> bool:
    """``pos`` lies inside a quotation opened earlier in the sentence."""
    before = text[:pos]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1 or before.count("「") > before.count("」")


def last_match(pattern: re.Pattern[str], text: str):
    found = None
    for found in pattern.finditer(text):
        pass
    return found


def money_quals(money: tuple[float, str] | None) -> dict:
    return {"amount": money[0], "currency": money[1]} if money else {}


def implied(near: Mention, key: str, type_: str, name: str) -> Mention:
    return Mention(near.start, near.end, name, type_, key, None, True)

