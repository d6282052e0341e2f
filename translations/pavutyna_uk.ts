<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name>pav::cli::HeadlessOptions</name>
    <message>
        <source>Run without a window.</source>
        <translation>Працювати без вікна.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Показати цю довідку та вийти.</translation>
    </message>
    <message>
        <source>Show the version of Pavutyna and its libraries and exit.</source>
        <translation>Показати версію Павутини та її бібліотек і вийти.</translation>
    </message>
    <message>
        <source>Fetch at most N URLs at once (default 16).</source>
        <translation>Завантажувати щонайбільше N адрес одночасно (типово 16).</translation>
    </message>
    <message>
        <source>No URL given. Try &quot;pavutyna --headless --help&quot;.</source>
        <translation>Не вказано жодної адреси. Спробуйте «pavutyna --headless --help».</translation>
    </message>
    <message>
        <source>Continue the crawl saved in CRAWL.</source>
        <translation>Продовжити сканування, збережене у файлі CRAWL.</translation>
    </message>
    <message>
        <source>Export the crawl saved in CRAWL without fetching anything.</source>
        <translation>Експортувати сканування з файлу CRAWL, нічого не завантажуючи.</translation>
    </message>
    <message>
        <source>Write the pages table to FILE (&quot;-&quot; for standard output).</source>
        <translation>Записати таблицю сторінок у FILE («-» — стандартний вивід).</translation>
    </message>
    <message>
        <source>Write the links table to FILE.</source>
        <translation>Записати таблицю посилань у FILE.</translation>
    </message>
    <message>
        <source>Output format: csv (default) or jsonl.</source>
        <translation>Формат виводу: csv (типово) або jsonl.</translation>
    </message>
    <message>
        <source>Read crawl settings from a JSON FILE (as the window saves them).</source>
        <translation>Прочитати параметри сканування з JSON-файлу FILE (у форматі, який зберігає вікно програми).</translation>
    </message>
    <message>
        <source>Follow links at most N steps from the start URLs.</source>
        <translation>Переходити за посиланнями не далі ніж на N кроків від початкових адрес.</translation>
    </message>
    <message>
        <source>Fetch at most N URLs.</source>
        <translation>Завантажити не більше ніж N адрес.</translation>
    </message>
    <message>
        <source>Fetch at most N URLs of one host at once (default 4).</source>
        <translation>Завантажувати одночасно не більше ніж N адрес з одного хоста (типово 4).</translation>
    </message>
    <message>
        <source>Wait at least MS milliseconds between requests to one host.</source>
        <translation>Чекати щонайменше MS мілісекунд між запитами до одного хоста.</translation>
    </message>
    <message>
        <source>Give up on a request after SEC seconds (default 30).</source>
        <translation>Припиняти запит через SEC секунд (типово 30).</translation>
    </message>
    <message>
        <source>Retry timeouts, connection errors, 5xx and 429 N times (default 2).</source>
        <translation>Повторювати запит після тайм-ауту, помилки з’єднання, 5xx і 429 до N разів (типово 2).</translation>
    </message>
    <message>
        <source>Send TEXT as the User-Agent header and match robots.txt groups by its name.</source>
        <translation>Надсилати TEXT у заголовку User-Agent і вибирати групи robots.txt за його назвою.</translation>
    </message>
    <message>
        <source>Do not read robots.txt, robots meta tags or nofollow.</source>
        <translation>Не зважати на robots.txt, метатеги robots і nofollow.</translation>
    </message>
    <message>
        <source>Do not read sitemaps.</source>
        <translation>Не читати карти сайту.</translation>
    </message>
    <message>
        <source>Crawl only URLs matching the regular expression RE (repeatable).</source>
        <translation>Сканувати лише адреси, що відповідають регулярному виразу RE (можна вказати кілька разів).</translation>
    </message>
    <message>
        <source>Do not crawl URLs matching the regular expression RE (repeatable).</source>
        <translation>Не сканувати адреси, що відповідають регулярному виразу RE (можна вказати кілька разів).</translation>
    </message>
    <message>
        <source>Also crawl the subdomains of the start URLs&apos; sites.</source>
        <translation>Сканувати також піддомени сайтів початкових адрес.</translation>
    </message>
    <message>
        <source>Check links to other sites (fetched, never followed).</source>
        <translation>Перевіряти посилання на інші сайти (завантажувати, але не переходити далі).</translation>
    </message>
    <message>
        <source>Follow only a, area, iframe and frame links.</source>
        <translation>Переходити лише за посиланнями a, area, iframe і frame.</translation>
    </message>
    <message>
        <source>Stop reading a response after BYTES (default 50M; K, M, G suffixes).</source>
        <translation>Припиняти читання відповіді після BYTES байтів (типово 50M; суфікси K, M, G).</translation>
    </message>
    <message>
        <source>Do not neutralise cells a spreadsheet would run as formulas.</source>
        <translation>Не знешкоджувати клітинки, які електронна таблиця виконала б як формули.</translation>
    </message>
    <message>
        <source>Start CSV files with a UTF-8 byte order mark (for Excel).</source>
        <translation>Починати CSV-файли з позначки порядку байтів UTF-8 (для Excel).</translation>
    </message>
    <message>
        <source>Print nothing on stderr but errors.</source>
        <translation>Не виводити в stderr нічого, крім помилок.</translation>
    </message>
    <message>
        <source>Where to start crawling (http or https).</source>
        <translation>Звідки почати сканування (http або https).</translation>
    </message>
    <message>
        <source>Invalid value for --%1: &quot;%2&quot; (expected %3)</source>
        <translation>Неприпустиме значення для --%1: «%2» (очікується %3)</translation>
    </message>
    <message>
        <source>--export needs -o FILE or --links-output FILE.</source>
        <translation>--export потребує -o FILE або --links-output FILE.</translation>
    </message>
    <message>
        <source>a whole number from 0 to 1000000</source>
        <translation>ціле число від 0 до 1000000</translation>
    </message>
    <message>
        <source>a whole number of at least 1</source>
        <translation>ціле число, не менше за 1</translation>
    </message>
    <message>
        <source>a whole number from 1 to 1000</source>
        <translation>ціле число від 1 до 1000</translation>
    </message>
    <message>
        <source>milliseconds, from 0 to 3600000</source>
        <translation>мілісекунди, від 0 до 3600000</translation>
    </message>
    <message>
        <source>a whole number from 0 to 100</source>
        <translation>ціле число від 0 до 100</translation>
    </message>
    <message>
        <source>seconds, from 0.001 to 86400</source>
        <translation>секунди, від 0.001 до 86400</translation>
    </message>
    <message>
        <source>a size such as 1048576, 512K or 50M</source>
        <translation>розмір, наприклад 1048576, 512K або 50M</translation>
    </message>
    <message>
        <source>Invalid regular expression for --%1: &quot;%2&quot;: %3 at position %4</source>
        <translation>Неприпустимий регулярний вираз для --%1: «%2»: %3 у позиції %4</translation>
    </message>
    <message>
        <source>csv or jsonl</source>
        <translation>csv або jsonl</translation>
    </message>
    <message>
        <source>Keep the crawl in FILE (default: a new file in the user&apos;s data directory, its path printed unless -q).</source>
        <translation>Зберігати сканування у FILE (типово — новий файл у каталозі даних користувача; його шлях виводиться, якщо не вказано -q).</translation>
    </message>
    <message>
        <source>Crawl exactly the URLs in FILE, one a line (list mode: links are recorded, not followed).</source>
        <translation>Сканувати лише адреси з файлу FILE, по одній у рядку (режим списку: посилання записуються, але не відкриваються).</translation>
    </message>
    <message>
        <source>Export only the rows of the filter ID, as the window&apos;s tabs show them (e.g. titles.duplicate, links.broken).</source>
        <translation>Експортувати лише рядки фільтра ID, як їх показують вкладки вікна (напр. titles.duplicate, links.broken).</translation>
    </message>
    <message>
        <source>Export only rows containing TEXT in their URL, title, meta description or H1 (links: URLs or anchor text).</source>
        <translation>Експортувати лише рядки, що містять TEXT в адресі, заголовку, метаописі чи H1 (для посилань — в адресах або тексті посилання).</translation>
    </message>
    <message>
        <source>--url-list starts a new crawl of its URLs: give no other URL, --resume or --export.</source>
        <translation>--url-list починає нове сканування адрес зі списку: не вказуйте інших адрес, --resume чи --export.</translation>
    </message>
    <message>
        <source>Cannot read the URL list %1: %2</source>
        <translation>Не вдається прочитати список адрес %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Unknown filter &quot;%1&quot;; the filters are: %2</source>
        <translation>Невідомий фільтр «%1»; доступні фільтри: %2</translation>
    </message>
    <message>
        <source>--filter %1 selects links: write them with --links-output FILE.</source>
        <translation>--filter %1 вибирає посилання: запишіть їх за допомогою --links-output FILE.</translation>
    </message>
    <message>
        <source>--filter %1 selects pages: write them with -o FILE.</source>
        <translation>--filter %1 вибирає сторінки: запишіть їх за допомогою -o FILE.</translation>
    </message>
    <message>
        <source>Add a column NAME taken from each page by EXPR: css:SELECTOR (the default), xpath:PATH, re:REGEX or jsonld:PATH; NAME[all], [json], [count], [html], [outer], [attr=A], [sep=S], [filter=RE] change what is taken (repeatable).</source>
        <translation>Додати стовпець NAME зі значенням, яке береться з кожної сторінки за виразом EXPR: css:SELECTOR (типово), xpath:PATH, re:REGEX або jsonld:PATH; NAME[all], [json], [count], [html], [outer], [attr=A], [sep=S], [filter=RE] змінюють те, що береться (можна вказати кілька разів).</translation>
    </message>
    <message>
        <source>Add a column NAME counting how often each page contains TEXT (re:REGEX for a pattern; NAME[text] searches the visible text, NAME[i] ignores case; repeatable).</source>
        <translation>Додати стовпець NAME з кількістю входжень TEXT на кожній сторінці (re:REGEX — для шаблону; NAME[text] шукає у видимому тексті, NAME[i] ігнорує регістр; можна вказати кілька разів).</translation>
    </message>
    <message>
        <source>Add a column NAME that is 1 for pages not containing TEXT and 0 for the others (as --contains).</source>
        <translation>Додати стовпець NAME зі значенням 1 для сторінок, що не містять TEXT, і 0 для решти (як у --contains).</translation>
    </message>
    <message>
        <source>Write every value the rules took to FILE, one row each: url, rule, index, value.</source>
        <translation>Записати у FILE кожне значення, вилучене правилами, по рядку на значення: url, rule, index, value.</translation>
    </message>
    <message>
        <source>Keep each page&apos;s HTML in the crawl file (compressed), so --reextract can run new rules later.</source>
        <translation>Зберігати HTML кожної сторінки у файлі сканування (у стисненому вигляді), щоб згодом --reextract міг застосувати нові правила.</translation>
    </message>
    <message>
        <source>Keep at most BYTES of compressed HTML in all (default 1G; K, M, G suffixes).</source>
        <translation>Зберігати загалом не більше ніж BYTES байтів стисненого HTML (типово 1G; суфікси K, M, G).</translation>
    </message>
    <message>
        <source>Run the extraction rules again over the HTML stored in CRAWL (--store-html), without fetching: the --extract rules given, or the stored ones.</source>
        <translation>Повторно застосувати правила вилучення до HTML, збереженого у файлі CRAWL (--store-html), нічого не завантажуючи: указані правила --extract або збережені.</translation>
    </message>
    <message>
        <source>Only one of --resume, --export and --reextract can be given.</source>
        <translation>Можна вказати лише один із параметрів --resume, --export і --reextract.</translation>
    </message>
    <message>
        <source>URLs cannot be given with --resume, --export or --reextract: the crawl file has its own.</source>
        <translation>З --resume, --export чи --reextract не можна вказувати адреси: файл сканування містить власні.</translation>
    </message>
    <message>
        <source>--db is for new crawls; --resume, --export and --reextract name their crawl file.</source>
        <translation>--db призначено для нових сканувань; --resume, --export і --reextract самі вказують свій файл сканування.</translation>
    </message>
    <message>
        <source>--export writes what a crawl took; to run other rules over it, use --reextract.</source>
        <translation>--export записує те, що зібрало сканування; щоб застосувати до нього інші правила, використайте --reextract.</translation>
    </message>
    <message>
        <source>a size such as 512M or 2G</source>
        <translation>розмір, наприклад 512M або 2G</translation>
    </message>
    <message>
        <source>Only one of -o, --links-output and --extract-output can be standard output.</source>
        <translation>Стандартним виводом може бути лише один із параметрів -o, --links-output і --extract-output.</translation>
    </message>
    <message>
        <source>-o, --links-output and --extract-output must be different files.</source>
        <translation>-o, --links-output і --extract-output мають бути різними файлами.</translation>
    </message>
    <message>
        <source>Pavutyna crawls websites and audits their pages.

  pavutyna                                      open the window
  pavutyna --headless [options] URL...          crawl
  pavutyna --headless --resume CRAWL [options]  continue a crawl
  pavutyna --headless --export CRAWL -o FILE    export a saved crawl, no fetching
  pavutyna --headless --reextract CRAWL --extract NAME=EXPR -o FILE
                                                run new rules over a crawl&apos;s stored HTML

