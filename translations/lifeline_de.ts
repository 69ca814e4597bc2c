<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AutostartOverride</name>
    <message>
        <location filename="../app/tray/windows/AutostartOverride.cpp" line="101"/>
        <source>Could not remove %1, which keeps Lifeline from starting at login.</source>
        <translation>%1 konnte nicht entfernt werden; diese Datei verhindert, dass Lifeline bei der Anmeldung startet.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/AutostartOverride.cpp" line="112"/>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/AutostartOverride.cpp" line="115"/>
        <location filename="../app/tray/windows/AutostartOverride.cpp" line="128"/>
        <source>Could not write %1: %2.</source>
        <translation>%1 konnte nicht geschrieben werden: %2.</translation>
    </message>
</context>
<context>
    <name>FormChecks</name>
    <message>
        <location filename="../app/tray/windows/FormChecks.cpp" line="97"/>
        <source>Give the connection a name, for example “backup”.</source>
        <translation>Geben Sie der Verbindung einen Namen, zum Beispiel „ersatz“.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/FormChecks.cpp" line="99"/>
        <source>The name can be at most %1 characters long.</source>
        <translation>Der Name darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/FormChecks.cpp" line="103"/>
        <source>The name may only use small letters (a–z), digits and “-”.</source>
        <translation>Der Name darf nur Kleinbuchstaben (a–z), Ziffern und „-“ enthalten.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/FormChecks.cpp" line="110"/>
        <source>Write the server&apos;s address and port, like vps.example.org:51820, 203.0.113.5:51820 or [2001:db8::5]:51820.</source>
        <translation>Geben Sie Adresse und Port des Servers ein, etwa vps.example.org:51820, 203.0.113.5:51820 oder [2001:db8::5]:51820.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/FormChecks.cpp" line="123"/>
        <source>“%1” is not an IPv6 address.</source>
        <translation>„%1“ ist keine IPv6-Adresse.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/FormChecks.cpp" line="127"/>
        <source>The server address needs a port after a colon, like %1:51820.</source>
        <translation>Die Serveradresse braucht nach einem Doppelpunkt einen Port, etwa %1:51820.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/FormChecks.cpp" line="131"/>
        <source>Put an IPv6 address in square brackets, like [2001:db8::5]:51820.</source>
        <translation>Setzen Sie eine IPv6-Adresse in eckige Klammern, etwa [2001:db8::5]:51820.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/FormChecks.cpp" line="133"/>
        <source>“%1” is neither an IP address nor a host name.</source>
        <translation>„%1“ ist weder eine IP-Adresse noch ein Hostname.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/FormChecks.cpp" line="136"/>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>Der Port muss eine Zahl von 1 bis 65535 sein.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/FormChecks.cpp" line="143"/>
        <source>Paste the server&apos;s public key (44 characters, ending in “=”).</source>
        <translation>Fügen Sie den öffentlichen Schlüssel des Servers ein (44 Zeichen, endet auf „=“).</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/FormChecks.cpp" line="149"/>
        <source>This is not a WireGuard public key: it should be 44 characters of letters, digits, “+” and “/”, ending in “=”.</source>
        <translation>Das ist kein öffentlicher WireGuard-Schlüssel: Er besteht aus 44 Zeichen (Buchstaben, Ziffern, „+“ und „/“) und endet auf „=“.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/FormChecks.cpp" line="157"/>
        <source>Enter this computer&apos;s address inside the tunnel, like 10.8.0.2/32 or fd00:8::2/128.</source>
        <translation>Geben Sie die Adresse dieses Computers im Tunnel ein, etwa 10.8.0.2/32 oder fd00:8::2/128.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/FormChecks.cpp" line="161"/>
        <source>“%1” is not an IP address (with an optional /length, like 10.8.0.2/32).</source>
        <translation>„%1“ ist keine IP-Adresse (wahlweise mit /Länge, etwa 10.8.0.2/32).</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/FormChecks.cpp" line="171"/>
        <source>“%1”: a DNS server is a plain address, without /length.</source>
        <translation>„%1“: Ein DNS-Server wird als einfache Adresse angegeben, ohne /Länge.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/FormChecks.cpp" line="175"/>
        <source>“%1” is neither a DNS server address nor a search domain.</source>
        <translation>„%1“ ist weder die Adresse eines DNS-Servers noch eine Suchdomäne.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/FormChecks.cpp" line="183"/>
        <source>The MTU must be a number from %1 to %2.</source>
        <translation>Die MTU muss eine Zahl von %1 bis %2 sein.</translation>
    </message>
</context>
<context>
    <name>HelperCall</name>
    <message>
        <location filename="../app/client/HelperCall.cpp" line="24"/>
        <source>not connected to the bus</source>
        <translation>nicht mit dem Bus verbunden</translation>
    </message>
    <message>
        <location filename="../app/client/HelperCall.cpp" line="25"/>
        <source>not connected to the bus: %1</source>
        <translation>nicht mit dem Bus verbunden: %1</translation>
    </message>
</context>
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
        <translation>Der Systemhelfer von Lifeline ist nicht erreichbar (%1). Ist Lifeline richtig installiert?</translation>
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
    <name>Lifeline</name>
    <message>
        <location filename="../app/ctl/StatusCommand.cpp" line="27"/>
        <source>--timeout needs milliseconds from %1 to %2, not &quot;%3&quot;</source>
        <translation>--timeout braucht Millisekunden von %1 bis %2, nicht „%3“</translation>
    </message>
    <message>
        <location filename="../app/ctl/StatusCommand.cpp" line="68"/>
        <source>--timeout needs a number of milliseconds</source>
        <translation>--timeout braucht eine Anzahl Millisekunden</translation>
    </message>
    <message>
        <location filename="../app/ctl/StatusCommand.cpp" line="76"/>
        <source>status takes no argument &quot;%1&quot;; see lifelinectl status --help</source>
        <translation>status nimmt kein Argument „%1“; siehe lifelinectl status --help</translation>
    </message>
    <message>
        <location filename="../app/ctl/StatusCommand.cpp" line="84"/>
        <source>Usage: lifelinectl status [--json] [--timeout MS]

Checks the connection once, as the tray icon does, and says in a sentence
what is broken, then per family (IPv4, IPv6): whether there is a default
route, whether DNS answers (A and AAAA), whether TCP connections and a web
request to fixed addresses pass, whether a big transfer gets through (if
not, pages hang: a packet-size problem), and, while the backup connection
carries a family, whether it works through the tunnel and natively.

  --json           print the verdict and findings as JSON
  --timeout MS     how long each probe may take (default: the setting
                   probes/timeout-ms, else 2500)
  -h, --help       show this help

Where probes go is set in the [probes] group of the tray app&apos;s settings,
$XDG_CONFIG_HOME/lifeline/lifeline.conf (usually ~/.config/lifeline/).

Exit status: 0 everything works (also while the backup connection covers
a broken family), 2 something is broken (the sentence says what), 64 the
command line was wrong.
</source>
        <translation>Aufruf: lifelinectl status [--json] [--timeout MS]

Prüft die Verbindung einmal, wie es das Symbol in der Kontrollleiste tut, und
sagt in einem Satz, was ausgefallen ist, dann je Adressfamilie (IPv4, IPv6):
ob es eine Standardroute gibt, ob DNS antwortet (A und AAAA), ob
TCP-Verbindungen und eine Webanfrage an feste Adressen durchkommen, ob eine
große Übertragung durchgeht (falls nicht, hängen Seiten: ein Problem mit der
Paketgröße) und, solange die Ersatzverbindung eine Familie überträgt, ob sie
durch den Tunnel und direkt funktioniert.

  --json           Urteil und Befunde als JSON ausgeben
  --timeout MS     wie lange jede Prüfung dauern darf (Standard: die
                   Einstellung probes/timeout-ms, sonst 2500)
  -h, --help       diese Hilfe anzeigen

Wohin die Prüfungen gehen, steht in der Gruppe [probes] der Einstellungen
der Kontrollleisten-App, $XDG_CONFIG_HOME/lifeline/lifeline.conf
(meist ~/.config/lifeline/).

Exit-Status: 0 alles funktioniert (auch wenn die Ersatzverbindung eine
ausgefallene Familie übernimmt), 2 etwas ist ausgefallen (der Satz sagt,
was), 64 die Befehlszeile war falsch.
</translation>
    </message>
    <message>
        <location filename="../app/ctl/StatusCommand.cpp" line="111"/>
        <source>ignoring a probe setting: %1</source>
        <translation>eine Prüfeinstellung wird übergangen: %1</translation>
    </message>
</context>
<context>
    <name>Lifeline::Diagnosis</name>
    <message>
        <location filename="../app/client/diagnosis/ProbeTargets.cpp" line="88"/>
        <source>&quot;%1&quot; is not a host name</source>
        <translation>„%1“ ist kein Hostname</translation>
    </message>
    <message>
        <location filename="../app/client/diagnosis/ProbeTargets.cpp" line="103"/>
        <source>&quot;%1&quot; is not a number from %2 to %3</source>
        <translation>„%1“ ist keine Zahl von %2 bis %3</translation>
    </message>
    <message>
        <location filename="../app/client/diagnosis/Verdict.cpp" line="68"/>
        <source>The backup connection carries all traffic.</source>
        <translation>Die Ersatzverbindung überträgt den gesamten Datenverkehr.</translation>
    </message>
    <message>
        <location filename="../app/client/diagnosis/Verdict.cpp" line="70"/>
        <source>The backup connection carries IPv4.</source>
        <translation>Die Ersatzverbindung überträgt IPv4.</translation>
    </message>
    <message>
        <location filename="../app/client/diagnosis/Verdict.cpp" line="71"/>
        <source>The backup connection carries IPv6.</source>
        <translation>Die Ersatzverbindung überträgt IPv6.</translation>
    </message>
    <message>
        <location filename="../app/client/diagnosis/Verdict.cpp" line="77"/>
        <location filename="../app/client/diagnosis/Verdict.cpp" line="87"/>
        <source>Everything works.</source>
        <translation>Alles funktioniert.</translation>
    </message>
    <message>
        <location filename="../app/client/diagnosis/Verdict.cpp" line="79"/>
        <source>Everything works. Your provider&apos;s connection is back; the backup connection is no longer needed.</source>
        <translation>Alles funktioniert. Die Verbindung Ihres Anbieters ist wieder da; die Ersatzverbindung wird nicht mehr gebraucht.</translation>
    </message>
    <message>
        <location filename="../app/client/diagnosis/Verdict.cpp" line="82"/>
        <source>Everything works. Your provider&apos;s IPv4 is back; the backup connection is no longer needed for it.</source>
        <translation>Alles funktioniert. Bei Ihrem Anbieter geht IPv4 wieder; dafür wird die Ersatzverbindung nicht mehr gebraucht.</translation>
    </message>
    <message>
        <location filename="../app/client/diagnosis/Verdict.cpp" line="85"/>
        <source>Everything works. Your provider&apos;s IPv6 is back; the backup connection is no longer needed for it.</source>
        <translation>Alles funktioniert. Bei Ihrem Anbieter geht IPv6 wieder; dafür wird die Ersatzverbindung nicht mehr gebraucht.</translation>
    </message>
    <message>
        <location filename="../app/client/diagnosis/Verdict.cpp" line="93"/>
        <source>Your provider&apos;s IPv4 is down; the backup connection covers it. Everything works.</source>
        <translation>Bei Ihrem Anbieter ist IPv4 ausgefallen; die Ersatzverbindung springt ein. Alles funktioniert.</translation>
    </message>
    <message>
        <location filename="../app/client/diagnosis/Verdict.cpp" line="95"/>
        <source>Some websites can&apos;t be reached: your provider&apos;s IPv4 is down. IPv6 works.</source>
        <translation>Manche Websites sind nicht erreichbar: Bei Ihrem Anbieter ist IPv4 ausgefallen. IPv6 funktioniert.</translation>
    </message>
    <message>
        <location filename="../app/client/diagnosis/Verdict.cpp" line="102"/>
        <source>Your provider offers no IPv6; the backup connection provides it. Everything works.</source>
        <translation>Ihr Anbieter bietet kein IPv6; die Ersatzverbindung stellt es bereit. Alles funktioniert.</translation>
    </message>
    <message>
        <location filename="../app/client/diagnosis/Verdict.cpp" line="104"/>
        <source>Your provider&apos;s IPv6 is down; the backup connection covers it. Everything works.</source>
        <translation>Bei Ihrem Anbieter ist IPv6 ausgefallen; die Ersatzverbindung springt ein. Alles funktioniert.</translation>
    </message>
    <message>
        <location filename="../app/client/diagnosis/Verdict.cpp" line="106"/>
        <source>Your provider offers no IPv6; IPv6-only websites can&apos;t be reached.</source>
        <translation>Ihr Anbieter bietet kein IPv6; Websites, die nur IPv6 haben, sind nicht erreichbar.</translation>
    </message>
    <message>
        <location filename="../app/client/diagnosis/Verdict.cpp" line="107"/>
        <source>Some websites can&apos;t be reached: your provider&apos;s IPv6 is down. IPv4 works.</source>
        <translation>Manche Websites sind nicht erreichbar: Bei Ihrem Anbieter ist IPv6 ausgefallen. IPv4 funktioniert.</translation>
    </message>
    <message>
        <location filename="../app/client/diagnosis/Verdict.cpp" line="115"/>
        <source>You&apos;re offline: this computer has no network connection.</source>
        <translation>Sie sind offline: Dieser Computer hat keine Netzwerkverbindung.</translation>
    </message>
    <message>
        <location filename="../app/client/diagnosis/Verdict.cpp" line="116"/>
        <source>You&apos;re offline: the network is connected, but nothing on the internet can be reached.</source>
        <translation>Sie sind offline: Das Netzwerk ist verbunden, aber im Internet ist nichts erreichbar.</translation>
    </message>
    <message>
        <location filename="../app/client/diagnosis/Verdict.cpp" line="183"/>
        <source>Checking the connection…</source>
        <translation>Verbindung wird geprüft …</translation>
    </message>
    <message>
        <location filename="../app/client/diagnosis/Verdict.cpp" line="191"/>
        <source>Websites can&apos;t be found by name: the name service (DNS) isn&apos;t answering. The connection itself works.</source>
        <translation>Websites werden über ihren Namen nicht gefunden: Der Namensdienst (DNS) antwortet nicht. Die Verbindung selbst funktioniert.</translation>
    </message>
    <message>
        <location filename="../app/client/diagnosis/Verdict.cpp" line="194"/>
        <source>A sign-in page is holding back the internet, as in hotels or trains. Open any website to sign in.</source>
        <translation>Eine Anmeldeseite hält den Internetzugang zurück, wie in Hotels oder Zügen. Öffnen Sie eine beliebige Website, um sich anzumelden.</translation>
    </message>
    <message>
        <location filename="../app/client/diagnosis/Verdict.cpp" line="199"/>
        <source>The backup connection is on, but nothing gets through it.</source>
        <translation>Die Ersatzverbindung ist eingeschaltet, aber nichts kommt durch.</translation>
    </message>
    <message>
        <location filename="../app/client/diagnosis/Verdict.cpp" line="201"/>
        <source>Pages may hang while loading: small requests get through, big ones stall (probably a packet-size problem on the way).</source>
        <translation>Seiten können beim Laden hängen bleiben: Kleine Anfragen kommen durch, große bleiben stecken (wahrscheinlich ein Problem mit der Paketgröße unterwegs).</translation>
    </message>
</context>
<context>
    <name>Lifeline::Diagnosis::ProbeTargets</name>
    <message>
        <location filename="../app/client/diagnosis/ProbeTargets.cpp" line="187"/>
        <source>&quot;%1&quot; is not an http:// or https:// URL</source>
        <translation>„%1“ ist keine http://- oder https://-URL</translation>
    </message>
    <message>
        <location filename="../app/client/diagnosis/ProbeTargets.cpp" line="192"/>
        <source>&quot;%1&quot; does not name its server by literal IP address</source>
        <translation>„%1“ nennt seinen Server nicht mit einer IP-Adresse</translation>
    </message>
    <message>
        <location filename="../app/client/diagnosis/ProbeTargets.cpp" line="196"/>
        <source>&quot;%1&quot; is not an %2 address</source>
        <translation>„%1“ ist keine %2-Adresse</translation>
    </message>
