#!/usr/bin/env python3
"""Finds annotations that disagree with each other across a corpus, for a reviewer to look at.

usage: consistency.py ANN_DIR TEXT_DIR [--out REPORT.md]

Pairs NAME.ann under ANN_DIR with NAME.txt at the same relative path under TEXT_DIR and lists:
  1. strings annotated with more than one entity type (Quốc quân as UNIT here, LOCATION there);
  2. capitalised strings annotated at least twice as an entity but left unannotated elsewhere,
     where the unannotated occurrence overlaps no span (a possible miss);
  3. trigger words annotated as more than one event type;
  4. words annotated as a trigger at least three times and in at least 60 % of their
     occurrences, where they are left unannotated.
Each finding names the files and offsets. These are places to look, not errors: a word may
rightly be a trigger in one sentence and not in another.
"""
import argparse
import collections
import os
import re


def read_pairs(ann_dir, text_dir):
    for root, _, files in os.walk(ann_dir):
        for f in sorted(files):
            if not f.endswith(".ann"):
                continue
            rel = os.path.relpath(os.path.join(root, f), ann_dir)[:-4]
            txt = os.path.join(text_dir, rel + ".txt")
            if not os.path.exists(txt):
                continue
            text = open(txt, encoding="utf-8").read()
            spans = []
            for line in open(os.path.join(root, f), encoding="utf-8"):
                ident, _, rest = line.rstrip("\n").partition("\t")
                if ident.startswith("T"):
                    head, surface = rest.split("\t", 1)
                    kind, start, end = head.split(" ")
                    spans.append((int(start), int(end), kind, surface))
            yield rel, text, spans


ENTITY = {"PERSON", "RANK", "UNIT", "LOCATION", "DATE"}


def boundary_matches(text, needle):
    for m in re.finditer(re.escape(needle), text):
        s, e = m.start(), m.end()
        before = text[s - 1] if s > 0 else " "
        after = text[e] if e < len(text) else " "
        if not (before.isalnum() or after.isalnum()):
            yield s, e


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("ann_dir")
    parser.add_argument("text_dir")
    parser.add_argument("--out")
    args = parser.parse_args()
    docs = list(read_pairs(args.ann_dir, args.text_dir))
    entity_types = collections.defaultdict(collections.Counter)
    entity_where = collections.defaultdict(list)
    trigger_types = collections.defaultdict(collections.Counter)
    trigger_where = collections.defaultdict(list)
    for rel, text, spans in docs:
        for s, e, kind, surface in spans:
            if kind in ENTITY:
                entity_types[surface][kind] += 1
                entity_where[surface].append(f"{rel}:{s}")
            else:
                key = surface.lower()
                trigger_types[key][kind] += 1
                trigger_where[key].append(f"{rel}:{s}:{kind}")
    out = []
    out.append("## 1. Strings annotated with more than one entity type\n")
    for surface, types in sorted(entity_types.items()):
        if len(types) > 1:
            out.append(f"- `{surface}`: {dict(types)} — {', '.join(entity_where[surface][:12])}")
    out.append("\n## 2. Capitalised entity strings left unannotated elsewhere\n")
    frequent = {s for s, t in entity_types.items() if sum(t.values()) >= 2 and s[:1].isupper() and len(s) > 2}
    for rel, text, spans in docs:
        covered = [(s, e) for s, e, _, _ in spans]
        for surface in sorted(frequent):
            for s, e in boundary_matches(text, surface):
                if not any(a < e and s < b for a, b in covered):
                    kind = entity_types[surface].most_common(1)[0][0]
                    context = text[max(0, s - 30):e + 30].replace("\n", " ")
                    out.append(f"- {rel}:{s} `{surface}` (elsewhere {kind}) … {context} …")
    out.append("\n## 3. Trigger words annotated as more than one event type\n")
    for key, types in sorted(trigger_types.items()):
        if len(types) > 1:
            out.append(f"- `{key}`: {dict(types)} — {', '.join(trigger_where[key][:12])}")
    out.append("\n## 4. Words that are mostly triggers, left unannotated elsewhere\n")
    occurrences, misses = collections.Counter(), collections.defaultdict(list)
    candidates = {k for k, t in trigger_types.items() if sum(t.values()) >= 3 and len(k) > 2}
    for rel, text, spans in docs:
        covered = [(s, e) for s, e, _, _ in spans]
        lower = text.lower()
        for key in candidates:
            for s, e in boundary_matches(lower, key):
                occurrences[key] += 1
                if not any(a < e and s < b for a, b in covered):
                    context = text[max(0, s - 40):e + 40].replace("\n", " ")
                    misses[key].append(f"- {rel}:{s} `{key}` … {context} …")
    for key in sorted(candidates):
        annotated = sum(trigger_types[key].values())
        if occurrences[key] and annotated / occurrences[key] >= 0.6:
            out.extend(misses[key])
    report = "\n".join(out) + "\n"
    if args.out:
        with open(args.out, "w", encoding="utf-8") as handle:
            handle.write(report)
    else:
        print(report, end="")


if __name__ == "__main__":
    main()
