#!/usr/bin/env python3
"""Runs `crosscheck analyze` and `crosscheck annotate` on examples/seeds and validates both
outputs against the contracts in docs/schema (JSON Schema 2020-12, python3-jsonschema)."""
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import jsonschema


def main() -> int:
    binary, root = sys.argv[1], Path(sys.argv[2])
    seeds = root / "examples" / "seeds"
    report_schema = json.loads((root / "docs/schema/report.schema.json").read_text())
    annotations_schema = json.loads((root / "docs/schema/annotations.schema.json").read_text())
    with tempfile.TemporaryDirectory() as tmp:
        report_path = Path(tmp) / "report.json"
        subprocess.run([binary, "analyze", str(seeds), "--json", str(report_path)],
                       check=True, stdout=subprocess.DEVNULL)
        report = json.loads(report_path.read_text())
        jsonschema.Draft202012Validator(report_schema).validate(report)
        for raw in (False, True):
            args = [binary, "annotate", str(seeds)] + (["--raw"] if raw else [])
            out = subprocess.run(args, check=True, capture_output=True, text=True).stdout
            lines = [json.loads(line) for line in out.splitlines() if line.strip()]
            if len(lines) != 5:
                print(f"annotate{' --raw' if raw else ''}: expected 5 lines, got {len(lines)}")
                return 1
            for line in lines:
                jsonschema.Draft202012Validator(annotations_schema).validate(line)
                for mention in line["mentions"]:
                    span = line["text"][mention["start"]:mention["end"]]
                    if span != mention["text"]:
                        print(f"{line['id']}: mention offsets do not match its text: {span!r} != {mention['text']!r}")
                        return 1
                if raw:
                    original = next(seeds.glob(line["id"] + ".*")).read_text(encoding="utf-8")
                    if line["text"] != original:
                        print(f"{line['id']}: --raw text differs from the input")
                        return 1
    print("report and annotations validate against docs/schema")
    return 0


if __name__ == "__main__":
    sys.exit(main())
