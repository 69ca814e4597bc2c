// `lifelinectl info`: the helper's version and what this machine offers.
#pragma once

#include <QDBusConnection>
#include <functional>

namespace Lifeline {

// Calls the helper asynchronously and reports through `done(exitCode)`.
void runInfo(const QDBusConnection &bus, bool asJson, std::function<void(int)> done);

} // namespace Lifeline
