#!/usr/bin/env python3
"""Choose the corpus passages from select_passages.py's candidates and assign the splits.

usage: choose_corpus.py CANDIDATES_TSV VIWIKI_DIR OUT_ROOT [--size 240] [--seed 13]
           [--avoid FILE.txt ...]

Takes passages in order of density with these limits: at most 3 from one article, no era
more than a fifth of the corpus, at most 55 % about Vietnam (so at least a third is not),
no article that is a date or a list, and no passage sharing a run of 12 words with an
--avoid text (the development set and the seed). Articles are then assigned to train, dev
and test (about 70/15/15 % of the passages, era by era, so that every split spans the eras),
all passages of an article to one split. Writes OUT_ROOT/corpus/{train,dev,test}/NAME.txt,
OUT_ROOT/corpus/splits.tsv and OUT_ROOT/corpus/SOURCES.md. Deterministic for one seed.
"""
import argparse
import collections
import os
import random
import re
import unicodedata

ERA_CAP = 0.20
VIETNAM_CAP = 0.55
SPLITS = (("train", 0.70), ("dev", 0.15), ("test", 0.15))
LICENCE = "CC BY-SA 3.0"
NOT_PROSE_TITLE = re.compile(r"^(\d+ tháng \d+|\d{1,4}|danh sách .*|lịch sử hành chính .*)$")
VIETNAM_WORDS = re.compile(
    r"Việt Nam|Việt Minh|Đại Việt|Đại Cồ Việt|Đại Nam|An Nam|Giao Chỉ|Giao Châu|Bắc Việt|"
    r"Việt Cộng|Đông Dương|Hà Nội|Sài Gòn|Huế|Thăng Long|Tây Sơn|Chiêm Thành|Đàng Trong|"
    r"Đàng Ngoài|Lam Sơn|Bạch Đằng|Nam Kỳ|Bắc Kỳ|Trung Kỳ|nhà Trần|nhà Lê|nhà Lý|nhà Nguyễn|"
    r"nhà Hồ|nhà Mạc|nhà Đinh|nhà Ngô|chúa Trịnh|chúa Nguyễn|Mặt trận Dân tộc Giải phóng"
)


def slug(title):
    plain = unicodedata.normalize("NFD", title.replace("đ", "d").replace("Đ", "D"))
    plain = "".join(c for c in plain if unicodedata.category(c) != "Mn").lower()
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-")


def shingles(text, n=12):
    words = re.findall(r"\w+", text.lower())
    return {" ".join(words[i : i + n]) for i in range(len(words) - n + 1)}


def display_title(article, text):
    """The article's title as its first lines write it (file names are lower case)."""
    head = text[:600]
    found = re.search(re.escape(article), head, re.IGNORECASE)
    if found:
        return found.group(0)
    return article[:1].upper() + article[1:]


def about_vietnam(passage, article_text):
    """A passage is about Vietnam when it names Vietnamese states, places or dynasties, or its
    article does throughout."""
    in_passage = len(VIETNAM_WORDS.findall(passage))
    density = len(VIETNAM_WORDS.findall(article_text)) * 10000 / max(len(article_text), 1)
    return in_passage >= 2 or (in_passage >= 1 and density >= 5) or density >= 12


def avoided_shingles(paths):
    """The 12-word runs of the texts at paths, which no chosen passage may share."""
    avoid = set()
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            avoid |= shingles(handle.read())
    return avoid


def read_candidates(path):
    """The candidate passages select_passages.py wrote, each a dict by column, with its score a
    number and its line breaks restored."""
    with open(path, encoding="utf-8") as handle:
        header = handle.readline().rstrip("\n").split("\t")
        for line in handle:
            row = dict(zip(header, line.rstrip("\n").split("\t")))
            row["score"] = float(row["score"])
            row["text"] = row["text"].replace("\\n", "\n")
            yield row


