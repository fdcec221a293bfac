#pragma once

// The lecture's comparison of stacked small kernels with one large kernel: one 5x5 against two
// stacked 3x3 (the same receptive field 5, 25C² against 18C² weights) and one 7x7 against three
// 3x3 (r = 7, 49C² against 27C²), for an adjustable channel count C (C in and C out, no bias).
// Receptive fields and weight counts come from the engine's summary of each stack; a small
// drawing shows how the stacked windows widen, one row per layer.

#include <QStringList>
#include <QWidget>

#include <cstdint>
#include <vector>

class QLabel;
class QSpinBox;

namespace convscope::ui {

class StackDiagram;

struct KernelStack {
    int kernel = 3; // k x k, stride 1
    int depth = 1; // layers
    std::int64_t receptiveField = 0;
    std::int64_t weights = 0; // depth * k² * C², from the engine
};

// The engine's receptive field and weight count of `depth` stacked k x k convolutions (stride 1,
// no padding, C -> C channels, no bias), on an input just large enough.
[[nodiscard]] KernelStack kernelStack(int kernel, int depth, int channels);

class RfComparison : public QWidget {
    Q_OBJECT
public:
    explicit RfComparison(QWidget* parent = nullptr);

    void setChannels(int channels); // 1 .. 4096
    [[nodiscard]] int channels() const;
    // The text of each comparison, top to bottom ("one 5×5: r = 5, 25·C² = 25·64² = 102,400 …").
    [[nodiscard]] QStringList texts() const;

signals:
    void channelsChanged(int channels);

private:
    void refresh();

    QSpinBox* m_channels;
    std::vector<QLabel*> m_texts;
    std::vector<StackDiagram*> m_diagrams;
};

} // namespace convscope::ui
