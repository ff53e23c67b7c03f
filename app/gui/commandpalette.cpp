// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandpalette.h"

#include "garden/garden.h"
#include "search/fuzzymatcher.h"
#include "search/searchservice.h"

#include <QAbstractTextDocumentLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pmg {

namespace {

enum Role { NoteIdRole = Qt::UserRole + 1, AnchorRole, HighlightRole, HtmlRole };

constexpr int maxNoteMatches = 6;
constexpr int maxTextHits = 40;

/// Draws a result's rich text (kind, title, snippet with the matches in bold).
class ResultDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        opt.widget->style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
        QTextDocument doc;
        prepare(doc, opt, index);
        painter->save();
        painter->translate(opt.rect.topLeft() + QPoint(6, 3));
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette = opt.palette;
        context.palette.setColor(QPalette::Text, opt.state.testFlag(QStyle::State_Selected)
                                                     ? opt.palette.color(QPalette::HighlightedText)
                                                     : opt.palette.color(QPalette::Text));
        doc.documentLayout()->draw(painter, context);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        QTextDocument doc;
        prepare(doc, opt, index);
        return QSize(opt.rect.width(), static_cast<int>(doc.size().height()) + 6);
    }

private:
    static void prepare(QTextDocument &doc, const QStyleOptionViewItem &opt, const QModelIndex &index)
    {
        doc.setDocumentMargin(0);
        doc.setDefaultFont(opt.font);
        doc.setTextWidth(std::max(100, opt.rect.width() - 12));
        doc.setHtml(index.data(HtmlRole).toString());
    }
};

QString kindName(SearchHit::Kind kind)
{
    switch (kind) {
    case SearchHit::Kind::Note:
        return CommandPalette::tr("Note");
    case SearchHit::Kind::Flashcard:
        return CommandPalette::tr("Flashcard");
    case SearchHit::Kind::Question:
        return CommandPalette::tr("Quiz");
    case SearchHit::Kind::Challenge:
        return CommandPalette::tr("Challenge");
    }
    return {};
}

} // namespace

CommandPalette::CommandPalette(Garden &garden, QWidget *parent)
    : QDialog(parent, Qt::Popup | Qt::FramelessWindowHint)
    , m_garden(garden)
{
    setAccessibleName(tr("Command palette"));
    m_field = new QLineEdit(this);
    m_field->setPlaceholderText(tr("Open a note or search notes, cards, questions and challenges…"));
    m_field->setClearButtonEnabled(true);
    m_field->installEventFilter(this);
    m_field->setAccessibleName(tr("Search"));
    QFont big = m_field->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    m_field->setFont(big);
    m_results = new QListWidget(this);
    m_results->setItemDelegate(new ResultDelegate(m_results));
    m_results->setUniformItemSizes(false);
    m_results->setAccessibleName(tr("Results"));
    m_footer = new QLabel(this);
    m_footer->setEnabled(false); // the muted colour

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 6);
    layout->addWidget(m_field);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_footer);

    connect(m_field, &QLineEdit::textChanged, this, &CommandPalette::updateResults);
    connect(&m_garden.search(), &SearchService::results, this, &CommandPalette::showTextHits);
    connect(m_results, &QListWidget::itemActivated, this, &CommandPalette::activateCurrent);
}

void CommandPalette::popup()
{
    if (QWidget *host = parentWidget()) {
        const QRect area = host->geometry();
        const int width = std::min(760, area.width() - 40);
        const int height = std::min(520, area.height() - 80);
        setGeometry(area.x() + (area.width() - width) / 2, area.y() + 60, width, height);
    }
    updateResults();
    show();
    raise();
    activateWindow();
    m_field->setFocus(Qt::PopupFocusReason);
    m_field->selectAll();
}

