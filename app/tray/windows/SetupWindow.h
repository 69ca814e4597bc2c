// "Add a backup connection": import a wg-quick file, paste one, or let the
// helper make the key pair and show what to set up on the server; then test
// it. Every helper call is asynchronous; the bus is given, so tests can use a
// private one.
#pragma once

#include "FieldProblem.h"

#include <QDBusConnection>
#include <QDialog>

class QDBusPendingCallWatcher;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace Lifeline::Windows {

class ChoosePage;
class ConfigPage;
class MakeKeysPage;
class ServerSetupPage;
class TestPage;

class SetupWindow : public QDialog
{
    Q_OBJECT
public:
    explicit SetupWindow(const QDBusConnection &bus, QWidget *parent = nullptr);

    // Closing after the test starts the next visit afresh; closing earlier
    // keeps the page (the server's side stays there to copy).
    void done(int result) override;

Q_SIGNALS:
    // A tunnel was added (before any test): the settings window lists it. The
    // first one added also becomes the backup connection (BackupSettings).
    void tunnelAdded(const QString &name);

private:
    enum class Step { Choose, File, Paste, Keys, Server, Test };

    void goTo(Step step);
    void primary();
    void back();
    bool reportProblems(const FieldProblems &problems);
    void importConfig(ConfigPage *page);
    void createTunnel();
    void onImported(const QString &name, const QDBusPendingCallWatcher &watcher);
    void onCreated(const QString &name, const QDBusPendingCallWatcher &watcher);
    void onAdded(const QString &name);
    void setBusy(bool busy, const QString &what = {});
    void showMessage(const QString &text);

    QDBusConnection m_bus;
    Step m_step = Step::Choose;
    QStackedWidget *m_pages;
    ChoosePage *m_choose;
    ConfigPage *m_file;
    ConfigPage *m_paste;
    MakeKeysPage *m_keys;
    ServerSetupPage *m_server;
    TestPage *m_test;
    QLabel *m_message;
    QPushButton *m_back;
    QPushButton *m_next;
    QPushButton *m_close;
};

} // namespace Lifeline::Windows
