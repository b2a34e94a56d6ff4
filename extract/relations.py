"""RelationExtractor: sentences with mentions → candidate claims with evidence spans.

Each sentence is masked (every mention becomes one placeholder character, see ``cues``), and
general patterns run on the masked text: cue words around an organisation (education,
employment, founding), trigger words (hire-from, acquire, invest, advise, a title with no
organisation), coordinated lists and "respectively". Subjects are found backwards (the nearest
person or pronoun) or forwards (an appositive: "Nvidia's director X", "清华校友X").

The patterns live in cohesive modules, combined here:

- ``rel_base``      claims, document context, sentence helpers
- ``rel_career``    education and employment (cue words, hires "from", titles)
- ``rel_deals``     acquisitions, investments, "founded by"
- ``rel_advising``  advisor relations
- ``rel_lists``     organisation groups, subjects, lists, labs, context for the next sentence
- ``rel_english``   English clause patterns (appositives, "joined Y from Z", "all X researchers")
- ``rel_zh``        Chinese clause patterns (a subject-less clause continues the last person)
- ``rel_zh_chains`` Chinese title chains (several organisations with titles before one name)
- ``rel_zh_colleagues`` Chinese colleague phrases (X及其在C的前同事, 他在C的老领导Y)
- ``rel_zh_study``  Chinese advisors named with the study (跟随A攻读博士)
- ``rel_zh_stakes`` Chinese shareholdings (X持股30%)
"""

from __future__ import annotations

from talentgraph.extract import cues as Q
from talentgraph.extract.gazetteer import load_gazetteer, load_roles
from talentgraph.extract.hedge import Hedger
from talentgraph.extract.rel_advising import AdvisingPatterns
from talentgraph.extract.rel_base import Claim, Claims, Context, DocumentInput, Sent
from talentgraph.extract.rel_career import CareerPatterns
from talentgraph.extract.rel_clauses import ClausePatterns
from talentgraph.extract.rel_deals import DealPatterns
from talentgraph.extract.rel_english import EnglishPatterns
from talentgraph.extract.rel_lists import ListPatterns, note_year
from talentgraph.extract.rel_zh import ZeroSubjectPatterns
from talentgraph.extract.rel_zh_chains import ChainPatterns
from talentgraph.extract.rel_zh_colleagues import ColleaguePatterns
from talentgraph.extract.rel_zh_stakes import StakePatterns
from talentgraph.extract.rel_zh_study import StudyPatterns
from talentgraph.extract.sentences import mask

__all__ = ["Claim", "DocumentInput", "Claims", "RelationExtractor"]


class RelationExtractor:
    def __init__(self) -> None:
        self.roles = load_roles()
        self.gaz = load_gazetteer()
        self.hedger = Hedger()

    def run(self, doc: DocumentInput) -> Claims:
        ctx = Context()
        out: list[Claim] = []
        mentions, k = doc.mentions, 0  # both sorted by position: walk them together
        for sent in doc.sentences:
            while k < len(mentions) and mentions[k].start < sent.start:
                k += 1
            j = k
            while j < len(mentions) and mentions[j].start < sent.end:
                j += 1
            if j == k:  # nothing named: only what the next sentences need to know
                ctx.pending = None
                ctx.spans[sent.index] = (sent.start, sent.end)
                note_year(ctx, doc.text[sent.start:sent.end], doc.ref)
                continue
            masked = mask(doc.text, sent, mentions[k:j])
            out += _SentenceWork(self, Sent(masked, sent.index, (sent.start, sent.end)), ctx, doc.ref).run()
        return Claims(claims=tuple(out))


class _SentenceWork(EnglishPatterns, ClausePatterns, CareerPatterns, DealPatterns, AdvisingPatterns, ListPatterns,
                   ZeroSubjectPatterns, ChainPatterns, StakePatterns, StudyPatterns,
                   ColleaguePatterns):
    def run(self) -> list[Claim]:
        if not self.s.slots:  # nothing named: only what the next sentences need to know
            self.ctx.pending = None
            self.update_context()
            return self.out
        gates = Q.open_gates(self.s.m)  # skip the passes whose words are absent
        subject = Q.P in self.s.m or (self.s.may_have_pronoun and Q.PRONOUN.search(self.s.m) is not None)
        self.pending()
        if "hires" in gates:
            self.hires()
        if subject and "moves" in gates:
            self.moves()
        if "poach_group" in gates:
            self.poach_group()
        if "acquisitions" in gates:
            self.acquisitions()
        if "founded_by" in gates and Q.P in self.s.m:
            self.founded_by()
        if "investments" in gates:
            self.investments()
        if subject and "advising" in gates:
            self.advising()
        if subject and "study_under" in gates:
            self.study_under()
        if "stakes" in gates:
            self.stakes()
        if Q.P in self.s.m and "fronted_as" in gates:
            self.fronted_as()
        if Q.P in self.s.m and "possessive_founders" in gates:
            self.possessive_founders()
            self.relative_founders()
        if Q.P in self.s.m and "fronted_participles" in gates:
            self.fronted_participles()
        if Q.P in self.s.m and ("(" in self.s.m or "（" in self.s.m):
            self.paren_affiliations()
        if Q.P in self.s.m and "group_members" in gates:
            self.group_members()
        if "investments" in gates or "whose" in self.s.m:
            self.round_investors()
        if subject:
            self.orgs()
            if "roles_without_org" in gates:
                self.roles_without_org()
        elif self.may_continue_topic():
            self.orgs()
        if Q.P in self.s.m and "bare_roles" in gates:
            self.bare_roles()
        if Q.P in self.s.m:
            self.titles_before_names()
        if subject:
            self.title_chains()
            self.colleagues()
        if "cofounders" in gates:
            self.cofounders()
        self.note_focus()
        self.labs()
        self.update_context()
        return self.out
