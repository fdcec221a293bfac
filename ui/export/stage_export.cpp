#include "stage_export.h"

#include "file_util.h"
#include "gif_palette.h"
#include "gif_writer.h"

#include <opencv2/core/utils/logger.hpp>
#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageWriter>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRandomGenerator>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <system_error>

namespace convscope::ui {

namespace {

std::string str(const QString& text) { return text.toStdString(); }

Error cancelled() { return Error { "export cancelled", kExportCancelled }; }

// A new, empty file beside `target` that ends in the same suffix (OpenCV picks the container by
// the name): "anim.part-3f9a1c.mp4". The caller renames it over the target or removes it.
Result<QString> reserveTemporary(const QString& target, const QString& suffix)
{
    const QFileInfo info(target);
    if (info.fileName().isEmpty())
        return Error { "cannot write " + str(target) + ": not a file name" };
    if (info.isDir())
        return Error { "cannot write " + str(target) + ": it is a directory" };
    const QDir dir = info.absoluteDir();
    if (!dir.exists())
        return Error { "cannot write " + str(target) + ": the folder " + str(dir.path()) + " does not exist" };
    QString problem;
    for (int attempt = 0; attempt < 16; ++attempt) {
        const QString name = QStringLiteral("%1.part-%2.%3")
                                 .arg(info.completeBaseName())
                                 .arg(QRandomGenerator::global()->bounded(0x1000000), 6, 16, QLatin1Char('0'))
                                 .arg(suffix);
        const QString path = dir.filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return path;
        problem = file.errorString();
        if (file.error() != QFileDevice::OpenError || QFileInfo::exists(path) == false)
            break; // not a name clash: permissions, a read-only disk
    }
    return Error { "cannot write " + str(target) + ": " + str(problem) };
}

// Renames the finished temporary over the target (atomic on one file system); removes it on failure.
Status commit(const QString& temporary, const QString& target)
{
    std::error_code ec;
    std::filesystem::rename(QFile::encodeName(temporary).toStdString(), QFile::encodeName(target).toStdString(), ec);
    if (ec) {
        QFile::remove(temporary);
        return Error { "cannot write " + str(target) + ": " + ec.message() };
    }
    return {};
}

// Frame i's delay in 1/100 s, so that the frames add up to i/fps without drifting (3 fps:
// 33, 34, 33, ...).
int delayOf(int frame, int fps)
{
    const auto at = [fps](int i) { return static_cast<int>(std::lround(100.0 * i / fps)); };
    return at(frame + 1) - at(frame);
}

Status checkState(const PlaygroundState& state)
{
    if (!state.input || state.steps <= 0)
        return Error { "nothing to export: the scene has no valid picture yet" };
    if (!state.output)
        return Error { "the layer's output is still being computed: export again once it is shown" };
    return {};
}

Status exportGif(const QString& target, const PlaygroundState& state, const StageOptions& options,
    const AnimationExport& settings, int first, int last, const ExportProgress& progress)
{
    const int frames = last - first + 1;
    // The palette comes from a sample of frames spread over the range (first and last included:
    // the output fills in as the animation runs, so the last frame has all its colours).
    const int samples = std::min(frames, 8);
    const int total = samples + frames;
    int done = 0;
    GifPalette palette;
    for (int j = 0; j < samples; ++j) {
        const int step = samples == 1 ? first
                                      : first + static_cast<int>(std::lround(double(j) * (frames - 1) / (samples - 1)));
        palette.addSample(renderStage(state, step, options, settings.size));
        if (progress && !progress(++done, total))
            return cancelled();
    }
    palette.build();

    auto temporary = reserveTemporary(target, QStringLiteral("gif"));
    if (!temporary)
        return temporary.error();
    Status status;
    {
        GifWriter writer;
        status = writer.open(*temporary, settings.size, palette.entries(), GifPalette::kTransparent);
        std::vector<std::uint8_t> indices;
        for (int i = 0; status && i < frames; ++i) {
            palette.map(renderStage(state, first + i, options, settings.size), indices);
            status = writer.addFrame(indices, delayOf(i, settings.fps));
            if (status && progress && !progress(++done, total))
                status = cancelled();
        }
        if (status)
            status = writer.finish();
    }
    if (!status) {
        QFile::remove(*temporary);
        // Name the target, not the temporary, in messages.
        if (status.error().field != kExportCancelled)
            return Error { QString::fromStdString(status.error().message).replace(*temporary, target).toStdString() };
        return status;
    }
    return commit(*temporary, target);
}

Status exportMp4(const QString& target, const PlaygroundState& state, const StageOptions& options,
    const AnimationExport& settings, int first, int last, const ExportProgress& progress)
{
    // H.264 and MPEG-4 encoders work on 2x2 blocks of chroma: even sides only.
    const QSize size(settings.size.width() & ~1, settings.size.height() & ~1);
    auto temporary = reserveTemporary(target, QStringLiteral("mp4"));
    if (!temporary)
        return temporary.error();
    const std::string path = QFile::encodeName(*temporary).toStdString();
    cv::VideoWriter writer;
    const auto level = cv::utils::logging::getLogLevel();
    cv::utils::logging::setLogLevel(cv::utils::logging::LOG_LEVEL_SILENT); // the fallback is expected
    try {
        for (const char* codec : { "avc1", "mp4v" }) {
            writer.open(path, cv::CAP_FFMPEG, cv::VideoWriter::fourcc(codec[0], codec[1], codec[2], codec[3]),
                settings.fps, cv::Size(size.width(), size.height()), true);
            if (writer.isOpened())
                break;
        }
    } catch (const cv::Exception&) {
        writer.release();
    }
    cv::utils::logging::setLogLevel(level);
    if (!writer.isOpened()) {
        QFile::remove(*temporary);
        return Error { "cannot write " + str(target)
            + ": this OpenCV has no MP4 encoder (tried H.264 'avc1' and MPEG-4 'mp4v' through FFmpeg): "
              "export a GIF instead" };
    }
    Status status;
    try {
        cv::Mat bgr;
        for (int i = 0; i <= last - first; ++i) {
            const QImage frame = renderStage(state, first + i, options, size);
            // Format_RGB32 is B, G, R, 0xff in memory on little-endian machines: OpenCV's BGRA.
            const cv::Mat bgra(frame.height(), frame.width(), CV_8UC4, const_cast<uchar*>(frame.constBits()),
                static_cast<std::size_t>(frame.bytesPerLine()));
            cv::cvtColor(bgra, bgr, cv::COLOR_BGRA2BGR);
            writer.write(bgr);
            if (progress && !progress(i + 1, last - first + 1)) {
                status = cancelled();
                break;
            }
        }
        writer.release();
    } catch (const cv::Exception& e) {
        writer.release();
        status = Error { "cannot write " + str(target) + ": " + e.what() };
    }
    if (status && QFileInfo(*temporary).size() == 0)
        status = Error { "cannot write " + str(target) + ": the encoder wrote nothing (disk full?)" };
    if (!status) {
        QFile::remove(*temporary);
        return status;
    }
    return commit(*temporary, target);
}

} // namespace

std::optional<ExportFormat> exportFormatForPath(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    for (ExportFormat f : { ExportFormat::Png, ExportFormat::Svg, ExportFormat::Pdf, ExportFormat::Gif, ExportFormat::Mp4 })
        if (suffix == exportSuffix(f))
            return f;
    return std::nullopt;
}

bool isAnimation(ExportFormat format) { return format == ExportFormat::Gif || format == ExportFormat::Mp4; }

QString exportSuffix(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Png:
        return QStringLiteral("png");
    case ExportFormat::Svg:
        return QStringLiteral("svg");
    case ExportFormat::Pdf:
        return QStringLiteral("pdf");
    case ExportFormat::Gif:
        return QStringLiteral("gif");
    case ExportFormat::Mp4:
        return QStringLiteral("mp4");
    }
    return {};
}

