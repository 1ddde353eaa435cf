#!/usr/bin/env python3
"""semeval_timeline.py and timeline_entities.py on a made-up CAT document."""

import argparse
import unittest

from semeval_timeline import Builder, ParseCat
from timeline_entities import EntityMatcher, ShortForms, TimelineFileName


def Cat(doc_id, sentences, events, dct):
    """A CAT XML document: sentences of space-separated words; events as lists of
    (sentence, word index) anchors; the creation time's value."""
    lines = ['<Document doc_id="%s" doc_name="made-up">' % doc_id]
    t_id, ids = 1, {}
    for sentence, text in enumerate(sentences):
        for index, word in enumerate(text.split()):
            lines.append('<token t_id="%d" sentence="%d" number="%d">%s</token>'
                         % (t_id, sentence, t_id - 1, word))
            ids[(sentence, index)] = t_id
            t_id += 1
    lines.append("<Markables>")
    for m_id, anchors in enumerate(events):
        lines.append('<EVENT_MENTION m_id="%d">' % (m_id + 1))
        lines.extend('<token_anchor t_id="%d"/>' % ids[anchor] for anchor in anchors)
        lines.append("</EVENT_MENTION>")
    lines.append('<TIMEX3 m_id="99" functionInDocument="CREATION_TIME" type="DATE" '
                 'value="%s"><token_anchor t_id="1"/></TIMEX3>' % dct)
    lines.append("</Markables></Document>")
    return "\n".join(lines)


SENTENCES = [
    "Examplair opens a plant",                                 # 0 title
    "May 4 , 2021",                                            # 1 dateline
    "Examplair opened a plant on Monday , Maria Example said",  # 2
    "She praised the workers .",                               # 3
    "A rival closed a depot in 2019 .",                        # 4
    "Example later set up a fund .",                           # 5
]
EVENTS = [[(0, 1)], [(2, 1)], [(2, 9)], [(3, 1)], [(4, 2)], [(5, 2), (5, 3)]]


def Options(**overrides):
    options = dict(order="date", undated="dct", coreference=True, pronouns=False, title=False,
                   skip_dct_period=False, speakers=False, report_dates=False, window=0,
                   it_pronouns=False)
    options.update(overrides)
    return argparse.Namespace(**options)


def Annotations(document):
    """What the annotator would say: Monday is 2021-05-03, 2019; Maria Example a person."""
    text = document.text

    def Mention(kind, phrase, **fields):
        start = text.index(phrase)
        return dict(kind=kind, start=start, end=start + len(phrase), text=phrase, **fields)

    return {document.doc_id: {"id": document.doc_id, "text": text, "mentions": [
        Mention("time", "Monday", type="date", value="2021-05-03"),
        Mention("time", "2019", type="date", value="2019"),
        Mention("entity", "Maria Example", type="person", entity="e1"),
        # Made up: the annotator gives sentence 4 to her as its speaker.
        Mention("quote", "closed a depot", type="indirect",
                speaker=dict(start=text.index("A rival"), end=text.index("A rival") + 7,
                             text="A rival", name="Maria Example"),
                cue=dict(start=text.index("closed"), end=text.index("closed") + 6,
                         text="closed")),
    ]}}


class ParseCatTest(unittest.TestCase):

    def test_sentences_events_and_creation_time(self):
        document = ParseCat(Cat("42", SENTENCES, EVENTS, "2021-05-04"))
        self.assertEqual(document.doc_id, "42")
        self.assertEqual(document.dct, "2021-05-04")
        self.assertEqual(document.sentences, SENTENCES)
        names = [event["name"] for event in document.events]
        self.assertEqual(names, ["42-0-opens", "42-2-opened", "42-2-said", "42-3-praised",
                                 "42-4-closed", "42-5-set_up"])
        opened = document.events[1]
        self.assertEqual(document.text[opened["start"]:opened["end"]], "opened")
        self.assertEqual(document.SentenceOf(opened["start"]), 2)


