#!/usr/bin/env python3
"""Re-scores candidate passages by what vnie itself extracts from them, to pick passages dense in
what the models have least of (units, ranks, commanders) for the next annotation round.

usage: rescore_by_extraction.py texts CANDIDATES_TSV TEXT_DIR
       rescore_by_extraction.py rescore CANDIDATES_TSV EXTRACTION_DIR PROJECT_ROOT OUT_TSV
                                [--per-article 3] [--events-only] [--any-selection-score]

`texts` writes each candidate of CANDIDATES_TSV (from select_passages.py) to TEXT_DIR/cNNNNN.txt;
run `./vnie extract TEXT_DIR --out EXTRACTION_DIR` on them. `rescore` then replaces each
candidate's score by what vnie found per 1,000 characters:
3 x UNIT (at most 10) + 2 x RANK (at most 10) + 6 x Commands + 1.5 x HasRank + events (at most 25),
and 0 where select_passages.py scored 0 or vnie found fewer than 3 events. The caps keep
orders of battle and lists of titles from winning. Candidates that share a run of 12 words with a
corpus text are dropped, and of each article only the best --per-article remain, so that
extend_corpus.py spreads the round over many articles. With --events-only the score is the events
per 1,000 characters alone (at least 6 events in the passage) and select_passages.py's own score
is not required, so that articles without ranks or formation words count too; --any-selection-score
drops that requirement for the default score as well (once the passages select_passages.py scores
above 0 are used up, what vnie finds is the better guide). Deterministic given the extraction.
"""
import argparse
import collections
import csv
import glob
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from choose_corpus import shingles  # noqa: E402

WEIGHTS = {"UNIT": (3.0, 10), "RANK": (2.0, 10), "Commands": (6.0, None), "HasRank": (1.5, None),
           "events": (1.0, 25)}


def read_candidates(path):
    with open(path, encoding="utf-8") as handle:
        header = handle.readline().rstrip("\n").split("\t")
        return header, [line.rstrip("\n").split("\t") for line in handle]


def write_texts(candidates, out_dir):
    header, rows = read_candidates(candidates)
    os.makedirs(out_dir, exist_ok=True)
    text = header.index("text")
    for i, row in enumerate(rows):
        with open(os.path.join(out_dir, f"c{i:05d}.txt"), "w", encoding="utf-8", newline="\n") as out:
            out.write(row[text].replace("\\n", "\n") + "\n")
    print(f"{len(rows)} candidate texts -> {out_dir}")


def counts(extraction):
    found = collections.defaultdict(collections.Counter)
    for table, column in (("entities.csv", "type"), ("relations.csv", "type"), ("events.csv", None)):
        with open(os.path.join(extraction, table), encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                found[row["doc"]][row[column] if column else "events"] += 1
    return found


def score(found, length, events_only=False):
    if events_only:
        return 1000.0 * found["events"] / max(length, 1) if found["events"] >= 6 else 0.0
    if found["events"] < 3:
        return 0.0
    total = 0.0
    for kind, (weight, cap) in WEIGHTS.items():
        total += weight * (found[kind] if cap is None else min(found[kind], cap))
    return 1000.0 * total / max(length, 1)


def rescore(candidates, extraction, root, out_path, per_article, events_only=False,
            any_selection_score=False):
    header, rows = read_candidates(candidates)
    found = counts(extraction)
    avoid = set()
    for path in glob.glob(os.path.join(root, "corpus", "**", "*.txt"), recursive=True):
        with open(path, encoding="utf-8") as handle:
            avoid |= shingles(handle.read())
    col = {name: header.index(name) for name in ("article", "index", "score", "text")}
    by_article = collections.defaultdict(list)
    for i, row in enumerate(rows):
        text = row[col["text"]].replace("\\n", "\n")
        if not (events_only or any_selection_score) and float(row[col["score"]]) <= 0:
            continue
        value = score(found[f"c{i:05d}"], len(text), events_only)
        # The score is cheap; the overlap test with the corpus only for candidates that count.
        if value > 0 and not shingles(text) & avoid:
            row = list(row)
            row[col["score"]] = f"{value:.2f}"
            by_article[row[col["article"]]].append((-value, int(row[col["index"]]), row))
    kept = 0
    with open(out_path, "w", encoding="utf-8") as out:
        out.write("\t".join(header) + "\n")
        for article in sorted(by_article):
            for _, _, row in sorted(by_article[article])[:per_article]:
                out.write("\t".join(row) + "\n")
                kept += 1
    print(f"{kept} candidates of {len(by_article)} articles -> {out_path}")


def main():
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="command", required=True)
    texts = sub.add_parser("texts")
    texts.add_argument("candidates")
    texts.add_argument("out_dir")
    again = sub.add_parser("rescore")
    again.add_argument("candidates")
    again.add_argument("extraction")
    again.add_argument("root")
    again.add_argument("out")
    again.add_argument("--per-article", type=int, default=3)
    again.add_argument("--events-only", action="store_true")
    again.add_argument("--any-selection-score", action="store_true")
    args = parser.parse_args()
    if args.command == "texts":
        write_texts(args.candidates, args.out_dir)
    else:
        rescore(args.candidates, args.extraction, args.root, args.out, args.per_article,
                args.events_only, args.any_selection_score)


if __name__ == "__main__":
    main()
