#include "image_io.h"

#include "file_util.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <limits>
#include <optional>

namespace convscope {

namespace {

// Bounds-checked reads from a file's first bytes; every parser asks has() before reading.
class Bytes {
public:
    explicit Bytes(std::string_view s)
        : m_s(s)
    {
    }
    [[nodiscard]] std::size_t size() const { return m_s.size(); }
    [[nodiscard]] bool has(std::uint64_t offset, std::uint64_t n) const
    {
        return offset <= m_s.size() && n <= m_s.size() - offset;
    }
    [[nodiscard]] bool startsWith(std::string_view prefix, std::size_t offset = 0) const
    {
        return has(offset, prefix.size()) && m_s.substr(offset, prefix.size()) == prefix;
    }
    [[nodiscard]] std::uint32_t u8(std::uint64_t i) const
    {
        return static_cast<unsigned char>(m_s[static_cast<std::size_t>(i)]);
    }
    [[nodiscard]] std::uint64_t le(std::uint64_t i, int n) const
    {
        std::uint64_t v = 0;
        for (int k = n - 1; k >= 0; --k)
            v = (v << 8) | u8(i + static_cast<std::uint64_t>(k));
        return v;
    }
    [[nodiscard]] std::uint64_t be(std::uint64_t i, int n) const
    {
        std::uint64_t v = 0;
        for (int k = 0; k < n; ++k)
            v = (v << 8) | u8(i + static_cast<std::uint64_t>(k));
        return v;
    }

private:
    std::string_view m_s;
};

// A header's verdict: the image's facts, or why it cannot be opened (without the path).
struct Probe {
    std::optional<ImageInfo> info;
    std::string problem;
};

Probe damaged(const std::string& format)
{
    return { std::nullopt, "the " + format + " header is truncated or damaged" };
}

Probe found(
    std::uint64_t width, std::uint64_t height, int channels, int bitDepth, std::string format)
{
    if (width == 0 || height == 0)
        return { std::nullopt,
            "the " + format + " header says the image is " + std::to_string(width) + "x"
                + std::to_string(height) + " pixels: it is empty or damaged" };
    // Dimensions above 2^31 cannot be held in an int; the pixel limit refuses them anyway.
    constexpr std::uint64_t big = std::numeric_limits<int>::max();
    return { ImageInfo { static_cast<int>(std::min(width, big)),
                 static_cast<int>(std::min(height, big)), channels, bitDepth, std::move(format) },
        {} };
}

// PNG: the IHDR chunk must come first (PNG specification, section 5.6).
Probe probePng(const Bytes& b)
{
    if (!b.has(0, 26) || !b.startsWith("IHDR", 12))
        return damaged("PNG");
    const std::uint32_t colourType = b.u8(25);
    const int channels = colourType == 0 ? 1 : colourType == 4 ? 2 : colourType == 6 ? 4 : 3;
    return found(b.be(16, 4), b.be(20, 4), channels, static_cast<int>(b.u8(24)), "PNG");
}

// PNG chunks, walked from the signature to IEND: each is length, type, data, CRC (PNG
// specification, section 5.3). libpng allocates an ancillary chunk's claimed length before it
// reads the data, so a damaged length (a few bytes claiming a gigabyte) is refused here.
std::optional<std::string> pngChunkProblem(const Bytes& b)
{
    constexpr std::uint64_t maxLength = 0x7FFFFFFF; // section 5.3: lengths fit in 31 bits
    std::uint64_t at = 8;
    while (b.has(at, 8)) {
        const std::uint64_t length = b.be(at, 4);
        std::string type(4, '?');
        for (int k = 0; k < 4; ++k) {
            const auto c = static_cast<char>(b.u8(at + 4 + static_cast<std::uint64_t>(k)));
            if (std::isalpha(static_cast<unsigned char>(c)))
                type[static_cast<std::size_t>(k)] = c;
        }
        if (length > maxLength || !b.has(at + 8, length + 4))
            return "the PNG data is damaged or truncated: its " + type + " chunk at byte "
                + std::to_string(at) + " claims " + std::to_string(length) + " bytes and only "
                + std::to_string(b.size() - (at + 8)) + " follow";
        if (type == "IEND")
            break;
        at += 12 + length;
    }
    return std::nullopt;
}

// JPEG: walk the marker segments to the first start-of-frame (SOF0..SOF15 other than DHT C4,
// JPG C8 and DAC CC), whose payload is precision, height, width, components (ITU T.81, B.2.2).
Probe probeJpeg(const Bytes& b)
{
    std::uint64_t i = 2;
    while (b.has(i, 2)) {
        if (b.u8(i) != 0xFF)
            return damaged("JPEG");
        const std::uint32_t marker = b.u8(i + 1);
        if (marker == 0xFF) { // fill byte
            ++i;
            continue;
        }
        if (marker == 0x01 || marker == 0xD8 || (marker >= 0xD0 && marker <= 0xD7)) {
            i += 2; // markers without a length
            continue;
        }
        if (marker == 0xD9 || marker == 0xDA) // end of image, or scan data before any frame
            return damaged("JPEG");
        if (!b.has(i + 2, 2))
            return damaged("JPEG");
        const std::uint64_t length = b.be(i + 2, 2);
        if (length < 2)
            return damaged("JPEG");
        const bool sof = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8
            && marker != 0xCC;
        if (sof) {
            if (!b.has(i + 4, 6))
                return damaged("JPEG");
            const std::uint64_t height = b.be(i + 5, 2), width = b.be(i + 7, 2);
            if (height == 0) // the height follows later in a DNL marker; libjpeg refuses it too
                return { std::nullopt,
                    "the JPEG header leaves the height to a later DNL marker, "
                    "which is not supported: re-save the image" };
            return found(width, height, static_cast<int>(b.u8(i + 9)),
                static_cast<int>(b.u8(i + 4)), "JPEG");
        }
        i += 2 + length;
    }
    return damaged("JPEG");
}

// BMP: a 14-byte file header, then the DIB header; BITMAPCOREHEADER (12 bytes) has 16-bit
// sizes, the later ones signed 32-bit (a negative height means top-down rows).
Probe probeBmp(const Bytes& b)
{
    if (!b.has(0, 30))
        return damaged("BMP");
    const std::uint64_t dib = b.le(14, 4);
    std::uint64_t width = 0, height = 0, bits = 0;
    if (dib == 12) {
        width = b.le(18, 2);
        height = b.le(20, 2);
        bits = b.le(24, 2);
    } else if (dib >= 16) {
        const auto w = static_cast<std::int32_t>(static_cast<std::uint32_t>(b.le(18, 4)));
        const auto h = static_cast<std::int32_t>(static_cast<std::uint32_t>(b.le(22, 4)));
        width = static_cast<std::uint64_t>(std::abs(std::int64_t { w }));
        height = static_cast<std::uint64_t>(std::abs(std::int64_t { h }));
        bits = b.le(28, 2);
    } else {
        return damaged("BMP");
    }
    return found(width, height, bits == 32 ? 4 : 3, 8, "BMP");
}

Probe probeGif(const Bytes& b)
{
    if (!b.has(0, 10))
        return damaged("GIF");
    return found(b.le(6, 2), b.le(8, 2), 3, 8, "GIF");
}

// WebP: RIFF container; the first chunk is VP8 (lossy, RFC 6386 section 9.1), VP8L (lossless)
// or VP8X (extended, with the canvas size) (RFC 9649).
Probe probeWebp(const Bytes& b)
{
    if (b.startsWith("VP8 ", 12)) {
        if (!b.has(0, 30) || b.u8(23) != 0x9D || b.u8(24) != 0x01 || b.u8(25) != 0x2A)
            return damaged("WebP");
        return found(b.le(26, 2) & 0x3FFF, b.le(28, 2) & 0x3FFF, 3, 8, "WebP");
    }
    if (b.startsWith("VP8L", 12)) {
        if (!b.has(0, 25) || b.u8(20) != 0x2F)
            return damaged("WebP");
        const std::uint64_t bits = b.le(21, 4);
        return found(
            (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1, (bits >> 28) & 1 ? 4 : 3, 8, "WebP");
    }
    if (b.startsWith("VP8X", 12)) {
        if (!b.has(0, 30))
            return damaged("WebP");
        return found(b.le(24, 3) + 1, b.le(27, 3) + 1, (b.u8(20) & 0x10) ? 4 : 3, 8, "WebP");
    }
    return damaged("WebP");
}

// TIFF: the first image file directory's ImageWidth (256) and ImageLength (257) tags, which is
// the page OpenCV decodes (TIFF 6.0, section 2; BigTIFF uses 8-byte counts and offsets).
Probe probeTiff(const Bytes& b)
{
    const bool little = b.u8(0) == 'I';
    const bool bigTiff = (little ? b.le(2, 2) : b.be(2, 2)) == 43;
    auto read = [&](std::uint64_t at, int n) { return little ? b.le(at, n) : b.be(at, n); };
    const int offsetSize = bigTiff ? 8 : 4;
    const std::uint64_t headerSize = bigTiff ? 16 : 8;
    if (!b.has(0, headerSize))
        return damaged("TIFF");
    const std::uint64_t ifd = read(bigTiff ? 8 : 4, offsetSize);
    const int countSize = bigTiff ? 8 : 2;
    const std::uint64_t entrySize = bigTiff ? 20 : 12;
    if (!b.has(ifd, static_cast<std::uint64_t>(countSize)))
        return damaged("TIFF");
    const std::uint64_t entries = read(ifd, countSize);
    std::uint64_t width = 0, height = 0, samples = 1, bits = 8;
    for (std::uint64_t e = 0; e < entries; ++e) {
        const std::uint64_t at = ifd + static_cast<std::uint64_t>(countSize) + e * entrySize;
        if (!b.has(at, entrySize))
            return damaged("TIFF");
        const std::uint64_t tag = read(at, 2), type = read(at + 2, 2);
        const std::uint64_t value = at + 4 + static_cast<std::uint64_t>(offsetSize);
        // SHORT (3), LONG (4) or LONG8 (16), stored in the entry itself when it fits.
        const std::uint64_t v = type == 3 ? read(value, 2)
            : type == 4                   ? read(value, 4)
            : type == 16 && bigTiff       ? read(value, 8)
                                          : 0;
        if (tag == 256)
            width = v;
        else if (tag == 257)
            height = v;
        else if (tag == 258 && read(at + 4, offsetSize) == 1)
            bits = v;
        else if (tag == 277)
            samples = v;
        if (e > 4096)
            break; // a directory this long is damaged; width and height come early (tags sort)
    }
    if (width == 0 && height == 0)
        return damaged("TIFF");
    return found(width, height, static_cast<int>(std::min<std::uint64_t>(samples, 64)),
        static_cast<int>(std::min<std::uint64_t>(bits, 64)), "TIFF");
}

// Netpbm (P1-P6), PAM (P7) and PFM (PF, Pf): whitespace-separated decimal fields after the magic,
// '#' starting a comment (netpbm.sourceforge.net/doc/pnm.html, pam.html; PFM by Paul Debevec).
Probe probePnm(std::string_view s)
{
    const char kind = s[1];
    const bool pfm = kind == 'F' || kind == 'f';
    const std::string format = pfm ? "PFM" : "PNM";
    std::size_t i = 2;
    auto token = [&](std::string& out) {
        out.clear();
        while (i < s.size()) {
            if (s[i] == '#') {
                while (i < s.size() && s[i] != '\n')
                    ++i;
            } else if (std::isspace(static_cast<unsigned char>(s[i]))) {
                ++i;
            } else {
                break;
            }
        }
        while (i < s.size() && !std::isspace(static_cast<unsigned char>(s[i])) && out.size() < 32)
            out += s[i++];
        return !out.empty();
    };
    auto number = [](const std::string& t, std::uint64_t& out) {
        if (t.empty() || t.size() > 12
            || !std::all_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; }))
            return false;
        out = std::stoull(t);
        return true;
    };
    std::string t;
    std::uint64_t width = 0, height = 0, depth = 3;
    if (kind == '7') {
        for (int n = 0; n < 32 && token(t) && t != "ENDHDR"; ++n) {
            std::string v;
            if (t == "TUPLTYPE") {
                token(v);
                continue;
            }
            if (!token(v))
                return damaged("PAM");
            std::uint64_t x = 0;
            if (!number(v, x))
                continue;
            if (t == "WIDTH")
                width = x;
            else if (t == "HEIGHT")
                height = x;
            else if (t == "DEPTH")
                depth = x;
        }
        return found(width, height, static_cast<int>(std::min<std::uint64_t>(depth, 64)), 8, "PAM");
    }
    if (!token(t) || !number(t, width) || !token(t) || !number(t, height))
        return damaged(format);
    const int channels = pfm ? (kind == 'F' ? 3 : 1) : (kind == '3' || kind == '6') ? 3 : 1;
    return found(width, height, channels, pfm ? 32 : 8, format);
}

// Sun raster: eight big-endian 32-bit words, magic, width, height, depth, ...
Probe probeSunRaster(const Bytes& b)
{
    if (!b.has(0, 32))
        return damaged("Sun raster");
    return found(b.be(4, 4), b.be(8, 4), b.be(12, 4) >= 24 ? 3 : 1, 8, "Sun raster");
}

// A format OpenCV decodes whose size this file does not check.
Probe unchecked(const std::string& format)
{
    return { std::nullopt,
        "ConvScope cannot check the size of " + format
            + " images before decoding them: convert it to PNG" };
}

Probe probe(std::string_view s)
{
    const Bytes b(s);
    // OpenCV picks its decoder by signature, trying BMP, HDR, JPEG, WebP, Sun raster, PNM, PFM,
    // TIFF, PNG, DICOM, JPEG 2000, OpenEXR and PAM in that order. Each format below is only
    // accepted when its signature is at the start of the file, where no two of them agree, so
    // OpenCV decodes it with the decoder probed here, or with none when that decoder declines
    // (libwebp checks more of a header than probeWebp does). DICOM alone is recognised at byte
    // 128; its decoder (GDCM) asserts on damaged input, so no file carrying that signature is
    // handed to OpenCV (fuzz_image: a damaged WebP header with "DICM" at byte 128 aborted).
    if (b.startsWith("DICM", 128))
        return unchecked("DICOM");
    if (b.startsWith("\x89PNG\r\n\x1a\n"))
        return probePng(b);
    if (b.has(0, 3) && b.u8(0) == 0xFF && b.u8(1) == 0xD8 && b.u8(2) == 0xFF)
        return probeJpeg(b);
    if (b.startsWith("BM"))
        return probeBmp(b);
    if (b.startsWith("GIF87a") || b.startsWith("GIF89a"))
        return probeGif(b);
    if (b.startsWith("RIFF") && b.startsWith("WEBP", 8))
        return probeWebp(b);
    if (b.startsWith(std::string_view("II*\0", 4)) || b.startsWith(std::string_view("MM\0*", 4))
        || b.startsWith(std::string_view("II+\0", 4)) || b.startsWith(std::string_view("MM\0+", 4)))
        return probeTiff(b);
    if (b.has(0, 3) && s[0] == 'P'
        && std::string_view("1234567Ff").find(s[1]) != std::string_view::npos
        && std::isspace(static_cast<unsigned char>(s[2])))
        return probePnm(s);
    if (b.has(0, 4) && b.be(0, 4) == 0x59A66A95)
        return probeSunRaster(b);
    // Formats OpenCV decodes whose size this file does not check: refused, so that no file
    // reaches a decoder unchecked.
    if (b.startsWith("\x76\x2f\x31\x01"))
        return unchecked("OpenEXR");
    if (b.startsWith("#?RADIANCE") || b.startsWith("#?RGBE"))
        return unchecked("Radiance HDR");
    if (b.startsWith(std::string_view("\0\0\0\x0cjP  \r\n\x87\n", 12))
        || b.startsWith("\xff\x4f\xff\x51"))
        return unchecked("JPEG 2000");
    if (s.empty())
        return { std::nullopt, "the file is empty" };
    return { std::nullopt,
        "not an image OpenCV can read (the file is not PNG, JPEG, BMP, TIFF, "
        "WebP or PNM): open a PNG or JPEG photo" };
}

std::string megapixels(double pixels)
{
    char text[32];
    const double mp = pixels / 1e6;
    std::snprintf(text, sizeof text, mp >= 100 || mp == std::floor(mp) ? "%.0f" : "%.1f", mp);
    return text;
}

std::optional<std::string> sizeProblem(
    std::int64_t width, std::int64_t height, std::int64_t maxPixels)
{
    const std::int64_t pixels = width * height; // both < 2^32 here, so no overflow
    if (pixels <= maxPixels)
        return std::nullopt;
    return "the image is " + std::to_string(width) + "x" + std::to_string(height) + " = "
        + megapixels(static_cast<double>(pixels)) + " megapixels; ConvScope opens images up to "
        + megapixels(static_cast<double>(maxPixels)) + " megapixels: scale it down first";
}

// How one output channel is made from the decoded samples of a pixel.
struct Recipe {
    int index = 0; // the sample copied
    bool luma = false; // or the BT.601 luma of samples r, g, b
    int r = 2, g = 1, b = 0;
};

template <class T>
void unpack(const cv::Mat& raw, double scale, const std::vector<Recipe>& recipes, Tensor& out)
{
    const int cn = raw.channels();
    const std::int64_t plane = std::int64_t { raw.rows } * raw.cols;
    for (int y = 0; y < raw.rows; ++y) {
        const T* row = raw.ptr<T>(y);
        const std::int64_t base = std::int64_t { y } * raw.cols;
        for (int x = 0; x < raw.cols; ++x) {
            const T* px = row + std::int64_t { x } * cn;
            for (std::size_t c = 0; c < recipes.size(); ++c) {
                const Recipe& rc = recipes[c];
                // ITU-R BT.601 luma weights, as cv::cvtColor(COLOR_BGR2GRAY).
                const double v = rc.luma
                    ? 0.299 * double(px[rc.r]) + 0.587 * double(px[rc.g]) + 0.114 * double(px[rc.b])
                    : double(px[rc.index]);
                out[static_cast<std::int64_t>(c) * plane + base + x]
                    = static_cast<float>(v * scale);
            }
        }
    }
}

Result<Tensor> toTensor(
    const cv::Mat& raw, const std::string& name, const ImageLoadOptions& options)
{
    const int cn = raw.channels();
    if (cn < 1 || cn > 4)
        return Error { "cannot load " + name + ": the image has " + std::to_string(cn)
            + " channels; ConvScope reads grey, RGB and RGBA images" };
    const bool colour = cn >= 3;
    const std::optional<int> alpha = cn == 2 ? std::optional<int>(1)
        : cn == 4                            ? std::optional<int>(3)
                                             : std::nullopt;
    std::vector<Recipe> recipes;
    const bool wantRgb
        = options.color == ImageColor::Rgb || (options.color == ImageColor::Keep && colour);
    if (wantRgb && colour)
        recipes = { { 2 }, { 1 }, { 0 } }; // OpenCV's BGR to RGB
    else if (wantRgb)
        recipes = { { 0 }, { 0 }, { 0 } };
    else if (colour)
        recipes = { { 0, true } };
    else
        recipes = { { 0 } };
    if (options.keepAlpha && alpha)
        recipes.push_back({ *alpha });

    double scale = 1.0;
    switch (raw.depth()) {
    case CV_8U:
        scale = 1.0 / 255;
        break;
    case CV_16U:
        scale = 1.0 / 65535;
        break;
    case CV_8S:
        scale = 1.0 / 127;
        break;
    case CV_16S:
        scale = 1.0 / 32767;
        break;
    case CV_32S:
        scale = 1.0 / 2147483647.0;
        break;
    default:
        break; // float samples keep their values
    }
    Tensor t({ static_cast<int>(recipes.size()), raw.rows, raw.cols });
    switch (raw.depth()) {
    case CV_8U:
        unpack<std::uint8_t>(raw, scale, recipes, t);
        break;
    case CV_8S:
        unpack<std::int8_t>(raw, scale, recipes, t);
        break;
    case CV_16U:
        unpack<std::uint16_t>(raw, scale, recipes, t);
        break;
    case CV_16S:
        unpack<std::int16_t>(raw, scale, recipes, t);
        break;
    case CV_32S:
        unpack<std::int32_t>(raw, scale, recipes, t);
        break;
    case CV_32F:
        unpack<float>(raw, scale, recipes, t);
        break;
    case CV_64F:
        unpack<double>(raw, scale, recipes, t);
        break;
    default:
        return Error { "cannot load " + name
            + ": its sample format is not supported: convert it to "
              "an 8- or 16-bit PNG" };
    }
    return t;
}

} // namespace

