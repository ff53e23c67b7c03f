// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandpalette.h"

#include "garden/garden.h"
#include "garden/progressservice.h"
#include "highlight/contrast.h"
#include "search/fuzzymatcher.h"
#include "search/searchservice.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QRegularExpression>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pmg {

namespace {

enum Role { NoteIdRole = Qt::UserRole + 1, AnchorRole, HighlightRole, TitleRole, KindRole, ContextRole, SnippetRole };

constexpr int maxNoteMatches = 6;
constexpr int maxTextHits = 40;
constexpr int maxRecent = 8;
constexpr int padding = 6;

/// A muted text colour that still reads at 4.5:1 on `background` (Qt's disabled grey does not: 1.6:1).
QColor mutedOn(const QColor &text, const QColor &background)
{
    const QColor mixed = QColor::fromRgbF(0.6f * text.redF() + 0.4f * background.redF(),
                                          0.6f * text.greenF() + 0.4f * background.greenF(),
                                          0.6f * text.blueF() + 0.4f * background.blueF());
    return Contrast::readable(mixed, background);
}

/// Draws `html` (escaped text with <b>…</b> around matches) on one line from `at`, bold runs in bold, cut with an
/// ellipsis where it no longer fits in `width`.
void drawMarkedLine(QPainter *painter, QPoint at, int width, const QString &html, const QFont &font)
{
    static const QRegularExpression tag(u"</?b>"_s);
    QFont bold = font;
    bold.setBold(true);
    int x = 0;
    bool inBold = false;
    qsizetype from = 0;
    const auto drawRun = [&](const QString &escaped) {
        // Unescaped by hand: an HTML fragment parser would drop the space after a bold run.
        QString text = escaped;
        text.replace(u"&lt;"_s, u"<"_s).replace(u"&gt;"_s, u">"_s).replace(u"&quot;"_s, u"\""_s);
        text.replace(u"&#39;"_s, u"'"_s).replace(u"&amp;"_s, u"&"_s).replace(u'\n', u' ');
        const QFont &f = inBold ? bold : font;
        const QFontMetrics metrics(f);
        const QString shown = metrics.elidedText(text, Qt::ElideRight, std::max(0, width - x));
        painter->setFont(f);
        painter->drawText(at + QPoint(x, metrics.ascent()), shown);
        x += metrics.horizontalAdvance(shown);
        return shown == text;
    };
    for (auto it = tag.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (!drawRun(html.mid(from, m.capturedStart() - from)))
            return;
        inBold = m.captured() == u"<b>";
        from = m.capturedEnd();
    }
    drawRun(html.mid(from));
}

/// A row: the title in bold (elided at a word's end by Qt with "…"), the kind on the right, the note dimmed beneath,
/// then one line of the excerpt with the matches in bold.
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
        const bool selected = opt.state.testFlag(QStyle::State_Selected);
        const QColor text = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
        const QColor muted = selected ? text : mutedOn(text, opt.palette.color(QPalette::Base));
        const QRect box = opt.rect.adjusted(padding * 2, padding, -padding * 2, -padding);
        const QFontMetrics metrics(opt.font);
        const int line = metrics.height();

        painter->save();
        const QString kind = index.data(KindRole).toString();
        painter->setPen(muted);
        painter->drawText(box.right() - metrics.horizontalAdvance(kind), box.top() + metrics.ascent(), kind);
        QFont bold = opt.font;
        bold.setBold(true);
        painter->setFont(bold);
        painter->setPen(text);
        const int titleWidth = box.width() - metrics.horizontalAdvance(kind) - padding * 2;
        painter->drawText(box.left(), box.top() + metrics.ascent(),
                          QFontMetrics(bold).elidedText(index.data(TitleRole).toString(), Qt::ElideRight, titleWidth));
        int y = box.top() + line;
        if (const QString context = index.data(ContextRole).toString(); !context.isEmpty()) {
            painter->setFont(opt.font);
            painter->setPen(muted);
            painter->drawText(box.left(), y + metrics.ascent(),
                              metrics.elidedText(context, Qt::ElideRight, box.width()));
            y += line;
        }
        if (const QString snippet = index.data(SnippetRole).toString(); !snippet.isEmpty()) {
            painter->setPen(text);
            drawMarkedLine(painter, QPoint(box.left(), y), box.width(), snippet, opt.font);
        }
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const int lines = 1 + (index.data(ContextRole).toString().isEmpty() ? 0 : 1)
                          + (index.data(SnippetRole).toString().isEmpty() ? 0 : 1);
        return QSize(option.rect.width(), lines * QFontMetrics(option.font).height() + padding * 2);
    }
};

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
    m_empty = new QLabel(this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->hide();
    m_footer = new QLabel(this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 6);
    layout->addWidget(m_field);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_empty, 1);
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
    // The hint and the empty state in a muted colour that still reads (the palette may have changed with the theme).
    QPalette muted = palette();
    muted.setColor(QPalette::WindowText,
                   mutedOn(palette().color(QPalette::WindowText), palette().color(QPalette::Window)));
    m_footer->setPalette(muted);
    m_empty->setPalette(muted);
    updateResults();
    show();
    raise();
    activateWindow();
    m_field->setFocus(Qt::PopupFocusReason);
    m_field->selectAll();
}

