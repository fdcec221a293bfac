#pragma once

// The Network view's one model (STYLE.md "Model/view"): the layer stack as an engine value, its
// optional trained weights, the input picture, the summary, and the feature maps of the stack on
// that picture. Edits are undoable; the maps are computed off the GUI thread on value snapshots,
// with progress and cancel, and the latest request wins (a generation counter).

#include "compute_estimate.h"
#include "network.h"
#include "tensor.h"
#include "weights.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>
#include <vector>

class QTimer;
class QUndoStack;

namespace convscope::ui {

// A finished forward pass on the picture: the outputs of the layers NetworkModel::mapLayerCount()
// names (the fully connected layers only fit the network's own input size).
struct NetworkMaps {
    quint64 generation = 0;
    Summary summary; // of the layers computed, at the picture's size (for receptive regions)
    std::shared_ptr<const Tensor> input; // the picture as the network saw it (C, H, W)
    std::shared_ptr<const std::vector<Tensor>> outputs;
    [[nodiscard]] bool empty() const { return !outputs || outputs->empty(); }
    [[nodiscard]] int layerCount() const { return outputs ? static_cast<int>(outputs->size()) : 0; }
};

// The summary of a network, also when a layer is invalid: the rows before the first invalid
// layer, and the problem (its layer index, or -1 for the input or the whole network).
struct SummaryState {
    std::vector<LayerSummary> rows;
    std::int64_t totalParams = 0;
    std::int64_t totalMacs = 0;
    std::vector<int> inputSize; // the spatial size these shapes are for
    int inputChannels = 1;
    QString problem;
    int problemLayer = -1;
    [[nodiscard]] bool valid() const { return problem.isEmpty(); }
};
[[nodiscard]] SummaryState summaryState(const Network &);

// The input picture (C, H, W) converted to `channels` channels: 1 = luma (ITU-R BT.601), 3 = RGB;
// other counts repeat the RGB channels in turn. A 1-channel source is repeated.
[[nodiscard]] Tensor convertChannels(const Tensor &image, int channels);

class NetworkModel : public QObject {
    Q_OBJECT
public:
    explicit NetworkModel(QObject *parent = nullptr);
    ~NetworkModel() override;

    [[nodiscard]] const Network &network() const { return m_network; }
    [[nodiscard]] QUndoStack *undoStack() const { return m_undo; }

    // What one undo step restores: the stack and the weights that go with it.
    struct Document {
        Network network;
        std::shared_ptr<const WeightStore> weights;
        QString weightsSource;
    };

    // Undoable edits (`what` names the step in Edit > Undo). A whole new network (a preset, an
    // opened file) comes with its weights or none. Consecutive replaceLayer() calls with the same
    // `what` merge into one step (a spin box held down), as in the Playground.
    void setNetwork(const Network &network, const QString &what = QString(),
        std::shared_ptr<const WeightStore> weights = {}, const QString &weightsSource = QString());
    // A new document: replaces the network and its weights, clears the history.
    void resetNetwork(const Network &network, std::shared_ptr<const WeightStore> weights = {});
    void insertLayer(int index, const Layer &layer);
    void removeLayer(int index);
    void moveLayer(int from, int to);
    void duplicateLayer(int index);
    void replaceLayer(int index, const Layer &layer, const QString &what = QString());

    // Trained weights by "<layer name>.weight" etc.; null: the engine's default initialisation.
    [[nodiscard]] std::shared_ptr<const WeightStore> weights() const { return m_weights; }
    [[nodiscard]] QString weightsSource() const { return m_weightsSource; }
    // Undoable; null clears them. `path` (the file or folder they came from) becomes the
    // network's weightsPath, so a saved spec names them; other weights clear it.
    void setWeights(std::shared_ptr<const WeightStore> weights, const QString &source, const std::string &path = {});

    // The picture the stack runs on: a photo (C, H, W) with values in [0, 1], or a small grid.
    // It is converted to the network's input channels (see convertChannels) in the worker.
    void setImage(std::shared_ptr<const Tensor> image, const QString &description = QString());
    [[nodiscard]] std::shared_ptr<const Tensor> image() const { return m_image; }
    [[nodiscard]] QString imageDescription() const { return m_imageDescription; }

