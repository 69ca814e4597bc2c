// Everything `lifelinectl run` hands to the helper's RunIsolated, gathered
// before the helper is called so that "no such command" costs no D-Bus call.
#pragma once

#include "Contract.h"

#include <QStringList>

namespace Lifeline {

struct Invocation;

struct LaunchRequest {
    QString mode; // ipv4-only, ipv6-only or tunnel:NAME
    QStringList argv; // argv[0] is an absolute path
    StringMap environment; // all of lifelinectl's own
    QString workingDirectory;
};

// Fills `request` from the parsed command line and lifelinectl's own process
// state. On failure prints why and returns the exit code (127 no such
// command, 126 cannot run it, 1 otherwise); Exit::Ok on success.
int prepareLaunch(const Invocation &invocation, LaunchRequest &request);

} // namespace Lifeline
