// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTreeView;

namespace pmg {

class ChallengeFilter;
class ChallengeListModel;
class Garden;

/// Every challenge of the curriculum with what the learner did (solved, best run, last run), filtered by part,
/// level, solved or not and words of the title. Enter or a double click opens one.
class ChallengeListView final : public QWidget
{
    Q_OBJECT

public:
    explicit ChallengeListView(Garden &garden, QWidget *parent = nullptr);

    /// Reads the challenges and the learner's progress again (after a run, or a change of the curriculum).
    void refresh();
    /// Selects challenge `id` in the list (if the filter shows it).
    void select(const QString &id);

    QTreeView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *partBox() const { return m_part; }
    QComboBox *levelBox() const { return m_level; }
    QComboBox *stateBox() const { return m_state; }
    QLabel *summary() const { return m_summary; }
    ChallengeListModel *model() const { return m_model; }
    ChallengeFilter *filter() const { return m_filter; }

Q_SIGNALS:
    void challengeActivated(const QString &challengeId);

private:
    void fillPartBox();
    void updateSummary();

    Garden &m_garden;
    ChallengeListModel *m_model = nullptr;
    ChallengeFilter *m_filter = nullptr;
    QTreeView *m_view = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_part = nullptr;
    QComboBox *m_level = nullptr;
    QComboBox *m_state = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace pmg
