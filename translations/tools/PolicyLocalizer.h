// Adds translations to a polkit policy: after each English <description> and
// <message> it writes one copy per language, <description xml:lang="de">,
// taken from the .ts files' context "polkit" (translations/PolkitStrings.h).
// Everything else (comments, layout, defaults) is copied as it is.
#pragma once

#include "TsCatalog.h"

#include <QByteArray>
#include <QList>

namespace Lifeline::Translations {

class PolicyLocalizer
{
public:
    static constexpr auto Context = "polkit";

    explicit PolicyLocalizer(const QList<TsCatalog> &catalogs);

    // False, with *error naming the policy, the language and the text, when a
    // text has no finished translation, the policy carries xml:lang elements
    // already (the source stays English, one place for translations) or is
    // not well-formed.
    bool localize(const QByteArray &policy, const QString &name, QByteArray *out, QString *error) const;

private:
    QList<TsCatalog> m_catalogs;
};

} // namespace Lifeline::Translations
