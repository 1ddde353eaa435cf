#!/usr/bin/env python3
"""Scores `crosscheck annotate --raw --jsonl` quantity mentions against NewsQuant.

NewsQuant (Almasian et al., CQE, EMNLP 2023): news sentences, each with its gold quantities
{value, unit, normalized_unit, change, referred_concepts} and no offsets. Two steps:
  records  one JSONL record per sentence ({"id": "<set>-0000", "text": ...}, no date);
  score    the figures below over `crosscheck annotate` output for those records.
Also scores Recognizers-Text's currency and dimension sets (same format, value and
normalized_unit only: no change, no concept).

Held-out honesty: NewsQuant is one test set, so `--halves` splits it by sentence index, even
= tuning half (rules may be chosen by reading its errors), odd = held-out half (never read,
only scored: the figure for unseen data); both halves and the whole are printed. `--errors`
lists the tuning half's errors only.

Predicted: every mention of kind "quantity" (time mentions are not counted: the annotator
keeps durations, years and dates out of quantities, by design). Pairs are one-to-one within a
sentence (maximum matching, spanmatch.MaximumMatching), so a value found once counts once:
  value            values equal as CQE's scorer compares them (relative 1e-5, absolute 1e-8);
                   a range matches a range with both ends equal (gold "10-20", predicted
                   value 10, end_value 20; an interval: gold "20-10", a fall, is the same
                   range), never a single number;
  value+unit       and the unit equal to the gold normalized_unit: the annotator's unit
                   named as NewsQuant names it (USD -> dollar, % -> percentage, km ->
                   kilometre); with no unit, the last word of the counted phrase, singular
                   ("30 yards" -> yard; NewsQuant takes counted nouns as units); else "-";
  value+change     and the change equal, NewsQuant's words: "=" exact, "~" about, ">" more
                   than / at least, "<" less than / up to / at most, "up" / "down" a rise or
                   fall ("rose 5%", "down 2 points"); a range without a cue is "=";
  value+concept    partial, as CQE counts it: the gold referred_concepts and the counted
                   phrase, split at commas and spaces and case-folded, share a word; a gold
                   "-" (nothing referred to) matches a quantity with no counted phrase.
P = matched / predicted, R = matched / gold, F1 their harmonic mean. CQE's own scorer is not
one-to-one (a prediction can count for several gold values of one sentence); this one is.

  usage: newsquant_figures.py records --json FILE.json --out FILE.jsonl
         newsquant_figures.py score --json FILE.json --annotations FILE.jsonl [--halves]
                                    [--errors]
"""

import argparse
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from spanmatch import Counts, ReadAnnotations, MaximumMatching  # noqa: E402

