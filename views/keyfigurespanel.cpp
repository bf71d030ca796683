// SPDX-License-Identifier: EUPL-1.2
#include "keyfigurespanel.h"

#include "gridarrangement.h"
#include "keyfigures.h"
#include "money.h"

#include <QFrame>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace {
constexpr int ContractIdRole = Qt::UserRole + 1;
constexpr int MaxContractRows = 12;
constexpr int TileCategories = 4;
constexpr int TileDetailLines = 3;
constexpr int MinTileColumns = 2;
constexpr int MaxTileColumns = 5;

enum Column { LastDayColumn, DaysLeftColumn, ContractColumn, VendorColumn, AuthorityColumn, TermEndColumn };

QString date(const QDate &day)
{
    const QLocale locale;
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return locale.toString(day, format);
}

QString percent(double value)
{
    return QLocale().toString(value, 'f', 1) + QStringLiteral("\u00a0%");
}
} // namespace

KeyFiguresPanel::KeyFiguresPanel(QWidget *parent)
    : QWidget(parent)
{
    m_grid = new QGridLayout;
    m_grid->setSpacing(8);
    addTile(Tile::Schools, tr("Schools"));
    addTile(Tile::Pupils, tr("Pupils"));
    addTile(Tile::Devices, tr("Devices in use"));
    addTile(Tile::PupilsPerDevice, tr("Pupils per device"));
    addTile(Tile::PastCycle, tr("Past the replacement cycle"));
    addTile(Tile::Approved, tr("Funding approved"));
    addTile(Tile::PaidOut, tr("Funding paid out"));
    addTile(Tile::Spent, tr("Funding spent"));
    addTile(Tile::DueContracts, tr("Contracts to decide on"));
    arrangeTiles(MaxTileColumns);

    m_contractsCaption = new QLabel;
    m_contracts = new QTreeWidget;
    m_contracts->setRootIsDecorated(false);
    m_contracts->setUniformRowHeights(true);
    m_contracts->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_contracts->setHeaderLabels({tr("Last day to cancel"), tr("Days left"), tr("Contract"), tr("Vendor"),
                                  tr("School authority"), tr("Term ends")});
    m_contracts->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_contracts->setToolTip(tr("Click a contract to open it"));
    connect(m_contracts, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) { activate(item); });
    connect(m_contracts, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        // A double click also clicks; only the keyboard (Enter) is handled here.
        if (QGuiApplication::mouseButtons() == Qt::NoButton)
            activate(item);
    });

    m_error = new QLabel;
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #a00000"));
    m_error->hide();

    auto *layout = new QVBoxLayout(this);
    // The tiles move into more rows when narrow, so the five-column width is no minimum.
    layout->setSizeConstraint(QLayout::SetNoConstraint);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_error);
    layout->addLayout(m_grid);
    layout->addWidget(m_contractsCaption);
    layout->addWidget(m_contracts);
}

void KeyFiguresPanel::addTile(Tile tile, const QString &caption)
{
    auto *frame = new QFrame;
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setBackgroundRole(QPalette::Base);
    frame->setAutoFillBackground(true);
    frame->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto *captionLabel = new QLabel(caption);
    auto *value = new QLabel;
    QFont big = value->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    value->setFont(big);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *detail = new QLabel;
    detail->setWordWrap(true);
    // A fixed room for the wrapped lines: a word-wrapped label's own size hint guesses its
    // height for a narrow width and would leave gaps in the dashboard.
    detail->setFixedHeight(detail->fontMetrics().lineSpacing() * TileDetailLines);
    detail->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    detail->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(frame);
    layout->addWidget(captionLabel);
    layout->addWidget(value);
    layout->addWidget(detail);
    layout->addStretch();
    m_tileFrames << frame;
    m_tiles.insert(tile, {value, detail});
}

int KeyFiguresPanel::tileWidth() const
{
    int widest = 0;
    for (const QWidget *frame : m_tileFrames)
        widest = std::max(widest, frame->minimumSizeHint().width());
    return widest;
}

void KeyFiguresPanel::arrangeTiles(int columns)
{
    if (columns == m_columns)
        return;
    m_columns = columns;
    arrangeInColumns(*m_grid, m_tileFrames, columns);
}

QSize KeyFiguresPanel::minimumSizeHint() const
{
    // Two tiles side by side at the least; a narrow window gets more rows instead.
    const QSize layoutMinimum = QWidget::minimumSizeHint();
    return {MinTileColumns * tileWidth() + (MinTileColumns - 1) * m_grid->spacing(), layoutMinimum.height()};
}

void KeyFiguresPanel::resizeEvent(QResizeEvent *event)
{
    const int fitting = (width() + m_grid->spacing()) / std::max(1, tileWidth() + m_grid->spacing());
    // Nine tiles: four in a row would leave one alone in the last row.
    int columns = std::clamp(fitting, MinTileColumns, MaxTileColumns);
    if (columns == 4)
        columns = 3;
    arrangeTiles(columns);
    QWidget::resizeEvent(event);
}

