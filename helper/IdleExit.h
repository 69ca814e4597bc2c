// Ends the helper after a quiet period in which it supervises nothing
// (DESIGN.md: D-Bus activated, exits when idle). Every call to the watched
// object starts the period again; when it runs out while something is
// still going on (busy() says what), another one begins. When it runs out
// in quiet, the bus name is released first, so that a new caller activates
// a fresh helper; the calls that reached this one before are still served,
// and if one of them started work the name is claimed back. Otherwise
// quit().
#pragma once

#include <QObject>
#include <QTimer>

#include <functional>

namespace Lifeline {

class IdleExit : public QObject {
    Q_OBJECT
public:
    struct Hooks {
        // What keeps the helper busy, in words; empty when nothing does.
        std::function<QString()> busy;
        // Release and claim back the well-known name; true when done.
        std::function<bool()> releaseName;
        std::function<bool()> claimName;
        std::function<void()> quit;
    };

    // `quietMs` 0: never exit.
    IdleExit(int quietMs, Hooks hooks, QObject *parent = nullptr);

    // Every D-Bus call to `service` (a method, a property, introspection)
    // counts as activity.
    void watch(QObject *service);
    // Starts the quiet period again: a call, a tunnel that changed, a launch
    // that ended.
    void activity();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void quietPeriodOver();
    void drained();

    int m_quietMs;
    Hooks m_hooks;
    QTimer m_timer;
    bool m_releasing = false;
};

} // namespace Lifeline
