"""Cue words of the relation patterns, Chinese (Simplified) and English, as compiled regexes.

Placeholders stand for mentions in a masked sentence: P a person, U a university, C a company,
L a lab.
"""

from __future__ import annotations

import re

P, U, C, L = "\ue000", "\ue001", "\ue002", "\ue003"
PH = {"Person": P, "University": U, "Company": C, "Lab": L}
ANY = "[\ue000-\ue003]"
ORG = "[\ue001-\ue003]"
ORG_CHARS = U + C + L
BREAK_CHARS = ",，;；:：!?！？—"

_SEP = r"(?:\s*(?:、|和|与|及|以及|跟|,\s*and|and|&|,\s)\s*)"
PAREN = r"(?:\s*[(（][^()（）\ue000-\ue003]{0,15}[)）])?"
# "字节跳动（以下简称“字节”）": a bracketed short name of the organisation before it
ALIAS_PAREN = r"(?:\s*[(（](?:以下简称|下称|简称|hereafter|or)?\s*[“\"「]?[\ue001-\ue003][”\"」]?[)）])?"
PERSON_LIST = re.compile(f"{P}{PAREN}(?:{_SEP}{P}{PAREN})*")
ORG_LIST = re.compile(f"{ORG}{PAREN}{ALIAS_PAREN}(?:(?:{_SEP}|\\s*(?:或|or)\\s*){ORG}{PAREN}{ALIAS_PAREN})*")

PRONOUN = re.compile(
    r"(?P<former>前者|\bthe former\b(?=\s*,|\s+(?:is|was|has|had|joined|left|spent|worked|studied|holds|earned|"
    r"did|had)\b))|(?P<latter>后者|\bthe latter\b)|"
    r"(?P<plural>他们|她们|两人|二人|俩人|两位|二位|两个人|这两人|这四人|四人|三人|二者|"
    r"\b(?:they|both|the two|the pair|the duo)\b)|"
    r"(?P<single>他|她|这位|此人|该人|其(?=[^\ue000-\ue003]{0,3}(?:导师|公司|创业))|"
    r"\b(?:he|she|his|her)\b)", re.IGNORECASE)

# one of these (lower-cased) is part of every PRONOUN match: without them a sentence has none
PRONOUN_GATE = re.compile("前者|后者|former|latter|他|她|两人|二人|俩人|两位|二位|两个人|四人|三人|二者|这位|此人|该人|其|he|his|both")

DEGREE = [
    ("postdoc", re.compile(r"博士后|博后|post-?doc\w*|post-doctoral", re.IGNORECASE)),
    ("phd", re.compile(r"博士(?!后|生导师)|读博|Ph\.?\s?D|doctorate|doctoral(?! supervis| advis)", re.IGNORECASE)),
    ("master", re.compile(r"硕士|研究生(?!院)|master'?s|M\.?S\. degree|MBA", re.IGNORECASE)),
    ("bachelor", re.compile(r"本科|学士|undergrad\w*|bachelor'?s?|B\.?S\.? degree", re.IGNORECASE)),
]
EDU = re.compile(
    r"本科|学士|硕士|博士(?!生导师)|读博|博后|毕业|校友|就读|求学|深造|读书|上学|学子|出身|背景|"
    r"系(?=的|科学家|学者|人才|校友)|特奖|奖学金|\d{4}\s*级|届|入学|考入|保送|进入|来自|"
    r"\b(?:graduat\w*|alumn\w*|studied|students?|degree|educated|trained|attended|Ph\.?\s?D|doctorate|bachelor'?s?|"
    r"master'?s|undergrad\w*|postdoc\w*|grad)\b", re.IGNORECASE)
WEAK_EDU = re.compile(r"^(?:来自|背景|系|进入)$")
NEGATION = re.compile(r"(?:不是|并非|并不是|没有|未曾|从未|没|未|\bnot\b|\bnever\b|n't)\s*[^\s,，]{0,3}\s*$|"
                      r"\b(?:almost|nearly|never|not|declined|refused|rejected|turned down|offered)\b"
                      r"(?:\s+(?:his|her|their|an?|the|to|offers?|proposals?|invitations?|chance|bid|\w+(?:ed|al)))*\s+(?:join|joined|go|to join|work)\s+(?:for\s+|at\s+)?$",
                      re.IGNORECASE)
