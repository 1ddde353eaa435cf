#!/usr/bin/env python3
"""Fits the learned headline stance classifier (src/reconcile/stance_classifier.h).

Input: the lines `eval_reconcile --emergent DIR --write-features FILE` writes for the Emergent
train split only ("claimId<TAB>stance<TAB>feature ids"). Features seen in fewer than
--min-count training headlines are dropped; the rest are renumbered 1..V for liblinear
(Debian liblinear-tools), which fits the model (--solver, --cost; bias -B 1).

Cross-validation is grouped by claim: the claims, sorted, are dealt round-robin into --folds
folds, so no claim has headlines on both sides (the paper's test split holds claims unseen in
train the same way). --grid prints the cross-validated accuracy of every solver and cost in
the grid (--repeats: pooled over several deals of the claims into folds); without it the chosen setting's figure is printed, the model is fitted on the
whole train split and written to --model: the class names, the feature groups, the bias row
and one row per feature bucket with a non-zero weight ("bucket w_1 w_2 w_3", columns in the
"label" line's order), five significant digits. Deterministic: the same input gives the same
file byte for byte.

  usage: train_stance.py --features FILE [--grid] [--model OUT] [--solver S] [--cost C]
         [--min-count N] [--folds K] [--groups N] [--predictions OUT]
"""

import argparse
import hashlib
import os
import subprocess
import sys
import tempfile

STANCES = ["for", "against", "observing"]
SOLVERS = {"0": "L2 logistic regression (primal)", "1": "L2-loss SVM (dual)",
           "2": "L2-loss SVM (primal)", "3": "L1-loss SVM (dual)", "4": "Crammer-Singer SVM",
           "5": "L1-regularized L2-loss SVM", "6": "L1-regularized logistic regression",
           "7": "L2 logistic regression (dual)"}
GRID_SOLVERS = ["0", "1"]
GRID_COSTS = ["0.03", "0.1", "0.3", "1", "3"]