Result<ImageInfo> probeImageBytes(std::string_view bytes, const std::string& name)
{
    Probe p = probe(bytes);
    if (!p.info)
        return Error { "cannot load " + name + ": " + p.problem };
    return *p.info;
}

Result<ImageInfo> probeImage(const std::string& path)
{
    auto bytes = readFile(path, kMaxImageFileBytes);
    if (!bytes)
        return bytes.error(); // "cannot read <path>: <why>"
    return probeImageBytes(*bytes, path);
}

Result<Tensor> decodeImage(
    std::string_view bytes, const std::string& name, const ImageLoadOptions& options)
{
    auto info = probeImageBytes(bytes, name);
    if (!info)
        return info.error();
    if (auto problem = sizeProblem(info->width, info->height, options.maxPixels))
        return Error { "cannot load " + name + ": " + *problem };
    if (info->format == "PNG")
        if (auto problem = pngChunkProblem(Bytes(bytes)))
            return Error { "cannot load " + name + ": " + *problem };
    if (info->format == "GIF")
        return Error { "cannot load " + name
            + ": OpenCV 4.6 cannot decode GIF images: convert it "
              "to PNG" };
    cv::Mat raw;
    try {
        const cv::Mat buffer(1, static_cast<int>(bytes.size()), CV_8U,
            const_cast<char*>(bytes.data())); // imdecode only reads it
        // IMREAD_UNCHANGED keeps 16 bits and alpha but ignores a JPEG's EXIF orientation;
        // JPEG has no alpha, so it is read with the flags that apply the orientation.
        const int flags = info->format == "JPEG" ? cv::IMREAD_ANYCOLOR | cv::IMREAD_ANYDEPTH
                                                 : cv::IMREAD_UNCHANGED;
        raw = cv::imdecode(buffer, flags);
    } catch (const cv::Exception& e) {
        return Error { "cannot load " + name + ": not an image OpenCV can read (" + e.err + ")" };
    }
    if (raw.empty() || raw.dims != 2)
        return Error { "cannot load " + name + ": not an image OpenCV can read (the " + info->format
            + " data is damaged or truncated)" };
    if (auto problem = sizeProblem(raw.cols, raw.rows, options.maxPixels))
        return Error { "cannot load " + name + ": " + *problem };
    return toTensor(raw, name, options);
}

