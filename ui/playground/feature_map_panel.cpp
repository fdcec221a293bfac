#include "feature_map_panel.h"

#include "cvqt.h"
#include "image_io.h"
#include "picture_scaling.h"
#include "playground_model.h"
#include "worker_pool.h"
#include "worker_priority.h"
#include "scene.h"

#include "future_watch.h"
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QThreadPool>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <cmath>
#include <utility>

namespace convscope::ui {

namespace {

QString number(float v)
{
    if (std::abs(v) >= 1000.0f || (std::abs(v) < 0.01f && v != 0.0f))
        return QString::number(v, 'g', 3);
    return QString::number(v, 'f', std::abs(v) >= 100.0f ? 0 : 2);
}

// The colour bar of a scale: grey ramp, or blue-white-red for signed values.
QImage colourBar(const DisplayScale &scale, int width, int height)
{
    Tensor ramp({ 1, 1, width });
    for (int x = 0; x < width; ++x)
        ramp[x] = scale.low + (scale.high - scale.low) * static_cast<float>(x) / static_cast<float>(std::max(1, width - 1));
    const QImage line = matToImage(toDisplay(ramp, 0, scale));
    return line.scaled(width, height);
}

int columnsFor(int count)
{
    return count == 1 ? 1 : count <= 4 ? 2 : count <= 9 ? 3 : 4;
}

// The picture area of one tile when `count` maps share the host (6 px for the selection frame).
QSize tileInner(int count, const QSize &host)
{
    const int columns = columnsFor(count);
    const int rows = (count + columns - 1) / columns;
    const QSize tile((host.width() - 6 * (columns - 1)) / columns - 6, (host.height() - 6 * (rows - 1)) / rows - 6);
    return (tile - QSize(6, 6)).expandedTo(QSize(16, 16));
}

// A map at its tile size: small maps blown up with visible cells, the rest resized smoothly (on
// this thread alone, see picture_scaling.h).
QImage tileImage(const QImage &image, const QSize &inner)
{
    const QSize size = fittedSize(image.size(), inner);
    if (image.width() < inner.width() / 2)
        return image.scaled(size, Qt::IgnoreAspectRatio, Qt::FastTransformation);
    return resampled(image, size);
}

} // namespace

FeatureMapPanel::FeatureMapPanel(PlaygroundModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("featureMapPanel"));
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    layout->addWidget(m_title);
    // A plain label rather than a busy QProgressBar: Qt 6.4's busy bar repaints for tens of
    // milliseconds per frame on the GUI thread (measured with bench_gui_latency).
    m_busy = new QLabel(tr("computing…"), this);
    m_busy->setObjectName(QStringLiteral("featureMapsBusy"));
    m_busy->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    m_busy->setVisible(false);
    layout->addWidget(m_busy);
    m_tilesHost = new QWidget(this);
    m_tiles = new QGridLayout(m_tilesHost);
    m_tiles->setContentsMargins(0, 0, 0, 0);
    m_tiles->setSpacing(6);
    m_tiles->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    layout->addWidget(m_tilesHost, 1);
    m_colourBar = new QLabel(this);
    m_colourBar->setAlignment(Qt::AlignCenter);
    m_colourBar->setFixedHeight(18);
    m_colourBar->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    layout->addWidget(m_colourBar);
    m_range = new QLabel(this);
    m_range->setAlignment(Qt::AlignCenter);
    m_range->setWordWrap(true);
    layout->addWidget(m_range);
    setToolTip(tr("The whole output of the layer, one map per output channel. Click a map to animate "
                  "that channel."));

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(40); // a spin box held down computes once it pauses
    connect(m_debounce, &QTimer::timeout, this, &FeatureMapPanel::start);
    connect(m_model, &PlaygroundModel::stateChanged, this, &FeatureMapPanel::schedule);
    connect(m_model, &PlaygroundModel::outputReady, this, [this] {
        if (m_waitingForOutput)
            start();
    });
    connect(m_model, &PlaygroundModel::sceneChanged, this, &FeatureMapPanel::updateSelection);
    schedule();
}

FeatureMapPanel::~FeatureMapPanel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void FeatureMapPanel::schedule()
{
    ++m_pending;
    m_busy->show();
    m_debounce->start();
}

