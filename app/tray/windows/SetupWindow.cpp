#include "SetupWindow.h"

#include "BackupSettings.h"
#include "ChoosePage.h"
#include "Contract.h"
#include "ConfigPage.h"
#include "HelperCall.h"
#include "HelperErrors.h"
#include "MakeKeysPage.h"
#include "ServerSetup.h"
#include "ServerSetupPage.h"
#include "TestPage.h"

#include <QCommandLinkButton>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Lifeline::Windows {

namespace {

QPushButton *button(const QString &text, const QString &description, const char *name,
    QWidget *parent)
{
    auto *result = new QPushButton(text, parent);
    result->setObjectName(QLatin1String(name));
    result->setAccessibleName(QString(text).remove(u'&'));
    result->setAccessibleDescription(description);
    return result;
}

} // namespace

SetupWindow::SetupWindow(const QDBusConnection &bus, QWidget *parent)
    : QDialog(parent)
    , m_bus(bus)
    , m_pages(new QStackedWidget)
    , m_choose(new ChoosePage)
    , m_file(new ConfigPage(ConfigPage::Source::File))
    , m_paste(new ConfigPage(ConfigPage::Source::Paste))
    , m_keys(new MakeKeysPage)
    , m_server(new ServerSetupPage)
    , m_test(new TestPage(bus))
    , m_message(new QLabel(this))
    , m_back(button(tr("&Back"), tr("Back to the choice of how to add a connection"), "back", this))
    , m_next(button(tr("&Add"), tr("Goes on to the next step"), "next", this))
    , m_close(button(tr("Close"), tr("Closes this window"), "close", this))
{
    setWindowTitle(tr("Add a backup connection — Lifeline"));
    setObjectName(QStringLiteral("setupWindow"));
    setAccessibleName(tr("Add a backup connection"));

    for (QWidget *page : { static_cast<QWidget *>(m_choose), static_cast<QWidget *>(m_file),
             static_cast<QWidget *>(m_paste), static_cast<QWidget *>(m_keys),
             static_cast<QWidget *>(m_server), static_cast<QWidget *>(m_test) })
        m_pages->addWidget(page);
    m_file->setObjectName(QStringLiteral("filePage"));
    m_paste->setObjectName(QStringLiteral("pastePage"));
    m_keys->setObjectName(QStringLiteral("keysPage"));
    m_server->setObjectName(QStringLiteral("serverPage"));
    m_test->setObjectName(QStringLiteral("testPage"));

    auto *password = new QLabel(tr("Adding a connection asks for the administrator's password."),
        this);
    password->setObjectName(QStringLiteral("passwordNote"));
    password->setWordWrap(true);

    // Large fonts make the pages taller than a screen: scroll rather than clip.
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_pages);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Not a tab stop of its own: it scrolls to whichever field has the focus.
    scroll->setFocusPolicy(Qt::NoFocus);

    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_message->setAccessibleName(tr("Message"));
    m_message->hide();

    connect(m_choose, &ChoosePage::fileChosen, this, [this] { goTo(Step::File); });
    connect(m_choose, &ChoosePage::pasteChosen, this, [this] { goTo(Step::Paste); });
    connect(m_choose, &ChoosePage::keysChosen, this, [this] { goTo(Step::Keys); });
    connect(m_next, &QPushButton::clicked, this, &SetupWindow::primary);
    connect(m_back, &QPushButton::clicked, this, &SetupWindow::back);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addStretch();
    buttons->addWidget(m_next);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(password);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    goTo(Step::Choose);
}

void SetupWindow::goTo(Step step)
{
    m_step = step;
    showMessage({});
    QWidget *focus = nullptr;
    QString next;
    QString nextDescription;
    switch (step) {
    case Step::Choose:
        m_pages->setCurrentWidget(m_choose);
        focus = m_choose->firstButton();
        break;
    case Step::File:
    case Step::Paste: {
        ConfigPage *page = step == Step::File ? m_file : m_paste;
        m_pages->setCurrentWidget(page);
        focus = page->firstField();
        next = tr("&Add");
        nextDescription = tr("Adds the connection; asks for the administrator's password");
        break;
    }
    case Step::Keys:
        m_pages->setCurrentWidget(m_keys);
        focus = m_keys->firstField();
        next = tr("&Make keys and add");
        nextDescription = tr("Makes this computer's key pair and adds the connection; asks for "
                             "the administrator's password");
        break;
    case Step::Server:
        m_pages->setCurrentWidget(m_server);
        focus = m_server->firstField();
        next = tr("&Next: test it");
        nextDescription = tr("Goes on to testing the connection");
        break;
    case Step::Test:
        m_pages->setCurrentWidget(m_test);
        focus = m_test->testButton();
        break;
    }
    const bool form = step == Step::File || step == Step::Paste || step == Step::Keys;
    m_back->setVisible(form);
    m_next->setVisible(!next.isEmpty());
    if (!next.isEmpty()) {
        m_next->setText(next);
        m_next->setAccessibleName(QString(next).remove(u'&'));
        m_next->setAccessibleDescription(nextDescription);
    }
    m_next->setDefault(!next.isEmpty());
    m_close->setText(step == Step::Test ? tr("&Done") : tr("Close"));
    m_close->setAccessibleName(step == Step::Test ? tr("Done") : tr("Close"));
    m_close->setDefault(next.isEmpty() && step != Step::Choose);
    if (focus)
        focus->setFocus();
}

