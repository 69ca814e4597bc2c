// How lifelinectl prints: plain text for people, JSON for scripts.
#pragma once

#include <QDBusError>
#include <QString>
#include <QVariantMap>

namespace Lifeline::Output {

void line(const QString &text);
void error(const QString &text);
void json(const QVariantMap &object);
// Prints the helper's error as a sentence and returns the exit code for it.
int helperFailure(const QDBusError &error);

} // namespace Lifeline::Output
