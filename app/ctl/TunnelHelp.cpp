// The help texts of `lifelinectl tunnel`; keep them in step with the man page.
#include "TunnelCommandLine.h"

#include <QCoreApplication>

namespace Lifeline {

namespace {

QString overview()
{
    return QCoreApplication::translate("lifelinectl",
        "Usage: lifelinectl tunnel import NAME FILE\n"
        "       lifelinectl tunnel create NAME --endpoint HOST:PORT --server-key KEY\n"
        "                                 --address CIDR... [--allowed-ip CIDR]... "
        "[--dns ADDRESS]...\n"
        "       lifelinectl tunnel remove NAME\n"
        "       lifelinectl tunnel list [--json]\n"
        "       lifelinectl tunnel show NAME [--json]\n"
        "       lifelinectl tunnel up NAME [--ipv4 | --ipv6 | --all] [--no-wait] "
        "[--timeout SECONDS]\n"
        "       lifelinectl tunnel down NAME\n"
        "       lifelinectl tunnel set NAME mtu=auto|NUMBER|config\n"
        "\n"
        "WireGuard tunnels that carry a broken IP family over the one that works.\n"
        "NAME is 1 to 12 of a-z, 0-9 and -; the tunnel's interface is ll-NAME.\n"
        "\n"
        "  import NAME FILE   add the wg-quick configuration in FILE (- reads standard\n"
        "                     input) as tunnel NAME; needs an administrator\n"
        "  create NAME ...    make tunnel NAME with a new key pair (the private key\n"
        "                     never leaves the helper) and print the server's side;\n"
        "                     needs an administrator\n"
        "  remove NAME        delete tunnel NAME and its configuration; needs an\n"
        "                     administrator\n"
        "  list               all tunnels: name, state, interface, endpoint, families\n"
        "  show NAME          everything the helper knows about tunnel NAME\n"
        "  up NAME            connect tunnel NAME and wait until it is up\n"
        "  down NAME          disconnect tunnel NAME\n"
        "  set NAME mtu=...   probe tunnel NAME's MTU after every connect (auto), use\n"
        "                     a fixed one, or the configuration's again (config)\n"
        "\n"
        "lifelinectl tunnel COMMAND --help explains each command.\n"
        "\n"
        "Exit status: 0 success, 1 the helper refused or the tunnel failed, 64 usage,\n"
        "65 configuration refused, 66 no such tunnel or FILE, 69 helper not available,\n"
        "75 still not up when the time ran out, 77 not authorised.\n");
}

QString importHelp()
{
    return QCoreApplication::translate("lifelinectl",
        "Usage: lifelinectl tunnel import NAME FILE\n"
        "\n"
        "Adds the WireGuard configuration in FILE as tunnel NAME. FILE is in wg-quick\n"
        "format, as VPS guides and VPN providers hand it out; - reads it from standard\n"
        "input. PreUp, PostUp, PreDown, PostDown and SaveConfig are refused: the helper\n"
        "never runs commands from a file. The private key stays with the helper.\n"
        "\n"
        "FILE may be at most 1 MiB of UTF-8 text. When the helper refuses it, the\n"
        "message names the line. To replace a tunnel, remove it first.\n"
        "\n"
        "Needs an administrator (polkit action io.github.lifeline.configure-tunnels);\n"
        "polkit's agent may ask for a password.\n"
        "\n"
        "Exit status: 0 imported, 65 configuration refused, 66 FILE cannot be read,\n"
        "77 not authorised, 64 usage, 69 helper not available, 1 other failure.\n");
}

QString createHelp()
{
    return QCoreApplication::translate("lifelinectl",
        "Usage: lifelinectl tunnel create NAME --endpoint HOST:PORT --server-key KEY\n"
        "                                 --address CIDR [--address CIDR]...\n"
        "                                 [--allowed-ip CIDR]... [--dns ADDRESS]... [--json]\n"
        "\n"
        "Makes tunnel NAME to your own WireGuard server. The helper makes the key pair\n"
        "and keeps the private key; this prints the public key, the server's WireGuard\n"
        "configuration and the commands that set the server up (Debian): forwarding,\n"
        "NAT, and accept_ra=2 so an IPv6 server does not lose its default route.\n"
        "\n"
        "  --endpoint HOST:PORT   the server: a name, an IPv4 address or [IPv6]:PORT\n"
        "  --server-key KEY       the server's public key (wg pubkey < its private key)\n"
        "  --address CIDR         this computer's address inside the tunnel, such as\n"
        "                         10.66.0.2/32 or fd66::2/128; repeat for both families\n"
        "  --allowed-ip CIDR      what goes through the tunnel (default: everything,\n"
        "                         0.0.0.0/0 and ::/0); repeatable\n"
        "  --dns ADDRESS          a resolver to use while the tunnel carries traffic;\n"
        "                         repeatable\n"
        "  --json                 print public-key, server-config and server-commands\n"
        "                         as a JSON object\n"
        "\n"
        "The tunnel keeps alive every 25 seconds. Needs an administrator (polkit action\n"
        "io.github.lifeline.configure-tunnels). To replace a tunnel, remove it first.\n"
        "\n"
        "Exit status: 0 created, 65 settings refused (the message names the setting),\n"
        "77 not authorised, 64 usage, 69 helper not available, 1 other failure.\n");
}

QString removeHelp()
{
    return QCoreApplication::translate("lifelinectl",
        "Usage: lifelinectl tunnel remove NAME\n"
        "\n"
        "Deletes tunnel NAME and its configuration, private key included.\n"
        "Needs an administrator (polkit action io.github.lifeline.configure-tunnels).\n"
        "\n"
        "Exit status: 0 removed, 66 no such tunnel, 77 not authorised, 64 usage,\n"
        "69 helper not available, 1 other failure.\n");
}

QString listHelp()
{
    return QCoreApplication::translate("lifelinectl",
        "Usage: lifelinectl tunnel list [--json]\n"
        "\n"
        "Prints a table of all tunnels: NAME, STATE (down, connecting, up or failed),\n"
        "INTERFACE, ENDPOINT and FAMILIES; - marks an empty field. With --json, prints\n"
        "an array with one object per tunnel: \"name\" and everything tunnel show\n"
        "--json gives. No authorisation is needed.\n"
        "\n"
        "Exit status: 0 success, 64 usage, 69 helper not available, 1 other failure.\n");
}

QString showHelp()
{
    return QCoreApplication::translate("lifelinectl",
        "Usage: lifelinectl tunnel show NAME [--json]\n"
        "\n"
        "Prints what the helper knows about tunnel NAME: state, interface, endpoint,\n"
        "families, MTU, back end, last handshake, bytes received and sent, the last\n"
        "error, and anything newer helpers add. With --json, prints the helper's\n"
        "answer as it is (last-handshake in seconds since 1970, 0 for never; byte\n"
        "counts as numbers) plus \"name\". No authorisation is needed.\n"
        "\n"
        "Exit status: 0 success, 66 no such tunnel, 64 usage, 69 helper not\n"
        "available, 1 other failure.\n");
}

QString upHelp()
{
    return QCoreApplication::translate("lifelinectl",
        "Usage: lifelinectl tunnel up NAME [--ipv4 | --ipv6 | --all] [--no-wait] "
        "[--timeout SECONDS]\n"
        "\n"
        "Connects tunnel NAME and waits until it is up or has failed.\n"
        "\n"
        "  --ipv4           route only IPv4 through the tunnel; native IPv6 is untouched\n"
        "  --ipv6           route only IPv6 through the tunnel\n"
        "  --all            route both families through the tunnel\n"
        "                   (none of these: what the configuration's AllowedIPs say)\n"
        "  --no-wait        return once the helper has taken the request\n"
        "  --timeout SECONDS  how long to wait for the tunnel to come up, counted from\n"
        "                   when the helper took the request (default 30; 0: no limit)\n"
        "  -h, --help       show this help\n"
        "\n"
        "Needs polkit action io.github.lifeline.connect-tunnel: allowed for the person\n"
        "at the computer, otherwise polkit's agent asks for a password.\n"
        "\n"
        "Exit status: 0 up (or, with --no-wait, connecting), 1 the tunnel failed (the\n"
        "message says why), 66 no such tunnel, 75 not up yet when the time ran out,\n"
        "77 not authorised, 64 usage, 69 helper not available or gone.\n");
}

QString downHelp()
{
    return QCoreApplication::translate("lifelinectl",
        "Usage: lifelinectl tunnel down NAME\n"
        "\n"
        "Disconnects tunnel NAME. Programs started with lifelinectl run --tunnel NAME\n"
        "are cut off until it is up again.\n"
        "Needs polkit action io.github.lifeline.connect-tunnel.\n"
        "\n"
        "Exit status: 0 success, 66 no such tunnel, 77 not authorised, 64 usage,\n"
        "69 helper not available, 1 other failure.\n");
}

QString setHelp()
{
    return QCoreApplication::translate("lifelinectl",
        "Usage: lifelinectl tunnel set NAME mtu=auto\n"
        "       lifelinectl tunnel set NAME mtu=NUMBER\n"
        "       lifelinectl tunnel set NAME mtu=config\n"
        "\n"
        "Chooses the MTU of tunnel NAME, kept by the helper with the tunnel:\n"
        "\n"
        "  mtu=auto     after every connect, find the largest packet that passes the\n"
        "               tunnel in both directions and use it (as lifelinectl mtu fix\n"
        "               does). For a tunnel where large downloads or HTTPS hang while\n"
        "               small pages load.\n"
        "  mtu=NUMBER   use NUMBER (576 to 9000) at every connect, over the\n"
        "               configuration's MTU\n"
        "  mtu=config   no setting: the configuration's MTU again (1420 if it has\n"
        "               none)\n"
        "\n"
        "A connected tunnel gets the setting at once: auto probes now (tunnel show\n"
        "tells when it is done, or why it failed, under mtu-error; the tunnel stays\n"
        "up either way), a number or the configuration's MTU is set now. The setting\n"
        "goes when the tunnel is removed. Needs polkit action\n"
        "io.github.lifeline.fix-mtu (allowed for the active session, otherwise an\n"
        "administrator's password).\n"
        "\n"
        "Exit status: 0 saved, 65 the helper refused the value, 66 no such tunnel,\n"
        "77 not authorised, 64 usage, 69 helper not available, 1 other failure (the\n"
        "message says whether the setting was saved).\n");
}

} // namespace

QString tunnelHelpText(TunnelRequest::Action action)
{
    switch (action) {
    case TunnelRequest::Action::None:
        break;
    case TunnelRequest::Action::Import:
        return importHelp();
    case TunnelRequest::Action::Create:
        return createHelp();
    case TunnelRequest::Action::Remove:
        return removeHelp();
    case TunnelRequest::Action::List:
        return listHelp();
    case TunnelRequest::Action::Show:
        return showHelp();
    case TunnelRequest::Action::Up:
        return upHelp();
    case TunnelRequest::Action::Down:
        return downHelp();
    case TunnelRequest::Action::Set:
        return setHelp();
    }
    return overview();
}

} // namespace Lifeline
