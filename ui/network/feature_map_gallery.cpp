#include "feature_map_gallery.h"

#include "cvqt.h"
#include "gallery_canvas.h"
#include "image_io.h"
#include "worker_priority.h"

#include "future_watch.h"
#include "playground/worker_pool.h"
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>

namespace convscope::ui {

namespace {

QString number(float v)
{
    if (v == 0.0f)
        return QStringLiteral("0");
    if (std::abs(v) >= 1000.0f || std::abs(v) < 0.01f)
        return QString::number(v, 'g', 3);
    return QString::number(v, 'f', std::abs(v) >= 100.0f ? 0 : 2);
}

QString shapeText(const std::vector<int>& shape)
{
    QStringList parts;
    for (int v : shape)
        parts << QString::number(v);
    return parts.join(QStringLiteral("×"));
}

QImage colourBar(const DisplayScale& scale, int width, int height)
{
    Tensor ramp({ 1, 1, width });
    for (int x = 0; x < width; ++x)
        ramp[x] = scale.low + (scale.high - scale.low) * static_cast<float>(x) / static_cast<float>(std::max(1, width - 1));
    return matToImage(toDisplay(ramp, 0, scale)).scaled(width, height);
}

constexpr int kThumb = 40;

// A small picture of each layer's first channel for the layer list (maps only).
std::vector<QImage> thumbnails(const std::shared_ptr<const std::vector<Tensor>>& outputs)
{
    std::vector<QImage> out;
    for (const Tensor& t : *outputs) {
        if (t.ndim() < 3 || t.empty()) {
            out.emplace_back();
            continue;
        }
        const QImage full = matToImage(toDisplay(t, 0, robustScale(t.plane(0), t.planeSize())));
        out.push_back(full.scaled(kThumb, kThumb, Qt::KeepAspectRatio,
            full.width() > kThumb ? Qt::SmoothTransformation : Qt::FastTransformation));
    }
    return out;
}

} // namespace

FeatureMapGallery::FeatureMapGallery(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("featureMapGallery"));
    auto* outer = new QHBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    outer->addWidget(splitter);

    m_list = new QListWidget(splitter);
    m_list->setObjectName(QStringLiteral("galleryLayers"));
    m_list->setIconSize(QSize(kThumb, kThumb));
    m_list->setUniformItemSizes(true);
    m_list->setToolTip(tr("Every layer's output: pick one to see all its channels"));
    splitter->addWidget(m_list);

    auto* right = new QWidget(splitter);
    auto* column = new QVBoxLayout(right);
    column->setContentsMargins(4, 0, 0, 0);
    // The title on its own row, so a narrow pane does not cut it off.
    m_title = new QLabel(right);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    column->addWidget(m_title);
    auto* bar = new QHBoxLayout;
    m_scaleBox = new QComboBox(right);
    m_scaleBox->setObjectName(QStringLiteral("galleryScale"));
    m_scaleBox->addItem(tr("One scale per layer"));
    m_scaleBox->addItem(tr("One scale per channel"));
    m_scaleBox->setToolTip(tr("One scale per layer compares the channels' strengths; one per channel shows "
                              "the pattern in weak channels too"));
    bar->addWidget(m_scaleBox);
    const auto button = [right, bar](const QString& text, const QString& tip) {
        auto* b = new QToolButton(right);
        b->setText(text);
        b->setToolTip(tip);
        b->setAutoRaise(false);
        bar->addWidget(b);
        return b;
    };
    m_zoomOut = button(QStringLiteral("−"), tr("Zoom out (Ctrl+wheel)"));
    m_zoomIn = button(QStringLiteral("+"), tr("Zoom in (Ctrl+wheel)"));
    m_fit = button(tr("Fit"), tr("Fit the maps to the width"));
    bar->addStretch(1);
    column->addLayout(bar);

    m_scroll = new QScrollArea(right);
    m_scroll->setWidgetResizable(false);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_canvas = new GalleryCanvas;
    m_scroll->setWidget(m_canvas);
    m_scroll->viewport()->installEventFilter(this);
    column->addWidget(m_scroll, 1);

