<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AutostartOverride</name>
    <message>
        <location filename="../app/tray/windows/AutostartOverride.cpp" line="101"/>
        <source>Could not remove %1, which keeps Lifeline from starting at login.</source>
        <translation>No se pudo eliminar %1, que impide que Lifeline se inicie al iniciar sesión.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/AutostartOverride.cpp" line="112"/>
        <source>Could not create the folder %1.</source>
        <translation>No se pudo crear la carpeta %1.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/AutostartOverride.cpp" line="115"/>
        <location filename="../app/tray/windows/AutostartOverride.cpp" line="128"/>
        <source>Could not write %1: %2.</source>
        <translation>No se pudo escribir %1: %2.</translation>
    </message>
</context>
<context>
    <name>FormChecks</name>
    <message>
        <location filename="../app/tray/windows/FormChecks.cpp" line="97"/>
        <source>Give the connection a name, for example “backup”.</source>
        <translation>Dé un nombre a la conexión, por ejemplo «respaldo».</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/FormChecks.cpp" line="99"/>
        <source>The name can be at most %1 characters long.</source>
        <translation>El nombre puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/FormChecks.cpp" line="103"/>
        <source>The name may only use small letters (a–z), digits and “-”.</source>
        <translation>El nombre solo puede contener letras minúsculas (a–z), cifras y «-».</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/FormChecks.cpp" line="110"/>
        <source>Write the server&apos;s address and port, like vps.example.org:51820, 203.0.113.5:51820 or [2001:db8::5]:51820.</source>
        <translation>Escriba la dirección y el puerto del servidor, por ejemplo vps.example.org:51820, 203.0.113.5:51820 o [2001:db8::5]:51820.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/FormChecks.cpp" line="123"/>
        <source>“%1” is not an IPv6 address.</source>
        <translation>«%1» no es una dirección IPv6.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/FormChecks.cpp" line="127"/>
        <source>The server address needs a port after a colon, like %1:51820.</source>
        <translation>La dirección del servidor necesita un puerto tras dos puntos, por ejemplo %1:51820.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/FormChecks.cpp" line="131"/>
        <source>Put an IPv6 address in square brackets, like [2001:db8::5]:51820.</source>
        <translation>Escriba una dirección IPv6 entre corchetes, por ejemplo [2001:db8::5]:51820.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/FormChecks.cpp" line="133"/>
        <source>“%1” is neither an IP address nor a host name.</source>
        <translation>«%1» no es una dirección IP ni un nombre de host.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/FormChecks.cpp" line="136"/>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>El puerto debe ser un número del 1 al 65535.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/FormChecks.cpp" line="143"/>
        <source>Paste the server&apos;s public key (44 characters, ending in “=”).</source>
        <translation>Pegue la clave pública del servidor (44 caracteres, terminada en «=»).</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/FormChecks.cpp" line="149"/>
        <source>This is not a WireGuard public key: it should be 44 characters of letters, digits, “+” and “/”, ending in “=”.</source>
        <translation>Esto no es una clave pública de WireGuard: debe tener 44 caracteres (letras, cifras, «+» y «/») y terminar en «=».</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/FormChecks.cpp" line="157"/>
        <source>Enter this computer&apos;s address inside the tunnel, like 10.8.0.2/32 or fd00:8::2/128.</source>
        <translation>Escriba la dirección de este equipo dentro del túnel, por ejemplo 10.8.0.2/32 o fd00:8::2/128.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/FormChecks.cpp" line="161"/>
        <source>“%1” is not an IP address (with an optional /length, like 10.8.0.2/32).</source>
        <translation>«%1» no es una dirección IP (con /longitud opcional, por ejemplo 10.8.0.2/32).</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/FormChecks.cpp" line="171"/>
        <source>“%1”: a DNS server is a plain address, without /length.</source>
        <translation>«%1»: un servidor DNS es una dirección simple, sin /longitud.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/FormChecks.cpp" line="175"/>
        <source>“%1” is neither a DNS server address nor a search domain.</source>
        <translation>«%1» no es la dirección de un servidor DNS ni un dominio de búsqueda.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/FormChecks.cpp" line="183"/>
        <source>The MTU must be a number from %1 to %2.</source>
        <translation>La MTU debe ser un número del %1 al %2.</translation>
    </message>
</context>
<context>
    <name>HelperCall</name>
    <message>
        <location filename="../app/client/HelperCall.cpp" line="24"/>
        <source>not connected to the bus</source>
        <translation>sin conexión al bus</translation>
    </message>
    <message>
        <location filename="../app/client/HelperCall.cpp" line="25"/>
        <source>not connected to the bus: %1</source>
        <translation>sin conexión al bus: %1</translation>
    </message>
</context>
<context>
    <name>HelperErrors</name>
    <message>
        <location filename="../app/client/HelperErrors.cpp" line="40"/>
        <source>You are not allowed to do this (%1).</source>
        <translation>No tiene permiso para hacer esto (%1).</translation>
    </message>
    <message>
        <location filename="../app/client/HelperErrors.cpp" line="42"/>
        <source>Lifeline&apos;s system helper is not available (%1). Is Lifeline installed correctly?</source>
        <translation>El servicio del sistema de Lifeline no está disponible (%1). ¿Está Lifeline bien instalado?</translation>
    </message>
    <message>
        <location filename="../app/client/HelperErrors.cpp" line="47"/>
        <source>That did not work: %1.</source>
        <translation>No ha funcionado: %1.</translation>
    </message>
    <message>
        <location filename="../app/client/HelperErrors.cpp" line="49"/>
        <source>Not found: %1.</source>
        <translation>No encontrado: %1.</translation>
    </message>
    <message>
        <location filename="../app/client/HelperErrors.cpp" line="51"/>
        <source>Lifeline is busy: %1.</source>
        <translation>Lifeline está ocupado: %1.</translation>
    </message>
    <message>
        <location filename="../app/client/HelperErrors.cpp" line="53"/>
        <source>Not possible on this computer: %1.</source>
        <translation>No es posible en este equipo: %1.</translation>
    </message>
    <message>
        <location filename="../app/client/HelperErrors.cpp" line="57"/>
        <source>Something went wrong: %1.</source>
        <translation>Algo ha salido mal: %1.</translation>
    </message>
</context>
<context>
    <name>Lifeline</name>
    <message>
        <location filename="../app/ctl/StatusCommand.cpp" line="27"/>
        <source>--timeout needs milliseconds from %1 to %2, not &quot;%3&quot;</source>
        <translation>--timeout necesita milisegundos del %1 al %2, no «%3»</translation>
    </message>
    <message>
        <location filename="../app/ctl/StatusCommand.cpp" line="68"/>
        <source>--timeout needs a number of milliseconds</source>
        <translation>--timeout necesita un número de milisegundos</translation>
    </message>
    <message>
        <location filename="../app/ctl/StatusCommand.cpp" line="76"/>
        <source>status takes no argument &quot;%1&quot;; see lifelinectl status --help</source>
        <translation>status no admite el argumento «%1»; consulte lifelinectl status --help</translation>
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
        <translation>Uso: lifelinectl status [--json] [--timeout MS]

Comprueba la conexión una vez, como hace el icono de la bandeja, y dice en una
frase qué falla; después, para cada familia (IPv4, IPv6): si hay ruta
predeterminada, si el DNS responde (A y AAAA), si pasan las conexiones TCP y
una petición web a direcciones fijas, si llega una transferencia grande (si
no, las páginas se quedan colgadas: un problema de tamaño de paquete) y,
mientras la conexión de respaldo transporta una familia, si funciona por el
túnel y de forma directa.

  --json           mostrar el veredicto y los resultados en JSON
  --timeout MS     cuánto puede durar cada comprobación (predeterminado: el
                   ajuste probes/timeout-ms; si no, 2500)
  -h, --help       mostrar esta ayuda

Adónde van las comprobaciones se configura en el grupo [probes] de las
preferencias de la aplicación de la bandeja,
$XDG_CONFIG_HOME/lifeline/lifeline.conf (normalmente ~/.config/lifeline/).

Código de salida: 0 todo funciona (también cuando la conexión de respaldo
cubre una familia caída), 2 algo falla (la frase dice qué), 64 la línea de
comandos era incorrecta.
</translation>
    </message>
    <message>
        <location filename="../app/ctl/StatusCommand.cpp" line="111"/>
        <source>ignoring a probe setting: %1</source>
        <translation>se ignora un ajuste de comprobación: %1</translation>
    </message>
</context>
<context>
    <name>Lifeline::Diagnosis</name>
    <message>
        <location filename="../app/client/diagnosis/ProbeTargets.cpp" line="88"/>
        <source>&quot;%1&quot; is not a host name</source>
        <translation>«%1» no es un nombre de host</translation>
    </message>
    <message>
        <location filename="../app/client/diagnosis/ProbeTargets.cpp" line="103"/>
        <source>&quot;%1&quot; is not a number from %2 to %3</source>
        <translation>«%1» no es un número del %2 al %3</translation>
    </message>
    <message>
        <location filename="../app/client/diagnosis/Verdict.cpp" line="68"/>
        <source>The backup connection carries all traffic.</source>
        <translation>La conexión de respaldo transporta todo el tráfico.</translation>
    </message>
    <message>
        <location filename="../app/client/diagnosis/Verdict.cpp" line="70"/>
        <source>The backup connection carries IPv4.</source>
        <translation>La conexión de respaldo transporta IPv4.</translation>
    </message>
    <message>
        <location filename="../app/client/diagnosis/Verdict.cpp" line="71"/>
        <source>The backup connection carries IPv6.</source>
        <translation>La conexión de respaldo transporta IPv6.</translation>
    </message>
    <message>
        <location filename="../app/client/diagnosis/Verdict.cpp" line="77"/>
        <location filename="../app/client/diagnosis/Verdict.cpp" line="87"/>
        <source>Everything works.</source>
        <translation>Todo funciona.</translation>
    </message>
    <message>
        <location filename="../app/client/diagnosis/Verdict.cpp" line="79"/>
        <source>Everything works. Your provider&apos;s connection is back; the backup connection is no longer needed.</source>
        <translation>Todo funciona. La conexión de su proveedor ha vuelto; la conexión de respaldo ya no hace falta.</translation>
    </message>
    <message>
        <location filename="../app/client/diagnosis/Verdict.cpp" line="82"/>
        <source>Everything works. Your provider&apos;s IPv4 is back; the backup connection is no longer needed for it.</source>
        <translation>Todo funciona. El IPv4 de su proveedor ha vuelto; la conexión de respaldo ya no hace falta para él.</translation>
    </message>
    <message>
        <location filename="../app/client/diagnosis/Verdict.cpp" line="85"/>
        <source>Everything works. Your provider&apos;s IPv6 is back; the backup connection is no longer needed for it.</source>
        <translation>Todo funciona. El IPv6 de su proveedor ha vuelto; la conexión de respaldo ya no hace falta para él.</translation>
    </message>
    <message>
        <location filename="../app/client/diagnosis/Verdict.cpp" line="93"/>
        <source>Your provider&apos;s IPv4 is down; the backup connection covers it. Everything works.</source>
        <translation>El IPv4 de su proveedor no funciona; la conexión de respaldo lo sustituye. Todo funciona.</translation>
    </message>
    <message>
        <location filename="../app/client/diagnosis/Verdict.cpp" line="95"/>
        <source>Some websites can&apos;t be reached: your provider&apos;s IPv4 is down. IPv6 works.</source>
        <translation>Algunos sitios web no están accesibles: el IPv4 de su proveedor no funciona. IPv6 funciona.</translation>
    </message>
    <message>
        <location filename="../app/client/diagnosis/Verdict.cpp" line="102"/>
        <source>Your provider offers no IPv6; the backup connection provides it. Everything works.</source>
        <translation>Su proveedor no ofrece IPv6; la conexión de respaldo lo proporciona. Todo funciona.</translation>
    </message>
    <message>
        <location filename="../app/client/diagnosis/Verdict.cpp" line="104"/>
        <source>Your provider&apos;s IPv6 is down; the backup connection covers it. Everything works.</source>
        <translation>El IPv6 de su proveedor no funciona; la conexión de respaldo lo sustituye. Todo funciona.</translation>
    </message>
    <message>
        <location filename="../app/client/diagnosis/Verdict.cpp" line="106"/>
        <source>Your provider offers no IPv6; IPv6-only websites can&apos;t be reached.</source>
        <translation>Su proveedor no ofrece IPv6; los sitios web que solo usan IPv6 no están accesibles.</translation>
    </message>
    <message>
        <location filename="../app/client/diagnosis/Verdict.cpp" line="107"/>
        <source>Some websites can&apos;t be reached: your provider&apos;s IPv6 is down. IPv4 works.</source>
        <translation>Algunos sitios web no están accesibles: el IPv6 de su proveedor no funciona. IPv4 funciona.</translation>
    </message>
    <message>
        <location filename="../app/client/diagnosis/Verdict.cpp" line="115"/>
        <source>You&apos;re offline: this computer has no network connection.</source>
        <translation>Está sin conexión: este equipo no tiene conexión de red.</translation>
    </message>
    <message>
        <location filename="../app/client/diagnosis/Verdict.cpp" line="116"/>
        <source>You&apos;re offline: the network is connected, but nothing on the internet can be reached.</source>
        <translation>Está sin conexión: la red está conectada, pero no se puede acceder a nada en internet.</translation>
    </message>
    <message>
        <location filename="../app/client/diagnosis/Verdict.cpp" line="183"/>
        <source>Checking the connection…</source>
        <translation>Comprobando la conexión…</translation>
    </message>
    <message>
        <location filename="../app/client/diagnosis/Verdict.cpp" line="191"/>
        <source>Websites can&apos;t be found by name: the name service (DNS) isn&apos;t answering. The connection itself works.</source>
        <translation>No se encuentran los sitios web por su nombre: el servicio de nombres (DNS) no responde. La conexión en sí funciona.</translation>
    </message>
    <message>
        <location filename="../app/client/diagnosis/Verdict.cpp" line="194"/>
        <source>A sign-in page is holding back the internet, as in hotels or trains. Open any website to sign in.</source>
        <translation>Una página de inicio de sesión retiene el acceso a internet, como en hoteles o trenes. Abra cualquier sitio web para iniciar sesión.</translation>
    </message>
    <message>
        <location filename="../app/client/diagnosis/Verdict.cpp" line="199"/>
        <source>The backup connection is on, but nothing gets through it.</source>
        <translation>La conexión de respaldo está activada, pero no pasa nada por ella.</translation>
    </message>
    <message>
        <location filename="../app/client/diagnosis/Verdict.cpp" line="201"/>
        <source>Pages may hang while loading: small requests get through, big ones stall (probably a packet-size problem on the way).</source>
        <translation>Las páginas pueden quedarse colgadas al cargar: las peticiones pequeñas pasan, las grandes se atascan (probablemente un problema de tamaño de paquete en el camino).</translation>
    </message>
