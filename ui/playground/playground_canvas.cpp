#include "playground_canvas.h"

#include "arithmetic.h"
#include "future_watch.h"
#include "i18n/engine_messages.h"
#include "playground_model.h"
#include "worker_pool.h"

#include <QMouseEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QPen>
#include <QThreadPool>
#include <QTimer>
#include <QToolTip>
#include <QWheelEvent>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>

namespace convscope::ui {

namespace {

constexpr double kMinZoom = 0.25;
constexpr double kMaxZoom = 200.0;
constexpr double kDragThreshold = 4.0; // px: less is a click

// What identifies the input, so a new photo or grid starts with a fitted view.
std::string inputKey(const Scene& s)
{
    const SceneInput& in = s.input;
    return std::to_string(int(in.source)) + '|' + in.sample + '|' + in.path + '|'
        + std::to_string(in.gridRows) + 'x' + std::to_string(in.gridCols) + '|'
        + std::to_string(s.layer.spatialDims);
}

} // namespace

PlaygroundCanvas::PlaygroundCanvas(PlaygroundModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
{
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::WheelFocus);
    m_updateSoon = new QTimer(this);
    m_updateSoon->setSingleShot(true);
    m_updateSoon->setInterval(0);
    connect(m_updateSoon, &QTimer::timeout, this, [this] { update(); });
    // Several model signals of one edit make one background frame.
    m_renderSoon = new QTimer(this);
    m_renderSoon->setSingleShot(true);
    m_renderSoon->setInterval(0);
    connect(m_renderSoon, &QTimer::timeout, this, &PlaygroundCanvas::renderInBackground);
    connect(model, &PlaygroundModel::stateChanged, m_renderSoon, qOverload<>(&QTimer::start));
    connect(model, &PlaygroundModel::outputReady, m_renderSoon, qOverload<>(&QTimer::start));
    connect(model, &PlaygroundModel::problemChanged, m_renderSoon, qOverload<>(&QTimer::start));
    connect(model, &PlaygroundModel::stepChanged, this, [this] {
        // A step of the state on screen paints at once (the animation); the step an edit moved
        // to comes with that edit's frame.
        if (frameComing() || !m_model || m_model->state().generation != m_frameKey.generation)
            m_renderSoon->start();
        else
            updateSoon();
    });
    connect(model, &PlaygroundModel::sceneChanged, this, &PlaygroundCanvas::onSceneChanged);
    m_inputKey = inputKey(model->scene());
    m_zoom = std::clamp(model->scene().view.zoom, kMinZoom, kMaxZoom);
}

PlaygroundCanvas::~PlaygroundCanvas()
{
    // A frame being drawn uses the fonts and the application: done before they go.
    stageFramePool()->waitForDone();
}

void PlaygroundCanvas::onSceneChanged()
{
    if (!m_model)
        return;
    const std::string key = inputKey(m_model->scene());
    if (key != m_inputKey) {
        m_inputKey = key;
        m_pan = QPointF();
        m_zoom = std::clamp(m_model->scene().view.zoom, kMinZoom, kMaxZoom);
        m_hover.reset();
        emit zoomChanged(m_zoom);
    }
    m_renderSoon->start();
}

void PlaygroundCanvas::updateSoon()
{
    // A step's repaint waits for the event loop's next turn (timers, input) rather than running
    // right behind the work that changed the step. (A queued call would not do: it runs before an
    // update request already posted, which would then paint the stage too.)
    m_updateSoon->start();
}

void PlaygroundCanvas::setPresenterScale(double scale)
{
    m_presenterScale = std::clamp(scale, 0.5, 3.0);
    update();
}

void PlaygroundCanvas::setZoom(double zoom)
{
    zoomAt(QRectF(rect()).center(), std::clamp(zoom, kMinZoom, kMaxZoom) / m_zoom);
}

void PlaygroundCanvas::resetView()
{
    m_zoom = 1.0;
    m_pan = QPointF();
    emit zoomChanged(m_zoom);
    update();
}

StageOptions PlaygroundCanvas::stageOptions() const
{
    StageOptions o;
    if (!m_model)
        return o;
    const Scene& scene = m_model->scene();
    o.theme = scene.view.theme == "dark" ? StageTheme::Dark : StageTheme::Light;
    o.numbers = scene.view.numbers;
    o.zoom = m_zoom;
    o.pan = m_pan;
    o.outputChannel = scene.animation.outputChannel;
    o.presenterScale = m_presenterScale;
    o.problem = m_model->problem();
    o.hover = m_hover;
    return o;
}

QSize PlaygroundCanvas::sizeHint() const
{
    return { 1200, 800 };
}

QSize PlaygroundCanvas::minimumSizeHint() const
{
    return { 480, 320 };
}

PlaygroundCanvas::FrameKey PlaygroundCanvas::frameKey() const
{
    FrameKey key;
    if (!m_model)
        return key;
    const PlaygroundState& state = m_model->state();
    key.generation = state.generation;
    key.output = state.activated.get();
    key.step = m_model->step();
    key.size = size();
    key.dpr = devicePixelRatioF();
    key.options = stageOptions();
    return key;
}

bool PlaygroundCanvas::frameComing() const
{
    return m_rendering || m_renderSoon->isActive();
}

void PlaygroundCanvas::renderInBackground()
{
    if (!m_model)
        return;
    if (m_rendering) {
        m_renderAgain = true;
        return;
    }
    const FrameKey key = frameKey();
    if (!isVisible() || key.size.isEmpty() || key == m_frameKey) {
        update();
        return;
    }
    const QSize pixels = (QSizeF(key.size) * key.dpr).toSize();
    QImage buffer = std::move(m_spare);
    if (buffer.size() != pixels)
        buffer = QImage(pixels, QImage::Format_RGB32);
    buffer.setDevicePixelRatio(key.dpr);
    m_rendering = true;
    // A snapshot (the tensors are shared, not copied); the job owns everything it uses.
    auto job = QtConcurrent::run(stageFramePool(),
        [state = std::make_shared<const PlaygroundState>(m_model->state()), key,
            buffer = std::move(buffer)]() mutable {
            {
                QPainter painter(&buffer);
                paintStage(painter, QRectF(QPointF(0, 0), QSizeF(key.size)), *state, key.step,
                    key.options);
            }
            // The snapshot goes with the job, on this thread: it may hold the last reference to
            // an old output.
            state.reset();
            return std::move(buffer);
        });
    whenFinished(this, job, [this, key](QImage image) {
        m_rendering = false;
        // Kept even when the view moved on meanwhile (a step, the pointer): then the stage paints
        // on the spot, and the next steps of this state do too.
        m_spare = std::exchange(m_frame, std::move(image));
        m_frameKey = key;
        m_backgroundFrames += key == frameKey();
        if (std::exchange(m_renderAgain, false))
            renderInBackground();
        update();
    });
}

void PlaygroundCanvas::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    if (!m_model)
        return;
    // The last background frame is shown while it is current, and also while the frame of a newer
    // model state is being drawn (the view itself unchanged): that frame is moments away.
    const FrameKey key = frameKey();
    if (!m_frame.isNull()
        && (key == m_frameKey
            || (frameComing() && key.size == m_frameKey.size && key.dpr == m_frameKey.dpr
                && key.options == m_frameKey.options)))
        painter.drawImage(QPointF(0, 0), m_frame);
    else
        paintStage(painter, QRectF(rect()), m_model->state(), m_model->step(), key.options);
    if ((m_cropping || m_region) && m_dragging) {
        painter.setPen(QPen(stageHighlightColor(stageOptions().theme), 2, Qt::DashLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRectF(m_pressPoint, m_dragPoint).normalized());
    }
}

void PlaygroundCanvas::zoomAt(const QPointF& point, double factor)
{
    if (!m_model)
        return;
    const double zoom = std::clamp(m_zoom * factor, kMinZoom, kMaxZoom);
    if (zoom == m_zoom)
        return;
    // Keep the input point under the pointer where it is: compare the plane's mapping before and
    // after the change and move the pan by the difference.
    const PlaygroundState& state = m_model->state();
    StageOptions options = stageOptions();
    const StageLayout before = stageLayout(QRectF(rect()), state, m_model->step(), options);
    options.zoom = zoom;
    const StageLayout after = stageLayout(QRectF(rect()), state, m_model->step(), options);
    if (!before.inputPlanes.empty() && !after.inputPlanes.empty()) {
        const StagePlane& b = before.inputPlanes.front();
        const StagePlane& a = after.inputPlanes.front();
        const QPointF cells(
            (point.x() - b.origin.x()) / b.pitchX, (point.y() - b.origin.y()) / b.pitchY);
        const QPointF moved(
            a.origin.x() + cells.x() * a.pitchX, a.origin.y() + cells.y() * a.pitchY);
        m_pan += point - moved;
    }
    if (zoom == 1.0 || std::abs(zoom - 1.0) < 1e-3)
        m_pan = QPointF();
    m_zoom = zoom;
    emit zoomChanged(m_zoom);
    update();
}

void PlaygroundCanvas::wheelEvent(QWheelEvent* event)
{
    // Wheel and Ctrl+wheel both zoom the input: the stage has nothing to scroll.
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0) {
        event->ignore();
        return;
    }
    zoomAt(event->position(), std::pow(1.25, steps));
    event->accept();
}

