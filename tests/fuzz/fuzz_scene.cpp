// libFuzzer target: the scene parser (CONTRACT.md section 4) on arbitrary text. A scene parses
// or is refused with a message; a saved scene reads back to the same saved text, and its
// layer is planned against its grid or signal input without crashing.

#include "scene.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    auto parsed = convscope::parseScene(text);
    if (!parsed) {
        if (parsed.error().message.empty())
            std::abort();
        return 0;
    }
    const convscope::Scene &scene = parsed->scene;
    // A saved scene reopens as itself: writing is a fixed point. (Fields the input source does
    // not use, such as grid values beside a photo, are not saved, so the first write may drop
    // them.)
    const std::string saved = convscope::writeScene(scene);
    auto again = convscope::parseScene(saved);
    if (!again || convscope::writeScene(again->scene) != saved)
        std::abort();
    // Synthetic inputs need no file: build them and compute the layer, as the Playground does.
    if (scene.input.source == convscope::InputSource::Grid
        || scene.input.source == convscope::InputSource::Signal) {
        auto input = convscope::sceneInput(scene, nullptr);
        if (!input)
            return 0;
        auto plan = convscope::planSceneLayer(scene.layer, input->shape());
        if (!plan)
            return 0;
        const bool conv = scene.layer.op == convscope::SceneOp::Conv;
        convscope::Tensor weight, bias;
        if (conv) {
            auto w = convscope::sceneWeights(scene.layer, input->channels(), false);
            if (!w)
                return 0;
            weight = std::move(w).value();
            bias = convscope::sceneBias(scene.layer);
        }
        (void)convscope::computeSceneLayer(
            scene.layer, *input, conv ? &weight : nullptr, conv ? &bias : nullptr);
    }
    return 0;
}
