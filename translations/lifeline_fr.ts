<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AutostartOverride</name>
    <message>
        <location filename="../app/tray/windows/AutostartOverride.cpp" line="101"/>
        <source>Could not remove %1, which keeps Lifeline from starting at login.</source>
        <translation>Impossible de supprimer %1, qui empêche Lifeline de démarrer à l&apos;ouverture de session.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/AutostartOverride.cpp" line="112"/>
        <source>Could not create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/AutostartOverride.cpp" line="115"/>
        <location filename="../app/tray/windows/AutostartOverride.cpp" line="128"/>
        <source>Could not write %1: %2.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>FormChecks</name>
    <message>
        <location filename="../app/tray/windows/FormChecks.cpp" line="97"/>
        <source>Give the connection a name, for example “backup”.</source>
        <translation>Donnez un nom à la connexion, par exemple «&#xa0;secours&#xa0;».</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/FormChecks.cpp" line="99"/>
        <source>The name can be at most %1 characters long.</source>
        <translation>Le nom ne peut pas dépasser %1 caractères.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/FormChecks.cpp" line="103"/>
        <source>The name may only use small letters (a–z), digits and “-”.</source>
        <translation>Le nom ne peut contenir que des minuscules (a–z), des chiffres et «&#xa0;-&#xa0;».</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/FormChecks.cpp" line="110"/>
        <source>Write the server&apos;s address and port, like vps.example.org:51820, 203.0.113.5:51820 or [2001:db8::5]:51820.</source>
        <translation>Saisissez l&apos;adresse et le port du serveur, par exemple vps.example.org:51820, 203.0.113.5:51820 ou [2001:db8::5]:51820.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/FormChecks.cpp" line="123"/>
        <source>“%1” is not an IPv6 address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse IPv6.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/FormChecks.cpp" line="127"/>
        <source>The server address needs a port after a colon, like %1:51820.</source>
        <translation>L&apos;adresse du serveur doit être suivie d&apos;un deux-points et d&apos;un port, par exemple %1:51820.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/FormChecks.cpp" line="131"/>
        <source>Put an IPv6 address in square brackets, like [2001:db8::5]:51820.</source>
        <translation>Mettez une adresse IPv6 entre crochets, par exemple [2001:db8::5]:51820.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/FormChecks.cpp" line="133"/>
        <source>“%1” is neither an IP address nor a host name.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni une adresse IP ni un nom d&apos;hôte.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/FormChecks.cpp" line="136"/>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>Le port doit être un nombre de 1 à 65535.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/FormChecks.cpp" line="143"/>
        <source>Paste the server&apos;s public key (44 characters, ending in “=”).</source>
        <translation>Collez la clé publique du serveur (44 caractères, se terminant par «&#xa0;=&#xa0;»).</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/FormChecks.cpp" line="149"/>
        <source>This is not a WireGuard public key: it should be 44 characters of letters, digits, “+” and “/”, ending in “=”.</source>
        <translation>Ce n&apos;est pas une clé publique WireGuard&#xa0;: elle compte 44 caractères (lettres, chiffres, «&#xa0;+&#xa0;» et «&#xa0;/&#xa0;») et se termine par «&#xa0;=&#xa0;».</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/FormChecks.cpp" line="157"/>
        <source>Enter this computer&apos;s address inside the tunnel, like 10.8.0.2/32 or fd00:8::2/128.</source>
        <translation>Saisissez l&apos;adresse de cet ordinateur dans le tunnel, par exemple 10.8.0.2/32 ou fd00:8::2/128.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/FormChecks.cpp" line="161"/>
        <source>“%1” is not an IP address (with an optional /length, like 10.8.0.2/32).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse IP (avec éventuellement /longueur, par exemple 10.8.0.2/32).</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/FormChecks.cpp" line="171"/>
        <source>“%1”: a DNS server is a plain address, without /length.</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: un serveur DNS s&apos;indique par une simple adresse, sans /longueur.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/FormChecks.cpp" line="175"/>
        <source>“%1” is neither a DNS server address nor a search domain.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni l&apos;adresse d&apos;un serveur DNS ni un domaine de recherche.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/FormChecks.cpp" line="183"/>
        <source>The MTU must be a number from %1 to %2.</source>
        <translation>La MTU doit être un nombre de %1 à %2.</translation>
    </message>
</context>
<context>
    <name>HelperCall</name>
    <message>
        <location filename="../app/client/HelperCall.cpp" line="24"/>
        <source>not connected to the bus</source>
        <translation>pas de connexion au bus</translation>
    </message>
    <message>
        <location filename="../app/client/HelperCall.cpp" line="25"/>
        <source>not connected to the bus: %1</source>
        <translation>pas de connexion au bus&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>HelperErrors</name>
    <message>
        <location filename="../app/client/HelperErrors.cpp" line="40"/>
        <source>You are not allowed to do this (%1).</source>
        <translation>Vous n&apos;avez pas l&apos;autorisation de faire cela (%1).</translation>
    </message>
    <message>
        <location filename="../app/client/HelperErrors.cpp" line="42"/>
        <source>Lifeline&apos;s system helper is not available (%1). Is Lifeline installed correctly?</source>
        <translation>Le service système de Lifeline n&apos;est pas disponible (%1). Lifeline est-il correctement installé&#x202f;?</translation>
    </message>
    <message>
        <location filename="../app/client/HelperErrors.cpp" line="47"/>
        <source>That did not work: %1.</source>
        <translation>Cela n&apos;a pas fonctionné&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../app/client/HelperErrors.cpp" line="49"/>
        <source>Not found: %1.</source>
        <translation>Introuvable&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../app/client/HelperErrors.cpp" line="51"/>
        <source>Lifeline is busy: %1.</source>
        <translation>Lifeline est occupé&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../app/client/HelperErrors.cpp" line="53"/>
        <source>Not possible on this computer: %1.</source>
        <translation>Impossible sur cet ordinateur&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../app/client/HelperErrors.cpp" line="57"/>
        <source>Something went wrong: %1.</source>
        <translation>Une erreur s&apos;est produite&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>Lifeline</name>
    <message>
        <location filename="../app/ctl/StatusCommand.cpp" line="27"/>
        <source>--timeout needs milliseconds from %1 to %2, not &quot;%3&quot;</source>
        <translation>--timeout attend des millisecondes de %1 à %2, pas «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/ctl/StatusCommand.cpp" line="68"/>
        <source>--timeout needs a number of milliseconds</source>
        <translation>--timeout attend un nombre de millisecondes</translation>
    </message>
    <message>
        <location filename="../app/ctl/StatusCommand.cpp" line="76"/>
        <source>status takes no argument &quot;%1&quot;; see lifelinectl status --help</source>
        <translation>status ne prend pas d&apos;argument «&#xa0;%1&#xa0;»&#x202f;; voir lifelinectl status --help</translation>
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
        <translation>Utilisation&#xa0;: lifelinectl status [--json] [--timeout MS]

Vérifie la connexion une fois, comme le fait l&apos;icône de la zone de
notification, et dit en une phrase ce qui est en panne, puis pour chaque
famille (IPv4, IPv6)&#xa0;: s&apos;il existe une route par défaut, si le DNS répond
(A et AAAA), si des connexions TCP et une requête web vers des adresses fixes
passent, si un gros transfert aboutit (sinon, les pages se bloquent&#xa0;: un
problème de taille de paquets) et, tant que la connexion de secours transporte
une famille, si elle fonctionne par le tunnel et en direct.

  --json           afficher le verdict et les constats en JSON
  --timeout MS     durée maximale de chaque test (par défaut&#xa0;: le réglage
                   probes/timeout-ms, sinon 2500)
  -h, --help       afficher cette aide

La destination des tests se règle dans le groupe [probes] des paramètres de
l&apos;application de la zone de notification,
$XDG_CONFIG_HOME/lifeline/lifeline.conf (en général ~/.config/lifeline/).

Code de sortie&#xa0;: 0 tout fonctionne (y compris quand la connexion de secours
couvre une famille en panne), 2 quelque chose est en panne (la phrase dit
quoi), 64 la ligne de commande était incorrecte.
</translation>
    </message>
    <message>
        <location filename="../app/ctl/StatusCommand.cpp" line="111"/>
        <source>ignoring a probe setting: %1</source>
        <translation>un réglage de test est ignoré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Lifeline::Diagnosis</name>
    <message>
        <location filename="../app/client/diagnosis/ProbeTargets.cpp" line="88"/>
        <source>&quot;%1&quot; is not a host name</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom d&apos;hôte</translation>
    </message>
    <message>
        <location filename="../app/client/diagnosis/ProbeTargets.cpp" line="103"/>
        <source>&quot;%1&quot; is not a number from %2 to %3</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre de %2 à %3</translation>
    </message>
    <message>
        <location filename="../app/client/diagnosis/Verdict.cpp" line="68"/>
        <source>The backup connection carries all traffic.</source>
        <translation>La connexion de secours transporte tout le trafic.</translation>
    </message>
    <message>
        <location filename="../app/client/diagnosis/Verdict.cpp" line="70"/>
        <source>The backup connection carries IPv4.</source>
        <translation>La connexion de secours transporte l&apos;IPv4.</translation>
    </message>
    <message>
        <location filename="../app/client/diagnosis/Verdict.cpp" line="71"/>
        <source>The backup connection carries IPv6.</source>
        <translation>La connexion de secours transporte l&apos;IPv6.</translation>
    </message>
    <message>
        <location filename="../app/client/diagnosis/Verdict.cpp" line="77"/>
        <location filename="../app/client/diagnosis/Verdict.cpp" line="87"/>
        <source>Everything works.</source>
        <translation>Tout fonctionne.</translation>
    </message>
    <message>
        <location filename="../app/client/diagnosis/Verdict.cpp" line="79"/>
        <source>Everything works. Your provider&apos;s connection is back; the backup connection is no longer needed.</source>
        <translation>Tout fonctionne. La connexion de votre fournisseur d&apos;accès est rétablie&#x202f;; la connexion de secours n&apos;est plus nécessaire.</translation>
    </message>
    <message>
        <location filename="../app/client/diagnosis/Verdict.cpp" line="82"/>
        <source>Everything works. Your provider&apos;s IPv4 is back; the backup connection is no longer needed for it.</source>
        <translation>Tout fonctionne. L&apos;IPv4 de votre fournisseur d&apos;accès est rétabli&#x202f;; la connexion de secours n&apos;est plus nécessaire pour lui.</translation>
    </message>
    <message>
        <location filename="../app/client/diagnosis/Verdict.cpp" line="85"/>
        <source>Everything works. Your provider&apos;s IPv6 is back; the backup connection is no longer needed for it.</source>
        <translation>Tout fonctionne. L&apos;IPv6 de votre fournisseur d&apos;accès est rétabli&#x202f;; la connexion de secours n&apos;est plus nécessaire pour lui.</translation>
    </message>
    <message>
        <location filename="../app/client/diagnosis/Verdict.cpp" line="93"/>
        <source>Your provider&apos;s IPv4 is down; the backup connection covers it. Everything works.</source>
        <translation>L&apos;IPv4 de votre fournisseur d&apos;accès est en panne&#x202f;; la connexion de secours prend le relais. Tout fonctionne.</translation>
    </message>
    <message>
        <location filename="../app/client/diagnosis/Verdict.cpp" line="95"/>
        <source>Some websites can&apos;t be reached: your provider&apos;s IPv4 is down. IPv6 works.</source>
        <translation>Certains sites web sont inaccessibles&#xa0;: l&apos;IPv4 de votre fournisseur d&apos;accès est en panne. L&apos;IPv6 fonctionne.</translation>
    </message>
    <message>
        <location filename="../app/client/diagnosis/Verdict.cpp" line="102"/>
        <source>Your provider offers no IPv6; the backup connection provides it. Everything works.</source>
        <translation>Votre fournisseur d&apos;accès ne propose pas l&apos;IPv6&#x202f;; la connexion de secours le fournit. Tout fonctionne.</translation>
    </message>
    <message>
        <location filename="../app/client/diagnosis/Verdict.cpp" line="104"/>
        <source>Your provider&apos;s IPv6 is down; the backup connection covers it. Everything works.</source>
        <translation>L&apos;IPv6 de votre fournisseur d&apos;accès est en panne&#x202f;; la connexion de secours prend le relais. Tout fonctionne.</translation>
    </message>
    <message>
        <location filename="../app/client/diagnosis/Verdict.cpp" line="106"/>
        <source>Your provider offers no IPv6; IPv6-only websites can&apos;t be reached.</source>
        <translation>Votre fournisseur d&apos;accès ne propose pas l&apos;IPv6&#x202f;; les sites web accessibles uniquement en IPv6 sont inaccessibles.</translation>
    </message>
    <message>
        <location filename="../app/client/diagnosis/Verdict.cpp" line="107"/>
        <source>Some websites can&apos;t be reached: your provider&apos;s IPv6 is down. IPv4 works.</source>
        <translation>Certains sites web sont inaccessibles&#xa0;: l&apos;IPv6 de votre fournisseur d&apos;accès est en panne. L&apos;IPv4 fonctionne.</translation>
    </message>
    <message>
        <location filename="../app/client/diagnosis/Verdict.cpp" line="115"/>
        <source>You&apos;re offline: this computer has no network connection.</source>
        <translation>Vous êtes hors ligne&#xa0;: cet ordinateur n&apos;a aucune connexion réseau.</translation>
    </message>
    <message>
        <location filename="../app/client/diagnosis/Verdict.cpp" line="116"/>
        <source>You&apos;re offline: the network is connected, but nothing on the internet can be reached.</source>
        <translation>Vous êtes hors ligne&#xa0;: le réseau est connecté, mais rien n&apos;est accessible sur internet.</translation>
    </message>
    <message>
        <location filename="../app/client/diagnosis/Verdict.cpp" line="183"/>
        <source>Checking the connection…</source>
        <translation>Vérification de la connexion…</translation>
    </message>
    <message>
        <location filename="../app/client/diagnosis/Verdict.cpp" line="191"/>
        <source>Websites can&apos;t be found by name: the name service (DNS) isn&apos;t answering. The connection itself works.</source>
        <translation>Les sites web sont introuvables par leur nom&#xa0;: le service de noms (DNS) ne répond pas. La connexion elle-même fonctionne.</translation>
    </message>
    <message>
        <location filename="../app/client/diagnosis/Verdict.cpp" line="194"/>
        <source>A sign-in page is holding back the internet, as in hotels or trains. Open any website to sign in.</source>
        <translation>Une page de connexion bloque l&apos;accès à internet, comme dans les hôtels ou les trains. Ouvrez n&apos;importe quel site web pour vous connecter.</translation>
    </message>
    <message>
        <location filename="../app/client/diagnosis/Verdict.cpp" line="199"/>
        <source>The backup connection is on, but nothing gets through it.</source>
        <translation>La connexion de secours est activée, mais rien ne passe.</translation>
    </message>
    <message>
        <location filename="../app/client/diagnosis/Verdict.cpp" line="201"/>
        <source>Pages may hang while loading: small requests get through, big ones stall (probably a packet-size problem on the way).</source>
        <translation>Les pages peuvent se bloquer pendant le chargement&#xa0;: les petites requêtes passent, les grosses restent bloquées (sans doute un problème de taille de paquets en chemin).</translation>
    </message>
