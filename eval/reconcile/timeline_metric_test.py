#!/usr/bin/env python3
"""timeline_metric.py on made-up timelines whose scores are worked out by hand.

Events are single letters; T5 and T6 stand for the dates 2005 and 2006.
"""

import os
import tempfile
import unittest

from timeline_metric import (BEFORE, IS_INCLUDED, SIMULTANEOUS, ParseTimeline, PointGraph,
                             Reduce, ScoreDirectories, ScoreTimeline, TimelineRelations)

GOLD = "Someone\n1\t2005\ta\n2\t2005\tb\n3\t2006\tc\n"
# a and b one line (simultaneous), c next: the gold orders a before b.
SYSTEM = "Someone\n1\t2005\ta\tb\n2\t2006\tc\n"


class TimelineRelationsTest(unittest.TestCase):

    def test_orders_lines_and_dates(self):
        _, rows = ParseTimeline(GOLD)
        self.assertEqual(rows, [(1, "2005", ["a"]), (2, "2005", ["b"]), (3, "2006", ["c"])])
        self.assertEqual(TimelineRelations(rows), [
            (BEFORE, "e:a", "e:b"), (BEFORE, "e:b", "e:c"),
            (IS_INCLUDED, "e:a", "t:2005"), (IS_INCLUDED, "e:b", "t:2005"),
            (IS_INCLUDED, "e:c", "t:2006")])

    def test_unknown_date_has_no_timex_and_order_zero_is_an_order(self):
        _, rows = ParseTimeline("X\n0\tXXXX-XX-XX\ta\n1\t2005\tb\n1\tXXX-XX-XX\tc\n")
        self.assertEqual(TimelineRelations(rows),
                         [(SIMULTANEOUS, "e:b", "e:c"), (BEFORE, "e:a", "e:b"),
                          (IS_INCLUDED, "e:b", "t:2005")])

    def test_an_event_listed_twice_keeps_its_first_place(self):
        _, rows = ParseTimeline("X\n1\t2005\ta\n2\t2006\ta\tb\n")
        self.assertEqual(TimelineRelations(rows), [
            (BEFORE, "e:a", "e:b"), (IS_INCLUDED, "e:a", "t:2005"),
            (IS_INCLUDED, "e:b", "t:2006")])


class ClosureTest(unittest.TestCase):

    def test_before_is_transitive_and_inclusion_follows_equality(self):
        graph = PointGraph([(BEFORE, "a", "b"), (BEFORE, "b", "c"), (SIMULTANEOUS, "c", "d"),
                            (IS_INCLUDED, "d", "t")])
        self.assertTrue(graph.Entails((BEFORE, "a", "d")))
        self.assertTrue(graph.Entails((IS_INCLUDED, "c", "t")))
        self.assertFalse(graph.Entails((BEFORE, "d", "a")))
        self.assertFalse(graph.Entails((IS_INCLUDED, "a", "t")))  # a may start before t
        self.assertFalse(graph.Entails((BEFORE, "a", "z")))  # z is not in the graph

    def test_reduce_keeps_two_of_three_equalities(self):
        triangle = [(SIMULTANEOUS, "a", "b"), (SIMULTANEOUS, "b", "c"),
                    (SIMULTANEOUS, "a", "c")]
        self.assertEqual(Reduce(triangle), triangle[1:])

    def test_reduce_drops_the_implied_before(self):
        chain = [(BEFORE, "a", "c"), (BEFORE, "a", "b"), (BEFORE, "b", "c")]
        self.assertEqual(Reduce(chain), chain[1:])


class ScoreTest(unittest.TestCase):

    def test_identical_timelines_score_one(self):
        _, rows = ParseTimeline(GOLD)
        counts = ScoreTimeline(rows, rows)
        self.assertEqual((counts.system_verified, counts.system_total), (5, 5))
        self.assertEqual(counts.F1(), 1.0)

    def test_hand_worked_timeline(self):
        # Gold reduced: a<b, b<c, a in T5, b in T5, c in T6 (5; none follows from the rest).
        # System relations: a=b, a<c, a in T5, b in T5, c in T6; reduced drops "a in T5"
        # (it follows from a=b and b in T5): 4 left.
        # Precision: a=b is wrong (gold a<b); a<c, b in T5, c in T6 hold in the gold: 3/4.
        # Recall: a<b fails (system a=b); b<c holds (b ends with a, before c starts); the
        # three date inclusions hold: 4/5. F1 = 2 * 0.75 * 0.8 / 1.55.
        counts = ScoreTimeline(ParseTimeline(GOLD)[1], ParseTimeline(SYSTEM)[1])
        self.assertEqual((counts.system_verified, counts.system_total), (3, 4))
        self.assertEqual((counts.gold_verified, counts.gold_total), (4, 5))
        self.assertAlmostEqual(counts.F1(), 1.2 / 1.55)

    def test_micro_average_over_directories(self):
        # A second gold timeline (x before y, no dates: 1 relation) has no system file:
        # precision stays 3/4, recall becomes 4/6, F1 = 2 * 0.75 * (2/3) / (0.75 + 2/3).
        with tempfile.TemporaryDirectory() as gold, tempfile.TemporaryDirectory() as system:
            for directory, name, text in [
                    (gold, "someone.txt", GOLD), (system, "someone.txt", SYSTEM),
                    (gold, "other.txt", "Other\n1\tXXXX-XX-XX\tx\n2\tXXXX-XX-XX\ty\n"),
                    (gold, "someone_copy.txt", GOLD),  # a copy, scored once
                    (system, "not_in_gold.txt", "Nobody\n1\t2005\tq\n")]:
                with open(os.path.join(directory, name), "w", encoding="utf-8") as f:
                    f.write(text)
            total, per_timeline = ScoreDirectories(gold, system)
        self.assertEqual([name for name, _ in per_timeline], ["other.txt", "someone.txt"])
        self.assertAlmostEqual(total.Precision(), 0.75)
        self.assertAlmostEqual(total.Recall(), 4 / 6)
        self.assertAlmostEqual(total.F1(), 2 * 0.75 * (2 / 3) / (0.75 + 2 / 3))


if __name__ == "__main__":
    unittest.main()