class EntitiesTest(unittest.TestCase):

    def test_short_forms(self):
        self.assertEqual(ShortForms("Maria Example"), ["Example"])
        self.assertEqual(ShortForms("Examplair X900"), ["X900"])
        self.assertEqual(ShortForms("Example Air Force"), ["Air Force", "EAF"])
        self.assertEqual(ShortForms("Examplair"), [])

    def test_short_forms_keep_their_capitals(self):
        matcher = EntityMatcher("Maria Example")
        text = "maria example's plan; an example; Example said; Examples"
        self.assertEqual([text[s:e] for s, e in matcher.Find(text)],
                         ["maria example's", "Example", "Examples"])

    def test_full_name_with_one_inserted_capitalized_word(self):
        matcher = EntityMatcher("Examplair store")
        text = "the Examplair Music Store ; Examplair 's store ; Examplair big store"
        self.assertEqual([text[s:e] for s, e in matcher.Find(text)], ["Examplair Music Store"])

    def test_tokenized_punctuation(self):
        matcher = EntityMatcher("AT&T Example")
        text = "AT & T Example , AT&T Example , ATT Example"
        self.assertEqual([text[s:e] for s, e in matcher.Find(text)],
                         ["AT & T Example", "AT&T Example", "Example"])  # its last name

    def test_file_name(self):
        self.assertEqual(TimelineFileName("Example Air Force"), "example_air_force.txt")
        self.assertEqual(TimelineFileName("AT&T Example"), "at_and_t_example.txt")


class BuilderTest(unittest.TestCase):

    def setUp(self):
        self.document = ParseCat(Cat("42", SENTENCES, EVENTS, "2021-05-04"))
        self.annotations = Annotations(self.document)

    def Timeline(self, entity, **options):
        return Builder([self.document], self.annotations, Options(**options)).Timeline(entity)

    def test_sentences_naming_the_entity_anchored_to_their_dates(self):
        # Sentence 2 names the company (Monday = 2021-05-03); the title is left out.
        self.assertEqual(self.Timeline("Examplair"),
                         [(1, "2021-05-03", ["42-2-opened"]), (1, "2021-05-03", ["42-2-said"])])

    def test_undated_sentence_takes_the_creation_time_or_the_previous_date(self):
        self.assertEqual(self.Timeline("Maria Example"), [
            (1, "2021-05-03", ["42-2-opened"]), (1, "2021-05-03", ["42-2-said"]),
            (2, "2021-05-04", ["42-5-set_up"])])
        self.assertEqual(self.Timeline("Maria Example", undated="previous"), [
            (1, "2019", ["42-5-set_up"]),
            (2, "2021-05-03", ["42-2-opened"]), (2, "2021-05-03", ["42-2-said"])])
        self.assertEqual(self.Timeline("Maria Example", undated="unknown")[0],
                         (0, "XXXX-XX-XX", ["42-5-set_up"]))

    def test_lead_date_near_the_creation_time(self):
        # Sentence 5 has no date: the lead's Monday (a day from the 4th), not 2019.
        self.assertEqual(self.Timeline("Maria Example", undated="lead")[-1],
                         (1, "2021-05-03", ["42-5-set_up"]))

    def test_quote_speaker_involves_the_sentence(self):
        names = [row[2][0] for row in self.Timeline("Maria Example", speakers=True)]
        self.assertIn("42-4-closed", names)
        names = [row[2][0] for row in self.Timeline("Maria Example")]
        self.assertNotIn("42-4-closed", names)

    def test_a_cue_takes_no_date_after_it(self):
        rows = self.Timeline("Maria Example", speakers=True)
        self.assertIn((1, "2019", ["42-4-closed"]), rows)
        rows = self.Timeline("Maria Example", speakers=True, report_dates=True)
        self.assertIn((2, "2021-05-04", ["42-4-closed"]), rows)

    def test_window_keeps_events_near_the_name(self):
        names = [row[2][0] for row in self.Timeline("Examplair", window=3)]
        self.assertEqual(names, ["42-2-opened"])  # "said" is 8 words from the name

    def test_it_after_an_organisation_carries_it(self):
        document = ParseCat(Cat("7", ["Title", "May 4 , 2021", "Examplair opened a plant .",
                                      "It hired staff .", "It closed .", "Rain fell ."],
                                [[(2, 1)], [(3, 1)], [(4, 1)], [(5, 1)]], "2021-05-04"))
        builder = Builder([document], {}, Options(it_pronouns=True))
        self.assertEqual([row[2][0] for row in builder.Timeline("Examplair")],
                         ["7-2-opened", "7-3-hired", "7-4-closed"])
        builder = Builder([document], {}, Options())
        self.assertEqual([row[2][0] for row in builder.Timeline("Examplair")], ["7-2-opened"])

    def test_pronoun_after_a_person_carries_the_entity(self):
        names = [row[2][0] for row in self.Timeline("Maria Example", pronouns=True)]
        self.assertIn("42-3-praised", names)
        names = [row[2][0] for row in self.Timeline("Examplair", pronouns=True)]
        self.assertNotIn("42-3-praised", names)  # the company is no person


if __name__ == "__main__":
    unittest.main()
