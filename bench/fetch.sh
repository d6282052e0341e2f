#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Pavutyna contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Fetch throughput, run by hand (never by ctest or CI): pav_bench_fetch against `curl --parallel`, both
# fetching the same URL sequence from a throwaway nginx on 127.0.0.1, alternating within one run so the
# machine's noise hits both alike. Prints a row per round, the medians, and PASS/FAIL per bar.
#
# Usage: bench/fetch.sh
#   ROUNDS=5 FILES=2000 PASSES=10 CONCURRENCY=32   rounds, distinct files, passes over them, transfers in flight
#   RUN_TIMEOUT=120                                seconds one client gets for one pass set before it is killed
#   PAV_BENCH_FETCH=path                           use this binary instead of building build/release
# Exit status: 0 once measured, whatever the figures; 1 if no round was valid; 2 if it could not set up.
set -euo pipefail

ROUNDS=${ROUNDS:-5}
FILES=${FILES:-2000}
PASSES=${PASSES:-10}
CONCURRENCY=${CONCURRENCY:-32}
RUN_TIMEOUT=${RUN_TIMEOUT:-120}
for name in ROUNDS FILES PASSES CONCURRENCY RUN_TIMEOUT; do
    [[ ${!name} =~ ^[1-9][0-9]*$ ]] || { echo "error: $name must be a positive integer" >&2; exit 2; }
done

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=../scripts/setup.sh disable=SC1091
source "$here/../scripts/setup.sh"
root=$(pav_root)

# Both clients must only ever talk to 127.0.0.1: a proxy from the environment would route them elsewhere.
unset http_proxy https_proxy all_proxy HTTP_PROXY HTTPS_PROXY ALL_PROXY
export no_proxy=127.0.0.1 NO_PROXY=127.0.0.1

if [ -n "${PAV_BENCH_FETCH:-}" ]; then
    pav_ensure_packages nginx-light curl python3 || exit 2
    tool=$PAV_BENCH_FETCH
else
    pav_ensure_packages "${PAV_BUILD_PACKAGES[@]}" nginx-light curl python3 || exit 2
    build=$root/build/release
    if [ ! -f "$build/CMakeCache.txt" ]; then
        cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DPAV_BUILD_TESTS=OFF \
            -DPAV_BUILD_BENCH=ON >&2 || exit 2
    fi
    grep -q '^CMAKE_BUILD_TYPE:STRING=Release$' "$build/CMakeCache.txt" \
        || echo "warning: $build is not a Release build; figures will not be comparable" >&2
    # Always (re)build: a stale binary would measure yesterday's code. Ninja makes this a no-op when current.
    cmake --build "$build" --target pav_bench_fetch >&2 || exit 2
    tool=$build/bench/fetch/pav_bench_fetch
fi
[ -x "$tool" ] || { echo "error: $tool is not executable" >&2; exit 2; }

work=$(mktemp -d /tmp/pav-bench-fetch.XXXXXX)
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

# --- helpers (python3 only for what bash cannot do: getrusage of a child, JSON, medians) ---------------------
cat >"$work/measure.py" <<'PY'
# measure.py TIMEOUT OUT ERR CMD...: runs CMD, prints "wall_s cpu_s rc". CPU is user+sys of the child from
# getrusage(RUSAGE_CHILDREN) deltas, so both clients are measured identically, from outside.
import resource, subprocess, sys, time
timeout, out, err, cmd = float(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4:]
before = resource.getrusage(resource.RUSAGE_CHILDREN)
start = time.monotonic()
with open(out, "wb") as o, open(err, "wb") as e:
    try:
        rc = subprocess.run(cmd, stdout=o, stderr=e, timeout=timeout).returncode
    except subprocess.TimeoutExpired:
        rc = "timeout"
wall = time.monotonic() - start
after = resource.getrusage(resource.RUSAGE_CHILDREN)
cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
print(f"{wall:.6f} {cpu:.6f} {rc}")
PY

cat >"$work/site.py" <<'PY'
# site.py DOCROOT FILES: deterministic pages of 1-20 KB, mostly small like real HTML, a few near the top.
import os, random, sys
docroot, files = sys.argv[1], int(sys.argv[2])
rng = random.Random(20261125)
words = "pavutyna crawler fetch page link anchor title header footer content index sitemap robots".split()
for i in range(files):
    size = int(1024 + (20 * 1024 - 1024) * rng.random() ** 2)
    body = [f"<!doctype html><html><head><title>page {i}</title></head><body>\n"]
    length = len(body[0])
    while length < size:
        line = f'<p><a href="/f{rng.randrange(files)}.html">{" ".join(rng.choices(words, k=12))}</a></p>\n'
        body.append(line)
        length += len(line)
    with open(os.path.join(docroot, f"f{i}.html"), "w") as f:
        f.write("".join(body)[:size])
PY

