// After CreateTunnel: this computer's public key, the server's configuration
// and the commands for the VPS (ServerSetup), each with a Copy button, and
// in plain words what to do with them.
#pragma once

#include "ServerSetup.h"

#include <QWidget>

class QLabel;
class QLineEdit;

namespace Lifeline::Windows {

class CopyableText;

class ServerSetupPage : public QWidget
{
    Q_OBJECT
public:
    explicit ServerSetupPage(QWidget *parent = nullptr);

    void present(const ServerSetup::Tunnel &tunnel, const ServerSetup::Setup &setup);
    QWidget *firstField() const;

private:
    QLabel *m_heading;
    QLineEdit *m_publicKey;
    QLabel *m_steps;
    CopyableText *m_config;
    CopyableText *m_commands;
    QLabel *m_pitfall;
};

} // namespace Lifeline::Windows