Result<Tensor> loadImage(const std::string& path, const ImageLoadOptions& options)
{
    auto bytes = readFile(path, kMaxImageFileBytes);
    if (!bytes)
        return bytes.error(); // "cannot read <path>: <why>"
    return decodeImage(*bytes, path, options);
}

Status saveImagePng(const std::string& path, const cv::Mat& image)
{
    if (image.empty())
        return Error { "cannot write " + path + ": the image is empty" };
    if ((image.depth() != CV_8U && image.depth() != CV_16U) || image.channels() == 2
        || image.channels() > 4)
        return Error { "cannot write " + path
            + ": PNG holds 8- or 16-bit images with 1, 3 or 4 "
              "channels (convert with toDisplay first)" };
    std::vector<uchar> encoded;
    try {
        if (!cv::imencode(".png", image, encoded))
            return Error { "cannot write " + path + ": PNG encoding failed" };
    } catch (const cv::Exception& e) {
        return Error { "cannot write " + path + ": PNG encoding failed (" + e.err + ")" };
    }
    return writeFileAtomically(path, std::string(encoded.begin(), encoded.end()));
}

DisplayScale displayScale(const Tensor& t, int channel, Normalisation normalisation)
{
    float lo = std::numeric_limits<float>::infinity(), hi = -lo;
    if (t.ndim() >= 1 && !t.empty()) {
        const bool all = channel < 0 || channel >= t.channels();
        const std::int64_t begin = all ? 0 : channel * t.planeSize();
        const std::int64_t end = all ? t.numel() : begin + t.planeSize();
        for (std::int64_t i = begin; i < end; ++i) {
            const float v = t[i];
            if (std::isfinite(v)) {
                lo = std::min(lo, v);
                hi = std::max(hi, v);
            }
        }
    }
    if (lo > hi) // no finite value
        lo = hi = 0;
    switch (normalisation) {
    case Normalisation::Auto:
        if (lo >= 0) // a ReLU map, an image: 0 black, the maximum white
            return { 0.0f, hi > 0 ? hi : 1.0f, false };
        break;
    case Normalisation::Unit:
        return { 0.0f, 1.0f, false };
    case Normalisation::MinMax:
        return { lo, hi > lo ? hi : lo + 1.0f, false };
    case Normalisation::Symmetric:
        break;
    }
    const float m = std::max(std::abs(lo), std::abs(hi));
    return { m > 0 ? -m : -1.0f, m > 0 ? m : 1.0f, true };
}