    // The table's numbers at the network's own input size, and at the picture's size.
    [[nodiscard]] const SummaryState &specSummary() const { return m_spec; }
    [[nodiscard]] const SummaryState &imageSummary() const { return m_imageSummary; }
    // The summary of the whole valid network at the picture's size (for receptive regions).
    [[nodiscard]] const std::optional<Summary> &mapSummary() const { return m_mapSummary; }

    // Why there are no (new) maps: the picture is missing, too small, the network is not 2-D …
    // Empty when the maps are current or being computed.
    [[nodiscard]] QString mapsProblem() const { return m_mapsProblem; }
    // The last finished maps (kept when a later request fails or is cancelled).
    [[nodiscard]] const NetworkMaps &maps() const { return m_maps; }
    // The layers before the first flatten or linear layer.
    [[nodiscard]] static int spatialLayerCount(const Network &);
    // The layers the maps of the current network and picture cover: all of them when the picture
    // has the network's input size and the layers after flatten are small (at most
    // kMaxDefaultTailParams parameters) or have trained weights; else spatialLayerCount().
    [[nodiscard]] int mapLayerCount() const { return m_mapLayers; }
    static constexpr std::int64_t kMaxDefaultTailParams = 4'000'000;
    [[nodiscard]] bool isComputing() const { return m_running != 0; }
    [[nodiscard]] quint64 generation() const { return m_generation; }
    // Stops the running computation; the previous maps stay.
    void cancel();

    // Limits (issue 6): a computation estimated (estimateForward) above `seconds` or above `bytes`
    // of kept feature maps does not start; largeCompute() holds its estimate until the user
    // chooses computeAnyway() (it runs, and anything up to that size runs without asking from
    // then on) or declineLargeCompute() (the previous maps stay, mapsProblem() says why).
    // Defaults: kLargeComputeSeconds and a quarter of the physical memory.
    void setLargeComputeLimits(double seconds, std::int64_t bytes);
    [[nodiscard]] const std::optional<ForwardEstimate> &largeCompute() const { return m_largePending; }
    [[nodiscard]] QString largeComputeMessage() const;
    void computeAnyway();
    void declineLargeCompute();
    static constexpr double kLargeComputeSeconds = 30.0;

    // Wait this long after an edit before computing (a spin box held down computes once).
    static constexpr int kDebounceMs = 15;

signals:
    void networkChanged(); // any change of the stack (edits, undo, reset)
    void summaryChanged();
    void weightsChanged();
    void imageChanged();
    void computeStarted();
    void progress(int layersDone, int layerCount);
    void mapsReady(); // new maps arrived
    void computeFinished(); // the computation ended: finished, failed or cancelled
    void mapsProblemChanged(const QString &message);
    void largeComputeChanged(); // largeCompute() was set or cleared

private:
    friend class NetworkEditCommand;
    void apply(const Network &network); // without undo
    void apply(const Document &document);
    [[nodiscard]] Document document() const;
    void push(const Network &network, const QString &what, bool mergeable);
    void refresh(); // summaries, then schedules the maps
    void startCompute();
    void setMapsProblem(const QString &message);

    Network m_network;
    QUndoStack *m_undo;
    std::shared_ptr<const WeightStore> m_weights;
    QString m_weightsSource;
    std::shared_ptr<const Tensor> m_image;
    QString m_imageDescription;
    SummaryState m_spec;
    SummaryState m_imageSummary;
    std::optional<Summary> m_mapSummary;
    QString m_mapsProblem;
    NetworkMaps m_maps;
    QTimer *m_debounce;
    int m_mapLayers = 0;
    quint64 m_generation = 0; // of the latest request
    quint64 m_running = 0; // generation of the computation in flight, 0 when none
    std::shared_ptr<std::atomic_bool> m_cancel;
    double m_limitSeconds = kLargeComputeSeconds;
    std::int64_t m_limitBytes = 0;
    std::optional<ForwardEstimate> m_largePending;
    std::optional<ForwardEstimate> m_largeApproved;
};

} // namespace convscope::ui
