"""Well-known companies that notices name by their short form.

Notices of every region mention the central state-owned enterprises, the big
banks and the national platform companies by the names everyone uses
(国家电网, 中国移动, 工商银行, 华为); no suffix marks them, so they are listed.
A name counts only where a word starts, and a longer organisation found by
suffix (中国移动通信集团有限公司, 中国石油大学) wins over the short form. Two-
character names must also end a word (华为、…, 上汽在锡…), since they start
longer trade names too; words with an everyday sense (美的, 小米, 吉利) and
brands that usually lead a longer company name (华润燃气, 苏宁易购) are left out.
"""

from __future__ import annotations

WELL_KNOWN_COMPANIES: frozenset[str] = frozenset(
    """
    国家电网 南方电网 中国石油 中国石化 中国海油 中石油 中石化 中海油 国家能源集团 国家电投 中国华能 中国大唐 中国华电
    三峡集团 中广核 中核集团 中国移动 中国联通 中国电信 中国铁塔 中国广电 中国邮政 中国建筑 中国中铁 中国铁建
    中国交建 中国电建 中国能建 中国中车 中国一汽 东风公司 中国宝武 宝武集团 鞍钢 中国铝业 中国五矿 中国中化 中粮
    中粮集团 招商局 中国商飞 航天科技 航天科工 中国航发 中国船舶 中国兵器 兵器工业 中国电科 中国电子 中国建材
    国药集团 中国医药 中国国航 东方航空 南方航空 中远海运 中国旅游集团 保利集团 中国诚通 中国国新 中国有色 中国黄金
    中国一重 哈电集团 东方电气 通用技术集团 中国节能 中国化学 中国安能 中国稀土 中国星网 中国林业集团 中国物流集团
    工商银行 农业银行 中国银行 建设银行 交通银行 邮储银行 国家开发银行 国开行 农业发展银行 农发行 进出口银行
    招商银行 浦发银行 中信银行 光大银行 民生银行 兴业银行 平安银行 华夏银行 广发银行 中国人保 中国人寿 中国平安
    中信集团 光大集团 华为 腾讯 阿里巴巴 百度 京东 美团 字节跳动 比亚迪 宁德时代 海尔 格力 联想 吉利
    上汽 上汽集团 广汽 北汽 长安汽车 奇瑞 蔚来 顺丰 拼多多 网易 海康威视 大疆 中兴 京东方 中芯国际
    隆基绿能 万科 碧桂园 蒙牛 五粮液 娃哈哈 农夫山泉
    """.split()
)
