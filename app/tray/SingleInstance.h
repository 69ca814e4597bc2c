// One tray per session: the first `lifeline` listens on a local socket under
// $XDG_RUNTIME_DIR; a later start connects, hands over its request (show
// yourself, open the picker, or nothing: just "are you there?"), and exits 0.
// A socket file left by a crashed instance (nobody listening) is replaced; one
// whose owner does not answer is left alone.
//
// The protocol is one line each way: the request ("show", "picker MODE",
// "ping"), then "ok" from the running instance, or "refused" for a request it
// does not know (a different version of Lifeline).
#pragma once

#include <QLocalServer>
#include <QObject>

class QLocalSocket;

namespace Lifeline::Tray {

class SingleInstance : public QObject
{
    Q_OBJECT
public:
    enum class Role {
        Primary,    // we listen now: carry on
        Secondary,  // the running instance took the request: exit 0
        Failed,     // neither: `error` says why
    };

    // What a later start asks of the running instance.
    struct Request {
        enum class Kind { Show, Picker, Nothing };
        Kind kind = Kind::Show;
        QString mode; // Picker: the mode, as `lifeline --run-picker` was given it

        static Request show() { return {}; }
        static Request picker(const QString &mode) { return { Kind::Picker, mode }; }
        static Request nothing() { return { Kind::Nothing, {} }; }
    };

    explicit SingleInstance(const QString &socketPath, QObject *parent = nullptr);

    // $XDG_RUNTIME_DIR/lifeline-tray.socket (Qt's runtime directory when unset).
    static QString defaultSocketPath();

    // Blocks at most a few seconds, before the event loop runs. Secondary: the
    // running instance has taken `request`.
    Role claim(const Request &request, QString *error);

Q_SIGNALS:
    // Another start asked us to show ourselves.
    void activated();
    // Another start asked for the program picker (`lifeline --run-picker MODE`).
    void pickerRequested(const QString &mode);

private:
    bool askRunning(const Request &request, QString *error, bool *refused);
    void onConnection();
    void serve(QLocalSocket *socket);

    QString m_path;
    QLocalServer m_server;
};

} // namespace Lifeline::Tray
