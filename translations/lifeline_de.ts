<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>HelperErrors</name>
    <message>
        <location filename="../app/client/HelperErrors.cpp" line="40"/>
        <source>You are not allowed to do this (%1).</source>
        <translation>Das dürfen Sie nicht (%1).</translation>
    </message>
    <message>
        <location filename="../app/client/HelperErrors.cpp" line="42"/>
        <source>Lifeline&apos;s system helper is not available (%1). Is Lifeline installed correctly?</source>
        <translation>Lifelines Systemhelfer ist nicht erreichbar (%1). Ist Lifeline richtig installiert?</translation>
    </message>
    <message>
        <location filename="../app/client/HelperErrors.cpp" line="47"/>
        <source>That did not work: %1.</source>
        <translation>Das hat nicht geklappt: %1.</translation>
    </message>
    <message>
        <location filename="../app/client/HelperErrors.cpp" line="49"/>
        <source>Not found: %1.</source>
        <translation>Nicht gefunden: %1.</translation>
    </message>
    <message>
        <location filename="../app/client/HelperErrors.cpp" line="51"/>
        <source>Lifeline is busy: %1.</source>
        <translation>Lifeline ist beschäftigt: %1.</translation>
    </message>
    <message>
        <location filename="../app/client/HelperErrors.cpp" line="53"/>
        <source>Not possible on this computer: %1.</source>
        <translation>Auf diesem Computer nicht möglich: %1.</translation>
    </message>
    <message>
        <location filename="../app/client/HelperErrors.cpp" line="57"/>
        <source>Something went wrong: %1.</source>
        <translation>Etwas ist schiefgegangen: %1.</translation>
    </message>
</context>
<context>
    <name>lifelinectl</name>
    <message>
        <location filename="../app/ctl/CommandLine.cpp" line="23"/>
        <source>info takes no argument &quot;%1&quot;; see --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/CommandLine.cpp" line="34"/>
        <source>run takes exactly one of --ipv4-only, --ipv6-only and --tunnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/CommandLine.cpp" line="72"/>
        <source>--tunnel needs the name of a tunnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/CommandLine.cpp" line="78"/>
        <source>run has no option &quot;%1&quot;; see lifelinectl run --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/CommandLine.cpp" line="83"/>
        <location filename="../app/ctl/MtuCommand.cpp" line="38"/>
        <location filename="../app/ctl/TunnelCommandLine.cpp" line="152"/>
        <source>&quot;%1&quot; is not a tunnel name (1 to 12 of a-z, 0-9 and -)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/CommandLine.cpp" line="90"/>
        <source>run needs one of --ipv4-only, --ipv6-only or --tunnel NAME; see lifelinectl run --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/CommandLine.cpp" line="95"/>
        <source>run needs a command to run; see lifelinectl run --help</source>
        <translation>run braucht einen Befehl, der laufen soll; siehe lifelinectl run --help</translation>
    </message>
    <message>
        <location filename="../app/ctl/CommandLine.cpp" line="147"/>
        <source>unknown option &quot;%1&quot;; see --help</source>
        <translation>unbekannte Option „%1“; siehe --help</translation>
    </message>
    <message>
        <location filename="../app/ctl/CommandLine.cpp" line="155"/>
        <source>run does not print JSON; see --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/CommandLine.cpp" line="164"/>
        <source>unknown command &quot;%1&quot;; see --help</source>
        <translation>unbekannter Befehl „%1“; siehe --help</translation>
    </message>
    <message>
        <location filename="../app/ctl/CommandLine.cpp" line="167"/>
        <source>no command given; see --help</source>
        <translation>kein Befehl angegeben; siehe --help</translation>
    </message>
    <message>
        <location filename="../app/ctl/CommandLine.cpp" line="172"/>
        <source>Usage: lifelinectl [--json] info
       lifelinectl run (--ipv4-only | --ipv6-only | --tunnel NAME) [--] COMMAND [ARGS...]
       lifelinectl tunnel (import | remove | list | show | up | down | set) ...
       lifelinectl mtu fix NAME

Lifeline from the command line.

