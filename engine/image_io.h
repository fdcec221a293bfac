#pragma once

// Images in and out of the engine, through OpenCV (imgcodecs), with the size checked from the
// file's header before anything is decoded, so a small file that claims a huge image (a
// "decompression bomb") is refused instead of exhausting memory.
//
// Why our own header parsers: OpenCV's limit (OPENCV_IO_MAX_IMAGE_PIXELS, default 2^30 pixels)
// is read into a static when libopencv_imgcodecs is loaded, before main() runs (loadsave.cpp,
// OpenCV 4.6), so setting the variable from inside the process has no effect. Every format
// OpenCV 4.6 decodes is either pre-checked here (PNG, JPEG, BMP, TIFF, WebP, PNM/PAM/PFM, Sun
// raster; GIF is recognised but OpenCV 4.6 cannot decode it) or refused with a message asking
// for a PNG (OpenEXR, Radiance HDR, JPEG 2000).

#include "error.h"
#include "tensor.h"

#include <opencv2/core.hpp>

#include <cstdint>
#include <string>
#include <string_view>

namespace convscope {

inline constexpr std::int64_t kMaxImagePixels = 50'000'000;
inline constexpr std::int64_t kMaxImageFileBytes = std::int64_t { 256 } << 20;

enum class ImageColor {
    Keep, // grey stays 1 channel, colour becomes 3 (RGB)
    Gray, // always 1 channel (ITU-R BT.601 luma, as cv::cvtColor)
    Rgb, // always 3 channels (grey is repeated)
};

struct ImageLoadOptions {
    ImageColor color = ImageColor::Keep;
    bool keepAlpha = false; // append the alpha channel as the last channel, when there is one
    std::int64_t maxPixels = kMaxImagePixels;
};

struct ImageInfo {
    int width = 0;
    int height = 0;
    int channels = 0; // as stored: 1 grey, 2 grey+alpha, 3 colour, 4 colour+alpha (or CMYK)
    int bitDepth = 8; // bits per sample
    std::string format; // "PNG", "JPEG", "BMP", "TIFF", "WebP", "GIF", "PNM", "PFM", "Sun raster"
    bool operator==(const ImageInfo&) const = default;
};

// Reads an image file into a float32 tensor (C, H, W), channels in RGB(A) order. 8- and 16-bit
// samples are scaled to [0, 1]; float images (TIFF, PFM) keep their values. JPEG's EXIF
// orientation is applied. Errors name the path: "cannot read <path>: ..." when the file cannot be
// read, "cannot load <path>: ..." when its contents are not a usable image.
[[nodiscard]] Result<Tensor> loadImage(
    const std::string& path, const ImageLoadOptions& options = {});
// The same from bytes in memory; `name` stands for the path in messages.
[[nodiscard]] Result<Tensor> decodeImage(
    std::string_view bytes, const std::string& name, const ImageLoadOptions& options = {});

// Size, channels and format from the header alone, without decoding the pixels.
[[nodiscard]] Result<ImageInfo> probeImage(const std::string& path);
[[nodiscard]] Result<ImageInfo> probeImageBytes(std::string_view bytes, const std::string& name);

// Writes an 8- or 16-bit image (1, 3 or 4 channels in OpenCV's BGR(A) order) as PNG, atomically:
// a failed write leaves no partial file.
Status saveImagePng(const std::string& path, const cv::Mat& image);

// How toDisplay maps values to colours.
enum class Normalisation {
    Auto, // non-negative data: grey, 0 black .. max white; signed data: Symmetric
    Unit, // grey, [0, 1] clamped (images)
    MinMax, // grey, min black .. max white
    Symmetric, // diverging blue-white-red, -m .. 0 .. +m with m = max |value|
};

// The value range a display maps, for a colour bar beside the picture.
struct DisplayScale {
    float low = 0.0f; // value drawn black (grey) or full blue (diverging)
    float high = 1.0f; // value drawn white (grey) or full red (diverging)
    bool diverging = false;
};

// The scale Normalisation picks for one channel (channel < 0: over all channels, so several
// maps can share one scale). Non-finite values are ignored.
[[nodiscard]] DisplayScale displayScale(const Tensor& t, int channel, Normalisation normalisation);

// One channel of a (C, *spatial) tensor as an 8-bit BGR picture (CV_8UC3): (C, H, W) gives
// H x W, (C, L) gives 1 x L, (C, D, H, W) stacks the D slices vertically (D*H x W). NaN is drawn
// as 0 would be. The diverging map runs from ColorBrewer RdBu's blue through white to its red.
[[nodiscard]] cv::Mat toDisplay(const Tensor& t, int channel, Normalisation normalisation);
[[nodiscard]] cv::Mat toDisplay(const Tensor& t, int channel, const DisplayScale& scale);

// An image tensor (1 grey, 3 RGB or 4 RGBA channels in [0, 1]) as an 8-bit BGR picture
// (CV_8UC3; alpha is dropped; any other channel count shows channel 0 in grey).
[[nodiscard]] cv::Mat imageToDisplay(const Tensor& image);

struct MosaicOptions {
    int gap = 2; // pixels between tiles
    int columns = 0; // <= 0: ceil(sqrt(C)), a near-square grid
    bool sharedScale = true; // one scale for all channels, so their strengths compare
    Normalisation normalisation = Normalisation::Auto;
    cv::Scalar gapColor { 64, 64, 64 }; // BGR
};

// Every channel of a (C, *spatial) tensor, tiled row by row into one CV_8UC3 picture, for
// `convscope apply`.
[[nodiscard]] cv::Mat mosaic(const Tensor& maps, const MosaicOptions& options = {});

} // namespace convscope
