#include "Firewall.h"

#include <QDebug>

#include <nftables/libnftables.h>

namespace Lifeline::Net {
namespace {

struct NftContextDeleter {
    void operator()(nft_ctx *context) const { nft_ctx_free(context); }
};

} // namespace

QString NftablesBackend::apply(const QString &script)
{
    std::unique_ptr<nft_ctx, NftContextDeleter> context(nft_ctx_new(NFT_CTX_DEFAULT));
    if (!context)
        return QStringLiteral("libnftables could not be initialised");
    // Capture nft's messages instead of letting it print to our stderr.
    nft_ctx_buffer_output(context.get());
    nft_ctx_buffer_error(context.get());
    const QByteArray text = script.toUtf8();
    if (nft_run_cmd_from_buffer(context.get(), text.constData()) == 0)
        return {};
    const QString detail = QString::fromUtf8(nft_ctx_get_error_buffer(context.get())).trimmed();
    return QStringLiteral("nftables refused the lifeline table: %1")
        .arg(detail.isEmpty() ? QStringLiteral("no reason given") : detail);
}

Firewall::Firewall(std::unique_ptr<RulesetBackend> backend)
    : m_backend(std::move(backend))
{
}

QString Firewall::add(const LaunchRules &launch)
{
    QList<LaunchRules> next = m_launches;
    next.append(launch);
    return apply(next);
}

QString Firewall::remove(const QString &id)
{
    QList<LaunchRules> next = m_launches;
    next.removeIf([&](const LaunchRules &launch) { return launch.id == id; });
    const QString error = apply(next);
    // A launch that is gone must not come back with the next change: its
    // rules vanish with the next transaction that succeeds.
    m_launches = next;
    return error;
}

QString Firewall::reconcile()
{
    return apply(m_launches);
}

QString Firewall::apply(const QList<LaunchRules> &launches)
{
    QString error;
    const QString script = NftRuleset::render(launches, &error);
    if (script.isEmpty())
        return error;
    error = m_backend->apply(script);
    if (error.isEmpty())
        m_launches = launches;
    return error;
}

std::unique_ptr<FirewallEntry> FirewallEntry::add(Firewall &firewall, const LaunchRules &launch,
                                                  QString *error)
{
    const QString why = firewall.add(launch);
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return nullptr;
    }
    return std::unique_ptr<FirewallEntry>(new FirewallEntry(firewall, launch.id));
}

FirewallEntry::~FirewallEntry()
{
    const QString error = m_firewall.remove(m_id);
    if (!error.isEmpty())
        qWarning().noquote() << QStringLiteral("could not remove the rules of launch %1: %2")
                                    .arg(m_id, error);
}

} // namespace Lifeline::Net
