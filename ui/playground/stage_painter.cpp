#include "stage_painter.h"

#include "arithmetic.h"
#include "cvqt.h"
#include "image_io.h"
#include "picture_scaling.h"

#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QImage>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <QStaticText>
#include <QTextStream>
#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <limits>
#include <memory>
#include <mutex>

namespace convscope::ui {

namespace {

QString tr(const char* text, int n = -1)
{
    return QCoreApplication::translate("convscope::ui", text, nullptr, n); // the context lupdate gives free tr() calls
}

constexpr double kDesignWidth = 1600;
constexpr double kDesignHeight = 1000;
const QChar kTimes(0x00D7);

// Colours: one per role, so the window and the current output cell always share one.
struct Palette {
    QColor background;
    QColor panel;
    QColor text;
    QColor dimText;
    QColor grid;
    QColor highlight; // the window and the current output cell
    QColor padding; // tint of the padding ring
    QColor hatch;
    QColor empty; // output cells not computed yet
    QColor negative; // diverging map ends (ColorBrewer RdBu, as the engine's feature maps)
    QColor middle;
    QColor positive;
    QColor inputLow; // sequential map of non-negative inputs
    QColor inputHigh;
    QColor banner;
    QColor bannerText;
};

Palette paletteFor(StageTheme theme)
{
    if (theme == StageTheme::Dark) // high contrast for a projector: near-black, white text
        return { QColor(0x08, 0x09, 0x0c), QColor(0x17, 0x19, 0x1f), QColor(0xff, 0xff, 0xff),
            QColor(0xd2, 0xd6, 0xde), QColor(0x76, 0x7d, 0x8e), QColor(0xff, 0xb0, 0x20),
            QColor(0x3a, 0x41, 0x55), QColor(0xa4, 0xab, 0xbb), QColor(0x1e, 0x21, 0x29),
            QColor(0x4f, 0xa3, 0xe0), QColor(0x2c, 0x30, 0x3a), QColor(0xf0, 0x6e, 0x58),
            QColor(0x1a, 0x1e, 0x28), QColor(0x9f, 0xd0, 0xff), QColor(0xc8, 0x10, 0x2e),
            QColor(0xff, 0xff, 0xff) };
    return { QColor(0xfb, 0xfb, 0xf8), QColor(0xef, 0xf0, 0xec), QColor(0x11, 0x11, 0x11),
        QColor(0x55, 0x58, 0x60), QColor(0x9a, 0x9e, 0xa6), QColor(0xf0, 0x6d, 0x00),
        QColor(0xdc, 0xdf, 0xe6), QColor(0x8c, 0x92, 0xa0), QColor(0xe6, 0xe7, 0xe3),
        QColor(0x21, 0x66, 0xac), QColor(0xf7, 0xf7, 0xf7), QColor(0xb2, 0x18, 0x2b),
        QColor(0xff, 0xff, 0xff), QColor(0x5b, 0x8f, 0xc7), QColor(0xb0, 0x1c, 0x2e),
        QColor(0xff, 0xff, 0xff) };
}

// Integer blending: this runs for every cell of every frame.
QColor mix(const QColor& a, const QColor& b, double t)
{
    const int w = static_cast<int>(std::clamp(t, 0.0, 1.0) * 256.0);
    const QRgb x = a.rgb(), y = b.rgb();
    auto lerp = [w](int from, int to) { return from + (((to - from) * w) >> 8); };
    return QColor(lerp(qRed(x), qRed(y)), lerp(qGreen(x), qGreen(y)), lerp(qBlue(x), qBlue(y)));
}

// A value range mapped to colours: sequential for non-negative data, diverging around 0 otherwise.
struct ValueScale {
    double low = 0;
    double high = 1;
    bool diverging = false;
};

// From the range the model computed once per state (never per frame).
ValueScale scaleOf(const ValueRange& range, bool forceDiverging)
{
    if (!range.valid)
        return {};
    const double lo = range.low, hi = range.high;
    if (lo >= 0 && !forceDiverging)
        return { 0.0, hi > 0 ? hi : 1.0, false };
    const double m = std::max({ std::abs(lo), std::abs(hi), 1e-9 });
    return { -m, m, true };
}

QColor valueColor(double v, const ValueScale& s, const Palette& pal)
{
    if (!std::isfinite(v))
        return pal.padding;
    if (s.diverging) {
        const double t = v / s.high;
        return t < 0 ? mix(pal.middle, pal.negative, -t) : mix(pal.middle, pal.positive, t);
    }
    return mix(pal.inputLow, pal.inputHigh, (v - s.low) / std::max(1e-9, s.high - s.low));
}

QColor textOn(const QColor& fill, const Palette& pal)
{
    const QRgb rgb = fill.rgba();
    if (qAlpha(rgb) < 128)
        return pal.text;
    const int luma = 299 * qRed(rgb) + 587 * qGreen(rgb) + 114 * qBlue(rgb); // BT.601, x1000
    return luma > 140'000 ? QColor(0x11, 0x11, 0x11) : QColor(0xfa, 0xfa, 0xfa);
}

QFont fontOf(double pixelSize, bool bold = false)
{
    QFont f;
    f.setPixelSize(std::max(6, static_cast<int>(std::lround(pixelSize))));
    f.setBold(bold);
    return f;
}

// Cell numbers are drawn as cached QStaticText, so a frame with a thousand numbers lays out only
// the few distinct strings once instead of shaping every one of them.
class NumberCache {
public:
    const QStaticText& get(double value, int decimals, int pixelSize, bool bold)
    {
        const float f = static_cast<float>(value);
        quint32 bits = 0;
        std::memcpy(&bits, &f, sizeof bits);
        const quint64 key = (quint64(bits) << 32) | (quint64(decimals & 0xff) << 16)
            | (quint64(pixelSize & 0x7fff) << 1) | quint64(bold);
        auto it = m_cache.find(key);
        if (it != m_cache.end())
            return *it;
        if (m_cache.size() > 8192)
            m_cache.clear();
        QStaticText text(formatNumber(value, decimals));
        text.setTextFormat(Qt::PlainText);
        text.setPerformanceHint(QStaticText::AggressiveCaching);
        text.prepare(QTransform(), fontOf(pixelSize, bold));
        return *m_cache.insert(key, text);
    }

private:
    QHash<quint64, QStaticText> m_cache;
};

NumberCache& numberCache()
{
    // One per thread: the window paints on the GUI thread while an animation export paints in a
    // worker.
    thread_local NumberCache cache;
    return cache;
}

// Every other line of text (captions, header, formulas) as cached QStaticText too: most of them
// stay the same from frame to frame, and shaping them again each frame cost more than all the
// cells together.
class TextCache {
public:
    const QStaticText& get(const QString& text, const QFont& font)
    {
        const QString key
            = text + QChar(0x1f) + QString::number(font.pixelSize()) + (font.bold() ? u'b' : u'n');
        auto it = m_cache.find(key);
        if (it != m_cache.end())
            return *it;
        if (m_cache.size() > 2048)
            m_cache.clear();
        QStaticText t(text);
        t.setTextFormat(Qt::PlainText);
        t.setPerformanceHint(QStaticText::AggressiveCaching);
        t.prepare(QTransform(), font);
        return *m_cache.insert(key, t);
    }

private:
    QHash<QString, QStaticText> m_cache;
};

TextCache& textCache()
{
    thread_local TextCache cache;
    return cache;
}

double textWidth(const QString& text, const QFont& font)
{
    return textCache().get(text, font).size().width();
}

// One line of text in a box, aligned, elided on the right when too long.
void drawTextLine(
    QPainter& p, const QRectF& box, Qt::Alignment align, const QString& text, const QFont& font)
{
    const QStaticText* t = &textCache().get(text, font);
    if (t->size().width() > box.width())
        t = &textCache().get(
            QFontMetricsF(font).elidedText(text, Qt::ElideRight, box.width()), font);
    const QSizeF size = t->size();
    double x = box.left();
    if (align & Qt::AlignHCenter)
        x = box.center().x() - size.width() / 2;
    else if (align & Qt::AlignRight)
        x = box.right() - size.width();
    const double y = box.center().y() - size.height() / 2;
    if (p.font() != font)
        p.setFont(font);
    p.drawStaticText(QPointF(x, y), *t);
}

void drawNumber(QPainter& p, const QRectF& cell, double value, int decimals, double fontPx,
    const QColor& color, bool bold = false)
{
    int px = static_cast<int>(std::lround(fontPx));
    if (px < 7)
        return;
    const QStaticText* text = &numberCache().get(value, decimals, px, bold);
    if (text->size().width() > cell.width() * 0.92) {
        // Long numbers ("−0.38") take a smaller size; one that still does not fit is left out
        // rather than overlapping its neighbours.
        px = static_cast<int>(px * cell.width() * 0.92 / text->size().width());
        if (px < 7)
            return;
        text = &numberCache().get(value, decimals, px, bold);
        if (text->size().width() > cell.width())
            return;
    }
    const QSizeF size = text->size();
    // drawStaticText lays the text out again when the painter's font differs from the one it
    // was prepared with, and setFont itself is not free: change it only when the size changes.
    if (p.font().pixelSize() != px || p.font().bold() != bold)
        p.setFont(fontOf(px, bold));
    p.setPen(color);
    p.drawStaticText(
        QPointF(cell.center().x() - size.width() / 2, cell.center().y() - size.height() / 2),
        *text);
}

// The photo and output pictures, converted once per state rather than once per frame. Keyed by
// the tensor itself (a weak pointer), so two models never see each other's pictures.
struct PictureCache {
    std::weak_ptr<const Tensor> tensor;
    int channel = -1;
    QImage image;
};

QImage cachedPicture(
    PictureCache& cache, const std::shared_ptr<const Tensor>& tensor, int channel, bool photo)
{
    if (cache.tensor.lock() == tensor && cache.channel == channel && !cache.image.isNull())
        return cache.image;
    cache.tensor = tensor;
    cache.channel = channel;
    if (photo) {
        cache.image = inputPicture(*tensor);
    } else {
        // The model's colouring (99th percentile of |value|, shared by all channels).
        const OutputPictures pictures = outputPictures(*tensor);
        cache.image = channel < static_cast<int>(pictures.images.size())
            ? pictures.images[static_cast<std::size_t>(channel)]
            : QImage();
    }
    return cache.image;
}

// A picture shrunk to the size it is shown at, smoothly, once: scaling a photo with filtering on
// every frame cost more than the rest of the frame.
struct ScaledCache {
    qint64 source = 0;
    QSize size;
    QImage image;
};

const QImage& scaledPicture(ScaledCache& cache, const QImage& source, const QSize& size)
{
    if (cache.source != source.cacheKey() || cache.size != size) {
        cache.source = source.cacheKey();
        cache.size = size;
        cache.image = resampled(source, size);
    }
    return cache.image;
}

ScaledCache& scaledInputCache()
{
    thread_local ScaledCache cache;
    return cache;
}

ScaledCache& scaledOutputCache()
{
    thread_local ScaledCache cache;
    return cache;
}

int spatialSize(const SlidingPlan& plan, int axis)
{
    return plan.axes[static_cast<std::size_t>(axis)].input;
}

bool isPhoto(const PlaygroundState& s)
{
    return s.scene.input.source == InputSource::Sample
        || s.scene.input.source == InputSource::Image;
}

// The rows and columns of a plane: (1, L) for sequences, (H, W) for images.
struct PlaneShape {
    int rows = 1;
    int cols = 1;
};

PlaneShape inputShapeOf(const SlidingPlan& plan)
{
    if (plan.spatialDims == 1)
        return { 1, spatialSize(plan, 0) };
    return { spatialSize(plan, 0), spatialSize(plan, 1) };
}

PlaneShape outputShapeOf(const SlidingPlan& plan)
{
    if (plan.spatialDims == 1)
        return { 1, plan.axes[0].output };
    return { plan.axes[0].output, plan.axes[1].output };
}

const Axis& rowAxis(const SlidingPlan& plan)
{
    static const Axis unit;
    return plan.spatialDims == 1 ? unit : plan.axes[0];
}

const Axis& colAxis(const SlidingPlan& plan)
{
    return plan.axes[static_cast<std::size_t>(plan.spatialDims - 1)];
}

// Row and column of a Dims in a plane (1-D positions are columns).
int rowOf(const SlidingPlan& plan, const Dims& d)
{
    return plan.spatialDims == 1 ? 0 : d[0];
}
int colOf(const SlidingPlan& plan, const Dims& d)
{
    return d[static_cast<std::size_t>(plan.spatialDims - 1)];
}

// The input channels the current output channel reads: its group's, or itself for pooling.
std::vector<int> channelsRead(const PlaygroundState& s, int outputChannel)
{
    std::vector<int> channels;
    if (s.window.op != WindowOp::Conv) {
        channels.push_back(outputChannel);
        return channels;
    }
    const int groups = std::max(1, s.scene.layer.groups);
    const int perIn = s.plan.inChannels / groups;
    const int perOut = std::max(1, s.plan.outChannels / groups);
    const int group = outputChannel / perOut;
    for (int i = 0; i < perIn; ++i)
        channels.push_back(group * perIn + i);
    return channels;
}

constexpr int kMaxPlanesShown = 3;

double inputValue(const PlaygroundState& s, int channel, int row, int col)
{
    const PlaneShape shape = inputShapeOf(s.plan);
    return (*s.input)[(static_cast<std::int64_t>(channel) * shape.rows + row) * shape.cols + col];
}

// What a padded cell holds: the input value it copies (reflect, replicate, circular) or the
// constant (0; −∞ for max pooling); `copied` tells which.
double paddedValue(const PlaygroundState& s, int channel, int inRow, int inCol, bool& copied)
{
    const PlaneShape shape = inputShapeOf(s.plan);
    const PaddingMode mode = s.window.op == WindowOp::Conv ? s.window.mode : PaddingMode::Zeros;
    const int r = inRow >= 0 && inRow < shape.rows ? inRow : padSource(inRow, shape.rows, mode);
    const int c = inCol >= 0 && inCol < shape.cols ? inCol : padSource(inCol, shape.cols, mode);
    copied = r >= 0 && c >= 0;
    if (copied)
        return inputValue(s, channel, r, c);
    return s.window.op == WindowOp::MaxPool ? -std::numeric_limits<double>::infinity() : 0.0;
}

QString paddingModeName(const PlaygroundState& s)
{
    if (s.window.op != WindowOp::Conv)
        return s.window.op == WindowOp::MaxPool ? tr("−∞") : tr("zeros");
    switch (s.window.mode) {
    case PaddingMode::Zeros:
        return tr("zeros");
    case PaddingMode::Reflect:
        return tr("reflect");
    case PaddingMode::Replicate:
        return tr("replicate");
    case PaddingMode::Circular:
        return tr("circular");
    }
    return QString();
}

QString opName(const PlaygroundState& s)
{
    const QString dims = s.plan.spatialDims == 1 ? tr("1-D") : tr("2-D");
    switch (s.window.op) {
    case WindowOp::Conv:
        return s.scene.layer.flip ? tr("%1 true convolution").arg(dims)
                                  : tr("%1 convolution").arg(dims);
    case WindowOp::MaxPool:
        return tr("%1 max pooling").arg(dims);
    case WindowOp::AvgPool:
        return tr("%1 average pooling").arg(dims);
    case WindowOp::SumPool:
        return tr("%1 sum pooling").arg(dims);
    }
    return QString();
}

QString dimsText(const SlidingPlan& plan, int Axis::*field)
{
    QStringList parts;
    bool same = true;
    for (int i = 0; i < plan.spatialDims; ++i) {
        parts << QString::number(plan.axes[static_cast<std::size_t>(i)].*field);
        same = same && parts.last() == parts.first();
    }
    return same ? parts.first() : parts.join(kTimes);
}

QString kernelText(const SlidingPlan& plan)
{
    QStringList parts;
    for (int i = 0; i < plan.spatialDims; ++i)
        parts << QString::number(plan.axes[static_cast<std::size_t>(i)].kernel);
    return parts.join(kTimes);
}

QString sizeText(const PlaneShape& shape, int spatialDims)
{
    return spatialDims == 1 ? QString::number(shape.cols)
                            : QString::number(shape.rows) + kTimes + QString::number(shape.cols);
}

// ---------------------------------------------------------------------------------------------
// Layout

struct Metrics {
    double f = 1; // text scale
    double caption = 22; // px
    double captionHeight = 34;
    double margin = 18;
};

Metrics metricsFor(const QRectF& rect, const StageOptions& options)
{
    Metrics m;
    const double base = std::min(rect.width() / kDesignWidth, rect.height() / kDesignHeight);
    // Text never shrinks below 0.7 of its design size on a docked stage (a caption of 22 px
    // stays ≥ 15 px, about 11 pt); only very small renders go lower.
    m.f = std::max({ 0.35, base, std::min(0.7, 1.4 * base) })
        * std::clamp(options.presenterScale, 0.5, 3.0);
    m.caption = 22 * m.f;
    m.captionHeight = 36 * m.f;
    m.margin = 18 * std::max(0.35, base);
    return m;
}

int stepLineCount(const PlaygroundState& s, int outputChannel)
{
    if (!s.input)
        return 0;
    const int channels = static_cast<int>(channelsRead(s, outputChannel).size());
    int lines = std::min(channels, kMaxPlanesShown + 1);
    if (channels > 1)
        ++lines;
    if (s.bias)
        ++lines;
    if (s.scene.layer.activation)
        ++lines;
    return lines;
}

int layerLineCount(const PlaygroundState& s)
{
    return std::max(2, s.plan.spatialDims);
}

constexpr double kStepLine = 42; // px at f = 1
constexpr double kLayerLine = 34;

} // namespace

QColor stageHighlightColor(StageTheme theme)
{
    return paletteFor(theme).highlight;
}

StageLayout stageLayout(
    const QRectF& rect, const PlaygroundState& s, int step, const StageOptions& options)
{
    Q_UNUSED(step);
    StageLayout l;
    const Metrics m = metricsFor(rect, options);
    l.fontScale = m.f;
    l.header = QRectF(rect.left(), rect.top(), rect.width(), 56 * m.f);
    if (!s.input) {
        l.picture = rect.adjusted(0, l.header.height(), 0, 0);
        return l;
    }
    const int o = std::clamp(options.outputChannel, 0, std::max(0, s.plan.outChannels - 1));
    const double arithmeticHeight
        = stepLineCount(s, o) * kStepLine * m.f + layerLineCount(s) * kLayerLine * m.f + 40 * m.f;
    l.arithmetic = QRectF(rect.left() + m.margin, rect.bottom() - arithmeticHeight - m.margin,
        rect.width() - 2 * m.margin, arithmeticHeight);
    l.picture = QRectF(rect.left() + m.margin, l.header.bottom() + m.margin * 0.5,
        rect.width() - 2 * m.margin, l.arithmetic.top() - l.header.bottom() - m.margin * 1.5);
    l.photo = isPhoto(s);
    l.oneDimensional = s.plan.spatialDims == 1;

    const bool channelsShown = s.plan.inChannels > 1 || s.plan.outChannels > 1;
    QRectF area = l.picture;
    if (channelsShown) {
        const double w = std::min(260 * m.f, area.width() * 0.18);
        l.channelsPanel = QRectF(area.right() - w, area.top(), w, area.height());
        area.setRight(l.channelsPanel.left() - m.margin);
    }

    const PlaneShape in = inputShapeOf(s.plan);
    const PlaneShape out = outputShapeOf(s.plan);
    const Axis& ra = rowAxis(s.plan);
    const Axis& ca = colAxis(s.plan);
    const int paddedRows = in.rows + ra.padBefore + ra.padAfter;
    const int paddedCols = in.cols + ca.padBefore + ca.padAfter;
    const std::vector<int> read = channelsRead(s, o);
    // Photos show one colour picture; grids and signals show each channel the window reads.
    const int planes = l.photo ? 1 : std::min<int>(static_cast<int>(read.size()), kMaxPlanesShown);
    const double zoom = std::clamp(options.zoom, 0.05, 400.0);

    auto inputPlane = [&](int channel, QPointF origin, double cell) {
        StagePlane p;
        p.panel = StageCell::Panel::Input;
        p.channel = channel;
        p.origin = origin;
        p.cell = cell;
        p.pitchX = p.pitchY = cell;
        p.rows = paddedRows;
        p.cols = paddedCols;
        p.padRow = ra.padBefore;
        p.padCol = ca.padBefore;
        p.clip = l.inputPanel;
        return p;
    };

    if (l.oneDimensional) {
        // Rows: the input channels, the kernel slices under the window, the output under the
        // windows' centres; one cell size for all, so the geometry lines up.
        const int kernelRows = s.window.op == WindowOp::Conv ? planes : 0;
        const double unitsHigh = planes + kernelRows + 1 + 2.2; // + gaps and captions
        const double cell
            = std::min({ area.width() / paddedCols, area.height() / (unitsHigh * 1.25), 84 * m.f });
        const double cellZoomed = cell * zoom;
        const double blockH = m.captionHeight * 2.4 + (planes + 1) * cellZoomed * 1.25
            + kernelRows * std::max(cellZoomed, 34 * m.f) * 1.25;
        area.setTop(area.top() + std::max(0.0, (area.height() - blockH) / 2));
        l.inputPanel = QRectF(
            area.left(), area.top(), area.width(), m.captionHeight + planes * cellZoomed * 1.25);
        const double x0
            = area.left() + (area.width() - paddedCols * cellZoomed) / 2 + options.pan.x();
        for (int i = 0; i < planes; ++i)
            l.inputPlanes.push_back(
                inputPlane(l.photo ? read[0] : read[static_cast<std::size_t>(i)],
                    QPointF(x0, area.top() + m.captionHeight + i * cellZoomed * 1.25), cellZoomed));
        l.kernelPanel = QRectF(area.left(), l.inputPanel.bottom(), area.width(),
            m.captionHeight * 0.4 + kernelRows * std::max(cellZoomed, 34 * m.f) * 1.25);
        l.outputPanel = QRectF(area.left(), l.kernelPanel.bottom(), area.width(),
            area.bottom() - l.kernelPanel.bottom());
        StagePlane op;
        op.panel = StageCell::Panel::Output;
        op.channel = o;
        op.cell = cellZoomed;
        op.pitchX = cellZoomed * ca.stride;
        op.pitchY = cellZoomed;
        op.rows = 1;
        op.cols = out.cols;
        // Output i sits under the centre of window i: padded cells i·s .. i·s + extent − 1.
        op.origin = QPointF(
            x0 + (ca.extent() - 1) / 2.0 * cellZoomed, l.outputPanel.top() + m.captionHeight);
        op.clip = l.outputPanel;
        l.output = op;
        return l;
    }

    if (l.photo) {
        const double inputW = area.width() * 0.40;
        const double kernelW = area.width() * 0.31;
        l.inputPanel = QRectF(area.left(), area.top(), inputW, area.height());
        l.kernelPanel = QRectF(
            l.inputPanel.right() + m.margin, area.top(), kernelW - m.margin, area.height());
        l.outputPanel = QRectF(l.kernelPanel.right() + m.margin, area.top(),
            area.right() - l.kernelPanel.right() - m.margin, area.height());
        const QRectF box = l.inputPanel.adjusted(0, m.captionHeight, 0, 0);
        const double fit = std::min(box.width() / paddedCols, box.height() / paddedRows);
        const double cell = fit * zoom;
        const QPointF origin(box.center().x() - paddedCols * cell / 2 + options.pan.x(),
            box.center().y() - paddedRows * cell / 2 + options.pan.y());
        l.inputPlanes.push_back(inputPlane(read[0], origin, cell));
        const QRectF obox = l.outputPanel.adjusted(0, m.captionHeight, 0, 0);
        const double ocell = std::min(obox.width() / out.cols, obox.height() / out.rows);
        StagePlane op;
        op.panel = StageCell::Panel::Output;
        op.channel = o;
        op.cell = op.pitchX = op.pitchY = ocell;
        op.rows = out.rows;
        op.cols = out.cols;
        op.origin = QPointF(
            obox.center().x() - out.cols * ocell / 2, obox.center().y() - out.rows * ocell / 2);
        op.clip = l.outputPanel;
        l.output = op;
        return l;
    }

    // Grids: the input planes stacked, the kernel slices beside them, the output on the right,
    // input and output cells of one size as in conv_arithmetic's figures.
    const int kH = s.plan.spatialDims == 1 ? 1 : ra.kernel;
    const int kW = ca.kernel;
    const double gap = 0.6; // between stacked planes, in cells
    // Big grids need the width for their cells; a 3x3 kernel reads well in less.
    const double kernelW
        = std::min(area.width() * (paddedCols + out.cols > 24 ? 0.15 : 0.24), 360 * m.f);
    const double freeW = area.width() - kernelW - 3 * m.margin;
    const double availH = area.height() - m.captionHeight;
    double cell = std::min(
        freeW / (paddedCols + out.cols), availH / (planes * paddedRows + (planes - 1) * gap));
    cell = std::min(cell, 96.0 * std::max(1.0, m.f));
    const double inputW = paddedCols * cell;
    const double outputW = out.cols * cell;
    const double spare = std::max(0.0, freeW - inputW - outputW);
    // A few pixels more than the cells, so the grid's outer border is not clipped.
    l.inputPanel = QRectF(area.left(), area.top(), inputW + spare * 0.5 + 4, area.height());
    l.kernelPanel = QRectF(l.inputPanel.right() + m.margin, area.top(), kernelW, area.height());
    l.outputPanel = QRectF(l.kernelPanel.right() + m.margin, area.top(),
        area.right() - l.kernelPanel.right() - m.margin, area.height());
    const double planesH = (planes * paddedRows + (planes - 1) * gap) * cell;
    const double top = area.top() + m.captionHeight + std::max(0.0, (availH - planesH) / 2);
    const double cz = cell * zoom;
    const double zoomShiftX = (paddedCols * (cz - cell)) / 2;
    const double zoomShiftY = (planes * paddedRows * (cz - cell)) / 2;
    for (int i = 0; i < planes; ++i) {
        const QPointF origin(l.inputPanel.center().x() - inputW / 2 - zoomShiftX + options.pan.x(),
            top - zoomShiftY + i * (paddedRows + gap) * cz + options.pan.y());
        l.inputPlanes.push_back(inputPlane(read[static_cast<std::size_t>(i)], origin, cz));
    }
    StagePlane op;
    op.panel = StageCell::Panel::Output;
    op.channel = o;
    op.cell = op.pitchX = op.pitchY = cell;
    op.rows = out.rows;
    op.cols = out.cols;
    const double outputTop
        = area.top() + m.captionHeight + std::max(0.0, (availH - out.rows * cell) / 2);
    op.origin = QPointF(l.outputPanel.center().x() - outputW / 2, outputTop);
    op.clip = l.outputPanel;
    l.output = op;
    Q_UNUSED(kH);
    Q_UNUSED(kW);
    return l;
}

std::optional<StageCell> stageCellAt(const StageLayout& l, const QPointF& point)
{
    auto hit = [&](const StagePlane& p) -> std::optional<StageCell> {
        if (!p.clip.contains(point))
            return std::nullopt;
        const double fx = (point.x() - p.origin.x()) / p.pitchX;
        const double fy = (point.y() - p.origin.y()) / p.pitchY;
        const int col = static_cast<int>(std::floor(fx));
        const int row = static_cast<int>(std::floor(fy));
        if (row < 0 || col < 0 || row >= p.rows || col >= p.cols)
            return std::nullopt;
        // Between the spaced cells of a strided 1-D output (touching cells, such as a photo's
        // sub-pixel ones, have no gaps: rounding must not open one).
        const bool spaced = p.cell < std::min(p.pitchX, p.pitchY) - 1e-6;
        if (spaced && !p.cellRect(row, col).contains(point))
            return std::nullopt;
        StageCell c;
        c.panel = p.panel;
        c.channel = p.channel;
        const bool oneD = l.oneDimensional;
        const int r = row - p.padRow, cc = col - p.padCol;
        c.index = oneD ? Dims { cc, 0, 0 } : Dims { r, cc, 0 };
        return c;
    };
    for (const StagePlane& p : l.inputPlanes)
        if (auto c = hit(p))
            return c;
    if (l.output)
        return hit(*l.output);
    return std::nullopt;
}

std::optional<double> stageCellValue(const PlaygroundState& s, const StageCell& cell)
{
    if (!s.input)
        return std::nullopt;
    const int row = rowOf(s.plan, cell.index), col = colOf(s.plan, cell.index);
    if (cell.panel == StageCell::Panel::Input) {
        if (cell.channel < 0 || cell.channel >= s.input->channels())
            return std::nullopt;
        bool copied = false;
        return paddedValue(s, cell.channel, row, col, copied);
    }
    if (!s.activated || cell.channel < 0 || cell.channel >= s.activated->channels())
        return std::nullopt;
    const PlaneShape out = outputShapeOf(s.plan);
    if (row < 0 || col < 0 || row >= out.rows || col >= out.cols)
        return std::nullopt;
    return (
        *s.activated)[(static_cast<std::int64_t>(cell.channel) * out.rows + row) * out.cols + col];
}

// ---------------------------------------------------------------------------------------------
// Painting

namespace {

struct Ctx {
    QPainter& p;
    const PlaygroundState& s;
    const StageOptions& options;
    const StageLayout& l;
    const Palette pal;
    const Metrics m;
    WindowGeometry window;
    int outputChannel = 0;
    ValueScale inputScale;
    ValueScale kernelScale;
    ValueScale outputScale;
};

// Cell grid lines: twice as thick in presenter mode, so they survive a projector.
double gridWidth(const Ctx& c)
{
    return c.options.presenterScale > 1.0 ? 2.0 : 1.0;
}

void drawCaption(
    Ctx& c, const QRectF& panel, const QString& text, Qt::Alignment align = Qt::AlignLeft)
{
    c.p.setPen(c.pal.text);
    const QRectF r(panel.left(), panel.top(), panel.width(), c.m.captionHeight);
    drawTextLine(c.p, r, align, text, fontOf(c.m.caption, true));
}

double numberFont(double cell)
{
    return std::min(cell * 0.42, 30.0);
}

// The decimals a plane's numbers need: none for whole numbers, two for photos and signals.
int decimalsFor(const float* values, std::int64_t count)
{
    for (std::int64_t i = 0; i < count; ++i)
        if (std::isfinite(values[i]) && values[i] != std::floor(values[i]))
            return 2;
    return 0;
}

// A grid plane of the input: cells coloured by value, the padding ring tinted and hatched with the
// values it copies, the numbers when they fit.
void drawInputGridDirect(Ctx& c, const StagePlane& plane, int decimals)
{
    QPainter& p = c.p;
    const PlaneShape in = inputShapeOf(c.s.plan);
    const QRectF visible = plane.clip;
    const bool numbers = c.options.numbers && plane.cell >= 16;
    const double fontPx = numberFont(plane.cell);
    int r0 = std::max(
        0, static_cast<int>(std::floor((visible.top() - plane.origin.y()) / plane.pitchY)));
    int r1 = std::min(plane.rows,
        static_cast<int>(std::ceil((visible.bottom() - plane.origin.y()) / plane.pitchY)));
    int c0 = std::max(
        0, static_cast<int>(std::floor((visible.left() - plane.origin.x()) / plane.pitchX)));
    int c1 = std::min(plane.cols,
        static_cast<int>(std::ceil((visible.right() - plane.origin.x()) / plane.pitchX)));
    for (int r = r0; r < r1; ++r) {
        for (int col = c0; col < c1; ++col) {
            const QRectF rect = plane.cellRect(r, col);
            const int ir = r - plane.padRow, ic = col - plane.padCol;
            const bool inside = ir >= 0 && ir < in.rows && ic >= 0 && ic < in.cols;
            bool copied = true;
            const double v = inside ? inputValue(c.s, plane.channel, ir, ic)
                                    : paddedValue(c.s, plane.channel, ir, ic, copied);
            QColor fill = valueColor(v, c.inputScale, c.pal);
            if (!inside)
                fill = copied ? mix(fill, c.pal.padding, 0.55) : c.pal.padding;
            p.fillRect(rect, fill);
            if (numbers)
                drawNumber(
                    p, rect, v, decimals, fontPx, inside ? textOn(fill, c.pal) : c.pal.dimText);
        }
    }
    // The padding ring, hatched so it reads as "not the input" even where it copies values.
    const double cw = plane.pitchX, ch = plane.pitchY;
    const QRectF all(plane.origin, QSizeF(plane.cols * cw, plane.rows * ch));
    const QRectF inner(plane.origin.x() + plane.padCol * cw, plane.origin.y() + plane.padRow * ch,
        in.cols * cw, in.rows * ch);
    QPainterPath ring;
    ring.addRect(all);
    ring.addRect(inner);
    ring.setFillRule(Qt::OddEvenFill);
    QColor hatch = c.pal.hatch;
    hatch.setAlpha(110);
    p.fillPath(ring, QBrush(hatch, Qt::BDiagPattern));
    // Grid lines in one call.
    if (plane.cell >= 5) {
        QVector<QLineF> lines;
        lines.reserve((r1 - r0 + c1 - c0 + 2));
        for (int r = r0; r <= r1; ++r)
            lines.append(QLineF(plane.origin.x() + c0 * cw, plane.origin.y() + r * ch,
                plane.origin.x() + c1 * cw, plane.origin.y() + r * ch));
        for (int col = c0; col <= c1; ++col)
            lines.append(QLineF(plane.origin.x() + col * cw, plane.origin.y() + r0 * ch,
                plane.origin.x() + col * cw, plane.origin.y() + r1 * ch));
        p.setPen(QPen(c.pal.grid, gridWidth(c)));
        p.drawLines(lines);
    }
    // The input's border, so the ring's edge is unmistakable.
    p.setPen(QPen(c.pal.text, std::max(1.5, 2 * c.m.f)));
    p.setBrush(Qt::NoBrush);
    p.drawRect(inner);
}

// A grid plane of the input does not change while the window moves: it is painted once into a
// picture (per plane, state and geometry) and copied each frame. Only for raster painters with an
// integer offset, so SVG and PDF exports stay vector and the pixels are the ones painted directly.
struct GridLayer {
    std::weak_ptr<const Tensor> input;
    QByteArray key;
    QPoint at;
    QImage image;
};

bool canCache(const QPainter& p)
{
    const QTransform t = p.deviceTransform();
    return p.paintEngine() && p.paintEngine()->type() == QPaintEngine::Raster
        && t.type() <= QTransform::TxTranslate && t.dx() == std::floor(t.dx())
        && t.dy() == std::floor(t.dy()) && p.device()->devicePixelRatio() == 1.0;
}

void drawInputGrid(Ctx& c, const StagePlane& plane, int decimals)
{
    if (!canCache(c.p)) {
        drawInputGridDirect(c, plane, decimals);
        return;
    }
    // Everything the picture depends on, as bytes.
    QByteArray key;
    {
        const double numbers[] = { plane.origin.x(), plane.origin.y(), plane.cell, plane.pitchX,
            plane.pitchY, plane.clip.x(), plane.clip.y(), plane.clip.width(), plane.clip.height(),
            c.inputScale.low, c.inputScale.high, c.m.f };
        const int ints[] = { plane.channel, plane.rows, plane.cols, plane.padRow, plane.padCol,
            decimals, int(c.options.theme), int(c.options.numbers), int(c.inputScale.diverging),
            int(c.s.window.op), int(c.s.window.mode) };
        key.append(reinterpret_cast<const char*>(numbers), sizeof numbers);
        key.append(reinterpret_cast<const char*>(ints), sizeof ints);
    }
    thread_local std::array<GridLayer, kMaxPlanesShown> layers;
    GridLayer* layer = nullptr;
    for (GridLayer& l : layers)
        if (l.key == key && l.input.lock() == c.s.input)
            layer = &l;
    if (!layer) {
        // Replace the one for this channel's slot (planes are few).
        layer = &layers[static_cast<std::size_t>(plane.channel) % layers.size()];
        const QRectF bounds(plane.origin, QSizeF(plane.cols * plane.pitchX, plane.rows * plane.pitchY));
        const QRect area = bounds.adjusted(-4, -4, 4, 4).intersected(plane.clip).toAlignedRect();
        layer->input = c.s.input;
        layer->key = key;
        layer->at = area.topLeft();
        layer->image = QImage(area.size().expandedTo(QSize(1, 1)), QImage::Format_ARGB32_Premultiplied);
        layer->image.fill(Qt::transparent);
        QPainter q(&layer->image);
        q.translate(-area.topLeft());
        q.setBrushOrigin(QPointF(0, 0));
        q.setClipRect(plane.clip);
        q.setRenderHints(c.p.renderHints());
        Ctx cc { q, c.s, c.options, c.l, c.pal, c.m, c.window, c.outputChannel, c.inputScale,
            c.kernelScale, c.outputScale };
        drawInputGridDirect(cc, plane, decimals);
    }
    c.p.drawImage(layer->at, layer->image);
}

// The window on a plane: each tap outlined in the highlight colour, the cells dilation skips
// veiled and crossed out, the window's extent dashed.
void drawWindow(Ctx& c, const StagePlane& plane, bool fillTaps)
{
    QPainter& p = c.p;
    const SlidingPlan& plan = c.s.plan;
    const WindowGeometry& w = c.window;
    const double cell = plane.cell;
    const int er = plan.spatialDims == 1 ? 1 : w.extent[0];
    const int ec = w.extent[static_cast<std::size_t>(plan.spatialDims - 1)];
    QRectF extent(plane.cellRect(rowOf(plan, w.origin), colOf(plan, w.origin)).topLeft(),
        QSizeF(ec * plane.pitchX, er * plane.pitchY));
    const double pen = std::max(2.0, 4 * c.m.f);
    if (extent.width() < 12) // a tiny window on a big photo: keep it visible
        extent = QRectF(extent.center() - QPointF(6, 6), QSizeF(12, 12));
    QColor veil = c.pal.background;
    veil.setAlpha(185);
    if (cell >= 3) {
        for (const Dims& d : w.skipped) {
            const QRectF r = plane.cellRect(rowOf(plan, d), colOf(plan, d));
            p.fillRect(r, veil);
            if (cell >= 14) {
                p.setPen(QPen(c.pal.dimText, std::max(1.0, cell / 18)));
                const QRectF x = r.adjusted(cell * 0.3, cell * 0.3, -cell * 0.3, -cell * 0.3);
                p.drawLine(x.topLeft(), x.bottomRight());
                p.drawLine(x.topRight(), x.bottomLeft());
            }
        }
        QColor tint = c.pal.highlight;
        tint.setAlpha(fillTaps ? 70 : 0);
        for (const Tap& t : w.taps) {
            if (t.beyondPadding)
                continue;
            const QRectF r = plane.cellRect(rowOf(plan, t.padded), colOf(plan, t.padded));
            if (fillTaps)
                p.fillRect(r, tint);
            if (!w.skipped.empty() && cell >= 6) {
                p.setPen(QPen(c.pal.highlight, std::max(1.5, pen * 0.6)));
                p.setBrush(Qt::NoBrush);
                p.drawRect(r.adjusted(pen * 0.3, pen * 0.3, -pen * 0.3, -pen * 0.3));
            }
        }
    }
    QPen outline(c.pal.highlight, pen);
    outline.setJoinStyle(Qt::MiterJoin);
    if (!w.skipped.empty())
        outline.setStyle(Qt::DashLine);
    p.setPen(outline);
    p.setBrush(Qt::NoBrush);
    p.drawRect(extent);
}

void drawHover(Ctx& c, const StagePlane& plane)
{
    if (!c.options.hover || c.options.hover->panel != plane.panel
        || c.options.hover->channel != plane.channel)
        return;
    const int r = rowOf(c.s.plan, c.options.hover->index) + plane.padRow;
    const int col = colOf(c.s.plan, c.options.hover->index) + plane.padCol;
    QPen pen(c.pal.text, std::max(2.0, 3 * c.m.f), Qt::DotLine);
    c.p.setPen(pen);
    c.p.setBrush(Qt::NoBrush);
    c.p.drawRect(plane.cellRect(r, col).adjusted(-1, -1, 1, 1));
}

PictureCache& photoCache()
{
    thread_local PictureCache cache;
    return cache;
}

PictureCache& outputCache()
{
    thread_local PictureCache cache;
    return cache;
}

// A photo: the pixels (cached per state), the padding ring tinted — with the copied pixels once
// they are large enough to see — and the values when zoomed in far enough.
void drawInputPhoto(Ctx& c, const StagePlane& plane)
{
    QPainter& p = c.p;
    const PlaneShape in = inputShapeOf(c.s.plan);
    const QImage picture = !c.s.inputPicture.isNull() ? c.s.inputPicture
                                                      : cachedPicture(photoCache(), c.s.input, 0, true);
    const double cell = plane.cell;
    const QRectF all(plane.origin, QSizeF(plane.cols * cell, plane.rows * cell));
    const QRectF inner(plane.origin.x() + plane.padCol * cell,
        plane.origin.y() + plane.padRow * cell, in.cols * cell, in.rows * cell);
    p.fillRect(all.intersected(plane.clip), c.pal.padding);
    const QRectF visible = inner.intersected(plane.clip);
    if (cell < 2 && inner == visible) {
        const QRect target = inner.toAlignedRect();
        p.drawImage(target.topLeft(), scaledPicture(scaledInputCache(), picture, target.size()));
    } else if (!visible.isEmpty()) {
        // Only the visible source pixels, so a far zoom does not scale the whole photo.
        const QRectF source((visible.left() - inner.left()) / cell,
            (visible.top() - inner.top()) / cell, visible.width() / cell, visible.height() / cell);
        const QRect sourcePx = source.toAlignedRect().intersected(picture.rect());
        const QRectF target(inner.left() + sourcePx.left() * cell,
            inner.top() + sourcePx.top() * cell, sourcePx.width() * cell, sourcePx.height() * cell);
        p.drawImage(target, picture, sourcePx);
    }
    const bool rgb = c.s.input->channels() == 3;
    if (cell >= 6) {
        // Per-cell work only for the cells on screen.
        const int r0 = std::max(0, static_cast<int>((plane.clip.top() - plane.origin.y()) / cell));
        const int r1 = std::min(plane.rows,
            static_cast<int>(std::ceil((plane.clip.bottom() - plane.origin.y()) / cell)));
        const int c0 = std::max(0, static_cast<int>((plane.clip.left() - plane.origin.x()) / cell));
        const int c1 = std::min(plane.cols,
            static_cast<int>(std::ceil((plane.clip.right() - plane.origin.x()) / cell)));
        const bool numbers = c.options.numbers && cell >= (rgb ? 64 : 28) * c.m.f;
        const double fontPx = rgb ? std::min(cell * 0.24, 22.0) : numberFont(cell);
        for (int r = r0; r < r1; ++r)
            for (int col = c0; col < c1; ++col) {
                const int ir = r - plane.padRow, ic = col - plane.padCol;
                const bool inside = ir >= 0 && ir < in.rows && ic >= 0 && ic < in.cols;
                const QRectF rect = plane.cellRect(r, col);
                QColor fill;
                bool copied = true;
                std::array<double, 3> v {};
                for (int ch = 0; ch < (rgb ? 3 : 1); ++ch)
                    v[static_cast<std::size_t>(ch)] = inside ? inputValue(c.s, ch, ir, ic)
                                                             : paddedValue(c.s, ch, ir, ic, copied);
                if (!inside) {
                    fill = copied
                        ? mix(rgb ? QColor::fromRgbF(float(v[0]), float(v[1]), float(v[2]))
                                  : QColor::fromRgbF(float(v[0]), float(v[0]), float(v[0])),
                            c.pal.padding, 0.45)
                        : c.pal.padding;
                    p.fillRect(rect, fill);
                } else {
                    fill = picture.pixelColor(ic, ir);
                }
                if (!numbers)
                    continue;
                const QColor ink = inside ? textOn(fill, c.pal) : c.pal.dimText;
                if (rgb) {
                    for (int ch = 0; ch < 3; ++ch) {
                        const QRectF line(rect.left(),
                            rect.top() + rect.height() * (0.12 + 0.26 * ch), rect.width(),
                            rect.height() * 0.26);
                        drawNumber(p, line, v[static_cast<std::size_t>(ch)], 2, fontPx, ink);
                    }
                } else {
                    drawNumber(p, rect, v[0], 2, fontPx, ink);
                }
            }
        if (cell >= 10) {
            p.setPen(QPen(c.pal.grid, gridWidth(c)));
            QVector<QLineF> lines;
            for (int r = r0; r <= r1; ++r)
                lines.append(QLineF(plane.origin.x() + c0 * cell, plane.origin.y() + r * cell,
                    plane.origin.x() + c1 * cell, plane.origin.y() + r * cell));
            for (int col = c0; col <= c1; ++col)
                lines.append(QLineF(plane.origin.x() + col * cell, plane.origin.y() + r0 * cell,
                    plane.origin.x() + col * cell, plane.origin.y() + r1 * cell));
            p.drawLines(lines);
        }
    }
    QPainterPath ring;
    ring.addRect(all);
    ring.addRect(inner);
    ring.setFillRule(Qt::OddEvenFill);
    QColor hatch = c.pal.hatch;
    hatch.setAlpha(120);
    p.fillPath(ring, QBrush(hatch, Qt::BDiagPattern));
    p.setPen(QPen(c.pal.text, std::max(1.0, 1.5 * c.m.f)));
    p.setBrush(Qt::NoBrush);
    p.drawRect(inner);
}

// A small grid of values (a kernel slice, or the window's cells of one channel).
struct MiniGrid {
    int rows = 1;
    int cols = 1;
    std::vector<double> values;
    std::vector<char> padding; // per cell: drawn as padding
    std::vector<char> skipped; // per cell: skipped by dilation
    ValueScale scale;
};

void drawMiniGrid(Ctx& c, const QRectF& box, const MiniGrid& g, int decimals, bool outlineHighlight)
{
    QPainter& p = c.p;
    const double cell = std::min(box.width() / g.cols, box.height() / g.rows);
    const QPointF origin(
        box.center().x() - g.cols * cell / 2, box.center().y() - g.rows * cell / 2);
    const double fontPx = std::min(cell * 0.34, 26 * c.m.f);
    QColor veil = c.pal.background;
    veil.setAlpha(190);
    for (int r = 0; r < g.rows; ++r)
        for (int col = 0; col < g.cols; ++col) {
            const std::size_t i = static_cast<std::size_t>(r * g.cols + col);
            const QRectF rect(origin.x() + col * cell, origin.y() + r * cell, cell, cell);
            QColor fill = valueColor(g.values[i], g.scale, c.pal);
            if (!g.padding.empty() && g.padding[i])
                fill = mix(fill, c.pal.padding, 0.55);
            p.fillRect(rect, fill);
            if (!g.padding.empty() && g.padding[i]) {
                QColor hatch = c.pal.hatch;
                hatch.setAlpha(110);
                p.fillRect(rect, QBrush(hatch, Qt::BDiagPattern));
            }
            if (!g.skipped.empty() && g.skipped[i]) {
                p.fillRect(rect, veil);
                continue;
            }
            if (c.options.numbers)
                drawNumber(p, rect, g.values[i], decimals, fontPx, textOn(fill, c.pal));
        }
    p.setPen(QPen(c.pal.grid, gridWidth(c)));
    // All grid lines in one call (a 9x9 window and its kernel slices have 120 lines a frame).
    QVarLengthArray<QLineF, 64> lines;
    for (int r = 0; r <= g.rows; ++r)
        lines.append(QLineF(QPointF(origin.x(), origin.y() + r * cell),
            QPointF(origin.x() + g.cols * cell, origin.y() + r * cell)));
    for (int col = 0; col <= g.cols; ++col)
        lines.append(QLineF(QPointF(origin.x() + col * cell, origin.y()),
            QPointF(origin.x() + col * cell, origin.y() + g.rows * cell)));
    p.drawLines(lines.constData(), static_cast<int>(lines.size()));
    p.setPen(QPen(outlineHighlight ? c.pal.highlight : c.pal.text,
        std::max(2.0, (outlineHighlight ? 4 : 2) * c.m.f)));
    p.setBrush(Qt::NoBrush);
    p.drawRect(QRectF(origin, QSizeF(g.cols * cell, g.rows * cell)));
}

// The kernel slice that multiplies one input channel, as applied (flipped for true convolution).
MiniGrid kernelSlice(Ctx& c, int slice)
{
    const Tensor& w = *c.s.weight;
    const int n = c.s.plan.spatialDims;
    MiniGrid g;
    g.rows = n == 1 ? 1 : w.dim(2);
    g.cols = w.dim(n + 1);
    g.scale = c.kernelScale;
    const std::int64_t base
        = (static_cast<std::int64_t>(c.outputChannel) * w.dim(1) + slice) * g.rows * g.cols;
    for (int r = 0; r < g.rows; ++r)
        for (int col = 0; col < g.cols; ++col) {
            const int sr = c.s.scene.layer.flip ? g.rows - 1 - r : r;
            const int sc = c.s.scene.layer.flip ? g.cols - 1 - col : col;
            g.values.push_back(w[base + sr * g.cols + sc]);
        }
    return g;
}

int kernelDecimals(const Tensor& w)
{
    return decimalsFor(w.data(), w.numel());
}

QString kernelCaption(Ctx& c)
{
    const QString flip = c.s.scene.layer.flip ? tr(" — flipped 180°") : QString();
    if (c.s.window.op != WindowOp::Conv)
        return tr("window");
    return tr("kernel u") + flip;
}

// The channel's colour chip: R, G, B in their colours, other channels neutral.
QColor channelColor(const Ctx& c, int channel)
{
    const QString label = channelLabel(c.s, channel);
    if (label == QLatin1String("R"))
        return QColor(0xd6, 0x27, 0x28);
    if (label == QLatin1String("G"))
        return QColor(0x2c, 0xa0, 0x2c);
    if (label == QLatin1String("B"))
        return QColor(0x1f, 0x77, 0xb4);
    return c.pal.dimText;
}

void drawChip(Ctx& c, const QRectF& r, const QString& label, const QColor& color)
{
    c.p.setPen(Qt::NoPen);
    c.p.setBrush(color);
    c.p.drawRoundedRect(r, r.height() * 0.25, r.height() * 0.25);
    c.p.setPen(QColor(0xff, 0xff, 0xff));
    drawTextLine(c.p, r, Qt::AlignHCenter, label, fontOf(r.height() * 0.55, true));
}

// Middle column for grids: the kernel slices, each beside the input plane it multiplies.
void drawKernelColumn(Ctx& c, const StepArithmetic& a)
{
    const QRectF panel = c.l.kernelPanel;
    drawCaption(c, panel, kernelCaption(c), Qt::AlignHCenter);
    if (c.s.window.op != WindowOp::Conv || !c.s.weight) {
        // Pooling: the operation in big type instead of a kernel.
        c.p.setFont(fontOf(40 * c.m.f, true));
        c.p.setPen(c.pal.highlight);
        const QString name = c.s.window.op == WindowOp::MaxPool ? tr("max")
            : c.s.window.op == WindowOp::AvgPool                ? tr("avg")
                                                                : tr("sum");
        c.p.drawText(panel, Qt::AlignCenter, name + QStringLiteral(" →"));
        return;
    }
    const int decimals = kernelDecimals(*c.s.weight);
    const std::vector<int> read = channelsRead(c.s, c.outputChannel);
    for (std::size_t i = 0; i < c.l.inputPlanes.size(); ++i) {
        const StagePlane& plane = c.l.inputPlanes[i];
        const double top = plane.origin.y() + std::max(0.0, -0.0);
        const double height = plane.rows * plane.pitchY;
        const MiniGrid g = kernelSlice(c, static_cast<int>(i));
        QRectF box(panel.left() + 30 * c.m.f, std::max(panel.top() + c.m.captionHeight, top),
            panel.width() - 30 * c.m.f, std::min(height, panel.bottom() - top));
        const double cell = std::min({ box.width() / g.cols, box.height() / g.rows, 80.0 * c.m.f });
        box = QRectF(box.center().x() - g.cols * cell / 2, box.center().y() - g.rows * cell / 2,
            g.cols * cell, g.rows * cell);
        drawMiniGrid(c, box, g, decimals, false);
        if (read.size() > 1) {
            const QRectF chip(panel.left(), box.center().y() - 14 * c.m.f, 34 * c.m.f, 28 * c.m.f);
            drawChip(c, chip, channelLabel(c.s, read[i]), channelColor(c, read[i]));
        }
        Q_UNUSED(a);
    }
    if (read.size() > c.l.inputPlanes.size()) {
        c.p.setFont(fontOf(c.m.caption));
        c.p.setPen(c.pal.dimText);
        c.p.drawText(QRectF(panel.left(), panel.bottom() - c.m.captionHeight, panel.width(),
                         c.m.captionHeight),
            Qt::AlignCenter, tr("+ %1 more slices").arg(read.size() - c.l.inputPlanes.size()));
    }
}

// Middle column for photos: per channel, the window's cells magnified with their values, the
// kernel slice, and what the pair adds up to.
QRectF drawPhotoDetail(Ctx& c, const StepArithmetic& a)
{
    QRectF windows;
    const QRectF panel = c.l.kernelPanel;
    const bool conv = c.s.window.op == WindowOp::Conv && c.s.weight;
    drawCaption(
        c, panel, conv ? tr("window x · ") + kernelCaption(c) : tr("window x"), Qt::AlignHCenter);
    const std::vector<int> read = channelsRead(c.s, c.outputChannel);
    const int shown = std::min<int>(static_cast<int>(read.size()), kMaxPlanesShown);
    const SlidingPlan& plan = c.s.plan;
    const int er = plan.spatialDims == 1 ? 1 : c.window.extent[0];
    const int ec = c.window.extent[static_cast<std::size_t>(plan.spatialDims - 1)];
    const double rowH = (panel.height() - c.m.captionHeight) / shown;
    const double chipW = 34 * c.m.f;
    const double gridsW = panel.width() - chipW - 8 * c.m.f;
    const int decimals = conv ? kernelDecimals(*c.s.weight) : 0;
    for (int i = 0; i < shown; ++i) {
        const int ch = read[static_cast<std::size_t>(i)];
        const QRectF row(
            panel.left(), panel.top() + c.m.captionHeight + i * rowH, panel.width(), rowH);
        drawChip(c, QRectF(row.left(), row.center().y() - 14 * c.m.f, chipW, 28 * c.m.f),
            channelLabel(c.s, ch), channelColor(c, ch));
        MiniGrid x;
        x.rows = er;
        x.cols = ec;
        x.scale = { 0, 1, false };
        x.values.assign(static_cast<std::size_t>(er * ec), 0.0);
        x.padding.assign(x.values.size(), 0);
        x.skipped.assign(x.values.size(), 1);
        const int orow = rowOf(plan, c.window.origin), ocol = colOf(plan, c.window.origin);
        for (const Tap& t : c.window.taps) {
            const std::size_t k = static_cast<std::size_t>(
                (rowOf(plan, t.padded) - orow) * ec + colOf(plan, t.padded) - ocol);
            bool copied = false;
            const int ir = rowOf(plan, t.input), ic = colOf(plan, t.input);
            x.values[k]
                = t.inPadding ? paddedValue(c.s, ch, ir, ic, copied) : inputValue(c.s, ch, ir, ic);
            x.padding[k] = t.inPadding;
            x.skipped[k] = 0;
        }
        const double dotW = 26 * c.m.f;
        const int kc = conv ? c.s.weight->dim(plan.spatialDims + 1) : 0;
        const double xcell = std::min(
            { rowH * 0.86 / er, (gridsW - (conv ? dotW : 0)) / (ec + kc), 72.0 * c.m.f });
        const QRectF xbox(row.left() + chipW + 8 * c.m.f, row.center().y() - er * xcell / 2,
            ec * xcell, er * xcell);
        drawMiniGrid(c, xbox, x, 2, true);
        windows = windows.isNull() ? xbox : windows.united(xbox);
        if (!conv)
            continue;
        const MiniGrid u = kernelSlice(c, i);
        const double ucell = xcell;
        const QRectF ubox(xbox.right() + dotW, row.center().y() - u.rows * ucell / 2,
            u.cols * ucell, u.rows * ucell);
        c.p.setFont(fontOf(30 * c.m.f, true));
        c.p.setPen(c.pal.text);
        c.p.drawText(QRectF(xbox.right(), row.top(), dotW, row.height()), Qt::AlignCenter,
            QStringLiteral("·"));
        drawMiniGrid(c, ubox, u, decimals, false);
        Q_UNUSED(a);
    }
    return windows;
}

// Two lines from the window on the photo to its magnified cells, as a magnifier's inset.
void drawLeaders(Ctx& c, const StagePlane& plane, const QRectF& detail)
{
    const SlidingPlan& plan = c.s.plan;
    const int er = plan.spatialDims == 1 ? 1 : c.window.extent[0];
    const int ec = c.window.extent[static_cast<std::size_t>(plan.spatialDims - 1)];
    QRectF extent(
        plane.cellRect(rowOf(plan, c.window.origin), colOf(plan, c.window.origin)).topLeft(),
        QSizeF(ec * plane.pitchX, er * plane.pitchY));
    if (extent.width() < 12)
        extent = QRectF(extent.center() - QPointF(6, 6), QSizeF(12, 12));
    if (detail.isNull() || !plane.clip.intersects(extent))
        return;
    QColor color = c.pal.highlight;
    color.setAlpha(150);
    c.p.setRenderHint(QPainter::Antialiasing, true);
    c.p.setPen(QPen(color, std::max(1.5, 2 * c.m.f)));
    c.p.drawLine(extent.topRight(), detail.topLeft());
    c.p.drawLine(extent.bottomRight(), detail.bottomLeft());
    c.p.setRenderHint(QPainter::Antialiasing, false);
}

// The output plane filling in: cells before the step hold their values, the current one is
// highlighted, the rest wait as empty cells.
void drawOutputGrid(Ctx& c, const StagePlane& plane, int step, const StepArithmetic& a)
{
    QPainter& p = c.p;
    const PlaneShape out = outputShapeOf(c.s.plan);
    const bool numbers = c.options.numbers && plane.cell >= 16;
    const double fontPx = numberFont(plane.cell);
    const Tensor* values = c.s.activated.get();
    const int decimals
        = values ? std::max(decimalsFor(values->plane(plane.channel), values->planeSize()), 0) : 0;
    const int current = c.window.step;
    for (int r = 0; r < plane.rows; ++r)
        for (int col = 0; col < plane.cols; ++col) {
            const QRectF rect = plane.cellRect(r, col);
            const int cellStep = r * out.cols + col;
            if (cellStep > current || !values) {
                p.fillRect(rect, c.pal.empty);
                continue;
            }
            const double v
                = (*values)[(static_cast<std::int64_t>(plane.channel) * out.rows + r) * out.cols
                    + col];
            const QColor fill = valueColor(v, c.outputScale, c.pal);
            p.fillRect(rect, fill);
            if (numbers)
                drawNumber(p, rect, v, decimals, fontPx, textOn(fill, c.pal), cellStep == current);
        }
    if (plane.cell >= 5) {
        p.setPen(QPen(c.pal.grid, gridWidth(c)));
        p.setBrush(Qt::NoBrush);
        QVector<QLineF> lines;
        if (plane.pitchX == plane.cell) {
            for (int r = 0; r <= plane.rows; ++r)
                lines.append(QLineF(plane.origin.x(), plane.origin.y() + r * plane.cell,
                    plane.origin.x() + plane.cols * plane.cell, plane.origin.y() + r * plane.cell));
            for (int col = 0; col <= plane.cols; ++col)
                lines.append(QLineF(plane.origin.x() + col * plane.cell, plane.origin.y(),
                    plane.origin.x() + col * plane.cell,
                    plane.origin.y() + plane.rows * plane.cell));
            p.drawLines(lines);
        } else {
            for (int col = 0; col < plane.cols; ++col)
                p.drawRect(plane.cellRect(0, col));
        }
    }
    const QRectF cur = plane.cellRect(
        rowOf(c.s.plan, c.window.outputIndex), colOf(c.s.plan, c.window.outputIndex));
    const double pen = std::max(2.0, 4 * c.m.f);
    QColor tint = c.pal.highlight;
    p.fillRect(cur, tint);
    if (values && numbers)
        drawNumber(p, cur, a.valid ? a.activated : 0.0,
            decimals == 0 && a.activated != std::floor(a.activated) ? 2 : decimals, fontPx,
            textOn(tint, c.pal), true);
    p.setPen(QPen(c.pal.highlight.darker(130), pen * 0.5));
    p.setBrush(Qt::NoBrush);
    p.drawRect(cur);
    Q_UNUSED(step);
}

void drawOutputPhoto(Ctx& c, const StagePlane& plane)
{
    QPainter& p = c.p;
    const PlaneShape out = outputShapeOf(c.s.plan);
    const QRectF all(plane.origin, QSizeF(out.cols * plane.cell, out.rows * plane.cell));
    p.fillRect(all, c.pal.empty);
    if (c.s.activated) {
        const auto& prepared = c.s.outputPictures.images;
        const QImage picture = plane.channel < static_cast<int>(prepared.size())
            ? prepared[static_cast<std::size_t>(plane.channel)]
            : cachedPicture(outputCache(), c.s.activated, plane.channel, false);
        const int current = c.window.step;
        const int doneRows = current / out.cols;
        const int partial = current % out.cols + 1;
        // The picture at its shown size, then the finished rows and the current row's start of it.
        const QRect target = all.toAlignedRect();
        const QImage& shown
            = plane.cell < 2 ? scaledPicture(scaledOutputCache(), picture, target.size()) : picture;
        const double sx = double(shown.width()) / out.cols, sy = double(shown.height()) / out.rows;
        const int doneY = static_cast<int>(std::lround(doneRows * sy));
        const int rowEnd = static_cast<int>(std::lround((doneRows + 1) * sy));
        const int partialX = static_cast<int>(std::lround(partial * sx));
        const double scaleX = all.width() / shown.width(), scaleY = all.height() / shown.height();
        if (doneY > 0)
            p.drawImage(QRectF(all.left(), all.top(), all.width(), doneY * scaleY), shown,
                QRectF(0, 0, shown.width(), doneY));
        if (doneRows < out.rows && rowEnd > doneY)
            p.drawImage(QRectF(all.left(), all.top() + doneY * scaleY, partialX * scaleX,
                            (rowEnd - doneY) * scaleY),
                shown, QRectF(0, doneY, partialX, rowEnd - doneY));
    }
    p.setPen(QPen(c.pal.text, std::max(1.0, 1.5 * c.m.f)));
    p.setBrush(Qt::NoBrush);
    p.drawRect(all);
    QRectF cur = plane.cellRect(
        rowOf(c.s.plan, c.window.outputIndex), colOf(c.s.plan, c.window.outputIndex));
    if (cur.width() < 12)
        cur = QRectF(cur.center() - QPointF(6, 6), QSizeF(12, 12));
    p.setPen(QPen(c.pal.highlight, std::max(2.0, 4 * c.m.f)));
    p.drawRect(cur);
}

// The channels: C inputs on the left, D outputs on the right, a line for every input an output
// reads (so groups show as separate bundles); the current output and its lines highlighted.
void drawChannelsDirect(Ctx& c)
{
    const QRectF panel = c.l.channelsPanel;
    if (panel.isEmpty())
        return;
    const int groups = c.s.window.op == WindowOp::Conv ? std::max(1, c.s.scene.layer.groups)
                                                       : c.s.plan.inChannels;
    drawCaption(c, panel,
        groups > 1 && c.s.window.op == WindowOp::Conv ? tr("channels, %1 groups").arg(groups)
                                                      : tr("channels"),
        Qt::AlignHCenter);
    const int inC = c.s.plan.inChannels, outC = c.s.plan.outChannels;
    const QRectF area = panel.adjusted(0, c.m.captionHeight + 6 * c.m.f, 0, 0);
    const double box = std::min(44.0 * c.m.f, area.height() / (std::max(inC, outC) * 1.3));
    auto slot = [&](int i, int n, bool right) {
        const double step = std::min(box * 1.5, area.height() / n);
        const double top = area.top() + (area.height() - n * step) / 2 + (step - box) / 2;
        const double x = right ? area.right() - box * 1.6 : area.left();
        return QRectF(x, top + i * step, box * 1.6, box);
    };
    const std::vector<int> read = channelsRead(c.s, c.outputChannel);
    QVector<QLineF> plain, lit;
    const int perIn = c.s.window.op == WindowOp::Conv ? inC / groups : 1;
    const int perOut = c.s.window.op == WindowOp::Conv ? std::max(1, outC / groups) : 1;
    for (int o = 0; o < outC; ++o) {
        const int g = o / perOut;
        for (int k = 0; k < perIn; ++k) {
            const int ic = g * perIn + k;
            const QLineF line(slot(ic, inC, false).center() + QPointF(box * 0.8, 0),
                slot(o, outC, true).center() - QPointF(box * 0.8, 0));
            (o == c.outputChannel ? lit : plain).append(line);
        }
    }
    c.p.setRenderHint(QPainter::Antialiasing, true);
    c.p.setPen(QPen(c.pal.grid, std::max(1.0, 1.5 * c.m.f)));
    c.p.drawLines(plain);
    c.p.setPen(QPen(c.pal.highlight, std::max(2.0, 3.5 * c.m.f)));
    c.p.drawLines(lit);
    for (int i = 0; i < inC; ++i) {
        const bool used = std::find(read.begin(), read.end(), i) != read.end();
        QColor col = channelColor(c, i);
        if (!used)
            col = mix(col, c.pal.background, 0.55);
        drawChip(c, slot(i, inC, false), channelLabel(c.s, i), col);
    }
    for (int o = 0; o < outC; ++o) {
        const QRectF r = slot(o, outC, true);
        drawChip(c, r, QStringLiteral("y%1").arg(o),
            o == c.outputChannel ? c.pal.highlight : c.pal.dimText);
    }
    c.p.setRenderHint(QPainter::Antialiasing, false);
}

// The channels panel drawn once into a picture and then copied: it stays the same while the
// animation runs and while kernel size, stride, padding or dilation change, and its dozens of
// antialiased lines (16 outputs x 3 inputs) cost more than a millisecond a frame, with the raster
// engine handing the spans of long strokes to helper threads and waiting for them.
struct ChannelsCache {
    QString key;
    QImage image;
    QPoint origin;
};

void drawChannels(Ctx& c)
{
    const QRectF panel = c.l.channelsPanel;
    if (panel.isEmpty())
        return;
    const QTransform& world = c.p.worldTransform();
    const double dpr = c.p.device() ? c.p.device()->devicePixelRatio() : 1.0;
    const bool translationOnly = world.type() <= QTransform::TxTranslate && world.dx() == std::floor(world.dx())
        && world.dy() == std::floor(world.dy());
    if (!translationOnly || dpr != std::floor(dpr) || dpr < 1.0) {
        drawChannelsDirect(c);
        return;
    }
    // Everything the panel shows, as text: a change to any of it draws the panel again.
    const int inC = c.s.plan.inChannels, outC = c.s.plan.outChannels;
    QString key;
    QTextStream k(&key);
    k << panel.x() << ',' << panel.y() << ',' << panel.width() << ',' << panel.height() << ';' << dpr << ';'
      << c.m.f << ',' << c.m.caption << ',' << c.m.captionHeight << ';' << inC << ',' << outC << ','
      << c.s.scene.layer.groups << ',' << static_cast<int>(c.s.window.op) << ',' << c.outputChannel << ';'
      << c.pal.grid.rgba() << ',' << c.pal.highlight.rgba() << ',' << c.pal.dimText.rgba() << ','
      << c.pal.background.rgba() << ',' << c.pal.text.rgba() << ';';
    for (const int r : channelsRead(c.s, c.outputChannel))
        k << r << ',';
    for (int i = 0; i < inC; ++i)
        k << ';' << channelLabel(c.s, i) << ':' << channelColor(c, i).rgba();
    k << u';' << tr("channels"); // the language may change while the window is open
    k.flush();
    thread_local ChannelsCache cache;
    if (cache.key != key || cache.image.isNull()) {
        // A margin for antialiased edges; whole pixels, so the copy lands exactly where the
        // strokes would.
        const QRect area = panel.toAlignedRect().adjusted(-2, -2, 2, 2);
        QImage image(area.size() * static_cast<int>(dpr), QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(dpr);
        image.fill(Qt::transparent);
        {
            QPainter ip(&image);
            ip.setRenderHint(QPainter::Antialiasing, false);
            ip.setRenderHint(QPainter::TextAntialiasing, true);
            ip.translate(-area.topLeft());
            Ctx offscreen { ip, c.s, c.options, c.l, c.pal, c.m, c.window, c.outputChannel, c.inputScale,
                c.kernelScale, c.outputScale };
            drawChannelsDirect(offscreen);
        }
        cache.key = key;
        cache.image = std::move(image);
        cache.origin = area.topLeft();
    }
    c.p.drawImage(cache.origin, cache.image);
}

// One line of the arithmetic, shrunk (fewer terms) until it fits.
void drawArithmetic(Ctx& c, int step, const StepArithmetic& full)
{
    const QRectF box = c.l.arithmetic;
    QPainter& p = c.p;
    p.setPen(Qt::NoPen);
    p.setBrush(c.pal.panel);
    p.drawRoundedRect(box, 10 * c.m.f, 10 * c.m.f);
    const double pad = 16 * c.m.f;
    const QRectF inner = box.adjusted(pad, pad * 0.6, -pad, -pad * 0.6);
    const QFont stepFont = fontOf(30 * c.m.f);
    const QFont boldFont = fontOf(30 * c.m.f, true);
    const double chipW = 50 * c.m.f;
    const double textW = inner.width() - chipW;

    StepArithmetic a = full;
    for (int terms = ArithmeticOptions {}.maxTerms; terms >= 3; --terms) {
        if (terms != ArithmeticOptions {}.maxTerms) {
            ArithmeticOptions options;
            options.maxTerms = terms;
            a = stepArithmetic(c.s, step, c.outputChannel, options);
        }
        double widest = 0;
        for (const ChannelTerm& t : a.channels)
            widest = std::max(widest, textWidth(t.text, stepFont));
        widest = std::max({ widest, textWidth(a.sum, stepFont), textWidth(a.bias, stepFont) });
        if (widest <= textW)
            break;
    }
    double y = inner.top();
    const double lineH = kStepLine * c.m.f;
    auto line = [&](const QString& text, bool bold, const QColor& color) {
        p.setPen(color);
        drawTextLine(p, QRectF(inner.left() + chipW, y, textW, lineH), Qt::AlignLeft, text,
            bold ? boldFont : stepFont);
        y += lineH;
    };
    if (a.valid) {
        const int shown = std::min<int>(static_cast<int>(a.channels.size()), kMaxPlanesShown);
        for (int i = 0; i < shown; ++i) {
            const ChannelTerm& t = a.channels[static_cast<std::size_t>(i)];
            if (a.channels.size() > 1 || c.s.plan.inChannels > 1)
                drawChip(c, QRectF(inner.left(), y + lineH * 0.15, chipW - 10 * c.m.f, lineH * 0.7),
                    t.label, channelColor(c, t.channel));
            line(t.text, false, c.pal.text);
        }
        if (static_cast<int>(a.channels.size()) > shown)
            line(tr("… and %1 more channels").arg(a.channels.size() - shown), false, c.pal.dimText);
        if (!a.sum.isEmpty())
            line(a.sum, false, c.pal.text);
        if (!a.bias.isEmpty())
            line(a.bias, false, c.pal.text);
        if (!a.activation.isEmpty())
            line(a.activation, true, c.pal.text);
    }
    // The layer's formulas, smaller, in two columns.
    y += 6 * c.m.f;
    p.setPen(QPen(c.pal.grid, gridWidth(c)));
    p.drawLine(QPointF(inner.left(), y), QPointF(inner.right(), y));
    y += 4 * c.m.f;
    const double layerH = kLayerLine * c.m.f;
    QFont layerFont = fontOf(24 * c.m.f);
    p.setPen(c.pal.text);
    QStringList sizes = outputSizeLines(c.s);
    for (QString& size : sizes)
        size.prepend(tr("output "));
    const QStringList right { parameterCountLine(c.s), receptiveFieldLine(c.s) };
    // The columns split where the text needs it, and the type shrinks a little (to 70 %) before
    // a formula loses its result to an ellipsis — large type in presenter mode fills the width.
    auto widest = [](const QFontMetricsF& fm, const QStringList& lines) {
        double w = 0;
        for (const QString& text : lines)
            w = std::max(w, fm.horizontalAdvance(text));
        return w;
    };
    const QFontMetricsF metrics(layerFont);
    double leftW = widest(metrics, sizes), rightW = widest(metrics, right);
    double gap = 24 * c.m.f;
    if (leftW + gap + rightW > inner.width()) {
        const double shrink = std::max(0.7, inner.width() / (leftW + gap + rightW) * 0.99);
        layerFont = fontOf(24 * c.m.f * shrink);
        leftW *= shrink;
        rightW *= shrink;
        gap *= shrink;
    }
    // What does not fit even then: the output-size formula keeps its result, the other column
    // gives way.
    const double half = leftW + gap + rightW <= inner.width()
        ? std::clamp(leftW + gap, inner.width() * 0.3, inner.width() - rightW)
        : std::clamp(leftW + gap, inner.width() * 0.3, inner.width() * 0.7);
    for (int i = 0; i < sizes.size(); ++i)
        drawTextLine(p, QRectF(inner.left(), y + i * layerH, half - 10 * c.m.f, layerH),
            Qt::AlignLeft, sizes.at(i), layerFont);
    for (int i = 0; i < right.size(); ++i)
        drawTextLine(p, QRectF(inner.left() + half, y + i * layerH, inner.width() - half, layerH),
            Qt::AlignLeft, right.at(i), layerFont);
}

void drawHeader(Ctx& c, const QRectF& rect, int step)
{
    QPainter& p = c.p;
    const QRectF h = c.l.header;
    p.fillRect(h, c.pal.panel);
    const double pad = 18 * c.m.f;
    const QRectF inner = h.adjusted(pad, 0, -pad, 0);
    // The parameters in words, and in the lecture's letters for a stage too narrow for words.
    QStringList forms;
    if (c.s.input) {
        const SlidingPlan& plan = c.s.plan;
        QStringList words, letters;
        const auto add = [&](const QString& word, QChar letter, const QString& value) {
            words << word.arg(value);
            letters << QStringLiteral("%1 %2").arg(letter).arg(value);
        };
        add(tr("kernel %1"), u'k', kernelText(plan));
        add(tr("stride %1"), u's', dimsText(plan, &Axis::stride));
        QStringList pads;
        bool symmetric = true;
        for (int i = 0; i < plan.spatialDims; ++i) {
            const Axis& a = plan.axes[static_cast<std::size_t>(i)];
            pads << (a.padBefore == a.padAfter
                    ? QString::number(a.padBefore)
                    : QStringLiteral("%1+%2").arg(a.padBefore).arg(a.padAfter));
            symmetric = symmetric && pads.last() == pads.first();
        }
        add(tr("padding %1"), u'p', symmetric ? pads.first() : pads.join(kTimes));
        if (c.s.window.op == WindowOp::Conv || c.s.window.op == WindowOp::MaxPool)
            add(tr("dilation %1"), u'd', dimsText(plan, &Axis::dilation));
        const QString separator = QStringLiteral("  ·  ");
        const QString op = opName(c.s) + separator;
        forms << op + words.join(separator) << op + letters.join(separator);
    }
    const QFont font = fontOf(24 * c.m.f, true);
    p.setPen(c.pal.text);
    const QString stepText
        = c.s.steps > 0 ? tr("step %1 / %2").arg(c.window.step + 1).arg(c.s.steps) : QString();
    const double stepW = textWidth(stepText, font) + pad;
    const QString title = stageHeaderLine(
        QString::fromStdString(c.s.scene.title), forms, inner.width() - stepW, 160 * c.m.f, font);
    drawTextLine(p, QRectF(inner.left(), inner.top(), inner.width() - stepW, inner.height()),
        Qt::AlignLeft, title, font);
    p.setPen(c.pal.highlight);
    drawTextLine(p, inner, Qt::AlignRight, stepText, font);
    Q_UNUSED(rect);
    Q_UNUSED(step);
}

void drawBanner(Ctx& c, const QRectF& rect)
{
    if (c.options.problem.isEmpty())
        return;
    QPainter& p = c.p;
    QColor veil = c.pal.background;
    veil.setAlpha(150);
    const QRectF below = rect.adjusted(0, c.l.header.height(), 0, 0);
    p.fillRect(below, veil);
    const double pad = 22 * c.m.f;
    const double width = std::min(rect.width() - 4 * pad, 1200 * c.m.f);
    const QFont title = fontOf(30 * c.m.f, true);
    const QFont body = fontOf(26 * c.m.f);
    const QString heading = tr("This setting is impossible");
    const QString note = tr("The picture shows the last possible setting.");
    const QRectF textBox(0, 0, width - 2 * pad, 10000);
    const QRectF bodyRect
        = QFontMetricsF(body).boundingRect(textBox, Qt::TextWordWrap, c.options.problem);
    const double height = pad * 2 + 44 * c.m.f + bodyRect.height() + 14 * c.m.f + 34 * c.m.f;
    const QRectF banner(rect.center().x() - width / 2,
        below.top() + below.height() * 0.28 - height / 2, width, height);
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setPen(Qt::NoPen);
    p.setBrush(c.pal.banner);
    p.drawRoundedRect(banner, 14 * c.m.f, 14 * c.m.f);
    p.setRenderHint(QPainter::Antialiasing, false);
    p.setPen(c.pal.bannerText);
    p.setFont(title);
    const QRectF in = banner.adjusted(pad, pad, -pad, -pad);
    p.drawText(QRectF(in.left(), in.top(), in.width(), 44 * c.m.f),
        Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("⚠  ") + heading);
    p.setFont(body);
    p.drawText(QRectF(in.left(), in.top() + 44 * c.m.f, in.width(), bodyRect.height()),
        Qt::TextWordWrap, c.options.problem);
    p.setFont(fontOf(22 * c.m.f));
    p.drawText(QRectF(in.left(), in.bottom() - 34 * c.m.f, in.width(), 34 * c.m.f),
        Qt::AlignLeft | Qt::AlignVCenter, note);
}

} // namespace

void paintStage(QPainter& painter, const QRectF& rect, const PlaygroundState& state, int step,
    const StageOptions& options)
{
    const StageLayout layout = stageLayout(rect, state, step, options);
    Ctx c { painter, state, options, layout, paletteFor(options.theme), metricsFor(rect, options),
        {}, 0, {}, {}, {} };
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    painter.fillRect(rect, c.pal.background);
    if (!state.input || state.steps <= 0) {
        drawHeader(c, rect, step);
        painter.setFont(fontOf(28 * c.m.f));
        painter.setPen(c.pal.dimText);
        painter.drawText(layout.picture, Qt::AlignCenter, tr("No picture yet"));
        drawBanner(c, rect);
        painter.restore();
        return;
    }
    c.window = windowAt(state.window, step);
    c.outputChannel = std::clamp(options.outputChannel, 0, state.plan.outChannels - 1);
    c.inputScale = scaleOf(state.inputRange, false);
    if (state.weight)
        c.kernelScale = scaleOf(state.weightRange, true);
    if (state.activated)
        c.outputScale = scaleOf(state.outputRange, false);
    const StepArithmetic arithmetic = stepArithmetic(state, c.window.step, c.outputChannel);

    drawHeader(c, rect, step);
    const PlaneShape in = inputShapeOf(state.plan);
    const PlaneShape out = outputShapeOf(state.plan);
    const Axis& ra = rowAxis(state.plan);
    const Axis& ca = colAxis(state.plan);
    const QString padText = ra.padBefore + ra.padAfter + ca.padBefore + ca.padAfter > 0
        ? tr(", padding (%1)").arg(paddingModeName(state))
        : QString();
    drawCaption(c, layout.inputPanel,
        tr("input %1").arg(sizeText(in, state.plan.spatialDims)) + padText
            + (state.plan.inChannels > 1 && !layout.photo
                    ? tr(" — %1 channels").arg(state.plan.inChannels) // more than one
                    : QString()));

    const int inputDecimals = decimalsFor(state.input->data(), state.input->numel());
    for (const StagePlane& plane : layout.inputPlanes) {
        painter.save();
        painter.setClipRect(plane.clip.adjusted(0, c.m.captionHeight, 0, 0));
        if (layout.photo && !layout.oneDimensional)
            drawInputPhoto(c, plane);
        else
            drawInputGrid(c, plane, inputDecimals);
        drawWindow(c, plane, false);
        drawHover(c, plane);
        painter.restore();
        if (layout.inputPlanes.size() > 1 && !layout.oneDimensional) {
            const QRectF chip(
                plane.origin.x() - 44 * c.m.f, plane.origin.y(), 36 * c.m.f, 28 * c.m.f);
            if (chip.left() >= layout.inputPanel.left() - 1)
                drawChip(
                    c, chip, channelLabel(state, plane.channel), channelColor(c, plane.channel));
        }
    }

    if (layout.oneDimensional) {
        // The kernel slices right under the window's taps.
        drawCaption(c, layout.kernelPanel, kernelCaption(c));
        if (state.window.op == WindowOp::Conv && state.weight) {
            const StagePlane& first = layout.inputPlanes.front();
            const double cell = std::max(first.cell, 34 * c.m.f);
            const int decimals = kernelDecimals(*state.weight);
            for (std::size_t i = 0; i < layout.inputPlanes.size(); ++i) {
                const MiniGrid g = kernelSlice(c, static_cast<int>(i));
                const double y
                    = layout.kernelPanel.top() + c.m.captionHeight * 0.4 + i * cell * 1.25;
                if (first.cell >= 34 * c.m.f) {
                    for (int k = 0; k < g.cols; ++k) {
                        const Tap& t = c.window.taps[static_cast<std::size_t>(k)];
                        const QRectF r(
                            first.cellRect(0, t.padded[0]).left(), y, first.cell, first.cell);
                        MiniGrid one;
                        one.values = { g.values[static_cast<std::size_t>(k)] };
                        one.scale = g.scale;
                        drawMiniGrid(c, r, one, decimals, false);
                    }
                } else {
                    const double cx = first.cellRect(0, c.window.origin[0]).left()
                        + c.window.extent[0] * first.cell / 2;
                    const QRectF r(cx - g.cols * cell / 2, y, g.cols * cell, cell);
                    drawMiniGrid(c, r, g, decimals, false);
                }
            }
        }
    } else if (layout.photo) {
        const QRectF detail = drawPhotoDetail(c, arithmetic);
        drawLeaders(c, layout.inputPlanes.front(), detail);
    } else {
        drawKernelColumn(c, arithmetic);
    }

    if (layout.output) {
        const StagePlane& plane = *layout.output;
        QString caption = tr("output %1").arg(sizeText(out, state.plan.spatialDims));
        const QString computing = state.activated ? QString() : tr(" (computing…)");
        if (state.plan.outChannels > 1) {
            // In a narrow column just the channel's name (the channels panel shows the rest).
            const QString full = caption
                + tr(" — channel y%1 of %2").arg(c.outputChannel).arg(state.plan.outChannels);
            caption = textWidth(full + computing, fontOf(c.m.caption, true))
                    <= layout.outputPanel.width()
                ? full
                : caption + tr(" — y%1").arg(c.outputChannel);
        }
        caption += computing;
        drawCaption(c, layout.outputPanel, caption,
            layout.oneDimensional ? Qt::AlignLeft : Qt::AlignHCenter);
        painter.save();
        painter.setClipRect(plane.clip);
        if (layout.photo && !layout.oneDimensional)
            drawOutputPhoto(c, plane);
        else
            drawOutputGrid(c, plane, step, arithmetic);
        drawHover(c, plane);
        painter.restore();
    }
    drawChannels(c);
    drawArithmetic(c, c.window.step, arithmetic);
    drawBanner(c, rect);
    painter.restore();
}

QString stageHeaderLine(const QString& sceneTitle, const QStringList& parameterForms, double room,
    double minTitle, const QFont& font)
{
    QString parameters;
    for (const QString& form : parameterForms) {
        parameters = form;
        if (textWidth(form, font) <= room)
            break;
    }
    if (sceneTitle.isEmpty())
        return parameters;
    const QString separator = QStringLiteral("  —  ");
    const double left = room - textWidth(separator + parameters, font);
    const QString subject = sceneTitle.section(u':', 0, 0).trimmed(); // "Chelsea the cat: ..."
    if (textWidth(sceneTitle, font) <= left)
        return sceneTitle + separator + parameters;
    if (!subject.isEmpty() && textWidth(subject, font) <= left)
        return subject + separator + parameters;
    if (left >= minTitle)
        return QFontMetricsF(font).elidedText(sceneTitle, Qt::ElideRight, left) + separator
            + parameters;
    return parameters;
}

} // namespace convscope::ui
