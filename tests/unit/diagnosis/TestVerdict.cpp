// decide(), sentence(), verdictName() and nativeBack() from hand-made findings:
// every verdict, the order of precedence, and the sentences' details.
#include "Verdict.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace Lifeline::Diagnosis;

Q_DECLARE_METATYPE(Lifeline::Diagnosis::Findings)
Q_DECLARE_METATYPE(Lifeline::Diagnosis::Verdict)

namespace {

// One path as the prober would fill it in.
PathFindings works()
{
    PathFindings path;
    path.tried = path.route = path.tcp = true;
    path.http = HttpCheck::Passed;
    path.bigTransferTried = path.bigTransferPassed = true;
    return path;
}

PathFindings timesOut() // a route, but nothing answers (the ISP drops the family)
{
    PathFindings path;
    path.tried = path.route = true;
    path.http = HttpCheck::Failed;
    path.bigTransferTried = true;
    return path;
}

PathFindings noRoute()
{
    PathFindings path;
    path.tried = true;
    return path;
}

PathFindings portal()
{
    PathFindings path = works();
    path.http = HttpCheck::Portal;
    path.bigTransferPassed = false;
    return path;
}

PathFindings bigStalls()
{
    PathFindings path = works();
    path.bigTransferPassed = false;
    return path;
}

PathFindings onlyHttp() // TCP targets blocked, the HTTP check passes
{
    PathFindings path = works();
    path.tcp = false;
    return path;
}

PathFindings nativeAnswer(bool reachable) // the helper's ProbeNative: TCP only
{
    PathFindings path;
    path.tried = path.route = true;
    path.tcp = reachable;
    return path;
}

Findings make(PathFindings v4, PathFindings v6, bool dnsA = true, bool dnsAAAA = true)
{
    Findings findings;
    findings.ipv4.native = v4;
    findings.ipv6.native = v6;
    findings.dns.tried = true;
    findings.dns.answersA = dnsA;
    findings.dns.answersAAAA = dnsAAAA;
    return findings;
}

// The backup connection up and carrying `v4`/`v6`: the ordinary probes for those
// families went through it; native results come from the helper, if at all.
Findings withTunnel(Findings findings, bool v4, bool v6, PathFindings throughTunnel,
    PathFindings native = PathFindings())
{
    findings.tunnel.name = QStringLiteral("vps");
    findings.tunnel.state = QStringLiteral("up");
    findings.tunnel.carriesIPv4 = v4;
    findings.tunnel.carriesIPv6 = v6;
    if (v4) {
        findings.ipv4.tunnel = throughTunnel;
        findings.ipv4.native = native;
    }
    if (v6) {
        findings.ipv6.tunnel = throughTunnel;
        findings.ipv6.native = native;
    }
    return findings;
}

// Marks every string it is asked for in the diagnosis's context.
class MarkingTranslator : public QTranslator {
public:
    QString translate(const char *context, const char *sourceText, const char * = nullptr,
        int = -1) const override
    {
        if (qstrcmp(context, "Lifeline::Diagnosis") != 0)
            return {};
        return QStringLiteral("[de] ") + QString::fromUtf8(sourceText);
    }
    bool isEmpty() const override { return false; }
};

const QList<Verdict> AllVerdicts { Verdict::Checking, Verdict::AllFine, Verdict::IPv4Broken,
    Verdict::IPv6Broken, Verdict::DnsBroken, Verdict::CaptivePortal, Verdict::Offline,
    Verdict::TunnelNotPassing, Verdict::PagesHang };

} // namespace

class TestVerdict : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void decides_data();
    void decides();
    void sentences_data();
    void sentences();
    void everythingWorksWhenTheSentenceSaysSo_data();
    void everythingWorksWhenTheSentenceSaysSo();
    void everythingWorksNotForAnUncarriedFamily();
    void namesAreStableAndDistinct();
    void everyVerdictHasASentence();
    void sentencesAreTranslated();
    void nativeBackOnlyWhileCarried_data();
    void nativeBackOnlyWhileCarried();
};