</context>
<context>
    <name>Lifeline::Diagnosis::TcpTarget</name>
    <message>
        <location filename="../app/client/diagnosis/ProbeTargets.cpp" line="131"/>
        <source>&quot;%1&quot; has no closing &quot;]&quot;</source>
        <translation>„%1“ hat keine schließende „]“</translation>
    </message>
    <message>
        <location filename="../app/client/diagnosis/ProbeTargets.cpp" line="138"/>
        <source>&quot;%1&quot; has something other than &quot;:PORT&quot; after &quot;]&quot;</source>
        <translation>„%1“ hat nach „]“ etwas anderes als „:PORT“</translation>
    </message>
    <message>
        <location filename="../app/client/diagnosis/ProbeTargets.cpp" line="151"/>
        <source>&quot;%1&quot; is not a literal IP address (host names are not used here, so DNS trouble cannot hide a broken family)</source>
        <translation>„%1“ ist keine IP-Adresse (Hostnamen werden hier nicht verwendet, damit DNS-Probleme keine ausgefallene Adressfamilie verdecken)</translation>
    </message>
    <message>
        <location filename="../app/client/diagnosis/ProbeTargets.cpp" line="157"/>
        <source>&quot;%1&quot; is not an %2 address</source>
        <translation>„%1“ ist keine %2-Adresse</translation>
    </message>
    <message>
        <location filename="../app/client/diagnosis/ProbeTargets.cpp" line="165"/>
        <source>&quot;%1&quot; has no valid port (1-65535)</source>
        <translation>„%1“ hat keinen gültigen Port (1–65535)</translation>
    </message>
</context>
<context>
    <name>Lifeline::ServerSetup</name>
    <message>
        <location filename="../app/client/ServerSetup.cpp" line="56"/>
        <source>the endpoint &quot;%1&quot; has no port (host:port or [IPv6]:port)</source>
        <translation>der Endpunkt „%1“ hat keinen Port (host:port oder [IPv6]:port)</translation>
    </message>
    <message>
        <location filename="../app/client/ServerSetup.cpp" line="58"/>
        <source>&quot;%1&quot; is not a WireGuard public key</source>
        <translation>„%1“ ist kein öffentlicher WireGuard-Schlüssel</translation>
    </message>
    <message>
        <location filename="../app/client/ServerSetup.cpp" line="61"/>
        <source>&quot;%1&quot; is not a usable interface name</source>
        <translation>„%1“ ist kein verwendbarer Schnittstellenname</translation>
    </message>
    <message>
        <location filename="../app/client/ServerSetup.cpp" line="64"/>
        <source>the allowed IP &quot;%1&quot; is not an address/prefix</source>
        <translation>die erlaubte IP „%1“ ist keine Adresse/Präfixlänge</translation>
    </message>
    <message>
        <location filename="../app/client/ServerSetup.cpp" line="66"/>
        <source>the tunnel has no address</source>
        <translation>der Tunnel hat keine Adresse</translation>
    </message>
    <message>
        <location filename="../app/client/ServerSetup.cpp" line="71"/>
        <source>the address &quot;%1&quot; is not an address/prefix</source>
        <translation>die Adresse „%1“ ist keine Adresse/Präfixlänge</translation>
    </message>
    <message>
        <location filename="../app/client/ServerSetup.cpp" line="81"/>
        <source>none of the tunnel&apos;s addresses is of a family its allowed IPs send through it</source>
        <translation>keine Adresse des Tunnels gehört zu einer Adressfamilie, die seine erlaubten IPs durch ihn schicken</translation>
    </message>
</context>
<context>
    <name>Lifeline::StatusFormat</name>
    <message>
        <location filename="../app/ctl/StatusFormat.cpp" line="35"/>
        <location filename="../app/ctl/StatusFormat.cpp" line="43"/>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <location filename="../app/ctl/StatusFormat.cpp" line="36"/>
        <location filename="../app/ctl/StatusFormat.cpp" line="45"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../app/ctl/StatusFormat.cpp" line="36"/>
        <location filename="../app/ctl/StatusFormat.cpp" line="49"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../app/ctl/StatusFormat.cpp" line="47"/>
        <source>sign-in page</source>
        <translation>Anmeldeseite</translation>
    </message>
    <message>
        <location filename="../app/ctl/StatusFormat.cpp" line="79"/>
        <source>not used</source>
        <translation>nicht genutzt</translation>
    </message>
    <message>
        <location filename="../app/ctl/StatusFormat.cpp" line="80"/>
        <location filename="../app/ctl/StatusFormat.cpp" line="90"/>
        <source>works</source>
        <translation>funktioniert</translation>
    </message>
    <message>
        <location filename="../app/ctl/StatusFormat.cpp" line="80"/>
        <location filename="../app/ctl/StatusFormat.cpp" line="90"/>
        <source>fails</source>
        <translation>gestört</translation>
    </message>
    <message>
        <location filename="../app/ctl/StatusFormat.cpp" line="87"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../app/ctl/StatusFormat.cpp" line="89"/>
        <source>no route</source>
        <translation>keine Route</translation>
    </message>
    <message>
        <location filename="../app/ctl/StatusFormat.cpp" line="127"/>
        <location filename="../app/ctl/StatusFormat.cpp" line="148"/>
        <source>IPv4</source>
        <translation>IPv4</translation>
    </message>
    <message>
        <location filename="../app/ctl/StatusFormat.cpp" line="127"/>
        <location filename="../app/ctl/StatusFormat.cpp" line="150"/>
        <source>IPv6</source>
        <translation>IPv6</translation>
    </message>
    <message>
        <location filename="../app/ctl/StatusFormat.cpp" line="128"/>
        <source>route</source>
        <translation>Route</translation>
    </message>
    <message>
        <location filename="../app/ctl/StatusFormat.cpp" line="130"/>
        <source>DNS (A / AAAA)</source>
        <translation>DNS (A / AAAA)</translation>
    </message>
    <message>
        <location filename="../app/ctl/StatusFormat.cpp" line="132"/>
        <source>TCP</source>
        <translation>TCP</translation>
    </message>
    <message>
        <location filename="../app/ctl/StatusFormat.cpp" line="133"/>
        <source>web</source>
        <translation>Web</translation>
    </message>
    <message>
        <location filename="../app/ctl/StatusFormat.cpp" line="134"/>
        <source>big transfer</source>
        <translation>große Übertragung</translation>
    </message>
    <message>
        <location filename="../app/ctl/StatusFormat.cpp" line="136"/>
        <source>through the tunnel</source>
        <translation>durch den Tunnel</translation>
    </message>
    <message>
        <location filename="../app/ctl/StatusFormat.cpp" line="138"/>
        <source>natively</source>
        <translation>direkt</translation>
    </message>
    <message>
        <location filename="../app/ctl/StatusFormat.cpp" line="151"/>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <location filename="../app/ctl/StatusFormat.cpp" line="153"/>
        <source>Backup connection %1: %2</source>
        <translation>Ersatzverbindung %1: %2</translation>
    </message>
    <message>
        <location filename="../app/ctl/StatusFormat.cpp" line="154"/>
        <source>Backup connection %1: %2, carries %3</source>
        <translation>Ersatzverbindung %1: %2, überträgt %3</translation>
    </message>
</context>
<context>
    <name>Lifeline::Tray</name>
    <message>
        <location filename="../app/tray/ExecLine.cpp" line="60"/>
        <source>a backslash ends the line</source>
        <translation>ein Backslash beendet die Zeile</translation>
    </message>
    <message>
        <location filename="../app/tray/ExecLine.cpp" line="70"/>
        <source>a quote is not closed</source>
        <translation>ein Anführungszeichen ist nicht geschlossen</translation>
    </message>
    <message>
        <location filename="../app/tray/ExecLine.cpp" line="167"/>
        <source>there is no program to run</source>
        <translation>es gibt kein Programm zum Starten</translation>
    </message>
    <message>
        <location filename="../app/tray/LaunchPlan.cpp" line="41"/>
        <source>%1 can&apos;t be started: its launcher entry is malformed (%2).</source>
        <translation>%1 kann nicht gestartet werden: Sein Starter-Eintrag ist fehlerhaft (%2).</translation>
    </message>
    <message>
        <location filename="../app/tray/LaunchPlan.cpp" line="51"/>
        <source>%1 can&apos;t be started: the program “%2” is not installed.</source>
        <translation>%1 kann nicht gestartet werden: Das Programm „%2“ ist nicht installiert.</translation>
    </message>
    <message>
        <location filename="../app/tray/LaunchPlan.cpp" line="57"/>
        <source>%1 can&apos;t be started: “%2” is not a program.</source>
        <translation>%1 kann nicht gestartet werden: „%2“ ist kein Programm.</translation>
    </message>
    <message>
        <location filename="../app/tray/NotificationPolicy.cpp" line="31"/>
        <source>Some websites can&apos;t be reached</source>
        <translation>Manche Websites sind nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../app/tray/NotificationPolicy.cpp" line="34"/>
        <source>Your provider&apos;s %1 is down. Set up a backup connection?</source>
        <translation>Bei Ihrem Anbieter ist %1 ausgefallen. Eine Ersatzverbindung einrichten?</translation>
    </message>
    <message>
        <location filename="../app/tray/NotificationPolicy.cpp" line="41"/>
        <source>%1 is down — turn on the backup connection?</source>
        <translation>%1 ist ausgefallen – die Ersatzverbindung einschalten?</translation>
    </message>
    <message>
        <location filename="../app/tray/NotificationPolicy.cpp" line="62"/>
        <source>Your provider&apos;s connection is back</source>
        <translation>Die Verbindung Ihres Anbieters ist wieder da</translation>
    </message>
    <message>
        <location filename="../app/tray/NotificationPolicy.cpp" line="63"/>
        <source>%1 works again without the backup connection — turn it off?</source>
        <translation>%1 funktioniert wieder ohne die Ersatzverbindung – sie ausschalten?</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayController.cpp" line="49"/>
        <source>the connection</source>
        <translation>die Verbindung</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayPresentation.cpp" line="39"/>
        <location filename="../app/tray/TrayPresentation.cpp" line="57"/>
        <location filename="../app/tray/TrayPresentation.cpp" line="80"/>
        <source>Lifeline&apos;s system helper is not available.</source>
        <translation>Der Systemhelfer von Lifeline ist nicht erreichbar.</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayPresentation.cpp" line="51"/>
        <source>Use backup connection (connecting…)</source>
        <translation>Ersatzverbindung verwenden (wird verbunden …)</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayPresentation.cpp" line="53"/>
        <source>Use backup connection (failed, try again)</source>
        <translation>Ersatzverbindung verwenden (fehlgeschlagen, erneut versuchen)</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayPresentation.cpp" line="55"/>
        <source>Use backup connection</source>
        <translation>Ersatzverbindung verwenden</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayPresentation.cpp" line="59"/>
        <source>Waiting for the system helper…</source>
        <translation>Warten auf den Systemhelfer …</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayPresentation.cpp" line="61"/>
        <source>Turns the backup connection “%1” off.</source>
        <translation>Schaltet die Ersatzverbindung „%1“ aus.</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayPresentation.cpp" line="64"/>
        <source>Sends IPv4 through the backup connection “%1”.</source>
        <translation>Leitet IPv4 über die Ersatzverbindung „%1“.</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayPresentation.cpp" line="65"/>
        <source>Sends IPv6 through the backup connection “%1”.</source>
        <translation>Leitet IPv6 über die Ersatzverbindung „%1“.</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayPresentation.cpp" line="68"/>
        <source>Turns the backup connection “%1” on.</source>
        <translation>Schaltet die Ersatzverbindung „%1“ ein.</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayPresentation.cpp" line="76"/>
        <source>Set up a backup connection… (asks for an administrator password)</source>
        <translation>Ersatzverbindung einrichten … (fragt nach einem Administratorpasswort)</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayPresentation.cpp" line="79"/>
        <source>A backup connection sends a broken part of the internet through your own server.</source>
        <translation>Eine Ersatzverbindung leitet einen ausgefallenen Teil des Internets über Ihren eigenen Server.</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayPresentation.cpp" line="87"/>
        <source>Repairing…</source>
        <translation>Wird repariert …</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayPresentation.cpp" line="87"/>
        <source>Pages not loading? Repair</source>
        <translation>Seiten laden nicht? Reparieren</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayPresentation.cpp" line="90"/>
        <source>Finds the largest packets the backup connection passes and sets it to them.</source>
        <translation>Ermittelt die größten Pakete, die durch die Ersatzverbindung passen, und stellt sie darauf ein.</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayPresentation.cpp" line="91"/>
        <source>Repair works on the backup connection; it is off.</source>
        <translation>Die Reparatur betrifft die Ersatzverbindung, und die ist ausgeschaltet.</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayPresentation.cpp" line="99"/>
        <source>Run a program with IPv6 only…</source>
        <translation>Programm nur mit IPv6 starten …</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayPresentation.cpp" line="99"/>
        <source>Run a program with IPv4 only…</source>
        <translation>Programm nur mit IPv4 starten …</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayPresentation.cpp" line="100"/>
        <source>Starts a program that sees only IPv6, which works now.</source>
        <translation>Startet ein Programm, das nur IPv6 sieht (IPv6 funktioniert gerade).</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayPresentation.cpp" line="101"/>
        <source>Starts a program that sees only IPv4.</source>
        <translation>Startet ein Programm, das nur IPv4 sieht.</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayPresentation.cpp" line="109"/>
        <source>Run a program through the backup connection…</source>
        <translation>Programm über die Ersatzverbindung starten …</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayPresentation.cpp" line="113"/>
        <source>Starts a program whose traffic goes only through “%1”.</source>
        <translation>Startet ein Programm, dessen Datenverkehr nur über „%1“ läuft.</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayPresentation.cpp" line="114"/>
        <source>Turn the backup connection on first.</source>
        <translation>Schalten Sie zuerst die Ersatzverbindung ein.</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayPresentation.cpp" line="196"/>
        <source>Checking…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayPresentation.cpp" line="196"/>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayPresentation.cpp" line="198"/>
        <source>Settings…</source>
        <translation>Einstellungen …</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayPresentation.cpp" line="199"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>Lifeline::Tray::AppPickerDialog</name>
    <message>
        <location filename="../app/tray/AppPickerDialog.cpp" line="43"/>
        <location filename="../app/tray/AppPickerDialog.cpp" line="44"/>
        <source>Search programs</source>
        <translation>Programme durchsuchen</translation>
    </message>
    <message>
        <location filename="../app/tray/AppPickerDialog.cpp" line="47"/>
        <source>Programs</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../app/tray/AppPickerDialog.cpp" line="50"/>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
</context>
<context>
    <name>Lifeline::Tray::BackupTunnel</name>
    <message>
        <location filename="../app/tray/BackupTunnel.cpp" line="153"/>
        <source>The backup connection could not be turned on. %1</source>
        <translation>Die Ersatzverbindung konnte nicht eingeschaltet werden. %1</translation>
    </message>
    <message>
        <location filename="../app/tray/BackupTunnel.cpp" line="171"/>
        <source>The backup connection could not be turned off. %1</source>
        <translation>Die Ersatzverbindung konnte nicht ausgeschaltet werden. %1</translation>
    </message>
    <message>
        <location filename="../app/tray/BackupTunnel.cpp" line="189"/>
        <source>The repair did not work. %1</source>
        <translation>Die Reparatur hat nicht geklappt. %1</translation>
    </message>
</context>
<context>
    <name>Lifeline::Tray::IsolatedLauncher</name>
    <message>
        <location filename="../app/tray/IsolatedLauncher.cpp" line="118"/>
        <source>%1 could not be started. %2</source>
        <translation>%1 konnte nicht gestartet werden. %2</translation>
    </message>
    <message>
        <location filename="../app/tray/IsolatedLauncher.cpp" line="104"/>
        <source>%1 can&apos;t be started: /dev/null cannot be opened.</source>
        <translation>%1 kann nicht gestartet werden: /dev/null lässt sich nicht öffnen.</translation>
    </message>