</context>
<context>
    <name>Lifeline::Diagnosis::ProbeTargets</name>
    <message>
        <location filename="../app/client/diagnosis/ProbeTargets.cpp" line="187"/>
        <source>&quot;%1&quot; is not an http:// or https:// URL</source>
        <translation>«%1» no es una URL http:// o https://</translation>
    </message>
    <message>
        <location filename="../app/client/diagnosis/ProbeTargets.cpp" line="192"/>
        <source>&quot;%1&quot; does not name its server by literal IP address</source>
        <translation>«%1» no indica su servidor con una dirección IP literal</translation>
    </message>
    <message>
        <location filename="../app/client/diagnosis/ProbeTargets.cpp" line="196"/>
        <source>&quot;%1&quot; is not an %2 address</source>
        <translation>«%1» no es una dirección %2</translation>
    </message>
</context>
<context>
    <name>Lifeline::Diagnosis::TcpTarget</name>
    <message>
        <location filename="../app/client/diagnosis/ProbeTargets.cpp" line="131"/>
        <source>&quot;%1&quot; has no closing &quot;]&quot;</source>
        <translation>«%1» no tiene el «]» de cierre</translation>
    </message>
    <message>
        <location filename="../app/client/diagnosis/ProbeTargets.cpp" line="138"/>
        <source>&quot;%1&quot; has something other than &quot;:PORT&quot; after &quot;]&quot;</source>
        <translation>«%1» tiene algo distinto de «:PUERTO» después de «]»</translation>
    </message>
    <message>
        <location filename="../app/client/diagnosis/ProbeTargets.cpp" line="151"/>
        <source>&quot;%1&quot; is not a literal IP address (host names are not used here, so DNS trouble cannot hide a broken family)</source>
        <translation>«%1» no es una dirección IP literal (aquí no se usan nombres de host, para que un problema de DNS no oculte una familia de direcciones caída)</translation>
    </message>
    <message>
        <location filename="../app/client/diagnosis/ProbeTargets.cpp" line="157"/>
        <source>&quot;%1&quot; is not an %2 address</source>
        <translation>«%1» no es una dirección %2</translation>
    </message>
    <message>
        <location filename="../app/client/diagnosis/ProbeTargets.cpp" line="165"/>
        <source>&quot;%1&quot; has no valid port (1-65535)</source>
        <translation>«%1» no tiene un puerto válido (1-65535)</translation>
    </message>
</context>
<context>
    <name>Lifeline::ServerSetup</name>
    <message>
        <location filename="../app/client/ServerSetup.cpp" line="56"/>
        <source>the endpoint &quot;%1&quot; has no port (host:port or [IPv6]:port)</source>
        <translation>el punto de conexión «%1» no tiene puerto (host:puerto o [IPv6]:puerto)</translation>
    </message>
    <message>
        <location filename="../app/client/ServerSetup.cpp" line="58"/>
        <source>&quot;%1&quot; is not a WireGuard public key</source>
        <translation>«%1» no es una clave pública de WireGuard</translation>
    </message>
    <message>
        <location filename="../app/client/ServerSetup.cpp" line="61"/>
        <source>&quot;%1&quot; is not a usable interface name</source>
        <translation>«%1» no es un nombre de interfaz utilizable</translation>
    </message>
    <message>
        <location filename="../app/client/ServerSetup.cpp" line="64"/>
        <source>the allowed IP &quot;%1&quot; is not an address/prefix</source>
        <translation>la IP permitida «%1» no tiene la forma dirección/prefijo</translation>
    </message>
    <message>
        <location filename="../app/client/ServerSetup.cpp" line="66"/>
        <source>the tunnel has no address</source>
        <translation>el túnel no tiene dirección</translation>
    </message>
    <message>
        <location filename="../app/client/ServerSetup.cpp" line="71"/>
        <source>the address &quot;%1&quot; is not an address/prefix</source>
        <translation>la dirección «%1» no tiene la forma dirección/prefijo</translation>
    </message>
    <message>
        <location filename="../app/client/ServerSetup.cpp" line="81"/>
        <source>none of the tunnel&apos;s addresses is of a family its allowed IPs send through it</source>
        <translation>ninguna dirección del túnel es de una familia que sus IP permitidas envíen por él</translation>
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
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../app/ctl/StatusFormat.cpp" line="36"/>
        <location filename="../app/ctl/StatusFormat.cpp" line="49"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../app/ctl/StatusFormat.cpp" line="47"/>
        <source>sign-in page</source>
        <translation>portal</translation>
    </message>
    <message>
        <location filename="../app/ctl/StatusFormat.cpp" line="79"/>
        <source>not used</source>
        <translation>sin usar</translation>
    </message>
    <message>
        <location filename="../app/ctl/StatusFormat.cpp" line="80"/>
        <location filename="../app/ctl/StatusFormat.cpp" line="90"/>
        <source>works</source>
        <translation>funciona</translation>
    </message>
    <message>
        <location filename="../app/ctl/StatusFormat.cpp" line="80"/>
        <location filename="../app/ctl/StatusFormat.cpp" line="90"/>
        <source>fails</source>
        <translation>falla</translation>
    </message>
    <message>
        <location filename="../app/ctl/StatusFormat.cpp" line="87"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location filename="../app/ctl/StatusFormat.cpp" line="89"/>
        <source>no route</source>
        <translation>sin ruta</translation>
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
        <translation>ruta</translation>
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
        <translation>descarga grande</translation>
    </message>
    <message>
        <location filename="../app/ctl/StatusFormat.cpp" line="136"/>
        <source>through the tunnel</source>
        <translation>por el túnel</translation>
    </message>
    <message>
        <location filename="../app/ctl/StatusFormat.cpp" line="138"/>
        <source>natively</source>
        <translation>directo</translation>
    </message>
    <message>
        <location filename="../app/ctl/StatusFormat.cpp" line="151"/>
        <source>not connected</source>
        <translation>no conectada</translation>
    </message>
    <message>
        <location filename="../app/ctl/StatusFormat.cpp" line="153"/>
        <source>Backup connection %1: %2</source>
        <translation>Conexión de respaldo %1: %2</translation>
    </message>
    <message>
        <location filename="../app/ctl/StatusFormat.cpp" line="154"/>
        <source>Backup connection %1: %2, carries %3</source>
        <translation>Conexión de respaldo %1: %2, transporta %3</translation>
    </message>
</context>
<context>
    <name>Lifeline::Tray</name>
    <message>
        <location filename="../app/tray/ExecLine.cpp" line="60"/>
        <source>a backslash ends the line</source>
        <translation>una barra invertida termina la línea</translation>
    </message>
    <message>
        <location filename="../app/tray/ExecLine.cpp" line="70"/>
        <source>a quote is not closed</source>
        <translation>unas comillas no están cerradas</translation>
    </message>
    <message>
        <location filename="../app/tray/ExecLine.cpp" line="167"/>
        <source>there is no program to run</source>
        <translation>no hay ningún programa que ejecutar</translation>
    </message>
    <message>
        <location filename="../app/tray/LaunchPlan.cpp" line="41"/>
        <source>%1 can&apos;t be started: its launcher entry is malformed (%2).</source>
        <translation>No se puede iniciar %1: su entrada de lanzador está mal formada (%2).</translation>
    </message>
    <message>
        <location filename="../app/tray/LaunchPlan.cpp" line="51"/>
        <source>%1 can&apos;t be started: the program “%2” is not installed.</source>
        <translation>No se puede iniciar %1: el programa «%2» no está instalado.</translation>
    </message>
    <message>
        <location filename="../app/tray/LaunchPlan.cpp" line="57"/>
        <source>%1 can&apos;t be started: “%2” is not a program.</source>
        <translation>No se puede iniciar %1: «%2» no es un programa.</translation>
    </message>
    <message>
        <location filename="../app/tray/NotificationPolicy.cpp" line="31"/>
        <source>Some websites can&apos;t be reached</source>
        <translation>Algunos sitios web no están accesibles</translation>
    </message>
    <message>
        <location filename="../app/tray/NotificationPolicy.cpp" line="34"/>
        <source>Your provider&apos;s %1 is down. Set up a backup connection?</source>
        <translation>En su proveedor, %1 no funciona. ¿Configurar una conexión de respaldo?</translation>
    </message>
    <message>
        <location filename="../app/tray/NotificationPolicy.cpp" line="41"/>
        <source>%1 is down — turn on the backup connection?</source>
        <translation>%1 no funciona: ¿activar la conexión de respaldo?</translation>
    </message>
    <message>
        <location filename="../app/tray/NotificationPolicy.cpp" line="62"/>
        <source>Your provider&apos;s connection is back</source>
        <translation>La conexión de su proveedor ha vuelto</translation>
    </message>
    <message>
        <location filename="../app/tray/NotificationPolicy.cpp" line="63"/>
        <source>%1 works again without the backup connection — turn it off?</source>
        <translation>%1 vuelve a funcionar sin la conexión de respaldo: ¿desactivarla?</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayController.cpp" line="49"/>
        <source>the connection</source>
        <translation>la conexión</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayPresentation.cpp" line="39"/>
        <location filename="../app/tray/TrayPresentation.cpp" line="57"/>
        <location filename="../app/tray/TrayPresentation.cpp" line="80"/>
        <source>Lifeline&apos;s system helper is not available.</source>
        <translation>El servicio del sistema de Lifeline no está disponible.</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayPresentation.cpp" line="51"/>
        <source>Use backup connection (connecting…)</source>
        <translation>Usar la conexión de respaldo (conectando…)</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayPresentation.cpp" line="53"/>
        <source>Use backup connection (failed, try again)</source>
        <translation>Usar la conexión de respaldo (falló, inténtelo de nuevo)</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayPresentation.cpp" line="55"/>
        <source>Use backup connection</source>
        <translation>Usar la conexión de respaldo</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayPresentation.cpp" line="59"/>
        <source>Waiting for the system helper…</source>
        <translation>Esperando al servicio del sistema…</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayPresentation.cpp" line="61"/>
        <source>Turns the backup connection “%1” off.</source>
        <translation>Desactiva la conexión de respaldo «%1».</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayPresentation.cpp" line="64"/>
        <source>Sends IPv4 through the backup connection “%1”.</source>
        <translation>Envía IPv4 por la conexión de respaldo «%1».</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayPresentation.cpp" line="65"/>
        <source>Sends IPv6 through the backup connection “%1”.</source>
        <translation>Envía IPv6 por la conexión de respaldo «%1».</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayPresentation.cpp" line="68"/>
        <source>Turns the backup connection “%1” on.</source>
        <translation>Activa la conexión de respaldo «%1».</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayPresentation.cpp" line="76"/>
        <source>Set up a backup connection… (asks for an administrator password)</source>
        <translation>Configurar una conexión de respaldo… (pide una contraseña de administrador)</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayPresentation.cpp" line="79"/>
        <source>A backup connection sends a broken part of the internet through your own server.</source>
        <translation>Una conexión de respaldo envía una parte de internet que no funciona a través de su propio servidor.</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayPresentation.cpp" line="87"/>
        <source>Repairing…</source>
        <translation>Reparando…</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayPresentation.cpp" line="87"/>
        <source>Pages not loading? Repair</source>
        <translation>¿Las páginas no cargan? Reparar</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayPresentation.cpp" line="90"/>
        <source>Finds the largest packets the backup connection passes and sets it to them.</source>
        <translation>Busca los paquetes más grandes que deja pasar la conexión de respaldo y la ajusta a ellos.</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayPresentation.cpp" line="91"/>
        <source>Repair works on the backup connection; it is off.</source>
        <translation>La reparación actúa sobre la conexión de respaldo, que está desactivada.</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayPresentation.cpp" line="99"/>
        <source>Run a program with IPv6 only…</source>
        <translation>Ejecutar un programa solo con IPv6…</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayPresentation.cpp" line="99"/>
        <source>Run a program with IPv4 only…</source>
        <translation>Ejecutar un programa solo con IPv4…</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayPresentation.cpp" line="100"/>
        <source>Starts a program that sees only IPv6, which works now.</source>
        <translation>Inicia un programa que solo ve IPv6, que ahora funciona.</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayPresentation.cpp" line="101"/>
        <source>Starts a program that sees only IPv4.</source>
        <translation>Inicia un programa que solo ve IPv4.</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayPresentation.cpp" line="109"/>
        <source>Run a program through the backup connection…</source>
        <translation>Ejecutar un programa por la conexión de respaldo…</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayPresentation.cpp" line="113"/>
        <source>Starts a program whose traffic goes only through “%1”.</source>
        <translation>Inicia un programa cuyo tráfico pasa solo por «%1».</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayPresentation.cpp" line="114"/>
        <source>Turn the backup connection on first.</source>
        <translation>Active primero la conexión de respaldo.</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayPresentation.cpp" line="196"/>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayPresentation.cpp" line="196"/>
        <source>Check again</source>
        <translation>Comprobar de nuevo</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayPresentation.cpp" line="198"/>
        <source>Settings…</source>
        <translation>Preferencias…</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayPresentation.cpp" line="199"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>Lifeline::Tray::AppPickerDialog</name>
    <message>
        <location filename="../app/tray/AppPickerDialog.cpp" line="43"/>
        <location filename="../app/tray/AppPickerDialog.cpp" line="44"/>
        <source>Search programs</source>
        <translation>Buscar programas</translation>
    </message>
    <message>
        <location filename="../app/tray/AppPickerDialog.cpp" line="47"/>
        <source>Programs</source>
        <translation>Programas</translation>
    </message>
    <message>
        <location filename="../app/tray/AppPickerDialog.cpp" line="50"/>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
