// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "guardedpage.h"
#include "mainwindow.h"
#include "support/gardenfixture.h"
#include "support/guitesting.h"

#include <QSignalSpy>

#include <memory>

namespace pmg::test {

/// The preamble of the GUI tests: a garden over a small curriculum, a MainWindow on it, shown and active (so that its
/// shortcuts work) with its first note loaded. `loaded` keeps counting the reader's page loads.
class WindowFixture : public GardenFixture
{
protected:
    void SetUp() override { writeDefaultCurriculum(); }
    void TearDown() override { closeWindow(); }

    /// Opens the garden (as an app start does), then the window, and waits for its first note.
    [[nodiscard]] bool startWindow(QSize size = {})
    {
        window = std::make_unique<MainWindow>(openGarden());
        loaded = std::make_unique<QSignalSpy>(window->page(), &QWebEnginePage::loadFinished);
        if (size.isValid())
            window->resize(size);
        return showActive(window.get()) && waitLoaded();
    }

    /// Waits for the reader's next page load.
    [[nodiscard]] bool waitLoaded() { return loaded->wait(30'000); }

    /// Opens a note (at `anchor`) and waits until it is loaded.
    [[nodiscard]] bool openNote(const QString &noteId, const QString &anchor = {})
    {
        window->openNote(noteId, anchor);
        return waitLoaded();
    }

    /// The window goes, as at the end of a run (without closeEvent: nothing is asked or saved on the way).
    void closeWindow()
    {
        loaded.reset();
        window.reset();
    }

    std::unique_ptr<MainWindow> window;
    std::unique_ptr<QSignalSpy> loaded;
};

} // namespace pmg::test