EMP_LEFT = re.compile(
    r"(?:加入|入职|加盟|转投|转战|投靠|投奔|跳槽到|跳槽至|跳槽|效力于|效力[了过]?\s*(?:\d+|[一二三四五六七八九十两]+)\s*多?年的|效力|任职于|供职于|就职于|受聘于|回到|"
    r"被任命为|任命为|出任|升任|晋升为|担任|"
    r"回归|重返|负责|领导|执掌|掌管|挂帅|进入|\bjoin(?:ed|s|ing)?|\brejoined|moved to|hired by|recruited by|"
    r"poached by|\bworks? (?:at|for)|worked (?:at|for)|working (?:at|for)|\blead(?:s|ing)?|\bled|"
    r"\bheads?|\bheaded|\bruns|\bran|\bleft|\bquit|\bdeparted(?: from)?|离开|"
    r"\b(?:previously|formerly)\s+(?:an?|the)\s+(?:[\w-]+\s+){1,4}(?:at|with)|"
    r"\ban?\s+former\s+(?:[a-z][\w-]*\s+){1,4}at|"
    r"\bspent\s+(?:\w+\s+){0,3}?(?:years?|months?|decades?)\s+(?:at|with)|\bveterans?\s+of|\bstint\s+at|"
    r"\b(?:has\s+|have\s+|had\s+)?bec(?:ame|omes?)\s+(?:an?\s+|the\s+)?(?:new\s+)?|"
    r"\b(?:was\s+|been\s+|is\s+)?(?:named|appointed|promoted)(?:\s+(?:as|to))?\s+(?:an?\s+|the\s+)?(?:new\s+)?|"
    r"\b(?:is\s+|was\s+)?(?:leaving|departing)|\bleaves?|\b(?:departure|exit|resignation)\s+from|"
    r"\b(?:stepp(?:ed|ing)|steps?)\s+down\s+(?:from|at)|\bresign(?:ed|s)?\s+from|\brejoin(?:s|ing)?|\breturn(?:ed|s|ing)?\s+to|"
    r"\bhead(?:ed|ing|s)?\s+(?:over\s+)?to|\b(?:a|an|the)\s+(?:brief\s+|short\s+|long\s+|\w+-year\s+)?(?:tenure|stint)\s+(?:at|with)|"
    r"\b(?:gave|give|gives|giving)\s+up\s+(?:his|her|their|a)\s+(?:\w+\s+)?(?:tenure|position|job|post|role|seat)\s+at|"
    r"\b(?:his|her|their)\s+(?:\w+\s+){0,2}(?:work|tenure|time|stints?|years|career|role|position|job|post)\s+(?:at|with)|"
    r"\b(?:works?|worked|working|leads?|led|heads?|headed|runs?|ran|oversees|oversaw|manages|managed|"
    r"teaches|taught|is|was)(?:\s+(?!at\b|for\b)[a-z][\w-]*){1,5}\s+(?:at|for)"
    r")[了过]?\s*(?:the\s+)?$", re.IGNORECASE)
JOIN_LEFT = re.compile(r"加入|入职|加盟|转投|转战|投靠|投奔|跳槽|回归|重返|join|moved to|hired|recruited",
                       re.IGNORECASE)
AT_LEFT = re.compile(r"(?:在|于|\bat|\bin|\bwith)\s*$", re.IGNORECASE)
PAST = re.compile(r"(?<![目当眼面提向])前(?!往|沿|景|端|者)|原(?!本|来|因)|曾|此前|早年|离开|离职|辞去|辞职|\bformer(?:ly)?\b|"
                  r"\bpreviously\b|\b(?:before|prior to|until) joining\b|\bex-|\bleft\b|\bdeparted\b|\bquit\b|\bonce\b|\bearlier\b|\bspent\b|\bveterans? of\b|"
                  r"(?<!\bhas )(?<!\bhave )\bworked\b",
                  re.IGNORECASE)
# the relation holds now: news states a present title or an explicit "currently"
PRESENT = re.compile(r"现任|目前|现为|如今|\bcurrently\b|\bnow\b|\bthese days\b", re.IGNORECASE)
# ... unless the text places it at another time: "then", "at the time", a future, a past copula
NOT_NOW = re.compile(r"时任|当时|将|拟|\bthen\b|\bthen-|at the time|\bwill\b|\bwould\b|\bto become\b|"
                     r"\bset to\b|\bexpected to\b|\bwas\b|\bwere\b|\bhad been\b", re.IGNORECASE)
