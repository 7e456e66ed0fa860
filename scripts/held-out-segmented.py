#!/usr/bin/env python3
"""Held-out check of segmented-text restoration (issue 4) on text the fixtures have not seen.

Samples sentences of running prose from the Wikipedia text in ../shared/corpus (one sentence
from each of N paragraphs spread evenly over the file), segments them with pyvi and underthesea,
restores them with vietnorm, and prints the share restored exactly, with the whole file as one
stream (as `vietnorm normalize FILE` reads it) and with each line alone (its own file, so its
own history). The corpus is CC BY-SA and everything derived from it stays outside the
repository, in the work directory.

Needs a Python with pyvi and underthesea (PyPI), e.g. a throw-away virtualenv:
    python3 -m venv /tmp/venv-seg && /tmp/venv-seg/bin/pip install pyvi underthesea
    cargo build --release
    /tmp/venv-seg/bin/python scripts/held-out-segmented.py [N] [WORK_DIR]
Defaults: N = 1500 sentences, WORK_DIR = ../heldout-data; VIETNORM=path/to/binary to check
another build. Prints the mismatches' paths.

VNCORENLP="command" adds VnCoreNLP's output: the command reads sentences on stdin and writes each
as VnCoreNLP segments it, one a line (the `Seg` driver of tests/data/segmented/README.md, e.g.
VNCORENLP="java -Dfile.encoding=UTF-8 -cp …/rdrsegmenter.jar:…/classes:…/drv Seg").

With --treebank (after N and WORK_DIR), the first N sentences of the VLSP 2013 treebank's test
set that underthesea ships (its POS tagger's `test_output.txt`: gold words, one token a line)
are used instead, the treebank sentences the issue's acceptance check names. The treebank keeps
only tokens, so its text is rebuilt: marks attached as published Vietnamese has them, straight
quotes paired, `/` closed up, and `-` closed up in document codes (`32-CT`, `NQ-TW`) and full
dates (`22-5-1950`); other ` - ` (ranges, `Âu - Á`) stay spaced, which the text may not have
been. The file is underthesea's (GPL): read in place, never copied.

With --paragraphs, N whole paragraphs of the Wikipedia text are used instead (200–900 characters,
every sentence of them prose, at least two), spread evenly over the file: restoration where the
rules meet a sentence boundary (`1 tỷ USD. EU …`), as corpora of whole documents have it.
"""

import gzip
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared/corpus/viwiki-2017.txt.gz"
BINARY = Path(os.environ.get("VIETNORM", ROOT / "target/release/vietnorm"))


def sentences(paragraph):
    """Splits after `. ! ? …` (and a closing quote or bracket) before a capital, digit or quote."""
    out, start = [], 0
    for m in re.finditer(r"[.!?…][\"”’)]?( +)", paragraph):
        nxt = paragraph[m.end():m.end() + 1]
        if nxt and (nxt.isupper() or nxt.isdigit() or nxt in "\"“‘'"):
            out.append(paragraph[start:m.start(1)].strip())
            start = m.end()
    out.append(paragraph[start:].strip())
    return [s for s in out if s]


def prose(s):
    """5–60 words, a capital or digit first, a sentence mark last, mostly letters, at least a
    third of the words with a non-ASCII letter, and no table or template syntax."""
    words = s.split()
    if not 5 <= len(words) <= 60 or any(c in "|{}=<>[]\t#*•" for c in s):
        return False
    if not (s[0].isupper() or s[0].isdigit() or s[0] in "\"“‘(") or s[-1] not in ".!?…\"”’)":
        return False
    visible = [c for c in s if not c.isspace()]
    if sum(c.isalpha() for c in visible) < 0.8 * len(visible):
        return False
    accented = sum(any(ord(c) > 127 and c.isalpha() for c in w) for w in words)
    return accented >= 0.35 * len(words)


