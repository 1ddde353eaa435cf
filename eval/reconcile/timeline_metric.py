#!/usr/bin/env python3
"""The SemEval-2015 Task 4 ("TimeLine: Cross-Document Event Ordering") metric.

Source: the task's evaluation page (alt.qcri.org/semeval2015/task4, "Tools") and paper
(Minard et al. 2015): each timeline becomes a graph of TimeML relations, which is scored
with the temporal awareness of UzZaman & Allen (2011) as TempEval-3 computes it; the figure
is micro-averaged over all timelines. Written from those descriptions; no code copied.

A timeline file: first line the target entity's name, then one line per group of
coreferent event mentions, `order<TAB>date<TAB>event<TAB>event...`, where an event is
`docid-sentence-token` and the date is an ISO prefix (2005, 2005-06, 2005-06-06) or
XXXX-XX-XX when the event has no time anchor.

Graph of a timeline (nodes are intervals: the events and one TIMEX3 per distinct date):
  - events with the same order number are SIMULTANEOUS (lines of one order, and the events
    of one line);
  - every event of an order is BEFORE every event of the next order up (and so, by
    closure, before all later ones);
  - an event with a date is tied to that date's TIMEX3 (the node is the date string, so a
    system and the gold share it when they write the same date). The task's page ties it
    with SIMULTANEOUS; that makes two events of one date but different orders both equal to
    the date and one before the other, which no graph can hold (the gold does this all the
    time). Here the event IS_INCLUDED in its date instead (the brief of issue 11, and what
    a date means), which keeps every timeline graph consistent. `--anchor simultaneous`
    is not offered for that reason.
  - XXXX-XX-XX (any anchor without a digit: the trial gold once writes XXX-XX-XX) ties an
    event to no TIMEX3; order 0 is an order like any other.
An event listed twice in one timeline keeps its first place.

Temporal awareness (TempEval-3, default method), over a graph's reduced form G- (the
relations that do not follow from the others) and closure G+ (everything that follows):
  precision = |Sys- verified in Ref+| / |Sys-|,  recall = |Ref- verified in Sys+| / |Ref-|.
Relations are checked in point algebra: interval X has points X.start < X.end; BEFORE(A,B)
is A.end < B.start; SIMULTANEOUS is equal starts and equal ends; IS_INCLUDED(A,B) is
B.start < A.start and A.end < B.end. A relation follows from a graph when each of its point
constraints does (equal points: one class of the equalities; p < q: a path of < edges).
Micro-average: precision = sum verified / sum |Sys-| over timelines, recall likewise, F1
their harmonic mean. A gold timeline without a system file counts with no system
relations; system files without a gold timeline are ignored (the scorer walks the gold).
A gold file byte-identical to one already read is scored once (corpus 3 ships the timeline
of "S&P 500" twice, as s&p_500.txt and s_and_p_500.txt; the task names files with '&' as
'_and_').

Sizes: a timeline has at most a few hundred events; reducing a graph rebuilds the point
graph once per relation (O(R * (V + E))), well under a second per corpus.
Standard library only.

  usage: timeline_metric.py GOLD_DIR SYSTEM_DIR [--per-timeline] [--label NAME]
"""

import argparse
import os
import sys

UNKNOWN_DATE = "XXXX-XX-XX"
BEFORE, SIMULTANEOUS, IS_INCLUDED = "BEFORE", "SIMULTANEOUS", "IS_INCLUDED"


def ParseTimeline(text):
    """(entity name, [(order, date, [event, ...]), ...]) of one timeline file's text."""
    lines = text.splitlines()
    entity = lines[0].strip() if lines else ""
    rows = []
    for line in lines[1:]:
        fields = [field.strip() for field in line.split("\t")]
        fields = [field for field in fields if field]
        if len(fields) < 3:
            continue
        try:
            order = int(fields[0])
        except ValueError:
            continue
        rows.append((order, fields[1], fields[2:]))
    return entity, rows


def TimelineRelations(rows):
    """The timeline's relations [(kind, a, b)] over node names "e:<event>" and "t:<date>"."""
    seen = set()
    by_order = {}
    dates = []
    for order, date, events in rows:
        for event in events:
            if event in seen:
                continue
            seen.add(event)
            by_order.setdefault(order, []).append("e:" + event)
            if any(c.isdigit() for c in date):
                dates.append(("e:" + event, "t:" + date))
    relations = []
    orders = sorted(by_order)
    for order in orders:
        group = by_order[order]
        for first, second in zip(group, group[1:]):
            relations.append((SIMULTANEOUS, first, second))
    for earlier, later in zip(orders, orders[1:]):
        relations.append((BEFORE, by_order[earlier][0], by_order[later][0]))
    for event, timex in dates:
        relations.append((IS_INCLUDED, event, timex))
    return relations


def PointConstraints(relation):
    """[(op, point, point)] with op "=" or "<"; a point is (node, 0 start | 1 end)."""
    kind, a, b = relation
    if kind == BEFORE:
        return [("<", (a, 1), (b, 0))]
    if kind == SIMULTANEOUS:
        return [("=", (a, 0), (b, 0)), ("=", (a, 1), (b, 1))]
    if kind == IS_INCLUDED:
        return [("<", (b, 0), (a, 0)), ("<", (a, 1), (b, 1))]
    raise ValueError("unknown relation " + kind)


