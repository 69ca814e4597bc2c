#include "TunnelConfigFile.h"

#include "ExitCodes.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringDecoder>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace Lifeline {

namespace {

TunnelConfig failure(int exitCode, const QString &error)
{
    TunnelConfig config;
    config.exitCode = exitCode;
    config.error = error;
    return config;
}

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

// Plain read(2): QFile on a pipe cannot tell "nothing yet" from the end.
bool readAtMost(int fd, qsizetype limit, QByteArray &bytes, int &error)
{
    bytes.resize(limit);
    qsizetype filled = 0;
    while (filled < limit) {
        const ssize_t got = ::read(fd, bytes.data() + filled, static_cast<size_t>(limit - filled));
        if (got == 0)
            break;
        if (got < 0) {
            if (errno == EINTR)
                continue;
            error = errno;
            return false;
        }
        filled += got;
    }
    bytes.truncate(filled);
    return true;
}

} // namespace

TunnelConfig readTunnelConfig(const QString &file)
{
    const bool fromStdin = file == u"-";
    const QString shown = fromStdin ? QCoreApplication::translate("lifelinectl", "standard input")
                                    : QStringLiteral("\"%1\"").arg(file);
    int fd = STDIN_FILENO;
    if (!fromStdin) {
        fd = ::open(QFile::encodeName(file).constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY);
        if (fd < 0)
            return failure(Exit::NoInput,
                QCoreApplication::translate("lifelinectl", "cannot read %1: %2")
                    .arg(shown, systemError(errno)));
    } else if (::isatty(fd)) {
        std::fputs(qPrintable(QCoreApplication::translate(
                       "lifelinectl", "Paste the configuration, then press Ctrl+D.\n")),
            stderr);
    }
    QByteArray bytes;
    int error = 0;
    const bool ok = readAtMost(fd, MaxTunnelConfigBytes + 1, bytes, error);
    if (!fromStdin)
        ::close(fd);
    if (!ok)
        return failure(Exit::NoInput,
            QCoreApplication::translate("lifelinectl", "cannot read %1: %2")
                .arg(shown, systemError(error)));
    return decodeTunnelConfig(bytes, shown);
}

TunnelConfig decodeTunnelConfig(const QByteArray &bytes, const QString &shownName)
{
    if (bytes.size() > MaxTunnelConfigBytes)
        return failure(Exit::DataError,
            QCoreApplication::translate(
                "lifelinectl", "%1 is larger than %2 bytes; that is not a WireGuard configuration")
                .arg(shownName)
                .arg(MaxTunnelConfigBytes));
    // D-Bus strings cannot carry NUL, and a silent U+FFFD would change the key.
    if (bytes.contains('\0'))
        return failure(Exit::DataError,
            QCoreApplication::translate("lifelinectl", "%1 is not text (it contains a NUL byte)")
                .arg(shownName));
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    TunnelConfig config;
    config.text = decoder(bytes);
    if (decoder.hasError())
        return failure(Exit::DataError,
            QCoreApplication::translate("lifelinectl", "%1 is not UTF-8 text").arg(shownName));
    return config;
}

} // namespace Lifeline
