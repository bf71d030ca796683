// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QMap>
#include <QWidget>

class KeyFigures;
class QGridLayout;
class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

// The dashboard's tiles (schools, pupils, devices, pupils per device, devices past their
// replacement cycle, funding) and the list of contracts whose last day to cancel is near.
// Clicking a contract asks to open it.
class KeyFiguresPanel : public QWidget
{
    Q_OBJECT
public:
    enum class Tile {
        Schools,
        Pupils,
        Devices,
        PupilsPerDevice,
        PastCycle,
        Approved,
        PaidOut,
        Spent,
        DueContracts,
    };

    explicit KeyFiguresPanel(QWidget *parent = nullptr);

    // `yearChosen`: the filter looks at the end of a past year, which the funding amounts
    // (they carry no date) cannot follow; their tiles say so.
    void showFigures(const KeyFigures &figures, double targetPupilsPerDevice, bool yearChosen = false);
    void showError(const QString &message);

    // The big number and the line under it, as shown (for tests and accessibility).
    QString value(Tile tile) const;
    QString detail(Tile tile) const;
    QTreeWidget *contractList() const { return m_contracts; }
    // The tiles take as many columns as the width allows, from two to five.
    int tileColumns() const { return m_columns; }
    QSize minimumSizeHint() const override;

signals:
    void contractActivated(qint64 contractId);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    struct TileLabels
    {
        QLabel *value = nullptr;
        QLabel *detail = nullptr;
    };
    void addTile(Tile tile, const QString &caption);
    void arrangeTiles(int columns);
    int tileWidth() const;
    void setTile(Tile tile, const QString &value, const QString &detail);
    void activate(QTreeWidgetItem *item);

    QMap<Tile, TileLabels> m_tiles;
    QList<QWidget *> m_tileFrames;
    QGridLayout *m_grid = nullptr;
    int m_columns = 0;
    QTreeWidget *m_contracts = nullptr;
    QLabel *m_contractsCaption = nullptr;
    QLabel *m_error = nullptr;
};
