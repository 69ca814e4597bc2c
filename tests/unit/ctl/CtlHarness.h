// Runs the built lifelinectl against fake-lifeline-helper on a private bus
// (reached as the "system bus" through DBUS_SYSTEM_BUS_ADDRESS).
#pragma once

#include "PrivateBus.h"

#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace Lifeline::Test {

struct CtlResult {
    int exitCode = -1; // -1: crashed or hung
    QString out;
    QString err;
};

// What a failed check prints: the exit code and both streams.
inline QString diagnose(const CtlResult &result)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
        .arg(result.exitCode)
        .arg(result.out, result.err);
}

class CtlHarness {
public:
    CtlHarness();
    ~CtlHarness();

    // Empty when everything is ready, else what went wrong.
    QString setUpError() const;
    // Starts the fake with `options` (beyond --bus and --record); an error or nothing.
    QString startFake(const QStringList &options);
    // Stops the fake, forgets its record and waits until its name is free again.
    bool stopFake();
    CtlResult run(const QStringList &arguments, const QByteArray &input = {}) const;

    // The fake's record of the last privileged call; empty when there was none.
    QJsonObject record() const;
    bool helperWasCalled() const;
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

private:
    PrivateBus m_bus;
    QTemporaryDir m_dir;
    QProcess m_fake;
};

} // namespace Lifeline::Test

#define CHECK_EXIT(result, code) \
    QVERIFY2((result).exitCode == (code), qPrintable(Lifeline::Test::diagnose(result)))
