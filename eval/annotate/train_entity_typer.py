#!/usr/bin/env python3
"""Fits the learned entity typer (src/annotate/entity_typer.h) on GUM wikinews train.

Input: the JSON lines of `entity_typer_samples` over the GUM train texts (the names the rules
leave to a default, with hashed features). Each name is labelled with the type of the named
GUM mention (person/organization/place, as gum_entities.py reads them) it overlaps most, else
0 (none). liblinear-train (L2-regularized logistic regression, -s 0, bias -B 1) fits the
model; its weights are written as data/lexicons/entity_typer_model.txt with one row per
feature bucket (zeros where a bucket never occurred) and the bias row last, rounded to four
decimals so the file stays small.

  usage: train_entity_typer.py --gum DIR --samples FILE.jsonl --model OUT.txt [--cost C]
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gum_entities  # noqa: E402

BUCKETS = 4096  # kEntityTyperBuckets
LABELS = {"person": 1, "organization": 2, "place": 3}


def Label(start, end, gold):
    best, best_overlap = 0, 0
    for g_start, g_end, kind in gold:
        overlap = min(end, g_end) - max(start, g_start)
        if overlap > best_overlap:
            best, best_overlap = LABELS[kind], overlap
    return best


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gum", required=True)
    parser.add_argument("--samples", required=True)
    parser.add_argument("--model", required=True)
    parser.add_argument("--cost", default="0.3")
    args = parser.parse_args()
    train = set(gum_entities.SplitDocuments(args.gum, "train"))
    gold = {}
    rows, counts = [], [0, 0, 0, 0]
    with open(args.samples, encoding="utf-8") as f:
        for line in f:
            sample = json.loads(line)
            doc = sample["doc"]
            if doc not in train:
                continue  # only GUM train is ever read here
            if doc not in gold:
                _, gold[doc] = gum_entities.ReadConllu(
                    os.path.join(args.gum, "dep", doc + ".conllu"))
            label = Label(sample["start"], sample["end"], gold[doc])
            counts[label] += 1
            features = " ".join(f"{i}:1" for i in sample["features"])
            rows.append(f"{label} {features}")
    if not rows:
        print("train_entity_typer: no samples from GUM train", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        data, model = os.path.join(tmp, "train.txt"), os.path.join(tmp, "model.txt")
        with open(data, "w") as f:
            f.write("\n".join(rows) + "\n")
        subprocess.run(["liblinear-train", "-s", "0", "-B", "1", "-c", args.cost, "-q", data,
                        model], check=True)
        with open(model) as f:
            lines = f.read().split("\n")
    header, weights = [], []
    for index, line in enumerate(lines):
        if line == "w":
            weights = [l for l in lines[index + 1:] if l.strip()]
            break
        header.append(line)
    fields = dict(line.split(" ", 1) for line in header if " " in line)
    nr_feature, classes = int(fields["nr_feature"]), len(fields["label"].split())
    rows_out = [" ".join("0" for _ in range(classes))] * BUCKETS
    for bucket in range(nr_feature):
        values = weights[bucket].split()
        rows_out[bucket] = " ".join(f"{float(v):.4f}" for v in values)
    bias = " ".join(f"{float(v):.4f}" for v in weights[nr_feature].split())
    with open(args.model, "w") as f:
        f.write("# Learned entity typer (src/annotate/entity_typer.h), written by `make train`:\n")
        f.write(f"# liblinear -s 0 -B 1 -c {args.cost} on GUM wikinews train only, "
                f"{len(rows)} names (none/person/organization/place: "
                f"{'/'.join(map(str, counts))}). Do not edit.\n")
        f.write(f"label {fields['label']}\n")
        f.write("w\n")
        f.write("\n".join(rows_out) + "\n" + bias + "\n")
    print(f"train_entity_typer: {len(rows)} names, labels none/person/org/place "
          f"{counts}, model {args.model}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