Commands:
  info               the helper&apos;s version and what this computer offers
  run                run COMMAND with a restricted connection and wait for it:
    --ipv4-only        it sees IPv4 only (no IPv6 address, route or answer)
    --ipv6-only        it sees IPv6 only
    --tunnel NAME      every packet goes through tunnel NAME, or nowhere
                     COMMAND is looked up on PATH; it gets this terminal,
                     environment and directory; signals are passed on to it.
  tunnel import NAME FILE   add a WireGuard (wg-quick) configuration
  tunnel remove NAME        delete a tunnel
  tunnel list               all tunnels and their state
  tunnel show NAME          everything about one tunnel
  tunnel up NAME            connect a tunnel and wait until it is up
  tunnel down NAME          disconnect a tunnel
  tunnel set NAME mtu=auto|NUMBER  probe the MTU after every connect, or fix it
                     (lifelinectl tunnel --help: more on tunnels)
  mtu fix NAME       find the largest packet tunnel NAME carries and set its MTU
                     (lifelinectl mtu --help: more)

Options:
  --json             info, tunnel list, tunnel show: print JSON
  -h, --help         show this help (lifelinectl run --help: help on run)
  -v, --version      show the version

Exit status:
  0      success; run: COMMAND&apos;s own exit status, 128+N when signal N killed it
  1      the helper refused or failed (the message says why); tunnel up: the
         tunnel failed to come up
  64     the command line was wrong
  65     tunnel: the configuration was refused (or is too large, or not text);
         mtu fix: the configuration names no host to probe
  66     tunnel, mtu: there is no such tunnel, or FILE cannot be read
  69     Lifeline&apos;s helper is not available, or stopped while COMMAND ran
  75     tunnel up: still not up when the time to wait ran out
  77     not authorised
  126    COMMAND was found but cannot be run
  127    COMMAND was not found
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/CommandLine.cpp" line="222"/>
        <source>Usage: lifelinectl run (--ipv4-only | --ipv6-only | --tunnel NAME) [--] COMMAND [ARGS...]

Runs COMMAND with a restricted connection, waits for it and exits with its
exit status (128+N when signal N killed it), so it composes like env or nice.

  --ipv4-only      COMMAND sees IPv4 only: no IPv6 address, route or answer
  --ipv6-only      COMMAND sees IPv6 only
  --tunnel NAME    every packet of COMMAND goes through tunnel NAME; if the
                   tunnel drops, COMMAND is cut off rather than leaked
  -h, --help       show this help

COMMAND is looked up on PATH like env does. It runs as you, with this
terminal (standard input, output and error), environment and working
directory. SIGINT, SIGTERM, SIGHUP and SIGQUIT sent to lifelinectl are
passed on to COMMAND. Use -- before a COMMAND that starts with a dash.