void TestVerdict::decides_data()
{
    QTest::addColumn<Findings>("findings");
    QTest::addColumn<Verdict>("verdict");

    // Every verdict.
    QTest::newRow("all fine") << make(works(), works()) << Verdict::AllFine;
    QTest::newRow("IPv4 broken") << make(timesOut(), works()) << Verdict::IPv4Broken;
    QTest::newRow("IPv6 broken") << make(works(), timesOut()) << Verdict::IPv6Broken;
    QTest::newRow("no IPv6 at all") << make(works(), noRoute()) << Verdict::IPv6Broken;
    QTest::newRow("no IPv4 at all") << make(noRoute(), works()) << Verdict::IPv4Broken;
    QTest::newRow("DNS broken") << make(works(), works(), false, false) << Verdict::DnsBroken;
    QTest::newRow("captive portal") << make(portal(), portal()) << Verdict::CaptivePortal;
    QTest::newRow("offline, no routes") << make(noRoute(), noRoute()) << Verdict::Offline;
    QTest::newRow("offline, routes") << make(timesOut(), timesOut()) << Verdict::Offline;
    QTest::newRow("tunnel not passing")
        << withTunnel(make(works(), works()), true, false, timesOut()) << Verdict::TunnelNotPassing;
    QTest::newRow("pages hang") << make(bigStalls(), works()) << Verdict::PagesHang;
    Findings checking;
    QTest::newRow("nothing probed is offline") << checking << Verdict::Offline;

    // Details that do not change the verdict.
    QTest::newRow("HTTP alone is enough") << make(onlyHttp(), works()) << Verdict::AllFine;
    QTest::newRow("AAAA missing alone is not DNS broken")
        << make(works(), works(), true, false) << Verdict::AllFine;
    Findings noDns = make(works(), works(), false, false);
    noDns.dns.tried = false;
    QTest::newRow("DNS not probed") << noDns << Verdict::AllFine;
    Findings noIPv6Targets = make(works(), PathFindings());
    QTest::newRow("IPv6 not probed") << noIPv6Targets << Verdict::AllFine;
    PathFindings bigNotTried = works();
    bigNotTried.bigTransferTried = bigNotTried.bigTransferPassed = false;
    QTest::newRow("big transfer not tried") << make(bigNotTried, works()) << Verdict::AllFine;
    QTest::newRow("big stalls where nothing passes is a broken family")
        << make(timesOut(), works()) << Verdict::IPv4Broken;

    // The backup connection.
    QTest::newRow("tunnel covers IPv4, broken natively") << withTunnel(make(works(), works()), true,
        false, works(), nativeAnswer(false)) << Verdict::IPv4Broken;
    QTest::newRow("tunnel covers IPv4, native unknown")
        << withTunnel(make(works(), works()), true, false, works()) << Verdict::AllFine;
    QTest::newRow("tunnel carries IPv4, native back") << withTunnel(make(works(), works()), true,
        false, works(), nativeAnswer(true)) << Verdict::AllFine;
    QTest::newRow("tunnel provides the IPv6 the provider lacks") << withTunnel(
        make(works(), works()), false, true, works(), noRoute()) << Verdict::IPv6Broken;
    QTest::newRow("big transfer stalls in the tunnel")
        << withTunnel(make(works(), works()), true, false, bigStalls()) << Verdict::PagesHang;
    Findings connecting = make(timesOut(), works());
    connecting.tunnel.name = QStringLiteral("vps");
    connecting.tunnel.state = QStringLiteral("connecting");
    QTest::newRow("tunnel still connecting: IPv4 broken") << connecting << Verdict::IPv4Broken;

    // Precedence: the first that holds wins.
    PathFindings portalOnly = timesOut(); // TCP blocked too, only the portal answers
    portalOnly.http = HttpCheck::Portal;
    QTest::newRow("portal over offline") << make(portalOnly, timesOut()) << Verdict::CaptivePortal;
    QTest::newRow("portal over offline, both")
        << make(portalOnly, portalOnly) << Verdict::CaptivePortal;
    QTest::newRow("portal over IPv6 broken")
        << make(portal(), timesOut()) << Verdict::CaptivePortal;
    QTest::newRow("portal in the tunnel")
        << withTunnel(make(works(), works()), true, false, portal()) << Verdict::CaptivePortal;
    QTest::newRow("offline over tunnel not passing")
        << withTunnel(make(timesOut(), timesOut()), true, true, timesOut()) << Verdict::Offline;
    QTest::newRow("tunnel not passing over IPv4 broken") << withTunnel(make(works(), works()), true,
        false, timesOut(), nativeAnswer(false)) << Verdict::TunnelNotPassing;
    QTest::newRow("IPv4 broken over DNS broken")
        << make(timesOut(), works(), false, false) << Verdict::IPv4Broken;
    QTest::newRow("IPv6 broken over DNS broken")
        << make(works(), noRoute(), false, false) << Verdict::IPv6Broken;
    QTest::newRow("IPv4 broken over pages hang")
        << make(timesOut(), bigStalls()) << Verdict::IPv4Broken;
    QTest::newRow("DNS broken over pages hang")
        << make(bigStalls(), works(), false, false) << Verdict::DnsBroken;
    QTest::newRow("uncovered IPv6 over covered IPv4") << withTunnel(make(works(), timesOut()), true,
        false, works(), nativeAnswer(false)) << Verdict::IPv6Broken;
    QTest::newRow("IPv4 first when both are covered") << withTunnel(make(works(), works()), true,
        true, works(), nativeAnswer(false)) << Verdict::IPv4Broken;
}

