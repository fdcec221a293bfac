#include "image_rf_view.h"

#include "receptive_chain.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace convscope::ui {

namespace {

const QColor kRegion(0xf0, 0x6d, 0x00); // the stage's highlight colour
const QColor kHover(0x00, 0x9c, 0xb8);

QString intervalText(const Interval& v)
{
    return QStringLiteral("%1..%2").arg(v.first).arg(v.last);
}

QString positionText(const std::vector<int>& position)
{
    QStringList parts;
    for (int p : position)
        parts << QString::number(p);
    return QStringLiteral("(%1)").arg(parts.join(QStringLiteral(", ")));
}

// "rows 40..251, cols 88..299 (212x212)" for 2-d, "depth …, rows …, cols …" for 3-d, "4..13 (10)"
// for 1-d.
QString regionText(const std::vector<Interval>& region)
{
    QStringList sizes;
    for (const Interval& v : region)
        sizes << QString::number(v.last - v.first + 1);
    const QString size = sizes.join(QLatin1Char('x'));
    if (region.size() == 1)
        return QStringLiteral("%1 (%2)").arg(intervalText(region[0]), size);
    static const char* const names2[] = { "rows", "cols" };
    static const char* const names3[] = { "depth", "rows", "cols" };
    QStringList parts;
    for (std::size_t i = 0; i < region.size(); ++i)
        parts << QStringLiteral("%1 %2").arg(QLatin1String(region.size() == 2 ? names2[i] : names3[std::min<std::size_t>(i, 2)]),
            intervalText(region[i]));
    return QStringLiteral("%1 (%2)").arg(parts.join(QStringLiteral(", ")), size);
}

// The region in picture coordinates (x = columns, y = rows); 1-d regions span one row.
QRectF regionRect(const std::vector<Interval>& region)
{
    if (region.empty())
        return {};
    const Interval cols = region.back();
    const Interval rows = region.size() >= 2 ? region[region.size() - 2] : Interval { 0, 0 };
    return QRectF(static_cast<double>(cols.first), static_cast<double>(rows.first),
        static_cast<double>(cols.last - cols.first + 1), static_cast<double>(rows.last - rows.first + 1));
}

void drawRegion(QPainter& p, const QRectF& region, const QRectF& image, double penWidth)
{
    const QRectF inside = region.intersected(image);
    // The part in the padding: hatched, outside the picture.
    QPainterPath outside;
    outside.addRect(region);
    QPainterPath in;
    in.addRect(inside);
    outside = outside.subtracted(in);
    if (!outside.isEmpty()) {
        QColor tint = kRegion;
        tint.setAlpha(40);
        p.fillPath(outside, tint);
        p.fillPath(outside, QBrush(kRegion, Qt::BDiagPattern));
    }
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(kRegion, penWidth, Qt::DashLine));
    p.drawRect(region);
    if (!inside.isEmpty()) {
        p.setPen(QPen(kRegion, penWidth * 1.6));
        p.drawRect(inside);
    }
}

} // namespace

ImageRfView::ImageRfView(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("imageRfView"));
    setMouseTracking(false);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void ImageRfView::setImage(const QImage& image)
{
    m_image = image;
    m_size = { image.height(), image.width() };
    update();
}

void ImageRfView::setInputSize(const std::vector<int>& spatialSize)
{
    m_image = QImage();
    m_size = spatialSize;
    update();
}

bool ImageRfView::setReceptiveField(const Summary& summary, int layer, const std::vector<int>& position)
{
    m_region.clear();
    m_chain.clear();
    if (m_size.empty())
        m_size = summary.inputSize;
    auto chain = receptiveChain(summary, layer, position);
    if (!chain) {
        m_label = QString::fromStdString(chain.error().message);
        update();
        return false;
    }
    m_region = chain->front();
    const LayerSummary& target = summary.layers[static_cast<std::size_t>(layer)];
    m_label = tr("layer %1, cell %2: input %3")
                  .arg(QString::fromStdString(target.name), positionText(position), regionText(m_region));
    m_chain.push_back({ tr("input"), summary.inputSize, chain->front() });
    for (int l = 0; l <= layer; ++l) {
        const LayerSummary& ls = summary.layers[static_cast<std::size_t>(l)];
        Link link { QString::fromStdString(ls.name), std::vector<int>(ls.outputShape.begin() + 1, ls.outputShape.end()),
            (*chain)[static_cast<std::size_t>(l) + 1] };
        // An activation (or batch norm) keeps the map and the window: one box for both.
        if (!m_chain.empty() && m_chain.size() > 1 && m_chain.back().size == link.size && m_chain.back().region == link.region) {
            m_chain.back().name += QStringLiteral(" + ") + link.name;
            continue;
        }
        m_chain.push_back(std::move(link));
    }
    update();
    return true;
}

