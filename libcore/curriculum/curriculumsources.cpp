// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "curriculumsources.h"

#include "curriculumloader.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace pmg {

void CurriculumSources::readBundled(const QString &directory)
{
    m_directory = directory;
    m_bundled.clear();
    m_readErrors.clear();
    const QDir root(QFileInfo(directory).absoluteFilePath());
    QDirIterator it(directory, {QStringLiteral("*.md")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            m_readErrors.append({path, 0, QStringLiteral("cannot read: %1").arg(file.errorString())});
            continue;
        }
        // Both absolute: QDir::relativeFilePath returns a relative argument unchanged, which for a relative
        // folder ("garden lint curriculum") made the key "curriculum/…" and the shown path "curriculum/curriculum/…".
        m_bundled.insert(root.relativeFilePath(QFileInfo(path).absoluteFilePath()), file.readAll());
    }
}

void CurriculumSources::setUserVersions(const QHash<QString, QByteArray> &versions)
{
    m_user.clear();
    for (auto it = versions.cbegin(); it != versions.cend(); ++it)
        m_user.insert(it.key(), it.value());
}

void CurriculumSources::setUserVersion(const QString &relativePath, const QByteArray &bytes)
{
    m_user.insert(relativePath, bytes);
}

void CurriculumSources::removeUserVersion(const QString &relativePath)
{
    m_user.remove(relativePath);
}

std::optional<QByteArray> CurriculumSources::bundled(const QString &relativePath) const
{
    const auto it = m_bundled.constFind(relativePath);
    return it == m_bundled.cend() ? std::nullopt : std::optional<QByteArray>(*it);
}

std::optional<QByteArray> CurriculumSources::current(const QString &relativePath) const
{
    const auto it = m_user.constFind(relativePath);
    return it != m_user.cend() ? std::optional<QByteArray>(*it) : bundled(relativePath);
}

Curriculum CurriculumSources::build() const
{
    QList<SourceFile> files;
    for (auto it = m_bundled.cbegin(); it != m_bundled.cend(); ++it) {
        if (!m_user.contains(it.key()))
            files.append({m_directory + u'/' + it.key(), it.key(), it.value(), false});
    }
    for (auto it = m_user.cbegin(); it != m_user.cend(); ++it)
        files.append({userPrefix + it.key(), it.key(), it.value(), true});
    Curriculum curriculum = CurriculumLoader::loadFiles(files, m_directory);
    curriculum.diagnostics = m_readErrors + curriculum.diagnostics;
    return curriculum;
}

Curriculum CurriculumSources::buildWith(const QString &relativePath, const QByteArray &bytes) const
{
    CurriculumSources candidate = *this;
    candidate.setUserVersion(relativePath, bytes);
    return candidate.build();
}

Diagnostics CurriculumSources::diagnosticsFor(const Curriculum &curriculum, const QString &relativePath)
{
    Diagnostics result;
    for (const Diagnostic &d : curriculum.diagnostics) {
        if (d.file.endsWith(relativePath)
            && (d.file.size() == relativePath.size() || d.file.at(d.file.size() - relativePath.size() - 1) == u'/'))
            result.append(d);
    }
    return result;
}

} // namespace pmg