</context>
<context>
    <name>Lifeline::Tray::BackupTunnel</name>
    <message>
        <location filename="../app/tray/BackupTunnel.cpp" line="153"/>
        <source>The backup connection could not be turned on. %1</source>
        <translation>No se pudo activar la conexión de respaldo. %1</translation>
    </message>
    <message>
        <location filename="../app/tray/BackupTunnel.cpp" line="171"/>
        <source>The backup connection could not be turned off. %1</source>
        <translation>No se pudo desactivar la conexión de respaldo. %1</translation>
    </message>
    <message>
        <location filename="../app/tray/BackupTunnel.cpp" line="189"/>
        <source>The repair did not work. %1</source>
        <translation>La reparación no ha funcionado. %1</translation>
    </message>
</context>
<context>
    <name>Lifeline::Tray::IsolatedLauncher</name>
    <message>
        <location filename="../app/tray/IsolatedLauncher.cpp" line="118"/>
        <source>%1 could not be started. %2</source>
        <translation>No se pudo iniciar %1. %2</translation>
    </message>
    <message>
        <location filename="../app/tray/IsolatedLauncher.cpp" line="104"/>
        <source>%1 can&apos;t be started: /dev/null cannot be opened.</source>
        <translation>No se puede iniciar %1: no se puede abrir /dev/null.</translation>
    </message>
</context>
<context>
    <name>Lifeline::Tray::NotificationPolicy</name>
    <message>
        <location filename="../app/tray/NotificationPolicy.cpp" line="94"/>
        <source>The backup connection isn&apos;t working</source>
        <translation>La conexión de respaldo no funciona</translation>
    </message>
    <message>
        <location filename="../app/tray/NotificationPolicy.cpp" line="95"/>
        <source>The backup connection is on, but nothing gets through it — turn it off?</source>
        <translation>La conexión de respaldo está activada, pero no pasa nada por ella: ¿desactivarla?</translation>
    </message>
    <message>
        <location filename="../app/tray/NotificationPolicy.cpp" line="104"/>
        <source>Pages are not loading completely</source>
        <translation>Las páginas no cargan del todo</translation>
    </message>
    <message>
        <location filename="../app/tray/NotificationPolicy.cpp" line="105"/>
        <source>Large pages stall through the backup connection — repair it?</source>
        <translation>Las páginas grandes se atascan en la conexión de respaldo: ¿repararla?</translation>
    </message>
    <message>
        <location filename="../app/tray/NotificationPolicy.cpp" line="112"/>
        <source>This network wants you to log in</source>
        <translation>Esta red le pide que inicie sesión</translation>
    </message>
    <message>
        <location filename="../app/tray/NotificationPolicy.cpp" line="113"/>
        <source>A login page (hotel, train, café) stands between you and the internet — open it?</source>
        <translation>Una página de inicio de sesión (hotel, tren, cafetería) se interpone entre usted e internet: ¿abrirla?</translation>
    </message>
</context>
<context>
    <name>Lifeline::Tray::SingleInstance</name>
    <message>
        <location filename="../app/tray/SingleInstance.cpp" line="104"/>
        <source>cannot lock %1</source>
        <translation>no se puede bloquear %1</translation>
    </message>
    <message>
        <location filename="../app/tray/SingleInstance.cpp" line="92"/>
        <source>another Lifeline seems to be running but does not answer (%1)</source>
        <translation>parece que otro Lifeline está en ejecución, pero no responde (%1)</translation>
    </message>
    <message>
        <location filename="../app/tray/SingleInstance.cpp" line="88"/>
        <source>the running Lifeline does not understand this request (is it an older version? Quit it and start Lifeline again)</source>
        <translation>el Lifeline en ejecución no entiende esta petición (¿es una versión anterior? Ciérrelo y vuelva a iniciar Lifeline)</translation>
    </message>
    <message>
        <location filename="../app/tray/SingleInstance.cpp" line="93"/>
        <source>no answer in time</source>
        <translation>sin respuesta a tiempo</translation>
    </message>
    <message>
        <location filename="../app/tray/SingleInstance.cpp" line="117"/>
        <source>cannot listen on %1: %2</source>
        <translation>no se puede escuchar en %1: %2</translation>
    </message>
</context>
<context>
    <name>Lifeline::Tray::TrayController</name>
    <message>
        <location filename="../app/tray/TrayController.cpp" line="91"/>
        <source>The backup connection</source>
        <translation>La conexión de respaldo</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayController.cpp" line="100"/>
        <source>Repaired</source>
        <translation>Reparada</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayController.cpp" line="101"/>
        <source>The backup connection now sends packets of at most %1 bytes, so pages should load completely.</source>
        <translation>La conexión de respaldo envía ahora paquetes de %1 bytes como máximo, así que las páginas deberían cargar del todo.</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayController.cpp" line="109"/>
        <source>Repair</source>
        <translation>Reparación</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayController.cpp" line="113"/>
        <source>Run a program</source>
        <translation>Ejecutar un programa</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayController.cpp" line="115"/>
        <source>%1 was already running</source>
        <translation>%1 ya estaba en ejecución</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayController.cpp" line="116"/>
        <source>%1 handed the request to its window that is already open, so it does not run the way you asked. Quit %1 completely, then try again.</source>
        <translation>%1 pasó la petición a su ventana ya abierta, así que no se ejecuta como usted pidió. Cierre %1 por completo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayController.cpp" line="122"/>
        <source>%1 stopped</source>
        <translation>%1 se ha detenido</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayController.cpp" line="123"/>
        <source>%1 stopped right after it started.</source>
        <translation>%1 se detuvo justo después de iniciarse.</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayController.cpp" line="124"/>
        <source>%1 stopped right after it started. What it said is in %2.</source>
        <translation>%1 se detuvo justo después de iniciarse. Sus mensajes están en %2.</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayController.cpp" line="136"/>
        <source>Lifeline</source>
        <translation>Lifeline</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayController.cpp" line="228"/>
        <source>The backup connection is on</source>
        <translation>La conexión de respaldo está activada</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayController.cpp" line="229"/>
        <source>Your provider&apos;s %1 is down, so Lifeline turned on the backup connection.</source>
        <translation>En su proveedor, %1 no funciona, así que Lifeline ha activado la conexión de respaldo.</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayController.cpp" line="232"/>
        <source>The backup connection is off</source>
        <translation>La conexión de respaldo está desactivada</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayController.cpp" line="233"/>
        <source>Your provider&apos;s connection works again, so Lifeline turned the backup connection off.</source>
        <translation>La conexión de su proveedor vuelve a funcionar, así que Lifeline ha desactivado la conexión de respaldo.</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayController.cpp" line="238"/>
        <source>The backup connection is not working</source>
        <translation>La conexión de respaldo no funciona</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayController.cpp" line="239"/>
        <source>The backup connection could not be established.</source>
        <translation>No se pudo establecer la conexión de respaldo.</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayController.cpp" line="240"/>
        <source>The backup connection could not be established: %1</source>
        <translation>No se pudo establecer la conexión de respaldo: %1</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayController.cpp" line="294"/>
        <source>Run a program with IPv4 only</source>
        <translation>Ejecutar un programa solo con IPv4</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayController.cpp" line="295"/>
        <source>The program you pick sees only IPv4. Pick one that is not running yet.</source>
        <translation>El programa que elija solo verá IPv4. Elija uno que aún no esté en ejecución.</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayController.cpp" line="297"/>
        <source>Run a program with IPv6 only</source>
        <translation>Ejecutar un programa solo con IPv6</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayController.cpp" line="298"/>
        <source>The program you pick sees only IPv6, which works now. Pick one that is not running yet.</source>
        <translation>El programa que elija solo verá IPv6, que ahora funciona. Elija uno que aún no esté en ejecución.</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayController.cpp" line="301"/>
        <source>Run a program through the backup connection</source>
        <translation>Ejecutar un programa por la conexión de respaldo</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayController.cpp" line="302"/>
        <source>Everything the program you pick sends goes through the backup connection, or nowhere. Pick one that is not running yet.</source>
        <translation>Todo lo que envíe el programa que elija pasará por la conexión de respaldo o por ningún sitio. Elija uno que aún no esté en ejecución.</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayController.cpp" line="386"/>
        <source>There is no backup connection yet</source>
        <translation>Todavía no hay ninguna conexión de respaldo</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayController.cpp" line="387"/>
        <source>Click here to set one up; then programs can run through it.</source>
        <translation>Haga clic aquí para configurar una; así los programas podrán ejecutarse a través de ella.</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayController.cpp" line="402"/>
        <source>Lifeline is running</source>
        <translation>Lifeline está en ejecución</translation>
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
        <translation>La ventana de preferencias no forma parte de esta compilación de Lifeline.</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayWindows.cpp" line="68"/>
        <source>The set-up window is not part of this build of Lifeline.</source>
        <translation>La ventana de configuración no forma parte de esta compilación de Lifeline.</translation>
    </message>
</context>
<context>
    <name>Lifeline::Windows::ChoosePage</name>
    <message>
        <location filename="../app/tray/windows/ChoosePage.cpp" line="25"/>
        <source>&amp;Import a configuration file</source>
        <translation>&amp;Importar un archivo de configuración</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ChoosePage.cpp" line="26"/>
        <source>A WireGuard file (.conf) from your VPN provider or your server.</source>
        <translation>Un archivo de WireGuard (.conf) de su proveedor de VPN o de su servidor.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ChoosePage.cpp" line="27"/>
        <source>&amp;Paste a configuration</source>
        <translation>&amp;Pegar una configuración</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ChoosePage.cpp" line="28"/>
        <source>The text of a WireGuard configuration, copied from somewhere else.</source>
        <translation>El texto de una configuración de WireGuard, copiado de otro sitio.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ChoosePage.cpp" line="30"/>
        <source>Let Lifeline &amp;make the keys</source>
        <translation>Dejar que Lifeline &amp;genere las claves</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ChoosePage.cpp" line="31"/>
        <source>For your own server: Lifeline makes this computer&apos;s key pair and tells you what to set up on the server. The private key never leaves this computer.</source>
        <translation>Para su propio servidor: Lifeline genera el par de claves de este equipo y le indica qué configurar en el servidor. La clave privada nunca sale de este equipo.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ChoosePage.cpp" line="35"/>
        <source>A backup connection carries the part of the internet that your provider has broken (IPv4 or IPv6) through a WireGuard server that still reaches it. How do you want to add one?</source>
        <translation>Una conexión de respaldo lleva la parte de internet que su proveedor ha dejado de dar (IPv4 o IPv6) a través de un servidor WireGuard que todavía llega a ella. ¿Cómo quiere añadir una?</translation>
    </message>
</context>
<context>
    <name>Lifeline::Windows::ConfigPage</name>
    <message>
        <location filename="../app/tray/windows/ConfigPage.cpp" line="43"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ConfigPage.cpp" line="45"/>
        <source>A short name for this connection: up to 12 small letters, digits or “-”</source>
        <translation>Un nombre corto para esta conexión: hasta 12 letras minúsculas, cifras o «-»</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ConfigPage.cpp" line="47"/>
        <source>backup</source>
        <translation>respaldo</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ConfigPage.cpp" line="51"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ConfigPage.cpp" line="57"/>
        <source>Choose the WireGuard configuration file (usually ending in .conf) that your VPN provider or server gave you.</source>
        <translation>Elija el archivo de configuración de WireGuard (normalmente terminado en .conf) que le dio su proveedor de VPN o su servidor.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ConfigPage.cpp" line="62"/>
        <source>&amp;Choose a file…</source>
        <translation>&amp;Elegir un archivo…</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ConfigPage.cpp" line="64"/>
        <source>Choose a file</source>
        <translation>Elegir un archivo</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ConfigPage.cpp" line="65"/>
        <source>Opens a file chooser for the configuration file</source>
        <translation>Abre un selector de archivos para el archivo de configuración</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ConfigPage.cpp" line="68"/>
        <source>No file chosen yet.</source>
        <translation>Todavía no ha elegido ningún archivo.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ConfigPage.cpp" line="74"/>
        <source>Paste the whole configuration, from [Interface] to the end, into the box.</source>
        <translation>Pegue la configuración completa, desde [Interface] hasta el final, en el cuadro.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ConfigPage.cpp" line="81"/>
        <source>Configuration</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ConfigPage.cpp" line="82"/>
        <source>The text of a WireGuard configuration</source>
        <translation>El texto de una configuración de WireGuard</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ConfigPage.cpp" line="89"/>
        <source>&amp;Configuration:</source>
        <translation>&amp;Configuración:</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ConfigPage.cpp" line="124"/>
        <source>Choose the configuration file first.</source>
        <translation>Elija primero el archivo de configuración.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ConfigPage.cpp" line="125"/>
        <source>Paste the configuration into the box first.</source>
        <translation>Pegue primero la configuración en el cuadro.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ConfigPage.cpp" line="128"/>
        <source>This is not a WireGuard configuration: it has no [Interface] section.</source>
        <translation>Esto no es una configuración de WireGuard: no tiene sección [Interface].</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ConfigPage.cpp" line="135"/>
        <source>Choose a WireGuard configuration</source>
        <translation>Elegir una configuración de WireGuard</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ConfigPage.cpp" line="139"/>
        <source>WireGuard configurations (*.conf)</source>
        <translation>Configuraciones de WireGuard (*.conf)</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ConfigPage.cpp" line="139"/>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ConfigPage.cpp" line="153"/>
        <source>Could not open %1: %2.</source>
        <translation>No se pudo abrir %1: %2.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ConfigPage.cpp" line="155"/>
        <source>%1 is too big to be a WireGuard configuration.</source>
        <translation>%1 es demasiado grande para ser una configuración de WireGuard.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ConfigPage.cpp" line="160"/>
        <source>%1 is not a text file.</source>
        <translation>%1 no es un archivo de texto.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ConfigPage.cpp" line="167"/>
        <source>Chosen: %1</source>
        <translation>Elegido: %1</translation>
    </message>
