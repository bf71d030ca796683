// SPDX-License-Identifier: EUPL-1.2
#include "connectiondialog.h"
#include "database.h"
#include "postgrestestserver.h"
#include "testsupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

// The connection dialog: what the fields make of the address, what is remembered (never
// the password), and a refused connection shown in the dialog.
class TestConnectionDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void fieldsBecomeTheAddress();
    void rememberedAddressComesBackWithoutPassword();
    void unreachableServerKeepsTheDialogOpenWithTheReason();
    void connectsToTheTestServer();

private:
    template <typename T>
    T *child(ConnectionDialog &dialog, const char *name)
    {
        return dialog.findChild<T *>(QLatin1String(name));
    }
    QTemporaryDir m_settingsDir;
};

void TestConnectionDialog::initTestCase()
{
    TestSupport::useGerman();
    QCoreApplication::setOrganizationName(QStringLiteral("Schul-IT-Test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_connectiondialog"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
}

void TestConnectionDialog::init()
{
    QSettings().clear();
}

void TestConnectionDialog::fieldsBecomeTheAddress()
{
    ConnectionDialog dialog;
    child<QLineEdit>(dialog, "host")->setText(QStringLiteral(" db.kreis.example "));
    child<QSpinBox>(dialog, "port")->setValue(5433);
    child<QLineEdit>(dialog, "database")->setText(QStringLiteral("schulit"));
    child<QLineEdit>(dialog, "user")->setText(QStringLiteral("k.mueller"));
    auto *ssl = child<QComboBox>(dialog, "sslMode");
    ssl->setCurrentIndex(ssl->findData(static_cast<int>(ConnectionSettings::SslMode::VerifyFull)));
    child<QLineEdit>(dialog, "password")->setText(QStringLiteral("Tintenfass7"));
    QCOMPARE(dialog.url(), QStringLiteral("postgresql://k.mueller@db.kreis.example:5433/schulit?sslmode=verify-full"));
    QCOMPARE(dialog.password(), QStringLiteral("Tintenfass7"));
    QCOMPARE(child<QLineEdit>(dialog, "password")->echoMode(), QLineEdit::Password);

    dialog.setSettings(ConnectionSettings::fromUrl(QStringLiteral("postgresql://?service=kreisamt&connect_timeout=4")));
    QCOMPARE(child<QLineEdit>(dialog, "service")->text(), QStringLiteral("kreisamt"));
    QCOMPARE(child<QSpinBox>(dialog, "port")->value(), 0);
    QCOMPARE(dialog.url(), QStringLiteral("postgresql:///?service=kreisamt&connect_timeout=4"));
}

void TestConnectionDialog::rememberedAddressComesBackWithoutPassword()
{
    {
        ConnectionDialog dialog;
        dialog.setSettings(ConnectionSettings::fromUrl(QStringLiteral("postgresql://amt@server:5432/inventar?sslmode=require")));
        child<QLineEdit>(dialog, "password")->setText(QStringLiteral("Tintenfass7"));
        QVERIFY(dialog.remember());
        dialog.accept(); // without a target database: only checks and remembers
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.password().isEmpty());
    }
    QSettings settings;
    settings.sync();
    QVERIFY(!TestSupport::fileBytes(settings.fileName()).contains("Tintenfass7"));
    QVERIFY(TestSupport::fileBytes(settings.fileName()).contains("amt@server"));
    ConnectionDialog again;
    QCOMPARE(again.url(), QStringLiteral("postgresql://amt@server:5432/inventar?sslmode=require"));
    QVERIFY(again.password().isEmpty());
}

void TestConnectionDialog::unreachableServerKeepsTheDialogOpenWithTheReason()
{
    ConnectionDialog dialog;
    // Port 1 on this computer refuses at once.
    dialog.setSettings(ConnectionSettings::fromUrl(QStringLiteral("postgresql://amt@127.0.0.1:1/inventar")));
    Database database;
    QTimer::singleShot(0, &dialog, [&dialog] { dialog.accept(); QTimer::singleShot(0, &dialog, &QDialog::reject); });
    QCOMPARE(dialog.connectTo(database), int(QDialog::Rejected));
    auto *error = child<QLabel>(dialog, "error");
    QVERIFY2(error->text().contains(QStringLiteral("127.0.0.1")), qPrintable(error->text()));
    QVERIFY(!database.isOpen());
    QVERIFY(QSettings().value(QStringLiteral("postgresql/lastConnection")).isNull());

    dialog.setSettings(ConnectionSettings());
    dialog.accept();
    QVERIFY(!error->text().isEmpty()); // neither database nor service named
}

void TestConnectionDialog::connectsToTheTestServer()
{
    SCHULIT_NEED_POSTGRES();
    PostgresTestServer::ScratchDatabase scratch;
    QVERIFY2(scratch.isValid(), qPrintable(scratch.error()));
    ConnectionDialog dialog;
    dialog.setSettings(ConnectionSettings::fromUrl(scratch.url()));
    Database database;
    QTimer::singleShot(0, &dialog, [&dialog] { dialog.accept(); });
    QCOMPARE(dialog.connectTo(database), int(QDialog::Accepted));
    QVERIFY(database.isOpen());
    QCOMPARE(database.engine(), Database::Engine::PostgreSQL);
    QCOMPARE(database.location(), scratch.url());

    Database direct;
    QVERIFY(!ConnectionDialog::openWithPasswordPrompt(direct, scratch.url(), nullptr));
}

QTEST_MAIN(TestConnectionDialog)
#include "tst_connectiondialog.moc"