void KeyFiguresPanel::setTile(Tile tile, const QString &value, const QString &detail)
{
    const TileLabels labels = m_tiles.value(tile);
    labels.value->setText(value);
    labels.detail->setText(detail);
}

QString KeyFiguresPanel::value(Tile tile) const
{
    return m_tiles.value(tile).value->text();
}

QString KeyFiguresPanel::detail(Tile tile) const
{
    return m_tiles.value(tile).detail->text();
}

void KeyFiguresPanel::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void KeyFiguresPanel::showFigures(const KeyFigures &figures, double targetPupilsPerDevice, bool yearChosen)
{
    showError({});
    const QLocale locale;
    setTile(Tile::Schools, locale.toString(figures.schools), {});
    setTile(Tile::Pupils, locale.toString(figures.pupils), {});

    // The largest categories; the chart shows them all.
    QList<KeyFigures::Category> largest = figures.categories;
    std::stable_sort(largest.begin(), largest.end(),
                     [](const KeyFigures::Category &a, const KeyFigures::Category &b) { return a.inUse > b.inUse; });
    QStringList categories;
    for (qsizetype i = 0; i < largest.size() && i < TileCategories; ++i)
        categories << QStringLiteral("%1\u00a0%2").arg(largest.at(i).label, locale.toString(largest.at(i).inUse));
    if (largest.size() > TileCategories)
        categories << tr("%n more", nullptr, int(largest.size() - TileCategories));
    setTile(Tile::Devices, locale.toString(figures.devicesInUse), categories.join(QStringLiteral(" \u00b7 ")));

    setTile(Tile::PupilsPerDevice,
            figures.pupilsPerDevice ? locale.toString(*figures.pupilsPerDevice, 'f', 1) : tr("no devices"),
            tr("%1 pupil devices; target %2").arg(locale.toString(figures.pupilDevices),
                                                  locale.toString(targetPupilsPerDevice, 'g', 3)));
    // A share of nothing is no figure: a dash and why, rather than "0,0 %".
    const QString none = QStringLiteral("\u2013");
    if (figures.devicesWithCycle > 0)
        setTile(Tile::PastCycle, percent(figures.pastCyclePercent),
                tr("%1 of %2 devices with a known age").arg(locale.toString(figures.devicesPastCycle),
                                                            locale.toString(figures.devicesWithCycle)));
    else
        setTile(Tile::PastCycle, none, tr("no devices with a known age"));

    const QString ofBudget = tr("%1 of %2 allocated");
    // The amount and its currency sign stay on one line when the text wraps.
    const QString allocated = Money::format(figures.allocatedCents).replace(QLatin1Char(' '), QChar::Nbsp);
    const auto share = [&](double value) {
        const QString text = figures.allocatedCents > 0 ? ofBudget.arg(percent(value), allocated) : tr("no funds allocated yet");
        return yearChosen ? text + QStringLiteral(" \u00b7 ") + tr("as of today, whatever the year") : text;
    };
    setTile(Tile::Approved, Money::format(figures.approvedCents), share(figures.approvedPercent));
    setTile(Tile::PaidOut, Money::format(figures.paidOutCents), share(figures.paidOutPercent));
    setTile(Tile::Spent, Money::format(figures.spentCents), share(figures.spentPercent));

    setTile(Tile::DueContracts, locale.toString(figures.dueContracts.size()),
            tr("last day to cancel within %n day(s)", nullptr, figures.dueDays));
    m_contractsCaption->setText(figures.dueContracts.isEmpty()
        ? tr("No contract has its last day to cancel in the next %n day(s).", nullptr, figures.dueDays)
        : tr("Contracts whose last day to cancel falls in the next %n day(s):", nullptr, figures.dueDays));
    m_contracts->clear();
    for (const ContractSchedule::Due &due : figures.dueContracts) {
        auto *item = new QTreeWidgetItem(m_contracts);
        item->setText(LastDayColumn, date(due.lastDayToCancel));
        item->setText(DaysLeftColumn, locale.toString(due.daysLeft));
        item->setTextAlignment(DaysLeftColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(ContractColumn, due.contract.number);
        item->setText(VendorColumn, due.contract.vendor);
        item->setText(AuthorityColumn, due.contract.authority);
        item->setText(TermEndColumn, date(due.termEnd));
        item->setData(LastDayColumn, ContractIdRole, due.contract.id);
    }
    m_contracts->setVisible(!figures.dueContracts.isEmpty());
    // As tall as its rows, up to a dozen; more scroll.
    const int rows = std::min<int>(int(figures.dueContracts.size()), MaxContractRows);
    const int rowHeight = m_contracts->sizeHintForRow(0) > 0 ? m_contracts->sizeHintForRow(0)
                                                             : m_contracts->fontMetrics().height() + 4;
    m_contracts->setFixedHeight(m_contracts->header()->sizeHint().height() + rows * rowHeight
                                + 2 * m_contracts->frameWidth() + 2);
}

void KeyFiguresPanel::activate(QTreeWidgetItem *item)
{
    if (item)
        emit contractActivated(item->data(LastDayColumn, ContractIdRole).toLongLong());
}
