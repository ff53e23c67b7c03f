// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "curriculum.h"

#include <QByteArray>
#include <QHash>
#include <QMap>
#include <QString>

#include <optional>

namespace pmg {

/// The curriculum's files as bytes: the bundled ones (read-only, shipped with the app) with the learner's saved
/// versions laid over them. Edited notes replace their bundled file by relative path; notes the learner created are
/// simply extra paths. Building a Curriculum from here is how the app, the editor's validation and the search index
/// all see the same content.
class CurriculumSources final
{
public:
    /// Prefix of `Note::filePath` for user versions, so messages say where the text came from.
    static constexpr QLatin1StringView userPrefix{"profile:/"};

    /// Reads every `*.md` file below `directory`. Unreadable files are reported by the next build().
    void readBundled(const QString &directory);
    void setUserVersions(const QHash<QString, QByteArray> &versions);
    void setUserVersion(const QString &relativePath, const QByteArray &bytes);
    void removeUserVersion(const QString &relativePath);

    bool isBundled(const QString &relativePath) const { return m_bundled.contains(relativePath); }
    bool hasUserVersion(const QString &relativePath) const { return m_user.contains(relativePath); }
    std::optional<QByteArray> bundled(const QString &relativePath) const;
    /// What the app shows for this path: the user version if there is one, else the bundled file.
    std::optional<QByteArray> current(const QString &relativePath) const;

    /// The curriculum as the app shows it, cross-checked.
    Curriculum build() const;
    /// The curriculum as it would be with `bytes` saved at `relativePath` (for validating an edit before saving it).
    Curriculum buildWith(const QString &relativePath, const QByteArray &bytes) const;

    /// The diagnostics of `curriculum` that concern the file at `relativePath` (bundled or user version).
    static Diagnostics diagnosticsFor(const Curriculum &curriculum, const QString &relativePath);

private:
    QString m_directory;
    QMap<QString, QByteArray> m_bundled; ///< relative path → bytes; sorted, so builds are deterministic
    Diagnostics m_readErrors;
    QMap<QString, QByteArray> m_user;
};

} // namespace pmg
