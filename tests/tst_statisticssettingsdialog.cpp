// SPDX-License-Identifier: EUPL-1.2
// The settings of the figures: shown from QSettings, saved on OK, defaults restorable.
#include "statisticssettingsdialog.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QtTest>

class TestStatisticsSettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void showsStoredAndSavesOnOk()
    {
        {
            QSettings stored;
            StatisticsSettings settings;
            settings.setReplacementYears(QStringLiteral("tablet"), 4);
            settings.setTargetPupilsPerDevice(2.5);
            settings.save(stored);
        }
        StatisticsSettingsDialog dialog;
        QCOMPARE(dialog.settings().replacementYears(QStringLiteral("tablet")), 4);
        QCOMPARE(dialog.settings().replacementYears(QStringLiteral("pc")), 6);
        QCOMPARE(dialog.settings().targetPupilsPerDevice(), 2.5);

        StatisticsSettings changed = dialog.settings();
        changed.setReplacementYears(QStringLiteral("printer"), 9);
        changed.setDeadlineWarningDays(60);
        dialog.setSettings(changed);
        dialog.accept();
        const StatisticsSettings saved = StatisticsSettings::load(QSettings());
        QCOMPARE(saved.replacementYears(QStringLiteral("printer")), 9);
        QCOMPARE(saved.replacementYears(QStringLiteral("tablet")), 4);
        QCOMPARE(saved.deadlineWarningDays(), 60);
        QCOMPARE(saved.targetPupilsPerDevice(), 2.5);
    }

    void cancelKeepsAndDefaultsRestore()
    {
        QSettings().clear();
        StatisticsSettingsDialog dialog;
        StatisticsSettings changed = dialog.settings();
        changed.setReplacementYears(QStringLiteral("pc"), 12);
        dialog.setSettings(changed);
        dialog.reject();
        QCOMPARE(StatisticsSettings::load(QSettings()).replacementYears(QStringLiteral("pc")), 6);

        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        QVERIFY(buttons);
        buttons->button(QDialogButtonBox::RestoreDefaults)->click();
        QCOMPARE(dialog.settings().replacementYears(QStringLiteral("pc")), 6);
        QCOMPARE(dialog.settings().replacementYears(QStringLiteral("printer")), 0);
        QCOMPARE(dialog.settings().targetPupilsPerDevice(), 3.0);
        QCOMPARE(dialog.settings().deadlineWarningDays(), 90);
    }
};

QTEST_MAIN(TestStatisticsSettingsDialog)
#include "tst_statisticssettingsdialog.moc"
