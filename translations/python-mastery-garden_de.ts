<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>pmg::AppOptions</name>
    <message>
        <location filename="../app/gui/appoptions.cpp" line="26"/>
        <source>Python Mastery Garden: notes, flashcards, quizzes and challenges to master Python.</source>
        <translation>Python Mastery Garden: Notizen, Lernkarten, Quizze und Aufgaben, um Python zu meistern.</translation>
    </message>
    <message>
        <location filename="../app/gui/appoptions.cpp" line="29"/>
        <source>Keep all user data in &lt;dir&gt;.</source>
        <translation>Alle Benutzerdaten in &lt;dir&gt; speichern.</translation>
    </message>
    <message>
        <location filename="../app/gui/appoptions.cpp" line="32"/>
        <source>Render the main window, save it as a PNG at &lt;path&gt; and exit.</source>
        <translation>Das Hauptfenster darstellen, als PNG unter &lt;path&gt; speichern und beenden.</translation>
    </message>
    <message>
        <location filename="../app/gui/appoptions.cpp" line="35"/>
        <source>Read the curriculum from &lt;dir&gt; instead of the bundled one.</source>
        <translation>Den Lehrplan aus &lt;dir&gt; statt des mitgelieferten lesen.</translation>
    </message>
    <message>
        <location filename="../app/gui/appoptions.cpp" line="48"/>
        <source>The profile path %1 exists but is not a folder.</source>
        <translation>Der Profilpfad %1 existiert, ist aber kein Ordner.</translation>
    </message>
    <message>
        <location filename="../app/gui/appoptions.cpp" line="50"/>
        <source>Cannot create the profile folder %1.</source>
        <translation>Der Profilordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../app/gui/appoptions.cpp" line="52"/>
        <source>The profile folder %1 is not writable.</source>
        <translation>Der Profilordner %1 ist nicht beschreibbar.</translation>
    </message>
    <message>
        <location filename="../app/gui/appoptions.cpp" line="54"/>
        <source>The curriculum folder %1 does not exist.</source>
        <translation>Der Lehrplan-Ordner %1 existiert nicht.</translation>
    </message>
</context>
<context>
    <name>pmg::MainWindow</name>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="23"/>
        <source>Python Mastery Garden</source>
        <translation>Python Mastery Garden</translation>
    </message>
</context>
</TS>