void ImageRfView::clearReceptiveField()
{
    m_region.clear();
    m_chain.clear();
    m_label.clear();
    update();
}

void ImageRfView::setHoverSize(const QString& layerName, const std::vector<std::int64_t>& size)
{
    m_hoverName = layerName;
    m_hoverSize = size;
    update();
}

void ImageRfView::clearHover()
{
    m_hoverSize.clear();
    m_hoverName.clear();
    update();
}

void ImageRfView::setChainVisible(bool visible)
{
    m_chainVisible = visible;
    update();
}

void ImageRfView::zoomToFit()
{
    m_zoom = 1.0;
    m_pan = {};
    update();
}

QRectF ImageRfView::chainArea() const
{
    if (!m_chainVisible || m_chain.size() < 2)
        return {};
    const double w = std::clamp(width() * 0.32, 180.0, 320.0);
    return QRectF(width() - w, 0, w, height() - 44);
}

QRectF ImageRfView::imageArea() const
{
    const QRectF chain = chainArea();
    return QRectF(8, 8, (chain.isEmpty() ? width() : chain.left()) - 16, height() - 44 - 16);
}

QSizeF ImageRfView::inputExtent() const
{
    if (m_size.empty())
        return { 1, 1 };
    const double w = m_size.back();
    const double h = m_size.size() >= 2 ? m_size[m_size.size() - 2] : 1;
    return { w, h };
}

namespace {
struct Mapping {
    double sx = 1, sy = 1;
    QPointF origin; // widget position of picture point (0, 0)
    [[nodiscard]] QPointF map(const QPointF& p) const { return origin + QPointF(p.x() * sx, p.y() * sy); }
    [[nodiscard]] QRectF map(const QRectF& r) const { return QRectF(map(r.topLeft()), map(r.bottomRight())); }
};
} // namespace

// Fits the picture together with the region and the hover square (which may reach into the
// padding) into the area; 1-d inputs are a strip of fixed height.
static Mapping mapping(const QRectF& area, const QSizeF& extent, const QRectF& region, bool oneD, double zoom,
    const QPointF& pan)
{
    QRectF bounds(QPointF(0, 0), extent);
    if (!region.isEmpty())
        bounds = bounds.united(region);
    Mapping m;
    const QPointF centre = area.center() + pan;
    if (oneD) {
        m.sx = area.width() / bounds.width() * zoom;
        m.sy = std::min(48.0, area.height() / 3.0);
        m.origin = centre - QPointF((bounds.center().x()) * m.sx, 0.5 * m.sy);
        return m;
    }
    const double s = std::min(area.width() / bounds.width(), area.height() / bounds.height()) * zoom;
    m.sx = m.sy = s;
    m.origin = centre - QPointF(bounds.center().x() * s, bounds.center().y() * s);
    return m;
}

QPointF ImageRfView::imageToWidget(const QPointF& imagePoint) const
{
    return mapping(imageArea(), inputExtent(), regionRect(m_region), m_size.size() == 1, m_zoom, m_pan).map(imagePoint);
}

