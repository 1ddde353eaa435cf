#!/usr/bin/env python3
"""Scores `crosscheck annotate --raw --jsonl` time mentions against TempEval-3 TIMEX3s.

Two steps, both reading the TimeML files (TempEval-3 TBAQ-cleaned: AQUAINT, TimeBank; the
platinum test set when present) the same way:
  records  one JSONL record per .tml file: {"id": file stem, "published": the DCT's date,
           "text": the content of <TEXT> with every tag removed and XML entities decoded}.
           `crosscheck annotate --raw` keeps that text unchanged, so its code-point offsets
           are offsets into it, which is where the gold TIMEX3 offsets are computed too.
  score    TempEval-3's timex figures over those documents.

Gold: every TIMEX3 inside <TEXT> (the DCT is the input's reference date, not a mention to
find; TempEval-3 does not score it either). Predicted: every mention of kind "time".
Figures, counted as TempEval-3's scorer counts them (UzZaman et al. 2013): each side on its
own, so precision is over predictions and recall over gold timexes, not one-to-one pairs:
  relaxed span   P = predictions overlapping some gold timex (a shared character) / predicted,
                 R = gold timexes overlapped by some prediction / gold;
  strict span    the same with equal spans (after trimming whitespace and end punctuation);
  type, value    right = gold timexes with an overlapping prediction of the same attribute;
                 accuracy = right / gold timexes found (relaxed), and attribute P/R/F1 =
                 right / predicted, right / gold (the scorer's "value F1", which TempEval-3
                 ranked normalization by).
Type compares case-insensitively (date/DATE); value compares the strings exactly, as the
scorer does ("2000-W7" is not "2000-W07"). The scorer counts tokens, this counts characters:
they differ only when a prediction ends inside a token. For comparison, relaxed span P/R/F1
over one-to-one pairs (maximum matching, spanmatch.py) is printed too.
A document missing from the annotations, or whose text differs, keeps its gold (missed).

  usage: tempeval_times.py records --tml DIR [DIR...] --out FILE.jsonl
         tempeval_times.py score --tml DIR --annotations FILE.jsonl [--label NAME] [--errors]
"""

import argparse
import collections
import glob
import html
import json
import os
import re
import sys
from dataclasses import dataclass

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from spanmatch import Counts, Predictions, ReadAnnotations, MatchPairs, TrimmedSpans  # noqa: E402

TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*?)(/?)>", re.S)
ATTRIBUTE = re.compile(r'([A-Za-z_]+)="([^"]*)"')
TIMEX_TYPES = ("DATE", "TIME", "DURATION", "SET")


def ParseTimeml(markup):
    """(text, dct, timexes) of one TimeML document.

    text: the <TEXT> content without tags, entities decoded; dct: the creation time's value
    ("1998-08-07", "" when absent); timexes: [{"start", "end", "type", "value", "tid"}] with
    code-point offsets into text (empty TIMEX3 elements, which mark no text, are dropped).
    """
    dct = ""
    dct_match = re.search(r"<DCT>\s*<TIMEX3([^>]*)>", markup)
    if dct_match:
        dct = dict(ATTRIBUTE.findall(dct_match.group(1))).get("value", "")
    begin = markup.find("<TEXT>")
    end = markup.find("</TEXT>", begin)
    if begin < 0 or end < 0:
        return "", dct, []
    body = markup[begin + len("<TEXT>"):end]
    pieces, timexes, open_timex = [], [], None
    length = position = 0
    for tag in TAG.finditer(body):
        piece = html.unescape(body[position:tag.start()])
        pieces.append(piece)
        length += len(piece)
        position = tag.end()
        closing, name, attributes, self_closing = tag.groups()
        if name != "TIMEX3":
            continue
        if closing:
            if open_timex is not None and length > open_timex["start"]:
                open_timex["end"] = length
                timexes.append(open_timex)
            open_timex = None
        elif not self_closing:
            fields = dict(ATTRIBUTE.findall(attributes))
            open_timex = {"start": length, "type": fields.get("type", "").upper(),
                          "value": fields.get("value", ""), "tid": fields.get("tid", "")}
    pieces.append(html.unescape(body[position:]))
    return "".join(pieces), dct, timexes


