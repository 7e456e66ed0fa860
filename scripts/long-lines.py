#!/usr/bin/env python3
"""Looks for rules whose cost grows faster than a line's length.

A line is one document (a JSONL record, an article on one line), so a rule that scans the whole
line at every gap or token makes a long line take quadratic time. This builds long lines that
repeat a few tricky tokens (with spaces between them, or none, which makes one long token, such
as a letter under thousands of marks), runs `vietnorm normalize` on a line of 2,000 tokens and on
one of 8,000, counts instructions with valgrind's cachegrind, and prints each pattern whose cost grew
more than 6 times (linear work grows 4 times, quadratic 16).

    cargo build --release
    python3 scripts/long-lines.py [TRIALS] [SEED]

Defaults: 100 trials, seed 1; VIETNORM=path/to/binary to check another build. Needs valgrind.
Each flagged pattern is a line to profile (`valgrind --tool=callgrind`) and a rule to make look
at the line once (see `LineFacts` in src/segmented/restore.rs). The last line is `done`.
"""

import os
import random
import re
import subprocess
import sys
import tempfile

BIN = os.environ.get("VIETNORM", "target/release/vietnorm")

# Tokens that the rules read beside a gap: signs, units, numbers, abbreviations, names, joined
# words and the pieces of addresses, as segmenters leave them; and combining marks.
TOKENS = """" ' “ ” ‘ ’ ( ) [ ] - – / . , : ; % @ # & + = … a x h m g v o đ L A B H Q P T TP HCM
N1 Km km mm cm m2 kV USD 1 14 30 2/3 1,5 2.000 6+ 100 2020 -19 2.5 Hà_Nội ba na Bai Nguyễn ông
số năm ngày max_len foo_ _bar a_b www vn com gmail don t s PM GS.TS T&T Ths A. B.""".split() + [
    "\u0301", "\u0302", "\u0323", "\u031b", "\u0306", "\u0308"]


def instructions(line, args):
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as f:
        f.write(line + "\n")
    try:
        run = subprocess.run(
            ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
             BIN, *args, f.name],
            capture_output=True, text=True, check=False)
    finally:
        os.unlink(f.name)
    found = re.search(r"I\s+refs:\s+([\d,]+)", run.stderr)
    if not found:
        sys.exit(f"no instruction count from valgrind: {run.stderr[-500:]}")
    return int(found.group(1).replace(",", ""))


def main():
    trials = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    rng = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 1)
    # Restored whatever detection says, so that every rule meets every line.
    args = ["normalize", "--desegment", "always"]
    start = instructions("x", args)
    for _ in range(trials):
        cycle = [rng.choice(TOKENS) for _ in range(rng.randint(2, 6))]
        gap = rng.choice([" ", ""])
        short, long = (gap.join(cycle[k % len(cycle)] for k in range(n)) for n in (2000, 8000))
        grew = (instructions(long, args) - start) / max(instructions(short, args) - start, 1)
        if grew > 6:
            print(f"{grew:.1f}x {gap.join(cycle)!r}", flush=True)
    print("done")


if __name__ == "__main__":
    main()
