// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gardenscheme.h"

#include "markdown/notepage.h"

#include <QBuffer>
#include <QWebEngineUrlRequestJob>
#include <QWebEngineUrlScheme>

namespace pmg {

GardenSchemeHandler::GardenSchemeHandler(Resolver resolver, QObject *parent)
    : QWebEngineUrlSchemeHandler(parent)
    , m_resolver(std::move(resolver))
{}

void GardenSchemeHandler::registerScheme()
{
    QWebEngineUrlScheme scheme(NotePage::scheme);
    scheme.setSyntax(QWebEngineUrlScheme::Syntax::Path);
    scheme.setFlags(QWebEngineUrlScheme::SecureScheme | QWebEngineUrlScheme::LocalScheme
                    | QWebEngineUrlScheme::LocalAccessAllowed);
    QWebEngineUrlScheme::registerScheme(scheme);
}

void GardenSchemeHandler::requestStarted(QWebEngineUrlRequestJob *job)
{
    if (job->requestMethod() != "GET") {
        job->fail(QWebEngineUrlRequestJob::RequestDenied);
        return;
    }
    const QString path = job->requestUrl().path();
    if (!m_resolver || path.contains(QLatin1String(".."))) {
        job->fail(QWebEngineUrlRequestJob::RequestDenied);
        return;
    }
    const std::optional<Reply> reply = m_resolver(path);
    if (!reply) {
        job->fail(QWebEngineUrlRequestJob::UrlNotFound);
        return;
    }
    auto *buffer = new QBuffer(job); // freed with the job
    buffer->setData(reply->body);
    buffer->open(QIODevice::ReadOnly);
    job->reply(reply->mimeType, buffer);
}

} // namespace pmg