LEAVE = re.compile(r"离开|离职|辞去|辞职|出走|卸任|离任|\bleft\b|\bdeparted\b|\bquit\b|stepped down|resigned|"
                   r"\bleaving\b|\bleaves?\b|\bdeparting\b|\bdeparture\b|\bexit\b|steps? down|stepping down|\bgave up\b|"
                   r"\bresign(?:s|ing)?\b",
                   re.IGNORECASE)
EMP_RIGHT = re.compile(r"^\s*(?:等(?:多家|几家|知名)?(?:科技|互联网)?(?:公司|企业|机构|大厂)?)?(?:的)?(?:工作|实习|任职|效力|担任|出任|任教|执教|带学生|带博士生|卸任|离任|退休|任(?!务|何|性)|就职|期间|员工|"
                       r"\bas\b|,?\s*where)", re.IGNORECASE)
# a career verb right after a person: "…的王浩然或将离职", "…的X已于上月加入"
EMP_AFTER_PERSON = re.compile(r"\s*(?:近日|日前|近期|已经|已于[^,，。]{0,4}|已|或将|或|将|拟|正式|也|还)*\s*"
                              r"(?:离职|离开|辞职|出走|跳槽|转投|加盟|加入|入职|任职|工作|负责|带领|领导|主导)")
ROLE_LEAD = re.compile(r"^(?:\s|的|前|原|现任|时任|担任|出任|任|首位|as(?: an?| the)?\b|['’]s)*$", re.IGNORECASE)
ROLE_TAIL = re.compile(r"(?:\s+(?:in|of|at)\s+the\s+(?:School|Department|Institute|College|Faculty|Center|Centre|Division|Lab|"
                       r"Laboratory)\s+(?:of|for)(?:\s+[A-Za-z&,-]+){1,5}?|\s+(?:of|in)(?:\s+(?-i:[a-z][\w&-]*)){1,5}?)?"
                       r"\s+(?:at|of|for|with|in)\s+(?:the\s+)?$|"
                       r"\s+of\s+(?:his|her|their|its)\s+(?:[\w-]+\s+){0,4}?(?:startup|start-up|company|firm|lab|venture)\s*,?\s*$",
                       re.IGNORECASE)
FOUND_LEFT = re.compile(
    r"(?:(?:他|她|其|自己|their|his|her)的?\s*(?:own\s+)?(?:创业公司|公司|startup|company)|创业(?!公司)|"
    r"\b(?:to|and)\s+(?:launch|start|found|co-?found|set up)\b|"
    r"(?:联合|共同|合伙|联手)?(?:创办|创立|创建|创设|成立)|"
    r"\bco-?found(?:ed|s|ing)?|\bfound(?:ed|s|ing)\b|\bstarted\b|\blaunch(?:ed|es|ing)\b|\bset(?:s|ting)? up\b|"
    r"\bestablish(?:ed|es|ing)\b|\bspun out\b|"
    r"\bco-?founders? of|\bfounders? of)", re.IGNORECASE)
FOUND_RIGHT = re.compile(r"^\s*(?:的)?(?:联合|共同)?(?:创始人|创办人|联创)|^\s*(?:['’]s)?\s*co-?founders?\b",
                         re.IGNORECASE)
ANNOUNCE = re.compile(r"^\s*(?:正式|高调|has |have |had )?(?:官宣|宣布|迎来|欢迎|聘请|招募|招来|延揽|announced|welcomed|hired|recruited)"
                      r"(?:了)?\s*$", re.IGNORECASE)
FORWARD_LINK = re.compile(r"(?:校友|毕业生|学子|出身|毕业的|(?:系)?天才(?:少年)?|学霸|高材生|的[^的,，]{0,6}|['’]s|\bof)\s*$|^\s*$|" + ANNOUNCE.pattern,
                          re.IGNORECASE)
