// libFuzzer target: the network-spec parser (CONTRACT.md section 2) on arbitrary text. A spec
// parses to a network or an error with a message; a parsed network summarises, and writing it
// gives a spec that parses back to the same network.

#include "network.h"
#include "spec_json.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    auto parsed = convscope::parseNetworkSpec(text);
    if (!parsed) {
        if (parsed.error().message.empty())
            std::abort();
        // Without whole-network validation the layers may still parse; that must not crash either.
        (void)convscope::parseNetworkSpec(text, false);
        return 0;
    }
    // validate() passed, so the summary works.
    auto summary = convscope::summarize(parsed->network);
    if (!summary)
        std::abort();
    (void)convscope::summaryToJson(*summary);
    auto again = convscope::parseNetworkSpec(convscope::writeNetworkSpec(parsed->network));
    if (!again || !(again->network == parsed->network))
        std::abort();
    return 0;
}
