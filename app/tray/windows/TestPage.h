// The set-up window's last page: the connection is added; test it
// (ConnectionTest) and report what happened in words.
#pragma once

#include <QDBusConnection>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;

namespace Lifeline::Windows {

class ConnectionTest;

class TestPage : public QWidget
{
    Q_OBJECT
public:
    explicit TestPage(const QDBusConnection &bus, QWidget *parent = nullptr);

    void setTunnel(const QString &name);
    QPushButton *testButton() const { return m_test; }
    ConnectionTest *test() const { return m_runner; }

private:
    void start();
    void onFinished(bool passed, const QString &sentence);

    ConnectionTest *m_runner;
    QString m_name;
    QLabel *m_heading;
    QPushButton *m_test;
    QCheckBox *m_keep;
    QLabel *m_result;
};

} // namespace Lifeline::Windows
