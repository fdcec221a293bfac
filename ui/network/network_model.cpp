#include "network_model.h"

#include "i18n/engine_messages.h"
#include "playground/worker_pool.h"

#include "worker_priority.h"

#include <QFutureWatcher>
#include <QPromise>
#include <QRegularExpression>
#include <QTimer>
#include <QUndoCommand>
#include <QUndoStack>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace convscope::ui {

// One edit of the stack, as the network before and after. Edits with the same text merge (a spin
// box held down is one undo step); structural edits (add, remove, move) never merge.
class NetworkEditCommand : public QUndoCommand {
public:
    NetworkEditCommand(NetworkModel *model, NetworkModel::Document before, NetworkModel::Document after, const QString &what,
        bool mergeable)
        : QUndoCommand(what)
        , m_model(model)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_mergeable(mergeable)
    {
    }
    void undo() override { m_model->apply(m_before); }
    void redo() override { m_model->apply(m_after); }
    int id() const override { return m_mergeable ? static_cast<int>(qHash(text()) & 0x7fffffff) : -1; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *o = static_cast<const NetworkEditCommand *>(other);
        if (!o->m_mergeable || o->text() != text())
            return false;
        m_after = o->m_after;
        return true;
    }

private:
    NetworkModel *m_model;
    NetworkModel::Document m_before;
    NetworkModel::Document m_after;
    bool m_mergeable;
};

SummaryState summaryState(const Network &network)
{
    SummaryState s;
    s.inputSize = network.inputSize;
    s.inputChannels = network.inputChannels;
    auto summary = summarize(network);
    if (summary) {
        s.rows = summary->layers;
        s.totalParams = summary->totalParams;
        s.totalMacs = summary->totalMacs;
        return s;
    }
    s.problem = translateEngineMessage(summary.error().message);
    // "layers[I].field": the rows before layer I are still meaningful.
    static const QRegularExpression layerField(QStringLiteral("^layers\\[(\\d+)\\]"));
    const auto match = layerField.match(QString::fromStdString(summary.error().field));
    if (!match.hasMatch())
        return s;
    s.problemLayer = match.captured(1).toInt();
    if (s.problemLayer <= 0)
        return s;
    Network prefix = network;
    prefix.layers.resize(static_cast<std::size_t>(std::min<int>(s.problemLayer, static_cast<int>(network.layers.size()))));
    if (auto before = summarize(prefix)) {
        s.rows = before->layers;
        s.totalParams = before->totalParams;
        s.totalMacs = before->totalMacs;
    }
    return s;
}

Tensor convertChannels(const Tensor &image, int channels)
{
    const int sourceChannels = image.channels();
    if (sourceChannels == channels)
        return image;
    std::vector<int> shape = image.shape();
    shape[0] = channels;
    Tensor out(shape);
    const std::int64_t plane = image.planeSize();
    if (channels == 1 && sourceChannels >= 3) {
        // ITU-R BT.601 luma, as cv::cvtColor(RGB2GRAY).
        const float *r = image.plane(0), *g = image.plane(1), *b = image.plane(2);
        float *y = out.plane(0);
        for (std::int64_t i = 0; i < plane; ++i)
            y[i] = 0.299f * r[i] + 0.587f * g[i] + 0.114f * b[i];
        return out;
    }
    const int rgb = std::min(sourceChannels, 3);
    for (int c = 0; c < channels; ++c)
        std::copy_n(image.plane(c % rgb), plane, out.plane(c));
    return out;
}

int NetworkModel::spatialLayerCount(const Network &network)
{
    const auto first = std::find_if(network.layers.begin(), network.layers.end(), [](const Layer &l) {
        return std::holds_alternative<FlattenLayer>(l.config) || std::holds_alternative<LinearLayer>(l.config);
    });
    return static_cast<int>(first - network.layers.begin());
}