    auto* rangeRow = new QHBoxLayout;
    m_colourBar = new QLabel(right);
    m_colourBar->setFixedSize(120, 14);
    rangeRow->addWidget(m_colourBar);
    m_range = new QLabel(right);
    m_range->setObjectName(QStringLiteral("galleryRange"));
    m_range->setWordWrap(true);
    m_range->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    rangeRow->addWidget(m_range, 1);
    column->addLayout(rangeRow);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 190, 600 });

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            selectLayer(row);
    });
    connect(m_scaleBox, &QComboBox::currentIndexChanged, this,
        [this](int index) { setScale(index == 1 ? Scale::PerChannel : Scale::PerLayer); });
    connect(m_zoomIn, &QToolButton::clicked, this, [this] { zoomBy(std::sqrt(2.0)); });
    connect(m_zoomOut, &QToolButton::clicked, this, [this] { zoomBy(1.0 / std::sqrt(2.0)); });
    connect(m_fit, &QToolButton::clicked, this, &FeatureMapGallery::zoomToFit);
    connect(m_canvas, &GalleryCanvas::zoomRequested, this, [this](double factor, QPoint) { zoomBy(factor); });
    connect(m_canvas, &GalleryCanvas::cellClicked, this, [this](int channel, std::vector<int> position) {
        // Mark the cell at once; the view may add the windows of the earlier layers.
        m_clickedLayer = m_selected;
        m_clicked = position;
        if (m_chainLayer != m_selected)
            m_chain.clear();
        updateRegion();
        emit cellClicked(m_selected, channel, position);
    });
    clear(tr("No feature maps yet."));
}

FeatureMapGallery::~FeatureMapGallery() = default;

void FeatureMapGallery::setOutputs(const QStringList& layerNames, std::shared_ptr<const std::vector<Tensor>> outputs)
{
    if (!outputs || outputs->empty()) {
        clear(tr("The stack has no layers."));
        return;
    }
    std::vector<int> previousShape;
    if (m_outputs && m_selected >= 0 && m_selected < static_cast<int>(m_outputs->size()))
        previousShape = (*m_outputs)[static_cast<std::size_t>(m_selected)].shape();
    m_outputs = std::move(outputs);
    m_names = layerNames;
    while (m_names.size() < static_cast<int>(m_outputs->size()))
        m_names << tr("layer %1").arg(m_names.size());
    const int previous = m_selected;
    m_selected = std::clamp(m_selected, 0, static_cast<int>(m_outputs->size()) - 1);
    const std::vector<int>& shape = (*m_outputs)[static_cast<std::size_t>(m_selected)].shape();
    if (shape != previousShape)
        m_autoFit = true;
    // The clicked cell and its windows belong to the old outputs.
    m_clicked.reset();
    m_chain.clear();
    m_chainLayer = -1;
    rebuildList();
    startThumbnails();
    startPictures();
    if (previous != m_selected)
        emit layerSelected(m_selected);
}

void FeatureMapGallery::clear(const QString& message)
{
    ++m_request;
    m_delivered = m_request;
    ++m_thumbnailRequest;
    m_outputs.reset();
    m_names.clear();
    m_selected = -1;
    m_clicked.reset();
    m_chain.clear();
    m_chainLayer = -1;
    const QSignalBlocker block(m_list);
    m_list->clear();
    m_canvas->clear(message);
    m_title->setText(tr("Feature maps"));
    m_range->clear();
    m_colourBar->clear();
}

void FeatureMapGallery::selectLayer(int layer)
{
    if (!m_outputs || layer < 0 || layer >= static_cast<int>(m_outputs->size()))
        return;
    if (layer == m_selected && m_canvas->hasPictures() && m_canvas->pictures().layer == layer) {
        if (m_list->currentRow() != layer) {
            const QSignalBlocker block(m_list);
            m_list->setCurrentRow(layer);
        }
        return;
    }
    m_selected = layer;
    m_autoFit = true;
    {
        const QSignalBlocker block(m_list);
        m_list->setCurrentRow(layer);
    }
    startPictures();
    emit layerSelected(layer);
}

