#include "gallery_canvas.h"

#include "cvqt.h"

#include <QMouseEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QPainterPath>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace convscope::ui {

namespace {

constexpr int kMargin = 10;
constexpr int kGap = 12;
const QColor kRegion(0xf0, 0x6d, 0x00); // the stage's highlight colour
const QColor kNegative(0x21, 0x66, 0xac); // ColorBrewer RdBu ends, as the engine's maps
const QColor kPositive(0xb2, 0x18, 0x2b);
const QColor kSequential(0x55, 0x58, 0x60);

QString number(float v)
{
    if (v == 0.0f)
        return QStringLiteral("0");
    if (std::abs(v) >= 1000.0f || std::abs(v) < 0.01f)
        return QString::number(v, 'g', 2);
    return QString::number(v, 'f', std::abs(v) >= 100.0f ? 0 : 2);
}

} // namespace

DisplayScale robustScale(const float* values, std::int64_t count)
{
    // At most about a million samples: the percentile of an evenly spread subset is close enough
    // for a colour scale and keeps a 64 x 451 x 300 layer cheap.
    const std::int64_t step = std::max<std::int64_t>(1, count / (std::int64_t { 1 } << 20));
    std::vector<float> magnitudes;
    magnitudes.reserve(static_cast<std::size_t>(count / step + 1));
    bool negative = false;
    for (std::int64_t i = 0; i < count; ++i) {
        const float v = values[i];
        if (!std::isfinite(v))
            continue;
        negative = negative || v < 0;
        if (i % step == 0)
            magnitudes.push_back(std::abs(v));
    }
    float m = 1.0f;
    if (!magnitudes.empty()) {
        const auto k = magnitudes.begin() + static_cast<std::ptrdiff_t>(magnitudes.size() * 99 / 100);
        std::nth_element(magnitudes.begin(), k, magnitudes.end());
        m = *k > 0 ? *k : *std::max_element(magnitudes.begin(), magnitudes.end());
        if (!(m > 0))
            m = 1.0f;
    }
    return { negative ? -m : 0.0f, m, negative };
}

GalleryPictures buildGalleryPictures(
    std::shared_ptr<const std::vector<Tensor>> outputs, int layer, bool perChannel, quint64 request)
{
    GalleryPictures p;
    p.request = request;
    if (!outputs || layer < 0 || layer >= static_cast<int>(outputs->size()))
        return p;
    const Tensor& t = (*outputs)[static_cast<std::size_t>(layer)];
    if (t.empty())
        return p;
    p.layer = layer;
    p.shape = t.shape();
    p.outputs = outputs;
    if (t.ndim() == 1) {
        p.kind = GalleryPictures::Kind::Bars;
        p.scales.push_back(robustScale(t.data(), t.numel()));
        return p;
    }
    p.kind = t.ndim() == 2 ? GalleryPictures::Kind::Lines : GalleryPictures::Kind::Maps;
    const DisplayScale shared = robustScale(t.data(), t.numel());
    for (int c = 0; c < t.channels(); ++c) {
        DisplayScale scale = perChannel ? robustScale(t.plane(c), t.planeSize()) : shared;
        // One colour map for the whole layer: a signed layer keeps its channels diverging even
        // where one channel happens to be non-negative.
        if (perChannel && shared.diverging && !scale.diverging)
            scale = { -scale.high, scale.high, true };
        p.scales.push_back(scale);
        if (p.kind == GalleryPictures::Kind::Maps)
            p.images.push_back(matToImage(toDisplay(t, c, scale)));
    }
    return p;
}

GalleryCanvas::GalleryCanvas(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("galleryCanvas"));
    setCursor(Qt::CrossCursor);
}

void GalleryCanvas::setPictures(GalleryPictures pictures)
{
    m_pictures = std::move(pictures);
    m_message.clear();
    m_cache.assign(m_pictures.images.size(), QPixmap());
    relayout();
    update();
}

void GalleryCanvas::clear(const QString& message)
{
    m_pictures = {};
    m_cache.clear();
    m_message = message;
    m_region.reset();
    m_cell.reset();
    relayout();
    update();
}

void GalleryCanvas::setZoom(double zoom)
{
    zoom = std::clamp(zoom, 1.0 / 16.0, 64.0);
    if (zoom == m_zoom)
        return;
    m_zoom = zoom;
    m_cache.assign(m_pictures.images.size(), QPixmap());
    relayout();
    update();
}

void GalleryCanvas::setViewportWidth(int width)
{
    m_viewportWidth = std::max(width, 60);
    relayout();
}

void GalleryCanvas::setRegion(std::optional<std::vector<Interval>> region, std::optional<std::vector<int>> cell)
{
    m_region = std::move(region);
    m_cell = std::move(cell);
    update();
}

