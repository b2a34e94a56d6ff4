"""Write gold.jsonl for the third held-out set (eval/heldout2/articles): each claim names a short
anchor inside its supporting sentence; the sentence's offsets are computed from the article
itself (never typed by hand). Same format and method as eval/heldout/make_gold.py.

    python eval/heldout2/make_gold.py
"""


from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent))
from anchored_gold import write_gold  # noqa: E402

PAST = {"current": False}
NOW = {"current": True}
PHD = {"degree": "phd"}
HEDGED = {"hedged": True}

# (file, anchor in the sentence, subject, relation, object, qualifiers)
CLAIMS = [
    # --- English ---------------------------------------------------------------------------
    ("en-reuters-anthropic-tessellate.txt", "Anthropic has agreed to acquire", "Anthropic", "ACQUIRED", "Tessellate AI", {}),
    ("en-reuters-anthropic-tessellate.txt", "Tessellate was co-founded", "Maya Lindqvist", "FOUNDED", "Tessellate AI", {}),
    ("en-reuters-anthropic-tessellate.txt", "Tessellate was co-founded", "Omar Haddad", "FOUNDED", "Tessellate AI", {}),
    ("en-reuters-anthropic-tessellate.txt", "both former Google DeepMind researchers", "Maya Lindqvist", "EMPLOYED_BY", "Google", PAST),
    ("en-reuters-anthropic-tessellate.txt", "both former Google DeepMind researchers", "Omar Haddad", "EMPLOYED_BY", "Google", PAST),
    ("en-reuters-anthropic-tessellate.txt", "did her PhD at ETH Zurich", "Maya Lindqvist", "EDUCATED_AT", "ETH Zurich", PHD),
    ("en-reuters-anthropic-tessellate.txt", "did her PhD at ETH Zurich", "Maya Lindqvist", "ADVISED_BY", "Thomas Brenner", {}),
    ("en-reuters-anthropic-tessellate.txt", "will run that team for Anthropic", "Maya Lindqvist", "EMPLOYED_BY", "Anthropic", {}),
    ("en-reuters-anthropic-tessellate.txt", "Haddad will join Anthropic", "Omar Haddad", "EMPLOYED_BY", "Anthropic", {}),

    ("en-blog-argile.txt", "Ex-Mistral scientist", "Julien Marchand", "EMPLOYED_BY", "Mistral AI", PAST),
    ("en-blog-argile.txt", "spent two years building language models", "Julien Marchand", "EMPLOYED_BY", "Mistral AI", PAST),
    ("en-blog-argile.txt", "left Mistral in January", "Julien Marchand", "EMPLOYED_BY", "Mistral AI", PAST),
    ("en-blog-argile.txt", "Ex-Mistral scientist", "Julien Marchand", "FOUNDED", "Argile", {}),
    ("en-blog-argile.txt", "left Mistral in January", "Julien Marchand", "FOUNDED", "Argile", {}),
    ("en-blog-argile.txt", "left Mistral in January", "Priya Raman", "FOUNDED", "Argile", {}),
    ("en-blog-argile.txt", "a former Nvidia robotics engineer", "Priya Raman", "EMPLOYED_BY", "Nvidia", PAST),
    ("en-blog-argile.txt", "led by Lightspeed Venture Partners", "Lightspeed Venture Partners", "INVESTED_IN", "Argile", {}),
    ("en-blog-argile.txt", "did his PhD at Mila", "Julien Marchand", "EDUCATED_AT", "Mila", PHD),
    ("en-blog-argile.txt", "did his PhD at Mila", "Julien Marchand", "ADVISED_BY", "Sylvie Garnier", {}),
    ("en-blog-argile.txt", "Raman is Argile's chief technology officer", "Priya Raman", "EMPLOYED_BY", "Argile", NOW),
    ("en-blog-argile.txt", "Raman is Argile's chief technology officer", "Julien Marchand", "EMPLOYED_BY", "Argile", NOW),

    ("en-information-xai.txt", "xAI Poaches", "Ethan Castellano", "EMPLOYED_BY", "xAI", HEDGED),
    ("en-information-xai.txt", "xAI has hired Ethan Castellano", "Ethan Castellano", "EMPLOYED_BY", "xAI", HEDGED),
    ("en-information-xai.txt", "expected to start at xAI", "Ethan Castellano", "EMPLOYED_BY", "xAI", HEDGED),
    ("en-information-xai.txt", "xAI Poaches", "Ethan Castellano", "EMPLOYED_BY", "Google", PAST),
    ("en-information-xai.txt", "xAI has hired Ethan Castellano", "Ethan Castellano", "EMPLOYED_BY", "Google", PAST),
    ("en-information-xai.txt", "Castellano joined Google DeepMind in 2019", "Ethan Castellano", "EMPLOYED_BY", "Google", PAST),
    ("en-information-xai.txt", "Castellano joined Google DeepMind in 2019", "Ethan Castellano", "EMPLOYED_BY", "Apple", PAST),
    ("en-information-xai.txt", "did his PhD at UC Berkeley", "Ethan Castellano", "EDUCATED_AT", "UC Berkeley", PHD),
    ("en-information-xai.txt", "did his PhD at UC Berkeley", "Ethan Castellano", "ADVISED_BY", "Arvind Kulkarni", {}),
    ("en-information-xai.txt", "xAI also recently brought on", "Lena Hoffmann", "EMPLOYED_BY", "xAI", HEDGED),
    ("en-information-xai.txt", "xAI also recently brought on", "Kwame Asante", "EMPLOYED_BY", "xAI", HEDGED),
    ("en-information-xai.txt", "before accepting xAI's", "Kwame Asante", "EMPLOYED_BY", "xAI", HEDGED),
    ("en-information-xai.txt", "xAI also recently brought on", "Lena Hoffmann", "EMPLOYED_BY", "OpenAI", PAST),
    ("en-information-xai.txt", "xAI also recently brought on", "Kwame Asante", "EMPLOYED_BY", "OpenAI", PAST),

    ("en-ft-obituary-whitcombe.txt", "completed a doctorate in 1972", "Harold Whitcombe", "EDUCATED_AT", "MIT", PHD),
    ("en-ft-obituary-whitcombe.txt", "completed a doctorate in 1972", "Harold Whitcombe", "ADVISED_BY", "Samuel Oduya", {}),
    ("en-ft-obituary-whitcombe.txt", "spent a decade at IBM Research", "Harold Whitcombe", "EMPLOYED_BY", "IBM", PAST),
    ("en-ft-obituary-whitcombe.txt", "joined the faculty of Carnegie Mellon", "Harold Whitcombe", "EMPLOYED_BY", "Carnegie Mellon University", PAST),
    ("en-ft-obituary-whitcombe.txt", "co-founded Lexigram Systems", "Harold Whitcombe", "FOUNDED", "Lexigram Systems", {}),
    ("en-ft-obituary-whitcombe.txt", "acquired by Microsoft in 2003", "Microsoft", "ACQUIRED", "Lexigram Systems", {}),
    ("en-ft-obituary-whitcombe.txt", "Among his doctoral students", "Chen Yuqing", "ADVISED_BY", "Harold Whitcombe", {}),
    ("en-ft-obituary-whitcombe.txt", "now chief scientist at Baidu", "Chen Yuqing", "EMPLOYED_BY", "Baidu", NOW),

    ("en-techcrunch-driftwood.txt", "led by HongShan", "HongShan", "INVESTED_IN", "Driftwood Labs", {}),
    ("en-techcrunch-driftwood.txt", "founded by Moonshot AI alum", "Haoran Zhou", "FOUNDED", "Driftwood Labs", {}),
    ("en-techcrunch-driftwood.txt", "The startup was founded last year", "Haoran Zhou", "FOUNDED", "Driftwood Labs", {}),
    ("en-techcrunch-driftwood.txt", "The startup was founded last year", "Wei Ling Tan", "FOUNDED", "Driftwood Labs", {}),
    ("en-techcrunch-driftwood.txt", "founded by Moonshot AI alum", "Haoran Zhou", "EMPLOYED_BY", "Moonshot AI", PAST),
    ("en-techcrunch-driftwood.txt", "The startup was founded last year", "Haoran Zhou", "EMPLOYED_BY", "Moonshot AI", PAST),
    ("en-techcrunch-driftwood.txt", "previously an engineering director at Tencent", "Wei Ling Tan", "EMPLOYED_BY", "Tencent", PAST),
    ("en-techcrunch-driftwood.txt", "Zhou is the company's CEO", "Haoran Zhou", "EMPLOYED_BY", "Driftwood Labs", NOW),
    ("en-techcrunch-driftwood.txt", "Zhou got his PhD from Tsinghua", "Haoran Zhou", "EDUCATED_AT", "Tsinghua University", PHD),
    ("en-techcrunch-driftwood.txt", "Zhou got his PhD from Tsinghua", "Haoran Zhou", "EMPLOYED_BY", "ByteDance", PAST),
    ("en-techcrunch-driftwood.txt", "adjunct teaching post", "Wei Ling Tan", "EMPLOYED_BY", "National University of Singapore", NOW),

    ("en-bloomberg-meta-albrecht.txt", "Meta Hires Microsoft's", "Sofia Albrecht", "EMPLOYED_BY", "Meta", NOW),
    ("en-bloomberg-meta-albrecht.txt", "Meta Platforms has named", "Sofia Albrecht", "EMPLOYED_BY", "Meta", NOW),
    ("en-bloomberg-meta-albrecht.txt", "Albrecht left Microsoft for Meta", "Sofia Albrecht", "EMPLOYED_BY", "Meta", NOW),
    ("en-bloomberg-meta-albrecht.txt", "Meta chief AI scientist Sofia Albrecht", "Sofia Albrecht", "EMPLOYED_BY", "Meta", NOW),
    ("en-bloomberg-meta-albrecht.txt", "Meta Hires Microsoft's", "Sofia Albrecht", "EMPLOYED_BY", "Microsoft", PAST),
    ("en-bloomberg-meta-albrecht.txt", "Meta Platforms has named", "Sofia Albrecht", "EMPLOYED_BY", "Microsoft", PAST),
    ("en-bloomberg-meta-albrecht.txt", "Albrecht left Microsoft for Meta", "Sofia Albrecht", "EMPLOYED_BY", "Microsoft", PAST),
    ("en-bloomberg-meta-albrecht.txt", "Meta is also buying Halcyon Vision", "Meta", "ACQUIRED", "Halcyon Vision", {}),
    ("en-bloomberg-meta-albrecht.txt", "Meta is also buying Halcyon Vision", "Sofia Albrecht", "FOUNDED", "Halcyon Vision", {}),
    ("en-bloomberg-meta-albrecht.txt", "Meta is also buying Halcyon Vision", "Diego Ferreira", "FOUNDED", "Halcyon Vision", {}),
    ("en-bloomberg-meta-albrecht.txt", "a former Apple engineer", "Diego Ferreira", "EMPLOYED_BY", "Apple", PAST),
    ("en-bloomberg-meta-albrecht.txt", "a former Apple engineer", "Diego Ferreira", "EMPLOYED_BY", "Meta", {}),
    ("en-bloomberg-meta-albrecht.txt", "holds a PhD from ETH Zurich", "Sofia Albrecht", "EDUCATED_AT", "ETH Zurich", PHD),

    ("en-newsletter-returnees.txt", "Until August she was a staff research scientist", "Li Mengyao", "EMPLOYED_BY", "Google", PAST),
    ("en-newsletter-returnees.txt", "She is now at DeepSeek", "Li Mengyao", "EMPLOYED_BY", "DeepSeek", NOW),
    ("en-newsletter-returnees.txt", "Li did her undergraduate degree", "Li Mengyao", "EDUCATED_AT", "University of Science and Technology of China", {"degree": "bachelor"}),
    ("en-newsletter-returnees.txt", "Li did her undergraduate degree", "Li Mengyao", "EDUCATED_AT", "Carnegie Mellon", PHD),
    ("en-newsletter-returnees.txt", "Li did her undergraduate degree", "Li Mengyao", "ADVISED_BY", "Robert Haskins", {}),
    ("en-newsletter-returnees.txt", "who left OpenAI in the spring", "Sun Kai", "EMPLOYED_BY", "OpenAI", PAST),
    ("en-newsletter-returnees.txt", "Sun had been one of the few", "Sun Kai", "EMPLOYED_BY", "OpenAI", PAST),
    ("en-newsletter-returnees.txt", "who left OpenAI in the spring", "Sun Kai", "EMPLOYED_BY", "Alibaba", {}),
    ("en-newsletter-returnees.txt", "After a postdoc at UC Berkeley", "Fang Yiwen", "EDUCATED_AT", "UC Berkeley", {"degree": "postdoc"}),
    ("en-newsletter-returnees.txt", "After a postdoc at UC Berkeley", "Fang Yiwen", "EMPLOYED_BY", "Zhejiang University", {}),
    ("en-newsletter-returnees.txt", "She did her PhD at Shanghai Jiao Tong", "Fang Yiwen", "EDUCATED_AT", "Shanghai Jiao Tong University", PHD),
    ("en-newsletter-returnees.txt", "She did her PhD at Shanghai Jiao Tong", "Fang Yiwen", "ADVISED_BY", "Qian Deming", {}),

    # --- Simplified Chinese ----------------------------------------------------------------
    ("zh-36kr-lingxi.txt", "本轮由蓝驰创投领投", "蓝驰创投", "INVESTED_IN", "灵犀动力", {}),
    ("zh-36kr-lingxi.txt", "由韩子墨和吴晓菲联合创立", "韩子墨", "FOUNDED", "灵犀动力", {}),
    ("zh-36kr-lingxi.txt", "由韩子墨和吴晓菲联合创立", "吴晓菲", "FOUNDED", "灵犀动力", {}),
    ("zh-36kr-lingxi.txt", "联合创始人吴晓菲", "吴晓菲", "FOUNDED", "灵犀动力", {}),
    ("zh-36kr-lingxi.txt", "前字节Seed研究员韩子墨任CEO", "韩子墨", "EMPLOYED_BY", "灵犀动力", NOW),
    ("zh-36kr-lingxi.txt", "韩子墨现任公司CEO", "韩子墨", "EMPLOYED_BY", "灵犀动力", NOW),
    ("zh-36kr-lingxi.txt", "前字节Seed研究员韩子墨任CEO", "韩子墨", "EMPLOYED_BY", "ByteDance", PAST),
    ("zh-36kr-lingxi.txt", "此前是字节跳动Seed团队的研究员", "韩子墨", "EMPLOYED_BY", "ByteDance", PAST),
    ("zh-36kr-lingxi.txt", "他本科毕业于浙江大学", "韩子墨", "EDUCATED_AT", "浙江大学", {"degree": "bachelor"}),
    ("zh-36kr-lingxi.txt", "他本科毕业于浙江大学", "韩子墨", "EDUCATED_AT", "卡内基梅隆大学", PHD),
    ("zh-36kr-lingxi.txt", "他本科毕业于浙江大学", "韩子墨", "ADVISED_BY", "马克·邓恩", {}),
    ("zh-36kr-lingxi.txt", "联合创始人吴晓菲", "吴晓菲", "EMPLOYED_BY", "Huawei", PAST),

    ("zh-qbitai-lin.txt", "林一帆已于近日离职", "林一帆", "EMPLOYED_BY", "Alibaba", PAST),
    ("zh-qbitai-lin.txt", "此后加入阿里", "林一帆", "EMPLOYED_BY", "Alibaba", PAST),
    ("zh-qbitai-lin.txt", "被曝加盟腾讯混元", "林一帆", "EMPLOYED_BY", "Tencent", HEDGED),
    ("zh-qbitai-lin.txt", "林一帆已于近日离职", "林一帆", "EMPLOYED_BY", "Tencent", HEDGED),
    ("zh-qbitai-lin.txt", "林一帆本科毕业于北京大学", "林一帆", "EDUCATED_AT", "北京大学", {"degree": "bachelor"}),
    ("zh-qbitai-lin.txt", "林一帆本科毕业于北京大学", "林一帆", "EDUCATED_AT", "香港科技大学", PHD),
    ("zh-qbitai-lin.txt", "林一帆本科毕业于北京大学", "林一帆", "ADVISED_BY", "杨振宇", {}),
    ("zh-qbitai-lin.txt", "先后在微软亚洲研究院、商汤科技任职", "林一帆", "EMPLOYED_BY", "Microsoft", PAST),
    ("zh-qbitai-lin.txt", "先后在微软亚洲研究院、商汤科技任职", "林一帆", "EMPLOYED_BY", "SenseTime", PAST),
    ("zh-qbitai-lin.txt", "前百度文心一言算法专家郑浩", "郑浩", "EMPLOYED_BY", "Baidu", PAST),
    ("zh-qbitai-lin.txt", "前百度文心一言算法专家郑浩", "郑浩", "FOUNDED", "深度求知", {}),
    ("zh-qbitai-lin.txt", "前百度文心一言算法专家郑浩", "百度风投", "INVESTED_IN", "深度求知", {}),

    ("zh-latepost-minimax.txt", "独家 | MiniMax收购", "MiniMax", "ACQUIRED", "帧率科技", {}),
    ("zh-latepost-minimax.txt", "已完成对AI视频生成初创公司帧率科技的收购", "MiniMax", "ACQUIRED", "帧率科技", {}),
    ("zh-latepost-minimax.txt", "独家 | MiniMax收购", "宋佳琪", "FOUNDED", "帧率科技", {}),
    ("zh-latepost-minimax.txt", "帧率科技创始人宋佳琪将加入MiniMax", "宋佳琪", "FOUNDED", "帧率科技", {}),
    ("zh-latepost-minimax.txt", "帧率科技2023年由宋佳琪在北京创立", "宋佳琪", "FOUNDED", "帧率科技", {}),
    ("zh-latepost-minimax.txt", "帧率科技创始人宋佳琪将加入MiniMax", "宋佳琪", "EMPLOYED_BY", "MiniMax", {}),
    ("zh-latepost-minimax.txt", "此前曾获真格基金和小米的投资", "真格基金", "INVESTED_IN", "帧率科技", {}),
    ("zh-latepost-minimax.txt", "此前曾获真格基金和小米的投资", "小米", "INVESTED_IN", "帧率科技", {}),
    ("zh-latepost-minimax.txt", "宋佳琪博士毕业于清华大学", "宋佳琪", "EDUCATED_AT", "清华大学", PHD),
    ("zh-latepost-minimax.txt", "宋佳琪博士毕业于清华大学", "宋佳琪", "ADVISED_BY", "唐立群", {}),
    ("zh-latepost-minimax.txt", "宋佳琪博士毕业于清华大学", "宋佳琪", "EMPLOYED_BY", "快手", PAST),

    ("zh-sina-xu.txt", "前斯坦福助理教授许慕白", "许慕白", "EMPLOYED_BY", "斯坦福大学", PAST),
    ("zh-sina-xu.txt", "原斯坦福大学计算机科学系助理教授许慕白", "许慕白", "EMPLOYED_BY", "斯坦福大学", PAST),
    ("zh-sina-xu.txt", "此后受聘于斯坦福大学", "许慕白", "EMPLOYED_BY", "斯坦福大学", PAST),
    ("zh-sina-xu.txt", "前斯坦福助理教授许慕白", "许慕白", "EMPLOYED_BY", "上海交通大学", NOW),
    ("zh-sina-xu.txt", "原斯坦福大学计算机科学系助理教授许慕白", "许慕白", "EMPLOYED_BY", "上海交通大学", NOW),
    ("zh-sina-xu.txt", "15岁考入中国科学技术大学少年班", "许慕白", "EDUCATED_AT", "中国科学技术大学", {"degree": "bachelor"}),
    ("zh-sina-xu.txt", "15岁考入中国科学技术大学少年班", "许慕白", "EDUCATED_AT", "麻省理工学院", PHD),
    ("zh-sina-xu.txt", "15岁考入中国科学技术大学少年班", "许慕白", "ADVISED_BY", "大卫·莱文", {}),
    ("zh-sina-xu.txt", "他在英伟达研究院担任研究科学家", "许慕白", "EMPLOYED_BY", "Nvidia", PAST),
    ("zh-sina-xu.txt", "的联合创始人", "许慕白", "FOUNDED", "启元智算", {}),
    ("zh-sina-xu.txt", "该公司由他与两位芯片行业的老同事", "许慕白", "FOUNDED", "启元智算", {}),
    ("zh-sina-xu.txt", "该公司由他与两位芯片行业的老同事", "哈勃投资", "INVESTED_IN", "启元智算", {}),

    # --- Traditional Chinese ---------------------------------------------------------------
    ("zh-hant-cna-jian.txt", "延攬前蘋果研究員簡柏宇", "簡柏宇", "EMPLOYED_BY", "Apple", PAST),
    ("zh-hant-cna-jian.txt", "前蘋果（Apple）機器學習研究員簡柏宇", "簡柏宇", "EMPLOYED_BY", "Apple", PAST),
    ("zh-hant-cna-jian.txt", "2017年離職赴美加入蘋果", "簡柏宇", "EMPLOYED_BY", "Apple", PAST),
    ("zh-hant-cna-jian.txt", "延攬前蘋果研究員簡柏宇", "簡柏宇", "EMPLOYED_BY", "輝達", {}),
    ("zh-hant-cna-jian.txt", "前蘋果（Apple）機器學習研究員簡柏宇", "簡柏宇", "EMPLOYED_BY", "輝達", {}),
    ("zh-hant-cna-jian.txt", "簡柏宇畢業於國立台灣大學", "簡柏宇", "EDUCATED_AT", "國立台灣大學", {}),
    ("zh-hant-cna-jian.txt", "簡柏宇畢業於國立台灣大學", "簡柏宇", "EDUCATED_AT", "史丹佛大學", PHD),
    ("zh-hant-cna-jian.txt", "簡柏宇畢業於國立台灣大學", "簡柏宇", "ADVISED_BY", "王建中", {}),
    ("zh-hant-cna-jian.txt", "2017年離職赴美加入蘋果", "簡柏宇", "EMPLOYED_BY", "聯發科", PAST),

    ("zh-hant-mingpao-zhiheng.txt", "獲騰訊領投一億港元", "騰訊", "INVESTED_IN", "智衡科技", {}),
    ("zh-hant-mingpao-zhiheng.txt", "由騰訊領投", "騰訊", "INVESTED_IN", "智衡科技", {}),
    ("zh-hant-mingpao-zhiheng.txt", "由騰訊領投", "香港科技園創投基金", "INVESTED_IN", "智衡科技", {}),
    ("zh-hant-mingpao-zhiheng.txt", "獲騰訊領投一億港元", "梁浩文", "FOUNDED", "智衡科技", {}),
    ("zh-hant-mingpao-zhiheng.txt", "由梁浩文及黃思穎共同創辦", "梁浩文", "FOUNDED", "智衡科技", {}),
    ("zh-hant-mingpao-zhiheng.txt", "由梁浩文及黃思穎共同創辦", "黃思穎", "FOUNDED", "智衡科技", {}),
    ("zh-hant-mingpao-zhiheng.txt", "獲騰訊領投一億港元", "梁浩文", "EMPLOYED_BY", "SenseTime", PAST),
    ("zh-hant-mingpao-zhiheng.txt", "梁浩文曾任商湯科技研究總監", "梁浩文", "EMPLOYED_BY", "SenseTime", PAST),
    ("zh-hant-mingpao-zhiheng.txt", "梁浩文曾任商湯科技研究總監", "梁浩文", "EDUCATED_AT", "香港中文大學", {}),
    ("zh-hant-mingpao-zhiheng.txt", "梁浩文曾任商湯科技研究總監", "梁浩文", "EDUCATED_AT", "多倫多大學", PHD),
    ("zh-hant-mingpao-zhiheng.txt", "他現時亦是香港科技大學", "梁浩文", "EMPLOYED_BY", "香港科技大學", NOW),
    ("zh-hant-mingpao-zhiheng.txt", "黃思穎則出身阿里巴巴", "黃思穎", "EMPLOYED_BY", "Alibaba", PAST),

    ("zh-hant-bnext-asus.txt", "華碩收購AI新創深流智能", "華碩", "ACQUIRED", "深流智能", {}),
    ("zh-hant-bnext-asus.txt", "已完成收購本土AI新創公司", "華碩", "ACQUIRED", "深流智能", {}),
    ("zh-hant-bnext-asus.txt", "華碩收購AI新創深流智能", "葉宗翰", "FOUNDED", "深流智能", {}),
    ("zh-hant-bnext-asus.txt", "深流智能創辦人葉宗翰將出任", "葉宗翰", "FOUNDED", "深流智能", {}),
    ("zh-hant-bnext-asus.txt", "由葉宗翰與吳佩珊共同創辦", "葉宗翰", "FOUNDED", "深流智能", {}),
    ("zh-hant-bnext-asus.txt", "由葉宗翰與吳佩珊共同創辦", "吳佩珊", "FOUNDED", "深流智能", {}),
    ("zh-hant-bnext-asus.txt", "華碩收購AI新創深流智能", "葉宗翰", "EMPLOYED_BY", "華碩", {}),
    ("zh-hant-bnext-asus.txt", "深流智能創辦人葉宗翰將出任", "葉宗翰", "EMPLOYED_BY", "華碩", {}),
    ("zh-hant-bnext-asus.txt", "曾獲台杉投資的投資", "台杉投資", "INVESTED_IN", "深流智能", {}),
    ("zh-hant-bnext-asus.txt", "葉宗翰畢業於國立陽明交通大學", "葉宗翰", "EDUCATED_AT", "國立陽明交通大學", {"degree": "master"}),
    ("zh-hant-bnext-asus.txt", "之後赴卡內基美隆大學攻讀博士", "葉宗翰", "EDUCATED_AT", "卡內基美隆大學", PHD),
    ("zh-hant-bnext-asus.txt", "師從機器人學家Hiroshi Tanaka", "葉宗翰", "ADVISED_BY", "Hiroshi Tanaka", {}),
    ("zh-hant-bnext-asus.txt", "畢業後在Google擔任研究員五年", "葉宗翰", "EMPLOYED_BY", "Google", PAST),
    ("zh-hant-bnext-asus.txt", "吳佩珊則曾任職於微軟亞洲研究院", "吳佩珊", "EMPLOYED_BY", "Microsoft", PAST),
    ("zh-hant-bnext-asus.txt", "原華碩AI研發中心負責人陳立德", "陳立德", "EMPLOYED_BY", "華碩", PAST),
    ("zh-hant-bnext-asus.txt", "傳將加盟Meta", "陳立德", "EMPLOYED_BY", "Meta", HEDGED),
]


if __name__ == "__main__":
    write_gold(HERE, CLAIMS)
