#include "TunnelFormat.h"

#include <QCoreApplication>
#include <QDBusArgument>
#include <QDBusObjectPath>
#include <QDBusSignature>
#include <QDBusVariant>
#include <QLocale>

#include <functional>
#include <limits>

namespace Lifeline::TunnelFormat {

namespace {

QVariant demarshal(const QDBusArgument &argument)
{
    switch (argument.currentType()) {
    case QDBusArgument::BasicType:
    case QDBusArgument::VariantType:
        return plainValue(argument.asVariant());
    case QDBusArgument::ArrayType: {
        QVariantList list;
        argument.beginArray();
        while (!argument.atEnd())
            list.append(demarshal(argument));
        argument.endArray();
        return list;
    }
    case QDBusArgument::StructureType: {
        QVariantList fields;
        argument.beginStructure();
        while (!argument.atEnd())
            fields.append(demarshal(argument));
        argument.endStructure();
        return fields;
    }
    case QDBusArgument::MapType: {
        QVariantMap map;
        argument.beginMap();
        while (!argument.atEnd()) {
            argument.beginMapEntry();
            const QVariant key = demarshal(argument);
            const QVariant value = demarshal(argument);
            argument.endMapEntry();
            map.insert(key.toString(), value);
        }
        argument.endMap();
        return map;
    }
    case QDBusArgument::MapEntryType:
    case QDBusArgument::UnknownType:
        break;
    }
    return {};
}

// Singular and plural spelled out: without a translation loaded, Qt's %n
// would print "12 second(s) ago".
QString ago(qint64 count, const char *one, const char *many)
{
    return count == 1 ? QCoreApplication::translate("lifelinectl", one)
                      : QCoreApplication::translate("lifelinectl", many).arg(count);
}

QString text(const QVariantMap &status, const QString &key)
{
    return valueText(status.value(key));
}

QString mtuText(const QVariant &value)
{
    // 0: the configuration leaves it to the default and nothing is up yet.
    return value.toULongLong() == 0 ? QCoreApplication::translate("lifelinectl", "default")
                                    : value.toString();
}

} // namespace

QVariant plainValue(const QVariant &value)
{
    const int type = value.userType();
    if (type == qMetaTypeId<QDBusArgument>())
        return demarshal(qvariant_cast<QDBusArgument>(value));
    if (type == qMetaTypeId<QDBusVariant>())
        return plainValue(qvariant_cast<QDBusVariant>(value).variant());
    if (type == qMetaTypeId<QDBusObjectPath>())
        return qvariant_cast<QDBusObjectPath>(value).path();
    if (type == qMetaTypeId<QDBusSignature>())
        return qvariant_cast<QDBusSignature>(value).signature();
    if (type == QMetaType::QVariantList) {
        QVariantList list;
        for (const QVariant &item : value.toList())
            list.append(plainValue(item));
        return list;
    }
    if (type == QMetaType::QVariantMap)
        return plainStatus(value.toMap());
    return value;
}

QVariantMap plainStatus(const QVariantMap &status)
{
    QVariantMap plain;
    for (auto it = status.cbegin(); it != status.cend(); ++it)
        plain.insert(it.key(), plainValue(it.value()));
    return plain;
}

QString handshakeAge(qint64 lastHandshake, qint64 now)
{
    if (lastHandshake <= 0)
        return QCoreApplication::translate("lifelinectl", "never");
    const qint64 seconds = now - lastHandshake;
    if (seconds < 0)
        return QCoreApplication::translate(
            "lifelinectl", "just now"); // the clocks disagree a little
    if (seconds < 120)
        return ago(seconds, QT_TRANSLATE_NOOP("lifelinectl", "1 second ago"),
            QT_TRANSLATE_NOOP("lifelinectl", "%1 seconds ago"));
    if (seconds < 120 * 60)
        return ago(seconds / 60, QT_TRANSLATE_NOOP("lifelinectl", "1 minute ago"),
            QT_TRANSLATE_NOOP("lifelinectl", "%1 minutes ago"));
    if (seconds < 48 * 3600)
        return ago(seconds / 3600, QT_TRANSLATE_NOOP("lifelinectl", "1 hour ago"),
            QT_TRANSLATE_NOOP("lifelinectl", "%1 hours ago"));
    return ago(seconds / 86400, QT_TRANSLATE_NOOP("lifelinectl", "1 day ago"),
        QT_TRANSLATE_NOOP("lifelinectl", "%1 days ago"));
}

QString byteCount(quint64 bytes)
{
    const auto max = quint64(std::numeric_limits<qint64>::max());
    return QLocale().formattedDataSize(qint64(qMin(bytes, max)));
}

QString valueText(const QVariant &value)
{
    const QVariant plain = plainValue(value);
    QString result;
    switch (plain.userType()) {
    case QMetaType::Bool:
        return plain.toBool() ? QCoreApplication::translate("lifelinectl", "yes")
                              : QCoreApplication::translate("lifelinectl", "no");
    case QMetaType::QStringList:
    case QMetaType::QVariantList: {
        QStringList items;
        for (const QVariant &item : plain.toList())
            items.append(valueText(item));
        result = items.join(QStringLiteral(", "));
        break;
    }
    case QMetaType::QVariantMap: {
        const QVariantMap map = plain.toMap();
        QStringList items;
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            items.append(it.key() + u'=' + valueText(it.value()));
        result = items.join(QStringLiteral(", "));
        break;
    }
    default:
        result = plain.toString();
    }
    return result.isEmpty() ? QStringLiteral("-") : result;
}

QStringList alignColumns(const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QStringList &row : rows) {
        for (qsizetype column = 0; column < row.size(); ++column) {
            if (widths.size() <= column)
                widths.append(0);
            widths[column] = qMax(widths.at(column), row.at(column).size());
        }
    }
    QStringList lines;
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype column = 0; column < row.size(); ++column) {
            const bool last = column + 1 == row.size();
            line += last ? row.at(column) : row.at(column).leftJustified(widths.at(column) + 2);
        }
        lines.append(line);
    }
    return lines;
}

