"""The scorers' matching logic on tiny hand-made documents (no dataset needed).

Run by ctest (annotate_eval_scorer_test, label unit): python3 -m unittest in this folder.
"""

import os
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gum_entities  # noqa: E402
import polnear_quotes  # noqa: E402
from spanmatch import Counts, MatchPairs, NamesAgree, Overlap, TrimmedSpans  # noqa: E402


class MatchPairsTest(unittest.TestCase):
    def test_one_to_one(self):
        # Two predictions inside one gold span: only one of them matches.
        self.assertEqual(MatchPairs([[(0, 5)], [(6, 10)]], [[(0, 10)]]), [(0, 0)])
        # One prediction over two gold spans matches one of them.
        self.assertEqual(len(MatchPairs([[(0, 20)]], [[(0, 5)], [(10, 15)]])), 1)

    def test_maximum_not_greedy(self):
        # Pred 0 prefers gold 0 (8 shared characters against 2), pred 1 has only gold 0:
        # greedy would leave pred 1 alone, the maximum matching moves pred 0 to gold 1.
        predicted = [[(0, 10)], [(2, 4)]]
        gold = [[(0, 8)], [(8, 20)]]
        self.assertEqual(MatchPairs(predicted, gold), [(0, 1), (1, 0)])

    def test_larger_overlap_preferred(self):
        self.assertEqual(MatchPairs([[(0, 10)]], [[(8, 20)], [(0, 9)]]), [(0, 1)])

    def test_touching_spans_do_not_overlap(self):
        self.assertEqual(Overlap([(0, 5)], [(5, 9)]), 0)
        self.assertEqual(MatchPairs([[(0, 5)]], [[(5, 9)]]), [])

    def test_discontinuous(self):
        self.assertEqual(Overlap([(0, 3), (10, 14)], [(12, 20)]), 2)

    def test_predicate(self):
        kinds_pred, kinds_gold = ["person"], ["place"]
        same = lambda p, g: kinds_pred[p] == kinds_gold[g]
        self.assertEqual(MatchPairs([[(0, 4)]], [[(0, 4)]], same), [])


class TrimTest(unittest.TestCase):
    def test_exact_key_ignores_marks(self):
        text = 'He said: \u201cWe will win.\u201d Then'
        gold = [(9, 23)]          # \u201cWe will win.\u201d
        predicted = [(10, 21)]    # We will win.
        self.assertEqual(TrimmedSpans(text, gold), TrimmedSpans(text, predicted))
        self.assertNotEqual(TrimmedSpans(text, [(10, 17)]), TrimmedSpans(text, gold))

    def test_names(self):
        self.assertTrue(NamesAgree("John Kerry", "Secretary of State John Kerry"))
        self.assertTrue(NamesAgree("Trump\u2019s campaign", "trump's campaign"))
        self.assertFalse(NamesAgree("", "Kerry"))
        self.assertFalse(NamesAgree("Clinton", "Kerry"))

    def test_counts(self):
        counts = Counts()
        counts.Add(1, 2, 4)
        self.assertAlmostEqual(counts.Precision(), 0.5)
        self.assertAlmostEqual(counts.Recall(), 0.25)
        self.assertAlmostEqual(counts.F1(), 1 / 3)
        self.assertEqual(Counts().F1(), 0.0)


