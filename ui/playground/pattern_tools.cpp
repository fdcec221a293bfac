#include "pattern_tools.h"

#include "image_io.h"

#include <opencv2/core.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <initializer_list>
#include <string_view>
#include <utility>

namespace convscope::ui {

Result<RegionKernel> sceneWithRegionKernel(const Scene &scene, const Tensor &input, InputRegion region,
    const RegionKernelOptions &options)
{
    if (scene.layer.spatialDims != 2 || input.ndim() != 3)
        return Error { "a region can become the kernel of a 2-D layer only", "kernel" };
    const int channels = input.dim(0), h = input.dim(1), w = input.dim(2);
    // Into the input, then at most kMaxRegionKernel per side around the centre.
    const int x0 = std::clamp(region.x, 0, w - 1), y0 = std::clamp(region.y, 0, h - 1);
    const int x1 = std::clamp(region.x + region.width - 1, 0, w - 1);
    const int y1 = std::clamp(region.y + region.height - 1, 0, h - 1);
    RegionKernel out;
    out.used = InputRegion { x0, y0, x1 - x0 + 1, y1 - y0 + 1 };
    for (auto [pos, size] : { std::pair { &out.used.x, &out.used.width }, std::pair { &out.used.y, &out.used.height } })
        if (*size > kMaxRegionKernel) {
            *pos += (*size - kMaxRegionKernel) / 2;
            *size = kMaxRegionKernel;
            out.clamped = true;
        }
    const InputRegion &r = out.used;

    Scene s = scene;
    SceneLayer &l = s.layer;
    const bool wasConv = l.op == SceneOp::Conv;
    l.op = SceneOp::Conv;
    l.kernel = { r.height, r.width, 1 };
    l.stride = { 1, 1, 1 };
    l.dilation = { 1, 1, 1 };
    l.padding = Padding::same();
    l.flip = false;
    if (!wasConv)
        l.groups = 1;
    const int groups = std::max(1, l.groups);
    if (channels % groups != 0 || l.outChannels % groups != 0)
        return Error { "the layer's groups do not divide its channels", "groups" };
    const int cPerGroup = channels / groups;
    const int perGroup = l.outChannels / groups;
    const std::int64_t volume = static_cast<std::int64_t>(r.width) * r.height;

    // The other output channels keep their presets at the new size (zeros when a preset has no
    // kernel of that size); the chosen ones get the patch.
    std::vector<float> weights(static_cast<std::size_t>(l.outChannels * cPerGroup * volume), 0.0f);
    if (options.outputChannel >= 0) {
        SceneLayer presets = l;
        presets.weights.clear();
        const bool photo = s.input.source == InputSource::Sample || s.input.source == InputSource::Image;
        if (auto w0 = sceneWeights(presets, channels, photo); w0 && static_cast<std::size_t>(w0->numel()) == weights.size())
            std::copy(w0->data(), w0->data() + w0->numel(), weights.begin());
        if (options.outputChannel >= l.outChannels)
            return Error { "there is no output channel " + std::to_string(options.outputChannel), "outChannels" };
    }
    bool anyContrast = false;
    for (int o = 0; o < l.outChannels; ++o) {
        if (options.outputChannel >= 0 && o != options.outputChannel)
            continue;
        float *k = weights.data() + static_cast<std::ptrdiff_t>(o) * cPerGroup * volume;
        double norm = 0.0;
        for (int c = 0; c < cPerGroup; ++c) {
            const float *plane = input.plane((o / perGroup) * cPerGroup + c);
            double mean = 0.0;
            for (int y = 0; y < r.height; ++y)
                for (int x = 0; x < r.width; ++x)
                    mean += plane[static_cast<std::int64_t>(r.y + y) * w + r.x + x];
            mean /= static_cast<double>(volume);
            for (int y = 0; y < r.height; ++y)
                for (int x = 0; x < r.width; ++x) {
                    const double v = plane[static_cast<std::int64_t>(r.y + y) * w + r.x + x] - mean;
                    k[c * volume + y * r.width + x] = static_cast<float>(v);
                    norm += v * v;
                }
        }
        if (norm > 1e-12)
            anyContrast = true;
        if (options.normalise && norm > 1e-12) {
            const double scale = 1.0 / std::sqrt(norm);
            for (std::int64_t i = 0; i < cPerGroup * volume; ++i)
                k[i] = static_cast<float>(k[i] * scale);
        }
    }
    if (!anyContrast)
        return Error { "the region is flat: with its mean removed the kernel would be all zeros", "kernel" };
    l.weights = std::move(weights);
    normaliseScene(s);
    out.scene = std::move(s);
    return out;
}

namespace {
template <typename Fn>
bool forDisc(int x, int y, int radius, int w, int h, Fn &&fn)
{
    bool changed = false;
    for (int dy = -radius; dy <= radius; ++dy)
        for (int dx = -radius; dx <= radius; ++dx) {
            const int px = x + dx, py = y + dy;
            if (px < 0 || py < 0 || px >= w || py >= h || dx * dx + dy * dy > radius * radius + radius)
                continue;
            changed = fn(static_cast<std::int64_t>(py) * w + px) || changed;
        }
    return changed;
}
} // namespace

bool paintGrid(Scene &scene, const Tensor &input, int x, int y, int radius, float value)
{
    if (scene.input.source != InputSource::Grid || input.ndim() < 2 || input.ndim() > 3)
        return false;
    const int w = input.dim(input.ndim() - 1), h = input.ndim() == 3 ? input.dim(1) : 1;
    if (input.ndim() == 2)
        y = 0;
    std::vector<float> values(input.data(), input.data() + input.numel());
    const std::int64_t plane = static_cast<std::int64_t>(w) * h;
    const bool changed = forDisc(x, y, std::max(0, radius), w, h, [&](std::int64_t i) {
        bool any = false;
        for (int c = 0; c < input.dim(0); ++c) {
            float &v = values[static_cast<std::size_t>(c * plane + i)];
            any = any || v != value;
            v = value;
        }
        return any;
    });
    if (!changed)
        return false;
    scene.input.gridPreset = GridPreset::Custom;
    scene.input.gridValues = std::move(values);
    return true;
}

bool paintImage(Tensor &image, int x, int y, int radius, float r, float g, float b)
{
    if (image.ndim() != 3 || (image.dim(0) != 1 && image.dim(0) != 3))
        return false;
    const bool rgb = image.dim(0) == 3;
    const float colour[3] = { r, g, b };
    const float grey = (r + g + b) / 3.0f;
    return forDisc(x, y, std::max(0, radius), image.dim(2), image.dim(1), [&](std::int64_t i) {
        bool any = false;
        for (int c = 0; c < image.dim(0); ++c) {
            float &v = image.plane(c)[i];
            const float target = rgb ? colour[c] : grey;
            any = any || v != target;
            v = target;
        }
        return any;
    });
}

std::string paintedImagePath(const std::string &sceneFile)
{
    std::string base = sceneFile;
    for (const std::string_view suffix : { std::string_view(".convscope.json"), std::string_view(".json") })
        if (base.size() > suffix.size() && base.compare(base.size() - suffix.size(), suffix.size(), suffix) == 0) {
            base.resize(base.size() - suffix.size());
            break;
        }
    return base + ".painted.png";
}

Status savePaintedImage(const std::string &path, const Tensor &image)
{
    if (image.ndim() != 3 || (image.dim(0) != 1 && image.dim(0) != 3) || image.empty())
        return Error { "cannot write " + path + ": only a grey or RGB photo can be saved" };
    const int channels = image.dim(0), h = image.dim(1), w = image.dim(2);
    auto unit = [](float v) { return std::isfinite(v) ? std::clamp(v, 0.0f, 1.0f) : 0.0f; };
    const bool eightBit = std::all_of(image.values().begin(), image.values().end(), [&](float v) {
        const float scaled = unit(v) * 255.0f;
        return std::abs(scaled - std::round(scaled)) < 1e-3f;
    });
    const double top = eightBit ? 255.0 : 65535.0;
    cv::Mat mat(h, w, CV_MAKETYPE(eightBit ? CV_8U : CV_16U, channels));
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x)
            for (int c = 0; c < channels; ++c) {
                // OpenCV stores colour as B, G, R.
                const int source = channels == 3 ? 2 - c : 0;
                const auto v = std::lround(unit(image.plane(source)[static_cast<std::int64_t>(y) * w + x]) * top);
                if (eightBit)
                    mat.ptr<std::uint8_t>(y)[x * channels + c] = static_cast<std::uint8_t>(v);
                else
                    mat.ptr<std::uint16_t>(y)[x * channels + c] = static_cast<std::uint16_t>(v);
            }
    return saveImagePng(path, mat);
}

} // namespace convscope::ui
