// The alias (IFLA_IFALIAS, what `ip link` shows as "alias") of a launch's
// host veth: the launch writes what a restarted helper needs to take it over
// there (IsolatedNetwork::Setup::label), so that this state lives exactly
// as long as the veth does and is never left on disk. Only root in the
// host's namespace can change it.
#pragma once

#include <QString>

struct nl_sock;

namespace Lifeline::Net::LinkLabel {

enum class Then { Nothing, BringUp };
// Empty on success, else a sentence. Then::BringUp also brings the link up,
// in the same message.
QString set(nl_sock *socket, int index, const QString &text, Then then = Then::Nothing);
// The alias of link `index`; empty when it has none; *error when the link
// cannot be read.
QString read(nl_sock *socket, int index, QString *error);

} // namespace Lifeline::Net::LinkLabel
