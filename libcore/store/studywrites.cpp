// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "studywrites.h"

#include "database.h"

using namespace Qt::StringLiterals;

namespace pmg {

StudyWrites::StudyWrites(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{}

bool StudyWrites::transact(const std::function<bool()> &work)
{
    if (isReadOnly()) {
        m_lastFailure = {StoreError::Kind::ReadOnly, m_db.path(), m_readOnlyReason};
        return false;
    }
    if (m_db.transaction(work))
        return true;
    m_lastFailure = m_db.lastError();
    if (!m_lastFailure)
        m_lastFailure = {StoreError::Kind::Io, m_db.path(), u"the change could not be saved"_s};
    Q_EMIT failed(m_lastFailure);
    return false;
}

} // namespace pmg