int GalleryCanvas::tileCount() const
{
    if (!hasPictures())
        return 0;
    return m_pictures.kind == GalleryPictures::Kind::Bars ? 1 : m_pictures.shape[0];
}

int GalleryCanvas::labelHeight() const { return fontMetrics().height() + 4; }

QSizeF GalleryCanvas::tileSize() const
{
    if (!hasPictures())
        return {};
    switch (m_pictures.kind) {
    case GalleryPictures::Kind::Maps: {
        const QSize s = m_pictures.images.front().size();
        return { std::max(1.0, s.width() * m_zoom), std::max(1.0, s.height() * m_zoom) };
    }
    case GalleryPictures::Kind::Lines:
        return { std::max(160.0, m_pictures.shape[1] * m_zoom), 90.0 };
    case GalleryPictures::Kind::Bars:
        return { std::max(m_viewportWidth - 2.0 * kMargin, m_pictures.shape[0] * m_zoom), 160.0 };
    }
    return {};
}

double GalleryCanvas::fitZoom(int viewportWidth, int viewportHeight) const
{
    if (!hasPictures() || m_pictures.kind == GalleryPictures::Kind::Bars)
        return 1.0;
    const int count = tileCount();
    const double natural = m_pictures.kind == GalleryPictures::Kind::Maps ? m_pictures.images.front().width()
                                                                          : m_pictures.shape[1];
    const double naturalH = m_pictures.kind == GalleryPictures::Kind::Maps ? m_pictures.images.front().height() : 0.0;
    // Near-square grids of at most 8 columns, but tiles at least ~80 px wide (the label fits and
    // a pattern is visible); more rows scroll.
    const int byWidth = std::max(1, static_cast<int>((viewportWidth - 2.0 * kMargin + kGap) / (80.0 + kGap)));
    const int columns = std::min({ count, 8, byWidth, std::max(1, static_cast<int>(std::ceil(std::sqrt(count * 1.5)))) });
    const double available = viewportWidth - 2.0 * kMargin - (columns - 1) * kGap - 2;
    double zoom = available / columns / natural;
    // One or a few large maps: not taller than the viewport.
    if (naturalH > 0 && count <= columns)
        zoom = std::min(zoom, (viewportHeight - 2.0 * kMargin - labelHeight()) / naturalH);
    // Whole screen pixels per cell when magnifying, so cells stay square and crisp.
    if (zoom > 1.0)
        zoom = std::floor(zoom);
    return std::clamp(zoom, 1.0 / 16.0, 64.0);
}

void GalleryCanvas::relayout()
{
    const int count = tileCount();
    if (count == 0) {
        resize(m_viewportWidth, 200);
        return;
    }
    const QSizeF tile = tileSize();
    m_columns = std::clamp(static_cast<int>((m_viewportWidth - 2 * kMargin + kGap) / (tile.width() + kGap)), 1, count);
    const int rows = (count + m_columns - 1) / m_columns;
    const int w = static_cast<int>(std::ceil(2 * kMargin + m_columns * tile.width() + (m_columns - 1) * kGap));
    const int h = static_cast<int>(std::ceil(2 * kMargin + rows * (labelHeight() + tile.height()) + (rows - 1) * kGap));
    resize(std::max(w, m_viewportWidth), h);
}

QRectF GalleryCanvas::tileRect(int tile) const
{
    if (tile < 0 || tile >= tileCount())
        return {};
    const QSizeF s = tileSize();
    const int col = tile % m_columns, row = tile / m_columns;
    return { kMargin + col * (s.width() + kGap), kMargin + row * (labelHeight() + s.height() + kGap) + labelHeight(),
        s.width(), s.height() };
}

QRectF GalleryCanvas::cellRect(int channel, const std::vector<int>& position) const
{
    const int tile = m_pictures.kind == GalleryPictures::Kind::Bars ? 0 : channel;
    const QRectF r = tileRect(tile);
    if (r.isEmpty() || position.empty())
        return {};
    const std::vector<int>& shape = m_pictures.shape;
    if (m_pictures.kind != GalleryPictures::Kind::Maps) {
        const int n = m_pictures.kind == GalleryPictures::Kind::Bars ? shape[0] : shape[1];
        const double w = r.width() / n;
        return { r.left() + position[0] * w, r.top(), w, r.height() };
    }
    const double cell = r.width() / m_pictures.images.front().width();
    int row = position.size() >= 2 ? position[position.size() - 2] : 0;
    if (position.size() == 3)
        row += position[0] * shape[2]; // 3-d: the slices are stacked vertically
    return { r.left() + position.back() * cell, r.top() + row * cell, cell, cell };
}