cv::Mat toDisplay(const Tensor& t, int channel, Normalisation normalisation)
{
    return toDisplay(t, channel, displayScale(t, channel, normalisation));
}

cv::Mat toDisplay(const Tensor& t, int channel, const DisplayScale& scale)
{
    if (t.ndim() < 2 || channel < 0 || channel >= t.channels() || t.empty())
        return {};
    const int cols = t.dim(t.ndim() - 1);
    const int rows = static_cast<int>(t.planeSize() / cols);
    cv::Mat out(rows, cols, CV_8UC3);
    const float* plane = t.plane(channel);
    // ColorBrewer RdBu (colorbrewer2.org, Cynthia Brewer): #2166ac blue, white, #b2182b red.
    const float blue[3] = { 0x21, 0x66, 0xac }, red[3] = { 0xb2, 0x18, 0x2b };
    const float span = scale.high - scale.low;
    for (int y = 0; y < rows; ++y) {
        auto* row = out.ptr<cv::Vec3b>(y);
        for (int x = 0; x < cols; ++x) {
            float v = plane[std::int64_t { y } * cols + x];
            if (std::isnan(v))
                v = 0;
            if (!scale.diverging) {
                const float u = std::clamp((v - scale.low) / span, 0.0f, 1.0f);
                const auto g = static_cast<uchar>(std::lround(u * 255.0f));
                row[x] = { g, g, g };
                continue;
            }
            const float u = std::clamp(v / scale.high, -1.0f, 1.0f);
            const float* end = u < 0 ? blue : red;
            const float w = std::abs(u);
            float rgb[3];
            for (int k = 0; k < 3; ++k)
                rgb[k] = 255.0f + (end[k] - 255.0f) * w;
            row[x] = { static_cast<uchar>(std::lround(rgb[2])),
                static_cast<uchar>(std::lround(rgb[1])), static_cast<uchar>(std::lround(rgb[0])) };
        }
    }
    return out;
}

