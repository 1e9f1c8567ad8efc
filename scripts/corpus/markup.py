#!/usr/bin/env python3
"""Inline markup <-> brat standoff, for annotating passages by hand in a text editor.

usage: markup.py to-brat TEXT.txt MARKUP.mk OUT.ann
       markup.py from-brat TEXT.txt IN.ann OUT.mk

The markup is the passage itself with each span written in place, then a line `---` and one
relation or event a line:

    [[p1:PERSON|Võ Nguyên Giáp]] ... [[d1:DATE=1954-05-07|ngày 7/5/1954]] ... [[a1:Attack|tấn công]]
    ---
    HasRank p1 r1
    Commands p1 u1
    Attack a1 Attacker=u1 Target=l2 Place=l3 Time=d1

A span is `[[ID:TYPE|text]]` (ID optional when nothing refers to it; a DATE takes its value as
`DATE=VALUE`). Event lines name the type, the trigger's ID and ROLE=ID pairs; a role may
repeat. to-brat checks that the markup with the brackets taken out is the passage exactly and
says where it differs; ids are renumbered T1, T2 … in text order, relations R1 …, events E1 …
"""
import re
import sys

SPAN = re.compile(r"\[\[(?:([A-Za-z0-9_]+):)?([A-Za-z]+)(?:=([^|\]]+))?\|([^\]]*)\]\]")


def fail(message):
    sys.exit(f"markup: {message}")


def parse_markup(markup, text):
    body, sep, tail = markup.partition("\n---\n")
    if not sep and markup.rstrip("\n").endswith("\n---"):
        body, tail = markup.rstrip("\n")[:-4], ""
    plain, spans, last = [], [], 0
    for match in SPAN.finditer(body):
        plain.append(body[last : match.start()])
        start = sum(len(p) for p in plain)
        surface = match.group(4)
        plain.append(surface)
        spans.append(
            {"id": match.group(1), "type": match.group(2), "value": match.group(3),
             "start": start, "end": start + len(surface), "text": surface})
        last = match.end()
    plain.append(body[last:])
    stripped = "".join(plain)
    if "[[" in stripped or "]]" in stripped:
        at = stripped.find("[[") if "[[" in stripped else stripped.find("]]")
        fail(f"a bracket that is no span at character {at}: {stripped[max(0, at - 30):at + 30]!r}")
    if stripped.rstrip("\n") != text.rstrip("\n"):
        at = next((i for i, (a, b) in enumerate(zip(stripped, text)) if a != b),
                  min(len(stripped), len(text)))
        fail(f"the markup's text differs from the passage at character {at}:\n"
             f"  passage: {text[max(0, at - 40):at + 40]!r}\n"
             f"  markup:  {stripped[max(0, at - 40):at + 40]!r}")
    return spans, [line.split() for line in tail.splitlines() if line.strip() and not line.startswith("#")]


def to_brat(text_path, markup_path, out_path):
    text = open(text_path, encoding="utf-8").read()
    markup = open(markup_path, encoding="utf-8").read()
    spans, lines = parse_markup(markup, text)
    spans.sort(key=lambda s: (s["start"], s["end"]))
    ids, out, notes = {}, [], []
    for number, span in enumerate(spans, 1):
        if span["id"]:
            if span["id"] in ids:
                fail(f"id {span['id']} is used twice")
            ids[span["id"]] = f"T{number}"
        out.append(f"T{number}\t{span['type']} {span['start']} {span['end']}\t{span['text']}")
        if span["type"] == "DATE":
            if not span["value"]:
                fail(f"DATE {span['text']!r} has no value (write [[ID:DATE=VALUE|text]])")
            notes.append(f"#{len(notes) + 1}\tValue T{number}\t{span['value']}")
        elif span["value"]:
            fail(f"{span['type']} {span['text']!r} has a value; only DATE takes one")
    relations, events = [], []
    for words in lines:
        def ref(label):
            if label not in ids:
                fail(f"line {' '.join(words)!r} names {label}, which no span has as its id")
            return ids[label]
        if words[0] in ("HasRank", "Commands"):
            if len(words) != 3:
                fail(f"a relation line is TYPE ARG1 ARG2: {' '.join(words)!r}")
            relations.append(f"R{len(relations) + 1}\t{words[0]} Arg1:{ref(words[1])} Arg2:{ref(words[2])}")
        else:
            if len(words) < 2:
                fail(f"an event line is TYPE TRIGGER ROLE=ID …: {' '.join(words)!r}")
            seen, args = {}, []
            for pair in words[2:]:
                if "=" not in pair:
                    fail(f"an argument is ROLE=ID: {pair!r} in {' '.join(words)!r}")
                role, label = pair.split("=", 1)
                seen[role] = seen.get(role, 0) + 1
                suffix = "" if seen[role] == 1 else str(seen[role])
                args.append(f"{role}{suffix}:{ref(label)}")
            events.append(f"E{len(events) + 1}\t{words[0]}:{ref(words[1])}" + "".join(" " + a for a in args))
    with open(out_path, "w", encoding="utf-8", newline="\n") as handle:
        handle.write("\n".join(out + notes + relations + events) + "\n")


def from_brat(text_path, ann_path, out_path):
    text = open(text_path, encoding="utf-8").read()
    spans, values, tail = {}, {}, []
    lines = open(ann_path, encoding="utf-8").read().splitlines()
    for line in lines:
        ident, _, rest = line.partition("\t")
        if ident.startswith("T"):
            head, surface = rest.split("\t", 1)
            kind, start, end = head.split(" ")
            spans[ident] = (int(start), int(end), kind)
        elif ident.startswith("#"):
            parts = rest.split("\t")
            values[parts[0].split(" ")[1]] = parts[1]
    label = {ident: "t" + ident[1:] for ident in spans}
    for line in lines:
        ident, _, rest = line.partition("\t")
        if ident.startswith("R"):
            rel, a1, a2 = rest.split(" ")
            tail.append(f"{rel} {label[a1.split(':')[1]]} {label[a2.split(':')[1]]}")
        elif ident.startswith("E"):
            parts = rest.split(" ")
            kind, trigger = parts[0].split(":")
            args = [f"{a.split(':')[0].rstrip('0123456789')}={label[a.split(':')[1]]}" for a in parts[1:]]
            tail.append(" ".join([kind, label[trigger]] + args))
    pieces, last = [], 0
    for ident, (start, end, kind) in sorted(spans.items(), key=lambda kv: kv[1]):
        value = "=" + values[ident] if ident in values else ""
        pieces.append(text[last:start] + f"[[{label[ident]}:{kind}{value}|{text[start:end]}]]")
        last = end
    pieces.append(text[last:])
    with open(out_path, "w", encoding="utf-8", newline="\n") as handle:
        handle.write("".join(pieces).rstrip("\n") + "\n---\n" + "\n".join(tail) + "\n")


if __name__ == "__main__":
    if len(sys.argv) != 5 or sys.argv[1] not in ("to-brat", "from-brat"):
        sys.exit(__doc__)
    (to_brat if sys.argv[1] == "to-brat" else from_brat)(*sys.argv[2:])
