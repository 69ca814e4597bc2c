// Advanced settings: where the diagnosis sends its probes (ProbeTargets),
// checked before they are saved.
#pragma once

#include "ProbeTargetsForm.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QSpinBox;

namespace Lifeline::Windows {

class ProbeTargetsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ProbeTargetsPanel(QWidget *parent = nullptr);

    // Reads the saved targets (and says which saved entries were unusable).
    void load();
    void display(const ProbeTargetsForm &form);
    ProbeTargetsForm form() const;

Q_SIGNALS:
    void saved(const Lifeline::Diagnosis::ProbeTargets &targets);

private:
    void save();
    QWidget *field(ProbeTargetsForm::Field which) const;
    void setMessage(const QString &text);

    QLineEdit *m_ipv4Tcp;
    QLineEdit *m_ipv6Tcp;
    QLineEdit *m_ipv4Http;
    QLineEdit *m_ipv6Http;
    QSpinBox *m_status;
    QLineEdit *m_body;
    QLineEdit *m_ipv4Big;
    QLineEdit *m_ipv6Big;
    QLineEdit *m_dnsName;
    QSpinBox *m_timeout;
    QLabel *m_message;
};

} // namespace Lifeline::Windows
