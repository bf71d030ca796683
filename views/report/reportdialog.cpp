// SPDX-License-Identifier: EUPL-1.2
#include "reportdialog.h"

#include "reportsections.h"
#include "reportsettings.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
QDateEdit *dateEdit(QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    return edit;
}

QListWidgetItem *checkItem(const QString &text, bool checked, QListWidget *list)
{
    auto *item = new QListWidgetItem(text, list);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    return item;
}
} // namespace

ReportDialog::ReportDialog(const FilterChoices &choices, const ReportOptions &options, QWidget *parent)
    : QDialog(parent)
    , m_choices(choices)
{
    setWindowTitle(tr("Committee report"));

    auto *titleBox = new QGroupBox(tr("Title block"), this);
    auto *titleForm = new QFormLayout(titleBox);
    m_committee = new QLineEdit(options.title.committee, titleBox);
    m_committee->setPlaceholderText(tr("e.g. Committee for education and schools"));
    titleForm->addRow(tr("&Committee:"), m_committee);
    auto *meetingRow = new QHBoxLayout;
    m_hasMeetingDate = new QCheckBox(tr("on"), titleBox);
    m_hasMeetingDate->setChecked(options.title.meetingDate.isValid());
    m_meetingDate = dateEdit(titleBox);
    m_meetingDate->setDate(options.title.meetingDate.isValid() ? options.title.meetingDate : QDate::currentDate());
    meetingRow->addWidget(m_hasMeetingDate);
    meetingRow->addWidget(m_meetingDate, 1);
    // A row of several widgets gets a label of its own, so that its shortcut has a target.
    const auto labelFor = [titleBox](const QString &text, QWidget *buddy) {
        auto *label = new QLabel(text, titleBox);
        label->setBuddy(buddy);
        return label;
    };
    titleForm->addRow(labelFor(tr("&Meeting:"), m_hasMeetingDate), meetingRow);
    m_agendaItem = new QLineEdit(options.title.agendaItem, titleBox);
    titleForm->addRow(tr("&Agenda item:"), m_agendaItem);
    m_office = new QLineEdit(options.title.office, titleBox);
    m_office->setPlaceholderText(tr("e.g. Central coordination office for school IT"));
    titleForm->addRow(tr("&Office:"), m_office);
    auto *dataRow = new QHBoxLayout;
    m_dataDate = dateEdit(titleBox);
    m_dataDate->setDate(options.title.dataDate.isValid() ? options.title.dataDate : QDate::currentDate());
    m_dataDate->setToolTip(tr("The day ages and deadlines are counted from. The database holds today's "
                              "inventory, so another day only moves the deadlines."));
    auto *today = new QPushButton(tr("&Today"), titleBox);
    dataRow->addWidget(m_dataDate, 1);
    dataRow->addWidget(today);
    titleForm->addRow(labelFor(tr("&Data as of:"), m_dataDate), dataRow);
    m_dataDateHint = new QLabel(tr("Not today: deadlines are counted from this day."), titleBox);
    m_dataDateHint->setWordWrap(true);
    titleForm->addRow(QString(), m_dataDateHint);

    auto *scopeBox = new QGroupBox(tr("Scope"), this);
    auto *scopeLayout = new QVBoxLayout(scopeBox);
    m_wholeCounty = new QRadioButton(tr("All school authorities"), scopeBox);
    m_chosenAuthorities = new QRadioButton(tr("Only these school authorities:"), scopeBox);
    m_authorities = new QListWidget(scopeBox);
    for (const FilterChoices::Authority &authority : m_choices.authorities) {
        QListWidgetItem *item = checkItem(authority.name, options.authorityIds.contains(authority.id), m_authorities);
        item->setData(Qt::UserRole, authority.id);
    }
    (options.authorityIds.isEmpty() ? m_wholeCounty : m_chosenAuthorities)->setChecked(true);
    scopeLayout->addWidget(m_wholeCounty);
    scopeLayout->addWidget(m_chosenAuthorities);
    scopeLayout->addWidget(m_authorities);

    auto *contentBox = new QGroupBox(tr("Content"), this);
    auto *contentForm = new QFormLayout(contentBox);
    m_contractMonths = new QSpinBox(contentBox);
    m_contractMonths->setRange(1, ReportOptions::MaxContractMonths);
    const auto monthsSuffix = [this](int months) {
        m_contractMonths->setSuffix(months == 1 ? tr(" month") : tr(" months"));
    };
    connect(m_contractMonths, &QSpinBox::valueChanged, this, monthsSuffix);
    m_contractMonths->setValue(options.contractMonths);
    monthsSuffix(m_contractMonths->value());
    contentForm->addRow(tr("Contracts to cancel &within:"), m_contractMonths);
    m_sections = new QListWidget(contentBox);
    const auto sections = ReportSections::createAll();
    for (const auto &section : sections) {
        checkItem(section->title(), !options.omittedSections.contains(section->key()), m_sections);
        m_sectionKeys << section->key();
    }
    m_sections->setMaximumHeight(m_sections->sizeHintForRow(0) * (int(sections.size()) + 1));
    contentForm->addRow(tr("Sections:"), m_sections);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create report"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(titleBox);
    layout->addWidget(scopeBox, 1);
    layout->addWidget(contentBox);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(today, &QPushButton::clicked, this, [this] { m_dataDate->setDate(QDate::currentDate()); });
    connect(m_hasMeetingDate, &QCheckBox::toggled, this, &ReportDialog::updateState);
    connect(m_dataDate, &QDateEdit::dateChanged, this, &ReportDialog::updateState);
    connect(m_chosenAuthorities, &QRadioButton::toggled, this, &ReportDialog::updateState);
    connect(m_authorities, &QListWidget::itemChanged, this, [this] {
        // Ticking an authority means "only these".
        m_chosenAuthorities->setChecked(true);
    });
    updateState();
}

void ReportDialog::updateState()
{
    m_meetingDate->setEnabled(m_hasMeetingDate->isChecked());
    m_dataDateHint->setVisible(m_dataDate->date() != QDate::currentDate());
}

ReportOptions ReportDialog::options() const
{
    ReportOptions options;
    options.title.committee = m_committee->text().trimmed();
    if (m_hasMeetingDate->isChecked())
        options.title.meetingDate = m_meetingDate->date();
    options.title.agendaItem = m_agendaItem->text().trimmed();
    options.title.office = m_office->text().trimmed();
    options.title.dataDate = m_dataDate->date();
    if (m_chosenAuthorities->isChecked()) {
        for (int row = 0; row < m_authorities->count(); ++row) {
            const QListWidgetItem *item = m_authorities->item(row);
            if (item->checkState() == Qt::Checked)
                options.authorityIds << item->data(Qt::UserRole).toLongLong();
        }
    }
    options.contractMonths = m_contractMonths->value();
    for (int row = 0; row < m_sections->count(); ++row) {
        if (m_sections->item(row)->checkState() != Qt::Checked)
            options.omittedSections << m_sectionKeys.value(row);
    }
    return options;
}

std::optional<ReportOptions> ReportDialog::ask(Database &database, const QString &title, QWidget *parent)
{
    FilterChoices choices;
    if (const DatabaseError error = FilterChoices::load(database, choices)) {
        QMessageBox::warning(parent, title, error.message);
        return std::nullopt;
    }
    QSettings settings;
    ReportDialog dialog(choices, ReportSettings::load(settings, choices), parent);
    dialog.setWindowTitle(title);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    const ReportOptions options = dialog.options();
    ReportSettings::save(settings, options, choices);
    return options;
}