void PlaygroundCanvas::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_pressed = true;
    m_dragging = false;
    m_pressPoint = event->position();
    m_dragPoint = m_pressPoint;
    m_panAtPress = m_pan;
    // Shift+drag on a photo chooses the crop instead of panning.
    m_cropping = (event->modifiers() & Qt::ShiftModifier) && m_model && m_model->image()
        && m_model->state().input && m_model->state().input->ndim() == 3;
    // Ctrl+drag (or the region tool) chooses the region that becomes the kernel.
    m_region = !m_cropping && ((event->modifiers() & Qt::ControlModifier) || m_tool == Tool::Region)
        && m_model && m_model->state().input && m_model->state().input->ndim() == 3;
    if (!m_cropping && !m_region && (m_tool == Tool::Brush || m_tool == Tool::Eraser) && m_model) {
        QString why;
        if (!canPaint(&why)) {
            emit statusMessage(why);
            return;
        }
        m_stroking = true;
        m_strokeScene = m_model->scene();
        m_strokeBefore = m_model->image();
        if (m_strokeBefore && m_model->state().input && m_model->state().input->ndim() == 3)
            m_strokeImage = std::make_shared<Tensor>(*m_strokeBefore);
        m_lastPaint.reset();
        paintAt(m_pressPoint);
    }
}

