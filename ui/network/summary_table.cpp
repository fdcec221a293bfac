#include "summary_table.h"

#include "summary_table_model.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QResizeEvent>
#include <QScrollBar>

#include <algorithm>
#include <vector>

namespace convscope::ui {

SummaryTable::SummaryTable(QWidget *parent)
    : QTableView(parent)
    , m_model(new SummaryTableModel(this))
{
    setObjectName(QStringLiteral("summaryTable"));
    setModel(m_model);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setMouseTracking(true);
    setWordWrap(false);
    setAlternatingRowColors(true);
    setCornerButtonEnabled(false);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    horizontalHeader()->setStretchLastSection(false);
    horizontalHeader()->setHighlightSections(false);
    setToolTip(QString());
    connect(this, &QTableView::entered, this, [this](const QModelIndex &index) {
        const int layer = index.isValid() ? index.data(SummaryTableModel::LayerIndexRole).toInt() : -1;
        const int reported = layer >= 0 ? layer : -1;
        if (reported == m_hovered)
            return;
        m_hovered = reported;
        emit layerHovered(reported);
    });
    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (m_selecting || !current.isValid())
            return;
        const int layer = current.data(SummaryTableModel::LayerIndexRole).toInt();
        if (layer >= -1)
            emit layerSelected(layer);
    });
}

void SummaryTable::setSummary(const Network &network, const SummaryState &summary)
{
    const int selected = selectedLayer();
    m_selecting = true;
    clearSpans();
    m_model->setSummary(network, summary);
    if (const int row = m_model->problemRow(); row >= 0)
        setSpan(row, SummaryTableModel::OutputShape, 1, SummaryTableModel::ColumnCount - SummaryTableModel::OutputShape);
    m_selecting = false;
    fitColumns();
    selectLayer(selected);
}

void SummaryTable::selectLayer(int layer)
{
    if (layer < -1 || layer >= m_model->rowCount() - 2)
        return;
    m_selecting = true;
    const QModelIndex index = m_model->index(SummaryTableModel::rowOfLayer(layer), 0);
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    scrollTo(index);
    m_selecting = false;
}

int SummaryTable::selectedLayer() const
{
    const QModelIndex current = selectionModel()->currentIndex();
    return current.isValid() ? current.data(SummaryTableModel::LayerIndexRole).toInt() : -3;
}

void SummaryTable::fitColumns()
{
    const int columns = m_model->columnCount();
    if (columns <= 0)
        return;
    QHeaderView *header = horizontalHeader();
    std::vector<int> widths(static_cast<std::size_t>(columns));
    int total = 0;
    for (int c = 0; c < columns; ++c) {
        const int w = std::max(sizeHintForColumn(c), header->sectionSizeHint(c));
        widths[static_cast<std::size_t>(c)] = w;
        total += w;
    }
    int available = viewport()->width();
    // The vertical scroll bar may not be shown yet when the rows first arrive.
    if (!verticalScrollBar()->isVisible() && rowHeight(0) * m_model->rowCount() > viewport()->height())
        available -= verticalScrollBar()->sizeHint().width();
    const int extra = std::max(0, available - total);
    for (int c = 0; c < columns; ++c) {
        int w = widths[static_cast<std::size_t>(c)] + extra / columns;
        if (c == columns - 1)
            w += extra % columns;
        header->resizeSection(c, w);
    }
}

void SummaryTable::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    fitColumns();
}

void SummaryTable::leaveEvent(QEvent *event)
{
    QTableView::leaveEvent(event);
    if (m_hovered != -1) {
        m_hovered = -1;
        emit layerHovered(-1);
    }
}

} // namespace convscope::ui