</context>
<context>
    <name>Lifeline::Windows::ConnectionTest</name>
    <message>
        <location filename="../app/tray/windows/ConnectionTest.cpp" line="36"/>
        <source>The server did not answer within %1 seconds. Check that WireGuard runs on the server, that its firewall lets UDP through to the port, and that each side has the other&apos;s public key.</source>
        <translation>El servidor no respondió en %1 segundos. Compruebe que WireGuard se ejecuta en el servidor, que su cortafuegos deja pasar UDP hacia el puerto y que cada lado tiene la clave pública del otro.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ConnectionTest.cpp" line="54"/>
        <source>Looking at the connection…</source>
        <translation>Revisando la conexión…</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ConnectionTest.cpp" line="89"/>
        <location filename="../app/tray/windows/ConnectionTest.cpp" line="150"/>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ConnectionTest.cpp" line="100"/>
        <source>Lifeline could not connect: %1</source>
        <translation>Lifeline no pudo conectarse: %1</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ConnectionTest.cpp" line="144"/>
        <source>It works: the server answered (%1).</source>
        <translation>Funciona: el servidor respondió (%1).</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ConnectionTest.cpp" line="147"/>
        <source>Connected. Waiting for the server to answer…</source>
        <translation>Conectado. Esperando la respuesta del servidor…</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ConnectionTest.cpp" line="153"/>
        <source>The connection failed: %1</source>
        <translation>La conexión falló: %1</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ConnectionTest.cpp" line="155"/>
        <source>The connection went down before the server answered.</source>
        <translation>La conexión se cortó antes de que respondiera el servidor.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ConnectionTest.cpp" line="168"/>
        <source>It stays connected.</source>
        <translation>Se queda conectada.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ConnectionTest.cpp" line="177"/>
        <source>Lifeline could not disconnect it again: %1</source>
        <translation>Lifeline no pudo volver a desconectarla: %1</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ConnectionTest.cpp" line="178"/>
        <source>It has been disconnected again.</source>
        <translation>Se ha vuelto a desconectar.</translation>
    </message>
</context>
<context>
    <name>Lifeline::Windows::CopyableText</name>
    <message>
        <location filename="../app/tray/windows/CopyableText.cpp" line="17"/>
        <location filename="../app/tray/windows/CopyableText.cpp" line="57"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/CopyableText.cpp" line="27"/>
        <source>Read-only text to copy to your server</source>
        <translation>Texto de solo lectura para copiar en su servidor</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/CopyableText.cpp" line="29"/>
        <source>Copy %1</source>
        <translation>Copiar %1</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/CopyableText.cpp" line="30"/>
        <source>Copies %1 to the clipboard</source>
        <translation>Copia %1 al portapapeles</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/CopyableText.cpp" line="56"/>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>Lifeline::Windows::MakeKeysPage</name>
    <message>
        <location filename="../app/tray/windows/MakeKeysPage.cpp" line="30"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/MakeKeysPage.cpp" line="31"/>
        <source>A short name for this connection: up to 12 small letters, digits or “-”</source>
        <translation>Un nombre corto para esta conexión: hasta 12 letras minúsculas, cifras o «-»</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/MakeKeysPage.cpp" line="32"/>
        <source>backup</source>
        <translation>respaldo</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/MakeKeysPage.cpp" line="33"/>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/MakeKeysPage.cpp" line="34"/>
        <source>The server&apos;s host name or IP address and its WireGuard port</source>
        <translation>El nombre de host o la dirección IP del servidor y su puerto de WireGuard</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/MakeKeysPage.cpp" line="36"/>
        <source>Server&apos;s public key</source>
        <translation>Clave pública del servidor</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/MakeKeysPage.cpp" line="37"/>
        <source>The server&apos;s WireGuard public key: 44 characters ending in “=”</source>
        <translation>La clave pública de WireGuard del servidor: 44 caracteres terminados en «=»</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/MakeKeysPage.cpp" line="38"/>
        <source>the output of “wg pubkey” on the server</source>
        <translation>la salida de «wg pubkey» en el servidor</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/MakeKeysPage.cpp" line="39"/>
        <source>This computer&apos;s addresses in the tunnel</source>
        <translation>Direcciones de este equipo en el túnel</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/MakeKeysPage.cpp" line="40"/>
        <source>One or more addresses, separated by commas, like 10.8.0.2/32, fd00:8::2/128</source>
        <translation>Una o varias direcciones separadas por comas, por ejemplo 10.8.0.2/32, fd00:8::2/128</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/MakeKeysPage.cpp" line="42"/>
        <source>DNS servers (optional)</source>
        <translation>Servidores DNS (opcional)</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/MakeKeysPage.cpp" line="43"/>
        <source>Name servers to use while the tunnel is on, separated by commas; may stay empty</source>
        <translation>Servidores de nombres que usar mientras el túnel está activo, separados por comas; puede quedar vacío</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/MakeKeysPage.cpp" line="50"/>
        <source>For a WireGuard server of your own (a VPS). Lifeline makes this computer&apos;s key pair; the private key stays on this computer. Afterwards Lifeline shows what to set up on the server.</source>
        <translation>Para un servidor WireGuard propio (un VPS). Lifeline genera el par de claves de este equipo; la clave privada se queda en este equipo. Después, Lifeline muestra qué configurar en el servidor.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/MakeKeysPage.cpp" line="59"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/MakeKeysPage.cpp" line="60"/>
        <source>Server &amp;address:</source>
        <translation>&amp;Dirección del servidor:</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/MakeKeysPage.cpp" line="61"/>
        <source>Server&apos;s &amp;public key:</source>
        <translation>Clave &amp;pública del servidor:</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/MakeKeysPage.cpp" line="62"/>
        <source>This computer&apos;s a&amp;ddresses in the tunnel:</source>
        <translation>Direcciones de este equipo en el &amp;túnel:</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/MakeKeysPage.cpp" line="63"/>
        <source>DNS ser&amp;vers (optional):</source>
        <translation>Se&amp;rvidores DNS (opcional):</translation>
    </message>
</context>
<context>
    <name>Lifeline::Windows::MtuPanel</name>
    <message>
        <location filename="../app/tray/windows/MtuPanel.cpp" line="20"/>
        <location filename="../app/tray/windows/MtuPanel.cpp" line="78"/>
        <source>Packet size (MTU)</source>
        <translation>Tamaño de paquete (MTU)</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/MtuPanel.cpp" line="21"/>
        <source>A&amp;utomatic: measured after every connect</source>
        <translation>A&amp;utomática: medida tras cada conexión</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/MtuPanel.cpp" line="22"/>
        <source>&amp;Fixed:</source>
        <translation>&amp;Fija:</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/MtuPanel.cpp" line="24"/>
        <source>As the confi&amp;guration says (or the default)</source>
        <translation>Según la confi&amp;guración (o la predeterminada)</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/MtuPanel.cpp" line="25"/>
        <source>&amp;Apply MTU</source>
        <translation>A&amp;plicar MTU</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/MtuPanel.cpp" line="29"/>
        <source>Automatic MTU</source>
        <translation>MTU automática</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/MtuPanel.cpp" line="31"/>
        <source>Lifeline measures the largest packet size that passes after every connect</source>
        <translation>Lifeline mide tras cada conexión el mayor tamaño de paquete que pasa</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/MtuPanel.cpp" line="33"/>
        <source>Fixed MTU</source>
        <translation>MTU fija</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/MtuPanel.cpp" line="34"/>
        <source>Always use the number next to it</source>
        <translation>Usar siempre el número de al lado</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/MtuPanel.cpp" line="38"/>
        <source>MTU in bytes</source>
        <translation>MTU en bytes</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/MtuPanel.cpp" line="39"/>
        <source>From %1 to %2</source>
        <translation>Del %1 al %2</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/MtuPanel.cpp" line="41"/>
        <source>MTU from the configuration</source>
        <translation>MTU de la configuración</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/MtuPanel.cpp" line="43"/>
        <source>The MTU in the connection&apos;s configuration, or WireGuard&apos;s default. Lifeline cannot go back to it yet once another setting was applied.</source>
        <translation>La MTU de la configuración de la conexión, o la predeterminada de WireGuard. Una vez aplicado otro ajuste, Lifeline aún no puede volver a ella.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/MtuPanel.cpp" line="46"/>
        <source>Apply MTU</source>
        <translation>Aplicar MTU</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/MtuPanel.cpp" line="47"/>
        <source>Sets the chosen MTU for the selected connection</source>
        <translation>Establece la MTU elegida para la conexión seleccionada</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/MtuPanel.cpp" line="78"/>
        <source>Packet size (MTU) of “%1”</source>
        <translation>Tamaño de paquete (MTU) de «%1»</translation>
    </message>
</context>
<context>
    <name>Lifeline::Windows::ProbeTargetsPanel</name>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="43"/>
        <source>IPv4 addresses to try</source>
        <translation>Direcciones IPv4 que probar</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="44"/>
        <source>IPv4 addresses with an optional port, separated by commas; empty: no such check</source>
        <translation>Direcciones IPv4 con puerto opcional, separadas por comas; vacío: sin esta comprobación</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="46"/>
        <source>IPv6 addresses to try</source>
        <translation>Direcciones IPv6 que probar</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="47"/>
        <source>IPv6 addresses in brackets with an optional port, separated by commas; empty: no such check</source>
        <translation>Direcciones IPv6 entre corchetes con puerto opcional, separadas por comas; vacío: sin esta comprobación</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="50"/>
        <source>IPv4 web check</source>
        <translation>Comprobación web IPv4</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="51"/>
        <source>An http:// address with an IPv4 address as its host; empty: no web check</source>
        <translation>Una dirección http:// cuyo host es una dirección IPv4; vacío: sin comprobación web</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="52"/>
        <source>IPv6 web check</source>
        <translation>Comprobación web IPv6</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="53"/>
        <source>An http:// address with an IPv6 address as its host; empty: no web check</source>
        <translation>Una dirección http:// cuyo host es una dirección IPv6; vacío: sin comprobación web</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="54"/>
        <source>Expected status</source>
        <translation>Código de estado esperado</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="55"/>
        <source>Expected start of the answer</source>
        <translation>Inicio esperado de la respuesta</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="56"/>
        <source>When not empty, the web check&apos;s answer must start with this</source>
        <translation>Si no está vacío, la respuesta de la comprobación web debe empezar así</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="57"/>
        <source>IPv4 large download</source>
        <translation>Descarga grande por IPv4</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="58"/>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="62"/>
        <source>An address of something bigger than one packet, to find stalling pages; empty: no such check</source>
        <translation>La dirección de algo mayor que un paquete, para detectar páginas que se atascan; vacío: sin esta comprobación</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="61"/>
        <source>IPv6 large download</source>
        <translation>Descarga grande por IPv6</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="65"/>
        <source>Name to look up</source>
        <translation>Nombre que resolver</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="66"/>
        <source>A name with both IPv4 and IPv6 addresses, to check name resolution; empty: no such check</source>
        <translation>Un nombre con direcciones IPv4 e IPv6, para comprobar la resolución de nombres; vacío: sin esta comprobación</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="69"/>
        <source>Time to wait for each check</source>
        <translation>Espera máxima por comprobación</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="73"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="78"/>
        <source>Probe targets message</source>
        <translation>Mensaje sobre los objetivos de comprobación</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="81"/>
        <source>Where Lifeline looks to tell what is broken. Addresses are written as numbers, so a broken name service cannot hide a broken connection. An empty field turns that check off.</source>
        <translation>Dónde mira Lifeline para saber qué falla. Las direcciones se escriben como números, para que un servicio de nombres caído no pueda ocultar una conexión caída. Un campo vacío desactiva esa comprobación.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="90"/>
        <source>IPv&amp;4 addresses to try:</source>
        <translation>Direcciones IPv&amp;4 que probar:</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="91"/>
        <source>IPv&amp;6 addresses to try:</source>
        <translation>Direcciones IPv&amp;6 que probar:</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="92"/>
        <source>IPv4 &amp;web check:</source>
        <translation>Comprobación &amp;web IPv4:</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="93"/>
        <source>IPv6 w&amp;eb check:</source>
        <translation>Comprobación we&amp;b IPv6:</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="94"/>
        <source>E&amp;xpected status:</source>
        <translation>Código de estado espera&amp;do:</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="95"/>
        <source>Expected start of the a&amp;nswer:</source>
        <translation>I&amp;nicio esperado de la respuesta:</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="96"/>
        <source>IPv4 &amp;large download:</source>
        <translation>De&amp;scarga grande por IPv4:</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="97"/>
        <source>IPv6 large d&amp;ownload:</source>
        <translation>Descarga grande p&amp;or IPv6:</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="98"/>
        <source>Na&amp;me to look up:</source>
        <translation>No&amp;mbre que resolver:</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="99"/>
        <source>T&amp;ime to wait for each check:</source>
        <translation>Espera má&amp;xima por comprobación:</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="107"/>
        <source>Save &amp;probe targets</source>
        <translation>Guardar ob&amp;jetivos de comprobación</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="109"/>
        <source>Save probe targets</source>
        <translation>Guardar objetivos de comprobación</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="110"/>
        <source>Checks and saves the fields above</source>
        <translation>Comprueba y guarda los campos de arriba</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="112"/>
        <source>Bac&amp;k to the defaults</source>
        <translation>Restab&amp;lecer los valores predeterminados</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="114"/>
        <source>Back to the defaults</source>
        <translation>Restablecer los valores predeterminados</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="116"/>
        <source>Fills in Lifeline&apos;s own targets; they are saved when you save</source>
        <translation>Rellena los campos con los objetivos propios de Lifeline; se guardan cuando usted guarda</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="142"/>
        <source>Some saved targets could not be used and were left out:</source>
        <translation>Algunos objetivos guardados no se podían usar y se han omitido:</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="209"/>
        <source>Not saved. Please check:</source>
        <translation>No se ha guardado. Revise lo siguiente:</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="219"/>
        <source>Saved. The next check uses these targets.</source>
        <translation>Guardado. La próxima comprobación usará estos objetivos.</translation>
    </message>
