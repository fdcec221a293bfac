// libFuzzer target: the image loader on arbitrary bytes. The header pre-check (probeImageBytes)
// must never read past the input, and decodeImage must refuse anything whose header claims more
// pixels than allowed before OpenCV decodes it. The pixel limit is lowered so a run stays within
// libFuzzer's memory limit; the check is the same code as with the default limit.

#include "image_io.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view bytes(reinterpret_cast<const char *>(data), size);
    auto info = convscope::probeImageBytes(bytes, "fuzz");
    if (!info) {
        if (info.error().message.empty())
            std::abort();
    } else if (info->width < 1 || info->height < 1) {
        std::abort(); // a probe that passes names a real size
    }
    convscope::ImageLoadOptions options;
    options.maxPixels = 1 << 20;
    options.color = size % 3 == 0 ? convscope::ImageColor::Keep
        : size % 3 == 1           ? convscope::ImageColor::Gray
                                  : convscope::ImageColor::Rgb;
    options.keepAlpha = size % 2 == 0;
    auto image = convscope::decodeImage(bytes, "fuzz", options);
    if (image) {
        if (!info)
            std::abort(); // nothing decodes without passing the header check
        if (static_cast<std::int64_t>(image->dim(1)) * image->dim(2) > options.maxPixels)
            std::abort();
    }
    return 0;
}
