// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDialog>
#include <QIcon>

class QComboBox;
class QLabel;
class QTextBrowser;

// Help > About: name, version, purpose, and the licence notes of the program (EUPL-1.2), of Qt
// (LGPL-3.0) and of libxlsxwriter (BSD-2-Clause), with the full licence texts to read.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    // The licence texts the dialog offers, in the order of its choice box.
    enum class Licence { Program, QtLgpl, QtGpl, Xlsxwriter };

    explicit AboutDialog(QWidget *parent = nullptr);

    // Opens the dialog modally over parent (the main window's Help > About).
    static void showAbout(QWidget *parent);

    // The program icon in every committed size, for window titles and the task bar.
    static QIcon programIcon();

    // The full text of a licence from the resources; empty only if the build lost it.
    static QString licenceText(Licence licence);

    // The "About" page as shown (rich text), so tests can read what users read.
    QString aboutText() const;
    void selectLicence(Licence licence);
    QString shownLicenceText() const;

private:
    QLabel *m_about = nullptr;
    QComboBox *m_licenceChoice = nullptr;
    QTextBrowser *m_licenceView = nullptr;
};
