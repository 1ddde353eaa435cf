#!/usr/bin/env python3
"""Quotations in other languages than English (issue 14): of the quotations that open with a
quotation mark in `crosscheck annotate` output, the share that ends at its own closing mark
(German „…“ closes with “, »…« with «, French « … » with », Polish „…”; a sloppy “…“ or
"…“ counts as closed by the writer's mark), and the share of direct quotes with a named
speaker, per language, on trafilatura_eval's pages (language as the reader identifies it).

The pages are split by the MD5 of their id: first hex digit 0-7 is the tuning half (its
quotes may be read), 8-f the held-out half (scored, not read). The speaker share counts
every direct quote, titles and slogans opening a paragraph included, so it is a floor; the
hand-judged figure (speech quotes only) is in bench/RESULTS.md.

usage: quote_marks_languages.py ANNOTATIONS.jsonl [LANG ...]
"""
import hashlib
import json
import sys

CLOSERS = {'„': '“”"', '“': '”“', '»': '«»', '«': '»', '‚': '‘’', '‘': '’', '"': '"“”',
           '「': '」', '『': '』', '‹': '›', '›': '‹'}
SPACES = ' \u00a0\u202f'


def half_of(doc_id):
    return 'tuning' if hashlib.md5(doc_id.encode()).hexdigest()[0] in '01234567' else 'held-out'


def main():
    path = sys.argv[1]
    languages = sys.argv[2:] or ['de', 'fr', 'es']
    counts = {}
    with open(path, encoding='utf-8') as f:
        for line in f:
            doc = json.loads(line)
            lang = doc.get('language')
            if lang not in languages:
                continue
            text = doc['text']
            c = counts.setdefault((lang, half_of(doc['id'])), [0, 0, 0, 0])
            for m in doc['mentions']:
                if m['kind'] != 'quote' or m['type'] not in ('direct', 'partial'):
                    continue
                start, end = m['start'], m['end']
                i = start - 1
                while i >= 0 and text[i] in SPACES:
                    i -= 1
                opener = text[i] if i >= 0 else ''
                if opener not in CLOSERS:
                    continue  # a transcript turn or a statement after a colon
                j = end
                while j < len(text) and text[j] in SPACES:
                    j += 1
                closer = text[j] if j < len(text) else ''
                if closer not in CLOSERS[opener] and end > 0 and text[end - 1] in CLOSERS[opener]:
                    closer = text[end - 1]
                c[0] += 1
                c[1] += closer in CLOSERS[opener]
                if m['type'] == 'direct':
                    c[2] += 1
                    c[3] += bool(m.get('speaker') and m['speaker'].get('name'))
    for (lang, half), (quotes, own, direct, named) in sorted(counts.items()):
        print(f"{lang} {half}: {quotes} quotations opened by a mark, {own / max(quotes, 1):.3f} end at "
              f"their own closing mark; {direct} direct, {named / max(direct, 1):.3f} with a named speaker")


if __name__ == '__main__':
    main()