</context>
<context>
    <name>Lifeline::Windows::ServerSetupPage</name>
    <message>
        <location filename="../app/tray/windows/ServerSetupPage.cpp" line="32"/>
        <source>the server&apos;s configuration</source>
        <translation>la configuración del servidor</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ServerSetupPage.cpp" line="33"/>
        <source>the commands for the server</source>
        <translation>los comandos para el servidor</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ServerSetupPage.cpp" line="39"/>
        <source>This computer&apos;s public key</source>
        <translation>Clave pública de este equipo</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ServerSetupPage.cpp" line="41"/>
        <source>The public key Lifeline made for this computer; the server needs it</source>
        <translation>La clave pública que Lifeline generó para este equipo; el servidor la necesita</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ServerSetupPage.cpp" line="45"/>
        <source>This computer&apos;s public &amp;key:</source>
        <translation>&amp;Clave pública de este equipo:</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ServerSetupPage.cpp" line="47"/>
        <source>Server &amp;configuration:</source>
        <translation>C&amp;onfiguración del servidor:</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ServerSetupPage.cpp" line="49"/>
        <source>Co&amp;mmands for the server:</source>
        <translation>Co&amp;mandos para el servidor:</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ServerSetupPage.cpp" line="69"/>
        <source>The connection “%1” was added. Now set up the server.</source>
        <translation>Se ha añadido la conexión «%1». Ahora configure el servidor.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ServerSetupPage.cpp" line="74"/>
        <source>Lifeline could not write the server&apos;s side for you (%1). Add this computer&apos;s public key as a peer on the server yourself.</source>
        <translation>Lifeline no pudo escribir la parte del servidor por usted (%1). Añada usted mismo la clave pública de este equipo como par en el servidor.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ServerSetupPage.cpp" line="81"/>
        <source>On the server, as root:
1. Save the server configuration below as /etc/wireguard/%1.conf and put the server&apos;s own private key (the one whose public key you entered) where it says %2.
2. Paste the commands below into the server&apos;s shell. They install WireGuard, let the server pass this computer&apos;s traffic on to the internet (forwarding and NAT), and start the tunnel now and at every boot.</source>
        <translation>En el servidor, como root:
1. Guarde la configuración del servidor de abajo como /etc/wireguard/%1.conf y ponga la clave privada del propio servidor (aquella cuya clave pública introdujo) donde pone %2.
2. Pegue los comandos de abajo en la shell del servidor. Instalan WireGuard, permiten que el servidor reenvíe el tráfico de este equipo a internet (reenvío y NAT) e inician el túnel ahora y en cada arranque.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ServerSetupPage.cpp" line="91"/>
        <source>Careful with IPv6: a server that gets its IPv6 route automatically (router advertisements) loses it, and your SSH session with it, the moment forwarding is switched on. The commands set accept_ra=2 first to prevent this; keep that line if you set up forwarding your own way.</source>
        <translation>Cuidado con IPv6: un servidor que obtiene su ruta IPv6 automáticamente (anuncios de router) la pierde, y con ella su sesión SSH, en cuanto se activa el reenvío. Los comandos establecen primero accept_ra=2 para evitarlo; conserve esa línea si configura el reenvío a su manera.</translation>
    </message>
</context>
<context>
    <name>Lifeline::Windows::SettingsWindow</name>
    <message>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="49"/>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="157"/>
        <source>Backup connections</source>
        <translation>Conexiones de respaldo</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="50"/>
        <source>The backup connections on this computer and their status</source>
        <translation>Las conexiones de respaldo de este equipo y su estado</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="51"/>
        <source>A&amp;dd a backup connection…</source>
        <translation>&amp;Añadir una conexión de respaldo…</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="52"/>
        <source>Add a backup connection</source>
        <translation>Añadir una conexión de respaldo</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="52"/>
        <source>Opens the window to add a backup connection</source>
        <translation>Abre la ventana para añadir una conexión de respaldo</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="53"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="54"/>
        <source>Remove the selected connection</source>
        <translation>Eliminar la conexión seleccionada</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="55"/>
        <source>Deletes the selected connection and its keys; asks first, and then for the administrator&apos;s password</source>
        <translation>Elimina la conexión seleccionada y sus claves; primero pide confirmación y luego la contraseña de administrador</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="57"/>
        <source>Backup connection</source>
        <translation>Conexión de respaldo</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="58"/>
        <source>The connection Lifeline uses when IPv4 or IPv6 breaks</source>
        <translation>La conexión que usa Lifeline cuando falla IPv4 o IPv6</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="60"/>
        <source>Turn the backup connection on and off au&amp;tomatically</source>
        <translation>Activar y desactivar la conexión de respaldo au&amp;tomáticamente</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="61"/>
        <source>Turn the backup connection on and off automatically</source>
        <translation>Activar y desactivar la conexión de respaldo automáticamente</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="62"/>
        <source>When IPv4 or IPv6 breaks, Lifeline turns the backup connection on by itself, and off again when it works again</source>
        <translation>Cuando falla IPv4 o IPv6, Lifeline activa por sí mismo la conexión de respaldo y la desactiva cuando vuelve a funcionar</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="64"/>
        <source>&amp;Start Lifeline when I log in</source>
        <translation>&amp;Iniciar Lifeline al iniciar sesión</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="65"/>
        <source>Start Lifeline when I log in</source>
        <translation>Iniciar Lifeline al iniciar sesión</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="66"/>
        <source>Starts Lifeline with your desktop session; only for you</source>
        <translation>Inicia Lifeline con su sesión de escritorio; solo para usted</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="67"/>
        <source>Advanced settings</source>
        <translation>Preferencias avanzadas</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="68"/>
        <source>Shows or hides where Lifeline checks the connection</source>
        <translation>Muestra u oculta dónde comprueba Lifeline la conexión</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="72"/>
        <source>Settings — Lifeline</source>
        <translation>Preferencias — Lifeline</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="74"/>
        <source>Lifeline settings</source>
        <translation>Preferencias de Lifeline</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="76"/>
        <source>Ad&amp;vanced: where Lifeline checks the connection</source>
        <translation>A&amp;vanzado: dónde comprueba Lifeline la conexión</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="93"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="111"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="112"/>
        <source>Closes the settings; everything is saved already</source>
        <translation>Cierra las preferencias; todo está ya guardado</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="179"/>
        <source>&amp;Connections:</source>
        <translation>&amp;Conexiones:</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="181"/>
        <source>There is no backup connection yet. Add one with “Add a backup connection…”.</source>
        <translation>Todavía no hay ninguna conexión de respaldo. Añada una con «Añadir una conexión de respaldo…».</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="195"/>
        <source>&amp;Backup connection:</source>
        <translation>Conexión de &amp;respaldo:</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="213"/>
        <source>Behaviour</source>
        <translation>Comportamiento</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="265"/>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="304"/>
        <source>Remove “%1”?</source>
        <translation>¿Eliminar «%1»?</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="305"/>
        <source>Remove the backup connection “%1”? Its keys are deleted from this computer, which cannot be undone. Removing asks for the administrator&apos;s password.</source>
        <translation>¿Eliminar la conexión de respaldo «%1»? Sus claves se borrarán de este equipo, y no se puede deshacer. Para eliminarla se pide la contraseña de administrador.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="311"/>
        <source>&amp;Remove</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="313"/>
        <source>&amp;Keep it</source>
        <translation>&amp;Conservar</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="325"/>
        <source>Removing “%1”… Lifeline may ask for the administrator&apos;s password.</source>
        <translation>Eliminando «%1»… Lifeline puede pedir la contraseña de administrador.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="333"/>
        <source>“%1” was removed.</source>
        <translation>Se ha eliminado «%1».</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="347"/>
        <source>Setting the MTU of “%1”…</source>
        <translation>Estableciendo la MTU de «%1»…</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SettingsWindow.cpp" line="352"/>
        <source>The MTU of “%1” is set.</source>
        <translation>La MTU de «%1» está establecida.</translation>
    </message>
</context>
<context>
    <name>Lifeline::Windows::SetupWindow</name>
    <message>
        <location filename="../app/tray/windows/SetupWindow.cpp" line="53"/>
        <source>&amp;Back</source>
        <translation>&amp;Volver</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SetupWindow.cpp" line="53"/>
        <source>Back to the choice of how to add a connection</source>
        <translation>Volver a la elección de cómo añadir una conexión</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SetupWindow.cpp" line="54"/>
        <location filename="../app/tray/windows/SetupWindow.cpp" line="129"/>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SetupWindow.cpp" line="54"/>
        <source>Goes on to the next step</source>
        <translation>Pasa al siguiente paso</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SetupWindow.cpp" line="55"/>
        <location filename="../app/tray/windows/SetupWindow.cpp" line="160"/>
        <location filename="../app/tray/windows/SetupWindow.cpp" line="161"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SetupWindow.cpp" line="55"/>
        <source>Closes this window</source>
        <translation>Cierra esta ventana</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SetupWindow.cpp" line="57"/>
        <source>Add a backup connection — Lifeline</source>
        <translation>Añadir una conexión de respaldo — Lifeline</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SetupWindow.cpp" line="59"/>
        <source>Add a backup connection</source>
        <translation>Añadir una conexión de respaldo</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SetupWindow.cpp" line="71"/>
        <source>Adding a connection asks for the administrator&apos;s password.</source>
        <translation>Para añadir una conexión se pide la contraseña de administrador.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SetupWindow.cpp" line="88"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SetupWindow.cpp" line="130"/>
        <source>Adds the connection; asks for the administrator&apos;s password</source>
        <translation>Añade la conexión; pide la contraseña de administrador</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SetupWindow.cpp" line="136"/>
        <source>&amp;Make keys and add</source>
        <translation>&amp;Generar claves y añadir</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SetupWindow.cpp" line="137"/>
        <source>Makes this computer&apos;s key pair and adds the connection; asks for the administrator&apos;s password</source>
        <translation>Genera el par de claves de este equipo y añade la conexión; pide la contraseña de administrador</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SetupWindow.cpp" line="143"/>
        <source>&amp;Next: test it</source>
        <translation>&amp;Siguiente: probarla</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SetupWindow.cpp" line="144"/>
        <source>Goes on to testing the connection</source>
        <translation>Pasa a probar la conexión</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SetupWindow.cpp" line="160"/>
        <source>&amp;Done</source>
        <translation>&amp;Listo</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SetupWindow.cpp" line="161"/>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SetupWindow.cpp" line="204"/>
        <source>Please check:</source>
        <translation>Revise lo siguiente:</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SetupWindow.cpp" line="217"/>
        <source>Adding “%1”… Lifeline may ask for the administrator&apos;s password.</source>
        <translation>Añadiendo «%1»… Lifeline puede pedir la contraseña de administrador.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/SetupWindow.cpp" line="243"/>
        <source>Making the keys for “%1”… Lifeline may ask for the administrator&apos;s password.</source>
        <translation>Generando las claves de «%1»… Lifeline puede pedir la contraseña de administrador.</translation>
    </message>
</context>
<context>
    <name>Lifeline::Windows::TestPage</name>
    <message>
        <location filename="../app/tray/windows/TestPage.cpp" line="17"/>
        <location filename="../app/tray/windows/TestPage.cpp" line="64"/>
        <source>&amp;Test the connection</source>
        <translation>&amp;Probar la conexión</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/TestPage.cpp" line="18"/>
        <source>&amp;Leave it connected after the test</source>
        <translation>&amp;Dejarla conectada después de la prueba</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/TestPage.cpp" line="24"/>
        <source>Lifeline connects, waits for the server to answer, and tells you how it went. Afterwards it disconnects again, unless you want to keep the connection on.</source>
        <translation>Lifeline se conecta, espera la respuesta del servidor y le dice cómo ha ido. Después se vuelve a desconectar, salvo que quiera mantener la conexión activa.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/TestPage.cpp" line="30"/>
        <source>Test the connection</source>
        <translation>Probar la conexión</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/TestPage.cpp" line="31"/>
        <source>Connects the new backup connection once to see whether the server answers</source>
        <translation>Conecta una vez la nueva conexión de respaldo para ver si el servidor responde</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/TestPage.cpp" line="34"/>
        <source>Leave it connected after the test</source>
        <translation>Dejarla conectada después de la prueba</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/TestPage.cpp" line="36"/>
        <source>When ticked, the connection stays on after a successful test</source>
        <translation>Si está marcada, la conexión sigue activa tras una prueba correcta</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/TestPage.cpp" line="41"/>
        <source>Test result</source>
        <translation>Resultado de la prueba</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/TestPage.cpp" line="62"/>
        <source>The connection “%1” has been added.</source>
        <translation>Se ha añadido la conexión «%1».</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/TestPage.cpp" line="81"/>
        <source>&amp;Test again</source>
        <translation>&amp;Probar de nuevo</translation>
    </message>
</context>
<context>
    <name>Lifeline::Windows::TunnelTable</name>
    <message>
        <location filename="../app/tray/windows/TunnelTable.cpp" line="152"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/TunnelTable.cpp" line="154"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/TunnelTable.cpp" line="156"/>
        <source>Carries</source>
        <translation>Transporta</translation>
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
        <translation>El código de estado esperado debe ser un código HTTP, del 100 al 599.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsForm.cpp" line="91"/>
        <source>The expected start of the answer can be at most 1024 characters long.</source>
        <translation>El inicio esperado de la respuesta puede tener como máximo 1024 caracteres.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsForm.cpp" line="97"/>
        <source>“%1” is not a host name; use one with both an IPv4 and an IPv6 address, like example.org.</source>
        <translation>«%1» no es un nombre de host; use uno con dirección IPv4 e IPv6, por ejemplo example.org.</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsForm.cpp" line="102"/>
        <source>The time to wait must be from %1 to %2 milliseconds.</source>
        <translation>La espera debe estar entre %1 y %2 milisegundos.</translation>
    </message>
</context>
<context>
    <name>ProbeTargetsPanel</name>
    <message>
        <location filename="../app/tray/windows/ProbeTargetsPanel.cpp" line="32"/>
        <source>From %1 to %2</source>
        <translation>Del %1 al %2</translation>
    </message>
