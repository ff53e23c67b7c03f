// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "challengeresultsview.h"

#include "challengecolours.h"
#include "challenges/challengerun.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pmg {

namespace {

QString seconds(qint64 ms)
{
    return QLocale().toString(double(ms) / 1000.0, 'f', 2) + u" s"_s;
}

QString asHtml(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', u"<br>"_s);
}

QString mark(TestResult::Status status)
{
    return status == TestResult::Status::Passed ? u"✓"_s : u"✗"_s;
}

} // namespace

ChallengeResultsView::ChallengeResultsView(QWidget *parent)
    : QWidget(parent)
{
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse); // the install command can be copied
    m_summary->setAccessibleName(tr("Test summary"));
    m_choosePython = new QPushButton(tr("Choose python3…"), this);
    m_choosePython->setToolTip(tr("Use a python3 that is not on the PATH"));
    m_choosePython->hide();

    m_tests = new QTreeWidget(this);
    m_tests->setHeaderHidden(true);
    m_tests->setColumnCount(1);
    m_tests->setWordWrap(true);
    m_tests->setUniformRowHeights(false);
    m_tests->setAccessibleName(tr("Test results"));
    m_tests->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tests->header()->setStretchLastSection(true);

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_summary, 1);
    top->addWidget(m_choosePython, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_tests, 1);

    connect(m_choosePython, &QPushButton::clicked, this, &ChallengeResultsView::choosePythonRequested);
    connect(m_tests, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        QTreeWidgetItem *item = m_tests->itemAt(at);
        if (!item)
            return;
        QMenu menu(this);
        menu.addAction(tr("Copy"), this, [this, item] { copyItem(item); });
        menu.exec(m_tests->viewport()->mapToGlobal(at));
    });
    clear();
}

QString ChallengeResultsView::shortened(const QString &text)
{
    QStringList lines = text.split(u'\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    const qsizetype more = lines.size() - maxShownLines;
    if (more > 0)
        lines.resize(maxShownLines);
    for (QString &line : lines) {
        if (line.size() > maxShownLineLength)
            line = line.left(maxShownLineLength)
                   + tr("… (%n more characters)", nullptr, int(line.size() - maxShownLineLength));
    }
    if (more > 0)
        lines.append(tr("… %n more lines (right-click to copy all)", nullptr, int(more)));
    return lines.join(u'\n');
}

QString ChallengeResultsView::allPassed(int total)
{
    return total == 1 ? tr("The test passed") : tr("All %1 tests passed").arg(total);
}

QString ChallengeResultsView::someFailed(int passed, int total)
{
    return tr("%1 of %2 tests passed").arg(passed).arg(total);
}

void ChallengeResultsView::clear()
{
    m_tests->clear();
    m_choosePython->hide();
    setSummary(tr("Press <b>Run tests</b> (Ctrl+Enter) to run the tests on your code."), false, false);
}

void ChallengeResultsView::showRunning()
{
    m_tests->clear();
    m_choosePython->hide();
    setSummary(tr("Running the tests…"), false, false);
}

void ChallengeResultsView::showLastRun(const std::optional<ChallengeRun> &run, const QString &when)
{
    clear();
    if (!run)
        return;
    const QString outcome = run->passedAll() ? allPassed(run->total).toLower()
                            : run->total > 0 ? someFailed(run->passed, run->total)
                                             : tr("it did not finish");
    setSummary(tr("Last run %1: %2. Press <b>Run tests</b> (Ctrl+Enter) to run them again.")
                   .arg(when.toHtmlEscaped(), outcome.toHtmlEscaped()),
               run->passedAll(), false);
}

void ChallengeResultsView::showResult(const ChallengeResult &r)
{
    using Status = ChallengeResult::Status;
    m_tests->clear();
    const QString time = seconds(r.elapsed.count());
    switch (r.status) {
    case Status::Passed:
        setSummary(u"✓ "_s + allPassed(int(r.totalCount())) + u" · "_s + time, true, false);
        break;
    case Status::Failed:
        setSummary(u"✗ "_s + someFailed(int(r.passedCount()), int(r.totalCount())) + u" · "_s + time, false, true);
        break;
    case Status::Cancelled:
        setSummary(tr("Stopped."), false, false);
        break;
    case Status::TimedOut:
    case Status::ToolMissing:
    case Status::Error:
        setSummary(asHtml(r.message), false, true);
        break;
    }
    m_choosePython->setVisible(r.status == Status::ToolMissing && r.missingTool == u"python3");
    for (const TestResult &test : r.tests)
        addTest(test);
    if (!r.output.trimmed().isEmpty()) {
        auto *loading = new QTreeWidgetItem(m_tests, {tr("Printed while loading your code")});
        addDetail(loading, QString(), r.output);
        loading->setExpanded(r.status != Status::Passed);
    }
    recolour();
}

QTreeWidgetItem *ChallengeResultsView::addTest(const TestResult &test)
{
    auto *item = new QTreeWidgetItem(m_tests, {mark(test.status) + u' ' + test.name});
    item->setData(0, StatusRole, int(test.status));
    if (!test.message.isEmpty())
        addDetail(item, QString(), test.message);
    if (!test.output.isEmpty())
        addDetail(item, tr("Printed:"), test.output);
    item->setExpanded(!test.passed());
    return item;
}

void ChallengeResultsView::addDetail(QTreeWidgetItem *parent, const QString &label, const QString &text)
{
    const QString shown = shortened(text);
    auto *item = new QTreeWidgetItem(parent, {label.isEmpty() ? shown : label + u'\n' + shown});
    item->setData(0, FullTextRole, text);
    item->setFont(0, QFontDatabase::systemFont(QFontDatabase::FixedFont));
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
}

void ChallengeResultsView::copyItem(QTreeWidgetItem *item)
{
    const QVariant full = item->data(0, FullTextRole);
    QApplication::clipboard()->setText(full.isValid() ? full.toString() : item->text(0));
}

void ChallengeResultsView::setSummary(const QString &html, bool good, bool bad)
{
    m_summaryTone = good ? 1 : bad ? -1 : 0;
    m_summary->setText(html);
    recolour();
}

void ChallengeResultsView::recolour()
{
    const QPalette &pal = palette();
    const QColor tone = m_summaryTone > 0   ? ChallengeColours::passed(pal)
                        : m_summaryTone < 0 ? ChallengeColours::failed(pal)
                                            : pal.color(QPalette::WindowText);
    m_summary->setStyleSheet(u"QLabel { color: %1; padding: 4px 0; }"_s.arg(tone.name()));
    for (int i = 0; i < m_tests->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_tests->topLevelItem(i);
        const QVariant status = item->data(0, StatusRole);
        if (!status.isValid())
            continue;
        const bool passed = status.toInt() == int(TestResult::Status::Passed);
        item->setForeground(0, passed ? ChallengeColours::passed(pal) : ChallengeColours::failed(pal));
    }
}

void ChallengeResultsView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        recolour();
}

} // namespace pmg
