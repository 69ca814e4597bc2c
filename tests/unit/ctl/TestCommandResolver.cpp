// Finding COMMAND the way env(1) does: PATH order, executables only,
// "cannot run" told apart from "not found".
#include "CommandResolver.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Lifeline;
using Status = ResolvedCommand::Status;

Q_DECLARE_METATYPE(ResolvedCommand::Status)

class TestCommandResolver : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void resolves_data();
    void resolves();

private:
    void makeFile(const QString &relativePath, bool executable);
    QTemporaryDir m_dir;
};

void TestCommandResolver::makeFile(const QString &relativePath, bool executable)
{
    const QString path = m_dir.filePath(relativePath);
    QVERIFY(QDir().mkpath(QFileInfo(path).path()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("#!/bin/sh\n");
    file.close();
    QFile::Permissions permissions = QFile::ReadOwner | QFile::WriteOwner;
    if (executable)
        permissions |= QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther;
    QVERIFY(file.setPermissions(permissions));
}

void TestCommandResolver::initTestCase()
{
    QVERIFY(m_dir.isValid());
    makeFile("a/tool", true);
    makeFile("b/tool", true);
    makeFile("a/half", false);
    makeFile("b/half", true);
    makeFile("a/never", false);
    makeFile("b/never", false);
    makeFile("work/local", true);
    makeFile("work/sub/script", true);
    QVERIFY(QDir(m_dir.path()).mkpath("a/folder"));
}

void TestCommandResolver::resolves_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("path"); // "<unset>" for no PATH; "@" stands for the temp dir
    QTest::addColumn<ResolvedCommand::Status>("status");
    QTest::addColumn<QString>("expected"); // "@"-relative

    QTest::newRow("first on PATH wins") << "tool"
                                        << "@/a:@/b" << Status::Found << "@/a/tool";
    QTest::newRow("PATH order") << "tool"
                                << "@/b:@/a" << Status::Found << "@/b/tool";
    QTest::newRow("skips non-executable") << "half"
                                          << "@/a:@/b" << Status::Found << "@/b/half";
    QTest::newRow("only non-executable") << "never"
                                         << "@/a:@/b" << Status::NotExecutable << "@/a/never";
    QTest::newRow("directory cannot run") << "folder"
                                          << "@/a" << Status::NotExecutable << "@/a/folder";
    QTest::newRow("not found") << "nothing"
                               << "@/a:@/b" << Status::NotFound << "";
    QTest::newRow("trailing slash entry") << "tool"
                                          << "@/a/" << Status::Found << "@/a/tool";
    QTest::newRow("empty entry is cwd") << "local"
                                        << "@/a::@/b" << Status::Found << "@/work/local";
    QTest::newRow("relative entry from cwd") << "script"
                                             << "sub" << Status::Found << "@/work/sub/script";
    QTest::newRow("cwd not searched otherwise") << "local"
                                                << "@/a" << Status::NotFound << "";
    QTest::newRow("./ is from cwd, not PATH") << "./local"
                                              << "@/a" << Status::Found << "@/work/local";
    QTest::newRow("relative with slash") << "sub/script"
                                         << "@/a" << Status::Found << "@/work/sub/script";
    QTest::newRow("dot dot kept as written") << "../a/tool"
                                             << "" << Status::Found << "@/work/../a/tool";
    QTest::newRow("absolute") << "@/b/tool"
                              << "@/a" << Status::Found << "@/b/tool";
    QTest::newRow("absolute missing") << "@/b/nothing"
                                      << "@/a" << Status::NotFound << "";
    QTest::newRow("absolute not executable") << "@/a/never"
                                             << "@/b" << Status::NotExecutable << "@/a/never";
    QTest::newRow("unset PATH searches /bin:/usr/bin") << "sh"
                                                       << "<unset>" << Status::Found << "/bin/sh";
    QTest::newRow("empty name") << ""
                                << "@/a" << Status::NotFound << "";
}

void TestCommandResolver::resolves()
{
    QFETCH(QString, name);
    QFETCH(QString, path);
    QFETCH(ResolvedCommand::Status, status);
    QFETCH(QString, expected);

    const QString root = m_dir.path();
    const QString searchPath = path == "<unset>" ? QString() : QString(path).replace('@', root);
    const ResolvedCommand resolved
        = resolveCommand(QString(name).replace('@', root), searchPath, m_dir.filePath("work"));
    QCOMPARE(resolved.status, status);
    if (status != Status::NotFound)
        QCOMPARE(resolved.path, QString(expected).replace('@', root));
    if (status == Status::NotExecutable)
        QVERIFY(resolved.error != 0);
}

QTEST_GUILESS_MAIN(TestCommandResolver)
#include "TestCommandResolver.moc"
