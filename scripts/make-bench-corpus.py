#!/usr/bin/env python3
"""Writes a benchmark corpus: the seed article's sentences and sentences of our own, repeated and
shuffled with a fixed seed into files of about 300 words, until WORDS words are written.

Usage: make-bench-corpus.py OUT_DIR WORDS [SEED]
"""
import os
import random
import re
import sys

OWN_SENTENCES = [
    "Đại tá Nguyễn Văn An chỉ huy Trung đoàn 66 tấn công Đồi A1 năm 1954.",
    "Ngày 7/5/1954, quân Pháp đầu hàng tại Điện Biên Phủ.",
    "Tướng Christian de Castries bị bắt tại hầm chỉ huy.",
    "Thiếu tá Trần Văn Bình hành quân đến Hà Nội vào mùa xuân năm 1946.",
    "Sư đoàn 308 tiến vào Thăng Long ngày 10/10/1954.",
    "Bình gặp An ở Huế sau nhiều năm xa cách.",
    "Trung đội của Thượng sĩ Lê Văn Cường đóng quân gần sông Hồng trong mùa mưa năm 1947.",
    "Những người lính trẻ hát vang trên đường hành quân qua các làng ven biển.",
]


def main():
    out, words, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]) if len(sys.argv) > 3 else 42
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "..", "corpus", "elbe-day.txt"), encoding="utf-8") as f:
        seed_text = f.read()
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", seed_text) if s.strip()]
    sentences += OWN_SENTENCES
    rng = random.Random(seed)
    os.makedirs(out, exist_ok=True)
    written = files = 0
    while written < words:
        doc, doc_words = [], 0
        while doc_words < 300:
            s = rng.choice(sentences)
            doc.append(s)
            doc_words += len(s.split())
        folder = os.path.join(out, "%03d" % (files // 1000))
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, "doc%07d.txt" % files), "w", encoding="utf-8") as f:
            f.write("\n".join(doc) + "\n")
        written += doc_words
        files += 1
    print("%d files, %d words (white-space separated) in %s" % (files, written, out))


main()
