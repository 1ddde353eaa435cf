#!/usr/bin/env python3
"""SemEval-2015 Task 4 track B: entity timelines from documents whose events are marked.

Three steps (scripts/eval/reconcile-timeline.sh runs them):
  records  one JSONL record per CAT XML document of a track-B folder: {"id": the DOCID,
           "published": the document creation time, "text": the sentences, one per line,
           tokens as the file spaces them}. `crosscheck annotate --raw` keeps that text, so
           its mention offsets map back to sentences.
  build    for each target entity, a timeline file (the task's format, named as the gold
           names it: the entity lowercased, "&" as "_and_", other characters "_") from the
X
  score    is timeline_metric.py.

The builder, rules only, written and tuned on the trial corpus (scripts/eval/
reconcile-timeline.sh runs the first system and the tuned one; trial F1 38.8 -> 51.8):
  1. Who: a sentence involves the entity when it names it: the full name, or a short form
     (timeline_entities.py: a last name, a model number such as X900, a distinctive last
     word), on word boundaries. Tuned: also (--speakers) the sentence of a quote whose
     speaker our annotator resolved to the entity (pronouns included), and (--pronouns) a
     he/she sentence right after one about an entity our annotator types as a person,
     or (--it-pronouns) for any other entity one opening with It/Its/The company/The
     firm/The group (each carried sentence can carry the next).
     (--coreference reads the annotator's entity ids, which `annotate` does not write yet.)
  2. What: every marked event of an involved sentence (track B gives the events). Tried
     and left off: only events within N words of the name (--window; trial F1 fell for
     every N from 6 to 20: recall drops more than precision gains).
  3. When: the date value (YYYY, YYYY-MM, YYYY-MM-DD; a time of day gives its date) of the
     time mention nearest the event in its sentence. First system: a sentence with none
     takes the document creation time. Tuned: (--skip-dct-period) a year or month that
     holds the creation time ("this year", a conference named by its year) anchors
     nothing; (--report-dates) a quote's cue (said, announced) takes no date after it,
     which dates what was reported; (--undated lead) an undated event takes the first
     day named in the body within LEAD_DAYS of the creation time (the lead's "on
     Monday"), else the creation time. Tried: the previous sentence's date (worse),
     XXXX-XX-XX for undated events (worse: the gold dates most of them).
  4. Order: by anchor date (a year before its months, a month before its days), then by
     document date and position; one order number per distinct anchor (--order date).
     One per sentence within a date (--order sentence) was worse on trial (35.2 vs 51.6).

  usage: semeval_timeline.py records --cat DIR --out FILE.jsonl
         semeval_timeline.py build --cat DIR --annotations FILE.jsonl
                                   (--entities FILE | --entity-names-from GOLD_DIR) --out DIR
"""

import argparse
import datetime
import html
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(1, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "annotate"))
from spanmatch import ReadAnnotations  # noqa: E402
from timeline_entities import EntityMatcher, TimelineFileName  # noqa: E402
from timeline_metric import UNKNOWN_DATE  # noqa: E402

ATTRIBUTE = re.compile(r'([A-Za-z_]+)="([^"]*)"')
# Wikinews articles open with the title (sentence 0) and a dateline (sentence 1).
FIRST_BODY_SENTENCE = 2
# How far from the creation time a lead's date may be to count as the article's news day.
LEAD_DAYS = 7
# Openings that go on about the organisation just named (general English, no topic's nouns).
THING_ANAPHORS = [["The", "company"], ["The", "firm"], ["The", "group"]]
PERSON_PRONOUNS = {"He", "he", "She", "she", "His", "his", "Her", "her", "him"}
DATE_VALUE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


class Document:
    """One track-B document: sentences (text), their offsets in `text`, marked events."""

    def __init__(self, doc_id, dct, sentences, events):
        self.doc_id = doc_id
        self.dct = dct
        self.sentences = sentences
        self.text = "\n".join(sentences)
        self.starts = []
        offset = 0
        for sentence in sentences:
            self.starts.append(offset)
            offset += len(sentence) + 1
        # events: [{"sentence", "start", "end" (offsets in text), "name" docid-sent-token}]
        self.events = events

    def SentenceOf(self, offset):
        index = 0
        for position, start in enumerate(self.starts):
            if start <= offset:
                index = position
        return index