</context>
<context>
    <name>Lifeline::Tray::NotificationPolicy</name>
    <message>
        <location filename="../app/tray/NotificationPolicy.cpp" line="94"/>
        <source>The backup connection isn&apos;t working</source>
        <translation>Die Ersatzverbindung funktioniert nicht</translation>
    </message>
    <message>
        <location filename="../app/tray/NotificationPolicy.cpp" line="95"/>
        <source>The backup connection is on, but nothing gets through it — turn it off?</source>
        <translation>Die Ersatzverbindung ist eingeschaltet, aber nichts kommt durch – sie ausschalten?</translation>
    </message>
    <message>
        <location filename="../app/tray/NotificationPolicy.cpp" line="104"/>
        <source>Pages are not loading completely</source>
        <translation>Seiten laden nicht vollständig</translation>
    </message>
    <message>
        <location filename="../app/tray/NotificationPolicy.cpp" line="105"/>
        <source>Large pages stall through the backup connection — repair it?</source>
        <translation>Große Seiten bleiben in der Ersatzverbindung stecken – sie reparieren?</translation>
    </message>
    <message>
        <location filename="../app/tray/NotificationPolicy.cpp" line="112"/>
        <source>This network wants you to log in</source>
        <translation>Dieses Netzwerk verlangt eine Anmeldung</translation>
    </message>
    <message>
        <location filename="../app/tray/NotificationPolicy.cpp" line="113"/>
        <source>A login page (hotel, train, café) stands between you and the internet — open it?</source>
        <translation>Eine Anmeldeseite (Hotel, Zug, Café) steht zwischen Ihnen und dem Internet – sie öffnen?</translation>
    </message>
</context>
<context>
    <name>Lifeline::Tray::SingleInstance</name>
    <message>
        <location filename="../app/tray/SingleInstance.cpp" line="104"/>
        <source>cannot lock %1</source>
        <translation>%1 kann nicht gesperrt werden</translation>
    </message>
    <message>
        <location filename="../app/tray/SingleInstance.cpp" line="92"/>
        <source>another Lifeline seems to be running but does not answer (%1)</source>
        <translation>ein anderes Lifeline scheint zu laufen, antwortet aber nicht (%1)</translation>
    </message>
    <message>
        <location filename="../app/tray/SingleInstance.cpp" line="88"/>
        <source>the running Lifeline does not understand this request (is it an older version? Quit it and start Lifeline again)</source>
        <translation>das laufende Lifeline versteht diese Anfrage nicht (ist es eine ältere Version? Beenden Sie es und starten Sie Lifeline erneut)</translation>
    </message>
    <message>
        <location filename="../app/tray/SingleInstance.cpp" line="93"/>
        <source>no answer in time</source>
        <translation>keine rechtzeitige Antwort</translation>
    </message>
    <message>
        <location filename="../app/tray/SingleInstance.cpp" line="117"/>
        <source>cannot listen on %1: %2</source>
        <translation>kann nicht auf %1 lauschen: %2</translation>
    </message>
</context>
<context>
    <name>Lifeline::Tray::TrayController</name>
    <message>
        <location filename="../app/tray/TrayController.cpp" line="91"/>
        <source>The backup connection</source>
        <translation>Die Ersatzverbindung</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayController.cpp" line="100"/>
        <source>Repaired</source>
        <translation>Repariert</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayController.cpp" line="101"/>
        <source>The backup connection now sends packets of at most %1 bytes, so pages should load completely.</source>
        <translation>Die Ersatzverbindung sendet jetzt Pakete von höchstens %1 Bytes; Seiten sollten nun vollständig laden.</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayController.cpp" line="109"/>
        <source>Repair</source>
        <translation>Reparatur</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayController.cpp" line="113"/>
        <source>Run a program</source>
        <translation>Programm starten</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayController.cpp" line="115"/>
        <source>%1 was already running</source>
        <translation>%1 lief bereits</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayController.cpp" line="116"/>
        <source>%1 handed the request to its window that is already open, so it does not run the way you asked. Quit %1 completely, then try again.</source>
        <translation>%1 hat die Anfrage an sein bereits geöffnetes Fenster weitergegeben und läuft deshalb nicht so, wie Sie es wollten. Beenden Sie %1 vollständig und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayController.cpp" line="122"/>
        <source>%1 stopped</source>
        <translation>%1 wurde beendet</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayController.cpp" line="123"/>
        <source>%1 stopped right after it started.</source>
        <translation>%1 wurde gleich nach dem Start beendet.</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayController.cpp" line="124"/>
        <source>%1 stopped right after it started. What it said is in %2.</source>
        <translation>%1 wurde gleich nach dem Start beendet. Seine Ausgaben stehen in %2.</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayController.cpp" line="136"/>
        <source>Lifeline</source>
        <translation>Lifeline</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayController.cpp" line="228"/>
        <source>The backup connection is on</source>
        <translation>Die Ersatzverbindung ist eingeschaltet</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayController.cpp" line="229"/>
        <source>Your provider&apos;s %1 is down, so Lifeline turned on the backup connection.</source>
        <translation>Bei Ihrem Anbieter ist %1 ausgefallen, deshalb hat Lifeline die Ersatzverbindung eingeschaltet.</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayController.cpp" line="232"/>
        <source>The backup connection is off</source>
        <translation>Die Ersatzverbindung ist ausgeschaltet</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayController.cpp" line="233"/>
        <source>Your provider&apos;s connection works again, so Lifeline turned the backup connection off.</source>
        <translation>Die Verbindung Ihres Anbieters funktioniert wieder, deshalb hat Lifeline die Ersatzverbindung ausgeschaltet.</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayController.cpp" line="238"/>
        <source>The backup connection is not working</source>
        <translation>Die Ersatzverbindung funktioniert nicht</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayController.cpp" line="239"/>
        <source>The backup connection could not be established.</source>
        <translation>Die Ersatzverbindung konnte nicht aufgebaut werden.</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayController.cpp" line="240"/>
        <source>The backup connection could not be established: %1</source>
        <translation>Die Ersatzverbindung konnte nicht aufgebaut werden: %1</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayController.cpp" line="294"/>
        <source>Run a program with IPv4 only</source>
        <translation>Programm nur mit IPv4 starten</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayController.cpp" line="295"/>
        <source>The program you pick sees only IPv4. Pick one that is not running yet.</source>
        <translation>Das gewählte Programm sieht nur IPv4. Wählen Sie eines, das noch nicht läuft.</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayController.cpp" line="297"/>
        <source>Run a program with IPv6 only</source>
        <translation>Programm nur mit IPv6 starten</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayController.cpp" line="298"/>
        <source>The program you pick sees only IPv6, which works now. Pick one that is not running yet.</source>
        <translation>Das gewählte Programm sieht nur IPv6, das gerade funktioniert. Wählen Sie eines, das noch nicht läuft.</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayController.cpp" line="301"/>
        <source>Run a program through the backup connection</source>
        <translation>Programm über die Ersatzverbindung starten</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayController.cpp" line="302"/>
        <source>Everything the program you pick sends goes through the backup connection, or nowhere. Pick one that is not running yet.</source>
        <translation>Alles, was das gewählte Programm sendet, läuft über die Ersatzverbindung oder gar nicht. Wählen Sie eines, das noch nicht läuft.</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayController.cpp" line="386"/>
        <source>There is no backup connection yet</source>
        <translation>Es gibt noch keine Ersatzverbindung</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayController.cpp" line="387"/>
        <source>Click here to set one up; then programs can run through it.</source>
        <translation>Klicken Sie hier, um eine einzurichten; dann können Programme darüber laufen.</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayController.cpp" line="402"/>
        <source>Lifeline is running</source>
        <translation>Lifeline läuft</translation>
    </message>
</context>
<context>
    <name>Lifeline::Tray::TrayMenu</name>
    <message>
        <location filename="../app/tray/TrayMenu.cpp" line="8"/>
        <source>Lifeline</source>
        <translation>Lifeline</translation>
    </message>
</context>
<context>
    <name>Lifeline::Tray::TrayWindows</name>
    <message>
        <location filename="../app/tray/TrayWindows.cpp" line="50"/>
        <source>The settings window is not part of this build of Lifeline.</source>
        <translation>Das Einstellungsfenster ist in diesem Build von Lifeline nicht enthalten.</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayWindows.cpp" line="68"/>
        <source>The set-up window is not part of this build of Lifeline.</source>
        <translation>Das Einrichtungsfenster ist in diesem Build von Lifeline nicht enthalten.</translation>
    </message>
</context>
<context>
    <name>Lifeline::Windows::ChoosePage</name>
    <message>
        <location filename="../app/tray/windows/ChoosePage.cpp" line="25"/>
        <source>&amp;Import a configuration file</source>
        <translation>Konfigurationsdatei &amp;importieren</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ChoosePage.cpp" line="26"/>
        <source>A WireGuard file (.conf) from your VPN provider or your server.</source>
        <translation>Eine WireGuard-Datei (.conf) von Ihrem VPN-Anbieter oder Ihrem Server.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ChoosePage.cpp" line="27"/>
        <source>&amp;Paste a configuration</source>
        <translation>Konfiguration &amp;einfügen</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ChoosePage.cpp" line="28"/>
        <source>The text of a WireGuard configuration, copied from somewhere else.</source>
        <translation>Der Text einer WireGuard-Konfiguration, von anderswo kopiert.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ChoosePage.cpp" line="30"/>
        <source>Let Lifeline &amp;make the keys</source>
        <translation>Lifeline die &amp;Schlüssel erzeugen lassen</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ChoosePage.cpp" line="31"/>
        <source>For your own server: Lifeline makes this computer&apos;s key pair and tells you what to set up on the server. The private key never leaves this computer.</source>
        <translation>Für Ihren eigenen Server: Lifeline erzeugt das Schlüsselpaar dieses Computers und sagt Ihnen, was auf dem Server einzurichten ist. Der private Schlüssel verlässt diesen Computer nie.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ChoosePage.cpp" line="35"/>
        <source>A backup connection carries the part of the internet that your provider has broken (IPv4 or IPv6) through a WireGuard server that still reaches it. How do you want to add one?</source>
        <translation>Eine Ersatzverbindung leitet den Teil des Internets, der bei Ihrem Anbieter ausgefallen ist (IPv4 oder IPv6), über einen WireGuard-Server, der ihn noch erreicht. Wie möchten Sie eine hinzufügen?</translation>
    </message>
</context>
<context>
    <name>Lifeline::Windows::ConfigPage</name>
    <message>
        <location filename="../app/tray/windows/ConfigPage.cpp" line="43"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ConfigPage.cpp" line="45"/>
        <source>A short name for this connection: up to 12 small letters, digits or “-”</source>
        <translation>Ein kurzer Name für diese Verbindung: bis zu 12 Kleinbuchstaben, Ziffern oder „-“</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ConfigPage.cpp" line="47"/>
        <source>backup</source>
        <translation>ersatz</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ConfigPage.cpp" line="51"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ConfigPage.cpp" line="57"/>
        <source>Choose the WireGuard configuration file (usually ending in .conf) that your VPN provider or server gave you.</source>
        <translation>Wählen Sie die WireGuard-Konfigurationsdatei (meist mit der Endung .conf), die Sie von Ihrem VPN-Anbieter oder Server bekommen haben.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ConfigPage.cpp" line="62"/>
        <source>&amp;Choose a file…</source>
        <translation>Datei &amp;wählen …</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ConfigPage.cpp" line="64"/>
        <source>Choose a file</source>
        <translation>Datei wählen</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ConfigPage.cpp" line="65"/>
        <source>Opens a file chooser for the configuration file</source>
        <translation>Öffnet einen Dateidialog für die Konfigurationsdatei</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ConfigPage.cpp" line="68"/>
        <source>No file chosen yet.</source>
        <translation>Noch keine Datei gewählt.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ConfigPage.cpp" line="74"/>
        <source>Paste the whole configuration, from [Interface] to the end, into the box.</source>
        <translation>Fügen Sie die ganze Konfiguration, von [Interface] bis zum Ende, in das Feld ein.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ConfigPage.cpp" line="81"/>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ConfigPage.cpp" line="82"/>
        <source>The text of a WireGuard configuration</source>
        <translation>Der Text einer WireGuard-Konfiguration</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ConfigPage.cpp" line="89"/>
        <source>&amp;Configuration:</source>
        <translation>&amp;Konfiguration:</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ConfigPage.cpp" line="124"/>
        <source>Choose the configuration file first.</source>
        <translation>Wählen Sie zuerst die Konfigurationsdatei.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ConfigPage.cpp" line="125"/>
        <source>Paste the configuration into the box first.</source>
        <translation>Fügen Sie zuerst die Konfiguration in das Feld ein.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ConfigPage.cpp" line="128"/>
        <source>This is not a WireGuard configuration: it has no [Interface] section.</source>
        <translation>Das ist keine WireGuard-Konfiguration: Ihr fehlt der Abschnitt [Interface].</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ConfigPage.cpp" line="135"/>
        <source>Choose a WireGuard configuration</source>
        <translation>WireGuard-Konfiguration wählen</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ConfigPage.cpp" line="139"/>
        <source>WireGuard configurations (*.conf)</source>
        <translation>WireGuard-Konfigurationen (*.conf)</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ConfigPage.cpp" line="139"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ConfigPage.cpp" line="153"/>
        <source>Could not open %1: %2.</source>
        <translation>%1 konnte nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ConfigPage.cpp" line="155"/>
        <source>%1 is too big to be a WireGuard configuration.</source>
        <translation>%1 ist zu groß für eine WireGuard-Konfiguration.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ConfigPage.cpp" line="160"/>
        <source>%1 is not a text file.</source>
        <translation>%1 ist keine Textdatei.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ConfigPage.cpp" line="167"/>
        <source>Chosen: %1</source>
        <translation>Gewählt: %1</translation>
    </message>
</context>
<context>
    <name>Lifeline::Windows::ConnectionTest</name>
    <message>
        <location filename="../app/tray/windows/ConnectionTest.cpp" line="36"/>
        <source>The server did not answer within %1 seconds. Check that WireGuard runs on the server, that its firewall lets UDP through to the port, and that each side has the other&apos;s public key.</source>
        <translation>Der Server hat nicht innerhalb von %1 Sekunden geantwortet. Prüfen Sie, ob WireGuard auf dem Server läuft, ob seine Firewall UDP zum Port durchlässt und ob jede Seite den öffentlichen Schlüssel der anderen hat.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ConnectionTest.cpp" line="54"/>
        <source>Looking at the connection…</source>
        <translation>Verbindung wird untersucht …</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ConnectionTest.cpp" line="89"/>
        <location filename="../app/tray/windows/ConnectionTest.cpp" line="150"/>
        <source>Connecting…</source>
        <translation>Wird verbunden …</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ConnectionTest.cpp" line="100"/>
        <source>Lifeline could not connect: %1</source>
        <translation>Lifeline konnte keine Verbindung herstellen: %1</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ConnectionTest.cpp" line="144"/>
        <source>It works: the server answered (%1).</source>
        <translation>Es funktioniert: Der Server hat geantwortet (%1).</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ConnectionTest.cpp" line="147"/>
        <source>Connected. Waiting for the server to answer…</source>
        <translation>Verbunden. Warten auf die Antwort des Servers …</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ConnectionTest.cpp" line="153"/>
        <source>The connection failed: %1</source>
        <translation>Die Verbindung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ConnectionTest.cpp" line="155"/>
        <source>The connection went down before the server answered.</source>
        <translation>Die Verbindung wurde getrennt, bevor der Server geantwortet hat.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ConnectionTest.cpp" line="168"/>
        <source>It stays connected.</source>
        <translation>Sie bleibt verbunden.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ConnectionTest.cpp" line="177"/>
        <source>Lifeline could not disconnect it again: %1</source>
        <translation>Lifeline konnte sie nicht wieder trennen: %1</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ConnectionTest.cpp" line="178"/>
        <source>It has been disconnected again.</source>
        <translation>Sie wurde wieder getrennt.</translation>
    </message>
