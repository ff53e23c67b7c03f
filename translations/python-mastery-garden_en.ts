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
</TS>
