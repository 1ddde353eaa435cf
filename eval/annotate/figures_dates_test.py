"""The times (TempEval-3) and figures (NewsQuant) scorers on tiny hand-made inputs.

Run by ctest (figures_dates_scorer_test, label unit): python3 -m unittest in this folder.
No dataset needed.
"""

import os
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import newsquant_figures  # noqa: E402
import tempeval_times  # noqa: E402

TIMEML = (
    '<?xml version="1.0" ?>\n<TimeML>\n<DOCID>X1</DOCID>\n'
    '<DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07" temporalFunction="false" '
    'functionInDocument="CREATION_TIME">19980807</TIMEX3></DCT>\n'
    '<TITLE>Not scored <TIMEX3 tid="t9" type="DATE" value="1998">1998</TIMEX3></TITLE>\n'
    '<TEXT>\nAT&amp;T <EVENT eid="e1" class="OCCURRENCE">fell</EVENT> '
    '<TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3>, for '
    '<TIMEX3 tid="t2" type="DURATION" value="P2W">two <EVENT eid="e2">weeks</EVENT></TIMEX3>'
    '<TIMEX3 tid="t3" type="DATE" value="1998-08-07"/> in a row.\n</TEXT>\n'
    '<TLINK lid="l1" relType="BEFORE" eventInstanceID="ei1" relatedToTime="t1"/>\n</TimeML>\n')


class TempevalParseTest(unittest.TestCase):
    def test_text_dct_and_offsets(self):
        text, dct, timexes = tempeval_times.ParseTimeml(TIMEML)
        self.assertEqual(text, "\nAT&T fell Friday, for two weeks in a row.\n")
        self.assertEqual(dct, "1998-08-07")
        # The DCT, the title's timex and the empty TIMEX3 are not gold mentions.
        self.assertEqual([(text[t["start"]:t["end"]], t["type"], t["value"]) for t in timexes],
                         [("Friday", "DATE", "1998-08-07"), ("two weeks", "DURATION", "P2W")])


class TempevalScoreTest(unittest.TestCase):
    TEXT = "AT&T fell Friday, for two weeks in a row today."

    def Mention(self, phrase, kind, value, occurrence=0):
        start = -1
        for _ in range(occurrence + 1):
            start = self.TEXT.index(phrase, start + 1)
        return {"start": start, "end": start + len(phrase), "type": kind, "value": value,
                "text": phrase}

    def test_counts_as_the_official_scorer(self):
        gold = [self.Mention("Friday", "DATE", "1998-08-07"),
                self.Mention("two weeks", "DURATION", "P2W")]
        predicted = [
            self.Mention("Friday,", "DATE", "1998-08-07"),  # strict after trimming ","
            self.Mention("two", "DURATION", "P1W"),          # relaxed, wrong value
            self.Mention("weeks", "DATE", "P2W"),            # relaxed too, right value
            self.Mention("today", "DATE", "1998-08-07"),     # spurious
        ]
        scores = tempeval_times.Scores()
        scores.AddDocument(self.TEXT, gold, predicted)
        # Each side counted on its own: both pieces of "two weeks" are right predictions.
        self.assertEqual((scores.relaxed.matched_pred, scores.relaxed.predicted), (3, 4))
        self.assertEqual((scores.relaxed.matched_gold, scores.relaxed.gold), (2, 2))
        self.assertEqual((scores.strict.matched_pred, scores.strict.matched_gold), (1, 1))
        # Value: a gold timex is right when any overlapping prediction has its value.
        self.assertEqual(scores.value.matched_gold, 2)
        self.assertAlmostEqual(scores.value.Precision(), 2 / 4)
        self.assertAlmostEqual(scores.value.Recall(), 1.0)
        # Type: "two" (DURATION) makes "two weeks" right even though "weeks" says DATE.
        self.assertEqual(scores.type.matched_gold, 2)
        # One-to-one pairs count "two weeks" once.
        self.assertEqual(scores.one_to_one.matched, 2)

    def test_value_compares_strings(self):
        gold = [self.Mention("Friday", "DATE", "2000-W7")]
        scores = tempeval_times.Scores()
        mention = dict(self.Mention("Friday", "date", "2000-W07"), kind="time")
        predicted = tempeval_times.PredictedTimes({"mentions": [mention]})
        self.assertEqual(predicted[0]["type"], "DATE")  # annotate writes types in lower case
        scores.AddDocument(self.TEXT, gold, predicted)
        self.assertEqual((scores.value.matched_gold, scores.type.matched_gold), (0, 1))