void FeatureMapGallery::setReceptiveChain(int layer, const std::vector<std::vector<Interval>>& chain)
{
    m_chainLayer = chain.empty() ? -1 : layer;
    m_chain = chain;
    if (!chain.empty()) {
        m_clickedLayer = layer;
        std::vector<int> cell;
        for (const Interval& v : chain.back())
            cell.push_back(static_cast<int>(v.first));
        m_clicked = cell;
    }
    updateRegion();
}

void FeatureMapGallery::updateRegion()
{
    std::optional<std::vector<Interval>> region;
    std::optional<std::vector<int>> cell;
    if (m_chainLayer >= m_selected && m_selected >= 0 && static_cast<int>(m_chain.size()) > m_selected + 1
        && m_selected != m_chainLayer)
        region = m_chain[static_cast<std::size_t>(m_selected) + 1];
    if (m_clicked && m_clickedLayer == m_selected)
        cell = m_clicked;
    m_canvas->setRegion(region, cell);
}

void FeatureMapGallery::setScale(Scale scale)
{
    if (scale == m_scale)
        return;
    m_scale = scale;
    {
        const QSignalBlocker block(m_scaleBox);
        m_scaleBox->setCurrentIndex(scale == Scale::PerChannel ? 1 : 0);
    }
    startPictures();
}

void FeatureMapGallery::setZoom(double zoom)
{
    m_autoFit = false;
    // Keep the middle of what is visible in the middle.
    QScrollBar* h = m_scroll->horizontalScrollBar();
    QScrollBar* v = m_scroll->verticalScrollBar();
    const double fx = (h->value() + h->pageStep() / 2.0) / std::max(1, m_canvas->width());
    const double fy = (v->value() + v->pageStep() / 2.0) / std::max(1, m_canvas->height());
    m_canvas->setZoom(zoom);
    h->setValue(static_cast<int>(fx * m_canvas->width() - h->pageStep() / 2.0));
    v->setValue(static_cast<int>(fy * m_canvas->height() - v->pageStep() / 2.0));
}

void FeatureMapGallery::zoomBy(double factor)
{
    setZoom(m_canvas->zoom() * factor);
}

void FeatureMapGallery::zoomToFit()
{
    m_canvas->setViewportWidth(m_scroll->viewport()->width());
    m_canvas->setZoom(m_canvas->fitZoom(m_scroll->viewport()->width(), m_scroll->viewport()->height()));
    m_autoFit = true;
}

int FeatureMapGallery::layerCount() const { return m_outputs ? static_cast<int>(m_outputs->size()) : 0; }

int FeatureMapGallery::channelCount() const
{
    if (!m_outputs || m_selected < 0)
        return 0;
    const Tensor& t = (*m_outputs)[static_cast<std::size_t>(m_selected)];
    return t.ndim() <= 1 ? 1 : t.channels();
}

double FeatureMapGallery::zoom() const { return m_canvas->zoom(); }

bool FeatureMapGallery::isBusy() const { return m_request != m_delivered; }

QString FeatureMapGallery::rangeText() const { return m_range->text(); }

QRectF FeatureMapGallery::cellRect(int channel, const std::vector<int>& position) const
{
    return m_canvas->cellRect(channel, position);
}

QWidget* FeatureMapGallery::canvas() const { return m_canvas; }

void FeatureMapGallery::rebuildList()
{
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (int i = 0; i < static_cast<int>(m_outputs->size()); ++i) {
        const Tensor& t = (*m_outputs)[static_cast<std::size_t>(i)];
        auto* item = new QListWidgetItem(QStringLiteral("%1\n%2").arg(m_names.value(i), shapeText(t.shape())), m_list);
        item->setToolTip(tr("%1: output %2").arg(m_names.value(i), QString::fromStdString(t.shapeString())));
        item->setSizeHint(QSize(0, kThumb + 8));
    }
    m_list->setCurrentRow(m_selected);
}