Exit codes: 0 crawl finished (pages may have errors), 1 could not run, 2 usage error,
130 interrupted (continue with --resume).</source>
        <translation>Павутина сканує вебсайти й перевіряє їхні сторінки.

  pavutyna                                      відкрити вікно
  pavutyna --headless [параметри] URL...        сканувати
  pavutyna --headless --resume CRAWL [параметри] продовжити сканування
  pavutyna --headless --export CRAWL -o FILE    експортувати збережене сканування без завантаження
  pavutyna --headless --reextract CRAWL --extract NAME=EXPR -o FILE
                                                застосувати нові правила до збереженого HTML сканування

Коди виходу: 0 — сканування завершено (на сторінках можуть бути помилки), 1 — не вдалося запустити,
2 — помилка у виклику, 130 — перервано (продовжте з --resume).</translation>
    </message>
    <message>
        <source>Invalid --%1 %2: %3</source>
        <translation>Неприпустимий параметр --%1 %2: %3</translation>
    </message>
</context>
<context>
    <name>pav::cli::HeadlessRunner</name>
    <message>
        <source>Pavutyna %1
Qt %2, %3</source>
        <translation>Павутина %1
Qt %2, %3</translation>
    </message>
    <message>
        <source>pavutyna: %1</source>
        <translation>pavutyna: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n помилка</numerusform>
            <numerusform>%n помилки</numerusform>
            <numerusform>%n помилок</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не вдається записати %1: %2</translation>
    </message>
    <message>
        <source>The crawl file&apos;s settings cannot be read: %1</source>
        <translation>Не вдається прочитати параметри з файлу сканування: %1</translation>
    </message>
    <message>
        <source>Cannot read config file %1: %2</source>
        <translation>Не вдається прочитати файл параметрів %1: %2</translation>
    </message>
    <message>
        <source>Config file %1: %2</source>
        <translation>Файл параметрів %1: %2</translation>
    </message>
    <message>
        <source>No URL given. Try &quot;pavutyna --headless --help&quot;.</source>
        <translation>Не вказано адресу. Спробуйте «pavutyna --headless --help».</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) crawled</source>
        <translation>
            <numerusform>Проскановано %n сторінку</numerusform>
            <numerusform>Проскановано %n сторінки</numerusform>
            <numerusform>Проскановано %n сторінок</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>Crawl file not found: %1</source>
        <translation>Файл сканування не знайдено: %1</translation>
    </message>
    <message>
        <source>Cannot open crawl file %1: %2</source>
        <translation>Не вдається відкрити файл сканування %1: %2</translation>
    </message>
    <message>
        <source>%1 holds no crawl to resume.</source>
        <translation>У %1 немає сканування, яке можна продовжити.</translation>
    </message>
    <message>
        <source>%1 already holds a crawl: continue it with --resume, or choose another --db.</source>
        <translation>%1 уже містить сканування: продовжте його з --resume або вкажіть інший --db.</translation>
    </message>
    <message>
        <source>Crawl file: %1</source>
        <translation>Файл сканування: %1</translation>
    </message>
    <message>
        <source>%1
The crawl file %2 keeps everything saved so far.</source>
        <translation>%1
Файл сканування %2 зберігає все, що вже встигли записати.</translation>
    </message>
    <message>
        <source>Interrupted. Continue with: pavutyna --headless --resume %1</source>
        <translation>Перервано. Продовжити: pavutyna --headless --resume %1</translation>
    </message>
    <message>
        <source>%1 Choose another place with --db.</source>
        <translation>%1 Виберіть інше місце за допомогою --db.</translation>
    </message>
    <message>
        <source>The crawl has no extraction rules: give them with --extract, --contains or --not-contains.</source>
        <translation>Сканування не має правил вилучення: задайте їх за допомогою --extract, --contains або --not-contains.</translation>
    </message>
    <message>
        <source>Interrupted. Run --reextract again to finish: rules replaced, values partly taken.</source>
        <translation>Перервано. Щоб завершити, знову запустіть --reextract: правила замінено, значення вилучено частково.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) re-extracted</source>
        <translation>
            <numerusform>Повторно вилучено значення з %n сторінки</numerusform>
            <numerusform>Повторно вилучено значення з %n сторінок</numerusform>
            <numerusform>Повторно вилучено значення з %n сторінок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n HTML page(s) have no stored HTML (crawled without --store-html, or past --store-html-limit) and kept no values.</source>
        <translation>
            <numerusform>%n HTML-сторінка не має збереженого HTML (проскановано без --store-html або понад --store-html-limit) і лишилася без значень.</numerusform>
            <numerusform>%n HTML-сторінки не мають збереженого HTML (проскановано без --store-html або понад --store-html-limit) і лишилися без значень.</numerusform>
            <numerusform>%n HTML-сторінок не мають збереженого HTML (проскановано без --store-html або понад --store-html-limit) і лишилися без значень.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stored page(s) could not be read (a damaged crawl file).</source>
        <translation>
            <numerusform>Не вдалося прочитати %n збережену сторінку (файл сканування пошкоджено).</numerusform>
            <numerusform>Не вдалося прочитати %n збережені сторінки (файл сканування пошкоджено).</numerusform>
            <numerusform>Не вдалося прочитати %n збережених сторінок (файл сканування пошкоджено).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2 pages</source>
        <translation>Сторінки: %1 / %2</translation>
    </message>
</context>
<context>
    <name>pav::cli::ProgressPrinter</name>
    <message numerus="yes">
        <source>%n page(s) crawled</source>
        <translation>
            <numerusform>Проскановано %n сторінку</numerusform>
            <numerusform>Проскановано %n сторінки</numerusform>
            <numerusform>Проскановано %n сторінок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n у черзі</numerusform>
            <numerusform>%n у черзі</numerusform>
            <numerusform>%n у черзі</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 pages/s</source>
        <translation>%1 стор./с</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n помилка</numerusform>
            <numerusform>%n помилки</numerusform>
            <numerusform>%n помилок</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pav::crawl::CrawlConfig</name>
    <message>
        <source>Config key &quot;%1&quot; must be a whole number from %2 to %3.</source>
        <translation>Ключ параметрів «%1» має бути цілим числом від %2 до %3.</translation>
    </message>
    <message>
        <source>Config key &quot;%1&quot; must be true or false.</source>
        <translation>Ключ параметрів «%1» має бути true або false.</translation>
    </message>
    <message>
        <source>Config key &quot;%1&quot; must be a string.</source>
        <translation>Ключ параметрів «%1» має бути рядком.</translation>
    </message>
    <message>
        <source>Config key &quot;%1&quot; must be a list of strings.</source>
        <translation>Ключ параметрів «%1» має бути списком рядків.</translation>
    </message>
    <message>
        <source>Unknown config key &quot;%1&quot;.</source>
        <translation>Невідомий ключ параметрів «%1».</translation>
    </message>
    <message>
        <source>The config is not valid JSON: %1 at byte %2.</source>
        <translation>Параметри не є коректним JSON: %1 у байті %2.</translation>
    </message>
    <message>
        <source>The config must be a JSON object.</source>
        <translation>Параметри мають бути об’єктом JSON.</translation>
    </message>
    <message>
        <source>Concurrency must be from 1 to 1000.</source>
        <translation>Кількість одночасних запитів має бути від 1 до 1000.</translation>
    </message>
    <message>
        <source>The per-host limit must be from 1 to 1000.</source>
        <translation>Обмеження на хост має бути від 1 до 1000.</translation>
    </message>
    <message>
        <source>The maximum depth cannot be negative.</source>
        <translation>Максимальна глибина не може бути від’ємною.</translation>
    </message>
    <message>
        <source>The page limit cannot be negative.</source>
        <translation>Обмеження кількості сторінок не може бути від’ємним.</translation>
    </message>
    <message>
        <source>Retries must be from 0 to 100.</source>
        <translation>Кількість повторів має бути від 0 до 100.</translation>
    </message>
    <message>
        <source>The timeout must be positive.</source>
        <translation>Тайм-аут має бути додатним.</translation>
    </message>
    <message>
        <source>The maximum size must be at least 1 byte.</source>
        <translation>Максимальний розмір має бути щонайменше 1 байт.</translation>
    </message>
    <message>
        <source>Invalid regular expression &quot;%1&quot;: %2 at position %3.</source>
        <translation>Неприпустимий регулярний вираз «%1»: %2 у позиції %3.</translation>
    </message>
    <message>
        <source>Config key &quot;extract&quot; must be a list of rules.</source>
        <translation>Ключ параметрів «extract» має бути списком правил.</translation>
    </message>
    <message>
        <source>Each rule in config key &quot;extract&quot; must be a JSON object.</source>
        <translation>Кожне правило в ключі параметрів «extract» має бути об’єктом JSON.</translation>
    </message>
    <message>
        <source>The stored HTML limit cannot be negative.</source>
        <translation>Обмеження обсягу збереженого HTML не може бути від’ємним.</translation>
    </message>
</context>
<context>
    <name>pav::crawl::Crawler</name>
    <message>
        <source>No URL to crawl.</source>
        <translation>Немає адреси для сканування.</translation>
    </message>
    <message>
        <source>Sitemap %1: %2</source>
        <translation>Карта сайту %1: %2</translation>
    </message>
</context>
<context>
    <name>pav::crawl::ScopeRules</name>
    <message>
        <source>Invalid pattern for %1: &quot;%2&quot; (%3 at position %4)</source>
        <translation>Неприпустимий шаблон для %1: «%2» (%3, позиція %4)</translation>
    </message>
</context>
<context>
    <name>pav::crawl::SeedInput</name>
    <message>
        <source>Only http and https addresses can be crawled: %1</source>
        <translation>Сканувати можна лише адреси http і https: %1</translation>
    </message>
    <message>
        <source>Not a valid web address: %1</source>
        <translation>Некоректна вебадреса: %1</translation>
    </message>
    <message>
        <source>Type the address of a site to crawl, e.g. https://example.com/</source>
        <translation>Введіть адресу сайту для сканування, напр. https://example.com/</translation>
    </message>
    <message>
        <source>The URL list is not UTF-8 text.</source>
        <translation>Список адрес не є текстом у кодуванні UTF-8.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Рядок %1: %2</translation>
    </message>
    <message>
        <source>The URL list holds no URL.</source>
        <translation>У списку адрес немає жодної адреси.</translation>
    </message>
</context>
<context>
    <name>pav::crawl::Sitemap</name>
    <message>
        <source>Not a sitemap: the document starts with &lt;%1&gt;</source>
        <translation>Це не карта сайту: документ починається з &lt;%1&gt;</translation>
    </message>
    <message>
        <source>Malformed sitemap XML at line %1: %2</source>
        <translation>Некоректний XML карти сайту в рядку %1: %2</translation>
    </message>
    <message>
        <source>Could not start decompression</source>
        <translation>Не вдалося почати розпакування</translation>
    </message>
    <message>
        <source>The gzipped sitemap is damaged</source>
        <translation>Стиснену карту сайту пошкоджено</translation>
    </message>
    <message>
        <source>The sitemap is larger than %1 bytes uncompressed</source>
        <translation>Карта сайту після розпакування перевищує %1 байтів</translation>
    </message>
    <message>
        <source>The gzipped sitemap is cut short</source>
        <translation>Стиснена карта сайту обірвана</translation>
    </message>
