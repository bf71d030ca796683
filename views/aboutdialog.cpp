// SPDX-License-Identifier: EUPL-1.2
#include "aboutdialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <xlsxwriter.h>

namespace {

constexpr int iconSizes[] = {16, 24, 32, 48, 64, 128, 256};

QString resourceOf(AboutDialog::Licence licence)
{
    switch (licence) {
    case AboutDialog::Licence::Program:
        return QStringLiteral(":/licenses/EUPL-1.2.txt");
    case AboutDialog::Licence::QtLgpl:
        return QStringLiteral(":/licenses/LGPL-3.0.txt");
    case AboutDialog::Licence::QtGpl:
        return QStringLiteral(":/licenses/GPL-3.0.txt");
    case AboutDialog::Licence::Xlsxwriter:
        return QStringLiteral(":/licenses/libxlsxwriter.txt");
    }
    return {};
}

QString programVersion()
{
    const QString version = QCoreApplication::applicationVersion();
    return version.isEmpty() ? QStringLiteral(SCHULIT_VERSION) : version;
}

} // namespace

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Schul-IT Koordination"));

    auto *icon = new QLabel(this);
    icon->setPixmap(programIcon().pixmap(64, 64));
    auto *title = new QLabel(QStringLiteral("<h2>Schul-IT Koordination</h2><p>%1</p>")
                                 .arg(tr("Version %1").arg(programVersion()).toHtmlEscaped()),
                             this);
    title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *header = new QHBoxLayout;
    header->addWidget(icon);
    header->addWidget(title, 1);

    m_about = new QLabel(this);
    m_about->setWordWrap(true);
    m_about->setOpenExternalLinks(true);
    m_about->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_about->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_about->setText(
        QStringLiteral("<p>%1</p><p>%2</p><p>%3</p><p>%4</p>")
            .arg(tr("Inventory, funding and support of the school IT of a county and its school authorities."),
                 tr("Schul-IT Koordination is free software under the European Union Public Licence, "
                    "version 1.2 (EUPL-1.2). It comes without warranty, as Articles 7 and 8 of the licence say."),
                 tr("It uses Qt %1 (built with Qt %2) by The Qt Company and others under the GNU Lesser "
                    "General Public License, version 3 (LGPL-3.0). You may replace the Qt libraries that come "
                    "with this program by your own build of the same version; the source code of Qt is "
                    "available at <a href=\"https://download.qt.io/\">download.qt.io</a>.")
                     .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)),
                 tr("The Excel export uses libxlsxwriter %1 by John McNamara under the BSD 2-Clause licence; "
                    "its notices, including those of the parts it contains, are under Licences.")
                     .arg(QString::fromLatin1(lxw_version()))));

    m_licenceChoice = new QComboBox(this);
    m_licenceChoice->addItem(tr("Schul-IT Koordination: EUPL-1.2"), static_cast<int>(Licence::Program));
    m_licenceChoice->addItem(tr("Qt: LGPL-3.0"), static_cast<int>(Licence::QtLgpl));
    m_licenceChoice->addItem(tr("Qt: GPL-3.0 (part of the LGPL-3.0)"), static_cast<int>(Licence::QtGpl));
    m_licenceChoice->addItem(tr("libxlsxwriter: BSD-2-Clause and notices"), static_cast<int>(Licence::Xlsxwriter));
    m_licenceView = new QTextBrowser(this);
    m_licenceView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_licenceView->setLineWrapMode(QTextEdit::NoWrap);
    connect(m_licenceChoice, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_licenceView->setPlainText(licenceText(static_cast<Licence>(m_licenceChoice->itemData(index).toInt())));
    });
    m_licenceView->setPlainText(licenceText(Licence::Program));

    auto *licencePage = new QWidget(this);
    auto *licenceLayout = new QVBoxLayout(licencePage);
    licenceLayout->addWidget(m_licenceChoice);
    licenceLayout->addWidget(m_licenceView, 1);

    auto *tabs = new QTabWidget(this);
    tabs->addTab(m_about, tr("About"));
    tabs->addTab(licencePage, tr("Licences"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *aboutQt = buttons->addButton(tr("About Qt"), QDialogButtonBox::HelpRole);
    connect(aboutQt, &QPushButton::clicked, this, [this] { QMessageBox::aboutQt(this); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(tabs, 1);
    layout->addWidget(buttons);
    resize(640, 520);
}

void AboutDialog::showAbout(QWidget *parent)
{
    AboutDialog dialog(parent);
    dialog.exec();
}

QIcon AboutDialog::programIcon()
{
    QIcon icon;
    for (int size : iconSizes)
        icon.addFile(QStringLiteral(":/icons/schulit-%1.png").arg(size), QSize(size, size));
    return icon;
}

QString AboutDialog::licenceText(Licence licence)
{
    QFile file(resourceOf(licence));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    return QString::fromUtf8(file.readAll());
}

QString AboutDialog::aboutText() const
{
    return m_about->text();
}

void AboutDialog::selectLicence(Licence licence)
{
    m_licenceChoice->setCurrentIndex(m_licenceChoice->findData(static_cast<int>(licence)));
}

QString AboutDialog::shownLicenceText() const
{
    return m_licenceView->toPlainText();
}
