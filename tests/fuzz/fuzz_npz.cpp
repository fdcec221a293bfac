// libFuzzer target: the .npz reader (a zip of .npy files, as np.savez writes it) on arbitrary
// bytes. Every offset and length in the zip directory comes from the file, so each one must be
// checked against the archive's size before it is followed.

#include "weights.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view bytes(reinterpret_cast<const char *>(data), size);
    auto store = convscope::WeightStore::parseNpz(bytes, "fuzz.npz");
    if (!store) {
        if (store.error().message.empty())
            std::abort();
        return 0;
    }
    // Stored entries hold their data: no tensor can have more elements than the archive bytes.
    for (const auto &key : store->keys())
        if (store->find(key)->numel() > static_cast<std::int64_t>(size))
            std::abort();
    return 0;
}
