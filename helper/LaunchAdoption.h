// Whether a launch that an earlier run of the helper left running can be
// taken over after a restart, and as what: judged from what the kernel and
// /proc show of it (its namespace's processes and their supervisor, its
// host veth's address and label). Pure, so each case is unit-tested with
// made-up state; StartupReconcile reads the state, IsolatedLaunches::adopt()
// takes the launch over.
//
// The label is the host veth's alias (Net::LinkLabel), written at launch:
// "lifeline-launch mode=<mode> uid=<uid>". Mode and owner are all a launch
// keeps that the kernel does not show otherwise; its subnet and family are
// read from the veth's address, its command from /proc.
#pragma once

#include "LaunchProcesses.h"
#include "NetTypes.h"

#include <QList>
#include <QString>

#include <optional>

namespace Lifeline::LaunchAdoption {

// What the kernel and /proc show of one launch id.
struct Trace {
    bool namespaceBound = false; // /run/netns/lifeline-<id> holds a namespace
    LaunchProcesses::Found processes;
    int vethIndex = 0; // llv<id>h; 0: gone
    QList<Net::Prefix> vethAddresses; // with their prefix lengths
    QString label;
};

// How to take it over.
struct Plan {
    QString mode; // as RunIsolated got it
    uint uid = 0;
    Net::Family family = Net::Family::IPv4;
    Net::Prefix subnet; // as the pool hands it out
    QString tunnel; // tunnel:<name>: the name; empty otherwise
    LaunchProcesses::Found processes;
};

QString label(const QString &mode, uint uid);
// Mode and uid from a label; false with *why when it is not one of ours.
bool parseLabel(const QString &label, QString *mode, uint *uid, QString *why);

// A plan, or nullopt with *why (a phrase: "no process is left in its
// namespace").
std::optional<Plan> judge(const Trace &trace, QString *why);

} // namespace Lifeline::LaunchAdoption
