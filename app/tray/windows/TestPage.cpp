#include "TestPage.h"

#include "ConnectionTest.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Lifeline::Windows {

TestPage::TestPage(const QDBusConnection &bus, QWidget *parent)
    : QWidget(parent)
    , m_runner(new ConnectionTest(bus, this))
    , m_heading(new QLabel(this))
    , m_test(new QPushButton(tr("&Test the connection"), this))
    , m_keep(new QCheckBox(tr("&Leave it connected after the test"), this))
    , m_result(new QLabel(this))
{
    m_heading->setWordWrap(true);
    m_heading->setObjectName(QStringLiteral("testHeading"));
    auto *explanation = new QLabel(
        tr("Lifeline connects, waits for the server to answer, and tells you how it went. "
           "Afterwards it disconnects again, unless you want to keep the connection on."),
        this);
    explanation->setWordWrap(true);

    m_test->setObjectName(QStringLiteral("testConnection"));
    m_test->setAccessibleName(tr("Test the connection"));
    m_test->setAccessibleDescription(tr("Connects the new backup connection once to see whether "
                                        "the server answers"));
    m_keep->setObjectName(QStringLiteral("keepConnected"));
    m_keep->setAccessibleName(tr("Leave it connected after the test"));
    m_keep->setAccessibleDescription(
        tr("When ticked, the connection stays on after a successful test"));
    m_result->setObjectName(QStringLiteral("testResult"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_result->setAccessibleName(tr("Test result"));

    connect(m_test, &QPushButton::clicked, this, &TestPage::start);
    connect(m_runner, &ConnectionTest::progress, m_result, &QLabel::setText);
    connect(m_runner, &ConnectionTest::finished, this, &TestPage::onFinished);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_test);
    buttons->addWidget(m_keep);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(explanation);
    layout->addLayout(buttons);
    layout->addWidget(m_result);
    layout->addStretch();
}

void TestPage::setTunnel(const QString &name)
{
    m_name = name;
    m_heading->setText(tr("The connection “%1” has been added.").arg(name));
    m_result->clear();
    m_test->setText(tr("&Test the connection"));
}

void TestPage::start()
{
    m_test->setEnabled(false);
    m_keep->setEnabled(false);
    m_runner->setKeepConnected(m_keep->isChecked());
    m_runner->start(m_name);
}

void TestPage::onFinished(bool passed, const QString &sentence)
{
    Q_UNUSED(passed);
    m_result->setText(sentence);
    m_test->setEnabled(true);
    m_keep->setEnabled(true);
    m_test->setText(tr("&Test again"));
    m_test->setFocus();
}

} // namespace Lifeline::Windows
