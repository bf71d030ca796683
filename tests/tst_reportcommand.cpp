// SPDX-License-Identifier: EUPL-1.2
// `schulit report` as people run it: the built program in a child process, on the fixture.
#include "schulitprocess.h"
#include "statisticsfixture.h"
#include "testsupport.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using SchulitProcess::Run;

class TestReportCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TestSupport::TempDatabase> m_database;

    Run schulit(const QStringList &arguments)
    {
        return SchulitProcess::run(QStringLiteral(SCHULIT_BINARY), m_dir.filePath(QStringLiteral("config")), arguments);
    }

    QStringList report(const QString &out, const QStringList &more = {}) const
    {
        return QStringList{QStringLiteral("report"), QStringLiteral("--out"), out, QStringLiteral("--database"),
                           m_database->path(), QStringLiteral("--data-date"), QStringLiteral("2025-06-15")}
               + more;
    }

    static QString pdfText(const QString &path)
    {
        QProcess process;
        process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
        process.waitForFinished(60000);
        // Compatibility form: the PDF's ligatures ("ﬀ" in "Anschaﬀung") read as their letters.
        return QString::fromUtf8(process.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_database = std::make_unique<TestSupport::TempDatabase>();
        QVERIFY(StatisticsFixture::load(m_database->db()));
        m_database->db().close(); // the child process opens it
    }

    void pdfWithTitleAndScope()
    {
        const QString path = m_dir.filePath(QStringLiteral("duelmen.pdf"));
        const Run run = schulit(report(path, {QStringLiteral("--authority"), QStringLiteral("stadt dülmen"),
                                              QStringLiteral("--committee"), QStringLiteral("Rat der Stadt <Dülmen>"),
                                              QStringLiteral("--meeting-date"), QStringLiteral("2025-09-24"),
                                              QStringLiteral("--agenda-item"), QStringLiteral("TOP 7"),
                                              QStringLiteral("--months"), QStringLiteral("12")}));
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(path), qPrintable(run.out));
        const QString text = pdfText(path);
        QVERIFY(text.contains(QStringLiteral("Rat der Stadt <Dülmen>")));
        QVERIFY(text.contains(QStringLiteral("24.09.2025")));
        QVERIFY(text.contains(QStringLiteral("TOP 7")));
        QVERIFY(text.contains(QStringLiteral("15.06.2025")));
        QVERIFY(text.contains(QStringLiteral("390"))); // Dülmen's pupils
        QVERIFY(!text.contains(QStringLiteral("Coesfeld")));
        QVERIFY(!text.contains(QStringLiteral("Rosendahl")));
    }

    void odtAndHtml()
    {
        for (const QString &name : {QStringLiteral("report.odt"), QStringLiteral("report.html")}) {
            const QString path = m_dir.filePath(name);
            const Run run = schulit(report(path));
            QCOMPARE(run.exitCode, 0);
            QVERIFY(QFileInfo(path).size() > 1000);
        }
        QVERIFY(TestSupport::fileBytes(m_dir.filePath(QStringLiteral("report.html"))).contains("1.540"));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no --out") << QStringList{QStringLiteral("report")} << 2 << QStringLiteral("--out");
        QTest::newRow("unknown format") << QStringList{QStringLiteral("report"), QStringLiteral("--out"),
                                                       QStringLiteral("x.docx")}
                                        << 2 << QStringLiteral("x.docx");
        QTest::newRow("bad meeting date") << QStringList{QStringLiteral("--meeting-date"), QStringLiteral("24.09.2025")}
                                          << 2 << QStringLiteral("24.09.2025");
        QTest::newRow("bad months") << QStringList{QStringLiteral("--months"), QStringLiteral("0")} << 2
                                    << QStringLiteral("--months");
        QTest::newRow("unknown authority") << QStringList{QStringLiteral("--authority"), QStringLiteral("Atlantis")}
                                           << 2 << QStringLiteral("Atlantis");
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, mentions);
        const QString path = m_dir.filePath(QStringLiteral("error.pdf"));
        const QStringList full = arguments.first() == QLatin1String("report") ? arguments : report(path, arguments);
        const Run run = schulit(full);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(mentions), qPrintable(run.err));
        QVERIFY(!QFile::exists(path));
    }

    void failures()
    {
        // A database that is not there is not created; a folder that is not there gets no file.
        Run run = schulit({QStringLiteral("report"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("a.pdf")),
                           QStringLiteral("--database"), m_dir.filePath(QStringLiteral("missing.sqlite"))});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("missing.sqlite"))));
        run = schulit(report(m_dir.filePath(QStringLiteral("no/such/folder/a.pdf"))));
        QCOMPARE(run.exitCode, 1);
        QVERIFY(!run.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestReportCommand)
#include "tst_reportcommand.moc"
