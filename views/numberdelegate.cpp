// SPDX-License-Identifier: EUPL-1.2
#include "numberdelegate.h"

#include <QDoubleSpinBox>
#include <QLocale>
#include <QSpinBox>

#include <algorithm>
#include <limits>

namespace {
double lowerBound(const FieldSpec &field)
{
    const double minimum = std::max(field.minimum, -1e9);
    return field.required ? minimum : minimum - 1;
}

double upperBound(const FieldSpec &field)
{
    return std::min(field.maximum, 1e9);
}

// Shows a number as the table does, without trailing zeros: "4,5" and "10 %", not "4,50"
// and "10,0 %"; up to the decimals it allows are typed and kept.
class TrimmedDoubleSpinBox : public QDoubleSpinBox
{
public:
    using QDoubleSpinBox::QDoubleSpinBox;

protected:
    QString textFromValue(double value) const override
    {
        QString text = QDoubleSpinBox::textFromValue(value);
        const QString point = locale().decimalPoint();
        if (!text.contains(point))
            return text;
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(point.size());
        return text;
    }
};
} // namespace

QWidget *NumberDelegate::createFieldEditor(QWidget *parent) const
{
    const QString blank = QStringLiteral(" ");
    if (field().kind == FieldKind::Integer) {
        auto *spin = new QSpinBox(parent);
        spin->setRange(int(lowerBound(field())), int(upperBound(field())));
        spin->setGroupSeparatorShown(true);
        if (!field().required)
            spin->setSpecialValueText(blank);
        spin->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        return spin;
    }
    auto *spin = new TrimmedDoubleSpinBox(parent);
    spin->setDecimals(field().kind == FieldKind::Percent ? 1 : 2);
    spin->setRange(lowerBound(field()), upperBound(field()));
    spin->setSingleStep(field().kind == FieldKind::Percent ? 1.0 : 0.5);
    if (field().kind == FieldKind::Percent)
        spin->setSuffix(QStringLiteral(" %"));
    if (!field().required)
        spin->setSpecialValueText(blank);
    spin->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return spin;
}

void NumberDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QVariant value = index.data(Qt::EditRole);
    const bool empty = value.isNull() || !value.isValid() || value.toString().isEmpty();
    if (auto *spin = qobject_cast<QSpinBox *>(editor))
        spin->setValue(empty ? spin->minimum() : value.toInt());
    else if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor))
        spin->setValue(empty ? spin->minimum() : value.toDouble());
}

void NumberDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    QVariant value;
    if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        spin->interpretText();
        if (field().required || spin->value() != spin->minimum())
            value = spin->value();
    } else if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor)) {
        spin->interpretText();
        if (field().required || spin->value() != spin->minimum())
            value = spin->value();
    }
    model->setData(index, value, Qt::EditRole);
}
