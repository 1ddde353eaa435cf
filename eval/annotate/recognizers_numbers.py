#!/usr/bin/env python3
"""Numbers by language on Microsoft Recognizers-Text's own test tables (issue 14).

For each language and model (NumberModel, PercentModel), every case that not all four
implementations mark NotSupported becomes a JSONL record {id, text, language}; `crosscheck
annotate` reads them, and a case passes when the values of its quantity mentions (as a
multiset) equal the expected results' values (percentages compared as numbers with a "%"
unit). Prints per language and model: cases, passed, accuracy. These tables are a tuning set
(the peer's own unit tests; --errors lists the failures); the held-out check of figures is a
judged sample of real pages (bench/RESULTS.md). Most cases are numbers in words ("zweihundert-
sechsundfünfzig", "trois cinquièmes"), which the reader does not yet read.

usage: recognizers_numbers.py write SPECS OUT.jsonl   (records)
       recognizers_numbers.py score SPECS ANNOTATIONS.jsonl [--errors]
"""
import json
import math
import os
import sys

LANGS = {'German': 'de', 'French': 'fr', 'Spanish': 'es', 'Italian': 'it', 'Portuguese': 'pt',
         'Dutch': 'nl', 'Chinese': 'zh', 'Korean': 'ko', 'Japanese': 'ja', 'English': 'en'}
MODELS = ['NumberModel', 'PercentModel']
ALL = {'javascript', 'python', 'java', 'dotnet'}


def cases(specs):
    for lang, code in LANGS.items():
        for model in MODELS:
            path = os.path.join(specs, 'Number', lang, model + '.json')
            if not os.path.exists(path):
                continue
            with open(path, encoding='utf-8-sig') as f:
                table = json.load(f)
            for n, case in enumerate(table):
                skipped = {s.strip() for s in (case.get('NotSupported') or '').split(',') if s.strip()}
                if case.get('NotSupportedByDesign') or skipped >= ALL:
                    continue
                yield f'{code}-{model}-{n}', code, model, case


def number(text, code):
    text = text.strip().rstrip('%').replace(' ', '')
    if code not in ('en', 'zh', 'ja', 'ko'):
        text = text.replace('.', '').replace(',', '.')
    try:
        return float(text)
    except ValueError:
        return None


def main():
    mode, specs, path = sys.argv[1], sys.argv[2], sys.argv[3]
    if mode == 'write':
        with open(path, 'w', encoding='utf-8') as out:
            for key, code, model, case in cases(specs):
                out.write(json.dumps({'id': key, 'text': case['Input'], 'language': code},
                                     ensure_ascii=False) + '\n')
        return
    found = {}
    with open(path, encoding='utf-8') as f:
        for line in f:
            doc = json.loads(line)
            found[doc['id']] = [m for m in doc['mentions'] if m['kind'] == 'quantity']
    totals = {}
    errors = []
    for key, code, model, case in cases(specs):
        expected = sorted(v for v in (number(r['Resolution'].get('value', ''), code)
                                      for r in case['Results']) if v is not None)
        got = sorted(m['value'] for m in found.get(key, [])
                     if model != 'PercentModel' or m.get('unit') == '%')
        ok = len(expected) == len(got) and all(
            math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9) for a, b in zip(expected, got))
        t = totals.setdefault((code, model), [0, 0])
        t[0] += 1
        t[1] += ok
        if not ok:
            errors.append(f'{key}: {case["Input"]!r} expected {expected} got {got}')
    for (code, model), (n, ok) in sorted(totals.items()):
        print(f'recognizers {code} {model}: {ok}/{n} cases = {ok / n:.3f}')
    if '--errors' in sys.argv:
        for e in errors:
            print(e)


if __name__ == '__main__':
    main()
