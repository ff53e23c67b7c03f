<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi">
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="46"/>
        <source>Cannot open your study profile:
%1

Nothing was changed; close other copies of the app or restore the file from a backup, then start again.</source>
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
        <location filename="../app/gui/commandpalette.cpp" line="79"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/commandpalette.cpp" line="81"/>
        <source>Flashcard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/commandpalette.cpp" line="83"/>
        <source>Quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/commandpalette.cpp" line="85"/>
        <source>Challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/commandpalette.cpp" line="96"/>
        <source>Command palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/commandpalette.cpp" line="98"/>
        <source>Open a note or search notes, cards, questions and challenges…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/commandpalette.cpp" line="101"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/commandpalette.cpp" line="108"/>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/commandpalette.cpp" line="163"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/commandpalette.cpp" line="183"/>
        <source>Type to search · ↑↓ to choose · Enter to open · Esc to close</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/commandpalette.cpp" line="184"/>
        <source>%n note(s), %1 text match(es) · %2 ms</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pmg::CurriculumTreeModel</name>
    <message>
        <location filename="../app/gui/curriculumtreemodel.cpp" line="63"/>
        <source>Your edited version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/curriculumtreemodel.cpp" line="102"/>
        <source>read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/curriculumtreemodel.cpp" line="103"/>
        <source>started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/curriculumtreemodel.cpp" line="104"/>
        <source>not opened yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmg::FindBar</name>
    <message>
        <location filename="../app/gui/findbar.cpp" line="22"/>
        <location filename="../app/gui/findbar.cpp" line="24"/>
        <source>Find in note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/findbar.cpp" line="27"/>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/findbar.cpp" line="28"/>
        <source>Previous match (Shift+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/findbar.cpp" line="30"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/findbar.cpp" line="31"/>
        <source>Next match (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/findbar.cpp" line="33"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/findbar.cpp" line="34"/>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/findbar.cpp" line="111"/>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/findbar.cpp" line="112"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmg::MainWindow</name>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="67"/>
        <location filename="../app/gui/mainwindow.cpp" line="245"/>
        <source>Python Mastery Garden</source>
        <translation>पायथन मास्टरी गार्डन</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="100"/>
        <source>Curriculum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="267"/>
        <source>Copied the code block to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="329"/>
        <source>Indexing the curriculum for search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="338"/>
        <source>Search index not updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/mainwindow.cpp" line="340"/>
        <source>Search index updated: %n note(s) indexed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="368"/>
        <source>New note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="368"/>
        <source>Title of the new note under “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="386"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="386"/>
        <source>Save your changes to %1?</source>
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
        <location filename="../app/gui/mainwindowactions.cpp" line="47"/>
        <source>Revert to original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowactions.cpp" line="48"/>
        <source>Replace your version of %1 with the original? Your version is deleted.</source>
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
        <location filename="../app/gui/mainwindowactions.cpp" line="83"/>
        <source>&amp;Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowactions.cpp" line="84"/>
        <source>&amp;Previous Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowactions.cpp" line="85"/>
        <source>&amp;Next Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowactions.cpp" line="87"/>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowactions.cpp" line="89"/>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowactions.cpp" line="90"/>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowactions.cpp" line="91"/>
        <source>Show &amp;Sidebar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowactions.cpp" line="97"/>
        <source>Follow &amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowactions.cpp" line="98"/>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowactions.cpp" line="99"/>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowactions.cpp" line="114"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowactions.cpp" line="120"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowactions.cpp" line="122"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowactions.cpp" line="124"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowactions.cpp" line="127"/>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowactions.cpp" line="131"/>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmg::NoteEditor</name>
    <message>
        <location filename="../app/gui/noteeditor.cpp" line="49"/>
        <source>Note Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/noteeditor.cpp" line="59"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/noteeditor.cpp" line="62"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/noteeditor.cpp" line="67"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/noteeditor.cpp" line="68"/>
        <source>Save your version (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/noteeditor.cpp" line="69"/>
        <location filename="../app/gui/noteeditor.cpp" line="323"/>
        <source>Revert to original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/noteeditor.cpp" line="70"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/noteeditor.cpp" line="71"/>
        <source>Back to reading (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/noteeditor.cpp" line="77"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/noteeditor.cpp" line="78"/>
        <source>Discard draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/noteeditor.cpp" line="123"/>
        <source>Could not write the recovery file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/noteeditor.cpp" line="173"/>
        <source>Unsaved changes to this note were recovered from a previous session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/noteeditor.cpp" line="208"/>
        <source>Not saved: fix the problems listed under the text first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/noteeditor.cpp" line="209"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/noteeditor.cpp" line="217"/>
        <source>Saved your version of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/noteeditor.cpp" line="226"/>
        <source>Could not revert: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/noteeditor.cpp" line="232"/>
        <source>Deleted your note %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/noteeditor.cpp" line="237"/>
        <source>Restored the original of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/noteeditor.cpp" line="264"/>
        <source>(the front matter has errors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/noteeditor.cpp" line="288"/>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/noteeditor.cpp" line="288"/>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/noteeditor.cpp" line="323"/>
        <source>Delete this note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/noteeditor.cpp" line="326"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/noteeditor.cpp" line="326"/>
        <source>Your version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/noteeditor.cpp" line="326"/>
        <source>Original</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/noteeditor.cpp" line="328"/>
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
</TS>
