// What makes a shipped translation unusable, each problem one line naming the
// file, the context and the source text: unfinished or empty translations,
// entries left obsolete, placeholders (%1, %L1, %n) or mnemonics (&) that
// differ from the source, and leading or trailing spaces and line breaks
// that differ (help texts and table cells rely on them).
#pragma once

#include "TsCatalog.h"

#include <QStringList>

namespace Lifeline::Translations {

class TranslationChecks
{
public:
    static QStringList problems(const TsCatalog &catalog);
    // Every message of `current` (what lupdate finds in the sources now) that
    // `shipped` lacks, has only as obsolete, or has not finished; and every
    // message `shipped` still has as current that the sources no longer use.
    static QStringList drift(const TsCatalog &current, const TsCatalog &shipped);

    static QStringList placeholders(const QString &text); // sorted
    static int mnemonics(const QString &text);
};

} // namespace Lifeline::Translations