</context>
<context>
    <name>pav::crawl::Url</name>
    <message>
        <source>Invalid URL: %1 (%2)</source>
        <translation>Неприпустима адреса: %1 (%2)</translation>
    </message>
    <message>
        <source>Unsupported URL scheme &quot;%1&quot; in %2: only http and https can be crawled</source>
        <translation>Непідтримувана схема адреси «%1» у %2: сканувати можна лише http і https</translation>
    </message>
    <message>
        <source>none</source>
        <translation>немає</translation>
    </message>
    <message>
        <source>Invalid URL: %1 (no host name)</source>
        <translation>Неприпустима адреса: %1 (немає назви вузла)</translation>
    </message>
</context>
<context>
    <name>pav::exporting::CrawlExporter</name>
    <message>
        <source>Could not read the crawl file for the export: %1</source>
        <translation>Не вдалося прочитати файл сканування для експорту: %1</translation>
    </message>
</context>
<context>
    <name>pav::exporting::CsvWriter</name>
    <message>
        <source>Could not write the CSV file: %1</source>
        <translation>Не вдалося записати файл CSV: %1</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>невідома помилка</translation>
    </message>
</context>
<context>
    <name>pav::exporting::JsonlWriter</name>
    <message>
        <source>Could not write the JSON Lines file: %1</source>
        <translation>Не вдалося записати файл JSON Lines: %1</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>невідома помилка</translation>
    </message>
</context>
<context>
    <name>pav::extract::Rule</name>
    <message>
        <source>Extraction rule: %1</source>
        <translation>Правило вилучення: %1</translation>
    </message>
    <message>
        <source>Extraction rule &quot;%1&quot;: %2</source>
        <translation>Правило вилучення «%1»: %2</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>невідомий ключ «%1»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>«%1» має бути рядком</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>«%1» має бути true або false</translation>
    </message>
    <message>
        <source>&quot;kind&quot; must be a string</source>
        <translation>«kind» має бути рядком</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; (one of %2)</source>
        <translation>невідоме значення kind «%1» (можливі: %2)</translation>
    </message>
    <message>
        <source>&quot;take&quot; must be a string</source>
        <translation>«take» має бути рядком</translation>
    </message>
    <message>
        <source>unknown take &quot;%1&quot; (one of %2)</source>
        <translation>невідоме значення take «%1» (можливі: %2)</translation>
    </message>
    <message>
        <source>&quot;matches&quot; must be a string</source>
        <translation>«matches» має бути рядком</translation>
    </message>
    <message>
        <source>unknown matches &quot;%1&quot; (one of %2)</source>
        <translation>невідоме значення matches «%1» (можливі: %2)</translation>
    </message>
</context>
<context>
    <name>pav::extract::RuleSet</name>
    <message>
        <source>%1 at column %2</source>
        <translation>%1 у позиції %2</translation>
    </message>
    <message>
        <source>rule &quot;%1&quot;: %2</source>
        <translation>правило «%1»: %2</translation>
    </message>
    <message>
        <source>an extraction rule has no name</source>
        <translation>правило вилучення не має назви</translation>
    </message>
    <message>
        <source>a name must be at most %1 characters, with no control characters</source>
        <translation>назва має бути не довшою за %1 символів і без керівних символів</translation>
    </message>
    <message>
        <source>the name is a standard column; choose another</source>
        <translation>ця назва належить стандартному стовпцю; виберіть іншу</translation>
    </message>
    <message>
        <source>two rules have this name</source>
        <translation>цю назву мають два правила</translation>
    </message>
    <message>
        <source>the expression is empty</source>
        <translation>вираз порожній</translation>
    </message>
    <message>
        <source>taking an attribute needs the attribute&apos;s name</source>
        <translation>щоб брати атрибут, потрібна його назва</translation>
    </message>
    <message>
        <source>filter: %1</source>
        <translation>фільтр: %1</translation>
    </message>