QString exportFormatName(ExportFormat format) { return exportSuffix(format).toUpper(); }

Result<std::pair<int, int>> exportRange(const AnimationExport& settings, int steps)
{
    if (settings.fps < kExportMinFps || settings.fps > kExportMaxFps)
        return Error { "speed " + std::to_string(settings.fps) + " frames per second is out of range ("
                + std::to_string(kExportMinFps) + " to " + std::to_string(kExportMaxFps) + ")",
            "fps" };
    const QSize s = settings.size;
    if (s.width() < kExportMinSide || s.height() < kExportMinSide || s.width() > kExportMaxSide
        || s.height() > kExportMaxSide)
        return Error { "size " + std::to_string(s.width()) + "x" + std::to_string(s.height())
                + " is out of range (sides from " + std::to_string(kExportMinSide) + " to "
                + std::to_string(kExportMaxSide) + ")",
            "size" };
    if (steps <= 0)
        return Error { "the scene has no animation to export", "steps" };
    const int last = settings.lastStep < 0 ? steps - 1 : settings.lastStep;
    const int first = settings.firstStep;
    if (first < 0 || first >= steps)
        return Error { "first step " + std::to_string(first) + " is outside the animation (steps 0 to "
                + std::to_string(steps - 1) + ")",
            "first" };
    if (last >= steps)
        return Error { "last step " + std::to_string(last) + " is outside the animation (steps 0 to "
                + std::to_string(steps - 1) + ")",
            "last" };
    if (first > last)
        return Error { "first step " + std::to_string(first) + " comes after the last step " + std::to_string(last)
                + ": swap them",
            "first" };
    if (last - first + 1 > kExportMaxFrames)
        return Error { "steps " + std::to_string(first) + " to " + std::to_string(last) + " are "
                + std::to_string(last - first + 1) + " frames, more than the "
                + std::to_string(kExportMaxFrames) + " an export may have: choose a shorter step range",
            "last" };
    return std::pair { first, last };
}