</context>
<context>
    <name>Lifeline::Windows::CopyableText</name>
    <message>
        <location filename="../app/tray/windows/CopyableText.cpp" line="17"/>
        <location filename="../app/tray/windows/CopyableText.cpp" line="57"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/CopyableText.cpp" line="27"/>
        <source>Read-only text to copy to your server</source>
        <translation>Schreibgeschützter Text zum Kopieren auf Ihren Server</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/CopyableText.cpp" line="29"/>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/CopyableText.cpp" line="30"/>
        <source>Copies %1 to the clipboard</source>
        <translation>Kopiert %1 in die Zwischenablage</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/CopyableText.cpp" line="56"/>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>Lifeline::Windows::MakeKeysPage</name>
    <message>
        <location filename="../app/tray/windows/MakeKeysPage.cpp" line="30"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/MakeKeysPage.cpp" line="31"/>
        <source>A short name for this connection: up to 12 small letters, digits or “-”</source>
        <translation>Ein kurzer Name für diese Verbindung: bis zu 12 Kleinbuchstaben, Ziffern oder „-“</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/MakeKeysPage.cpp" line="32"/>
        <source>backup</source>
        <translation>ersatz</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/MakeKeysPage.cpp" line="33"/>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/MakeKeysPage.cpp" line="34"/>
        <source>The server&apos;s host name or IP address and its WireGuard port</source>
        <translation>Hostname oder IP-Adresse des Servers und sein WireGuard-Port</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/MakeKeysPage.cpp" line="36"/>
        <source>Server&apos;s public key</source>
        <translation>Öffentlicher Schlüssel des Servers</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/MakeKeysPage.cpp" line="37"/>
        <source>The server&apos;s WireGuard public key: 44 characters ending in “=”</source>
        <translation>Der öffentliche WireGuard-Schlüssel des Servers: 44 Zeichen, endet auf „=“</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/MakeKeysPage.cpp" line="38"/>
        <source>the output of “wg pubkey” on the server</source>
        <translation>die Ausgabe von „wg pubkey“ auf dem Server</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/MakeKeysPage.cpp" line="39"/>
        <source>This computer&apos;s addresses in the tunnel</source>
        <translation>Adressen dieses Computers im Tunnel</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/MakeKeysPage.cpp" line="40"/>
        <source>One or more addresses, separated by commas, like 10.8.0.2/32, fd00:8::2/128</source>
        <translation>Eine oder mehrere Adressen, durch Kommas getrennt, etwa 10.8.0.2/32, fd00:8::2/128</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/MakeKeysPage.cpp" line="42"/>
        <source>DNS servers (optional)</source>
        <translation>DNS-Server (optional)</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/MakeKeysPage.cpp" line="43"/>
        <source>Name servers to use while the tunnel is on, separated by commas; may stay empty</source>
        <translation>Namensserver, die verwendet werden, solange der Tunnel eingeschaltet ist, durch Kommas getrennt; darf leer bleiben</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/MakeKeysPage.cpp" line="50"/>
        <source>For a WireGuard server of your own (a VPS). Lifeline makes this computer&apos;s key pair; the private key stays on this computer. Afterwards Lifeline shows what to set up on the server.</source>
        <translation>Für einen eigenen WireGuard-Server (einen VPS). Lifeline erzeugt das Schlüsselpaar dieses Computers; der private Schlüssel bleibt auf diesem Computer. Danach zeigt Lifeline, was auf dem Server einzurichten ist.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/MakeKeysPage.cpp" line="59"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/MakeKeysPage.cpp" line="60"/>
        <source>Server &amp;address:</source>
        <translation>Server&amp;adresse:</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/MakeKeysPage.cpp" line="61"/>
        <source>Server&apos;s &amp;public key:</source>
        <translation>Öffentlicher &amp;Schlüssel des Servers:</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/MakeKeysPage.cpp" line="62"/>
        <source>This computer&apos;s a&amp;ddresses in the tunnel:</source>
        <translation>A&amp;dressen dieses Computers im Tunnel:</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/MakeKeysPage.cpp" line="63"/>
        <source>DNS ser&amp;vers (optional):</source>
        <translation>DNS-Ser&amp;ver (optional):</translation>
    </message>
</context>
<context>
    <name>Lifeline::Windows::MtuPanel</name>
    <message>
        <location filename="../app/tray/windows/MtuPanel.cpp" line="20"/>
        <location filename="../app/tray/windows/MtuPanel.cpp" line="78"/>
        <source>Packet size (MTU)</source>
        <translation>Paketgröße (MTU)</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/MtuPanel.cpp" line="21"/>
        <source>A&amp;utomatic: measured after every connect</source>
        <translation>Au&amp;tomatisch: nach jedem Verbinden gemessen</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/MtuPanel.cpp" line="22"/>
        <source>&amp;Fixed:</source>
        <translation>&amp;Fest:</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/MtuPanel.cpp" line="24"/>
        <source>As the confi&amp;guration says (or the default)</source>
        <translation>Wie in der &amp;Konfiguration (oder Standard)</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/MtuPanel.cpp" line="25"/>
        <source>&amp;Apply MTU</source>
        <translation>MTU ü&amp;bernehmen</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/MtuPanel.cpp" line="29"/>
        <source>Automatic MTU</source>
        <translation>Automatische MTU</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/MtuPanel.cpp" line="31"/>
        <source>Lifeline measures the largest packet size that passes after every connect</source>
        <translation>Lifeline misst nach jedem Verbinden die größte Paketgröße, die durchkommt</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/MtuPanel.cpp" line="33"/>
        <source>Fixed MTU</source>
        <translation>Feste MTU</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/MtuPanel.cpp" line="34"/>
        <source>Always use the number next to it</source>
        <translation>Immer die Zahl daneben verwenden</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/MtuPanel.cpp" line="38"/>
        <source>MTU in bytes</source>
        <translation>MTU in Bytes</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/MtuPanel.cpp" line="39"/>
        <source>From %1 to %2</source>
        <translation>Von %1 bis %2</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/MtuPanel.cpp" line="41"/>
        <source>MTU from the configuration</source>
        <translation>MTU aus der Konfiguration</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/MtuPanel.cpp" line="43"/>
        <source>The MTU in the connection&apos;s configuration, or WireGuard&apos;s default. Lifeline cannot go back to it yet once another setting was applied.</source>
        <translation>Die MTU aus der Konfiguration der Verbindung oder der Standardwert von WireGuard. Wurde einmal eine andere Einstellung übernommen, kann Lifeline noch nicht dorthin zurückkehren.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/MtuPanel.cpp" line="46"/>
        <source>Apply MTU</source>
        <translation>MTU übernehmen</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/MtuPanel.cpp" line="47"/>
        <source>Sets the chosen MTU for the selected connection</source>
        <translation>Stellt die gewählte MTU für die ausgewählte Verbindung ein</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/MtuPanel.cpp" line="78"/>
        <source>Packet size (MTU) of “%1”</source>
        <translation>Paketgröße (MTU) von „%1“</translation>
    </message>
</context>
<context>
    <name>Lifeline::Windows::ProbeTargetsPanel</name>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="43"/>
        <source>IPv4 addresses to try</source>
        <translation>IPv4-Adressen zum Prüfen</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="44"/>
        <source>IPv4 addresses with an optional port, separated by commas; empty: no such check</source>
        <translation>IPv4-Adressen, wahlweise mit Port, durch Kommas getrennt; leer: keine solche Prüfung</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="46"/>
        <source>IPv6 addresses to try</source>
        <translation>IPv6-Adressen zum Prüfen</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="47"/>
        <source>IPv6 addresses in brackets with an optional port, separated by commas; empty: no such check</source>
        <translation>IPv6-Adressen in eckigen Klammern, wahlweise mit Port, durch Kommas getrennt; leer: keine solche Prüfung</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="50"/>
        <source>IPv4 web check</source>
        <translation>IPv4-Webprüfung</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="51"/>
        <source>An http:// address with an IPv4 address as its host; empty: no web check</source>
        <translation>Eine http://-Adresse mit einer IPv4-Adresse als Host; leer: keine Webprüfung</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="52"/>
        <source>IPv6 web check</source>
        <translation>IPv6-Webprüfung</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="53"/>
        <source>An http:// address with an IPv6 address as its host; empty: no web check</source>
        <translation>Eine http://-Adresse mit einer IPv6-Adresse als Host; leer: keine Webprüfung</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="54"/>
        <source>Expected status</source>
        <translation>Erwarteter Statuscode</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="55"/>
        <source>Expected start of the answer</source>
        <translation>Erwarteter Anfang der Antwort</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="56"/>
        <source>When not empty, the web check&apos;s answer must start with this</source>
        <translation>Wenn nicht leer, muss die Antwort der Webprüfung damit beginnen</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="57"/>
        <source>IPv4 large download</source>
        <translation>Große Datei über IPv4</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="58"/>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="62"/>
        <source>An address of something bigger than one packet, to find stalling pages; empty: no such check</source>
        <translation>Die Adresse von etwas, das größer als ein Paket ist, um hängende Seiten zu erkennen; leer: keine solche Prüfung</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="61"/>
        <source>IPv6 large download</source>
        <translation>Große Datei über IPv6</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="65"/>
        <source>Name to look up</source>
        <translation>Aufzulösender Name</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="66"/>
        <source>A name with both IPv4 and IPv6 addresses, to check name resolution; empty: no such check</source>
        <translation>Ein Name mit IPv4- und IPv6-Adressen, um die Namensauflösung zu prüfen; leer: keine solche Prüfung</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="69"/>
        <source>Time to wait for each check</source>
        <translation>Wartezeit je Prüfung</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="73"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="78"/>
        <source>Probe targets message</source>
        <translation>Meldung zu den Prüfzielen</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="81"/>
        <source>Where Lifeline looks to tell what is broken. Addresses are written as numbers, so a broken name service cannot hide a broken connection. An empty field turns that check off.</source>
        <translation>Wo Lifeline nachsieht, um festzustellen, was ausgefallen ist. Adressen werden als Zahlen geschrieben, damit ein ausgefallener Namensdienst keine ausgefallene Verbindung verdecken kann. Ein leeres Feld schaltet die jeweilige Prüfung ab.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="90"/>
        <source>IPv&amp;4 addresses to try:</source>
        <translation>IPv&amp;4-Adressen zum Prüfen:</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="91"/>
        <source>IPv&amp;6 addresses to try:</source>
        <translation>IPv&amp;6-Adressen zum Prüfen:</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="92"/>
        <source>IPv4 &amp;web check:</source>
        <translation>IPv4-Web&amp;prüfung:</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="93"/>
        <source>IPv6 w&amp;eb check:</source>
        <translation>IPv6-Webprüf&amp;ung:</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="94"/>
        <source>E&amp;xpected status:</source>
        <translation>Erwarteter Status&amp;code:</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="95"/>
        <source>Expected start of the a&amp;nswer:</source>
        <translation>Erwarteter Anfan&amp;g der Antwort:</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="96"/>
        <source>IPv4 &amp;large download:</source>
        <translation>Große &amp;Datei über IPv4:</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="97"/>
        <source>IPv6 large d&amp;ownload:</source>
        <translation>Gr&amp;oße Datei über IPv6:</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="98"/>
        <source>Na&amp;me to look up:</source>
        <translation>Aufzulösender &amp;Name:</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="99"/>
        <source>T&amp;ime to wait for each check:</source>
        <translation>Warte&amp;zeit je Prüfung:</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="107"/>
        <source>Save &amp;probe targets</source>
        <translation>Prüfziele spe&amp;ichern</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="109"/>
        <source>Save probe targets</source>
        <translation>Prüfziele speichern</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="110"/>
        <source>Checks and saves the fields above</source>
        <translation>Prüft und speichert die Felder darüber</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="112"/>
        <source>Bac&amp;k to the defaults</source>
        <translation>Vorgabewerte wiederherste&amp;llen</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="114"/>
        <source>Back to the defaults</source>
        <translation>Vorgabewerte wiederherstellen</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="116"/>
        <source>Fills in Lifeline&apos;s own targets; they are saved when you save</source>
        <translation>Trägt die eigenen Prüfziele von Lifeline ein; gespeichert werden sie beim Speichern</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="142"/>
        <source>Some saved targets could not be used and were left out:</source>
        <translation>Einige gespeicherte Prüfziele waren nicht verwendbar und wurden weggelassen:</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="209"/>
        <source>Not saved. Please check:</source>
        <translation>Nicht gespeichert. Bitte prüfen Sie:</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="219"/>
        <source>Saved. The next check uses these targets.</source>
        <translation>Gespeichert. Die nächste Prüfung verwendet diese Ziele.</translation>
    </message>
</context>
<context>
    <name>Lifeline::Windows::ServerSetupPage</name>
    <message>
        <location filename="../app/tray/windows/ServerSetupPage.cpp" line="32"/>
        <source>the server&apos;s configuration</source>
        <translation>die Konfiguration des Servers</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ServerSetupPage.cpp" line="33"/>
        <source>the commands for the server</source>
        <translation>die Befehle für den Server</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ServerSetupPage.cpp" line="39"/>
        <source>This computer&apos;s public key</source>
        <translation>Öffentlicher Schlüssel dieses Computers</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ServerSetupPage.cpp" line="41"/>
        <source>The public key Lifeline made for this computer; the server needs it</source>
        <translation>Der öffentliche Schlüssel, den Lifeline für diesen Computer erzeugt hat; der Server braucht ihn</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ServerSetupPage.cpp" line="45"/>
        <source>This computer&apos;s public &amp;key:</source>
        <translation>Öffentlicher &amp;Schlüssel dieses Computers:</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ServerSetupPage.cpp" line="47"/>
        <source>Server &amp;configuration:</source>
        <translation>Server&amp;konfiguration:</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ServerSetupPage.cpp" line="49"/>
        <source>Co&amp;mmands for the server:</source>
        <translation>&amp;Befehle für den Server:</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ServerSetupPage.cpp" line="69"/>
        <source>The connection “%1” was added. Now set up the server.</source>
        <translation>Die Verbindung „%1“ wurde hinzugefügt. Richten Sie jetzt den Server ein.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ServerSetupPage.cpp" line="74"/>
        <source>Lifeline could not write the server&apos;s side for you (%1). Add this computer&apos;s public key as a peer on the server yourself.</source>
        <translation>Lifeline konnte die Serverseite nicht für Sie schreiben (%1). Tragen Sie den öffentlichen Schlüssel dieses Computers selbst als Peer auf dem Server ein.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ServerSetupPage.cpp" line="81"/>
        <source>On the server, as root:
1. Save the server configuration below as /etc/wireguard/%1.conf and put the server&apos;s own private key (the one whose public key you entered) where it says %2.
2. Paste the commands below into the server&apos;s shell. They install WireGuard, let the server pass this computer&apos;s traffic on to the internet (forwarding and NAT), and start the tunnel now and at every boot.</source>
        <translation>Auf dem Server, als root:
1. Speichern Sie die Serverkonfiguration unten als /etc/wireguard/%1.conf und setzen Sie den eigenen privaten Schlüssel des Servers (den, dessen öffentlichen Schlüssel Sie eingegeben haben) dort ein, wo %2 steht.
2. Fügen Sie die Befehle unten in die Shell des Servers ein. Sie installieren WireGuard, lassen den Server den Datenverkehr dieses Computers ins Internet weiterleiten (Forwarding und NAT) und starten den Tunnel sofort und bei jedem Systemstart.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ServerSetupPage.cpp" line="91"/>
        <source>Careful with IPv6: a server that gets its IPv6 route automatically (router advertisements) loses it, and your SSH session with it, the moment forwarding is switched on. The commands set accept_ra=2 first to prevent this; keep that line if you set up forwarding your own way.</source>
        <translation>Vorsicht bei IPv6: Ein Server, der seine IPv6-Route automatisch bekommt (Router Advertisements), verliert sie – und damit Ihre SSH-Sitzung –, sobald das Forwarding eingeschaltet wird. Die Befehle setzen deshalb zuerst accept_ra=2; behalten Sie diese Zeile, wenn Sie das Forwarding auf eigene Weise einrichten.</translation>
    </message>