cat >"$work/report.py" <<'PY'
# report.py row|summary ROUNDS_FILE [fields...]: keeps one JSON line per round and prints the table.
import json, statistics, sys
mode, path = sys.argv[1], sys.argv[2]
header = (f"{'round':>5} {'first':>5} {'ours req/s':>10} {'curl req/s':>10} {'ratio':>6} {'ours us/req':>11} "
          f"{'curl us/req':>11} {'ratio':>6} {'conns o/c':>9} {'stall ms':>8} {'steady ms':>9}")
if mode == "row":
    keys = "round first requests ours_wall ours_cpu ours_rc ours_json ours_conns ours_reqs curl_wall curl_cpu curl_rc " \
           "curl_conns curl_reqs".split()
    r = dict(zip(keys, sys.argv[3:]))
    n = int(r["requests"])
    try:
        probe = json.loads(open(r["ours_json"]).read().strip().splitlines()[-1])
    except (OSError, ValueError, IndexError):
        probe = {}
    row = {"round": int(r["round"]), "first": r["first"], "requests": n,
           "ours_rps": n / float(r["ours_wall"]), "curl_rps": n / float(r["curl_wall"]),
           "ours_us": float(r["ours_cpu"]) / n * 1e6, "curl_us": float(r["curl_cpu"]) / n * 1e6,
           "ours_conns": int(r["ours_conns"]), "curl_conns": int(r["curl_conns"]),
           "stall": probe.get("max_stall_ms", float("nan")), "p99": probe.get("p99_stall_ms", float("nan")),
           "first_gap": probe.get("first_gap_ms", float("nan")),
           "steady": probe.get("max_stall_after_start_ms", float("nan"))}
    problems = []
    if r["ours_rc"] != "0" or probe.get("ok") != n:
        problems.append(f"ours exit {r['ours_rc']}, ok {probe.get('ok')} of {n}")
    if r["curl_rc"] != "0":
        problems.append(f"curl exit {r['curl_rc']}")
    for who in ("ours", "curl"):
        if int(r[f"{who}_reqs"]) != n:
            problems.append(f"nginx served {r[who + '_reqs']} requests to {who}, not {n}")
    row["valid"] = not problems
    if row["round"] == 1:
        print(header)
    print(f"{row['round']:>5} {row['first']:>5} {row['ours_rps']:>10.0f} {row['curl_rps']:>10.0f} "
          f"{row['ours_rps'] / row['curl_rps']:>6.2f} {row['ours_us']:>11.1f} {row['curl_us']:>11.1f} "
          f"{row['ours_us'] / row['curl_us']:>6.2f} {row['ours_conns']:>4}/{row['curl_conns']:<4} "
          f"{row['stall']:>8.1f} {row['steady']:>9.1f}" + ("" if row["valid"] else "  INVALID: " + "; ".join(problems)),
          flush=True)
    with open(path, "a") as f:
        f.write(json.dumps(row) + "\n")
    sys.exit(0)

rows = [json.loads(line) for line in open(path)]
valid = [r for r in rows if r["valid"]]
if not valid:
    print("no valid round: nothing to report")
    sys.exit(1)
med = lambda key: statistics.median(r[key] for r in valid)
# Each round times both clients back to back, so the per-round ratio cancels most of the machine's drift;
# the bars are judged on the median of those ratios.
rps_ratio = statistics.median(r["ours_rps"] / r["curl_rps"] for r in valid)
cpu_ratio = statistics.median(r["ours_us"] / r["curl_us"] for r in valid)
verdict = lambda ok: "PASS" if ok else "FAIL"
print(f"\nmedians of {len(valid)} valid round(s) of {len(rows)}:")
print(f"  requests/s      ours {med('ours_rps'):8.0f}   curl {med('curl_rps'):8.0f}   ratio {rps_ratio:.2f}"
      f"   bar ours >= 0.90 x curl: {verdict(rps_ratio >= 0.90)}")
print(f"  CPU us/request  ours {med('ours_us'):8.1f}   curl {med('curl_us'):8.1f}   ratio {cpu_ratio:.2f}"
      f"   bar ours <= 1.20 x curl: {verdict(cpu_ratio <= 1.20)}")
print(f"  connections opened per run (nginx): ours {med('ours_conns'):.0f}, curl {med('curl_conns'):.0f}")
print(f"  event loop, gaps between 5 ms probe ticks: longest median {med('stall'):.1f} ms, "
      f"worst {max(r['stall'] for r in valid):.1f} ms; p99 median {med('p99'):.1f} ms")
print(f"    first gap (gather creating and starting all {valid[0]['requests']} tasks) median {med('first_gap'):.1f} ms;"
      f" longest after it median {med('steady'):.1f} ms, worst {max(r['steady'] for r in valid):.1f} ms")
PY

# --- the site and the request sequence ---------------------------------------------------------------------
mkdir "$work/site"
python3 "$work/site.py" "$work/site" "$FILES"

