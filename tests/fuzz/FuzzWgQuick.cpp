// libFuzzer entry for the wg-quick parser: any bytes, read as UTF-8 the way
// a client reads a file, through all three parts. Beyond "no crash, no
// sanitizer report" it aborts when a property of TestWgQuickFuzz breaks:
// a refusal must name a line or what is missing, and an accepted file must
// come back unchanged from the store's two texts.
#include "WgQuickParser.h"

#include <QRegularExpression>

#include <cstdint>
#include <cstdlib>

using namespace Lifeline::Tunnel;

namespace {

bool wellFormedError(const QString &error)
{
    static const QRegularExpression line(QStringLiteral("^line [1-9][0-9]*: \\S"));
    return line.match(error).hasMatch()
        || error.startsWith(QStringLiteral("the configuration has no "))
        || error.startsWith(QStringLiteral("the configuration is larger than"));
}

void check(bool property)
{
    if (!property)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const auto part : { Parser::Part::Whole, Parser::Part::Public, Parser::Part::Secrets }) {
        QString error;
        const auto config = parseWgQuick(text, &error, part);
        if (!config) {
            check(wellFormedError(error));
            continue;
        }
        if (part == Parser::Part::Secrets) {
            check(bool(parseWgQuick(QString::fromLatin1(config->secretText()), &error, part)));
            continue;
        }
        const auto publicPart = parseWgQuick(config->publicText(), &error, Parser::Part::Public);
        check(bool(publicPart));
        if (part == Parser::Part::Public) {
            check(*publicPart == *config);
            continue;
        }
        const auto secrets = parseWgQuick(
            QString::fromLatin1(config->secretText()), &error, Parser::Part::Secrets);
        check(bool(secrets));
        const auto merged = withSecrets(*publicPart, *secrets, &error);
        check(merged && *merged == *config);
    }
    return 0;
}
