#include "SignalForwarder.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace Lifeline {

namespace {

volatile sig_atomic_t s_writeFd = -1;

void onSignal(int signalNumber)
{
    const int savedErrno = errno;
    const auto byte = static_cast<unsigned char>(signalNumber);
    // Async-signal-safe; a full pipe (hundreds of pending signals) drops one.
    [[maybe_unused]] const ssize_t written = ::write(s_writeFd, &byte, 1);
    errno = savedErrno;
}

} // namespace

SignalForwarder::SignalForwarder(QObject *parent)
    : QObject(parent)
{
}

SignalForwarder::~SignalForwarder()
{
    for (const auto &[signalNumber, action] : std::as_const(m_previous))
        ::sigaction(signalNumber, &action, nullptr);
    if (m_readFd >= 0) {
        ::close(s_writeFd);
        s_writeFd = -1;
        ::close(m_readFd);
    }
}

QString SignalForwarder::start(const QList<int> &signalNumbers)
{
    if (s_writeFd >= 0 || m_readFd >= 0)
        return QStringLiteral("SignalForwarder started twice");
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC | O_NONBLOCK) != 0)
        return QCoreApplication::translate("lifelinectl", "cannot set up signal handling: %1")
            .arg(QString::fromLocal8Bit(std::strerror(errno)));
    m_readFd = fds[0];
    s_writeFd = fds[1];
    m_notifier = new QSocketNotifier(m_readFd, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &SignalForwarder::drain);

    for (const int signalNumber : signalNumbers) {
        struct sigaction action { };
        action.sa_handler = onSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        struct sigaction previous { };
        if (::sigaction(signalNumber, &action, &previous) != 0)
            return QCoreApplication::translate("lifelinectl", "cannot set up signal handling: %1")
                .arg(QString::fromLocal8Bit(std::strerror(errno)));
        m_previous.append({ signalNumber, previous });
    }
    return {};
}

void SignalForwarder::drain()
{
    unsigned char buffer[64];
    for (;;) {
        const ssize_t count = ::read(m_readFd, buffer, sizeof buffer);
        if (count <= 0)
            return; // EAGAIN: drained
        for (ssize_t i = 0; i < count; ++i)
            Q_EMIT received(buffer[i]);
    }
}

} // namespace Lifeline
