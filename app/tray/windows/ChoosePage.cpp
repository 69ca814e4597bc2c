#include "ChoosePage.h"

#include <QCommandLinkButton>
#include <QLabel>
#include <QVBoxLayout>

namespace Lifeline::Windows {

namespace {

QCommandLinkButton *wayButton(const QString &text, const QString &description, const char *name,
    QWidget *parent)
{
    auto *button = new QCommandLinkButton(text, description, parent);
    button->setObjectName(QLatin1String(name));
    button->setAccessibleName(QString(text).remove(u'&'));
    button->setAccessibleDescription(description);
    return button;
}

} // namespace

ChoosePage::ChoosePage(QWidget *parent)
    : QWidget(parent)
    , m_file(wayButton(tr("&Import a configuration file"),
          tr("A WireGuard file (.conf) from your VPN provider or your server."), "wayFile", this))
    , m_paste(wayButton(tr("&Paste a configuration"),
          tr("The text of a WireGuard configuration, copied from somewhere else."), "wayPaste",
          this))
    , m_keys(wayButton(tr("Let Lifeline &make the keys"),
          tr("For your own server: Lifeline makes this computer's key pair and tells you what "
             "to set up on the server. The private key never leaves this computer."),
          "wayKeys", this))
{
    auto *intro = new QLabel(tr("A backup connection carries the part of the internet that your "
                                "provider has broken (IPv4 or IPv6) through a WireGuard server "
                                "that still reaches it. How do you want to add one?"),
        this);
    intro->setWordWrap(true);

    connect(m_file, &QCommandLinkButton::clicked, this, &ChoosePage::fileChosen);
    connect(m_paste, &QCommandLinkButton::clicked, this, &ChoosePage::pasteChosen);
    connect(m_keys, &QCommandLinkButton::clicked, this, &ChoosePage::keysChosen);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_file);
    layout->addWidget(m_paste);
    layout->addWidget(m_keys);
    layout->addStretch();
}

} // namespace Lifeline::Windows
