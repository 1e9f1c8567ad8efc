#!/usr/bin/env python3
"""Builds the held-out split that tagger and segmenter variants are chosen on (models/README.md).

usage: treebank-heldout.py DATA_ROOT OUT_DIR

DATA_ROOT holds ud-vi-vtb/ and ud-vi-vtb-r2.11/ (as /work/shared/data does). The held-out
sentences are every fifth sentence (index % 5 == 4) of VTB train and of the UD 2.11 dev, the
latter without its sentences that test also has (the same words, case aside; 2 of 800):
439 sentences, 6,442 words. OUT_DIR (outside the repository: treebank files are never
committed) gets a treebank folder for `vnie train --data OUT_DIR`:

  vi_vtb-ud-train.conllu     the other four fifths of train (1,120 sentences)
  vi_vtb-ud-heldout.conllu   the held-out sentences, scored with `--eval heldout`
  added-dev211.conllu        the other four fifths of the 2.11 dev (639), for `--add`
  vi_vtb-ud-dev.conllu, vi_vtb-ud-test.conllu, not-to-release/   links to the real ones

e.g. ./vnie train pos --data OUT_DIR --out /tmp/x --eval heldout --add added-dev211.conllu
       --extra not-to-release/vi_vtb-ud-dev-1.conllu,not-to-release/NewTest.conllu
"""
import os
import sys


def sentences(path):
    with open(path, encoding="utf-8") as f:
        return [b for b in f.read().strip("\n").split("\n\n") if b.strip()]


def words(block):
    out = []
    for line in block.split("\n"):
        cols = line.split("\t")
        # Word lines only: no comments, multiword ranges (1-2) or empty nodes (1.1).
        if len(cols) > 1 and cols[0].isdigit():
            out.append(cols[1])
    return out


def key(block):
    return " ".join(words(block)).lower()


def write(path, blocks):
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n\n".join(blocks) + "\n\n")


def main(root, out):
    vtb = os.path.join(root, "ud-vi-vtb")
    test = {key(b) for b in sentences(os.path.join(vtb, "vi_vtb-ud-test.conllu"))}
    train = sentences(os.path.join(vtb, "vi_vtb-ud-train.conllu"))
    dev211 = [
        b
        for b in sentences(os.path.join(root, "ud-vi-vtb-r2.11", "vi_vtb-ud-dev-r2.11.conllu"))
        if key(b) not in test
    ]
    held = [b for i, b in enumerate(train) if i % 5 == 4] + [
        b for i, b in enumerate(dev211) if i % 5 == 4
    ]
    os.makedirs(out, exist_ok=True)
    write(os.path.join(out, "vi_vtb-ud-train.conllu"), [b for i, b in enumerate(train) if i % 5 != 4])
    write(os.path.join(out, "vi_vtb-ud-heldout.conllu"), held)
    write(os.path.join(out, "added-dev211.conllu"), [b for i, b in enumerate(dev211) if i % 5 != 4])
    for name in ["vi_vtb-ud-dev.conllu", "vi_vtb-ud-test.conllu", "not-to-release"]:
        link = os.path.join(out, name)
        if not os.path.lexists(link):
            os.symlink(os.path.abspath(os.path.join(vtb, name)), link)
    print(f"held out: {len(held)} sentences, {sum(len(words(b)) for b in held)} words")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