TOKEN = re.compile(r'<token\b([^>]*)>(.*?)</token>', re.S)
EVENT_MENTION = re.compile(r'<EVENT_MENTION\b[^>]*>(.*?)</EVENT_MENTION>', re.S)
TOKEN_ANCHOR = re.compile(r'<token_anchor\s+t_id="(\d+)"')
CREATION_TIME = re.compile(r'<TIMEX3\b[^>]*functionInDocument="CREATION_TIME"[^>]*>', re.S)


def ParseCat(markup):
    """The Document of one CAT (Content Annotation Tool) XML file: <token> elements with
    their sentence numbers, EVENT_MENTION markables anchored to tokens (several tokens for
    a multi-word event, named by the gold with its words joined by '_'), and the creation
    time's TIMEX3."""
    doc_id = re.search(r'<Document\b[^>]*\bdoc_id="([^"]+)"', markup).group(1)
    tokens = {}
    sentence_words = {}
    for match in TOKEN.finditer(markup):
        attributes = dict(ATTRIBUTE.findall(match.group(1)))
        sentence = int(attributes["sentence"])
        word = html.unescape(match.group(2)).strip()
        words = sentence_words.setdefault(sentence, [])
        tokens[attributes["t_id"]] = (sentence, len(words))
        words.append(word)
    count = max(sentence_words) + 1 if sentence_words else 0
    sentences = [" ".join(sentence_words.get(index, [])) for index in range(count)]
    document = Document(doc_id, "", sentences, [])
    for index in range(count):
        offset = document.starts[index]
        positions = []
        for word in sentence_words.get(index, []):
            positions.append((offset, offset + len(word)))
            offset += len(word) + 1
        sentence_words[index] = list(zip(sentence_words.get(index, []), positions))
    events = []
    for match in EVENT_MENTION.finditer(markup):
        anchors = [tokens[t_id] for t_id in TOKEN_ANCHOR.findall(match.group(1)) if t_id in tokens]
        if not anchors:
            continue
        anchors.sort()
        sentence = anchors[0][0]
        words = [sentence_words[s][i] for s, i in anchors]
        events.append({
            "sentence": sentence,
            "start": words[0][1][0],
            "end": words[-1][1][1],
            "name": "%s-%d-%s" % (doc_id, sentence, "_".join(word for word, _ in words)),
        })
    events.sort(key=lambda event: event["start"])
    document.events = events
    dct = CREATION_TIME.search(markup)
    if dct:
        document.dct = dict(ATTRIBUTE.findall(dct.group(0))).get("value", "")[:10]
    return document


def ReadCorpus(folder):
    documents = []
    for name in sorted(os.listdir(folder)):
        if name.endswith(".xml"):
            with open(os.path.join(folder, name), encoding="utf-8") as f:
                documents.append(ParseCat(f.read()))
    return documents


def WriteRecords(args):
    with open(args.out, "w", encoding="utf-8") as out:
        for document in ReadCorpus(args.cat):
            record = {"id": document.doc_id, "published": document.dct, "text": document.text}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return 0


def DateMentions(record):
    """[(start, end, value)] of the time mentions whose value is a calendar date."""
    dates = []
    for mention in record.get("mentions", []):
        if mention.get("kind") != "time":
            continue
        value = mention.get("value")
        if isinstance(value, str) and "T" in value:
            value = value.split("T")[0]  # a time of day: its date
        if isinstance(value, str) and DATE_VALUE.match(value):
            dates.append((mention["start"], mention["end"], value))
    return dates


def NearestDate(dates, event):
    """The value of the date mention nearest to the event (characters between them)."""
    best, best_distance = None, None
    for start, end, value in dates:
        if end <= event["start"]:
            distance = event["start"] - end
        elif start >= event["end"]:
            distance = start - event["end"]
        else:
            distance = 0
        if best_distance is None or distance < best_distance:
            best, best_distance = value, distance
    return best


def DaysApart(first, second):
    """Days between two YYYY-MM-DD values (a large number when either is not one)."""
    try:
        return abs((datetime.date.fromisoformat(first) - datetime.date.fromisoformat(second)).days)
    except ValueError:
        return 1 << 30


def DateKey(date):
    """Sort key: unknown dates first, then by the ISO prefix (2005 < 2005-06 < 2005-06-01)."""
    if date == UNKNOWN_DATE:
        return (0, "")
    return (1, date)


