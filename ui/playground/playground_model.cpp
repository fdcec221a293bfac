#include "playground_model.h"
#include "worker_pool.h"
#include "worker_priority.h"

#include "cvqt.h"
#include "i18n/engine_messages.h"
#include "image_io.h"

#include "future_watch.h"
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QThreadPool>
#include <QUndoCommand>
#include <QUndoStack>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

namespace convscope::ui {

// One parameter edit. Consecutive edits of the same control (a spin box held down) merge into
// one undo step, through the command id derived from the edit's text.
class SceneEditCommand : public QUndoCommand {
public:
    SceneEditCommand(PlaygroundModel *model, Scene before, Scene after, const QString &what, bool merges = true)
        : QUndoCommand(what)
        , m_model(model)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_merges(merges)
        , m_applied(!merges) // a committed live edit is already shown
    {
    }
    void undo() override { m_model->apply(m_before); }
    void redo() override
    {
        if (!std::exchange(m_applied, false))
            m_model->apply(m_after);
    }
    int id() const override { return text().isEmpty() || !m_merges ? -1 : static_cast<int>(qHash(text()) & 0x7fffffff); }
    bool mergeWith(const QUndoCommand *other) override
    {
        if (other->text() != text())
            return false;
        m_after = static_cast<const SceneEditCommand *>(other)->m_after;
        return true;
    }

private:
    PlaygroundModel *m_model;
    Scene m_before;
    Scene m_after;
    bool m_merges = true;
    bool m_applied = false;
};

// One brush stroke on the photo: the whole image before and after (a few MB at most).
class ImagePaintCommand : public QUndoCommand {
public:
    ImagePaintCommand(PlaygroundModel *model, std::shared_ptr<const Tensor> before,
        std::shared_ptr<const Tensor> after, const QString &what)
        : QUndoCommand(what)
        , m_model(model)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
    }
    void undo() override { m_model->applyImage(m_before); }
    void redo() override
    {
        if (!std::exchange(m_applied, false))
            m_model->applyImage(m_after);
    }

private:
    PlaygroundModel *m_model;
    std::shared_ptr<const Tensor> m_before;
    std::shared_ptr<const Tensor> m_after;
    bool m_applied = true; // pushed after the stroke was shown
};

ValueRange valueRange(const Tensor &t)
{
    ValueRange r { std::numeric_limits<float>::infinity(), -std::numeric_limits<float>::infinity(), false };
    for (const float v : t.values())
        if (std::isfinite(v)) {
            r.low = std::min(r.low, v);
            r.high = std::max(r.high, v);
        }
    r.valid = r.low <= r.high;
    if (!r.valid)
        r.low = r.high = 0.0f;
    return r;
}

OutputPictures outputPictures(const Tensor &activated)
{
    std::vector<float> magnitudes;
    magnitudes.reserve(static_cast<std::size_t>(activated.numel()));
    bool negative = false;
    for (const float v : activated.values())
        if (std::isfinite(v)) {
            magnitudes.push_back(std::abs(v));
            negative = negative || v < 0;
        }
    float m = 1.0f;
    if (!magnitudes.empty()) {
        const auto k = magnitudes.begin() + static_cast<std::ptrdiff_t>(magnitudes.size() * 99 / 100);
        std::nth_element(magnitudes.begin(), k, magnitudes.end());
        m = *k > 0 ? *k : 1.0f;
    }
    DisplayScale scale;
    scale.low = negative ? -m : 0.0f;
    scale.high = m;
    scale.diverging = negative;
    OutputPictures pictures { {}, scale.low, scale.high, scale.diverging };
    // RGB32, the format the raster engine draws without converting (on every repaint) first.
    for (int c = 0; c < activated.channels(); ++c)
        pictures.images.push_back(
            matToImage(toDisplay(activated, c, scale)).convertToFormat(QImage::Format_RGB32));
    return pictures;
}

QImage inputPicture(const Tensor &input)
{
    if (input.ndim() != 3 || (input.channels() != 1 && input.channels() != 3))
        return {};
    const int h = input.dim(1), w = input.dim(2);
    const bool rgb = input.channels() == 3;
    // Written as RGB32 directly: QImage's own conversion of a picture this size would run on the
    // global thread pool while the GUI thread waits.
    QImage image(w, h, QImage::Format_RGB32);
    const auto byte = [](float v) { return static_cast<int>(std::lround(std::clamp(v, 0.0f, 1.0f) * 255.0f)); };
    for (int y = 0; y < h; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < w; ++x) {
            const std::int64_t i = static_cast<std::int64_t>(y) * w + x;
            const int r = byte(input.plane(0)[i]);
            line[x] = rgb ? qRgb(r, byte(input.plane(1)[i]), byte(input.plane(2)[i])) : qRgb(r, r, r);
        }
    }
    return image;
}