class PointGraph:
    """The closure of a set of relations, asked one relation at a time."""

    def __init__(self, relations):
        self.nodes = set()
        for _, a, b in relations:
            self.nodes.update((a, b))
        self.parent = {}
        constraints = []
        for node in self.nodes:
            constraints.append(("<", (node, 0), (node, 1)))
        for relation in relations:
            constraints.extend(PointConstraints(relation))
        for op, p, q in constraints:
            if op == "=":
                self._Union(p, q)
        self.edges = {}
        for op, p, q in constraints:
            if op == "<":
                self.edges.setdefault(self._Find(p), set()).add(self._Find(q))
        self.reach = {}

    def _Find(self, point):
        root = point
        while self.parent.get(root, root) != root:
            root = self.parent[root]
        while point != root:
            self.parent[point], point = root, self.parent.get(point, point)
        return root

    def _Union(self, p, q):
        root_p, root_q = self._Find(p), self._Find(q)
        if root_p != root_q:
            self.parent[root_p] = root_q

    def _Reachable(self, start):
        """Classes reachable from `start` by one or more < edges."""
        if start not in self.reach:
            found, stack = set(), list(self.edges.get(start, ()))
            while stack:
                point = stack.pop()
                if point in found:
                    continue
                found.add(point)
                stack.extend(self.edges.get(point, ()))
            self.reach[start] = found
        return self.reach[start]

    def Entails(self, relation):
        _, a, b = relation
        if a not in self.nodes or b not in self.nodes:
            return False
        for op, p, q in PointConstraints(relation):
            p_class, q_class = self._Find(p), self._Find(q)
            if op == "=" and p_class != q_class:
                return False
            if op == "<" and q_class not in self._Reachable(p_class):
                return False
        return True


def Reduce(relations):
    """An irredundant subset with the same closure: drop, in order, each relation that
    follows from the ones still kept."""
    kept = list(dict.fromkeys(relations))
    index = 0
    while index < len(kept):
        others = kept[:index] + kept[index + 1:]
        if PointGraph(others).Entails(kept[index]):
            kept = others
        else:
            index += 1
    return kept


class Counts:
    """Verified and total relations on each side, summed over timelines."""

    def __init__(self):
        self.system_verified = self.system_total = 0
        self.gold_verified = self.gold_total = 0

    def Add(self, other):
        self.system_verified += other.system_verified
        self.system_total += other.system_total
        self.gold_verified += other.gold_verified
        self.gold_total += other.gold_total

    def Precision(self):
        return self.system_verified / self.system_total if self.system_total else 0.0

    def Recall(self):
        return self.gold_verified / self.gold_total if self.gold_total else 0.0

    def F1(self):
        p, r = self.Precision(), self.Recall()
        return 2 * p * r / (p + r) if p + r else 0.0

    def Line(self):
        return "P %.2f R %.2f F1 %.2f (verified %d/%d system, %d/%d gold relations)" % (
            100 * self.Precision(), 100 * self.Recall(), 100 * self.F1(),
            self.system_verified, self.system_total, self.gold_verified, self.gold_total)


def ScoreTimeline(gold_rows, system_rows):
    """Counts of one timeline: temporal awareness of the system's graph against the gold."""
    gold_relations = TimelineRelations(gold_rows)
    system_relations = TimelineRelations(system_rows)
    gold_reduced, system_reduced = Reduce(gold_relations), Reduce(system_relations)
    gold_closure, system_closure = PointGraph(gold_relations), PointGraph(system_relations)
    counts = Counts()
    counts.system_total = len(system_reduced)
    counts.system_verified = sum(1 for r in system_reduced if gold_closure.Entails(r))
    counts.gold_total = len(gold_reduced)
    counts.gold_verified = sum(1 for r in gold_reduced if system_closure.Entails(r))
    return counts


def ReadRows(path):
    with open(path, encoding="utf-8") as f:
        return ParseTimeline(f.read())[1]


def ScoreDirectories(gold_dir, system_dir):
    """(total Counts, [(timeline file name, Counts)]) over every gold timeline file."""
    total, per_timeline, seen = Counts(), [], set()
    for name in sorted(os.listdir(gold_dir)):
        if not name.endswith(".txt"):
            continue
        with open(os.path.join(gold_dir, name), encoding="utf-8") as f:
            gold_text = f.read()
        if gold_text in seen:
            continue  # a byte-identical copy of a timeline already scored
        seen.add(gold_text)
        system_path = os.path.join(system_dir, name)
        system_rows = ReadRows(system_path) if os.path.exists(system_path) else []
        counts = ScoreTimeline(ParseTimeline(gold_text)[1], system_rows)
        total.Add(counts)
        per_timeline.append((name, counts))
    return total, per_timeline


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("gold")
    parser.add_argument("system")
    parser.add_argument("--label", default="timeline")
    parser.add_argument("--per-timeline", action="store_true")
    args = parser.parse_args()
    total, per_timeline = ScoreDirectories(args.gold, args.system)
    if args.per_timeline:
        for name, counts in per_timeline:
            print("  %-32s %s" % (name, counts.Line()))
    print("%s: %s" % (args.label, total.Line()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
