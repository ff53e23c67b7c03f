// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The bundled curriculum, checked like a compiler checks code: it must lint clean, meet the size the product promises,
// and every Python example, output question and challenge must be true when run with the real python3.
#include "curriculum/curriculumlinter.h"
#include "curriculum/curriculumloader.h"
#include "python/challengerunner.h"
#include "python/mypycheck.h"
#include "python/pythonrunner.h"
#include "python/snippetverifier.h"
#include "support/qtprinters.h"

#include <QDir>
#include <QRegularExpression>

#include <gtest/gtest.h>

namespace pmg {
namespace {

const Curriculum &curriculum()
{
    static const Curriculum c = CurriculumLoader::loadDirectory(QStringLiteral(PMG_SOURCE_DIR "/curriculum"));
    return c;
}

std::string testName(QString text)
{
    text.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9]")), QStringLiteral("_"));
    return text.toStdString();
}

TEST(CurriculumTest, LintsClean)
{
    std::string problems;
    for (const Diagnostic &d : curriculum().diagnostics)
        problems += d.toString().toStdString() + '\n';
    EXPECT_FALSE(curriculum().hasErrors()) << problems;
}

TEST(CurriculumTest, MeetsTheContentPromise)
{
    const CurriculumSummary s = CurriculumLinter::summarize(curriculum(), PythonRunner::version());
    std::printf("[ metric ] %s\n", qPrintable(s.toLine()));
    EXPECT_GE(s.flashcards, 250);
    EXPECT_GE(s.beginnerQuestions, 30);
    EXPECT_GE(s.intermediateQuestions, 30);
    EXPECT_GE(s.expertQuestions, 30);
    EXPECT_GE(s.challenges, 15);

    // A quiz per part: the questions whose "Learn" note lies in that part.
    QMap<int, int> perPart;
    for (const QuizQuestion &q : curriculum().questions) {
        if (const Note *note = curriculum().note(q.learnNoteId))
            ++perPart[note->part];
    }
    for (int part = 1; part <= 5; ++part)
        EXPECT_GE(perPart.value(part), 8) << "part " << part << " has too few quiz questions for a part quiz";

    // The spaced-repetition plan and the monthly ritual are there as checklists of every cadence.
    QSet<Cadence> cadences;
    for (const Checklist &c : curriculum().checklists)
        cadences.insert(c.cadence);
    for (Cadence c : {Cadence::Daily, Cadence::Weekly, Cadence::ThirtyDay, Cadence::Monthly, Cadence::NinetyDay})
        EXPECT_TRUE(cadences.contains(c)) << "no checklist with cadence " << cadenceName(c).toStdString();
}

TEST(CurriculumTest, EveryOutlineSectionHasANote)
{
    // Sections of the product outline ("## 1.1", "### 2.1.1" headings). The copy in docs/ is the one the curriculum
    // answers to, so that this test runs wherever the repository is checked out.
    QFile outline(QStringLiteral(PMG_SOURCE_DIR "/docs/python-mastery-garden-outline.md"));
    ASSERT_TRUE(outline.open(QIODevice::ReadOnly)) << outline.fileName().toStdString();
    static const QRegularExpression heading(QStringLiteral("^##+ ([1-5]\\.[0-9](?:\\.[0-9])?) "),
                                            QRegularExpression::MultilineOption);
    QSet<QString> sections;
    for (const Note &note : curriculum().notes)
        sections.insert(note.section);
    int outlineSections = 0;
    for (auto it = heading.globalMatch(QString::fromUtf8(outline.readAll())); it.hasNext(); ++outlineSections) {
        QString section = it.next().captured(1);
        // A sub-section may be taught inside its section's note (e.g. 1.4.2 inside 1.4).
        const bool covered = sections.contains(section) || sections.contains(section.section(u'.', 0, 1));
        EXPECT_TRUE(covered) << "outline section " << section.toStdString() << " has no note";
    }
    EXPECT_GE(outlineSections, 30) << "the outline's section headings were not recognised";
}

class SnippetTest : public ::testing::TestWithParam<QString>
{};

TEST_P(SnippetTest, ExamplesAreTrue)
{
    const SnippetVerifier verifier(PythonRunner::version());
    ASSERT_FALSE(PythonRunner::version().isNull()) << "python3 is not available";
    int run = 0;
    int skipped = 0;
    for (const Snippet &snippet : curriculum().snippets) {
        if (snippet.file != GetParam())
            continue;
        const SnippetVerifier::Outcome outcome = verifier.verify(snippet);
        if (outcome.status == SnippetVerifier::Outcome::Status::Skipped) {
            ++skipped;
            continue;
        }
        ++run;
        EXPECT_TRUE(outcome.passed()) << snippet.location().toStdString()
                                      << (snippet.itemId.isEmpty() ? "" : " (" + snippet.itemId.toStdString() + ")")
                                      << ": " << outcome.message.toStdString();
    }
    std::printf("[ metric ] %d examples verified, %d skipped (fragments or newer Python)\n", run, skipped);
}

QList<QString> filesWithSnippets()
{
    QList<QString> files;
    for (const Snippet &snippet : curriculum().snippets) {
        if (!files.contains(snippet.file))
            files.append(snippet.file);
    }
    return files;
}

INSTANTIATE_TEST_SUITE_P(Curriculum, SnippetTest, ::testing::ValuesIn(filesWithSnippets()),
                         [](const ::testing::TestParamInfo<QString> &p) {
                             return testName(
                                 QDir(QStringLiteral(PMG_SOURCE_DIR "/curriculum")).relativeFilePath(p.param));
                         });

class ChallengeTest : public ::testing::TestWithParam<qsizetype>
{};

TEST_P(ChallengeTest, SolutionPassesAndStarterFails)
{
    const Challenge &challenge = curriculum().challenges.at(GetParam());
    const SnippetVerifier::Outcome outcome = SnippetVerifier(PythonRunner::version()).verify(challenge);
    EXPECT_TRUE(outcome.passed()) << challenge.file.toStdString() << ':' << challenge.line << " ("
                                  << challenge.id.toStdString() << "): " << outcome.message.toStdString();
}

// The type-hints challenge is judged by mypy --strict too: solutions whose signatures satisfy the tests' answer key but
// whose bodies mypy rejects must fail, through the same runner, while the reference passes (above).
TEST(TypeHintsChallengeTest, SolutionsMypyRejectsFail)
{
    const auto found = std::find_if(curriculum().challenges.cbegin(), curriculum().challenges.cend(),
                                    [](const Challenge &c) { return c.id == u"ch-p4-type-hints-strict"; });
    ASSERT_NE(found, curriculum().challenges.cend());
    const Challenge &challenge = *found;
    EXPECT_EQ(challenge.check, ChallengeCheck::MypyStrict);
    const QString typedLocal = QStringLiteral("    scores: dict[str, list[int]] = {}\n");
    ASSERT_TRUE(challenge.solution.contains(typedLocal));
    const QString loop = QStringLiteral("    for line in lines:\n");
    ASSERT_TRUE(challenge.solution.contains(loop));

    const QString bareDict = QString(challenge.solution).replace(typedLocal, QStringLiteral("    scores: dict = {}\n"));
    const QString lenOfIterable =
        QString(challenge.solution)
            .replace(loop, QStringLiteral("    if len(lines) == 0:\n        return scores\n") + loop);
    for (const auto &[name, code] :
         {std::pair{"scores: dict = {}", bareDict}, std::pair{"len(lines)", lenOfIterable}}) {
        const ChallengeResult r = ChallengeRunner::run(challenge, code);
        EXPECT_EQ(r.status, ChallengeResult::Status::Failed) << name << ": " << r.message.toStdString();
        ASSERT_FALSE(r.tests.isEmpty()) << name;
        for (const TestResult &test : r.tests) {
            const bool isMypy = test.name == QLatin1String(MypyCheck::TestName);
            EXPECT_EQ(test.passed(), !isMypy)
                << name << ": " << test.name.toStdString() << ": " << test.message.toStdString();
        }
    }
}

QList<qsizetype> challengeIndexes()
{
    QList<qsizetype> indexes;
    for (qsizetype i = 0; i < curriculum().challenges.size(); ++i)
        indexes.append(i);
    return indexes;
}

INSTANTIATE_TEST_SUITE_P(Curriculum, ChallengeTest, ::testing::ValuesIn(challengeIndexes()),
                         [](const ::testing::TestParamInfo<qsizetype> &p) {
                             return testName(curriculum().challenges.at(p.param).id);
                         });

} // namespace
} // namespace pmg