namespace {
// Frees the output buffers a state no longer needs (for the 16-channel cat two 8.7 MB tensors
// and 16 pictures) on a worker: freed on the GUI thread, the allocator handed the memory back to
// the system there, milliseconds per edit (bench_gui_latency). Anyone still holding a buffer
// keeps it; the last holder frees it.
void freeInWorker(std::shared_ptr<const Tensor> output, std::shared_ptr<const Tensor> activated,
    std::vector<QImage> pictures)
{
    if (!output && !activated && pictures.empty())
        return;
    playgroundWorkerPool()->start([output = std::move(output), activated = std::move(activated),
                                      pictures = std::move(pictures)]() mutable {
        output.reset();
        activated.reset();
        pictures.clear();
    });
}

// What the worker hands back: the output and everything derived from it for display.
struct ComputedOutput {
    Tensor output;
    Tensor activated;
    ValueRange range;
    OutputPictures pictures;
};

Result<ComputedOutput> computeForDisplay(const SceneLayer &layer, const Tensor &input, const Tensor *weight,
    const Tensor *bias, const RunOptions &options)
{
    auto out = computeSceneLayer(layer, input, weight, bias, options);
    if (!out)
        return out.error();
    ComputedOutput c { std::move(out->output), std::move(out->activated), {}, {} };
    c.range = valueRange(c.activated);
    if (c.activated.ndim() == 3) // 2-d maps; 1-d outputs are drawn as cells
        c.pictures = outputPictures(c.activated);
    return c;
}
} // namespace

PlaygroundModel::PlaygroundModel(QObject *parent)
    : QObject(parent)
    , m_undo(new QUndoStack(this))
{
    apply(m_scene);
}

PlaygroundModel::~PlaygroundModel() = default;

void PlaygroundModel::setScene(const Scene &edited, const QString &what)
{
    Scene scene = edited;
    normaliseScene(scene);
    if (scene == m_scene)
        return;
    m_undo->push(new SceneEditCommand(this, m_scene, scene, what.isEmpty() ? tr("Edit") : what));
}

void PlaygroundModel::previewScene(const Scene &edited)
{
    Scene scene = edited;
    normaliseScene(scene);
    if (!(scene == m_scene))
        apply(scene);
}

void PlaygroundModel::commitPreview(const Scene &before, const QString &what)
{
    if (before == m_scene)
        return;
    m_undo->push(new SceneEditCommand(this, before, m_scene, what.isEmpty() ? tr("Edit") : what, false));
}

void PlaygroundModel::previewImage(std::shared_ptr<const Tensor> image)
{
    if (image && m_image)
        applyImage(std::move(image));
}

void PlaygroundModel::commitImagePaint(std::shared_ptr<const Tensor> before, const QString &what)
{
    if (!before || !m_image || before == m_image)
        return;
    m_undo->push(new ImagePaintCommand(this, std::move(before), m_image, what));
}

void PlaygroundModel::applyImage(std::shared_ptr<const Tensor> image)
{
    m_image = std::move(image);
    m_imageReloaded = true;
    rebuild();
}

void PlaygroundModel::resetScene(const Scene &edited, const QString &sceneFile)
{
    Scene scene = edited;
    normaliseScene(scene);
    m_sceneFile = sceneFile;
    m_undo->clear();
    m_imageKey.clear();
    apply(scene);
    emit sceneChanged();
}

void PlaygroundModel::apply(const Scene &scene)
{
    const bool changed = !(scene == m_scene);
    m_scene = scene;
    rebuild();
    if (changed)
        emit sceneChanged();
}

bool PlaygroundModel::loadImageFor(const Scene &scene, QString &error)
{
    const SceneInput &in = scene.input;
    if (in.source != InputSource::Sample && in.source != InputSource::Image) {
        m_image.reset();
        m_loadedImage.reset();
        m_imageKey.clear();
        return true;
    }
    QString path;
    if (in.source == InputSource::Sample) {
        path = QStringLiteral(":/images/%1.png").arg(QString::fromStdString(in.sample));
    } else {
        path = QString::fromStdString(in.path);
        if (QFileInfo(path).isRelative() && !m_sceneFile.isEmpty())
            path = QFileInfo(m_sceneFile).absoluteDir().filePath(path);
    }
    if (path == m_imageKey && m_image)
        return true;
    Result<Tensor> image = Error {};
    if (path.startsWith(QLatin1Char(':'))) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            error = tr("There is no bundled sample called “%1”.").arg(QString::fromStdString(in.sample));
            return false;
        }
        const QByteArray bytes = file.readAll();
        image = decodeImage(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())),
            in.sample, ImageLoadOptions {});
    } else {
        image = loadImage(path.toStdString());
    }
    if (!image) {
        error = translateEngineMessage(image.error().message);
        return false;
    }
    m_image = std::make_shared<const Tensor>(std::move(image).value());
    m_loadedImage = m_image;
    m_imageKey = path;
    m_imageReloaded = true;
    return true;
}

