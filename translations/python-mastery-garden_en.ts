<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>pmg::CommandPalette</name>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n text match(es)</source>
        <translation>
            <numerusform>%n text match</numerusform>
            <numerusform>%n text matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pmg::MainWindow</name>
    <message numerus="yes">
        <source>Search index updated: %n note(s) indexed</source>
        <translation>
            <numerusform>Search index updated: %n note indexed</numerusform>
            <numerusform>Search index updated: %n notes indexed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pmg::NoteEditor</name>
    <message numerus="yes">
        <source> — %n problem(s) to fix before saving</source>
        <translation>
            <numerusform> — %n problem to fix before saving</numerusform>
            <numerusform> — %n problems to fix before saving</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pmg::RitualTools</name>
    <message numerus="yes">
        <source>facts as of %1 (%n day(s) ago) · %2</source>
        <translation>
            <numerusform>facts as of %1 (%n day ago) · %2</numerusform>
            <numerusform>facts as of %1 (%n days ago) · %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pmg::RoutineText</name>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n 30-day period(s)</source>
        <translation>
            <numerusform>%n 30-day period</numerusform>
            <numerusform>%n 30-day periods</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n 90-day period(s)</source>
        <translation>
            <numerusform>%n 90-day period</numerusform>
            <numerusform>%n 90-day periods</numerusform>
        </translation>
    </message>
</context>
</TS>