# crosscheck's unit codes (data/lexicons/units.txt) in NewsQuant's normalized_unit names.
UNIT_NAMES = {
    "%": "percentage", "pp": "percentage point", "bp": "basis point", "pt": "point",
    "USD": "dollar", "EUR": "euro", "GBP": "pound sterling", "JPY": "japanese yen",
    "CNY": "chinese yuan", "INR": "indian rupee", "KRW": "south korean won",
    "RUB": "russian ruble", "UAH": "ukrainian hryvnia", "AUD": "australian dollar",
    "CAD": "canadian dollar", "HKD": "hong kong dollar", "NZD": "new zealand dollar",
    "SGD": "singapore dollar", "BRL": "brazilian real", "MYR": "malaysian ringgit",
    "ILS": "shekel", "CHF": "swiss franc", "ZAR": "south african rand", "TRY": "turkish lira",
    "MXN": "mexican peso", "NGN": "nigerian naira", "BTC": "bitcoin", "crown": "danish krone",
    "DKK": "danish krone", "SEK": "swedish krona", "NOK": "norwegian krone",
    "CZK": "czech koruna",
    "cent": "cent", "sen": "sen", "GBp": "penny",
    "km": "kilometre", "m": "metre", "mi": "mile", "ft": "foot", "in": "inch", "yd": "yard",
    "cm": "centimetre", "mm": "millimetre", "µm": "micrometre", "nm": "nanometre",
    "km2": "square kilometre", "m2": "square metre", "sq mi": "square mile",
    "sq ft": "square foot", "cu ft": "cubic foot", "acre": "acre", "ha": "hectare",
    "kg": "kilogram", "g": "gram", "mg": "milligram", "lb": "pound-mass", "oz": "ounce",
    "t": "ton", "Gt": "gigaton", "l": "litre", "ml": "millilitre", "gal": "gallon",
    "bbl": "barrel", "mmBTU": "mega british thermal unit", "MMBtu": "mega british thermal unit",
    "mph": "mile per hour", "km/h": "kilometre per hour",
    "mpg": "mile per gallon", "hp": "horsepower", "bhp": "brake horsepower", "PS": "horsepower",
    "kW": "kilowatt", "MW": "megawatt", "GW": "gigawatt", "W": "watt", "kWh": "kilowatt hour",
    "GWh": "gigawatt hour", "mAh": "milliampere-hour", "V": "volt",
    "A/cm2": "ampere per square centimetre", "N·m": "newton metre", "lb-ft": "pound-foot",
    "rpm": "revolutions per minute", "Hz": "hertz", "kHz": "kilohertz", "MHz": "megahertz",
    "GHz": "gigahertz", "GB": "gigabyte", "TB": "terabyte", "MB": "megabyte",
    "kbps": "kilobit per second", "Mbps": "megabit per second", "Gbps": "gigabit per second", "MP": "megapixel",
    "dB": "decibel", "ppb": "parts-per-billion", "ppm": "part per million",
    "GPa": "gigapascal", "°C": "celsius", "°F": "fahrenheit", "°": "degree",
    "year": "year", "month": "month", "week": "week", "day": "day", "hour": "hour",
    "min": "minute", "s": "second", "decade": "decade", "age": "year of age",
    "month of age": "month of age",
}
# Other names a gold file may give a unit: NewsQuant's normalizer names the "p" of a price
# in pence ("118.5p", "down 68 p") "point"; Recognizers-Text names pence "penny".
UNIT_ALIASES = {"penny": {"point"}}
NO_UNIT = NO_CONCEPT = "-"
# crosscheck's approximation (and change) in NewsQuant's change words.
CHANGE_NAMES = {"exact": "=", "range": "=", "about": "~", "more_than": ">", "at_least": ">",
                "at_most": "<", "up_to": "<"}
RELATIVE_TOLERANCE, ABSOLUTE_TOLERANCE = 1e-5, 1e-8  # numpy.isclose's, as CQE uses them
RANGE = re.compile(r"\s*([0-9.]+)\s*-\s*(-?[0-9.]+)\s*")


def GoldValue(text):
    """A gold value string as a float, or a (low, high) tuple for "10-20" ranges."""
    text = str(text)
    match = RANGE.fullmatch(text)
    if match and "E" not in text:
        return (float(match.group(1)), float(match.group(2)))
    return float(text)


def PredictedValue(mention):
    value = mention.get("value")
    end_value = mention.get("end_value")
    if value is None:
        return None
    if end_value is not None:
        return (float(value), float(end_value))
    return float(value)


def ValuesEqual(gold, predicted):
    if predicted is None or isinstance(gold, tuple) != isinstance(predicted, tuple):
        return False
    # A range is an interval: NewsQuant writes a fall "from 208 to 193" as "208-193", the
    # annotator as 193 to 208; the ends are compared in order of size.
    pairs = zip(sorted(gold), sorted(predicted)) if isinstance(gold, tuple) else [(gold, predicted)]
    return all(abs(p - g) <= ABSOLUTE_TOLERANCE + RELATIVE_TOLERANCE * abs(g) for g, p in pairs)


