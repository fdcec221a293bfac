#pragma once

// The arithmetic the Playground spells out beside the animation, as text: the inner product of
// the current window per input channel, the bias, the activation, the output size formula with
// the numbers substituted, the parameter count and the receptive field. Pure functions of a
// PlaygroundState, no widgets, so a test can compare them with what a student works out by hand.

#include "playground_model.h"

#include <QString>
#include <QStringList>

namespace convscope::ui {

// Numbers for reading: integers as integers ("7", "−2"), others rounded to at most 3 decimals
// with trailing zeros dropped ("0.5", "−1.333"); tiny non-zero values keep 3 significant digits
// ("0.000125"). Negative numbers take the typographic minus sign U+2212. ±∞ and NaN as symbols.
[[nodiscard]] QString formatNumber(double value);
// The same with at most `decimals` decimals, for the numbers in the cells.
[[nodiscard]] QString formatNumber(double value, int decimals);

struct ArithmeticOptions {
    // Products (or pooled values) shown per line before the sum is elided: the first
    // maxTerms - 1, then "…", then the last one. The total is always shown.
    int maxTerms = 9;
};

// One input channel's part of the current step.
struct ChannelTerm {
    int channel = 0; // index of the input channel
    QString label; // "R", "G", "B", "grey", "c0"…
    QString text; // "u·x = 1·3 + 0·2 + … = 7", or "max(3, 7, 2, 5) = 7" for pooling
    double value = 0; // that channel's contribution (pooling: the pooled value)
};

// The arithmetic of one step for one output channel.
struct StepArithmetic {
    bool valid = false;
    std::vector<ChannelTerm> channels; // the input channels the output channel reads
    QString sum; // "Σ = 0.3 + 0.2 + 0.1 = 0.6" when more than one channel, else empty
    QString bias; // "+ b = 0.6 + 0.5 = 1.1" when the layer has a bias, else empty
    QString activation; // "ReLU(1.1) = 1.1" when the layer has one, else empty
    double value = 0; // before the activation
    double activated = 0; // after it: the output cell's value
};

// The current window's arithmetic; step and outputChannel are clamped into range.
[[nodiscard]] StepArithmetic stepArithmetic(const PlaygroundState& state, int step,
    int outputChannel, const ArithmeticOptions& options = {});

// Per spatial dimension: "height: floor((5 + 2·1 − 1·(3−1) − 1)/2) + 1 = 3"; the padding is
// written "2·p" when symmetric and "pb + pa" (the real before + after) otherwise, as 'same'
// padding can be; ceil-mode pooling writes ceil.
[[nodiscard]] QStringList outputSizeLines(const PlaygroundState& state);

// "3·3·3·16 + 16 = 448 parameters" (kernel · C/groups · D + D); "no parameters" for pooling.
[[nodiscard]] QString parameterCountLine(const PlaygroundState& state);

// "receptive field 5×5: r = d(k−1) + 1 = 2·(3−1) + 1 = 5" for this one layer.
[[nodiscard]] QString receptiveFieldLine(const PlaygroundState& state);

// A short name for an input channel: R, G, B for a colour photo, "grey" for a grey one, c0, c1…
// otherwise.
[[nodiscard]] QString channelLabel(const PlaygroundState& state, int channel);

} // namespace convscope::ui