void TestVerdict::decides()
{
    QFETCH(Findings, findings);
    QFETCH(Verdict, verdict);
    QCOMPARE(decide(findings), verdict);
}

void TestVerdict::sentences_data()
{
    QTest::addColumn<Findings>("findings");
    QTest::addColumn<QString>("expected");

    QTest::newRow("all fine") << make(works(), works()) << "Everything works.";
    QTest::newRow("IPv4 broken") << make(timesOut(),
        works()) << "Some websites can't be reached: your provider's IPv4 is down. IPv6 works.";
    QTest::newRow("IPv6 broken") << make(works(),
        timesOut()) << "Some websites can't be reached: your provider's IPv6 is down. IPv4 works.";
    QTest::newRow("no IPv6 at all") << make(
        works(), noRoute()) << "Your provider offers no IPv6; IPv6-only websites can't be reached.";
    QTest::newRow("backup covers IPv4")
        << withTunnel(make(works(), works()), true, false, works(), nativeAnswer(false))
        << "Your provider's IPv4 is down; the backup connection covers it. Everything works.";
    QTest::newRow("backup covers IPv6")
        << withTunnel(make(works(), works()), false, true, works(), nativeAnswer(false))
        << "Your provider's IPv6 is down; the backup connection covers it. Everything works.";
    QTest::newRow("backup provides IPv6")
        << withTunnel(make(works(), works()), false, true, works(), noRoute())
        << "Your provider offers no IPv6; the backup connection provides it. Everything works.";
    QTest::newRow("IPv4 back natively")
        << withTunnel(make(works(), works()), true, false, works(), nativeAnswer(true))
        << "Everything works. Your provider's IPv4 is back; the backup connection is no "
           "longer needed for it.";
    QTest::newRow("both back natively")
        << withTunnel(make(works(), works()), true, true, works(), nativeAnswer(true))
        << "Everything works. Your provider's connection is back; the backup connection is no "
           "longer needed.";
    QTest::newRow("carried, native unknown") << withTunnel(make(works(), works()), true, false,
        works()) << "Everything works. The backup connection carries IPv4.";
    QTest::newRow("offline, no routes")
        << make(noRoute(), noRoute()) << "You're offline: this computer has no network connection.";
    QTest::newRow("offline, routes")
        << make(timesOut(), timesOut())
        << "You're offline: the network is connected, but nothing on the internet can be reached.";
    QTest::newRow("DNS broken")
        << make(works(), works(), false, false)
        << "Websites can't be found by name: the name service (DNS) isn't answering. The "
           "connection itself works.";
    QTest::newRow("portal") << make(portal(), portal())
                            << "A sign-in page is holding back the internet, as in hotels or "
                               "trains. Open any website to sign in.";
    QTest::newRow("tunnel not passing") << withTunnel(make(works(), works()), true, false,
        timesOut()) << "The backup connection is on, but nothing gets through it.";
    QTest::newRow("pages hang") << make(bigStalls(), works())
                                << "Pages may hang while loading: small requests get through, "
                                   "big ones stall (probably a packet-size problem on the way).";
}

void TestVerdict::sentences()
{
    QFETCH(Findings, findings);
    QFETCH(QString, expected);
    QCOMPARE(sentence(decide(findings), findings), expected);
}

// `lifelinectl status` exits 0 exactly when its sentence says "Everything works."
void TestVerdict::everythingWorksWhenTheSentenceSaysSo_data()
{
    sentences_data();
}