def Singular(word):
    """English plural to singular, for the common shapes (troops, inches, casualties,
    fishermen; not specimen, abdomen, acumen)."""
    if len(word) >= 5 and word.endswith("men") and word[-4] not in "ioua":
        return word[:-3] + "man"
    if len(word) > 3 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("ches", "shes", "xes", "sses")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def UnitName(unit):
    """A crosscheck unit in NewsQuant's words: "USD per barrel" -> "dollar per barrel"."""
    return " per ".join(UNIT_NAMES.get(part, Singular(part.lower())) for part in unit.split(" per "))


def PredictedUnit(mention):
    """The unit named as NewsQuant names it; for a plain count, the counted noun phrase with
    its last word singular ("first-team players" -> "first-team player"): NewsQuant takes
    counted nouns as units."""
    unit = mention.get("unit")
    if unit:
        return UnitName(unit)
    words = [w for w in re.split(r"\s+", (mention.get("counts") or "").lower()) if w]
    return " ".join(words[:-1] + [Singular(words[-1])]) if words else NO_UNIT


def UnitsEqual(predicted, gold):
    return predicted == gold or gold in UNIT_ALIASES.get(predicted, ())


def ConceptWords(text):
    words = [w for w in re.split(r"[,\s]+", (text or "").casefold()) if w]
    return words or [NO_CONCEPT]


def PredictedConcepts(mention):
    """What the figure is of: `measured` (the noun phrase before it), and the counted phrase
    when a unit says what is counted is not the unit ("60% of its revenue" -> revenue). For a
    plain count the counted noun is NewsQuant's unit ("13000 workers"), not its concept."""
    words = ConceptWords(mention.get("measured"))
    if mention.get("unit") and mention.get("counts"):
        words = [w for w in words if w != NO_CONCEPT] + ConceptWords(mention.get("counts"))
    return set(words)


def PredictedChange(mention):
    if mention.get("change") in ("up", "down"):
        return mention["change"]
    return CHANGE_NAMES.get(mention.get("approximation") or "exact", "=")


def Quantities(document):
    return [{"value": PredictedValue(m), "unit": PredictedUnit(m), "change": PredictedChange(m),
             "concepts": PredictedConcepts(m), "text": m["text"]}
            for m in document.get("mentions", []) if m.get("kind") == "quantity"]


def GoldQuantities(sentence):
    return [{"value": GoldValue(q["value"]), "unit": (q.get("normalized_unit") or NO_UNIT).lower(),
             "change": (q.get("change") or "=").strip(),
             "concepts": set(ConceptWords(q.get("referred_concepts"))), "raw": q["value"]}
            for q in sentence["quantities"]]


def Pairs(predicted, gold, extra=None):
    """One-to-one pairs with equal values (and `extra(pred, gold)` when given)."""
    candidates = [[g_idx for g_idx, g in enumerate(gold)
                   if ValuesEqual(g["value"], p["value"]) and (extra is None or extra(p, g))]
                  for p in predicted]
    return MaximumMatching(candidates, len(gold))


class Scores:
    def __init__(self):
        self.sentences = 0
        self.value, self.unit, self.change, self.concept = Counts(), Counts(), Counts(), Counts()

    def AddSentence(self, gold, predicted):
        self.sentences += 1
        pairs = Pairs(predicted, gold)
        self.value.Add(len(pairs), len(predicted), len(gold))
        for counts, extra in ((self.unit, lambda p, g: UnitsEqual(p["unit"], g["unit"])),
                              (self.change, lambda p, g: p["change"] == g["change"]),
                              (self.concept, lambda p, g: bool(p["concepts"] & g["concepts"]))):
            counts.Add(len(Pairs(predicted, gold, extra)), len(predicted), len(gold))
        return pairs

    def Print(self, label, with_change_and_concept=True):
        print(f"{label} {self.sentences} sentences, {self.value.gold} gold quantities, "
              f"{self.value.predicted} predicted")
        print(f"{label} value:                   {self.value.Line()}")
        print(f"{label} value+unit:              {self.unit.Line()}")
        if with_change_and_concept:
            print(f"{label} value+change:            {self.change.Line()}")
            print(f"{label} value+concept (partial): {self.concept.Line()}")


