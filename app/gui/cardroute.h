// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pagerouter.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>
#include <QUrl>

namespace pmg {

class Garden;
class NoteRenderer;
struct CardInfo;
struct WebContent;

/// Serves flashcards under garden:/card/: "/card/<id>/front" (the question) and "/card/<id>/back" (the question, then
/// the answer and the note that teaches it), rendered like notes: the window's NoteRenderer (Markdown, highlighted
/// code), NotePage's document and stylesheets, the app's light or dark theme at the time of the request. Every page
/// that shows cards holds one; the route stays registered while any of them lives.
class CardRoute final
{
    Q_DECLARE_TR_FUNCTIONS(CardRoute)

public:
    enum class Side { Front, Back };

    CardRoute(Garden &garden, const WebContent &web);
    ~CardRoute();
    CardRoute(const CardRoute &) = delete;
    CardRoute &operator=(const CardRoute &) = delete;

    static QUrl url(const QString &cardId, Side side);
    /// The source of code block `index` of the side whose copy links name `copyId` (a card id and its side, as the
    /// page's copy buttons do), or a null string.
    QString codeBlock(const QString &copyId, int index) const;

    /// The page of `cardId`'s `side`, or nothing for an unknown card.
    std::optional<QString> page(const QString &cardId, Side side);

private:
    std::optional<PageRouter::Reply> serve(const QString &path);
    QString sideHtml(const CardInfo &card, Side side);
    QString source(const CardInfo &card) const;
    /// The live routes of each router, latest last: the latest one answers.
    static QHash<PageRouter *, QList<CardRoute *>> &holders();

    Garden &m_garden;
    PageRouter &m_router;
    NoteRenderer &m_renderer;
    QHash<QString, QStringList> m_codeBlocks; ///< by copy id ("<card id>.front"), for the copy buttons
};

} // namespace pmg