void PlaygroundCanvas::mouseMoveEvent(QMouseEvent* event)
{
    if (m_stroking) {
        paintAt(event->position());
        updateHover(event->position());
        return;
    }
    if (m_pressed) {
        const QPointF delta = event->position() - m_pressPoint;
        if (!m_dragging && std::hypot(delta.x(), delta.y()) > kDragThreshold) {
            m_dragging = true;
            setCursor(m_cropping || m_region ? Qt::CrossCursor : Qt::ClosedHandCursor);
        }
        if (m_dragging) {
            if (m_cropping || m_region)
                m_dragPoint = event->position();
            else
                m_pan = m_panAtPress + delta;
            update();
            return;
        }
    }
    updateHover(event->position());
}

void PlaygroundCanvas::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || !m_pressed)
        return;
    m_pressed = false;
    if (m_stroking) {
        m_dragging = false;
        finishStroke();
        return;
    }
    if (m_dragging) {
        m_dragging = false;
        if (m_tool == Tool::Pan)
            unsetCursor();
        else
            setCursor(Qt::CrossCursor);
        if (m_region) {
            m_region = false;
            applyRegion(m_pressPoint, event->position());
            update();
            return;
        }
        if (m_cropping) {
            m_cropping = false;
            applyCrop(m_pressPoint, event->position());
            update();
        }
        return;
    }
    if (!m_model)
        return;
    const StageLayout layout
        = stageLayout(QRectF(rect()), m_model->state(), m_model->step(), stageOptions());
    if (auto cell = stageCellAt(layout, event->position()))
        activateCell(*cell);
}