free_port()
{
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# Reads nginx's own counters: "accepts requests". The stub_status request itself adds one of each.
server_counts()
{
    curl -q -s --max-time 5 "http://127.0.0.1:$port/nginx-status" | awk 'NR == 3 { print $1, $3 }'
}

start_nginx()
{
    local user_line=""
    # Workers would drop to "nobody", which cannot read our 0700 temp dir; serve as the invoking user instead.
    [ "$(id -u)" -eq 0 ] && user_line="user $(id -un) $(id -gn);"
    cat >"$work/nginx.conf" <<EOF
$user_line
worker_processes 1;
daemon off;
pid $work/nginx.pid;
error_log $work/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $work/tmp-body;
    proxy_temp_path $work/tmp-proxy;
    fastcgi_temp_path $work/tmp-fastcgi;
    uwsgi_temp_path $work/tmp-uwsgi;
    scgi_temp_path $work/tmp-scgi;
    keepalive_requests 1000000;
    keepalive_timeout 300s;
    sendfile on;
    tcp_nopush on;
    default_type text/html;
    server {
        listen 127.0.0.1:$port;
        root $work/site;
        location = /nginx-status { stub_status; }
    }
}
EOF
    nginx -p "$work" -e "$work/error.log" -c "$work/nginx.conf" &
    nginx_pid=$!
    for _ in $(seq 50); do
        kill -0 "$nginx_pid" 2>/dev/null || break
        if [ "$(curl -q -s -o /dev/null --max-time 1 -w '%{http_code}' "http://127.0.0.1:$port/f0.html")" = 200 ]; then
            return 0
        fi
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
    [ "$attempt" = 3 ] && { echo "error: nginx did not start:" >&2; cat "$work/error.log" >&2; exit 2; }
done

# Both clients get the same shuffled sequence: ours as the list plus --repeat, curl as the list written out
# PASSES times, each with its own output to /dev/null (like our tool, which drops every body once counted).
python3 - "$work" "$FILES" "$PASSES" "$port" <<'PY'
import random, sys
work, files, passes, port = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
urls = [f"http://127.0.0.1:{port}/f{i}.html" for i in range(files)]
random.Random(7).shuffle(urls)
with open(f"{work}/urls.txt", "w") as f:
    f.write("\n".join(urls) + "\n")
with open(f"{work}/curl.cfg", "w") as f:
    f.write("".join(f'url = "{u}"\noutput = "/dev/null"\n' for u in urls) * passes)
PY

requests=$((FILES * PASSES))
ours=("$tool" --urls "$work/urls.txt" --concurrency "$CONCURRENCY" --repeat "$PASSES")
# -q first: ignore any ~/.curlrc. --fail: an HTTP error makes the exit status non-zero. --no-progress-meter:
# curl 7.88.1 draws the parallel meter despite -s (curl/curl#10573).
curl_cmd=(curl -q -s --no-progress-meter --fail --parallel --parallel-immediate --parallel-max "$CONCURRENCY"
    -K "$work/curl.cfg")

# Runs one client under measure.py, and sets: wall cpu rc conns (connections nginx accepted) reqs (served).
run()
{
    local name=$1 before after
    shift
    before=$(server_counts)
    read -r wall cpu rc < <(python3 "$work/measure.py" "$RUN_TIMEOUT" "$work/$name.out" "$work/$name.err" "$@")
    after=$(server_counts)
    read -r conns reqs < <(echo "$before $after" | awk '{ print $3 - $1 - 1, $4 - $2 - 1 }')
    if [ "$rc" != 0 ]; then
        echo "  $name: exit $rc: $(head -c 300 "$work/$name.err")" >&2
    fi
}

echo "pav_bench_fetch ($tool) vs $(curl --version | head -1 | cut -d' ' -f1-2), $(nginx -v 2>&1 | cut -d' ' -f3)"
echo "$requests requests per run ($FILES files of 1-20 KB x $PASSES passes, shuffled), concurrency $CONCURRENCY," \
    "$ROUNDS rounds; the first client alternates per round"
echo "conns o/c: connections nginx accepted from ours/curl; stall: longest gap between 5 ms probe ticks" \
    "(steady: after the first gap)"
# Warm-up, not counted: page cache, nginx's open files, the binaries themselves.
run warmup "${ours[@]}"
run warmup "${curl_cmd[@]}"

rounds_file=$work/rounds.jsonl
for round in $(seq "$ROUNDS"); do
    # Alternate who goes first, so neither always inherits the other's cache and frequency state.
    order=(ours curl)
    [ $((round % 2)) = 0 ] && order=(curl ours)
    for who in "${order[@]}"; do
        if [ "$who" = ours ]; then
            run ours "${ours[@]}"
            ours_result=("$wall" "$cpu" "$rc" "$work/ours.out" "$conns" "$reqs")
        else
            run curl "${curl_cmd[@]}"
            curl_result=("$wall" "$cpu" "$rc" "$conns" "$reqs")
        fi
    done
    python3 "$work/report.py" row "$rounds_file" "$round" "${order[0]}" "$requests" "${ours_result[@]}" \
        "${curl_result[@]}"
done
python3 "$work/report.py" summary "$rounds_file"