</context>
<context>
    <name>Lifeline::Windows::SettingsWindow</name>
    <message>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="49"/>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="157"/>
        <source>Backup connections</source>
        <translation>Ersatzverbindungen</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="50"/>
        <source>The backup connections on this computer and their status</source>
        <translation>Die Ersatzverbindungen auf diesem Computer und ihr Status</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="51"/>
        <source>A&amp;dd a backup connection…</source>
        <translation>Ersatzverbindung &amp;hinzufügen …</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="52"/>
        <source>Add a backup connection</source>
        <translation>Ersatzverbindung hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="52"/>
        <source>Opens the window to add a backup connection</source>
        <translation>Öffnet das Fenster zum Hinzufügen einer Ersatzverbindung</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="53"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen …</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="54"/>
        <source>Remove the selected connection</source>
        <translation>Ausgewählte Verbindung entfernen</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="55"/>
        <source>Deletes the selected connection and its keys; asks first, and then for the administrator&apos;s password</source>
        <translation>Löscht die ausgewählte Verbindung und ihre Schlüssel; fragt zuerst nach und dann nach dem Administratorpasswort</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="57"/>
        <source>Backup connection</source>
        <translation>Ersatzverbindung</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="58"/>
        <source>The connection Lifeline uses when IPv4 or IPv6 breaks</source>
        <translation>Die Verbindung, die Lifeline verwendet, wenn IPv4 oder IPv6 ausfällt</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="60"/>
        <source>Turn the backup connection on and off au&amp;tomatically</source>
        <translation>Ersatzverbindung &amp;automatisch ein- und ausschalten</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="61"/>
        <source>Turn the backup connection on and off automatically</source>
        <translation>Ersatzverbindung automatisch ein- und ausschalten</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="62"/>
        <source>When IPv4 or IPv6 breaks, Lifeline turns the backup connection on by itself, and off again when it works again</source>
        <translation>Wenn IPv4 oder IPv6 ausfällt, schaltet Lifeline die Ersatzverbindung selbst ein und wieder aus, sobald es wieder funktioniert</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="64"/>
        <source>&amp;Start Lifeline when I log in</source>
        <translation>Lifeline bei der Anmeldung &amp;starten</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="65"/>
        <source>Start Lifeline when I log in</source>
        <translation>Lifeline bei der Anmeldung starten</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="66"/>
        <source>Starts Lifeline with your desktop session; only for you</source>
        <translation>Startet Lifeline mit Ihrer Desktop-Sitzung; nur für Sie</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="67"/>
        <source>Advanced settings</source>
        <translation>Erweiterte Einstellungen</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="68"/>
        <source>Shows or hides where Lifeline checks the connection</source>
        <translation>Zeigt oder verbirgt, wo Lifeline die Verbindung prüft</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="72"/>
        <source>Settings — Lifeline</source>
        <translation>Einstellungen – Lifeline</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="74"/>
        <source>Lifeline settings</source>
        <translation>Lifeline-Einstellungen</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="76"/>
        <source>Ad&amp;vanced: where Lifeline checks the connection</source>
        <translation>Er&amp;weitert: wo Lifeline die Verbindung prüft</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="93"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="111"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="112"/>
        <source>Closes the settings; everything is saved already</source>
        <translation>Schließt die Einstellungen; alles ist bereits gespeichert</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="179"/>
        <source>&amp;Connections:</source>
        <translation>&amp;Verbindungen:</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="181"/>
        <source>There is no backup connection yet. Add one with “Add a backup connection…”.</source>
        <translation>Es gibt noch keine Ersatzverbindung. Fügen Sie eine mit „Ersatzverbindung hinzufügen …“ hinzu.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="195"/>
        <source>&amp;Backup connection:</source>
        <translation>E&amp;rsatzverbindung:</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="213"/>
        <source>Behaviour</source>
        <translation>Verhalten</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="265"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="304"/>
        <source>Remove “%1”?</source>
        <translation>„%1“ entfernen?</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="305"/>
        <source>Remove the backup connection “%1”? Its keys are deleted from this computer, which cannot be undone. Removing asks for the administrator&apos;s password.</source>
        <translation>Die Ersatzverbindung „%1“ entfernen? Ihre Schlüssel werden von diesem Computer gelöscht; das lässt sich nicht rückgängig machen. Zum Entfernen ist das Administratorpasswort nötig.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="311"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="313"/>
        <source>&amp;Keep it</source>
        <translation>&amp;Behalten</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="325"/>
        <source>Removing “%1”… Lifeline may ask for the administrator&apos;s password.</source>
        <translation>„%1“ wird entfernt … Lifeline fragt eventuell nach dem Administratorpasswort.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="333"/>
        <source>“%1” was removed.</source>
        <translation>„%1“ wurde entfernt.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="347"/>
        <source>Setting the MTU of “%1”…</source>
        <translation>MTU von „%1“ wird eingestellt …</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="352"/>
        <source>The MTU of “%1” is set.</source>
        <translation>Die MTU von „%1“ ist eingestellt.</translation>
    </message>
</context>
<context>
    <name>Lifeline::Windows::SetupWindow</name>
    <message>
        <location filename="../app/tray/windows/SetupWindow.cpp" line="53"/>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SetupWindow.cpp" line="53"/>
        <source>Back to the choice of how to add a connection</source>
        <translation>Zurück zur Auswahl, wie eine Verbindung hinzugefügt wird</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SetupWindow.cpp" line="54"/>
        <location filename="../app/tray/windows/SetupWindow.cpp" line="129"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SetupWindow.cpp" line="54"/>
        <source>Goes on to the next step</source>
        <translation>Weiter zum nächsten Schritt</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SetupWindow.cpp" line="55"/>
        <location filename="../app/tray/windows/SetupWindow.cpp" line="160"/>
        <location filename="../app/tray/windows/SetupWindow.cpp" line="161"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SetupWindow.cpp" line="55"/>
        <source>Closes this window</source>
        <translation>Schließt dieses Fenster</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SetupWindow.cpp" line="57"/>
        <source>Add a backup connection — Lifeline</source>
        <translation>Ersatzverbindung hinzufügen – Lifeline</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SetupWindow.cpp" line="59"/>
        <source>Add a backup connection</source>
        <translation>Ersatzverbindung hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SetupWindow.cpp" line="71"/>
        <source>Adding a connection asks for the administrator&apos;s password.</source>
        <translation>Zum Hinzufügen einer Verbindung ist das Administratorpasswort nötig.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SetupWindow.cpp" line="88"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SetupWindow.cpp" line="130"/>
        <source>Adds the connection; asks for the administrator&apos;s password</source>
        <translation>Fügt die Verbindung hinzu; fragt nach dem Administratorpasswort</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SetupWindow.cpp" line="136"/>
        <source>&amp;Make keys and add</source>
        <translation>Schlüssel &amp;erzeugen und hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SetupWindow.cpp" line="137"/>
        <source>Makes this computer&apos;s key pair and adds the connection; asks for the administrator&apos;s password</source>
        <translation>Erzeugt das Schlüsselpaar dieses Computers und fügt die Verbindung hinzu; fragt nach dem Administratorpasswort</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SetupWindow.cpp" line="143"/>
        <source>&amp;Next: test it</source>
        <translation>&amp;Weiter: testen</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SetupWindow.cpp" line="144"/>
        <source>Goes on to testing the connection</source>
        <translation>Weiter zum Testen der Verbindung</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SetupWindow.cpp" line="160"/>
        <source>&amp;Done</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SetupWindow.cpp" line="161"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SetupWindow.cpp" line="204"/>
        <source>Please check:</source>
        <translation>Bitte prüfen Sie:</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SetupWindow.cpp" line="217"/>
        <source>Adding “%1”… Lifeline may ask for the administrator&apos;s password.</source>
        <translation>„%1“ wird hinzugefügt … Lifeline fragt eventuell nach dem Administratorpasswort.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SetupWindow.cpp" line="243"/>
        <source>Making the keys for “%1”… Lifeline may ask for the administrator&apos;s password.</source>
        <translation>Schlüssel für „%1“ werden erzeugt … Lifeline fragt eventuell nach dem Administratorpasswort.</translation>
    </message>
</context>
<context>
    <name>Lifeline::Windows::TestPage</name>
    <message>
        <location filename="../app/tray/windows/TestPage.cpp" line="17"/>
        <location filename="../app/tray/windows/TestPage.cpp" line="64"/>
        <source>&amp;Test the connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/TestPage.cpp" line="18"/>
        <source>&amp;Leave it connected after the test</source>
        <translation>Nach dem Test &amp;verbunden lassen</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/TestPage.cpp" line="24"/>
        <source>Lifeline connects, waits for the server to answer, and tells you how it went. Afterwards it disconnects again, unless you want to keep the connection on.</source>
        <translation>Lifeline verbindet, wartet auf die Antwort des Servers und sagt Ihnen, wie es gelaufen ist. Danach trennt es die Verbindung wieder, außer Sie möchten sie eingeschaltet lassen.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/TestPage.cpp" line="30"/>
        <source>Test the connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/TestPage.cpp" line="31"/>
        <source>Connects the new backup connection once to see whether the server answers</source>
        <translation>Verbindet die neue Ersatzverbindung einmal, um zu sehen, ob der Server antwortet</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/TestPage.cpp" line="34"/>
        <source>Leave it connected after the test</source>
        <translation>Nach dem Test verbunden lassen</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/TestPage.cpp" line="36"/>
        <source>When ticked, the connection stays on after a successful test</source>
        <translation>Wenn angekreuzt, bleibt die Verbindung nach einem erfolgreichen Test eingeschaltet</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/TestPage.cpp" line="41"/>
        <source>Test result</source>
        <translation>Testergebnis</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/TestPage.cpp" line="62"/>
        <source>The connection “%1” has been added.</source>
        <translation>Die Verbindung „%1“ wurde hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/TestPage.cpp" line="81"/>
        <source>&amp;Test again</source>
        <translation>Erneut &amp;testen</translation>
    </message>
</context>
<context>
    <name>Lifeline::Windows::TunnelTable</name>
    <message>
        <location filename="../app/tray/windows/TunnelTable.cpp" line="152"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/TunnelTable.cpp" line="154"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/TunnelTable.cpp" line="156"/>
        <source>Carries</source>
        <translation>Überträgt</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/TunnelTable.cpp" line="158"/>
        <source>MTU</source>
        <translation>MTU</translation>
    </message>
</context>
<context>
    <name>ProbeTargetsForm</name>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsForm.cpp" line="88"/>
        <source>The expected status must be an HTTP status, from 100 to 599.</source>
        <translation>Der erwartete Statuscode muss ein HTTP-Status von 100 bis 599 sein.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsForm.cpp" line="91"/>
        <source>The expected start of the answer can be at most 1024 characters long.</source>
        <translation>Der erwartete Anfang der Antwort darf höchstens 1024 Zeichen lang sein.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsForm.cpp" line="97"/>
        <source>“%1” is not a host name; use one with both an IPv4 and an IPv6 address, like example.org.</source>
        <translation>„%1“ ist kein Hostname; verwenden Sie einen mit IPv4- und IPv6-Adresse, etwa example.org.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsForm.cpp" line="102"/>
        <source>The time to wait must be from %1 to %2 milliseconds.</source>
        <translation>Die Wartezeit muss zwischen %1 und %2 Millisekunden liegen.</translation>
    </message>
</context>
<context>
    <name>ProbeTargetsPanel</name>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="32"/>
        <source>From %1 to %2</source>
        <translation>Von %1 bis %2</translation>
    </message>
</context>
<context>
    <name>TunnelStatusText</name>
    <message>
        <location filename="../app/tray/windows/TunnelStatusText.cpp" line="15"/>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/TunnelStatusText.cpp" line="17"/>
        <source>1 second ago</source>
        <translation>vor 1 Sekunde</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/TunnelStatusText.cpp" line="17"/>
        <source>%1 seconds ago</source>
        <translation>vor %1 Sekunden</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/TunnelStatusText.cpp" line="19"/>
        <source>1 minute ago</source>
        <translation>vor 1 Minute</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/TunnelStatusText.cpp" line="19"/>
        <source>%1 minutes ago</source>
        <translation>vor %1 Minuten</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/TunnelStatusText.cpp" line="21"/>
        <source>1 hour ago</source>
        <translation>vor 1 Stunde</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/TunnelStatusText.cpp" line="21"/>
        <source>%1 hours ago</source>
        <translation>vor %1 Stunden</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/TunnelStatusText.cpp" line="22"/>
        <source>1 day ago</source>
        <translation>vor 1 Tag</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/TunnelStatusText.cpp" line="22"/>
        <source>%1 days ago</source>
        <translation>vor %1 Tagen</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/TunnelStatusText.cpp" line="32"/>
        <source>Connected, waiting for the server to answer</source>
        <translation>Verbunden, warte auf die Antwort des Servers</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/TunnelStatusText.cpp" line="33"/>
        <source>Connected, the server answered %1</source>
        <translation>Verbunden, der Server hat %1 geantwortet</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/TunnelStatusText.cpp" line="36"/>
        <source>Connecting…</source>
        <translation>Wird verbunden …</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/TunnelStatusText.cpp" line="38"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/TunnelStatusText.cpp" line="38"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/TunnelStatusText.cpp" line="40"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/TunnelStatusText.cpp" line="41"/>
        <source>Unknown (%1)</source>
        <translation>Unbekannt (%1)</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/TunnelStatusText.cpp" line="50"/>
        <source>IPv4 and IPv6</source>
        <translation>IPv4 und IPv6</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/TunnelStatusText.cpp" line="52"/>
        <source>IPv4</source>
        <translation>IPv4</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/TunnelStatusText.cpp" line="54"/>
        <source>IPv6</source>
        <translation>IPv6</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/TunnelStatusText.cpp" line="55"/>
        <source>nothing yet</source>
        <translation>noch nichts</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/TunnelStatusText.cpp" line="62"/>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/TunnelStatusText.cpp" line="64"/>
        <source>automatic (%1)</source>
        <translation>automatisch (%1)</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/TunnelStatusText.cpp" line="64"/>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/TunnelStatusText.cpp" line="66"/>
        <source>%1 (chosen)</source>
        <translation>%1 (fest)</translation>
    </message>
</context>
<context>
    <name>lifeline</name>
    <message>
        <location filename="../app/tray/TrayCommandLine.cpp" line="22"/>
        <source>Shows in the system tray whether the internet works, in plain words, and fixes a half-broken connection in one click: a backup connection for the broken part, programs run with IPv4 or IPv6 only, and a repair for pages that stall.

Settings: $XDG_CONFIG_HOME/lifeline/lifeline.conf. Only one Lifeline runs per session; starting it again shows the running one&apos;s menu.</source>
        <translation>Zeigt im Systembereich der Kontrollleiste in einfachen Worten, ob das Internet funktioniert, und repariert eine halb ausgefallene Verbindung mit einem Klick: eine Ersatzverbindung für den ausgefallenen Teil, Programme nur mit IPv4 oder nur mit IPv6 und eine Reparatur für hängende Seiten.

Einstellungen: $XDG_CONFIG_HOME/lifeline/lifeline.conf. Pro Sitzung läuft nur ein Lifeline; ein erneuter Start zeigt das Menü des laufenden.</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayCommandLine.cpp" line="30"/>
        <source>Started by the session at log-in: does nothing when Lifeline runs already, or when &quot;Start Lifeline when I log in&quot; is off in the settings.</source>
        <translation>Wird von der Sitzung bei der Anmeldung gestartet: tut nichts, wenn Lifeline bereits läuft oder wenn „Lifeline bei der Anmeldung starten“ in den Einstellungen ausgeschaltet ist.</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayCommandLine.cpp" line="33"/>
        <source>Opens the window that picks a program to run with IPv4 only (ipv4-only), with IPv6 only (ipv6-only), or through the backup connection (tunnel); in the running Lifeline if there is one.</source>
        <translation>Öffnet das Fenster zur Wahl eines Programms, das nur mit IPv4 (ipv4-only), nur mit IPv6 (ipv6-only) oder über die Ersatzverbindung (tunnel) starten soll; im laufenden Lifeline, falls es eines gibt.</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayCommandLine.cpp" line="36"/>
        <source>MODE</source>
        <translation>MODUS</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayCommandLine.cpp" line="45"/>
        <source>%1 See --help.</source>
        <translation>%1 Siehe --help.</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayCommandLine.cpp" line="50"/>
        <source>takes no arguments, but was given &quot;%1&quot;; see --help</source>
        <translation>nimmt keine Argumente, bekam aber „%1“; siehe --help</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayCommandLine.cpp" line="56"/>
        <source>--autostart and --run-picker do not go together; see --help</source>
        <translation>--autostart und --run-picker passen nicht zusammen; siehe --help</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayCommandLine.cpp" line="62"/>
        <source>--run-picker was given more than once; see --help</source>
        <translation>--run-picker wurde mehr als einmal angegeben; siehe --help</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayCommandLine.cpp" line="67"/>
        <source>--run-picker does not know the mode &quot;%1&quot;; it takes %2</source>
        <translation>--run-picker kennt den Modus „%1“ nicht; möglich sind %2</translation>
    </message>
    <message>
        <location filename="../app/tray/main.cpp" line="83"/>
        <source>there is no display to show the tray icon on: neither DISPLAY nor WAYLAND_DISPLAY is set. Start lifeline from a graphical session.</source>
        <translation>es gibt keine Anzeige für das Symbol in der Kontrollleiste: weder DISPLAY noch WAYLAND_DISPLAY ist gesetzt. Starten Sie lifeline aus einer grafischen Sitzung.</translation>
    </message>