</context>
<context>
    <name>pav::extract::RuleSpec</name>
    <message>
        <source>expected NAME=EXPRESSION, the rule has no name</source>
        <translation>очікується NAME=EXPRESSION, правило не має назви</translation>
    </message>
    <message>
        <source>the options of rule &quot;%1&quot; have no closing &apos;]&apos; (a &apos;(&apos; or &apos;[&apos; in them is not closed)</source>
        <translation>у параметрах правила «%1» немає закривальної дужки &apos;]&apos; (у них не закрито &apos;(&apos; чи &apos;[&apos;)</translation>
    </message>
    <message>
        <source>the options of rule &quot;%1&quot; have no closing &apos;]&apos;</source>
        <translation>у параметрах правила «%1» немає закривальної дужки &apos;]&apos;</translation>
    </message>
    <message>
        <source>expected &apos;=&apos; and an expression after the rule name &quot;%1&quot;</source>
        <translation>після назви правила «%1» очікується &apos;=&apos; і вираз</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot; in rule &quot;%2&quot; (first, all, json, text, html, outer, count, attr=NAME, sep=TEXT, filter=REGEX)</source>
        <translation>невідомий параметр «%1» у правилі «%2» (first, all, json, text, html, outer, count, attr=NAME, sep=TEXT, filter=REGEX)</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot; in search &quot;%2&quot; (text, i)</source>
        <translation>невідомий параметр «%1» у пошуку «%2» (text, i)</translation>
    </message>
</context>
<context>
    <name>pav::jsonld::JsonLdBlock</name>
    <message>
        <source>unterminated object</source>
        <translation>незавершений об’єкт</translation>
    </message>
    <message>
        <source>missing &apos;:&apos; after a name</source>
        <translation>бракує &apos;:&apos; після назви</translation>
    </message>
    <message>
        <source>unterminated array</source>
        <translation>незавершений масив</translation>
    </message>
    <message>
        <source>missing &apos;,&apos; between values</source>
        <translation>бракує &apos;,&apos; між значеннями</translation>
    </message>
    <message>
        <source>illegal value</source>
        <translation>неприпустиме значення</translation>
    </message>
    <message>
        <source>the text ends inside a number</source>
        <translation>текст закінчується посеред числа</translation>
    </message>
    <message>
        <source>illegal number</source>
        <translation>неприпустиме число</translation>
    </message>
    <message>
        <source>illegal escape sequence</source>
        <translation>неприпустима екранувальна послідовність</translation>
    </message>
    <message>
        <source>invalid UTF-8 in a string</source>
        <translation>некоректний UTF-8 у рядку</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>незавершений рядок</translation>
    </message>
    <message>
        <source>expected an object or an array</source>
        <translation>очікується об’єкт або масив</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>занадто глибока вкладеність</translation>
    </message>
    <message>
        <source>the block is too large</source>
        <translation>блок завеликий</translation>
    </message>
    <message>
        <source>unexpected text after the JSON</source>
        <translation>неочікуваний текст після JSON</translation>
    </message>
    <message>
        <source>invalid JSON</source>
        <translation>некоректний JSON</translation>
    </message>
    <message>
        <source>the block is empty</source>
        <translation>блок порожній</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 у байті %2</translation>
    </message>
</context>
<context>
    <name>pav::jsonld::JsonPath</name>
    <message>
        <source>expected &apos;||&apos; at column %1</source>
        <translation>очікується &apos;||&apos; у позиції %1</translation>
    </message>
    <message>
        <source>expected &apos;&amp;&amp;&apos; at column %1</source>
        <translation>очікується &apos;&amp;&amp;&apos; у позиції %1</translation>
    </message>
    <message>
        <source>filters nest too deeply at column %1</source>
        <translation>занадто глибока вкладеність фільтрів у позиції %1</translation>
    </message>
    <message>
        <source>expected &apos;==&apos; at column %1</source>
        <translation>очікується &apos;==&apos; у позиції %1</translation>
    </message>
    <message>
        <source>expected a path starting with @ or $ at column %1</source>
        <translation>очікується шлях, що починається з @ або $, у позиції %1</translation>
    </message>
    <message>
        <source>expected a value at column %1</source>
        <translation>очікується значення у позиції %1</translation>
    </message>
    <message>
        <source>invalid number at column %1</source>
        <translation>неприпустиме число у позиції %1</translation>
    </message>
    <message>
        <source>the path is empty</source>
        <translation>шлях порожній</translation>
    </message>
    <message>
        <source>expected a name after &apos;..&apos; at column %1</source>
        <translation>очікується назва після &apos;..&apos; у позиції %1</translation>
    </message>
    <message>
        <source>expected a name after &apos;.&apos; at column %1</source>
        <translation>очікується назва після &apos;.&apos; у позиції %1</translation>
    </message>
    <message>
        <source>expected a name, an index, &apos;*&apos; or a filter at column %1</source>
        <translation>очікується назва, індекс, &apos;*&apos; або фільтр у позиції %1</translation>
    </message>
    <message>
        <source>a slice step cannot be 0 at column %1</source>
        <translation>крок зрізу не може дорівнювати 0 у позиції %1</translation>
    </message>
    <message>
        <source>expected a whole number at column %1</source>
        <translation>очікується ціле число у позиції %1</translation>
    </message>
    <message>
        <source>unterminated string at column %1</source>
        <translation>незавершений рядок у позиції %1</translation>
    </message>
    <message>
        <source>expected &apos;%1&apos; at column %2</source>
        <translation>очікується &apos;%1&apos; у позиції %2</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; at column %2</source>
        <translation>неочікуваний символ &apos;%1&apos; у позиції %2</translation>
    </message>
</context>
<context>
    <name>pav::net::FetchError</name>
    <message>
        <source>Invalid URL</source>
        <translation>Неприпустима адреса</translation>
    </message>
    <message>
        <source>Unsupported URL scheme (only http and https are fetched)</source>
        <translation>Непідтримувана схема адреси (завантажуються лише http і https)</translation>
    </message>
    <message>
        <source>Could not resolve host name</source>
        <translation>Не вдалося визначити IP-адресу вузла</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>У з’єднанні відмовлено</translation>
    </message>
    <message>
        <source>Could not connect to the server</source>
        <translation>Не вдалося з’єднатися із сервером</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Перевищено час очікування</translation>
    </message>
    <message>
        <source>Secure connection (TLS) failed</source>
        <translation>Не вдалося встановити захищене з’єднання (TLS)</translation>
    </message>
    <message>
        <source>Connection closed by the server</source>
        <translation>Сервер закрив з’єднання</translation>
    </message>
    <message>
        <source>Malformed response from the server</source>
        <translation>Сервер надіслав некоректну відповідь</translation>
    </message>
    <message>
        <source>Response body shorter than announced</source>
        <translation>Тіло відповіді коротше, ніж заявлено</translation>
    </message>
    <message>
        <source>Response body exceeds the size limit</source>
        <translation>Тіло відповіді перевищує обмеження розміру</translation>
    </message>
    <message>
        <source>Could not decode the compressed response</source>
        <translation>Не вдалося розпакувати стиснену відповідь</translation>
    </message>
    <message>
        <source>Too many redirects</source>
        <translation>Забагато переспрямувань</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Помилка мережі</translation>
    </message>
</context>
<context>
    <name>pav::net::HttpClient</name>
    <message>
        <source>Invalid URL: the address is empty</source>
        <translation>Неприпустима адреса: адреса порожня</translation>
    </message>
    <message>
        <source>Invalid URL: %1 (contains a NUL character)</source>
        <translation>Неприпустима адреса: %1 (містить символ NUL)</translation>
    </message>
    <message>
        <source>Out of memory</source>
        <translation>Недостатньо пам’яті</translation>
    </message>
    <message>
        <source>Invalid URL: %1 (%2)</source>
        <translation>Неприпустима адреса: %1 (%2)</translation>
    </message>
    <message>
        <source>Unsupported URL scheme &quot;%1&quot; in %2: only http and https can be fetched</source>
        <translation>Непідтримувана схема адреси «%1» у %2: завантажувати можна лише http і https</translation>
    </message>
    <message>
        <source>Invalid URL: %1 (no host name)</source>
        <translation>Неприпустима адреса: %1 (немає назви вузла)</translation>
    </message>
    <message>
        <source>Invalid URL: %1</source>
        <translation>Неприпустима адреса: %1</translation>
    </message>
</context>
<context>
    <name>pav::selectors::SelectorParser</name>
    <message>
        <source>unterminated string at column %1</source>
        <translation>незавершений рядок у позиції %1</translation>
    </message>
    <message>
        <source>unterminated comment at column %1</source>
        <translation>незавершений коментар у позиції %1</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; at column %2</source>
        <translation>неочікуваний символ &apos;%1&apos; у позиції %2</translation>
    </message>
    <message>
        <source>selector is longer than %1 characters</source>
        <translation>селектор довший за %1 символів</translation>
    </message>
    <message>
        <source>empty selector</source>
        <translation>порожній селектор</translation>
    </message>
    <message>
        <source>selector list mixes pseudo-elements at column %1</source>
        <translation>у списку селекторів змішано псевдоелементи у позиції %1</translation>
    </message>
    <message>
        <source>expected a selector after &apos;,&apos; at column %1</source>
        <translation>очікується селектор після &apos;,&apos; у позиції %1</translation>
    </message>
    <message>
        <source>expected a selector before &apos;,&apos; at column %1</source>
        <translation>очікується селектор перед &apos;,&apos; у позиції %1</translation>
    </message>
    <message>
        <source>expected a selector before &apos;%1&apos; at column %2</source>
        <translation>очікується селектор перед &apos;%1&apos; у позиції %2</translation>
    </message>
    <message>
        <source>expected a selector after &apos;%1&apos; at column %2</source>
        <translation>очікується селектор після &apos;%1&apos; у позиції %2</translation>
    </message>
    <message>
        <source>selector has more than %1 compound selectors at column %2</source>
        <translation>селектор містить понад %1 складених селекторів у позиції %2</translation>
    </message>
    <message>
        <source>selector list has more than %1 compound selectors at column %2</source>
        <translation>список селекторів містить понад %1 складених селекторів у позиції %2</translation>
    </message>
    <message>
        <source>namespaces are not supported at column %1</source>
        <translation>простори імен не підтримуються у позиції %1</translation>
    </message>
    <message>
        <source>expected an identifier after &apos;%1&apos; at column %2</source>
        <translation>очікується ідентифікатор після &apos;%1&apos; у позиції %2</translation>
    </message>
    <message>
        <source>a type selector must come first in a compound selector at column %1</source>
        <translation>селектор типу має стояти першим у складеному селекторі у позиції %1</translation>
    </message>
    <message>
        <source>unterminated attribute selector at column %1</source>
        <translation>незавершений селектор атрибута у позиції %1</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; in attribute selector at column %2</source>
        <translation>неочікуваний символ &apos;%1&apos; у селекторі атрибута у позиції %2</translation>
    </message>
    <message>
        <source>expected an attribute name at column %1</source>
        <translation>очікується назва атрибута у позиції %1</translation>
    </message>
    <message>
        <source>expected an identifier or a quoted string as the attribute value at column %1</source>
        <translation>як значення атрибута очікується ідентифікатор або рядок у лапках у позиції %1</translation>
    </message>
    <message>
        <source>unknown attribute selector flag &apos;%1&apos; at column %2</source>
        <translation>невідомий прапорець селектора атрибута &apos;%1&apos; у позиції %2</translation>
    </message>
    <message>
        <source>expected an identifier after &apos;:&apos; at column %1</source>
        <translation>очікується ідентифікатор після &apos;:&apos; у позиції %1</translation>
    </message>
    <message>
        <source>pseudo-class :%1 takes no argument at column %2</source>
        <translation>псевдоклас :%1 не приймає аргументу у позиції %2</translation>
    </message>
    <message>
        <source>pseudo-class :%1 needs an argument at column %2</source>
        <translation>псевдоклас :%1 потребує аргументу у позиції %2</translation>
    </message>
    <message>
        <source>unsupported pseudo-element ::%1 at column %2</source>
        <translation>непідтримуваний псевдоелемент ::%1 у позиції %2</translation>
    </message>
    <message>
        <source>unsupported pseudo-class :%1 at column %2</source>
        <translation>непідтримуваний псевдоклас :%1 у позиції %2</translation>
    </message>
    <message>
        <source>unknown pseudo-class :%1 at column %2</source>
        <translation>невідомий псевдоклас :%1 у позиції %2</translation>
    </message>
    <message>
        <source>selector nests pseudo-classes more than %1 deep at column %2</source>
        <translation>глибина вкладеності псевдокласів у селекторі перевищує %1 у позиції %2</translation>
    </message>
    <message>
        <source>:has() cannot be nested at column %1</source>
        <translation>:has() не можна вкладати в :has() у позиції %1</translation>
    </message>
    <message>
        <source>unterminated :%1() at column %2</source>
        <translation>незавершений :%1() у позиції %2</translation>
    </message>
    <message>
        <source>invalid an+b expression at column %1</source>
        <translation>неприпустимий вираз an+b у позиції %1</translation>
    </message>
    <message>
        <source>expected a selector after &apos;of&apos; at column %1</source>
        <translation>очікується селектор після &apos;of&apos; у позиції %1</translation>
    </message>
    <message>
        <source>expected a language at column %1</source>
        <translation>очікується мова у позиції %1</translation>
    </message>
    <message>
        <source>expected an identifier after &apos;::&apos; at column %1</source>
        <translation>очікується ідентифікатор після &apos;::&apos; у позиції %1</translation>
    </message>
    <message>
        <source>pseudo-elements are not allowed inside :%1() at column %2</source>
        <translation>псевдоелементи не дозволені всередині :%1() у позиції %2</translation>
    </message>
    <message>
        <source>unknown pseudo-element ::%1 at column %2</source>
        <translation>невідомий псевдоелемент ::%1 у позиції %2</translation>
    </message>
    <message>
        <source>pseudo-element ::text takes no argument at column %1</source>
        <translation>псевдоелемент ::text не приймає аргументу у позиції %1</translation>
    </message>
    <message>
        <source>pseudo-element ::attr needs an attribute name at column %1</source>
        <translation>псевдоелемент ::attr потребує назви атрибута у позиції %1</translation>
    </message>
    <message>
        <source>unterminated ::attr() at column %1</source>
        <translation>незавершений ::attr() у позиції %1</translation>
    </message>
    <message>
        <source>pseudo-element ::%1 must be at the end of the selector at column %2</source>
        <translation>псевдоелемент ::%1 має стояти в кінці селектора у позиції %2</translation>
    </message>
</context>
<context>
    <name>pav::store::CrawlFilePath</name>
    <message>
        <source>Cannot create the folder %1 for the crawl file.</source>
        <translation>Не вдається створити теку %1 для файлу сканування.</translation>
    </message>
</context>
<context>
    <name>pav::store::Database</name>
    <message>
        <source>%1 is not a Pavutyna crawl file</source>
        <translation>%1 не є файлом сканування Павутини</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Pavutyna (crawl file format %2; this version reads up to %3)</source>
        <translation>%1 створено новішою версією Павутини (формат файлу сканування %2; ця версія читає формати до %3)</translation>
    </message>
    <message>
        <source>%1 needs upgrading to the current crawl file format; open it for writing first</source>
        <translation>%1 потребує оновлення до поточного формату файлу сканування; спершу відкрийте його для запису</translation>
    </message>
    <message>
        <source>The disk is full: the crawl file cannot grow (%1)</source>
        <translation>Диск заповнено: файл сканування не може збільшитися (%1)</translation>
    </message>
    <message>
        <source>The crawl file is read-only (%1)</source>
        <translation>Файл сканування доступний лише для читання (%1)</translation>
    </message>
    <message>
        <source>The crawl file cannot be opened (%1)</source>
        <translation>Не вдалося відкрити файл сканування (%1)</translation>
    </message>
    <message>
        <source>This is not a Pavutyna crawl file (%1)</source>
        <translation>Це не файл сканування Павутини (%1)</translation>
    </message>
    <message>
        <source>The crawl file is damaged (%1)</source>
        <translation>Файл сканування пошкоджено (%1)</translation>
    </message>
    <message>
        <source>The crawl file is in use by another program (%1)</source>
        <translation>Файл сканування використовує інша програма (%1)</translation>
    </message>
    <message>
        <source>Reading or writing the crawl file failed (%1)</source>
        <translation>Не вдалося прочитати або записати файл сканування (%1)</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>Помилка бази даних: %1</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>файлу не існує</translation>
    </message>
    <message>
        <source>it is not a file</source>
        <translation>це не файл</translation>
    </message>
    <message>
        <source>the file is empty, so it is not a Pavutyna crawl file</source>
        <translation>файл порожній, тож це не файл сканування Павутини</translation>
    </message>
    <message>
        <source>the file is read-only, and Pavutyna writes to a crawl file when it continues or exports it</source>
        <translation>файл доступний лише для читання, а Павутина записує дані у файл сканування, коли продовжує або експортує сканування</translation>
    </message>
    <message>
        <source>it is not a Pavutyna crawl file</source>
        <translation>це не файл сканування Павутини</translation>
    </message>
    <message>
        <source>%1 is empty: it holds no crawl</source>
        <translation>%1 порожній: у ньому немає сканування</translation>
    </message>
</context>
<context>
    <name>pav::ui::CrawlTableModel</name>
    <message>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ціль</translation>
    </message>
    <message>
        <source>Anchor text</source>
        <translation>Текст посилання</translation>
    </message>
    <message>
        <source>Rel</source>
        <translation>Rel</translation>
    </message>
    <message>
        <source>Target status</source>
        <translation>Код цілі</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Redirect URL</source>
        <translation>Адреса переспрямування</translation>
    </message>
    <message>
        <source>Hops</source>
        <translation>Кроки</translation>
    </message>
    <message>
        <source>Final URL</source>
        <translation>Кінцева адреса</translation>
    </message>
    <message>
        <source>Final status</source>
        <translation>Кінцевий код</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>Цикл</translation>
    </message>
    <message>
        <source>Content type</source>
        <translation>Тип вмісту</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>Розмір (байти)</translation>
    </message>
    <message>
        <source>Response time (ms)</source>
        <translation>Час відповіді (мс)</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Глибина</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Title length</source>
        <translation>Довжина заголовка</translation>
    </message>
    <message>
        <source>Meta description</source>
        <translation>Метаопис</translation>
    </message>
    <message>
        <source>Meta description length</source>
        <translation>Довжина метаопису</translation>
    </message>
    <message>
        <source>H1</source>
        <translation>H1</translation>
    </message>
    <message>
        <source>H1 count</source>
        <translation>Кількість H1</translation>
    </message>
    <message>
        <source>H2 count</source>
        <translation>Кількість H2</translation>
    </message>
    <message>
        <source>Canonical</source>
        <translation>Канонічна адреса</translation>
    </message>
    <message>
        <source>Meta robots</source>
        <translation>Метатег robots</translation>
    </message>
    <message>
        <source>X-Robots-Tag</source>
        <translation>X-Robots-Tag</translation>
    </message>
    <message>
        <source>Word count</source>
        <translation>Кількість слів</translation>
    </message>
    <message>
        <source>Inlinks</source>
        <translation>Вхідні посилання</translation>
    </message>
    <message>
        <source>Outlinks</source>
        <translation>Вихідні посилання</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Помилка</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>Crawled at</source>
        <translation>Час сканування</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Так</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ні</translation>
    </message>
</context>
<context>
    <name>pav::ui::CrawlWorker</name>
    <message>
        <source>This crawl file holds no crawl to resume.</source>
        <translation>Цей файл не містить сканування, яке можна продовжити.</translation>
    </message>
    <message>
        <source>The crawl file&apos;s settings cannot be read: %1</source>
        <translation>Не вдається прочитати параметри з файлу сканування: %1</translation>
    </message>
    <message>
        <source>This file already holds a crawl; open it to resume it.</source>
        <translation>Цей файл уже містить сканування; відкрийте його, щоб продовжити.</translation>
    </message>
</context>
<context>
    <name>pav::ui::DetailsPane</name>
    <message>
        <source>Copy</source>
        <translation>Копіювати</translation>
    </message>
    <message>
        <source>URL details</source>
        <translation>Відомості про адресу</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>tab title and a count</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Поля</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Заголовки відповіді</translation>
    </message>
    <message>
        <source>Timings</source>
        <translation>Час</translation>
    </message>
    <message>
        <source>Inlinks</source>
        <translation>Вхідні посилання</translation>
    </message>
    <message>
        <source>Outlinks</source>
        <translation>Вихідні посилання</translation>
    </message>
    <message>
        <source>Redirect chain</source>
        <translation>Ланцюжок переспрямувань</translation>
    </message>
    <message>
        <source>Showing the first %1 links.</source>
        <translation>Показано перші %1 посилань.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Завантаження…</translation>
    </message>
    <message>
        <source>Loading inlinks…</source>
        <translation>Завантаження вхідних посилань…</translation>
    </message>
    <message>
        <source>No crawl file is open.</source>
        <translation>Файл сканування не відкрито.</translation>
    </message>
    <message>
        <source>Could not read the inlinks: %1</source>
        <translation>Не вдалося прочитати вхідні посилання: %1</translation>
    </message>
</context>
<context>
    <name>pav::ui::DetailsText</name>
    <message>
        <source>Yes</source>
        <translation>Так</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ні</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln байт</numerusform>
            <numerusform>%Ln байти</numerusform>
            <numerusform>%Ln байтів</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <comment>an exact byte count over two billion</comment>
        <translation>%1 байтів</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a size: rounded, then exact</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>У черзі</translation>
    </message>
    <message>
        <source>Crawled</source>
        <translation>Проскановано</translation>
    </message>
    <message>
        <source>Blocked by robots.txt</source>
        <translation>Заблоковано robots.txt</translation>
    </message>
    <message>
        <source>Not crawled</source>
        <translation>Не проскановано</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Невідомо</translation>
    </message>
    <message>
        <source>Start URL</source>
        <translation>Початкова адреса</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Посилання</translation>
    </message>
    <message>
        <source>Redirect</source>
        <translation>Переспрямування</translation>
    </message>
    <message>
        <source>Sitemap</source>
        <translation>Карта сайту</translation>
    </message>
    <message>
        <source>Hyperlink</source>
        <translation>Гіперпосилання</translation>
    </message>
    <message>
        <source>Image map area</source>
        <translation>Область карти зображення</translation>
    </message>
    <message>
        <source>Link element</source>
        <translation>Елемент link</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Зображення</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Скрипт</translation>
    </message>
    <message>
        <source>Iframe</source>
        <translation>Iframe</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>Фрейм</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Медіа</translation>
    </message>
    <message>
        <source>Meta refresh</source>
        <translation>Meta refresh</translation>
    </message>
    <message>
        <source>No response</source>
        <translation>Немає відповіді</translation>
    </message>
    <message>
        <source>No response (%1)</source>
        <translation>Немає відповіді (%1)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значення</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Глибина</translation>
    </message>
    <message>
        <source>Found via</source>
        <translation>Знайдено через</translation>
    </message>
    <message>
        <source>In sitemap</source>
        <translation>У карті сайту</translation>
    </message>
    <message>
        <source>Content type</source>
        <translation>Тип вмісту</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Розмір</translation>
    </message>
    <message>
        <source>Bytes on the wire</source>
        <translation>Передано байтів</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Title length</source>
        <translation>Довжина заголовка</translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln символ</numerusform>
            <numerusform>%Ln символи</numerusform>
            <numerusform>%Ln символів</numerusform>
        </translation>
    </message>
    <message>
        <source>Titles on the page</source>
        <translation>Заголовків на сторінці</translation>
    </message>
    <message>
        <source>Meta description</source>
        <translation>Метаопис</translation>
    </message>
    <message>
        <source>Meta description length</source>
        <translation>Довжина метаопису</translation>
    </message>
    <message>
        <source>Meta descriptions on the page</source>
        <translation>Метаописів на сторінці</translation>
    </message>
    <message>
        <source>H1</source>
        <translation>H1</translation>
    </message>
    <message>
        <source>H1 headings</source>
        <translation>Заголовків H1</translation>
    </message>
    <message>
        <source>H2 headings</source>
        <translation>Заголовків H2</translation>
    </message>
    <message>
        <source>Canonical</source>
        <translation>Канонічна адреса</translation>
    </message>
    <message>
        <source>Meta robots</source>
        <translation>Метатег robots</translation>
    </message>
    <message>
        <source>X-Robots-Tag</source>
        <translation>X-Robots-Tag</translation>
    </message>
    <message>
        <source>Word count</source>
        <translation>Кількість слів</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>hreflang</source>
        <translation>hreflang</translation>
    </message>
    <message>
        <source>hreflang (%1)</source>
        <translation>hreflang (%1)</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Кодування</translation>
    </message>
    <message>
        <source>HTTP version</source>
        <translation>Версія HTTP</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-адреса</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Спроби</translation>
    </message>
    <message>
        <source>Crawled at</source>
        <translation>Час сканування</translation>
    </message>
    <message>
        <source>Redirects to</source>
        <translation>Переспрямовує на</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Помилка</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Етап</translation>
    </message>
    <message>
        <source>Time since start</source>
        <translation>Від початку</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Шкала часу</translation>
    </message>
    <message>
        <source>DNS lookup</source>
        <translation>Пошук DNS</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>З’єднання</translation>
    </message>
    <message>
        <source>Time to first byte</source>
        <translation>Час до першого байта</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Усього</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Звідки</translation>
    </message>
    <message>
        <source>Anchor text</source>
        <translation>Текст посилання</translation>
    </message>
    <message>
        <source>Rel</source>
        <translation>Rel</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Куди</translation>
    </message>
    <message>
        <source>Hop</source>
        <translation>Крок</translation>
    </message>
    <message>
        <source>%1 (back to hop %2)</source>
        <translation>%1 (назад до кроку %2)</translation>
    </message>
    <message>
        <source>This URL does not redirect.</source>
        <translation>Ця адреса не переспрямовує.</translation>
    </message>
    <message numerus="yes">
        <source>%n redirect(s) to the final URL %1.</source>
        <translation>
            <numerusform>%n переспрямування до кінцевої адреси %1.</numerusform>
            <numerusform>%n переспрямування до кінцевої адреси %1.</numerusform>
            <numerusform>%n переспрямувань до кінцевої адреси %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n redirect(s); the last URL, %1, was not crawled.</source>
        <translation>
            <numerusform>%n переспрямування; останню адресу, %1, не проскановано.</numerusform>
            <numerusform>%n переспрямування; останню адресу, %1, не проскановано.</numerusform>
            <numerusform>%n переспрямувань; останню адресу, %1, не проскановано.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Redirect loop: after %n redirect(s) the chain returns to hop %1.</source>
        <translation>
            <numerusform>Цикл переспрямувань: після %n переспрямування ланцюжок повертається до кроку %1.</numerusform>
            <numerusform>Цикл переспрямувань: після %n переспрямувань ланцюжок повертається до кроку %1.</numerusform>
            <numerusform>Цикл переспрямувань: після %n переспрямувань ланцюжок повертається до кроку %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The chain was followed for %n redirect(s) and goes on.</source>
        <translation>
            <numerusform>Пройдено %n переспрямування, але ланцюжок триває далі.</numerusform>
            <numerusform>Пройдено %n переспрямування, але ланцюжок триває далі.</numerusform>
            <numerusform>Пройдено %n переспрямувань, але ланцюжок триває далі.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pav::ui::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Експорт</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Що експортувати</translation>
    </message>
    <message>
        <source>The current view: %1</source>
        <translation>Поточне подання: %1</translation>
    </message>
    <message>
        <source>All pages</source>
        <translation>Усі сторінки</translation>
    </message>
    <message>
        <source>All links</source>
        <translation>Усі посилання</translation>
    </message>
    <message>
        <source>CSV (spreadsheets)</source>
        <translation>CSV (електронні таблиці)</translation>
    </message>
    <message>
        <source>JSON Lines (scripts)</source>
        <translation>JSON Lines (скрипти)</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Формат:</translation>
    </message>
    <message>
        <source>Start with a UTF-8 BOM (for Microsoft Excel)</source>
        <translation>Починати файл з UTF-8 BOM (для Microsoft Excel)</translation>
    </message>
    <message>
        <source>Neutralise cells a spreadsheet would run as formulas</source>
        <translation>Знешкоджувати клітинки, які електронна таблиця виконала б як формули</translation>
    </message>
</context>
<context>
    <name>pav::ui::ExportJob</name>
    <message>
        <source>Cannot open crawl file %1: %2</source>
        <translation>Не вдається відкрити файл сканування %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не вдається записати %1: %2</translation>
    </message>
</context>
<context>
    <name>pav::ui::ExtractionPage</name>
    <message>
        <source>Extraction</source>
        <translation>Вилучення даних</translation>
    </message>
    <message>
        <source>Each &amp;rule adds a column to the pages table, taken from every HTML page the crawl fetches (command line: --extract, --contains, --not-contains). Double-click a cell to edit it.</source>
        <translation>Кожне п&amp;равило додає до таблиці сторінок стовпець зі значеннями з кожної HTML-сторінки, яку завантажує сканування (командний рядок: --extract, --contains, --not-contains). Щоб змінити клітинку, двічі клацніть її.</translation>
    </message>
    <message>
        <source>The extraction rules, a column each in the order shown (command line: --extract NAME=EXPR, --contains NAME=TEXT, --not-contains NAME=TEXT).</source>
        <translation>Правила вилучення, кожне — окремий стовпець у показаному порядку (командний рядок: --extract NAME=EXPR, --contains NAME=TEXT, --not-contains NAME=TEXT).</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Додати</translation>
    </message>
    <message>
        <source>Add a rule after the selected one.</source>
        <translation>Додати правило після вибраного.</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>Д&amp;ублювати</translation>
    </message>
    <message>
        <source>Add a copy of the selected rule under a new name.</source>
        <translation>Додати копію вибраного правила під новою назвою.</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Видалити</translation>
    </message>
    <message>
        <source>Remove the selected rule.</source>
        <translation>Видалити вибране правило.</translation>
    </message>
    <message>
        <source>Move U&amp;p</source>
        <translation>Перемістити в&amp;гору</translation>
    </message>
    <message>
        <source>Move the selected rule one column to the left.</source>
        <translation>Перемістити вибране правило на один стовпець ліворуч.</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Перемістити в&amp;низ</translation>
    </message>
    <message>
        <source>Move the selected rule one column to the right.</source>
        <translation>Перемістити вибране правило на один стовпець праворуч.</translation>
    </message>
    <message>
        <source>&amp;Test…</source>
        <translation>&amp;Перевірити…</translation>
    </message>
    <message>
        <source>Try the selected rule on the page selected in the results, highlighting what it matches.</source>
        <translation>Випробувати вибране правило на сторінці, вибраній у результатах, і підсвітити знайдені збіги.</translation>
    </message>
    <message>
        <source>Open a crawl whose pages&apos; HTML was stored to try a rule on one of its pages.</source>
        <translation>Щоб випробувати правило на одній зі сторінок, відкрийте сканування, у якому зберігався HTML сторінок.</translation>
    </message>
    <message>
        <source>Keep each parsed page&apos;s HTML, compressed, in the crawl file, so rules can be tried on it and run again later without fetching (command line: --store-html).</source>
        <translation>Зберігати стиснений HTML кожної розібраної сторінки у файлі сканування, щоб на ньому можна було випробовувати правила й згодом застосовувати їх повторно без завантаження (командний рядок: --store-html).</translation>
    </message>
    <message>
        <source>&amp;Store page HTML in the crawl file</source>
        <translation>&amp;Зберігати HTML сторінок у файлі сканування</translation>
    </message>
    <message>
        <source>Stored HTML &amp;limit:</source>
        <translation>&amp;Обмеження збереженого HTML:</translation>
    </message>
    <message>
        <source>At most this much compressed HTML is kept, all pages together (command line: --store-html-limit).</source>
        <translation>Зберігається не більше ніж стільки стисненого HTML для всіх сторінок разом (командний рядок: --store-html-limit).</translation>
    </message>
    <message>
        <source>Extraction rules, row %1: %2</source>
        <translation>Правила вилучення, рядок %1: %2</translation>
    </message>
</context>
<context>
    <name>pav::ui::FilterCatalogue</name>
    <message>
        <source>All pages</source>
        <translation>Усі сторінки</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Усі</translation>
    </message>
    <message>
        <source>Response codes</source>
        <translation>Коди відповіді</translation>
    </message>
    <message>
        <source>Success (2xx)</source>
        <translation>Успіх (2xx)</translation>
    </message>
    <message>
        <source>Redirection (3xx)</source>
        <translation>Переспрямування (3xx)</translation>
    </message>
    <message>
        <source>Client error (4xx)</source>
        <translation>Помилка клієнта (4xx)</translation>
    </message>
    <message>
        <source>Server error (5xx)</source>
        <translation>Помилка сервера (5xx)</translation>
    </message>
    <message>
        <source>Blocked by robots.txt</source>
        <translation>Заблоковано robots.txt</translation>
    </message>
    <message>
        <source>No response</source>
        <translation>Немає відповіді</translation>
    </message>
    <message>
        <source>Page titles</source>
        <translation>Заголовки</translation>
    </message>
    <message>
        <source>All HTML pages</source>
        <translation>Усі HTML-сторінки</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Відсутні</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Дублікати</translation>
    </message>
    <message>
        <source>Over 60 characters</source>
        <translation>Понад 60 символів</translation>
    </message>
    <message>
        <source>Multiple</source>
        <translation>Кілька</translation>
    </message>
    <message>
        <source>Meta descriptions</source>
        <translation>Метаописи</translation>
    </message>
    <message>
        <source>Over 155 characters</source>
        <translation>Понад 155 символів</translation>
    </message>
    <message>
        <source>H1</source>
        <translation>H1</translation>
    </message>
    <message>
        <source>Canonicals</source>
        <translation>Канонічні адреси</translation>
    </message>
    <message>
        <source>Self-referencing</source>
        <translation>Посилається на себе</translation>
    </message>
    <message>
        <source>Canonicalised elsewhere</source>
        <translation>Вказує на іншу адресу</translation>
    </message>
    <message>
        <source>Non-indexable canonical</source>
        <translation>Канонічна адреса не індексується</translation>
    </message>
    <message>
        <source>Directives</source>
        <translation>Директиви</translation>
    </message>
    <message>
        <source>Any directive</source>
        <translation>Будь-яка директива</translation>
    </message>
    <message>
        <source>Noindex</source>
        <translation>Noindex</translation>
    </message>
    <message>
        <source>Nofollow</source>
        <translation>Nofollow</translation>
    </message>
    <message>
        <source>Redirects</source>
        <translation>Переспрямування</translation>
    </message>
    <message>
        <source>All redirects</source>
        <translation>Усі переспрямування</translation>
    </message>
    <message>
        <source>Redirect loops</source>
        <translation>Цикли переспрямувань</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Посилання</translation>
    </message>
    <message>
        <source>Broken links</source>
        <translation>Биті посилання</translation>
    </message>
    <message>
        <source>Extraction</source>
        <translation>Вилучення даних</translation>
    </message>
</context>
<context>
    <name>pav::ui::LimitsPage</name>
    <message>
        <source>Limits</source>
        <translation>Обмеження</translation>
    </message>
    <message>
        <source>Maximum &amp;depth:</source>
        <translation>Максимальна &amp;глибина:</translation>
    </message>
    <message>
        <source>Follow links at most this many steps from the start URLs (command line: -d, --max-depth).</source>
        <translation>Переходити за посиланнями не далі ніж на стільки кроків від початкових адрес (командний рядок: -d, --max-depth).</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Без обмежень</translation>
    </message>
    <message>
        <source>Maximum &amp;pages:</source>
        <translation>Максимум &amp;сторінок:</translation>
    </message>
    <message>
        <source>Fetch at most this many URLs (command line: -n, --max-pages).</source>
        <translation>Завантажити не більше ніж стільки адрес (командний рядок: -n, --max-pages).</translation>
    </message>
    <message>
        <source>Maximum response &amp;size:</source>
        <translation>Максимальний &amp;розмір відповіді:</translation>
    </message>
    <message>
        <source>Stop reading a response after this much decoded content; the page&apos;s row says so (command line: --max-size).</source>
        <translation>Припиняти читання відповіді після такого обсягу декодованого вмісту; рядок сторінки це позначить (командний рядок: --max-size).</translation>
    </message>
    <message>
        <source>Maximum &amp;URL length:</source>
        <translation>Максимальна &amp;довжина адреси:</translation>
    </message>
    <message>
        <source>Skip URLs longer than this many characters (config file key &quot;maxUrlLength&quot;; there is no command-line option).</source>
        <translation>Пропускати адреси, довші за стільки символів (ключ файлу параметрів «maxUrlLength»; параметра командного рядка немає).</translation>
    </message>
    <message>
        <source>&amp;Query strings per path:</source>
        <translation>Рядків &amp;запиту на шлях:</translation>
    </message>
    <message>
        <source>Queue at most this many distinct query strings of one path, so calendars and filters cannot trap the crawl (config file key &quot;maxQueryVariants&quot;; there is no command-line option).</source>
        <translation>Ставити в чергу не більше ніж стільки різних рядків запиту для одного шляху, щоб календарі й фільтри не затягли сканування в пастку (ключ файлу параметрів «maxQueryVariants»; параметра командного рядка немає).</translation>
    </message>
    <message>
        <source>Maximum &amp;redirects:</source>
        <translation>Максимум &amp;переспрямувань:</translation>
    </message>
    <message>
        <source>Stop following a redirect chain after this many hops (config file key &quot;maxRedirects&quot;; there is no command-line option).</source>
        <translation>Припиняти перехід ланцюжком переспрямувань після стількох кроків (ключ файлу параметрів «maxRedirects»; параметра командного рядка немає).</translation>
    </message>
</context>
<context>
    <name>pav::ui::MainWindow</name>
    <message>
        <source>Cannot start the crawl</source>
        <translation>Не вдається почати сканування</translation>
    </message>
    <message>
        <source>Crawling into %1</source>
        <translation>Сканування у файл %1</translation>
    </message>
    <message>
        <source>Pause or stop the crawl to re-crawl a URL.</source>
        <translation>Щоб повторно сканувати адресу, призупиніть або зупиніть сканування.</translation>
    </message>
    <message numerus="yes">
        <source>Crawl finished: %Ln page(s)</source>
        <translation>
            <numerusform>Сканування завершено: %Ln сторінка</numerusform>
            <numerusform>Сканування завершено: %Ln сторінки</numerusform>
            <numerusform>Сканування завершено: %Ln сторінок</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused. Resume continues where the crawl stopped.</source>
        <translation>Призупинено. «Продовжити» відновить сканування з місця зупинки.</translation>
    </message>
    <message>
        <source>Stopped. The crawl file keeps everything crawled; open it later to resume.</source>
        <translation>Зупинено. Файл сканування зберігає все проскановане; відкрийте його пізніше, щоб продовжити.</translation>
    </message>
    <message>
        <source>The crawl stopped: %1</source>
        <translation>Сканування зупинилося: %1</translation>
    </message>
    <message>
        <source>The crawl stopped</source>
        <translation>Сканування зупинилося</translation>
    </message>
    <message>
        <source>%1

The crawl file %2 keeps everything saved so far.</source>
        <translation>%1

Файл сканування %2 зберігає все, що вже встигли записати.</translation>
    </message>
    <message>
        <source>A crawl is running</source>
        <translation>Триває сканування</translation>
    </message>
    <message>
        <source>Pause the crawl and close? The crawl file keeps everything crawled so far; open it again to resume.</source>
        <translation>Призупинити сканування й закрити? Файл сканування зберігає все, що вже проскановано; відкрийте його знову, щоб продовжити.</translation>
    </message>
    <message>
        <source>Pause and Close</source>
        <translation>Призупинити й закрити</translation>
    </message>
    <message>
        <source>Pavutyna</source>
        <translation>Павутина</translation>
    </message>
    <message>
        <source>%1 — Pavutyna</source>
        <translation>%1 — Павутина</translation>
    </message>
    <message>
        <source>Address of the site to crawl, e.g. https://example.com/</source>
        <translation>Адреса сайту для сканування, напр. https://example.com/</translation>
    </message>
    <message>
        <source>Crawl files (*.pavutyna)</source>
        <translation>Файли сканування (*.pavutyna)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Усі файли (*)</translation>
    </message>
    <message>
        <source>Open Crawl File</source>
        <translation>Відкрити файл сканування</translation>
    </message>
    <message>
        <source>Cannot open the crawl file</source>
        <translation>Не вдається відкрити файл сканування</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 не існує.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>Не вдається відкрити %1: %2</translation>
    </message>
    <message>
        <source>This crawl was interrupted, but the file is read-only: %1</source>
        <translation>Це сканування було перервано, але файл доступний лише для читання: %1</translation>
    </message>
    <message>
        <source>Resume the crawl?</source>
        <translation>Продовжити сканування?</translation>
    </message>
    <message numerus="yes">
        <source>This crawl was interrupted with %Ln URL(s) still queued. Resume it now?</source>
        <translation>
            <numerusform>Сканування перервано, коли в черзі залишалася %Ln адреса. Продовжити зараз?</numerusform>
            <numerusform>Сканування перервано, коли в черзі залишалися %Ln адреси. Продовжити зараз?</numerusform>
            <numerusform>Сканування перервано, коли в черзі залишалося %Ln адрес. Продовжити зараз?</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Продовжити</translation>
    </message>
    <message>
        <source>Save Crawl File As</source>
        <translation>Зберегти файл сканування як</translation>
    </message>
    <message>
        <source>Cannot save the crawl file</source>
        <translation>Не вдається зберегти файл сканування</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Не вдається зберегти %1: %2</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Збережено як %1</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Експорт</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Експорт у %1…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1</source>
        <translation>
            <numerusform>Експортовано %Ln рядок у %1</numerusform>
            <numerusform>Експортовано %Ln рядки у %1</numerusform>
            <numerusform>Експортовано %Ln рядків у %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Помилка експорту</translation>
    </message>
    <message>
        <source>Import URL List</source>
        <translation>Імпорт списку адрес</translation>
    </message>
    <message>
        <source>Text files (*.txt *.csv *.lst)</source>
        <translation>Текстові файли (*.txt *.csv *.lst)</translation>
    </message>
    <message>
        <source>Cannot import the URL list</source>
        <translation>Не вдається імпортувати список адрес</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не вдається прочитати %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 256 MiB.</source>
        <translation>%1 перевищує 256 МіБ.</translation>
    </message>
    <message>
        <source>No recent crawl files</source>
        <translation>Немає недавніх файлів сканування</translation>
    </message>
    <message>
        <source>Clear the List</source>
        <translation>Очистити список</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1, rows containing “%2”</source>
        <translation>%1, рядки, що містять «%2»</translation>
    </message>
    <message>
        <source>About Pavutyna</source>
        <translation>Про Павутину</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Pavutyna %1&lt;/h3&gt;&lt;p&gt;An asynchronous website crawler and scraper.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;%3&lt;br&gt;Gumbo %4&lt;br&gt;SQLite %5&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Павутина %1&lt;/h3&gt;&lt;p&gt;Асинхронний сканер вебсайтів і засіб збирання даних із них.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;%3&lt;br&gt;Gumbo %4&lt;br&gt;SQLite %5&lt;/p&gt;&lt;p&gt;Поширюється на умовах GNU General Public License версії 3 або новішої.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Crawl several sites?</source>
        <translation>Сканувати кілька сайтів?</translation>
    </message>
    <message numerus="yes">
        <source>The URL bar holds %Ln addresses:
%1

Crawl them all together?</source>
        <translation>
            <numerusform>У рядку адреси %Ln адреса:
%1

Сканувати її?</numerusform>
            <numerusform>У рядку адреси %Ln адреси:
%1

Сканувати їх усі разом?</numerusform>
            <numerusform>У рядку адреси %Ln адрес:
%1

Сканувати їх усі разом?</numerusform>
        </translation>
    </message>
    <message>
        <source>Crawl All</source>
        <translation>Сканувати всі</translation>
    </message>
    <message>
        <source>Cannot read the crawl file: %1</source>
        <translation>Не вдається прочитати файл сканування: %1</translation>
    </message>
    <message>
        <source>Cannot rename %1: %2</source>
        <translation>Не вдається перейменувати %1: %2</translation>
    </message>
    <message>
        <source>Select a page in the results to test a rule on it.</source>
        <translation>Виберіть сторінку в результатах, щоб випробувати на ній правило.</translation>
    </message>
</context>
<context>
    <name>pav::ui::OverviewPanel</name>
    <message>
        <source>Filter</source>
        <translation>Фільтр</translation>
    </message>
    <message>
        <source>URLs</source>
        <translation>Адреси</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Огляд</translation>
    </message>
</context>
<context>
    <name>pav::ui::PatternsPage</name>
    <message>
        <source>Include and exclude</source>
        <translation>Включення та виключення</translation>
    </message>
    <message>
        <source>&amp;Include only URLs matching (one regular expression per line):</source>
        <translation>&amp;Включати лише адреси, що відповідають (один регулярний вираз на рядок):</translation>
    </message>
    <message>
        <source>A URL must match at least one of these regular expressions to be crawled; an empty list lets every URL in scope through (command line: --include, once per pattern).</source>
        <translation>Адресу буде проскановано, лише якщо вона відповідає хоча б одному з цих регулярних виразів; порожній список пропускає всі адреси в межах сканування (командний рядок: --include, окремо для кожного шаблону).</translation>
    </message>
    <message>
        <source>&amp;Exclude URLs matching (one regular expression per line):</source>
        <translation>Ви&amp;ключати адреси, що відповідають (один регулярний вираз на рядок):</translation>
    </message>
    <message>
        <source>A URL matching any of these regular expressions is not crawled (command line: --exclude, once per pattern).</source>
        <translation>Адреси, що відповідають будь-якому з цих регулярних виразів, не скануються (командний рядок: --exclude, окремо для кожного шаблону).</translation>
    </message>
    <message>
        <source>Patterns are Perl-compatible regular expressions matched anywhere in the full URL, for example /blog/ or \.pdf$.</source>
        <translation>Шаблони — це Perl-сумісні регулярні вирази, які шукаються в будь-якому місці повної адреси, наприклад /blog/ або \.pdf$.</translation>
    </message>
    <message>
        <source>Include list, line %1: invalid regular expression: %2 at position %3.</source>
        <translation>Список включень, рядок %1: неприпустимий регулярний вираз: %2 у позиції %3.</translation>
    </message>
    <message>
        <source>Exclude list, line %1: invalid regular expression: %2 at position %3.</source>
        <translation>Список виключень, рядок %1: неприпустимий регулярний вираз: %2 у позиції %3.</translation>
    </message>
</context>
<context>
    <name>pav::ui::ProgressStrip</name>
    <message numerus="yes">
        <source>%Ln page(s) crawled</source>
        <translation>
            <numerusform>Проскановано %Ln сторінку</numerusform>
            <numerusform>Проскановано %Ln сторінки</numerusform>
            <numerusform>Проскановано %Ln сторінок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln queued</source>
        <translation>
            <numerusform>%Ln у черзі</numerusform>
            <numerusform>%Ln у черзі</numerusform>
            <numerusform>%Ln у черзі</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln помилка</numerusform>
            <numerusform>%Ln помилки</numerusform>
            <numerusform>%Ln помилок</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 pages/s</source>
        <translation>%1 стор./с</translation>
    </message>
    <message>
        <source>Elapsed %1</source>
        <translation>Минуло %1</translation>
    </message>
</context>
<context>
    <name>pav::ui::RequestPage</name>
    <message>
        <source>Request</source>
        <translation>Запит</translation>
    </message>
    <message>
        <source>&amp;User agent:</source>
        <translation>&amp;Агент користувача:</translation>
    </message>
    <message>
        <source>Sent as the User-Agent header; robots.txt groups are matched by its name. Empty: the default shown in grey (command line: --user-agent).</source>
        <translation>Надсилається в заголовку User-Agent; за його назвою вибираються групи robots.txt. Якщо порожньо — типове значення, показане сірим (командний рядок: --user-agent).</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Тайм-аут:</translation>
    </message>
    <message>
        <source>Give up on a request after this many seconds (command line: --timeout).</source>
        <translation>Припиняти запит через стільки секунд (командний рядок: --timeout).</translation>
    </message>
    <message>
        <source>&amp;Retries:</source>
        <translation>&amp;Повтори:</translation>
    </message>
    <message>
        <source>Retry timeouts, connection errors, 5xx and 429 responses this many times, waiting longer each time (command line: --retries).</source>
        <translation>Стільки разів повторювати запит після тайм-ауту, помилки з’єднання, відповідей 5xx і 429, щоразу чекаючи довше (командний рядок: --retries).</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation> с</translation>
    </message>
</context>
<context>
    <name>pav::ui::ResultsView</name>
    <message>
        <source>Search source, target, anchor text…</source>
        <translation>Пошук за джерелом, ціллю, текстом посилання…</translation>
    </message>
    <message>
        <source>Search URL, title, meta description, H1…</source>
        <translation>Пошук за адресою, заголовком, метаописом, H1…</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Фільтр</translation>
    </message>
    <message>
        <source>Copy URL</source>
        <translation>Копіювати адресу</translation>
    </message>
    <message>
        <source>Re-crawl URL</source>
        <translation>Повторно сканувати адресу</translation>
    </message>
    <message>
        <source>Open source page</source>
        <translation>Відкрити сторінку-джерело</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s), updating…</source>
        <translation>
            <numerusform>%Ln рядок, оновлення…</numerusform>
            <numerusform>%Ln рядки, оновлення…</numerusform>
            <numerusform>%Ln рядків, оновлення…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln рядок</numerusform>
            <numerusform>%Ln рядки</numerusform>
            <numerusform>%Ln рядків</numerusform>
        </translation>
    </message>
    <message>
        <source>Search URL and extracted values…</source>
        <translation>Пошук за адресою та вилученими значеннями…</translation>
    </message>
    <message>
        <source>Test Extraction Rule…</source>
        <translation>Перевірити правило вилучення…</translation>
    </message>