def ReadCorpus(folder):
    """file stem -> (text, dct, timexes) for every .tml file of a folder, sorted."""
    corpus = {}
    for path in sorted(glob.glob(os.path.join(folder, "*.tml"))):
        with open(path, encoding="utf-8") as f:
            corpus[os.path.basename(path)[:-len(".tml")]] = ParseTimeml(f.read())
    return corpus


def PredictedTimes(document):
    return [{"start": m["start"], "end": m["end"], "type": (m.get("type") or "").upper(),
             "value": "" if m.get("value") is None else str(m["value"]), "text": m["text"]}
            for m in document.get("mentions", []) if m.get("kind") == "time"]


@dataclass
class SideCounts:
    """Counts as the TempEval-3 scorer keeps them: each side counted on its own.

    matched_pred: predictions that match some gold; matched_gold: gold that some prediction
    matches. Precision = matched_pred / predicted, recall = matched_gold / gold.
    """
    matched_pred: int = 0
    matched_gold: int = 0
    predicted: int = 0
    gold: int = 0

    def Add(self, matched_pred, matched_gold, predicted, gold):
        self.matched_pred += matched_pred
        self.matched_gold += matched_gold
        self.predicted += predicted
        self.gold += gold

    def Precision(self):
        return self.matched_pred / self.predicted if self.predicted else 0.0

    def Recall(self):
        return self.matched_gold / self.gold if self.gold else 0.0

    def F1(self):
        p, r = self.Precision(), self.Recall()
        return 2 * p * r / (p + r) if p + r else 0.0

    def Line(self):
        return (f"P {self.Precision():.3f} R {self.Recall():.3f} F1 {self.F1():.3f} "
                f"(predicted {self.matched_pred}/{self.predicted}, "
                f"gold {self.matched_gold}/{self.gold})")


def Overlaps(a, b):
    return min(a["end"], b["end"]) > max(a["start"], b["start"])


class Scores:
    def __init__(self):
        self.relaxed, self.strict = SideCounts(), SideCounts()
        self.type, self.value = SideCounts(), SideCounts()
        self.one_to_one = Counts()
        self.gold_by_type = collections.Counter()
        self.found_by_type = collections.Counter()
        self.value_right_by_type = collections.Counter()
        self.type_confusion = collections.Counter()  # (gold type, predicted type), found only

    def AddDocument(self, text, gold, predicted):
        """Adds one document; returns, per gold timex, its overlapping predictions."""
        overlapping = [[p_idx for p_idx, p in enumerate(predicted) if Overlaps(p, g)]
                       for g in gold]
        pred_found = {p_idx for found in overlapping for p_idx in found}
        self.relaxed.Add(len(pred_found), sum(bool(found) for found in overlapping),
                         len(predicted), len(gold))

        def Key(mention):
            return TrimmedSpans(text, [(mention["start"], mention["end"])])
        gold_keys = {Key(g) for g in gold}
        pred_keys = {Key(p) for p in predicted}
        self.strict.Add(sum(Key(p) in gold_keys for p in predicted),
                        sum(Key(g) in pred_keys for g in gold), len(predicted), len(gold))

        # Attributes: the official scorer counts the gold timexes whose overlapping
        # prediction carries the same attribute, and divides that one count by |predicted|
        # for precision and by |gold| for recall.
        for attribute, counts in (("type", self.type), ("value", self.value)):
            right = sum(any(predicted[p_idx][attribute] == g[attribute] for p_idx in found)
                        for g, found in zip(gold, overlapping))
            counts.Add(right, right, len(predicted), len(gold))

        pairs = MatchPairs([[(p["start"], p["end"])] for p in predicted],
                           [[(g["start"], g["end"])] for g in gold])
        self.one_to_one.Add(len(pairs), len(predicted), len(gold))
        for g, found in zip(gold, overlapping):
            self.gold_by_type[g["type"]] += 1
            self.found_by_type[g["type"]] += bool(found)
            self.value_right_by_type[g["type"]] += any(
                predicted[p_idx]["value"] == g["value"] for p_idx in found)
            if found and not any(predicted[p_idx]["type"] == g["type"] for p_idx in found):
                self.type_confusion[(g["type"], predicted[found[0]]["type"])] += 1
        return overlapping

    def Print(self, label):
        found = max(self.relaxed.matched_gold, 1)
        print(f"{label} relaxed span: {self.relaxed.Line()}")
        print(f"{label} strict span:  {self.strict.Line()}")
        print(f"{label} type:  accuracy {self.type.matched_gold / found:.3f}, "
              f"P {self.type.Precision():.3f} R {self.type.Recall():.3f} F1 {self.type.F1():.3f}")
        print(f"{label} value: accuracy {self.value.matched_gold / found:.3f}, "
              f"P {self.value.Precision():.3f} R {self.value.Recall():.3f} "
              f"F1 {self.value.F1():.3f} (right {self.value.matched_gold})")
        print(f"{label} relaxed span, one-to-one pairs: {self.one_to_one.Line()}")
        print(f"{label} by gold type (found / value right / gold): " + ", ".join(
            f"{kind} {self.found_by_type[kind]}/{self.value_right_by_type[kind]}/"
            f"{self.gold_by_type[kind]}" for kind in TIMEX_TYPES if self.gold_by_type[kind]))
        print(f"{label} wrong type (gold -> predicted: count): " + (", ".join(
            f"{gold} -> {pred}: {count}" for (gold, pred), count in
            sorted(self.type_confusion.items(), key=lambda item: -item[1])) or "none"))