QStringList listTable(const QStringList &names, const QList<QVariantMap> &statuses)
{
    QList<QStringList> rows { { QCoreApplication::translate("lifelinectl", "NAME"),
        QCoreApplication::translate("lifelinectl", "STATE"),
        QCoreApplication::translate("lifelinectl", "INTERFACE"),
        QCoreApplication::translate("lifelinectl", "ENDPOINT"),
        QCoreApplication::translate("lifelinectl", "FAMILIES") } };
    for (qsizetype i = 0; i < names.size() && i < statuses.size(); ++i) {
        const QVariantMap &status = statuses.at(i);
        // Families joined without spaces, so each cell stays one word for awk.
        QString families = text(status, QStringLiteral("families"));
        families.replace(QStringLiteral(", "), QStringLiteral(","));
        rows.append({ names.at(i), text(status, QStringLiteral("state")),
            text(status, QStringLiteral("interface")), text(status, QStringLiteral("endpoint")),
            families });
    }
    return alignColumns(rows);
}

QStringList showLines(const QString &name, const QVariantMap &status, qint64 now)
{
    QList<QStringList> rows { { QCoreApplication::translate("lifelinectl", "Tunnel:"), name } };
    QVariantMap rest = status;
    const auto known = [&](const char *key, const QString &label,
                           const std::function<QString(const QVariant &)> &format) {
        const QString k = QString::fromLatin1(key);
        if (!rest.contains(k))
            return;
        rows.append({ label, format(rest.take(k)) });
    };
    known("state", QCoreApplication::translate("lifelinectl", "State:"), valueText);
    known("interface", QCoreApplication::translate("lifelinectl", "Interface:"), valueText);
    known("endpoint", QCoreApplication::translate("lifelinectl", "Endpoint:"), valueText);
    known("families", QCoreApplication::translate("lifelinectl", "Families:"), valueText);
    known("mtu", QCoreApplication::translate("lifelinectl", "MTU:"), mtuText);
    // Whether FixMtu found the MTU belongs on the MTU's line, not on two more.
    const bool probed = rest.take(QStringLiteral("mtu-probed")).toBool();
    const qint64 probedAt = rest.take(QStringLiteral("mtu-probed-at")).toLongLong();
    if (probed && rows.constLast().size() == 2
        && rows.constLast().constFirst() == QCoreApplication::translate("lifelinectl", "MTU:"))
        rows.last()[1] = QCoreApplication::translate("lifelinectl", "%1 (probed %2)")
                             .arg(rows.constLast().at(1), handshakeAge(probedAt, now));
    known("mtu-setting", QCoreApplication::translate("lifelinectl", "MTU setting:"),
        [](const QVariant &value) {
            return value.toString().isEmpty()
                ? QCoreApplication::translate("lifelinectl", "from the configuration")
                : value.toString();
        });
    // Like the error: only when there is one.
    if (const QVariant error = rest.take(QStringLiteral("mtu-error")); !error.toString().isEmpty())
        rows.append({ QCoreApplication::translate("lifelinectl", "MTU error:"), valueText(error) });
    known("backend", QCoreApplication::translate("lifelinectl", "Back end:"), valueText);
    known("last-handshake", QCoreApplication::translate("lifelinectl", "Last handshake:"),
        [now](const QVariant &value) { return handshakeAge(value.toLongLong(), now); });
    known("rx-bytes", QCoreApplication::translate("lifelinectl", "Received:"),
        [](const QVariant &value) { return byteCount(value.toULongLong()); });
    known("tx-bytes", QCoreApplication::translate("lifelinectl", "Sent:"),
        [](const QVariant &value) { return byteCount(value.toULongLong()); });
    known("dns", QCoreApplication::translate("lifelinectl", "DNS:"), valueText);
    known("peers", QCoreApplication::translate("lifelinectl", "Peers:"), valueText);
    // No error is the usual case; a line saying "-" would only be noise.
    if (const QVariant error = rest.take(QStringLiteral("error")); !error.toString().isEmpty())
        rows.append({ QCoreApplication::translate("lifelinectl", "Error:"), valueText(error) });
    // Keys this lifelinectl does not know yet: shown as the helper names them.
    for (auto it = rest.cbegin(); it != rest.cend(); ++it)
        rows.append({ it.key() + u':', valueText(it.value()) });
    return alignColumns(rows);
}

} // namespace Lifeline::TunnelFormat
