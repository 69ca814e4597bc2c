#include "HelperService.h"

#include "TunnelCreation.h"
#include "TunnelSettings.h"
#include "Validation.h"

#include <algorithm>
#include <array>

namespace Lifeline {

HelperService::HelperService(const QDBusConnection &bus, Authoriser *authoriser, Options options,
                             QObject *parent)
    : QObject(parent)
    , m_gate(bus, authoriser)
    , m_options(std::move(options))
{
    if (m_options.launches)
        connect(m_options.launches, &IsolatedLaunches::exited, this, &HelperService::IsolatedExited);
    if (m_options.tunnels)
        connect(m_options.tunnels, &TunnelManager::changed, this, &HelperService::TunnelChanged);
}

QString HelperService::version() const
{
    return QStringLiteral(LIFELINE_VERSION);
}

void HelperService::privileged(const char *polkitAction, CallGate::Action act,
                               CallGate::LookUp lookUp)
{
    setDelayedReply(true);
    m_gate.enter(message(), polkitAction, std::move(act), std::move(lookUp));
}

void HelperService::notYetAvailable(const char *polkitAction, const QString &validationError)
{
    privileged(polkitAction, [validationError](const Request &request, const Caller &) {
        if (!validationError.isEmpty()) {
            request.fail(Error::InvalidArgument, validationError);
            return;
        }
        request.fail(Error::Unavailable,
                     QStringLiteral("%1 is not available in this version of lifeline-helper")
                         .arg(request.message().member()));
    });
}

QStringList HelperService::ListTunnels()
{
    return m_options.tunnels ? m_options.tunnels->list() : QStringList();
}

QVariantMap HelperService::GetTunnel(const QString &name)
{
    if (const QString error = Validation::tunnelName(name); !error.isEmpty()) {
        sendErrorReply(QString::fromLatin1(Error::InvalidArgument), error);
        return {};
    }
    QVariantMap status;
    const auto outcome = m_options.tunnels
        ? m_options.tunnels->status(name, &status)
        : TunnelManager::Outcome{Error::NotFound,
                                 QStringLiteral("there is no tunnel named \"%1\"").arg(name)};
    if (outcome.errorName)
        sendErrorReply(QString::fromLatin1(outcome.errorName), outcome.error);
    return status;
}

void HelperService::tunnelAction(const char *polkitAction, const QString &validationError,
                                 TunnelAct act)
{
    if (!m_options.tunnels) {
        notYetAvailable(polkitAction, validationError);
        return;
    }
    privileged(polkitAction, [this, validationError, act](const Request &request, const Caller &) {
        if (!validationError.isEmpty())
            return request.fail(Error::InvalidArgument, validationError);
        act(*m_options.tunnels, [request](const TunnelManager::Outcome &outcome) {
            if (outcome.errorName)
                request.fail(outcome.errorName, outcome.error);
            else
                request.reply();
        });
    });
}

void HelperService::ImportTunnel(const QString &name, const QString &wgQuickConfig)
{
    tunnelAction(Action::ConfigureTunnels, Validation::tunnelName(name),
                 [name, wgQuickConfig](TunnelManager &tunnels, const TunnelDone &done) {
                     done(tunnels.import(name, wgQuickConfig));
                 });
}

QString HelperService::CreateTunnel(const QString &name, const QVariantMap &settings)
{
    privileged(Action::ConfigureTunnels, [this, name, settings](const Request &request, const Caller &) {
        QString error = Validation::tunnelName(name);
        std::optional<Tunnel::NewTunnel> checked;
        if (error.isEmpty())
            checked = Tunnel::parseNewTunnel(settings, &error);
        if (!checked)
            return request.fail(Error::InvalidArgument, error);
        if (!m_options.tunnels)
            return request.fail(Error::Unavailable, QStringLiteral("tunnels are not available here"));
        QString publicKey;
        const auto outcome = createTunnel(*m_options.tunnels, name, *checked, &publicKey);
        if (outcome.errorName)
            return request.fail(outcome.errorName, outcome.error);
        request.reply({ publicKey });
    });
    return {};
}

void HelperService::RemoveTunnel(const QString &name)
{
    tunnelAction(Action::ConfigureTunnels, Validation::tunnelName(name),
                 [name](TunnelManager &tunnels, const TunnelDone &done) {
                     done(tunnels.remove(name));
                 });
}

void HelperService::ConnectTunnel(const QString &name, const QString &families)
{
    QString error = Validation::tunnelName(name);
    if (error.isEmpty())
        error = Validation::families(families);
    tunnelAction(Action::ConnectTunnel, error,
                 [name, families](TunnelManager &tunnels, const TunnelDone &done) {
                     tunnels.connectTunnel(name, families, done);
                 });
}

void HelperService::DisconnectTunnel(const QString &name)
{
    tunnelAction(Action::ConnectTunnel, Validation::tunnelName(name),
                 [name](TunnelManager &tunnels, const TunnelDone &done) {
                     done(tunnels.disconnect(name));
                 });
}

uint HelperService::FixMtu(const QString &name)
{
    const QString validationError = Validation::tunnelName(name);
    if (!m_options.tunnels) {
        notYetAvailable(Action::FixMtu, validationError);
        return 0;
    }
    privileged(Action::FixMtu, [this, name, validationError](const Request &request, const Caller &) {
        if (!validationError.isEmpty())
            return request.fail(Error::InvalidArgument, validationError);
        // The search takes up to seconds on a worker thread; the reply waits for it.
        m_options.tunnels->fixMtu(
            name, [request](const TunnelManager::Outcome &outcome, quint32 mtu) {
                if (outcome.errorName)
                    request.fail(outcome.errorName, outcome.error);
                else
                    request.reply({QVariant::fromValue<uint>(mtu)});
            });
    });
    return 0;
}

void HelperService::SetTunnelMtu(const QString &name, const QString &mtu)
{
    QString error = Validation::tunnelName(name);
    if (error.isEmpty() && !mtu.isEmpty()) { // "": back to the configuration's MTU
        Tunnel::TunnelSettings checked;
        error = Tunnel::parseMtuSetting(mtu, &checked);
    }
    // fix-mtu, not configure-tunnels: see the contract's comment.
    tunnelAction(
        Action::FixMtu, error, [name, mtu](TunnelManager &tunnels, const TunnelDone &done) {
            done(tunnels.setTunnelMtu(name, mtu));
        });
}

bool HelperService::ProbeNative(const QString &family, const QString &address, ushort port)
{
    privileged(Action::ConnectTunnel,
        [this, family, address, port](const Request &request, const Caller &caller) {
            NativeProbes::Target target;
            if (const QString error = NativeProbes::check(family, address, port, &target);
                !error.isEmpty())
                return request.fail(Error::InvalidArgument, error);
            const quint32 fwmark
                = m_options.tunnels ? m_options.tunnels->fwmarkCarrying(target.family) : 0;
            const bool started = m_probes.start(caller.busName, target, fwmark,
                [request](bool reachable) { request.reply({ reachable }); });
            if (!started)
                request.fail(Error::Busy,
                    QStringLiteral("%1 probes are running already; wait for one to finish")
                        .arg(NativeProbes::MaxPendingPerCaller));
        });
    return false;
}

QString HelperService::RunIsolated(const QString &mode, const QStringList &argv,
                                   const StringMap &env, const QString &cwd,
                                   const QDBusUnixFileDescriptor &stdinFd,
                                   const QDBusUnixFileDescriptor &stdoutFd,
                                   const QDBusUnixFileDescriptor &stderrFd, uint &pid)
{
    pid = 0;
    const IsolatedLaunches::Command command{mode, argv, env, cwd, stdinFd.fileDescriptor(),
                                            stdoutFd.fileDescriptor(), stderrFd.fileDescriptor(), {}};
    // The descriptors ride along in the capture: they stay open until the
    // delayed reply, after polkit has answered.
    const std::array fds{stdinFd, stdoutFd, stderrFd};
    // Read while polkit decides, so the launch does not wait for it after.
    const auto lookedUp = std::make_shared<std::optional<IsolatedLaunches::LookUps>>();
    const auto lookUp = [this, lookedUp](const Caller &caller) {
        if (m_options.launches)
            *lookedUp = m_options.launches->lookUp(caller);
    };
    const auto act = [this, command, fds, lookedUp](const Request &request, const Caller &caller) {
        QString error = Validation::isolationMode(command.mode);
        if (error.isEmpty())
            error = Validation::commandLine(command.argv);
        if (error.isEmpty())
            error = Validation::environment(command.env);
        if (error.isEmpty())
            error = Validation::workingDirectory(command.cwd);
        if (error.isEmpty() && !std::all_of(fds.begin(), fds.end(), [](const auto &fd) { return fd.isValid(); }))
            error = QStringLiteral("stdin, stdout and stderr must all be open file descriptors");
        if (!error.isEmpty())
            return request.fail(Error::InvalidArgument, error);
        if (!m_options.launches)
            return request.fail(Error::Unavailable,
                                QStringLiteral("isolated launches are not available here"));
        IsolatedLaunches::Command launch = command;
        if (command.mode.startsWith(u"tunnel:")) {
            if (!m_options.tunnels)
                return request.fail(Error::Unavailable,
                                    QStringLiteral("tunnels are not available here"));
            TunnelManager::Outcome refused;
            launch.tunnel = m_options.tunnels->launchPath(command.mode.mid(7), &refused);
            if (!launch.tunnel)
                return request.fail(refused.errorName, refused.error);
        }
        const auto outcome
            = m_options.launches->start(caller, launch, *lookedUp ? &**lookedUp : nullptr);
        if (outcome.errorName)
            return request.fail(outcome.errorName, outcome.error);
        request.reply({outcome.id, outcome.pid});
    };
    privileged(Action::RunIsolated, act, lookUp);
    return {};
}

IsolatedList HelperService::ListIsolated()
{
    return m_options.launches ? m_options.launches->list() : IsolatedList();
}

} // namespace Lifeline
