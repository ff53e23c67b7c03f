// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gardenscheme.h"

#include <QList>
#include <QString>

namespace pmg {

/// Serves the garden: scheme. Each kind of page registers the path prefix it answers ("/note/", "/card/",
/// "/style/"), so that no single window has to know every page; the longest matching prefix answers.
class PageRouter final
{
public:
    using Reply = GardenSchemeHandler::Reply;
    using Handler = std::function<std::optional<Reply>(const QString &path)>;

    /// Answers paths starting with `prefix`; a later route for the same prefix replaces the earlier one.
    void add(const QString &prefix, Handler handler);
    void remove(const QString &prefix);
    std::optional<Reply> resolve(const QString &path) const;

    /// A resolver for GardenSchemeHandler that asks this router.
    GardenSchemeHandler::Resolver resolver()
    {
        return [this](const QString &path) { return resolve(path); };
    }

private:
    struct Route {
        QString prefix;
        Handler handler;
    };
    QList<Route> m_routes; ///< longest prefix first
};

} // namespace pmg
