// Catches terminating signals sent to lifelinectl so they can be passed on to
// the program it waits for (which runs in another process group, so a
// terminal's Ctrl+C would never reach it). The handler only writes the signal
// number to a self-pipe; everything else happens in the event loop.
#pragma once

#include <QList>
#include <QObject>

#include <csignal>

class QSocketNotifier;

namespace Lifeline {

class SignalForwarder : public QObject {
    Q_OBJECT
public:
    explicit SignalForwarder(QObject *parent = nullptr);
    // Restores the previous dispositions.
    ~SignalForwarder() override;

    // At most one SignalForwarder may be started at a time (the handler's
    // pipe is process-wide). Returns an error for a person, or an empty string.
    QString start(const QList<int> &signalNumbers);

Q_SIGNALS:
    void received(int signalNumber);

private:
    void drain();

    QList<std::pair<int, struct sigaction>> m_previous;
    QSocketNotifier *m_notifier = nullptr;
    int m_readFd = -1;
};

} // namespace Lifeline
