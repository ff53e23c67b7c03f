// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilestartup.h"

#include "appoptions.h"
#include "garden/garden.h"
#include "profileproblemdialog.h"

#include <QApplication>
#include <QMessageBox>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace pmg {

namespace {

QString tr(const char *text)
{
    return QApplication::translate("ProfileStartup", text);
}

// What the learner can do about a profile that cannot be opened (other than a damaged one, which gets the dialog).
QString adviceFor(const StoreError &error)
{
    switch (error.kind) {
    case StoreError::Kind::HeldByAnotherInstance:
        return tr("Switch to the window that is already open, or close it first.");
    case StoreError::Kind::NewerSchema:
        return tr("Install the newer version of Python Mastery Garden that wrote it. The file has not been changed.");
    case StoreError::Kind::Busy:
        return tr("Another program is using the file. Close it and start again. The file has not been changed.");
    case StoreError::Kind::DiskFull:
        return tr("Free some disk space and start again.");
    case StoreError::Kind::ReadOnly:
    case StoreError::Kind::Io:
    case StoreError::Kind::Damaged:
    case StoreError::Kind::None:
        break;
    }
    return tr("Check the folder's permissions and free space, then start again. The file has not been changed.");
}

} // namespace

std::optional<int> ProfileStartup::open(Garden &garden, const AppOptions &options)
{
    const bool headless = !options.screenshotPath.isEmpty();
    for (;;) {
        if (garden.open(options.profileDir, options.curriculumDir))
            return std::nullopt;
        const StoreError error = garden.lastError();
        std::fprintf(stderr, "python-mastery-garden: %s (%s)\n", qPrintable(error.message()),
                     qPrintable(StoreError::kindName(error.kind)));
        if (headless)
            return 1;
        if (error.kind != StoreError::Kind::Damaged) {
            const bool running = error.kind == StoreError::Kind::HeldByAnotherInstance;
            QMessageBox box(running ? QMessageBox::Information : QMessageBox::Critical,
                            QApplication::applicationDisplayName(),
                            running ? tr("Python Mastery Garden is already open with this profile.")
                                    : tr("Your study profile cannot be opened."),
                            QMessageBox::Close);
            box.setInformativeText(error.message() + u"\n\n"_s + adviceFor(error));
            box.exec();
            return running ? 0 : 1;
        }

        ProfileProblemDialog dialog(error, Backups(options.profileDir).list());
        if (dialog.exec() != QDialog::Accepted)
            return 1;
        QString kept;
        const QDateTime now = garden.clock().now();
        const StoreError done = dialog.choice() == ProfileProblemDialog::Choice::Restore
                                    ? Garden::restore(options.profileDir, dialog.backup(), now, &kept)
                                    : Garden::moveAside(options.profileDir, now, &kept);
        if (done) {
            QMessageBox::critical(nullptr, QApplication::applicationDisplayName(),
                                  tr("That did not work:\n%1").arg(done.message()));
            continue; // the dialog again, with the same choices
        }
        if (!kept.isEmpty())
            std::fprintf(stderr, "python-mastery-garden: the damaged database was kept as %s\n", qPrintable(kept));
    }
}

} // namespace pmg