class Builder:
    """Entity timelines over one corpus (documents + their annotations)."""

    def __init__(self, documents, annotations, options):
        self.documents = documents
        self.annotations = annotations
        self.options = options

    def InvolvedSentences(self, document, matcher):
        """(indexes of the sentences of `document` that involve the matcher's entity, the
        spans naming it)."""
        record = self.annotations.get(document.doc_id, {"mentions": []})
        if record.get("text") not in (None, document.text):
            record = {"mentions": []}
        involved = set()
        spans = matcher.Find(document.text)
        for start, _ in spans:
            involved.add(document.SentenceOf(start))
        if self.options.coreference:
            entity_ids = set()
            mentions = [m for m in record.get("mentions", []) if m.get("kind") == "entity"]
            for mention in mentions:
                if mention.get("entity") is None:
                    continue
                for start, end in spans:
                    if mention["start"] < end and start < mention["end"]:
                        entity_ids.add(mention["entity"])
            for mention in mentions:
                if mention.get("entity") in entity_ids:
                    involved.add(document.SentenceOf(mention["start"]))
        if self.options.speakers:
            # A quote whose speaker our annotator resolved to the entity (a pronoun too):
            # the sentence of its speaker and cue is about the entity.
            for mention in record.get("mentions", []):
                speaker = mention.get("speaker") if mention.get("kind") == "quote" else None
                if speaker and matcher.Find(speaker.get("name") or speaker.get("text") or ""):
                    involved.add(document.SentenceOf(speaker["start"]))
                    cue = mention.get("cue")
                    if cue:
                        involved.add(document.SentenceOf(cue["start"]))
        if self.options.pronouns and self.IsPerson(record, spans):
            # A sentence that goes on about a person with he/she right after one naming
            # them (or carried on already) is about them too.
            for index in range(1, len(document.sentences)):
                if index - 1 in involved and index not in involved:
                    words = set(document.sentences[index].split())
                    if words & PERSON_PRONOUNS:
                        involved.add(index)
        elif self.options.it_pronouns:
            # Not a person: a sentence opening with "It"/"Its" or "The company" right
            # after one about the entity goes on about it.
            for index in range(1, len(document.sentences)):
                if index - 1 in involved and index not in involved:
                    opening = document.sentences[index].split()[:2]
                    if opening[:1] in (["It"], ["Its"]) or opening in THING_ANAPHORS:
                        involved.add(index)
        if not self.options.title:
            involved.discard(0)
        return involved, spans

    def NearName(self, document, event, spans):
        """Whether the event is within --window words of a mention naming the entity in
        its sentence (always, when its sentence names the entity nowhere: it was
        involved through a pronoun or a quote's speaker)."""
        sentence_start = document.starts[event["sentence"]]
        sentence_end = sentence_start + len(document.sentences[event["sentence"]])
        names = [(start, end) for start, end in spans
                 if sentence_start <= start < sentence_end]
        if not names:
            return True
        for start, end in names:
            low, high = min(start, event["start"]), max(end, event["end"])
            between = document.text[low:high]
            if len(between.split()) - 2 <= self.options.window:
                return True
        return False

    @staticmethod
    def IsPerson(record, spans):
        """Whether our entity annotator types a mention of the entity as a person."""
        for mention in record.get("mentions", []):
            if mention.get("kind") != "entity" or mention.get("type") != "person":
                continue
            for start, end in spans:
                if mention["start"] < end and start < mention["end"]:
                    return True
        return False

    def Anchor(self, document, dates_by_sentence, event, cues=()):
        dates = dates_by_sentence.get(event["sentence"], [])
        if self.options.report_dates and any(
                start < event["end"] and event["start"] < end for start, end in cues):
            # A reporting word (a quote's cue): a date after it belongs to what was
            # reported, not to the telling.
            dates = [d for d in dates if d[1] <= event["start"]]
        if self.options.skip_dct_period:
            # "this year", "WWDC 2010": the year or month the article is in says nothing
            # about which of its days; such an event is anchored as an undated one.
            dates = [d for d in dates if not (len(d[2]) < 10 and document.dct.startswith(d[2]))]
        value = NearestDate(dates, event)
        if value is not None:
            return value
        if self.options.undated == "unknown":
            return UNKNOWN_DATE
        if self.options.undated == "previous":
            # The last date named before this sentence in the body (the title and the
            # dateline, sentences 0 and 1, name the article's own day, not the event's).
            for sentence in range(event["sentence"] - 1, FIRST_BODY_SENTENCE - 1, -1):
                earlier = dates_by_sentence.get(sentence)
                if earlier:
                    return max(earlier)[2]
        if self.options.undated == "lead":
            # The first day named in the body near the article's own day (a news lead's
            # "on Monday"): what the article reports happened then.
            for sentence in range(FIRST_BODY_SENTENCE, event["sentence"]):
                for _, _, value in sorted(dates_by_sentence.get(sentence, [])):
                    if len(value) == len("YYYY-MM-DD") and DaysApart(value, document.dct) <= LEAD_DAYS:
                        return value
        return document.dct or UNKNOWN_DATE

    def Timeline(self, entity):
        """[(order, date, [event names])] of one target entity."""
        matcher = EntityMatcher(entity)
        items = []
        for document in self.documents:
            involved, spans = self.InvolvedSentences(document, matcher)
            if not involved:
                continue
            record = self.annotations.get(document.doc_id, {"mentions": []})
            cues = [(m["cue"]["start"], m["cue"]["end"]) for m in record.get("mentions", [])
                    if m.get("kind") == "quote" and m.get("cue")]
            dates_by_sentence = {}
            for start, end, value in DateMentions(record):
                dates_by_sentence.setdefault(document.SentenceOf(start), []).append(
                    (start, end, value))
            for event in document.events:
                if event["sentence"] not in involved:
                    continue
                if self.options.window and not self.NearName(document, event, spans):
                    continue
                date = self.Anchor(document, dates_by_sentence, event, cues)
                items.append((DateKey(date), document.dct, document.doc_id, event["sentence"],
                              event["start"], date, event["name"]))
        items.sort()
        rows, order, last_key = [], 0, None
        for date_key, _, doc_id, sentence, _, date, name in items:
            if self.options.order == "sentence":
                key = (date_key, doc_id, sentence)
            else:
                key = date_key
            if date == UNKNOWN_DATE:
                key = "unknown"
            if key != last_key:
                order += 1 if date != UNKNOWN_DATE else 0
                last_key = key
            rows.append((order, date, [name]))
        return rows


