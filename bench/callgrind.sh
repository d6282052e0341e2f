#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Pavutyna contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Instruction counts for the crawl benchmark's CPU bar, run by hand: wall-clock and CPU seconds on a shared
# 2-core machine move by 10-20% between runs, instruction counts do not. Crawls the first LIMIT pages of the
# generated site (bench/crawl.sh makes it) under callgrind, then has pav_bench_parse parse exactly the HTML
# pages that crawl fetched, also under callgrind, and prints both totals and their ratio. Kernel time, cache
# misses and thread hand-offs are not instructions: bench/crawl.sh stays the judge of the bar itself.
#
# Usage: bench/callgrind.sh
#   LIMIT=1500 PAGES=20000                      pages to crawl (-n), size of the generated site to use
#   PAVUTYNA=path PAV_BENCH_PARSE=path          binaries (default: build/release, as bench/crawl.sh builds them)
#   OUT=dir                                     keep callgrind.out files there (default: a temp dir, removed)
# Exit status: 0 once measured; 2 if it could not set up.
set -euo pipefail

LIMIT=${LIMIT:-1500}
PAGES=${PAGES:-20000}
[[ $LIMIT =~ ^[1-9][0-9]*$ ]] || { echo "error: LIMIT must be a positive integer" >&2; exit 2; }
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
pavutyna=${PAVUTYNA:-$root/build/release/src/app/pavutyna}
parse=${PAV_BENCH_PARSE:-$root/build/release/bench/parse/pav_bench_parse}
site=$root/build/bench-site/pages-$PAGES
py=/usr/bin/python3
for tool in valgrind callgrind_annotate nginx; do
    command -v "$tool" >/dev/null || { echo "error: $tool is not installed" >&2; exit 2; }
done
for binary in "$pavutyna" "$parse"; do
    [ -x "$binary" ] || { echo "error: $binary is not executable (build with -DPAV_BUILD_BENCH=ON)" >&2; exit 2; }
done
[ -f "$site/manifest.txt" ] || { echo "error: no site in $site: run bench/crawl.sh once to generate it" >&2; exit 2; }

unset http_proxy https_proxy all_proxy HTTP_PROXY HTTPS_PROXY ALL_PROXY
export no_proxy=127.0.0.1 NO_PROXY=127.0.0.1
work=$(mktemp -d "${TMPDIR:-/tmp}/pav-callgrind.XXXXXX")
chmod 755 "$work"
nginx_pid=
cleanup()
{
    [ -n "$nginx_pid" ] && { kill "$nginx_pid" 2>/dev/null || true; wait "$nginx_pid" 2>/dev/null || true; }
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

port=$("$py" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
user_line=""
[ "$(id -u)" -eq 0 ] && user_line="user $(id -un) $(id -gn);"
mkdir -p "$work/nginx"
cat >"$work/nginx/nginx.conf" <<EOF
$user_line
worker_processes 1;
daemon off;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $work/nginx/tmp-body;
    proxy_temp_path $work/nginx/tmp-proxy;
    fastcgi_temp_path $work/nginx/tmp-fastcgi;
    uwsgi_temp_path $work/nginx/tmp-uwsgi;
    scgi_temp_path $work/nginx/tmp-scgi;
    keepalive_requests 1000000;
    sendfile on;
    server {
        listen 127.0.0.1:$port;
        root $site/www;
        include $site/nginx-server.conf;
    }
}
EOF
nginx -p "$work/nginx" -e "$work/nginx/error.log" -c "$work/nginx/nginx.conf" &
nginx_pid=$!
for _ in $(seq 50); do
    "$py" -c 'import sys, urllib.request; urllib.request.urlopen(sys.argv[1], timeout=1)' \
        "http://127.0.0.1:$port/robots.txt" 2>/dev/null && break
    sleep 0.1
done

# Inclusive instructions of the functions named, summed, from a callgrind output file.
inclusive()
{
    local file=$1
    shift
    callgrind_annotate --inclusive=yes --threshold=100 "$file" 2>/dev/null | "$py" -c '
import re, sys
names = sys.argv[1:]
total = 0
for line in sys.stdin:
    m = re.match(r"\s*([\d,]+) \(.*?\)\s+\S*:(\S+?)(\(| |$)", line)
    if m and m.group(2) in names:
        total += int(m.group(1).replace(",", ""))
print(total)' "$@"
}
totalOf() { grep -m1 '^summary:' "$1" | awk '{ print $2 }'; }

out=${OUT:-$work}
mkdir -p "$out"
echo "crawling $LIMIT pages of $site under callgrind (several minutes)..." >&2
valgrind --tool=callgrind --callgrind-out-file="$out/pavutyna.callgrind" "$pavutyna" --headless \
    "http://127.0.0.1:$port/" -n "$LIMIT" --db "$work/crawl.db" -o "$work/pages.csv" -q -c 16 --per-host 16 \
    2>"$work/pavutyna.log" || { echo "error: the crawl failed:" >&2; tail -n 5 "$work/pavutyna.log" >&2; exit 2; }

# The HTML pages that crawl parsed, as a site directory pav_bench_parse reads: manifest plus the same www/.
mkdir -p "$work/parsed"
ln -s "$site/www" "$work/parsed/www"
"$py" - "$work/pages.csv" "$port" >"$work/parsed/manifest.txt" <<'PY'
import csv, sys
origin = "http://127.0.0.1:" + sys.argv[2]
with open(sys.argv[1], newline="", encoding="utf-8") as f:
    for row in csv.DictReader(f):
        if row["status"] == "200" and row["content_type"].startswith("text/html") and row["url"].startswith(origin):
            print(row["url"][len(origin):])
PY
parsed=$(wc -l <"$work/parsed/manifest.txt")
echo "parsing the same $parsed HTML pages with Gumbo alone under callgrind..." >&2
valgrind --tool=callgrind --callgrind-out-file="$out/gumbo.callgrind" "$parse" "$work/parsed" --passes 1 \
    >/dev/null 2>"$work/gumbo.log" || { echo "error: pav_bench_parse failed:" >&2; tail -n 5 "$work/gumbo.log" >&2; exit 2; }

pav_total=$(totalOf "$out/pavutyna.callgrind")
pav_gumbo=$(inclusive "$out/pavutyna.callgrind" gumbo_parse_with_options)
# pav_bench_parse parses every page twice (a warm-up pass, then the counted one): half is one parse of each.
alone=$(( $(inclusive "$out/gumbo.callgrind" gumbo_parse_with_options gumbo_destroy_output) / 2 ))
"$py" - "$pav_total" "$pav_gumbo" "$alone" "$parsed" <<'PY'
import sys
total, inside, alone, pages = (int(v) for v in sys.argv[1:])
print(f"pavutyna, whole process:        {total:>16,} instructions ({total / pages:,.0f} per HTML page)")
print(f"  of which gumbo_parse:         {inside:>16,} ({100 * inside / total:.1f}%)")
print(f"  everything else:              {total - inside:>16,} ({100 * (total - inside) / inside:.1f}% of its Gumbo)")
print(f"Gumbo alone, same {pages} pages: {alone:>16,} instructions ({alone / pages:,.0f} per page)")
print(f"instructions per page / Gumbo alone's: {total / alone:.3f}")
PY
