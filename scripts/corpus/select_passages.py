#!/usr/bin/env python3
"""Cut candidate passages for the annotated corpus out of the Vietnamese Wikipedia dump.

usage: select_passages.py VIWIKI_DIR OUT_TSV [--per-article 3] [--min 800] [--max 2000]

Reads every article of VIWIKI_DIR (plain text, one paragraph a line, `== heading ==` lines),
drops the reference sections and wiki leftovers, cuts each section's prose into passages of
MIN..MAX characters at sentence boundaries, scores each passage by how dense it is in the
things vnie extracts (ranks and titles, formation words, dates, event verbs, capitalised
names) and writes the best passages of each article (at most --per-article, not overlapping)
to OUT_TSV, one a line: article, passage index, score, era, about_vietnam, removed, text
(paragraphs joined by a literal \\n).

It only proposes: the corpus is chosen from this list by choose_corpus.py. Deterministic.
"""
import argparse
import os
import re
import sys
import unicodedata

DROP_SECTIONS = re.compile(
    r"^(tham khảo|chú thích|ghi chú|liên kết ngoài|xem thêm|đọc thêm|thư mục|nguồn|"
    r"tài liệu|tài liệu tham khảo|sách tham khảo|hình ảnh|thư viện ảnh|phim|trong văn hóa)",
    re.I,
)
FOOTNOTE = re.compile(r"\[(\d+|[a-z]|cần dẫn nguồn|chú thích \d+|note \d+|\d+ \d+)\]")
LEFTOVER = re.compile(r"\{\{|\}\}|\|\s*\w+\s*=|^\s*[*#:;!|]|^\s*Tập tin:|^\s*Hình:|px\|")
SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”»)]?\s+(?=[\"“«(]?[A-ZĐÀ-Ỹ0-9])")

RANK_WORDS = [
    "tướng", "đại tướng", "trung tướng", "thiếu tướng", "thượng tướng", "nguyên soái",
    "thống chế", "đô đốc", "đề đốc", "phó đô đốc", "chuẩn tướng", "đại tá", "trung tá",
    "thiếu tá", "thượng tá", "đại úy", "trung úy", "thiếu úy", "thượng úy", "hạ sĩ",
    "trung sĩ", "thượng sĩ", "tư lệnh", "chính ủy", "tham mưu trưởng", "sư đoàn trưởng",
    "trung đoàn trưởng", "tiểu đoàn trưởng", "đại đội trưởng", "chỉ huy trưởng", "tổng chỉ huy",
    "thống lĩnh", "nguyên súy", "tiết chế", "đại đô đốc",
]
UNIT_WORDS = [
    "sư đoàn", "trung đoàn", "tiểu đoàn", "lữ đoàn", "đại đội", "quân đoàn", "tập đoàn quân",
    "hạm đội", "quân khu", "phương diện quân", "binh đoàn", "đại đoàn", "liên đội", "không đoàn",
    "quân đội", "lục quân", "hải quân", "không quân", "cận vệ", "kỵ binh", "bộ binh",
]
EVENT_WORDS = [
    "tấn công", "tiến công", "đánh", "bắn", "oanh tạc", "hành quân", "tiến về", "rút lui",
    "đổ bộ", "chiếm", "giải phóng", "đầu hàng", "hy sinh", "tử trận", "bị giết", "qua đời",
    "gặp", "hội quân", "bao vây", "phục kích", "tiêu diệt", "đánh bại", "truy kích", "vượt",
    "rút về", "tiến vào", "xâm lược", "bị bắt", "tử thương", "chết", "phản công", "công phá",
]
DATE = re.compile(r"\b(năm|tháng|ngày)\s+\d{1,4}|\b\d{1,2}/\d{1,2}/\d{3,4}\b|thế kỷ \w+")
NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-ZĐÀ-Ỹ][\wà-ỹ]+(?:\s+[A-ZĐÀ-Ỹ][\wà-ỹ]+)+")
YEAR = re.compile(r"\b(?:năm|đến|–|-|từ)\s*(\d{3,4})\b(\s*TCN)?|\b(\d{3,4})\s*TCN\b")

VIETNAM_CUES = [
    "Việt Nam", "Việt Minh", "Đại Việt", "Đại Cồ Việt", "Đại Nam", "An Nam", "Giao Chỉ",
    "Bắc Việt", "Nam Việt", "Việt Cộng", "Quân đội nhân dân", "Đông Dương", "Hà Nội", "Sài Gòn",
    "Huế", "Thăng Long", "Tây Sơn", "Điện Biên", "Quảng Trị", "Đà Nẵng", "Nghệ An",
    "Thanh Hóa", "Chiêm Thành", "Champa", "nhà Trần", "nhà Lê", "nhà Lý", "nhà Nguyễn",
    "nhà Hồ", "nhà Mạc", "chúa Trịnh", "chúa Nguyễn", "Lam Sơn", "Bạch Đằng", "Quân giải phóng",
    "Mặt trận Dân tộc Giải phóng", "Việt Nam Cộng hòa", "Lào", "Campuchia",
]


def nfc(text):
    return unicodedata.normalize("NFC", text)


def sections(lines):
    """Yields (heading, [paragraph lines]) for the prose sections that are kept."""
    heading, paragraphs, dropped = "", [], False
    for line in lines:
        line = line.rstrip("\n")
        match = re.match(r"^\s*(=+)\s*(.*?)\s*=+\s*$", line)
        if match:
            if paragraphs and not dropped:
                yield heading, paragraphs
            # Some dumps keep the edit link's text ("Sửa đổi") at the end of a heading.
            heading, paragraphs = re.sub(r"\s*Sửa đổi$", "", match.group(2)), []
            dropped = bool(DROP_SECTIONS.match(heading))
            continue
        paragraphs.append(line)
    if paragraphs and not dropped:
        yield heading, paragraphs


