// What lupdate finds in the apps' sources right now (the files
// update_translations reads), as a catalog, plus lupdate's own warnings.
#pragma once

#include "TsCatalog.h"

#include <QProcess>

namespace Lifeline::Translations {

// Writes DIR/current_de.ts. False, with *error saying why, when lupdate fails.
inline bool extractCurrentStrings(const QString &dir, TsCatalog *catalog, QString *log, QString *error)
{
    const QString path = dir + QStringLiteral("/current_de.ts");
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(LUPDATE),
        { QStringLiteral("-locations"), QStringLiteral("absolute"), QStringLiteral("-no-obsolete"),
            QStringLiteral("@" SOURCES_LIST), QStringLiteral("-ts"), path });
    if (!lupdate.waitForFinished(120000)) {
        *error = QStringLiteral("lupdate did not finish: %1").arg(lupdate.errorString());
        return false;
    }
    *log = QString::fromUtf8(lupdate.readAll());
    if (lupdate.exitStatus() != QProcess::NormalExit || lupdate.exitCode() != 0) {
        *error = QStringLiteral("lupdate failed:\n") + *log;
        return false;
    }
    if (!catalog->load(path, error))
        return false;
    if (catalog->messages().size() < 100) {
        *error = QStringLiteral("lupdate found only %1 strings: is " SOURCES_LIST " right?").arg(catalog->messages().size());
        return false;
    }
    return true;
}

} // namespace Lifeline::Translations