void PlaygroundModel::rebuild()
{
    auto report = [this](const QString &message, const QString &field) {
        if (message == m_problem && field == m_problemField)
            return;
        m_problem = message;
        m_problemField = field;
        emit problemChanged(m_problem, m_problemField);
    };
    QString imageError;
    if (!loadImageFor(m_scene, imageError)) {
        report(imageError, QStringLiteral("input"));
        return;
    }
    // Layer edits keep the input: no new tensor, range or picture (and so no rescaled photo on
    // the canvas) unless the input itself or the dimensionality changed.
    const bool sameInput = m_state.input && !m_imageReloaded && m_state.scene.input == m_scene.input
        && m_state.scene.layer.spatialDims == m_scene.layer.spatialDims;
    Result<Tensor> input = sameInput ? Result<Tensor>(Tensor()) : sceneInput(m_scene, m_image.get());
    if (!input) {
        report(translateEngineMessage(input.error().message), QString::fromStdString(input.error().field));
        return;
    }
    const std::vector<int> inputShape = sameInput ? m_state.input->shape() : input->shape();
    const SceneLayer &layer = m_scene.layer;
    auto plan = planSceneLayer(layer, inputShape);
    if (!plan) {
        report(translateEngineMessage(plan.error().message), QString::fromStdString(plan.error().field));
        return;
    }
    PlaygroundState next;
    next.scene = m_scene;
    next.plan = *plan;
    if (layer.op == SceneOp::Conv) {
        const bool photo = m_scene.input.source == InputSource::Sample || m_scene.input.source == InputSource::Image;
        auto weight = sceneWeights(layer, inputShape[0], photo);
        if (!weight) {
            report(translateEngineMessage(weight.error().message), QString::fromStdString(weight.error().field));
            return;
        }
        next.weight = std::make_shared<const Tensor>(std::move(weight).value());
        if (layer.bias)
            next.bias = std::make_shared<const Tensor>(sceneBias(layer));
        next.window = windowConfig(*plan, layer.paddingMode, WindowOp::Conv);
    } else {
        const WindowOp op = layer.op == SceneOp::MaxPool ? WindowOp::MaxPool
            : layer.op == SceneOp::AvgPool               ? WindowOp::AvgPool
                                                         : WindowOp::SumPool;
        next.window = windowConfig(*plan, PaddingMode::Zeros, op);
    }
    m_imageReloaded = false;
    if (sameInput) {
        next.input = m_state.input;
        next.inputRange = m_state.inputRange;
        next.inputPicture = m_state.inputPicture;
    } else {
        next.input = std::make_shared<const Tensor>(std::move(input).value());
        next.inputRange = valueRange(*next.input);
        if (m_image && next.input->ndim() == 3)
            next.inputPicture = inputPicture(*next.input);
    }
    if (next.weight)
        next.weightRange = valueRange(*next.weight);
    next.steps = stepCount(next.window);
    next.generation = ++m_generation;
    freeInWorker(std::move(m_state.output), std::move(m_state.activated), std::move(m_state.outputPictures.images));
    m_state = std::move(next);
    report(QString(), QString());
    computeOutput();
    emit stateChanged();
    setStep(m_step);
}

void PlaygroundModel::computeOutput()
{
    const PlaygroundState &s = m_state;
    std::int64_t macs = s.plan.outputPlaneSize() * s.plan.outChannels;
    for (int i = 0; i < s.plan.spatialDims; ++i)
        macs *= s.plan.axes[static_cast<std::size_t>(i)].kernel;
    if (s.scene.layer.op == SceneOp::Conv)
        macs *= s.plan.inChannels / std::max(1, s.scene.layer.groups);
    auto adopt = [this](ComputedOutput &out) {
        freeInWorker(std::move(m_state.output), std::move(m_state.activated), std::move(m_state.outputPictures.images));
        m_state.output = std::make_shared<const Tensor>(std::move(out.output));
        m_state.activated = std::make_shared<const Tensor>(std::move(out.activated));
        m_state.outputRange = out.range;
        m_state.outputPictures = std::move(out.pictures);
    };
    if (macs <= kSynchronousMacs) {
        auto out = computeForDisplay(s.scene.layer, *s.input, s.weight.get(), s.bias.get(), {});
        if (out)
            adopt(*out);
        return;
    }
    // Off the GUI thread, on a value snapshot; the latest request wins (generation check).
    const quint64 generation = s.generation;
    auto future = QtConcurrent::run(playgroundWorkerPool(), [layer = s.scene.layer, input = s.input, weight = s.weight, bias = s.bias] {
        RunOptions options;
        lowerThreadPriority();
        options.threads = kWorkerThreads;
        // Handed over by pointer: QFuture::then passes a copy of the result, and a copy of the
        // 16-channel cat's output is 17 MB of memory traffic on the GUI thread.
        auto out = computeForDisplay(layer, *input, weight.get(), bias.get(), options);
        return out ? std::make_shared<ComputedOutput>(std::move(out).value()) : std::shared_ptr<ComputedOutput>();
    });
    whenFinished(this, future, [this, generation, adopt](std::shared_ptr<ComputedOutput> out) mutable {
        if (generation != m_state.generation || !out)
            return;
        adopt(*out);
        emit outputReady();
    });
}

void PlaygroundModel::setStep(int step)
{
    const int clamped = m_state.steps > 0 ? std::clamp(step, 0, m_state.steps - 1) : 0;
    if (clamped == m_step)
        return;
    m_step = clamped;
    emit stepChanged(m_step);
}

} // namespace convscope::ui