</context>
<context>
    <name>pav::ui::RobotsPage</name>
    <message>
        <source>Robots and sitemaps</source>
        <translation>Robots і карти сайту</translation>
    </message>
    <message>
        <source>&amp;Ignore robots.txt, meta robots and nofollow</source>
        <translation>&amp;Ігнорувати robots.txt, метатеги robots і nofollow</translation>
    </message>
    <message>
        <source>Crawl pages that robots.txt disallows, disregard robots meta tags and X-Robots-Tag headers, and follow links marked nofollow (command line: --ignore-robots).</source>
        <translation>Сканувати сторінки, заборонені в robots.txt, не зважати на метатеги robots і заголовки X-Robots-Tag та переходити за посиланнями з позначкою nofollow (командний рядок: --ignore-robots).</translation>
    </message>
    <message>
        <source>Read &amp;sitemaps</source>
        <translation>Читати &amp;карти сайту</translation>
    </message>
    <message>
        <source>Queue the URLs listed in the sitemaps that robots.txt names and in /sitemap.xml (command line: --no-sitemaps turns this off).</source>
        <translation>Додавати до черги адреси з карт сайту, указаних у robots.txt, і з /sitemap.xml (командний рядок: --no-sitemaps вимикає це).</translation>
    </message>
</context>
<context>
    <name>pav::ui::RuleTesterDialog</name>
    <message>
        <source>Reading the page from the crawl file…</source>
        <translation>Читання сторінки з файлу сканування…</translation>
    </message>
    <message>
        <source>The page cannot be read from the crawl file: %1</source>
        <translation>Не вдається прочитати сторінку з файлу сканування: %1</translation>
    </message>
    <message>
        <source>This page is not in the crawl file.</source>
        <translation>Цієї сторінки немає у файлі сканування.</translation>
    </message>
    <message>
        <source>This page&apos;s HTML was not stored: crawl with &apos;Store page HTML&apos; on (Crawl Settings, Extraction) to try rules on it.</source>
        <translation>HTML цієї сторінки не збережено: щоб випробовувати на ній правила, скануйте з увімкненим параметром «Зберігати HTML сторінок у файлі сканування» (Параметри сканування, Вилучення даних).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es) highlighted, %1.</source>
        <translation>
            <numerusform>Підсвічено %Ln збіг, %1.</numerusform>
            <numerusform>Підсвічено %Ln збіги, %1.</numerusform>
            <numerusform>Підсвічено %Ln збігів, %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s)</source>
        <translation>
            <numerusform>%Ln значення</numerusform>
            <numerusform>%Ln значення</numerusform>
            <numerusform>%Ln значень</numerusform>
        </translation>
    </message>
    <message>
        <source>Test Extraction Rule</source>
        <translation>Перевірка правила вилучення</translation>
    </message>
    <message>
        <source>&amp;Rule:</source>
        <translation>&amp;Правило:</translation>
    </message>
    <message>
        <source>Selector, path or pattern, e.g. .price::text</source>
        <translation>Селектор, шлях або шаблон, напр. .price::text</translation>
    </message>
    <message>
        <source>T&amp;ake:</source>
        <translation>Що &amp;брати:</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Атрибут</translation>
    </message>
    <message>
        <source>&amp;Matches:</source>
        <translation>&amp;Збіги:</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Фільтр:</translation>
    </message>
    <message>
        <source>Optional regular expression</source>
        <translation>Необов’язковий регулярний вираз</translation>
    </message>
    <message>
        <source>Search visible text</source>
        <translation>Шукати у видимому тексті</translation>
    </message>
    <message>
        <source>Ignore case</source>
        <translation>Ігнорувати регістр</translation>
    </message>
    <message>
        <source>&amp;Values:</source>
        <translation>З&amp;начення:</translation>
    </message>
    <message>
        <source>&amp;Cell:</source>
        <translation>&amp;Клітинка:</translation>
    </message>
    <message>
        <source>&amp;Use as Rule</source>
        <translation>&amp;Використати як правило</translation>
    </message>
    <message>
        <source>Put this rule into the rules table.</source>
        <translation>Додати це правило до таблиці правил.</translation>
    </message>
