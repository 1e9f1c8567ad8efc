#!/usr/bin/env python3
"""Adds passages from articles not yet in the corpus to the train split.

usage: extend_corpus.py CANDIDATES_TSV VIWIKI_DIR PROJECT_ROOT --add N [--train-articles]
                        [--per-article N] [--avoid FILE.txt ...]

The test and dev splits stay as they are (they are frozen): new passages come only from articles
that no split holds yet, and all of them go to train. With --train-articles, articles that train
already holds (never those of dev or test) may give further passages too, up to --per-article
(default 3, the limit of choose_corpus.py; a higher one for train alone takes more of the articles
densest in events once the others are used up). The same limits as choose_corpus.py hold
over the whole corpus (at most 3 passages an article, no era above a fifth, at most 55 % about
Vietnam), and no new passage may share a run of 12 words with a corpus text or an --avoid text.
Writes corpus/train/NAME.txt and appends to corpus/splits.tsv and corpus/SOURCES.md.
"""
import argparse
import collections
import csv
import glob
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from choose_corpus import (LICENCE, NOT_PROSE_TITLE, avoided_shingles, choose,  # noqa: E402
                           display_title, read_candidates, slug)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("candidates")
    parser.add_argument("viwiki")
    parser.add_argument("root")
    parser.add_argument("--add", type=int, required=True)
    parser.add_argument("--avoid", nargs="*", default=[])
    parser.add_argument("--train-articles", action="store_true")
    parser.add_argument("--per-article", type=int, default=3)
    args = parser.parse_args()
    corpus = os.path.join(args.root, "corpus")
    with open(os.path.join(corpus, "splits.tsv"), encoding="utf-8") as handle:
        existing = list(csv.DictReader(handle, delimiter="\t"))
    held_out = {r["article"].lower() for r in existing if r["split"] != "train"}
    in_train = collections.Counter(r["article"].lower() for r in existing if r["split"] == "train")
    stem_of = {r["article"].lower(): r["passage"].split("/")[-1].rsplit("-", 1)[0]
               for r in existing if r["split"] == "train"}
    total = len(existing) + args.add
    per_era = collections.Counter(r["era"] for r in existing)
    vietnam = sum(r["about_vietnam"] == "yes" for r in existing)
    avoid = avoided_shingles(
        glob.glob(os.path.join(corpus, "**", "*.txt"), recursive=True) + args.avoid)
    rows = [row for row in read_candidates(args.candidates)
            if row["score"] > 0 and not NOT_PROSE_TITLE.match(row["article"])
            and row["article"].lower() not in held_out
            and (args.train_articles or row["article"].lower() not in in_train)]
    rows.sort(key=lambda r: (-r["score"], r["article"], int(r["index"])))

    articles = {}
    per_article = collections.Counter({row["article"]: in_train[row["article"].lower()] for row in rows})
    chosen, vietnam = choose(rows, args.add, total, args.per_article, per_article, per_era, vietnam,
                             avoid, args.viwiki, articles)

    chosen.sort(key=lambda r: (r["article"], int(r["index"])))
    numbered = collections.Counter()
    # Two titles can share a slug (Nhà Tấn, Nhà Tần); passage names must be unique in the corpus.
    taken = {line.split("\t")[0].split("/")[-1].rsplit("-", 1)[0]
             for line in open(os.path.join(corpus, "splits.tsv"), encoding="utf-8")
             if "/" in line.split("\t")[0]}
    stems = {}
    for article in sorted({row["article"] for row in chosen}):
        if article.lower() in stem_of:
            stems[article] = stem_of[article.lower()]
            numbered[article] = in_train[article.lower()]
            continue
        stem, k = slug(article), 2
        while stem in taken:
            stem, k = f"{slug(article)}{k}", k + 1
        taken.add(stem)
        stems[article] = stem
    with open(os.path.join(corpus, "splits.tsv"), "a", encoding="utf-8") as splits, \
            open(os.path.join(corpus, "SOURCES.md"), "a", encoding="utf-8") as sources:
        for row in chosen:
            numbered[row["article"]] += 1
            title = display_title(row["article"], articles[row["article"]])
            name = f"{stems[row['article']]}-{numbered[row['article']]}"
            with open(os.path.join(corpus, "train", name + ".txt"), "w", encoding="utf-8",
                      newline="\n") as out:
                out.write(row["text"] + "\n")
            splits.write(f"train/{name}\ttrain\t{title}\t{LICENCE}\t{row['era']}\t"
                         f"{'yes' if row['vietnam'] else 'no'}\n")
            url = "https://vi.wikipedia.org/wiki/" + title.replace(" ", "_")
            removed = "footnote marks " + row["removed"] if row["removed"] else "nothing inside the passage"
            sources.write(f"| `train/{name}.txt` | {title} | {url} | {row['section'] or '(lead)'} | "
                          f"{removed} |\n")
    new_articles = len({r["article"] for r in chosen if r["article"].lower() not in in_train})
    print(f"{len(chosen)} passages, {new_articles} of new articles; eras now {dict(per_era)}; "
          f"about Vietnam {vietnam} of {len(existing) + len(chosen)}")


if __name__ == "__main__":
    main()
