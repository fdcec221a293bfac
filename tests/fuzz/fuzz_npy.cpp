// libFuzzer target: the .npy reader on arbitrary bytes (CONTRACT.md section 1). Whatever the
// bytes, parseNpy returns a tensor or an error: no crash, no read past the input, and no
// allocation beyond what the data holds (a lying header must not allocate).

#include "npy.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view bytes(reinterpret_cast<const char *>(data), size);
    auto tensor = convscope::parseNpy(bytes);
    if (!tensor) {
        if (tensor.error().message.empty())
            std::abort(); // every refusal says why
        return 0;
    }
    // A tensor was read: its values came from the file, so the file held that many bytes.
    if (tensor->numel() > static_cast<std::int64_t>(size))
        std::abort();
    // Written back and read again, it is the same tensor.
    auto again = convscope::parseNpy(convscope::encodeNpy(*tensor));
    if (!again || again->shape() != tensor->shape())
        std::abort();
    return 0;
}
