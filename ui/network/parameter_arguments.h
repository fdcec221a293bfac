#pragma once

// The lecture's parameter arguments (section 2.4 and 5.3), interactive:
//  - N inputs to N outputs: fully connected N² weights (+ N biases), locally connected to 5
//    neighbours 5N (+ N), a 1-d convolution with kernel 5 just 5 (+ 1), whatever N is;
//  - depth-wise separable (an h x w depth-wise convolution then a 1x1 one: h·w·C + C·D) against a
//    vanilla h x w convolution with C in and D out channels (h·w·C·D); for h = w = 3 and D = C:
//    9C + C² against 9C², cheaper for every C >= 2. D follows C while the two are equal.
// Every formula is written out with the numbers substituted. Selecting a convolution in the
// summary table (NetworkView) puts its kernel, C and D here, and says which layer they came from.

#include <QWidget>

#include <cstdint>
#include <vector>

class QLabel;
class QSlider;
class QSpinBox;

namespace convscope::ui {

class CountBar;

struct ParameterCounts {
    std::int64_t fullyConnected = 0; // N², weights only
    std::int64_t fullyConnectedBias = 0; // N
    std::int64_t locallyConnected = 0; // 5N
    std::int64_t locallyConnectedBias = 0; // N
    std::int64_t convolution = 0; // 5
    std::int64_t convolutionBias = 0; // 1
    std::int64_t depthwiseSeparable = 0; // h·w·C + C·D
    std::int64_t vanilla = 0; // h·w·C·D
};

inline constexpr int kNeighbours = 5; // the lecture's patch of 5 neighbours and 1-d kernel 5

// The counts for N inputs and outputs, C channels in, D out (0: D = C) and an h x w kernel. Fully connected,
// depth-wise separable and vanilla counts come from the engine's summary of those layers (so
// they are the numbers the summary table shows); locally connected layers are not an engine
// layer type and are counted as N outputs times 5 weights.
[[nodiscard]] ParameterCounts parameterCounts(int n, int channels, int h = 3, int w = 3, int outChannels = 0);

class ParameterArguments : public QWidget {
    Q_OBJECT
public:
    explicit ParameterArguments(QWidget* parent = nullptr);

    void setN(int n); // 1 .. 100000
    void setChannels(int channels); // C, 1 .. 4096 (D follows while D = C)
    void setOutChannels(int channels); // D, 1 .. 4096
    void setKernel(int h, int w); // 1 .. 64 each
    // A layer's numbers: kernel h x w, C in, D out; `from` says where they came from (e.g. "layer
    // 3 (conv2_1), a 3×3 convolution") and is shown until a number is edited by hand.
    void setFromLayer(const QString &from, int h, int w, int channels, int outChannels);
    [[nodiscard]] int n() const;
    [[nodiscard]] int channels() const;
    [[nodiscard]] int outChannels() const;
    [[nodiscard]] int kernelHeight() const;
    [[nodiscard]] int kernelWidth() const;
    // Where k, C and D came from, as shown above the formulas.
    [[nodiscard]] QString source() const;
    [[nodiscard]] ParameterCounts counts() const { return m_counts; }
    // The text of each line as shown (fully connected, locally connected, convolution,
    // depth-wise separable, vanilla, ratio).
    [[nodiscard]] QStringList texts() const;

private:
    void refresh();
    void editedByHand();

    QSpinBox* m_n;
    QSlider* m_nSlider;
    QSpinBox* m_channels;
    QSlider* m_channelSlider;
    QSpinBox* m_outChannels;
    QLabel* m_source;
    int m_lastChannels = 64;
    bool m_applying = false; // setFromLayer() is setting the numbers
    QSpinBox* m_h;
    QSpinBox* m_w;
    std::vector<QLabel*> m_lines;
    std::vector<CountBar*> m_bars;
    ParameterCounts m_counts;
};

} // namespace convscope::ui
