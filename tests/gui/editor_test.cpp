// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "garden/noteediting.h"
#include "guardedpage.h"
#include "linenumberedit.h"
#include "mainwindow.h"
#include "noteeditor.h"
#include "noteview.h"
#include "support/guitesting.h"
#include "support/windowfixture.h"

#include <QAction>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTextBlock>
#include <QTreeView>

namespace pmg {
namespace {

const QString secondPath = QStringLiteral("1-a/1.1-second.md");

class EditorTest : public test::WindowFixture
{
protected:
    /// Opens the window on "second" and enters the editor with Ctrl+E.
    void startEditing()
    {
        ASSERT_TRUE(startWindow());
        ASSERT_TRUE(openNote(QStringLiteral("second")));
        QTest::keyClick(window.get(), Qt::Key_E, Qt::ControlModifier);
        ASSERT_TRUE(window->isEditing());
        ASSERT_EQ(window->editor()->relativePath(), secondPath);
    }

    static void typeAtEnd(QPlainTextEdit *edit, const QString &text)
    {
        edit->moveCursor(QTextCursor::End);
        const QStringList lines = text.split(u'\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i > 0)
                QTest::keyClick(edit, Qt::Key_Return);
            QTest::keyClicks(edit, lines.at(i));
        }
    }
};

TEST_F(EditorTest, EditsSavesAndRevertsThroughTheWidgets)
{
    ASSERT_NO_FATAL_FAILURE(startEditing());
    QPlainTextEdit *text = window->editor()->textEdit();
    EXPECT_TRUE(text->toPlainText().contains(QLatin1String("Second note about dictionaries.")));

    // The live preview follows typing.
    QSignalSpy previewLoaded(window->editor()->previewPageObject(), &QWebEnginePage::loadFinished);
    typeAtEnd(text, QStringLiteral("\nAdded by the learner."));
    EXPECT_TRUE(window->editor()->isModified());
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return test::bodyText(window->editor()->previewPageObject())
                .contains(QLatin1String("Added by the learner."));
        },
        15'000));

    QTest::keyClick(window.get(), Qt::Key_S, Qt::ControlModifier);
    EXPECT_FALSE(window->editor()->isModified());
    EXPECT_TRUE(garden->editor().hasUserVersion(secondPath));
    QTest::keyClick(window.get(), Qt::Key_E, Qt::ControlModifier); // back to reading
    EXPECT_FALSE(window->isEditing());
    ASSERT_TRUE(waitLoaded());
    EXPECT_TRUE(test::bodyText(window->page()).contains(QLatin1String("Added by the learner.")));