</context>
<context>
    <name>pav::ui::RulesModel</name>
    <message>
        <source>CSS selector</source>
        <translation>Селектор CSS</translation>
    </message>
    <message>
        <source>XPath</source>
        <translation>XPath</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Регулярний вираз</translation>
    </message>
    <message>
        <source>JSON-LD path</source>
        <translation>Шлях JSON-LD</translation>
    </message>
    <message>
        <source>Contains</source>
        <translation>Містить</translation>
    </message>
    <message>
        <source>Does not contain</source>
        <translation>Не містить</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Inner HTML</source>
        <translation>Внутрішній HTML</translation>
    </message>
    <message>
        <source>Outer HTML</source>
        <translation>Зовнішній HTML</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Атрибут</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Кількість</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Перший</translation>
    </message>
    <message>
        <source>All, joined</source>
        <translation>Усі, об’єднані</translation>
    </message>
    <message>
        <source>All, as a JSON array</source>
        <translation>Усі, як масив JSON</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>The column&apos;s name in the tables and exports.</source>
        <translation>Назва стовпця в таблицях та експортованих файлах.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>What the expression is written in.</source>
        <translation>Якою мовою записано вираз.</translation>
    </message>
    <message>
        <source>Expression</source>
        <translation>Вираз</translation>
    </message>
    <message>
        <source>The selector, path or pattern; for searches, the text to look for (re: at the start makes it a regular expression).</source>
        <translation>Селектор, шлях або шаблон; для пошуку — текст, який треба знайти (re: на початку робить його регулярним виразом).</translation>
    </message>
    <message>
        <source>Take</source>
        <translation>Що брати</translation>
    </message>
    <message>
        <source>What is taken from each matched element.</source>
        <translation>Що береться з кожного знайденого елемента.</translation>
    </message>
    <message>
        <source>The attribute taken when Take is Attribute.</source>
        <translation>Атрибут, який береться, коли «Що брати» — «Атрибут».</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Збіги</translation>
    </message>
    <message>
        <source>Which matches make the cell.</source>
        <translation>Які збіги потрапляють у клітинку.</translation>
    </message>
    <message>
        <source>Separator</source>
        <translation>Роздільник</translation>
    </message>
    <message>
        <source>What joins the values when all of them are taken.</source>
        <translation>Чим з’єднуються значення, коли беруться всі.</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Фільтр</translation>
    </message>
    <message>
        <source>An optional regular expression applied to each value: its first capture group (or the whole match) is kept.</source>
        <translation>Необов’язковий регулярний вираз, що застосовується до кожного значення: залишається його перша група захоплення (або весь збіг).</translation>
    </message>
    <message>
        <source>Search visible text</source>
        <translation>Шукати у видимому тексті</translation>
    </message>
    <message>
        <source>Search the text a reader sees instead of the HTML source.</source>
        <translation>Шукати в тексті, який бачить читач, а не у вихідному коді HTML.</translation>
    </message>
    <message>
        <source>Ignore case</source>
        <translation>Ігнорувати регістр</translation>
    </message>
    <message>
        <source>Match upper and lower case alike.</source>
        <translation>Не розрізняти великі й малі літери.</translation>
    </message>
