// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The bundled curriculum, checked like a compiler checks code: it must lint clean, meet the size the product promises,
// and every Python example, output question and challenge must be true when run with the real python3.
#include "clock/clock.h"
#include "curriculum/curriculumlinter.h"
#include "curriculum/curriculumloader.h"
#include "python/challengerunner.h"
#include "python/mypycheck.h"
#include "python/pyodiderunner.h"
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

// python3 for everything it can run, Pyodide's newer CPython for min-python snippets beyond it.
SnippetVerifier makeVerifier()
{
    SnippetVerifier v(PythonRunner::version());
    if (const std::optional<PythonLauncher> pyodide = PyodideRunner::launcher())
        v.setNewerInterpreter(PyodideRunner::version(), *pyodide, PyodideRunner::limits());
    return v;
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
    const CurriculumSummary s =
        CurriculumLinter::summarize(curriculum(), std::max(PythonRunner::version(), PyodideRunner::version()));
    std::printf("[ metric ] %s\n", qPrintable(s.toLine()));
    for (const QString &location : s.unverifiedSnippets)
        std::printf("[ metric ] unverified: %s\n", qPrintable(location));
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

TEST(CurriculumTest, EveryNoteDatesItsFacts)
{
    // The one test that reads the real date: content is checked against the day it is read, and a date of record
    // that is not in the future today never becomes one later, so the outcome cannot flip from pass to fail.
    Curriculum checked = curriculum();
    checked.diagnostics.clear();
    CurriculumLinter::checkFactsDates(checked, SystemClock().today());
    for (const Diagnostic &d : std::as_const(checked.diagnostics))
        ADD_FAILURE() << d.toString().toStdString();
    for (const Note &note : curriculum().notes)
        EXPECT_TRUE(note.factsAsOf.isValid()) << note.filePath.toStdString() << " has no facts_as_of date";
}

// The min-python=3.14 snippets are run with Pyodide. When it is missing they would be skipped quietly, so its absence
// fails here, loudly, with the way to fix it.
TEST(CurriculumTest, PyodideRunsTheNewerSnippets)
{
    if (PyodideRunner::version().isNull()) {
        const std::string why = "Pyodide is not available: " + PyodideRunner::unavailableReason().toStdString()
                                + ". Run the tests through packaging/devenv.sh, which installs the npm package "
                                  "(packaging/env/pyodide) and sets PMG_PYODIDE_DIR.";
        if (qEnvironmentVariableIsSet("PMG_ALLOW_NO_PYODIDE"))
            GTEST_SKIP() << why << " (PMG_ALLOW_NO_PYODIDE is set: the min-python=3.14 snippets are NOT verified)";
        FAIL() << why;
    }
    EXPECT_GE(PyodideRunner::version(), QVersionNumber(3, 14));

    // A 3.14-only snippet must really run there: its output is compared, a wrong expectation fails, an error fails.
    Snippet snippet;
    snippet.file = QStringLiteral("pyodide-probe.md");
    snippet.language = QStringLiteral("python");
    snippet.minPython = QVersionNumber(3, 14);
    snippet.code = QStringLiteral("import sys\nname = 'Ada'\nprint(type(t'{name}').__name__, sys.version_info[:2])\n");
    snippet.expectedOutput = QStringLiteral("Template (3, 14)\n");
    const SnippetVerifier v = makeVerifier();
    const SnippetVerifier::Outcome ok = v.verify(snippet);
    EXPECT_TRUE(ok.passed()) << ok.message.toStdString();
    snippet.expectedOutput = QStringLiteral("str (3, 14)\n");
    EXPECT_EQ(v.verify(snippet).status, SnippetVerifier::Outcome::Status::Failed);
    snippet.code = QStringLiteral("raise SystemExit('boom')\n");
    EXPECT_EQ(v.verify(snippet).status, SnippetVerifier::Outcome::Status::Failed);
    snippet.language = QStringLiteral("pycon");
    snippet.expectedOutput.reset();
    snippet.code = QStringLiteral(">>> sorted({'b', 'a'})\n['a', 'b']\n");
    EXPECT_TRUE(v.verify(snippet).passed());
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
    const SnippetVerifier verifier = makeVerifier();
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
    std::printf("[ metric ] %d examples verified, %d skipped (fragments or newer Python than python3 %s and "
                "Pyodide %s)\n",
                run, skipped, qPrintable(PythonRunner::version().toString()),
                qPrintable(PyodideRunner::version().isNull() ? QStringLiteral("(missing)")
                                                             : PyodideRunner::version().toString()));
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
