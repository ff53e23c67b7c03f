// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "noteprinter.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QPageSize>
#include <QPrintDialog>
#include <QPrinter>
#include <QStandardPaths>
#include <QWebEnginePage>
#include <QWebEngineView>

namespace pmg {

NotePrinter::NotePrinter(QWebEngineView *view, QWidget *dialogParent)
    : QObject(view)
    , m_view(view)
    , m_dialogParent(dialogParent)
    , m_lastFolder(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
{
    connect(view->page(), &QWebEnginePage::pdfPrintingFinished, this, [this](const QString &filePath, bool ok) {
        m_busy = false;
        Q_EMIT finished(
            ok,
            ok ? tr("Saved %1").arg(QDir::toNativeSeparators(filePath))
               : tr("Could not save %1: the file cannot be written there.").arg(QDir::toNativeSeparators(filePath)));
    });
    connect(view, &QWebEngineView::printFinished, this, [this](bool ok) {
        m_busy = false;
        m_printer.reset();
        Q_EMIT finished(ok, ok ? tr("Sent to the printer") : tr("Printing failed or was cancelled by the printer."));
    });
}

NotePrinter::~NotePrinter() = default;

QPageLayout NotePrinter::defaultLayout()
{
    const auto size = QLocale().measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter : QPageSize::A4;
    return QPageLayout(QPageSize(size), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
}

bool NotePrinter::refuseWhileBusy()
{
    if (m_busy)
        Q_EMIT refused(tr("The note is still being printed or exported; try again when that is done."));
    return m_busy;
}

void NotePrinter::askAndExportPdf(const QString &suggestedName)
{
    if (refuseWhileBusy())
        return;
    QString path = QFileDialog::getSaveFileName(m_dialogParent, tr("Export Note as PDF"),
                                                QDir(m_lastFolder).filePath(suggestedName + QLatin1String(".pdf")),
                                                tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1String(".pdf");
    m_lastFolder = QFileInfo(path).absolutePath();
    exportPdf(path);
}

bool NotePrinter::exportPdf(const QString &filePath)
{
    if (refuseWhileBusy())
        return false;
    m_busy = true;
    m_view->page()->printToPdf(filePath, defaultLayout());
    return true;
}

void NotePrinter::askAndPrint()
{
    if (refuseWhileBusy())
        return;
    auto printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    printer->setPageLayout(defaultLayout());
    QPrintDialog dialog(printer.get(), m_dialogParent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    print(std::move(printer));
}

bool NotePrinter::print(std::unique_ptr<QPrinter> printer)
{
    if (refuseWhileBusy())
        return false;
    m_busy = true;
    m_printer = std::move(printer);
    m_view->print(m_printer.get());
    return true;
}

} // namespace pmg
