#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Pavutyna contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Crawl throughput, run by hand (never by ctest or CI): `pavutyna --headless`, `wget2 --recursive` and a Scrapy
# spider crawl the same generated site (bench/site/generate.py: 20,000 pages of 15-40 KB, ~50 links each,
# depth 7, 404s, redirects, a robots-blocked /private/) from a throwaway nginx on 127.0.0.1, and
# pav_bench_parse times Gumbo alone parsing those pages: the floor for CPU per page. Each round runs all
# four, the order rotating by round; the summary gives medians over the rounds whose result was correct.
#
# Usage: bench/crawl.sh
#   ROUNDS=3 PAGES=20000 CONCURRENCY=16 PARSE_PASSES=3   rounds, site size, requests in flight, Gumbo passes
#   TOOLS="pavutyna wget2 scrapy gumbo"                  which contenders run (gumbo = pav_bench_parse); also
#        rules (pavutyna with the 5 extraction rules below), scrapy-rules (the spider with the same 5) and
#        reextract (pavutyna --reextract of those rules over a crawl stored with --store-html before round 1)
#   RUN_TIMEOUT=1800                                     seconds one contender gets before it is killed
#   PAVUTYNA=path PAV_BENCH_PARSE=path                   use these binaries instead of building build/release
#   WORK_BASE=dir                                        where crawl outputs go (default /dev/shm, see below)
# Results: a table per round, the summary, and build/bench-crawl/<time>/ with rounds.tsv (raw numbers),
# summary.txt and each run's stderr. Exit status: 0 once measured, whatever the figures; 1 if no contender
# had a correct round; 2 if it could not set up.
set -euo pipefail

ROUNDS=${ROUNDS:-3}
PAGES=${PAGES:-20000}
CONCURRENCY=${CONCURRENCY:-16}
PARSE_PASSES=${PARSE_PASSES:-3}
RUN_TIMEOUT=${RUN_TIMEOUT:-1800}
TOOLS=${TOOLS:-pavutyna wget2 scrapy gumbo}
for name in ROUNDS PAGES CONCURRENCY PARSE_PASSES RUN_TIMEOUT; do
    [[ ${!name} =~ ^[1-9][0-9]*$ ]] || { echo "error: $name must be a positive integer" >&2; exit 2; }
done
for tool in $TOOLS; do
    [[ $tool =~ ^(pavutyna|wget2|scrapy|gumbo|rules|scrapy-rules|reextract)$ ]] \
        || { echo "error: unknown tool '$tool' in TOOLS" >&2; exit 2; }
done

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=../scripts/setup.sh disable=SC1091
source "$here/../scripts/setup.sh"
root=$(pav_root)
# Debian's interpreter, not a virtualenv's or pyenv's first on PATH: python3-scrapy is installed for it.
py=/usr/bin/python3

# Every client must only ever talk to 127.0.0.1: a proxy from the environment would route them elsewhere.
unset http_proxy https_proxy all_proxy HTTP_PROXY HTTPS_PROXY ALL_PROXY SCRAPY_SETTINGS_MODULE
export no_proxy=127.0.0.1 NO_PROXY=127.0.0.1

wants() { [[ " $TOOLS " == *" $1 "* ]]; }
# The extraction contenders run pavutyna, or Scrapy.
wants rules || wants reextract && TOOLS_PAVUTYNA=1
wants scrapy-rules && TOOLS_SCRAPY=1

# Five rules of the kinds people write, over every page of the bench site; bench/scrapy/site_spider.py has the
# same five for -a rules=1 (its parse_rules).
EXTRACT_RULES=(
    --extract 'heading=css:article h1::text'
    --extract 'lead=css:p.lead'
    --extract 'crumbs[all,sep= > ]=css:nav.breadcrumbs li'
    --extract "related[count]=xpath://aside[@class='related']//li"
    --extract 'page=re:Сторінка (\d+)\.'
)

packages=(nginx-light time python3)
wants wget2 && packages+=(wget2)
{ wants scrapy || [ -n "${TOOLS_SCRAPY:-}" ]; } && packages+=(python3-scrapy)
if { { wants pavutyna || [ -n "${TOOLS_PAVUTYNA:-}" ]; } && [ -z "${PAVUTYNA:-}" ]; } || { wants gumbo && [ -z "${PAV_BENCH_PARSE:-}" ]; }; then
    packages+=("${PAV_BUILD_PACKAGES[@]}")
