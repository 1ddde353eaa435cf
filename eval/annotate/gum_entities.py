#!/usr/bin/env python3
"""Scores `crosscheck annotate --raw --jsonl` entities against GUM's named mentions.

Text: each GUM document is rebuilt from its CoNLL-U tokens (dep/<doc>.conllu): tokens joined
by a space unless SpaceAfter=No, a multi-word token written once in its surface form,
sentences of a paragraph joined by a space, paragraphs (`# newpar`) by a blank line. The
`texts` command writes these files for `annotate`; `score` rebuilds them to check that the
annotations refer to the same text.

Gold: the `Entity=` brackets of the CoNLL-U MISC column (GUM's Universal Anaphora layer).
A mention is kept when its type is person, organization or place (GUM's own names, which
are ours too) and it is *named*: its head token, the one token of the mention whose
dependency head lies outside it (the first such token when there are several), is a proper
noun (UPOS PROPN). So "NASA", "the Kennedy Space Center" and "NASA Administrator Charles
Bolden" are named; "the agency", "he" and "shuttle astronauts" are not. Nested mentions are
kept ("NASA" inside the Bolden mention is an organization of its own).

Predicted: entity mentions typed person, organization or place; `group` and `other` have no
GUM counterpart and are left out (neither right nor wrong).

Figures, per type and overall (typed: a pair matches only with the same type), one-to-one
matching (spanmatch.py): exact spans, after dropping a leading "the" and a trailing
possessive 's from both sides; and overlap (one shared character). An "any type" overlap
line (every predicted entity, group and other included, type ignored) says how much of the
gap is detection rather than typing.

--errors lists, per document, the gold mentions left unmatched (typed overlap) and the
predicted ones that matched nothing or matched with another type: for tuning on train only.

  usage: gum_entities.py texts --gum DIR --split dev,test --out TEXT_DIR
         gum_entities.py score --gum DIR --split dev --annotations FILE.jsonl [--errors]
"""

import argparse
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from spanmatch import Counts, ReadAnnotations, MatchPairs  # noqa: E402

TYPES = ("person", "organization", "place")
ENTITY_OPEN = re.compile(r"\((\d+)-([a-z]+)")
ENTITY_CLOSE = re.compile(r"(\d+)\)")


def SplitDocuments(gum_dir, split):
    """The GUM wikinews documents of one split listed in splits.md and present here."""
    names, section = [], None
    with open(os.path.join(gum_dir, "splits.md"), encoding="utf-8") as f:
        for line in f:
            heading = re.match(r"##\s+(\S+)", line)
            if heading:
                section = heading.group(1)
            item = re.match(r"\s*\*\s+(\S+)", line)
            if item and section == split and os.path.exists(
                    os.path.join(gum_dir, "dep", item.group(1) + ".conllu")):
                names.append(item.group(1))
    return names


def ReadConllu(path):
    """(text, gold mentions [(start, end, type)]) of one CoNLL-U document."""
    text, sentences = ReadConlluTokens(path)
    mentions = []
    for sentence in sentences:
        mentions.extend(SentenceMentions(sentence))
    return text, mentions


def ReadConlluTokens(path):
    """(text, sentences): the rebuilt text and, per sentence, its tokens as dicts (id, start,
    end, upos, head, misc) with offsets into the text."""
    pieces, offset = [], 0
    tokens = []  # per sentence: list of dicts id, start, end, upos, head, misc
    sentences, sentence = [], []
    paragraph_break = False
    mwt_end, mwt_form, mwt_start, mwt_cursor = 0, "", 0, 0

    def Emit(piece):
        nonlocal offset
        pieces.append(piece)
        offset += len(piece)

    with open(path, encoding="utf-8") as f:
        lines = [line.rstrip("\n") for line in f]
    for line in lines + [""]:
        if line.startswith("# newpar"):
            paragraph_break = True
            continue
        if line.startswith("#"):
            continue
        if not line:
            if sentence:
                sentences.append(sentence)
                sentence = []
            mwt_end = 0  # token ids restart with each sentence
            continue
        fields = line.split("\t")
        if not sentence and pieces:  # first token of a sentence
            if paragraph_break:
                while pieces and pieces[-1] == " ":
                    pieces.pop()
                    offset -= 1
                Emit("\n\n")
            elif pieces[-1] != " ":
                Emit(" ")
        if not sentence:
            paragraph_break = False
        if "-" in fields[0]:  # multi-word token: the surface form, once
            first, last = (int(x) for x in fields[0].split("-"))
            mwt_end, mwt_form, mwt_start, mwt_cursor = last, fields[1], offset, 0
            Emit(fields[1])
            if "SpaceAfter=No" not in fields[9]:
                Emit(" ")
            continue
        if "." in fields[0]:  # empty node
            continue
        token_id = int(fields[0])
        if token_id <= mwt_end:  # a part of the multi-word token: find it inside the form
            found = mwt_form.find(fields[1], mwt_cursor)
            if found < 0:
                start, end = mwt_start, mwt_start + len(mwt_form)
            else:
                start, end = mwt_start + found, mwt_start + found + len(fields[1])
                mwt_cursor = found + len(fields[1])
        else:
            start, end = offset, offset + len(fields[1])
            Emit(fields[1])
            if "SpaceAfter=No" not in fields[9]:
                Emit(" ")
        head = int(fields[6]) if fields[6].isdigit() else 0
        sentence.append({"id": token_id, "start": start, "end": end, "upos": fields[3],
                         "head": head, "misc": fields[9]})
    text = "".join(pieces).rstrip(" ")
    return text, sentences


