#!/usr/bin/env python3
"""Scores `crosscheck annotate --raw --jsonl` quotes against PolNeAR attributions.

Gold: for each article of the split, the .ann of its first annotator (the first id in the
`annotators` column of metadata.tsv; the alphabetically first .ann when that one is
missing). One gold unit per attribution event (E line) with a content: its Content and
Content2 spans (discontinuous spans kept apart), its Source spans; attributions that share
the very same content spans are one unit with all their sources.

Gold kind, from the text around each content span (double quotation marks only; two straight
apostrophes, ''like this'', count as one double mark, as the annotator reads them):
  direct   every span is enclosed in quotation marks, with no mark inside;
  indirect no span contains or touches a quotation mark;
  partial/mixed  the rest (a quoted phrase inside reported speech, quote plus paraphrase).

Predicted: every mention of kind "quote"; its spans are `contents` (start/end when absent).
Figures (all one-to-one, maximum matching, see spanmatch.py):
  content overlap    P/R/F1, a pair matches when their spans share a character;
  content exact      spans equal after trimming whitespace, quotation marks and punctuation;
  direct quotes      gold direct units vs predicted type "direct", overlap;
  speaker right      among overlap-matched pairs whose gold has a Source, the share whose
                     predicted speaker span overlaps a Source span (strict), or whose speaker
                     name/text equals or contains a Source text or is contained in it (lenient,
                     counted when strict fails);
  recall per gold kind, precision per predicted type (from the overlap matching).
A document missing from the annotations, or whose text differs from the file, keeps its gold
units (missed) and is reported.

Every figure is printed twice: [attribution] with the gold units above (the primary figures),
and [span] where each piece of a discontinuous content is a gold unit of its own (as a quote
split by its cue, or a quote running over sentences with the attribution between them, is
two predicted quotes). The issue's earlier measurement counted gold contents this way.

With --errors FILE, every missed gold unit (MISS, with its kind, source and cue) and every
unmatched prediction (FALSE, with its type, speaker and cue) is written to FILE, one per line,
and every matched pair whose speaker is wrong (SPEAKER). Read the train split's errors while
tuning, never the dev split's.

  usage: polnear_quotes.py --polnear DIR --split dev --annotations FILE.jsonl [--errors FILE]
"""

import argparse
import collections
import csv
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from spanmatch import (DOUBLE_QUOTES, Counts, MatchPairs, NamesAgree, Overlap,  # noqa: E402
                       Predictions, ReadAnnotations, TrimSpan, TrimmedSpans)

KIND_DIRECT, KIND_INDIRECT, KIND_MIXED = "direct", "indirect", "partial/mixed"
# PolNeAR texts often write a double mark as two straight apostrophes.
APOSTROPHE_PAIR = "''"
SENTENCE_PUNCT = ".,;:!?\u2026"


