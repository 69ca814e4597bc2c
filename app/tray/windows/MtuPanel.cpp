#include "MtuPanel.h"

#include "FormChecks.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>

namespace Lifeline::Windows {

namespace {

constexpr int SuggestedMtu = 1380; // fits most paths that 1420 does not

} // namespace

MtuPanel::MtuPanel(QWidget *parent)
    : QGroupBox(tr("Packet size (MTU)"), parent)
    , m_automatic(new QRadioButton(tr("A&utomatic: measured after every connect"), this))
    , m_fixed(new QRadioButton(tr("&Fixed:"), this))
    , m_value(new QSpinBox(this))
    , m_configuration(new QRadioButton(tr("As the confi&guration says (or the default)"), this))
    , m_apply(new QPushButton(tr("&Apply MTU"), this))
{
    setObjectName(QStringLiteral("mtuPanel"));
    m_automatic->setObjectName(QStringLiteral("mtuAutomatic"));
    m_automatic->setAccessibleName(tr("Automatic MTU"));
    m_automatic->setAccessibleDescription(
        tr("Lifeline measures the largest packet size that passes after every connect"));
    m_fixed->setObjectName(QStringLiteral("mtuFixed"));
    m_fixed->setAccessibleName(tr("Fixed MTU"));
    m_fixed->setAccessibleDescription(tr("Always use the number next to it"));
    m_value->setObjectName(QStringLiteral("mtuValue"));
    m_value->setRange(MinMtu, MaxMtu);
    m_value->setValue(SuggestedMtu);
    m_value->setAccessibleName(tr("MTU in bytes"));
    m_value->setAccessibleDescription(tr("From %1 to %2").arg(MinMtu).arg(MaxMtu));
    m_configuration->setObjectName(QStringLiteral("mtuConfiguration"));
    m_configuration->setAccessibleName(tr("MTU from the configuration"));
    m_configuration->setAccessibleDescription(
        tr("The MTU in the connection's configuration, or WireGuard's default. Lifeline cannot "
           "go back to it yet once another setting was applied."));
    m_apply->setObjectName(QStringLiteral("mtuApply"));
    m_apply->setAccessibleName(tr("Apply MTU"));
    m_apply->setAccessibleDescription(tr("Sets the chosen MTU for the selected connection"));
    m_apply->setAutoDefault(false);

    auto *group = new QButtonGroup(this);
    group->addButton(m_automatic);
    group->addButton(m_fixed);
    group->addButton(m_configuration);
    connect(group, &QButtonGroup::buttonToggled, this, &MtuPanel::updateControls);
    connect(m_value, &QSpinBox::valueChanged, this, &MtuPanel::updateControls);
    connect(m_apply, &QPushButton::clicked, this, [this] {
        if (!m_name.isEmpty())
            Q_EMIT applyRequested(m_name, choice().argument());
    });

    auto *layout = new QGridLayout(this);
    layout->addWidget(m_automatic, 0, 0, 1, 3);
    layout->addWidget(m_fixed, 1, 0);
    layout->addWidget(m_value, 1, 1);
    layout->addWidget(m_configuration, 2, 0, 1, 3);
    layout->addWidget(m_apply, 3, 0, 1, 3, Qt::AlignLeft);
    layout->setColumnStretch(2, 1);

    setTunnel({}, {});
}

void MtuPanel::setTunnel(const QString &name, const QVariantMap &status)
{
    const QString setting = status.value(QStringLiteral("mtu-setting")).toString();
    const bool changed = name != m_name || setting != m_setting;
    m_name = name;
    m_setting = setting;
    setTitle(name.isEmpty() ? tr("Packet size (MTU)") : tr("Packet size (MTU) of “%1”").arg(name));
    setEnabled(!name.isEmpty());
    if (changed)
        showChoice(MtuChoice::fromSetting(setting));
    updateControls();
}

void MtuPanel::showChoice(const MtuChoice &choice)
{
    switch (choice.mode) {
    case MtuChoice::Mode::Automatic:
        m_automatic->setChecked(true);
        break;
    case MtuChoice::Mode::Fixed:
        m_fixed->setChecked(true);
        m_value->setValue(choice.value);
        break;
    case MtuChoice::Mode::FromConfiguration:
        m_configuration->setChecked(true);
        break;
    }
}

MtuChoice MtuPanel::choice() const
{
    if (m_automatic->isChecked())
        return { MtuChoice::Mode::Automatic, 0 };
    if (m_fixed->isChecked())
        return { MtuChoice::Mode::Fixed, m_value->value() };
    return {};
}

void MtuPanel::updateControls()
{
    m_value->setEnabled(m_fixed->isChecked());
    m_apply->setEnabled(choice() != MtuChoice::fromSetting(m_setting));
}

} // namespace Lifeline::Windows