def choose(rows, count, total, article_cap, per_article, per_era, vietnam, avoid, viwiki, articles):
    """Up to count of rows, in their order, under the corpus limits for a corpus of total passages:
    at most article_cap an article, no era above ERA_CAP, at most VIETNAM_CAP about Vietnam, and
    none sharing a run of words with avoid. per_article and per_era (Counters) and vietnam count
    what the corpus holds already; the counters are updated in place, and articles (a dict) gets
    the NFC text of each article read from viwiki. Returns the chosen rows and the new vietnam."""
    chosen = []
    for row in rows:
        if len(chosen) == count:
            break
        if per_article[row["article"]] >= article_cap or per_era[row["era"]] >= ERA_CAP * total:
            continue
        if shingles(row["text"]) & avoid:
            continue
        if row["article"] not in articles:
            with open(os.path.join(viwiki, row["article"] + ".txt"), encoding="utf-8") as h:
                articles[row["article"]] = unicodedata.normalize("NFC", h.read())
        row["vietnam"] = about_vietnam(row["text"], articles[row["article"]])
        if row["vietnam"] and vietnam >= VIETNAM_CAP * total:
            continue
        chosen.append(row)
        per_article[row["article"]] += 1
        per_era[row["era"]] += 1
        vietnam += row["vietnam"]
    return chosen, vietnam


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("candidates")
    parser.add_argument("viwiki")
    parser.add_argument("out_root")
    parser.add_argument("--size", type=int, default=240)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--avoid", nargs="*", default=[])
    args = parser.parse_args()

    avoid = avoided_shingles(args.avoid)
    rows = [row for row in read_candidates(args.candidates)
            if row["score"] > 0 and not NOT_PROSE_TITLE.match(row["article"])]
    rows.sort(key=lambda r: (-r["score"], r["article"], int(r["index"])))

    articles = {}
    per_article, per_era = collections.Counter(), collections.Counter()
    chosen, vietnam = choose(rows, args.size, args.size, 3, per_article, per_era, 0, avoid,
                             args.viwiki, articles)

    # Splits by article, era by era: each article goes to the split furthest below its share.
    rng = random.Random(args.seed)
    by_era = collections.defaultdict(list)
    for article in sorted(per_article):
        eras = collections.Counter(r["era"] for r in chosen if r["article"] == article)
        by_era[eras.most_common(1)[0][0]].append(article)
    split_of, filled = {}, collections.Counter()
    for era in sorted(by_era):
        group = by_era[era]
        rng.shuffle(group)
        era_filled = collections.Counter()
        era_total = sum(per_article[a] for a in group)
        for article in group:
            def deficit(split):
                name, share = split
                return share * era_total - era_filled[name] + 0.01 * (share * args.size - filled[name])
            name = max(SPLITS, key=deficit)[0]
            split_of[article] = name
            era_filled[name] += per_article[article]
            filled[name] += per_article[article]

    # Passages of an article are numbered in text order.
    chosen.sort(key=lambda r: (r["article"], int(r["index"])))
    numbered = collections.Counter()
    records = []
    for row in chosen:
        numbered[row["article"]] += 1
        title = display_title(row["article"], articles[row["article"]])
        name = f"{slug(row['article'])}-{numbered[row['article']]}"
        split = split_of[row["article"]]
        folder = os.path.join(args.out_root, "corpus", split)
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, name + ".txt"), "w", encoding="utf-8", newline="\n") as out:
            out.write(row["text"] + "\n")
        records.append((name, split, title, row))

    with open(os.path.join(args.out_root, "corpus", "splits.tsv"), "w", encoding="utf-8") as out:
        out.write("passage\tsplit\tarticle\tlicence\tera\tabout_vietnam\n")
        for name, split, title, row in records:
            out.write(f"{split}/{name}\t{split}\t{title}\t{LICENCE}\t{row['era']}\t"
                      f"{'yes' if row['vietnam'] else 'no'}\n")

    with open(os.path.join(args.out_root, "corpus", "SOURCES.md"), "w", encoding="utf-8") as out:
        out.write(SOURCES_HEAD)
        for name, split, title, row in records:
            url = "https://vi.wikipedia.org/wiki/" + title.replace(" ", "_")
            removed = "footnote marks " + row["removed"] if row["removed"] else "nothing inside the passage"
            section = row["section"] or "(lead)"
            out.write(f"| `{split}/{name}.txt` | {title} | {url} | {section} | {removed} |\n")
    counts = collections.Counter(r[1] for r in records)
    print(f"{len(records)} passages from {len(per_article)} articles; splits {dict(counts)}; "
          f"eras {dict(per_era)}; about Vietnam {vietnam}")


SOURCES_HEAD = """# Sources of the corpus passages

Every passage under `train/`, `dev/` and `test/` is an excerpt of a Vietnamese Wikipedia
article, taken from the plain-text copy of the articles crawled in 2017 by
undertheseanlp/corpus.viwiki (`../shared/data/viwiki`). Licence: **CC BY-SA 3.0**,
Wikipedia contributors; attribution: the article named in each row, vi.wikipedia.org, and
its edit history. The annotations in `../annotations/` are shared under the same licence.

How each passage was cut (`scripts/corpus/select_passages.py`, then
`scripts/corpus/choose_corpus.py`): whole sentences of consecutive paragraphs of one section,
800 to 2,000 characters, NFC, one paragraph a line. Besides the footnote marks listed in the
last column, these were removed wherever the passage had them: the section headings around
it (the section is named in the fourth column), runs of spaces (one space kept) and spaces at
the ends of a line. The wording is otherwise the article's, including its spelling mistakes. The URL
gives the title as the stored copy writes it; the live article may have been renamed.

`elbe-day.txt` is the seed article the project started from; it is not part of the splits.

| file | article | URL | section | removed |
|---|---|---|---|---|
"""

if __name__ == "__main__":
    main()