</context>
<context>
    <name>TunnelStatusText</name>
    <message>
        <location filename="../app/tray/windows/TunnelStatusText.cpp" line="15"/>
        <source>just now</source>
        <translation>hace un momento</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/TunnelStatusText.cpp" line="17"/>
        <source>1 second ago</source>
        <translation>hace 1 segundo</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/TunnelStatusText.cpp" line="17"/>
        <source>%1 seconds ago</source>
        <translation>hace %1 segundos</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/TunnelStatusText.cpp" line="19"/>
        <source>1 minute ago</source>
        <translation>hace 1 minuto</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/TunnelStatusText.cpp" line="19"/>
        <source>%1 minutes ago</source>
        <translation>hace %1 minutos</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/TunnelStatusText.cpp" line="21"/>
        <source>1 hour ago</source>
        <translation>hace 1 hora</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/TunnelStatusText.cpp" line="21"/>
        <source>%1 hours ago</source>
        <translation>hace %1 horas</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/TunnelStatusText.cpp" line="22"/>
        <source>1 day ago</source>
        <translation>hace 1 día</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/TunnelStatusText.cpp" line="22"/>
        <source>%1 days ago</source>
        <translation>hace %1 días</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/TunnelStatusText.cpp" line="32"/>
        <source>Connected, waiting for the server to answer</source>
        <translation>Conectada, esperando la respuesta del servidor</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/TunnelStatusText.cpp" line="33"/>
        <source>Connected, the server answered %1</source>
        <translation>Conectada, el servidor respondió %1</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/TunnelStatusText.cpp" line="36"/>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/TunnelStatusText.cpp" line="38"/>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/TunnelStatusText.cpp" line="38"/>
        <source>Failed: %1</source>
        <translation>Fallida: %1</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/TunnelStatusText.cpp" line="40"/>
        <source>Not connected</source>
        <translation>No conectada</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/TunnelStatusText.cpp" line="41"/>
        <source>Unknown (%1)</source>
        <translation>Desconocido (%1)</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/TunnelStatusText.cpp" line="50"/>
        <source>IPv4 and IPv6</source>
        <translation>IPv4 e IPv6</translation>
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
        <translation>nada todavía</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/TunnelStatusText.cpp" line="62"/>
        <source>default</source>
        <translation>predeterminada</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/TunnelStatusText.cpp" line="64"/>
        <source>automatic (%1)</source>
        <translation>automática (%1)</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/TunnelStatusText.cpp" line="64"/>
        <source>automatic</source>
        <translation>automática</translation>
    </message>
    <message>
        <location filename="../app/tray/windows/TunnelStatusText.cpp" line="66"/>
        <source>%1 (chosen)</source>
        <translation>%1 (fija)</translation>
    </message>
</context>
<context>
    <name>lifeline</name>
    <message>
        <location filename="../app/tray/TrayCommandLine.cpp" line="22"/>
        <source>Shows in the system tray whether the internet works, in plain words, and fixes a half-broken connection in one click: a backup connection for the broken part, programs run with IPv4 or IPv6 only, and a repair for pages that stall.

Settings: $XDG_CONFIG_HOME/lifeline/lifeline.conf. Only one Lifeline runs per session; starting it again shows the running one&apos;s menu.</source>
        <translation>Muestra en la bandeja del sistema, con palabras sencillas, si internet funciona, y arregla con un clic una conexión medio caída: una conexión de respaldo para la parte que falla, programas que solo usan IPv4 o IPv6 y una reparación para las páginas que se quedan colgadas.

Preferencias: $XDG_CONFIG_HOME/lifeline/lifeline.conf. Solo se ejecuta un Lifeline por sesión; al iniciarlo de nuevo se muestra el menú del que ya está en ejecución.</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayCommandLine.cpp" line="30"/>
        <source>Started by the session at log-in: does nothing when Lifeline runs already, or when &quot;Start Lifeline when I log in&quot; is off in the settings.</source>
        <translation>Lo ejecuta la sesión al iniciarse: no hace nada si Lifeline ya está en ejecución o si «Iniciar Lifeline al iniciar sesión» está desactivado en las preferencias.</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayCommandLine.cpp" line="33"/>
        <source>Opens the window that picks a program to run with IPv4 only (ipv4-only), with IPv6 only (ipv6-only), or through the backup connection (tunnel); in the running Lifeline if there is one.</source>
        <translation>Abre la ventana para elegir un programa que se ejecutará solo con IPv4 (ipv4-only), solo con IPv6 (ipv6-only) o por la conexión de respaldo (tunnel); en el Lifeline en ejecución, si lo hay.</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayCommandLine.cpp" line="36"/>
        <source>MODE</source>
        <translation>MODO</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayCommandLine.cpp" line="45"/>
        <source>%1 See --help.</source>
        <translation>%1 Consulte --help.</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayCommandLine.cpp" line="50"/>
        <source>takes no arguments, but was given &quot;%1&quot;; see --help</source>
        <translation>no admite argumentos, pero recibió «%1»; consulte --help</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayCommandLine.cpp" line="56"/>
        <source>--autostart and --run-picker do not go together; see --help</source>
        <translation>--autostart y --run-picker no pueden usarse juntos; consulte --help</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayCommandLine.cpp" line="62"/>
        <source>--run-picker was given more than once; see --help</source>
        <translation>--run-picker se indicó más de una vez; consulte --help</translation>
    </message>
    <message>
        <location filename="../app/tray/TrayCommandLine.cpp" line="67"/>
        <source>--run-picker does not know the mode &quot;%1&quot;; it takes %2</source>
        <translation>--run-picker no conoce el modo «%1»; admite %2</translation>
    </message>
    <message>
        <location filename="../app/tray/main.cpp" line="83"/>
        <source>there is no display to show the tray icon on: neither DISPLAY nor WAYLAND_DISPLAY is set. Start lifeline from a graphical session.</source>
        <translation>no hay ninguna pantalla donde mostrar el icono de la bandeja del sistema: no están definidas ni DISPLAY ni WAYLAND_DISPLAY. Inicie lifeline desde una sesión gráfica.</translation>
    </message>
</context>
<context>
    <name>lifelinectl</name>
    <message>
        <location filename="../app/ctl/CommandLine.cpp" line="24"/>
        <source>info takes no argument &quot;%1&quot;; see --help</source>
        <translation>info no admite el argumento «%1»; consulte --help</translation>
    </message>
    <message>
        <location filename="../app/ctl/CommandLine.cpp" line="35"/>
        <source>run takes exactly one of --ipv4-only, --ipv6-only and --tunnel</source>
        <translation>run admite exactamente una de las opciones --ipv4-only, --ipv6-only y --tunnel</translation>
    </message>
    <message>
        <location filename="../app/ctl/CommandLine.cpp" line="73"/>
        <source>--tunnel needs the name of a tunnel</source>
        <translation>--tunnel necesita el nombre de un túnel</translation>
    </message>
    <message>
        <location filename="../app/ctl/CommandLine.cpp" line="79"/>
        <source>run has no option &quot;%1&quot;; see lifelinectl run --help</source>
        <translation>run no tiene la opción «%1»; consulte lifelinectl run --help</translation>
    </message>
    <message>
        <location filename="../app/ctl/CommandLine.cpp" line="84"/>
        <location filename="../app/ctl/MtuCommand.cpp" line="38"/>
        <location filename="../app/ctl/TunnelCommandLine.cpp" line="213"/>
        <source>&quot;%1&quot; is not a tunnel name (1 to 12 of a-z, 0-9 and -)</source>
        <translation>«%1» no es un nombre de túnel (de 1 a 12 caracteres entre a-z, 0-9 y -)</translation>
    </message>
    <message>
        <location filename="../app/ctl/CommandLine.cpp" line="91"/>
        <source>run needs one of --ipv4-only, --ipv6-only or --tunnel NAME; see lifelinectl run --help</source>
        <translation>run necesita una de las opciones --ipv4-only, --ipv6-only o --tunnel NOMBRE; consulte lifelinectl run --help</translation>
    </message>
    <message>
        <location filename="../app/ctl/CommandLine.cpp" line="96"/>
        <source>run needs a command to run; see lifelinectl run --help</source>
        <translation>run necesita un comando que ejecutar; consulte lifelinectl run --help</translation>
    </message>
    <message>
        <location filename="../app/ctl/CommandLine.cpp" line="148"/>
        <source>unknown option &quot;%1&quot;; see --help</source>
        <translation>opción desconocida «%1»; consulte --help</translation>
    </message>
    <message>
        <location filename="../app/ctl/CommandLine.cpp" line="156"/>
        <source>run does not print JSON; see --help</source>
        <translation>run no muestra JSON; consulte --help</translation>
    </message>
    <message>
        <location filename="../app/ctl/CommandLine.cpp" line="167"/>
        <source>unknown command &quot;%1&quot;; see --help</source>
        <translation>comando desconocido «%1»; consulte --help</translation>
    </message>
    <message>
        <location filename="../app/ctl/CommandLine.cpp" line="170"/>
        <source>no command given; see --help</source>
        <translation>no se ha indicado ningún comando; consulte --help</translation>
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
        <translation>Uso: lifelinectl [--json] info
     lifelinectl status [--json] [--timeout MS]
     lifelinectl run (--ipv4-only | --ipv6-only | --tunnel NOMBRE) [--] COMANDO [ARGS...]
     lifelinectl tunnel (import | create | remove | list | show | up | down | set) ...
     lifelinectl mtu fix NOMBRE

Lifeline desde la línea de comandos.

Comandos:
  info               la versión del servicio y lo que ofrece este equipo
  status             comprobar la conexión una vez y decir qué falla
                     (lifelinectl status --help: más información)
  run                ejecutar COMANDO con una conexión restringida y esperar
                     a que termine:
    --ipv4-only        solo ve IPv4 (ni dirección, ni ruta, ni respuesta IPv6)
    --ipv6-only        solo ve IPv6
    --tunnel NOMBRE    cada paquete pasa por el túnel NOMBRE, o por ningún sitio
                     COMANDO se busca en el PATH; recibe este terminal, este
                     entorno y este directorio; se le pasan las señales.
  tunnel import NOMBRE ARCHIVO  añadir una configuración de WireGuard (wg-quick)
  tunnel create NOMBRE ...      crear un túnel con un par de claves nuevo y
                                mostrar lo que necesita el servidor
  tunnel remove NOMBRE          eliminar un túnel
  tunnel list                   todos los túneles y su estado
  tunnel show NOMBRE            todo sobre un túnel
  tunnel up NOMBRE              conectar un túnel y esperar a que esté activo
  tunnel down NOMBRE            desconectar un túnel
  tunnel set NOMBRE mtu=auto|NÚMERO|config  medir la MTU tras cada conexión,
                     fijarla o volver a la de la configuración
                     (lifelinectl tunnel --help: más sobre túneles)
  mtu fix NOMBRE     buscar el paquete más grande que transporta el túnel
                     NOMBRE y ajustar su MTU (lifelinectl mtu --help: más
                     información)

Opciones:
  --json             info, status, tunnel list, show, create: mostrar JSON
  -h, --help         mostrar esta ayuda (lifelinectl run --help: ayuda de run)
  -v, --version      mostrar la versión

Código de salida:
  0      éxito; run: el código de salida de COMANDO, 128+N si lo mató la
         señal N
  1      el servicio se negó o falló (el mensaje dice por qué); tunnel up: el
         túnel no llegó a conectarse
  2      status: algo falla (la frase dice qué)
  64     la línea de comandos era incorrecta
  65     tunnel: se rechazó la configuración (o es demasiado grande, o no es
         texto); mtu fix: la configuración no indica ningún host que medir
  66     tunnel, mtu: no existe ese túnel, o no se puede leer ARCHIVO
  69     el servicio de Lifeline no está disponible, o se detuvo mientras se
         ejecutaba COMANDO
  75     tunnel up: aún no estaba conectado cuando se agotó el tiempo de espera
  77     no autorizado
  126    se encontró COMANDO, pero no se puede ejecutar
  127    no se encontró COMANDO
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
        <translation>Uso: lifelinectl run (--ipv4-only | --ipv6-only | --tunnel NOMBRE) [--] COMANDO [ARGS...]

Ejecuta COMANDO con una conexión restringida, espera a que termine y sale con
su código de salida (128+N si lo mató la señal N), así que se combina como env
o nice.

  --ipv4-only      COMANDO solo ve IPv4: ni dirección, ni ruta, ni respuesta
                   IPv6
  --ipv6-only      COMANDO solo ve IPv6
  --tunnel NOMBRE  cada paquete de COMANDO pasa por el túnel NOMBRE; si el
                   túnel cae, COMANDO queda aislado en lugar de filtrarse
  -h, --help       mostrar esta ayuda

COMANDO se busca en el PATH como hace env. Se ejecuta como usted, con este
terminal (entrada, salida y error estándar), este entorno y este directorio de
trabajo. SIGINT, SIGTERM, SIGHUP y SIGQUIT enviadas a lifelinectl se pasan a
COMANDO. Use -- delante de un COMANDO que empiece por un guion.

Código de salida: el de COMANDO, o 64 uso incorrecto, 69 servicio no
disponible, 77 no autorizado, 126 no se puede ejecutar COMANDO, 127 no existe
ese comando, 1 otro fallo.
</translation>
    </message>
    <message>
        <location filename="../app/ctl/InfoCommand.cpp" line="34"/>
        <source>Helper version: %1</source>
        <translation>Versión del servicio: %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/LaunchRequest.cpp" line="48"/>
        <source>cannot tell the current directory: %1</source>
        <translation>no se puede determinar el directorio actual: %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/LaunchRequest.cpp" line="61"/>
        <source>%1: no such command</source>
        <translation>%1: no existe ese comando</translation>
    </message>
    <message>
        <location filename="../app/ctl/LaunchRequest.cpp" line="64"/>
        <source>cannot run %1: %2</source>
        <translation>no se puede ejecutar %1: %2</translation>
    </message>
    <message>
        <location filename="../app/ctl/MtuCommand.cpp" line="23"/>
        <source>mtu fix has no option &quot;%1&quot;; see lifelinectl mtu --help</source>
        <translation>mtu fix no tiene la opción «%1»; consulte lifelinectl mtu --help</translation>
    </message>
    <message>
        <location filename="../app/ctl/MtuCommand.cpp" line="29"/>
        <source>mtu needs the command fix; see lifelinectl mtu --help</source>
        <translation>mtu necesita el comando fix; consulte lifelinectl mtu --help</translation>
    </message>
    <message>
        <location filename="../app/ctl/MtuCommand.cpp" line="32"/>
        <source>mtu fix does not print JSON; see lifelinectl mtu --help</source>
        <translation>mtu fix no muestra JSON; consulte lifelinectl mtu --help</translation>
    </message>
    <message>
        <location filename="../app/ctl/MtuCommand.cpp" line="35"/>
        <source>mtu fix needs the name of one tunnel; see lifelinectl mtu --help</source>
        <translation>mtu fix necesita el nombre de un túnel; consulte lifelinectl mtu --help</translation>
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
        <translation>Uso: lifelinectl mtu fix NOMBRE