class NewsquantTest(unittest.TestCase):
    def test_values(self):
        self.assertEqual(newsquant_figures.GoldValue("10-20"), (10.0, 20.0))
        self.assertEqual(newsquant_figures.GoldValue("3.0 - 4.0"), (3.0, 4.0))
        self.assertEqual(newsquant_figures.GoldValue("-1.3"), -1.3)
        self.assertEqual(newsquant_figures.GoldValue("1.5E9"), 1.5e9)
        equal = newsquant_figures.ValuesEqual
        self.assertTrue(equal(0.3333333, 1 / 3))
        self.assertFalse(equal(1000.0, 1001.0))
        self.assertFalse(equal((10.0, 20.0), 10.0))
        self.assertTrue(equal((10.0, 20.0), (10.0, 20.0)))
        self.assertEqual(newsquant_figures.PredictedValue({"value": 5, "end_value": 7}), (5.0, 7.0))

    def test_units(self):
        unit = newsquant_figures.PredictedUnit
        self.assertEqual(unit({"unit": "USD", "counts": "tickets"}), "dollar")
        self.assertEqual(unit({"unit": None, "counts": "North Korean troops"}), "north korean troop")
        self.assertEqual(unit({"unit": "USD per barrel", "counts": None}), "dollar per barrel")
        self.assertEqual(unit({"unit": None, "counts": "inches"}), "inch")
        self.assertEqual(unit({"unit": None, "counts": None}), "-")

    def test_score_one_to_one(self):
        sentence = {"text": "...", "quantities": [
            {"value": "6.0", "normalized_unit": "dollar", "referred_concepts": "tickets"},
            {"value": "40.0", "normalized_unit": "yard", "referred_concepts": "line"},
            {"value": "2", "normalized_unit": "-", "referred_concepts": "-"}]}
        document = {"mentions": [
            {"kind": "quantity", "text": "$6", "value": 6, "unit": "USD", "counts": "tickets"},
            {"kind": "quantity", "text": "40", "value": 40, "unit": None, "counts": "yards"},
            {"kind": "quantity", "text": "40", "value": 40, "unit": None, "counts": None},
            {"kind": "quantity", "text": "21", "value": 21, "unit": None, "counts": None},
            {"kind": "time", "text": "2 days", "value": "P2D"}]}
        scores = newsquant_figures.Scores()
        scores.AddSentence(newsquant_figures.GoldQuantities(sentence),
                           newsquant_figures.Quantities(document))
        # 40 is found twice but matches once; the time mention is not a quantity.
        self.assertEqual((scores.value.matched, scores.value.predicted, scores.value.gold),
                         (2, 4, 3))
        self.assertEqual(scores.unit.matched, 2)     # dollar, yard (from "yards")
        self.assertEqual(scores.concept.matched, 1)  # tickets; "yards" is not "line"

    def test_concepts(self):
        concepts = newsquant_figures.PredictedConcepts
        # A plain count's noun is NewsQuant's unit; what it is of is `measured`.
        self.assertEqual(concepts({"counts": "workers", "measured": "Ford"}), {"ford"})
        self.assertEqual(concepts({"unit": "%", "counts": "revenue", "measured": "giant"}),
                         {"giant", "revenue"})
        self.assertEqual(concepts({"counts": "workers"}), {"-"})

    def test_change_and_halves(self):
        change = newsquant_figures.PredictedChange
        self.assertEqual(change({"approximation": "about"}), "~")
        self.assertEqual(change({"approximation": "at_least"}), ">")
        self.assertEqual(change({"approximation": "up_to"}), "<")
        self.assertEqual(change({"approximation": "range"}), "=")
        self.assertEqual(change({"approximation": "exact", "change": "down"}), "down")
        sentence = {"text": "...", "quantities": [
            {"value": "5", "normalized_unit": "percentage", "change": "up"},
            {"value": "84", "normalized_unit": "dollar", "change": "="}]}
        document = {"mentions": [
            {"kind": "quantity", "text": "5%", "value": 5, "unit": "%", "change": "up"},
            {"kind": "quantity", "text": "$84", "value": 84, "unit": "USD", "change": "up",
             "approximation": "exact"}]}
        scores = newsquant_figures.Scores()
        scores.AddSentence(newsquant_figures.GoldQuantities(sentence),
                           newsquant_figures.Quantities(document))
        self.assertEqual((scores.value.matched, scores.change.matched), (2, 1))
        self.assertEqual([newsquant_figures.Half(i) for i in range(3)],
                         ["tuning", "held-out", "tuning"])


if __name__ == "__main__":
    unittest.main()
