<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi">
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="51"/>
        <source>Cannot open your study profile:
%1

Nothing was changed; close other copies of the app or restore the file from a backup, then start again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmg</name>
    <message>
        <location filename="../app/gui/paletterows.cpp" line="28"/>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/paletterows.cpp" line="30"/>
        <source>Flashcard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/paletterows.cpp" line="32"/>
        <source>Quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/paletterows.cpp" line="34"/>
        <source>Challenge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmg::AppOptions</name>
    <message>
        <location filename="../app/gui/appoptions.cpp" line="26"/>
        <source>Python Mastery Garden: notes, flashcards, quizzes and challenges to master Python.</source>
        <translation>पायथन मास्टरी गार्डन: पायथन में महारत के लिए नोट्स, फ़्लैशकार्ड, क्विज़ और चुनौतियाँ।</translation>
    </message>
    <message>
        <location filename="../app/gui/appoptions.cpp" line="29"/>
        <source>Keep all user data in &lt;dir&gt;.</source>
        <translation>सारा उपयोगकर्ता डेटा &lt;dir&gt; में रखें।</translation>
    </message>
    <message>
        <location filename="../app/gui/appoptions.cpp" line="32"/>
        <source>Render the main window, save it as a PNG at &lt;path&gt; and exit.</source>
        <translation>मुख्य विंडो बनाएँ, उसे &lt;path&gt; पर PNG के रूप में सहेजें और बंद करें।</translation>
    </message>
    <message>
        <location filename="../app/gui/appoptions.cpp" line="35"/>
        <source>Read the curriculum from &lt;dir&gt; instead of the bundled one.</source>
        <translation>साथ आए पाठ्यक्रम के बजाय &lt;dir&gt; से पाठ्यक्रम पढ़ें।</translation>
    </message>
    <message>
        <location filename="../app/gui/appoptions.cpp" line="48"/>
        <source>The profile path %1 exists but is not a folder.</source>
        <translation>प्रोफ़ाइल पथ %1 मौजूद है, पर वह फ़ोल्डर नहीं है।</translation>
    </message>
    <message>
        <location filename="../app/gui/appoptions.cpp" line="50"/>
        <source>Cannot create the profile folder %1.</source>
        <translation>प्रोफ़ाइल फ़ोल्डर %1 नहीं बनाया जा सका।</translation>
    </message>
    <message>
        <location filename="../app/gui/appoptions.cpp" line="52"/>
        <source>The profile folder %1 is not writable.</source>
        <translation>प्रोफ़ाइल फ़ोल्डर %1 में लिखा नहीं जा सकता।</translation>
    </message>
    <message>
        <location filename="../app/gui/appoptions.cpp" line="54"/>
        <source>The curriculum folder %1 does not exist.</source>
        <translation>पाठ्यक्रम फ़ोल्डर %1 मौजूद नहीं है।</translation>
    </message>