</context>
<context>
    <name>Lifeline::Diagnosis::ProbeTargets</name>
    <message>
        <location filename="../app/client/diagnosis/ProbeTargets.cpp" line="187"/>
        <source>&quot;%1&quot; is not an http:// or https:// URL</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une URL http:// ou https://</translation>
    </message>
    <message>
        <location filename="../app/client/diagnosis/ProbeTargets.cpp" line="192"/>
        <source>&quot;%1&quot; does not name its server by literal IP address</source>
        <translation>«&#xa0;%1&#xa0;» ne désigne pas son serveur par une adresse IP</translation>
    </message>
    <message>
        <location filename="../app/client/diagnosis/ProbeTargets.cpp" line="196"/>
        <source>&quot;%1&quot; is not an %2 address</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse %2</translation>
    </message>
</context>
<context>
    <name>Lifeline::Diagnosis::TcpTarget</name>
    <message>
        <location filename="../app/client/diagnosis/ProbeTargets.cpp" line="131"/>
        <source>&quot;%1&quot; has no closing &quot;]&quot;</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas de «&#xa0;]&#xa0;» fermant</translation>
    </message>
    <message>
        <location filename="../app/client/diagnosis/ProbeTargets.cpp" line="138"/>
        <source>&quot;%1&quot; has something other than &quot;:PORT&quot; after &quot;]&quot;</source>
        <translation>«&#xa0;%1&#xa0;» contient autre chose que «&#xa0;:PORT&#xa0;» après «&#xa0;]&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/client/diagnosis/ProbeTargets.cpp" line="151"/>
        <source>&quot;%1&quot; is not a literal IP address (host names are not used here, so DNS trouble cannot hide a broken family)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse IP (les noms d&apos;hôte ne sont pas utilisés ici, afin qu&apos;un problème de DNS ne masque pas une famille d&apos;adresses en panne)</translation>
    </message>
    <message>
        <location filename="../app/client/diagnosis/ProbeTargets.cpp" line="157"/>
        <source>&quot;%1&quot; is not an %2 address</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse %2</translation>
    </message>
    <message>
        <location filename="../app/client/diagnosis/ProbeTargets.cpp" line="165"/>
        <source>&quot;%1&quot; has no valid port (1-65535)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas de port valide (1-65535)</translation>
    </message>
</context>
<context>
    <name>Lifeline::ServerSetup</name>
    <message>
        <location filename="../app/client/ServerSetup.cpp" line="56"/>
        <source>the endpoint &quot;%1&quot; has no port (host:port or [IPv6]:port)</source>
        <translation>le point de terminaison «&#xa0;%1&#xa0;» n&apos;a pas de port (hôte:port ou [IPv6]:port)</translation>
    </message>
    <message>
        <location filename="../app/client/ServerSetup.cpp" line="58"/>
        <source>&quot;%1&quot; is not a WireGuard public key</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une clé publique WireGuard</translation>
    </message>
    <message>
        <location filename="../app/client/ServerSetup.cpp" line="61"/>
        <source>&quot;%1&quot; is not a usable interface name</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom d&apos;interface utilisable</translation>
    </message>
    <message>
        <location filename="../app/client/ServerSetup.cpp" line="64"/>
        <source>the allowed IP &quot;%1&quot; is not an address/prefix</source>
        <translation>l&apos;IP autorisée «&#xa0;%1&#xa0;» n&apos;est pas de la forme adresse/préfixe</translation>
    </message>
    <message>
        <location filename="../app/client/ServerSetup.cpp" line="66"/>
        <source>the tunnel has no address</source>
        <translation>le tunnel n&apos;a pas d&apos;adresse</translation>
    </message>
    <message>
        <location filename="../app/client/ServerSetup.cpp" line="71"/>
        <source>the address &quot;%1&quot; is not an address/prefix</source>
        <translation>l&apos;adresse «&#xa0;%1&#xa0;» n&apos;est pas de la forme adresse/préfixe</translation>
    </message>
    <message>
        <location filename="../app/client/ServerSetup.cpp" line="81"/>
        <source>none of the tunnel&apos;s addresses is of a family its allowed IPs send through it</source>
        <translation>aucune adresse du tunnel n&apos;appartient à une famille que ses IP autorisées font passer par lui</translation>
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
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../app/ctl/StatusFormat.cpp" line="36"/>
        <location filename="../app/ctl/StatusFormat.cpp" line="49"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../app/ctl/StatusFormat.cpp" line="47"/>
        <source>sign-in page</source>
        <translation>portail</translation>
    </message>
    <message>
        <location filename="../app/ctl/StatusFormat.cpp" line="79"/>
        <source>not used</source>
        <translation>non utilisé</translation>
    </message>
    <message>
        <location filename="../app/ctl/StatusFormat.cpp" line="80"/>
        <location filename="../app/ctl/StatusFormat.cpp" line="90"/>
        <source>works</source>
        <translation>fonctionne</translation>
    </message>
    <message>
        <location filename="../app/ctl/StatusFormat.cpp" line="80"/>
        <location filename="../app/ctl/StatusFormat.cpp" line="90"/>
        <source>fails</source>
        <translation>échoue</translation>
    </message>
    <message>
        <location filename="../app/ctl/StatusFormat.cpp" line="87"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../app/ctl/StatusFormat.cpp" line="89"/>
        <source>no route</source>
        <translation>pas de route</translation>
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
        <translation>route</translation>
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
        <translation>web</translation>
    </message>
    <message>
        <location filename="../app/ctl/StatusFormat.cpp" line="134"/>
        <source>big transfer</source>
        <translation>gros transfert</translation>
    </message>
    <message>
        <location filename="../app/ctl/StatusFormat.cpp" line="136"/>
        <source>through the tunnel</source>
        <translation>par le tunnel</translation>
    </message>
    <message>
        <location filename="../app/ctl/StatusFormat.cpp" line="138"/>
        <source>natively</source>
        <translation>en direct</translation>
    </message>
    <message>
        <location filename="../app/ctl/StatusFormat.cpp" line="151"/>
        <source>not connected</source>
        <translation>non connectée</translation>
    </message>
    <message>
        <location filename="../app/ctl/StatusFormat.cpp" line="153"/>
        <source>Backup connection %1: %2</source>
        <translation>Connexion de secours %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/ctl/StatusFormat.cpp" line="154"/>
        <source>Backup connection %1: %2, carries %3</source>
        <translation>Connexion de secours %1&#xa0;: %2, transporte %3</translation>
    </message>
</context>
<context>
    <name>Lifeline::Tray</name>
    <message>
        <location filename="../app/tray/ExecLine.cpp" line="60"/>
        <source>a backslash ends the line</source>
        <translation>une barre oblique inverse termine la ligne</translation>
    </message>
    <message>
        <location filename="../app/tray/ExecLine.cpp" line="70"/>
        <source>a quote is not closed</source>
        <translation>des guillemets ne sont pas fermés</translation>
    </message>
    <message>
        <location filename="../app/tray/ExecLine.cpp" line="167"/>
        <source>there is no program to run</source>
        <translation>il n&apos;y a aucun programme à lancer</translation>
    </message>
    <message>
        <location filename="../app/tray/LaunchPlan.cpp" line="41"/>
        <source>%1 can&apos;t be started: its launcher entry is malformed (%2).</source>
        <translation>Impossible de lancer %1&#xa0;: son entrée de lanceur est mal formée (%2).</translation>
    </message>
    <message>
        <location filename="../app/tray/LaunchPlan.cpp" line="51"/>
        <source>%1 can&apos;t be started: the program “%2” is not installed.</source>
        <translation>Impossible de lancer %1&#xa0;: le programme «&#xa0;%2&#xa0;» n&apos;est pas installé.</translation>
    </message>
    <message>
        <location filename="../app/tray/LaunchPlan.cpp" line="57"/>
        <source>%1 can&apos;t be started: “%2” is not a program.</source>
        <translation>Impossible de lancer %1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un programme.</translation>
    </message>
    <message>
        <location filename="../app/tray/NotificationPolicy.cpp" line="31"/>
        <source>Some websites can&apos;t be reached</source>
        <translation>Certains sites web sont inaccessibles</translation>
    </message>
    <message>
        <location filename="../app/tray/NotificationPolicy.cpp" line="34"/>
        <source>Your provider&apos;s %1 is down. Set up a backup connection?</source>
        <translation>Chez votre fournisseur d&apos;accès, %1 est en panne. Configurer une connexion de secours&#x202f;?</translation>
    </message>
    <message>
        <location filename="../app/tray/NotificationPolicy.cpp" line="41"/>
        <source>%1 is down — turn on the backup connection?</source>
        <translation>%1 est en panne — activer la connexion de secours&#x202f;?</translation>
    </message>
    <message>
        <location filename="../app/tray/NotificationPolicy.cpp" line="62"/>
        <source>Your provider&apos;s connection is back</source>
        <translation>La connexion de votre fournisseur d&apos;accès est rétablie</translation>
    </message>
    <message>
        <location filename="../app/tray/NotificationPolicy.cpp" line="63"/>
        <source>%1 works again without the backup connection — turn it off?</source>
        <translation>%1 fonctionne de nouveau sans la connexion de secours — la désactiver&#x202f;?</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayController.cpp" line="49"/>
        <source>the connection</source>
        <translation>la connexion</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayPresentation.cpp" line="39"/>
        <location filename="../app/tray/TrayPresentation.cpp" line="57"/>
        <location filename="../app/tray/TrayPresentation.cpp" line="80"/>
        <source>Lifeline&apos;s system helper is not available.</source>
        <translation>Le service système de Lifeline n&apos;est pas disponible.</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayPresentation.cpp" line="51"/>
        <source>Use backup connection (connecting…)</source>
        <translation>Utiliser la connexion de secours (connexion…)</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayPresentation.cpp" line="53"/>
        <source>Use backup connection (failed, try again)</source>
        <translation>Utiliser la connexion de secours (échec, réessayer)</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayPresentation.cpp" line="55"/>
        <source>Use backup connection</source>
        <translation>Utiliser la connexion de secours</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayPresentation.cpp" line="59"/>
        <source>Waiting for the system helper…</source>
        <translation>En attente du service système…</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayPresentation.cpp" line="61"/>
        <source>Turns the backup connection “%1” off.</source>
        <translation>Désactive la connexion de secours «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayPresentation.cpp" line="64"/>
        <source>Sends IPv4 through the backup connection “%1”.</source>
        <translation>Fait passer l&apos;IPv4 par la connexion de secours «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayPresentation.cpp" line="65"/>
        <source>Sends IPv6 through the backup connection “%1”.</source>
        <translation>Fait passer l&apos;IPv6 par la connexion de secours «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayPresentation.cpp" line="68"/>
        <source>Turns the backup connection “%1” on.</source>
        <translation>Active la connexion de secours «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayPresentation.cpp" line="76"/>
        <source>Set up a backup connection… (asks for an administrator password)</source>
        <translation>Configurer une connexion de secours… (demande un mot de passe administrateur)</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayPresentation.cpp" line="79"/>
        <source>A backup connection sends a broken part of the internet through your own server.</source>
        <translation>Une connexion de secours fait passer une partie d&apos;internet en panne par votre propre serveur.</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayPresentation.cpp" line="87"/>
        <source>Repairing…</source>
        <translation>Réparation…</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayPresentation.cpp" line="87"/>
        <source>Pages not loading? Repair</source>
        <translation>Les pages ne se chargent pas&#x202f;? Réparer</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayPresentation.cpp" line="90"/>
        <source>Finds the largest packets the backup connection passes and sets it to them.</source>
        <translation>Trouve les plus gros paquets que la connexion de secours laisse passer et la règle en conséquence.</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayPresentation.cpp" line="91"/>
        <source>Repair works on the backup connection; it is off.</source>
        <translation>La réparation porte sur la connexion de secours, qui est désactivée.</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayPresentation.cpp" line="99"/>
        <source>Run a program with IPv6 only…</source>
        <translation>Lancer un programme en IPv6 uniquement…</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayPresentation.cpp" line="99"/>
        <source>Run a program with IPv4 only…</source>
        <translation>Lancer un programme en IPv4 uniquement…</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayPresentation.cpp" line="100"/>
        <source>Starts a program that sees only IPv6, which works now.</source>
        <translation>Lance un programme qui ne voit que l&apos;IPv6, qui fonctionne en ce moment.</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayPresentation.cpp" line="101"/>
        <source>Starts a program that sees only IPv4.</source>
        <translation>Lance un programme qui ne voit que l&apos;IPv4.</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayPresentation.cpp" line="109"/>
        <source>Run a program through the backup connection…</source>
        <translation>Lancer un programme par la connexion de secours…</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayPresentation.cpp" line="113"/>
        <source>Starts a program whose traffic goes only through “%1”.</source>
        <translation>Lance un programme dont le trafic passe uniquement par «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayPresentation.cpp" line="114"/>
        <source>Turn the backup connection on first.</source>
        <translation>Activez d&apos;abord la connexion de secours.</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayPresentation.cpp" line="196"/>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayPresentation.cpp" line="196"/>
        <source>Check again</source>
        <translation>Vérifier à nouveau</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayPresentation.cpp" line="198"/>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayPresentation.cpp" line="199"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>Lifeline::Tray::AppPickerDialog</name>
    <message>
        <location filename="../app/tray/AppPickerDialog.cpp" line="43"/>
        <location filename="../app/tray/AppPickerDialog.cpp" line="44"/>
        <source>Search programs</source>
        <translation>Rechercher des programmes</translation>
    </message>
    <message>
        <location filename="../app/tray/AppPickerDialog.cpp" line="47"/>
        <source>Programs</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <location filename="../app/tray/AppPickerDialog.cpp" line="50"/>
        <source>Start</source>
        <translation>Lancer</translation>
    </message>
</context>
<context>
    <name>Lifeline::Tray::BackupTunnel</name>
    <message>
        <location filename="../app/tray/BackupTunnel.cpp" line="153"/>
        <source>The backup connection could not be turned on. %1</source>
        <translation>Impossible d&apos;activer la connexion de secours. %1</translation>
    </message>
    <message>
        <location filename="../app/tray/BackupTunnel.cpp" line="171"/>
        <source>The backup connection could not be turned off. %1</source>
        <translation>Impossible de désactiver la connexion de secours. %1</translation>
    </message>
    <message>
        <location filename="../app/tray/BackupTunnel.cpp" line="189"/>
        <source>The repair did not work. %1</source>
        <translation>La réparation n&apos;a pas fonctionné. %1</translation>
    </message>
