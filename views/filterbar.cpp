// SPDX-License-Identifier: EUPL-1.2
#include "filterbar.h"

#include "entitytablemodel.h"
#include "enumcatalog.h"
#include "referencecombo.h"
#include "referencelistmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

FilterBar::FilterBar(EntityTableModel *model, Database &database, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_search(new QLineEdit(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_search->setPlaceholderText(tr("Search %1 (Ctrl+F)").arg(model->entity().plural()));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(160);
    m_search->setObjectName(QStringLiteral("searchField"));
    layout->addWidget(m_search, 2);

    // Typing filters after a short pause, so a quick word costs one query, not five.
    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(150);
    connect(m_search, &QLineEdit::textChanged, &m_searchDelay, qOverload<>(&QTimer::start));
    connect(&m_searchDelay, &QTimer::timeout, this, &FilterBar::applySearch);
    connect(m_search, &QLineEdit::returnPressed, this, &FilterBar::applySearch);

    for (int i = 0; i < model->availableFilters().size(); ++i)
        addFilter(i, database);
    layout->addStretch(0);
}

void FilterBar::addFilter(int index, Database &database)
{
    const TableFilter filter = m_model->availableFilters().at(index);
    auto *label = new QLabel(filter.label() + QLatin1Char(':'), this);
    layout()->addWidget(label);
    const QString key = filter.key;
    if (filter.reference) {
        auto *combo = new ReferenceCombo(database, *filter.reference, false, this);
        combo->setMinimumContentsLength(10);
        combo->records()->setNoneText(tr("All"));
        combo->setCurrentIndex(0);
        combo->setObjectName(QStringLiteral("filter_") + key);
        label->setBuddy(combo);
        layout()->addWidget(combo);
        if (*filter.reference == EntityKind::School)
            m_schoolFilter = combo;
        m_filterCombos << combo;
        auto apply = [this, combo, key] {
            const std::optional<qint64> id = combo->selectedId();
            setFilter(key, id ? QVariant(*id) : QVariant());
        };
        connect(combo, &QComboBox::activated, this, apply);
        connect(combo, &QComboBox::currentTextChanged, this, [combo, apply](const QString &text) {
            if (text.isEmpty() || text == combo->itemText(0))
                apply();
        });
        return;
    }
    auto *combo = new QComboBox(this);
    // Narrow enough for a 1366-pixel screen; the open list shows the long labels in full.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(10);
    combo->setObjectName(QStringLiteral("filter_") + key);
    combo->addItem(tr("All"), QVariant());
    for (const EnumEntry &entry : EnumCatalog::entries(*filter.enumKind))
        combo->addItem(entry.label, entry.code);
    label->setBuddy(combo);
    layout()->addWidget(combo);
    m_filterCombos << combo;
    connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, key] { setFilter(key, combo->currentData()); });
}

void FilterBar::setFilter(const QString &key, const QVariant &value)
{
    m_model->setFilter(key, value);
    // Choosing an authority narrows the list of schools to its own.
    if (key == QLatin1String("authority_id") && m_schoolFilter)
        m_schoolFilter->records()->setRestriction(QStringLiteral("authority_id"), value);
}

void FilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void FilterBar::applySearch()
{
    m_searchDelay.stop();
    m_model->setSearchText(m_search->text());
}

void FilterBar::clear()
{
    for (QComboBox *combo : std::as_const(m_filterCombos)) {
        combo->setCurrentIndex(0); // each combo applies its own change
    }
    m_search->clear();
    applySearch();
}
