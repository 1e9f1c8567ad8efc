#!/usr/bin/env python3
"""Builds vnie's gazetteers from open data (see NOTICE for licences and attribution).

usage: make_gazetteers.py SHARED_DATA_DIR CLDR_DIR OUT_DIR

SHARED_DATA_DIR holds lexicons/ (RDRsegmenter's lists, Apache-2.0) and gazetteers/ (Vietnam's
administrative units, MIT; Vietnamese given names, MIT). CLDR_DIR holds the unpacked npm
packages cldr-localenames-full (as loc/) and cldr-dates-full (as dates/), Unicode License v3:
    npm pack cldr-localenames-full@48.2.0 cldr-dates-full@48.2.0
Writes one name a line, sorted, NFC, with a header comment naming the source:
    vn-provinces.txt, vn-districts.txt, vn-communes.txt   (classifier removed: "Huyện Chiêm Hóa" -> "Chiêm Hóa")
    vn-places.txt            (RDRsegmenter's Vietnamese place names)
    countries.txt            (CLDR's Vietnamese territory names and RDRsegmenter's country names)
    cities.txt               (CLDR's Vietnamese names of cities)
    family-names.txt, middle-names.txt, given-names.txt  (given names: every syllable of the lists)
Deterministic.
"""
import json
import os
import re
import sys
import unicodedata

CLASSIFIERS = [
    "Thành phố", "Tỉnh", "Quận", "Huyện", "Thị xã", "Thị trấn", "Phường", "Xã",
]


def nfc(s):
    return unicodedata.normalize("NFC", s.strip())


def title(s):
    """Capitalises each syllable of a lower-case list entry ("ai cập" -> "Ai Cập")."""
    return " ".join(w[:1].upper() + w[1:] for w in s.split(" "))


def strip_classifier(full):
    for c in CLASSIFIERS:
        if full.startswith(c + " "):
            return full[len(c) + 1:]
    return full


def lines(path):
    with open(path, encoding="utf-8") as handle:
        return [nfc(l) for l in handle if l.strip()]


def write(out_dir, name, source, names):
    names = sorted({n for n in names if n and not re.search(r"\d", n)})
    with open(os.path.join(out_dir, name), "w", encoding="utf-8", newline="\n") as out:
        out.write(f"# {source}\n# One name a line; matched regardless of case. See NOTICE.\n")
        for n in names:
            out.write(n + "\n")
    print(f"{name}: {len(names)}")


def main(shared, cldr, out_dir):
    os.makedirs(out_dir, exist_ok=True)
    with open(os.path.join(shared, "gazetteers", "vn-admin-units-2.4.1.json"), encoding="utf-8") as h:
        units = json.load(h)
    provinces, districts, communes = set(), set(), set()
    for p in units:
        provinces.add(strip_classifier(nfc(p["FullName"])))
        for d in p.get("District") or []:
            districts.add(strip_classifier(nfc(d["FullName"])))
            for w in d.get("Ward") or []:
                communes.add(strip_classifier(nfc(w["FullName"])))
    admin = "Vietnam's administrative units before the 2025 reform, thanglequoc/vietnamese-provinces-database v2.4.1 (MIT)"
    write(out_dir, "vn-provinces.txt", admin, provinces)
    write(out_dir, "vn-districts.txt", admin, districts)
    write(out_dir, "vn-communes.txt", admin, communes)
    rdr = "RDRsegmenter's lists, datquocnguyen/RDRsegmenter e15dfca (Apache-2.0)"
    write(out_dir, "vn-places.txt", rdr, [title(l) for l in lines(os.path.join(shared, "lexicons", "rdr-vn-locations.txt"))])

    with open(os.path.join(cldr, "loc", "main", "vi", "territories.json"), encoding="utf-8") as h:
        territories = json.load(h)["main"]["vi"]["localeDisplayNames"]["territories"]
    countries = {nfc(v) for k, v in territories.items() if not k[0].isdigit() and "-alt-" not in k}
    for f in ("rdr-country-l-name.txt", "rdr-country-s-name.txt"):
        countries |= {title(l) for l in lines(os.path.join(shared, "lexicons", f))}
    write(out_dir, "countries.txt", "CLDR 48.2 Vietnamese territory names (Unicode License v3) and " + rdr, countries)

    with open(os.path.join(cldr, "dates", "main", "vi", "timeZoneNames.json"), encoding="utf-8") as h:
        zones = json.load(h)["main"]["vi"]["dates"]["timeZoneNames"]["zone"]
    cities = set()

    def walk(node):
        for value in node.values():
            if isinstance(value, dict):
                if "exemplarCity" in value:
                    cities.add(nfc(value["exemplarCity"]))
                else:
                    walk(value)

    walk(zones)
    cities.discard("Thành phố không xác định")
    write(out_dir, "cities.txt", "CLDR 48.2 Vietnamese names of cities (Unicode License v3)", cities)

    write(out_dir, "family-names.txt", rdr, [title(l) for l in lines(os.path.join(shared, "lexicons", "rdr-vn-family-names.txt"))])
    write(out_dir, "middle-names.txt", rdr, [title(l) for l in lines(os.path.join(shared, "lexicons", "rdr-vn-middle-names.txt"))])
    given = set()
    for f in ("vn-given-names-boy.txt", "vn-given-names-girl.txt"):
        for l in lines(os.path.join(shared, "gazetteers", f)):
            given |= {title(w.lower()) for w in l.split(" ")}
    write(out_dir, "given-names.txt", "Vietnamese given names, duyet/vietnamese-namedb 2129070 (MIT)", given)


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(*sys.argv[1:])
