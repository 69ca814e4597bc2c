// How lifelinectl prints: plain text for people, JSON for scripts.
#pragma once

#include <QDBusError>
#include <QString>
#include <QVariantList>
#include <QVariantMap>

namespace Lifeline::Output {

void line(const QString &text);
void error(const QString &text);
void json(const QVariantMap &object);
void json(const QVariantList &array);
// Prints the helper's error as a sentence and returns the exit code for it.
int helperFailure(const QDBusError &error);
// The same for tunnel commands, which also tell apart what a script managing
// tunnels acts on: a refused configuration (65) and no such tunnel (66).
int tunnelFailure(const QDBusError &error);

} // namespace Lifeline::Output