void FeatureMapGallery::startThumbnails()
{
    const quint64 request = ++m_thumbnailRequest;
    whenFinished(this, QtConcurrent::run(playgroundWorkerPool(), [outputs = m_outputs] {
        lowerThreadPriority();
        return thumbnails(outputs);
    }), [this, request](std::vector<QImage> images) {
        if (request != m_thumbnailRequest)
            return;
        for (int i = 0; i < m_list->count() && i < static_cast<int>(images.size()); ++i)
            if (!images[static_cast<std::size_t>(i)].isNull())
                m_list->item(i)->setIcon(QIcon(QPixmap::fromImage(images[static_cast<std::size_t>(i)])));
    });
}

void FeatureMapGallery::startPictures()
{
    if (!m_outputs || m_selected < 0)
        return;
    const quint64 request = ++m_request;
    updateHeader();
    whenFinished(this, QtConcurrent::run(playgroundWorkerPool(), [outputs = m_outputs, layer = m_selected, perChannel = m_scale == Scale::PerChannel, request] {
        return buildGalleryPictures(outputs, layer, perChannel, request);
    }), [this](GalleryPictures pictures) {
        if (pictures.request != m_request)
            return; // a newer request is on its way
        m_delivered = pictures.request;
        if (m_canvas->pictures().layer != pictures.layer) { // another layer: start at its top
            m_scroll->verticalScrollBar()->setValue(0);
            m_scroll->horizontalScrollBar()->setValue(0);
        }
        m_canvas->setViewportWidth(m_scroll->viewport()->width());
        m_canvas->setPictures(std::move(pictures));
        if (m_autoFit)
            m_canvas->setZoom(m_canvas->fitZoom(m_scroll->viewport()->width(), m_scroll->viewport()->height()));
        updateRegion();
        updateHeader();
        emit picturesReady();
    });
}

void FeatureMapGallery::updateHeader()
{
    if (!m_outputs || m_selected < 0)
        return;
    const Tensor& t = (*m_outputs)[static_cast<std::size_t>(m_selected)];
    const QString name = m_names.value(m_selected);
    std::vector<int> spatial(t.shape().begin() + (t.ndim() > 1 ? 1 : 0), t.shape().end());
    if (t.ndim() <= 1)
        m_title->setText(tr("%1 — a flat vector of %2 values").arg(name).arg(t.dim(0)));
    else if (t.channels() == 1)
        m_title->setText(tr("%1 — one map of %2").arg(name, shapeText(spatial)));
    else
        m_title->setText(tr("%1 — %2 maps of %3").arg(name).arg(t.channels()).arg(shapeText(spatial)));
    if (isBusy()) {
        m_range->setText(tr("drawing %1 maps…").arg(channelCount()));
        return;
    }
    const GalleryPictures& p = m_canvas->pictures();
    if (p.scales.empty())
        return;
    const DisplayScale& s = p.scales.front();
    const bool perChannel = m_scale == Scale::PerChannel && p.scales.size() > 1;
    const QString what = p.kind == GalleryPictures::Kind::Maps ? QString() : tr(" (bar and line heights)");
    if (perChannel)
        m_range->setText(s.diverging ? tr("blue −m · white 0 · red +m, m beside each map%1").arg(what)
                                     : tr("black 0 · white ≥ m, m beside each map%1").arg(what));
    else
        m_range->setText(s.diverging ? tr("blue ≤ %1 · white 0 · red ≥ %2%3").arg(number(s.low), number(s.high), what)
                                     : tr("black 0 · white ≥ %1%2").arg(number(s.high), what));
    m_range->setToolTip(perChannel
            ? tr("Each map on its own scale, clipped at the 99th percentile of its |value|")
            : tr("One scale for the whole layer, clipped at the 99th percentile of |value| so a few strong "
                 "responses do not wash the rest out"));
    m_colourBar->setPixmap(QPixmap::fromImage(colourBar(s, m_colourBar->width(), m_colourBar->height())));
}

bool FeatureMapGallery::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize) {
        m_canvas->setViewportWidth(m_scroll->viewport()->width());
        if (m_autoFit && m_canvas->hasPictures())
            m_canvas->setZoom(m_canvas->fitZoom(m_scroll->viewport()->width(), m_scroll->viewport()->height()));
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace convscope::ui