    // Revert to original, through the editor's button.
    QTest::keyClick(window.get(), Qt::Key_E, Qt::ControlModifier);
    ASSERT_TRUE(window->editor()->revertToOriginal());
    EXPECT_FALSE(garden->editor().hasUserVersion(secondPath));
    EXPECT_FALSE(window->editor()->textEdit()->toPlainText().contains(QLatin1String("Added by the learner.")));
    window->leaveEditor();
    ASSERT_TRUE(waitLoaded());
    EXPECT_FALSE(test::bodyText(window->page()).contains(QLatin1String("Added by the learner.")));
}

TEST_F(EditorTest, ShowsProblemsInlineAndRefusesToSaveThem)
{
    ASSERT_NO_FATAL_FAILURE(startEditing());
    typeAtEnd(window->editor()->textEdit(), QStringLiteral("\nSee [[nowhere]]."));
    ASSERT_TRUE(QTest::qWaitFor([&] { return window->editor()->problemList()->count() > 0; }, 10'000));
    const QString problem = window->editor()->problemList()->item(0)->text();
    EXPECT_TRUE(problem.startsWith(QLatin1String("Line 10:"))) << problem.toStdString();
    EXPECT_TRUE(problem.contains(QLatin1String("nowhere"))) << problem.toStdString();
    EXPECT_FALSE(window->editor()->textEdit()->extraSelections().isEmpty());
    EXPECT_FALSE(window->editor()->save());
    EXPECT_FALSE(garden->editor().hasUserVersion(secondPath));
    EXPECT_TRUE(window->editor()->isModified());
    window->leaveEditor(true); // forced: the draft stays recoverable
}

// The draft comes from the editor's own autosave: the window goes away without saving or asking, as in a crash.
TEST_F(EditorTest, UnsavedTextIsAutosavedAndOfferedBackAfterACrash)
{
    ASSERT_NO_FATAL_FAILURE(startEditing());
    typeAtEnd(window->editor()->textEdit(), QStringLiteral("\nWork in progress."));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            const std::optional<QByteArray> draft = garden->editor().drafts().load(secondPath);
            return draft && draft->contains("Work in progress.");
        },
        10'000));
    closeWindow(); // "crash": no closeEvent, nothing saved or discarded

    ASSERT_NO_FATAL_FAILURE(startEditing());
    EXPECT_TRUE(window->editor()->draftOffered());
    EXPECT_FALSE(window->editor()->textEdit()->toPlainText().contains(QLatin1String("Work in progress.")));
    window->editor()->restoreDraft();
    EXPECT_TRUE(window->editor()->textEdit()->toPlainText().contains(QLatin1String("Work in progress.")));
    EXPECT_TRUE(window->editor()->isModified());
    ASSERT_TRUE(window->editor()->save());
    EXPECT_FALSE(garden->editor().drafts().load(secondPath).has_value());
}

TEST_F(EditorTest, CreatesANewNoteInTheTree)
{
    ASSERT_TRUE(startWindow());
    window->newNote(QStringLiteral("Decorators by hand"));
    ASSERT_TRUE(window->isEditing());
    EXPECT_EQ(window->editor()->relativePath(), u"1-a/1.3-decorators-by-hand.md");
    ASSERT_TRUE(window->editor()->save());
    ASSERT_TRUE(garden->curriculum().note(QStringLiteral("decorators-by-hand")));
    window->leaveEditor();
    ASSERT_TRUE(waitLoaded());
    EXPECT_EQ(window->currentNoteId(), u"decorators-by-hand");
}

// Issue 16 item 8: the editor gets the sidebar's width, numbers its lines, goes to a problem's line on one click and
// keeps the preview on the section the cursor is in.
TEST_F(EditorTest, ThePreviewFollowsTheCursorAndProblemsAreOneClickAway)
{
    QByteArray body = "Intro.\n\n";
    for (int i = 1; i <= 30; ++i)
        body += "## Part " + QByteArray::number(i) + "\n\nText of part " + QByteArray::number(i) + ".\n\n";
    write(secondPath, note("second", "1.1", body));
    ASSERT_NO_FATAL_FAILURE(startEditing());
    EXPECT_FALSE(window->tree()->isVisible()) << "the editor takes the sidebar's width";
    auto *edit = qobject_cast<LineNumberEdit *>(window->editor()->textEdit());
    ASSERT_NE(edit, nullptr);
    EXPECT_GT(edit->gutterWidth(), 0);
    QSignalSpy previewLoaded(window->editor()->previewPageObject(), &QWebEnginePage::loadFinished);
    ASSERT_TRUE(previewLoaded.wait(30'000));

    const QTextBlock part25 = edit->document()->find(QStringLiteral("## Part 25")).block();
    ASSERT_TRUE(part25.isValid());
    edit->setTextCursor(QTextCursor(part25));
    const auto topOf = [&](const char *id) {
        return test::evaluate(
                   window->editor()->previewPageObject(),
                   QStringLiteral("document.getElementById('%1').getBoundingClientRect().top").arg(QLatin1String(id)))
            .toDouble();
    };
    EXPECT_TRUE(QTest::qWaitFor([&] { return std::abs(topOf("part-25")) < 40; }, 5000)) << topOf("part-25");
    // Typing there reloads the preview, which stays on the section.
    QTest::keyClicks(edit, QStringLiteral("x"));
    ASSERT_TRUE(previewLoaded.wait(30'000));
    EXPECT_TRUE(QTest::qWaitFor([&] { return std::abs(topOf("part-25x")) < 40; }, 5000)) << topOf("part-25x");

    typeAtEnd(edit, QStringLiteral("\nSee [[nowhere]]."));
    QListWidget *problems = window->editor()->problemList();
    ASSERT_TRUE(QTest::qWaitFor([&] { return problems->count() > 0; }, 10'000));
    const int line = problems->item(0)->data(Qt::UserRole).toInt();
    ASSERT_GT(line, 0);
    edit->moveCursor(QTextCursor::Start);
    QTest::mouseClick(problems->viewport(), Qt::LeftButton, Qt::NoModifier,
                      problems->visualItemRect(problems->item(0)).center());
    EXPECT_EQ(edit->textCursor().blockNumber() + 1, line);

    window->leaveEditor(true);
    EXPECT_TRUE(window->tree()->isVisible());
}

} // namespace
} // namespace pmg