// Titles are matched here at once (in memory, microseconds); the full-text query runs on the search thread and its
// hits join the rows in showTextHits() when they come, so typing never waits for the database.
void CommandPalette::updateResults()
{
    const QString query = m_field->text().trimmed();
    if (query.isEmpty()) {
        m_pendingQuery = 0;
        showRows(PaletteRows::recent(m_garden.curriculum(), m_garden.progress().all(), maxRecent), query);
        m_footer->setText(tr("Recent notes · type to search · ↑↓ to choose · Enter to open · Esc to close"));
        Q_EMIT resultsUpdated();
        return;
    }
    const QList<const Note *> notes = FuzzyMatcher::rank(m_garden.curriculum(), query, maxNoteMatches);
    m_noteRows = PaletteRows::forNotes(notes);
    showRows(m_noteRows, query, false);
    m_footer->setText(tr("%n note(s)", nullptr, static_cast<int>(notes.size())) + u" · "_s + tr("searching…"));
    m_pendingQuery = m_garden.search().search(query, maxTextHits);
}

void CommandPalette::showTextHits(quint64 serial, const QString &, const QList<SearchHit> &hits, const QString &error,
                                  qint64 elapsedMicroseconds)
{
    if (serial != m_pendingQuery)
        return; // the learner has typed on since
    m_pendingQuery = 0;
    const QString query = m_field->text().trimmed();
    showRows(PaletteRows::combine(m_noteRows, PaletteRows::forHits(hits)), query);
    // One %n per string: each count gets its own plural form.
    m_footer->setText(error.isEmpty() ? tr("%n note(s)", nullptr, static_cast<int>(m_noteRows.size())) + u", "_s
                                            + tr("%n text match(es)", nullptr, static_cast<int>(hits.size())) + u" · "_s
                                            + tr("%1 ms").arg(QString::number(
                                                static_cast<double>(elapsedMicroseconds) / 1000.0, 'f', 1))
                                      : tr("Search failed: %1").arg(error));
    Q_EMIT resultsUpdated();
}

void CommandPalette::showRows(const QList<PaletteRow> &rows, const QString &query, bool final)
{
    m_results->clear();
    for (const PaletteRow &row : rows) {
        auto *item = new QListWidgetItem(m_results);
        item->setData(TitleRole, row.title);
        item->setData(KindRole, row.kind);
        item->setData(ContextRole, row.context);
        item->setData(SnippetRole, row.snippetHtml);
        item->setData(NoteIdRole, row.noteId);
        item->setData(AnchorRole, row.anchor);
        item->setData(HighlightRole, row.highlight);
        item->setData(Qt::AccessibleTextRole, row.accessibleText());
    }
    // Nothing found is said, not shown as a blank box (once the full-text answer is in).
    const bool empty = rows.isEmpty() && final;
    m_results->setVisible(!empty);
    m_empty->setVisible(empty);
    m_empty->setText(empty ? tr("Nothing matches “%1”.\nTry fewer or other words.").arg(query) : QString());
    if (!empty)
        m_results->setCurrentRow(0);
}

QString CommandPalette::emptyText() const
{
    return m_empty->isVisible() ? m_empty->text() : QString();
}

QColor CommandPalette::hintColor() const
{
    return m_footer->palette().color(QPalette::WindowText);
}

void CommandPalette::activateCurrent()
{
    const QListWidgetItem *item = m_results->currentItem();
    if (!item || !m_results->isVisible())
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
