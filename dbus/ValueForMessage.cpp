#include "ValueForMessage.h"

namespace Lifeline {

QString valueForMessage(QStringView value, qsizetype maxChars)
{
    QString text = value.left(maxChars).toString();
    for (QChar &c : text) {
        if (c.category() == QChar::Other_Control)
            c = u'?';
    }
    return text;
}

} // namespace Lifeline
