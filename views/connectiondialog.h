// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "connectionsettings.h"
#include "databaseerror.h"

#include <QDialog>

class Database;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

// File > Connect to server: where the shared PostgreSQL database lives, the SSL mode, and
// the password for this login only. An empty password leaves libpq to read the password
// file (~/.pgpass) or the service file. "Remember" stores the address in the settings,
// never the password.
//
//   ConnectionDialog dialog(window);
//   auto database = std::make_unique<Database>();
//   if (dialog.connectTo(*database) == QDialog::Accepted) { /* show the database */ }
class ConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectionDialog(QWidget *parent = nullptr);

    void setSettings(const ConnectionSettings &settings);
    ConnectionSettings settings() const;
    QString password() const;
    QString url() const { return settings().toUrl(); }
    bool remember() const;

    // Shows the dialog and opens `database` when the user clicks Connect; a refused login
    // keeps the dialog open with the reason. Remembers the address when asked to.
    int connectTo(Database &database);

    // Opens a location from the command line or the recent list; when a PostgreSQL server
    // asks for a password, asks for it (up to three times) instead of failing.
    static DatabaseError openWithPasswordPrompt(Database &database, const QString &location, QWidget *parent);

    void accept() override;

private:
    void showError(const QString &message);

    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_service = nullptr;
    QComboBox *m_sslMode = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_remember = nullptr;
    QLabel *m_error = nullptr;
    Database *m_target = nullptr;
    QList<QPair<QString, QString>> m_extraOptions;
};
