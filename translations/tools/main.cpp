// lifeline-policy-l10n: writes the installed polkit policy, the English source
// with every action message translated from the .ts files (xml:lang elements).
// Usage: lifeline-policy-l10n OUTPUT POLICY TS-FILE...
#include "PolicyLocalizer.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <cstdio>

using namespace Lifeline::Translations;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() < 4) {
        std::fprintf(stderr, "usage: lifeline-policy-l10n OUTPUT POLICY TS-FILE...\n");
        return 64;
    }
    QList<TsCatalog> catalogs;
    QString error;
    for (const QString &path : arguments.mid(3)) {
        TsCatalog catalog;
        if (!catalog.load(path, &error)) {
            std::fprintf(stderr, "lifeline-policy-l10n: %s\n", qPrintable(error));
            return 65;
        }
        catalogs.append(catalog);
    }
    QFile input(arguments.at(2));
    if (!input.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "lifeline-policy-l10n: %s: %s\n", qPrintable(input.fileName()),
            qPrintable(input.errorString()));
        return 66;
    }
    QByteArray policy;
    if (!PolicyLocalizer(catalogs).localize(input.readAll(), input.fileName(), &policy, &error)) {
        std::fprintf(stderr, "lifeline-policy-l10n: %s\n", qPrintable(error));
        return 65;
    }
    // Written whole or not at all: a half policy would make polkit drop every action.
    QSaveFile output(arguments.at(1));
    if (!output.open(QIODevice::WriteOnly) || output.write(policy) != policy.size() || !output.commit()) {
        std::fprintf(stderr, "lifeline-policy-l10n: %s: %s\n", qPrintable(output.fileName()),
            qPrintable(output.errorString()));
        return 73;
    }
    return 0;
}