HIRE = re.compile(
    rf"(?P<hirer>[{C}{L}])[^,，。]{{0,8}}?从(?P<source>{ORG})[^。]{{0,16}}?"
    rf"(?:挖走|挖来|挖角|招走|抢走|招揽|带走|挖)了?|"
    rf"(?P<hirer2>[{C}{L}])\s+(?:has\s+)?(?:poached|hired|recruited|lured)\s+(?P<mid>[^.]{{0,80}}?)\s+"
    rf"(?:away\s+)?from\s+(?P<source2>{ORG})", re.IGNORECASE)
ACQUIRE = re.compile(r"收购|并购|买下|\bacquir(?:ed|es|e|ing)\b|\bbought\b|\bbuys?\b|takeover of|purchase of",
                     re.IGNORECASE)
PASSIVE_ACQ = re.compile(
    rf"(?P<target>[{C}{L}])[^,，。]{{0,8}}被(?P<buyer>{C})[^,，。]{{0,12}}(?:收购|并购|买下)|"
    rf"(?P<target2>[{C}{L}])(?:\s*,[^.;,{ANY[1:-1]}]{{0,30}}(?:{ANY}[^.;,]{{0,30}})*,)?\s*,?\s*(?:(?:which|that)\s+)?"
    rf"(?:(?:was|were|has been|had been|is being)\s+)?"
    rf"(?:later\s+|then\s+|subsequently\s+|since\s+|eventually\s+)?(?:acquired|bought|purchased)\s+"
    rf"(?:in\s+\d{{4}}\s+)?by\s+(?P<buyer2>{C})|"
    rf"(?P<target3>[{C}{L}])\s*,\s*(?:which|that)\s+(?P<buyer3>{C})\s+(?:later\s+|then\s+|subsequently\s+|"
    rf"eventually\s+)?(?:acquired|bought|purchased|snapped up)",
    re.IGNORECASE)
BRING = re.compile(
    rf"带着[^,，。]{{0,10}}?(?P<startup>{C})[^,，。]{{0,6}}?加入(?P<buyer>{C})|"
    rf"(?:brought|bringing|took)\s+(?:his|her|their)\s+(?:startup|company)\s+(?P<startup2>{C})\s+"
    rf"(?:to|into|with\s+\w+\s+to)\s+(?P<buyer2>{C})|joined\s+(?P<buyer3>{C})\s+(?:along\s+)?with\s+"
    rf"(?:his|her|their)\s+(?:startup|company)\s+(?P<startup3>{C})", re.IGNORECASE)
INVEST = re.compile(r"(?<!风险)(?:投资|注资|入股|领投|跟投|参投)(?![人者方机])(?!合伙人|总监|经理|副总裁|负责人|部|领域)|\binvest(?:ed|s|ing)?\b(?!or)|"
                    r"\btook an? [\d.]+\s*(?:%|percent) stake|"
                    r"\b(?:participated|led)\b(?= in (?:the|this|that) (?:round|raise)| (?:the|this|that) (?:round|raise))",
                    re.IGNORECASE)
# a company raising a round: "X完成2亿元A轮融资", "X has raised $12 million"; investors "领投/跟投" it
RAISE = re.compile(rf"(?P<org>{C})[^,，。;；{ANY[1:-1]}]{{0,12}}?(?:完成|获得|宣布完成|获)[^,，。;；{ANY[1:-1]}]{{0,16}}?融资|"
                   rf"(?P<org2>{C})\s+(?:said\s+(?:on\s+\w+\s+)?(?:that\s+)?(?:it|they)\s+)?(?:has\s+|have\s+|had\s+)?"
                   rf"(?:raised|closed|secured|landed)\b", re.IGNORECASE)
# "in a round led by X" (the investor after the verb): X put money into the company that raised
ROUND_LED_BY = re.compile(rf"\b(?:round|raise|financing|funding)\b[^.;。；\ue000-\ue003]{{0,24}}?\b(?:co-?)?led\s+by\s+"
                          rf"(?:the\s+)?(?P<inv>{C})(?:\s*(?:,|and|with)\s*(?:participation from\s+)?(?P<inv2>{C}))?",
                          re.IGNORECASE)
# "X获得Y投资" / "X获Y战略投资": Y invested in X
GOT_INVESTMENT = re.compile(rf"(?P<target>{C})[^,，。；;{ANY[1:-1]}]{{0,8}}?(?:获得|获)了?(?P<inv>{C})"
                            rf"(?:(?:、|和|与)(?P<inv2>{C}))?[^,，。；;{ANY[1:-1]}]{{0,6}}?(?:投资|注资)")
