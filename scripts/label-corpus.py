#!/usr/bin/env python3
"""Turns hand-labelled article sources into the evaluation corpus: the raw
page text (what a user would paste into seeds/) and one truth file.

A source starts with `@field: value` lines, then `---`, then the page. In the
page, a line starting `B| ` is boilerplate and `M| ` is metadata (headline,
byline, date line); every other non-blank line is article text.
Fields: title (or "none": no headline on the page), date (YYYY-MM-DD or
none), authors (separated by ';'), outlet (or none), threads (separated by
','), event (`sentence start => value`, repeatable), quote (`quote start =>
speaker or none`, repeatable), duplicate (file name of the original), skip
(yes: nothing on the page is an article).

Usage: label-corpus.py SOURCE_DIR OUT_DIR  (writes OUT_DIR/seeds/*.txt and
adds or replaces their entries in OUT_DIR/truth.json)"""
import json
import os
import sys


def parse(path):
    head, _, page = open(path, encoding="utf-8").read().partition("\n---\n")
    truth = {"file": os.path.basename(path).replace(".lab", ".txt"), "title": None, "date": None, "authors": [],
             "outlet": None, "threads": [], "events": [], "quotes": [], "duplicateOf": None, "skip": False,
             "boilerplate": [], "metadata": []}
    for line in head.splitlines():
        if not line.strip():
            continue
        key, _, value = line[1:].partition(":")
        value = value.strip()
        if key == "title":
            truth["title"] = None if value == "none" else value
        elif key == "date":
            truth["date"] = None if value == "none" else value
        elif key == "authors":
            truth["authors"] = [a.strip() for a in value.split(";") if a.strip()]
        elif key == "outlet":
            truth["outlet"] = None if value == "none" else value
        elif key == "threads":
            truth["threads"] = [t.strip() for t in value.split(",") if t.strip()]
        elif key == "event":
            text, _, when = value.rpartition("=>")
            truth["events"].append({"sentence": text.strip(), "value": when.strip()})
        elif key == "quote":
            text, _, speaker = value.rpartition("=>")
            speaker = speaker.strip()
            truth["quotes"].append({"text": text.strip(), "speaker": None if speaker == "none" else speaker})
        elif key == "duplicate":
            truth["duplicateOf"] = value
        elif key == "skip":
            truth["skip"] = value == "yes"
        else:
            sys.exit(f"{path}: unknown field {key}")
    raw = []
    for line in page.splitlines():
        if line.startswith("B| "):
            truth["boilerplate"].append(line[3:].strip())
            raw.append(line[3:])
        elif line.startswith("M| "):
            truth["metadata"].append(line[3:].strip())
            raw.append(line[3:])
        else:
            raw.append(line)
    return truth, "\n".join(raw).strip("\n") + "\n"


def main():
    source, out = sys.argv[1], sys.argv[2]
    os.makedirs(os.path.join(out, "seeds"), exist_ok=True)
    truth_path = os.path.join(out, "truth.json")
    existing = json.load(open(truth_path, encoding="utf-8"))["articles"] if os.path.exists(truth_path) else []
    by_file = {t["file"]: t for t in existing}
    for name in sorted(os.listdir(source)):
        if not name.endswith(".lab"):
            continue
        truth, text = parse(os.path.join(source, name))
        with open(os.path.join(out, "seeds", truth["file"]), "w", encoding="utf-8") as f:
            f.write(text)
        by_file[truth["file"]] = truth
        words = len([w for w in text.split() if w.isalpha() or w[:1].isalnum()])
        print(f"{truth['file']}: {words} words", file=sys.stderr)
    with open(truth_path, "w", encoding="utf-8") as f:
        json.dump({"articles": [by_file[k] for k in sorted(by_file)]}, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