QImage renderStage(const PlaygroundState& state, int step, const StageOptions& options, QSize size)
{
    QImage frame(size, QImage::Format_RGB32);
    frame.setDevicePixelRatio(1.0);
    QPainter painter(&frame);
    paintStage(painter, QRectF(QPointF(0, 0), QSizeF(size)), state, step, options);
    return frame;
}

Status exportStill(const QString& path, ExportFormat format, const PlaygroundState& state, int step,
    const StageOptions& options, QSize size)
{
    if (size.width() < kExportMinSide || size.height() < kExportMinSide || size.width() > kExportMaxSide
        || size.height() > kExportMaxSide)
        return Error { "size " + std::to_string(size.width()) + "x" + std::to_string(size.height())
            + " is out of range (sides from " + std::to_string(kExportMinSide) + " to "
            + std::to_string(kExportMaxSide) + ")" };
    const QRectF rect(QPointF(0, 0), QSizeF(size));
    const QString title = QString::fromStdString(state.scene.title.empty() ? "ConvScope" : state.scene.title);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    switch (format) {
    case ExportFormat::Png: {
        QImageWriter writer(&buffer, "png");
        if (!writer.write(renderStage(state, step, options, size)))
            return Error { "cannot encode " + str(path) + " as PNG: " + str(writer.errorString()) };
        break;
    }
    case ExportFormat::Svg: {
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(size);
        svg.setViewBox(rect);
        svg.setResolution(96);
        svg.setTitle(title);
        svg.setDescription(QStringLiteral("Exported from ConvScope"));
        QPainter painter;
        if (!painter.begin(&svg))
            return Error { "cannot write " + str(path) + ": the SVG generator did not start" };
        paintStage(painter, rect, state, step, options);
        painter.end();
        break;
    }
    case ExportFormat::Pdf: {
        // One page the size of the picture; at 72 dpi one stage pixel is one point.
        QPdfWriter pdf(&buffer);
        pdf.setResolution(72);
        pdf.setPageSize(QPageSize(QSizeF(size), QPageSize::Point, QString(), QPageSize::ExactMatch));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setTitle(title);
        pdf.setCreator(QStringLiteral("ConvScope"));
        QPainter painter;
        if (!painter.begin(&pdf))
            return Error { "cannot write " + str(path) + ": the PDF writer did not start" };
        paintStage(painter, rect, state, step, options);
        painter.end();
        break;
    }
    case ExportFormat::Gif:
    case ExportFormat::Mp4:
        return Error { str(path) + ": " + str(exportFormatName(format)) + " is an animation format" };
    }
    buffer.close();
    if (bytes.isEmpty())
        return Error { "cannot write " + str(path) + ": nothing was drawn" };
    return writeFileAtomically(QFile::encodeName(path).toStdString(),
        std::string(bytes.constData(), static_cast<std::size_t>(bytes.size())));
}

Status exportAnimation(const QString& path, ExportFormat format, const PlaygroundState& state,
    const StageOptions& options, const AnimationExport& settings, const ExportProgress& progress)
{
    if (!isAnimation(format))
        return Error { str(path) + ": " + str(exportFormatName(format)) + " is not an animation format (GIF or MP4)" };
    auto range = exportRange(settings, state.steps);
    if (!range)
        return range.error();
    if (auto ok = checkState(state); !ok)
        return ok;
    const auto [first, last] = *range;
    return format == ExportFormat::Gif ? exportGif(path, state, options, settings, first, last, progress)
                                       : exportMp4(path, state, options, settings, first, last, progress);
}

} // namespace convscope::ui
