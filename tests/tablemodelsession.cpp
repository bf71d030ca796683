// SPDX-License-Identifier: EUPL-1.2
#include "tablemodelsession.h"

#include "entitycatalog.h"
#include "entitytablemodel.h"
#include "tablefixture.h"

#include <QAbstractItemModelTester>

TableModelSession::TableModelSession()
    : m_editor(m_temp.db(), &m_stack)
{
    m_loaded = TableFixture::load(m_temp.db());
}

std::unique_ptr<EntityTableModel> TableModelSession::model(EntityKind kind)
{
    auto model = std::make_unique<EntityTableModel>(m_editor, EntityCatalog::spec(kind));
    model->setReferenceDate(TableFixture::referenceDate());
    new QAbstractItemModelTester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest, model.get());
    return model;
}

QStringList TableModelSession::column(EntityTableModel &model, const QString &field, int role)
{
    QStringList values;
    const int column = model.columnOf(field);
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.index(row, column).data(role).toString();
    return values;
}

QList<qint64> TableModelSession::ids(EntityTableModel &model)
{
    QList<qint64> result;
    for (int row = 0; row < model.rowCount(); ++row)
        result << model.recordId(row);
    return result;
}
