#pragma once

// The summary table (torchinfo's columns plus receptive field r, effective stride S and effective
// padding P). Selecting a row selects that layer; hovering a row reports the layer, so the view
// can draw its receptive field on the image.

#include <QTableView>

namespace convscope {
struct Network;
}

namespace convscope::ui {

struct SummaryState;
class SummaryTableModel;

class SummaryTable : public QTableView {
    Q_OBJECT
public:
    explicit SummaryTable(QWidget *parent = nullptr);

    void setSummary(const Network &network, const SummaryState &summary);
    [[nodiscard]] SummaryTableModel *summaryModel() const { return m_model; }
    // Selects the layer's row without emitting layerSelected.
    void selectLayer(int layer);
    [[nodiscard]] int selectedLayer() const;

signals:
    void layerSelected(int layer); // -1: the input row
    void layerHovered(int layer); // -1: none (the mouse left the rows)

protected:
    void leaveEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    // Every column at least as wide as its contents and header; width left over in the viewport
    // is shared out evenly, so the table fills its pane (narrower panes scroll sideways).
    void fitColumns();

    SummaryTableModel *m_model;
    int m_hovered = -3;
    bool m_selecting = false;
};

} // namespace convscope::ui
