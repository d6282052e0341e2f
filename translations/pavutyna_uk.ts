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
        <source>--resume and --export cannot be used together.</source>
        <translation>--resume і --export не можна використовувати разом.</translation>
    </message>
    <message>
        <source>URLs cannot be given with --resume or --export: the crawl file has its own.</source>
        <translation>З --resume або --export не можна вказувати адреси: файл сканування містить власні.</translation>
    </message>
    <message>
        <source>--db is for new crawls; --resume and --export name their crawl file.</source>
        <translation>--db призначено для нових сканувань; --resume і --export самі вказують файл сканування.</translation>
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
        <source>-o and --links-output must be different files.</source>
        <translation>-o і --links-output мають бути різними файлами.</translation>
    </message>
    <message>
        <source>Only one table can go to standard output.</source>
        <translation>У стандартний вивід можна записати лише одну таблицю.</translation>
    </message>
    <message>
        <source>Pavutyna crawls websites and audits their pages.

  pavutyna                                      open the window
  pavutyna --headless [options] URL...          crawl
  pavutyna --headless --resume CRAWL [options]  continue a crawl
  pavutyna --headless --export CRAWL -o FILE    export a saved crawl, no fetching

Exit codes: 0 crawl finished (pages may have errors), 1 could not run, 2 usage error,
130 interrupted (continue with --resume).</source>
        <translation>Павутина сканує вебсайти й перевіряє їхні сторінки.

  pavutyna                                      відкрити вікно
  pavutyna --headless [параметри] URL...        сканувати
  pavutyna --headless --resume CRAWL [параметри] продовжити сканування
  pavutyna --headless --export CRAWL -o FILE    експортувати збережене сканування без завантаження

Коди виходу: 0 — сканування завершено (на сторінках можуть бути помилки), 1 — не вдалося запустити,
2 — помилка у виклику, 130 — перервано (продовжте з --resume).</translation>
    </message>
    <message>
        <source>Keep the crawl in FILE (default: a new file in the user&apos;s data directory, its path printed unless -q).</source>
        <translation>Зберігати сканування у FILE (типово — новий файл у каталозі даних користувача; його шлях виводиться, якщо не вказано -q).</translation>
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
        <source>Cannot create the folder %1 for the crawl file; choose one with --db.</source>
        <translation>Не вдається створити каталог %1 для файлу сканування; вкажіть файл за допомогою --db.</translation>
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
</context>
<context>
    <name>pav::ui::MainWindow</name>
    <message>
        <source>Pavutyna</source>
        <translation>Павутина</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Ви&amp;йти</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <source>&amp;About Pavutyna</source>
        <translation>&amp;Про Павутину</translation>
    </message>
    <message>
        <source>Pavutyna — website crawler</source>
        <translation>Павутина — сканер вебсайтів</translation>
    </message>
    <message>
        <source>About Pavutyna</source>
        <translation>Про Павутину</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Pavutyna %1&lt;/h3&gt;&lt;p&gt;An asynchronous website crawler and scraper.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;%3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Павутина %1&lt;/h3&gt;&lt;p&gt;Асинхронний сканер і скрапер вебсайтів.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;%3&lt;/p&gt;</translation>
    </message>
</context>
</TS>
