#pragma once

// Networks built into ConvScope: the specs in resources/networks/*.json, embedded in the engine
// at build time (engine/CMakeLists.txt), so a preset needs no file at run time.

#include "error.h"
#include "network.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace convscope {

struct PresetInfo {
    std::string id; // the file name without ".json", e.g. "vgg16"
    std::string name; // the spec's "name", e.g. "VGG-16 (...)"
    int layerCount = 0;
};

// Every preset, sorted by id.
[[nodiscard]] std::vector<PresetInfo> networkPresets();
[[nodiscard]] Result<Network> loadPreset(std::string_view id);
// The preset's spec text as stored, or empty for an unknown id.
[[nodiscard]] std::string_view presetJson(std::string_view id);

namespace detail {
// One embedded file; the table is generated into the build folder (network_presets_data.cpp).
struct EmbeddedFile {
    const char* id;
    const unsigned char* data;
    std::size_t size;
};
extern const EmbeddedFile kEmbeddedNetworks[];
extern const std::size_t kEmbeddedNetworkCount;
} // namespace detail

} // namespace convscope
