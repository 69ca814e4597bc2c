#include "IdleExit.h"

#include <QEvent>

#include <cstdio>

namespace Lifeline {

namespace {

void say(const QString &text)
{
    std::fprintf(stderr, "lifeline-helper: %s\n", qPrintable(text));
}

} // namespace

IdleExit::IdleExit(int quietMs, Hooks hooks, QObject *parent)
    : QObject(parent)
    , m_quietMs(quietMs)
    , m_hooks(std::move(hooks))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(quietMs);
    connect(&m_timer, &QTimer::timeout, this, &IdleExit::quietPeriodOver);
    if (m_quietMs > 0)
        m_timer.start();
}

void IdleExit::watch(QObject *service)
{
    service->installEventFilter(this);
}

bool IdleExit::eventFilter(QObject *watched, QEvent *event)
{
    // QtDBus has no public per-message hook, but it delivers every call
    // from the bus to the object registered for its path as an event of
    // this type, posted to the object's thread — methods, Properties and
    // Introspectable alike. Queued signals count too, which only errs
    // on the side of staying.
    if (event->type() == QEvent::MetaCall)
        activity();
    return QObject::eventFilter(watched, event);
}

void IdleExit::activity()
{
    // While stopping, drained() looks at what the calls started.
    if (m_quietMs > 0 && !m_releasing)
        m_timer.start();
}

void IdleExit::quietPeriodOver()
{
    if (!m_hooks.busy().isEmpty()) {
        m_timer.start();
        return;
    }
    if (!m_hooks.releaseName()) {
        say(QStringLiteral("idle, but the bus name could not be released; staying"));
        m_timer.start();
        return;
    }
    m_releasing = true;
    // Calls the bus routed here before the release are queued ahead of
    // this: they are served first.
    QMetaObject::invokeMethod(this, &IdleExit::drained, Qt::QueuedConnection);
}

void IdleExit::drained()
{
    const QString busy = m_hooks.busy();
    if (busy.isEmpty()) {
        say(QStringLiteral("idle for %1 s, supervising nothing: exiting").arg(m_quietMs / 1000.0));
        m_hooks.quit();
        return;
    }
    if (m_hooks.claimName()) {
        m_releasing = false;
        m_timer.start();
        return;
    }
    // Another helper was activated in between and owns the name now: this
    // one finishes what it was asked before and goes.
    say(QStringLiteral("stopping, but %1; exiting once that is over").arg(busy));
    QTimer::singleShot(m_quietMs, this, &IdleExit::drained);
}

} // namespace Lifeline