</context>
<context>
    <name>lifelinectl</name>
    <message>
        <location filename="../app/ctl/CommandLine.cpp" line="24"/>
        <source>info takes no argument &quot;%1&quot;; see --help</source>
        <translation>info nimmt kein Argument „%1“; siehe --help</translation>
    </message>
    <message>
        <location filename="../app/ctl/CommandLine.cpp" line="35"/>
        <source>run takes exactly one of --ipv4-only, --ipv6-only and --tunnel</source>
        <translation>run nimmt genau eine der Optionen --ipv4-only, --ipv6-only und --tunnel</translation>
    </message>
    <message>
        <location filename="../app/ctl/CommandLine.cpp" line="73"/>
        <source>--tunnel needs the name of a tunnel</source>
        <translation>--tunnel braucht den Namen eines Tunnels</translation>
    </message>
    <message>
        <location filename="../app/ctl/CommandLine.cpp" line="79"/>
        <source>run has no option &quot;%1&quot;; see lifelinectl run --help</source>
        <translation>run hat keine Option „%1“; siehe lifelinectl run --help</translation>
    </message>
    <message>
        <location filename="../app/ctl/CommandLine.cpp" line="84"/>
        <location filename="../app/ctl/MtuCommand.cpp" line="38"/>
        <location filename="../app/ctl/TunnelCommandLine.cpp" line="213"/>
        <source>&quot;%1&quot; is not a tunnel name (1 to 12 of a-z, 0-9 and -)</source>
        <translation>„%1“ ist kein Tunnelname (1 bis 12 Zeichen aus a-z, 0-9 und -)</translation>
    </message>
    <message>
        <location filename="../app/ctl/CommandLine.cpp" line="91"/>
        <source>run needs one of --ipv4-only, --ipv6-only or --tunnel NAME; see lifelinectl run --help</source>
        <translation>run braucht eine der Optionen --ipv4-only, --ipv6-only oder --tunnel NAME; siehe lifelinectl run --help</translation>
    </message>
    <message>
        <location filename="../app/ctl/CommandLine.cpp" line="96"/>
        <source>run needs a command to run; see lifelinectl run --help</source>
        <translation>run braucht einen Befehl zum Ausführen; siehe lifelinectl run --help</translation>
    </message>
    <message>
        <location filename="../app/ctl/CommandLine.cpp" line="148"/>
        <source>unknown option &quot;%1&quot;; see --help</source>
        <translation>unbekannte Option „%1“; siehe --help</translation>
    </message>
    <message>
        <location filename="../app/ctl/CommandLine.cpp" line="156"/>
        <source>run does not print JSON; see --help</source>
        <translation>run gibt kein JSON aus; siehe --help</translation>
    </message>
    <message>
        <location filename="../app/ctl/CommandLine.cpp" line="167"/>
        <source>unknown command &quot;%1&quot;; see --help</source>
        <translation>unbekannter Befehl „%1“; siehe --help</translation>
    </message>
    <message>
        <location filename="../app/ctl/CommandLine.cpp" line="170"/>
        <source>no command given; see --help</source>
        <translation>kein Befehl angegeben; siehe --help</translation>
    </message>
    <message>
        <location filename="../app/ctl/CommandLine.cpp" line="175"/>
        <source>Usage: lifelinectl [--json] info
       lifelinectl status [--json] [--timeout MS]
       lifelinectl run (--ipv4-only | --ipv6-only | --tunnel NAME) [--] COMMAND [ARGS...]
       lifelinectl tunnel (import | create | remove | list | show | up | down | set) ...
       lifelinectl mtu fix NAME

Lifeline from the command line.

Commands:
  info               the helper&apos;s version and what this computer offers
  status             check the connection once and say what is broken
                     (lifelinectl status --help: more)
  run                run COMMAND with a restricted connection and wait for it:
    --ipv4-only        it sees IPv4 only (no IPv6 address, route or answer)
    --ipv6-only        it sees IPv6 only
    --tunnel NAME      every packet goes through tunnel NAME, or nowhere
                     COMMAND is looked up on PATH; it gets this terminal,
                     environment and directory; signals are passed on to it.
  tunnel import NAME FILE   add a WireGuard (wg-quick) configuration
  tunnel create NAME ...    make a tunnel with a new key pair and print what the
                            server needs
  tunnel remove NAME        delete a tunnel
  tunnel list               all tunnels and their state
  tunnel show NAME          everything about one tunnel
  tunnel up NAME            connect a tunnel and wait until it is up
  tunnel down NAME          disconnect a tunnel
  tunnel set NAME mtu=auto|NUMBER|config  probe the MTU after every connect,
                     fix it, or use the configuration&apos;s again
                     (lifelinectl tunnel --help: more on tunnels)
  mtu fix NAME       find the largest packet tunnel NAME carries and set its MTU
                     (lifelinectl mtu --help: more)

Options:
  --json             info, status, tunnel list, show, create: print JSON
  -h, --help         show this help (lifelinectl run --help: help on run)
  -v, --version      show the version

Exit status:
  0      success; run: COMMAND&apos;s own exit status, 128+N when signal N killed it
  1      the helper refused or failed (the message says why); tunnel up: the
         tunnel failed to come up
  2      status: something is broken (the sentence says what)
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
        <translation>Aufruf: lifelinectl [--json] info
        lifelinectl status [--json] [--timeout MS]
        lifelinectl run (--ipv4-only | --ipv6-only | --tunnel NAME) [--] BEFEHL [ARGUMENTE...]
        lifelinectl tunnel (import | create | remove | list | show | up | down | set) ...
        lifelinectl mtu fix NAME

Lifeline auf der Befehlszeile.

Befehle:
  info               Version des Helfers und was dieser Computer bietet
  status             die Verbindung einmal prüfen und sagen, was ausgefallen ist
                     (lifelinectl status --help: mehr)
  run                BEFEHL mit eingeschränkter Verbindung ausführen und auf
                     ihn warten:
    --ipv4-only        er sieht nur IPv4 (keine IPv6-Adresse, -Route, -Antwort)
    --ipv6-only        er sieht nur IPv6
    --tunnel NAME      jedes Paket geht durch Tunnel NAME oder nirgendwohin
                     BEFEHL wird im PATH gesucht; er bekommt dieses Terminal,
                     die Umgebung und das Verzeichnis; Signale werden an ihn
                     weitergegeben.
  tunnel import NAME DATEI  eine WireGuard-Konfiguration (wg-quick) hinzufügen
  tunnel create NAME ...    einen Tunnel mit neuem Schlüsselpaar anlegen und
                            ausgeben, was der Server braucht
  tunnel remove NAME        einen Tunnel löschen
  tunnel list               alle Tunnel und ihr Zustand
  tunnel show NAME          alles über einen Tunnel
  tunnel up NAME            einen Tunnel verbinden und warten, bis er steht
  tunnel down NAME          einen Tunnel trennen
  tunnel set NAME mtu=auto|ZAHL|config  die MTU nach jedem Verbinden messen,
                     festlegen oder wieder die der Konfiguration nehmen
                     (lifelinectl tunnel --help: mehr zu Tunneln)
  mtu fix NAME       das größte Paket finden, das Tunnel NAME überträgt, und
                     seine MTU darauf setzen (lifelinectl mtu --help: mehr)

Optionen:
  --json             info, status, tunnel list, show, create: JSON ausgeben
  -h, --help         diese Hilfe anzeigen (lifelinectl run --help: Hilfe zu run)
  -v, --version      die Version anzeigen

Exit-Status:
  0      Erfolg; run: der Exit-Status von BEFEHL, 128+N, wenn Signal N ihn
         beendet hat
  1      der Helfer hat abgelehnt oder ist gescheitert (die Meldung sagt,
         warum); tunnel up: der Tunnel ließ sich nicht verbinden
  2      status: etwas ist ausgefallen (der Satz sagt, was)
  64     die Befehlszeile war falsch
  65     tunnel: die Konfiguration wurde abgelehnt (oder ist zu groß oder
         kein Text); mtu fix: die Konfiguration nennt keinen Host zum Messen
  66     tunnel, mtu: diesen Tunnel gibt es nicht, oder DATEI ist nicht lesbar
  69     der Helfer von Lifeline ist nicht erreichbar oder wurde beendet,
         während BEFEHL lief
  75     tunnel up: noch nicht verbunden, als die Wartezeit abgelaufen war
  77     nicht berechtigt
  126    BEFEHL wurde gefunden, kann aber nicht ausgeführt werden
  127    BEFEHL wurde nicht gefunden
</translation>
    </message>
    <message>
        <location filename="../app/ctl/CommandLine.cpp" line="233"/>
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
        <translation>Aufruf: lifelinectl run (--ipv4-only | --ipv6-only | --tunnel NAME) [--] BEFEHL [ARGUMENTE...]

Führt BEFEHL mit eingeschränkter Verbindung aus, wartet auf ihn und endet mit
seinem Exit-Status (128+N, wenn Signal N ihn beendet hat); so lässt er sich
kombinieren wie env oder nice.

  --ipv4-only      BEFEHL sieht nur IPv4: keine IPv6-Adresse, -Route, -Antwort
  --ipv6-only      BEFEHL sieht nur IPv6
  --tunnel NAME    jedes Paket von BEFEHL geht durch Tunnel NAME; fällt der
                   Tunnel aus, wird BEFEHL abgeschnitten statt durchgelassen
  -h, --help       diese Hilfe anzeigen

BEFEHL wird wie bei env im PATH gesucht. Er läuft als Sie, mit diesem Terminal
(Standardeingabe, -ausgabe und -fehlerausgabe), dieser Umgebung und diesem
Arbeitsverzeichnis. SIGINT, SIGTERM, SIGHUP und SIGQUIT an lifelinectl werden
an BEFEHL weitergegeben. Setzen Sie -- vor einen BEFEHL, der mit einem
Bindestrich beginnt.

Exit-Status: der von BEFEHL, oder 64 Aufruf falsch, 69 Helfer nicht
erreichbar, 77 nicht berechtigt, 126 BEFEHL nicht ausführbar, 127 kein
solcher Befehl, 1 anderer Fehler.
</translation>
    </message>
    <message>
        <location filename="../app/ctl/InfoCommand.cpp" line="34"/>
        <source>Helper version: %1</source>
        <translation>Version des Helfers: %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/LaunchRequest.cpp" line="48"/>
        <source>cannot tell the current directory: %1</source>
        <translation>das aktuelle Verzeichnis lässt sich nicht ermitteln: %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/LaunchRequest.cpp" line="61"/>
        <source>%1: no such command</source>
        <translation>%1: Befehl nicht gefunden</translation>
    </message>
    <message>
        <location filename="../app/ctl/LaunchRequest.cpp" line="64"/>
        <source>cannot run %1: %2</source>
        <translation>%1 kann nicht ausgeführt werden: %2</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="32"/>
        <source>cannot reach the system bus: %1</source>
        <translation>der Systembus ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/RunCommand.cpp" line="78"/>
        <source>the system bus cannot pass this terminal on to the program</source>
        <translation>der Systembus kann dieses Terminal nicht an das Programm weitergeben</translation>
    </message>
    <message>
        <location filename="../app/ctl/RunCommand.cpp" line="99"/>
        <location filename="../app/ctl/TunnelUpCommand.cpp" line="56"/>
        <source>cannot listen to Lifeline&apos;s helper: %1</source>
        <translation>Nachrichten des Helfers von Lifeline lassen sich nicht empfangen: %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/RunCommand.cpp" line="137"/>
        <source>Lifeline&apos;s helper gave an answer that makes no sense</source>
        <translation>der Helfer von Lifeline hat eine unsinnige Antwort gegeben</translation>
    </message>
    <message>
        <location filename="../app/ctl/RunCommand.cpp" line="185"/>
        <source>waiting for the program to start, to pass the signal on; send it again to stop waiting</source>
        <translation>warte auf den Start des Programms, um das Signal weiterzugeben; erneut senden, um nicht länger zu warten</translation>
    </message>
    <message>
        <location filename="../app/ctl/RunCommand.cpp" line="191"/>
        <source>stopped waiting; the program may still start</source>
        <translation>Warten abgebrochen; das Programm startet womöglich trotzdem</translation>
    </message>
    <message>
        <location filename="../app/ctl/RunCommand.cpp" line="208"/>
        <source>cannot pass the signal on to the program: %1</source>
        <translation>das Signal kann nicht an das Programm weitergegeben werden: %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/RunCommand.cpp" line="219"/>
        <source>Lifeline&apos;s helper stopped while the program was running; its exit status is unknown</source>
        <translation>der Helfer von Lifeline wurde beendet, während das Programm lief; sein Exit-Status ist unbekannt</translation>
    </message>
    <message>
        <location filename="../app/ctl/SignalForwarder.cpp" line="50"/>
        <location filename="../app/ctl/SignalForwarder.cpp" line="64"/>
        <source>cannot set up signal handling: %1</source>
        <translation>die Signalbehandlung lässt sich nicht einrichten: %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCommandLine.cpp" line="41"/>
        <source>tunnel set knows only mtu=auto, mtu=NUMBER and mtu=config, not &quot;%1&quot;; see lifelinectl tunnel set --help</source>
        <translation>tunnel set kennt nur mtu=auto, mtu=ZAHL und mtu=config, nicht „%1“; siehe lifelinectl tunnel set --help</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCommandLine.cpp" line="54"/>
        <source>mtu= takes auto, config or a whole number from %1 to %2, not &quot;%3&quot;</source>
        <translation>mtu= nimmt auto, config oder eine ganze Zahl von %1 bis %2, nicht „%3“</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCommandLine.cpp" line="79"/>
        <source>tunnel up takes at most one of --ipv4, --ipv6 and --all</source>
        <translation>tunnel up nimmt höchstens eine der Optionen --ipv4, --ipv6 und --all</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCommandLine.cpp" line="91"/>
        <source>--timeout needs a number of seconds</source>
        <translation>--timeout braucht eine Anzahl Sekunden</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCommandLine.cpp" line="97"/>
        <source>tunnel up has no option &quot;%1&quot;; see lifelinectl tunnel up --help</source>
        <translation>tunnel up hat keine Option „%1“; siehe lifelinectl tunnel up --help</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCommandLine.cpp" line="104"/>
        <source>--timeout takes whole seconds from 0 (no limit) to %1, not &quot;%2&quot;</source>
        <translation>--timeout nimmt ganze Sekunden von 0 (keine Grenze) bis %1, nicht „%2“</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCommandLine.cpp" line="127"/>
        <source>tunnel create has no option &quot;%1&quot;; see lifelinectl tunnel create --help</source>
        <translation>tunnel create hat keine Option „%1“; siehe lifelinectl tunnel create --help</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCommandLine.cpp" line="136"/>
        <source>%1 needs a value</source>
        <translation>%1 braucht einen Wert</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCommandLine.cpp" line="138"/>
        <source>tunnel create takes %1 only once</source>
        <translation>tunnel create nimmt %1 nur einmal</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCommandLine.cpp" line="152"/>
        <source>tunnel create needs --endpoint HOST:PORT (the server); see lifelinectl tunnel create --help</source>
        <translation>tunnel create braucht --endpoint HOST:PORT (den Server); siehe lifelinectl tunnel create --help</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCommandLine.cpp" line="156"/>
        <source>tunnel create needs --server-key KEY (the server&apos;s public key); see lifelinectl tunnel create --help</source>
        <translation>tunnel create braucht --server-key SCHLÜSSEL (den öffentlichen Schlüssel des Servers); siehe lifelinectl tunnel create --help</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCommandLine.cpp" line="160"/>
        <source>tunnel create needs at least one --address CIDR (this computer&apos;s address in the tunnel); see lifelinectl tunnel create --help</source>
        <translation>tunnel create braucht mindestens eine --address CIDR (die Adresse dieses Computers im Tunnel); siehe lifelinectl tunnel create --help</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCommandLine.cpp" line="178"/>
        <source>tunnel %1 has no option &quot;%2&quot;; see lifelinectl tunnel %1 --help</source>
        <translation>tunnel %1 hat keine Option „%2“; siehe lifelinectl tunnel %1 --help</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCommandLine.cpp" line="191"/>
        <source>tunnel %1 takes no arguments; see lifelinectl tunnel %1 --help</source>
        <translation>tunnel %1 nimmt keine Argumente; siehe lifelinectl tunnel %1 --help</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCommandLine.cpp" line="195"/>
        <source>tunnel %1 needs the name of one tunnel; see lifelinectl tunnel %1 --help</source>
        <translation>tunnel %1 braucht den Namen eines Tunnels; siehe lifelinectl tunnel %1 --help</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCommandLine.cpp" line="200"/>
        <source>tunnel set needs a NAME and mtu=auto, mtu=NUMBER or mtu=config; see lifelinectl tunnel set --help</source>
        <translation>tunnel set braucht einen NAMEN und mtu=auto, mtu=ZAHL oder mtu=config; siehe lifelinectl tunnel set --help</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCommandLine.cpp" line="203"/>
        <source>tunnel %1 needs a NAME and a FILE (- for standard input); see lifelinectl tunnel %1 --help</source>
        <translation>tunnel %1 braucht einen NAMEN und eine DATEI (- für die Standardeingabe); siehe lifelinectl tunnel %1 --help</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCommandLine.cpp" line="220"/>
        <source>tunnel import needs a FILE (- for standard input)</source>
        <translation>tunnel import braucht eine DATEI (- für die Standardeingabe)</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCommandLine.cpp" line="231"/>
        <source>tunnel needs one of import, create, remove, list, show, up, down and set; see lifelinectl tunnel --help</source>
        <translation>tunnel braucht einen der Befehle import, create, remove, list, show, up, down und set; siehe lifelinectl tunnel --help</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCommandLine.cpp" line="241"/>
        <source>tunnel has no command &quot;%1&quot;; see lifelinectl tunnel --help</source>
        <translation>tunnel hat keinen Befehl „%1“; siehe lifelinectl tunnel --help</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCommandLine.cpp" line="265"/>
        <source>tunnel %1 does not print JSON; see lifelinectl tunnel --help</source>
        <translation>tunnel %1 gibt kein JSON aus; siehe lifelinectl tunnel --help</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCommands.cpp" line="92"/>
        <source>No tunnels yet. Add one with: lifelinectl tunnel import NAME FILE</source>
        <translation>Noch keine Tunnel. Fügen Sie einen hinzu mit: lifelinectl tunnel import NAME DATEI</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCommands.cpp" line="160"/>
        <source>Imported tunnel %1. Connect it with: lifelinectl tunnel up %1</source>
        <translation>Tunnel %1 importiert. Verbinden Sie ihn mit: lifelinectl tunnel up %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCommands.cpp" line="167"/>
        <source>Removed tunnel %1.</source>
        <translation>Tunnel %1 entfernt.</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCommands.cpp" line="172"/>
        <source>Tunnel %1 is down.</source>
        <translation>Tunnel %1 ist getrennt.</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCommands.cpp" line="178"/>
        <source>Tunnel %1 probes its MTU after every connect (now too, if it is up).</source>
        <translation>Tunnel %1 misst seine MTU nach jedem Verbinden (auch jetzt, falls er verbunden ist).</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCommands.cpp" line="182"/>
        <source>Tunnel %1 uses the MTU of its configuration (from now on, if it is up).</source>
        <translation>Tunnel %1 verwendet die MTU seiner Konfiguration (ab sofort, falls er verbunden ist).</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCommands.cpp" line="185"/>
        <source>Tunnel %1 uses MTU %2 (from now on, if it is up).</source>
        <translation>Tunnel %1 verwendet MTU %2 (ab sofort, falls er verbunden ist).</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelConfigFile.cpp" line="58"/>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelConfigFile.cpp" line="65"/>
        <location filename="../app/ctl/TunnelConfigFile.cpp" line="79"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelConfigFile.cpp" line="68"/>
        <source>Paste the configuration, then press Ctrl+D.