def FirstAnnotators(polnear_dir, split):
    """article file name -> annotator ids in metadata order, for one split."""
    annotators = {}
    with open(os.path.join(polnear_dir, "metadata.tsv"), encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            if row["compartment"] == split:
                annotators[row["filename"]] = row["annotators"].split("|")
    return annotators


def ReadAnn(path):
    """Gold units of one brat .ann: list of {"spans": [...], "sources": [(start, end), ...]}."""
    spans_by_id = {}
    events = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            fields = line.rstrip("\n").split("\t")
            if re.fullmatch(r"T\d+", fields[0]) and len(fields) >= 2:
                _, offsets = fields[1].split(" ", 1)
                spans_by_id[fields[0]] = [tuple(int(x) for x in part.split())
                                          for part in offsets.split(";")]
            elif re.fullmatch(r"E\d+", fields[0]) and len(fields) >= 2:
                events.append([arg.split(":", 1) for arg in fields[1].split()[1:]])
            # Other lines: notes, or the continuation of a span text with a line break.
    units = {}
    for args in events:
        content, sources, cues = [], [], []
        for role, span_id in args:
            if role.startswith("Content"):
                content.extend(spans_by_id.get(span_id, []))
            elif role.startswith("Source"):
                sources.extend(spans_by_id.get(span_id, []))
            elif role.startswith("Cue"):
                cues.extend(spans_by_id.get(span_id, []))
        if not content:
            continue
        key = tuple(sorted(content))
        unit = units.setdefault(key, {"spans": sorted(content), "sources": [], "cues": []})
        unit["sources"].extend(s for s in sources if s not in unit["sources"])
        unit["cues"].extend(c for c in cues if c not in unit["cues"])
    return list(units.values())


def SpanKind(text, start, end):
    start, end = TrimSpan(text, start, end, chars="")
    if start >= end:
        return KIND_INDIRECT
    core_start, core_end = TrimSpan(text, start, end, chars=SENTENCE_PUNCT)
    before = core_start - 1
    while before >= 0 and text[before].isspace():
        before -= 1
    after = core_end
    while after < len(text) and (text[after].isspace() or text[after] in SENTENCE_PUNCT):
        after += 1
    inner_start, inner_end = core_start, core_end
    opens = closes = False
    if inner_start < inner_end and text[inner_start] in DOUBLE_QUOTES:
        opens, inner_start = True, inner_start + 1
    elif before >= 0 and text[before] in DOUBLE_QUOTES:
        opens = True
    if inner_end > inner_start and text[inner_end - 1] in DOUBLE_QUOTES:
        closes, inner_end = True, inner_end - 1
    elif after < len(text) and text[after] in DOUBLE_QUOTES:
        closes = True
    # Punctuation inside the closing mark ("... win," he said): look past it again.
    while inner_end > inner_start and text[inner_end - 1] in SENTENCE_PUNCT:
        inner_end -= 1
    if inner_end > inner_start and text[inner_end - 1] in DOUBLE_QUOTES and not closes:
        closes, inner_end = True, inner_end - 1
    inner_has_marks = any(c in DOUBLE_QUOTES for c in text[inner_start:inner_end])
    if opens and closes and not inner_has_marks:
        return KIND_DIRECT
    if opens or closes or inner_has_marks:
        return KIND_MIXED
    return KIND_INDIRECT


def MarksAsDouble(text):
    """`text` with each pair of straight apostrophes read as one double mark and a space, so
    offsets stay the same (a span that opens or closes on the pair trims the space)."""
    return text.replace(APOSTROPHE_PAIR, '" ')


def GoldKind(text, spans):
    kinds = {SpanKind(text, start, end) for start, end in spans}
    return kinds.pop() if len(kinds) == 1 else KIND_MIXED


def PredictedQuotes(document):
    quotes = []
    for mention in document.get("mentions", []):
        if mention.get("kind") != "quote":
            continue
        contents = mention.get("contents") or [mention]
        quotes.append({"spans": [(c["start"], c["end"]) for c in contents],
                       "type": mention.get("type", ""),
                       "speaker": mention.get("speaker"),
                       "cue": (mention.get("cue") or {}).get("text", "")})
    return quotes


def Snippet(text, spans, limit=160):
    joined = " | ".join(text[start:end] for start, end in spans).replace("\n", " ")
    return joined if len(joined) <= limit else joined[:limit] + "…"


class Scores:
    def __init__(self, errors=None):
        self.errors = errors  # an open file for the error listing, or None
        self.overlap, self.exact, self.direct = Counts(), Counts(), Counts()
        self.direct_old = Counts()  # gold direct with double marks only ('' not one)
        self.speaker_pairs = self.speaker_strict = self.speaker_lenient = 0
        self.matched_without_source = 0
        self.recall_by_kind = collections.defaultdict(Counts)
        self.precision_by_type = collections.defaultdict(Counts)

    def AddDocument(self, text, gold, predicted, article=""):
        marked = MarksAsDouble(text)
        gold_kinds = [GoldKind(marked, unit["spans"]) for unit in gold]
        # The direct figure as scored before '' counted as a double mark, for comparison.
        old_kinds = [GoldKind(text, unit["spans"]) for unit in gold]
        pred_spans = [q["spans"] for q in predicted]
        gold_spans = [unit["spans"] for unit in gold]
        pairs = MatchPairs(pred_spans, gold_spans)
        self.overlap.Add(len(pairs), len(predicted), len(gold))
        matched_gold = {g for _, g in pairs}
        matched_pred = {p for p, _ in pairs}
        for gold_idx, kind in enumerate(gold_kinds):
            self.recall_by_kind[kind].Add(gold_idx in matched_gold, 0, 1)
        for pred_idx, quote in enumerate(predicted):
            self.precision_by_type[quote["type"]].Add(pred_idx in matched_pred, 1, 0)

        pred_keys = [TrimmedSpans(text, s) for s in pred_spans]
        gold_keys = [TrimmedSpans(text, s) for s in gold_spans]
        exact = MatchPairs(pred_spans, gold_spans,
                           lambda p, g: bool(pred_keys[p]) and pred_keys[p] == gold_keys[g])
        self.exact.Add(len(exact), len(predicted), len(gold))

        direct_pred = [q["spans"] for q in predicted if q["type"] == KIND_DIRECT]
        direct_gold = [u["spans"] for u, k in zip(gold, gold_kinds) if k == KIND_DIRECT]
        self.direct.Add(len(MatchPairs(direct_pred, direct_gold)), len(direct_pred),
                        len(direct_gold))
        old_gold = [u["spans"] for u, k in zip(gold, old_kinds) if k == KIND_DIRECT]
        self.direct_old.Add(len(MatchPairs(direct_pred, old_gold)), len(direct_pred),
                            len(old_gold))

        if self.errors is not None:
            for gold_idx, unit in enumerate(gold):
                if gold_idx not in matched_gold:
                    print(f"MISS\t{article}\t{gold_kinds[gold_idx]}\t"
                          f"source={Snippet(text, unit['sources'], 40)}\t"
                          f"cue={Snippet(text, unit.get('cues', []), 40)}\t"
                          f"{Snippet(text, unit['spans'])}", file=self.errors)
            for pred_idx, quote in enumerate(predicted):
                if pred_idx not in matched_pred:
                    speaker = quote["speaker"] or {}
                    print(f"FALSE\t{article}\t{quote['type']}\t"
                          f"speaker={speaker.get('text', '')}\tcue={quote.get('cue', '')}\t"
                          f"{Snippet(text, quote['spans'])}", file=self.errors)

        for pred_idx, gold_idx in pairs:
            sources = gold[gold_idx]["sources"]
            if not sources:
                self.matched_without_source += 1
                continue
            self.speaker_pairs += 1
            speaker = predicted[pred_idx]["speaker"]
            if not speaker:
                if self.errors is not None:
                    print(f"SPEAKER\t{article}\tgold={Snippet(text, sources, 60)}\t"
                          f"predicted=(none)\t{Snippet(text, predicted[pred_idx]['spans'], 100)}",
                          file=self.errors)
                continue
            if Overlap([(speaker["start"], speaker["end"])], sources) > 0:
                self.speaker_strict += 1
                self.speaker_lenient += 1
                continue
            names = [speaker.get("name") or "", speaker.get("text") or ""]
            if any(NamesAgree(name, text[start:end]) for name in names if name
                   for start, end in sources):
                self.speaker_lenient += 1
            elif self.errors is not None:
                print(f"SPEAKER\t{article}\tgold={Snippet(text, sources, 60)}\t"
                      f"predicted={speaker.get('text', '')} ({speaker.get('name', '')})\t"
                      f"{Snippet(text, predicted[pred_idx]['spans'], 100)}", file=self.errors)

    def Print(self, label):
        print(f"{label} content overlap: {self.overlap.Line()}")
        print(f"{label} content exact:   {self.exact.Line()}")
        print(f"{label} direct quotes:   {self.direct.Line()}")
        print(f"{label} direct quotes, '' not read as a mark (scorer before speech2): "
              f"{self.direct_old.Line()}")
        pairs = max(self.speaker_pairs, 1)
        print(f"{label} speaker right: strict {self.speaker_strict / pairs:.3f} "
              f"lenient {self.speaker_lenient / pairs:.3f} (of {self.speaker_pairs} matched "
              f"contents with a gold source; {self.matched_without_source} matched without one)")
        print(f"{label} recall by gold kind: " + ", ".join(
            f"{kind} {c.Recall():.3f} ({c.matched}/{c.gold})"
            for kind, c in sorted(self.recall_by_kind.items())))
        print(f"{label} precision by predicted type: " + ", ".join(
            f"{kind or '-'} {c.Precision():.3f} ({c.matched}/{c.predicted})"
            for kind, c in sorted(self.precision_by_type.items())))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--polnear", required=True, help="the PolNeAR data folder")
    parser.add_argument("--split", default="dev")
    parser.add_argument("--annotations", required=True, help="crosscheck annotate JSONL")
    parser.add_argument("--errors", help="write the [attribution] errors to this file")
    args = parser.parse_args()
    errors = open(args.errors, "w", encoding="utf-8") if args.errors else None

    documents = ReadAnnotations(args.annotations)

    split_dir = os.path.join(args.polnear, args.split)
    scores, span_scores = Scores(errors), Scores()
    articles = sorted(FirstAnnotators(args.polnear, args.split).items())
    missing, text_differs, no_ann = [], [], []
    for article, annotators in articles:
        ann_dir = os.path.join(split_dir, "attributions")
        ann_paths = [os.path.join(ann_dir, f"{article}_{a}.ann") for a in annotators]
        ann_paths = [p for p in ann_paths if os.path.exists(p)]
        if not ann_paths:
            no_ann.append(article)
            continue
        with open(os.path.join(split_dir, "text", article + ".txt"), encoding="utf-8",
                  newline="") as f:
            text = f.read()
        gold = ReadAnn(ann_paths[0])
        predicted = Predictions(documents, article, text, PredictedQuotes, missing, text_differs)
        scores.AddDocument(text, gold, predicted, article)
        pieces = [{"spans": [span], "sources": unit["sources"]}
                  for unit in gold for span in unit["spans"]]
        span_scores.AddDocument(text, pieces, predicted)

    label = f"polnear {args.split}:"
    print(f"{label} {len(articles) - len(no_ann)} articles, first annotator, "
          f"{scores.overlap.gold} gold contents, {scores.overlap.predicted} predicted quotes")
    if missing or text_differs or no_ann:
        print(f"{label} {len(missing)} articles absent from the annotations, {len(text_differs)} "
              f"with a different text (their gold counted as missed), {len(no_ann)} without .ann")
    scores.Print(label + " [attribution]")
    span_scores.Print(label + " [span]")
    return 0


if __name__ == "__main__":
    sys.exit(main())