void PlaygroundCanvas::applyCrop(const QPointF& from, const QPointF& to)
{
    const PlaygroundState& state = m_model->state();
    const StageLayout layout = stageLayout(QRectF(rect()), state, m_model->step(), stageOptions());
    const auto a = stageCellAt(layout, from), b = stageCellAt(layout, to);
    if (!a || !b || a->panel != StageCell::Panel::Input || b->panel != StageCell::Panel::Input)
        return;
    // Cells of the shown input (the current crop), clamped out of the padding ring.
    const int h = state.input->dim(1), w = state.input->dim(2);
    const int y0 = std::clamp(std::min(a->index[0], b->index[0]), 0, h - 1);
    const int y1 = std::clamp(std::max(a->index[0], b->index[0]), 0, h - 1);
    const int x0 = std::clamp(std::min(a->index[1], b->index[1]), 0, w - 1);
    const int x1 = std::clamp(std::max(a->index[1], b->index[1]), 0, w - 1);
    Scene scene = m_model->scene();
    const CropRect old = scene.input.crop.value_or(CropRect { 0, 0, w, h });
    scene.input.crop = CropRect { old.x + x0, old.y + y0, x1 - x0 + 1, y1 - y0 + 1 };
    m_model->setScene(scene, tr("Crop"));
}

void PlaygroundCanvas::setTool(Tool tool)
{
    if (tool == m_tool)
        return;
    if (m_stroking)
        finishStroke();
    m_tool = tool;
    if (tool == Tool::Pan)
        unsetCursor();
    else
        setCursor(Qt::CrossCursor);
    emit toolChanged(tool);
}

void PlaygroundCanvas::applyRegion(const QPointF& from, const QPointF& to)
{
    const PlaygroundState& state = m_model->state();
    const StageLayout layout = stageLayout(QRectF(rect()), state, m_model->step(), stageOptions());
    const auto a = stageCellAt(layout, from), b = stageCellAt(layout, to);
    if (!a || !b || a->panel != StageCell::Panel::Input || b->panel != StageCell::Panel::Input) {
        emit statusMessage(tr("Drag the rectangle on the input to use it as the kernel."));
        return;
    }
    const int x0 = std::min(a->index[1], b->index[1]), x1 = std::max(a->index[1], b->index[1]);
    const int y0 = std::min(a->index[0], b->index[0]), y1 = std::max(a->index[0], b->index[0]);
    useRegionAsKernel(InputRegion { x0, y0, x1 - x0 + 1, y1 - y0 + 1 });
}

bool PlaygroundCanvas::useRegionAsKernel(const InputRegion& region)
{
    if (!m_model || !m_model->state().input)
        return false;
    const Scene& scene = m_model->scene();
    RegionKernelOptions options;
    options.normalise = m_regionNormalise;
    options.outputChannel = m_regionAllOutputs ? -1 : scene.animation.outputChannel;
    auto made = sceneWithRegionKernel(scene, *m_model->state().input, region, options);
    if (!made) {
        emit statusMessage(tr("Cannot use the region as the kernel: %1").arg(translateEngineMessage(made.error().message)));
        return false;
    }
    m_model->setScene(made->scene, tr("Use region as kernel"));
    const InputRegion& r = made->used;
    QString message = tr("Kernel %1×%2 from the region at (%3, %4), mean removed%5, %6; stride 1 and padding "
                         "“same”, so the response map lines up with the input: bright where the pattern recurs.")
                          .arg(r.width)
                          .arg(r.height)
                          .arg(r.x)
                          .arg(r.y)
                          .arg(m_regionNormalise ? tr(", unit norm") : QString())
                          .arg(m_regionAllOutputs ? tr("every output channel") : tr("output channel %1").arg(options.outputChannel));
    if (made->clamped)
        message = tr("The region was cut to %1×%1 around its centre (the largest kernel). ").arg(kMaxRegionKernel) + message;
    emit statusMessage(message);
    return true;
}

bool PlaygroundCanvas::canPaint(QString* why) const
{
    const PlaygroundState& state = m_model->state();
    if (!state.input) {
        *why = tr("There is no valid input to draw on.");
        return false;
    }
    const InputSource source = m_model->scene().input.source;
    if (source == InputSource::Grid)
        return true;
    if ((source == InputSource::Sample || source == InputSource::Image) && m_model->image() && state.input->ndim() == 3)
        return true;
    *why = source == InputSource::Signal ? tr("The brush draws on grids and photos, not on a generated signal.")
                                         : tr("The brush draws on the photo with a 2-D layer.");
    return false;
}