</context>
<context>
    <name>pmg::CommandPalette</name>
    <message>
        <location filename="../app/gui/commandpalette.cpp" line="134"/>
        <source>Command palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/commandpalette.cpp" line="136"/>
        <source>Open a note or search notes, cards, questions and challenges…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/commandpalette.cpp" line="139"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/commandpalette.cpp" line="146"/>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/commandpalette.cpp" line="193"/>
        <source>Recent notes · type to search · ↑↓ to choose · Enter to open · Esc to close</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/commandpalette.cpp" line="200"/>
        <location filename="../tests/gui/readingflow_test.cpp" line="424"/>
        <location filename="../tests/gui/readingflow_test.cpp" line="425"/>
        <source>%n note(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/commandpalette.cpp" line="201"/>
        <location filename="../tests/gui/readingflow_test.cpp" line="426"/>
        <source>%n text match(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/commandpalette.cpp" line="202"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/commandpalette.cpp" line="223"/>
        <source>Nothing matches “%1”.
Try fewer or other words.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmg::CurriculumTreeModel</name>
    <message>
        <location filename="../app/gui/curriculumtreemodel.cpp" line="75"/>
        <source>Your edited version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/curriculumtreemodel.cpp" line="135"/>
        <source>read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/curriculumtreemodel.cpp" line="136"/>
        <source>started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/curriculumtreemodel.cpp" line="137"/>
        <source>not opened yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmg::FindBar</name>
    <message>
        <location filename="../app/gui/findbar.cpp" line="38"/>
        <location filename="../app/gui/findbar.cpp" line="40"/>
        <source>Find in note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/findbar.cpp" line="43"/>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/findbar.cpp" line="44"/>
        <source>Previous match (Shift+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/findbar.cpp" line="46"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/findbar.cpp" line="47"/>
        <source>Next match (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/findbar.cpp" line="49"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/findbar.cpp" line="50"/>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/findbar.cpp" line="140"/>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/findbar.cpp" line="141"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmg::MainWindow</name>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="77"/>
        <location filename="../app/gui/mainwindow.cpp" line="323"/>
        <source>Python Mastery Garden</source>
        <translation>पायथन मास्टरी गार्डन</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="114"/>
        <source>Curriculum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="345"/>
        <source>Copied the code block to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="420"/>
        <source>Indexing the curriculum for search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="429"/>
        <source>Search index not updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/mainwindow.cpp" line="431"/>
        <source>Search index updated: %n note(s) indexed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="460"/>
        <source>New note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="460"/>
        <source>Title of the new note under “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="489"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="489"/>
        <source>Save your changes to “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowactions.cpp" line="40"/>
        <source>&amp;New Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowactions.cpp" line="41"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowactions.cpp" line="45"/>
        <source>&amp;Revert to Original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowactions.cpp" line="48"/>
        <source>Revert to original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowactions.cpp" line="49"/>
        <source>Replace your version of “%1” with the original? Your version is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowactions.cpp" line="54"/>
        <source>&amp;Export Note as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowactions.cpp" line="63"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowactions.cpp" line="64"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowactions.cpp" line="66"/>
        <source>&amp;Edit Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowactions.cpp" line="72"/>
        <source>&amp;Find in Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowactions.cpp" line="76"/>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowactions.cpp" line="77"/>
        <source>Find Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowactions.cpp" line="80"/>
        <source>&amp;Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowactions.cpp" line="82"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowactions.cpp" line="86"/>
        <source>&amp;Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowactions.cpp" line="90"/>
        <source>&amp;Previous Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowactions.cpp" line="91"/>
        <source>&amp;Next Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowactions.cpp" line="93"/>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowactions.cpp" line="95"/>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowactions.cpp" line="96"/>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowactions.cpp" line="97"/>
        <source>Show &amp;Sidebar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowactions.cpp" line="103"/>
        <source>Follow &amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowactions.cpp" line="104"/>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowactions.cpp" line="105"/>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowactions.cpp" line="117"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowactions.cpp" line="123"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowactions.cpp" line="125"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowactions.cpp" line="127"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowactions.cpp" line="130"/>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowactions.cpp" line="134"/>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmg::NoteEditor</name>
    <message>
        <location filename="../app/gui/noteeditor.cpp" line="55"/>
        <source>Note Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/noteeditor.cpp" line="64"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/noteeditor.cpp" line="67"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/noteeditor.cpp" line="72"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/noteeditor.cpp" line="73"/>
        <source>Save your version (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/noteeditor.cpp" line="74"/>
        <location filename="../app/gui/noteeditor.cpp" line="374"/>
        <source>Revert to original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/noteeditor.cpp" line="75"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/noteeditor.cpp" line="76"/>
        <source>Back to reading (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/noteeditor.cpp" line="82"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/noteeditor.cpp" line="83"/>
        <source>Discard draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/noteeditor.cpp" line="128"/>
        <source>Could not write the recovery file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/noteeditor.cpp" line="189"/>
        <source>Unsaved changes to this note were recovered from a previous session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/noteeditor.cpp" line="224"/>
        <source>Not saved: fix the problems listed under the text first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/noteeditor.cpp" line="225"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/noteeditor.cpp" line="233"/>
        <source>Saved your version of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/noteeditor.cpp" line="241"/>
        <source>Could not revert: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/noteeditor.cpp" line="247"/>
        <source>Deleted your note %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/noteeditor.cpp" line="252"/>
        <source>Restored the original of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/noteeditor.cpp" line="278"/>
        <source>(the front matter has errors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/noteeditor.cpp" line="301"/>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/noteeditor.cpp" line="301"/>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/noteeditor.cpp" line="374"/>
        <source>Delete this note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/noteeditor.cpp" line="377"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/noteeditor.cpp" line="377"/>
        <source>Your version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/noteeditor.cpp" line="377"/>
        <source>Original</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/noteeditor.cpp" line="379"/>
        <source> — %n problem(s) to fix before saving</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pmg::NotePrinter</name>
    <message>
        <location filename="../app/gui/noteprinter.cpp" line="28"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/noteprinter.cpp" line="29"/>
        <source>Could not save %1: the file cannot be written there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/noteprinter.cpp" line="34"/>
        <source>Sent to the printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/noteprinter.cpp" line="34"/>
        <source>Printing failed or was cancelled by the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/noteprinter.cpp" line="49"/>
        <source>The note is still being printed or exported; try again when that is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/noteprinter.cpp" line="57"/>
        <source>Export Note as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/noteprinter.cpp" line="59"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmg::PaletteRows</name>
    <message>
        <location filename="../app/gui/paletterows.cpp" line="65"/>
        <location filename="../app/gui/paletterows.cpp" line="77"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/paletterows.cpp" line="104"/>
        <source>Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/paletterows.cpp" line="108"/>
        <source>Start here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
