// SPDX-License-Identifier: EUPL-1.2
// The committee report from the File menu: the options dialog, then the print preview with
// its pages, or the save dialog and a PDF whose text reads as the report.
#include "report/reportactions.h"
#include "report/reportdialog.h"
#include "statisticsfixture.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

class TestReportActions : public QObject
{
    Q_OBJECT

private:
    // Answers the modal dialogs as they come, in the order given, as a person would.
    void answerDialogs(QList<std::function<bool(QWidget *)>> answers)
    {
        auto *timer = new QTimer(this);
        timer->setInterval(50);
        auto remaining = std::make_shared<QList<std::function<bool(QWidget *)>>>(std::move(answers));
        connect(timer, &QTimer::timeout, this, [timer, remaining] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal || remaining->isEmpty())
                return;
            if (remaining->first()(modal))
                remaining->removeFirst();
            if (remaining->isEmpty())
                timer->deleteLater();
        });
        timer->start();
    }

    static bool acceptOptions(QWidget *modal)
    {
        auto *dialog = qobject_cast<ReportDialog *>(modal);
        if (dialog)
            dialog->accept();
        return dialog;
    }

    std::unique_ptr<TestSupport::TempDatabase> m_database;
    std::unique_ptr<QWidget> m_window;
    ReportActions *m_actions = nullptr;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("tst_reportactions"));
        QSettings().clear();
        TestSupport::useGerman();
        m_database = std::make_unique<TestSupport::TempDatabase>();
        QVERIFY(StatisticsFixture::load(m_database->db()));
        m_window = std::make_unique<QWidget>();
        m_window->show();
        m_actions = new ReportActions(m_database->db(), m_window.get());
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_database.reset();
    }

    void saveAsPdf()
    {
        // The save dialog's suggested name is taken as it is: a dated file in the folder used last.
        auto saved = std::make_shared<QString>();
        answerDialogs({&TestReportActions::acceptOptions, [saved](QWidget *modal) {
                           auto *files = qobject_cast<QFileDialog *>(modal);
                           if (!files || files->selectedFiles().value(0).isEmpty())
                               return false;
                           *saved = files->selectedFiles().value(0);
                           QMetaObject::invokeMethod(files, "accept"); // protected in QFileDialog
                           return true;
                       }});
        m_actions->savePdfAction()->trigger();
        QVERIFY2(saved->endsWith(QStringLiteral(".pdf")), qPrintable(*saved));
        QVERIFY(QFileInfo(*saved).fileName().contains(QDate::currentDate().toString(Qt::ISODate)));
        QVERIFY2(QFile::exists(*saved), qPrintable(*saved));
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {*saved, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(30000));
        const QString content = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(content.contains(QStringLiteral("Seite 1 von")), qPrintable(content.left(400)));
        QVERIFY(content.contains(QStringLiteral("Kennzahlen")));
        QFile::remove(*saved);
    }

    void previewShowsThePages()
    {
        int pages = 0;
        answerDialogs({&TestReportActions::acceptOptions, [&pages](QWidget *modal) {
                           auto *preview = qobject_cast<QPrintPreviewDialog *>(modal);
                           if (!preview)
                               return false;
                           if (auto *widget = preview->findChild<QPrintPreviewWidget *>())
                               pages = widget->pageCount();
                           preview->reject();
                           return true;
                       }});
        m_actions->previewAction()->trigger();
        QVERIFY2(pages >= 2, qPrintable(QString::number(pages)));
    }

    void cancelledOptionsWriteNothing()
    {
        answerDialogs({[](QWidget *modal) {
            auto *dialog = qobject_cast<ReportDialog *>(modal);
            if (dialog)
                dialog->reject();
            return dialog != nullptr;
        }});
        const QStringList before = QDir(m_database->folder()).entryList(QDir::Files);
        m_actions->saveOdtAction()->trigger();
        QCOMPARE(QDir(m_database->folder()).entryList(QDir::Files), before);
    }
};

QTEST_MAIN(TestReportActions)
#include "tst_reportactions.moc"