void PlaygroundCanvas::paintAt(const QPointF& point)
{
    const PlaygroundState& state = m_model->state();
    const StageLayout layout = stageLayout(QRectF(rect()), state, m_model->step(), stageOptions());
    const auto cell = stageCellAt(layout, point);
    if (!cell || cell->panel != StageCell::Panel::Input) {
        m_lastPaint.reset();
        return;
    }
    const bool twoD = state.input->ndim() == 3;
    const int x = twoD ? cell->index[1] : cell->index[0], y = twoD ? cell->index[0] : 0;
    // Every cell on the line from the last one, so a quick stroke leaves no gaps.
    const auto [lx, ly] = m_lastPaint.value_or(std::pair { x, y });
    const int n = std::max({ std::abs(x - lx), std::abs(y - ly), 1 });
    for (int i = 1; i <= n; ++i)
        paintCell(lx + (x - lx) * i / n, ly + (y - ly) * i / n);
    m_lastPaint = std::pair { x, y };
}

void PlaygroundCanvas::paintCell(int x, int y)
{
    const bool erase = m_tool == Tool::Eraser;
    if (m_strokeImage) {
        const CropRect crop = m_model->scene().input.crop.value_or(CropRect {});
        const float r = erase ? 0.0f : static_cast<float>(m_brushColour.redF());
        const float g = erase ? 0.0f : static_cast<float>(m_brushColour.greenF());
        const float b = erase ? 0.0f : static_cast<float>(m_brushColour.blueF());
        if (paintImage(*m_strokeImage, crop.x + x, crop.y + y, m_brushRadius, r, g, b))
            m_model->previewImage(m_strokeImage);
        return;
    }
    Scene scene = m_model->scene();
    if (paintGrid(scene, *m_model->state().input, x, y, m_brushRadius, erase ? 0.0f : m_brushValue))
        m_model->previewScene(scene);
}

void PlaygroundCanvas::finishStroke()
{
    m_stroking = false;
    m_lastPaint.reset();
    const QString what = m_tool == Tool::Eraser ? tr("Erase") : tr("Brush stroke");
    if (m_strokeImage)
        m_model->commitImagePaint(m_strokeBefore, what);
    else
        m_model->commitPreview(m_strokeScene, what);
    m_strokeImage.reset();
    m_strokeBefore.reset();
}

void PlaygroundCanvas::leaveEvent(QEvent* event)
{
    if (m_hover) {
        m_hover.reset();
        update();
    }
    QToolTip::hideText();
    QWidget::leaveEvent(event);
}

void PlaygroundCanvas::updateHover(const QPointF& point)
{
    if (!m_model)
        return;
    const PlaygroundState& state = m_model->state();
    const StageLayout layout = stageLayout(QRectF(rect()), state, m_model->step(), stageOptions());
    const std::optional<StageCell> cell = stageCellAt(layout, point);
    if (cell == m_hover)
        return;
    m_hover = cell;
    update();
    if (!cell) {
        QToolTip::hideText();
        return;
    }
    QStringList coords;
    for (int i = 0; i < state.plan.spatialDims; ++i)
        coords << QString::number(cell->index[static_cast<std::size_t>(i)]);
    const std::optional<double> value = stageCellValue(state, *cell);
    const QString where = cell->panel == StageCell::Panel::Input
        ? tr("input %1 (%2)")
              .arg(channelLabel(state, cell->channel), coords.join(QStringLiteral(", ")))
        : tr("output y%1 (%2)").arg(cell->channel).arg(coords.join(QStringLiteral(", ")));
    const QString text = value ? tr("%1 = %2").arg(where, formatNumber(*value)) : where;
    QToolTip::showText(mapToGlobal(point.toPoint()), text, this);
}

void PlaygroundCanvas::activateCell(const StageCell& cell)
{
    const PlaygroundState& state = m_model->state();
    if (cell.panel == StageCell::Panel::Output) {
        const int step = stepForOutput(state.window, cell.index);
        if (step >= 0)
            m_model->setStep(step);
        return;
    }
    // An input cell: the next window that reads it, so repeated clicks visit them all.
    const std::vector<int> steps = stepsReading(state.window, cell.index);
    if (steps.empty())
        return;
    const auto next = std::upper_bound(steps.begin(), steps.end(), m_model->step());
    m_model->setStep(next != steps.end() ? *next : steps.front());
}

} // namespace convscope::ui
