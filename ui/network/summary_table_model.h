#pragma once

// The torchinfo-style summary as a table: one row for the input, one per layer, and the totals.
// Numbers carry thousands separators; the parameter and MAC cells explain their formula in a
// tooltip; an invalid layer's row carries the message (the view spans it over the columns).

#include "network.h"
#include "network_model.h"

#include <QAbstractTableModel>

namespace convscope::ui {

class SummaryTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Layer, Type, OutputShape, Params, Macs, ReceptiveField, Stride, Padding, ColumnCount };
    // Qt::UserRole + 1 on any cell: the layer index of the row (-1 input, -2 totals).
    static constexpr int LayerIndexRole = Qt::UserRole + 1;
    // On the message cell of the invalid row: true.
    static constexpr int ProblemRole = Qt::UserRole + 2;

    explicit SummaryTableModel(QObject *parent = nullptr);

    void setSummary(const Network &network, const SummaryState &summary);
    [[nodiscard]] const SummaryState &summary() const { return m_summary; }

    // Row of layer i (0-based), and back; the input is row 0, the totals the last row.
    [[nodiscard]] static int rowOfLayer(int layer) { return layer + 1; }
    [[nodiscard]] int layerOfRow(int row) const;
    [[nodiscard]] int problemRow() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "1,792": thousands separators whatever the system locale, as the lecture writes them.
    [[nodiscard]] static QString grouped(std::int64_t value);
    // The parameter count's formula with the layer's numbers, e.g. "3·3·3·64 + 64 = 1,792".
    [[nodiscard]] QString paramsFormula(int layer) const;
    [[nodiscard]] QString macsFormula(int layer) const;

private:
    [[nodiscard]] QVariant layerData(int layer, int column, int role) const;
    [[nodiscard]] int inChannelsOf(int layer) const;
    [[nodiscard]] std::vector<int> inShapeOf(int layer) const;

    Network m_network;
    SummaryState m_summary;
};

} // namespace convscope::ui