</context>
<context>
    <name>pav::ui::ScopePage</name>
    <message>
        <source>Scope</source>
        <translation>Охоплення</translation>
    </message>
    <message>
        <source>Crawl &amp;subdomains too</source>
        <translation>Сканувати також &amp;піддомени</translation>
    </message>
    <message>
        <source>Also crawl the subdomains of the start URLs&apos; sites (command line: --subdomains).</source>
        <translation>Сканувати також піддомени сайтів початкових адрес (командний рядок: --subdomains).</translation>
    </message>
    <message>
        <source>Check links to &amp;other sites</source>
        <translation>Перевіряти посилання на &amp;інші сайти</translation>
    </message>
    <message>
        <source>Fetch links that leave the crawled sites to see whether they work, without following their links (command line: --external).</source>
        <translation>Завантажувати посилання, що ведуть за межі сканованих сайтів, щоб перевірити, чи вони працюють, але не переходити за їхніми посиланнями (командний рядок: --external).</translation>
    </message>
    <message>
        <source>Follow only &amp;a, area, frame and iframe links</source>
        <translation>Переходити лише за посиланнями &amp;a, area, frame та iframe</translation>
    </message>
    <message>
        <source>Do not fetch images, scripts, style sheets and other resources a page refers to (command line: --html-only).</source>
        <translation>Не завантажувати зображення, скрипти, таблиці стилів та інші ресурси, на які посилається сторінка (командний рядок: --html-only).</translation>
    </message>
