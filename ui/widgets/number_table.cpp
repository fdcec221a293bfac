#include "number_table.h"

#include "number_delegate.h"

#include <QHash>
#include <QHeaderView>
#include <QScrollBar>

#include <algorithm>

namespace convscope::ui {

namespace {
constexpr int kMinCellWidth = 34;
constexpr int kMaxCellWidth = 96;
constexpr int kCellPadding = 14;
constexpr int kCellHeight = 30;
// Wider matrices scroll sideways within the panel's column.
constexpr int kMaxTableWidth = 330;
} // namespace

NumberTable::NumberTable(QWidget* parent)
    : QTableWidget(parent)
{
    setItemDelegate(new NumberDelegate(this));
    // Editable by clicking a cell or typing over it, and Tab walks the cells (keyboard users).
    setEditTriggers(QAbstractItemView::AllEditTriggers);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setTabKeyNavigation(true);
    setWordWrap(false);
    setCornerButtonEnabled(false);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    horizontalHeader()->setMinimumSectionSize(kMinCellWidth);
    verticalHeader()->setDefaultSectionSize(kCellHeight);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    // As wide as the matrix and no wider: a 3x3 kernel stays a small square.
    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    connect(this, &QTableWidget::itemChanged, this, &NumberTable::onItemChanged);
}

void NumberTable::setMatrix(int rows, int cols, std::span<const float> values)
{
    m_showing = true;
    if (rowCount() != rows || columnCount() != cols) {
        // The cells that stay are reused (a new kernel size keeps the overlapping cells' items,
        // their values are set below): creating them all again cost milliseconds per edit.
        setRowCount(rows);
        setColumnCount(cols);
        // 1-based labels, as a lecturer counts cells on the board.
        QStringList colLabels, rowLabels;
        for (int c = 0; c < cols; ++c)
            colLabels << QString::number(c + 1);
        for (int r = 0; r < rows; ++r)
            rowLabels << QString::number(r + 1);
        setHorizontalHeaderLabels(colLabels);
        setVerticalHeaderLabels(rowLabels);
    }
    const QFontMetrics metrics(font());
    QHash<QString, int> widths;
    int widest = 0;
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < cols; ++c) {
            const std::size_t i = static_cast<std::size_t>(r) * static_cast<std::size_t>(cols)
                + static_cast<std::size_t>(c);
            const double v = i < values.size() ? values[i] : 0.0;
            QTableWidgetItem* cell = item(r, c);
            if (!cell) {
                cell = new QTableWidgetItem;
                cell->setTextAlignment(Qt::AlignCenter);
                setItem(r, c, cell);
            }
            if (!cell->data(Qt::EditRole).isValid() || cell->data(Qt::EditRole).toDouble() != v)
                cell->setData(Qt::EditRole, v);
            // Measured once per distinct text: a kernel repeats few numbers many times.
            const QString text = NumberDelegate::format(v, locale());
            auto known = widths.constFind(text);
            if (known == widths.constEnd())
                known = widths.insert(text, metrics.horizontalAdvance(text));
            widest = std::max(widest, *known);
        }
    // Every column as wide as the longest number, so the matrix reads as a matrix.
    const int cellWidth = std::clamp(widest + kCellPadding, kMinCellWidth, kMaxCellWidth);
    if (horizontalHeader()->defaultSectionSize() != cellWidth) {
        horizontalHeader()->setDefaultSectionSize(cellWidth);
        for (int c = 0; c < cols; ++c)
            horizontalHeader()->resizeSection(c, cellWidth);
    }
    updateGeometry();
    m_showing = false;
}

double NumberTable::valueAt(int row, int col) const
{
    const QTableWidgetItem* cell = item(row, col);
    return cell ? cell->data(Qt::EditRole).toDouble() : 0.0;
}

void NumberTable::setMaximumVisibleRows(int rows)
{
    m_maxVisibleRows = std::max(1, rows);
    updateGeometry();
}

QSize NumberTable::sizeHint() const
{
    const int visibleRows = std::clamp(rowCount(), 1, m_maxVisibleRows);
    const int frame = 2 * frameWidth();
    int height = horizontalHeader()->sizeHint().height() + visibleRows * kCellHeight + frame;
    int width = verticalHeader()->sizeHint().width()
        + columnCount() * horizontalHeader()->defaultSectionSize() + frame;
    if (rowCount() > m_maxVisibleRows)
        width += verticalScrollBar()->sizeHint().width();
    if (width > kMaxTableWidth) {
        width = kMaxTableWidth;
        height += horizontalScrollBar()->sizeHint().height();
    }
    return { width, height };
}

QSize NumberTable::minimumSizeHint() const
{
    return { std::min(120, sizeHint().width()), sizeHint().height() };
}

void NumberTable::onItemChanged(QTableWidgetItem* cell)
{
    if (m_showing || !cell)
        return;
    emit valueEdited(cell->row(), cell->column(), cell->data(Qt::EditRole).toDouble());
}

} // namespace convscope::ui
