#include "receptive_chain.h"

#include <cstddef>
#include <cstdint>
#include <string>

namespace convscope {

Result<std::vector<std::vector<Interval>>> receptiveChain(
    const Summary& summary, int layer, const std::vector<int>& position)
{
    // Validates the layer, the position and the flat case, with the engine's messages.
    auto input = receptiveRegion(summary, layer, position);
    if (!input)
        return input.error();
    const LayerSummary& target = summary.layers[static_cast<std::size_t>(layer)];
    const std::vector<std::int64_t>& rL = *target.receptiveField;
    const std::vector<std::int64_t>& sL = *target.effectiveStride;
    const std::vector<std::int64_t>& pL = *target.effectivePadding;
    const std::size_t n = rL.size();

    std::vector<std::vector<Interval>> chain;
    chain.reserve(static_cast<std::size_t>(layer) + 2);
    chain.push_back(*input);
    for (int l = 0; l <= layer; ++l) {
        const LayerSummary& ls = summary.layers[static_cast<std::size_t>(l)];
        // Layers before L keep their spatial maps (a flatten before L would make L flat too).
        const std::vector<std::int64_t>& rl = *ls.receptiveField;
        const std::vector<std::int64_t>& sl = *ls.effectiveStride;
        const std::vector<std::int64_t>& pl = *ls.effectivePadding;
        std::vector<Interval> region;
        region.reserve(n);
        for (std::size_t i = 0; i < n; ++i) {
            // The cumulative values grow by multiples of S_l from layer l on, so these divide.
            const std::int64_t r = (rL[i] - rl[i]) / sl[i] + 1;
            const std::int64_t s = sL[i] / sl[i];
            const std::int64_t p = (pL[i] - pl[i]) / sl[i];
            Interval v;
            v.first = std::int64_t { position[i] } * s - p;
            v.last = v.first + r - 1;
            region.push_back(v);
        }
        chain.push_back(std::move(region));
    }
    return chain;
}

} // namespace convscope
