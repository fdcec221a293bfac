#pragma once

// A small editable matrix of numbers (a kernel slice, a grid channel): click or tab into a cell
// and type. Emits valueEdited for user edits only, never while the values are being shown.

#include <QTableWidget>

#include <span>

namespace convscope::ui {

class NumberTable : public QTableWidget {
    Q_OBJECT
public:
    explicit NumberTable(QWidget* parent = nullptr);

    // Shows rows x cols values in row-major order. Cells are updated in place when the size is
    // unchanged, so an editor open in another cell survives a refresh.
    void setMatrix(int rows, int cols, std::span<const float> values);
    [[nodiscard]] double valueAt(int row, int col) const;

    // Rows taller than this scroll instead of growing the panel.
    void setMaximumVisibleRows(int rows);

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

signals:
    void valueEdited(int row, int col, double value);

private:
    void onItemChanged(QTableWidgetItem* item);

    int m_maxVisibleRows = 8;
    bool m_showing = false;
};

} // namespace convscope::ui
