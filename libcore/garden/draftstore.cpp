// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "draftstore.h"

#include "store/usernotestore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace pmg {

DraftStore::DraftStore(const QString &profileDir)
    : m_directory(QDir(profileDir).filePath(QStringLiteral("recovery")))
{}

QString DraftStore::fileFor(const QString &relativePath) const
{
    // The same paths the profile stores notes under; nothing that could climb out of the recovery folder.
    if (!UserNoteStore::isValidPath(relativePath))
        return {};
    return QDir(m_directory).filePath(relativePath);
}

bool DraftStore::save(const QString &relativePath, const QByteArray &text, QString *error)
{
    const QString path = fileFor(relativePath);
    if (path.isEmpty()) {
        if (error)
            *error = QStringLiteral("invalid note path '%1'").arg(relativePath);
        return false;
    }
    QDir().mkpath(QFileInfo(path).path());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit()) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

std::optional<QByteArray> DraftStore::load(const QString &relativePath) const
{
    const QString path = fileFor(relativePath);
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return file.readAll();
}

bool DraftStore::remove(const QString &relativePath)
{
    const QString path = fileFor(relativePath);
    return !path.isEmpty() && (!QFileInfo::exists(path) || QFile::remove(path));
}

QStringList DraftStore::all() const
{
    QStringList paths;
    const QDir root(m_directory);
    QDirIterator it(m_directory, {QStringLiteral("*.md")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        paths.append(root.relativeFilePath(it.next()));
    paths.sort();
    return paths;
}

} // namespace pmg
