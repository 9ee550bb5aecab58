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

from extractor.lexicon import word_list

#: The names, one a line in ``extractor/data/well_known_companies.txt``.
WELL_KNOWN_COMPANIES: frozenset[str] = frozenset(word_list("well_known_companies.txt"))
