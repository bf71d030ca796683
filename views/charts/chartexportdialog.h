// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "chartexporter.h"

#include <QDialog>

class QLabel;
class QSpinBox;

// Asks for the size of an exported chart: width and height in pixels and, for PNG, the
// resolution, with the printed size it gives. Remembers the last choice.
class ChartExportDialog : public QDialog
{
    Q_OBJECT
public:
    ChartExportDialog(ChartExporter::Format format, QWidget *parent = nullptr);

    ChartExporter::Options options() const;
    void setOptions(const ChartExporter::Options &options);

    static ChartExporter::Options remembered();
    static void remember(const ChartExporter::Options &options);

    void accept() override;

private:
    void updateHint();

    ChartExporter::Format m_format;
    QSpinBox *m_width = nullptr;
    QSpinBox *m_height = nullptr;
    QSpinBox *m_dpi = nullptr;
    QLabel *m_hint = nullptr;
};