void GalleryCanvas::paintEvent(QPaintEvent* event)
{
    QPainter p(this);
    const QColor text = palette().color(QPalette::WindowText);
    if (!hasPictures()) {
        p.setPen(text);
        p.drawText(rect().adjusted(kMargin, kMargin, -kMargin, -kMargin), Qt::AlignCenter | Qt::TextWordWrap, m_message);
        return;
    }
    const bool perChannel = m_pictures.scales.size() > 1 && m_pictures.scales.front().high != m_pictures.scales.back().high;
    const QFontMetrics fm = fontMetrics();
    for (int t = 0; t < tileCount(); ++t) {
        const QRectF area = tileRect(t);
        const QRectF whole = area.adjusted(0, -labelHeight(), 0, 0);
        if (!whole.intersects(event->rect()))
            continue;
        // The label: the channel, and its own range when every channel has its own scale.
        QString label = m_pictures.kind == GalleryPictures::Kind::Bars
            ? tr("%1 values").arg(m_pictures.shape[0])
            : tr("ch %1").arg(t);
        if (perChannel && t < static_cast<int>(m_pictures.scales.size())) {
            const DisplayScale& s = m_pictures.scales[static_cast<std::size_t>(t)];
            label += s.diverging ? tr(" · ±%1").arg(number(s.high)) : tr(" · ≤%1").arg(number(s.high));
        }
        if (fm.horizontalAdvance(label) > area.width() && m_pictures.kind != GalleryPictures::Kind::Bars)
            label = QString::number(t); // a narrow tile: the channel number alone
        p.setPen(text);
        p.drawText(QRectF(area.left(), area.top() - labelHeight(), area.width(), labelHeight() - 2),
            Qt::AlignLeft | Qt::AlignBottom, fm.elidedText(label, Qt::ElideRight, static_cast<int>(area.width())));
        switch (m_pictures.kind) {
        case GalleryPictures::Kind::Maps: {
            const QImage& image = m_pictures.images[static_cast<std::size_t>(t)];
            if (m_zoom < 1.0) {
                QPixmap& cached = m_cache[static_cast<std::size_t>(t)];
                const QSize size = area.size().toSize().expandedTo(QSize(1, 1));
                if (cached.size() != size)
                    cached = QPixmap::fromImage(image.scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation));
                p.drawPixmap(area.topLeft(), cached);
            } else {
                p.drawImage(area, image); // nearest neighbour: every cell a crisp square
            }
            break;
        }
        case GalleryPictures::Kind::Lines:
            paintLines(p, t, area);
            break;
        case GalleryPictures::Kind::Bars:
            paintBars(p, area);
            break;
        }
        p.setPen(QPen(palette().color(QPalette::Mid), 1));
        p.setBrush(Qt::NoBrush);
        p.drawRect(area.adjusted(-0.5, -0.5, 0.5, 0.5));

        // The window of a clicked cell in this layer (clipped to the tile; the part in the
        // padding is not drawn here but on the image).
        if (m_region && m_pictures.kind != GalleryPictures::Kind::Bars && m_region->size() == m_pictures.shape.size() - 1
            && m_region->size() <= 2) {
            const std::vector<Interval>& reg = *m_region;
            QRectF r;
            if (reg.size() == 1) {
                const QRectF a = cellRect(t, { static_cast<int>(reg[0].first) });
                const QRectF b = cellRect(t, { static_cast<int>(reg[0].last) });
                r = a.united(b);
            } else {
                const QRectF a = cellRect(t, { static_cast<int>(reg[0].first), static_cast<int>(reg[1].first) });
                const QRectF b = cellRect(t, { static_cast<int>(reg[0].last), static_cast<int>(reg[1].last) });
                r = a.united(b);
            }
            p.save();
            p.setClipRect(area.adjusted(-3, -3, 3, 3));
            p.setPen(QPen(kRegion, 2.0));
            p.drawRect(r.intersected(area.adjusted(-1, -1, 1, 1)));
            p.restore();
        }
        if (m_cell && !m_cell->empty()) {
            const QRectF c = cellRect(t, *m_cell);
            if (!c.isEmpty()) {
                p.setPen(QPen(Qt::black, 1));
                p.setBrush(Qt::NoBrush);
                p.drawRect(c.adjusted(-1.5, -1.5, 1.5, 1.5));
                p.setPen(QPen(kRegion, 2));
                p.drawRect(c.adjusted(-0.5, -0.5, 0.5, 0.5));
            }
        }
    }
}