def sample(n):
    candidates = []
    with gzip.open(CORPUS, "rt", encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if len(line) >= 80 and not line.startswith("=="):
                good = [s for s in sentences(line) if prose(s)]
                if good:
                    candidates.append(good)
    step = len(candidates) / n
    # The middle sentence of each chosen paragraph: deterministic, and not always its first.
    return [c[len(c) // 2] for c in (candidates[int(k * step)] for k in range(n))]


def paragraphs(n):
    candidates = []
    with gzip.open(CORPUS, "rt", encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if 200 <= len(line) <= 900 and not line.startswith("=="):
                parts = sentences(line)
                if len(parts) >= 2 and all(prose(s) for s in parts):
                    candidates.append(line)
    step = len(candidates) / n
    return [candidates[int(k * step)] for k in range(n)]


def treebank(n):
    import underthesea

    models = Path(underthesea.__file__).parent / "pipeline/pos_tag/models"
    path = next(models.glob("*/test_output.txt"))
    sentences, words = [], []
    for line in path.read_text(encoding="utf-8").split("\n"):
        if line.strip():
            words.append(line.split("\t")[0])
        elif words:
            sentences.append(words)
            words = []
    texts = [detokenize(s) for s in sentences + [words] if len(s) >= 4]
    return texts[:n]


def detokenize(words):
    """The treebank's tokens (syllables of a word joined by spaces) as running text."""
    text, quotes = "", 0
    for w in words:
        opening = text.endswith(("(", "[", "“")) or text.endswith('"') and quotes % 2 == 1
        if w == '"':
            quotes += 1
            text += w if quotes % 2 == 0 else " " * bool(text) + w
        elif w in {",", ".", ":", ";", "!", "?", ")", "]", "”", "…", "%", "..."} or opening:
            text += w
        else:
            text += " " * bool(text) + w
    text = re.sub(r"(?<=\S) / (?=\S)", "/", text)
    for _ in range(3):
        text = re.sub(r"\b(\d+|[A-ZĐ]+) - ([A-ZĐ][A-ZĐa-z]*)\b", r"\1-\2", text)
        text = re.sub(r"\b(\d{1,2}) - (\d{1,2}) - (\d{4})\b", r"\1-\2-\3", text)
    return text


def normalize(paths):
    done = subprocess.run([str(BINARY), "normalize", *map(str, paths)],
                          capture_output=True, text=True, check=True)
    return done.stdout.split("\n")[:-1]


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1500
    work = Path(sys.argv[2]) if len(sys.argv) > 2 else ROOT.parent / "heldout-data"
    work.mkdir(parents=True, exist_ok=True)
    from pyvi import ViTokenizer
    from underthesea import word_tokenize

    options = sys.argv[3:]
    plain = treebank(n) if "--treebank" in options else paragraphs(n) if "--paragraphs" in options else sample(n)
    one_line = lambda s: " ".join(s.split("\n")).strip()  # noqa: E731
    producers = {
        "pyvi": [one_line(ViTokenizer.tokenize(s)) for s in plain],
        "underthesea": [one_line(word_tokenize(s, format="text")) for s in plain],
    }
    if os.environ.get("VNCORENLP"):
        done = subprocess.run(shlex.split(os.environ["VNCORENLP"]),
                              input="\n".join(plain) + "\n", capture_output=True, text=True,
                              encoding="utf-8", check=True)
        producers["vncorenlp"] = [one_line(s) for s in done.stdout.splitlines()]
        assert len(producers["vncorenlp"]) == len(plain), "one line out for each line in"
    (work / "plain.txt").write_text("\n".join(plain) + "\n", encoding="utf-8")
    want = normalize([work / "plain.txt"])
    for name, lines in producers.items():
        whole = work / f"{name}.txt"
        whole.write_text("\n".join(lines) + "\n", encoding="utf-8")
        alone = work / name
        alone.mkdir(exist_ok=True)
        files = []
        for k, line in enumerate(lines):
            files.append(alone / f"{k:05}")
            files[-1].write_text(line + "\n", encoding="utf-8")
        for how, got in [("stream", normalize([whole])), ("alone", normalize(files))]:
            misses = [(k, w, g) for k, (w, g) in enumerate(zip(want, got)) if w != g]
            report = work / f"misses.{name}.{how}.txt"
            report.write_text("".join(f"{k + 1}\n  want {w}\n  got  {g}\n" for k, w, g in misses),
                              encoding="utf-8")
            exact = len(want) - len(misses)
            print(f"{name} ({how}): {exact}/{len(want)} exact ({100 * exact / len(want):.1f}%)"
                  f"  misses: {report}")


if __name__ == "__main__":
    main()
