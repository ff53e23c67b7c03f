// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPageLayout>
#include <QString>

#include <memory>

class QPrinter;
class QWebEngineView;
class QWidget;

namespace pmg {

/// Prints the note shown in a web view, or saves it as a PDF, with the stylesheet's print rules: black on white, no
/// copy buttons or table of contents, nothing split across pages. Answers behind a click stay hidden, so a printed
/// note doubles as a self-test sheet. Chromium does the work asynchronously; finished() tells how it went.
class NotePrinter final : public QObject
{
    Q_OBJECT

public:
    NotePrinter(QWebEngineView *view, QWidget *dialogParent);
    ~NotePrinter() override;

    /// A4, or Letter where the locale measures in inches; 15 mm margins.
    static QPageLayout defaultLayout();

    /// Asks where to save (suggesting `suggestedName`.pdf in the last folder used), then saves.
    void askAndExportPdf(const QString &suggestedName);
    /// Saves the page to `filePath` as a PDF, without asking. False (and nothing done) while another job runs.
    bool exportPdf(const QString &filePath);
    /// Shows the print dialog, then prints.
    void askAndPrint();
    /// Prints on `printer`, which this object then owns. False (and nothing done) while another job runs.
    bool print(std::unique_ptr<QPrinter> printer);

    /// Whether an export or print job is still running (a second one is refused meanwhile).
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    /// A job ended; `message` says where the file went, or names the file and cause on failure.
    void finished(bool ok, const QString &message);
    /// A job was refused because another one is still running.
    void refused(const QString &message);

private:
    bool refuseWhileBusy();

    QWebEngineView *m_view;
    QWidget *m_dialogParent;
    std::unique_ptr<QPrinter> m_printer; ///< must outlive the print job
    QString m_lastFolder;
    bool m_busy = false;
};

} // namespace pmg
