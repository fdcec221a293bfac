#include "gif_writer.h"

#include <gif_lib.h>

#include <QFile>

#include <algorithm>
#include <cstring>

namespace convscope::ui {

GifWriter::~GifWriter()
{
    if (m_gif) {
        int error = 0;
        EGifCloseFile(m_gif, &error);
    }
}

Status GifWriter::failure(const char* what)
{
    const int code = m_gif ? m_gif->Error : 0;
    const char* text = GifErrorString(code);
    return Error { "cannot write " + m_path.toStdString() + ": " + what + " failed ("
        + (text ? text : "unknown giflib error") + ")" };
}

Status GifWriter::open(const QString& path, QSize size, const std::array<std::uint32_t, 256>& colours,
    std::uint8_t transparent)
{
    m_path = path;
    m_size = size;
    m_transparent = transparent;
    int error = 0;
    m_gif = EGifOpenFileName(QFile::encodeName(path).constData(), false, &error);
    if (!m_gif) {
        const char* text = GifErrorString(error);
        return Error { "cannot write " + path.toStdString() + ": " + (text ? text : "cannot open") };
    }
    EGifSetGifVersion(m_gif, true); // GIF89a: transparency, delays, looping
    std::array<GifColorType, 256> table {};
    for (std::size_t i = 0; i < table.size(); ++i)
        table[i] = { static_cast<GifByteType>(colours[i] >> 16), static_cast<GifByteType>(colours[i] >> 8),
            static_cast<GifByteType>(colours[i]) };
    ColorMapObject* map = GifMakeMapObject(256, table.data());
    if (!map)
        return failure("the colour table");
    const int put = EGifPutScreenDesc(m_gif, size.width(), size.height(), 8, 0, map);
    GifFreeMapObject(map);
    if (put == GIF_ERROR)
        return failure("the screen descriptor");
    // Loop forever: application extension "NETSCAPE2.0", sub-block {1, loop count 0 (LE)}.
    static const char kApplication[] = "NETSCAPE2.0";
    const GifByteType loop[3] = { 1, 0, 0 };
    if (EGifPutExtensionLeader(m_gif, APPLICATION_EXT_FUNC_CODE) == GIF_ERROR
        || EGifPutExtensionBlock(m_gif, 11, kApplication) == GIF_ERROR
        || EGifPutExtensionBlock(m_gif, 3, loop) == GIF_ERROR || EGifPutExtensionTrailer(m_gif) == GIF_ERROR)
        return failure("the loop extension");
    m_previous.clear();
    m_frames = 0;
    return {};
}

Status GifWriter::putFrame(const std::vector<std::uint8_t>& indices, int left, int top, int width,
    int height, bool transparent, int delayCentiseconds)
{
    GraphicsControlBlock gcb {};
    gcb.DisposalMode = DISPOSE_DO_NOT; // the next frame draws over this one
    gcb.UserInputFlag = false;
    gcb.DelayTime = std::clamp(delayCentiseconds, 0, 65535);
    gcb.TransparentColor = transparent ? m_transparent : NO_TRANSPARENT_COLOR;
    GifByteType extension[4];
    const size_t length = EGifGCBToExtension(&gcb, extension);
    if (EGifPutExtension(m_gif, GRAPHICS_EXT_FUNC_CODE, static_cast<int>(length), extension) == GIF_ERROR)
        return failure("a frame's delay");
    if (EGifPutImageDesc(m_gif, left, top, width, height, false, nullptr) == GIF_ERROR)
        return failure("a frame's descriptor");
    const int stride = m_size.width();
    m_line.resize(static_cast<std::size_t>(width));
    for (int y = top; y < top + height; ++y) {
        const std::uint8_t* row = indices.data() + static_cast<std::size_t>(y) * static_cast<std::size_t>(stride);
        const std::uint8_t* before = m_previous.empty()
            ? nullptr
            : m_previous.data() + static_cast<std::size_t>(y) * static_cast<std::size_t>(stride);
        for (int x = 0; x < width; ++x) {
            const std::uint8_t v = row[left + x];
            m_line[static_cast<std::size_t>(x)] = transparent && before && before[left + x] == v ? m_transparent : v;
        }
        if (EGifPutLine(m_gif, m_line.data(), width) == GIF_ERROR)
            return failure("a frame's pixels");
    }
    return {};
}

Status GifWriter::addFrame(const std::vector<std::uint8_t>& indices, int delayCentiseconds)
{
    const int w = m_size.width(), h = m_size.height();
    if (!m_gif || indices.size() != static_cast<std::size_t>(w) * static_cast<std::size_t>(h))
        return Error { "cannot write " + m_path.toStdString() + ": a frame of the wrong size" };
    if (m_previous.empty()) {
        if (auto s = putFrame(indices, 0, 0, w, h, false, delayCentiseconds); !s)
            return s;
    } else {
        // The rectangle that changed since the previous frame.
        int top = h, bottom = -1, left = w, right = -1;
        for (int y = 0; y < h; ++y) {
            const std::size_t offset = static_cast<std::size_t>(y) * static_cast<std::size_t>(w);
            const std::uint8_t* a = indices.data() + offset;
            const std::uint8_t* b = m_previous.data() + offset;
            if (std::memcmp(a, b, static_cast<std::size_t>(w)) == 0)
                continue;
            top = std::min(top, y);
            bottom = y;
            int x0 = 0;
            while (a[x0] == b[x0])
                ++x0;
            int x1 = w - 1;
            while (a[x1] == b[x1])
                --x1;
            left = std::min(left, x0);
            right = std::max(right, x1);
        }
        Status s = bottom < 0 // nothing changed: one transparent pixel keeps the frame and its delay
            ? putFrame(m_previous, 0, 0, 1, 1, true, delayCentiseconds)
            : putFrame(indices, left, top, right - left + 1, bottom - top + 1, true, delayCentiseconds);
        if (!s)
            return s;
    }
    m_previous = indices;
    ++m_frames;
    return {};
}

Status GifWriter::finish()
{
    if (!m_gif)
        return Error { "cannot write " + m_path.toStdString() + ": not open" };
    int error = 0;
    const int closed = EGifCloseFile(m_gif, &error);
    m_gif = nullptr;
    if (closed == GIF_ERROR) {
        const char* text = GifErrorString(error);
        return Error { "cannot write " + m_path.toStdString() + ": " + (text ? text : "close failed") };
    }
    return {};
}

} // namespace convscope::ui