cv::Mat imageToDisplay(const Tensor& image)
{
    if (image.ndim() != 3 || image.empty())
        return toDisplay(image, 0, Normalisation::Unit);
    if (image.channels() != 3 && image.channels() != 4)
        return toDisplay(image, 0, Normalisation::Unit);
    const int rows = image.dim(1), cols = image.dim(2);
    cv::Mat out(rows, cols, CV_8UC3);
    const std::int64_t plane = image.planeSize();
    auto byte = [](float v) {
        return static_cast<uchar>(
            std::lround(std::clamp(std::isnan(v) ? 0.0f : v, 0.0f, 1.0f) * 255.0f));
    };
    for (int y = 0; y < rows; ++y) {
        auto* row = out.ptr<cv::Vec3b>(y);
        for (int x = 0; x < cols; ++x) {
            const std::int64_t i = std::int64_t { y } * cols + x;
            row[x] = { byte(image[2 * plane + i]), byte(image[plane + i]), byte(image[i]) };
        }
    }
    return out;
}

cv::Mat mosaic(const Tensor& maps, const MosaicOptions& options)
{
    if (maps.ndim() < 2 || maps.empty())
        return {};
    const int count = maps.channels();
    const int columns = options.columns > 0
        ? std::min(options.columns, count)
        : static_cast<int>(std::ceil(std::sqrt(static_cast<double>(count))));
    const int gridRows = (count + columns - 1) / columns;
    const int gap = std::max(0, options.gap);
    const DisplayScale shared = displayScale(maps, -1, options.normalisation);

    cv::Mat first = toDisplay(maps, 0, shared);
    // Very many large maps are shrunk so the mosaic stays below ~100 megapixels.
    const double total = double(first.rows) * first.cols * count;
    const int shrink = total > 1e8 ? static_cast<int>(std::ceil(std::sqrt(total / 1e8))) : 1;
    const int tileRows = std::max(1, first.rows / shrink),
              tileCols = std::max(1, first.cols / shrink);

    cv::Mat out(gridRows * tileRows + (gridRows - 1) * gap,
        columns * tileCols + (columns - 1) * gap, CV_8UC3, options.gapColor);
    for (int c = 0; c < count; ++c) {
        cv::Mat tile = c == 0 && options.sharedScale
            ? first
            : toDisplay(maps, c,
                options.sharedScale ? shared : displayScale(maps, c, options.normalisation));
        if (shrink > 1)
            cv::resize(tile, tile, cv::Size(tileCols, tileRows), 0, 0, cv::INTER_AREA);
        const int r = c / columns, col = c % columns;
        tile.copyTo(
            out(cv::Rect(col * (tileCols + gap), r * (tileRows + gap), tileCols, tileRows)));
    }
    return out;
}

} // namespace convscope
