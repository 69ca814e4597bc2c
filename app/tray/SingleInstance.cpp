#include "SingleInstance.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocalSocket>
#include <QLockFile>
#include <QStandardPaths>

namespace Lifeline::Tray {

namespace {

constexpr int ConnectMs = 500;
constexpr int AnswerMs = 2000;
// Longer than any request; a peer sending more without a newline is not a Lifeline.
constexpr qint64 MaxLine = 128;
const QByteArray Show = QByteArrayLiteral("show");
const QByteArray Ping = QByteArrayLiteral("ping");
const QByteArray Picker = QByteArrayLiteral("picker ");
const QByteArray Ok = QByteArrayLiteral("ok\n");
const QByteArray Unknown = QByteArrayLiteral("unknown\n");

QByteArray requestLine(const SingleInstance::Request &request)
{
    switch (request.kind) {
    case SingleInstance::Request::Kind::Show:
        return Show + '\n';
    case SingleInstance::Request::Kind::Picker:
        return Picker + request.mode.toLatin1() + '\n';
    case SingleInstance::Request::Kind::Nothing:
        break;
    }
    return Ping + '\n';
}

// The picker's mode travels as one word: lower-case letters, digits, '-' and ':'.
bool isModeWord(const QByteArray &word)
{
    if (word.isEmpty())
        return false;
    for (const char c : word) {
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == ':'))
            return false;
    }
    return true;
}

} // namespace

SingleInstance::SingleInstance(const QString &socketPath, QObject *parent)
    : QObject(parent)
    , m_path(socketPath)
{
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    connect(&m_server, &QLocalServer::newConnection, this, &SingleInstance::onConnection);
}

QString SingleInstance::defaultSocketPath()
{
    QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (runtime.isEmpty() || !QDir::isAbsolutePath(runtime))
        runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    return runtime + QStringLiteral("/lifeline-tray.socket");
}

bool SingleInstance::askRunning(const Request &request, QString *error, bool *refused)
{
    QLocalSocket socket;
    socket.connectToServer(m_path);
    if (!socket.waitForConnected(ConnectMs)) {
        const auto kind = socket.error();
        *refused = kind == QLocalSocket::ServerNotFoundError || kind == QLocalSocket::ConnectionRefusedError;
        *error = socket.errorString();
        return false;
    }
    *refused = false;
    socket.write(requestLine(request));
    socket.waitForBytesWritten(AnswerMs);
    // The answer proves a live Lifeline took the request, not just any listener.
    while (!socket.canReadLine() && socket.bytesAvailable() < MaxLine) {
        if (!socket.waitForReadyRead(AnswerMs))
            break;
    }
    const QByteArray answer = socket.readLine(MaxLine);
    if (answer == Ok)
        return true;
    if (answer == Unknown) {
        *error = tr("the running Lifeline does not understand this request (is it an older "
                    "version? Quit it and start Lifeline again)");
        return false;
    }
    *error = tr("another Lifeline seems to be running but does not answer (%1)")
                 .arg(socket.state() == QLocalSocket::ConnectedState ? tr("no answer in time")
                                                                     : socket.errorString());
    return false;
}

SingleInstance::Role SingleInstance::claim(const Request &request, QString *error)
{
    // Two starts at once must not both find nobody and both listen (the second
    // would unlink the first's socket): the check and the listen happen under a lock.
    QLockFile lock(m_path + QStringLiteral(".lock"));
    if (!lock.tryLock(AnswerMs)) {
        *error = tr("cannot lock %1").arg(lock.error() == QLockFile::PermissionError
                ? m_path + QStringLiteral(".lock") : m_path);
        return Role::Failed;
    }
    bool refused = false;
    if (askRunning(request, error, &refused))
        return Role::Secondary;
    if (!refused)
        return Role::Failed;
    // Nobody listens: a socket file left behind by a crash, or none at all.
    QLocalServer::removeServer(m_path);
    if (m_server.listen(m_path))
        return Role::Primary;
    *error = tr("cannot listen on %1: %2").arg(m_path, m_server.errorString());
    return Role::Failed;
}

void SingleInstance::onConnection()
{
    while (QLocalSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { serve(socket); });
    }
}

// One request per connection: answer it, hang up, then act on it (so the
// other start is not kept waiting while a menu or window opens).
void SingleInstance::serve(QLocalSocket *socket)
{
    if (!socket->canReadLine()) {
        if (socket->bytesAvailable() >= MaxLine)
            socket->abort();
        return;
    }
    QByteArray line = socket->readLine(MaxLine);
    disconnect(socket, &QLocalSocket::readyRead, this, nullptr);
    line.chop(1); // the newline
    const bool picker = line.startsWith(Picker) && isModeWord(line.mid(Picker.size()));
    const bool known = line == Show || line == Ping || picker;
    socket->write(known ? Ok : Unknown);
    socket->disconnectFromServer(); // after what was written has gone
    if (line == Show)
        Q_EMIT activated();
    else if (picker)
        Q_EMIT pickerRequested(QString::fromLatin1(line.mid(Picker.size())));
}

} // namespace Lifeline::Tray
