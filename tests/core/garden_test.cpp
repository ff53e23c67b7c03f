// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "garden/noteediting.h"
#include "search/searchservice.h"
#include "support/gardenfixture.h"
#include "support/qtprinters.h"

#include <QSignalSpy>

namespace pmg {
namespace {

const QString secondPath = QStringLiteral("1-a/1.1-second.md");

class GardenTest : public test::GardenFixture
{
protected:
    void SetUp() override { writeDefaultCurriculum(); }

    static QByteArray withBody(const char *id, const char *section, const QByteArray &body)
    {
        return note(id, section, body);
    }
};

TEST_F(GardenTest, OpensTheProfileAndTheCurriculum)
{
    Garden &g = openGarden();
    EXPECT_EQ(g.curriculum().notes.size(), 3);
    EXPECT_TRUE(QFileInfo::exists(QDir(profile.path()).filePath(Database::fileName())));
}

TEST_F(GardenTest, SavesAValidEditAsTheUsersVersionAndKeepsItAcrossRestarts)
{
    Garden &g = openGarden();
    QSignalSpy changed(&g, &Garden::curriculumChanged);
    const NoteEditing::SaveResult result =
        g.editor().save(secondPath, withBody("second", "1.1", "My notes on dicts.\n"));
    ASSERT_TRUE(result.saved) << result.error.message().toStdString();
    EXPECT_EQ(changed.size(), 1);
    EXPECT_EQ(g.curriculum().note(QStringLiteral("second"))->body, u"My notes on dicts.\n");
    EXPECT_TRUE(g.editor().hasUserVersion(secondPath));

    // The bundled file is never touched.
    QFile bundled(dir.filePath(secondPath));
    ASSERT_TRUE(bundled.open(QIODevice::ReadOnly));
    EXPECT_TRUE(bundled.readAll().contains("Second note about dictionaries."));

    Garden &again = openGarden();
    EXPECT_EQ(again.curriculum().note(QStringLiteral("second"))->body, u"My notes on dicts.\n");
    EXPECT_TRUE(again.curriculum().note(QStringLiteral("second"))->userVersion);
}

TEST_F(GardenTest, RefusesAnEditWithErrorsAndKeepsTheActiveVersion)
{
    Garden &g = openGarden();
    const NoteEditing::SaveResult result =
        g.editor().save(secondPath, withBody("second", "1.1", "Text\n\n# A level-1 heading\n\nSee [[missing]].\n"));
    EXPECT_FALSE(result.saved);
    ASSERT_GE(result.problems.size(), 2);
    EXPECT_EQ(result.problems.at(0).line, 10) << result.problems.at(0).message.toStdString();
    EXPECT_FALSE(g.editor().hasUserVersion(secondPath));
    EXPECT_EQ(g.curriculum().note(QStringLiteral("second"))->body, u"Second note about dictionaries.\n");
}

TEST_F(GardenTest, RefusesAnEditThatBreaksAnotherNote)
{
    Garden &g = openGarden();
    // "third" links to "second": changing the id would break it (and history is stored against ids).
    const NoteEditing::SaveResult result = g.editor().save(secondPath, withBody("renamed", "1.1", "Text.\n"));
    EXPECT_FALSE(result.saved);
    QStringList messages;
    for (const Diagnostic &d : result.problems)
        messages.append(d.toString());
    const QString all = messages.join(u'\n');
    EXPECT_TRUE(all.contains(QLatin1String("must stay 'second'"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QLatin1String("1.2-third.md"))) << all.toStdString();
}

TEST_F(GardenTest, SearchFindsTheUsersWordsAfterASave)
{
    Garden &g = openGarden();
    ASSERT_TRUE(g.search().updateNow(g.curriculum()).ok);
    EXPECT_TRUE(g.search().searchNow(QStringLiteral("zeppelin"), 50).isEmpty());
    ASSERT_TRUE(g.editor().save(secondPath, withBody("second", "1.1", "A zeppelin of dictionaries.\n")).saved);
    const IndexUpdate update = g.search().updateNow(g.curriculum());
    EXPECT_EQ(update.reindexed, 1); // only the edited note
    const QList<SearchHit> hits = g.search().searchNow(QStringLiteral("zeppelin"), 50);
    ASSERT_EQ(hits.size(), 1);
    EXPECT_EQ(hits.first().noteId, u"second");
}

TEST_F(GardenTest, RevertRestoresTheBundledNote)
{
    Garden &g = openGarden();
    ASSERT_TRUE(g.editor().save(secondPath, withBody("second", "1.1", "Mine.\n")).saved);
    ASSERT_FALSE(g.editor().revert(secondPath));
    EXPECT_FALSE(g.editor().hasUserVersion(secondPath));
    EXPECT_EQ(g.curriculum().note(QStringLiteral("second"))->body, u"Second note about dictionaries.\n");
    EXPECT_FALSE(openGarden().editor().hasUserVersion(secondPath));
}

TEST_F(GardenTest, SavingTheOriginalTextDropsTheUserVersion)
{
    Garden &g = openGarden();
    ASSERT_TRUE(g.editor().save(secondPath, withBody("second", "1.1", "Mine.\n")).saved);
    QFile original(dir.filePath(secondPath));
    ASSERT_TRUE(original.open(QIODevice::ReadOnly));
    ASSERT_TRUE(g.editor().save(secondPath, original.readAll()).saved);
    EXPECT_FALSE(g.editor().hasUserVersion(secondPath));
}

TEST_F(GardenTest, CreatesANewNoteUnderASectionAndDeletesItOnRevert)
{
    Garden &g = openGarden();
    const std::optional<NoteEditing::NewNote> created =
        g.editor().newNote(QStringLiteral("1"), QStringLiteral("My \"own\" note"));
    ASSERT_TRUE(created);
    EXPECT_EQ(created->relativePath, u"1-a/1.3-my-own-note.md");
    ASSERT_TRUE(g.editor().save(created->relativePath, created->text).saved);
    const Note *mine = g.curriculum().note(QStringLiteral("my-own-note"));
    ASSERT_NE(mine, nullptr);
    EXPECT_EQ(mine->section, u"1.3");
    EXPECT_EQ(mine->title, u"My 'own' note");
    EXPECT_FALSE(g.editor().isBundled(created->relativePath));
    ASSERT_FALSE(g.editor().revert(created->relativePath));
    EXPECT_EQ(g.curriculum().note(QStringLiteral("my-own-note")), nullptr);
}

TEST_F(GardenTest, DraftsSurviveARestartUntilRemoved)
{
    Garden &g = openGarden();
    ASSERT_TRUE(g.editor().drafts().save(secondPath, "half-typed"));
    EXPECT_EQ(openGarden().editor().drafts().load(secondPath), QByteArray("half-typed"));
    EXPECT_EQ(garden->editor().drafts().all(), QStringList{secondPath});
    EXPECT_TRUE(garden->editor().drafts().remove(secondPath));
    EXPECT_FALSE(garden->editor().drafts().load(secondPath));
    EXPECT_FALSE(garden->editor().drafts().save(QStringLiteral("../escape.md"), "x"));
}

TEST_F(GardenTest, AnUnusableDatabaseIsAClearErrorAndIsLeftAlone)
{
    const QString path = QDir(profile.path()).filePath(Database::fileName());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    const QByteArray garbage(4096, '\x5a');
    file.write(garbage);
    file.close();
    Garden g;
    EXPECT_FALSE(g.open(profile.path(), dir.path()));
    EXPECT_TRUE(g.error().contains(path)) << g.error().toStdString();
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), garbage);
}

} // namespace
} // namespace pmg
