// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storeerror.h"

#include <QObject>

#include <functional>

namespace pmg {

class Database;

/// The one way services write to the study database: refused (quietly: the UI already shows a read-only banner) when
/// the profile is read-only, run in one transaction that stores join, and every failure reported through failed() so
/// the UI can show it until the learner acts on it. Nothing is claimed as saved that was not committed.
class StudyWrites final : public QObject
{
    Q_OBJECT

public:
    explicit StudyWrites(Database &db, QObject *parent = nullptr);

    Database &database() { return m_db; }
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    /// Why the profile is read-only ("the profile folder cannot be written", …); empty when it is not.
    QString readOnlyReason() const { return m_readOnlyReason; }
    void setReadOnly(const QString &reason) { m_readOnlyReason = reason; }

    /// Runs `work` in a transaction (joining one already open). False when read-only, or when `work` or the commit
    /// failed; the failure is then lastFailure() and was emitted as failed().
    bool transact(const std::function<bool()> &work);
    StoreError lastFailure() const { return m_lastFailure; }

Q_SIGNALS:
    void failed(const pmg::StoreError &error);

private:
    Database &m_db;
    QString m_readOnlyReason;
    StoreError m_lastFailure;
};

} // namespace pmg
