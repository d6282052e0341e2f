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
        <source>Give up on a URL after SEC seconds (default 30).</source>
        <translation>Припиняти завантаження адреси через SEC секунд (типово 30).</translation>
    </message>
    <message>
        <source>Send TEXT as the User-Agent header.</source>
        <translation>Надсилати TEXT як заголовок User-Agent.</translation>
    </message>
    <message>
        <source>Print no summary on stderr.</source>
        <translation>Не виводити підсумок у stderr.</translation>
    </message>
    <message>
        <source>Addresses to fetch (http or https).</source>
        <translation>Адреси для завантаження (http або https).</translation>
    </message>
    <message>
        <source>Invalid value for --concurrency: &quot;%1&quot; (expected a whole number from 1 to 1000)</source>
        <translation>Неприпустиме значення --concurrency: «%1» (очікується ціле число від 1 до 1000)</translation>
    </message>
    <message>
        <source>Invalid value for --timeout: &quot;%1&quot; (expected seconds, from 1 to 86400)</source>
        <translation>Неприпустиме значення --timeout: «%1» (очікується кількість секунд від 1 до 86400)</translation>
    </message>
    <message>
        <source>No URL given. Try &quot;pavutyna --headless --help&quot;.</source>
        <translation>Не вказано жодної адреси. Спробуйте «pavutyna --headless --help».</translation>
    </message>
    <message>
        <source>Pavutyna fetches web pages asynchronously.

  pavutyna                        open the window
  pavutyna --headless URL...      fetch each URL once and print one line per URL:
                                  status, bytes, milliseconds, URL, error (tab-separated)</source>
        <translation>Павутина асинхронно завантажує вебсторінки.

  pavutyna                        відкрити вікно
  pavutyna --headless URL...      завантажити кожну адресу один раз і вивести по рядку на адресу:
                                  код відповіді, байти, мілісекунди, адреса, помилка (через табуляцію)</translation>
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
    <message>
        <source>pavutyna: interrupted</source>
        <translation>pavutyna: перервано</translation>
    </message>
    <message numerus="yes">
        <source>%n URL(s) fetched</source>
        <translation>
            <numerusform>Завантажено %n адресу</numerusform>
            <numerusform>Завантажено %n адреси</numerusform>
            <numerusform>Завантажено %n адрес</numerusform>
        </translation>
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
