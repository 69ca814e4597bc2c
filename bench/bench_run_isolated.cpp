// One round of the isolated-launch benchmark, as the calling user: the
// RunIsolated call -> the program's first instruction (the program is
// bench_clock, which prints CLOCK_MONOTONIC first thing), and the program's
// exit -> everything of the launch gone: its namespace name under /run/netns,
// its host-side veth (the kernel's list of links), and, by the helper's own
// word, the launch itself (ListIsolated; the helper answers only between
// teardowns, and removes the launch's nft rules before its namespace name).
// Prints "UP_NS DOWN_NS".
#include "Contract.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusUnixFileDescriptor>
#include <QDir>
#include <QFile>

#include <cstdio>
#include <ctime>
#include <fcntl.h>
#include <net/if.h>
#include <unistd.h>

using namespace Lifeline;

static long long nowNs()
{
    timespec t {};
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1000000000LL + t.tv_nsec;
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    registerContractTypes();
    if (argc != 3) {
        std::fprintf(stderr, "usage: bench_run_isolated MODE PROBE\n");
        return 64;
    }
    QDBusConnection bus = QDBusConnection::systemBus();
    int out[2];
    if (!bus.isConnected() || pipe2(out, O_CLOEXEC) != 0)
        return 1;
    const int devNull = open("/dev/null", O_RDWR | O_CLOEXEC);
    QDBusMessage call = QDBusMessage::createMethodCall(
        QString::fromLatin1(ServiceName), QString::fromLatin1(ObjectPath),
        QString::fromLatin1(InterfaceName), QStringLiteral("RunIsolated"));
    call << QString::fromLocal8Bit(argv[1]) << QStringList{QString::fromLocal8Bit(argv[2]), QStringLiteral("now")}
         << QVariant::fromValue(StringMap{{QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin")}})
         << QDir::currentPath() << QVariant::fromValue(QDBusUnixFileDescriptor(devNull))
         << QVariant::fromValue(QDBusUnixFileDescriptor(out[1])) << QVariant::fromValue(QDBusUnixFileDescriptor(devNull));

    const long long called = nowNs();
    const QDBusMessage reply = bus.call(call, QDBus::Block, 30000);
    // The message holds duplicates of the descriptors: drop them, or the
    // read below never sees end-of-file.
    call = QDBusMessage();
    close(out[1]);
    if (reply.type() != QDBusMessage::ReplyMessage) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(reply.errorName()), qPrintable(reply.errorMessage()));
        return 1;
    }
    char buffer[64] = {};
    ssize_t size = 0;
    for (ssize_t n; (n = read(out[0], buffer + size, sizeof buffer - 1 - size)) > 0;)
        size += n;
    const long long started = atoll(buffer);
    // The probe exits right after printing; the read above returned at its exit.
    const QString id = reply.arguments().value(0).toString();
    const QByteArray netns = QFile::encodeName(QStringLiteral("/run/netns/lifeline-") + id);
    const QByteArray veth = QStringLiteral("llv%1h").arg(id).toLatin1();
    const long long exited = nowNs();
    const QDBusMessage list = QDBusMessage::createMethodCall(QString::fromLatin1(ServiceName),
        QString::fromLatin1(ObjectPath), QString::fromLatin1(InterfaceName),
        QStringLiteral("ListIsolated"));
    const auto listed = [&] {
        const QDBusMessage answer = bus.call(list, QDBus::Block, 30000);
        if (answer.type() != QDBusMessage::ReplyMessage)
            return true; // not known to be gone
        const auto launches = qdbus_cast<IsolatedList>(answer.arguments().value(0));
        return std::any_of(launches.cbegin(), launches.cend(),
            [&](const IsolatedInfo &launch) { return launch.id == id; });
    };
    // The cheap kernel checks first; the helper is asked once they pass.
    while (
        access(netns.constData(), F_OK) == 0 || if_nametoindex(veth.constData()) != 0 || listed()) {
        if (nowNs() - exited > 30LL * 1000000000LL)
            return 1;
        usleep(200);
    }
    std::printf("%lld %lld\n", started - called, nowNs() - exited);
    return 0;
}
