// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagebanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace pmg {

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(u"messageBanner"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setAccessibleName(tr("Notice"));
    m_icon = new QLabel(this);
    m_label = new QLabel(this);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_dismiss = new QPushButton(tr("Dismiss"), this);
    connect(m_dismiss, &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT dismissed();
    });
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_label, 1);
    m_buttons = new QHBoxLayout;
    layout->addLayout(m_buttons);
    layout->addWidget(m_dismiss, 0, Qt::AlignTop);
    hide();
}

void MessageBanner::showMessage(Kind kind, const QString &text)
{
    m_kind = kind;
    m_label->setText(text);
    const QStyle::StandardPixmap icon = kind == Kind::Error     ? QStyle::SP_MessageBoxCritical
                                        : kind == Kind::Warning ? QStyle::SP_MessageBoxWarning
                                                                : QStyle::SP_MessageBoxInformation;
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(20, 20));
    applyColours();
    show();
}

QString MessageBanner::text() const
{
    return m_label->text();
}

QPushButton *MessageBanner::addButton(const QString &text, const std::function<void()> &action)
{
    auto *button = new QPushButton(text, this);
    connect(button, &QPushButton::clicked, this, action);
    m_buttons->addWidget(button, 0, Qt::AlignTop);
    return button;
}

void MessageBanner::setClosable(bool closable)
{
    m_dismiss->setVisible(closable);
}

// Tinted from the palette so it reads in light and dark themes alike.
void MessageBanner::applyColours()
{
    const QColor tint = m_kind == Kind::Error     ? QColor(0xd7, 0x3a, 0x49)
                        : m_kind == Kind::Warning ? QColor(0xd9, 0x8e, 0x04)
                                                  : QColor(0x3b, 0x82, 0xf6);
    QPalette pal = palette();
    const QColor base =
        parentWidget() ? parentWidget()->palette().color(QPalette::Window) : pal.color(QPalette::Window);
    QColor mixed;
    mixed.setRgbF(base.redF() * 0.82f + tint.redF() * 0.18f, base.greenF() * 0.82f + tint.greenF() * 0.18f,
                  base.blueF() * 0.82f + tint.blueF() * 0.18f);
    pal.setColor(QPalette::Window, mixed);
    setPalette(pal);
}

} // namespace pmg
