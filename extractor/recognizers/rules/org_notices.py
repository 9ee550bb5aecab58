"""Whose notice it is: the patterns in a notice's opening that show it is an
institution's, a department's, a township's, a hospital's or a ministry's own.

In its own notice a body names its units alone (研究生院, 纳税服务处,
党政综合办公室, 心血管内科, 发展规划司), and each then points at one body;
elsewhere the same words are generic. The scan reads the opening once per text
(:class:`.org_scan._Scan`), the ministry's own divisions (:mod:`.org_divisions`)
read it for 部党组; the patterns are kept together so that what counts as "the
notice's own body" is decided in one place.
"""

from __future__ import annotations

import re

from extractor.lexicon import word_list, word_table

#: An institution's own party organ (中共江北师范大学委员会, 扬州大学附属中学党委,
#: 集团有限公司委员会) named in a notice's opening: the notice is that
#: institution's, so its internal units named alone point at one body.
_INSTITUTION_NOTICE = re.compile(
    "(?:"
    + "|".join(map(re.escape, word_list("org_institution_kinds.txt")))
    + ")(?:党委|党组|党总支|党支部|支部委员会|委员会)"
)
#: …or one that names it by its owner's short form or a self-reference (向院党组反馈,
#: 对本院开展, 对我中心…进行了审计): a court's, school's or centre's own notice.
_INSTITUTION_SELF = re.compile(r"(?:^|[向对由经])院(?:党组|党委)|[我本](?:院|校|中心)(?![长内外])")

#: A department's party group or committee named in the opening (省税务局党委,
#: 市住建局党组, 省卫生健康委员会党组, 泉州海关党委, and a mass organisation's: 市妇联党组,
#: 市残疾人联合会党组, 市科协党组), or a zone's working committee or administration
#: (高新区党工委, 临空经济区管委会: a zone runs bureaus and centres as a government does):
#: the notice is that department's.
_DEPARTMENT_NOTICE = re.compile(
    r"(?:局|厅|委员会|委|署|办|海关|联合会|总会|工会|联|协)(?:党组|党委)"
    r"|(?:区|园|新城)(?:党工委|管委会)(?![、，,])"  # (not one of several bodies a round inspected)
    # …or a committee's own department inspected itself (对县委宣传部开展, 对遵义市纪委监委机关,
    # 对市委机要保密局进行), or its governing meeting (部务会, 室务会, 办务会) in the opening
    r"|对[^，,。；;\n]{0,16}?(?:(?<![支干])部|局|室|办|机关|办公室|政法委)(?:党组|党委|党支部)?(?:开展|进行)"
    r"|(?:部|委|室|局|办|组)务会"
)
#: …or an opening that says an audit or inspection examined the institution
#: itself (省审计厅对黔北师范大学…进行了审计): the notice is that institution's.
_INSTITUTION_AUDITED = re.compile(
    r"对[^，,。；;\n]{0,20}?(?:"
    + "|".join(map(re.escape, word_list("org_institution_kinds.txt")))
    + r")[^，,。；;\n]{0,40}?(?:进行|开展|实施)了?[^，,。；;\n]{0,10}?(?:审计|巡视|巡察)"
)

#: kind of body → owner short form it lends in its own notice (电视台 → 台党委), and the
#: opening's naming of such a body's own committee; the kind itself is lent too (林场党委)
_NOTICE_OWNERS: dict[str, str] = dict(word_table("org_notice_owners.tsv"))
_NOTICE_OWNER_KIND = re.compile(
    "("
    + "|".join(sorted(map(re.escape, _NOTICE_OWNERS), key=len, reverse=True))
    # …or the body inspected itself (对市档案馆进行了常规巡察, then 馆党总支; 进驻园艺研究所,
    # 对所党委开展…)
    + ")(?:党委|党组|党总支|党支部|委员会|(?=进行|开展|[，,]对))"
)
#: A village's or community's own notice (诸家村党总支, 村总支部委员会, 社区党委 in the
#: opening, after a 对村巡察): it names its own organs by 村/社区 alone (向村党总支反馈,
#: 社区党委召开…), as a bureau's notice says 局党组.
_VILLAGE_NOTICE = re.compile(
    r"^[^\n]{0,40}?(村|社区)(?:党总支|党支部|党委|总支部委员会|支部委员会)(?=关于|\n)"
    r"|对[^，,。；;\n]{2,20}?(村|社区)(?:党总支|党支部|党委)(?:开展|进行)"
    # …or one whose opening says the round inspected 我村 (对我村开展了巡察)
    r"|对我(村|社区)"
)
#: A township's or street's own notice (镇党委, 街道党工委 in the opening): its offices and
#: squads named alone (党政综合办公室, 综合行政执法中队) are its units, as 党建办 is.
_TOWNSHIP_NOTICE = re.compile(r"(?:街道|镇|乡)(?:党工委|党委)|街道办事处")

#: A township's own notice: its committee issues it (中共…镇委员会关于…) or the round
#: inspected the township itself (对城关镇党委开展…, 我镇接受…).
_OWN_TOWNSHIP = re.compile(
    r"^[^\n]{0,40}?(?:镇|乡|苏木|街道)(?:委员会|党委|党工委|工作委员会|人民政府|办事处)[^\n]{0,4}?(?:关于|\n|$)"
    r"|对[^，,。；;、\n]{0,12}?(?:镇|乡|苏木|街道)(?:党委|党工委)(?:、[^，,。；;、\n]{1,6}?)?(?:开展|进行)"
    r"(?!了?延伸)"  # 并对城关镇党委、财政所开展了延伸巡察: reached by a county's round
    r"|[我本](?:镇|乡|苏木|街道)(?:接受|党委)",
    re.MULTILINE,
)
#: A numbered bureau or company named in the opening (荆楚建工集团第三工程局有限公司,
#: 中建三局党委): in its notice it calls itself by the numeral and 局/公司 (三局党委),
#: as a bureau's notice says 局党组.
_NUMBERED_OWNER = re.compile(
    r"第?([一二三四五六七八九十]{1,3})(?:工程|建设|建筑)?(局|公司)(?=有限|党委|委员会|集团)"
)
#: The opening (title and first paragraph) where a notice names its own body.
_OPENING = 400

#: A hospital's own notice: its departments named alone are its units. Its party
#: committee names it, or an author line under the title (泾县人民医院 alone on its
#: line), or it calls itself 我院/本院 where the opening speaks of patients and clinics.
_HOSPITAL_NOTICE = re.compile(
    r"(?:医院|卫生院)(?:集团)?(?:党委|党总支|委员会)"
    r"|^[^\n，,。；;]{2,24}(?:医院|卫生院)[ \t\u3000]*$"
    r"|[我本]院[\s\S]{0,300}?(?:医院|卫生院|患者|临床|门诊|住院|诊疗)",
    re.MULTILINE,
)

#: A ministry's own notice (中共农业农村部党组, 部党组 in its opening).
#: …or a national administration's (中共国家林业和草原局党组, 局党组 after it), whose
#: divisions are 司 as a ministry's are.
_MINISTRY_NOTICE = re.compile(r"部党组|国家[\u4e00-\u9fff]{2,10}?(?:局|署)(?:党组|委员会)")