namespace {

struct Job {
    Network network; // the layers that have maps, sized for the picture
    std::shared_ptr<const Tensor> image;
    std::shared_ptr<const WeightStore> weights;
    std::shared_ptr<std::atomic_bool> cancel;
    quint64 generation = 0;
};

struct JobResult {
    NetworkMaps maps;
    QString error; // empty on success; "cancelled" when stopped
};

void runJob(QPromise<JobResult> &promise, const Job &job)
{
    lowerThreadPriority();
    JobResult result;
    const int count = static_cast<int>(job.network.layers.size());
    promise.setProgressRange(0, count);
    auto cancelled = [&promise, cancel = job.cancel] { return cancel->load() || promise.isCanceled(); };
    auto input = std::make_shared<const Tensor>(convertChannels(*job.image, job.network.inputChannels));
    RunOptions options;
    options.threads = kWorkerThreads;
    options.cancelled = cancelled;
    auto outputs = forward(job.network, *input, job.weights.get(), options, [&](int done, int) {
        promise.setProgressValue(done);
        return !cancelled();
    });
    if (!outputs) {
        result.error = translateEngineMessage(outputs.error().message);
        promise.addResult(std::move(result));
        return;
    }
    result.maps.generation = job.generation;
    if (auto summary = summarize(job.network))
        result.maps.summary = std::move(summary).value();
    result.maps.input = input;
    result.maps.outputs = std::make_shared<const std::vector<Tensor>>(std::move(outputs).value());
    promise.addResult(std::move(result));
}

} // namespace

NetworkModel::NetworkModel(QObject *parent)
    : QObject(parent)
    , m_undo(new QUndoStack(this))
    , m_debounce(new QTimer(this))
{
    m_network.inputChannels = 3;
    m_network.inputSize = { 224, 224 };
    const std::int64_t memory = physicalMemoryBytes();
    m_limitBytes = memory > 0 ? memory / 4 : std::int64_t { 4 } << 30;
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &NetworkModel::startCompute);
    refresh();
}

NetworkModel::~NetworkModel()
{
    if (m_cancel)
        m_cancel->store(true); // the worker owns its snapshot; it stops at the next block
}

NetworkModel::Document NetworkModel::document() const { return { m_network, m_weights, m_weightsSource }; }

void NetworkModel::push(const Network &network, const QString &what, bool mergeable)
{
    Document after = document();
    after.network = network;
    m_undo->push(new NetworkEditCommand(this, document(), std::move(after), what, mergeable));
}

void NetworkModel::setNetwork(const Network &network, const QString &what, std::shared_ptr<const WeightStore> weights,
    const QString &weightsSource)
{
    if (network == m_network && weights == m_weights)
        return;
    m_undo->push(new NetworkEditCommand(this, document(), Document { network, weights, weights ? weightsSource : QString() },
        what.isEmpty() ? tr("Set network") : what, false));
}

void NetworkModel::resetNetwork(const Network &network, std::shared_ptr<const WeightStore> weights)
{
    m_undo->clear();
    m_weights = std::move(weights);
    m_weightsSource = m_weights ? tr("weights of %1").arg(QString::fromStdString(network.name)) : QString();
    emit weightsChanged();
    const bool same = network == m_network;
    m_network = network;
    refresh();
    if (!same)
        emit networkChanged();
}

void NetworkModel::apply(const Document &document)
{
    const bool weightsChanged = document.weights != m_weights;
    m_weights = document.weights;
    m_weightsSource = document.weightsSource;
    if (weightsChanged)
        emit this->weightsChanged();
    apply(document.network);
}

void NetworkModel::insertLayer(int index, const Layer &layer)
{
    Network n = m_network;
    index = std::clamp(index, 0, static_cast<int>(n.layers.size()));
    n.layers.insert(n.layers.begin() + index, layer);
    push(n, tr("Add %1").arg(QString::fromStdString(layerType(layer.config))), false);
}

void NetworkModel::removeLayer(int index)
{
    if (index < 0 || index >= static_cast<int>(m_network.layers.size()))
        return;
    Network n = m_network;
    const QString name = QString::fromStdString(layerName(n.layers[static_cast<std::size_t>(index)], index));
    n.layers.erase(n.layers.begin() + index);
    push(n, tr("Remove %1").arg(name), false);
}

void NetworkModel::moveLayer(int from, int to)
{
    const int count = static_cast<int>(m_network.layers.size());
    if (from < 0 || from >= count || to < 0 || to >= count || from == to)
        return;
    Network n = m_network;
    const QString name = QString::fromStdString(layerName(n.layers[static_cast<std::size_t>(from)], from));
    Layer moved = n.layers[static_cast<std::size_t>(from)];
    n.layers.erase(n.layers.begin() + from);
    n.layers.insert(n.layers.begin() + to, std::move(moved));
    push(n, tr("Move %1").arg(name), false);
}

void NetworkModel::duplicateLayer(int index)
{
    if (index < 0 || index >= static_cast<int>(m_network.layers.size()))
        return;
    Network n = m_network;
    Layer copy = n.layers[static_cast<std::size_t>(index)];
    const QString name = QString::fromStdString(layerName(copy, index));
    if (!copy.name.empty()) { // names key the weights: the copy gets its own
        std::string candidate;
        for (int k = 2;; ++k) {
            candidate = copy.name + "_" + std::to_string(k);
            const bool taken = std::any_of(n.layers.begin(), n.layers.end(), [&](const Layer &l) { return l.name == candidate; });
            if (!taken)
                break;
        }
        copy.name = candidate;
    }
    n.layers.insert(n.layers.begin() + index + 1, std::move(copy));
    push(n, tr("Duplicate %1").arg(name), false);
}

