#include "MakeKeysPage.h"

#include "FormChecks.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace Lifeline::Windows {

namespace {

QLineEdit *lineEdit(const char *objectName, const QString &name, const QString &description,
    const QString &placeholder, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(objectName));
    edit->setAccessibleName(name);
    edit->setAccessibleDescription(description);
    edit->setPlaceholderText(placeholder);
    return edit;
}

} // namespace

MakeKeysPage::MakeKeysPage(QWidget *parent)
    : QWidget(parent)
    , m_name(lineEdit("name", tr("Name"),
          tr("A short name for this connection: up to 12 small letters, digits or “-”"),
          tr("backup"), this))
    , m_endpoint(lineEdit("endpoint", tr("Server address"),
          tr("The server's host name or IP address and its WireGuard port"),
          QStringLiteral("vps.example.org:51820"), this))
    , m_serverKey(lineEdit("serverKey", tr("Server's public key"),
          tr("The server's WireGuard public key: 44 characters ending in “=”"),
          tr("the output of “wg pubkey” on the server"), this))
    , m_addresses(lineEdit("addresses", tr("This computer's addresses in the tunnel"),
          tr("One or more addresses, separated by commas, like 10.8.0.2/32, fd00:8::2/128"),
          QStringLiteral("10.8.0.2/32, fd00:8::2/128"), this))
    , m_dns(lineEdit("dns", tr("DNS servers (optional)"),
          tr("Name servers to use while the tunnel is on, separated by commas; may stay empty"),
          QStringLiteral("10.8.0.1"), this))
{
    m_name->setMaxLength(MaxTunnelNameLength);
    m_serverKey->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto *intro = new QLabel(
        tr("For a WireGuard server of your own (a VPS). Lifeline makes this computer's key pair; "
           "the private key stays on this computer. Afterwards Lifeline shows what to set up on "
           "the server."),
        this);
    intro->setWordWrap(true);

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    const std::pair<QString, QLineEdit *> rows[] = {
        { tr("&Name:"), m_name },
        { tr("Server &address:"), m_endpoint },
        { tr("Server's &public key:"), m_serverKey },
        { tr("This computer's a&ddresses in the tunnel:"), m_addresses },
        { tr("DNS ser&vers (optional):"), m_dns },
    };
    for (const auto &[text, edit] : rows) {
        auto *label = new QLabel(text, this);
        label->setBuddy(edit);
        form->addRow(label, edit);
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addStretch();
}

NewTunnelForm MakeKeysPage::form() const
{
    return { m_name->text(), m_endpoint->text(), m_serverKey->text(), m_addresses->text(),
        m_dns->text() };
}

QLineEdit *MakeKeysPage::field(NewTunnelForm::Field which) const
{
    switch (which) {
    case NewTunnelForm::Field::Name:
        return m_name;
    case NewTunnelForm::Field::Endpoint:
        return m_endpoint;
    case NewTunnelForm::Field::ServerKey:
        return m_serverKey;
    case NewTunnelForm::Field::Addresses:
        return m_addresses;
    case NewTunnelForm::Field::Dns:
        break;
    }
    return m_dns;
}

FieldProblems MakeKeysPage::problems() const
{
    FieldProblems problems;
    for (const NewTunnelForm::Problem &problem : form().problems())
        problems.append({ field(problem.field), problem.message });
    return problems;
}

QWidget *MakeKeysPage::firstField() const
{
    return m_name;
}

} // namespace Lifeline::Windows
