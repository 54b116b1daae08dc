#!/usr/bin/env python3
"""Self-check of the actor lexicon under extract/lexicon/ (stdlib only).

Checks column counts, unique ids, known types, Wikidata id shape, NFC text, roles pointing at
existing persons/organisations/title keys with well-formed dates (from <= to), places and alias
files pointing at existing ids, and warns when one name maps to two different actors within the
same kind of file. When ../shared/eval/entities.tsv exists (relative to the repository root, or
given with --entities), every canonical name in it must resolve to an actor by name or alias.

Usage: python3 scripts/check_lexicon.py [--lexicon DIR] [--entities FILE] [--quiet]
Exit status: 1 when there are errors, 0 otherwise (warnings do not fail).
"""
import argparse
import collections
import os
import re
import sys
import unicodedata

TYPES = {"person", "country", "organisation", "armed_group", "media", "party", "company", "region", "group"}
KINDS = {"head", "minister", "official", "minor", "anchored"}  # anchored: an office only with its country/organisation attached
DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]*$")
QID_RE = re.compile(r"^Q[1-9]\d*$")

errors = []
warnings = []


def err(path, line, msg):
    errors.append(f"{path}:{line}: {msg}")


def warn(path, line, msg):
    warnings.append(f"{path}:{line}: {msg}")


def rows(path, min_cols, max_cols):
    """Yields (line_no, cells) for data lines; reports column-count and encoding problems."""
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError as e:
        err(path, 0, f"cannot read: {e}")
        return
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        err(path, 0, f"invalid UTF-8: {e}")
        return
    for no, line in enumerate(text.split("\n"), 1):
        line = line.rstrip("\r")
        if not line.strip() or line.strip().startswith("#"):
            continue
        if not unicodedata.is_normalized("NFC", line):
            err(path, no, "line is not NFC-normalised")
        cells = [c.strip() for c in line.split("\t")]
        if not (min_cols <= len(cells) <= max_cols):
            err(path, no, f"expected {min_cols}-{max_cols} tab-separated columns, found {len(cells)}")
            continue
        yield no, cells


def split_list(s):
    return [p.strip() for p in s.split("|") if p.strip()]


def name_key(s):
    """Roughly the extractor's NameKey: case-folded, punctuation and spaces dropped, nukta and
    ZWJ/ZWNJ removed, candrabindu folded into anusvara."""
    s = unicodedata.normalize("NFD", s)
    s = s.replace("\u093c", "").replace("\u200d", "").replace("\u200c", "").replace("\u0901", "\u0902")
    s = "".join(ch for ch in s if not unicodedata.category(ch).startswith("M") or "\u0900" <= ch <= "\u097f")
    return "".join(ch for ch in s.casefold() if ch.isalnum() or "\u0900" <= ch <= "\u097f")


