#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Pavutyna contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks one crawler's result against the site's manifest and nginx's access log of that run.

Usage: check.py --site DIR --tool pavutyna|wget2|scrapy --output PATH --access-log FILE --origin http://H:P

The tool's own output says which HTML pages it found:
  pavutyna  PATH is its pages CSV: a page is a row with status 200 and a content_type starting text/html
  wget2     PATH is its download directory (--no-host-directories): every *.html file, "a/index.html" = "/a/"
  scrapy    PATH is the JSONL feed: one item per page, its "url"
FILE holds only this run's lines of the access log, in bench/crawl.sh's format: "msec status method uri".

Prints one JSON line: found (manifest pages in the output), expected, missing, extra (HTML pages outside the
manifest), dup_output (a page listed twice), requests, dup_requests (URIs nginx served more than once),
private_requests (requests under /private/), private_output, a few examples of each problem, and correct
(true only when the output is exactly the manifest and nginx saw no duplicate and nothing under /private/).
"""
import argparse
import csv
import json
import os
import sys
from collections import Counter
from urllib.parse import urlsplit

PRIVATE = "/private/"


def key_of(url, origin):
    """A URL as the manifest writes it (path, plus ?query if any), or None when it is on another origin."""
    parts = urlsplit(url)
    if f"{parts.scheme}://{parts.netloc}" != origin:
        return None
    return (parts.path or "/") + (f"?{parts.query}" if parts.query else "")


def pavutyna_pages(path, origin, notes):
    pages = []
    csv.field_size_limit(sys.maxsize)
    with open(path, newline="", encoding="utf-8-sig") as f:
        rows = csv.DictReader(f)
        missing = {"url", "status", "content_type"} - set(rows.fieldnames or [])
        if missing:
            raise ValueError(f"{os.path.basename(path)} has no column {', '.join(sorted(missing))}")
        statuses = Counter()
        for row in rows:
            statuses[row["status"] or "none"] += 1
            if row["status"] == "200" and row["content_type"].lower().startswith("text/html"):
                pages.append(key_of(row["url"], origin) or row["url"])
            elif (key_of(row["url"], origin) or "").startswith(PRIVATE):
                notes["private_rows_not_fetched"] = notes.get("private_rows_not_fetched", 0) + 1
        notes["csv_rows_by_status"] = dict(sorted(statuses.items()))
    return pages


def wget2_pages(path, notes):
    pages, others = [], []
    for directory, _, files in os.walk(path):
        for name in files:
            rel = "/" + os.path.relpath(os.path.join(directory, name), path).replace(os.sep, "/")
            if rel.endswith("/index.html"):
                pages.append(rel[: -len("index.html")])
            elif rel.endswith(".html"):
                pages.append(rel)
            elif not (rel.startswith("/static/") or rel == "/robots.txt"):
                others.append(rel)  # a page saved under another name, e.g. a redirect's source
    notes["other_files"] = len(others)
    if others:
        notes["other_files_examples"] = sorted(others)[:5]
    return pages


def scrapy_pages(path, origin):
    pages = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                url = json.loads(line)["url"]
                pages.append(key_of(url, origin) or url)
    return pages


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--site", required=True)
    parser.add_argument("--tool", required=True, choices=["pavutyna", "wget2", "scrapy"])
    parser.add_argument("--output", required=True)
    parser.add_argument("--access-log", required=True)
    parser.add_argument("--origin", required=True)
    args = parser.parse_args()

    with open(os.path.join(args.site, "manifest.txt")) as f:
        manifest = {line.rstrip("\n") for line in f if line.strip()}
    notes = {}
    if not os.path.exists(args.output):
        pages = []
        notes["output"] = "missing"
    elif args.tool == "pavutyna":
        pages = pavutyna_pages(args.output, args.origin, notes)
    elif args.tool == "wget2":
        pages = wget2_pages(args.output, notes)
    else:
        pages = scrapy_pages(args.output, args.origin)

    counts = Counter(pages)
    found = manifest & counts.keys()
    extra = sorted(counts.keys() - manifest)
    missing = sorted(manifest - counts.keys())
    dup_output = sorted(p for p, n in counts.items() if n > 1)
    private_output = [p for p in counts if p.startswith(PRIVATE)]

    requests = Counter()
    statuses = Counter()
    with open(args.access_log, encoding="utf-8", errors="replace") as f:
        for line in f:
            fields = line.split(" ", 3)
            if len(fields) == 4:
                statuses[fields[1]] += 1
                requests[f"{fields[2]} {fields[3].rstrip()}"] += 1
    dup_requests = sorted(r for r, n in requests.items() if n > 1)
    private_requests = sorted(r for r in requests if r.split(" ", 1)[1].startswith(PRIVATE))

    problems = []
    if missing:
        problems.append(f"{len(missing)} pages missing")
    if extra:
        problems.append(f"{len(extra)} pages outside the manifest")
    if dup_output:
        problems.append(f"{len(dup_output)} pages listed twice")
    if dup_requests:
        problems.append(f"{len(dup_requests)} URIs requested more than once")
    if private_requests or private_output:
        problems.append(f"{len(private_requests)} requests under {PRIVATE}")
    result = {
        "found": len(found), "expected": len(manifest), "missing": len(missing), "extra": len(extra),
        "dup_output": len(dup_output), "requests": sum(requests.values()), "dup_requests": len(dup_requests),
        "private_requests": len(private_requests), "private_output": len(private_output),
        "requests_by_status": dict(sorted(statuses.items())), "correct": not problems, "problems": problems,
        "examples": {k: v[:3] for k, v in (("missing", missing), ("extra", extra), ("dup_output", dup_output),
                                           ("dup_requests", dup_requests), ("private", private_requests)) if v},
        "notes": notes,
    }
    print(json.dumps(result, ensure_ascii=False))


if __name__ == "__main__":
    try:
        main()
    except (OSError, ValueError, KeyError) as error:  # unreadable output: a failed check, not a crashed script
        print(json.dumps({"found": 0, "expected": 0, "missing": 0, "extra": 0, "dup_output": 0, "requests": 0,
                          "dup_requests": 0, "private_requests": 0, "private_output": 0, "correct": False,
                          "problems": [f"output not readable: {error}"]}))