</context>
<context>
    <name>pav::ui::SettingsDialog</name>
    <message>
        <source>The settings cannot be exported: %1</source>
        <translation>Не вдається експортувати параметри: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не вдається записати %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не вдається прочитати %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a settings file.</source>
        <translation>%1 має завеликий розмір для файлу параметрів.</translation>
    </message>
    <message>
        <source>%1 cannot be used as crawl settings: %2</source>
        <translation>%1 не можна використати як параметри сканування: %2</translation>
    </message>
    <message>
        <source>Crawl Settings</source>
        <translation>Параметри сканування</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Експортувати…</translation>
    </message>
    <message>
        <source>Save these settings as a JSON file for &quot;pavutyna --headless --config FILE&quot;.</source>
        <translation>Зберегти ці параметри у JSON-файл для «pavutyna --headless --config FILE».</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Імпортувати…</translation>
    </message>
    <message>
        <source>Load settings from a JSON file written by Export or for --config.</source>
        <translation>Завантажити параметри з JSON-файлу, створеного експортом або для --config.</translation>
    </message>
    <message>
        <source>Set every option back to its default.</source>
        <translation>Повернути всім параметрам типові значення.</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more problem(s).</source>
        <translation>
            <numerusform>…і ще %n проблема.</numerusform>
            <numerusform>…і ще %n проблеми.</numerusform>
            <numerusform>…і ще %n проблем.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Settings</source>
        <translation>Експорт параметрів</translation>
    </message>
    <message>
        <source>Import Settings</source>
        <translation>Імпорт параметрів</translation>
    </message>
    <message>
        <source>Crawl settings (*.json);;All files (*)</source>
        <translation>Параметри сканування (*.json);;Усі файли (*)</translation>
    </message>
</context>
<context>
    <name>pav::ui::SettingsStore</name>
    <message>
        <source>The value is not text.</source>
        <translation>Значення не є текстом.</translation>
    </message>
    <message>
        <source>The saved crawl settings in %1 cannot be used, so the defaults apply: %2</source>
        <translation>Збережені параметри сканування в %1 непридатні, тому застосовано типові: %2</translation>
    </message>
</context>
<context>
    <name>pav::ui::SizeEdit</name>
    <message>
        <source>bytes</source>
        <translation>байти</translation>
    </message>
    <message>
        <source>KiB</source>
        <translation>КіБ</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>МіБ</translation>
    </message>
    <message>
        <source>GiB</source>
        <translation>ГіБ</translation>
    </message>
</context>
<context>
    <name>pav::ui::SpeedPage</name>
    <message>
        <source>Speed</source>
        <translation>Швидкість</translation>
    </message>
    <message>
        <source>&amp;Parallel requests:</source>
        <translation>&amp;Паралельні запити:</translation>
    </message>
    <message>
        <source>Fetch at most this many URLs at once, all hosts together (command line: -c, --concurrency).</source>
        <translation>Завантажувати одночасно щонайбільше стільки адрес з усіх хостів разом (командний рядок: -c, --concurrency).</translation>
    </message>
    <message>
        <source>Parallel requests per &amp;host:</source>
        <translation>Паралельні запити на &amp;хост:</translation>
    </message>
    <message>
        <source>Fetch at most this many URLs of one host at once (command line: --per-host).</source>
        <translation>Завантажувати одночасно щонайбільше стільки адрес з одного хоста (командний рядок: --per-host).</translation>
    </message>
    <message>
        <source>&amp;Delay per host:</source>
        <translation>&amp;Затримка для хоста:</translation>
    </message>
    <message>
        <source>Wait at least this long between the starts of two requests to the same host (command line: --delay).</source>
        <translation>Чекати щонайменше стільки між початками двох запитів до того самого хоста (командний рядок: --delay).</translation>
    </message>
    <message>
        <source> ms</source>
        <comment>milliseconds</comment>
        <translation> мс</translation>
    </message>
</context>
<context>
    <name>pav::ui::StatusChart</name>
    <message>
        <source>2xx</source>
        <translation>2xx</translation>
    </message>
    <message>
        <source>3xx</source>
        <translation>3xx</translation>
    </message>
    <message>
        <source>4xx</source>
        <translation>4xx</translation>
    </message>
    <message>
        <source>5xx</source>
        <translation>5xx</translation>
    </message>
    <message>
        <source>Blocked</source>
        <comment>blocked by robots.txt, a short chart label</comment>
        <translation>robots.txt</translation>
    </message>
    <message>
        <source>No response</source>
        <comment>a short chart label</comment>
        <translation>Немає відповіді</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
    <message>
        <source>&lt;%1</source>
        <comment>response time bucket, below a limit</comment>
        <translation>&lt;%1</translation>
    </message>
    <message>
        <source>&gt;%1</source>
        <comment>response time bucket, above a limit</comment>
        <translation>&gt;%1</translation>
    </message>
    <message>
        <source>%1–%2 s</source>
        <comment>response time bucket</comment>
        <translation>%1–%2 с</translation>
    </message>
    <message>
        <source>%1–%2 ms</source>
        <comment>response time bucket</comment>
        <translation>%1–%2 мс</translation>
    </message>
    <message>
        <source>Status codes</source>
        <translation>Коди відповіді</translation>
    </message>
    <message>
        <source>Response times</source>
        <translation>Час відповіді</translation>
    </message>
    <message>
        <source>Status codes and response times chart</source>
        <translation>Діаграма кодів і часу відповіді</translation>
    </message>
    <message>
        <source>%1: %2 (%3%)</source>
        <comment>chart bar tool tip: label, count, percentage</comment>
        <translation>%1: %2 (%3%)</translation>
    </message>
</context>
<context>
    <name>pav::ui::StoredPage</name>
    <message>
        <source>the stored HTML is damaged</source>
        <translation>збережений HTML пошкоджено</translation>
    </message>
</context>
<context>
    <name>pav::ui::UrlDetails</name>
    <message>
        <source>The crawl file has no URL with id %1.</source>
        <translation>У файлі сканування немає адреси з ідентифікатором %1.</translation>
    </message>
</context>
<context>
    <name>pav::ui::WindowActions</name>
    <message>
        <source>&amp;New Crawl</source>
        <translation>&amp;Нове сканування</translation>
    </message>
    <message>
        <source>&amp;Open Crawl File…</source>
        <translation>&amp;Відкрити файл сканування…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Відкрити нед&amp;авні</translation>
    </message>
    <message>
        <source>Save Crawl File &amp;As…</source>
        <translation>Зберегти файл сканування &amp;як…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Експортувати…</translation>
    </message>
    <message>
        <source>&amp;Import URL List…</source>
        <translation>&amp;Імпортувати список адрес…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Ви&amp;йти</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Почати</translation>
    </message>
    <message>
        <source>Start crawling the address in the URL bar (%1)</source>
        <translation>Почати сканування адреси з адресного рядка (%1)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>Приз&amp;упинити</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>Про&amp;довжити</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Зупинити</translation>
    </message>
    <message>
        <source>&amp;Find in Table</source>
        <translation>&amp;Знайти в таблиці</translation>
    </message>
    <message>
        <source>&amp;About Pavutyna</source>
        <translation>&amp;Про Павутину</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>&amp;Мова системи</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Crawl</source>
        <translation>&amp;Сканування</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вигляд</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Мова</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <source>Crawl</source>
        <translation>Сканування</translation>
    </message>
    <message>
        <source>Settin&amp;gs…</source>
        <translation>Пара&amp;метри…</translation>
    </message>
</context>
<context>
    <name>pav::xpath::XPathExpression</name>
    <message>
        <source>undefined variable %1 (variables are not supported)</source>
        <translation>невизначена змінна %1 (змінні не підтримуються)</translation>
    </message>
    <message>
        <source>undefined namespace prefix &quot;%1&quot;</source>
        <translation>невизначений префікс простору імен «%1»</translation>
    </message>
    <message>
        <source>unknown function %1()</source>
        <translation>невідома функція %1()</translation>
    </message>
    <message>
        <source>wrong number of arguments for %1(): %2</source>
        <translation>неправильна кількість аргументів для %1(): %2</translation>
    </message>
    <message>
        <source>the expression is empty</source>
        <translation>вираз порожній</translation>
    </message>
    <message>
        <source>the expression is longer than %1 characters</source>
        <translation>вираз довший за %1 символів</translation>
    </message>
    <message>
        <source>a NUL character</source>
        <translation>символ NUL</translation>
    </message>
    <message>
        <source>brackets nest more than %1 deep</source>
        <translation>глибина вкладеності дужок перевищує %1</translation>
    </message>
    <message>
        <source>malformed number</source>
        <translation>некоректне число</translation>
    </message>
    <message>
        <source>unterminated string literal</source>
        <translation>незавершений рядковий літерал</translation>
    </message>
    <message>
        <source>expected a string literal</source>
        <translation>очікується рядковий літерал</translation>
    </message>
    <message>
        <source>expected a variable name after &quot;$&quot;</source>
        <translation>після «$» очікується назва змінної</translation>
    </message>
    <message>
        <source>undefined variable (variables are not supported)</source>
        <translation>невизначена змінна (змінні не підтримуються)</translation>
    </message>
    <message>
        <source>unfinished predicate</source>
        <translation>незавершений предикат</translation>
    </message>
    <message>
        <source>invalid predicate</source>
        <translation>неприпустимий предикат</translation>
    </message>
    <message>
        <source>unexpected end of the expression</source>
        <translation>неочікуваний кінець виразу</translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot;</source>
        <translation>неочікуваний фрагмент «%1»</translation>
    </message>
    <message>
        <source>missing closing bracket</source>
        <translation>бракує закривальної дужки</translation>
    </message>
    <message>
        <source>unknown function</source>
        <translation>невідома функція</translation>
    </message>
    <message>
        <source>invalid operand</source>
        <translation>неприпустимий операнд</translation>
    </message>
    <message>
        <source>an argument has the wrong type</source>
        <translation>аргумент має неправильний тип</translation>
    </message>
    <message>
        <source>wrong number of arguments</source>
        <translation>неправильна кількість аргументів</translation>
    </message>
    <message>
        <source>invalid context size</source>
        <translation>неприпустимий розмір контексту</translation>
    </message>
    <message>
        <source>invalid context position</source>
        <translation>неприпустима позиція контексту</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>недостатньо пам’яті</translation>
    </message>
    <message>
        <source>undefined namespace prefix</source>
        <translation>невизначений префікс простору імен</translation>
    </message>
    <message>
        <source>invalid character encoding</source>
        <translation>неприпустиме кодування символів</translation>
    </message>
    <message>
        <source>a character XML does not allow</source>
        <translation>символ, який XML не дозволяє</translation>
    </message>
    <message>
        <source>invalid context</source>
        <translation>неприпустимий контекст</translation>
    </message>
    <message>
        <source>unbalanced expression</source>
        <translation>незбалансований вираз</translation>
    </message>
    <message>
        <source>variables are not allowed</source>
        <translation>змінні не дозволені</translation>
    </message>
    <message>
        <source>the operation limit was reached</source>
        <translation>досягнуто обмеження кількості операцій</translation>
    </message>
    <message>
        <source>the expression nests too deeply</source>
        <translation>вираз має занадто глибоку вкладеність</translation>
    </message>
    <message>
        <source>libxml2 error %1</source>
        <translation>помилка libxml2 %1</translation>
    </message>
    <message>
        <source>invalid expression at column %1: %2</source>
        <translation>неприпустимий вираз у позиції %1: %2</translation>
    </message>
    <message>
        <source>invalid expression: %1</source>
        <translation>неприпустимий вираз: %1</translation>
    </message>
    <message>
        <source>the expression was stopped after %1 operations</source>
        <translation>обчислення виразу зупинено після %1 операцій</translation>
    </message>
</context>
</TS>
