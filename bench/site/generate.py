#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Pavutyna contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Generates the crawl benchmark's site: a deterministic news-like site for nginx on 127.0.0.1.

Usage: generate.py --out DIR [--pages 20000] [--seed 20261126]

Writes into DIR (which must not exist or be empty) the document root DIR/www:
  the HTML pages       --pages of them, 15-40 KB each, all reachable from / through <a href> links
  robots.txt           disallows /private/ (no Sitemap line)
  private/, arkhiv/chernetka-*.html
                       robots-blocked pages, and public "orphan" drafts linked only from them: a crawler
                       that fetches /private/ also finds pages outside the manifest
  static/              one stylesheet and a few small PNG images (real files, not HTML, not in the manifest)
  404.html             nginx's error page for the missing paths some pages link to
and next to it:
  nginx-server.conf    to include inside a server {} whose root is DIR/www: types, charset, the 301/302 redirects
                       (one- and two-hop, to pages that exist) and the 404 page
  manifest.txt         the URL paths of exactly the pages a correct crawler finds from /, one per line, sorted
  site.json            counts: pages per depth, bytes, links, 404/redirect/private links

Shape: / (depth 0) -> 10 sections + 6 service pages (1) -> categories (2) -> topics (3) -> articles (4..7).
Links only go down one level along the tree, or to pages no deeper than the linking one, so the shortest
link path to a page equals its tree depth and the deepest pages are at depth 7. Every page has ~50
<a href> links in absolute ("/a/b.html"), relative ("../b.html", "b.html") and "./" forms, a few with
#fragments; no query strings, so every distinct normalised URL is one page. Before writing anything the
generator crawls its own link graph (urljoin, redirects followed, /private/ skipped) and fails unless that
crawl reaches exactly the manifest.
"""
import argparse
import json
import os
import random
import struct
import sys
import zlib
from collections import deque
from urllib.parse import urljoin, urlsplit

SECTIONS = [
    ("novyny", "Новини"), ("ekonomika", "Економіка"), ("kultura", "Культура"), ("nauka", "Наука"),
    ("sport", "Спорт"), ("tekhnolohii", "Технології"), ("zdorovia", "Здоров’я"), ("osvita", "Освіта"),
    ("podorozhi", "Подорожі"), ("istoriia", "Історія"),
]
SERVICE = [
    ("/pro-nas.html", "Про нас"), ("/kontakty.html", "Контакти"), ("/avtory/", "Автори"),
    ("/reklama.html", "Реклама"), ("/pravyla.html", "Правила користування"), ("/arkhiv/", "Архів"),
]
TOPIC_WORDS = [
    ("polityka", "Політика"), ("rehiony", "Регіони"), ("svit", "Світ"), ("finansy", "Фінанси"),
    ("biznes", "Бізнес"), ("rynky", "Ринки"), ("teatr", "Театр"), ("kino", "Кіно"), ("muzyka", "Музика"),
    ("literatura", "Література"), ("kosmos", "Космос"), ("fizyka", "Фізика"), ("biolohiia", "Біологія"),
    ("futbol", "Футбол"), ("tenis", "Теніс"), ("shakhy", "Шахи"), ("smartfony", "Смартфони"),
    ("prohramy", "Програми"), ("roboty", "Роботи"), ("medytsyna", "Медицина"), ("kharchuvannia", "Харчування"),
    ("shkola", "Школа"), ("universytety", "Університети"), ("karpaty", "Карпати"), ("more", "Море"),
    ("mista", "Міста"), ("arkheolohiia", "Археологія"), ("kozatstvo", "Козацтво"), ("energetyka", "Енергетика"),
    ("ahro", "Агро"), ("transport", "Транспорт"), ("ekolohiia", "Екологія"), ("mova", "Мова"),
    ("mystetstvo", "Мистецтво"), ("zakon", "Закон"), ("hromady", "Громади"), ("ihry", "Ігри"),
    ("fotohrafiia", "Фотографія"), ("arkhitektura", "Архітектура"), ("dovkillia", "Довкілля"),
]
UK_WORDS = """
місто село річка гори море ліс поле степ вулиця площа міст дорога потяг автобус літак станція вокзал
школа університет бібліотека музей театр кіно концерт виставка фестиваль книга газета журнал стаття
новина подія розповідь історія культура наука техніка мистецтво музика пісня вірш роман повість казка
вчитель учень студент лікар інженер програміст художник письменник журналіст фермер водій науковець
громада родина друзі сусіди люди діти молодь батьки бабуся дідусь мешканці гості туристи волонтери
весна літо осінь зима ранок вечір ніч день тиждень місяць рік століття година хвилина сьогодні завтра
великий малий новий старий гарний важливий цікавий складний простий швидкий повільний теплий холодний
український місцевий міжнародний сучасний давній відкритий спільний перший останній наступний кожен
працює будує пише читає говорить розповідає показує відкриває готує допомагає вивчає планує змінює
зростає падає починається закінчується триває відбувається з’являється зберігає підтримує пояснює
хліб вода сонце вітер дощ сніг небо земля зерно яблуко сад квіти дерево трава камінь пісок хмара
енергія мережа система програма дані сервер сторінка посилання пошук запит відповідь адреса сайт
проєкт рішення питання результат розвиток досвід знання ідея план мета крок шлях початок кінець
та і але або що як коли де тому також ще вже навіть лише майже дуже досить разом окремо знову
у в на з до від для про через після перед між над під біля навколо серед без
""".split()
EN_WORDS = """
city river mountain market school library museum theatre festival book article story history culture
science engineering software network server page link search query answer project result research
teacher student doctor engineer writer journalist farmer driver volunteer family neighbours visitors
spring summer autumn winter morning evening week month year century today tomorrow yesterday
new old large small important interesting simple fast slow open local international modern ancient
works builds writes reads explains shows opens prepares helps studies plans changes grows starts ends
and but or that when where because also still already only almost very together again
in on with from for about through after before between under near around without
""".split()
PNG_NAMES = ["logo", "foto-1", "foto-2", "foto-3", "foto-4", "foto-5"]

MAX_DEPTH = 7
MIN_BYTES, MAX_BYTES = 15 * 1024, 40 * 1024
FILLER_BUDGET = 1200  # bytes kept free for the closing part of the page when filling it with text


class Page:
    __slots__ = ("index", "path", "depth", "parent", "children", "members", "title", "section", "topic", "kind",
                 "links")

    def __init__(self, index, path, depth, parent, title, kind, section=None, topic=None):
        self.index, self.path, self.depth, self.parent = index, path, depth, parent
        self.children, self.members, self.links = [], [], []
        self.title, self.kind, self.section, self.topic = title, kind, section, topic


def directory(path):
    return path[: path.rfind("/") + 1]


def relative(base, target):
    """The shortest ../ form of target as seen from a page at base, the way a person writes it."""
    bparts = [p for p in directory(base).split("/") if p]
    tdir, name = directory(target), target[target.rfind("/") + 1:]
    tparts = [p for p in tdir.split("/") if p]
    common = 0
    while common < min(len(bparts), len(tparts)) and bparts[common] == tparts[common]:
        common += 1
    rel = "../" * (len(bparts) - common) + "".join(p + "/" for p in tparts[common:]) + name
    return rel or "./"


class Site:
    def __init__(self, pages, seed):
        self.rng = random.Random(seed)
        self.total = pages
        self.pages = []
        self.by_depth = [[] for _ in range(MAX_DEPTH + 1)]
        self.sentences = []
        self.missing, self.redirects, self.private = [], {}, []
        self.special_uses = {"missing": 0, "redirect": 0, "private": 0}

    # --- structure -----------------------------------------------------------------------------------------
    def add(self, path, depth, parent, title, kind, section=None, topic=None):
        page = Page(len(self.pages), path, depth, parent, title, kind, section, topic)
        self.pages.append(page)
        self.by_depth[depth].append(page)
        if parent is not None:
            parent.children.append(page)
        return page

    def title(self, words=(4, 9)):
        text = " ".join(self.rng.choices(UK_WORDS, k=self.rng.randint(*words)))
        return text[0].upper() + text[1:]

    def build(self):
        rng = self.rng
        home = self.add("/", 0, None, "Павутина — новини, культура, наука", "home")
        sections = [self.add(f"/{slug}/", 1, home, name, "section") for slug, name in SECTIONS]
        for path, name in SERVICE:
            self.add(path, 1, home, name, "service")
        per_section = max(1, round(self.total / 2000))
        topics_per_category = 5
        topics = []
        for section in sections:
            for j in range(per_section):
                slug, name = rng.choice(TOPIC_WORDS)
                category = self.add(f"{section.path}{slug}-{j + 1}/", 2, section, f"{name}: {section.title}",
                                    "category", section)
                for k in range(topics_per_category):
                    slug, name = rng.choice(TOPIC_WORDS)
                    topics.append(self.add(f"{category.path}{slug}-{k + 1}/", 3, category,
                                           f"{name} — {category.title}", "topic", section))
        articles = self.total - len(self.pages)
        if articles < len(topics):
            sys.exit(f"--pages {self.total} is too small for {len(topics)} topics")
        # Articles per topic, spread evenly; inside a topic, levels 4..7 grow like a real archive's.
        shares = [0.08, 0.16, 0.28]
        for t, topic in enumerate(topics):
            count = articles // len(topics) + (1 if t < articles % len(topics) else 0)
            levels = [max(1, round(count * s)) for s in shares]
            levels.append(count - sum(levels))
            while levels[-1] < 1:  # tiny sites: keep every level present
                levels[levels.index(max(levels))] -= 1
                levels[-1] += 1
            previous = [topic]
            for level, n in enumerate(levels):
                current = []
                for _ in range(n):
                    parent = rng.choice(previous)
                    words = rng.choice(TOPIC_WORDS)[0], rng.choice(TOPIC_WORDS)[0]
                    path = f"{topic.path}{words[0]}-{words[1]}-{len(self.pages)}.html"
                    article = self.add(path, 4 + level, parent, self.title(), "article", topic.section, topic)
                    topic.members.append(article)
                    current.append(article)
                previous = current
        self.upto = []
        for d in range(MAX_DEPTH + 1):
            self.upto.append((self.upto[-1] if d else []) + self.by_depth[d])
        self.build_specials()

    def build_specials(self):
        rng = self.rng
        existing = {p.path for p in self.pages}
        articles = [p for p in self.pages if p.kind == "article"]
        for n in range(60):
            page = rng.choice(articles)
            form = n % 3
            if form == 0:
                path = f"{directory(page.path)}vydalena-{n + 1}.html"
            elif form == 1:
                path = f"/arkhiv/{2001 + n}/"
            else:
                path = f"{page.section.path}staryi-material-{n + 1}.html"
            assert path not in existing
            self.missing.append(path)
        # One-hop 301s and 302s, and two-hop chains whose second hop is one of the 301s.
        for n in range(30):
            self.redirects[f"/stari/{1000 + n}.html"] = (301, rng.choice(self.pages).path)
        for n in range(15):
            self.redirects[f"/go/{n + 1}"] = (302, rng.choice(self.pages).path)
        for n in range(10):
            self.redirects[f"/duzhe-stari/{n + 1}.html"] = (301, f"/stari/{1000 + n}.html")
        # nginx itself answers a directory without its slash with a 301 to the slash form.
        for section in self.by_depth[1][:3]:
            if section.kind == "section":
                self.redirects[section.path.rstrip("/")] = (301, section.path)
        self.private = ["/private/"] + [f"/private/zvity/zvit-{n + 1}.html" for n in range(12)] + [
            f"/private/chernetky/chernetka-{n + 1}.html" for n in range(7)]
        self.orphans = [f"/arkhiv/chernetka-{n + 1}.html" for n in range(10)]

    # --- links ---------------------------------------------------------------------------------------------
    def href(self, page, target, fragment_rate=0.03):
        r = self.rng.random()
        if r < 0.45:
            text = target
        elif r < 0.9:
            text = relative(page.path, target)
        else:
            text = relative(page.path, target)
            text = text if text.startswith(".") else "./" + text
        if self.rng.random() < fragment_rate:
            text += f"#rozdil-{self.rng.randint(1, 5)}"
        page.links.append(text)
        return text

    def related(self, page):
        """A page no deeper than this one, half the time from its own topic, like "read also" boxes."""
        rng = self.rng
        if page.depth == 0:
            return rng.choice(self.by_depth[1])  # the home page's only shallower-or-equal pages are its children
        for _ in range(8):
            r = rng.random()
            if page.topic is not None and r < 0.5:
                candidate = rng.choice(page.topic.members)
            else:
                candidate = rng.choice(self.upto[page.depth])
            if candidate is not page and candidate.depth <= page.depth:
                return candidate
        return self.pages[0]

    def special(self, page, kind):
        """A link to a missing path, a redirect or /private/: the first uses go through the whole pool."""
        pool = {"missing": self.missing, "redirect": list(self.redirects), "private": self.private}[kind]
        n = self.special_uses[kind]
        self.special_uses[kind] += 1
        target = pool[n] if n < len(pool) else self.rng.choice(pool)
        if kind == "redirect":
            text = target  # written as given: nginx matches these locations exactly
            page.links.append(text)
            return text
        return self.href(page, target, fragment_rate=0)

    # --- text ----------------------------------------------------------------------------------------------
    def make_sentences(self, count=6000):
        rng = self.rng
        for _ in range(count):
            words = EN_WORDS if rng.random() < 0.2 else UK_WORDS
            text = " ".join(rng.choices(words, k=rng.randint(7, 19)))
            end = rng.choice([".", ".", ".", "!", "?", "…"])
            self.sentences.append(text[0].upper() + text[1:] + end)

    def paragraph(self, inline=()):
        rng = self.rng
        parts = rng.choices(self.sentences, k=rng.randint(2, 6))
        for link in inline:
            at = rng.randrange(len(parts))
            label = " ".join(rng.choices(UK_WORDS, k=rng.randint(2, 5)))
            parts[at] = f'{parts[at]} <a href="{link[0]}">{link[1] or label}</a>'
        return "<p>" + " ".join(parts) + "</p>\n"


def render(site, page):
    """One page's HTML: head, header nav, breadcrumbs, article text with inline links, lists, footer."""
    rng = site.rng
    head = [
        '<!doctype html>\n<html lang="uk">\n<head>\n<meta charset="utf-8">\n',
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
        f"<title>{page.title if page.depth == 0 else page.title + ' — Павутина'}</title>\n",
        f'<meta name="description" content="{rng.choice(site.sentences)}">\n',
        f'<link rel="canonical" href="{page.path}">\n',
        '<link rel="stylesheet" href="/static/site.css">\n',
        f'<meta property="og:title" content="{page.title}">\n</head>\n<body>\n',
        '<header class="site-header"><a class="logo" href="/">'
        '<img src="/static/img/logo.png" alt="Павутина" width="120" height="40"></a>\n<nav class="main-nav"><ul>\n',
    ]
    page.links.append("/")
    for section in site.by_depth[1]:
        if section.kind == "section":
            page.links.append(section.path)
            head.append(f'<li><a href="{section.path}">{section.title}</a></li>\n')
    head.append("</ul></nav></header>\n")

    crumbs, node = [], page.parent
    while node is not None:
        crumbs.append(node)
        node = node.parent
    if crumbs:
        head.append('<nav class="breadcrumbs" aria-label="Ви тут"><ol>\n')
        for node in reversed(crumbs):
            head.append(f'<li><a href="{site.href(page, node.path, 0)}">{node.title}</a></li>\n')
        head.append(f"<li>{page.title}</li></ol></nav>\n")

    head.append(f'<main>\n<article id="top">\n<h1>{page.title}</h1>\n')
    head.append(f'<p class="lead">{rng.choice(site.sentences)} <a href="#komentari">Коментарі</a></p>\n')
    page.links.append("#komentari")
    head.append(f'<figure><img src="/static/img/{rng.choice(PNG_NAMES[1:])}.png" alt="{rng.choice(UK_WORDS)}" '
                f'width="64" height="40"><figcaption>{site.title((3, 6))}</figcaption></figure>\n')

    # Children first (they are what makes the tree reachable), then "read also" links up to ~50 anchors.
    children = [(site.href(page, c.path), c.title) for c in page.children]
    target = rng.randint(44, 56)
    fixed = 1 + 10 + len(crumbs) + 1 + len(children) + len(SERVICE)
    related = [site.related(page) for _ in range(max(4, target - fixed))]
    related_links = [(site.href(page, r.path), r.title) for r in related]
    inline = related_links[: len(related_links) // 2]
    boxed = related_links[len(related_links) // 2:]
    for kind, rate in (("missing", 0.03), ("redirect", 0.03), ("private", 0.02)):
        if rng.random() < rate:
            inline.append((site.special(page, kind), None))

    tail = []
    if children:
        heading = "Розділи" if page.depth < 3 else "Читайте далі"
        tail.append(f'<section class="children"><h2>{heading}</h2><ul>\n')
        tail.extend(f'<li><a href="{h}">{t}</a></li>\n' for h, t in children)
        tail.append("</ul></section>\n")
    tail.append('<aside class="related"><h2>Схожі матеріали</h2><ul>\n')
    tail.extend(f'<li><a href="{h}">{t}</a></li>\n' for h, t in boxed)
    tail.append('</ul></aside>\n<section id="komentari"><h2>Коментарі</h2><p>Коментарів ще немає.</p></section>\n')
    tail.append("</main>\n<footer class=\"site-footer\"><ul>\n")
    for path, name in SERVICE:
        page.links.append(path)
        tail.append(f'<li><a href="{path}">{name}</a></li>\n')
    tail.append(f"</ul><p>© 2026 Павутина. Сторінка {page.index + 1}.</p></footer>\n</body>\n</html>\n")

    body = []
    size = sum(len(s.encode()) for s in head) + sum(len(s.encode()) for s in tail) + 40
    wanted = rng.randint(MIN_BYTES + 512, MAX_BYTES - FILLER_BUDGET)
    sections = 0
    while size < wanted or inline:
        if sections == 0 or rng.random() < 0.18:
            sections += 1
            text = f'<h2 id="rozdil-{sections}">{site.title((3, 7))}</h2>\n'
            body.append(text)
            size += len(text.encode())
        # Spread the inline links over the paragraphs still to come; past the size wanted, place the rest.
        left = max(1, (wanted - size) // 800)
        count = len(inline) if size >= wanted else min(len(inline), -(-len(inline) // left))
        text = site.paragraph([inline.pop() for _ in range(count)])
        body.append(text)
        size += len(text.encode())
    return "".join(head) + "".join(body) + "</article>\n" + "".join(tail)


def private_page(path, site):
    rng = site.rng
    links = [p for p in site.private if p != path][:6] + [rng.choice(site.orphans), rng.choice(site.orphans), "/"]
    items = "".join(f'<li><a href="{link}">{link}</a></li>\n' for link in links)
    return (f'<!doctype html>\n<html lang="uk"><head><meta charset="utf-8"><title>Службове: {path}</title>'
            f'</head><body><h1>Службова сторінка</h1><ul>\n{items}</ul>'
            + "".join(site.paragraph() for _ in range(10)) + "</body></html>\n"), links


def orphan_page(path, site):
    return (f'<!doctype html>\n<html lang="uk"><head><meta charset="utf-8"><title>Чернетка {path}</title></head>'
            f'<body><h1>Чернетка</h1>' + "".join(site.paragraph() for _ in range(10)) + "</body></html>\n")


def png(width, height, rgb):
    """A real, small, valid PNG of one gradient: crawlers that fetch images get a proper image/png."""
    rows = b"".join(b"\x00" + bytes(c for x in range(width) for c in (rgb[0], (x * 255) // width, rgb[2]))
                    for _ in range(height))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))


def self_crawl(site):
    """Crawls the link graph the way a correct crawler does and returns (reached paths, max depth, counts)."""
    by_path = site.by_path
    seen, depth = {"/"}, {"/": 0}
    queue = deque(["/"])
    blocked, missing, redirected = set(), set(), set()
    while queue:
        path = queue.popleft()
        links = by_path[path].links
        for href in links:
            url = urljoin("http://h" + path, href)
            parts = urlsplit(url)
            assert parts.netloc == "h" and not parts.query, (path, href)
            target = parts.path
            hops = 0
            while target in site.redirects:
                redirected.add(target)
                target = site.redirects[target][1]
                hops += 1
                assert hops <= 2
            if target.startswith("/private/"):
                blocked.add(target)
                continue
            if target not in by_path:
                assert target in site.missing, (path, href, target)
                missing.add(target)
                continue
            if target not in seen:
                seen.add(target)
                depth[target] = depth[path] + 1
                queue.append(target)
    # What a crawler that ignored robots.txt would add: the private pages and the orphans they link to.
    assert all(o not in seen for o in site.orphans)
    return seen, max(depth.values()), {"blocked": len(blocked), "missing": len(missing),
                                       "redirects": len(redirected)}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", required=True)
    parser.add_argument("--pages", type=int, default=20000)
    parser.add_argument("--seed", type=int, default=20261126)
    args = parser.parse_args()
    if args.pages < 1000:
        sys.exit("--pages must be at least 1000")
    if os.path.exists(args.out) and os.listdir(args.out):
        sys.exit(f"{args.out} exists and is not empty")

    site = Site(args.pages, args.seed)
    site.build()
    site.make_sentences()
    site.by_path = {p.path: p for p in site.pages}
    htmls = [render(site, page) for page in site.pages]
    privates = {path: private_page(path, site) for path in site.private}

    reached, max_depth, counts = self_crawl(site)
    manifest = sorted(p.path for p in site.pages)
    if reached != set(manifest):
        sys.exit(f"self-check failed: reached {len(reached)} of {len(manifest)} pages")
    sizes = [len(h.encode()) for h in htmls]
    if min(sizes) < MIN_BYTES or max(sizes) > MAX_BYTES:
        sys.exit(f"self-check failed: page sizes {min(sizes)}..{max(sizes)} outside {MIN_BYTES}..{MAX_BYTES}")

    def write(path, data, root="www"):
        file = os.path.join(args.out, root, path.lstrip("/") + ("index.html" if path.endswith("/") else ""))
        os.makedirs(os.path.dirname(file), exist_ok=True)
        with open(file, "wb") as f:
            f.write(data.encode() if isinstance(data, str) else data)

    for page, html in zip(site.pages, htmls):
        write(page.path, html)
    for path, (html, _) in privates.items():
        write(path, html)
    for path in site.orphans:
        write(path, orphan_page(path, site))
    for n, name in enumerate(PNG_NAMES):
        write(f"/static/img/{name}.png", png(120 if name == "logo" else 64, 40, (40 * n, 90, 200 - 30 * n)))
    write("/static/site.css", "body{font:16px/1.5 sans-serif;margin:0 auto;max-width:50em}\n"
                              "nav ul,footer ul{list-style:none;padding:0}\n"
                              "nav li,footer li{display:inline;margin:0 .5em}\n"
                              ".breadcrumbs ol{padding:0}.lead{font-size:1.2em}\n")
    write("/robots.txt", "User-agent: *\nDisallow: /private/\n")
    write("/404.html", '<!doctype html>\n<html lang="uk"><head><meta charset="utf-8"><title>Не знайдено</title>'
                       "</head><body><h1>404: сторінку не знайдено</h1></body></html>\n")
    conf = ["# Generated by bench/site/generate.py: include inside a server {} whose root is www/ next to this.\n",
            "charset utf-8;\n",
            "log_not_found off;  # the 404s are deliberate\n",
            "types { text/html html; text/css css; image/png png; text/plain txt; }\n",
            "default_type text/html;\n",
            "error_page 404 /404.html;\n",
            "location = /404.html { internal; }\n"]
    for source, (code, target) in site.redirects.items():
        if not source.endswith("/") and source + "/" == target:
            continue  # nginx's own slash redirect for a directory
        conf.append(f"location = {source} {{ return {code} {target}; }}\n")
    write("nginx-server.conf", "".join(conf), root="")
    write("manifest.txt", "".join(p + "\n" for p in manifest), root="")
    links = sum(len(p.links) for p in site.pages)
    stats = {
        "pages": len(manifest), "seed": args.seed, "max_depth": max_depth,
        "pages_per_depth": [len(level) for level in site.by_depth],
        "html_bytes": sum(sizes), "min_bytes": min(sizes), "max_bytes": max(sizes),
        "links": links, "links_per_page": round(links / len(manifest), 1),
        "missing_paths_linked": counts["missing"], "redirect_paths_linked": counts["redirects"],
        "private_paths_linked": counts["blocked"], "special_links": site.special_uses,
        "private_pages_on_disk": len(site.private), "orphans_behind_private": len(site.orphans),
    }
    write("site.json", json.dumps(stats, indent=1, ensure_ascii=False) + "\n", root="")
    print(json.dumps(stats, ensure_ascii=False))


if __name__ == "__main__":
    main()
