#pragma once

// A Playground scene (CONTRACT.md section 4, `*.convscope.json`): the whole state of the
// visualiser as a value — the input, the layer and its kernel values, the animation, the view —
// so a lecture can be prepared, saved, replayed and rendered from the command line.

#include "error.h"
#include "conv.h"
#include "kernels.h"
#include "network.h"
#include "shape.h"
#include "tensor.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace convscope {

inline constexpr int kSceneVersion = 1;
inline constexpr std::int64_t kMaxSceneBytes = std::int64_t { 16 } << 20;
inline constexpr int kMaxGridSide = 32;
inline constexpr int kMaxSceneChannels = 16;
inline constexpr int kMaxSignalLength = 4096;

enum class InputSource {
    Sample, // a bundled photo by name ("chelsea")
    Image,  // an image file, its path relative to the scene file
    Grid,   // a small numeric grid, values given (conv_arithmetic style)
    Signal, // a synthetic 1-D signal (sine, steps, noise)
};

enum class GridPreset { Custom, RandomIntegers, Ramp, Checkerboard, BrightPixel, Edge };
enum class SignalKind { Sine, Steps, Noise };
enum class SceneOp { Conv, MaxPool, AvgPool, SumPool };

// A rectangle of the image in pixels (x, y from the top left).
struct CropRect {
    int x = 0;
    int y = 0;
    int width = 1;
    int height = 1;
    bool operator==(const CropRect &) const = default;
};

struct SceneInput {
    InputSource source = InputSource::Sample;
    std::string sample = "chelsea";
    std::string path; // Image: relative to the scene file (or absolute)
    bool gray = false; // photos: use one grey channel instead of R, G, B
    std::optional<CropRect> crop; // photos: the part that is the input
    // Grid: channels x rows x cols values in C order; 1-D grids have rows == 1.
    int gridChannels = 1;
    int gridRows = 5;
    int gridCols = 5;
    GridPreset gridPreset = GridPreset::RandomIntegers;
    std::uint32_t seed = 1; // random grid values and noise signals
    std::vector<float> gridValues;
    // Signal: 1-D only.
    SignalKind signal = SignalKind::Sine;
    int signalLength = 32;
    int signalChannels = 1;
    // 1-D layers on a photo: this row of the (cropped) image is the sequence (-1: the middle row).
    int row = -1;
    bool operator==(const SceneInput &) const = default;
};

// A preset for one (output, input) channel pair: it replaces the output channel's preset on that
// one input channel of the output's group (`input` counts within the group, 0-based).
struct KernelPairPreset {
    int output = 0;
    int input = 0;
    std::string preset;
    bool operator==(const KernelPairPreset &) const = default;
};

struct SceneLayer {
    SceneOp op = SceneOp::Conv;
    int spatialDims = 2;
    Dims kernel { 3, 3, 3 };
    Dims stride { 1, 1, 1 };
    Dims dilation { 1, 1, 1 };
    Padding padding = Padding::explicitly({ 1, 1, 1 });
    PaddingMode paddingMode = PaddingMode::Zeros;
    int groups = 1;
    int outChannels = 1;
    bool bias = false;
    bool flip = false; // "true convolution": the kernel rotated by 180 degrees
    std::optional<Activation> activation; // applied after the layer; none by default
    bool ceilMode = false;
    bool countIncludePad = true;
    // Kernel values: a preset per output channel (cycled when there are fewer), applied to every
    // input channel of that output's group unless a pair preset names that (output, input) pair;
    // explicit weights, when present with the right count (O * C/groups * kernel volume), win.
    // Bias values likewise (0 when absent).
    std::vector<std::string> kernelPresets { "sobel_x" };
    std::vector<KernelPairPreset> kernelPairPresets; // pairs outside the layer are ignored
    KernelOptions kernelOptions;
    std::vector<float> weights;
    std::vector<float> biasValues;
    bool operator==(const SceneLayer &) const = default;

    // The preset of output channel o ("identity" when the list is empty, as sceneWeights uses).
    [[nodiscard]] const std::string &kernelPresetOf(int output) const;
    // The pair preset of (output, input-within-group), or null when the output's preset applies.
    [[nodiscard]] const std::string *pairPresetOf(int output, int input) const;
};

struct SceneAnimation {
    int step = 0;
    double stepsPerSecond = 4.0;
    bool loop = true;
    bool playing = false;
    int outputChannel = 0; // the output channel the window animates
    bool operator==(const SceneAnimation &) const = default;
};

struct SceneView {
    bool numbers = true; // values in the cells when they fit
    double zoom = 1.0;
    std::string theme = "light"; // "light" or "dark"
    bool operator==(const SceneView &) const = default;
};

struct Scene {
    std::string title;
    SceneInput input;
    SceneLayer layer;
    SceneAnimation animation;
    SceneView view;
    std::optional<Network> network; // the Network view's stack, when the scene has one
    bool operator==(const Scene &) const = default;
};

struct ParsedScene {
    Scene scene;
    std::vector<std::string> warnings; // unknown fields, ignored
};

// Parses a scene; a newer version is refused with a message (rather than silently dropping what
// this version cannot show), unknown fields are ignored with a warning, every problem names the
// field ("layer.stride: ...").
[[nodiscard]] Result<ParsedScene> parseScene(std::string_view text);
[[nodiscard]] Result<ParsedScene> readScene(const std::string &path);
[[nodiscard]] std::string writeScene(const Scene &);
Status saveScene(const std::string &path, const Scene &);

// Sets the per-dimension entries a layer does not use (past spatialDims) to their defaults, so
// that two scenes that show the same thing compare equal.
void normaliseScene(Scene &);

// The conv or pool parameters of the scene's layer (for an input with `inChannels` channels).
[[nodiscard]] ConvParams sceneConvParams(const SceneLayer &);
[[nodiscard]] PoolParams scenePoolParams(const SceneLayer &);
// Validates the layer against an input shape (C, *spatial): the plan, or the problem.
[[nodiscard]] Result<SlidingPlan> planSceneLayer(const SceneLayer &, const std::vector<int> &inputShape);

// The grid's values for a preset (deterministic for a seed), shape (C, rows, cols) or (C, cols)
// for 1-D.
[[nodiscard]] Tensor makeGrid(const SceneInput &, int spatialDims);
// A synthetic signal (C, length): sine (a different phase per channel), steps, or noise (seeded).
[[nodiscard]] Tensor makeSignal(const SceneInput &);
// The input tensor of a scene: grid and signal are built here; photos come in as `image`
// (C, H, W) from the caller (which knows where samples live) and are cropped, turned grey, or cut
// to one row for 1-D layers here.
[[nodiscard]] Result<Tensor> sceneInput(const Scene &, const Tensor *image);

// The layer's weight (O, C/groups, *kernel) and bias (O) for an input with inChannels channels.
// From presets, every input channel of a group gets the preset kernel; with divideByChannels
// (photos) divided by the group's channel count, so a Sobel on R, G, B finds the grey edges at
// the grey scale; without (grids, signals) as it is, so the numbers stay whole.
[[nodiscard]] Result<Tensor> sceneWeights(const SceneLayer &, int inChannels,
    bool divideByChannels = true);
[[nodiscard]] Tensor sceneBias(const SceneLayer &);

// The layer applied to an input: the raw output (O, *out) and the output after the activation
// (the same values when the layer has none).
struct SceneOutput {
    Tensor output;
    Tensor activated;
};
[[nodiscard]] Result<SceneOutput> computeSceneLayer(const SceneLayer &, const Tensor &input,
    const Tensor *weight, const Tensor *bias, const RunOptions &options = {});

} // namespace convscope