void SetupWindow::done(int result)
{
    QDialog::done(result);
    if (m_step == Step::Test)
        goTo(Step::Choose);
}

void SetupWindow::back()
{
    goTo(Step::Choose);
}

void SetupWindow::primary()
{
    switch (m_step) {
    case Step::File:
        importConfig(m_file);
        break;
    case Step::Paste:
        importConfig(m_paste);
        break;
    case Step::Keys:
        createTunnel();
        break;
    case Step::Server:
        goTo(Step::Test);
        break;
    case Step::Choose:
    case Step::Test:
        break;
    }
}

bool SetupWindow::reportProblems(const FieldProblems &problems)
{
    if (problems.isEmpty())
        return false;
    QStringList lines { tr("Please check:") };
    for (const FieldProblem &problem : problems)
        lines.append(QStringLiteral("• ") + problem.message);
    showMessage(lines.join(u'\n'));
    problems.first().field->setFocus();
    return true;
}

void SetupWindow::importConfig(ConfigPage *page)
{
    if (reportProblems(page->problems()))
        return;
    const QString name = page->name();
    setBusy(true, tr("Adding “%1”… Lifeline may ask for the administrator's password.").arg(name));
    const QDBusPendingCall call = callHelper(m_bus, QStringLiteral("ImportTunnel"),
        { name, page->config() }, Authorisation::Interactive);
    whenFinished(call, this, [this, name](const QDBusPendingCallWatcher &watcher) {
        onImported(name, watcher);
    });
}

void SetupWindow::onImported(const QString &name, const QDBusPendingCallWatcher &watcher)
{
    setBusy(false);
    if (watcher.isError()) {
        showMessage(describe(watcher.error()));
        return;
    }
    onAdded(name);
    goTo(Step::Test);
}

void SetupWindow::createTunnel()
{
    if (reportProblems(m_keys->problems()))
        return;
    const NewTunnelForm form = m_keys->form();
    const QString name = form.name.trimmed();
    setBusy(true,
        tr("Making the keys for “%1”… Lifeline may ask for the administrator's password.").arg(name));
    const QDBusPendingCall call = callHelper(m_bus, QStringLiteral("CreateTunnel"),
        { name, QVariant::fromValue(form.settings()) }, Authorisation::Interactive);
    whenFinished(call, this, [this, name](const QDBusPendingCallWatcher &watcher) {
        onCreated(name, watcher);
    });
}

void SetupWindow::onCreated(const QString &name, const QDBusPendingCallWatcher &watcher)
{
    setBusy(false);
    const QDBusPendingReply<QString> reply = watcher;
    if (reply.isError()) {
        showMessage(describe(reply.error()));
        return;
    }
    const NewTunnelForm form = m_keys->form();
    ServerSetup::Tunnel tunnel;
    tunnel.name = name;
    tunnel.endpoint = form.endpoint.trimmed();
    tunnel.addresses = form.settings().value(QStringLiteral("addresses")).toStringList();
    tunnel.allowedIps = defaultAllowedIps();
    tunnel.clientPublicKey = reply.value();
    m_server->present(tunnel, ServerSetup::make(tunnel));
    onAdded(name);
    goTo(Step::Server);
}

void SetupWindow::onAdded(const QString &name)
{
    // The first connection someone adds is the one they mean to use.
    BackupSettings backup = BackupSettings::load();
    if (backup.tunnel.isEmpty()) {
        backup.tunnel = name;
        backup.save();
    }
    m_test->setTunnel(name);
    Q_EMIT tunnelAdded(name);
}

void SetupWindow::setBusy(bool busy, const QString &what)
{
    m_pages->setEnabled(!busy);
    m_back->setEnabled(!busy);
    m_next->setEnabled(!busy);
    showMessage(what);
}

void SetupWindow::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

} // namespace Lifeline::Windows
