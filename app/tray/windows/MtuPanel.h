// The MTU setting of the tunnel selected in the settings window: automatic,
// a number, or whatever the configuration says (SetTunnelMtu).
#pragma once

#include "MtuChoice.h"

#include <QGroupBox>
#include <QVariantMap>

class QPushButton;
class QRadioButton;
class QSpinBox;

namespace Lifeline::Windows {

class MtuPanel : public QGroupBox
{
    Q_OBJECT
public:
    explicit MtuPanel(QWidget *parent = nullptr);

    // Shows `name`'s setting; the person's unsaved choice survives status
    // updates that do not change the setting itself. Empty name: nothing selected.
    void setTunnel(const QString &name, const QVariantMap &status);
    MtuChoice choice() const;

Q_SIGNALS:
    void applyRequested(const QString &name, const QString &mtu);

private:
    void showChoice(const MtuChoice &choice);
    void updateControls();

    QString m_name;
    QString m_setting; // as last shown
    QRadioButton *m_automatic;
    QRadioButton *m_fixed;
    QSpinBox *m_value;
    QRadioButton *m_configuration;
    QPushButton *m_apply;
};

} // namespace Lifeline::Windows
