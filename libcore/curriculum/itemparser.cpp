// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemparser.h"

#include "calloutattributes.h"
#include "ids.h"

#include <QRegularExpression>
#include <QSet>

namespace pmg {

namespace {

const QRegularExpression &taskItem()
{
    static const QRegularExpression re(QStringLiteral("^\\s{0,3}[-*+] \\[([ xX])\\]\\s+(.*)$"));
    return re;
}

// The inner lines of a callout, with the ones inside code blocks known, so markers are only found in prose.
struct Body {
    const CalloutBlock &callout;
    QSet<int> codeLines;

    explicit Body(const CalloutBlock &c)
        : callout(c)
    {
        for (const FencedBlock &fence : c.fences) {
            const int last = fence.line + int(fence.content.count(u'\n')) + 1;
            for (int line = fence.line; line <= last; ++line)
                codeLines.insert(line);
        }
    }

    qsizetype size() const { return callout.inner.size(); }
    const SourceLine &at(qsizetype i) const { return callout.inner[i]; }
    bool isCode(qsizetype i) const { return codeLines.contains(callout.inner[i].number); }

    /// Index of the first prose line starting with `marker` at or after `from`, or -1.
    qsizetype find(const QString &marker, qsizetype from = 0) const
    {
        for (qsizetype i = from; i < size(); ++i) {
            if (!isCode(i) && at(i).text.trimmed().startsWith(marker))
                return i;
        }
        return -1;
    }

    qsizetype indexOfLine(int number) const
    {
        for (qsizetype i = 0; i < size(); ++i) {
            if (at(i).number == number)
                return i;
        }
        return -1;
    }

    /// Lines [from, to) joined, with `marker` removed from the first one.
    QString text(qsizetype from, qsizetype to, const QString &marker = {}) const
    {
        QStringList lines;
        for (qsizetype i = from; i < to && i < size(); ++i)
            lines.append(at(i).text);
        if (!lines.isEmpty() && !marker.isEmpty()) {
            QString first = lines.first().trimmed();
            lines.first() = first.mid(marker.size()).trimmed();
        }
        return lines.join(u'\n').trimmed();
    }
};

struct Context {
    const CalloutBlock &callout;
    const QString &file;
    Diagnostics &diagnostics;