Busca el paquete más grande que atraviesa en ambos sentidos el túnel conectado
NOMBRE y ajusta la MTU del túnel a ese tamaño. Úselo cuando las páginas
pequeñas cargan por el túnel pero las descargas grandes o HTTPS se quedan
colgadas: un enlace del camino transporta menos de lo que envía el túnel, y
nadie lo avisa.

El servicio envía a la vez pings de varios tamaños con «no fragmentar» por el
túnel al servidor DNS de la configuración (si el túnel lo transporta) o, si
no, a la primera dirección individual de AllowedIPs. El resultado nunca es
menor de lo que necesitan las familias de direcciones del túnel (1280 con
IPv6, 576 solo con IPv4) ni mayor de lo que permite el camino hasta el
servidor. Tarda más o menos un segundo, cinco como mucho. Muestra la MTU de
antes y la de después.

Necesita la acción de polkit io.github.lifeline.fix-mtu (permitida para la
sesión activa; si no, con la contraseña de administrador).

Código de salida: 0 MTU establecida, 1 el túnel no está conectado o no volvió
ninguna comprobación (el mensaje dice por qué), 64 uso incorrecto, 65 la
configuración no indica ningún host que medir, 66 no existe ese túnel,
69 servicio no disponible, 77 no autorizado.
</translation>
    </message>
    <message>
        <location filename="../app/ctl/MtuCommand.cpp" line="90"/>
        <source>MTU of %1: %2 -&gt; %3</source>
        <translation>MTU de %1: %2 -&gt; %3</translation>
    </message>
    <message>
        <location filename="../app/ctl/RunCommand.cpp" line="78"/>
        <source>the system bus cannot pass this terminal on to the program</source>
        <translation>el bus del sistema no puede pasar este terminal al programa</translation>
    </message>
    <message>
        <location filename="../app/ctl/RunCommand.cpp" line="99"/>
        <location filename="../app/ctl/TunnelUpCommand.cpp" line="56"/>
        <source>cannot listen to Lifeline&apos;s helper: %1</source>
        <translation>no se puede escuchar al servicio de Lifeline: %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/RunCommand.cpp" line="137"/>
        <source>Lifeline&apos;s helper gave an answer that makes no sense</source>
        <translation>el servicio de Lifeline dio una respuesta sin sentido</translation>
    </message>
    <message>
        <location filename="../app/ctl/RunCommand.cpp" line="185"/>
        <source>waiting for the program to start, to pass the signal on; send it again to stop waiting</source>
        <translation>esperando a que se inicie el programa para pasarle la señal; envíela otra vez para dejar de esperar</translation>
    </message>
    <message>
        <location filename="../app/ctl/RunCommand.cpp" line="191"/>
        <source>stopped waiting; the program may still start</source>
        <translation>se ha dejado de esperar; puede que el programa aún se inicie</translation>
    </message>
    <message>
        <location filename="../app/ctl/RunCommand.cpp" line="208"/>
        <source>cannot pass the signal on to the program: %1</source>
        <translation>no se puede pasar la señal al programa: %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/RunCommand.cpp" line="219"/>
        <source>Lifeline&apos;s helper stopped while the program was running; its exit status is unknown</source>
        <translation>el servicio de Lifeline se detuvo mientras el programa se ejecutaba; se desconoce su código de salida</translation>
    </message>
    <message>
        <location filename="../app/ctl/SignalForwarder.cpp" line="50"/>
        <location filename="../app/ctl/SignalForwarder.cpp" line="64"/>
        <source>cannot set up signal handling: %1</source>
        <translation>no se puede configurar el manejo de señales: %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCommandLine.cpp" line="41"/>
        <source>tunnel set knows only mtu=auto, mtu=NUMBER and mtu=config, not &quot;%1&quot;; see lifelinectl tunnel set --help</source>
        <translation>tunnel set solo admite mtu=auto, mtu=NÚMERO y mtu=config, no «%1»; consulte lifelinectl tunnel set --help</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCommandLine.cpp" line="54"/>
        <source>mtu= takes auto, config or a whole number from %1 to %2, not &quot;%3&quot;</source>
        <translation>mtu= admite auto, config o un número entero del %1 al %2, no «%3»</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCommandLine.cpp" line="79"/>
        <source>tunnel up takes at most one of --ipv4, --ipv6 and --all</source>
        <translation>tunnel up admite como máximo una de las opciones --ipv4, --ipv6 y --all</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCommandLine.cpp" line="91"/>
        <source>--timeout needs a number of seconds</source>
        <translation>--timeout necesita un número de segundos</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCommandLine.cpp" line="97"/>
        <source>tunnel up has no option &quot;%1&quot;; see lifelinectl tunnel up --help</source>
        <translation>tunnel up no tiene la opción «%1»; consulte lifelinectl tunnel up --help</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCommandLine.cpp" line="104"/>
        <source>--timeout takes whole seconds from 0 (no limit) to %1, not &quot;%2&quot;</source>
        <translation>--timeout admite segundos enteros del 0 (sin límite) al %1, no «%2»</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCommandLine.cpp" line="127"/>
        <source>tunnel create has no option &quot;%1&quot;; see lifelinectl tunnel create --help</source>
        <translation>tunnel create no tiene la opción «%1»; consulte lifelinectl tunnel create --help</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCommandLine.cpp" line="136"/>
        <source>%1 needs a value</source>
        <translation>%1 necesita un valor</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCommandLine.cpp" line="138"/>
        <source>tunnel create takes %1 only once</source>
        <translation>tunnel create admite %1 una sola vez</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCommandLine.cpp" line="152"/>
        <source>tunnel create needs --endpoint HOST:PORT (the server); see lifelinectl tunnel create --help</source>
        <translation>tunnel create necesita --endpoint HOST:PUERTO (el servidor); consulte lifelinectl tunnel create --help</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCommandLine.cpp" line="156"/>
        <source>tunnel create needs --server-key KEY (the server&apos;s public key); see lifelinectl tunnel create --help</source>
        <translation>tunnel create necesita --server-key CLAVE (la clave pública del servidor); consulte lifelinectl tunnel create --help</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCommandLine.cpp" line="160"/>
        <source>tunnel create needs at least one --address CIDR (this computer&apos;s address in the tunnel); see lifelinectl tunnel create --help</source>
        <translation>tunnel create necesita al menos una opción --address CIDR (la dirección de este equipo en el túnel); consulte lifelinectl tunnel create --help</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCommandLine.cpp" line="178"/>
        <source>tunnel %1 has no option &quot;%2&quot;; see lifelinectl tunnel %1 --help</source>
        <translation>tunnel %1 no tiene la opción «%2»; consulte lifelinectl tunnel %1 --help</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCommandLine.cpp" line="191"/>
        <source>tunnel %1 takes no arguments; see lifelinectl tunnel %1 --help</source>
        <translation>tunnel %1 no admite argumentos; consulte lifelinectl tunnel %1 --help</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCommandLine.cpp" line="195"/>
        <source>tunnel %1 needs the name of one tunnel; see lifelinectl tunnel %1 --help</source>
        <translation>tunnel %1 necesita el nombre de un túnel; consulte lifelinectl tunnel %1 --help</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCommandLine.cpp" line="200"/>
        <source>tunnel set needs a NAME and mtu=auto, mtu=NUMBER or mtu=config; see lifelinectl tunnel set --help</source>
        <translation>tunnel set necesita un NOMBRE y mtu=auto, mtu=NÚMERO o mtu=config; consulte lifelinectl tunnel set --help</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCommandLine.cpp" line="203"/>
        <source>tunnel %1 needs a NAME and a FILE (- for standard input); see lifelinectl tunnel %1 --help</source>
        <translation>tunnel %1 necesita un NOMBRE y un ARCHIVO (- para la entrada estándar); consulte lifelinectl tunnel %1 --help</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCommandLine.cpp" line="220"/>
        <source>tunnel import needs a FILE (- for standard input)</source>
        <translation>tunnel import necesita un ARCHIVO (- para la entrada estándar)</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCommandLine.cpp" line="231"/>
        <source>tunnel needs one of import, create, remove, list, show, up, down and set; see lifelinectl tunnel --help</source>
        <translation>tunnel necesita uno de los comandos import, create, remove, list, show, up, down y set; consulte lifelinectl tunnel --help</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCommandLine.cpp" line="241"/>
        <source>tunnel has no command &quot;%1&quot;; see lifelinectl tunnel --help</source>
        <translation>tunnel no tiene el comando «%1»; consulte lifelinectl tunnel --help</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCommandLine.cpp" line="265"/>
        <source>tunnel %1 does not print JSON; see lifelinectl tunnel --help</source>
        <translation>tunnel %1 no muestra JSON; consulte lifelinectl tunnel --help</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCommands.cpp" line="92"/>
        <source>No tunnels yet. Add one with: lifelinectl tunnel import NAME FILE</source>
        <translation>Todavía no hay túneles. Añada uno con: lifelinectl tunnel import NOMBRE ARCHIVO</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCommands.cpp" line="160"/>
        <source>Imported tunnel %1. Connect it with: lifelinectl tunnel up %1</source>
        <translation>Túnel %1 importado. Conéctelo con: lifelinectl tunnel up %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCommands.cpp" line="167"/>
        <source>Removed tunnel %1.</source>
        <translation>Túnel %1 eliminado.</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCommands.cpp" line="172"/>
        <source>Tunnel %1 is down.</source>
        <translation>El túnel %1 está desconectado.</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCommands.cpp" line="178"/>
        <source>Tunnel %1 probes its MTU after every connect (now too, if it is up).</source>
        <translation>El túnel %1 mide su MTU tras cada conexión (también ahora, si está conectado).</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCommands.cpp" line="182"/>
        <source>Tunnel %1 uses the MTU of its configuration (from now on, if it is up).</source>
        <translation>El túnel %1 usa la MTU de su configuración (desde ahora, si está conectado).</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCommands.cpp" line="185"/>
        <source>Tunnel %1 uses MTU %2 (from now on, if it is up).</source>
        <translation>El túnel %1 usa la MTU %2 (desde ahora, si está conectado).</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelConfigFile.cpp" line="58"/>
        <source>standard input</source>
        <translation>entrada estándar</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelConfigFile.cpp" line="65"/>
        <location filename="../app/ctl/TunnelConfigFile.cpp" line="79"/>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelConfigFile.cpp" line="68"/>
        <source>Paste the configuration, then press Ctrl+D.
</source>
        <translation>Pegue la configuración y pulse Ctrl+D.
</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelConfigFile.cpp" line="88"/>
        <source>%1 is larger than %2 bytes; that is not a WireGuard configuration</source>
        <translation>%1 ocupa más de %2 bytes; eso no es una configuración de WireGuard</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelConfigFile.cpp" line="95"/>
        <source>%1 is not text (it contains a NUL byte)</source>
        <translation>%1 no es texto (contiene un byte NUL)</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelConfigFile.cpp" line="102"/>
        <source>%1 is not UTF-8 text</source>
        <translation>%1 no es texto UTF-8</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCreateCommand.cpp" line="56"/>
        <source>Created tunnel %1. Its public key, for the server:
  %2
</source>
        <translation>Túnel %1 creado. Su clave pública, para el servidor:
  %2
</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCreateCommand.cpp" line="59"/>
        <source>The server&apos;s WireGuard configuration (put the server&apos;s private key in place of %1):
</source>
        <translation>La configuración de WireGuard del servidor (ponga la clave privada del servidor en lugar de %1):
</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCreateCommand.cpp" line="64"/>
        <source>Commands for the server (Debian):
</source>
        <translation>Comandos para el servidor (Debian):
</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCreateCommand.cpp" line="66"/>
        <source>Once the server runs it, connect with: lifelinectl tunnel up %1</source>
        <translation>Cuando el servidor lo tenga en marcha, conéctese con: lifelinectl tunnel up %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelCreateCommand.cpp" line="88"/>
        <source>created tunnel %1 (public key %2), but cannot write the server&apos;s side: %3</source>
        <translation>túnel %1 creado (clave pública %2), pero no se puede escribir la parte del servidor: %3</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="75"/>
        <source>default</source>
        <translation>predeterminada</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="114"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="117"/>
        <source>just now</source>
        <translation>hace un momento</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="120"/>
        <source>1 second ago</source>
        <translation>hace 1 segundo</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="121"/>
        <source>%1 seconds ago</source>
        <translation>hace %1 segundos</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="123"/>
        <source>1 minute ago</source>
        <translation>hace 1 minuto</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="124"/>
        <source>%1 minutes ago</source>
        <translation>hace %1 minutos</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="126"/>
        <source>1 hour ago</source>
        <translation>hace 1 hora</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="127"/>
        <source>%1 hours ago</source>
        <translation>hace %1 horas</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="128"/>
        <source>1 day ago</source>
        <translation>hace 1 día</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="129"/>
        <source>%1 days ago</source>
        <translation>hace %1 días</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="144"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="145"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="192"/>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="193"/>
        <source>STATE</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="194"/>
        <source>INTERFACE</source>
        <translation>INTERFAZ</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="195"/>
        <source>ENDPOINT</source>
        <translation>PUNTO DE CONEXIÓN</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="196"/>
        <source>FAMILIES</source>
        <translation>FAMILIAS</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="211"/>
        <source>Tunnel:</source>
        <translation>Túnel:</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="220"/>
        <source>State:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="221"/>
        <source>Interface:</source>
        <translation>Interfaz:</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="222"/>
        <source>Endpoint:</source>
        <translation>Punto de conexión:</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="223"/>
        <source>Families:</source>
        <translation>Familias:</translation>
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
        <translation>%1 (medida %2)</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="232"/>
        <source>MTU setting:</source>
        <translation>Ajuste de MTU:</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="235"/>
        <source>from the configuration</source>
        <translation>de la configuración</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="240"/>
        <source>MTU error:</source>
        <translation>Error de MTU:</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="241"/>
        <source>Back end:</source>
        <translation>Implementación:</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="242"/>
        <source>Last handshake:</source>
        <translation>Último handshake:</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="244"/>
        <source>Received:</source>
        <translation>Recibido:</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="246"/>
        <source>Sent:</source>
        <translation>Enviado:</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="248"/>
        <source>DNS:</source>
        <translation>DNS:</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="249"/>
        <source>Peers:</source>
        <translation>Pares:</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelFormat.cpp" line="252"/>
        <source>Error:</source>
        <translation>Error:</translation>
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
        <translation>Uso: lifelinectl tunnel import NOMBRE ARCHIVO
     lifelinectl tunnel create NOMBRE --endpoint HOST:PUERTO --server-key CLAVE
                               --address CIDR... [--allowed-ip CIDR]... [--dns DIRECCIÓN]...
     lifelinectl tunnel remove NOMBRE
     lifelinectl tunnel list [--json]
     lifelinectl tunnel show NOMBRE [--json]
     lifelinectl tunnel up NOMBRE [--ipv4 | --ipv6 | --all] [--no-wait] [--timeout SEGUNDOS]
     lifelinectl tunnel down NOMBRE
     lifelinectl tunnel set NOMBRE mtu=auto|NÚMERO|config