def clean_paragraph(line):
    """The paragraph without footnote marks, and what was removed; None when it is no prose."""
    if not line.strip() or LEFTOVER.search(line):
        return None, []
    removed = FOOTNOTE.findall(line)
    text = FOOTNOTE.sub("", line)
    text = re.sub(r"[ \t]+", " ", text).strip()
    if len(text) < 80 or not re.search(r"[.!?…]$", text):
        return None, []
    return text, ["[" + r + "]" for r in removed]


def sentences(paragraph):
    parts, start = [], 0
    for match in SENTENCE_END.finditer(paragraph):
        end = match.start() + len(match.group(0).rstrip())
        parts.append(paragraph[start:end].strip())
        start = match.end()
    parts.append(paragraph[start:].strip())
    return [p for p in parts if p]


def count(text, words):
    lower = text.lower()
    total = 0
    for word in words:
        total += len(re.findall(r"(?<![\wà-ỹ])" + re.escape(word) + r"(?![\wà-ỹ])", lower))
    return total


def score(text):
    """Density per 1,000 characters of what vnie extracts; names count only up to a cap so
    that lists of place names do not win, and a passage needs events and military words."""
    ranks = count(text, RANK_WORDS)
    units = count(text, UNIT_WORDS)
    events = count(text, EVENT_WORDS)
    dates = len(DATE.findall(text))
    names = len(NAME.findall(text))
    per_k = 1000.0 / max(len(text), 1)
    if events < 3 or dates < 1 or ranks + units < 2:
        return 0.0
    value = 2.0 * ranks + 1.5 * units + 1.5 * events + 1.0 * min(dates, 8) + 0.5 * min(names, 20)
    return round(per_k * value, 2)


def era(text, fallback="unknown"):
    years = []
    for match in YEAR.finditer(text):
        year = int(match.group(1) or match.group(3))
        bce = bool(match.group(2)) or match.group(3) is not None
        if 100 <= year <= 2030 or bce:
            years.append(-year if bce else year)
    if not years:
        return fallback
    years.sort()
    mid = years[len(years) // 2]
    if mid < 500:
        return "antiquity"
    if mid < 1500:
        return "medieval"
    if mid < 1800:
        return "early-modern"
    if mid < 1914:
        return "19th-century"
    if mid < 1919:
        return "ww1"
    if mid < 1939:
        return "interwar"
    if mid < 1946:
        return "ww2"
    if mid < 1955:
        return "1946-1954"
    if mid < 1976:
        return "1955-1975"
    if mid < 1992:
        return "1976-1991"
    return "after-1991"


def about_vietnam(text):
    return sum(text.count(cue) for cue in VIETNAM_CUES) >= 2


def passages_of(paragraphs, low, high):
    """Runs of whole sentences from consecutive paragraphs, each LOW..HIGH characters."""
    units = []  # (paragraph index, sentence)
    for index, paragraph in enumerate(paragraphs):
        for sentence in sentences(paragraph):
            units.append((index, sentence))
    out, i = [], 0
    while i < len(units):
        chosen, length, j = [], 0, i
        while j < len(units):
            add = len(units[j][1]) + (1 if chosen else 0)
            if length + add > high:
                break
            chosen.append(units[j])
            length += add
            j += 1
        if length >= low:
            lines, last = [], None
            for index, sentence in chosen:
                if index != last:
                    lines.append(sentence)
                else:
                    lines[-1] += " " + sentence
                last = index
            out.append((i, j, "\n".join(lines)))
            i = j
        else:
            i += 1
    return out


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("viwiki")
    parser.add_argument("out")
    parser.add_argument("--per-article", type=int, default=3)
    parser.add_argument("--min", type=int, default=800)
    parser.add_argument("--max", type=int, default=2000)
    args = parser.parse_args()
    rows = []
    for name in sorted(os.listdir(args.viwiki)):
        if not name.endswith(".txt"):
            continue
        with open(os.path.join(args.viwiki, name), encoding="utf-8") as handle:
            lines = nfc(handle.read()).split("\n")
        article_era = era("\n".join(lines))
        candidates = []
        for heading, raw in sections(lines):
            kept, removed = [], []
            for line in raw:
                text, marks = clean_paragraph(line)
                if text is None:
                    if kept:
                        candidates += [(heading, p, removed) for p in passages_of(kept, args.min, args.max)]
                    kept, removed = [], []
                    continue
                kept.append(text)
                removed += marks
            if kept:
                candidates += [(heading, p, removed) for p in passages_of(kept, args.min, args.max)]
        scored = sorted(
            ((score(p[2]), n, heading, p, removed) for n, (heading, p, removed) in enumerate(candidates)),
            key=lambda c: (-c[0], c[1]),
        )
        for rank, (value, n, heading, p, removed) in enumerate(scored[: args.per_article]):
            text = p[2]
            rows.append(
                [name[:-4], str(n), str(value), era(text, article_era), "yes" if about_vietnam(text) else "no",
                 heading, " ".join(sorted(set(removed))), text.replace("\n", "\\n")]
            )
    with open(args.out, "w", encoding="utf-8") as out:
        out.write("article\tindex\tscore\tera\tabout_vietnam\tsection\tremoved\ttext\n")
        for row in rows:
            out.write("\t".join(c.replace("\t", " ") for c in row) + "\n")
    print(f"{len(rows)} passages", file=sys.stderr)


if __name__ == "__main__":
    main()
