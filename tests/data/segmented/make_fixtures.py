"""Regenerates the segmented-text fixtures in this directory (see README.md).

Run from this directory with a throw-away virtualenv that has pyvi and underthesea:
    python3 make_fixtures.py ../../../../shared/seeds/news-*-plain.txt
Writes plain.txt (one sentence a line) and pyvi.txt, underthesea.txt, vncorenlp-sim.txt, each
line the same sentence as segmented by that producer.
"""
import importlib.metadata
import re
import sys
import unicodedata

from pyvi import ViTokenizer
from underthesea import word_tokenize

# Sentence ends: . ! ? … (possibly followed by a closing quote/bracket), then space and a capital,
# an opening quote or a digit.
SENTENCE_END = re.compile(r'(?<=[.!?…])(?<!\bTP\.)(?<!\b[A-Z]\.)\s+(?=[A-ZĐÀ-Ỹ"“«(0-9])')

# What VnCoreNLP's tokenizer keeps whole (its README and Tokenizer.java): URLs, e-mails, dates,
# times, numbers with . , % and /, words with inner hyphens or & (al-Qaeda, Covid-19, GD&ĐT),
# abbreviations with inner dots (TP.HCM) and the ellipsis.
VNCORENLP_WHOLE = re.compile(
    r"""https?://\S+?(?=[.,;:!?)]*(?:\s|$))
      | www\.\S+?(?=[.,;:!?)]*(?:\s|$))
      | [\w.+-]+@[\w-]+(?:\.[\w-]+)+
      | (?<!\w)\d+h\d*\b
      | (?<!\w)\d+[A-Z]\w*(?:[.-]\w+)*
      | (?<!\w)\d+(?:[.,/:-]\d+)*%?(?:/[\w-]+)*
      | \w+(?:[-&]\w+)+
      | [A-ZĐ]+(?:\.[A-ZĐ]+)+(?!\w)
      | \.\.\.
    """,
    re.VERBOSE,
)


def sentences(paths):
    for path in paths:
        for line in open(path, encoding="utf-8"):
            line = unicodedata.normalize("NFC", " ".join(line.split()))
            for s in SENTENCE_END.split(line):
                if len(s.split()) >= 3:
                    yield s


def vncorenlp_sim(sentence):
    """pyvi's word segmentation with VnCoreNLP's whole tokens: each whole token is swapped for a
    placeholder word before segmentation and put back after (un-joined from its neighbours)."""
    kept = []

    def hold(m):
        kept.append(m.group(0))
        return f" zqx{len(kept) - 1}q "

    out = ViTokenizer.tokenize(VNCORENLP_WHOLE.sub(hold, sentence))
    out = re.sub(r"_?zqx(\d+)q_?", lambda m: f" {kept[int(m.group(1))]} ", out)
    return " ".join(out.split())


def main(paths):
    own = [l.strip() for l in open("own-sentences.txt", encoding="utf-8") if l.strip()]
    plain = list(dict.fromkeys(list(sentences(paths)) + own))
    producers = {
        "pyvi.txt": ViTokenizer.tokenize,
        "underthesea.txt": lambda s: word_tokenize(s, format="text"),
        "vncorenlp-sim.txt": vncorenlp_sim,
    }
    with open("plain.txt", "w", encoding="utf-8") as f:
        f.writelines(s + "\n" for s in plain)
    for name, segment in producers.items():
        with open(name, "w", encoding="utf-8") as f:
            f.writelines(" ".join(segment(s).split()) + "\n" for s in plain)
    for pkg in ("pyvi", "underthesea", "underthesea_core", "scikit-learn"):
        print(pkg, importlib.metadata.version(pkg))
    print(len(plain), "sentences")


if __name__ == "__main__":
    main(sys.argv[1:])
