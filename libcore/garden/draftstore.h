// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace pmg {

/// Unsaved editor text, autosaved as plain files below `<profile>/recovery/` so a crash or power cut loses at most a
/// few seconds of typing. Plain files (not the database) on purpose: a draft must be recoverable even when the
/// database is the thing that is broken, and the learner can open it with any editor.
class DraftStore final
{
public:
    explicit DraftStore(const QString &profileDir);

    /// Atomically replaces the draft of the note at `relativePath` (QSaveFile: never half-written).
    bool save(const QString &relativePath, const QByteArray &text, QString *error = nullptr);
    std::optional<QByteArray> load(const QString &relativePath) const;
    bool remove(const QString &relativePath);
    /// Relative paths of all drafts, sorted.
    QStringList all() const;

private:
    QString fileFor(const QString &relativePath) const;

    QString m_directory;
};

} // namespace pmg
