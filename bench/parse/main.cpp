// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// pav_bench_parse SITE_DIR [--passes N]
// The floor for the crawl benchmark: how much CPU Gumbo alone needs per page of the generated site. Reads every
// page listed in SITE_DIR/manifest.txt (from SITE_DIR/www) into memory first, then parses all of them with
// gumbo_parse_with_options(&kGumboDefaultOptions, ...) and gumbo_destroy_output, single-threaded, once uncounted
// to warm up and then N counted passes. Prints one JSON line describing the median pass (by CPU time).
// Run by bench/crawl.sh; exits 2 on bad arguments or unreadable files.
#include <gumbo.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {
double clockSeconds(clockid_t clock)
{
    timespec now = {};
    clock_gettime(clock, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

struct Pass
{
    double cpu = 0;
    double wall = 0;
};

// A URL path of the manifest to its file: "/" and "/a/" are directories served as their index.html.
std::string fileFor(const std::string& site, const std::string& path)
{
    return site + "/www" + path + (path.back() == '/' ? "index.html" : "");
}

bool readFile(const std::string& name, std::string& out)
{
    std::ifstream in(name, std::ios::binary);
    if (!in)
        return false;
    std::ostringstream buffer;
    buffer << in.rdbuf();
    out = std::move(buffer).str();
    return bool(in) || in.eof();
}

// One pass over every page. The error count is read so the parse cannot be treated as unused; Gumbo's own
// bookkeeping of it is part of its cost either way.
Pass parseAll(const std::vector<std::string>& pages, unsigned long& errors)
{
    const double cpu = clockSeconds(CLOCK_PROCESS_CPUTIME_ID);
    const double wall = clockSeconds(CLOCK_MONOTONIC);
    for (const std::string& html : pages) {
        GumboOutput* output = gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size());
        errors += output->errors.length;
        gumbo_destroy_output(&kGumboDefaultOptions, output);
    }
    return { clockSeconds(CLOCK_PROCESS_CPUTIME_ID) - cpu, clockSeconds(CLOCK_MONOTONIC) - wall };
}
} // namespace

int main(int argc, char* argv[])
{
    std::string site;
    int passes = 5;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--passes") == 0 && i + 1 < argc) {
            passes = std::atoi(argv[++i]);
        } else if (argv[i][0] != '-' && site.empty()) {
            site = argv[i];
        } else {
            std::fprintf(stderr, "usage: pav_bench_parse SITE_DIR [--passes N]\n");
            return 2;
        }
    }
    if (site.empty() || passes < 1) {
        std::fprintf(stderr, "usage: pav_bench_parse SITE_DIR [--passes N]  (N >= 1)\n");
        return 2;
    }

    std::ifstream manifest(site + "/manifest.txt");
    if (!manifest) {
        std::fprintf(stderr, "cannot read %s/manifest.txt\n", site.c_str());
        return 2;
    }
    std::vector<std::string> pages;
    std::size_t bytes = 0;
    for (std::string path; std::getline(manifest, path);) {
        if (path.empty())
            continue;
        std::string html;
        if (path.front() != '/' || !readFile(fileFor(site, path), html)) {
            std::fprintf(stderr, "cannot read the page %s of %s\n", path.c_str(), site.c_str());
            return 2;
        }
        bytes += html.size();
        pages.push_back(std::move(html));
    }
    if (pages.empty()) {
        std::fprintf(stderr, "%s/manifest.txt lists no pages\n", site.c_str());
        return 2;
    }

    unsigned long errors = 0;
    parseAll(pages, errors); // warm-up: caches, allocator arenas
    std::vector<Pass> timed;
    for (int pass = 0; pass < passes; ++pass)
        timed.push_back(parseAll(pages, errors));
    std::vector<Pass> sorted = timed;
    std::sort(sorted.begin(), sorted.end(), [](const Pass& a, const Pass& b) { return a.cpu < b.cpu; });
    const Pass median = sorted[sorted.size() / 2];
    const double n = double(pages.size());

    std::printf("{\"pages\":%zu,\"bytes\":%zu,\"passes\":%d,\"cpu_seconds\":%.6f,\"wall_seconds\":%.6f,"
                "\"cpu_seconds_per_page\":%.9f,\"cpu_ms_per_page\":%.6f,\"pages_per_second\":%.1f,\"mb_per_second\":%.2f,"
                "\"min_cpu_seconds\":%.6f,\"max_cpu_seconds\":%.6f,\"parse_errors_per_pass\":%lu}\n",
        pages.size(), bytes, passes, median.cpu, median.wall, median.cpu / n, median.cpu / n * 1e3, n / median.wall,
        double(bytes) / 1e6 / median.wall, sorted.front().cpu, sorted.back().cpu,
        errors / (unsigned long)(passes + 1));
    return 0;
}
