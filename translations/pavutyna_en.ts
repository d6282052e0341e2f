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
</TS>
