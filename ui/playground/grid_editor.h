#pragma once

// The numeric grid's values, one channel at a time: click a cell and type a number. An edit writes
// every value of the grid into the scene and marks its preset "custom".

#include <QWidget>

class QLabel;
class QSpinBox;

namespace convscope::ui {

class NumberTable;
class PlaygroundModel;

class GridEditor : public QWidget {
    Q_OBJECT
public:
    explicit GridEditor(PlaygroundModel* model, QWidget* parent = nullptr);

    [[nodiscard]] NumberTable* table() const { return m_table; }
    [[nodiscard]] int channel() const;
    void setChannel(int channel);

private:
    void sync();
    void editValue(int row, int col, double value);

    PlaygroundModel* m_model;
    QSpinBox* m_channel = nullptr;
    QLabel* m_channelLabel = nullptr;
    NumberTable* m_table = nullptr;
};

} // namespace convscope::ui
