// A stand-in for wireguard-go's control socket: accepts one connection on a
// path (in a QTemporaryDir), records the request and answers with scripted
// chunks, so the client's framing, timeouts and limits are tested without
// the daemon.
#pragma once

#include "UniqueFd.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <chrono>
#include <thread>

namespace Lifeline::WireGuard::Testing {

class FakeUapiDaemon {
public:
    struct Script {
        QList<QByteArray> chunks; // sent one write() each
        std::chrono::milliseconds gap { 0 }; // between chunks
        std::chrono::milliseconds silence { 0 }; // before the first chunk
    };

    // Listens on `path` before returning, so a client may connect at once.
    FakeUapiDaemon(const QString &path, Script script);
    ~FakeUapiDaemon();
    FakeUapiDaemon(const FakeUapiDaemon &) = delete;
    FakeUapiDaemon &operator=(const FakeUapiDaemon &) = delete;

    bool isListening() const { return m_listener.isValid(); }
    // What the client sent, once the conversation is over.
    QByteArray request();

private:
    void serve();

    Script m_script;
    UniqueFd m_listener;
    std::thread m_thread;
    QByteArray m_request;
};

} // namespace Lifeline::WireGuard::Testing