def Records(args):
    count = 0
    with open(args.out, "w", encoding="utf-8") as out:
        for folder in args.tml:
            for doc_id, (text, dct, _) in ReadCorpus(folder).items():
                record = {"id": doc_id, "text": text}
                if dct:
                    record["published"] = dct[:10]
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
                count += 1
    if count == 0:
        print("tempeval_times: no .tml file in " + " ".join(args.tml), file=sys.stderr)
        return 1
    return 0


def Score(args):
    documents = ReadAnnotations(args.annotations)
    corpus = ReadCorpus(args.tml)
    label = f"tempeval3 {args.label or os.path.basename(os.path.normpath(args.tml))}:"
    scores = Scores()
    missing, text_differs = [], []
    for doc_id, (text, _, gold) in corpus.items():
        predicted = Predictions(documents, doc_id, text, PredictedTimes, missing, text_differs)
        overlapping = scores.AddDocument(text, gold, predicted)
        if args.errors:
            PrintErrors(doc_id, text, gold, predicted, overlapping)
    print(f"{label} {len(corpus)} documents, {scores.relaxed.gold} gold TIMEX3 (DCT excluded), "
          f"{scores.relaxed.predicted} predicted times")
    if missing or text_differs:
        print(f"{label} {len(missing)} documents absent from the annotations, "
              f"{len(text_differs)} with a different text (their gold counted as missed)")
    scores.Print(label)
    return 0


def PrintErrors(doc_id, text, gold, predicted, overlapping):
    """Each missed gold timex, spurious prediction and wrong value of one document."""
    found_pred = {p_idx for found in overlapping for p_idx in found}
    for g, found in zip(gold, overlapping):
        shown = f"{text[g['start']:g['end']]!r} {g['type']} {g['value']}"
        if not found:
            print(f"  {doc_id} missed {shown}")
        elif all(predicted[p_idx]["value"] != g["value"] for p_idx in found):
            print(f"  {doc_id} value {shown}: predicted " + ", ".join(
                f"{predicted[p_idx]['value']} ({predicted[p_idx]['text']!r})" for p_idx in found))
    for p_idx, p in enumerate(predicted):
        if p_idx not in found_pred:
            print(f"  {doc_id} spurious {p['text']!r} {p['type']} {p['value']}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    records = commands.add_parser("records", help="TimeML files -> annotate input JSONL")
    records.add_argument("--tml", nargs="+", required=True, help="folders of .tml files")
    records.add_argument("--out", required=True)
    score = commands.add_parser("score", help="score annotate output on one folder")
    score.add_argument("--tml", required=True, help="a folder of gold .tml files")
    score.add_argument("--annotations", required=True, help="crosscheck annotate JSONL")
    score.add_argument("--label", help="name printed before every figure")
    score.add_argument("--errors", action="store_true", help="list each miss and wrong value")
    args = parser.parse_args()
    return Records(args) if args.command == "records" else Score(args)


if __name__ == "__main__":
    sys.exit(main())
