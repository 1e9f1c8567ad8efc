#!/usr/bin/env python3
"""Writes a benchmark corpus of real text drawn from Vietnamese Wikipedia (../shared/data/viwiki,
one plain-text article a file): the articles are shuffled with a fixed seed and taken in that order,
whole, until WORDS white-space separated words are reached. The same text is written in one of three
shapes:

  articles    each article as it is, one file (a realistic mix of lengths)
  300         each article cut, at sentence ends, into files of about 300 words
  long:CHARS  the articles joined (a blank line between them) and cut, at line ends, into documents
              of about CHARS characters (for the long-document benchmark: long:10000, long:1000000)

Articles of fewer than 50 words (stubs, empty files) are left out. When the sample runs out before
WORDS, the articles are taken again in a new shuffle, and the script says so. The corpus goes to a
scratch folder (scripts/bench-extract.sh uses target/): whole articles are never to be committed.

Usage: make-wiki-corpus.py OUT_DIR WORDS [SHAPE] [SEED]     (SHAPE articles, SEED 42 by default)
The article folder is ../shared/data/viwiki next to the repository, or $VNIE_WIKI.
"""
import os
import random
import re
import sys

MIN_WORDS = 50
SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")


def article_texts(folder, words, seed):
    """The texts of the sample, in order, and the number of passes over the articles it took."""
    names = sorted(n for n in os.listdir(folder) if n.endswith(".txt"))
    texts = []
    for name in names:
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            text = f.read().strip()
        if len(text.split()) >= MIN_WORDS:
            texts.append(text)
    if not texts:
        sys.exit("no article of %d words or more in %s" % (MIN_WORDS, folder))
    rng = random.Random(seed)
    sample, written, passes = [], 0, 0
    while written < words:
        order = list(range(len(texts)))
        rng.shuffle(order)
        passes += 1
        for i in order:
            sample.append(texts[i])
            written += len(texts[i].split())
            if written >= words:
                break
    return sample, written, passes


def cut_300(text):
    """The article in pieces of about 300 words, ending at sentence ends; a short tail joins the last."""
    pieces, current, count = [], [], 0
    for line in text.split("\n"):
        for sentence in SENTENCE_END.split(line) if line.strip() else [""]:
            current.append(sentence)
            count += len(sentence.split())
            if count >= 300:
                pieces.append(current)
                current, count = [], 0
        current.append("\n")
    if count < 100 and pieces:
        pieces[-1] += current
    elif count:
        pieces.append(current)
    return [re.sub(r" ?\n ?", "\n", " ".join(p)).strip() + "\n" for p in pieces]


def cut_long(texts, chars):
    """The articles joined and cut at line ends into documents of about CHARS characters."""
    documents, current, size = [], [], 0
    for line in "\n\n".join(texts).split("\n"):
        current.append(line)
        size += len(line) + 1
        if size >= chars:
            documents.append("\n".join(current).strip() + "\n")
            current, size = [], 0
    if "".join(current).strip():
        documents.append("\n".join(current).strip() + "\n")
    return documents


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    out, words = sys.argv[1], int(sys.argv[2])
    shape = sys.argv[3] if len(sys.argv) > 3 else "articles"
    seed = int(sys.argv[4]) if len(sys.argv) > 4 else 42
    here = os.path.dirname(os.path.abspath(__file__))
    folder = os.environ.get("VNIE_WIKI", os.path.join(here, "..", "..", "shared", "data", "viwiki"))
    texts, written, passes = article_texts(folder, words, seed)
    if shape == "articles":
        documents = [t + "\n" for t in texts]
    elif shape == "300":
        documents = [piece for t in texts for piece in cut_300(t)]
    elif shape.startswith("long:"):
        documents = cut_long(texts, int(shape[len("long:"):]))
    else:
        sys.exit("unknown shape %s (articles, 300 or long:CHARS)" % shape)
    os.makedirs(out, exist_ok=True)
    for i, document in enumerate(documents):
        folder_out = os.path.join(out, "%03d" % (i // 1000))
        os.makedirs(folder_out, exist_ok=True)
        with open(os.path.join(folder_out, "doc%07d.txt" % i), "w", encoding="utf-8") as f:
            f.write(document)
    print("%d files, %d words (white-space separated) from %d articles in %s%s"
          % (len(documents), written, len(texts), out,
             "; the articles ran out: %d passes over them, each in a new shuffle" % passes
             if passes > 1 else ""))


main()
