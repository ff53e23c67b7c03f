// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cappedoutput.h"

#include <algorithm>

namespace pmg {

void CappedOutput::append(QByteArrayView chunk)
{
    m_total += chunk.size();
    const qint64 room = m_cap - m_kept.size();
    if (room > 0)
        m_kept.append(chunk.first(std::min(room, qint64(chunk.size()))));
}

QByteArray CappedOutput::text() const
{
    if (!truncated())
        return m_kept;
    // Do not end in the middle of a multi-byte character: find the last lead byte and drop its character unless
    // every byte it announces is there.
    qsizetype end = m_kept.size();
    qsizetype lead = end - 1;
    while (lead >= 0 && (uchar(m_kept.at(lead)) & 0xC0) == 0x80)
        --lead;
    if (lead >= 0) {
        const uchar c = uchar(m_kept.at(lead));
        const qsizetype length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
        if (end - lead < length)
            end = lead;
    }
    QByteArray text = m_kept.first(end);
    if (!text.endsWith('\n'))
        text.append('\n');
    text.append("\xe2\x80\xa6 output truncated (");
    text.append(QByteArray::number(m_total));
    text.append(" bytes in all)\n");
    return text;
}

} // namespace pmg
