// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "python/challengeresult.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace pmg {

struct ChallengeRun;

/// The results area of the challenge workspace: a summary line (passed of total, time taken, or what went wrong —
/// with the install hint when python3 or mypy is missing) over a list with each test as passed or failed, its
/// assertion message and what it printed. Long output is shortened on screen (the whole text is copied with the
/// context menu), so megabytes of it never reach a widget.
class ChallengeResultsView final : public QWidget
{
    Q_OBJECT

public:
    /// Data roles of the test items.
    enum Role {
        StatusRole = Qt::UserRole + 1, ///< TestResult::Status as int (top-level items)
        FullTextRole,                  ///< the message or output before shortening (child items)
    };
    /// What is shown of one message or output at most.
    static constexpr int maxShownLines = 40;
    static constexpr int maxShownLineLength = 240;

    explicit ChallengeResultsView(QWidget *parent = nullptr);

    void showRunning();
    void showResult(const ChallengeResult &result);
    /// The last recorded run (after a restart: no per-test details are kept), or a hint when there is none.
    void showLastRun(const std::optional<ChallengeRun> &run, const QString &when);
    void clear();

    QLabel *summary() const { return m_summary; }
    QTreeWidget *tests() const { return m_tests; }

    /// `text` cut to maxShownLines lines of maxShownLineLength characters, saying how much was left out.
    static QString shortened(const QString &text);

Q_SIGNALS:
    /// "Choose python3…" was clicked (shown when python3 is missing).
    void choosePythonRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    static QString allPassed(int total);
    static QString someFailed(int passed, int total);
    void setSummary(const QString &html, bool good, bool bad);
    QTreeWidgetItem *addTest(const TestResult &test);
    void addDetail(QTreeWidgetItem *parent, const QString &label, const QString &text);
    void recolour();
    void copyItem(QTreeWidgetItem *item);

    QLabel *m_summary = nullptr;
    QPushButton *m_choosePython = nullptr;
    QTreeWidget *m_tests = nullptr;
    int m_summaryTone = 0; ///< -1 bad, 0 neutral, 1 good
};

} // namespace pmg
