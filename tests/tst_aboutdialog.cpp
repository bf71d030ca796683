// SPDX-License-Identifier: EUPL-1.2
#include "aboutdialog.h"

#include <QApplication>
#include <QLabel>
#include <QTest>

#include <xlsxwriter.h>

Q_DECLARE_METATYPE(AboutDialog::Licence)

class TestAboutDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsVersionAndLicenceNotes();
    void licenceTexts_data();
    void licenceTexts();
    void choosingALicenceShowsItsText();
    void programIconHasEveryCommittedSize();
};

void TestAboutDialog::initTestCase()
{
    QCoreApplication::setApplicationVersion(QStringLiteral(SCHULIT_VERSION));
}

void TestAboutDialog::showsVersionAndLicenceNotes()
{
    AboutDialog dialog;
    QCOMPARE(dialog.windowTitle(), QStringLiteral("About Schul-IT Koordination"));
    const QString about = dialog.aboutText();
    QVERIFY2(about.contains(QStringLiteral("EUPL-1.2")), qPrintable(about));
    QVERIFY(about.contains(QStringLiteral("LGPL-3.0")));
    QVERIFY(about.contains(QStringLiteral("Qt %1").arg(QString::fromLatin1(qVersion()))));
    QVERIFY(about.contains(QStringLiteral("libxlsxwriter %1").arg(QString::fromLatin1(LXW_VERSION))));
    QVERIFY(about.contains(QStringLiteral("BSD 2-Clause")));
    QVERIFY(about.contains(QStringLiteral("https://download.qt.io/")));
    // The version sits in the header above the tabs.
    const QList<QLabel *> labels = dialog.findChildren<QLabel *>();
    bool versionShown = false;
    for (const QLabel *label : labels)
        versionShown = versionShown || label->text().contains(QStringLiteral("Version " SCHULIT_VERSION));
    QVERIFY(versionShown);
}

void TestAboutDialog::licenceTexts_data()
{
    QTest::addColumn<AboutDialog::Licence>("licence");
    QTest::addColumn<QString>("opening");
    QTest::addColumn<QString>("later");
    QTest::newRow("EUPL") << AboutDialog::Licence::Program << QStringLiteral("EUROPEAN UNION PUBLIC LICENCE v. 1.2")
                          << QStringLiteral("All other changes or additions to this Appendix require the production of a new");
    QTest::newRow("LGPL") << AboutDialog::Licence::QtLgpl << QStringLiteral("GNU LESSER GENERAL PUBLIC LICENSE")
                          << QStringLiteral("Version 3, 29 June 2007");
    QTest::newRow("GPL") << AboutDialog::Licence::QtGpl << QStringLiteral("GNU GENERAL PUBLIC LICENSE")
                         << QStringLiteral("END OF TERMS AND CONDITIONS");
    QTest::newRow("libxlsxwriter") << AboutDialog::Licence::Xlsxwriter << QStringLiteral("libxlsxwriter")
                                   << QStringLiteral("Copyright 2014-2021, John McNamara");
}

void TestAboutDialog::licenceTexts()
{
    QFETCH(AboutDialog::Licence, licence);
    QFETCH(QString, opening);
    QFETCH(QString, later);
    const QString text = AboutDialog::licenceText(licence);
    QVERIFY2(text.left(200).contains(opening), qPrintable(text.left(200)));
    QVERIFY(text.contains(later));
}

void TestAboutDialog::choosingALicenceShowsItsText()
{
    AboutDialog dialog;
    QVERIFY(dialog.shownLicenceText().startsWith(QStringLiteral("                      EUROPEAN UNION PUBLIC LICENCE v. 1.2")));
    dialog.selectLicence(AboutDialog::Licence::Xlsxwriter);
    QCOMPARE(dialog.shownLicenceText().trimmed(), AboutDialog::licenceText(AboutDialog::Licence::Xlsxwriter).trimmed());
    dialog.selectLicence(AboutDialog::Licence::QtLgpl);
    QVERIFY(dialog.shownLicenceText().contains(QStringLiteral("GNU LESSER GENERAL PUBLIC LICENSE")));
}

void TestAboutDialog::programIconHasEveryCommittedSize()
{
    const QIcon icon = AboutDialog::programIcon();
    const QList<QSize> sizes = icon.availableSizes();
    for (int size : {16, 24, 32, 48, 64, 128, 256})
        QVERIFY2(sizes.contains(QSize(size, size)), qPrintable(QString::number(size)));
    QCOMPARE(icon.pixmap(QSize(48, 48)).toImage().size(), QSize(48, 48));
}

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
