# SPDX-FileCopyrightText: 2026 Pavutyna contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Scrapy's side of bench/crawl.sh: crawls one site the way a typical Scrapy user would, and no more.

Run: python3 -m scrapy runspider bench/scrapy/site_spider.py -a start=http://127.0.0.1:PORT/ -O items.jsonl
(Debian's python3-scrapy; /usr/bin/python3, not a virtualenv's.)

With -a rules=1 each item also carries the five extraction rules of bench/crawl.sh's EXTRACT_RULES, written as a
Scrapy user writes them with parsel (the `rules` contender).

Obeys robots.txt, 16 requests in flight (16 per domain), no AutoThrottle, no delay. For every HTML page it
yields one JSON line: url, status, title, meta description, h1, canonical (CSS selectors), and it follows
every <a href> that stays on the start URL's host and port, each distinct URL once per page (as Scrapy's
LinkExtractor does). Scrapy's own duplicate filter does the rest: its request fingerprint ignores fragments,
and a redirect whose target was already seen is dropped. Two deliberate departures from the defaults: the
start request goes through the duplicate filter (Scrapy exempts start_urls from it, so a later link to "/"
fetched the home page a second time), and fragments are stripped before a Request is made (else an item
could carry "page.html#rozdil-2" as its URL).
"""
from urllib.parse import urldefrag, urlsplit

import scrapy


class SiteSpider(scrapy.Spider):
    name = "pavutyna_bench"
    custom_settings = {
        "ROBOTSTXT_OBEY": True,
        "CONCURRENT_REQUESTS": 16,
        "CONCURRENT_REQUESTS_PER_DOMAIN": 16,
        "CONCURRENT_REQUESTS_PER_IP": 0,
        "DOWNLOAD_DELAY": 0,
        "AUTOTHROTTLE_ENABLED": False,
        "LOG_LEVEL": "ERROR",
        "TELNETCONSOLE_ENABLED": False,  # would listen on a port of its own
        "COOKIES_ENABLED": False,
        "RETRY_ENABLED": False,  # nginx on loopback does not fail; a retry would hide a problem
        "DEPTH_LIMIT": 0,
        "FEED_EXPORT_ENCODING": "utf-8",
        "REQUEST_FINGERPRINTER_IMPLEMENTATION": "2.7",  # silences 2.8's deprecation warning
    }

    def __init__(self, start=None, rules=None, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.rules = bool(rules)
        if not start:
            raise ValueError("give the start URL: -a start=http://127.0.0.1:PORT/")
        self.start = start
        self.origin = urlsplit(start).netloc
        self.allowed_domains = [urlsplit(start).hostname]

    def start_requests(self):
        yield scrapy.Request(self.start, callback=self.parse, dont_filter=False)

    def parse(self, response):
        if not isinstance(response, scrapy.http.HtmlResponse):
            return
        yield {
            "url": response.url,
            "status": response.status,
            "title": response.css("title::text").get(),
            "description": response.css('meta[name="description"]::attr(content)').get(),
            "h1": response.css("h1::text").get(),
            "canonical": response.css('link[rel="canonical"]::attr(href)').get(),
            **(self.parse_rules(response) if self.rules else {}),
        }
        urls = (urldefrag(response.urljoin(href.strip())).url for href in response.css("a::attr(href)").getall())
        for url in dict.fromkeys(urls):
            parts = urlsplit(url)
            if parts.scheme in ("http", "https") and parts.netloc == self.origin:
                yield scrapy.Request(url, callback=self.parse)

    @staticmethod
    def parse_rules(response):
        """The same five rules as EXTRACT_RULES in bench/crawl.sh."""
        def text(selector):
            return " ".join(" ".join(selector.css("::text").getall()).split())

        lead = response.css("p.lead")
        return {
            "heading": response.css("article h1::text").get(),
            "lead": text(lead[0]) if lead else None,
            "crumbs": " > ".join(text(li) for li in response.css("nav.breadcrumbs li")),
            "related": len(response.xpath("//aside[@class='related']//li")),
            "page": response.css("footer").re_first(r"Сторінка (\d+)\."),
        }