void ImageRfView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Window));
    const QColor text = palette().color(QPalette::WindowText);
    const QRectF area = imageArea();
    const bool oneD = m_size.size() == 1;
    if (m_size.empty()) {
        p.setPen(text);
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, tr("No input image."));
        return;
    }
    const QSizeF extent = inputExtent();
    const QRectF regionPic = regionRect(m_region);
    const Mapping m = mapping(area, extent, regionPic, oneD, m_zoom, m_pan);
    const QRectF imageRect = m.map(QRectF(QPointF(0, 0), extent));

    p.save();
    p.setClipRect(area.adjusted(-6, -6, 6, 6));
    if (!m_image.isNull()) {
        p.setRenderHint(QPainter::SmoothPixmapTransform, m.sx < 1.0);
        p.drawImage(imageRect, m_image);
    } else {
        p.fillRect(imageRect, palette().color(QPalette::Base));
    }
    p.setPen(QPen(palette().color(QPalette::Mid), 1));
    p.setBrush(Qt::NoBrush);
    p.drawRect(imageRect);
    // Inputs without a picture (grids, signals): cell borders once cells are large enough, and
    // the indices of a signal under its strip.
    if (m_image.isNull() && m.sx >= 6.0) {
        for (int x = 1; x < static_cast<int>(extent.width()); ++x)
            p.drawLine(m.map(QPointF(x, 0)), m.map(QPointF(x, extent.height())));
        if (!oneD && m.sy >= 6.0)
            for (int y = 1; y < static_cast<int>(extent.height()); ++y)
                p.drawLine(m.map(QPointF(0, y)), m.map(QPointF(extent.width(), y)));
        if (oneD) {
            const int every = std::max(1, static_cast<int>(std::ceil(28.0 / m.sx)));
            p.setPen(palette().color(QPalette::WindowText));
            for (int x = 0; x < static_cast<int>(extent.width()); x += every) {
                const QPointF at = m.map(QPointF(x + 0.5, 1.0));
                p.drawText(QRectF(at.x() - 20, at.y() + 4, 40, 18), Qt::AlignHCenter | Qt::AlignTop, QString::number(x));
            }
        }
    }
    p.setRenderHint(QPainter::Antialiasing);

    if (!m_region.empty()) {
        // Dim the picture outside the region, so the part the cell sees stands out.
        const QRectF r = m.map(regionPic);
        QPainterPath veil;
        veil.addRect(imageRect);
        QPainterPath hole;
        hole.addRect(r.intersected(imageRect));
        p.fillPath(veil.subtracted(hole), QColor(0, 0, 0, 110));
        drawRegion(p, r, imageRect, 2.0);
        if (r.width() < 14 && r.height() < 14) { // a small field: a ring around it, to find it
            p.setPen(QPen(kRegion, 2.0));
            p.drawEllipse(r.center(), 14.0, 14.0);
        }
    }
    if (!m_hoverSize.empty()) {
        // A square of the layer's receptive-field size centred on the input.
        std::vector<Interval> centred;
        for (std::size_t i = 0; i < m_hoverSize.size() && i < m_size.size(); ++i) {
            const std::int64_t first = (m_size[i] - m_hoverSize[i]) / 2;
            centred.push_back({ first, first + m_hoverSize[i] - 1 });
        }
        const QRectF r = m.map(regionRect(centred));
        QColor fill = kHover;
        fill.setAlpha(45);
        p.fillRect(r, fill);
        p.setPen(QPen(kHover, 2.5));
        p.drawRect(r);
        QStringList sizes;
        for (std::int64_t v : m_hoverSize)
            sizes << QString::number(v);
        const QString caption = tr("%1: r = %2").arg(m_hoverName, sizes.join(QStringLiteral("×")));
        QFont f = font();
        f.setBold(true);
        p.setFont(f);
        const QRectF box = p.fontMetrics().boundingRect(caption).adjusted(-4, -2, 4, 2);
        const QPointF at(std::max(area.left(), r.left()), std::max(area.top() + box.height(), r.top() - 4));
        p.fillRect(box.translated(at), QColor(255, 255, 255, 220));
        p.setPen(QColor(0x00, 0x5a, 0x6b));
        p.drawText(at, caption);
        p.setFont(font());
    }
    p.restore();

    if (!chainArea().isEmpty())
        paintChain(p, chainArea());

    // The caption: the region in words, then what lies in the padding.
    QRectF band(8, height() - 44, width() - 16, 40);
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 1.1);
    p.setFont(f);
    p.setPen(text);
    QString caption = m_label;
    if (!m_region.empty()) {
        QStringList clipped;
        for (std::size_t i = 0; i < m_region.size() && i < m_size.size(); ++i) {
            const std::int64_t before = std::max<std::int64_t>(0, -m_region[i].first);
            const std::int64_t after = std::max<std::int64_t>(0, m_region[i].last - (m_size[i] - 1));
            if (before + after > 0)
                clipped << tr("%1 %2").arg(before + after).arg(m_region.size() == 1 ? tr("cells") : i + 1 == m_region.size() ? tr("cols") : i + 2 == m_region.size() ? tr("rows") : tr("slices"));
        }
        if (!clipped.isEmpty())
            caption += QLatin1Char('\n') + tr("hatched: %1 in the padding, outside the image").arg(clipped.join(tr(" and ")));
    } else if (m_label.isEmpty()) {
        caption = tr("Click a cell of a feature map to see the input region it depends on.");
    }
    p.drawText(band, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, caption);
}

