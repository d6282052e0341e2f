#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Pavutyna contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Prints bench/crawl.sh's round rows and its summary table from the rounds TSV it writes.

Usage: summary.py row ROUNDS_TSV      prints the last row of ROUNDS_TSV (a header first for round 1's first)
       summary.py table ROUNDS_TSV    the medians over each tool's correct rounds, and the bars

Pages/s is the manifest's size over the wall time of the whole run (start-up and exports included), CPU is
user+sys of the process and its children, both from /usr/bin/time; for gumbo (pav_bench_parse) they are the
median pass of one parse of every page, timed inside the process, files already in memory, one thread.
A round counts for a tool only when its result was correct (bench/site/check.py); the ratio of CPU per page
is pavutyna's over gumbo's in the same round, and its median is what the bar judges.
"""
import csv
import statistics
import sys

BARS = {"pages_per_s": 1000, "rss_mb": 150, "cpu_ratio": 1.3, "rules_share": 0.8, "reextract_pages_per_s": 1500}
ROW_FORMAT = "{:>5} {:>4} {:<12} {:>8} {:>9} {:>7} {:>8} {:>7} {:>13} {:>4} {:>4} {:>5}  {}"


def read(path):
    with open(path, newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def derived(row):
    wall, cpu, pages = float(row["wall_s"] or "nan"), float(row["cpu_s"] or "nan"), int(row["expected"] or 0)
    return {
        "pages_per_s": pages / wall if wall > 0 else float("nan"),
        "cpu_s": cpu,
        "cpu_ms_per_page": cpu / pages * 1e3 if pages else float("nan"),
        "rss_mb": int(row["max_rss_kb"] or 0) / 1024,
    }


def print_row(rows):
    row = rows[-1]
    if len(rows) == 1:
        print(ROW_FORMAT.format("round", "slot", "tool", "pages/s", "CPU s", "CPU ms/p", "RSS MB", "exit",
                                "found/expect", "dup", "priv", "reqs", "result"))
    d = derived(row)
    result = "ok" if row["correct"] == "1" else "INVALID: " + row["note"]
    shown = lambda value, spec: "-" if value != value or not row["wall_s"] else format(value, spec)  # NaN: not run
    print(ROW_FORMAT.format(row["round"], row["slot"], row["tool"], shown(d["pages_per_s"], ".0f"),
                            shown(d["cpu_s"], ".2f"), shown(d["cpu_ms_per_page"], ".3f"), shown(d["rss_mb"], ".0f"),
                            row["exit"],
                            f"{row['found']}/{row['expected']}", row["dup_requests"] or "-",
                            row["private_requests"] or "-", row["requests"] or "-", result), flush=True)


def print_extraction_bars(rows, medians):
    """Issue 6: with 5 rules at least 80% of the pages/s without (per-round ratio), re-extraction >= 1,500/s."""
    if not any(r["tool"] in ("rules", "reextract", "scrapy-rules") for r in rows):
        return
    verdict = lambda ok: "PASS" if ok else "FAIL"
    print("\nbars for extraction:")
    shares = []
    for rnd in sorted({r["round"] for r in rows}, key=int):
        base = [r for r in rows if r["round"] == rnd and r["tool"] == "pavutyna" and r["correct"] == "1"]
        ruled = [r for r in rows if r["round"] == rnd and r["tool"] == "rules" and r["correct"] == "1"]
        if base and ruled:
            shares.append(derived(ruled[0])["pages_per_s"] / derived(base[0])["pages_per_s"])
    if shares:
        share = statistics.median(shares)
        print(f"  pages/s with 5 rules / without (median of per-round ratios {', '.join(f'{x:.2f}' for x in shares)}): "
              f"{share:.2f} >= {BARS['rules_share']}: {verdict(share >= BARS['rules_share'])}")
    else:
        print("  pages/s with rules vs without: not judged (no round with both pavutyna and rules correct)")
    if "reextract" in medians:
        rate = medians["reextract"]["pages_per_s"]
        print(f"  re-extraction {rate:.0f} pages/s >= {BARS['reextract_pages_per_s']}: "
              f"{verdict(rate >= BARS['reextract_pages_per_s'])}")
    if "scrapy-rules" in medians and "rules" in medians:
        print(f"  Scrapy with the same rules: {medians['scrapy-rules']['pages_per_s']:.0f} pages/s; pavutyna "
              f"{medians['rules']['pages_per_s'] / medians['scrapy-rules']['pages_per_s']:.1f}x as fast")


def print_table(rows):
    tools = list(dict.fromkeys(r["tool"] for r in rows))
    rounds = sorted({r["round"] for r in rows}, key=int)
    print(f"\nmedians over each tool's correct rounds (of {len(rounds)}):")
    header = "{:<12} {:>7} {:>9} {:>8} {:>11} {:>10} {:>12}  {}"
    print(header.format("tool", "rounds", "pages/s", "CPU s", "CPU ms/page", "peak RSS", "found", "per round"))
    medians = {}
    for tool in tools:
        mine = [r for r in rows if r["tool"] == tool]
        good = [r for r in mine if r["correct"] == "1"]
        if not good:
            reasons = "; ".join(dict.fromkeys(r["note"] for r in mine if r["note"]))
            print(f"{tool:<9} {0:>3}/{len(mine):<3} not measured: {reasons}")
            continue
        ds = [derived(r) for r in good]
        m = {k: statistics.median(d[k] for d in ds) for k in ds[0]}
        medians[tool] = m
        found = f"{good[0]['found']}/{good[0]['expected']}" if tool != "gumbo" else f"{good[0]['expected']} parsed"
        per_round = " ".join(f"{d['pages_per_s']:.0f}" for d in ds)
        print(header.format(tool, f"{len(good)}/{len(mine)}", f"{m['pages_per_s']:.0f}", f"{m['cpu_s']:.2f}",
                            f"{m['cpu_ms_per_page']:.3f}", f"{m['rss_mb']:.0f} MB", found, f"pages/s: {per_round}"))
    if "gumbo" in medians:
        print("gumbo: one thread parsing pages already in memory (pav_bench_parse, median pass); its pages/s is "
              "that thread's rate")

    # The ratio per round: both sides of it ran minutes apart in the same machine state.
    ratios = {}
    for tool in tools:
        if tool == "gumbo":
            continue
        pairs = []
        for rnd in rounds:
            mine = [r for r in rows if r["round"] == rnd and r["tool"] == tool and r["correct"] == "1"]
            floor = [r for r in rows if r["round"] == rnd and r["tool"] == "gumbo" and r["correct"] == "1"]
            if mine and floor:
                pairs.append(derived(mine[0])["cpu_ms_per_page"] / derived(floor[0])["cpu_ms_per_page"])
        if pairs:
            ratios[tool] = statistics.median(pairs)
    if ratios:
        print("CPU per page / Gumbo's CPU per page (median of per-round ratios): "
              + ", ".join(f"{t} {v:.2f}" for t, v in ratios.items()))

    print_extraction_bars(rows, medians)
    print("\nbars for pavutyna --headless:")
    mine = [r for r in rows if r["tool"] == "pavutyna"]
    if not mine:
        print("  not run (TOOLS left it out)")
        return
    if "pavutyna" not in medians:
        print("  not judged: no correct round")
        return
    verdict = lambda ok: "PASS" if ok else "FAIL"
    m = medians["pavutyna"]
    all_correct = all(r["correct"] == "1" for r in mine)
    print(f"  every HTML page found, none twice, nothing under /private/, in every round: {verdict(all_correct)}")
    print(f"  pages/s {m['pages_per_s']:.0f} >= {BARS['pages_per_s']}: {verdict(m['pages_per_s'] >= BARS['pages_per_s'])}")
    print(f"  peak RSS {m['rss_mb']:.0f} MB <= {BARS['rss_mb']} MB: {verdict(m['rss_mb'] <= BARS['rss_mb'])}")
    if "pavutyna" in ratios:
        ok = ratios["pavutyna"] <= BARS["cpu_ratio"]
        print(f"  CPU per page {ratios['pavutyna']:.2f} x Gumbo's <= {BARS['cpu_ratio']}: {verdict(ok)}")
    else:
        print("  CPU per page vs Gumbo: not judged (no round with both)")


def main():
    mode, path = sys.argv[1], sys.argv[2]
    rows = read(path)
    if mode == "row":
        print_row(rows)
    else:
        print_table(rows)


if __name__ == "__main__":
    main()
