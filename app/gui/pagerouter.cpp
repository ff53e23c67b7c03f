// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagerouter.h"

namespace pmg {

void PageRouter::add(const QString &prefix, Handler handler)
{
    remove(prefix);
    const auto at = std::find_if(m_routes.begin(), m_routes.end(),
                                 [&](const Route &route) { return route.prefix.size() < prefix.size(); });
    m_routes.insert(at, Route{prefix, std::move(handler)});
}

void PageRouter::remove(const QString &prefix)
{
    m_routes.removeIf([&](const Route &route) { return route.prefix == prefix; });
}

std::optional<PageRouter::Reply> PageRouter::resolve(const QString &path) const
{
    // Paths never climb out of their route ("/note/../x"): the scheme handler passes them as requested.
    if (path.contains(QLatin1String("..")))
        return std::nullopt;
    for (const Route &route : m_routes) {
        if (path.startsWith(route.prefix))
            return route.handler(path);
    }
    return std::nullopt;
}

} // namespace pmg