def BracketSpans(sentence):
    """Every mention of one sentence's tokens: (first token index, last token index, type,
    entity id), from the `Entity=` brackets (the id names the coreference chain)."""
    open_mentions = {}  # entity id -> stack of (first token index, type)
    spans = []
    for index, token in enumerate(sentence):
        entity = next((part[len("Entity="):] for part in token["misc"].split("|")
                       if part.startswith("Entity=")), "")
        position = 0
        while position < len(entity):
            opened = ENTITY_OPEN.match(entity, position)
            if opened:
                open_mentions.setdefault(opened.group(1), []).append((index, opened.group(2)))
                position = opened.end()
                # The rest of the bracket's fields, up to its own ")" or the next "(".
                while position < len(entity) and entity[position] not in "()":
                    position += 1
                if position < len(entity) and entity[position] == ")":
                    first, kind = open_mentions[opened.group(1)].pop()
                    spans.append((first, index, kind, opened.group(1)))
                    position += 1
                continue
            closed = ENTITY_CLOSE.match(entity, position)
            if closed:
                stack = open_mentions.get(closed.group(1))
                if stack:
                    first, kind = stack.pop()
                    spans.append((first, index, kind, closed.group(1)))
                position = closed.end()
                continue
            position += 1
    return spans


def IsNamed(inside):
    """Whether a mention's tokens are named: its head (the first token whose dependency head
    lies outside it) is a proper noun."""
    ids = {token["id"] for token in inside}
    heads = [token for token in inside if token["head"] not in ids]
    return bool(heads) and heads[0]["upos"] == "PROPN"


def SentenceMentions(sentence):
    """Named person/organization/place mentions of one sentence's tokens."""
    spans = [(first, last, kind) for first, last, kind, _ in BracketSpans(sentence)]
    mentions = []
    for first, last, kind in spans:
        if kind not in TYPES:
            continue
        inside = sentence[first:last + 1]
        if IsNamed(inside):
            mentions.append((inside[0]["start"], inside[-1]["end"], kind))
    return sorted(set(mentions))