fi
pav_ensure_packages "${packages[@]}" || exit 2

# --- binaries: built like bench/fetch.sh builds, in build/release --------------------------------------------
build=$root/build/release
pavutyna=${PAVUTYNA:-$build/src/app/pavutyna}
parse=${PAV_BENCH_PARSE:-$build/bench/parse/pav_bench_parse}
declare -A disabled=()
if { { wants pavutyna || [ -n "${TOOLS_PAVUTYNA:-}" ]; } && [ -z "${PAVUTYNA:-}" ]; } \
    || { wants gumbo && [ -z "${PAV_BENCH_PARSE:-}" ]; }; then
    if [ ! -f "$build/CMakeCache.txt" ]; then
        (cd "$root" && cmake --preset release -DPAV_BUILD_BENCH=ON) >&2 || exit 2
    elif ! grep -q '^PAV_BUILD_BENCH:BOOL=ON$' "$build/CMakeCache.txt"; then
        cmake -S "$root" -B "$build" -DPAV_BUILD_BENCH=ON >&2 || exit 2
    fi
    grep -q '^CMAKE_BUILD_TYPE:STRING=Release$' "$build/CMakeCache.txt" \
        || echo "warning: $build is not a Release build; figures will not be comparable" >&2
    # Always (re)build: a stale binary would measure yesterday's code. Ninja makes this a no-op when current.
    if wants gumbo && [ -z "${PAV_BENCH_PARSE:-}" ]; then
        cmake --build "$build" --target pav_bench_parse >&2 || exit 2
    fi
    if { wants pavutyna || [ -n "${TOOLS_PAVUTYNA:-}" ]; } && [ -z "${PAVUTYNA:-}" ] \
        && ! cmake --build "$build" --target pavutyna >&2; then
        for tool in pavutyna rules reextract; do disabled[$tool]="build failed (cmake --build $build --target pavutyna)"; done
    fi
fi
if { wants pavutyna || [ -n "${TOOLS_PAVUTYNA:-}" ]; } && [ -z "${disabled[pavutyna]:-}" ] && [ ! -x "$pavutyna" ]; then
    for tool in pavutyna rules reextract; do disabled[$tool]="$pavutyna is not executable"; done
fi
if wants gumbo && [ ! -x "$parse" ]; then
    echo "error: $parse is not executable" >&2
    exit 2
fi

# --- the site: generated once per generator version and size, kept under build/ -----------------------------
site=$root/build/bench-site/pages-$PAGES
stamp="$(sha256sum "$here/site/generate.py" | cut -d' ' -f1) pages=$PAGES"
if [ "$(cat "$site/.generator" 2>/dev/null)" != "$stamp" ]; then
    echo "Generating the site into $site (about 25 s and 600 MB for 20,000 pages)..." >&2
    rm -rf "$site" "$site.partial"
    mkdir -p "$(dirname "$site")"
    "$py" "$here/site/generate.py" --out "$site.partial" --pages "$PAGES" >/dev/null || exit 2
    echo "$stamp" >"$site.partial/.generator"
    mv "$site.partial" "$site"
fi
expected=$(wc -l <"$site/manifest.txt")

# --- work dir: tmpfs when it has room -------------------------------------------------------------------------
# wget2 writes every page it fetches (~560 MB a run) and pavutyna a SQLite file; on this machine's virtual disk
# writeback alone took 6-8 s of wget2's system CPU and doubled its wall time, which measures the disk, not
# the crawler. On tmpfs every contender writes to memory alike.
if [ -z "${WORK_BASE:-}" ]; then
    WORK_BASE=$root/build
    if [ -d /dev/shm ] && [ -w /dev/shm ] && [ "$(df -Pk /dev/shm | awk 'NR == 2 { print $4 }')" -gt $((3 * 1024 * 1024)) ]; then
        WORK_BASE=/dev/shm
    fi
