#include "ServerSetupPage.h"

#include "CopyableText.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace Lifeline::Windows {

namespace {

QLabel *wrapped(QWidget *parent, const char *objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

ServerSetupPage::ServerSetupPage(QWidget *parent)
    : QWidget(parent)
    , m_heading(wrapped(this, "setupHeading"))
    , m_publicKey(new QLineEdit(this))
    , m_steps(wrapped(this, "setupSteps"))
    , m_config(new CopyableText(tr("the server's configuration"), 8, this))
    , m_commands(new CopyableText(tr("the commands for the server"), 10, this))
    , m_pitfall(wrapped(this, "pitfall"))
{
    m_publicKey->setObjectName(QStringLiteral("publicKey"));
    m_publicKey->setReadOnly(true);
    m_publicKey->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_publicKey->setAccessibleName(tr("This computer's public key"));
    m_publicKey->setAccessibleDescription(
        tr("The public key Lifeline made for this computer; the server needs it"));
    m_config->setObjectName(QStringLiteral("serverConfig"));
    m_commands->setObjectName(QStringLiteral("serverCommands"));

    auto *keyLabel = new QLabel(tr("This computer's public &key:"), this);
    keyLabel->setBuddy(m_publicKey);
    auto *configLabel = new QLabel(tr("Server &configuration:"), this);
    configLabel->setBuddy(m_config->view());
    auto *commandsLabel = new QLabel(tr("Co&mmands for the server:"), this);
    commandsLabel->setBuddy(m_commands->view());

    auto *key = new QFormLayout;
    key->setRowWrapPolicy(QFormLayout::WrapLongRows);
    key->addRow(keyLabel, m_publicKey);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(key);
    layout->addWidget(m_steps);
    layout->addWidget(configLabel);
    layout->addWidget(m_config);
    layout->addWidget(commandsLabel);
    layout->addWidget(m_commands);
    layout->addWidget(m_pitfall);
}

void ServerSetupPage::present(const ServerSetup::Tunnel &tunnel, const ServerSetup::Setup &setup)
{
    m_heading->setText(tr("The connection “%1” was added. Now set up the server.").arg(tunnel.name));
    m_publicKey->setText(tunnel.clientPublicKey);
    m_config->setText(setup.config);
    m_commands->setText(setup.commands);
    if (!setup.error.isEmpty()) {
        m_steps->setText(tr("Lifeline could not write the server's side for you (%1). Add this "
                            "computer's public key as a peer on the server yourself.")
                             .arg(setup.error));
        m_pitfall->clear();
        return;
    }
    m_steps->setText(
        tr("On the server, as root:\n"
           "1. Save the server configuration below as /etc/wireguard/%1.conf and put the "
           "server's own private key (the one whose public key you entered) where it says %2.\n"
           "2. Paste the commands below into the server's shell. They install WireGuard, let the "
           "server pass this computer's traffic on to the internet (forwarding and NAT), and "
           "start the tunnel now and at every boot.")
            .arg(tunnel.serverInterface, QLatin1String(ServerSetup::PrivateKeyPlaceholder)));
    const bool ipv6 = setup.commands.contains(QLatin1String("accept_ra"));
    m_pitfall->setVisible(ipv6);
    m_pitfall->setText(ipv6
            ? tr("Careful with IPv6: a server that gets its IPv6 route automatically (router "
                 "advertisements) loses it, and your SSH session with it, the moment forwarding "
                 "is switched on. The commands set accept_ra=2 first to prevent this; keep that "
                 "line if you set up forwarding your own way.")
            : QString());
}

QWidget *ServerSetupPage::firstField() const
{
    return m_publicKey;
}

} // namespace Lifeline::Windows
