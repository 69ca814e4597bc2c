#include "Output.h"

#include "ExitCodes.h"
#include "HelperErrors.h"

#include <QJsonArray>
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
    std::fprintf(
        stdout, "%s", QJsonDocument(QJsonObject::fromVariantMap(object)).toJson().constData());
}

void json(const QVariantList &array)
{
    std::fprintf(
        stdout, "%s", QJsonDocument(QJsonArray::fromVariantList(array)).toJson().constData());
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

int tunnelFailure(const QDBusError &failure)
{
    switch (classify(failure)) {
    case Failure::InvalidArgument:
        error(describe(failure));
        return Exit::DataError;
    case Failure::NotFound:
        error(describe(failure));
        return Exit::NoInput;
    default:
        return helperFailure(failure);
    }
}

} // namespace Lifeline::Output
