#include "ProbeTargetsPanel.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Lifeline::Windows {

namespace {

using Diagnosis::ProbeTargets;

QLineEdit *lineEdit(const char *objectName, const QString &name, const QString &description,
    QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(objectName));
    edit->setAccessibleName(name);
    edit->setAccessibleDescription(description);
    return edit;
}

QSpinBox *spinBox(const char *objectName, const QString &name, int low, int high, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(QLatin1String(objectName));
    box->setAccessibleName(name);
    box->setAccessibleDescription(QCoreApplication::translate("ProbeTargetsPanel", "From %1 to %2")
                                      .arg(low)
                                      .arg(high));
    box->setRange(low, high);
    return box;
}

} // namespace

ProbeTargetsPanel::ProbeTargetsPanel(QWidget *parent)
    : QWidget(parent)
    , m_ipv4Tcp(lineEdit("ipv4Tcp", tr("IPv4 addresses to try"),
          tr("IPv4 addresses with an optional port, separated by commas; empty: no such check"),
          this))
    , m_ipv6Tcp(lineEdit("ipv6Tcp", tr("IPv6 addresses to try"),
          tr("IPv6 addresses in brackets with an optional port, separated by commas; empty: no "
             "such check"),
          this))
    , m_ipv4Http(lineEdit("ipv4Http", tr("IPv4 web check"),
          tr("An http:// address with an IPv4 address as its host; empty: no web check"), this))
    , m_ipv6Http(lineEdit("ipv6Http", tr("IPv6 web check"),
          tr("An http:// address with an IPv6 address as its host; empty: no web check"), this))
    , m_status(spinBox("expectedStatus", tr("Expected status"), 100, 599, this))
    , m_body(lineEdit("expectedBody", tr("Expected start of the answer"),
          tr("When not empty, the web check's answer must start with this"), this))
    , m_ipv4Big(lineEdit("ipv4Big", tr("IPv4 large download"),
          tr("An address of something bigger than one packet, to find stalling pages; empty: "
             "no such check"),
          this))
    , m_ipv6Big(lineEdit("ipv6Big", tr("IPv6 large download"),
          tr("An address of something bigger than one packet, to find stalling pages; empty: "
             "no such check"),
          this))
    , m_dnsName(lineEdit("dnsName", tr("Name to look up"),
          tr("A name with both IPv4 and IPv6 addresses, to check name resolution; empty: no "
             "such check"),
          this))
    , m_timeout(spinBox("timeout", tr("Time to wait for each check"), ProbeTargets::MinTimeoutMs,
          ProbeTargets::MaxTimeoutMs, this))
    , m_message(new QLabel(this))
{
    m_timeout->setSuffix(tr(" ms"));
    m_timeout->setSingleStep(100);
    m_message->setObjectName(QStringLiteral("probeMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setAccessibleName(tr("Probe targets message"));
    m_message->hide();

    auto *intro = new QLabel(tr("Where Lifeline looks to tell what is broken. Addresses are "
                                "written as numbers, so a broken name service cannot hide "
                                "a broken connection. An empty field turns that check off."),
        this);
    intro->setWordWrap(true);

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    const std::pair<QString, QWidget *> rows[] = {
        { tr("IPv&4 addresses to try:"), m_ipv4Tcp },
        { tr("IPv&6 addresses to try:"), m_ipv6Tcp },
        { tr("IPv4 &web check:"), m_ipv4Http },
        { tr("IPv6 w&eb check:"), m_ipv6Http },
        { tr("E&xpected status:"), m_status },
        { tr("Expected start of the a&nswer:"), m_body },
        { tr("IPv4 &large download:"), m_ipv4Big },
        { tr("IPv6 large d&ownload:"), m_ipv6Big },
        { tr("Na&me to look up:"), m_dnsName },
        { tr("T&ime to wait for each check:"), m_timeout },
    };
    for (const auto &[text, widget] : rows) {
        auto *label = new QLabel(text, this);
        label->setBuddy(widget);
        form->addRow(label, widget);
    }

    auto *save = new QPushButton(tr("Save &probe targets"), this);
    save->setObjectName(QStringLiteral("saveProbes"));
    save->setAccessibleName(tr("Save probe targets"));
    save->setAccessibleDescription(tr("Checks and saves the fields above"));
    save->setAutoDefault(false);
    auto *defaults = new QPushButton(tr("Bac&k to the defaults"), this);
    defaults->setObjectName(QStringLiteral("defaultProbes"));
    defaults->setAccessibleName(tr("Back to the defaults"));
    defaults->setAccessibleDescription(
        tr("Fills in Lifeline's own targets; they are saved when you save"));
    defaults->setAutoDefault(false);
    connect(save, &QPushButton::clicked, this, &ProbeTargetsPanel::save);
    connect(defaults, &QPushButton::clicked, this, [this] {
        display(ProbeTargetsForm::from(ProbeTargets::defaults()));
        setMessage({});
    });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(save);
    buttons->addWidget(defaults);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
}

void ProbeTargetsPanel::load()
{
    QStringList errors;
    display(ProbeTargetsForm::from(ProbeTargets::fromSettings(&errors)));
    setMessage(errors.isEmpty()
            ? QString()
            : tr("Some saved targets could not be used and were left out:") + u'\n'
                + errors.join(u'\n'));
}

void ProbeTargetsPanel::display(const ProbeTargetsForm &form)
{
    m_ipv4Tcp->setText(form.ipv4Tcp);
    m_ipv6Tcp->setText(form.ipv6Tcp);
    m_ipv4Http->setText(form.ipv4Http);
    m_ipv6Http->setText(form.ipv6Http);
    m_status->setValue(form.expectedStatus);
    m_body->setText(form.expectedBody);
    m_ipv4Big->setText(form.ipv4BigHttp);
    m_ipv6Big->setText(form.ipv6BigHttp);
    m_dnsName->setText(form.dnsName);
    m_timeout->setValue(form.timeoutMs);
}

ProbeTargetsForm ProbeTargetsPanel::form() const
{
    ProbeTargetsForm form;
    form.ipv4Tcp = m_ipv4Tcp->text();
    form.ipv6Tcp = m_ipv6Tcp->text();
    form.ipv4Http = m_ipv4Http->text();
    form.ipv6Http = m_ipv6Http->text();
    form.expectedStatus = m_status->value();
    form.expectedBody = m_body->text();
    form.ipv4BigHttp = m_ipv4Big->text();
    form.ipv6BigHttp = m_ipv6Big->text();
    form.dnsName = m_dnsName->text();
    form.timeoutMs = m_timeout->value();
    return form;
}

QWidget *ProbeTargetsPanel::field(ProbeTargetsForm::Field which) const
{
    using Field = ProbeTargetsForm::Field;
    switch (which) {
    case Field::Ipv4Tcp:
        return m_ipv4Tcp;
    case Field::Ipv6Tcp:
        return m_ipv6Tcp;
    case Field::Ipv4Http:
        return m_ipv4Http;
    case Field::Ipv6Http:
        return m_ipv6Http;
    case Field::ExpectedStatus:
        return m_status;
    case Field::ExpectedBody:
        return m_body;
    case Field::Ipv4BigHttp:
        return m_ipv4Big;
    case Field::Ipv6BigHttp:
        return m_ipv6Big;
    case Field::DnsName:
        return m_dnsName;
    case Field::Timeout:
        break;
    }
    return m_timeout;
}

void ProbeTargetsPanel::save()
{
    const ProbeTargetsForm current = form();
    const QList<ProbeTargetsForm::Problem> problems = current.problems();
    if (!problems.isEmpty()) {
        QStringList lines { tr("Not saved. Please check:") };
        for (const ProbeTargetsForm::Problem &problem : problems)
            lines.append(QStringLiteral("• ") + problem.message);
        setMessage(lines.join(u'\n'));
        field(problems.first().field)->setFocus();
        return;
    }
    const ProbeTargets targets = current.targets();
    targets.save();
    display(ProbeTargetsForm::from(targets));
    setMessage(tr("Saved. The next check uses these targets."));
    Q_EMIT saved(targets);
}

void ProbeTargetsPanel::setMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

} // namespace Lifeline::Windows
