#!/usr/bin/env python3
"""Puts a table of vnie-spark --single-file in the document order of `vnie extract --flat-names`.

vnie-spark writes a document's rows together and in vnie extract's order, but the documents in the
order Spark listed the files; vnie extract sorts them by name. This moves whole documents (a stable
sort by the first column, `doc` or `file`) and keeps every record's bytes as they are, so that the
result can be compared with vnie extract's table byte for byte (cmp).

Usage: by-document.py TABLE.csv OUT.csv
"""
import csv
import sys


def records(text):
    """The header and the records of an RFC 4180 text with CRLF line ends, each as its raw text."""
    lines = text.split("\r\n")
    if lines and lines[-1] == "":
        lines.pop()
    merged = []
    for line in lines:
        # A line inside a quoted field leaves an odd number of quotes in the record so far.
        if merged and merged[-1].count('"') % 2 == 1:
            merged[-1] += "\r\n" + line
        else:
            merged.append(line)
    return merged[0], merged[1:]


def first_field(record):
    return next(csv.reader([record]))[0]


def main(source, target):
    with open(source, encoding="utf-8", newline="") as f:
        header, rows = records(f.read())
    rows.sort(key=first_field)  # stable: the rows of a document keep their order
    with open(target, "w", encoding="utf-8", newline="") as f:
        f.write("".join(record + "\r\n" for record in [header] + rows))


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