</context>
<context>
    <name>Lifeline::Tray::IsolatedLauncher</name>
    <message>
        <location filename="../app/tray/IsolatedLauncher.cpp" line="118"/>
        <source>%1 could not be started. %2</source>
        <translation>Impossible de lancer %1. %2</translation>
    </message>
    <message>
        <location filename="../app/tray/IsolatedLauncher.cpp" line="104"/>
        <source>%1 can&apos;t be started: /dev/null cannot be opened.</source>
        <translation>Impossible de lancer %1&#xa0;: /dev/null ne peut pas être ouvert.</translation>
    </message>
</context>
<context>
    <name>Lifeline::Tray::NotificationPolicy</name>
    <message>
        <location filename="../app/tray/NotificationPolicy.cpp" line="94"/>
        <source>The backup connection isn&apos;t working</source>
        <translation>La connexion de secours ne fonctionne pas</translation>
    </message>
    <message>
        <location filename="../app/tray/NotificationPolicy.cpp" line="95"/>
        <source>The backup connection is on, but nothing gets through it — turn it off?</source>
        <translation>La connexion de secours est activée, mais rien ne passe — la désactiver&#x202f;?</translation>
    </message>
    <message>
        <location filename="../app/tray/NotificationPolicy.cpp" line="104"/>
        <source>Pages are not loading completely</source>
        <translation>Les pages ne se chargent pas entièrement</translation>
    </message>
    <message>
        <location filename="../app/tray/NotificationPolicy.cpp" line="105"/>
        <source>Large pages stall through the backup connection — repair it?</source>
        <translation>Les grosses pages restent bloquées dans la connexion de secours — la réparer&#x202f;?</translation>
    </message>
    <message>
        <location filename="../app/tray/NotificationPolicy.cpp" line="112"/>
        <source>This network wants you to log in</source>
        <translation>Ce réseau vous demande de vous connecter</translation>
    </message>
    <message>
        <location filename="../app/tray/NotificationPolicy.cpp" line="113"/>
        <source>A login page (hotel, train, café) stands between you and the internet — open it?</source>
        <translation>Une page de connexion (hôtel, train, café) se trouve entre vous et internet — l&apos;ouvrir&#x202f;?</translation>
    </message>