void CommandPalette::addRow(const QString &html, const QString &noteId, const QString &anchor, const QString &highlight)
{
    auto *item = new QListWidgetItem(m_results);
    item->setData(HtmlRole, html);
    item->setData(NoteIdRole, noteId);
    item->setData(AnchorRole, anchor);
    item->setData(HighlightRole, highlight);
    item->setData(Qt::AccessibleTextRole, QTextDocumentFragment::fromHtml(html).toPlainText());
}

// Titles are matched here at once (in memory, microseconds); the full-text query runs on the search thread and its
// hits are added by showTextHits() when they come, so typing never waits for the database.
void CommandPalette::updateResults()
{
    m_results->clear();
    const QString query = m_field->text().trimmed();
    const QList<const Note *> notes = FuzzyMatcher::rank(m_garden.curriculum(), query, maxNoteMatches);
    for (const Note *note : notes) {
        addRow(u"<span style='opacity:.65'>%1</span>&nbsp; <b>%2</b> <span style='opacity:.65'>§ %3</span>"_s.arg(
                   tr("Open"), note->title.toHtmlEscaped(), note->section.toHtmlEscaped()),
               note->id, QString(), QString());
    }
    m_noteMatches = static_cast<int>(notes.size());
    if (m_results->count() > 0)
        m_results->setCurrentRow(0);
    if (query.isEmpty()) {
        m_pendingQuery = 0;
        m_footer->setText(tr("Type to search · ↑↓ to choose · Enter to open · Esc to close"));
        Q_EMIT resultsUpdated();
        return;
    }
    m_footer->setText(tr("%n note(s) · searching…", nullptr, m_noteMatches));
    m_pendingQuery = m_garden.search().search(query, maxTextHits);
}

void CommandPalette::showTextHits(quint64 serial, const QString &, const QList<SearchHit> &hits, const QString &error,
                                  qint64 elapsedMicroseconds)
{
    if (serial != m_pendingQuery)
        return; // the learner has typed on since
    m_pendingQuery = 0;
    for (const SearchHit &hit : hits) {
        const QString where = hit.kind == SearchHit::Kind::Note && hit.title != hit.noteTitle
                                  ? hit.noteTitle.toHtmlEscaped() + u" › "_s + hit.title.toHtmlEscaped()
                                  : hit.title.toHtmlEscaped();
        // A section that is only sub-headings has no text of its own: no empty second line then.
        const QString snippet = hit.snippetHtml.isEmpty() ? QString() : u"<br>"_s + hit.snippetHtml;
        addRow(u"<span style='opacity:.65'>%1</span>&nbsp; <b>%2</b>%3"_s.arg(kindName(hit.kind), where, snippet),
               hit.noteId, hit.anchor, hit.firstMatch);
    }
    if (!m_results->currentItem() && m_results->count() > 0)
        m_results->setCurrentRow(0);
    m_footer->setText(error.isEmpty() ? tr("%n note(s), %1 text match(es) · %2 ms", nullptr, m_noteMatches)
                                            .arg(hits.size())
                                            .arg(QString::number(elapsedMicroseconds / 1000.0, 'f', 1))
                                      : tr("Search failed: %1").arg(error));
    Q_EMIT resultsUpdated();
}

void CommandPalette::activateCurrent()
{
    const QListWidgetItem *item = m_results->currentItem();
    if (!item)
        return;
    const QString noteId = item->data(NoteIdRole).toString();
    const QString anchor = item->data(AnchorRole).toString();
    const QString highlight = item->data(HighlightRole).toString();
    hide();
    Q_EMIT openRequested(noteId, anchor, highlight);
}

// The field keeps the focus; the arrow keys and Enter act on the list, as in every quick-open.
bool CommandPalette::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Down:
        case Qt::Key_Up:
        case Qt::Key_PageDown:
        case Qt::Key_PageUp:
            QCoreApplication::sendEvent(m_results, event);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            activateCurrent();
            return true;
        case Qt::Key_Escape:
            hide();
            return true;
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace pmg
