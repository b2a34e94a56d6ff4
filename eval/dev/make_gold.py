"""Write gold.jsonl for the dev articles: each claim names a short anchor inside its supporting
sentence; the sentence's offsets are computed from the article itself (never typed by hand).

    python eval/dev/make_gold.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent))
from anchored_gold import write_gold  # noqa: E402

# (file, anchor in the sentence, subject, relation, object, qualifiers)
CLAIMS = [
    ("zh-keji-bytedance-seed.txt", "宣布加盟字节跳动", "李明轩", "EMPLOYED_BY", "ByteDance", {"current": True}),
    ("zh-keji-bytedance-seed.txt", "前谷歌大脑研究员", "李明轩", "EMPLOYED_BY", "Google", {"current": False}),
    ("zh-keji-bytedance-seed.txt", "本科毕业于上海交通大学", "李明轩", "EDUCATED_AT", "SJTU", {"degree": "bachelor"}),
    ("zh-keji-bytedance-seed.txt", "攻读博士学位", "李明轩", "EDUCATED_AT", "CMU", {"degree": "phd"}),
    ("zh-keji-bytedance-seed.txt", "导师为知名学者张伟", "李明轩", "ADVISED_BY", "张伟", {}),
    ("zh-keji-bytedance-seed.txt", "或将离职创业", "王浩然", "EMPLOYED_BY", "Alibaba", {"hedged": True}),
    ("zh-keji-bytedance-seed.txt", "收购了深圳初创公司", "Xiaomi", "ACQUIRED", "星河智能", {}),

    ("en-wire-anthropic-interp.txt", "has joined Anthropic", "Sarah Chen", "EMPLOYED_BY", "Anthropic", {"current": True}),
    ("en-wire-anthropic-interp.txt", "spent six years at", "Sarah Chen", "EMPLOYED_BY", "Google", {"current": False}),
    ("en-wire-anthropic-interp.txt", "bachelor's degree from Peking", "Sarah Chen", "EDUCATED_AT", "PKU", {"degree": "bachelor"}),
    ("en-wire-anthropic-interp.txt", "a PhD from MIT", "Sarah Chen", "EDUCATED_AT", "MIT", {"degree": "phd"}),
    ("en-wire-anthropic-interp.txt", "advised by Prof.", "Sarah Chen", "ADVISED_BY", "David Miller", {}),
    ("en-wire-anthropic-interp.txt", "Microsoft acquired", "Microsoft", "ACQUIRED", "Kinetic Labs", {"hedged": True}),

    ("zh-hant-udn-moonshot.txt", "轉投月之暗面", "陳思遠", "EMPLOYED_BY", "Moonshot AI", {"current": True}),
    ("zh-hant-udn-moonshot.txt", "諾亞方舟實驗室前研究員", "陳思遠", "EMPLOYED_BY", "Huawei", {"current": False}),
    ("zh-hant-udn-moonshot.txt", "畢業於清華大學", "陳思遠", "EDUCATED_AT", "Tsinghua", {}),
    ("zh-hant-udn-moonshot.txt", "取得博士學位", "陳思遠", "EDUCATED_AT", "HKUST", {"degree": "phd"}),
    ("zh-hant-udn-moonshot.txt", "投資新創公司", "SenseTime", "INVESTED_IN", "雲鯨智算", {"hedged": True}),

    ("en-reuters-zhipu-cto.txt", "has hired Liu Yang", "Liu Yang", "EMPLOYED_BY", "Zhipu AI", {"current": True}),
    ("en-reuters-zhipu-cto.txt", "has hired Liu Yang", "Liu Yang", "EMPLOYED_BY", "Baidu", {"current": False}),
    ("en-reuters-zhipu-cto.txt", "spent four years at Baidu", "Liu Yang", "EMPLOYED_BY", "Baidu", {"current": False}),
    ("en-reuters-zhipu-cto.txt", "master's degree at Zhejiang", "Liu Yang", "EDUCATED_AT", "ZJU", {"degree": "master"}),
    ("en-reuters-zhipu-cto.txt", "before joining Alibaba", "Liu Yang", "EMPLOYED_BY", "Alibaba", {"current": False}),
    ("en-reuters-zhipu-cto.txt", "He left Alibaba", "Liu Yang", "EMPLOYED_BY", "Alibaba", {"current": False}),

    ("zh-36kr-jiguang.txt", "腾讯领投", "Tencent", "INVESTED_IN", "极光智能", {}),
    ("zh-36kr-jiguang.txt", "于2023年创立", "周启航", "FOUNDED", "极光智能", {}),
    ("zh-36kr-jiguang.txt", "前百度科学家", "周启航", "EMPLOYED_BY", "Baidu", {"current": False}),
    ("zh-36kr-jiguang.txt", "曾任职于百度研究院", "周启航", "EMPLOYED_BY", "Baidu", {"current": False}),
    ("zh-36kr-jiguang.txt", "博士毕业于北京大学", "周启航", "EDUCATED_AT", "PKU", {"degree": "phd"}),
    ("zh-36kr-jiguang.txt", "公司联合创始人吴嘉怡", "吴嘉怡", "FOUNDED", "极光智能", {}),
    ("zh-36kr-jiguang.txt", "在华为担任产品总监", "吴嘉怡", "EMPLOYED_BY", "Huawei", {"current": False}),

    ("en-techcrunch-parallax.txt", "a co-founder of Moonshot AI", "Zhou Xinyu", "FOUNDED", "Moonshot AI", {}),
    ("en-techcrunch-parallax.txt", "a co-founder of Moonshot AI", "Zhou Xinyu", "EMPLOYED_BY", "Moonshot AI", {"current": False}),
    ("en-techcrunch-parallax.txt", "launch his own company", "Zhou Xinyu", "FOUNDED", "Parallax Robotics", {}),
    ("en-techcrunch-parallax.txt", "studied computer science at Tsinghua", "Zhou Xinyu", "EDUCATED_AT", "Tsinghua", {}),
    ("en-techcrunch-parallax.txt", "previously worked as a research engineer", "Zhou Xinyu", "EMPLOYED_BY", "Microsoft", {"current": False}),
    ("en-techcrunch-parallax.txt", "Tencent invested in the round", "Tencent", "INVESTED_IN", "Parallax Robotics", {}),

    ("zh-hant-mingpao-sensetime.txt", "正式出任商湯科技首席科學家", "黃國強", "EMPLOYED_BY", "SenseTime", {"current": True}),
    ("zh-hant-mingpao-sensetime.txt", "正式出任商湯科技首席科學家", "黃國強", "EMPLOYED_BY", "CUHK", {"current": True}),
    ("zh-hant-mingpao-sensetime.txt", "在劍橋大學完成博士後研究", "黃國強", "EDUCATED_AT", "University of Cambridge", {"degree": "postdoc"}),
    ("zh-hant-mingpao-sensetime.txt", "師從英國學者", "黃國強", "ADVISED_BY", "Peter Hall", {}),
    ("zh-hant-mingpao-sensetime.txt", "保留在中大的教職", "黃國強", "EMPLOYED_BY", "CUHK", {}),

    ("en-bloomberg-huawei.txt", "Huawei has hired Wang Lei", "Wang Lei", "EMPLOYED_BY", "Huawei", {"hedged": True}),
    ("en-bloomberg-huawei.txt", "Huawei has hired Wang Lei", "Wang Lei", "EMPLOYED_BY", "Samsung", {"current": False}),
    ("en-bloomberg-huawei.txt", "worked at Samsung for 12 years", "Wang Lei", "EMPLOYED_BY", "Samsung", {"current": False}),
    ("en-bloomberg-huawei.txt", "master's degree from Seoul", "Wang Lei", "EDUCATED_AT", "Seoul National University", {"degree": "master"}),
    ("en-bloomberg-huawei.txt", "Huawei invested $70 million", "Huawei", "INVESTED_IN", "Xinyuan Semiconductor", {}),

    ("zh-thepaper-zhipu.txt", "原百度自动驾驶事业部技术总监", "孙立群", "EMPLOYED_BY", "Baidu", {"current": False}),
    ("zh-thepaper-zhipu.txt", "加盟智谱AI", "孙立群", "EMPLOYED_BY", "Zhipu AI", {"current": True}),
    ("zh-thepaper-zhipu.txt", "本科就读于浙江大学", "孙立群", "EDUCATED_AT", "ZJU", {"degree": "bachelor"}),
    ("zh-thepaper-zhipu.txt", "硕士毕业于中国科学院大学", "孙立群", "EDUCATED_AT", "中国科学院大学", {"degree": "master"}),
    ("zh-thepaper-zhipu.txt", "向机器人公司灵犀动力投资", "Zhipu AI", "INVESTED_IN", "灵犀动力", {}),

    ("en-information-mistral.txt", "is leaving the company for Mistral AI", "Priya Raman", "EMPLOYED_BY", "Amazon", {"current": False}),
    ("en-information-mistral.txt", "is leaving the company for Mistral AI", "Priya Raman", "EMPLOYED_BY", "Mistral AI", {}),
    ("en-information-mistral.txt", "Raman joined Amazon in 2019", "Priya Raman", "EMPLOYED_BY", "Amazon", {}),
    ("en-information-mistral.txt", "completing a doctorate at Carnegie", "Priya Raman", "EDUCATED_AT", "CMU", {"degree": "phd"}),

    # held out: written after the patterns were tuned on the articles above, scored as they came
    ("zh-sina-kuaishou-heldout.txt", "已于近日离职", "郑宇航", "EMPLOYED_BY", "Kuaishou", {"current": False}),
    ("zh-sina-kuaishou-heldout.txt", "将加入MiniMax", "郑宇航", "EMPLOYED_BY", "MiniMax", {}),
    ("zh-sina-kuaishou-heldout.txt", "硕士毕业于复旦大学", "郑宇航", "EDUCATED_AT", "Fudan University", {"degree": "master"}),
    ("zh-sina-kuaishou-heldout.txt", "曾在腾讯工作五年", "郑宇航", "EMPLOYED_BY", "Tencent", {"current": False}),
    ("zh-sina-kuaishou-heldout.txt", "正考虑以1.5亿美元收购", "美团", "ACQUIRED", "远航科技", {"hedged": True}),
    ("en-ft-deepseek-heldout.txt", "has left the Hangzhou company", "Kevin Zhao", "EMPLOYED_BY", "DeepSeek", {"current": False}),
    ("en-ft-deepseek-heldout.txt", "has left the Hangzhou company", "Kevin Zhao", "EMPLOYED_BY", "OpenAI", {"current": True}),
    ("en-ft-deepseek-heldout.txt", "undergraduate studies at Fudan", "Kevin Zhao", "EDUCATED_AT", "Fudan University", {"degree": "bachelor"}),
    ("en-ft-deepseek-heldout.txt", "doctorate from Stanford", "Kevin Zhao", "EDUCATED_AT", "Stanford", {"degree": "phd"}),
    ("en-ft-deepseek-heldout.txt", "Nvidia bought the Israeli", "Nvidia", "ACQUIRED", "Runwise", {}),
    ("zh-hant-cna-tsmc-heldout.txt", "轉戰英特爾", "林志明", "EMPLOYED_BY", "Intel", {"current": True}),
    ("zh-hant-cna-tsmc-heldout.txt", "前台積電研發處長", "林志明", "EMPLOYED_BY", "TSMC", {"current": False}),
    ("zh-hant-cna-tsmc-heldout.txt", "國立台灣大學電機系博士", "林志明", "EDUCATED_AT", "國立台灣大學", {"degree": "phd"}),
    ("zh-hant-cna-tsmc-heldout.txt", "早年曾任職於聯發科", "林志明", "EMPLOYED_BY", "聯發科", {"current": False}),
]


if __name__ == "__main__":
    write_gold(HERE, CLAIMS)
