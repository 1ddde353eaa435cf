#!/usr/bin/env python3
"""Scores the speaker finder's pronoun resolution against GUM's coreference chains.

Input: the JSON lines of `pronoun_antecedents` (eval/pronoun_antecedents.cc) over the GUM
texts that gum_entities.py writes: for every "he"/"she" outside quotation marks, the name
SpeakerFinder::ResolvePronoun gives it (the method that names the speaker of "he said") and
the spans of that name's mentions before the pronoun.

Gold: GUM's Universal Anaphora layer (`Entity=` in the CoNLL-U MISC column): each mention
carries its entity (chain) id. A pronoun is scored when GUM marks it as a one-token mention
and its chain holds a *named* person mention (proper-noun head, as gum_entities.py counts
names) before it: the pronouns a name-based method can resolve at all. Resolved right: one of
the predicted name's mentions before the pronoun overlaps a mention of the pronoun's chain.
Wrong: a name of another chain. Unresolved: no name (the finder says unknown).

Figures: accuracy (right over scored), and right, wrong, unresolved counts; the "nearest
person" baseline line gives what the latest named person before the pronoun would score, as
a reference for the gender evidence and the other rules.

  usage: gum_pronouns.py --gum DIR --split dev --antecedents FILE.jsonl
"""

import argparse
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gum_entities import BracketSpans, IsNamed, ReadConlluTokens, SplitDocuments  # noqa: E402

PRONOUNS = {"he", "she"}


def ChainMentions(sentences):
    """Every mention of the document: (start, end, chain id, type, named)."""
    mentions = []
    for sentence in sentences:
        for first, last, kind, chain in BracketSpans(sentence):
            inside = sentence[first:last + 1]
            mentions.append((inside[0]["start"], inside[-1]["end"], chain, kind, IsNamed(inside)))
    return mentions


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gum", required=True, help="the gum_wikinews data folder")
    parser.add_argument("--split", default="dev")
    parser.add_argument("--antecedents", required=True, help="pronoun_antecedents JSON lines")
    args = parser.parse_args()
    predicted = {}
    with open(args.antecedents, encoding="utf-8") as f:
        for line in f:
            record = json.loads(line)
            predicted[(record["doc"], record["start"])] = record
    names = SplitDocuments(args.gum, args.split)
    scored = right = wrong = unresolved = baseline_right = 0
    for name in names:
        text, sentences = ReadConlluTokens(os.path.join(args.gum, "dep", name + ".conllu"))
        mentions = ChainMentions(sentences)
        chain_spans = {}
        for start, end, chain, kind, named in mentions:
            chain_spans.setdefault(chain, []).append((start, end))
        named_people = sorted((start, end, chain) for start, end, chain, kind, named in mentions
                              if named and kind == "person")
        for start, end, chain, kind, named in mentions:
            if text[start:end].lower() not in PRONOUNS:
                continue
            if not any(s < start and c == chain for s, _, c in named_people):
                continue
            record = predicted.get((name, start))
            if record is None:  # inside quotation marks: the finder does not resolve it
                continue
            scored += 1
            before = [p for p in named_people if p[0] < start]
            if before and before[-1][2] == chain:
                baseline_right += 1
            if not record["name"]:
                unresolved += 1
            elif any(a < e and s < b for a, b in record["antecedents"]
                     for s, e in chain_spans[chain]):
                right += 1
            else:
                wrong += 1
    label = f"gum pronouns {args.split}:"
    if scored == 0:
        print(f"{label} no pronoun to score")
        return 0
    print(f"{label} he/she outside quotes with a named person before them in their chain: "
          f"{scored}; resolved right {right / scored:.3f} ({right}), wrong {wrong}, "
          f"unresolved {unresolved}; nearest named person {baseline_right / scored:.3f} "
          f"({baseline_right})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
