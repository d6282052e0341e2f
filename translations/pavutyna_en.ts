<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>pav::cli::HeadlessRunner</name>
    <message numerus="yes">
        <source>%n URL(s) fetched</source>
        <translation>
            <numerusform>%n URL fetched</numerusform>
            <numerusform>%n URLs fetched</numerusform>
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
