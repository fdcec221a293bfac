#include "presets.h"

#include "spec_json.h"

namespace convscope {

namespace {

std::string_view text(const detail::EmbeddedFile& f)
{
    return { reinterpret_cast<const char*>(f.data), f.size };
}

} // namespace

std::string_view presetJson(std::string_view id)
{
    for (std::size_t i = 0; i < detail::kEmbeddedNetworkCount; ++i)
        if (id == detail::kEmbeddedNetworks[i].id)
            return text(detail::kEmbeddedNetworks[i]);
    return {};
}

Result<Network> loadPreset(std::string_view id)
{
    const std::string_view json = presetJson(id);
    if (json.empty()) {
        std::string known;
        for (std::size_t i = 0; i < detail::kEmbeddedNetworkCount; ++i)
            known += (i ? ", " : "") + std::string(detail::kEmbeddedNetworks[i].id);
        return Error {
            "there is no network preset '" + std::string(id) + "': choose one of " + known, "preset"
        };
    }
    auto parsed = parseNetworkSpec(json);
    if (!parsed) // a broken resource file: tests/engine/tst_summary.cpp loads every preset
        return Error { "preset '" + std::string(id) + "': " + parsed.error().message, "preset" };
    return std::move(parsed->network);
}

std::vector<PresetInfo> networkPresets()
{
    std::vector<PresetInfo> list;
    for (std::size_t i = 0; i < detail::kEmbeddedNetworkCount; ++i) {
        const char* id = detail::kEmbeddedNetworks[i].id;
        auto net = loadPreset(id);
        if (net)
            list.push_back({ id, net->name, static_cast<int>(net->layers.size()) });
    }
    return list;
}

} // namespace convscope
