// How tunnel states read, for people (text) and for scripts (JSON-ready data).
// Pure functions, so the wording is unit-tested without a helper.
#pragma once

#include <QList>
#include <QStringList>
#include <QVariantMap>

namespace Lifeline::TunnelFormat {

// D-Bus values as plain Qt data (strings, numbers, lists, maps) at any depth,
// so keys a newer helper adds print and convert to JSON like the known ones.
QVariant plainValue(const QVariant &value);
QVariantMap plainStatus(const QVariantMap &status);

// "never" for 0, else "12 seconds ago" and the like. Both in seconds since 1970.
QString handshakeAge(qint64 lastHandshake, qint64 now);
// "12 bytes", "1.18 MiB" (binary units, the user's locale).
QString byteCount(quint64 bytes);
// A value for people: lists joined with ", ", yes/no, "-" for nothing.
QString valueText(const QVariant &value);

// `tunnel list`: the header, then one row per tunnel; `statuses` are plain.
QStringList listTable(const QStringList &names, const QList<QVariantMap> &statuses);
// `tunnel show`: "Label:  value" lines, known keys first, then any others.
QStringList showLines(const QString &name, const QVariantMap &status, qint64 now);

// Pads every column but the last to its widest cell, two spaces apart.
QStringList alignColumns(const QList<QStringList> &rows);

} // namespace Lifeline::TunnelFormat
