#!/usr/bin/env python3
"""Writes a JSONL corpus of N documents for the serve latency benchmark (bench/serve_latency.cc):
each article of the BBC 2,225 set (../shared/data/bbc_news_2225) copied until N documents are
written, every copy edited the way outlets rewrite an agency story: a varied id, an outlet and
a date of its own, a sentence or two dropped, two sentences swapped, and one number changed.
Deterministic: the same N gives the same bytes.

  scripts/bench/serve-corpus.py ../shared/data/bbc_news_2225 100000 > corpus.jsonl
"""
import json
import os
import random
import re
import sys

OUTLETS = ["BBC", "Reuters", "AFP", "AP", "The Guardian", "The Times", "Sky News", "CNN",
           "Al Jazeera", "Bloomberg", "NPR", "DW", "France 24", "Euronews", "The Independent"]
NUMBER = re.compile(r"\b\d+(?:\.\d+)?\b")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def articles(folder):
    for topic in sorted(os.listdir(folder)):
        path = os.path.join(folder, topic)
        if not os.path.isdir(path):
            continue
        for name in sorted(os.listdir(path)):
            if name.endswith(".txt"):
                with open(os.path.join(path, name), "rb") as f:
                    data = f.read()
                try:
                    text = data.decode("utf-8")
                except UnicodeDecodeError:
                    text = data.decode("latin-1")
                yield f"{topic}-{name[:-4]}", text


def edit(text, rng):
    lines = text.strip().split("\n")
    title, paragraphs = lines[0].strip(), [p for p in lines[1:] if p.strip()]
    edited = []
    for paragraph in paragraphs:
        sentences = SENTENCE_END.split(paragraph.strip())
        if len(sentences) > 2 and rng.random() < 0.15:
            del sentences[rng.randrange(len(sentences))]
        if len(sentences) > 1 and rng.random() < 0.2:
            i = rng.randrange(len(sentences) - 1)
            sentences[i], sentences[i + 1] = sentences[i + 1], sentences[i]
        edited.append(" ".join(sentences))
    body = "\n\n".join(edited)
    numbers = list(NUMBER.finditer(body))
    if numbers:
        m = numbers[rng.randrange(len(numbers))]
        value = m.group(0)
        changed = str(int(float(value)) + rng.randint(1, 9)) if "." not in value else value
        body = body[:m.start()] + changed + body[m.end():]
    return title, body


def main():
    folder, total = sys.argv[1], int(sys.argv[2])
    source = list(articles(folder))
    if not source:
        sys.exit(f"serve-corpus: no articles under {folder}")
    written = 0
    copy = 0
    out = sys.stdout
    while written < total:
        for stem, text in source:
            if written >= total:
                break
            rng = random.Random(f"{stem}:{copy}")
            title, body = edit(text, rng)
            record = {
                "id": f"{stem}-v{copy}",
                "title": title,
                "text": body,
                "outlet": OUTLETS[(copy + len(stem)) % len(OUTLETS)],
                "published": f"2024-10-{1 + (copy % 28):02d}",
            }
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            written += 1
        copy += 1


if __name__ == "__main__":
    main()