</source>
        <translation>Fügen Sie die Konfiguration ein und drücken Sie dann Strg+D.
</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelConfigFile.cpp" line="88"/>
        <source>%1 is larger than %2 bytes; that is not a WireGuard configuration</source>
        <translation>%1 ist größer als %2 Bytes; das ist keine WireGuard-Konfiguration</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelConfigFile.cpp" line="95"/>
        <source>%1 is not text (it contains a NUL byte)</source>
        <translation>%1 ist kein Text (enthält ein NUL-Byte)</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelConfigFile.cpp" line="102"/>
        <source>%1 is not UTF-8 text</source>
        <translation>%1 ist kein UTF-8-Text</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="75"/>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="114"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="117"/>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="120"/>
        <source>1 second ago</source>
        <translation>vor 1 Sekunde</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="121"/>
        <source>%1 seconds ago</source>
        <translation>vor %1 Sekunden</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="123"/>
        <source>1 minute ago</source>
        <translation>vor 1 Minute</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="124"/>
        <source>%1 minutes ago</source>
        <translation>vor %1 Minuten</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="126"/>
        <source>1 hour ago</source>
        <translation>vor 1 Stunde</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="127"/>
        <source>%1 hours ago</source>
        <translation>vor %1 Stunden</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="128"/>
        <source>1 day ago</source>
        <translation>vor 1 Tag</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="129"/>
        <source>%1 days ago</source>
        <translation>vor %1 Tagen</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="144"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="145"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="192"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="193"/>
        <source>STATE</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="194"/>
        <source>INTERFACE</source>
        <translation>SCHNITTSTELLE</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="195"/>
        <source>ENDPOINT</source>
        <translation>ENDPUNKT</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="196"/>
        <source>FAMILIES</source>
        <translation>FAMILIEN</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="211"/>
        <source>Tunnel:</source>
        <translation>Tunnel:</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="220"/>
        <source>State:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="221"/>
        <source>Interface:</source>
        <translation>Schnittstelle:</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="222"/>
        <source>Endpoint:</source>
        <translation>Endpunkt:</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="223"/>
        <source>Families:</source>
        <translation>Familien:</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="224"/>
        <location filename="../app/ctl/TunnelFormat.cpp" line="229"/>
        <source>MTU:</source>
        <translation>MTU:</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="230"/>
        <source>%1 (probed %2)</source>
        <translation>%1 (gemessen %2)</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="232"/>
        <source>MTU setting:</source>
        <translation>MTU-Einstellung:</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="235"/>
        <source>from the configuration</source>
        <translation>aus der Konfiguration</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="240"/>
        <source>MTU error:</source>
        <translation>MTU-Fehler:</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="241"/>
        <source>Back end:</source>
        <translation>Implementierung:</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="242"/>
        <source>Last handshake:</source>
        <translation>Letzter Handshake:</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="244"/>
        <source>Received:</source>
        <translation>Empfangen:</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="246"/>
        <source>Sent:</source>
        <translation>Gesendet:</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="248"/>
        <source>DNS:</source>
        <translation>DNS:</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="249"/>
        <source>Peers:</source>
        <translation>Peers:</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="252"/>
        <source>Error:</source>
        <translation>Fehler:</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelHelp.cpp" line="12"/>
        <source>Usage: lifelinectl tunnel import NAME FILE
       lifelinectl tunnel create NAME --endpoint HOST:PORT --server-key KEY
                                 --address CIDR... [--allowed-ip CIDR]... [--dns ADDRESS]...
       lifelinectl tunnel remove NAME
       lifelinectl tunnel list [--json]
       lifelinectl tunnel show NAME [--json]
       lifelinectl tunnel up NAME [--ipv4 | --ipv6 | --all] [--no-wait] [--timeout SECONDS]
       lifelinectl tunnel down NAME
       lifelinectl tunnel set NAME mtu=auto|NUMBER|config

WireGuard tunnels that carry a broken IP family over the one that works.
NAME is 1 to 12 of a-z, 0-9 and -; the tunnel&apos;s interface is ll-NAME.

  import NAME FILE   add the wg-quick configuration in FILE (- reads standard
                     input) as tunnel NAME; needs an administrator
  create NAME ...    make tunnel NAME with a new key pair (the private key
                     never leaves the helper) and print the server&apos;s side;
                     needs an administrator
  remove NAME        delete tunnel NAME and its configuration; needs an
                     administrator
  list               all tunnels: name, state, interface, endpoint, families
  show NAME          everything the helper knows about tunnel NAME
  up NAME            connect tunnel NAME and wait until it is up
  down NAME          disconnect tunnel NAME
  set NAME mtu=...   probe tunnel NAME&apos;s MTU after every connect (auto), use
                     a fixed one, or the configuration&apos;s again (config)

lifelinectl tunnel COMMAND --help explains each command.

Exit status: 0 success, 1 the helper refused or the tunnel failed, 64 usage,
65 configuration refused, 66 no such tunnel or FILE, 69 helper not available,
75 still not up when the time ran out, 77 not authorised.
</source>
        <translation>Aufruf: lifelinectl tunnel import NAME DATEI
        lifelinectl tunnel create NAME --endpoint HOST:PORT --server-key SCHLÜSSEL
                                  --address CIDR... [--allowed-ip CIDR]... [--dns ADRESSE]...
        lifelinectl tunnel remove NAME
        lifelinectl tunnel list [--json]
        lifelinectl tunnel show NAME [--json]
        lifelinectl tunnel up NAME [--ipv4 | --ipv6 | --all] [--no-wait] [--timeout SEKUNDEN]
        lifelinectl tunnel down NAME
        lifelinectl tunnel set NAME mtu=auto|ZAHL|config

WireGuard-Tunnel, die eine ausgefallene IP-Adressfamilie über die
funktionierende übertragen. NAME besteht aus 1 bis 12 Zeichen aus a-z, 0-9
und -; die Schnittstelle des Tunnels heißt ll-NAME.

  import NAME DATEI  die wg-quick-Konfiguration in DATEI (- liest die
                     Standardeingabe) als Tunnel NAME hinzufügen; braucht
                     einen Administrator
  create NAME ...    Tunnel NAME mit neuem Schlüsselpaar anlegen (der private
                     Schlüssel verlässt den Helfer nie) und die Serverseite
                     ausgeben; braucht einen Administrator
  remove NAME        Tunnel NAME und seine Konfiguration löschen; braucht
                     einen Administrator
  list               alle Tunnel: Name, Zustand, Schnittstelle, Endpunkt,
                     Familien
  show NAME          alles, was der Helfer über Tunnel NAME weiß
  up NAME            Tunnel NAME verbinden und warten, bis er steht
  down NAME          Tunnel NAME trennen
  set NAME mtu=...   die MTU von Tunnel NAME nach jedem Verbinden messen
                     (auto), eine feste verwenden oder wieder die der
                     Konfiguration (config)

lifelinectl tunnel BEFEHL --help erklärt jeden Befehl.

Exit-Status: 0 Erfolg, 1 der Helfer hat abgelehnt oder der Tunnel ist
gescheitert, 64 Aufruf falsch, 65 Konfiguration abgelehnt, 66 kein solcher
Tunnel oder keine solche DATEI, 69 Helfer nicht erreichbar, 75 noch nicht
verbunden, als die Zeit abgelaufen war, 77 nicht berechtigt.
</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelHelp.cpp" line="51"/>
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
        <translation>Aufruf: lifelinectl tunnel import NAME DATEI

Fügt die WireGuard-Konfiguration in DATEI als Tunnel NAME hinzu. DATEI ist im
wg-quick-Format, wie VPS-Anleitungen und VPN-Anbieter sie herausgeben;
- liest sie von der Standardeingabe. PreUp, PostUp, PreDown, PostDown und
SaveConfig werden abgelehnt: Der Helfer führt nie Befehle aus einer Datei
aus. Der private Schlüssel bleibt beim Helfer.

DATEI darf höchstens 1 MiB UTF-8-Text groß sein. Lehnt der Helfer sie ab,
nennt die Meldung die Zeile. Um einen Tunnel zu ersetzen, entfernen Sie ihn
zuerst.

Braucht einen Administrator (polkit-Aktion io.github.lifeline.configure-tunnels);
der polkit-Agent fragt eventuell nach einem Passwort.

Exit-Status: 0 importiert, 65 Konfiguration abgelehnt, 66 DATEI nicht lesbar,
77 nicht berechtigt, 64 Aufruf falsch, 69 Helfer nicht erreichbar, 1 anderer
Fehler.
</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelHelp.cpp" line="71"/>
        <source>Usage: lifelinectl tunnel create NAME --endpoint HOST:PORT --server-key KEY
                                 --address CIDR [--address CIDR]...
                                 [--allowed-ip CIDR]... [--dns ADDRESS]... [--json]

Makes tunnel NAME to your own WireGuard server. The helper makes the key pair
and keeps the private key; this prints the public key, the server&apos;s WireGuard
configuration and the commands that set the server up (Debian): forwarding,
NAT, and accept_ra=2 so an IPv6 server does not lose its default route.

  --endpoint HOST:PORT   the server: a name, an IPv4 address or [IPv6]:PORT
  --server-key KEY       the server&apos;s public key (wg pubkey &lt; its private key)
  --address CIDR         this computer&apos;s address inside the tunnel, such as
                         10.66.0.2/32 or fd66::2/128; repeat for both families
  --allowed-ip CIDR      what goes through the tunnel (default: everything,
                         0.0.0.0/0 and ::/0); repeatable
  --dns ADDRESS          a resolver to use while the tunnel carries traffic;
                         repeatable
  --json                 print public-key, server-config and server-commands
                         as a JSON object

The tunnel keeps alive every 25 seconds. Needs an administrator (polkit action
io.github.lifeline.configure-tunnels). To replace a tunnel, remove it first.

Exit status: 0 created, 65 settings refused (the message names the setting),
77 not authorised, 64 usage, 69 helper not available, 1 other failure.
</source>
        <translation>Aufruf: lifelinectl tunnel create NAME --endpoint HOST:PORT --server-key SCHLÜSSEL
                                  --address CIDR [--address CIDR]...
                                  [--allowed-ip CIDR]... [--dns ADRESSE]... [--json]

Legt Tunnel NAME zu Ihrem eigenen WireGuard-Server an. Der Helfer erzeugt das
Schlüsselpaar und behält den privaten Schlüssel; ausgegeben werden der
öffentliche Schlüssel, die WireGuard-Konfiguration des Servers und die
Befehle, die den Server einrichten (Debian): Forwarding, NAT und
accept_ra=2, damit ein IPv6-Server seine Standardroute nicht verliert.

  --endpoint HOST:PORT   der Server: ein Name, eine IPv4-Adresse oder
                         [IPv6]:PORT
  --server-key SCHLÜSSEL der öffentliche Schlüssel des Servers
                         (wg pubkey &lt; sein privater Schlüssel)
  --address CIDR         die Adresse dieses Computers im Tunnel, etwa
                         10.66.0.2/32 oder fd66::2/128; für beide Familien
                         wiederholen
  --allowed-ip CIDR      was durch den Tunnel geht (Standard: alles,
                         0.0.0.0/0 und ::/0); wiederholbar
  --dns ADRESSE          ein Resolver, solange der Tunnel Verkehr überträgt;
                         wiederholbar
  --json                 public-key, server-config und server-commands als
                         JSON-Objekt ausgeben

Der Tunnel hält die Verbindung alle 25 Sekunden aufrecht. Braucht einen
Administrator (polkit-Aktion io.github.lifeline.configure-tunnels). Um einen
Tunnel zu ersetzen, entfernen Sie ihn zuerst.

Exit-Status: 0 angelegt, 65 Einstellungen abgelehnt (die Meldung nennt die
Einstellung), 77 nicht berechtigt, 64 Aufruf falsch, 69 Helfer nicht
erreichbar, 1 anderer Fehler.
</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelHelp.cpp" line="101"/>
        <source>Usage: lifelinectl tunnel remove NAME

Deletes tunnel NAME and its configuration, private key included.
Needs an administrator (polkit action io.github.lifeline.configure-tunnels).