Túneles WireGuard que llevan una familia IP caída a través de la que funciona.
NOMBRE tiene de 1 a 12 caracteres entre a-z, 0-9 y -; la interfaz del túnel
se llama ll-NOMBRE.

  import NOMBRE ARCHIVO  añadir la configuración wg-quick de ARCHIVO (- lee la
                     entrada estándar) como túnel NOMBRE; requiere un
                     administrador
  create NOMBRE ...  crear el túnel NOMBRE con un par de claves nuevo (la
                     clave privada nunca sale del servicio) y mostrar la parte
                     del servidor; requiere un administrador
  remove NOMBRE      eliminar el túnel NOMBRE y su configuración; requiere un
                     administrador
  list               todos los túneles: nombre, estado, interfaz, punto de
                     conexión, familias
  show NOMBRE        todo lo que sabe el servicio del túnel NOMBRE
  up NOMBRE          conectar el túnel NOMBRE y esperar a que esté activo
  down NOMBRE        desconectar el túnel NOMBRE
  set NOMBRE mtu=... medir la MTU del túnel NOMBRE tras cada conexión (auto),
                     usar una fija o volver a la de la configuración (config)

lifelinectl tunnel COMANDO --help explica cada comando.

Código de salida: 0 éxito, 1 el servicio se negó o el túnel falló, 64 uso
incorrecto, 65 configuración rechazada, 66 no existe ese túnel o ARCHIVO,
69 servicio no disponible, 75 aún no conectado cuando se agotó el tiempo,
77 no autorizado.
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
        <translation>Uso: lifelinectl tunnel import NOMBRE ARCHIVO

Añade la configuración de WireGuard de ARCHIVO como túnel NOMBRE. ARCHIVO está
en formato wg-quick, tal como lo entregan las guías de VPS y los proveedores
de VPN; - la lee de la entrada estándar. PreUp, PostUp, PreDown, PostDown y
SaveConfig se rechazan: el servicio nunca ejecuta comandos de un archivo. La
clave privada se queda en el servicio.

ARCHIVO puede tener como máximo 1 MiB de texto UTF-8. Si el servicio lo
rechaza, el mensaje indica la línea. Para sustituir un túnel, elimínelo
primero.

Requiere un administrador (acción de polkit io.github.lifeline.configure-tunnels);
el agente de polkit puede pedir una contraseña.

Código de salida: 0 importado, 65 configuración rechazada, 66 no se puede leer
ARCHIVO, 77 no autorizado, 64 uso incorrecto, 69 servicio no disponible,
1 otro fallo.
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
        <translation>Uso: lifelinectl tunnel create NOMBRE --endpoint HOST:PUERTO --server-key CLAVE
                               --address CIDR [--address CIDR]...
                               [--allowed-ip CIDR]... [--dns DIRECCIÓN]... [--json]

Crea el túnel NOMBRE hacia su propio servidor WireGuard. El servicio genera el
par de claves y guarda la clave privada; el comando muestra la clave pública,
la configuración de WireGuard del servidor y los comandos que preparan el
servidor (Debian): reenvío, NAT y accept_ra=2 para que un servidor IPv6 no
pierda su ruta predeterminada.

  --endpoint HOST:PUERTO  el servidor: un nombre, una dirección IPv4 o
                          [IPv6]:PUERTO
  --server-key CLAVE      la clave pública del servidor (wg pubkey &lt; su clave
                          privada)
  --address CIDR          la dirección de este equipo dentro del túnel, como
                          10.66.0.2/32 o fd66::2/128; repítala para ambas
                          familias
  --allowed-ip CIDR       lo que pasa por el túnel (predeterminado: todo,
                          0.0.0.0/0 y ::/0); se puede repetir
  --dns DIRECCIÓN         un resolvedor que usar mientras el túnel transporta
                          tráfico; se puede repetir
  --json                  mostrar public-key, server-config y server-commands
                          como un objeto JSON

El túnel se mantiene activo cada 25 segundos. Requiere un administrador
(acción de polkit io.github.lifeline.configure-tunnels). Para sustituir un
túnel, elimínelo primero.

Código de salida: 0 creado, 65 ajustes rechazados (el mensaje nombra el
ajuste), 77 no autorizado, 64 uso incorrecto, 69 servicio no disponible,
1 otro fallo.
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
        <translation>Uso: lifelinectl tunnel remove NOMBRE

Elimina el túnel NOMBRE y su configuración, clave privada incluida.
Requiere un administrador (acción de polkit io.github.lifeline.configure-tunnels).

Código de salida: 0 eliminado, 66 no existe ese túnel, 77 no autorizado,
64 uso incorrecto, 69 servicio no disponible, 1 otro fallo.
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
        <translation>Uso: lifelinectl tunnel list [--json]

Muestra una tabla de todos los túneles: NOMBRE, ESTADO (down, connecting, up o
failed), INTERFAZ, PUNTO DE CONEXIÓN y FAMILIAS; - indica un campo vacío. Con
--json, muestra una matriz con un objeto por túnel: &quot;name&quot; y todo lo que da
tunnel show --json. No se necesita autorización.

Código de salida: 0 éxito, 64 uso incorrecto, 69 servicio no disponible,
1 otro fallo.
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
        <translation>Uso: lifelinectl tunnel show NOMBRE [--json]

Muestra lo que sabe el servicio del túnel NOMBRE: estado, interfaz, punto de
conexión, familias, MTU, implementación, último handshake, bytes recibidos y
enviados, el último error y cualquier dato que añadan servicios más nuevos.
Con --json, muestra la respuesta del servicio tal cual (last-handshake en
segundos desde 1970, 0 si nunca; recuentos de bytes como números) más &quot;name&quot;.
No se necesita autorización.

Código de salida: 0 éxito, 66 no existe ese túnel, 64 uso incorrecto,
69 servicio no disponible, 1 otro fallo.
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
        <translation>Uso: lifelinectl tunnel up NOMBRE [--ipv4 | --ipv6 | --all] [--no-wait] [--timeout SEGUNDOS]

Conecta el túnel NOMBRE y espera hasta que esté activo o haya fallado.

  --ipv4           enviar solo IPv4 por el túnel; el IPv6 directo no se toca
  --ipv6           enviar solo IPv6 por el túnel
  --all            enviar ambas familias por el túnel
                   (sin ninguna de estas: lo que diga AllowedIPs en la
                   configuración)
  --no-wait        volver en cuanto el servicio haya aceptado la petición
  --timeout SEGUNDOS  cuánto esperar a que el túnel se active, contando desde
                   que el servicio aceptó la petición (predeterminado 30;
                   0: sin límite)
  -h, --help       mostrar esta ayuda

Necesita la acción de polkit io.github.lifeline.connect-tunnel: permitida para
la persona que está ante el equipo; si no, el agente de polkit pide una
contraseña.

Código de salida: 0 conectado (o, con --no-wait, conectándose), 1 el túnel
falló (el mensaje dice por qué), 66 no existe ese túnel, 75 aún no conectado
cuando se agotó el tiempo, 77 no autorizado, 64 uso incorrecto, 69 servicio no
disponible o desaparecido.
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
        <translation>Uso: lifelinectl tunnel down NOMBRE

Desconecta el túnel NOMBRE. Los programas iniciados con
lifelinectl run --tunnel NOMBRE quedan aislados hasta que vuelva a estar
conectado.
Necesita la acción de polkit io.github.lifeline.connect-tunnel.

Código de salida: 0 éxito, 66 no existe ese túnel, 77 no autorizado, 64 uso
incorrecto, 69 servicio no disponible, 1 otro fallo.
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
        <translation>Uso: lifelinectl tunnel set NOMBRE mtu=auto
     lifelinectl tunnel set NOMBRE mtu=NÚMERO
     lifelinectl tunnel set NOMBRE mtu=config

Elige la MTU del túnel NOMBRE, que el servicio guarda junto con el túnel:

  mtu=auto     tras cada conexión, buscar el paquete más grande que atraviesa
               el túnel en ambos sentidos y usarlo (como hace lifelinectl mtu
               fix). Para un túnel en el que las descargas grandes o HTTPS se
               quedan colgadas mientras las páginas pequeñas cargan.
  mtu=NÚMERO   usar NÚMERO (de 576 a 9000) en cada conexión, en lugar de la
               MTU de la configuración
  mtu=config   sin ajuste: de nuevo la MTU de la configuración (1420 si no
               indica ninguna)

Un túnel conectado recibe el ajuste al momento: auto mide ahora (tunnel show
indica en mtu-error cuándo ha terminado, o por qué falló; el túnel sigue
conectado en cualquier caso), un número o la MTU de la configuración se
aplica ahora. El ajuste desaparece
cuando se elimina el túnel. Necesita la acción de polkit
io.github.lifeline.fix-mtu (permitida para la sesión activa; si no, con la
contraseña de administrador).

Código de salida: 0 guardado, 65 el servicio rechazó el valor, 66 no existe
ese túnel, 77 no autorizado, 64 uso incorrecto, 69 servicio no disponible,
1 otro fallo (el mensaje dice si se guardó el ajuste).
</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelUpCommand.cpp" line="78"/>
        <source>Connecting tunnel %1. See how it goes with: lifelinectl tunnel show %1</source>
        <translation>Conectando el túnel %1. Vea cómo va con: lifelinectl tunnel show %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelUpCommand.cpp" line="129"/>
        <source>Tunnel %1 is up.</source>
        <translation>El túnel %1 está conectado.</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelUpCommand.cpp" line="130"/>
        <source>Tunnel %1 is up (interface %2).</source>
        <translation>El túnel %1 está conectado (interfaz %2).</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelUpCommand.cpp" line="136"/>
        <source>tunnel %1 failed to come up; the helper gave no reason</source>
        <translation>el túnel %1 no llegó a conectarse; el servicio no dio ningún motivo</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelUpCommand.cpp" line="139"/>
        <source>tunnel %1 failed to come up: %2</source>
        <translation>el túnel %1 no llegó a conectarse: %2</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelUpCommand.cpp" line="144"/>
        <source>tunnel %1 was removed while connecting</source>
        <translation>el túnel %1 se eliminó mientras se conectaba</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelUpCommand.cpp" line="150"/>
        <source>tunnel %1 went down before it was up</source>
        <translation>el túnel %1 se desconectó antes de estar conectado</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelUpCommand.cpp" line="163"/>
        <source>tunnel %1 is not up yet (state: %2) and the time to wait (--timeout %3) ran out; it may still come up: lifelinectl tunnel show %1</source>
        <translation>el túnel %1 aún no está conectado (estado: %2) y se agotó el tiempo de espera (--timeout %3); puede que todavía se conecte: lifelinectl tunnel show %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelUpCommand.cpp" line="167"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location filename="../app/ctl/TunnelUpCommand.cpp" line="177"/>
        <source>Lifeline&apos;s helper stopped while tunnel %1 was connecting</source>
        <translation>el servicio de Lifeline se detuvo mientras el túnel %1 se conectaba</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="32"/>
        <source>cannot reach the system bus: %1</source>
        <translation>no se puede acceder al bus del sistema: %1</translation>
    </message>
</context>
<context>
    <name>polkit</name>
    <message>
        <location filename="PolkitStrings.h" line="15"/>
        <source>Configure backup connections</source>
        <translation>Configurar las conexiones de respaldo</translation>
    </message>
    <message>
        <location filename="PolkitStrings.h" line="17"/>
        <source>Authentication is required to add, change or remove a backup connection</source>
        <translation>Se necesita autenticación para añadir, cambiar o eliminar una conexión de respaldo</translation>
    </message>
    <message>
        <location filename="PolkitStrings.h" line="21"/>
        <source>Turn a backup connection on or off</source>
        <translation>Activar o desactivar una conexión de respaldo</translation>
    </message>
    <message>
        <location filename="PolkitStrings.h" line="23"/>
        <source>Authentication is required to turn a backup connection on or off</source>
        <translation>Se necesita autenticación para activar o desactivar una conexión de respaldo</translation>
    </message>
    <message>
        <location filename="PolkitStrings.h" line="27"/>
        <source>Run a program with a restricted connection</source>
        <translation>Ejecutar un programa con una conexión restringida</translation>
    </message>
    <message>
        <location filename="PolkitStrings.h" line="29"/>
        <source>Authentication is required to run a program with a restricted connection</source>
        <translation>Se necesita autenticación para ejecutar un programa con una conexión restringida</translation>
    </message>
    <message>
        <location filename="PolkitStrings.h" line="33"/>
        <source>Repair a backup connection&apos;s packet size</source>
        <translation>Reparar el tamaño de paquete de una conexión de respaldo</translation>
    </message>
    <message>
        <location filename="PolkitStrings.h" line="35"/>
        <source>Authentication is required to repair a backup connection</source>
        <translation>Se necesita autenticación para reparar una conexión de respaldo</translation>
    </message>
</context>
</TS>