void GalleryCanvas::paintLines(QPainter& p, int channel, const QRectF& area) const
{
    const Tensor& t = (*m_pictures.outputs)[static_cast<std::size_t>(m_pictures.layer)];
    const DisplayScale& s = m_pictures.scales[static_cast<std::size_t>(channel)];
    p.fillRect(area, palette().color(QPalette::Base));
    const int n = t.dim(1);
    const float* v = t.plane(channel);
    const double low = s.diverging ? s.low : 0.0, high = s.high;
    const auto yOf = [&](double value) {
        const double f = std::clamp((value - low) / (high - low), 0.0, 1.0);
        return area.bottom() - 4 - f * (area.height() - 8);
    };
    p.setPen(QPen(palette().color(QPalette::Mid), 1, Qt::DashLine));
    p.drawLine(QPointF(area.left(), yOf(0)), QPointF(area.right(), yOf(0)));
    QPolygonF line;
    const double w = area.width() / n;
    for (int i = 0; i < n; ++i)
        line << QPointF(area.left() + (i + 0.5) * w, yOf(std::isfinite(v[i]) ? v[i] : 0.0));
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(s.diverging ? kPositive : kSequential, 1.5));
    p.drawPolyline(line);
    if (w >= 5) {
        p.setBrush(s.diverging ? kPositive : kSequential);
        p.setPen(Qt::NoPen);
        for (const QPointF& pt : line)
            p.drawEllipse(pt, 2.0, 2.0);
    }
    p.restore();
}

void GalleryCanvas::paintBars(QPainter& p, const QRectF& area) const
{
    const Tensor& t = (*m_pictures.outputs)[static_cast<std::size_t>(m_pictures.layer)];
    const DisplayScale& s = m_pictures.scales.front();
    p.fillRect(area, palette().color(QPalette::Base));
    const int n = t.dim(0);
    const double baseline = s.diverging ? area.center().y() : area.bottom() - 2;
    const double half = s.diverging ? area.height() / 2 - 3 : area.height() - 5;
    const double w = area.width() / n;
    const int columns = std::max(1, static_cast<int>(std::ceil(area.width())));
    // Wide vectors: one pixel column per bucket of values, drawn at the bucket's largest |value|.
    const int buckets = std::min(n, columns);
    const double bucketW = area.width() / buckets;
    for (int b = 0; b < buckets; ++b) {
        const std::int64_t first = std::int64_t { b } * n / buckets, last = std::int64_t { b + 1 } * n / buckets;
        float pick = 0.0f;
        for (std::int64_t i = first; i < last; ++i)
            if (std::isfinite(t[i]) && std::abs(t[i]) > std::abs(pick))
                pick = t[i];
        const double f = std::clamp(static_cast<double>(std::abs(pick)) / s.high, 0.0, 1.0);
        const double x = area.left() + b * bucketW;
        const double gap = w >= 4 ? 1.0 : 0.0;
        const QRectF bar = pick >= 0 ? QRectF(x + gap / 2, baseline - f * half, std::max(1.0, bucketW - gap), f * half)
                                     : QRectF(x + gap / 2, baseline, std::max(1.0, bucketW - gap), f * half);
        p.fillRect(bar, !s.diverging ? kSequential : pick >= 0 ? kPositive : kNegative);
    }
    p.setPen(QPen(palette().color(QPalette::Mid), 1));
    p.drawLine(QPointF(area.left(), baseline), QPointF(area.right(), baseline));
}

void GalleryCanvas::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || !hasPictures())
        return;
    const QPointF at = event->position();
    for (int t = 0; t < tileCount(); ++t) {
        const QRectF r = tileRect(t);
        if (!r.contains(at))
            continue;
        const std::vector<int>& shape = m_pictures.shape;
        if (m_pictures.kind != GalleryPictures::Kind::Maps) {
            const int n = m_pictures.kind == GalleryPictures::Kind::Bars ? shape[0] : shape[1];
            const int i = std::clamp(static_cast<int>((at.x() - r.left()) / r.width() * n), 0, n - 1);
            emit cellClicked(m_pictures.kind == GalleryPictures::Kind::Bars ? 0 : t, { i });
            return;
        }
        const QSize image = m_pictures.images.front().size();
        const int col = std::clamp(static_cast<int>((at.x() - r.left()) / r.width() * image.width()), 0, image.width() - 1);
        const int row = std::clamp(static_cast<int>((at.y() - r.top()) / r.height() * image.height()), 0, image.height() - 1);
        if (shape.size() == 4) // (C, D, H, W): slice d is rows d*H .. d*H + H - 1
            emit cellClicked(t, { row / shape[2], row % shape[2], col });
        else
            emit cellClicked(t, { row, col });
        return;
    }
}

void GalleryCanvas::wheelEvent(QWheelEvent* event)
{
    if (!(event->modifiers() & Qt::ControlModifier)) {
        event->ignore(); // the scroll area scrolls
        return;
    }
    emit zoomRequested(std::pow(1.0015, event->angleDelta().y()), event->position().toPoint());
    event->accept();
}

} // namespace convscope::ui
