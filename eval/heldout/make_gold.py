"""Write gold.jsonl for the held-out articles (eval/heldout/articles): each claim names a short
anchor inside its supporting sentence; the sentence's offsets are computed from the article
itself (never typed by hand). Same format and method as eval/dev/make_gold.py.

    python eval/heldout/make_gold.py
"""


from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent))
from anchored_gold import write_gold  # noqa: E402

# (file, anchor in the sentence, subject, relation, object, qualifiers)
CLAIMS = [
    ("zh-latepost-stepfun.txt", "曾任职于阿里巴巴达摩院", "许文博", "EMPLOYED_BY", "Alibaba", {"current": False}),
    ("zh-latepost-stepfun.txt", "曾任职于阿里巴巴达摩院", "许文博", "EMPLOYED_BY", "阶跃星辰", {"current": True}),
    ("zh-latepost-stepfun.txt", "博士毕业于中国科学技术大学", "许文博", "EDUCATED_AT", "中国科学技术大学", {"degree": "phd"}),
    ("zh-latepost-stepfun.txt", "导师是语音识别专家", "许文博", "ADVISED_BY", "戴立新", {}),
    ("zh-latepost-stepfun.txt", "在微软亚洲研究院工作了七年", "许文博", "EMPLOYED_BY", "Microsoft", {"current": False}),
    ("zh-latepost-stepfun.txt", "由腾讯领投", "Tencent", "INVESTED_IN", "阶跃星辰", {}),

    ("en-bloomberg-cohere.txt", "previously a research lead at Meta", "Helen Okafor", "EMPLOYED_BY", "Meta", {"current": False}),
    ("en-bloomberg-cohere.txt", "previously a research lead at Meta", "Helen Okafor", "EMPLOYED_BY", "Cohere", {"current": True}),
    ("en-bloomberg-cohere.txt", "earned her doctorate", "Helen Okafor", "EDUCATED_AT", "University of Toronto", {"degree": "phd"}),
    ("en-bloomberg-cohere.txt", "supervised by Geoffrey", "Helen Okafor", "ADVISED_BY", "Geoffrey Hinton", {}),
    ("en-bloomberg-cohere.txt", "in a round led by Nvidia", "Nvidia", "INVESTED_IN", "Cohere", {}),

    ("en-techcrunch-lumen.txt", "left OpenAI in March", "Daniel Reyes", "EMPLOYED_BY", "OpenAI", {"current": False}),
    ("en-techcrunch-lumen.txt", "left OpenAI in March", "Daniel Reyes", "FOUNDED", "Lumen Robotics", {}),
    ("en-techcrunch-lumen.txt", "led by Sequoia Capital", "Sequoia Capital", "INVESTED_IN", "Lumen Robotics", {}),
    ("en-techcrunch-lumen.txt", "a Stanford graduate", "Daniel Reyes", "EDUCATED_AT", "Stanford", {}),
    ("en-techcrunch-lumen.txt", "spent three years at Tesla", "Daniel Reyes", "EMPLOYED_BY", "Tesla", {"current": False}),

    ("zh-hant-bnext-foxconn.txt", "前Google DeepMind研究員蔡承翰", "蔡承翰", "EMPLOYED_BY", "Google", {"current": False}),
    ("zh-hant-bnext-foxconn.txt", "前Google DeepMind研究員蔡承翰", "蔡承翰", "EMPLOYED_BY", "鴻海", {"current": True}),
    ("zh-hant-bnext-foxconn.txt", "畢業於國立清華大學", "蔡承翰", "EDUCATED_AT", "國立清華大學", {}),
    ("zh-hant-bnext-foxconn.txt", "畢業於國立清華大學", "蔡承翰", "EDUCATED_AT", "UC Berkeley", {"degree": "phd"}),

    ("zh-qbitai-yao-class.txt", "清华姚班出身", "陈嘉禾", "EDUCATED_AT", "Tsinghua", {}),
    ("zh-qbitai-yao-class.txt", "清华姚班出身", "刘思源", "EDUCATED_AT", "Tsinghua", {}),
    ("zh-qbitai-yao-class.txt", "清华姚班出身", "陈嘉禾", "EMPLOYED_BY", "Moonshot AI", {"current": True}),
    ("zh-qbitai-yao-class.txt", "清华姚班出身", "刘思源", "EMPLOYED_BY", "Zhipu AI", {"current": True}),
    ("zh-qbitai-yao-class.txt", "前者此前在字节跳动", "陈嘉禾", "EMPLOYED_BY", "ByteDance", {"current": False}),
    ("zh-qbitai-yao-class.txt", "后者博士毕业于斯坦福", "刘思源", "EDUCATED_AT", "Stanford", {"degree": "phd"}),

    ("en-reuters-qiming.txt", "a former Alibaba engineer", "Gao Feng", "EMPLOYED_BY", "Alibaba", {"current": False}),
    ("en-reuters-qiming.txt", "a former Alibaba engineer", "Gao Feng", "FOUNDED", "Qiming AI", {}),
    ("en-reuters-qiming.txt", "led by Hillhouse", "Hillhouse Capital", "INVESTED_IN", "Qiming AI", {}),
    ("en-reuters-qiming.txt", "master's degree from Zhejiang", "Gao Feng", "EDUCATED_AT", "ZJU", {"degree": "master"}),

    ("zh-hant-hkej-hkust.txt", "港科大副教授何志強", "何志強", "EMPLOYED_BY", "HKUST", {"current": True}),
    ("zh-hant-hkej-hkust.txt", "港科大副教授何志強", "何志強", "FOUNDED", "思維躍動", {}),
    ("zh-hant-hkej-hkust.txt", "獲得聯想創投投資", "聯想創投", "INVESTED_IN", "思維躍動", {}),
    ("zh-hant-hkej-hkust.txt", "曾任職於騰訊", "何志強", "EMPLOYED_BY", "Tencent", {"current": False}),
    ("zh-hant-hkej-hkust.txt", "本科畢業於中山大學", "何志強", "EDUCATED_AT", "中山大學", {"degree": "bachelor"}),
    ("zh-hant-hkej-hkust.txt", "在新加坡國立大學取得博士", "何志強", "EDUCATED_AT", "新加坡國立大學", {"degree": "phd"}),

    ("zh-jiemian-xhs.txt", "小红书近日收购", "小红书", "ACQUIRED", "深言科技", {}),
    ("zh-jiemian-xhs.txt", "该公司由前商汤", "马一鸣", "FOUNDED", "深言科技", {}),
    ("zh-jiemian-xhs.txt", "该公司由前商汤", "马一鸣", "EMPLOYED_BY", "SenseTime", {"current": False}),
    ("zh-jiemian-xhs.txt", "马一鸣硕士毕业于", "马一鸣", "EDUCATED_AT", "SJTU", {"degree": "master"}),

    ("en-ft-meta-mehta.txt", "Meta has hired Arjun", "Arjun Mehta", "EMPLOYED_BY", "Meta", {"hedged": True}),
    ("en-ft-meta-mehta.txt", "Meta has hired Arjun", "Arjun Mehta", "EMPLOYED_BY", "Google", {}),
    ("en-ft-meta-mehta.txt", "Mehta joined Google", "Arjun Mehta", "EMPLOYED_BY", "Google", {}),
    ("en-ft-meta-mehta.txt", "a PhD at the University of Washington", "Arjun Mehta", "EDUCATED_AT", "University of Washington", {"degree": "phd"}),
]


if __name__ == "__main__":
    write_gold(HERE, CLAIMS)
