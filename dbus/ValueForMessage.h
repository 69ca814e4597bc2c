// A caller's value as it may be quoted back inside an error message.
#pragma once

#include <QString>
#include <QStringView>

namespace Lifeline {

// Error messages quote what the caller sent, and the helper logs them and
// clients print them: control characters must not reach a log or terminal
// raw (a line break forges a log line, an escape sequence drives a
// terminal). Returns at most `maxChars` UTF-16 units of `value`, each
// control character (QChar::Other_Control) replaced by '?'.
QString valueForMessage(QStringView value, qsizetype maxChars);

} // namespace Lifeline