void TestVerdict::everythingWorksWhenTheSentenceSaysSo()
{
    QFETCH(Findings, findings);
    QFETCH(QString, expected);
    QCOMPARE(everythingWorks(decide(findings), findings), expected.contains("Everything works."));
}

void TestVerdict::everythingWorksNotForAnUncarriedFamily()
{
    // IPv4 broken everywhere while the backup carries only IPv6: not covered.
    const Findings findings = withTunnel(make(timesOut(), works()), false, true, works(),
                                         nativeAnswer(true));
    QCOMPARE(decide(findings), Verdict::IPv4Broken);
    QVERIFY(!everythingWorks(Verdict::IPv4Broken, findings));
    QVERIFY(!everythingWorks(Verdict::TunnelNotPassing, findings));
    QVERIFY(!everythingWorks(Verdict::Checking, findings));
}

void TestVerdict::namesAreStableAndDistinct()
{
    // Scripts read these from `lifelinectl status --json`: they never change.
    QCOMPARE(verdictName(Verdict::Checking), "checking");
    QCOMPARE(verdictName(Verdict::AllFine), "all-fine");
    QCOMPARE(verdictName(Verdict::IPv4Broken), "ipv4-broken");
    QCOMPARE(verdictName(Verdict::IPv6Broken), "ipv6-broken");
    QCOMPARE(verdictName(Verdict::DnsBroken), "dns-broken");
    QCOMPARE(verdictName(Verdict::CaptivePortal), "captive-portal");
    QCOMPARE(verdictName(Verdict::Offline), "offline");
    QCOMPARE(verdictName(Verdict::TunnelNotPassing), "tunnel-not-passing");
    QCOMPARE(verdictName(Verdict::PagesHang), "pages-hang");
    QStringList names;
    for (const Verdict verdict : AllVerdicts)
        names << verdictName(verdict);
    names.removeDuplicates();
    QCOMPARE(names.size(), AllVerdicts.size());
}

void TestVerdict::everyVerdictHasASentence()
{
    QStringList sentences;
    for (const Verdict verdict : AllVerdicts) {
        const QString text = sentence(verdict, Findings());
        QVERIFY2(!text.isEmpty(), qPrintable(verdictName(verdict)));
        sentences << text;
    }
    sentences.removeDuplicates();
    QCOMPARE(sentences.size(), AllVerdicts.size());
}

void TestVerdict::sentencesAreTranslated()
{
    MarkingTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const Findings findings = make(timesOut(), works());
    const QString translated = sentence(decide(findings), findings);
    const QString name = verdictName(decide(findings));
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(translated,
        "[de] Some websites can't be reached: your provider's IPv4 is down. IPv6 works.");
    QCOMPARE(name, "ipv4-broken"); // machine names are never translated
}

void TestVerdict::nativeBackOnlyWhileCarried_data()
{
    QTest::addColumn<Findings>("findings");
    QTest::addColumn<bool>("ipv4Back");
    QTest::addColumn<bool>("ipv6Back");

    QTest::newRow("no tunnel, both work") << make(works(), works()) << false << false;
    QTest::newRow("IPv4 carried, back") << withTunnel(make(works(), works()), true, false, works(),
        nativeAnswer(true)) << true << false;
    QTest::newRow("IPv4 carried, still down") << withTunnel(make(works(), works()), true, false,
        works(), nativeAnswer(false)) << false << false;
    QTest::newRow("IPv4 carried, unknown")
        << withTunnel(make(works(), works()), true, false, works()) << false << false;
    QTest::newRow("both carried, back") << withTunnel(make(works(), works()), true, true, works(),
        nativeAnswer(true)) << true << true;
    QTest::newRow("IPv6 carried, no provider route")
        << withTunnel(make(works(), works()), false, true, works(), noRoute()) << false << false;
}

void TestVerdict::nativeBackOnlyWhileCarried()
{
    QFETCH(Findings, findings);
    QFETCH(bool, ipv4Back);
    QFETCH(bool, ipv6Back);
    QCOMPARE(nativeBack(findings, Family::IPv4), ipv4Back);
    QCOMPARE(nativeBack(findings, Family::IPv6), ipv6Back);
}

QTEST_GUILESS_MAIN(TestVerdict)
#include "TestVerdict.moc"
