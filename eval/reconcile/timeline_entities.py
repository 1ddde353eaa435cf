#!/usr/bin/env python3
"""Where a text names a target entity of the TimeLine task, by its name or a short form.

A target entity is given by its full name ("Maria Example", "Examplair X900 Jet",
"Example Air Force"). It is found by
  - the full name, case-insensitively, also with one capitalized word inserted (a
    "Examplair Music Store" for "Examplair store");
  - its short forms, with their capitals as written (so a last name that is also a common
    word, lowercase in running text, is not taken for the name):
      the last word of a multi-word name when it is capitalized, alphabetic, at least four
      letters and not a generic company word (a last name; a distinctive model name);
      a word with a digit and at least three characters (a model number: X900, 777);
      every run of two or more words that ends the name (Air Force, Apple Corps-like);
      the initials of a name of three or more capitalized words (EAF).
Matches stop at word boundaries and allow a plural or possessive s after the name; spaces
may stand around a name's inner punctuation, as tokenized text spaces it (AT & T).
Standard library only.
"""

import re

# Last words that name a kind of organisation, not one: never a short form on their own.
GENERIC_WORDS = {
    "airlines", "airways", "air", "force", "company", "corporation", "corp", "corps", "inc",
    "group", "motors", "store", "bank", "holdings", "international", "systems", "agency",
    "association", "market", "exchange", "index", "party", "government", "union", "news",
}


def ShortForms(name):
    """The short forms of an entity name (see the module comment), longest first."""
    words = name.split()
    forms = []
    if len(words) >= 2:
        last = words[-1]
        if (last[:1].isupper() and last.isalpha() and len(last) >= 4
                and last.lower() not in GENERIC_WORDS):
            forms.append(last)
        for word in words:
            if any(c.isdigit() for c in word) and len(word) >= 3:
                forms.append(word)
        for first in range(1, len(words) - 1):
            forms.append(" ".join(words[first:]))
        capitals = [word for word in words if word[:1].isupper()]
        if len(words) >= 3 and len(capitals) == len(words):
            forms.append("".join(word[0] for word in words))
    unique = []
    for form in sorted(forms, key=len, reverse=True):
        if form not in unique and form.lower() != name.lower():
            unique.append(form)
    return unique


def _Word(word):
    """A word of a name as a regex: spaces may stand around its inner punctuation, as
    tokenized text spaces them ("AT&T" as "AT & T", "U.S." as "U.S ."); no other change."""
    pieces = re.findall(r"\w+|[^\w\s]", word)
    return r"\s?".join(re.escape(piece) for piece in pieces)


def _Pattern(text, inserted_word=False):
    """Regex source for `text` on word boundaries with an optional plural or possessive s;
    with inserted_word, one capitalized word may stand between two of its words."""
    gap = r"\s+(?:(?-i:[A-Z][\w'-]*)\s+)?" if inserted_word else r"\s+"
    words = gap.join(_Word(part) for part in text.split())
    return r"(?<![\w])" + words + r"(?:\s?'?s)?(?![\w])"


class EntityMatcher:
    """Finds the spans naming one entity in a text. Immutable after construction."""

    def __init__(self, name):
        self.name = name
        self.full = re.compile(_Pattern(name, inserted_word=True), re.IGNORECASE)
        self.short = [re.compile(_Pattern(form)) for form in ShortForms(name)]

    def Find(self, text):
        """[(start, end)] of every non-overlapping mention, in text order."""
        spans = []
        for pattern in [self.full] + self.short:
            for match in pattern.finditer(text):
                if all(match.end() <= start or end <= match.start() for start, end in spans):
                    spans.append((match.start(), match.end()))
        return sorted(spans)


def TimelineFileName(entity):
    """The gold's file name for an entity's timeline: lowercase, '&' spelt '_and_', other
    characters '_'."""
    return re.sub(r"[^0-9a-z]+", "_", entity.lower().replace("&", "_and_")).strip("_") + ".txt"