</context>
<context>
    <name>Lifeline::Tray::SingleInstance</name>
    <message>
        <location filename="../app/tray/SingleInstance.cpp" line="104"/>
        <source>cannot lock %1</source>
        <translation>impossible de verrouiller %1</translation>
    </message>
    <message>
        <location filename="../app/tray/SingleInstance.cpp" line="92"/>
        <source>another Lifeline seems to be running but does not answer (%1)</source>
        <translation>un autre Lifeline semble en cours d&apos;exécution mais ne répond pas (%1)</translation>
    </message>
    <message>
        <location filename="../app/tray/SingleInstance.cpp" line="88"/>
        <source>the running Lifeline does not understand this request (is it an older version? Quit it and start Lifeline again)</source>
        <translation>le Lifeline en cours d&apos;exécution ne comprend pas cette demande (est-ce une version plus ancienne&#x202f;? Quittez-le et relancez Lifeline)</translation>
    </message>
    <message>
        <location filename="../app/tray/SingleInstance.cpp" line="93"/>
        <source>no answer in time</source>
        <translation>pas de réponse à temps</translation>
    </message>
    <message>
        <location filename="../app/tray/SingleInstance.cpp" line="117"/>
        <source>cannot listen on %1: %2</source>
        <translation>impossible d&apos;écouter sur %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Lifeline::Tray::TrayController</name>
    <message>
        <location filename="../app/tray/TrayController.cpp" line="91"/>
        <source>The backup connection</source>
        <translation>La connexion de secours</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayController.cpp" line="100"/>
        <source>Repaired</source>
        <translation>Réparée</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayController.cpp" line="101"/>
        <source>The backup connection now sends packets of at most %1 bytes, so pages should load completely.</source>
        <translation>La connexion de secours envoie désormais des paquets d&apos;au plus %1 octets&#x202f;; les pages devraient se charger entièrement.</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayController.cpp" line="109"/>
        <source>Repair</source>
        <translation>Réparation</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayController.cpp" line="113"/>
        <source>Run a program</source>
        <translation>Lancer un programme</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayController.cpp" line="115"/>
        <source>%1 was already running</source>
        <translation>%1 était déjà lancé</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayController.cpp" line="116"/>
        <source>%1 handed the request to its window that is already open, so it does not run the way you asked. Quit %1 completely, then try again.</source>
        <translation>%1 a transmis la demande à sa fenêtre déjà ouverte&#x202f;; il ne fonctionne donc pas comme vous l&apos;avez demandé. Quittez complètement %1, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayController.cpp" line="122"/>
        <source>%1 stopped</source>
        <translation>%1 s&apos;est arrêté</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayController.cpp" line="123"/>
        <source>%1 stopped right after it started.</source>
        <translation>%1 s&apos;est arrêté juste après son lancement.</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayController.cpp" line="124"/>
        <source>%1 stopped right after it started. What it said is in %2.</source>
        <translation>%1 s&apos;est arrêté juste après son lancement. Ses messages se trouvent dans %2.</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayController.cpp" line="136"/>
        <source>Lifeline</source>
        <translation>Lifeline</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayController.cpp" line="228"/>
        <source>The backup connection is on</source>
        <translation>La connexion de secours est activée</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayController.cpp" line="229"/>
        <source>Your provider&apos;s %1 is down, so Lifeline turned on the backup connection.</source>
        <translation>Chez votre fournisseur d&apos;accès, %1 est en panne&#xa0;: Lifeline a donc activé la connexion de secours.</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayController.cpp" line="232"/>
        <source>The backup connection is off</source>
        <translation>La connexion de secours est désactivée</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayController.cpp" line="233"/>
        <source>Your provider&apos;s connection works again, so Lifeline turned the backup connection off.</source>
        <translation>La connexion de votre fournisseur d&apos;accès fonctionne de nouveau&#xa0;: Lifeline a donc désactivé la connexion de secours.</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayController.cpp" line="238"/>
        <source>The backup connection is not working</source>
        <translation>La connexion de secours ne fonctionne pas</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayController.cpp" line="239"/>
        <source>The backup connection could not be established.</source>
        <translation>Impossible d&apos;établir la connexion de secours.</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayController.cpp" line="240"/>
        <source>The backup connection could not be established: %1</source>
        <translation>Impossible d&apos;établir la connexion de secours&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayController.cpp" line="294"/>
        <source>Run a program with IPv4 only</source>
        <translation>Lancer un programme en IPv4 uniquement</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayController.cpp" line="295"/>
        <source>The program you pick sees only IPv4. Pick one that is not running yet.</source>
        <translation>Le programme choisi ne voit que l&apos;IPv4. Choisissez-en un qui n&apos;est pas encore lancé.</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayController.cpp" line="297"/>
        <source>Run a program with IPv6 only</source>
        <translation>Lancer un programme en IPv6 uniquement</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayController.cpp" line="298"/>
        <source>The program you pick sees only IPv6, which works now. Pick one that is not running yet.</source>
        <translation>Le programme choisi ne voit que l&apos;IPv6, qui fonctionne en ce moment. Choisissez-en un qui n&apos;est pas encore lancé.</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayController.cpp" line="301"/>
        <source>Run a program through the backup connection</source>
        <translation>Lancer un programme par la connexion de secours</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayController.cpp" line="302"/>
        <source>Everything the program you pick sends goes through the backup connection, or nowhere. Pick one that is not running yet.</source>
        <translation>Tout ce qu&apos;envoie le programme choisi passe par la connexion de secours, ou nulle part. Choisissez-en un qui n&apos;est pas encore lancé.</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayController.cpp" line="386"/>
        <source>There is no backup connection yet</source>
        <translation>Il n&apos;y a pas encore de connexion de secours</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayController.cpp" line="387"/>
        <source>Click here to set one up; then programs can run through it.</source>
        <translation>Cliquez ici pour en configurer une&#x202f;; des programmes pourront ensuite passer par elle.</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayController.cpp" line="402"/>
        <source>Lifeline is running</source>
        <translation>Lifeline est en cours d&apos;exécution</translation>
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
        <translation>La fenêtre des paramètres ne fait pas partie de cette version de Lifeline.</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayWindows.cpp" line="68"/>
        <source>The set-up window is not part of this build of Lifeline.</source>
        <translation>La fenêtre de configuration ne fait pas partie de cette version de Lifeline.</translation>
    </message>
</context>
<context>
    <name>Lifeline::Windows::ChoosePage</name>
    <message>
        <location filename="../app/tray/windows/ChoosePage.cpp" line="25"/>
        <source>&amp;Import a configuration file</source>
        <translation>&amp;Importer un fichier de configuration</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ChoosePage.cpp" line="26"/>
        <source>A WireGuard file (.conf) from your VPN provider or your server.</source>
        <translation>Un fichier WireGuard (.conf) fourni par votre fournisseur VPN ou votre serveur.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ChoosePage.cpp" line="27"/>
        <source>&amp;Paste a configuration</source>
        <translation>&amp;Coller une configuration</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ChoosePage.cpp" line="28"/>
        <source>The text of a WireGuard configuration, copied from somewhere else.</source>
        <translation>Le texte d&apos;une configuration WireGuard, copié depuis un autre endroit.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ChoosePage.cpp" line="30"/>
        <source>Let Lifeline &amp;make the keys</source>
        <translation>Laisser Lifeline &amp;générer les clés</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ChoosePage.cpp" line="31"/>
        <source>For your own server: Lifeline makes this computer&apos;s key pair and tells you what to set up on the server. The private key never leaves this computer.</source>
        <translation>Pour votre propre serveur&#xa0;: Lifeline génère la paire de clés de cet ordinateur et vous indique quoi configurer sur le serveur. La clé privée ne quitte jamais cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ChoosePage.cpp" line="35"/>
        <source>A backup connection carries the part of the internet that your provider has broken (IPv4 or IPv6) through a WireGuard server that still reaches it. How do you want to add one?</source>
        <translation>Une connexion de secours fait passer la partie d&apos;internet que votre fournisseur d&apos;accès ne fournit plus (IPv4 ou IPv6) par un serveur WireGuard qui y a encore accès. Comment voulez-vous en ajouter une&#x202f;?</translation>
    </message>
</context>
<context>
    <name>Lifeline::Windows::ConfigPage</name>
    <message>
        <location filename="../app/tray/windows/ConfigPage.cpp" line="43"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ConfigPage.cpp" line="45"/>
        <source>A short name for this connection: up to 12 small letters, digits or “-”</source>
        <translation>Un nom court pour cette connexion&#xa0;: jusqu&apos;à 12 minuscules, chiffres ou «&#xa0;-&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ConfigPage.cpp" line="47"/>
        <source>backup</source>
        <translation>secours</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ConfigPage.cpp" line="51"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ConfigPage.cpp" line="57"/>
        <source>Choose the WireGuard configuration file (usually ending in .conf) that your VPN provider or server gave you.</source>
        <translation>Choisissez le fichier de configuration WireGuard (se terminant généralement par .conf) fourni par votre fournisseur VPN ou votre serveur.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ConfigPage.cpp" line="62"/>
        <source>&amp;Choose a file…</source>
        <translation>&amp;Choisir un fichier…</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ConfigPage.cpp" line="64"/>
        <source>Choose a file</source>
        <translation>Choisir un fichier</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ConfigPage.cpp" line="65"/>
        <source>Opens a file chooser for the configuration file</source>
        <translation>Ouvre un sélecteur de fichiers pour le fichier de configuration</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ConfigPage.cpp" line="68"/>
        <source>No file chosen yet.</source>
        <translation>Aucun fichier choisi pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ConfigPage.cpp" line="74"/>
        <source>Paste the whole configuration, from [Interface] to the end, into the box.</source>
        <translation>Collez toute la configuration, de [Interface] jusqu&apos;à la fin, dans le champ.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ConfigPage.cpp" line="81"/>
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ConfigPage.cpp" line="82"/>
        <source>The text of a WireGuard configuration</source>
        <translation>Le texte d&apos;une configuration WireGuard</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ConfigPage.cpp" line="89"/>
        <source>&amp;Configuration:</source>
        <translation>&amp;Configuration&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ConfigPage.cpp" line="124"/>
        <source>Choose the configuration file first.</source>
        <translation>Choisissez d&apos;abord le fichier de configuration.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ConfigPage.cpp" line="125"/>
        <source>Paste the configuration into the box first.</source>
        <translation>Collez d&apos;abord la configuration dans le champ.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ConfigPage.cpp" line="128"/>
        <source>This is not a WireGuard configuration: it has no [Interface] section.</source>
        <translation>Ce n&apos;est pas une configuration WireGuard&#xa0;: il manque la section [Interface].</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ConfigPage.cpp" line="135"/>
        <source>Choose a WireGuard configuration</source>
        <translation>Choisir une configuration WireGuard</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ConfigPage.cpp" line="139"/>
        <source>WireGuard configurations (*.conf)</source>
        <translation>Configurations WireGuard (*.conf)</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ConfigPage.cpp" line="139"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ConfigPage.cpp" line="153"/>
        <source>Could not open %1: %2.</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ConfigPage.cpp" line="155"/>
        <source>%1 is too big to be a WireGuard configuration.</source>
        <translation>%1 est trop volumineux pour être une configuration WireGuard.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ConfigPage.cpp" line="160"/>
        <source>%1 is not a text file.</source>
        <translation>%1 n&apos;est pas un fichier texte.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ConfigPage.cpp" line="167"/>
        <source>Chosen: %1</source>
        <translation>Choisi&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Lifeline::Windows::ConnectionTest</name>
    <message>
        <location filename="../app/tray/windows/ConnectionTest.cpp" line="36"/>
        <source>The server did not answer within %1 seconds. Check that WireGuard runs on the server, that its firewall lets UDP through to the port, and that each side has the other&apos;s public key.</source>
        <translation>Le serveur n&apos;a pas répondu dans les %1 secondes. Vérifiez que WireGuard fonctionne sur le serveur, que son pare-feu laisse passer l&apos;UDP vers le port et que chaque côté possède la clé publique de l&apos;autre.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ConnectionTest.cpp" line="54"/>
        <source>Looking at the connection…</source>
        <translation>Examen de la connexion…</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ConnectionTest.cpp" line="89"/>
        <location filename="../app/tray/windows/ConnectionTest.cpp" line="150"/>
        <source>Connecting…</source>
        <translation>Connexion en cours…</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ConnectionTest.cpp" line="100"/>
        <source>Lifeline could not connect: %1</source>
        <translation>Lifeline n&apos;a pas pu se connecter&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ConnectionTest.cpp" line="144"/>
        <source>It works: the server answered (%1).</source>
        <translation>Ça fonctionne&#xa0;: le serveur a répondu (%1).</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ConnectionTest.cpp" line="147"/>
        <source>Connected. Waiting for the server to answer…</source>
        <translation>Connecté. En attente de la réponse du serveur…</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ConnectionTest.cpp" line="153"/>
        <source>The connection failed: %1</source>
        <translation>La connexion a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ConnectionTest.cpp" line="155"/>
        <source>The connection went down before the server answered.</source>
        <translation>La connexion a été coupée avant que le serveur ne réponde.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ConnectionTest.cpp" line="168"/>
        <source>It stays connected.</source>
        <translation>Elle reste connectée.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ConnectionTest.cpp" line="177"/>
        <source>Lifeline could not disconnect it again: %1</source>
        <translation>Lifeline n&apos;a pas pu la déconnecter&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ConnectionTest.cpp" line="178"/>
        <source>It has been disconnected again.</source>
        <translation>Elle a été déconnectée à nouveau.</translation>
    </message>
</context>
<context>
    <name>Lifeline::Windows::CopyableText</name>
    <message>
        <location filename="../app/tray/windows/CopyableText.cpp" line="17"/>
        <location filename="../app/tray/windows/CopyableText.cpp" line="57"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/CopyableText.cpp" line="27"/>
        <source>Read-only text to copy to your server</source>
        <translation>Texte en lecture seule à copier sur votre serveur</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/CopyableText.cpp" line="29"/>
        <source>Copy %1</source>
        <translation>Copier %1</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/CopyableText.cpp" line="30"/>
        <source>Copies %1 to the clipboard</source>
        <translation>Copie %1 dans le presse-papiers</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/CopyableText.cpp" line="56"/>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>Lifeline::Windows::MakeKeysPage</name>
    <message>
        <location filename="../app/tray/windows/MakeKeysPage.cpp" line="30"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/MakeKeysPage.cpp" line="31"/>
        <source>A short name for this connection: up to 12 small letters, digits or “-”</source>
        <translation>Un nom court pour cette connexion&#xa0;: jusqu&apos;à 12 minuscules, chiffres ou «&#xa0;-&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/MakeKeysPage.cpp" line="32"/>
        <source>backup</source>
        <translation>secours</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/MakeKeysPage.cpp" line="33"/>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/MakeKeysPage.cpp" line="34"/>
        <source>The server&apos;s host name or IP address and its WireGuard port</source>
        <translation>Le nom d&apos;hôte ou l&apos;adresse IP du serveur et son port WireGuard</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/MakeKeysPage.cpp" line="36"/>
        <source>Server&apos;s public key</source>
        <translation>Clé publique du serveur</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/MakeKeysPage.cpp" line="37"/>
        <source>The server&apos;s WireGuard public key: 44 characters ending in “=”</source>
        <translation>La clé publique WireGuard du serveur&#xa0;: 44 caractères se terminant par «&#xa0;=&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/MakeKeysPage.cpp" line="38"/>
        <source>the output of “wg pubkey” on the server</source>
        <translation>la sortie de «&#xa0;wg pubkey&#xa0;» sur le serveur</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/MakeKeysPage.cpp" line="39"/>
        <source>This computer&apos;s addresses in the tunnel</source>
        <translation>Adresses de cet ordinateur dans le tunnel</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/MakeKeysPage.cpp" line="40"/>
        <source>One or more addresses, separated by commas, like 10.8.0.2/32, fd00:8::2/128</source>
        <translation>Une ou plusieurs adresses séparées par des virgules, par exemple 10.8.0.2/32, fd00:8::2/128</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/MakeKeysPage.cpp" line="42"/>
        <source>DNS servers (optional)</source>
        <translation>Serveurs DNS (facultatif)</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/MakeKeysPage.cpp" line="43"/>
        <source>Name servers to use while the tunnel is on, separated by commas; may stay empty</source>
        <translation>Serveurs de noms à utiliser tant que le tunnel est actif, séparés par des virgules&#x202f;; peut rester vide</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/MakeKeysPage.cpp" line="50"/>
        <source>For a WireGuard server of your own (a VPS). Lifeline makes this computer&apos;s key pair; the private key stays on this computer. Afterwards Lifeline shows what to set up on the server.</source>
        <translation>Pour votre propre serveur WireGuard (un VPS). Lifeline génère la paire de clés de cet ordinateur&#x202f;; la clé privée reste sur cet ordinateur. Lifeline indique ensuite quoi configurer sur le serveur.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/MakeKeysPage.cpp" line="59"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/MakeKeysPage.cpp" line="60"/>
        <source>Server &amp;address:</source>
        <translation>&amp;Adresse du serveur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/MakeKeysPage.cpp" line="61"/>
        <source>Server&apos;s &amp;public key:</source>
        <translation>Clé &amp;publique du serveur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/MakeKeysPage.cpp" line="62"/>
        <source>This computer&apos;s a&amp;ddresses in the tunnel:</source>
        <translation>A&amp;dresses de cet ordinateur dans le tunnel&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/MakeKeysPage.cpp" line="63"/>
        <source>DNS ser&amp;vers (optional):</source>
        <translation>Ser&amp;veurs DNS (facultatif)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Lifeline::Windows::MtuPanel</name>
    <message>
        <location filename="../app/tray/windows/MtuPanel.cpp" line="20"/>
        <location filename="../app/tray/windows/MtuPanel.cpp" line="78"/>
        <source>Packet size (MTU)</source>
        <translation>Taille des paquets (MTU)</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/MtuPanel.cpp" line="21"/>
        <source>A&amp;utomatic: measured after every connect</source>
        <translation>A&amp;utomatique&#xa0;: mesurée après chaque connexion</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/MtuPanel.cpp" line="22"/>
        <source>&amp;Fixed:</source>
        <translation>&amp;Fixe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/MtuPanel.cpp" line="24"/>
        <source>As the confi&amp;guration says (or the default)</source>
        <translation>Comme l&apos;indi&amp;que la configuration (ou par défaut)</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/MtuPanel.cpp" line="25"/>
        <source>&amp;Apply MTU</source>
        <translation>A&amp;ppliquer la MTU</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/MtuPanel.cpp" line="29"/>
        <source>Automatic MTU</source>
        <translation>MTU automatique</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/MtuPanel.cpp" line="31"/>
        <source>Lifeline measures the largest packet size that passes after every connect</source>
        <translation>Lifeline mesure après chaque connexion la plus grande taille de paquet qui passe</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/MtuPanel.cpp" line="33"/>
        <source>Fixed MTU</source>
        <translation>MTU fixe</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/MtuPanel.cpp" line="34"/>
        <source>Always use the number next to it</source>
        <translation>Toujours utiliser le nombre à côté</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/MtuPanel.cpp" line="38"/>
        <source>MTU in bytes</source>
        <translation>MTU en octets</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/MtuPanel.cpp" line="39"/>
        <source>From %1 to %2</source>
        <translation>De %1 à %2</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/MtuPanel.cpp" line="41"/>
        <source>MTU from the configuration</source>
        <translation>MTU de la configuration</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/MtuPanel.cpp" line="43"/>
        <source>The MTU in the connection&apos;s configuration, or WireGuard&apos;s default. Lifeline cannot go back to it yet once another setting was applied.</source>
        <translation>La MTU indiquée dans la configuration de la connexion, ou celle de WireGuard par défaut. Une fois un autre réglage appliqué, Lifeline ne peut pas encore y revenir.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/MtuPanel.cpp" line="46"/>
        <source>Apply MTU</source>
        <translation>Appliquer la MTU</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/MtuPanel.cpp" line="47"/>
        <source>Sets the chosen MTU for the selected connection</source>
        <translation>Règle la MTU choisie pour la connexion sélectionnée</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/MtuPanel.cpp" line="78"/>
        <source>Packet size (MTU) of “%1”</source>
        <translation>Taille des paquets (MTU) de «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Lifeline::Windows::ProbeTargetsPanel</name>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="43"/>
        <source>IPv4 addresses to try</source>
        <translation>Adresses IPv4 à essayer</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="44"/>
        <source>IPv4 addresses with an optional port, separated by commas; empty: no such check</source>
        <translation>Adresses IPv4 avec un port facultatif, séparées par des virgules&#x202f;; vide&#xa0;: pas de test de ce type</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="46"/>
        <source>IPv6 addresses to try</source>
        <translation>Adresses IPv6 à essayer</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="47"/>
        <source>IPv6 addresses in brackets with an optional port, separated by commas; empty: no such check</source>
        <translation>Adresses IPv6 entre crochets avec un port facultatif, séparées par des virgules&#x202f;; vide&#xa0;: pas de test de ce type</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="50"/>
        <source>IPv4 web check</source>
        <translation>Test web IPv4</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="51"/>
        <source>An http:// address with an IPv4 address as its host; empty: no web check</source>
        <translation>Une adresse http:// dont l&apos;hôte est une adresse IPv4&#x202f;; vide&#xa0;: pas de test web</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="52"/>
        <source>IPv6 web check</source>
        <translation>Test web IPv6</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="53"/>
        <source>An http:// address with an IPv6 address as its host; empty: no web check</source>
        <translation>Une adresse http:// dont l&apos;hôte est une adresse IPv6&#x202f;; vide&#xa0;: pas de test web</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="54"/>
        <source>Expected status</source>
        <translation>Code d&apos;état attendu</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="55"/>
        <source>Expected start of the answer</source>
        <translation>Début de la réponse attendu</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="56"/>
        <source>When not empty, the web check&apos;s answer must start with this</source>
        <translation>S&apos;il n&apos;est pas vide, la réponse du test web doit commencer par ce texte</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="57"/>
        <source>IPv4 large download</source>
        <translation>Gros téléchargement IPv4</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="58"/>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="62"/>
        <source>An address of something bigger than one packet, to find stalling pages; empty: no such check</source>
        <translation>L&apos;adresse d&apos;un contenu plus gros qu&apos;un paquet, pour détecter les pages qui se bloquent&#x202f;; vide&#xa0;: pas de test de ce type</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="61"/>
        <source>IPv6 large download</source>
        <translation>Gros téléchargement IPv6</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="65"/>
        <source>Name to look up</source>
        <translation>Nom à résoudre</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="66"/>
        <source>A name with both IPv4 and IPv6 addresses, to check name resolution; empty: no such check</source>
        <translation>Un nom ayant des adresses IPv4 et IPv6, pour tester la résolution de noms&#x202f;; vide&#xa0;: pas de test de ce type</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="69"/>
        <source>Time to wait for each check</source>
        <translation>Délai d&apos;attente par test</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="73"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="78"/>
        <source>Probe targets message</source>
        <translation>Message sur les cibles de test</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="81"/>
        <source>Where Lifeline looks to tell what is broken. Addresses are written as numbers, so a broken name service cannot hide a broken connection. An empty field turns that check off.</source>
        <translation>Là où Lifeline regarde pour savoir ce qui est en panne. Les adresses sont écrites sous forme numérique, pour qu&apos;un service de noms en panne ne puisse pas masquer une connexion en panne. Un champ vide désactive ce test.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="90"/>
        <source>IPv&amp;4 addresses to try:</source>
        <translation>Adresses IPv&amp;4 à essayer&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="91"/>
        <source>IPv&amp;6 addresses to try:</source>
        <translation>Adresses IPv&amp;6 à essayer&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="92"/>
        <source>IPv4 &amp;web check:</source>
        <translation>Test &amp;web IPv4&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="93"/>
        <source>IPv6 w&amp;eb check:</source>
        <translation>Test we&amp;b IPv6&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="94"/>
        <source>E&amp;xpected status:</source>
        <translation>Code d&apos;état atte&amp;ndu&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="95"/>
        <source>Expected start of the a&amp;nswer:</source>
        <translation>Début de la &amp;réponse attendu&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="96"/>
        <source>IPv4 &amp;large download:</source>
        <translation>Gros té&amp;léchargement IPv4&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="97"/>
        <source>IPv6 large d&amp;ownload:</source>
        <translation>Gros télécharge&amp;ment IPv6&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="98"/>
        <source>Na&amp;me to look up:</source>
        <translation>N&amp;om à résoudre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="99"/>
        <source>T&amp;ime to wait for each check:</source>
        <translation>Déla&amp;i d&apos;attente par test&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="107"/>
        <source>Save &amp;probe targets</source>
        <translation>Enre&amp;gistrer les cibles de test</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="109"/>
        <source>Save probe targets</source>
        <translation>Enregistrer les cibles de test</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="110"/>
        <source>Checks and saves the fields above</source>
        <translation>Vérifie et enregistre les champs ci-dessus</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="112"/>
        <source>Bac&amp;k to the defaults</source>
        <translation>Rét&amp;ablir les valeurs par défaut</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="114"/>
        <source>Back to the defaults</source>
        <translation>Rétablir les valeurs par défaut</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="116"/>
        <source>Fills in Lifeline&apos;s own targets; they are saved when you save</source>
        <translation>Remplit les champs avec les cibles de Lifeline&#x202f;; elles sont enregistrées quand vous enregistrez</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="142"/>
        <source>Some saved targets could not be used and were left out:</source>
        <translation>Certaines cibles enregistrées étaient inutilisables et ont été ignorées&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="209"/>
        <source>Not saved. Please check:</source>
        <translation>Non enregistré. Veuillez vérifier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="219"/>
        <source>Saved. The next check uses these targets.</source>
        <translation>Enregistré. Le prochain test utilisera ces cibles.</translation>
    </message>
</context>
<context>
    <name>Lifeline::Windows::ServerSetupPage</name>
    <message>
        <location filename="../app/tray/windows/ServerSetupPage.cpp" line="32"/>
        <source>the server&apos;s configuration</source>
        <translation>la configuration du serveur</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ServerSetupPage.cpp" line="33"/>
        <source>the commands for the server</source>
        <translation>les commandes pour le serveur</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ServerSetupPage.cpp" line="39"/>
        <source>This computer&apos;s public key</source>
        <translation>Clé publique de cet ordinateur</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ServerSetupPage.cpp" line="41"/>
        <source>The public key Lifeline made for this computer; the server needs it</source>
        <translation>La clé publique que Lifeline a générée pour cet ordinateur&#x202f;; le serveur en a besoin</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ServerSetupPage.cpp" line="45"/>
        <source>This computer&apos;s public &amp;key:</source>
        <translation>&amp;Clé publique de cet ordinateur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ServerSetupPage.cpp" line="47"/>
        <source>Server &amp;configuration:</source>
        <translation>C&amp;onfiguration du serveur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ServerSetupPage.cpp" line="49"/>
        <source>Co&amp;mmands for the server:</source>
        <translation>Co&amp;mmandes pour le serveur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ServerSetupPage.cpp" line="69"/>
        <source>The connection “%1” was added. Now set up the server.</source>
        <translation>La connexion «&#xa0;%1&#xa0;» a été ajoutée. Configurez maintenant le serveur.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ServerSetupPage.cpp" line="74"/>
        <source>Lifeline could not write the server&apos;s side for you (%1). Add this computer&apos;s public key as a peer on the server yourself.</source>
        <translation>Lifeline n&apos;a pas pu rédiger la partie serveur à votre place (%1). Ajoutez vous-même la clé publique de cet ordinateur comme pair sur le serveur.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ServerSetupPage.cpp" line="81"/>
        <source>On the server, as root:
1. Save the server configuration below as /etc/wireguard/%1.conf and put the server&apos;s own private key (the one whose public key you entered) where it says %2.
2. Paste the commands below into the server&apos;s shell. They install WireGuard, let the server pass this computer&apos;s traffic on to the internet (forwarding and NAT), and start the tunnel now and at every boot.</source>
        <translation>Sur le serveur, en tant que root&#xa0;:
1. Enregistrez la configuration du serveur ci-dessous sous /etc/wireguard/%1.conf et mettez la clé privée du serveur (celle dont vous avez saisi la clé publique) à l&apos;endroit où figure %2.
2. Collez les commandes ci-dessous dans le shell du serveur. Elles installent WireGuard, permettent au serveur de relayer le trafic de cet ordinateur vers internet (routage et NAT) et démarrent le tunnel tout de suite et à chaque démarrage.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ServerSetupPage.cpp" line="91"/>
        <source>Careful with IPv6: a server that gets its IPv6 route automatically (router advertisements) loses it, and your SSH session with it, the moment forwarding is switched on. The commands set accept_ra=2 first to prevent this; keep that line if you set up forwarding your own way.</source>
        <translation>Attention à l&apos;IPv6&#xa0;: un serveur qui obtient sa route IPv6 automatiquement (annonces de routeur) la perd, et votre session SSH avec, dès que le routage est activé. Les commandes règlent d&apos;abord accept_ra=2 pour l&apos;éviter&#x202f;; gardez cette ligne si vous configurez le routage à votre façon.</translation>
    </message>
</context>
<context>
    <name>Lifeline::Windows::SettingsWindow</name>
    <message>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="49"/>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="157"/>
        <source>Backup connections</source>
        <translation>Connexions de secours</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="50"/>
        <source>The backup connections on this computer and their status</source>
        <translation>Les connexions de secours de cet ordinateur et leur état</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="51"/>
        <source>A&amp;dd a backup connection…</source>
        <translation>A&amp;jouter une connexion de secours…</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="52"/>
        <source>Add a backup connection</source>
        <translation>Ajouter une connexion de secours</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="52"/>
        <source>Opens the window to add a backup connection</source>
        <translation>Ouvre la fenêtre d&apos;ajout d&apos;une connexion de secours</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="53"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="54"/>
        <source>Remove the selected connection</source>
        <translation>Supprimer la connexion sélectionnée</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="55"/>
        <source>Deletes the selected connection and its keys; asks first, and then for the administrator&apos;s password</source>
        <translation>Supprime la connexion sélectionnée et ses clés&#x202f;; demande d&apos;abord confirmation, puis le mot de passe administrateur</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="57"/>
        <source>Backup connection</source>
        <translation>Connexion de secours</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="58"/>
        <source>The connection Lifeline uses when IPv4 or IPv6 breaks</source>
        <translation>La connexion qu&apos;utilise Lifeline quand l&apos;IPv4 ou l&apos;IPv6 tombe en panne</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="60"/>
        <source>Turn the backup connection on and off au&amp;tomatically</source>
        <translation>Activer et désactiver la connexion de secours au&amp;tomatiquement</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="61"/>
        <source>Turn the backup connection on and off automatically</source>
        <translation>Activer et désactiver la connexion de secours automatiquement</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="62"/>
        <source>When IPv4 or IPv6 breaks, Lifeline turns the backup connection on by itself, and off again when it works again</source>
        <translation>Quand l&apos;IPv4 ou l&apos;IPv6 tombe en panne, Lifeline active de lui-même la connexion de secours, puis la désactive quand tout refonctionne</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="64"/>
        <source>&amp;Start Lifeline when I log in</source>
        <translation>&amp;Démarrer Lifeline à l&apos;ouverture de session</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="65"/>
        <source>Start Lifeline when I log in</source>
        <translation>Démarrer Lifeline à l&apos;ouverture de session</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="66"/>
        <source>Starts Lifeline with your desktop session; only for you</source>
        <translation>Démarre Lifeline avec votre session de bureau&#x202f;; seulement pour vous</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="67"/>
        <source>Advanced settings</source>
        <translation>Paramètres avancés</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="68"/>
        <source>Shows or hides where Lifeline checks the connection</source>
        <translation>Affiche ou masque l&apos;endroit où Lifeline vérifie la connexion</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="72"/>
        <source>Settings — Lifeline</source>
        <translation>Paramètres — Lifeline</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="74"/>
        <source>Lifeline settings</source>
        <translation>Paramètres de Lifeline</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="76"/>
        <source>Ad&amp;vanced: where Lifeline checks the connection</source>
        <translation>A&amp;vancé&#xa0;: où Lifeline vérifie la connexion</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="93"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="111"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="112"/>
        <source>Closes the settings; everything is saved already</source>
        <translation>Ferme les paramètres&#x202f;; tout est déjà enregistré</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="179"/>
        <source>&amp;Connections:</source>
        <translation>&amp;Connexions&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="181"/>
        <source>There is no backup connection yet. Add one with “Add a backup connection…”.</source>
        <translation>Il n&apos;y a pas encore de connexion de secours. Ajoutez-en une avec «&#xa0;Ajouter une connexion de secours…&#xa0;».</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="195"/>
        <source>&amp;Backup connection:</source>
        <translation>Connexion de s&amp;ecours&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="213"/>
        <source>Behaviour</source>
        <translation>Comportement</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="265"/>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="304"/>
        <source>Remove “%1”?</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»&#x202f;?</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="305"/>
        <source>Remove the backup connection “%1”? Its keys are deleted from this computer, which cannot be undone. Removing asks for the administrator&apos;s password.</source>
        <translation>Supprimer la connexion de secours «&#xa0;%1&#xa0;»&#x202f;? Ses clés seront effacées de cet ordinateur, ce qui est irréversible. La suppression demande le mot de passe administrateur.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="311"/>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="313"/>
        <source>&amp;Keep it</source>
        <translation>&amp;Conserver</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="325"/>
        <source>Removing “%1”… Lifeline may ask for the administrator&apos;s password.</source>
        <translation>Suppression de «&#xa0;%1 »… Lifeline peut demander le mot de passe administrateur.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="333"/>
        <source>“%1” was removed.</source>
        <translation>«&#xa0;%1&#xa0;» a été supprimée.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="347"/>
        <source>Setting the MTU of “%1”…</source>
        <translation>Réglage de la MTU de «&#xa0;%1 »…</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="352"/>
        <source>The MTU of “%1” is set.</source>
        <translation>La MTU de «&#xa0;%1&#xa0;» est réglée.</translation>
    </message>
</context>
<context>
    <name>Lifeline::Windows::SetupWindow</name>
    <message>
        <location filename="../app/tray/windows/SetupWindow.cpp" line="53"/>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SetupWindow.cpp" line="53"/>
        <source>Back to the choice of how to add a connection</source>
        <translation>Revenir au choix de la manière d&apos;ajouter une connexion</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SetupWindow.cpp" line="54"/>
        <location filename="../app/tray/windows/SetupWindow.cpp" line="129"/>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SetupWindow.cpp" line="54"/>
        <source>Goes on to the next step</source>
        <translation>Passe à l&apos;étape suivante</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SetupWindow.cpp" line="55"/>
        <location filename="../app/tray/windows/SetupWindow.cpp" line="160"/>
        <location filename="../app/tray/windows/SetupWindow.cpp" line="161"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SetupWindow.cpp" line="55"/>
        <source>Closes this window</source>
        <translation>Ferme cette fenêtre</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SetupWindow.cpp" line="57"/>
        <source>Add a backup connection — Lifeline</source>
        <translation>Ajouter une connexion de secours — Lifeline</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SetupWindow.cpp" line="59"/>
        <source>Add a backup connection</source>
        <translation>Ajouter une connexion de secours</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SetupWindow.cpp" line="71"/>
        <source>Adding a connection asks for the administrator&apos;s password.</source>
        <translation>L&apos;ajout d&apos;une connexion demande le mot de passe administrateur.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SetupWindow.cpp" line="88"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SetupWindow.cpp" line="130"/>
        <source>Adds the connection; asks for the administrator&apos;s password</source>
        <translation>Ajoute la connexion&#x202f;; demande le mot de passe administrateur</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SetupWindow.cpp" line="136"/>
        <source>&amp;Make keys and add</source>
        <translation>&amp;Générer les clés et ajouter</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SetupWindow.cpp" line="137"/>
        <source>Makes this computer&apos;s key pair and adds the connection; asks for the administrator&apos;s password</source>
        <translation>Génère la paire de clés de cet ordinateur et ajoute la connexion&#x202f;; demande le mot de passe administrateur</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SetupWindow.cpp" line="143"/>
        <source>&amp;Next: test it</source>
        <translation>&amp;Suivant&#xa0;: tester</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SetupWindow.cpp" line="144"/>
        <source>Goes on to testing the connection</source>
        <translation>Passe au test de la connexion</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SetupWindow.cpp" line="160"/>
        <source>&amp;Done</source>
        <translation>Ter&amp;miné</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SetupWindow.cpp" line="161"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SetupWindow.cpp" line="204"/>
        <source>Please check:</source>
        <translation>Veuillez vérifier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SetupWindow.cpp" line="217"/>
        <source>Adding “%1”… Lifeline may ask for the administrator&apos;s password.</source>
        <translation>Ajout de «&#xa0;%1 »… Lifeline peut demander le mot de passe administrateur.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SetupWindow.cpp" line="243"/>
        <source>Making the keys for “%1”… Lifeline may ask for the administrator&apos;s password.</source>
        <translation>Génération des clés de «&#xa0;%1 »… Lifeline peut demander le mot de passe administrateur.</translation>
    </message>
</context>
<context>
    <name>Lifeline::Windows::TestPage</name>
    <message>
        <location filename="../app/tray/windows/TestPage.cpp" line="17"/>
        <location filename="../app/tray/windows/TestPage.cpp" line="64"/>
        <source>&amp;Test the connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/TestPage.cpp" line="18"/>
        <source>&amp;Leave it connected after the test</source>
        <translation>&amp;Laisser connectée après le test</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/TestPage.cpp" line="24"/>
        <source>Lifeline connects, waits for the server to answer, and tells you how it went. Afterwards it disconnects again, unless you want to keep the connection on.</source>
        <translation>Lifeline se connecte, attend la réponse du serveur et vous indique le résultat. Ensuite, il se déconnecte, sauf si vous voulez garder la connexion active.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/TestPage.cpp" line="30"/>
        <source>Test the connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/TestPage.cpp" line="31"/>
        <source>Connects the new backup connection once to see whether the server answers</source>
        <translation>Établit une fois la nouvelle connexion de secours pour voir si le serveur répond</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/TestPage.cpp" line="34"/>
        <source>Leave it connected after the test</source>
        <translation>Laisser connectée après le test</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/TestPage.cpp" line="36"/>
        <source>When ticked, the connection stays on after a successful test</source>
        <translation>Si la case est cochée, la connexion reste active après un test réussi</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/TestPage.cpp" line="41"/>
        <source>Test result</source>
        <translation>Résultat du test</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/TestPage.cpp" line="62"/>
        <source>The connection “%1” has been added.</source>
        <translation>La connexion «&#xa0;%1&#xa0;» a été ajoutée.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/TestPage.cpp" line="81"/>
        <source>&amp;Test again</source>
        <translation>&amp;Tester à nouveau</translation>
    </message>
</context>
<context>
    <name>Lifeline::Windows::TunnelTable</name>
    <message>
        <location filename="../app/tray/windows/TunnelTable.cpp" line="152"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/TunnelTable.cpp" line="154"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/TunnelTable.cpp" line="156"/>
        <source>Carries</source>
        <translation>Transporte</translation>
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
        <translation>Le code d&apos;état attendu doit être un code HTTP, de 100 à 599.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsForm.cpp" line="91"/>
        <source>The expected start of the answer can be at most 1024 characters long.</source>
        <translation>Le début de réponse attendu ne peut pas dépasser 1024 caractères.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsForm.cpp" line="97"/>
        <source>“%1” is not a host name; use one with both an IPv4 and an IPv6 address, like example.org.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom d&apos;hôte&#x202f;; utilisez-en un qui a une adresse IPv4 et une adresse IPv6, par exemple example.org.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsForm.cpp" line="102"/>
        <source>The time to wait must be from %1 to %2 milliseconds.</source>
        <translation>Le délai d&apos;attente doit être compris entre %1 et %2 millisecondes.</translation>
    </message>
</context>
<context>
    <name>ProbeTargetsPanel</name>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="32"/>
        <source>From %1 to %2</source>
        <translation>De %1 à %2</translation>
    </message>
</context>
<context>
    <name>TunnelStatusText</name>
    <message>
        <location filename="../app/tray/windows/TunnelStatusText.cpp" line="15"/>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/TunnelStatusText.cpp" line="17"/>
        <source>1 second ago</source>
        <translation>il y a 1 seconde</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/TunnelStatusText.cpp" line="17"/>
        <source>%1 seconds ago</source>
        <translation>il y a %1 secondes</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/TunnelStatusText.cpp" line="19"/>
        <source>1 minute ago</source>
        <translation>il y a 1 minute</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/TunnelStatusText.cpp" line="19"/>
        <source>%1 minutes ago</source>
        <translation>il y a %1 minutes</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/TunnelStatusText.cpp" line="21"/>
        <source>1 hour ago</source>
        <translation>il y a 1 heure</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/TunnelStatusText.cpp" line="21"/>
        <source>%1 hours ago</source>
        <translation>il y a %1 heures</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/TunnelStatusText.cpp" line="22"/>
        <source>1 day ago</source>
        <translation>il y a 1 jour</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/TunnelStatusText.cpp" line="22"/>
        <source>%1 days ago</source>
        <translation>il y a %1 jours</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/TunnelStatusText.cpp" line="32"/>
        <source>Connected, waiting for the server to answer</source>
        <translation>Connectée, en attente de la réponse du serveur</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/TunnelStatusText.cpp" line="33"/>
        <source>Connected, the server answered %1</source>
        <translation>Connectée, le serveur a répondu %1</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/TunnelStatusText.cpp" line="36"/>
        <source>Connecting…</source>
        <translation>Connexion en cours…</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/TunnelStatusText.cpp" line="38"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/TunnelStatusText.cpp" line="38"/>
        <source>Failed: %1</source>
        <translation>Échec&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/TunnelStatusText.cpp" line="40"/>
        <source>Not connected</source>
        <translation>Non connectée</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/TunnelStatusText.cpp" line="41"/>
        <source>Unknown (%1)</source>
        <translation>Inconnu (%1)</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/TunnelStatusText.cpp" line="50"/>
        <source>IPv4 and IPv6</source>
        <translation>IPv4 et IPv6</translation>
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
        <translation>rien pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/TunnelStatusText.cpp" line="62"/>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/TunnelStatusText.cpp" line="64"/>
        <source>automatic (%1)</source>
        <translation>automatique (%1)</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/TunnelStatusText.cpp" line="64"/>
        <source>automatic</source>
        <translation>automatique</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/TunnelStatusText.cpp" line="66"/>
        <source>%1 (chosen)</source>
        <translation>%1 (fixe)</translation>
    </message>
</context>
<context>
    <name>lifeline</name>
    <message>
        <location filename="../app/tray/TrayCommandLine.cpp" line="22"/>
        <source>Shows in the system tray whether the internet works, in plain words, and fixes a half-broken connection in one click: a backup connection for the broken part, programs run with IPv4 or IPv6 only, and a repair for pages that stall.

Settings: $XDG_CONFIG_HOME/lifeline/lifeline.conf. Only one Lifeline runs per session; starting it again shows the running one&apos;s menu.</source>
        <translation>Indique en termes simples, dans la zone de notification, si internet fonctionne, et répare en un clic une connexion à moitié en panne&#xa0;: une connexion de secours pour la partie en panne, des programmes lancés en IPv4 ou en IPv6 uniquement, et une réparation pour les pages qui se bloquent.

Paramètres&#xa0;: $XDG_CONFIG_HOME/lifeline/lifeline.conf. Un seul Lifeline tourne par session&#x202f;; le relancer affiche le menu de celui qui tourne déjà.</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayCommandLine.cpp" line="30"/>
        <source>Started by the session at log-in: does nothing when Lifeline runs already, or when &quot;Start Lifeline when I log in&quot; is off in the settings.</source>
        <translation>Lancé par la session à son ouverture&#xa0;: ne fait rien si Lifeline tourne déjà, ou si «&#xa0;Démarrer Lifeline à l&apos;ouverture de session&#xa0;» est désactivé dans les paramètres.</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayCommandLine.cpp" line="33"/>
        <source>Opens the window that picks a program to run with IPv4 only (ipv4-only), with IPv6 only (ipv6-only), or through the backup connection (tunnel); in the running Lifeline if there is one.</source>
        <translation>Ouvre la fenêtre de choix d&apos;un programme à lancer en IPv4 uniquement (ipv4-only), en IPv6 uniquement (ipv6-only) ou par la connexion de secours (tunnel)&#x202f;; dans le Lifeline déjà lancé s&apos;il y en a un.</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayCommandLine.cpp" line="36"/>
        <source>MODE</source>
        <translation>MODE</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayCommandLine.cpp" line="45"/>
        <source>%1 See --help.</source>
        <translation>%1 Voir --help.</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayCommandLine.cpp" line="50"/>
        <source>takes no arguments, but was given &quot;%1&quot;; see --help</source>
        <translation>n&apos;accepte aucun argument, mais a reçu «&#xa0;%1&#xa0;»&#x202f;; voir --help</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayCommandLine.cpp" line="56"/>
        <source>--autostart and --run-picker do not go together; see --help</source>
        <translation>--autostart et --run-picker ne vont pas ensemble&#x202f;; voir --help</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayCommandLine.cpp" line="62"/>
        <source>--run-picker was given more than once; see --help</source>
        <translation>--run-picker a été indiqué plus d&apos;une fois&#x202f;; voir --help</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayCommandLine.cpp" line="67"/>
        <source>--run-picker does not know the mode &quot;%1&quot;; it takes %2</source>
        <translation>--run-picker ne connaît pas le mode «&#xa0;%1&#xa0;»&#x202f;; il accepte %2</translation>
    </message>
    <message>
        <location filename="../app/tray/main.cpp" line="83"/>
        <source>there is no display to show the tray icon on: neither DISPLAY nor WAYLAND_DISPLAY is set. Start lifeline from a graphical session.</source>
        <translation>il n&apos;y a pas d&apos;écran où afficher l&apos;icône de la zone de notification&#xa0;: ni DISPLAY ni WAYLAND_DISPLAY n&apos;est défini. Lancez lifeline depuis une session graphique.</translation>
    </message>
</context>
<context>
    <name>lifelinectl</name>
    <message>
        <location filename="../app/ctl/CommandLine.cpp" line="24"/>
        <source>info takes no argument &quot;%1&quot;; see --help</source>
        <translation>info ne prend pas d&apos;argument «&#xa0;%1&#xa0;»&#x202f;; voir --help</translation>
    </message>
    <message>
        <location filename="../app/ctl/CommandLine.cpp" line="35"/>
        <source>run takes exactly one of --ipv4-only, --ipv6-only and --tunnel</source>
        <translation>run prend exactement une des options --ipv4-only, --ipv6-only et --tunnel</translation>
    </message>
    <message>
        <location filename="../app/ctl/CommandLine.cpp" line="73"/>
        <source>--tunnel needs the name of a tunnel</source>
        <translation>--tunnel attend le nom d&apos;un tunnel</translation>
    </message>
    <message>
        <location filename="../app/ctl/CommandLine.cpp" line="79"/>
        <source>run has no option &quot;%1&quot;; see lifelinectl run --help</source>
        <translation>run n&apos;a pas d&apos;option «&#xa0;%1&#xa0;»&#x202f;; voir lifelinectl run --help</translation>
    </message>
    <message>
        <location filename="../app/ctl/CommandLine.cpp" line="84"/>
        <location filename="../app/ctl/MtuCommand.cpp" line="38"/>
        <location filename="../app/ctl/TunnelCommandLine.cpp" line="213"/>
        <source>&quot;%1&quot; is not a tunnel name (1 to 12 of a-z, 0-9 and -)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de tunnel (1 à 12 caractères parmi a-z, 0-9 et -)</translation>
    </message>
    <message>
        <location filename="../app/ctl/CommandLine.cpp" line="91"/>
        <source>run needs one of --ipv4-only, --ipv6-only or --tunnel NAME; see lifelinectl run --help</source>
        <translation>run attend une des options --ipv4-only, --ipv6-only ou --tunnel NOM&#x202f;; voir lifelinectl run --help</translation>
    </message>
    <message>
        <location filename="../app/ctl/CommandLine.cpp" line="96"/>
        <source>run needs a command to run; see lifelinectl run --help</source>
        <translation>run attend une commande à exécuter&#x202f;; voir lifelinectl run --help</translation>
    </message>
    <message>
        <location filename="../app/ctl/CommandLine.cpp" line="148"/>
        <source>unknown option &quot;%1&quot;; see --help</source>
        <translation>option inconnue «&#xa0;%1&#xa0;»&#x202f;; voir --help</translation>
    </message>
    <message>
        <location filename="../app/ctl/CommandLine.cpp" line="156"/>
        <source>run does not print JSON; see --help</source>
        <translation>run n&apos;affiche pas de JSON&#x202f;; voir --help</translation>
    </message>
    <message>
        <location filename="../app/ctl/CommandLine.cpp" line="167"/>
        <source>unknown command &quot;%1&quot;; see --help</source>
        <translation>commande inconnue «&#xa0;%1&#xa0;»&#x202f;; voir --help</translation>
    </message>
    <message>
        <location filename="../app/ctl/CommandLine.cpp" line="170"/>
        <source>no command given; see --help</source>
        <translation>aucune commande indiquée&#x202f;; voir --help</translation>
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
        <translation>Utilisation&#xa0;: lifelinectl [--json] info
              lifelinectl status [--json] [--timeout MS]
              lifelinectl run (--ipv4-only | --ipv6-only | --tunnel NOM) [--] COMMANDE [ARGS...]
              lifelinectl tunnel (import | create | remove | list | show | up | down | set) ...
              lifelinectl mtu fix NOM

Lifeline en ligne de commande.

Commandes&#xa0;:
  info               la version du service et ce que propose cet ordinateur
  status             vérifier la connexion une fois et dire ce qui est en panne
                     (lifelinectl status --help&#xa0;: plus de détails)
  run                lancer COMMANDE avec une connexion restreinte et
                     attendre sa fin&#xa0;:
    --ipv4-only        elle ne voit que l&apos;IPv4 (ni adresse, ni route, ni
                       réponse IPv6)
    --ipv6-only        elle ne voit que l&apos;IPv6
    --tunnel NOM       chaque paquet passe par le tunnel NOM, ou nulle part
                     COMMANDE est cherchée dans le PATH&#x202f;; elle reçoit ce
                     terminal, cet environnement et ce répertoire&#x202f;; les
                     signaux lui sont transmis.
  tunnel import NOM FICHIER  ajouter une configuration WireGuard (wg-quick)
  tunnel create NOM ...      créer un tunnel avec une nouvelle paire de clés
                             et afficher ce dont le serveur a besoin
  tunnel remove NOM          supprimer un tunnel
  tunnel list                tous les tunnels et leur état
  tunnel show NOM            tout sur un tunnel
  tunnel up NOM              connecter un tunnel et attendre qu&apos;il soit établi
  tunnel down NOM            déconnecter un tunnel
  tunnel set NOM mtu=auto|NOMBRE|config  mesurer la MTU après chaque
                     connexion, la fixer, ou reprendre celle de la
                     configuration (lifelinectl tunnel --help&#xa0;: plus sur
                     les tunnels)
  mtu fix NOM        trouver le plus gros paquet que transporte le tunnel NOM
                     et régler sa MTU (lifelinectl mtu --help&#xa0;: plus de détails)

Options&#xa0;:
  --json             info, status, tunnel list, show, create&#xa0;: afficher du JSON
  -h, --help         afficher cette aide (lifelinectl run --help&#xa0;: aide sur run)
  -v, --version      afficher la version

Codes de sortie&#xa0;:
  0      succès&#x202f;; run&#xa0;: le code de sortie de COMMANDE, 128+N si le signal N
         l&apos;a tuée
  1      le service a refusé ou échoué (le message dit pourquoi)&#x202f;; tunnel up&#xa0;:
         le tunnel n&apos;a pas pu se connecter
  2      status&#xa0;: quelque chose est en panne (la phrase dit quoi)
  64     la ligne de commande était incorrecte
  65     tunnel&#xa0;: la configuration a été refusée (ou est trop grande, ou n&apos;est
         pas du texte)&#x202f;; mtu fix&#xa0;: la configuration n&apos;indique aucun hôte à tester
  66     tunnel, mtu&#xa0;: ce tunnel n&apos;existe pas, ou FICHIER est illisible
  69     le service de Lifeline n&apos;est pas disponible, ou s&apos;est arrêté pendant
         l&apos;exécution de COMMANDE
  75     tunnel up&#xa0;: toujours pas connecté à la fin du délai d&apos;attente
  77     non autorisé
  126    COMMANDE a été trouvée mais ne peut pas être exécutée
  127    COMMANDE est introuvable
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
        <translation>Utilisation&#xa0;: lifelinectl run (--ipv4-only | --ipv6-only | --tunnel NOM) [--] COMMANDE [ARGS...]

Lance COMMANDE avec une connexion restreinte, attend sa fin et se termine avec
son code de sortie (128+N si le signal N l&apos;a tuée)&#x202f;; elle se combine donc
comme env ou nice.

  --ipv4-only      COMMANDE ne voit que l&apos;IPv4&#xa0;: ni adresse, ni route, ni
                   réponse IPv6
  --ipv6-only      COMMANDE ne voit que l&apos;IPv6
  --tunnel NOM     chaque paquet de COMMANDE passe par le tunnel NOM&#x202f;; si le
                   tunnel tombe, COMMANDE est coupée plutôt que de fuir
  -h, --help       afficher cette aide

COMMANDE est cherchée dans le PATH comme le fait env. Elle s&apos;exécute sous votre
identité, avec ce terminal (entrée, sortie et erreur standard), cet
environnement et ce répertoire de travail. SIGINT, SIGTERM, SIGHUP et SIGQUIT
envoyés à lifelinectl sont transmis à COMMANDE. Mettez -- devant une COMMANDE
qui commence par un tiret.

Code de sortie&#xa0;: celui de COMMANDE, ou 64 utilisation, 69 service non
disponible, 77 non autorisé, 126 COMMANDE non exécutable, 127 commande
introuvable, 1 autre échec.
</translation>
    </message>
    <message>
        <location filename="../app/ctl/InfoCommand.cpp" line="34"/>
        <source>Helper version: %1</source>
        <translation>Version du service&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/LaunchRequest.cpp" line="48"/>
        <source>cannot tell the current directory: %1</source>
        <translation>impossible de déterminer le répertoire courant&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/LaunchRequest.cpp" line="61"/>
        <source>%1: no such command</source>
        <translation>%1&#xa0;: commande introuvable</translation>
    </message>
    <message>
        <location filename="../app/ctl/LaunchRequest.cpp" line="64"/>
        <source>cannot run %1: %2</source>
        <translation>impossible d&apos;exécuter %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/ctl/MtuCommand.cpp" line="23"/>
        <source>mtu fix has no option &quot;%1&quot;; see lifelinectl mtu --help</source>
        <translation>mtu fix n&apos;a pas d&apos;option «&#xa0;%1&#xa0;»&#x202f;; voir lifelinectl mtu --help</translation>
    </message>
    <message>
        <location filename="../app/ctl/MtuCommand.cpp" line="29"/>
        <source>mtu needs the command fix; see lifelinectl mtu --help</source>
        <translation>mtu attend la commande fix&#x202f;; voir lifelinectl mtu --help</translation>
    </message>
    <message>
        <location filename="../app/ctl/MtuCommand.cpp" line="32"/>
        <source>mtu fix does not print JSON; see lifelinectl mtu --help</source>
        <translation>mtu fix n&apos;affiche pas de JSON&#x202f;; voir lifelinectl mtu --help</translation>
    </message>
    <message>
        <location filename="../app/ctl/MtuCommand.cpp" line="35"/>
        <source>mtu fix needs the name of one tunnel; see lifelinectl mtu --help</source>
        <translation>mtu fix attend le nom d&apos;un tunnel&#x202f;; voir lifelinectl mtu --help</translation>
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
        <translation>Utilisation&#xa0;: lifelinectl mtu fix NOM

Trouve le plus gros paquet qui traverse dans les deux sens le tunnel connecté
NOM et règle la MTU du tunnel sur cette valeur. À utiliser quand les petites
pages se chargent par le tunnel mais que les gros téléchargements ou le HTTPS
se bloquent&#xa0;: un lien en chemin transporte moins que ce qu&apos;envoie le tunnel,
sans le signaler.

Le service envoie en même temps des pings «&#xa0;ne pas fragmenter&#xa0;» de plusieurs
tailles par le tunnel vers le serveur DNS de la configuration (si le tunnel le
transporte), sinon vers la première adresse unique d&apos;AllowedIPs. Le résultat
n&apos;est jamais inférieur à ce qu&apos;exigent les familles d&apos;adresses du tunnel (1280
avec IPv6, 576 avec IPv4 seul) ni supérieur à ce que permet le chemin vers le
serveur. Cela prend environ une seconde, cinq au plus. Affiche la MTU avant et
après.

Nécessite l&apos;action polkit io.github.lifeline.fix-mtu (autorisée pour la
session active, sinon avec le mot de passe administrateur).

Code de sortie&#xa0;: 0 MTU réglée, 1 le tunnel n&apos;est pas connecté ou aucun test
n&apos;est revenu (le message dit pourquoi), 64 utilisation, 65 la configuration
n&apos;indique aucun hôte à tester, 66 tunnel inexistant, 69 service non
disponible, 77 non autorisé.
</translation>
    </message>
    <message>
        <location filename="../app/ctl/MtuCommand.cpp" line="90"/>
        <source>MTU of %1: %2 -&gt; %3</source>
        <translation>MTU de %1&#xa0;: %2 -&gt; %3</translation>
    </message>
    <message>
        <location filename="../app/ctl/RunCommand.cpp" line="78"/>
        <source>the system bus cannot pass this terminal on to the program</source>
        <translation>le bus système ne peut pas transmettre ce terminal au programme</translation>
    </message>
    <message>
        <location filename="../app/ctl/RunCommand.cpp" line="99"/>
        <location filename="../app/ctl/TunnelUpCommand.cpp" line="56"/>
        <source>cannot listen to Lifeline&apos;s helper: %1</source>
        <translation>impossible d&apos;écouter le service de Lifeline&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/RunCommand.cpp" line="137"/>
        <source>Lifeline&apos;s helper gave an answer that makes no sense</source>
        <translation>le service de Lifeline a donné une réponse incohérente</translation>
    </message>
    <message>
        <location filename="../app/ctl/RunCommand.cpp" line="185"/>
        <source>waiting for the program to start, to pass the signal on; send it again to stop waiting</source>
        <translation>attente du démarrage du programme pour lui transmettre le signal&#x202f;; envoyez-le de nouveau pour ne plus attendre</translation>
    </message>
    <message>
        <location filename="../app/ctl/RunCommand.cpp" line="191"/>
        <source>stopped waiting; the program may still start</source>
        <translation>attente abandonnée&#x202f;; le programme peut encore démarrer</translation>
    </message>
    <message>
        <location filename="../app/ctl/RunCommand.cpp" line="208"/>
        <source>cannot pass the signal on to the program: %1</source>
        <translation>impossible de transmettre le signal au programme&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/RunCommand.cpp" line="219"/>
        <source>Lifeline&apos;s helper stopped while the program was running; its exit status is unknown</source>
        <translation>le service de Lifeline s&apos;est arrêté pendant l&apos;exécution du programme&#x202f;; son code de sortie est inconnu</translation>
    </message>
    <message>
        <location filename="../app/ctl/SignalForwarder.cpp" line="50"/>
        <location filename="../app/ctl/SignalForwarder.cpp" line="64"/>
        <source>cannot set up signal handling: %1</source>
        <translation>impossible de mettre en place la gestion des signaux&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCommandLine.cpp" line="41"/>
        <source>tunnel set knows only mtu=auto, mtu=NUMBER and mtu=config, not &quot;%1&quot;; see lifelinectl tunnel set --help</source>
        <translation>tunnel set ne connaît que mtu=auto, mtu=NOMBRE et mtu=config, pas «&#xa0;%1&#xa0;»&#x202f;; voir lifelinectl tunnel set --help</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCommandLine.cpp" line="54"/>
        <source>mtu= takes auto, config or a whole number from %1 to %2, not &quot;%3&quot;</source>
        <translation>mtu= prend auto, config ou un nombre entier de %1 à %2, pas «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCommandLine.cpp" line="79"/>
        <source>tunnel up takes at most one of --ipv4, --ipv6 and --all</source>
        <translation>tunnel up prend au plus une des options --ipv4, --ipv6 et --all</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCommandLine.cpp" line="91"/>
        <source>--timeout needs a number of seconds</source>
        <translation>--timeout attend un nombre de secondes</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCommandLine.cpp" line="97"/>
        <source>tunnel up has no option &quot;%1&quot;; see lifelinectl tunnel up --help</source>
        <translation>tunnel up n&apos;a pas d&apos;option «&#xa0;%1&#xa0;»&#x202f;; voir lifelinectl tunnel up --help</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCommandLine.cpp" line="104"/>
        <source>--timeout takes whole seconds from 0 (no limit) to %1, not &quot;%2&quot;</source>
        <translation>--timeout prend un nombre entier de secondes de 0 (sans limite) à %1, pas «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCommandLine.cpp" line="127"/>
        <source>tunnel create has no option &quot;%1&quot;; see lifelinectl tunnel create --help</source>
        <translation>tunnel create n&apos;a pas d&apos;option «&#xa0;%1&#xa0;»&#x202f;; voir lifelinectl tunnel create --help</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCommandLine.cpp" line="136"/>
        <source>%1 needs a value</source>
        <translation>%1 attend une valeur</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCommandLine.cpp" line="138"/>
        <source>tunnel create takes %1 only once</source>
        <translation>tunnel create n&apos;accepte %1 qu&apos;une seule fois</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCommandLine.cpp" line="152"/>
        <source>tunnel create needs --endpoint HOST:PORT (the server); see lifelinectl tunnel create --help</source>
        <translation>tunnel create attend --endpoint HÔTE:PORT (le serveur)&#x202f;; voir lifelinectl tunnel create --help</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCommandLine.cpp" line="156"/>
        <source>tunnel create needs --server-key KEY (the server&apos;s public key); see lifelinectl tunnel create --help</source>
        <translation>tunnel create attend --server-key CLÉ (la clé publique du serveur)&#x202f;; voir lifelinectl tunnel create --help</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCommandLine.cpp" line="160"/>
        <source>tunnel create needs at least one --address CIDR (this computer&apos;s address in the tunnel); see lifelinectl tunnel create --help</source>
        <translation>tunnel create attend au moins une option --address CIDR (l&apos;adresse de cet ordinateur dans le tunnel)&#x202f;; voir lifelinectl tunnel create --help</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCommandLine.cpp" line="178"/>
        <source>tunnel %1 has no option &quot;%2&quot;; see lifelinectl tunnel %1 --help</source>
        <translation>tunnel %1 n&apos;a pas d&apos;option «&#xa0;%2&#xa0;»&#x202f;; voir lifelinectl tunnel %1 --help</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCommandLine.cpp" line="191"/>
        <source>tunnel %1 takes no arguments; see lifelinectl tunnel %1 --help</source>
        <translation>tunnel %1 ne prend pas d&apos;arguments&#x202f;; voir lifelinectl tunnel %1 --help</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCommandLine.cpp" line="195"/>
        <source>tunnel %1 needs the name of one tunnel; see lifelinectl tunnel %1 --help</source>
        <translation>tunnel %1 attend le nom d&apos;un tunnel&#x202f;; voir lifelinectl tunnel %1 --help</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCommandLine.cpp" line="200"/>
        <source>tunnel set needs a NAME and mtu=auto, mtu=NUMBER or mtu=config; see lifelinectl tunnel set --help</source>
        <translation>tunnel set attend un NOM et mtu=auto, mtu=NOMBRE ou mtu=config&#x202f;; voir lifelinectl tunnel set --help</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCommandLine.cpp" line="203"/>
        <source>tunnel %1 needs a NAME and a FILE (- for standard input); see lifelinectl tunnel %1 --help</source>
        <translation>tunnel %1 attend un NOM et un FICHIER (- pour l&apos;entrée standard)&#x202f;; voir lifelinectl tunnel %1 --help</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCommandLine.cpp" line="220"/>
        <source>tunnel import needs a FILE (- for standard input)</source>
        <translation>tunnel import attend un FICHIER (- pour l&apos;entrée standard)</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCommandLine.cpp" line="231"/>
        <source>tunnel needs one of import, create, remove, list, show, up, down and set; see lifelinectl tunnel --help</source>
        <translation>tunnel attend une des commandes import, create, remove, list, show, up, down et set&#x202f;; voir lifelinectl tunnel --help</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCommandLine.cpp" line="241"/>
        <source>tunnel has no command &quot;%1&quot;; see lifelinectl tunnel --help</source>
        <translation>tunnel n&apos;a pas de commande «&#xa0;%1&#xa0;»&#x202f;; voir lifelinectl tunnel --help</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCommandLine.cpp" line="265"/>
        <source>tunnel %1 does not print JSON; see lifelinectl tunnel --help</source>
        <translation>tunnel %1 n&apos;affiche pas de JSON&#x202f;; voir lifelinectl tunnel --help</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCommands.cpp" line="92"/>
        <source>No tunnels yet. Add one with: lifelinectl tunnel import NAME FILE</source>
        <translation>Aucun tunnel pour l&apos;instant. Ajoutez-en un avec&#xa0;: lifelinectl tunnel import NOM FICHIER</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCommands.cpp" line="160"/>
        <source>Imported tunnel %1. Connect it with: lifelinectl tunnel up %1</source>
        <translation>Tunnel %1 importé. Connectez-le avec&#xa0;: lifelinectl tunnel up %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCommands.cpp" line="167"/>
        <source>Removed tunnel %1.</source>
        <translation>Tunnel %1 supprimé.</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCommands.cpp" line="172"/>
        <source>Tunnel %1 is down.</source>
        <translation>Le tunnel %1 est déconnecté.</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCommands.cpp" line="178"/>
        <source>Tunnel %1 probes its MTU after every connect (now too, if it is up).</source>
        <translation>Le tunnel %1 mesure sa MTU après chaque connexion (dès maintenant s&apos;il est connecté).</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCommands.cpp" line="182"/>
        <source>Tunnel %1 uses the MTU of its configuration (from now on, if it is up).</source>
        <translation>Le tunnel %1 utilise la MTU de sa configuration (dès maintenant s&apos;il est connecté).</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCommands.cpp" line="185"/>
        <source>Tunnel %1 uses MTU %2 (from now on, if it is up).</source>
        <translation>Le tunnel %1 utilise la MTU %2 (dès maintenant s&apos;il est connecté).</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelConfigFile.cpp" line="58"/>
        <source>standard input</source>
        <translation>entrée standard</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelConfigFile.cpp" line="65"/>
        <location filename="../app/ctl/TunnelConfigFile.cpp" line="79"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelConfigFile.cpp" line="68"/>
        <source>Paste the configuration, then press Ctrl+D.
</source>
        <translation>Collez la configuration, puis appuyez sur Ctrl+D.
</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelConfigFile.cpp" line="88"/>
        <source>%1 is larger than %2 bytes; that is not a WireGuard configuration</source>
        <translation>%1 dépasse %2 octets&#x202f;; ce n&apos;est pas une configuration WireGuard</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelConfigFile.cpp" line="95"/>
        <source>%1 is not text (it contains a NUL byte)</source>
        <translation>%1 n&apos;est pas du texte (il contient un octet NUL)</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelConfigFile.cpp" line="102"/>
        <source>%1 is not UTF-8 text</source>
        <translation>%1 n&apos;est pas du texte UTF-8</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCreateCommand.cpp" line="56"/>
        <source>Created tunnel %1. Its public key, for the server:
  %2
</source>
        <translation>Tunnel %1 créé. Sa clé publique, pour le serveur&#xa0;:
  %2
</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCreateCommand.cpp" line="59"/>
        <source>The server&apos;s WireGuard configuration (put the server&apos;s private key in place of %1):
</source>
        <translation>La configuration WireGuard du serveur (mettez la clé privée du serveur à la place de %1)&#xa0;:
</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCreateCommand.cpp" line="64"/>
        <source>Commands for the server (Debian):
</source>
        <translation>Commandes pour le serveur (Debian)&#xa0;:
</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCreateCommand.cpp" line="66"/>
        <source>Once the server runs it, connect with: lifelinectl tunnel up %1</source>
        <translation>Une fois que le serveur l&apos;applique, connectez-vous avec&#xa0;: lifelinectl tunnel up %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCreateCommand.cpp" line="88"/>
        <source>created tunnel %1 (public key %2), but cannot write the server&apos;s side: %3</source>
        <translation>tunnel %1 créé (clé publique %2), mais impossible de rédiger la partie serveur&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="75"/>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="114"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="117"/>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="120"/>
        <source>1 second ago</source>
        <translation>il y a 1 seconde</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="121"/>
        <source>%1 seconds ago</source>
        <translation>il y a %1 secondes</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="123"/>
        <source>1 minute ago</source>
        <translation>il y a 1 minute</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="124"/>
        <source>%1 minutes ago</source>
        <translation>il y a %1 minutes</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="126"/>
        <source>1 hour ago</source>
        <translation>il y a 1 heure</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="127"/>
        <source>%1 hours ago</source>
        <translation>il y a %1 heures</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="128"/>
        <source>1 day ago</source>
        <translation>il y a 1 jour</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="129"/>
        <source>%1 days ago</source>
        <translation>il y a %1 jours</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="144"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="145"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="192"/>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="193"/>
        <source>STATE</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="194"/>
        <source>INTERFACE</source>
        <translation>INTERFACE</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="195"/>
        <source>ENDPOINT</source>
        <translation>POINT DE TERMINAISON</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="196"/>
        <source>FAMILIES</source>
        <translation>FAMILLES</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="211"/>
        <source>Tunnel:</source>
        <translation>Tunnel&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="220"/>
        <source>State:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="221"/>
        <source>Interface:</source>
        <translation>Interface&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="222"/>
        <source>Endpoint:</source>
        <translation>Point de terminaison&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="223"/>
        <source>Families:</source>
        <translation>Familles&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="224"/>
        <location filename="../app/ctl/TunnelFormat.cpp" line="229"/>
        <source>MTU:</source>
        <translation>MTU&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="230"/>
        <source>%1 (probed %2)</source>
        <translation>%1 (mesurée %2)</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="232"/>
        <source>MTU setting:</source>
        <translation>Réglage de la MTU&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="235"/>
        <source>from the configuration</source>
        <translation>selon la configuration</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="240"/>
        <source>MTU error:</source>
        <translation>Erreur de MTU&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="241"/>
        <source>Back end:</source>
        <translation>Implémentation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="242"/>
        <source>Last handshake:</source>
        <translation>Dernière poignée de main&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="244"/>
        <source>Received:</source>
        <translation>Reçu&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="246"/>
        <source>Sent:</source>
        <translation>Envoyé&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="248"/>
        <source>DNS:</source>
        <translation>DNS&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="249"/>
        <source>Peers:</source>
        <translation>Pairs&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="252"/>
        <source>Error:</source>
        <translation>Erreur&#xa0;:</translation>
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
        <translation>Utilisation&#xa0;: lifelinectl tunnel import NOM FICHIER
              lifelinectl tunnel create NOM --endpoint HÔTE:PORT --server-key CLÉ
                                        --address CIDR... [--allowed-ip CIDR]... [--dns ADRESSE]...
              lifelinectl tunnel remove NOM
              lifelinectl tunnel list [--json]
              lifelinectl tunnel show NOM [--json]
              lifelinectl tunnel up NOM [--ipv4 | --ipv6 | --all] [--no-wait] [--timeout SECONDES]
              lifelinectl tunnel down NOM
              lifelinectl tunnel set NOM mtu=auto|NOMBRE|config

Des tunnels WireGuard qui font passer une famille IP en panne par celle qui
fonctionne. NOM compte de 1 à 12 caractères parmi a-z, 0-9 et -&#x202f;; l&apos;interface
du tunnel s&apos;appelle ll-NOM.

  import NOM FICHIER ajouter la configuration wg-quick de FICHIER (- lit
                     l&apos;entrée standard) comme tunnel NOM&#x202f;; nécessite un
                     administrateur
  create NOM ...     créer le tunnel NOM avec une nouvelle paire de clés (la
                     clé privée ne quitte jamais le service) et afficher la
                     partie serveur&#x202f;; nécessite un administrateur
  remove NOM         supprimer le tunnel NOM et sa configuration&#x202f;; nécessite
                     un administrateur
  list               tous les tunnels&#xa0;: nom, état, interface, point de
                     terminaison, familles
  show NOM           tout ce que le service sait du tunnel NOM
  up NOM             connecter le tunnel NOM et attendre qu&apos;il soit établi
  down NOM           déconnecter le tunnel NOM
  set NOM mtu=...    mesurer la MTU du tunnel NOM après chaque connexion
                     (auto), en utiliser une fixe, ou reprendre celle de la
                     configuration (config)

lifelinectl tunnel COMMANDE --help explique chaque commande.

Code de sortie&#xa0;: 0 succès, 1 le service a refusé ou le tunnel a échoué,
64 utilisation, 65 configuration refusée, 66 tunnel ou FICHIER inexistant,
69 service non disponible, 75 toujours pas connecté à la fin du délai,
77 non autorisé.
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
        <translation>Utilisation&#xa0;: lifelinectl tunnel import NOM FICHIER

Ajoute la configuration WireGuard de FICHIER comme tunnel NOM. FICHIER est au
format wg-quick, tel que le fournissent les guides VPS et les fournisseurs
VPN&#x202f;; - la lit sur l&apos;entrée standard. PreUp, PostUp, PreDown, PostDown et
SaveConfig sont refusés&#xa0;: le service n&apos;exécute jamais de commandes venant d&apos;un
fichier. La clé privée reste auprès du service.

FICHIER ne doit pas dépasser 1 Mio de texte UTF-8. Si le service le refuse, le
message indique la ligne. Pour remplacer un tunnel, supprimez-le d&apos;abord.

Nécessite un administrateur (action polkit io.github.lifeline.configure-tunnels)&#x202f;;
l&apos;agent polkit peut demander un mot de passe.

Code de sortie&#xa0;: 0 importé, 65 configuration refusée, 66 FICHIER illisible,
77 non autorisé, 64 utilisation, 69 service non disponible, 1 autre échec.
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
        <translation>Utilisation&#xa0;: lifelinectl tunnel create NOM --endpoint HÔTE:PORT --server-key CLÉ
                                        --address CIDR [--address CIDR]...
                                        [--allowed-ip CIDR]... [--dns ADRESSE]... [--json]

Crée le tunnel NOM vers votre propre serveur WireGuard. Le service génère la
paire de clés et garde la clé privée&#x202f;; la commande affiche la clé publique, la
configuration WireGuard du serveur et les commandes qui configurent le serveur
(Debian)&#xa0;: routage, NAT et accept_ra=2 pour qu&apos;un serveur IPv6 ne perde pas sa
route par défaut.

  --endpoint HÔTE:PORT   le serveur&#xa0;: un nom, une adresse IPv4 ou [IPv6]:PORT
  --server-key CLÉ       la clé publique du serveur (wg pubkey &lt; sa clé privée)
  --address CIDR         l&apos;adresse de cet ordinateur dans le tunnel, par
                         exemple 10.66.0.2/32 ou fd66::2/128&#x202f;; à répéter pour
                         les deux familles
  --allowed-ip CIDR      ce qui passe par le tunnel (par défaut&#xa0;: tout,
                         0.0.0.0/0 et ::/0)&#x202f;; répétable
  --dns ADRESSE          un résolveur à utiliser tant que le tunnel transporte
                         du trafic&#x202f;; répétable
  --json                 afficher public-key, server-config et server-commands
                         sous forme d&apos;objet JSON

Le tunnel est maintenu actif toutes les 25 secondes. Nécessite un
administrateur (action polkit io.github.lifeline.configure-tunnels). Pour
remplacer un tunnel, supprimez-le d&apos;abord.

Code de sortie&#xa0;: 0 créé, 65 réglages refusés (le message nomme le réglage),
77 non autorisé, 64 utilisation, 69 service non disponible, 1 autre échec.
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
        <translation>Utilisation&#xa0;: lifelinectl tunnel remove NOM

Supprime le tunnel NOM et sa configuration, clé privée comprise.
Nécessite un administrateur (action polkit io.github.lifeline.configure-tunnels).

Code de sortie&#xa0;: 0 supprimé, 66 tunnel inexistant, 77 non autorisé,
64 utilisation, 69 service non disponible, 1 autre échec.
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
        <translation>Utilisation&#xa0;: lifelinectl tunnel list [--json]

Affiche un tableau de tous les tunnels&#xa0;: NOM, ÉTAT (down, connecting, up ou
failed), INTERFACE, POINT DE TERMINAISON et FAMILLES&#x202f;; - marque un champ vide.
Avec --json, affiche un tableau JSON contenant un objet par tunnel&#xa0;: &quot;name&quot; et
tout ce que donne tunnel show --json. Aucune autorisation n&apos;est nécessaire.

Code de sortie&#xa0;: 0 succès, 64 utilisation, 69 service non disponible, 1 autre
échec.
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
        <translation>Utilisation&#xa0;: lifelinectl tunnel show NOM [--json]

Affiche ce que le service sait du tunnel NOM&#xa0;: état, interface, point de
terminaison, familles, MTU, implémentation, dernière poignée de main, octets
reçus et envoyés, la dernière erreur et tout ce qu&apos;ajoutent les services plus
récents. Avec --json, affiche la réponse du service telle quelle
(last-handshake en secondes depuis 1970, 0 pour jamais&#x202f;; nombres d&apos;octets sous
forme de nombres) avec &quot;name&quot; en plus. Aucune autorisation n&apos;est nécessaire.

Code de sortie&#xa0;: 0 succès, 66 tunnel inexistant, 64 utilisation, 69 service
non disponible, 1 autre échec.
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
        <translation>Utilisation&#xa0;: lifelinectl tunnel up NOM [--ipv4 | --ipv6 | --all] [--no-wait] [--timeout SECONDES]

Connecte le tunnel NOM et attend qu&apos;il soit établi ou qu&apos;il ait échoué.

  --ipv4           ne faire passer que l&apos;IPv4 par le tunnel&#x202f;; l&apos;IPv6 direct
                   reste intact
  --ipv6           ne faire passer que l&apos;IPv6 par le tunnel
  --all            faire passer les deux familles par le tunnel
                   (sans ces options&#xa0;: ce qu&apos;indique AllowedIPs dans la
                   configuration)
  --no-wait        rendre la main dès que le service a pris la demande
  --timeout SECONDES  combien de temps attendre que le tunnel soit établi,
                   à compter de la prise en charge de la demande par le
                   service (30 par défaut&#x202f;; 0&#xa0;: sans limite)
  -h, --help       afficher cette aide

Nécessite l&apos;action polkit io.github.lifeline.connect-tunnel&#xa0;: autorisée pour la
personne devant l&apos;ordinateur, sinon l&apos;agent polkit demande un mot de passe.

Code de sortie&#xa0;: 0 connecté (ou, avec --no-wait, en cours de connexion), 1 le
tunnel a échoué (le message dit pourquoi), 66 tunnel inexistant, 75 toujours
pas connecté à la fin du délai, 77 non autorisé, 64 utilisation, 69 service
non disponible ou disparu.
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
        <translation>Utilisation&#xa0;: lifelinectl tunnel down NOM

Déconnecte le tunnel NOM. Les programmes lancés avec lifelinectl run --tunnel NOM
sont coupés jusqu&apos;à ce qu&apos;il soit de nouveau connecté.
Nécessite l&apos;action polkit io.github.lifeline.connect-tunnel.

Code de sortie&#xa0;: 0 succès, 66 tunnel inexistant, 77 non autorisé,
64 utilisation, 69 service non disponible, 1 autre échec.
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
        <translation>Utilisation&#xa0;: lifelinectl tunnel set NOM mtu=auto
              lifelinectl tunnel set NOM mtu=NOMBRE
              lifelinectl tunnel set NOM mtu=config

Choisit la MTU du tunnel NOM, conservée par le service avec le tunnel&#xa0;:

  mtu=auto     après chaque connexion, trouver le plus gros paquet qui
               traverse le tunnel dans les deux sens et l&apos;utiliser (comme le
               fait lifelinectl mtu fix). Pour un tunnel où les gros
               téléchargements ou le HTTPS se bloquent alors que les petites
               pages se chargent.
  mtu=NOMBRE   utiliser NOMBRE (576 à 9000) à chaque connexion, à la place de
               la MTU de la configuration
  mtu=config   aucun réglage&#xa0;: de nouveau la MTU de la configuration
               (1420 si elle n&apos;en indique pas)

Un tunnel connecté reçoit le réglage tout de suite&#xa0;: auto mesure maintenant
(tunnel show indique sous mtu-error quand c&apos;est fait, ou pourquoi cela a
échoué&#x202f;; le tunnel reste connecté dans tous les cas), un nombre ou la MTU de la
configuration est appliqué maintenant. Le réglage disparaît quand le tunnel est supprimé. Nécessite
l&apos;action polkit io.github.lifeline.fix-mtu (autorisée pour la session active,
sinon avec le mot de passe administrateur).

Code de sortie&#xa0;: 0 enregistré, 65 le service a refusé la valeur, 66 tunnel
inexistant, 77 non autorisé, 64 utilisation, 69 service non disponible,
1 autre échec (le message indique si le réglage a été enregistré).
</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelUpCommand.cpp" line="78"/>
        <source>Connecting tunnel %1. See how it goes with: lifelinectl tunnel show %1</source>
        <translation>Connexion du tunnel %1. Suivez son avancement avec&#xa0;: lifelinectl tunnel show %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelUpCommand.cpp" line="129"/>
        <source>Tunnel %1 is up.</source>
        <translation>Le tunnel %1 est connecté.</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelUpCommand.cpp" line="130"/>
        <source>Tunnel %1 is up (interface %2).</source>
        <translation>Le tunnel %1 est connecté (interface %2).</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelUpCommand.cpp" line="136"/>
        <source>tunnel %1 failed to come up; the helper gave no reason</source>
        <translation>le tunnel %1 n&apos;a pas pu se connecter&#x202f;; le service n&apos;a donné aucune raison</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelUpCommand.cpp" line="139"/>
        <source>tunnel %1 failed to come up: %2</source>
        <translation>le tunnel %1 n&apos;a pas pu se connecter&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelUpCommand.cpp" line="144"/>
        <source>tunnel %1 was removed while connecting</source>
        <translation>le tunnel %1 a été supprimé pendant la connexion</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelUpCommand.cpp" line="150"/>
        <source>tunnel %1 went down before it was up</source>
        <translation>le tunnel %1 s&apos;est déconnecté avant d&apos;être connecté</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelUpCommand.cpp" line="163"/>
        <source>tunnel %1 is not up yet (state: %2) and the time to wait (--timeout %3) ran out; it may still come up: lifelinectl tunnel show %1</source>
        <translation>le tunnel %1 n&apos;est pas encore connecté (état&#xa0;: %2) et le délai d&apos;attente (--timeout %3) est écoulé&#x202f;; il peut encore se connecter&#xa0;: lifelinectl tunnel show %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelUpCommand.cpp" line="167"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelUpCommand.cpp" line="177"/>
        <source>Lifeline&apos;s helper stopped while tunnel %1 was connecting</source>
        <translation>le service de Lifeline s&apos;est arrêté pendant la connexion du tunnel %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="32"/>
        <source>cannot reach the system bus: %1</source>
        <translation>impossible de joindre le bus système&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>polkit</name>
    <message>
        <location filename="PolkitStrings.h" line="15"/>
        <source>Configure backup connections</source>
        <translation>Configurer les connexions de secours</translation>
    </message>
    <message>
        <location filename="PolkitStrings.h" line="17"/>
        <source>Authentication is required to add, change or remove a backup connection</source>
        <translation>Une authentification est nécessaire pour ajouter, modifier ou supprimer une connexion de secours</translation>
    </message>
    <message>
        <location filename="PolkitStrings.h" line="21"/>
        <source>Turn a backup connection on or off</source>
        <translation>Activer ou désactiver une connexion de secours</translation>
    </message>
    <message>
        <location filename="PolkitStrings.h" line="23"/>
        <source>Authentication is required to turn a backup connection on or off</source>
        <translation>Une authentification est nécessaire pour activer ou désactiver une connexion de secours</translation>
    </message>
    <message>
        <location filename="PolkitStrings.h" line="27"/>
        <source>Run a program with a restricted connection</source>
        <translation>Lancer un programme avec une connexion restreinte</translation>
    </message>
    <message>
        <location filename="PolkitStrings.h" line="29"/>
        <source>Authentication is required to run a program with a restricted connection</source>
        <translation>Une authentification est nécessaire pour lancer un programme avec une connexion restreinte</translation>
    </message>
    <message>
        <location filename="PolkitStrings.h" line="33"/>
        <source>Repair a backup connection&apos;s packet size</source>
        <translation>Réparer la taille des paquets d&apos;une connexion de secours</translation>
    </message>
    <message>
        <location filename="PolkitStrings.h" line="35"/>
        <source>Authentication is required to repair a backup connection</source>
        <translation>Une authentification est nécessaire pour réparer une connexion de secours</translation>
    </message>
</context>
</TS>