void NetworkModel::replaceLayer(int index, const Layer &layer, const QString &what)
{
    if (index < 0 || index >= static_cast<int>(m_network.layers.size()))
        return;
    Network n = m_network;
    n.layers[static_cast<std::size_t>(index)] = layer;
    if (n == m_network)
        return;
    const QString text = what.isEmpty()
        ? tr("Edit %1").arg(QString::fromStdString(layerName(m_network.layers[static_cast<std::size_t>(index)], index)))
        : what;
    push(n, text, true);
}

void NetworkModel::setWeights(std::shared_ptr<const WeightStore> weights, const QString &source, const std::string &path)
{
    if (weights == m_weights)
        return;
    Network network = m_network;
    network.weightsPath = weights ? path : std::string();
    m_undo->push(new NetworkEditCommand(this, document(), Document { network, weights, weights ? source : QString() },
        weights ? tr("Load weights") : tr("Clear weights"), false));
}

void NetworkModel::setImage(std::shared_ptr<const Tensor> image, const QString &description)
{
    if (image == m_image)
        return;
    m_image = std::move(image);
    m_imageDescription = description;
    emit imageChanged();
    refresh();
}

void NetworkModel::apply(const Network &network)
{
    const bool changed = !(network == m_network);
    m_network = network;
    refresh();
    if (changed)
        emit networkChanged();
}

void NetworkModel::setMapsProblem(const QString &message)
{
    if (message == m_mapsProblem)
        return;
    m_mapsProblem = message;
    emit mapsProblemChanged(m_mapsProblem);
}

void NetworkModel::refresh()
{
    m_spec = summaryState(m_network);
    m_mapSummary.reset();
    const int dims = static_cast<int>(m_network.inputSize.size());
    if (m_image && m_image->ndim() == dims + 1) {
        Network sized = m_network;
        sized.inputSize.assign(m_image->shape().begin() + 1, m_image->shape().end());
        m_imageSummary = summaryState(sized);
        if (auto s = summarize(sized))
            m_mapSummary = std::move(s).value();
    } else {
        m_imageSummary = SummaryState {};
        m_imageSummary.problem = m_image ? tr("the picture has %1 dimensions but the network is %2-D")
                                               .arg(m_image->ndim() - 1)
                                               .arg(dims)
                                         : tr("there is no picture: open an image");
    }
    emit summaryChanged();

    // A new request: whatever is running is stale now.
    ++m_generation;
    if (m_cancel)
        m_cancel->store(true);
    m_debounce->stop();
    const std::vector<int> pictureSize = m_image && m_image->ndim() == 3 ? std::vector<int> { m_image->dim(1), m_image->dim(2) } : std::vector<int> {};
    int mapped = spatialLayerCount(m_network);
    if (pictureSize == m_network.inputSize && m_spec.valid()) {
        std::int64_t tail = 0;
        for (std::size_t i = static_cast<std::size_t>(mapped); i < m_spec.rows.size(); ++i)
            tail += m_spec.rows[i].params;
        if (m_weights || tail <= kMaxDefaultTailParams)
            mapped = static_cast<int>(m_network.layers.size());
    }
    m_mapLayers = mapped;
    QString problem;
    if (!m_image)
        problem = tr("Open an image (File > Open image) to see the feature maps.");
    else if (dims != 2 || m_image->ndim() != 3)
        problem = tr("Feature maps are drawn for 2-D networks on a picture; this network is %1-D.").arg(dims);
    else if (m_network.layers.empty())
        problem = tr("The stack is empty: add a layer.");
    else if (mapped == 0)
        problem = tr("No maps: the stack starts with a flatten or linear layer.");
    else if (!m_spec.valid() && m_spec.problemLayer >= 0 && m_spec.problemLayer < mapped)
        problem = m_spec.problem;
    else {
        Network prefix = m_network;
        prefix.layers.resize(static_cast<std::size_t>(mapped));
        prefix.inputSize = pictureSize;
        if (auto s = validate(prefix); !s)
            problem = tr("The picture (%1 × %2 pixels) does not fit this stack: %3")
                          .arg(m_image->dim(2))
                          .arg(m_image->dim(1))
                          .arg(translateEngineMessage(s.error().message));
    }
    // Limits: a computation estimated above the limits asks first (the view shows the question).
    std::optional<ForwardEstimate> large;
    if (problem.isEmpty()) {
        Summary sized;
        sized.inputChannels = m_network.inputChannels;
        sized.inputSize = pictureSize;
        sized.layers = m_imageSummary.rows;
        const ForwardEstimate estimate = estimateForward(sized, mapped);
        const bool over = estimate.seconds > m_limitSeconds || estimate.keptBytes > m_limitBytes;
        const bool approved = m_largeApproved && estimate.macs <= m_largeApproved->macs
            && estimate.keptBytes <= m_largeApproved->keptBytes;
        if (over && !approved)
            large = estimate;
    }
    const bool largeChanged = large.has_value() != m_largePending.has_value();
    m_largePending = large;
    if (largeChanged || large)
        emit largeComputeChanged();
    setMapsProblem(problem);
    if (large) {
        if (m_running) {
            m_running = 0;
            emit computeFinished();
        }
    } else if (problem.isEmpty()) {
        const bool wasRunning = m_running != 0;
        m_running = m_generation;
        if (!wasRunning)
            emit computeStarted();
        m_debounce->start();
    } else if (m_running) {
        m_running = 0;
        emit computeFinished();
    }
}

