<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi">
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
    <name>pmg::MainWindow</name>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="23"/>
        <source>Python Mastery Garden</source>
        <translation>पायथन मास्टरी गार्डन</translation>
    </message>
</context>
</TS>
