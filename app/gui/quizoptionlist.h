// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QWidget>

class QAbstractButton;
class QButtonGroup;
class QLabel;
class QVBoxLayout;

namespace pmg {

/// A question's options, numbered 1 … n in the order shown: radio buttons for one answer, check boxes for several,
/// each with its Markdown text as rich text beside it (a click on the text ticks it too). Works in the question's own
/// option indices: `order[i]` is the option shown at position i.
class QuizOptionList final : public QWidget
{
    Q_OBJECT

public:
    explicit QuizOptionList(QWidget *parent = nullptr);

    /// `htmlTexts` in the question's order; `order` the shuffled presentation.
    void setOptions(const QList<QString> &htmlTexts, const QList<int> &order, bool multiple);
    void clear();
    qsizetype count() const { return m_buttons.size(); }

    /// The ticked options, as question indices, ascending.
    QList<int> chosen() const;
    void setChosen(const QList<int> &optionIndices);
    /// Ticks (or for several answers toggles) the option shown at `position` (0-based), as key position+1 does.
    void toggleAt(int position);
    void setLocked(bool locked);
    /// After a practice answer: the correct options in green, wrongly ticked ones in red.
    void showCorrect(const QList<bool> &correctByIndex);

    QAbstractButton *buttonAt(int position) const { return m_buttons.value(position); }

Q_SIGNALS:
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QVBoxLayout *m_layout = nullptr;
    QButtonGroup *m_group = nullptr;
    QList<QAbstractButton *> m_buttons; ///< in the order shown
    QList<QLabel *> m_labels;
    QList<int> m_order;
    bool m_locked = false;
};

} // namespace pmg
