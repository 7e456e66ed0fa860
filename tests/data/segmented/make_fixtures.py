"""Regenerates the segmented-text fixtures in this directory (see README.md).

Run from this directory with a throw-away virtualenv that has pyvi and underthesea, and
VnCoreNLP's tokenizer and word segmenter built outside the repository (see README.md):
    python3 make_fixtures.py "java -cp /path/to/classes Main" "java -cp /path/to/classes Seg" \
        ../../../../shared/seeds/news-*-plain.txt
The first command prints each line's tokens, the second its tokens segmented into words.
Writes plain.txt (one sentence a line) and pyvi.txt, underthesea.txt, vncorenlp-sim.txt,
vncorenlp.txt, each line the same sentence as segmented by that producer.
"""
import importlib.metadata
import re
import shlex
import subprocess
import sys
import unicodedata

from pyvi import ViTokenizer
from underthesea import word_tokenize

# Sentence ends: . ! ? … (possibly followed by a closing quote/bracket), then space and a capital,
# an opening quote or a digit.
SENTENCE_END = re.compile(r'(?<=[.!?…])(?<!\bTP\.)(?<!\b[A-Z]\.)\s+(?=[A-ZĐÀ-Ỹ"“«(0-9])')

def sentences(paths):
    for path in paths:
        for line in open(path, encoding="utf-8"):
            line = unicodedata.normalize("NFC", " ".join(line.split()))
            for s in SENTENCE_END.split(line):
                if len(s.split()) >= 3:
                    yield s


def vncorenlp_sim(sentences, tokenizer):
    """VnCoreNLP's tokenization with pyvi's word segmentation: `tokenizer` (a command) is
    VnCoreNLP's own tokenizer, reading sentences and writing their tokens joined by spaces, a line
    each. Tokens with anything but letters are swapped for placeholder words before pyvi joins
    the syllables, and put back after (un-joined from their neighbours)."""
    run = subprocess.run(
        shlex.split(tokenizer), input="\n".join(sentences) + "\n",
        capture_output=True, text=True, encoding="utf-8", check=True,
    )
    out = []
    for tokens in run.stdout.splitlines():
        kept = []

        def hold(token):
            if token.isalpha():
                return token
            kept.append(token)
            return f"zqx{len(kept) - 1}q"

        segmented = ViTokenizer.tokenize(" ".join(hold(t) for t in tokens.split()))
        segmented = re.sub(r"_?zqx(\d+)q_?", lambda m: f" {kept[int(m.group(1))]} ", segmented)
        out.append(" ".join(segmented.split()))
    assert len(out) == len(sentences)
    return out


def vncorenlp(sentences, segmenter):
    """VnCoreNLP's word segmentation: `segmenter` (a command) reads sentences and writes each
    as VnCoreNLP segments it, its tokenizer's tokens with syllables joined by `_`."""
    run = subprocess.run(
        shlex.split(segmenter), input="\n".join(sentences) + "\n",
        capture_output=True, text=True, encoding="utf-8", check=True,
    )
    out = run.stdout.splitlines()
    assert len(out) == len(sentences)
    return out


def main(tokenizer, segmenter, paths):
    own = [l.strip() for l in open("own-sentences.txt", encoding="utf-8") if l.strip()]
    plain = list(dict.fromkeys(list(sentences(paths)) + own))
    outputs = {
        "pyvi.txt": [ViTokenizer.tokenize(s) for s in plain],
        "underthesea.txt": [word_tokenize(s, format="text") for s in plain],
        "vncorenlp-sim.txt": vncorenlp_sim(plain, tokenizer),
        "vncorenlp.txt": vncorenlp(plain, segmenter),
    }
    with open("plain.txt", "w", encoding="utf-8") as f:
        f.writelines(s + "\n" for s in plain)
    for name, lines in outputs.items():
        with open(name, "w", encoding="utf-8") as f:
            f.writelines(" ".join(line.split()) + "\n" for line in lines)
    for pkg in ("pyvi", "underthesea", "underthesea_core", "scikit-learn"):
        print(pkg, importlib.metadata.version(pkg))
    print(len(plain), "sentences")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3:])
