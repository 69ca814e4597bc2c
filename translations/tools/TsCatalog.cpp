#include "TsCatalog.h"

#include <QFile>
#include <QXmlStreamReader>

namespace Lifeline::Translations {

namespace {

void readTranslation(QXmlStreamReader &xml, TsMessage &message)
{
    message.type = xml.attributes().value(QLatin1String("type")).toString();
    if (!message.numerus) {
        message.translations = { xml.readElementText(QXmlStreamReader::SkipChildElements) };
        return;
    }
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("numerusform"))
            message.translations.append(xml.readElementText(QXmlStreamReader::SkipChildElements));
        else
            xml.skipCurrentElement();
    }
}

TsMessage readMessage(QXmlStreamReader &xml, const QString &context)
{
    TsMessage message;
    message.context = context;
    message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
    while (xml.readNextStartElement()) {
        const auto name = xml.name();
        if (name == QLatin1String("location")) {
            // lupdate writes the file name only where it changes: keep the first.
            if (message.fileName.isEmpty())
                message.fileName = xml.attributes().value(QLatin1String("filename")).toString();
            if (message.line == 0)
                message.line = xml.attributes().value(QLatin1String("line")).toInt();
            xml.skipCurrentElement();
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText(QXmlStreamReader::SkipChildElements);
        } else if (name == QLatin1String("comment")) {
            message.comment = xml.readElementText(QXmlStreamReader::SkipChildElements);
        } else if (name == QLatin1String("translation")) {
            readTranslation(xml, message);
        } else {
            xml.skipCurrentElement();
        }
    }
    return message;
}

} // namespace

bool TsCatalog::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    return load(file.readAll(), path, error);
}

bool TsCatalog::load(const QByteArray &data, const QString &name, QString *error)
{
    m_name = name;
    m_locale.clear();
    m_messages.clear();
    QXmlStreamReader xml(data);
    if (!xml.readNextStartElement() || xml.name() != QLatin1String("TS")) {
        *error = QStringLiteral("%1: not a Qt Linguist file (no <TS> element)").arg(name);
        return false;
    }
    m_locale = xml.attributes().value(QLatin1String("language")).toString();
    while (xml.readNextStartElement()) {
        if (xml.name() != QLatin1String("context")) {
            xml.skipCurrentElement();
            continue;
        }
        QString context;
        while (xml.readNextStartElement()) {
            if (xml.name() == QLatin1String("name"))
                context = xml.readElementText();
            else if (xml.name() == QLatin1String("message"))
                m_messages.append(readMessage(xml, context));
            else
                xml.skipCurrentElement();
        }
    }
    if (xml.hasError()) {
        *error = QStringLiteral("%1:%2: %3").arg(name).arg(xml.lineNumber()).arg(xml.errorString());
        return false;
    }
    if (m_locale.isEmpty()) {
        *error = QStringLiteral("%1: the <TS> element names no language").arg(name);
        return false;
    }
    return true;
}

QString TsCatalog::translation(const QString &context, const QString &source) const
{
    for (const TsMessage &message : m_messages) {
        if (message.context == context && message.source == source && message.finished()
            && !message.translations.isEmpty() && !message.translations.constFirst().isEmpty())
            return message.translations.constFirst();
    }
    return QString();
}

} // namespace Lifeline::Translations