class PolnearTest(unittest.TestCase):
    TEXT = ('\u201cWe will win,\u201d Smith said. Jones said that taxes would rise. '
            'Lee called it \u201ca disgrace\u201d and left.')

    def Span(self, phrase):
        start = self.TEXT.index(phrase)
        return (start, start + len(phrase))

    def test_gold_kinds(self):
        kind = lambda phrase: polnear_quotes.GoldKind(self.TEXT, [self.Span(phrase)])
        self.assertEqual(kind("We will win,"), polnear_quotes.KIND_DIRECT)
        self.assertEqual(kind("\u201cWe will win,\u201d"), polnear_quotes.KIND_DIRECT)
        self.assertEqual(kind("taxes would rise"), polnear_quotes.KIND_INDIRECT)
        self.assertEqual(kind("it \u201ca disgrace\u201d"), polnear_quotes.KIND_MIXED)

    def test_read_ann_and_score(self):
        ann = ("T1\tContent {} {}\t\u201cWe will win,\u201d\n"
               "T2\tSource {} {}\tSmith\n"
               "T3\tCue {} {}\tsaid\n"
               "E1\tAttribution:T3 Content:T1 Cue:T3 Source:T2\n"
               "T4\tContent {} {}\ttaxes would rise\n"
               "T5\tSource {} {}\tJones\n"
               "E2\tAttribution:T3 Content:T4 Source:T5\n"
               "#1\tAnnotatorNotes T1\ta note\n").format(
                   *self.Span("\u201cWe will win,\u201d"), *self.Span("Smith"),
                   *self.Span("said"), *self.Span("taxes would rise"), *self.Span("Jones"))
        with tempfile.NamedTemporaryFile("w", suffix=".ann", delete=False,
                                         encoding="utf-8") as f:
            f.write(ann)
        try:
            gold = polnear_quotes.ReadAnn(f.name)
        finally:
            os.unlink(f.name)
        self.assertEqual(len(gold), 2)
        win, smith = self.Span("We will win,"), self.Span("Smith")
        predicted = [
            # Direct quote, exact after trimming, speaker right.
            {"spans": [win], "type": "direct",
             "speaker": {"start": smith[0], "end": smith[1], "text": "Smith"}},
            # Overlaps the indirect gold, wrong speaker span but the right name.
            {"spans": [self.Span("taxes would")], "type": "indirect",
             "speaker": {"start": 0, "end": 3, "text": "We", "name": "Jones"}},
            # Spurious: overlaps no gold content.
            {"spans": [self.Span("a disgrace")], "type": "partial", "speaker": None},
        ]
        scores = polnear_quotes.Scores()
        scores.AddDocument(self.TEXT, gold, predicted)
        self.assertEqual((scores.overlap.matched, scores.overlap.predicted,
                          scores.overlap.gold), (2, 3, 2))
        self.assertEqual(scores.exact.matched, 1)
        self.assertEqual((scores.direct.matched, scores.direct.predicted,
                          scores.direct.gold), (1, 1, 1))
        self.assertEqual((scores.speaker_pairs, scores.speaker_strict,
                          scores.speaker_lenient), (2, 1, 2))
        self.assertEqual(scores.recall_by_kind[polnear_quotes.KIND_INDIRECT].matched, 1)
        self.assertEqual(scores.precision_by_type["partial"].matched, 0)


class GumTest(unittest.TestCase):
    # "The NASA chief Bolden spoke ." with NASA (organization, named), the whole phrase
    # (person, head Bolden: named) and "The NASA chief" (person, head chief: not named).
    CONLLU = (
        "# newpar\n"
        "1\tThe\tthe\tDET\tDT\t_\t3\tdet\t_\tEntity=(1-person-new-x-cf1-1-coref(3-person-new-x-cf1-1-coref\n"
        "2\tNASA\tNASA\tPROPN\tNNP\t_\t3\tcompound\t_\tEntity=(2-organization-new-x-cf1-1-coref-NASA)\n"
        "3\tchief\tchief\tNOUN\tNN\t_\t4\tcompound\t_\tEntity=3)\n"
        "4\tBolden\tBolden\tPROPN\tNNP\t_\t5\tnsubj\t_\tEntity=1)\n"
        "5\tspoke\tspeak\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No\n"
        "6\t.\t.\tPUNCT\t.\t_\t5\tpunct\t_\t_\n"
        "\n"
        "# newpar\n"
        "1-2\tNASA's\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "1\tNASA\tNASA\tPROPN\tNNP\t_\t3\tnmod:poss\t_\tEntity=(2-organization-giv-x-cf1-1-coref-NASA\n"
        "2\t's\t's\tPART\tPOS\t_\t1\tcase\t_\tEntity=2)\n"
        "3\tplan\tplan\tNOUN\tNN\t_\t0\troot\t_\t_\n"
        "\n")

    def test_read_conllu(self):
        with tempfile.NamedTemporaryFile("w", suffix=".conllu", delete=False,
                                         encoding="utf-8") as f:
            f.write(self.CONLLU)
        try:
            text, mentions = gum_entities.ReadConllu(f.name)
        finally:
            os.unlink(f.name)
        self.assertEqual(text, "The NASA chief Bolden spoke.\n\nNASA's plan")
        found = [(text[start:end], kind) for start, end, kind in mentions]
        self.assertEqual(found, [("The NASA chief Bolden", "person"), ("NASA", "organization"),
                                 ("NASA's", "organization")])
        # Exact spans ignore the article and the possessive.
        self.assertEqual(gum_entities.ExactKey(text, 0, 21), (4, 21))
        self.assertEqual(gum_entities.ExactKey(text, 30, 36), (30, 34))


if __name__ == "__main__":
    unittest.main()