fi
work=$(mktemp -d "$WORK_BASE/pav-bench-crawl.XXXXXX")
results=$root/build/bench-crawl/$(date +%Y%m%d-%H%M%S)
mkdir -p "$results"
nginx_pid=
cleanup()
{
    if [ -n "$nginx_pid" ]; then
        kill "$nginx_pid" 2>/dev/null || true
        wait "$nginx_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM # through the EXIT trap, so nginx never outlives us

# --- nginx ------------------------------------------------------------------------------------------------------
free_port()
{
    "$py" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

is_serving()
{
    "$py" - "$1" <<'PY'
import sys, urllib.request
try:
    sys.exit(0 if urllib.request.urlopen(sys.argv[1], timeout=1).status == 200 else 1)
except Exception:
    sys.exit(1)
PY
}

start_nginx()
{
    local user_line=""
    # Workers would drop to "nobody", which cannot read our 0700 temp dir; serve as the invoking user instead.
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
    # One line per request, unbuffered, so each run's slice can be read as soon as it ends.
    log_format bench '\$msec \$status \$request_method \$request_uri';
    access_log $work/nginx/access.log bench;
    client_body_temp_path $work/nginx/tmp-body;
    proxy_temp_path $work/nginx/tmp-proxy;
    fastcgi_temp_path $work/nginx/tmp-fastcgi;
    uwsgi_temp_path $work/nginx/tmp-uwsgi;
    scgi_temp_path $work/nginx/tmp-scgi;
    keepalive_requests 1000000;
    keepalive_timeout 300s;
    sendfile on;
    tcp_nopush on;
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
        kill -0 "$nginx_pid" 2>/dev/null || break
        is_serving "http://127.0.0.1:$port/robots.txt" && return 0
        sleep 0.1
    done
    echo "nginx did not serve on 127.0.0.1:$port within 5 s" >&2
    kill "$nginx_pid" 2>/dev/null || true
    wait "$nginx_pid" 2>/dev/null || true
    nginx_pid=
    return 1
}

# The port is free when chosen but could be taken before nginx binds it: try a few.
for attempt in 1 2 3; do
    port=$(free_port)
    start_nginx && break
    [ "$attempt" = 3 ] && { echo "error: nginx did not start:" >&2; cat "$work/nginx/error.log" >&2; exit 2; }
done
origin=http://127.0.0.1:$port
access_log=$work/nginx/access.log

# --- one contender, one round ----------------------------------------------------------------------------------
tsv=$results/rounds.tsv

# Appends one row of 19 fields to rounds.tsv.
tsv_row()
{
    local IFS=$'\t'
    echo "$*" >>"$tsv"
}

: >"$tsv"
tsv_row round slot tool exit wall_s user_s sys_s cpu_s max_rss_kb found expected missing extra dup_output dup_requests \
    private_requests requests correct note

# Runs a contender in DIR under /usr/bin/time, which waits for it and reports its rusage (children included),
# and sets: rc wall user sys rss. The last line of time.txt is ours; GNU time may write a line before it.
# --foreground keeps the contender in our process group, so Ctrl-C stops it rather than only this script.
measure()
{
    local dir=$1
    shift
    (cd "$dir" && /usr/bin/time -o "$dir/time.txt" -f '%x %e %U %S %M' \
        timeout --foreground -k 10 "$RUN_TIMEOUT" "$@" >"$dir/stdout.txt" 2>"$dir/stderr.txt") || true
    rc=failed wall='' user=0 sys=0 rss=0
    [ -s "$dir/time.txt" ] && read -r rc wall user sys rss < <(tail -n 1 "$dir/time.txt")
    [ "$rc" = 124 ] && rc=timeout
    return 0
}

run_one()
{
    local round=$1 slot=$2 tool=$3
    local dir=$work/run-$round-$tool
    mkdir -p "$dir"
    if [ -n "${disabled[$tool]:-}" ]; then
        tsv_row "$round" "$slot" "$tool" - "" "" "" "" "" 0 "$expected" "" "" "" "" "" "" 0 "${disabled[$tool]}"
        "$py" "$here/site/summary.py" row "$tsv"
        return
    fi
    local before output ok_exit=0
    before=$(stat -c %s "$access_log")
    case $tool in
    pavutyna)
        output=$dir/pages.csv
        measure "$dir" "$pavutyna" --headless "$origin/" --db "$dir/crawl.db" -o "$output" -q \
            -c "$CONCURRENCY" --per-host "$CONCURRENCY"
        ;;
    wget2)
        # --no-host-directories: paths map straight to URLs. --trust-server-names: a page reached through a
        # redirect is saved under its own name, not the redirect's (wget2 1.99 saved /go/3's target as "go/3").
        # Exit 8 is "the server answered with an error": the site's deliberate 404s.
        output=$dir/wget2
        measure "$dir" wget2 --no-config --recursive --level=inf --robots=on --max-threads="$CONCURRENCY" \
            --no-host-directories --trust-server-names -q -P "$output" "$origin/"
        ok_exit=8
        ;;
    rules)
        output=$dir/pages.csv
        measure "$dir" "$pavutyna" --headless "$origin/" --db "$dir/crawl.db" -o "$output" -q \
            -c "$CONCURRENCY" --per-host "$CONCURRENCY" "${EXTRACT_RULES[@]}"
        ;;
    scrapy | scrapy-rules)
        output=$dir/items.jsonl
        local with_rules=()
        [ "$tool" = scrapy-rules ] && with_rules=(-a rules=1)
        measure "$dir" "$py" -m scrapy runspider "$here/scrapy/site_spider.py" -a start="$origin/" -O "$output" \
            "${with_rules[@]}" -s CONCURRENT_REQUESTS="$CONCURRENCY" -s CONCURRENT_REQUESTS_PER_DOMAIN="$CONCURRENCY"
        ;;
    reextract)
        measure "$dir" "$pavutyna" --headless --reextract "$stored" -q "${EXTRACT_RULES[@]}"
        ;;
    gumbo)
        measure "$dir" "$parse" "$site" --passes "$PARSE_PASSES"
        ;;
    esac
    sleep 0.2 # let nginx finish logging requests the client abandoned on exit
    tail -c +$((before + 1)) "$access_log" >"$dir/access.log"
    cp "$dir/stderr.txt" "$results/$round-$tool.stderr.txt"

    local note="" correct=0 fields
    if [ "$tool" = reextract ]; then
        # Correct when every stored page has its values again: one `heading` per page of the manifest.
        local values
        values=$("$py" -c '
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
print(db.execute("SELECT count(DISTINCT url_id) FROM extracted WHERE rule_id = 1").fetchone()[0])' "$stored" 2>/dev/null) \
            || values=0
        cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')
        local ok=0
        [ "$rc" = 0 ] && [ "$values" = "$expected" ] && ok=1
        tsv_row "$round" "$slot" "$tool" "$rc" "$wall" "$user" "$sys" "$cpu" "$rss" "$values" "$expected" \
            $((expected - values)) 0 0 0 0 0 "$ok" "$([ "$ok" = 1 ] || echo "values for $values of $expected pages")"
        "$py" "$here/site/summary.py" row "$tsv"
        rm -rf "$dir"
        return
    fi
    if [ "$tool" = gumbo ]; then
        # The parse's own timing, not the process's: reading 560 MB of files is not parsing.
        if fields=$("$py" -c '
import json, sys
r = json.loads(open(sys.argv[1]).read().strip().splitlines()[-1])
print(r["wall_seconds"], r["cpu_seconds"], r["pages"])' "$dir/stdout.txt" 2>/dev/null); then
            read -r wall cpu pages <<<"$fields"
            tsv_row "$round" "$slot" "$tool" "$rc" "$wall" "" "" "$cpu" "$rss" "$pages" "$pages" 0 0 0 0 0 0 1 ""
        else
            tsv_row "$round" "$slot" "$tool" "$rc" "" "" "" "" "$rss" 0 "$expected" "" "" "" "" "" "" 0 \
                "pav_bench_parse failed: $(head -c 200 "$dir/stderr.txt" | tr '\t\n' '  ')"
        fi
        "$py" "$here/site/summary.py" row "$tsv"
        rm -rf "$dir"
        return
    fi

    local check
    local as=$tool
    [ "$tool" = rules ] && as=pavutyna
    [ "$tool" = scrapy-rules ] && as=scrapy
    check=$("$py" "$here/site/check.py" --site "$site" --tool "$as" --output "$output" \
        --access-log "$dir/access.log" --origin "$origin")
    echo "$check" >"$results/$round-$tool.check.json"
    fields=$("$py" -c '
import json, sys
r = json.loads(sys.argv[1])
print("\t".join(str(r[k]) for k in ("found", "expected", "missing", "extra", "dup_output", "dup_requests",
                                    "private_requests", "requests")), int(r["correct"]), "; ".join(r["problems"]),
      sep="\t")' "$check")
    IFS=$'\t' read -r found _ missing extra dup_output dup_requests private_requests requests correct note \
        <<<"$fields"
    if [ "$rc" != 0 ] && [ "$rc" != "$ok_exit" ]; then
        local why
        why=$(grep -v -e '^\s*$' -e ' INFO: ' -e "^ *'" -e '^{' "$dir/stderr.txt" | head -n 3 | tr '\t\n' '  ' \
            | cut -c 1-240) || true
        note="exit $rc${why:+: $why}${note:+; $note}"
        correct=0
        if [ "$found" = 0 ]; then
            # Nothing found and a failing exit: the next rounds would only repeat it.
            disabled[$tool]="exit $rc in round $round, not run again${why:+: $why}"
            [ "$tool" = rules ] && disabled[$tool]+=" (does this build have --extract?)"
            [ "$tool" = pavutyna ] && disabled[$tool]+=" (is the crawl CLI, --db/-o/--per-host, in this build?)"
            cp "$dir/access.log" "$results/$round-$tool.access.log"
        fi
    fi
    cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')
    tsv_row "$round" "$slot" "$tool" "$rc" "$wall" "$user" "$sys" "$cpu" \
        "$rss" "$found" "$expected" "$missing" "$extra" "$dup_output" "$dup_requests" "$private_requests" "$requests" \
        "$correct" "$note"
    [ "$correct" = 1 ] || cp "$dir/access.log" "$results/$round-$tool.access.log"
    "$py" "$here/site/summary.py" row "$tsv"
    rm -rf "$dir"
}

# --- the stored crawl that reextract reads, made once ------------------------------------------------------------
stored=$work/stored.db
if wants reextract && [ -z "${disabled[reextract]:-}" ]; then
    echo "Crawling once with --store-html for reextract..." >&2
    mkdir -p "$work/store-run"
    measure "$work/store-run" "$pavutyna" --headless "$origin/" --db "$stored" -q -c "$CONCURRENCY" \
        --per-host "$CONCURRENCY" --store-html "${EXTRACT_RULES[@]}"
    if [ "$rc" != 0 ]; then
        disabled[reextract]="the --store-html crawl failed (exit $rc): $(head -c 200 "$work/store-run/stderr.txt")"
    else
        echo "  stored crawl: ${wall}s, $(du -h "$stored" | cut -f1) ($("$py" -c '
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
n, size = db.execute("SELECT count(*), sum(length(body)) FROM bodies").fetchone()
print(f"{n} bodies, {size / 1048576:.0f} MiB compressed")' "$stored"))" | tee -a "$results/summary.txt" >&2
    fi
fi

# --- the run --------------------------------------------------------------------------------------------------
read -r -a contenders <<<"$TOOLS"
{
    echo "crawl benchmark: $expected pages ($(du -sh --apparent-size "$site/www" | cut -f1) of HTML and assets)" \
        "from nginx $(nginx -v 2>&1 | cut -d/ -f2) on $origin; $ROUNDS rounds, order rotating; concurrency $CONCURRENCY"
    wants pavutyna && echo "  pavutyna: $pavutyna${disabled[pavutyna]:+ — skipped: ${disabled[pavutyna]}}"
    wants wget2 && echo "  wget2: $(wget2 --version 2>/dev/null | head -n 1 | cut -d' ' -f1-3)"
    { wants scrapy || wants scrapy-rules; } && echo "  scrapy: $("$py" -m scrapy version 2>/dev/null), bench/scrapy/site_spider.py"
    { wants rules || wants reextract; } && echo "  rules:${EXTRACT_RULES[*]//--extract/ }"
    wants gumbo && echo "  gumbo: $parse, median of $PARSE_PASSES passes per round"
    echo "  outputs under $WORK_BASE; raw numbers in $results/rounds.tsv"
} | tee "$results/summary.txt"
for round in $(seq "$ROUNDS"); do
    n=${#contenders[@]}
    for slot in $(seq 0 $((n - 1))); do
        run_one "$round" "$((slot + 1))" "${contenders[$(((slot + round - 1) % n))]}"
    done
done | tee -a "$results/summary.txt"
"$py" "$here/site/summary.py" table "$tsv" | tee -a "$results/summary.txt"
cp "$tsv" "$root/build/bench-crawl/latest.tsv"
awk -F'\t' 'NR > 1 && $18 == 1 { ok = 1 } END { exit ok ? 0 : 1 }' "$tsv"
