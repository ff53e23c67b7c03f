// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "challengerun.h"

using namespace Qt::StringLiterals;

namespace pmg {

namespace {

using Status = ChallengeResult::Status;

constexpr Status allStatuses[] = {Status::Passed,      Status::Failed,    Status::TimedOut,
                                  Status::ToolMissing, Status::Cancelled, Status::Error};

} // namespace

QString ChallengeRun::statusName(Status status)
{
    switch (status) {
    case Status::Passed:
        return u"passed"_s;
    case Status::Failed:
        return u"failed"_s;
    case Status::TimedOut:
        return u"timed-out"_s;
    case Status::ToolMissing:
        return u"tool-missing"_s;
    case Status::Cancelled:
        return u"cancelled"_s;
    case Status::Error:
        break;
    }
    return u"error"_s;
}

std::optional<Status> ChallengeRun::statusFromName(const QString &name)
{
    for (const Status status : allStatuses) {
        if (statusName(status) == name)
            return status;
    }
    return std::nullopt;
}

} // namespace pmg