Exit status: COMMAND&apos;s, or 64 usage, 69 helper not available, 77 not
authorised, 126 cannot run COMMAND, 127 no such command, 1 other failure.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/InfoCommand.cpp" line="34"/>
        <source>Helper version: %1</source>
        <translation>Version des Helfers: %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/LaunchRequest.cpp" line="48"/>
        <source>cannot tell the current directory: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/LaunchRequest.cpp" line="61"/>
        <source>%1: no such command</source>
        <translation>%1: Befehl nicht gefunden</translation>
    </message>
    <message>
        <location filename="../app/ctl/LaunchRequest.cpp" line="64"/>
        <source>cannot run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="31"/>
        <source>cannot reach the system bus: %1</source>
        <translation>Systembus nicht erreichbar: %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/RunCommand.cpp" line="78"/>
        <source>the system bus cannot pass this terminal on to the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/RunCommand.cpp" line="99"/>
        <location filename="../app/ctl/TunnelUpCommand.cpp" line="56"/>
        <source>cannot listen to Lifeline&apos;s helper: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/RunCommand.cpp" line="137"/>
        <source>Lifeline&apos;s helper gave an answer that makes no sense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/RunCommand.cpp" line="185"/>
        <source>waiting for the program to start, to pass the signal on; send it again to stop waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/RunCommand.cpp" line="191"/>
        <source>stopped waiting; the program may still start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/RunCommand.cpp" line="208"/>
        <source>cannot pass the signal on to the program: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/RunCommand.cpp" line="219"/>
        <source>Lifeline&apos;s helper stopped while the program was running; its exit status is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/SignalForwarder.cpp" line="50"/>
        <location filename="../app/ctl/SignalForwarder.cpp" line="64"/>
        <source>cannot set up signal handling: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCommandLine.cpp" line="40"/>
        <source>tunnel set knows only mtu=auto and mtu=NUMBER, not &quot;%1&quot;; see lifelinectl tunnel set --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCommandLine.cpp" line="49"/>
        <source>mtu= takes auto or a whole number from %1 to %2, not &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCommandLine.cpp" line="74"/>
        <source>tunnel up takes at most one of --ipv4, --ipv6 and --all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCommandLine.cpp" line="86"/>
        <source>--timeout needs a number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCommandLine.cpp" line="92"/>
        <source>tunnel up has no option &quot;%1&quot;; see lifelinectl tunnel up --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCommandLine.cpp" line="99"/>
        <source>--timeout takes whole seconds from 0 (no limit) to %1, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCommandLine.cpp" line="117"/>
        <source>tunnel %1 has no option &quot;%2&quot;; see lifelinectl tunnel %1 --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCommandLine.cpp" line="130"/>
        <source>tunnel %1 takes no arguments; see lifelinectl tunnel %1 --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCommandLine.cpp" line="134"/>
        <source>tunnel %1 needs the name of one tunnel; see lifelinectl tunnel %1 --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCommandLine.cpp" line="139"/>
        <source>tunnel set needs a NAME and mtu=auto or mtu=NUMBER; see lifelinectl tunnel set --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCommandLine.cpp" line="142"/>
        <source>tunnel %1 needs a NAME and a FILE (- for standard input); see lifelinectl tunnel %1 --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCommandLine.cpp" line="159"/>
        <source>tunnel import needs a FILE (- for standard input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCommandLine.cpp" line="170"/>
        <source>tunnel needs one of import, remove, list, show, up, down and set; see lifelinectl tunnel --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCommandLine.cpp" line="180"/>
        <source>tunnel has no command &quot;%1&quot;; see lifelinectl tunnel --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCommandLine.cpp" line="204"/>
        <source>tunnel %1 does not print JSON; see lifelinectl tunnel --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCommands.cpp" line="91"/>
        <source>No tunnels yet. Add one with: lifelinectl tunnel import NAME FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCommands.cpp" line="159"/>
        <source>Imported tunnel %1. Connect it with: lifelinectl tunnel up %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCommands.cpp" line="166"/>
        <source>Removed tunnel %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCommands.cpp" line="171"/>
        <source>Tunnel %1 is down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCommands.cpp" line="176"/>
        <source>Tunnel %1 probes its MTU after every connect (now too, if it is up).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCommands.cpp" line="179"/>
        <source>Tunnel %1 uses MTU %2 (from now on, if it is up).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelConfigFile.cpp" line="58"/>
        <source>standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelConfigFile.cpp" line="65"/>
        <location filename="../app/ctl/TunnelConfigFile.cpp" line="79"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelConfigFile.cpp" line="68"/>
        <source>Paste the configuration, then press Ctrl+D.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelConfigFile.cpp" line="88"/>
        <source>%1 is larger than %2 bytes; that is not a WireGuard configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelConfigFile.cpp" line="95"/>
        <source>%1 is not text (it contains a NUL byte)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelConfigFile.cpp" line="102"/>
        <source>%1 is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="75"/>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="114"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="117"/>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="120"/>
        <source>1 second ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="121"/>
        <source>%1 seconds ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="123"/>
        <source>1 minute ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="124"/>
        <source>%1 minutes ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="126"/>
        <source>1 hour ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="127"/>
        <source>%1 hours ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="128"/>
        <source>1 day ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="129"/>
        <source>%1 days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="144"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="145"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="192"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="193"/>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="194"/>
        <source>INTERFACE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="195"/>
        <source>ENDPOINT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="196"/>
        <source>FAMILIES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="211"/>
        <source>Tunnel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="220"/>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="221"/>
        <source>Interface:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="222"/>
        <source>Endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="223"/>
        <source>Families:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="224"/>
        <location filename="../app/ctl/TunnelFormat.cpp" line="229"/>
        <source>MTU:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="230"/>
        <source>%1 (probed %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="232"/>
        <source>MTU setting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="235"/>
        <source>from the configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="240"/>
        <source>MTU error:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="241"/>
        <source>Back end:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="242"/>
        <source>Last handshake:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="244"/>
        <source>Received:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="246"/>
        <source>Sent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="248"/>
        <source>DNS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="249"/>
        <source>Peers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="252"/>
        <source>Error:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelHelp.cpp" line="12"/>
        <source>Usage: lifelinectl tunnel import NAME FILE
       lifelinectl tunnel remove NAME
       lifelinectl tunnel list [--json]
       lifelinectl tunnel show NAME [--json]
       lifelinectl tunnel up NAME [--ipv4 | --ipv6 | --all] [--no-wait] [--timeout SECONDS]
       lifelinectl tunnel down NAME
       lifelinectl tunnel set NAME mtu=auto|NUMBER

WireGuard tunnels that carry a broken IP family over the one that works.
NAME is 1 to 12 of a-z, 0-9 and -; the tunnel&apos;s interface is ll-NAME.

  import NAME FILE   add the wg-quick configuration in FILE (- reads standard
                     input) as tunnel NAME; needs an administrator
  remove NAME        delete tunnel NAME and its configuration; needs an
                     administrator
  list               all tunnels: name, state, interface, endpoint, families
  show NAME          everything the helper knows about tunnel NAME
  up NAME            connect tunnel NAME and wait until it is up
  down NAME          disconnect tunnel NAME
  set NAME mtu=...   probe tunnel NAME&apos;s MTU after every connect (auto), or
                     use a fixed one

lifelinectl tunnel COMMAND --help explains each command.

Exit status: 0 success, 1 the helper refused or the tunnel failed, 64 usage,
65 configuration refused, 66 no such tunnel or FILE, 69 helper not available,
75 still not up when the time ran out, 77 not authorised.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelHelp.cpp" line="45"/>
        <source>Usage: lifelinectl tunnel import NAME FILE

Adds the WireGuard configuration in FILE as tunnel NAME. FILE is in wg-quick
format, as VPS guides and VPN providers hand it out; - reads it from standard
input. PreUp, PostUp, PreDown, PostDown and SaveConfig are refused: the helper
never runs commands from a file. The private key stays with the helper.

FILE may be at most 1 MiB of UTF-8 text. When the helper refuses it, the
message names the line. To replace a tunnel, remove it first.

Needs an administrator (polkit action io.github.lifeline.configure-tunnels);
polkit&apos;s agent may ask for a password.

Exit status: 0 imported, 65 configuration refused, 66 FILE cannot be read,
77 not authorised, 64 usage, 69 helper not available, 1 other failure.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelHelp.cpp" line="65"/>
        <source>Usage: lifelinectl tunnel remove NAME

Deletes tunnel NAME and its configuration, private key included.
Needs an administrator (polkit action io.github.lifeline.configure-tunnels).

Exit status: 0 removed, 66 no such tunnel, 77 not authorised, 64 usage,
69 helper not available, 1 other failure.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelHelp.cpp" line="77"/>
        <source>Usage: lifelinectl tunnel list [--json]

Prints a table of all tunnels: NAME, STATE (down, connecting, up or failed),
INTERFACE, ENDPOINT and FAMILIES; - marks an empty field. With --json, prints
an array with one object per tunnel: &quot;name&quot; and everything tunnel show
--json gives. No authorisation is needed.

Exit status: 0 success, 64 usage, 69 helper not available, 1 other failure.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelHelp.cpp" line="90"/>
        <source>Usage: lifelinectl tunnel show NAME [--json]

Prints what the helper knows about tunnel NAME: state, interface, endpoint,
families, MTU, back end, last handshake, bytes received and sent, the last
error, and anything newer helpers add. With --json, prints the helper&apos;s
answer as it is (last-handshake in seconds since 1970, 0 for never; byte
counts as numbers) plus &quot;name&quot;. No authorisation is needed.

Exit status: 0 success, 66 no such tunnel, 64 usage, 69 helper not
available, 1 other failure.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelHelp.cpp" line="105"/>
        <source>Usage: lifelinectl tunnel up NAME [--ipv4 | --ipv6 | --all] [--no-wait] [--timeout SECONDS]

Connects tunnel NAME and waits until it is up or has failed.

  --ipv4           route only IPv4 through the tunnel; native IPv6 is untouched
  --ipv6           route only IPv6 through the tunnel
  --all            route both families through the tunnel
                   (none of these: what the configuration&apos;s AllowedIPs say)
  --no-wait        return once the helper has taken the request
  --timeout SECONDS  how long to wait for the tunnel to come up, counted from
                   when the helper took the request (default 30; 0: no limit)
  -h, --help       show this help

Needs polkit action io.github.lifeline.connect-tunnel: allowed for the person
at the computer, otherwise polkit&apos;s agent asks for a password.

Exit status: 0 up (or, with --no-wait, connecting), 1 the tunnel failed (the
message says why), 66 no such tunnel, 75 not up yet when the time ran out,
77 not authorised, 64 usage, 69 helper not available or gone.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelHelp.cpp" line="130"/>
        <source>Usage: lifelinectl tunnel down NAME

Disconnects tunnel NAME. Programs started with lifelinectl run --tunnel NAME
are cut off until it is up again.
Needs polkit action io.github.lifeline.connect-tunnel.

Exit status: 0 success, 66 no such tunnel, 77 not authorised, 64 usage,
69 helper not available, 1 other failure.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelHelp.cpp" line="143"/>
        <source>Usage: lifelinectl tunnel set NAME mtu=auto
       lifelinectl tunnel set NAME mtu=NUMBER

Chooses the MTU of tunnel NAME, kept by the helper with the tunnel:

  mtu=auto     after every connect, find the largest packet that passes the
               tunnel in both directions and use it (as lifelinectl mtu fix
               does). For a tunnel where large downloads or HTTPS hang while
               small pages load.
  mtu=NUMBER   use NUMBER (576 to 9000) at every connect, over the
               configuration&apos;s MTU

A connected tunnel gets the setting at once: auto probes now (tunnel show
tells when it is done, or why it failed, under mtu-error; the tunnel stays
up either way), a number is set now. The setting goes when the tunnel is
removed. Needs polkit action io.github.lifeline.fix-mtu (allowed for the
active session, otherwise an administrator&apos;s password).

Exit status: 0 saved, 65 the helper refused the value, 66 no such tunnel,
77 not authorised, 64 usage, 69 helper not available, 1 other failure (the
message says whether the setting was saved).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelUpCommand.cpp" line="78"/>
        <source>Connecting tunnel %1. See how it goes with: lifelinectl tunnel show %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelUpCommand.cpp" line="129"/>
        <source>Tunnel %1 is up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelUpCommand.cpp" line="130"/>
        <source>Tunnel %1 is up (interface %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelUpCommand.cpp" line="136"/>
        <source>tunnel %1 failed to come up; the helper gave no reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelUpCommand.cpp" line="139"/>
        <source>tunnel %1 failed to come up: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelUpCommand.cpp" line="144"/>
        <source>tunnel %1 was removed while connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelUpCommand.cpp" line="150"/>
        <source>tunnel %1 went down before it was up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelUpCommand.cpp" line="163"/>
        <source>tunnel %1 is not up yet (state: %2) and the time to wait (--timeout %3) ran out; it may still come up: lifelinectl tunnel show %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelUpCommand.cpp" line="167"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelUpCommand.cpp" line="177"/>
        <source>Lifeline&apos;s helper stopped while tunnel %1 was connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/MtuCommand.cpp" line="23"/>
        <source>mtu fix has no option &quot;%1&quot;; see lifelinectl mtu --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/MtuCommand.cpp" line="29"/>
        <source>mtu needs the command fix; see lifelinectl mtu --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/MtuCommand.cpp" line="32"/>
        <source>mtu fix does not print JSON; see lifelinectl mtu --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/MtuCommand.cpp" line="35"/>
        <source>mtu fix needs the name of one tunnel; see lifelinectl mtu --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/MtuCommand.cpp" line="48"/>
        <source>Usage: lifelinectl mtu fix NAME

Finds the largest packet that passes connected tunnel NAME in both
directions and sets the tunnel&apos;s MTU to it. Use it when small pages load
through the tunnel but large downloads or HTTPS hang: a link on the way
carries less than the tunnel sends, and nobody says so.

The helper sends don&apos;t-fragment pings of several sizes at once through the
tunnel to the configuration&apos;s DNS server (when the tunnel carries it), else
to the first single address in AllowedIPs. The result is never below what
the tunnel&apos;s address families need (1280 with IPv6, 576 with IPv4 only) and
never above what the way to the server allows. It takes a second or so, at
most about five. Prints the MTU before and after.

Needs polkit action io.github.lifeline.fix-mtu (allowed for the active
session, otherwise an administrator&apos;s password).

Exit status: 0 MTU set, 1 the tunnel is not up or no probe came back (the
message says why), 64 usage, 65 the configuration names no host to probe,
66 no such tunnel, 69 helper not available, 77 not authorised.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/MtuCommand.cpp" line="90"/>
        <source>MTU of %1: %2 -&gt; %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