def WriteTimeline(path, entity, rows):
    with open(path, "w", encoding="utf-8") as f:
        f.write(entity + "\n")
        for order, date, events in rows:
            f.write("%d\t%s\t%s\n" % (order, date, "\t".join(events)))


def EntityNames(args):
    if args.entities:
        with open(args.entities, encoding="utf-8") as f:
            return [line.strip() for line in f if line.strip()]
    names = []
    for name in sorted(os.listdir(args.entity_names_from)):
        if name.endswith(".txt"):
            with open(os.path.join(args.entity_names_from, name), encoding="utf-8") as f:
                names.append(f.readline().strip())
    return names


def Build(args):
    builder = Builder(ReadCorpus(args.cat), ReadAnnotations(args.annotations), args)
    os.makedirs(args.out, exist_ok=True)
    for entity in EntityNames(args):
        WriteTimeline(os.path.join(args.out, TimelineFileName(entity)), entity,
                      builder.Timeline(entity))
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    records = commands.add_parser("records")
    records.add_argument("--cat", required=True)
    records.add_argument("--out", required=True)
    build = commands.add_parser("build")
    build.add_argument("--cat", required=True)
    build.add_argument("--annotations", required=True)
    names = build.add_mutually_exclusive_group(required=True)
    names.add_argument("--entities", help="the task's list of target entities")
    names.add_argument("--entity-names-from",
                       help="a folder of timelines whose first lines name the entities "
                            "(the trial corpus ships no separate list)")
    build.add_argument("--out", required=True)
    build.add_argument("--order", choices=["date", "sentence"], default="date")
    build.add_argument("--undated", choices=["dct", "unknown", "previous", "lead"],
                       default="dct")
    build.add_argument("--no-coreference", dest="coreference", action="store_false")
    build.add_argument("--skip-dct-period", action="store_true",
                       help="a year or month that holds the creation time anchors nothing")
    build.add_argument("--window", type=int, default=0,
                       help="an event must be within this many words of the name (0: any)")
    build.add_argument("--report-dates", action="store_true",
                       help="a quote's cue takes no date that follows it in its sentence")
    build.add_argument("--speakers", action="store_true",
                       help="a quote our annotator gives to the entity involves its sentence")
    build.add_argument("--it-pronouns", action="store_true",
                       help="an It/The company sentence right after one about a non-person")
    build.add_argument("--pronouns", action="store_true",
                       help="a he/she sentence right after one about a person is about them")
    build.add_argument("--title", action="store_true",
                       help="also take the events of the title sentence")
    args = parser.parse_args()
    if args.command == "records":
        return WriteRecords(args)
    return Build(args)


if __name__ == "__main__":
    sys.exit(main())
