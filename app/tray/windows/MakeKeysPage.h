// "Let Lifeline make the keys": what Lifeline needs to know about the server.
// The helper makes this computer's key pair (CreateTunnel).
#pragma once

#include "FieldProblem.h"
#include "NewTunnelForm.h"

#include <QWidget>

class QLineEdit;

namespace Lifeline::Windows {

class MakeKeysPage : public QWidget
{
    Q_OBJECT
public:
    explicit MakeKeysPage(QWidget *parent = nullptr);

    NewTunnelForm form() const;
    FieldProblems problems() const;
    QWidget *firstField() const;

private:
    QLineEdit *field(NewTunnelForm::Field which) const;

    QLineEdit *m_name;
    QLineEdit *m_endpoint;
    QLineEdit *m_serverKey;
    QLineEdit *m_addresses;
    QLineEdit *m_dns;
};

} // namespace Lifeline::Windows
