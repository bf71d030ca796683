// SPDX-License-Identifier: EUPL-1.2
#include "connectiondialog.h"

#include "database.h"
#include "postgresconnection.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

ConnectionDialog::ConnectionDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Connect to the shared database"));

    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("host"));
    m_host->setPlaceholderText(tr("e.g. db.kreis.example (empty: this computer)"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("Default (5432)"));
    m_database = new QLineEdit(this);
    m_database->setObjectName(QStringLiteral("database"));
    m_database->setPlaceholderText(tr("e.g. schulit"));
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("user"));
    m_service = new QLineEdit(this);
    m_service->setObjectName(QStringLiteral("service"));
    m_service->setPlaceholderText(tr("optional: a section of pg_service.conf"));
    m_sslMode = new QComboBox(this);
    m_sslMode->setObjectName(QStringLiteral("sslMode"));
    for (ConnectionSettings::SslMode mode : ConnectionSettings::allSslModes())
        m_sslMode->addItem(ConnectionSettings::sslModeLabel(mode), static_cast<int>(mode));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    auto *passwordHint = new QLabel(
        tr("Leave empty to use the PostgreSQL password file (%1) or the service file. The password is "
           "used for this login only and never saved.")
            .arg(QDir::toNativeSeparators(PostgresConnection::passwordFilePath())),
        this);
    passwordHint->setWordWrap(true);
    m_remember = new QCheckBox(tr("Remember this connection (without the password)"), this);
    m_remember->setObjectName(QStringLiteral("remember"));
    m_remember->setChecked(true);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Ser&vice:"), m_service);
    form->addRow(tr("&Encryption (SSL):"), m_sslMode);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), passwordHint);
    form->addRow(QString(), m_remember);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConnectionDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    QSettings stored;
    setSettings(ConnectionSettings::load(stored));
}

void ConnectionDialog::setSettings(const ConnectionSettings &settings)
{
    m_host->setText(settings.host);
    m_port->setValue(settings.port);
    m_database->setText(settings.database);
    m_user->setText(settings.user);
    m_service->setText(settings.service);
    m_sslMode->setCurrentIndex(m_sslMode->findData(static_cast<int>(settings.sslMode)));
    m_extraOptions = settings.extraOptions;
}

ConnectionSettings ConnectionDialog::settings() const
{
    ConnectionSettings settings;
    settings.host = m_host->text().trimmed();
    settings.port = m_port->value();
    settings.database = m_database->text().trimmed();
    settings.user = m_user->text().trimmed();
    settings.service = m_service->text().trimmed();
    settings.sslMode = static_cast<ConnectionSettings::SslMode>(m_sslMode->currentData().toInt());
    settings.extraOptions = m_extraOptions;
    return settings;
}

QString ConnectionDialog::password() const
{
    return m_password->text();
}

bool ConnectionDialog::remember() const
{
    return m_remember->isChecked();
}

int ConnectionDialog::connectTo(Database &database)
{
    m_target = &database;
    const int result = exec();
    m_target = nullptr;
    return result;
}

void ConnectionDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void ConnectionDialog::accept()
{
    const ConnectionSettings chosen = settings();
    if (chosen.database.isEmpty() && chosen.service.isEmpty()) {
        showError(tr("Please name the database or a service."));
        return;
    }
    if (m_target) {
        Database::Options options;
        options.password = password();
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const DatabaseError error = m_target->open(chosen.toUrl(), options);
        QApplication::restoreOverrideCursor();
        if (error) {
            showError(error.message);
            if (PostgresConnection::needsPassword(error)) {
                m_password->setFocus();
                m_password->selectAll();
            }
            return;
        }
    }
    m_password->clear();
    if (remember()) {
        QSettings stored;
        chosen.save(stored);
    }
    showError(QString());
    QDialog::accept();
}

DatabaseError ConnectionDialog::openWithPasswordPrompt(Database &database, const QString &location, QWidget *parent)
{
    DatabaseError error = database.open(location);
    for (int attempt = 0; attempt < 3 && PostgresConnection::needsPassword(error); ++attempt) {
        bool ok = false;
        const QString password = QInputDialog::getText(parent, tr("Password"),
            error.message + QStringLiteral("\n\n") + tr("Password:"), QLineEdit::Password, QString(), &ok);
        if (!ok)
            return DatabaseError::make(DatabaseError::Kind::Cancelled, tr("The login was cancelled."));
        Database::Options options;
        options.password = password;
        error = database.open(location, options);
    }
    return error;
}
