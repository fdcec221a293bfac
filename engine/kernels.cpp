#include "kernels.h"
#include "translate.h" // QT_TRANSLATE_NOOP: the names are translated in the GUI

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>
#include <random>

namespace convscope {

namespace {

constexpr int kMaxKernelSize = 1024; // a kernel larger than this is surely a typing slip

using Fixed3 = std::array<float, 9>;

struct FixedKernel {
    std::string_view id;
    Fixed3 values; // row-major 3x3
};

// The textbook 3x3 kernels. Derivative kernels follow OpenCV's orientation (cv::Sobel,
// cv::Scharr): x grows to the right, y downwards, and the response is positive where the image
// gets brighter along the axis, under cross-correlation.
constexpr std::array<FixedKernel, 9> kFixed { {
    { "sharpen", { 0, -1, 0, -1, 5, -1, 0, -1, 0 } },
    { "sobel_x", { -1, 0, 1, -2, 0, 2, -1, 0, 1 } },
    { "sobel_y", { -1, -2, -1, 0, 0, 0, 1, 2, 1 } },
    { "scharr_x", { -3, 0, 3, -10, 0, 10, -3, 0, 3 } },
    { "scharr_y", { -3, -10, -3, 0, 0, 0, 3, 10, 3 } },
    { "prewitt_x", { -1, 0, 1, -1, 0, 1, -1, 0, 1 } },
    { "prewitt_y", { -1, -1, -1, 0, 0, 0, 1, 1, 1 } },
    // The 4-neighbour Laplacian (cv::Laplacian with ksize 1).
    { "laplacian", { 0, 1, 0, 1, -4, 1, 0, 1, 0 } },
    { "emboss", { -2, -1, 0, -1, 1, 1, 0, 1, 2 } },
} };

const FixedKernel* findFixed(std::string_view id)
{
    for (const auto& k : kFixed)
        if (k.id == id)
            return &k;
    return nullptr;
}

std::string sizeText(int kh, int kw)
{
    return std::to_string(kh) + "x" + std::to_string(kw);
}

std::string presetList()
{
    std::string s;
    for (const auto& p : kernelPresets())
        s += (s.empty() ? "" : ", ") + std::string(p.id);
    return s;
}

// OpenCV's default sigma for a Gaussian of size k (cv::getGaussianKernel documentation).
double defaultSigma(int k)
{
    return 0.3 * ((k - 1) * 0.5 - 1) + 0.8;
}

std::vector<double> gaussian1d(int k, double sigma)
{
    std::vector<double> g(static_cast<std::size_t>(k));
    const double centre = (k - 1) / 2.0;
    for (int i = 0; i < k; ++i) {
        const double x = i - centre;
        g[static_cast<std::size_t>(i)] = std::exp(-x * x / (2 * sigma * sigma));
    }
    return g;
}

void normaliseSum(Tensor& t)
{
    double sum = 0;
    for (float v : t.values())
        sum += v;
    for (float& v : t.values())
        v = static_cast<float>(v / sum);
}

// A standard normal number from two 32-bit outputs of mt19937 by the Box-Muller transform.
// std::normal_distribution is not used because its algorithm differs between standard
// libraries, while mt19937's output sequence is fixed by the C++ standard: the same seed gives
// the same kernel everywhere.
double standardNormal(std::mt19937& gen)
{
    const double u1 = (static_cast<double>(gen()) + 0.5) / 4294967296.0; // (0, 1): log is finite
    const double u2 = (static_cast<double>(gen()) + 0.5) / 4294967296.0;
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
}

} // namespace

const std::vector<KernelPreset>& kernelPresets()
{
    static const std::vector<KernelPreset> presets {
        { "identity", QT_TRANSLATE_NOOP("Kernels", "Identity"), false, false },
        { "box", QT_TRANSLATE_NOOP("Kernels", "Box blur (mean)"), false, false },
        { "gaussian", QT_TRANSLATE_NOOP("Kernels", "Gaussian blur"), true, false },
        { "sharpen", QT_TRANSLATE_NOOP("Kernels", "Sharpen"), false, true },
        { "sobel_x", QT_TRANSLATE_NOOP("Kernels", "Sobel x (vertical edges)"), false, true },
        { "sobel_y", QT_TRANSLATE_NOOP("Kernels", "Sobel y (horizontal edges)"), false, true },
        { "scharr_x", QT_TRANSLATE_NOOP("Kernels", "Scharr x (vertical edges)"), false, true },
        { "scharr_y", QT_TRANSLATE_NOOP("Kernels", "Scharr y (horizontal edges)"), false, true },
        { "prewitt_x", QT_TRANSLATE_NOOP("Kernels", "Prewitt x (vertical edges)"), false, true },
        { "prewitt_y", QT_TRANSLATE_NOOP("Kernels", "Prewitt y (horizontal edges)"), false, true },
        { "laplacian", QT_TRANSLATE_NOOP("Kernels", "Laplacian (blobs and edges)"), false, true },
        { "emboss", QT_TRANSLATE_NOOP("Kernels", "Emboss"), false, true },
        { "gabor", QT_TRANSLATE_NOOP("Kernels", "Gabor (oriented stripes)"), true, false },
        { "random", QT_TRANSLATE_NOOP("Kernels", "Random (He-normal)"), true, false },
    };
    return presets;
}

Result<Tensor> makeKernel(std::string_view id, int kh, int kw, const KernelOptions& options)
{
    const auto& presets = kernelPresets();
    const bool known = std::any_of(
        presets.begin(), presets.end(), [&](const KernelPreset& p) { return p.id == id; });
    if (!known)
        return Error { "unknown kernel preset '" + std::string(id) + "': choose one of "
                + presetList(),
            "preset" };
    if (kh < 1 || kw < 1 || kh > kMaxKernelSize || kw > kMaxKernelSize)
        return Error { "kernel size " + sizeText(kh, kw)
                + " is out of range: each side must be 1 to " + std::to_string(kMaxKernelSize),
            "kernel" };

    if (const FixedKernel* fixed = findFixed(id)) {
        if (kh != 3 || kw != 3)
            return Error { "the " + std::string(id) + " kernel is 3x3 only, not " + sizeText(kh, kw)
                    + ": set the kernel size to 3x3, or use box, gaussian or gabor for other sizes",
                "kernel" };
        Tensor t({ 3, 3 });
        std::copy(fixed->values.begin(), fixed->values.end(), t.data());
        return t;
    }

    Tensor t({ kh, kw });
    auto at = [&](int r, int c) -> float& { return t[std::int64_t { r } * kw + c]; };
    if (id == "identity") {
        if (kh % 2 == 0 || kw % 2 == 0)
            return Error { "the identity kernel needs odd sizes (it has a centre cell), not "
                    + sizeText(kh, kw) + ": use 1x1, 3x3 or 5x5",
                "kernel" };
        at(kh / 2, kw / 2) = 1.0f;
    } else if (id == "box") {
        t.fill(1.0f / static_cast<float>(kh * kw));
    } else if (id == "gaussian") {
        if (!std::isfinite(options.sigma))
            return Error { "the Gaussian's sigma must be a number", "sigma" };
        const double sy = options.sigma > 0 ? options.sigma : defaultSigma(kh);
        const double sx = options.sigma > 0 ? options.sigma : defaultSigma(kw);
        // Separable: the 2-D Gaussian is the outer product of two 1-D ones.
        const auto gy = gaussian1d(kh, sy), gx = gaussian1d(kw, sx);
        for (int r = 0; r < kh; ++r)
            for (int c = 0; c < kw; ++c)
                at(r, c) = static_cast<float>(
                    gy[static_cast<std::size_t>(r)] * gx[static_cast<std::size_t>(c)]);
        normaliseSum(t);
    } else if (id == "gabor") {
        if (!(options.lambda > 0) || !(options.gamma > 0) || !std::isfinite(options.lambda)
            || !std::isfinite(options.gamma) || !std::isfinite(options.theta)
            || !std::isfinite(options.psi) || !std::isfinite(options.sigma))
            return Error { "the Gabor kernel needs a positive wavelength and aspect ratio: check "
                           "lambda and gamma",
                "lambda" };
        // Without a sigma, a bandwidth of one octave: sigma = 0.56 lambda (Petkov and Kruizinga,
        // "Computational models of visual neurons specialised in the detection of periodic and
        // aperiodic oriented visual stimuli", Biol. Cybern. 1997).
        const double sigma = options.sigma > 0 ? options.sigma : 0.56 * options.lambda;
        const double ct = std::cos(options.theta), st = std::sin(options.theta);
        // g(x, y) = exp(-(x'^2 + gamma^2 y'^2) / (2 sigma^2)) cos(2 pi x' / lambda + psi), with
        // x' = x cos(theta) + y sin(theta), y' = -x sin(theta) + y cos(theta), x to the right and
        // y downwards from the centre (Wikipedia "Gabor filter"; cv::getGaborKernel).
        for (int r = 0; r < kh; ++r) {
            for (int c = 0; c < kw; ++c) {
                const double x = c - (kw - 1) / 2.0, y = r - (kh - 1) / 2.0;
                const double xr = x * ct + y * st, yr = -x * st + y * ct;
                const double envelope = std::exp(
                    -(xr * xr + options.gamma * options.gamma * yr * yr) / (2 * sigma * sigma));
                at(r, c) = static_cast<float>(
                    envelope * std::cos(2 * std::numbers::pi * xr / options.lambda + options.psi));
            }
        }
    } else if (id == "random") {
        // He et al., "Delving Deep into Rectifiers" (2015): std = sqrt(2 / fan_in), the default
        // for ReLU networks (torch.nn.init.kaiming_normal_).
        const int fanIn = options.fanIn > 0 ? options.fanIn : kh * kw;
        const double std = std::sqrt(2.0 / fanIn);
        std::mt19937 gen(options.seed);
        for (float& v : t.values())
            v = static_cast<float>(std * standardNormal(gen));
    }
    return t;
}

Tensor kernelAsWeight(const Tensor& kernel, int outChannels, int inChannels)
{
    std::vector<int> shape { outChannels, inChannels };
    shape.insert(shape.end(), kernel.shape().begin(), kernel.shape().end());
    Tensor w(shape);
    const std::int64_t n = kernel.numel();
    const float scale = 1.0f / static_cast<float>(inChannels);
    for (std::int64_t block = 0; block < std::int64_t { outChannels } * inChannels; ++block)
        for (std::int64_t i = 0; i < n; ++i)
            w[block * n + i] = kernel[i] * scale;
    return w;
}

Tensor flipKernel(const Tensor& kernel, int spatialDims)
{
    const int ndim = kernel.ndim();
    const int s = spatialDims >= 0 ? std::min(spatialDims, ndim) : (ndim <= 2 ? ndim : ndim - 2);
    // Reversing a contiguous row-major block reverses every one of its dimensions at once:
    // flat index i of (n0, n1, ...) becomes N-1-i, which is (n0-1-i0, n1-1-i1, ...).
    std::int64_t block = 1;
    for (int i = ndim - s; i < ndim; ++i)
        block *= kernel.dim(i);
    Tensor out = kernel;
    if (block <= 1)
        return out;
    for (std::int64_t start = 0; start < out.numel(); start += block)
        std::reverse(out.data() + start, out.data() + start + block);
    return out;
}

} // namespace convscope