void ImageRfView::paintChain(QPainter& p, const QRectF& area) const
{
    // From the cell (top) down to the input (bottom), as the data flows upward. When there are
    // too many links for readable rows, keep the input, the cell and each link where the map
    // changes size (the strided layers), and say how many were left out.
    const double minRow = 38.0;
    const double available = area.height() - 36;
    std::vector<int> shown;
    for (int i = 0; i < static_cast<int>(m_chain.size()); ++i)
        shown.push_back(i);
    if (shown.size() * minRow > available) {
        shown.clear();
        for (int i = 0; i < static_cast<int>(m_chain.size()); ++i)
            if (i == 0 || i + 1 == static_cast<int>(m_chain.size())
                || m_chain[static_cast<std::size_t>(i)].size != m_chain[static_cast<std::size_t>(i) - 1].size)
                shown.push_back(i);
        while (shown.size() > 2 && shown.size() * minRow > available)
            shown.erase(shown.end() - 2); // the links just below the cell go first
    }
    const int n = static_cast<int>(shown.size());
    const int hidden = static_cast<int>(m_chain.size()) - n;
    const double rowH = std::clamp(available / std::max(1, n), 24.0, 72.0);
    QFont small = font();
    small.setPointSizeF(std::max(7.5, small.pointSizeF() * 0.9));
    p.setFont(small);
    const QFontMetrics fm(small);
    const QColor text = palette().color(QPalette::WindowText);
    p.setPen(text);
    p.drawText(QRectF(area.left(), area.top(), area.width() - 4, 34), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap,
        hidden > 0 ? tr("Windows feeding the cell\n(%1 layers in between not shown)").arg(hidden) : tr("Windows feeding the cell"));
    p.setRenderHint(QPainter::Antialiasing);
    for (int k = 0; k < n; ++k) {
        const Link& link = m_chain[static_cast<std::size_t>(shown[static_cast<std::size_t>(n - 1 - k)])];
        const QRectF box(area.left(), area.top() + 36 + k * rowH, area.width() - 6, rowH - 4);
        // The map as a thumbnail (aspect kept), with the window in it.
        const double side = box.height() - 4;
        const double mw = link.size.empty() ? 1 : link.size.back();
        const double mh = link.size.size() >= 2 ? link.size[link.size.size() - 2] : 1;
        const QRectF regionPic = regionRect(link.region);
        const QRectF bounds = QRectF(0, 0, mw, mh).united(regionPic);
        const bool oneD = link.size.size() == 1;
        const double s = oneD ? side * 1.6 / bounds.width() : side / std::max(bounds.width(), bounds.height());
        const double sy = oneD ? side / 3 : s;
        const double thumbW = oneD ? side * 1.6 : side;
        const QPointF origin(box.left() + 2 + (thumbW - bounds.width() * s) / 2 - bounds.left() * s,
            box.top() + 2 + (side - bounds.height() * sy) / 2 - bounds.top() * sy);
        const auto mapRect = [&](const QRectF& r) {
            return QRectF(origin.x() + r.left() * s, origin.y() + r.top() * sy, r.width() * s, r.height() * sy);
        };
        const QRectF map = mapRect(QRectF(0, 0, mw, mh));
        p.fillRect(map, palette().color(QPalette::Base));
        p.setPen(QPen(palette().color(QPalette::Mid), 1));
        p.setBrush(Qt::NoBrush);
        p.drawRect(map);
        const QRectF r = mapRect(regionPic);
        QColor fill = kRegion;
        fill.setAlpha(110);
        p.fillRect(r.intersected(map), fill);
        drawRegion(p, r, map, 1.0);
        if (r.width() < 6 && r.height() < 6) { // a ring, so a window of a cell or two is seen
            p.setPen(QPen(kRegion, 1.5));
            p.drawEllipse(r.center(), 5.0, 5.0);
        }
        QStringList sizes;
        for (int v : link.size)
            sizes << QString::number(v);
        QStringList dims;
        for (const Interval& v : link.region)
            dims << intervalText(v);
        p.setPen(text);
        const QRectF label(box.left() + thumbW + 10, box.top(), box.width() - thumbW - 10, box.height());
        const int w = static_cast<int>(label.width());
        const QString title = fm.elidedText(QStringLiteral("%1 (%2)").arg(link.name, sizes.join(QStringLiteral("×"))), Qt::ElideRight, w);
        const QString detail = fm.elidedText(dims.join(QStringLiteral(", ")), Qt::ElideRight, w);
        p.drawText(label, Qt::AlignLeft | Qt::AlignVCenter, title + QLatin1Char('\n') + detail);
    }
    p.setFont(font());
}

void ImageRfView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    update();
}

void ImageRfView::wheelEvent(QWheelEvent* event)
{
    const double factor = std::pow(1.0015, event->angleDelta().y());
    const double zoom = std::clamp(m_zoom * factor, 0.25, 64.0);
    // Keep the point under the pointer where it is.
    const QPointF at = event->position();
    const QPointF centre = imageArea().center() + m_pan;
    m_pan += (at - centre) * (1.0 - zoom / m_zoom);
    m_zoom = zoom;
    update();
    event->accept();
}

void ImageRfView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton) {
        m_dragFrom = event->position();
        setCursor(Qt::ClosedHandCursor);
    }
}

void ImageRfView::mouseMoveEvent(QMouseEvent* event)
{
    if (m_dragFrom) {
        m_pan += event->position() - *m_dragFrom;
        m_dragFrom = event->position();
        update();
    }
}

void ImageRfView::mouseReleaseEvent(QMouseEvent*)
{
    m_dragFrom.reset();
    unsetCursor();
}

void ImageRfView::mouseDoubleClickEvent(QMouseEvent*)
{
    zoomToFit();
}

} // namespace convscope::ui
