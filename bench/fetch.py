#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Pavutyna contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fetch throughput: pav_bench_fetch vs `curl --parallel`, side by side against a local nginx.

Serves a generated docroot from nginx on 127.0.0.1 only, then alternates ours and curl for ROUNDS rounds
over the same URL list at the same concurrency. Both are measured the same way from outside (wall clock,
and user+sys CPU of the child from getrusage), and ours also reports its event loop's longest stall.
"""
import json, os, random, resource, shutil, socket, statistics, subprocess, sys, tempfile, time

ROUNDS = int(os.environ.get("ROUNDS", "5"))
FILES = int(os.environ.get("FILES", "2000"))
PASSES = int(os.environ.get("PASSES", "10"))
CONCURRENCY = int(os.environ.get("CONCURRENCY", "32"))
TOOL = os.environ["PAV_BENCH_FETCH"]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def make_site(root):
    rng = random.Random(20261125)
    for i in range(FILES):
        size = rng.randint(1024, 20 * 1024)
        with open(os.path.join(root, f"f{i}.html"), "wb") as f:
            f.write((f"<p>file {i} " + "x" * size)[:size].encode())


def start_nginx(work, docroot, port):
    conf = os.path.join(work, "nginx.conf")
    with open(conf, "w") as f:
        f.write(f"""
worker_processes 1;
daemon off;
pid {work}/nginx.pid;
error_log {work}/error.log warn;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    client_body_temp_path {work}/body; proxy_temp_path {work}/proxy; fastcgi_temp_path {work}/fcgi;
    uwsgi_temp_path {work}/uwsgi; scgi_temp_path {work}/scgi;
    keepalive_requests 1000000; keepalive_timeout 60s;
    sendfile on; tcp_nopush on;
    default_type text/html;
    server {{ listen 127.0.0.1:{port}; root {docroot}; }}
}}
""")
    proc = subprocess.Popen(["nginx", "-c", conf, "-p", work], stderr=subprocess.DEVNULL)
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.1).close()
            return proc
        except OSError:
            time.sleep(0.05)
    proc.kill()
    sys.exit("nginx did not start")


def measured(cmd):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.monotonic()
    out = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=600)
    wall = time.monotonic() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if out.returncode != 0:
        sys.exit(f"{cmd[0]} failed ({out.returncode}): {out.stderr.decode()[:500]}")
    return wall, cpu, out.stdout.decode()


def main():
    work = tempfile.mkdtemp(prefix="pav-bench-fetch-")
    os.chmod(work, 0o755)  # nginx workers run as an unprivileged user
    docroot = os.path.join(work, "site")
    os.mkdir(docroot)
    make_site(docroot)
    port = free_port()
    nginx = start_nginx(work, docroot, port)
    try:
        urls = [f"http://127.0.0.1:{port}/f{i}.html" for i in range(FILES)] * PASSES
        random.Random(7).shuffle(urls)
        requests = len(urls)
        url_file = os.path.join(work, "urls.txt")
        with open(url_file, "w") as f:
            f.write("\n".join(urls) + "\n")
        curl_config = os.path.join(work, "curl.cfg")
        with open(curl_config, "w") as f:
            for u in urls:
                f.write(f'url = "{u}"\noutput = "/dev/null"\n')
        ours_cmd = [TOOL, "--urls", url_file, "--concurrency", str(CONCURRENCY)]
        curl_cmd = ["curl", "-s", "--parallel", "--parallel-immediate", "--parallel-max", str(CONCURRENCY),
                    "-K", curl_config]
        measured(ours_cmd)  # warm-up: page cache, nginx worker
        measured(curl_cmd)
        rows = []
        print(f"{requests} requests per run ({FILES} files x {PASSES}), concurrency {CONCURRENCY}, {ROUNDS} rounds")
        print(f"{'round':>5} {'ours req/s':>11} {'curl req/s':>11} {'ours us/req':>12} {'curl us/req':>12} {'stall ms':>9} {'start ms':>9} {'steady ms':>9}")
        for r in range(ROUNDS):
            wall, cpu, out = measured(ours_cmd)
            report = json.loads(out.strip().splitlines()[-1])
            assert report["ok"] == requests, report
            cwall, ccpu, _ = measured(curl_cmd)
            row = dict(ours_rps=requests / wall, curl_rps=requests / cwall, ours_cpu=cpu / requests * 1e6,
                       curl_cpu=ccpu / requests * 1e6, stall=report["max_stall_ms"], p99=report["p99_stall_ms"],
                       first=report["first_gap_ms"], steady=report["max_stall_after_start_ms"])
            rows.append(row)
            print(f"{r + 1:>5} {row['ours_rps']:>11.0f} {row['curl_rps']:>11.0f} {row['ours_cpu']:>12.1f} "
                  f"{row['curl_cpu']:>12.1f} {row['stall']:>9.1f} {row['first']:>9.1f} {row['steady']:>9.1f}")
        med = {k: statistics.median(row[k] for row in rows) for k in rows[0]}
        ratio_rps = statistics.median(row["ours_rps"] / row["curl_rps"] for row in rows)
        ratio_cpu = statistics.median(row["ours_cpu"] / row["curl_cpu"] for row in rows)
        print(f"median: ours {med['ours_rps']:.0f} req/s, curl {med['curl_rps']:.0f} req/s, "
              f"ratio {ratio_rps:.2f} (bar >= 0.90: {'PASS' if ratio_rps >= 0.9 else 'FAIL'})")
        print(f"median CPU per request: ours {med['ours_cpu']:.1f} us, curl {med['curl_cpu']:.1f} us, "
              f"ratio {ratio_cpu:.2f} (bar <= 1.20: {'PASS' if ratio_cpu <= 1.2 else 'FAIL'})")
        print(f"event loop stall (5 ms probe): median of longest {med['stall']:.1f} ms, "
              f"worst {max(r['stall'] for r in rows):.1f} ms, median p99 {med['p99']:.1f} ms")
        print(f"  of which: starting all tasks (first gap) median {med['first']:.1f} ms; "
              f"longest stall after that: median {med['steady']:.1f} ms, worst {max(r['steady'] for r in rows):.1f} ms")
    finally:
        nginx.terminate()
        nginx.wait(timeout=10)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
