#!/usr/bin/env python3
"""Fits the learned attribution cue model (src/annotate/cue_model.h) on PolNeAR train only.

Input: cue_samples output over the train texts (one candidate word per line with its hashed
features). Label: 1 when the word is the first candidate word inside a Cue span of the
article's first annotator (the annotator the evaluation scores against; "has long admired"
labels "admired", "said in a statement" labels "said"), else 0. Fitted by liblinear-train
(Debian liblinear-tools), L1-regularized logistic regression (-s 6, sparse weights) with a
bias; written as "bias B" and one "id weight" line per non-zero weight. Deterministic.

  usage: train_cue_model.py --polnear DIR --samples FILE --model OUT [--cost C]
"""

import argparse
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from polnear_quotes import FirstAnnotators  # noqa: E402


def CueStarts(ann_path):
    """Character ranges of the annotator's Cue spans (the first part of each)."""
    cues = []
    with open(ann_path, encoding="utf-8") as f:
        for line in f:
            fields = line.rstrip("\n").split("\t")
            if len(fields) < 2 or not fields[0].startswith("T"):
                continue
            label, _, offsets = fields[1].partition(" ")
            if label != "Cue":
                continue
            start, end = (int(x) for x in offsets.split(";")[0].split())
            cues.append((start, end))
    return cues


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--polnear", required=True)
    parser.add_argument("--samples", required=True)
    parser.add_argument("--model", required=True)
    parser.add_argument("--cost", type=float, default=1.0)
    args = parser.parse_args()

    split_dir = os.path.join(args.polnear, "train")
    cues_by_doc = {}
    for article, annotators in FirstAnnotators(args.polnear, "train").items():
        paths = [os.path.join(split_dir, "attributions", f"{article}_{a}.ann") for a in annotators]
        paths = [p for p in paths if os.path.exists(p)]
        if paths:
            cues_by_doc[article] = CueStarts(paths[0])
    # Byte offsets (cue_samples) -> character offsets (brat), per document.
    char_of_byte = {}

    def CharOffset(doc, byte):
        table = char_of_byte.get(doc)
        if table is None:
            with open(os.path.join(split_dir, "text", doc + ".txt"), "rb") as f:
                raw = f.read()
            table, chars = [], 0
            for b in raw:
                table.append(chars)
                if b & 0xC0 != 0x80:
                    chars += 1
            table.append(chars)
            char_of_byte[doc] = table
        return table[byte]

    rows, positives = [], 0
    taken = set()  # (doc, cue) already labelled by its first candidate
    with open(args.samples, encoding="utf-8") as f:
        for line in f:
            doc, start, end, ids = line.rstrip("\n").split("\t")
            if doc not in cues_by_doc:
                continue
            begin = CharOffset(doc, int(start))
            label = 0
            for cue in cues_by_doc[doc]:
                if cue[0] <= begin < cue[1] and (doc, cue) not in taken:
                    taken.add((doc, cue))
                    label = 1
                    break
            positives += label
            features = sorted({int(x) for x in ids.split()})
            rows.append(f"{label} " + " ".join(f"{i}:1" for i in features))

    with tempfile.TemporaryDirectory() as tmp:
        data, model = os.path.join(tmp, "train.svm"), os.path.join(tmp, "model")
        with open(data, "w") as out:
            out.write("\n".join(rows) + "\n")
        subprocess.run(["liblinear-train", "-q", "-s", "6", "-B", "1", "-c", str(args.cost),
                        data, model], check=True)
        with open(model) as f:
            lines = f.read().split("\n")
    labels = next(l for l in lines if l.startswith("label")).split()[1:]
    nr_feature = int(next(l for l in lines if l.startswith("nr_feature")).split()[1])
    weights = [float(x) for x in lines[lines.index("w") + 1:] if x.strip()]
    sign = 1.0 if labels[0] == "1" else -1.0  # liblinear's w scores its first label
    with open(args.model, "w") as out:
        out.write("# Learned attribution cue model (src/annotate/cue_model.h), written by `make "
                  "train`:\n")
        out.write(f"# liblinear -s 6 -B 1 -c {args.cost} on PolNeAR train only (first annotator), "
                  f"{len(rows)} candidate words, {positives} cue heads. Do not edit.\n")
        out.write(f"bias {sign * weights[nr_feature]:.6f}\n")
        for idx in range(nr_feature):
            if weights[idx] != 0:
                out.write(f"{idx + 1} {sign * weights[idx]:.6f}\n")
    print(f"train_cue_model: {len(rows)} samples, {positives} positive, "
          f"{sum(1 for w in weights[:nr_feature] if w)} non-zero weights -> {args.model}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
