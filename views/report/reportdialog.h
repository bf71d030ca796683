// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "filterchoices.h"
#include "reportoptions.h"

#include <QDialog>

#include <optional>

class Database;
class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QRadioButton;
class QSpinBox;

// Asks for what goes into a committee report before it is printed or saved: the title
// block (committee, meeting date, agenda item, office, data date), the scope (the whole
// county or chosen authorities), the months ahead for contract deadlines and the sections.
// Remembers the answers for next time (ReportSettings).
class ReportDialog : public QDialog
{
    Q_OBJECT

public:
    ReportDialog(const FilterChoices &choices, const ReportOptions &options, QWidget *parent = nullptr);

    ReportOptions options() const;

    // Shows the dialog with the remembered answers; returns the accepted options (and
    // remembers them), or nothing when cancelled or the authorities cannot be read.
    static std::optional<ReportOptions> ask(Database &database, const QString &title, QWidget *parent);

private:
    void updateState();

    FilterChoices m_choices;
    QLineEdit *m_committee = nullptr;
    QCheckBox *m_hasMeetingDate = nullptr;
    QDateEdit *m_meetingDate = nullptr;
    QLineEdit *m_agendaItem = nullptr;
    QLineEdit *m_office = nullptr;
    QDateEdit *m_dataDate = nullptr;
    QLabel *m_dataDateHint = nullptr;
    QRadioButton *m_wholeCounty = nullptr;
    QRadioButton *m_chosenAuthorities = nullptr;
    QListWidget *m_authorities = nullptr;
    QSpinBox *m_contractMonths = nullptr;
    QListWidget *m_sections = nullptr;
    QStringList m_sectionKeys;
};