TUNING, HELD_OUT = "tuning", "held-out"


def Half(sentence_idx):
    """The half a sentence belongs to: even indexes tune, odd indexes are held out."""
    return TUNING if sentence_idx % 2 == 0 else HELD_OUT


def Records(args):
    with open(args.json, encoding="utf-8") as f:
        sentences = json.load(f)
    name = os.path.splitext(os.path.basename(args.json))[0]
    with open(args.out, "w", encoding="utf-8") as out:
        for idx, sentence in enumerate(sentences):
            out.write(json.dumps({"id": f"{name}-{idx:04d}", "text": sentence["text"]},
                                 ensure_ascii=False) + "\n")
    return 0


def Score(args):
    with open(args.json, encoding="utf-8") as f:
        sentences = json.load(f)
    name = os.path.splitext(os.path.basename(args.json))[0]
    documents = ReadAnnotations(args.annotations)
    whole, halves = Scores(), {TUNING: Scores(), HELD_OUT: Scores()}
    missing = 0
    for idx, sentence in enumerate(sentences):
        document = documents.get(f"{name}-{idx:04d}")
        predicted = []
        if document is None or document["text"] != sentence["text"]:
            missing += 1
        else:
            predicted = Quantities(document)
        gold = GoldQuantities(sentence)
        pairs = whole.AddSentence(gold, predicted)
        halves[Half(idx)].AddSentence(gold, predicted)
        # The held-out half's errors are never printed: reading them would make it tuning data.
        if args.errors and (not args.halves or Half(idx) == TUNING):
            PrintErrors(sentence["text"], gold, predicted, pairs)
    label = f"newsquant {name}"
    if missing:
        print(f"{label}: {missing} sentences absent from the annotations or with another text "
              "(their gold counted as missed)")
    with_change = any("change" in q for s in sentences for q in s["quantities"])
    if args.halves:
        halves[TUNING].Print(f"{label} tuning half (even sentences, in-sample):", with_change)
        halves[HELD_OUT].Print(f"{label} held-out half (odd sentences, unseen):", with_change)
    whole.Print(f"{label} whole:", with_change)
    return 0


def PrintErrors(text, gold, predicted, pairs):
    matched_pred = {p for p, _ in pairs}
    matched_gold = {g for _, g in pairs}
    wrong = [f"missed {g['raw']} {g['unit']} {g['change']}" for g_idx, g in enumerate(gold)
             if g_idx not in matched_gold]
    wrong += [f"spurious {p['text']!r} ({p['value']} {p['unit']} {p['change']})"
              for p_idx, p in enumerate(predicted) if p_idx not in matched_pred]
    for p_idx, g_idx in pairs:
        p, g = predicted[p_idx], gold[g_idx]
        if not UnitsEqual(p["unit"], g["unit"]):
            wrong.append(f"unit of {g['raw']}: {p['unit']!r} for {g['unit']!r}")
        if p["change"] != g["change"]:
            wrong.append(f"change of {g['raw']}: {p['change']!r} for {g['change']!r}")
        if not p["concepts"] & g["concepts"]:
            wrong.append(f"concept of {g['raw']}: {sorted(p['concepts'])} for {sorted(g['concepts'])}")
    if wrong:
        print(f"  {text[:160]!r}: " + "; ".join(wrong))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    records = commands.add_parser("records", help="NewsQuant JSON -> annotate input JSONL")
    records.add_argument("--json", required=True)
    records.add_argument("--out", required=True)
    score = commands.add_parser("score", help="score annotate output")
    score.add_argument("--json", required=True, help="a NewsQuant-format gold file")
    score.add_argument("--annotations", required=True, help="crosscheck annotate JSONL")
    score.add_argument("--halves", action="store_true",
                       help="also score the tuning (even) and held-out (odd) halves")
    score.add_argument("--errors", action="store_true",
                       help="list misses and spurious values (tuning half only with --halves)")
    args = parser.parse_args()
    return Records(args) if args.command == "records" else Score(args)


if __name__ == "__main__":
    sys.exit(main())