def parse_date(s):
    m = DATE_RE.match(s)
    if not m:
        return None
    y, mo, d = int(m.group(1)), m.group(2), m.group(3)
    if mo is not None and not 1 <= int(mo) <= 12:
        return None
    if d is not None and not 1 <= int(d) <= 31:
        return None
    return (y, int(mo) if mo else 0, int(d) if d else 0)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.dirname(here)
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lexicon", default=os.path.join(repo, "extract", "lexicon"))
    ap.add_argument("--entities", default=os.path.join(repo, "..", "shared", "eval", "entities.tsv"))
    ap.add_argument("--quiet", action="store_true", help="print counts, not each warning")
    args = ap.parse_args()
    lex = args.lexicon

    actors = {}  # id -> (type, name_en, file)
    person_names = {}  # person id -> (name_en, name_hi)
    names = collections.defaultdict(set)  # name key -> actor ids (names + aliases)
    by_file_kind = collections.defaultdict(lambda: collections.defaultdict(set))  # kind -> key -> ids
    counts = collections.Counter()

    actor_dir = os.path.join(lex, "actors")
    actor_files = sorted(f for f in os.listdir(actor_dir) if f.endswith(".tsv")) if os.path.isdir(actor_dir) else []
    if not actor_files:
        err(actor_dir, 0, "no actor files")
    pending = []
    for fn in actor_files:
        path = os.path.join(actor_dir, fn)
        kind = fn.split(".")[0].split("_")[0]
        for no, c in rows(path, 4, 6):
            counts[fn] += 1
            aid, typ, en, hi = c[0], c[1], c[2], c[3]
            aliases = split_list(c[4]) if len(c) > 4 else []
            qid = c[5] if len(c) > 5 else ""
            if not ID_RE.match(aid):
                err(path, no, f"bad id '{aid}'")
            if aid in actors:
                err(path, no, f"duplicate id '{aid}' (first in {actors[aid][2]})")
                continue
            if typ not in TYPES:
                err(path, no, f"unknown type '{typ}'")
            if not en:
                err(path, no, "empty name_en")
            if re.search(r"[\u0900-\u097f]", en):
                err(path, no, "name_en contains Devanagari")
            if hi and not re.search(r"[\u0900-\u097f]", hi):
                err(path, no, "name_hi has no Devanagari")
            if not hi:
                warn(path, no, f"{aid}: no Hindi name")
            if qid and not QID_RE.match(qid):
                err(path, no, f"bad Wikidata id '{qid}'")
            if fn.startswith("countries") and typ == "country" and aid.isupper() and not re.match(r"^[A-Z]{2}$", aid):
                err(path, no, f"country id '{aid}' is not ISO 3166-1 alpha-2")
            actors[aid] = (typ, en, fn)
            if typ == "person" and hi:
                person_names[aid] = (en, hi)
            pending.append((path, no, kind, aid, [en] + ([hi] if hi else []) + aliases))

    # alias files at the lexicon root: id<TAB>aliases
    for fn in sorted(os.listdir(lex)):
        if not fn.endswith("aliases.tsv"):
            continue
        path = os.path.join(lex, fn)
        for no, c in rows(path, 2, 2):
            counts[fn] += 1
            if c[0] not in actors:
                err(path, no, f"unknown actor id '{c[0]}'")
                continue
            owner_file = actors[c[0]][2]
            pending.append((path, no, owner_file.split(".")[0].split("_")[0], c[0], split_list(c[1])))

    for path, no, kind, aid, ns in pending:
        for n in ns:
            if "\t" in n:
                err(path, no, f"tab inside name '{n}'")
            k = name_key(n)
            if not k:
                continue
            names[k].add(aid)
            by_file_kind[kind][k].add(aid)
    for kind, m in sorted(by_file_kind.items()):
        for k, ids in sorted(m.items()):
            if len(ids) > 1:
                warn(f"actors/{kind}*", 0, f"name key '{k}' maps to several actors: {', '.join(sorted(ids))}")

    # places (capitals that may act) and cities (that only locate)
    all_place_keys = set()
    for fname in ("places.tsv", "cities.tsv"):
        path = os.path.join(lex, fname)
        place_keys = collections.defaultdict(set)
        if os.path.exists(path):
            for no, c in rows(path, 2, 2):
                counts[fname] += 1
                if c[1] not in actors:
                    err(path, no, f"unknown actor id '{c[1]}'")
                elif fname == "cities.tsv" and actors[c[1]][0] != "country":
                    err(path, no, f"a city must name a country, not {c[1]!r} ({actors[c[1]][0]})")
                if fname == "cities.tsv" and name_key(c[0]) in all_place_keys:
                    err(path, no, f"'{c[0]}' is also in places.tsv")
                place_keys[name_key(c[0])].add(c[1])
            if fname == "places.tsv":
                all_place_keys = set(place_keys)
            for k, ids in sorted(place_keys.items()):
                if len(ids) > 1:
                    warn(path, 0, f"place '{k}' maps to several actors: {', '.join(sorted(ids))}")

    # name spellings: one Devanagari word, one Latin spelling, one spelling per word
    path = os.path.join(lex, "name_spellings.tsv")
    if os.path.exists(path):
        spelled, rows_by_key = {}, {}
        for no, c in rows(path, 2, 2):
            counts["name_spellings.tsv"] += 1
            if " " in c[0] or not any("\u0900" <= ch <= "\u097f" for ch in c[0]):
                err(path, no, f"'{c[0]}' is not one Devanagari word")
            if not re.fullmatch(r"[A-Za-z][A-Za-z'-]*", c[1]):
                err(path, no, f"spelling '{c[1]}' is not plain Latin letters")
            k = name_key(c[0])
            if k in spelled and spelled[k] != c[1]:
                err(path, no, f"'{c[0]}' is spelt '{spelled[k]}' above")
            spelled.setdefault(k, c[1])
            rows_by_key.setdefault(k, (no, c[0], c[1]))
        # A person in people.tsv whose name spells the word otherwise: the word has two spellings,
        # and the file's would misname that person's namesakes ("मिशेल" Michel, not Mitchell).
        for pid, (en, hi) in person_names.items():
            ew, hw = re.split(r"[ -]+", en), re.split(r"[ -]+", hi)
            if len(ew) != len(hw):
                continue
            for e, h in zip(ew, hw):
                k = name_key(h)
                if k in rows_by_key and name_key(e) != name_key(rows_by_key[k][2]):
                    no, word, spelling = rows_by_key[k]
                    err(path, no, f"'{word}' is spelt '{spelling}' here but '{e}' in {pid}'s name in people.tsv")

    # titles
    titles = {}
    path = os.path.join(lex, "titles.tsv")
    title_langs = collections.defaultdict(set)
    form_keys = collections.defaultdict(set)
    if os.path.exists(path):
        for no, c in rows(path, 3, 5):
            counts["titles.tsv"] += 1
            key, lang, forms = c[0], c[1], c[2]
            kind = c[3] if len(c) > 3 else "official"
            if len(c) > 4 and c[4] not in ("", "state", "post"):
                err(path, no, f"unknown scope '{c[4]}' (only 'state' or 'post')")
            if lang not in ("en", "hi"):
                err(path, no, f"unknown language '{lang}'")
            if kind not in KINDS:
                err(path, no, f"unknown kind '{kind}'")
            if key in titles and titles[key] != kind:
                err(path, no, f"title '{key}' has kinds {titles[key]} and {kind}")
            if lang in title_langs[key]:
                err(path, no, f"second '{lang}' row for title '{key}'")
            title_langs[key].add(lang)
            titles[key] = kind
            for f in split_list(forms):
                if lang == "en" and f != f.lower():
                    err(path, no, f"English form '{f}' is not lower-case")
                if lang == "hi" and not re.search(r"[\u0900-\u097f]", f):
                    warn(path, no, f"Hindi form '{f}' has no Devanagari")
                form_keys[(lang, name_key(f))].add(key)
        for (lang, k), keys in sorted(form_keys.items()):
            if len(keys) > 1:
                warn(path, 0, f"{lang} title form '{k}' belongs to several keys: {', '.join(sorted(keys))}")
    else:
        err(path, 0, "missing")

    # chambers
    path = os.path.join(lex, "chambers.tsv")
    if os.path.exists(path):
        for no, c in rows(path, 3, 4):
            counts["chambers.tsv"] += 1
            if c[0] not in titles:
                err(path, no, f"unknown title key '{c[0]}'")
            for col, want in ((1, "country"), (2, None)):
                if c[col] not in actors:
                    err(path, no, f"unknown id '{c[col]}'")
                elif want and actors[c[col]][0] != want:
                    err(path, no, f"'{c[col]}' is not a {want}")
            for rid in (c[3].split("|") if len(c) > 3 and c[3] else []):
                if rid not in actors:
                    err(path, no, f"unknown region id '{rid}'")

    # roles
    path = os.path.join(lex, "roles.tsv")
    with_role = set()
    if os.path.exists(path):
        for no, c in rows(path, 4, 5):
            counts["roles.tsv"] += 1
            pid, tkey, org, frm = c[0], c[1], c[2], c[3]
            to = c[4] if len(c) > 4 else ""
            if pid not in actors:
                err(path, no, f"unknown person id '{pid}'")
            elif actors[pid][0] != "person":
                err(path, no, f"'{pid}' is not a person")
            else:
                with_role.add(pid)
            if tkey not in titles:
                err(path, no, f"unknown title key '{tkey}'")
            if org not in actors:
                err(path, no, f"unknown organisation id '{org}'")
            elif actors[org][0] == "person":
                err(path, no, f"organisation '{org}' is a person")
            f = parse_date(frm) if frm else None
            t = parse_date(to) if to else None
            if frm and f is None:
                err(path, no, f"bad from date '{frm}'")
            if to and t is None:
                err(path, no, f"bad to date '{to}'")
            if f and t:
                # compare at the coarser precision
                n = min(sum(1 for x in f if x) , sum(1 for x in t if x))
                if f[:n] > t[:n]:
                    err(path, no, f"from {frm} is after to {to}")
    for aid, (typ, en, fn) in sorted(actors.items()):
        if typ == "person" and aid not in with_role:
            err(os.path.join(actor_dir, fn), 0, f"person '{aid}' ({en}) has no role in roles.tsv")

    # scoring names
    if os.path.exists(args.entities):
        missing = []
        n = 0
        for no, c in rows(args.entities, 1, 2):
            n += 1
            if not names.get(name_key(c[0])):
                missing.append(c[0])
        for m in missing:
            err(args.entities, 0, f"canonical name '{m}' resolves to no actor")
        print(f"entities: {n - len(missing)}/{n} canonical names resolve")
    else:
        print(f"entities: {args.entities} not found, skipped")

    for fn, n in sorted(counts.items()):
        print(f"{fn}: {n} rows")
    if args.quiet:
        print(f"{len(warnings)} warnings")
    else:
        for w in warnings:
            print("warning:", w)
    for e in errors:
        print("error:", e)
    print(f"{len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