def ReadRows(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            claim, stance, ids = line.rstrip("\n").split("\t")
            rows.append((claim, STANCES.index(stance) + 1, [int(i) for i in ids.split()]))
    return rows


def Vocabulary(rows, min_count):
    counts = {}
    for _, _, ids in rows:
        for i in ids:
            counts[i] = counts.get(i, 0) + 1
    kept = sorted(i for i, n in counts.items() if n >= min_count)
    return {bucket: index + 1 for index, bucket in enumerate(kept)}


def WriteLiblinear(rows, vocabulary, path):
    with open(path, "w") as f:
        for _, label, ids in rows:
            columns = sorted(vocabulary[i] for i in ids if i in vocabulary)
            f.write(str(label) + "".join(f" {c}:1" for c in columns) + "\n")


def Fit(rows, vocabulary, solver, cost, tmp):
    data, model = os.path.join(tmp, "train.txt"), os.path.join(tmp, "model.txt")
    WriteLiblinear(rows, vocabulary, data)
    subprocess.run(["liblinear-train", "-s", solver, "-c", cost, "-B", "1", "-q", data, model],
                   check=True, stdout=subprocess.DEVNULL)
    return model


def Predict(model, rows, vocabulary, tmp):
    data, out = os.path.join(tmp, "test.txt"), os.path.join(tmp, "predicted.txt")
    WriteLiblinear(rows, vocabulary, data)
    subprocess.run(["liblinear-predict", "-q", data, model, out], check=True,
                   stdout=subprocess.DEVNULL)
    with open(out) as f:
        return [int(line) for line in f if line.strip()]


def CrossValidate(rows, folds, solver, cost, min_count, tmp, repeat=0):
    claims = sorted({claim for claim, _, _ in rows})
    if repeat:  # another deal of the claims: ordered by a hash of the repeat and the claim
        claims.sort(key=lambda claim: hashlib.sha1(f"{repeat}:{claim}".encode()).hexdigest())
    fold_of = {claim: index % folds for index, claim in enumerate(claims)}
    gold, predicted = [label for _, label, _ in rows], [0] * len(rows)
    for fold in range(folds):
        train = [r for r in rows if fold_of[r[0]] != fold]
        held = [k for k, r in enumerate(rows) if fold_of[r[0]] == fold]
        vocabulary = Vocabulary(train, min_count)
        model = Fit(train, vocabulary, solver, cost, tmp)
        for k, label in zip(held, Predict(model, [rows[k] for k in held], vocabulary, tmp)):
            predicted[k] = label
    return gold, predicted


def Summary(gold, predicted):
    accuracy = sum(g == p for g, p in zip(gold, predicted)) / len(gold)
    f1s = []
    for label in range(1, len(STANCES) + 1):
        tp = sum(g == p == label for g, p in zip(gold, predicted))
        n_gold, n_predicted = gold.count(label), predicted.count(label)
        precision = tp / n_predicted if n_predicted else 0
        recall = tp / n_gold if n_gold else 0
        f1s.append(2 * precision * recall / (precision + recall) if precision + recall else 0)
    return accuracy, f1s


def WriteModel(liblinear_model, vocabulary, args, n_rows, path):
    with open(liblinear_model) as f:
        lines = f.read().split("\n")
    header = {}
    at = 0
    while lines[at] != "w":
        key, _, value = lines[at].partition(" ")
        header[key] = value
        at += 1
    labels = [STANCES[int(l) - 1] for l in header["label"].split()]
    n_feature = int(header["nr_feature"])
    weights = [l.split() for l in lines[at + 1:at + 2 + n_feature]]
    bucket_of = {index: bucket for bucket, index in vocabulary.items()}
    rows = []
    for index in range(1, n_feature + 1):
        values = [f"{float(v):.5g}" for v in weights[index - 1]]
        if any(float(v) != 0 for v in values):
            rows.append((bucket_of[index], " ".join(values)))
    rows.sort()
    bias = " ".join(f"{float(v):.5g}" for v in weights[n_feature])
    with open(path, "w") as f:
        f.write("# Learned headline stance (src/reconcile/stance_classifier.h), written by `make train`\n")
        f.write(f"# (scripts/train-stance.sh): liblinear -s {args.solver} ({SOLVERS[args.solver]}) "
                f"-c {args.cost} -B 1 on the Emergent train split only, {n_rows} headlines,\n")
        f.write(f"# features seen in >= {args.min_count} headlines. Do not edit.\n")
        f.write(f"label {' '.join(labels)}\n")
        f.write(f"groups {args.groups}\n")
        f.write(f"bias {bias}\n")
        for bucket, values in rows:
            f.write(f"{bucket} {values}\n")
    return len(rows)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--features", required=True)
    parser.add_argument("--model")
    parser.add_argument("--grid", action="store_true")
    parser.add_argument("--predictions", help="write each train headline's cross-validated "
                        "prediction, one a line in the features' order")
    parser.add_argument("--solver", default="0", choices=sorted(SOLVERS))
    parser.add_argument("--cost", default="1")
    parser.add_argument("--min-count", type=int, default=1)
    parser.add_argument("--folds", type=int, default=10)
    parser.add_argument("--repeats", type=int, default=1,
                        help="with --grid: average over this many deals of claims into folds")
    parser.add_argument("--groups", required=True, help="StanceFeatureGroup bits the features were written with")
    args = parser.parse_args()
    rows = ReadRows(args.features)
    if not rows:
        print("train_stance: no training rows", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        if args.grid:
            for solver in GRID_SOLVERS:
                for cost in GRID_COSTS:
                    gold, predicted = [], []
                    for repeat in range(args.repeats):
                        g, p = CrossValidate(rows, args.folds, solver, cost, args.min_count, tmp,
                                             repeat)
                        gold, predicted = gold + g, predicted + p
                    accuracy, f1s = Summary(gold, predicted)
                    print(f"solver {solver} cost {cost:>5}: cv accuracy {accuracy:.3f} F1 "
                          + " ".join(f"{s} {f:.3f}" for s, f in zip(STANCES, f1s)), flush=True)
            return 0
        gold, predicted = CrossValidate(rows, args.folds, args.solver, args.cost, args.min_count,
                                        tmp)
        accuracy, f1s = Summary(gold, predicted)
        if args.predictions:
            with open(args.predictions, "w") as f:
                f.write("".join(STANCES[p - 1] + "\n" for p in predicted))
        print(f"train_stance: {len(rows)} train headlines, {args.folds}-fold cross-validation "
              f"by claim: accuracy {accuracy:.3f}, F1 "
              + " ".join(f"{s} {f:.3f}" for s, f in zip(STANCES, f1s)))
        if args.model:
            vocabulary = Vocabulary(rows, args.min_count)
            model = Fit(rows, vocabulary, args.solver, args.cost, tmp)
            kept = WriteModel(model, vocabulary, args, len(rows), args.model)
            fitted = Predict(model, rows, vocabulary, tmp)
            in_sample = sum(p == label for p, (_, label, _) in zip(fitted, rows)) / len(rows)
            print(f"train_stance: {kept} weighted features -> {args.model}; liblinear's in-sample "
                  f"accuracy {in_sample:.3f} (after a rebuild, eval_reconcile --train-only prints "
                  "the embedded model's, rounded weights: the two should agree)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
