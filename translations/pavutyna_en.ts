<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>pav::cli::HeadlessRunner</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) crawled</source>
        <translation>
            <numerusform>%n page crawled</numerusform>
            <numerusform>%n pages crawled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) re-extracted</source>
        <translation>
            <numerusform>%n page re-extracted</numerusform>
            <numerusform>%n pages re-extracted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n HTML page(s) have no stored HTML (crawled without --store-html, or past --store-html-limit) and kept no values.</source>
        <translation>
            <numerusform>%n HTML page has no stored HTML (crawled without --store-html, or past --store-html-limit) and kept no values.</numerusform>
            <numerusform>%n HTML pages have no stored HTML (crawled without --store-html, or past --store-html-limit) and kept no values.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stored page(s) could not be read (a damaged crawl file).</source>
        <translation>
            <numerusform>%n stored page could not be read (a damaged crawl file).</numerusform>
            <numerusform>%n stored pages could not be read (a damaged crawl file).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pav::cli::ProgressPrinter</name>
    <message numerus="yes">
        <source>%n page(s) crawled</source>
        <translation>
            <numerusform>%n page crawled</numerusform>
            <numerusform>%n pages crawled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n queued</numerusform>
            <numerusform>%n queued</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pav::ui::DetailsText</name>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln byte</numerusform>
            <numerusform>%Ln bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln character</numerusform>
            <numerusform>%Ln characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n redirect(s) to the final URL %1.</source>
        <translation>
            <numerusform>%n redirect to the final URL %1.</numerusform>
            <numerusform>%n redirects to the final URL %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n redirect(s); the last URL, %1, was not crawled.</source>
        <translation>
            <numerusform>%n redirect; the last URL, %1, was not crawled.</numerusform>
            <numerusform>%n redirects; the last URL, %1, was not crawled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Redirect loop: after %n redirect(s) the chain returns to hop %1.</source>
        <translation>
            <numerusform>Redirect loop: after %n redirect the chain returns to hop %1.</numerusform>
            <numerusform>Redirect loop: after %n redirects the chain returns to hop %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The chain was followed for %n redirect(s) and goes on.</source>
        <translation>
            <numerusform>The chain was followed for %n redirect and goes on.</numerusform>
            <numerusform>The chain was followed for %n redirects and goes on.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pav::ui::MainWindow</name>
    <message numerus="yes">
        <source>Crawl finished: %Ln page(s)</source>
        <translation>
            <numerusform>Crawl finished: %Ln page</numerusform>
            <numerusform>Crawl finished: %Ln pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This crawl was interrupted with %Ln URL(s) still queued. Resume it now?</source>
        <translation>
            <numerusform>This crawl was interrupted with %Ln URL still queued. Resume it now?</numerusform>
            <numerusform>This crawl was interrupted with %Ln URLs still queued. Resume it now?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1</source>
        <translation>
            <numerusform>Exported %Ln row to %1</numerusform>
            <numerusform>Exported %Ln rows to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The URL bar holds %Ln addresses:
%1

Crawl them all together?</source>
        <translation>
            <numerusform>The URL bar holds %Ln address:
%1

Crawl it?</numerusform>
            <numerusform>The URL bar holds %Ln addresses:
%1

Crawl them all together?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pav::ui::ProgressStrip</name>
    <message numerus="yes">
        <source>%Ln page(s) crawled</source>
        <translation>
            <numerusform>%Ln page crawled</numerusform>
            <numerusform>%Ln pages crawled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln queued</source>
        <translation>
            <numerusform>%Ln queued</numerusform>
            <numerusform>%Ln queued</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln error</numerusform>
            <numerusform>%Ln errors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pav::ui::ResultsView</name>
    <message numerus="yes">
        <source>%Ln row(s), updating…</source>
        <translation>
            <numerusform>%Ln row, updating…</numerusform>
            <numerusform>%Ln rows, updating…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pav::ui::RuleTesterDialog</name>
    <message numerus="yes">
        <source>%Ln match(es) highlighted, %1.</source>
        <translation>
            <numerusform>%Ln match highlighted, %1.</numerusform>
            <numerusform>%Ln matches highlighted, %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s)</source>
        <translation>
            <numerusform>%Ln value</numerusform>
            <numerusform>%Ln values</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pav::ui::SettingsDialog</name>
    <message numerus="yes">
        <source>…and %n more problem(s).</source>
        <translation>
            <numerusform>…and %n more problem.</numerusform>
            <numerusform>…and %n more problems.</numerusform>
        </translation>
    </message>
</context>
</TS>
