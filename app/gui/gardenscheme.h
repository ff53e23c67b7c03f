// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWebEngineUrlSchemeHandler>

#include <functional>
#include <optional>

namespace pmg {

/// Serves the `garden:` URL scheme, the only thing the note view may load: `garden:/note/<id>` (a rendered note),
/// `garden:/style/<name>.css`. Everything else fails with UrlNotFound; non-GET requests are denied.
class GardenSchemeHandler final : public QWebEngineUrlSchemeHandler
{
    Q_OBJECT

public:
    /// Maps a request path ("/note/definitions") to a body and MIME type, or nullopt when there is no such resource.
    struct Reply {
        QByteArray body;
        QByteArray mimeType;
    };
    using Resolver = std::function<std::optional<Reply>(const QString &path)>;

    explicit GardenSchemeHandler(Resolver resolver, QObject *parent = nullptr);

    /// Must run before the QApplication is created.
    static void registerScheme();

    void requestStarted(QWebEngineUrlRequestJob *job) override;
    /// From now on every request fails: for owners that are being destroyed while pages may still ask for content.
    void detach() { m_resolver = nullptr; }

private:
    Resolver m_resolver;
};

} // namespace pmg