void NetworkModel::startCompute()
{
    Job job;
    job.network = m_network;
    job.network.inputSize = { m_image->dim(1), m_image->dim(2) };
    job.network.layers.resize(static_cast<std::size_t>(m_mapLayers));
    job.image = m_image;
    job.weights = m_weights;
    job.cancel = m_cancel = std::make_shared<std::atomic_bool>(false);
    job.generation = m_generation;
    const quint64 generation = m_generation;
    auto *watcher = new QFutureWatcher<JobResult>(this);
    connect(watcher, &QFutureWatcher<JobResult>::progressValueChanged, this, [this, generation, watcher](int done) {
        if (generation == m_running)
            emit progress(done, watcher->progressMaximum());
    });
    connect(watcher, &QFutureWatcher<JobResult>::finished, this, [this, generation, watcher] {
        watcher->deleteLater();
        if (generation != m_running)
            return; // a newer request is on its way (or this one was cancelled)
        m_running = 0;
        const JobResult result = watcher->future().resultCount() > 0 ? watcher->result() : JobResult {};
        if (result.error.isEmpty() && !result.maps.empty()) {
            m_maps = result.maps;
            emit mapsReady();
        } else if (result.error != QLatin1String("cancelled")) {
            setMapsProblem(result.error);
        }
        emit computeFinished();
    });
    watcher->setFuture(QtConcurrent::run(playgroundWorkerPool(), runJob, job));
}

void NetworkModel::setLargeComputeLimits(double seconds, std::int64_t bytes)
{
    m_limitSeconds = seconds;
    m_limitBytes = bytes;
    m_largeApproved.reset();
    refresh();
}

QString NetworkModel::largeComputeMessage() const
{
    if (!m_largePending)
        return {};
    const ForwardEstimate &e = *m_largePending;
    const std::int64_t memory = physicalMemoryBytes();
    return tr("A large computation: about %1 (some %2) and %3 of feature maps kept for the gallery%4. "
              "It may make the computer slow or run out of memory. Compute it anyway?")
        .arg(QString::fromStdString(formatMacs(e.macs)), QString::fromStdString(formatSeconds(e.seconds)),
            QString::fromStdString(formatBytes(e.keptBytes)),
            memory > 0 ? tr(" (this computer has %1)").arg(QString::fromStdString(formatBytes(memory))) : QString());
}

void NetworkModel::computeAnyway()
{
    if (!m_largePending)
        return;
    m_largeApproved = m_largePending;
    refresh(); // approved now: it starts
}

void NetworkModel::declineLargeCompute()
{
    if (!m_largePending)
        return;
    const ForwardEstimate e = *m_largePending;
    m_largePending.reset();
    emit largeComputeChanged();
    setMapsProblem(tr("Not computed (about %1 and %2 of feature maps); the maps shown are the previous ones. "
                      "A smaller picture or stack computes at once; the next edit asks again.")
                       .arg(QString::fromStdString(formatMacs(e.macs)), QString::fromStdString(formatBytes(e.keptBytes))));
}

void NetworkModel::cancel()
{
    m_debounce->stop();
    if (m_cancel)
        m_cancel->store(true);
    if (m_running) {
        m_running = 0;
        emit computeFinished();
    }
}

} // namespace convscope::ui