    void error(int line, const QString &message) { diagnostics.append({file, line, message}); }
    void error(const QString &message) { error(callout.line, message); }
};

bool readOrigin(Context &ctx, const CalloutAttributes &attrs, const QString &noteId, ItemOrigin &origin)
{
    origin.id = attrs.value(QStringLiteral("id"));
    origin.noteId = noteId;
    origin.file = ctx.file;
    origin.line = ctx.callout.line;
    if (origin.id.isEmpty()) {
        ctx.error(QStringLiteral("[!%1] has no id= attribute").arg(quoted(ctx.callout.type)));
        return false;
    }
    if (!isValidId(origin.id)) {
        ctx.error(QStringLiteral("invalid id '%1': use lowercase letters, digits and '-'").arg(quoted(origin.id)));
        return false;
    }
    return true;
}

std::optional<Level> requireLevel(Context &ctx, const CalloutAttributes &attrs)
{
    const QString text = attrs.value(QStringLiteral("level"));
    if (text.isEmpty()) {
        ctx.error(QStringLiteral("[!%1] has no level= attribute").arg(quoted(ctx.callout.type)));
        return std::nullopt;
    }
    const std::optional<Level> level = levelFromString(text);
    if (!level)
        ctx.error(QStringLiteral("level must be beginner, intermediate or expert, not '%1'").arg(quoted(text)));
    return level;
}

std::optional<StudyItem> parseCard(Context &ctx, const CalloutAttributes &attrs, const QString &noteId)
{
    Flashcard card;
    if (!readOrigin(ctx, attrs, noteId, card))
        return std::nullopt;
    if (attrs.contains(QStringLiteral("level")))
        card.level = requireLevel(ctx, attrs);
    const Body body(ctx.callout);
    const qsizetype q = body.find(QStringLiteral("**Q:**"));
    const qsizetype a = body.find(QStringLiteral("**A:**"), q < 0 ? 0 : q);
    if (q < 0 || a < 0) {
        ctx.error(
            QStringLiteral("flashcard %1 needs a '**Q:**' line and an '**A:**' line after it").arg(quoted(card.id)));
        return std::nullopt;
    }
    card.front = body.text(q, a, QStringLiteral("**Q:**"));
    card.back = body.text(a, body.size(), QStringLiteral("**A:**"));
    if (card.front.isEmpty() || card.back.isEmpty()) {
        ctx.error(QStringLiteral("flashcard %1 has an empty question or answer").arg(quoted(card.id)));
        return std::nullopt;
    }
    return card;
}

QStringList splitAccepted(const QString &text)
{
    QStringList answers;
    for (QString answer : text.split(QStringLiteral(" | "))) {
        answer = answer.trimmed();
        if (answer.size() >= 2 && answer.startsWith(u'`') && answer.endsWith(u'`'))
            answer = answer.mid(1, answer.size() - 2);
        if (!answer.isEmpty())
            answers.append(answer);
    }
    return answers;
}

void readOptions(Context &ctx, const Body &body, qsizetype end, QuizQuestion &question, qsizetype &firstOption)
{
    firstOption = -1;
    for (qsizetype i = 0; i < end; ++i) {
        if (body.isCode(i))
            continue;
        const QRegularExpressionMatch m = taskItem().match(body.at(i).text);
        if (!m.hasMatch())
            continue;
        if (firstOption < 0)
            firstOption = i;
        question.options.append({m.captured(2).trimmed(), m.captured(1) != u" "});
    }
    const int correct = int(std::count_if(question.options.cbegin(), question.options.cend(),
                                          [](const QuizOption &o) { return o.correct; }));
    switch (question.type) {
    case QuestionType::Single:
    case QuestionType::Multiple:
        if (question.options.size() < 2)
            ctx.error(QStringLiteral("question %1 needs at least two '- [ ]' options").arg(quoted(question.id)));
        else if (correct == 0)
            ctx.error(
                QStringLiteral("question %1 has no correct answer (mark one with '- [x]')").arg(quoted(question.id)));
        else if (question.type == QuestionType::Single && correct > 1)
            ctx.error(QStringLiteral("single-choice question %1 has %2 correct answers")
                          .arg(quoted(question.id))
                          .arg(correct));
        break;
    case QuestionType::TrueFalse: {
        QStringList texts;
        for (const QuizOption &option : std::as_const(question.options))
            texts.append(option.text.toLower());
        texts.sort();
        if (texts != QStringList{QStringLiteral("false"), QStringLiteral("true")})
            ctx.error(QStringLiteral("true/false question %1 needs exactly the options True and False")
                          .arg(quoted(question.id)));
        else if (correct != 1)
            ctx.error(QStringLiteral("true/false question %1 must tick exactly one option").arg(quoted(question.id)));
        break;
    }
    default:
        if (!question.options.isEmpty())
            ctx.error(QStringLiteral("question %1 of type %2 must not have options")
                          .arg(quoted(question.id), questionTypeName(question.type)));
    }
}

std::optional<StudyItem> parseQuestion(Context &ctx, const CalloutAttributes &attrs, const QString &noteId)
{
    QuizQuestion question;
    if (!readOrigin(ctx, attrs, noteId, question))
        return std::nullopt;
    const QString typeText = attrs.value(QStringLiteral("type"));
    const std::optional<QuestionType> type = questionTypeFromString(typeText);
    if (!type) {
        ctx.error(typeText.isEmpty()
                      ? QStringLiteral("question %1 has no type= attribute").arg(quoted(question.id))
                      : QStringLiteral("unknown question type '%1' (single, multiple, truefalse, output, short)")
                            .arg(quoted(typeText)));
        return std::nullopt;
    }
    question.type = *type;
    const std::optional<Level> level = requireLevel(ctx, attrs);
    if (!level)
        return std::nullopt;
    question.level = *level;
    question.caseSensitive = attrs.value(QStringLiteral("case")) == u"sensitive";

    const Body body(ctx.callout);
    const qsizetype explanation = body.find(QStringLiteral("**Explanation:**"));
    const qsizetype learn = body.find(QStringLiteral("**Learn:**"));
    const qsizetype answersEnd = explanation >= 0 ? explanation : (learn >= 0 ? learn : body.size());
    qsizetype promptEnd = answersEnd;

    qsizetype firstOption = -1;
    readOptions(ctx, body, answersEnd, question, firstOption);
    if (firstOption >= 0)
        promptEnd = firstOption;

    if (question.type == QuestionType::Output) {
        const FencedBlock *code = nullptr;
        for (const FencedBlock &fence : ctx.callout.fences) {
            if (fence.language == u"python" && fence.expectedOutput) {
                code = &fence;
                break;
            }
        }
        if (!code) {
            ctx.error(QStringLiteral("output question %1 needs a ```python block followed by its ```output block")
                          .arg(quoted(question.id)));
        } else {
            question.code = code->content;
            question.expectedOutput = *code->expectedOutput;
            // The prompt shows the code but not the answer: cut before the ```output fence.
            for (const FencedBlock &fence : ctx.callout.fences) {
                if (fence.isOutputOfPrevious && fence.line > code->line) {
                    promptEnd = std::min(promptEnd, body.indexOfLine(fence.line));
                    break;
                }
            }
        }
    }
    if (question.type == QuestionType::Short) {
        const qsizetype accept = body.find(QStringLiteral("**Accept:**"));
        if (accept < 0 || accept > answersEnd) {
            ctx.error(QStringLiteral("short-answer question %1 needs an '**Accept:**' line before the explanation")
                          .arg(quoted(question.id)));
        } else {
            question.acceptedAnswers = splitAccepted(body.text(accept, accept + 1, QStringLiteral("**Accept:**")));
            if (question.acceptedAnswers.isEmpty())
                ctx.error(body.at(accept).number, QStringLiteral("'**Accept:**' lists no answer"));
            promptEnd = std::min(promptEnd, accept);
        }
    }

    question.prompt = body.text(0, promptEnd);
    if (question.prompt.isEmpty())
        ctx.error(QStringLiteral("question %1 has no question text").arg(quoted(question.id)));
    if (explanation < 0) {
        ctx.error(QStringLiteral("question %1 needs an '**Explanation:**'").arg(quoted(question.id)));
    } else {
        question.explanation =
            body.text(explanation, learn > explanation ? learn : body.size(), QStringLiteral("**Explanation:**"));
        if (question.explanation.isEmpty())
            ctx.error(body.at(explanation).number, QStringLiteral("empty explanation"));
    }
    static const QRegularExpression link(QStringLiteral("\\[\\[([^\\]|#]+)"));
    const QRegularExpressionMatch m = learn >= 0 ? link.match(body.at(learn).text) : QRegularExpressionMatch();
    if (!m.hasMatch()) {
        ctx.error(learn >= 0 ? body.at(learn).number : ctx.callout.line,
                  QStringLiteral("question %1 needs '**Learn:** [[note-id]]' naming the note that teaches it")
                      .arg(quoted(question.id)));
    } else {
        question.learnNoteId = m.captured(1).trimmed();
        question.learnLine = body.at(learn).number;
    }
    return question;
}

std::optional<StudyItem> parseChallenge(Context &ctx, const CalloutAttributes &attrs, const QString &noteId)
{
    Challenge challenge;
    if (!readOrigin(ctx, attrs, noteId, challenge))
        return std::nullopt;
    const std::optional<Level> level = requireLevel(ctx, attrs);
    challenge.level = level.value_or(Level::Beginner);
    challenge.title = attrs.value(QStringLiteral("title"));
    if (challenge.title.isEmpty())
        ctx.error(QStringLiteral("challenge %1 has no title= attribute").arg(quoted(challenge.id)));
    if (attrs.contains(QStringLiteral("check"))) {
        const QString checkText = attrs.value(QStringLiteral("check"));
        const std::optional<ChallengeCheck> check = challengeCheckFromString(checkText);
        if (!check)
            ctx.error(QStringLiteral("unknown check '%1' for challenge %2 (tests, mypy-strict)")
                          .arg(quoted(checkText), quoted(challenge.id)));
        challenge.check = check.value_or(ChallengeCheck::Tests);
    }

    const Body body(ctx.callout);
    qsizetype statementEnd = body.size();
    const auto take = [&](const FencedBlock &fence, const char *role, QString &code, int &line) {
        if (!fence.hasFlag(QLatin1String(role)))
            return;
        if (line != 0)
            ctx.error(
                fence.line,
                QStringLiteral("challenge %1 has a second '%2' block").arg(quoted(challenge.id), QLatin1String(role)));
        code = fence.content;
        line = fence.line;
        statementEnd = std::min(statementEnd, body.indexOfLine(fence.line));
    };
    for (const FencedBlock &fence : ctx.callout.fences) {
        if (fence.language != u"python")
            continue;
        take(fence, "starter", challenge.starter, challenge.starterLine);
        take(fence, "solution", challenge.solution, challenge.solutionLine);
        take(fence, "tests", challenge.tests, challenge.testsLine);
    }
    for (const auto &[line, role] :
         {std::pair{challenge.starterLine, "starter"}, std::pair{challenge.solutionLine, "solution"},
          std::pair{challenge.testsLine, "tests"}}) {
        if (line == 0)
            ctx.error(QStringLiteral("challenge %1 lacks its ```python %2 block")
                          .arg(quoted(challenge.id), QLatin1String(role)));
    }
    challenge.statement = body.text(0, statementEnd);
    if (challenge.statement.isEmpty())
        ctx.error(QStringLiteral("challenge %1 has no statement").arg(quoted(challenge.id)));
    // A challenge that promises a mypy check must run mypy: its tests alone cannot see what mypy reports.
    static const QRegularExpression mentionsMypy(QStringLiteral("\\bmypy\\b"),
                                                 QRegularExpression::CaseInsensitiveOption);
    if (challenge.check != ChallengeCheck::MypyStrict
        && (mentionsMypy.match(challenge.title).hasMatch() || mentionsMypy.match(challenge.statement).hasMatch()))
        ctx.error(QStringLiteral("challenge %1 says mypy but has no check=mypy-strict, so mypy would never run")
                      .arg(quoted(challenge.id)));
    if (!challenge.tests.isEmpty() && !challenge.tests.contains(QLatin1String("def test_")))
        ctx.error(challenge.testsLine,
                  QStringLiteral("the tests of challenge %1 define no test_ function").arg(quoted(challenge.id)));
    return challenge;
}

std::optional<StudyItem> parseChecklist(Context &ctx, const CalloutAttributes &attrs, const QString &noteId)
{
    Checklist checklist;
    if (!readOrigin(ctx, attrs, noteId, checklist))
        return std::nullopt;
    const QString cadenceText = attrs.value(QStringLiteral("cadence"));
    const std::optional<Cadence> cadence = cadenceFromString(cadenceText);
    if (!cadence) {
        ctx.error(cadenceText.isEmpty()
                      ? QStringLiteral("checklist %1 has no cadence= attribute").arg(quoted(checklist.id))
                      : QStringLiteral("unknown cadence '%1' (daily, weekly, 30-day, monthly, 90-day)")
                            .arg(quoted(cadenceText)));
    }
    checklist.cadence = cadence.value_or(Cadence::Daily);
    checklist.title = attrs.value(QStringLiteral("title"));
    if (checklist.title.isEmpty())
        ctx.error(QStringLiteral("checklist %1 has no title= attribute").arg(quoted(checklist.id)));

    static const QRegularExpression blockId(QStringLiteral("^(.*\\S)\\s+\\^([A-Za-z0-9-]+)\\s*$"));
    const Body body(ctx.callout);
    QSet<QString> seen;
    for (qsizetype i = 0; i < body.size(); ++i) {
        const QRegularExpressionMatch task =
            body.isCode(i) ? QRegularExpressionMatch() : taskItem().match(body.at(i).text);
        if (!task.hasMatch())
            continue;
        const int line = body.at(i).number;
        const QRegularExpressionMatch m = blockId.match(task.captured(2));
        if (!m.hasMatch()) {
            ctx.error(line, QStringLiteral("checklist item needs a block id at its end, like ' ^review-cards'"));
            continue;
        }
        const QString id = m.captured(2);
        if (!isValidId(id))
            ctx.error(line, QStringLiteral("invalid checklist item id '%1'").arg(quoted(id)));
        else if (seen.contains(id))
            ctx.error(line,
                      QStringLiteral("duplicate checklist item id '%1' in %2").arg(quoted(id), quoted(checklist.id)));
        seen.insert(id);
        checklist.entries.append({id, m.captured(1).trimmed(), line});
    }
    if (checklist.entries.isEmpty())
        ctx.error(QStringLiteral("checklist %1 has no '- [ ] item ^id' entries").arg(quoted(checklist.id)));
    return checklist;
}

} // namespace

bool ItemParser::isItemType(const QString &calloutType)
{
    return calloutType == u"card" || calloutType == u"quiz" || calloutType == u"challenge"
           || calloutType == u"checklist";
}

std::optional<StudyItem> ItemParser::parse(const CalloutBlock &callout, const QString &noteId, const QString &file,
                                           Diagnostics &diagnostics)
{
    if (!isItemType(callout.type))
        return std::nullopt;
    Context ctx{callout, file, diagnostics};
    static const QHash<QString, QStringList> allowed{
        {QStringLiteral("card"), {QStringLiteral("id"), QStringLiteral("level")}},
        {QStringLiteral("quiz"),
         {QStringLiteral("id"), QStringLiteral("type"), QStringLiteral("level"), QStringLiteral("case")}},
        {QStringLiteral("challenge"),
         {QStringLiteral("id"), QStringLiteral("level"), QStringLiteral("title"), QStringLiteral("check")}},
        {QStringLiteral("checklist"), {QStringLiteral("id"), QStringLiteral("cadence"), QStringLiteral("title")}},
    };
    const CalloutAttributes attrs =
        CalloutAttributes::parse(callout.header, allowed.value(callout.type), callout.line, file, diagnostics);
    if (callout.type == u"card")
        return parseCard(ctx, attrs, noteId);
    if (callout.type == u"quiz")
        return parseQuestion(ctx, attrs, noteId);
    if (callout.type == u"challenge")
        return parseChallenge(ctx, attrs, noteId);
    return parseChecklist(ctx, attrs, noteId);
}

} // namespace pmg