ROUND_INVEST = re.compile(r"领投|跟投|参投|(?:本轮|该轮)?(?:投资|融资)|\bin(?:to)? (?:the|this|that) (?:round|raise)\b|"
                          r"\bparticipated\b", re.IGNORECASE)
TO_TARGET = re.compile(rf"向[^,，。{ANY[1:-1]}]{{0,8}}?({C})[^,，。{ANY[1:-1]}]{{0,12}}$")
STAKE_WORD = re.compile(r"股份|股权|stake", re.IGNORECASE)
ADVISE = re.compile(r"导师(?:就)?(?:是|为)|师从|拜师|\b(?:advis[oe]r|supervisor|mentor) (?:was|is|has been)\b|"
                    r"\b(?:co-?)?advised by\b|\bmentored by\b|\b(?:a |the )?(?:former |graduate |doctoral |PhD )?"
                    r"(?:student|protégé|protege) of\b|"
                    r"\bsupervised by\b|under the supervision of|\b(?:PhD|doctoral) student of\b|"
                    r"\bstudied under\b", re.IGNORECASE)
ROLE_ONLY = re.compile(r"(?:担任|出任|被任命为|任命为|升任|晋升为|接任|出掌|\bserves? as\b|\bwas named\b|"
                       r"\bappointed(?: as)?\b)\s*", re.IGNORECASE)
# a university post: "挂帅/受聘X", "在X任教/带学生"
UNIV_POST_LEFT = re.compile(r"(?:挂帅|执掌|掌管|受聘于?|加盟|出任|任教于|执教于|任职于|就职于|供职于)\s*$")
UNIV_POST_RIGHT = re.compile(r"^\s*(?:任教|执教|带学生|带博士生|教书|担任(?:教授|副教授|讲师|院长|校长))")
RESPECTIVELY = re.compile(r"分别|respectively", re.IGNORECASE)
INCLUDING = re.compile(r"^\s*(?:包括|其中包括|其中有|比如|例如|如|including|such as|among them)", re.IGNORECASE)
SAME_YEAR = re.compile(r"同年|the same year", re.IGNORECASE)
HIRE_RIGHT = re.compile(r"^[^,，]{0,8}?(?:招揽|招募|聘请|挖来|招来|延揽|hired|recruited|poached)", re.IGNORECASE)
APPOSITION_GAP = re.compile(r"\s*(?:[(（][^()（）]{0,20}[)）])?\s*(?:是|为|作为|曾是|曾任|现任|担任|,\s*|，)?\s*"
                            r"(?:(?:the|a|an|now|then|all|both|each|two|three|four|five|six|several|fellow) )*"
                            r"(?:前|原|现任|时任|former |formerly |ex-)?\s*", re.IGNORECASE)
FOUNDED_BY = re.compile(rf"(?P<org>[{C}{L}])[^,，。]{{0,6}}?(?:由(?=[^,，。]{{0,30}}(?:创立|创办|创建|成立))|"
                        rf"\s*,?\s*(?:(?:which|that)\s+)?(?:was |is |were |had been |has been )?(?:co-?founded|founded|established|"
                        rf"started|launched|set up|created|spun out)\s+(?:[^.;,{ANY[1:-1]}]{{0,30}},\s*)?"
                        rf"(?:(?:in|on|during)\s+[^.;,{ANY[1:-1]}]{{1,20}}?)?\s*,?\s*by\b)",
                        re.IGNORECASE)
APPOSITION_OPEN = re.compile(r"\s*(?:\([^()]*\))?\s*,\s*(?:a|an|the|who|whose|once|formerly|previously|now|"
                            r"himself|herself)\b[^,\ue000-\ue003]*", re.IGNORECASE)
MOVE_ON = re.compile(r"\b(?:left to join|joined|joins|is joining|will join|moved to|moves to|jumped to|defected to|left|"
                     r"went on to|later joined)\b", re.IGNORECASE)
