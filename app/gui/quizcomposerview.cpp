// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quizcomposerview.h"

#include "garden/garden.h"
#include "quiz/quizservice.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pmg {

QuizComposerView::QuizComposerView(Garden &garden, QWidget *parent)
    : QWidget(parent)
    , m_garden(garden)
{
    auto *heading = new QLabel(u"<h2>"_s + tr("Compose a quiz") + u"</h2><p>"_s
                                   + tr("Draw questions from the parts, levels and topics you choose. Leave a group "
                                        "empty to take all of it.")
                                   + u"</p>"_s,
                               this);
    heading->setWordWrap(true);

    m_partBox = new QWidget(this);
    auto *partLayout = new QHBoxLayout(m_partBox);
    partLayout->setContentsMargins(0, 0, 0, 0);
    partLayout->addStretch(1);
    auto *levelBox = new QWidget(this);
    auto *levelLayout = new QHBoxLayout(levelBox);
    levelLayout->setContentsMargins(0, 0, 0, 0);
    for (const Level level : {Level::Beginner, Level::Intermediate, Level::Expert}) {
        auto *box = new QCheckBox(levelName(level), levelBox);
        box->setProperty("level", int(level));
        connect(box, &QCheckBox::toggled, this, &QuizComposerView::update);
        levelLayout->addWidget(box);
        m_levels.append(box);
    }
    levelLayout->addStretch(1);
    m_tags = new QListWidget(this);
    m_tags->setFlow(QListView::LeftToRight);
    m_tags->setWrapping(true);
    m_tags->setResizeMode(QListView::Adjust);
    m_tags->setMovement(QListView::Static);
    m_tags->setSpacing(2);
    m_tags->setMaximumHeight(220);
    connect(m_tags, &QListWidget::itemChanged, this, &QuizComposerView::update);
    m_count = new QSpinBox(this);
    m_count->setRange(0, 1000);
    m_count->setValue(10);
    m_count->setSpecialValueText(tr("all"));
    connect(m_count, &QSpinBox::valueChanged, this, &QuizComposerView::update);
    m_weakest = new QCheckBox(tr("Weakest topics first (the notes whose questions you scored lowest on)"), this);
    connect(m_weakest, &QCheckBox::toggled, this, &QuizComposerView::update);
    m_minutes = new QSpinBox(this);
    m_minutes->setRange(0, 600);
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setSpecialValueText(tr("no limit"));
    m_matches = new QLabel(this);
    m_count->setMaximumWidth(160);
    m_minutes->setMaximumWidth(160);

    auto *form = new QFormLayout;
    form->addRow(tr("Parts:"), m_partBox);
    form->addRow(tr("Levels:"), levelBox);
    form->addRow(tr("Topics (tags):"), m_tags);
    form->addRow(tr("Questions:"), m_count);
    form->addRow(QString(), m_weakest);
    form->addRow(tr("Time limit:"), m_minutes);
    form->addRow(QString(), m_matches);

    auto *back = new QPushButton(tr("Back to quizzes"), this);
    connect(back, &QPushButton::clicked, this, &QuizComposerView::backRequested);
    m_practice = new QPushButton(tr("Start practice"), this);
    m_exam = new QPushButton(tr("Start exam"), this);
    for (const auto &[button, mode] : {std::pair{m_practice, QuizMode::Practice}, {m_exam, QuizMode::Exam}}) {
        connect(button, &QPushButton::clicked, this, [this, m = mode] {
            Q_EMIT startRequested(m_garden.quizzes().compose(composition()), m, m_minutes->value() * 60);
        });
    }
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(back);
    buttons->addStretch(1);
    buttons->addWidget(m_practice);
    buttons->addWidget(m_exam);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addLayout(buttons);
    refresh();
}

void QuizComposerView::refresh()
{
    const QuizComposition kept = composition();
    m_updating = true;
    const QuizCatalog catalog = m_garden.quizzes().catalog();
    qDeleteAll(m_parts);
    m_parts.clear();
    for (const int part : catalog.parts()) {
        auto *box = new QCheckBox(tr("Part %1").arg(part), m_partBox);
        box->setProperty("part", part);
        connect(box, &QCheckBox::toggled, this, &QuizComposerView::update);
        auto *partLayout = static_cast<QHBoxLayout *>(m_partBox->layout());
        partLayout->insertWidget(partLayout->count() - 1, box); // before the stretch
        m_parts.append(box);
    }
    m_tags->clear();
    for (const QString &tag : catalog.tags()) {
        auto *item = new QListWidgetItem(tag, m_tags);
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
        item->setCheckState(Qt::Unchecked);
    }
    m_updating = false;
    setComposition(kept);
}

QuizComposition QuizComposerView::composition() const
{
    QuizComposition c;
    for (const QCheckBox *box : m_parts) {
        if (box->isChecked())
            c.parts.append(box->property("part").toInt());
    }
    for (const QCheckBox *box : m_levels) {
        if (box->isChecked())
            c.levels.append(Level(box->property("level").toInt()));
    }
    for (int i = 0; i < m_tags->count(); ++i) {
        if (m_tags->item(i)->checkState() == Qt::Checked)
            c.tags.append(m_tags->item(i)->text());
    }
    c.count = m_count->value();
    c.weakestFirst = m_weakest->isChecked();
    return c.normalized();
}

void QuizComposerView::setComposition(const QuizComposition &composition)
{
    m_updating = true;
    for (QCheckBox *box : std::as_const(m_parts))
        box->setChecked(composition.parts.contains(box->property("part").toInt()));
    for (QCheckBox *box : std::as_const(m_levels))
        box->setChecked(composition.levels.contains(Level(box->property("level").toInt())));
    for (int i = 0; i < m_tags->count(); ++i)
        m_tags->item(i)->setCheckState(composition.tags.contains(m_tags->item(i)->text()) ? Qt::Checked
                                                                                          : Qt::Unchecked);
    m_count->setValue(composition.count);
    m_weakest->setChecked(composition.weakestFirst);
    m_updating = false;
    update();
}

void QuizComposerView::update()
{
    if (m_updating)
        return;
    const QuizDefinition quiz = m_garden.quizzes().compose(composition());
    const int available = int(m_garden.quizzes().catalog().candidates(quiz.composition).size());
    // Plural forms in English too, without a translation file.
    m_matches->setText((available == 1 ? tr("1 question matches") : tr("%1 questions match").arg(available)) + u" · "_s
                       + tr("this quiz asks %1").arg(quiz.questionCount));
    m_minutes->setValue(quiz.timeLimitSeconds / 60);
    m_practice->setEnabled(quiz.questionCount > 0);
    m_exam->setEnabled(quiz.questionCount > 0);
}

} // namespace pmg