Exit status: 0 removed, 66 no such tunnel, 77 not authorised, 64 usage,
69 helper not available, 1 other failure.
</source>
        <translation>Aufruf: lifelinectl tunnel remove NAME

Löscht Tunnel NAME und seine Konfiguration, den privaten Schlüssel
eingeschlossen.
Braucht einen Administrator (polkit-Aktion io.github.lifeline.configure-tunnels).

Exit-Status: 0 entfernt, 66 kein solcher Tunnel, 77 nicht berechtigt,
64 Aufruf falsch, 69 Helfer nicht erreichbar, 1 anderer Fehler.
</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelHelp.cpp" line="113"/>
        <source>Usage: lifelinectl tunnel list [--json]

Prints a table of all tunnels: NAME, STATE (down, connecting, up or failed),
INTERFACE, ENDPOINT and FAMILIES; - marks an empty field. With --json, prints
an array with one object per tunnel: &quot;name&quot; and everything tunnel show
--json gives. No authorisation is needed.

Exit status: 0 success, 64 usage, 69 helper not available, 1 other failure.
</source>
        <translation>Aufruf: lifelinectl tunnel list [--json]

Gibt eine Tabelle aller Tunnel aus: NAME, ZUSTAND (down, connecting, up oder
failed), SCHNITTSTELLE, ENDPUNKT und FAMILIEN; - kennzeichnet ein leeres Feld.
Mit --json wird ein Array mit einem Objekt je Tunnel ausgegeben: &quot;name&quot; und
alles, was tunnel show --json liefert. Es ist keine Berechtigung nötig.

Exit-Status: 0 Erfolg, 64 Aufruf falsch, 69 Helfer nicht erreichbar,
1 anderer Fehler.
</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelHelp.cpp" line="126"/>
        <source>Usage: lifelinectl tunnel show NAME [--json]

Prints what the helper knows about tunnel NAME: state, interface, endpoint,
families, MTU, back end, last handshake, bytes received and sent, the last
error, and anything newer helpers add. With --json, prints the helper&apos;s
answer as it is (last-handshake in seconds since 1970, 0 for never; byte
counts as numbers) plus &quot;name&quot;. No authorisation is needed.

Exit status: 0 success, 66 no such tunnel, 64 usage, 69 helper not
available, 1 other failure.
</source>
        <translation>Aufruf: lifelinectl tunnel show NAME [--json]

Gibt aus, was der Helfer über Tunnel NAME weiß: Zustand, Schnittstelle,
Endpunkt, Familien, MTU, Implementierung, letzter Handshake, empfangene und
gesendete Bytes, den letzten Fehler und alles, was neuere Helfer ergänzen.
Mit --json wird die Antwort des Helfers unverändert ausgegeben
(last-handshake in Sekunden seit 1970, 0 für nie; Bytezahlen als Zahlen),
dazu &quot;name&quot;. Es ist keine Berechtigung nötig.

Exit-Status: 0 Erfolg, 66 kein solcher Tunnel, 64 Aufruf falsch, 69 Helfer
nicht erreichbar, 1 anderer Fehler.
</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelHelp.cpp" line="141"/>
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
        <translation>Aufruf: lifelinectl tunnel up NAME [--ipv4 | --ipv6 | --all] [--no-wait] [--timeout SEKUNDEN]

Verbindet Tunnel NAME und wartet, bis er steht oder gescheitert ist.

  --ipv4           nur IPv4 durch den Tunnel leiten; direktes IPv6 bleibt
                   unberührt
  --ipv6           nur IPv6 durch den Tunnel leiten
  --all            beide Familien durch den Tunnel leiten
                   (ohne diese Optionen: was AllowedIPs der Konfiguration sagt)
  --no-wait        zurückkehren, sobald der Helfer die Anfrage angenommen hat
  --timeout SEKUNDEN  wie lange auf den Tunnel gewartet wird, gezählt ab der
                   Annahme der Anfrage durch den Helfer (Standard 30;
                   0: keine Grenze)
  -h, --help       diese Hilfe anzeigen

Braucht die polkit-Aktion io.github.lifeline.connect-tunnel: erlaubt für die
Person am Computer, sonst fragt der polkit-Agent nach einem Passwort.

Exit-Status: 0 verbunden (oder, mit --no-wait, wird verbunden), 1 der Tunnel
ist gescheitert (die Meldung sagt, warum), 66 kein solcher Tunnel, 75 noch
nicht verbunden, als die Zeit abgelaufen war, 77 nicht berechtigt, 64 Aufruf
falsch, 69 Helfer nicht erreichbar oder weg.
</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelHelp.cpp" line="166"/>
        <source>Usage: lifelinectl tunnel down NAME

Disconnects tunnel NAME. Programs started with lifelinectl run --tunnel NAME
are cut off until it is up again.
Needs polkit action io.github.lifeline.connect-tunnel.

Exit status: 0 success, 66 no such tunnel, 77 not authorised, 64 usage,
69 helper not available, 1 other failure.
</source>
        <translation>Aufruf: lifelinectl tunnel down NAME

Trennt Tunnel NAME. Programme, die mit lifelinectl run --tunnel NAME gestartet
wurden, sind abgeschnitten, bis er wieder verbunden ist.
Braucht die polkit-Aktion io.github.lifeline.connect-tunnel.

Exit-Status: 0 Erfolg, 66 kein solcher Tunnel, 77 nicht berechtigt, 64 Aufruf
falsch, 69 Helfer nicht erreichbar, 1 anderer Fehler.
</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelHelp.cpp" line="179"/>
        <source>Usage: lifelinectl tunnel set NAME mtu=auto
       lifelinectl tunnel set NAME mtu=NUMBER
       lifelinectl tunnel set NAME mtu=config

Chooses the MTU of tunnel NAME, kept by the helper with the tunnel:

  mtu=auto     after every connect, find the largest packet that passes the
               tunnel in both directions and use it (as lifelinectl mtu fix
               does). For a tunnel where large downloads or HTTPS hang while
               small pages load.
  mtu=NUMBER   use NUMBER (576 to 9000) at every connect, over the
               configuration&apos;s MTU
  mtu=config   no setting: the configuration&apos;s MTU again (1420 if it has
               none)

A connected tunnel gets the setting at once: auto probes now (tunnel show
tells when it is done, or why it failed, under mtu-error; the tunnel stays
up either way), a number or the configuration&apos;s MTU is set now. The setting
goes when the tunnel is removed. Needs polkit action
io.github.lifeline.fix-mtu (allowed for the active session, otherwise an
administrator&apos;s password).

Exit status: 0 saved, 65 the helper refused the value, 66 no such tunnel,
77 not authorised, 64 usage, 69 helper not available, 1 other failure (the
message says whether the setting was saved).
</source>
        <translation>Aufruf: lifelinectl tunnel set NAME mtu=auto
        lifelinectl tunnel set NAME mtu=ZAHL
        lifelinectl tunnel set NAME mtu=config

Wählt die MTU von Tunnel NAME; der Helfer bewahrt sie mit dem Tunnel auf:

  mtu=auto     nach jedem Verbinden das größte Paket finden, das in beiden
               Richtungen durch den Tunnel passt, und es verwenden (wie
               lifelinectl mtu fix). Für einen Tunnel, in dem große Downloads
               oder HTTPS hängen, während kleine Seiten laden.
  mtu=ZAHL     bei jedem Verbinden ZAHL (576 bis 9000) verwenden, statt der
               MTU der Konfiguration
  mtu=config   keine Einstellung: wieder die MTU der Konfiguration (1420,
               wenn sie keine nennt)

Ein verbundener Tunnel bekommt die Einstellung sofort: auto misst jetzt
(tunnel show sagt unter mtu-error, wann es fertig ist oder warum es
gescheitert ist; der Tunnel bleibt so oder so verbunden), eine Zahl oder die
MTU der Konfiguration wird jetzt gesetzt. Die Einstellung verschwindet, wenn der Tunnel entfernt wird.
Braucht die polkit-Aktion io.github.lifeline.fix-mtu (erlaubt für die aktive
Sitzung, sonst mit Administratorpasswort).

Exit-Status: 0 gespeichert, 65 der Helfer hat den Wert abgelehnt, 66 kein
solcher Tunnel, 77 nicht berechtigt, 64 Aufruf falsch, 69 Helfer nicht
erreichbar, 1 anderer Fehler (die Meldung sagt, ob die Einstellung
gespeichert wurde).
</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelUpCommand.cpp" line="78"/>
        <source>Connecting tunnel %1. See how it goes with: lifelinectl tunnel show %1</source>
        <translation>Tunnel %1 wird verbunden. Den Verlauf zeigt: lifelinectl tunnel show %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelUpCommand.cpp" line="129"/>
        <source>Tunnel %1 is up.</source>
        <translation>Tunnel %1 ist verbunden.</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelUpCommand.cpp" line="130"/>
        <source>Tunnel %1 is up (interface %2).</source>
        <translation>Tunnel %1 ist verbunden (Schnittstelle %2).</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelUpCommand.cpp" line="136"/>
        <source>tunnel %1 failed to come up; the helper gave no reason</source>
        <translation>Tunnel %1 ließ sich nicht verbinden; der Helfer nannte keinen Grund</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelUpCommand.cpp" line="139"/>
        <source>tunnel %1 failed to come up: %2</source>
        <translation>Tunnel %1 ließ sich nicht verbinden: %2</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelUpCommand.cpp" line="144"/>
        <source>tunnel %1 was removed while connecting</source>
        <translation>Tunnel %1 wurde während des Verbindens entfernt</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelUpCommand.cpp" line="150"/>
        <source>tunnel %1 went down before it was up</source>
        <translation>Tunnel %1 wurde getrennt, bevor er verbunden war</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelUpCommand.cpp" line="163"/>
        <source>tunnel %1 is not up yet (state: %2) and the time to wait (--timeout %3) ran out; it may still come up: lifelinectl tunnel show %1</source>
        <translation>Tunnel %1 ist noch nicht verbunden (Zustand: %2) und die Wartezeit (--timeout %3) ist abgelaufen; er kann noch verbunden werden: lifelinectl tunnel show %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelUpCommand.cpp" line="167"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelUpCommand.cpp" line="177"/>
        <source>Lifeline&apos;s helper stopped while tunnel %1 was connecting</source>
        <translation>der Helfer von Lifeline wurde beendet, während Tunnel %1 verbunden wurde</translation>
    </message>
    <message>
        <location filename="../app/ctl/MtuCommand.cpp" line="23"/>
        <source>mtu fix has no option &quot;%1&quot;; see lifelinectl mtu --help</source>
        <translation>mtu fix hat keine Option „%1“; siehe lifelinectl mtu --help</translation>
    </message>
    <message>
        <location filename="../app/ctl/MtuCommand.cpp" line="29"/>
        <source>mtu needs the command fix; see lifelinectl mtu --help</source>
        <translation>mtu braucht den Befehl fix; siehe lifelinectl mtu --help</translation>
    </message>
    <message>
        <location filename="../app/ctl/MtuCommand.cpp" line="32"/>
        <source>mtu fix does not print JSON; see lifelinectl mtu --help</source>
        <translation>mtu fix gibt kein JSON aus; siehe lifelinectl mtu --help</translation>
    </message>
    <message>
        <location filename="../app/ctl/MtuCommand.cpp" line="35"/>
        <source>mtu fix needs the name of one tunnel; see lifelinectl mtu --help</source>
        <translation>mtu fix braucht den Namen eines Tunnels; siehe lifelinectl mtu --help</translation>
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
        <translation>Aufruf: lifelinectl mtu fix NAME

Findet das größte Paket, das in beiden Richtungen durch den verbundenen Tunnel
NAME passt, und setzt die MTU des Tunnels darauf. Verwenden Sie es, wenn
kleine Seiten durch den Tunnel laden, große Downloads oder HTTPS aber hängen:
Eine Strecke unterwegs überträgt weniger, als der Tunnel sendet, und niemand
sagt es.

Der Helfer sendet Pings mit gesetztem Don&apos;t-Fragment-Bit in mehreren Größen
gleichzeitig durch den Tunnel an den DNS-Server der Konfiguration (wenn der
Tunnel ihn überträgt), sonst an die erste Einzeladresse in AllowedIPs. Das
Ergebnis liegt nie unter dem, was die Adressfamilien des Tunnels brauchen
(1280 mit IPv6, 576 nur mit IPv4), und nie über dem, was der Weg zum Server
erlaubt. Es dauert etwa eine Sekunde, höchstens rund fünf. Gibt die MTU
vorher und nachher aus.

Braucht die polkit-Aktion io.github.lifeline.fix-mtu (erlaubt für die aktive
Sitzung, sonst mit Administratorpasswort).

Exit-Status: 0 MTU gesetzt, 1 der Tunnel ist nicht verbunden oder keine
Prüfung kam zurück (die Meldung sagt, warum), 64 Aufruf falsch, 65 die
Konfiguration nennt keinen Host zum Messen, 66 kein solcher Tunnel,
69 Helfer nicht erreichbar, 77 nicht berechtigt.
</translation>
    </message>
    <message>
        <location filename="../app/ctl/MtuCommand.cpp" line="90"/>
        <source>MTU of %1: %2 -&gt; %3</source>
        <translation>MTU von %1: %2 -&gt; %3</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCreateCommand.cpp" line="56"/>
        <source>Created tunnel %1. Its public key, for the server:
  %2
</source>
        <translation>Tunnel %1 angelegt. Sein öffentlicher Schlüssel, für den Server:
  %2
</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCreateCommand.cpp" line="59"/>
        <source>The server&apos;s WireGuard configuration (put the server&apos;s private key in place of %1):
</source>
        <translation>Die WireGuard-Konfiguration des Servers (setzen Sie anstelle von %1 den privaten Schlüssel des Servers ein):
</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCreateCommand.cpp" line="64"/>
        <source>Commands for the server (Debian):
</source>
        <translation>Befehle für den Server (Debian):
</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCreateCommand.cpp" line="66"/>
        <source>Once the server runs it, connect with: lifelinectl tunnel up %1</source>
        <translation>Sobald der Server das ausführt, verbinden Sie mit: lifelinectl tunnel up %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCreateCommand.cpp" line="88"/>
        <source>created tunnel %1 (public key %2), but cannot write the server&apos;s side: %3</source>
        <translation>Tunnel %1 angelegt (öffentlicher Schlüssel %2), aber die Serverseite kann nicht geschrieben werden: %3</translation>
    </message>
</context>
<context>
    <name>polkit</name>
    <message>
        <location filename="PolkitStrings.h" line="15"/>
        <source>Configure backup connections</source>
        <translation>Ersatzverbindungen einrichten</translation>
    </message>
    <message>
        <location filename="PolkitStrings.h" line="17"/>
        <source>Authentication is required to add, change or remove a backup connection</source>
        <translation>Zum Hinzufügen, Ändern oder Entfernen einer Ersatzverbindung ist eine Authentifizierung erforderlich</translation>
    </message>
    <message>
        <location filename="PolkitStrings.h" line="21"/>
        <source>Turn a backup connection on or off</source>
        <translation>Eine Ersatzverbindung ein- oder ausschalten</translation>
    </message>
    <message>
        <location filename="PolkitStrings.h" line="23"/>
        <source>Authentication is required to turn a backup connection on or off</source>
        <translation>Zum Ein- oder Ausschalten einer Ersatzverbindung ist eine Authentifizierung erforderlich</translation>
    </message>
    <message>
        <location filename="PolkitStrings.h" line="27"/>
        <source>Run a program with a restricted connection</source>
        <translation>Ein Programm mit eingeschränkter Verbindung starten</translation>
    </message>
    <message>
        <location filename="PolkitStrings.h" line="29"/>
        <source>Authentication is required to run a program with a restricted connection</source>
        <translation>Zum Starten eines Programms mit eingeschränkter Verbindung ist eine Authentifizierung erforderlich</translation>
    </message>
    <message>
        <location filename="PolkitStrings.h" line="33"/>
        <source>Repair a backup connection&apos;s packet size</source>
        <translation>Die Paketgröße einer Ersatzverbindung reparieren</translation>
    </message>
    <message>
        <location filename="PolkitStrings.h" line="35"/>
        <source>Authentication is required to repair a backup connection</source>
        <translation>Zum Reparieren einer Ersatzverbindung ist eine Authentifizierung erforderlich</translation>
    </message>
</context>
</TS>