void FeatureMapPanel::start()
{
    m_waitingForOutput = false;
    if (m_cancel)
        m_cancel->store(true); // the running computation is stale now
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const PlaygroundState &state = m_model->state();
    if (!state.input) {
        m_finished = m_pending;
        m_busy->hide();
        return;
    }
    const quint64 request = m_pending;
    // The tiles are resized in the worker too, for the panel's size now.
    const QSize inner = tileInner(std::max(1, state.plan.outChannels), m_tilesHost->size());
    QFuture<std::shared_ptr<Maps>> future;
    // Handed over by pointer, so the pictures are neither copied nor freed with the future on the
    // GUI thread.
    const auto tiled = [request, inner](OutputPictures pictures, std::vector<int> shape) {
        auto maps = std::make_shared<Maps>();
        maps->request = request;
        maps->low = pictures.low;
        maps->high = pictures.high;
        maps->diverging = pictures.diverging;
        maps->shape = std::move(shape);
        maps->images = std::move(pictures.images);
        for (const QImage &map : maps->images)
            maps->tiles.push_back(tileImage(map, inner));
        maps->tileSize = inner;
        return maps;
    };
    if (!state.scene.input.crop && state.input->ndim() == 3) {
        // The stage's input is the whole picture, so its output (2-d maps, with their pictures) is
        // this panel's: computed once, by the model.
        if (!state.activated) {
            m_waitingForOutput = true; // outputReady
            return;
        }
        future = QtConcurrent::run(playgroundWorkerPool(),
            [tiled, pictures = state.outputPictures, shape = state.activated->shape()]() mutable {
                return tiled(std::move(pictures), std::move(shape));
            });
    } else {
        // Photos: the whole image, not just the animated crop.
        Scene whole = state.scene;
        whole.input.crop.reset();
        future = QtConcurrent::run(playgroundWorkerPool(),
            [tiled, whole, image = m_model->image(), fallback = state.input, weight = state.weight,
                bias = state.bias, cancel = m_cancel]() -> std::shared_ptr<Maps> {
                const auto none = [&tiled] { return tiled({}, {}); }; // the request ends without maps
                auto input = image ? sceneInput(whole, image.get()) : Result<Tensor>(*fallback);
                if (!input)
                    return none();
                RunOptions options;
                lowerThreadPriority();
                options.threads = kWorkerThreads;
                options.cancelled = [cancel] { return cancel->load(); };
                auto out = computeSceneLayer(whole.layer, *input, weight.get(), bias.get(), options);
                if (!out)
                    return none();
                // The same colours as the stage's output map; the QImages are built here in the
                // worker.
                return tiled(outputPictures(out->activated), out->activated.shape());
            });
    }
    whenFinished(this, future, [this](std::shared_ptr<Maps> maps) {
        if (!maps || maps->request != m_pending)
            return; // a newer request is on its way
        m_finished = maps->request; // also without maps: waiting for it would never end
        m_busy->hide();
        if (maps->images.empty())
            return;
        // The previous maps are freed in a worker (megabytes the allocator would hand back to the
        // system on the GUI thread).
        Maps old = std::exchange(m_maps, std::move(*maps));
        playgroundWorkerPool()->start([old = std::move(old)]() mutable { old = Maps(); });
        rebuildTiles();
        emit mapsUpdated();
    });
}

