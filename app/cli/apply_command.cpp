#include "args.h"
#include "commands.h"

#include "compute_estimate.h"
#include "image_io.h"
#include "network.h"
#include "npy.h"
#include "onnx_import.h"
#include "presets.h"
#include "spec_json.h"

#include <opencv2/imgproc.hpp>

#include <cstdio>
#include <filesystem>
#include <iostream>

namespace convscope::cli {

namespace {

namespace fs = std::filesystem;

// The memory apply may use for its maps when the system does not say how much it has.
constexpr std::int64_t kApplyMemoryFallback = std::int64_t { 8 } << 30;

// File names from layer names: keep letters, digits, '-', '_' and '.', replace the rest.
std::string safeName(const std::string &name)
{
    std::string s;
    for (char c : name)
        s += (std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.') ? c : '_';
    return s;
}

std::string layerFileStem(int index, const std::string &name)
{
    char prefix[16];
    std::snprintf(prefix, sizeof prefix, "layer%02d_", index);
    return prefix + safeName(name);
}

// The image as the network's input: its channel count (1 grey or 3 RGB) and its spatial size.
Result<Tensor> networkInput(const std::string &path, const Network &net)
{
    if (net.inputSize.size() != 2)
        return Error { "apply works on images, so it needs a 2-d network; this one has "
            + std::to_string(net.inputSize.size()) + " spatial dimension(s)" };
    ImageLoadOptions options;
    if (net.inputChannels == 1)
        options.color = ImageColor::Gray;
    else if (net.inputChannels == 3)
        options.color = ImageColor::Rgb;
    else
        return Error { "the network takes " + std::to_string(net.inputChannels)
            + " input channels; an image gives 1 (grey) or 3 (RGB)" };
    auto image = loadImage(path, options);
    if (!image)
        return image.error();
    const int h = net.inputSize[0], w = net.inputSize[1];
    if (image->dim(1) == h && image->dim(2) == w)
        return image;
    // Resize each channel to the network's input size (area averaging when shrinking).
    Tensor resized({ image->channels(), h, w });
    for (int c = 0; c < image->channels(); ++c) {
        const cv::Mat src(image->dim(1), image->dim(2), CV_32F, image->plane(c));
        cv::Mat dst(h, w, CV_32F, resized.plane(c));
        const bool shrink = h < image->dim(1) && w < image->dim(2);
        cv::resize(src, dst, dst.size(), 0, 0, shrink ? cv::INTER_AREA : cv::INTER_LINEAR);
    }
    return resized;
}

} // namespace

int runApply(const std::vector<std::string> &argv)
{
    OptionSpec spec;
    spec.withValue = { "--image", "--output-dir", "--threads" };
    auto args = Args::parse(argv, spec, 1);
    if (!args)
        return fail(kExitUsage, args.error().message);
    if (args->positional().empty())
        return fail(kExitUsage, "apply needs a network spec (NET.json, MODEL.onnx or preset:ID)");
    for (const char *required : { "--image", "--output-dir" })
        if (!args->has(required))
            return fail(kExitUsage, std::string("apply needs ") + required);
    auto threads = args->integer("--threads", 0, 0, 256);
    if (!threads)
        return fail(kExitUsage, threads.error().message);

    const std::string specPath = args->positional()[0];
    Network net;
    WeightStore weights;
    if (specPath.rfind("preset:", 0) == 0) {
        auto preset = loadPreset(specPath.substr(7));
        if (!preset)
            return fail(kExitUsage, preset.error().message);
        net = std::move(preset).value();
    } else if (isOnnxPath(specPath)) {
        // A trained model: its own weights.
        auto model = importOnnx(specPath);
        if (!model)
            return fail(kExitInput, model.error().message);
        for (const auto &note : model->notes)
            std::cerr << "convscope: note: " << specPath << ": " << note << '\n';
        net = std::move(model->network);
        weights = std::move(model->weights);
    } else {
        auto parsed = readNetworkSpec(specPath);
        if (!parsed)
            return fail(kExitInput, parsed.error().message);
        for (const auto &warning : parsed->warnings)
            std::cerr << "convscope: warning: " << warning << '\n';
        net = std::move(parsed->network);
        if (const std::string wpath = resolveWeightsPath(net, specPath); !wpath.empty()) {
            auto loaded = WeightStore::load(wpath);
            if (!loaded)
                return fail(kExitInput, loaded.error().message);
            weights = std::move(loaded).value();
        }
    }

    // Limits: apply keeps every layer's maps. What cannot fit in half the memory is refused before
    // the picture is even read (it is resized to the network's input size); a long one is noted.
    if (auto summary = summarize(net)) {
        const ForwardEstimate estimate = estimateForward(*summary);
        const std::int64_t memory = physicalMemoryBytes();
        const std::int64_t limit = memory > 0 ? memory / 2 : kApplyMemoryFallback;
        if (estimate.keptBytes > limit) {
            std::vector<int> shape { net.inputChannels };
            shape.insert(shape.end(), net.inputSize.begin(), net.inputSize.end());
            return fail(kExitUsage, "the feature maps of " + specPath + " on its " + shapeString(shape)
                    + " input would need about " + formatBytes(estimate.keptBytes) + " of memory"
                    + (memory > 0 ? " (this computer has " + formatBytes(memory) + ")" : "")
                    + "; apply keeps every layer's maps, so give the network a smaller input size");
        }
        if (estimate.seconds > 30.0)
            std::cerr << "convscope: note: a large computation (about " << formatMacs(estimate.macs)
                      << ", roughly " << formatSeconds(estimate.seconds) << ")\n";
    }

    auto input = networkInput(*args->value("--image"), net);
    if (!input)
        return fail(kExitInput, input.error().message);

    RunOptions options;
    options.threads = *threads;
    auto outputs = forward(net, *input, weights.empty() ? nullptr : &weights, options);
    if (!outputs)
        return fail(kExitUsage, outputs.error().message);

    const fs::path dir(*args->value("--output-dir"));
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec || !fs::is_directory(dir))
        return fail(kExitInput, "cannot create the output folder " + dir.string()
                + (ec ? ": " + ec.message() : ""));

    auto writeMaps = [&](const std::string &stem, const Tensor &t) -> Status {
        if (auto s = writeNpy((dir / (stem + ".npy")).string(), t); !s)
            return s;
        if (t.ndim() >= 2) {
            if (auto s = saveImagePng((dir / (stem + ".png")).string(), mosaic(t)); !s)
                return s;
        }
        std::cout << "wrote " << (dir / stem).string() << (t.ndim() >= 2 ? ".{npy,png} " : ".npy ")
                  << t.shapeString() << '\n';
        return {};
    };
    if (auto s = writeMaps("input", *input); !s)
        return fail(kExitInput, s.error().message);
    for (std::size_t i = 0; i < outputs->size(); ++i) {
        const int index = static_cast<int>(i);
        const std::string stem = layerFileStem(index, layerName(net.layers[i], index));
        if (auto s = writeMaps(stem, (*outputs)[i]); !s)
            return fail(kExitInput, s.error().message);
    }
    return kExitOk;
}

} // namespace convscope::cli
