#include "CopyableText.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace Lifeline::Windows {

CopyableText::CopyableText(const QString &what, int visibleLines, QWidget *parent)
    : QWidget(parent)
    , m_view(new QPlainTextEdit(this))
    , m_copy(new QPushButton(tr("Copy"), this))
{
    m_view->setReadOnly(true);
    m_view->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    m_view->setTabChangesFocus(true);
    m_view->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // In lines of its own font, so the view grows with large fonts.
    m_view->setMinimumHeight(m_view->fontMetrics().lineSpacing() * visibleLines);
    m_view->setAccessibleName(what);
    m_view->setAccessibleDescription(tr("Read-only text to copy to your server"));

    m_copy->setAccessibleName(tr("Copy %1").arg(what));
    m_copy->setAccessibleDescription(tr("Copies %1 to the clipboard").arg(what));
    m_copy->setAutoDefault(false);
    connect(m_copy, &QPushButton::clicked, this, &CopyableText::copy);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_copy);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    layout->addLayout(buttons);
}

void CopyableText::setText(const QString &text)
{
    m_view->setPlainText(text);
}

QString CopyableText::text() const
{
    return m_view->toPlainText();
}

void CopyableText::copy()
{
    QGuiApplication::clipboard()->setText(m_view->toPlainText());
    m_copy->setText(tr("Copied"));
    QTimer::singleShot(2000, m_copy, [button = m_copy] { button->setText(tr("Copy")); });
}

} // namespace Lifeline::Windows
