#include "Output.h"

#include "ExitCodes.h"
#include "HelperErrors.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace Lifeline::Output {

void line(const QString &text)
{
    std::fprintf(stdout, "%s\n", qPrintable(text));
}

void error(const QString &text)
{
    std::fprintf(stderr, "lifelinectl: %s\n", qPrintable(text));
}

void json(const QVariantMap &object)
{
    std::fprintf(stdout, "%s", QJsonDocument(QJsonObject::fromVariantMap(object)).toJson().constData());
}

int helperFailure(const QDBusError &failure)
{
    error(describe(failure));
    switch (classify(failure)) {
    case Failure::NotAuthorised:
        return Exit::NotAuthorised;
    case Failure::HelperUnavailable:
        return Exit::HelperUnavailable;
    default:
        return Exit::Failed;
    }
}

} // namespace Lifeline::Output
