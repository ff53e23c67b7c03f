// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "profileproblemdialog.h"

#include "store/studysummary.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pmg {

namespace {

QString kindLabel(Backups::Kind kind)
{
    switch (kind) {
    case Backups::Kind::Daily:
        return ProfileProblemDialog::tr("daily");
    case Backups::Kind::Manual:
        return ProfileProblemDialog::tr("made by you");
    case Backups::Kind::BeforeMigration:
        return ProfileProblemDialog::tr("before an upgrade");
    case Backups::Kind::BeforeRestore:
        break;
    }
    return ProfileProblemDialog::tr("before a restore");
}

} // namespace

ProfileProblemDialog::ProfileProblemDialog(const StoreError &error, const QList<Backups::Info> &backups,
                                           QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Your study profile is damaged"));
    auto *intro = new QLabel(
        tr("<p><b>Python Mastery Garden cannot use your study database.</b></p>"
           "<p>%1</p>"
           "<p>The file has not been changed. Restore a backup, or put the damaged file aside and start with an empty "
           "profile (the file is kept, renamed, so nothing is lost).</p>")
            .arg(error.message().toHtmlEscaped()),
        this);
    intro->setWordWrap(true);
    intro->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_list = new QTreeWidget(this);
    m_list->setHeaderLabels({tr("Backup from"), tr("Kind"), tr("Holds")});
    m_list->setRootIsDecorated(false);
    m_list->setAccessibleName(tr("Backups"));
    for (const Backups::Info &info : backups) {
        const QString when = QLocale().toString(info.createdAt.toLocalTime(), QLocale::ShortFormat);
        auto *item = new QTreeWidgetItem(m_list, {when, kindLabel(info.kind), StudySummary::of(info.path).toText()});
        item->setData(0, Qt::UserRole, info.path);
        item->setToolTip(0, info.path);
    }
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    auto *none = new QLabel(tr("There are no backups of this profile yet."), this);
    none->setVisible(backups.isEmpty());
    m_list->setVisible(!backups.isEmpty());

    auto *buttons = new QDialogButtonBox(this);
    m_restore = buttons->addButton(tr("Restore Selected Backup"), QDialogButtonBox::AcceptRole);
    m_restore->setEnabled(!backups.isEmpty());
    m_afresh = buttons->addButton(tr("Start Afresh"), QDialogButtonBox::DestructiveRole);
    QPushButton *quit = buttons->addButton(tr("Quit"), QDialogButtonBox::RejectRole);
    connect(m_restore, &QPushButton::clicked, this, [this] {
        m_choice = Choice::Restore;
        accept();
    });
    connect(m_afresh, &QPushButton::clicked, this, [this] {
        m_choice = Choice::StartAfresh;
        accept();
    });
    connect(quit, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(none);
    layout->addWidget(buttons);
    resize(640, 420);
}

QString ProfileProblemDialog::backup() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

} // namespace pmg