def ExactKey(text, start, end):
    """The span without a leading article "the" and a trailing possessive 's."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if re.match(r"the\s", text[start:end], re.IGNORECASE):
        start += 4
    if re.search(r"\s?['\u2019]s?$", text[start:end]):
        end -= len(re.search(r"\s?['\u2019]s?$", text[start:end]).group(0))
    return (start, end)


def Score(text, gold, predicted, any_type, typed_counts, exact_counts, untyped):
    """Adds one document: gold and predicted are lists of (start, end, type); any_type: the
    predicted entities of every type (for the untyped detection figure)."""
    for kind in TYPES + ("overall",):
        gold_k = [g for g in gold if kind in (g[2], "overall")]
        pred_k = [p for p in predicted if kind in (p[2], "overall")]
        pred_spans = [[p[:2]] for p in pred_k]
        gold_spans = [[g[:2]] for g in gold_k]
        same_type = lambda p, g: pred_k[p][2] == gold_k[g][2]
        overlap = MatchPairs(pred_spans, gold_spans, same_type)
        typed_counts[kind].Add(len(overlap), len(pred_k), len(gold_k))
        pred_keys = [ExactKey(text, p[0], p[1]) for p in pred_k]
        gold_keys = [ExactKey(text, g[0], g[1]) for g in gold_k]
        exact = MatchPairs(pred_spans, gold_spans,
                           lambda p, g: same_type(p, g) and pred_keys[p] == gold_keys[g])
        exact_counts[kind].Add(len(exact), len(pred_k), len(gold_k))
    any_spans = [[p[:2]] for p in any_type]
    untyped.Add(len(MatchPairs(any_spans, [[g[:2]] for g in gold])), len(any_type), len(gold))


def PrintErrors(name, text, gold, any_type):
    """Missed gold (with the type predicted on it, if any) and predictions matching no gold
    of their type: one line each, "doc  kind  gold/predicted type  text". Pairs are matched
    as the typed overlap figure matches them (same type first); what stays unmatched is then
    paired regardless of type, so a TYPE line is a mention the typed figure counts wrong."""
    pred_spans = [[p[:2]] for p in any_type]
    gold_spans = [[g[:2]] for g in gold]
    typed = MatchPairs(pred_spans, gold_spans, lambda p, g: any_type[p][2] == gold[g][2])
    gold_to_pred = {g: p for p, g in typed}
    matched_pred = {p for p, _ in typed}
    rest_pred = [p for p in range(len(any_type)) if p not in matched_pred]
    rest_gold = [g for g in range(len(gold)) if g not in gold_to_pred]
    retyped = {}
    for p, g in MatchPairs([pred_spans[p] for p in rest_pred], [gold_spans[g] for g in rest_gold]):
        retyped[rest_gold[g]] = rest_pred[p]
        matched_pred.add(rest_pred[p])
    for g, (start, end, kind) in enumerate(gold):
        p = gold_to_pred.get(g)
        if p is None and g in retyped:
            p_start, p_end, p_kind = any_type[retyped[g]]
            print(f"  {name}  TYPE   {kind:12s} {p_kind:12s} {text[p_start:p_end]!r}"
                  f" (gold {text[start:end]!r})")
        elif p is None:
            print(f"  {name}  MISS   {kind:12s} -            {text[start:end]!r}")
        elif (any_type[p][0], any_type[p][1]) != (start, end):
            p_start, p_end, _ = any_type[p]
            print(f"  {name}  SPAN   {kind:12s} {kind:12s} {text[p_start:p_end]!r}"
                  f" (gold {text[start:end]!r})")
    for p, (start, end, kind) in enumerate(any_type):
        if p not in matched_pred and kind in TYPES:
            print(f"  {name}  FALSE  -            {kind:12s} {text[start:end]!r}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("texts", "score"))
    parser.add_argument("--gum", required=True, help="the gum_wikinews data folder")
    parser.add_argument("--split", default="dev", help="dev, test or both: dev,test")
    parser.add_argument("--out", help="texts: folder to write <doc>.txt into")
    parser.add_argument("--annotations", help="score: crosscheck annotate JSONL")
    parser.add_argument("--errors", action="store_true",
                        help="score: list missed and wrong mentions per document")
    args = parser.parse_args()
    names = [n for split in args.split.split(",") for n in SplitDocuments(args.gum, split)]
    if not names:
        print(f"gum: no documents for split {args.split}", file=sys.stderr)
        return 1

    if args.command == "texts":
        os.makedirs(args.out, exist_ok=True)
        for name in names:
            text, _ = ReadConllu(os.path.join(args.gum, "dep", name + ".conllu"))
            with open(os.path.join(args.out, name + ".txt"), "w", encoding="utf-8") as f:
                f.write(text)
        return 0

    documents = ReadAnnotations(args.annotations)
    typed = {kind: Counts() for kind in TYPES + ("overall",)}
    exact = {kind: Counts() for kind in TYPES + ("overall",)}
    untyped = Counts()
    problems = []
    for name in names:
        text, gold = ReadConllu(os.path.join(args.gum, "dep", name + ".conllu"))
        document = documents.get(name)
        predicted, any_type = [], []
        if document is None or document["text"] != text:
            problems.append(name)
        else:
            any_type = sorted({(m["start"], m["end"], m.get("type", ""))
                               for m in document["mentions"] if m.get("kind") == "entity"})
            predicted = [p for p in any_type if p[2] in TYPES]
        Score(text, gold, predicted, any_type, typed, exact, untyped)
        if args.errors:
            PrintErrors(name, text, gold, any_type)
    label = f"gum {args.split}:"
    print(f"{label} {len(names)} documents, {typed['overall'].gold} named gold mentions "
          f"(person/organization/place, proper-noun head), {typed['overall'].predicted} predicted")
    if problems:
        print(f"{label} {len(problems)} documents absent or with a different text "
              f"(gold counted as missed): {' '.join(problems)}")
    for kind in TYPES + ("overall",):
        print(f"{label} {kind:12s} exact   {exact[kind].Line()}")
        print(f"{label} {kind:12s} overlap {typed[kind].Line()}")
    print(f"{label} any type     overlap {untyped.Line()} (every predicted entity, "
          "group and other included, against the same gold: detection without typing)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
