// The `inet lifeline` table as the set of live launches. Each change renders
// the whole table and applies it as one nftables transaction: when that
// fails, the kernel keeps the previous table and so does this object.
#pragma once

#include "NftRuleset.h"

#include <memory>

struct nft_ctx;

namespace Lifeline::Net {

// Where rendered scripts go: libnftables for real, a recorder in unit tests.
class RulesetBackend
{
public:
    virtual ~RulesetBackend() = default;
    // Runs `script` as one transaction. Empty on success, else why not.
    virtual QString apply(const QString &script) = 0;
};

// libnftables, one context for the helper's life. Closing a context's
// netlink socket right after a transaction that deleted anything waits for an
// RCU grace period in the kernel (10-15 ms, twice per launch), so the context
// and its socket are kept; libnftables re-reads its cache whenever the
// ruleset's generation changed. After a failed transaction the next one
// starts with a fresh context.
class NftablesBackend : public RulesetBackend
{
public:
    NftablesBackend();
    ~NftablesBackend() override;
    QString apply(const QString &script) override;

private:
    struct ContextDeleter {
        void operator()(nft_ctx *context) const;
    };
    void open();
    std::unique_ptr<nft_ctx, ContextDeleter> m_context;
};

class Firewall
{
public:
    explicit Firewall(std::unique_ptr<RulesetBackend> backend);

    // Each returns an empty string on success, else why the table is unchanged.
    QString add(const LaunchRules &launch);
    QString remove(const QString &id);
    // A connected tunnel's guard (one per interface); same contract.
    QString addGuard(const TunnelGuard &guard);
    QString removeGuard(const QString &interface);
    // Re-applies the current set; with no launches this deletes a table left
    // behind by an earlier run of the helper.
    QString reconcile();
    // A launch of an earlier run, whose rules that run left in the table:
    // counted from now on but not applied, so that every adopted launch goes
    // into the kernel with the next transaction (the start-up reconcile's),
    // in one. Same contract as add() otherwise.
    QString adopt(const LaunchRules &launch);

    const QList<LaunchRules> &launches() const { return m_launches; }

private:
    QString apply(const QList<LaunchRules> &launches, const QList<TunnelGuard> &guards);

    std::unique_ptr<RulesetBackend> m_backend;
    QList<LaunchRules> m_launches;
    QList<TunnelGuard> m_guards;
};

// Owner of one launch's rules: removes them when destroyed, never throws.
class FirewallEntry
{
public:
    static std::unique_ptr<FirewallEntry> add(Firewall &firewall, const LaunchRules &launch,
                                              QString *error);
    // Firewall::adopt() with an owner.
    static std::unique_ptr<FirewallEntry> adopt(Firewall &firewall, const LaunchRules &launch,
                                                QString *error);
    ~FirewallEntry();
    FirewallEntry(const FirewallEntry &) = delete;
    FirewallEntry &operator=(const FirewallEntry &) = delete;

private:
    FirewallEntry(Firewall &firewall, const QString &id) : m_firewall(firewall), m_id(id) {}
    Firewall &m_firewall;
    QString m_id;
};

} // namespace Lifeline::Net