void FeatureMapPanel::rebuildTiles()
{
    const int count = static_cast<int>(m_maps.images.size());
    while (static_cast<int>(m_tileLabels.size()) > count) {
        delete m_tileLabels.back();
        m_tileLabels.pop_back();
    }
    while (static_cast<int>(m_tileLabels.size()) < count) {
        auto *label = new QLabel(m_tilesHost);
        label->setAlignment(Qt::AlignCenter);
        // A fixed size (set below): new pictures must not make the window lay itself out again.
        label->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
        label->setCursor(Qt::PointingHandCursor);
        label->installEventFilter(this);
        m_tileLabels.push_back(label);
    }
    if (count == 0)
        return;
    const int columns = columnsFor(count);
    const QSize inner = tileInner(count, m_tilesHost->size());
    const bool prepared = m_maps.tileSize == inner && static_cast<int>(m_maps.tiles.size()) == count;
    // Resized (a dock dragged, a scroll bar appearing beside): the maps are shown at once
    // resized coarsely, and smoothly once a worker has done it. Sixteen smooth resizes took 7 ms
    // of the GUI thread, on top of the window's layout and repaint (bench_gui_latency).
    if (!prepared)
        retile(inner);
    for (int c = 0; c < count; ++c) {
        QLabel *label = m_tileLabels[static_cast<std::size_t>(c)];
        const QImage &image = m_maps.images[static_cast<std::size_t>(c)];
        QPixmap pixmap = QPixmap::fromImage(prepared
                ? m_maps.tiles[static_cast<std::size_t>(c)]
                : image.scaled(fittedSize(image.size(), inner), Qt::IgnoreAspectRatio, Qt::FastTransformation));
        label->setPixmap(pixmap);
        label->setFixedSize(pixmap.size() + QSize(6, 6)); // room for the selection frame
        label->setToolTip(tr("Output channel %1 — click to animate it").arg(c));
        label->setProperty("channel", c);
        m_tiles->addWidget(label, c / columns, c % columns);
    }
    m_selected = -1;
    updateSelection();
    QStringList dims;
    for (std::size_t i = 1; i < m_maps.shape.size(); ++i)
        dims << QString::number(m_maps.shape[i]);
    m_title->setText(count == 1 ? tr("Output on the whole input: %1").arg(dims.join(QStringLiteral(" × ")))
                                : tr("Output on the whole input: %1 maps of %2").arg(count).arg(dims.join(QStringLiteral(" × "))));
    DisplayScale scale { m_maps.low, m_maps.high, m_maps.diverging };
    m_colourBar->setPixmap(QPixmap::fromImage(colourBar(scale, std::max(60, width() - 40), 14)));
    m_range->setText(m_maps.diverging
            ? tr("blue ≤ %1 · white 0 · red ≥ %2").arg(number(m_maps.low), number(m_maps.high))
            : tr("black %1 · white ≥ %2").arg(number(m_maps.low), number(m_maps.high)));
    m_range->setToolTip(tr("One colour scale for all maps, clipped at the 99th percentile of |value| so a few "
                           "strong responses do not wash the rest out"));
}

void FeatureMapPanel::retile(const QSize &inner)
{
    const quint64 request = m_maps.request;
    if (m_retiling == inner && m_retilingRequest == request)
        return; // on its way
    m_retiling = inner;
    m_retilingRequest = request;
    auto future = QtConcurrent::run(playgroundWorkerPool(), [images = m_maps.images, inner] {
        auto tiles = std::make_shared<std::vector<QImage>>();
        for (const QImage &map : images)
            tiles->push_back(tileImage(map, inner));
        return tiles;
    });
    whenFinished(this, future, [this, request, inner](std::shared_ptr<std::vector<QImage>> tiles) {
        if (m_retiling == inner && m_retilingRequest == request)
            m_retiling = QSize();
        const int count = static_cast<int>(m_maps.images.size());
        // Stale when newer maps arrived or the panel was resized again meanwhile.
        if (!tiles || m_maps.request != request || count == 0 || tileInner(count, m_tilesHost->size()) != inner)
            return;
        m_maps.tiles = std::move(*tiles);
        m_maps.tileSize = inner;
        rebuildTiles();
    });
}

void FeatureMapPanel::updateSelection()
{
    const int count = static_cast<int>(m_tileLabels.size());
    const int selected = count > 1 ? m_model->scene().animation.outputChannel : -1;
    if (selected == m_selected)
        return;
    for (int c = 0; c < count; ++c)
        if (c == selected || c == m_selected || m_selected == -1)
            m_tileLabels[static_cast<std::size_t>(c)]->setStyleSheet(c == selected
                    ? QStringLiteral("border: 3px solid #e8a317;")
                    : QStringLiteral("border: 3px solid transparent;"));
    m_selected = selected;
}

void FeatureMapPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    rebuildTiles();
}

bool FeatureMapPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        const QVariant channel = watched->property("channel");
        if (channel.isValid()) {
            Scene scene = m_model->scene();
            scene.animation.outputChannel = channel.toInt();
            m_model->setScene(scene, tr("Animated output channel"));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace convscope::ui