JOIN_FROM = re.compile(
    rf"\b(?:joined|joins|is joining|will join|moved to|moves to|jumped to|defected to|went to|returned to|"
    rf"rejoined|was hired by|was poached by|was recruited by)\s+(?:the\s+)?(?P<to>{ORG})[^.;]{{0,60}}?"
    rf"\bfrom\s+(?:the\s+|rival\s+|its rival\s+)?(?P<from>{ORG})|"
    rf"\b(?:left|quit|departed)\s+(?:the\s+)?(?P<from2>{ORG})\s+(?:for|to join)\s+(?:the\s+|rival\s+)?(?P<to2>{ORG})|"
    rf"从(?P<from3>{ORG})[^,，。{P}]{{0,8}}?(?:跳槽|转投|转会|加盟|加入|投奔|来到|转到|跳到|回到)(?:到|至)?(?P<to3>{ORG})",
    re.IGNORECASE)
POACH_GROUP = re.compile(
    rf"(?P<hirer>[{P}{C}{L}])[^,，。{ANY[1:-1]}]{{0,8}}?(?:挖到|挖走|挖来|招揽|签下|拿下|\bhired\b|\bpoached\b|"
    rf"\brecruited\b|\bsigned\b|\blured\b)了?\s*(?:the\s+)?"
    rf"(?:这两个人|这两人|这二人|两人|二人|这几个人|这些人|他们|她们|them\b|both\b|two\b|pair\b|duo\b)",
    re.IGNORECASE)

# Words without which a pattern pass cannot match (matched case-insensitively, as substrings):
# one scan of a sentence tells which passes can be skipped. Keep them in step with the patterns.
GATE_WORDS: dict[str, tuple[str, ...]] = {
    "hires": ("从", "poached", "hired", "recruited", "lured"),  # HIRE
    "moves": ("从", "from", "left", "quit", "departed"),  # JOIN_FROM
    "poach_group": ("挖到", "挖走", "挖来", "招揽", "签下", "拿下", "hired", "poached", "recruited", "signed",
                    "lured"),  # POACH_GROUP
    "acquisitions": ("收购", "并购", "买下", "acquir", "bought", "buy", "purchas", "takeover", "snapped up",
                     "带着", "brought", "bringing", "took", "joined"),  # PASSIVE_ACQ, BRING, ACQUIRE
    "founded_by": ("由", "founded", "established", "started", "launched", "set up", "created", "spun out"),  # FOUNDED_BY
    "investments": ("投资", "注资", "入股", "领投", "跟投", "参投", "invest", "stake", "融资", "raised", "closed",
                    "secured", "landed", "participated", "led the", "led this", "led that", "led by"),
    # INVEST, RAISE, ROUND_LED_BY, GOT_INVESTMENT
    "advising": ("导师", "师从", "拜师", "advis", "supervis", "mentor", "student", "protég", "proteg",
                 "studied under"),  # ADVISE
    "fronted_as": ("as ",),  # rel_clauses._FRONTED_AS
    "cofounders": ("with",),  # rel_clauses._WITH
    "group_members": ("including", "such as", "like", "among them"),  # rel_clauses._GROUP_OF
    "fronted_participles": ("graduating", "studying", "earning", "receiving", "completing", "finishing", "joining",
                            "leaving", "working", "serving"),  # rel_clauses._FRONTED_PARTICIPLE
    "possessive_founders": ("startup", "start-up", "company", "venture", "firm", "lab", "fund", "business"),
    # rel_clauses._POSSESSIVE, _FOUNDED_BY_RELATIVE
    "bare_roles": (" is ", " was ", " will be ", "named", "became", "becomes"),  # rel_clauses._BARE_ROLE
    "roles_without_org": ("担任", "出任", "任命为", "升任", "晋升为", "接任", "出掌", "serve", "was named",
                          "appointed"),  # ROLE_ONLY
    "study_under": ("跟随", "追随", "跟着", "师从", "指导下", "带领下"),  # rel_zh_study
    "stakes": ("持股", "持有"),  # rel_zh_stakes
}
_GATES = [(name, re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))))
          for name, words in GATE_WORDS.items()]


ADVISING_GATE = dict(_GATES)["advising"]


def open_gates(sentence: str) -> set[str]:
    """The names of the pattern passes whose words occur in ``sentence`` (any case).

    One plain literal search per pass on the lower-cased sentence: far cheaper than running the
    passes' case-insensitive patterns.
    """
    low = sentence.lower()
    return {name for name, gate in _GATES if gate.search(low)}
