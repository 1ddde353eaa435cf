"""One-to-one matching of predicted and gold mentions, and the P/R/F1 built on it.

Shared by the annotate evaluations (polnear_quotes.py, gum_entities.py, tempeval_times.py,
newsquant_figures.py). A mention is a list of half-open code-point spans [(start, end), ...]
into one document's text (a quote's content can be split by its cue; a gold PolNeAR content
can be discontinuous); MaximumMatching also pairs mentions that have no span (by value). Two mentions
"overlap" when any span of one shares at least one character with any span of the other.

Matching is one-to-one and maximises the number of matched pairs (Kuhn's augmenting paths);
among a prediction's candidates the one sharing the most characters is tried first, so on
ties the closer pair wins. Per document the sets are small (at most a few hundred), so the
O(V * E) cost is negligible. Standard library only; nothing here reads files.
"""

import json
import re
import unicodedata
from dataclasses import dataclass

# Quotation marks, straight and typographic (double only: a single ' or ’ is usually an
# apostrophe in news text, so it never decides whether a content is quoted).
DOUBLE_QUOTES = '"\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033'
# What exact-span comparison trims from both ends of a content span.
TRIM_CHARS = DOUBLE_QUOTES + "'\u2018\u2019\u201a\u201b" + ".,;:!?\u2026-\u2013\u2014()[]"


def ReadAnnotations(path):
    """`crosscheck annotate --jsonl` output as {document id: annotation record}."""
    documents = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                document = json.loads(line)
                documents[document["id"]] = document
    return documents


def Predictions(documents, doc_id, text, extract, missing, text_differs):
    """extract(record) for the annotation record of `doc_id` when it holds `text`; otherwise
    [] with the id added to `missing` (no record) or `text_differs` (the text changed)."""
    document = documents.get(doc_id)
    if document is None:
        missing.append(doc_id)
        return []
    if document["text"] != text:
        text_differs.append(doc_id)
        return []
    return extract(document)


def Overlap(spans_a, spans_b):
    """Characters shared by two span lists (0 when they do not overlap)."""
    shared = 0
    for a_start, a_end in spans_a:
        for b_start, b_end in spans_b:
            shared += max(0, min(a_end, b_end) - max(a_start, b_start))
    return shared


def TrimSpan(text, start, end, chars=TRIM_CHARS):
    """(start, end) narrowed past whitespace and `chars` on both sides; may become empty."""
    while start < end and (text[start].isspace() or text[start] in chars):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in chars):
        end -= 1
    return start, end


def TrimmedSpans(text, spans):
    """The non-empty trimmed spans of a mention, as a frozenset (its exact-match key)."""
    trimmed = (TrimSpan(text, start, end) for start, end in spans)
    return frozenset(span for span in trimmed if span[0] < span[1])


def MatchPairs(predicted, gold, predicate=None):
    """Maximum one-to-one matching: a list of (predicted_idx, gold_idx).

    predicted, gold: lists of span lists. predicate(pred_idx, gold_idx) -> bool decides
    whether a pair may match (an extra condition: same type, equal trimmed spans); the
    spans must overlap in any case, and the larger overlap is tried first.
    """
    candidates = []
    for pred_idx, pred_spans in enumerate(predicted):
        scored = [(Overlap(pred_spans, gold_spans), gold_idx)
                  for gold_idx, gold_spans in enumerate(gold)
                  if Overlap(pred_spans, gold_spans) > 0
                  and (predicate is None or predicate(pred_idx, gold_idx))]
        scored.sort(key=lambda item: (-item[0], item[1]))
        candidates.append([gold_idx for _, gold_idx in scored])
    return MaximumMatching(candidates, len(gold))


def MaximumMatching(candidates, gold_count):
    """Maximum one-to-one matching: a sorted list of (predicted_idx, gold_idx).

    candidates[pred_idx]: the gold indices that prediction may match, preferred first.
    Used directly when pairs are decided by something other than spans (a value).
    """
    gold_owner = [None] * gold_count

    def Augment(pred_idx, visited):
        for gold_idx in candidates[pred_idx]:
            if gold_idx in visited:
                continue
            visited.add(gold_idx)
            if gold_owner[gold_idx] is None or Augment(gold_owner[gold_idx], visited):
                gold_owner[gold_idx] = pred_idx
                return True
        return False

    for pred_idx in range(len(candidates)):
        Augment(pred_idx, set())
    return sorted((pred_idx, gold_idx) for gold_idx, pred_idx in enumerate(gold_owner)
                  if pred_idx is not None)


@dataclass
class Counts:
    """Matched / predicted / gold totals, summed over documents."""
    matched: int = 0
    predicted: int = 0
    gold: int = 0

    def Add(self, matched, predicted, gold):
        self.matched += matched
        self.predicted += predicted
        self.gold += gold

    def Precision(self):
        return self.matched / self.predicted if self.predicted else 0.0

    def Recall(self):
        return self.matched / self.gold if self.gold else 0.0

    def F1(self):
        p, r = self.Precision(), self.Recall()
        return 2 * p * r / (p + r) if p + r else 0.0

    def Line(self):
        return (f"P {self.Precision():.3f} R {self.Recall():.3f} F1 {self.F1():.3f} "
                f"(matched {self.matched}, predicted {self.predicted}, gold {self.gold})")


def NormalizeName(name):
    """Case-folded, NFKC, single-spaced, typographic apostrophes made straight."""
    name = unicodedata.normalize("NFKC", name).replace("\u2019", "'").casefold()
    return re.sub(r"\s+", " ", name).strip()


def NamesAgree(predicted_name, gold_text):
    """Lenient speaker check: one normalised string equals or contains the other."""
    predicted_name, gold_text = NormalizeName(predicted_name), NormalizeName(gold_text)
    if not predicted_name or not gold_text:
        return False
    return predicted_name in gold_text or gold_text in predicted_name
