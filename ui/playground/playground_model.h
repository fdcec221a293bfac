#pragma once

// The Playground's one parameter model (STYLE.md "Model/view"): it holds the scene, validates
// every change, keeps the last valid derived state for the canvases, and makes parameter edits
// undoable. Controls write to it; canvases and panels read from it; widgets never call each other.

#include "geometry.h"
#include "scene.h"
#include "tensor.h"

#include <QImage>
#include <QObject>
#include <QString>

#include <memory>
#include <vector>

class QUndoStack;

namespace convscope::ui {

// The smallest and largest finite value of a tensor; valid is false when it has none.
struct ValueRange {
    float low = 0.0f;
    float high = 0.0f;
    bool valid = false;
};
[[nodiscard]] ValueRange valueRange(const Tensor &);

// The layer's output maps as pictures, one per channel, on one shared scale: the 99th percentile
// of |value| over all channels, so a few strong edges do not wash the rest out to white; signed
// outputs use the diverging map. Built in the worker that computes the output.
struct OutputPictures {
    std::vector<QImage> images;
    float low = 0.0f; // the value drawn full blue (signed) or black
    float high = 1.0f; // the value drawn full red or white
    bool diverging = false;
};
[[nodiscard]] OutputPictures outputPictures(const Tensor &activated);

// A photo input (C = 1 or 3, values 0..1) as an RGB32 picture, the format painting needs no
// conversion for.
[[nodiscard]] QImage inputPicture(const Tensor &input);

// Everything the Playground draws for one valid scene, as an immutable snapshot: cheap to copy
// (tensors are shared), safe to hand to a worker thread.
struct PlaygroundState {
    Scene scene;
    std::shared_ptr<const Tensor> input;  // (C, *spatial): the crop, grid or signal
    std::shared_ptr<const Tensor> weight; // (O, C/groups, *kernel) for convolutions, else null
    std::shared_ptr<const Tensor> bias;   // (O) when the layer has a bias, else null
    SlidingPlan plan;
    WindowConfig window;
    int steps = 0;
    // The layer's output (O, *out) before and after the activation; null while it is computed.
    std::shared_ptr<const Tensor> output;
    std::shared_ptr<const Tensor> activated;
    // Derived once per state (or in the worker with the output), never per frame.
    ValueRange inputRange;
    ValueRange weightRange;
    ValueRange outputRange;
    QImage inputPicture; // photos: the input as an 8-bit picture
    OutputPictures outputPictures; // 2-d outputs: a picture per output channel, see outputPictures()
    quint64 generation = 0; // increases with every new state
};

class PlaygroundModel : public QObject {
    Q_OBJECT
public:
    explicit PlaygroundModel(QObject *parent = nullptr);
    ~PlaygroundModel() override;

    [[nodiscard]] const Scene &scene() const { return m_scene; }
    // A parameter edit: validated, undoable (`what` names it in Edit > Undo), emits sceneChanged
    // only on a real change. An impossible combination is kept (so the controls show it) and
    // reported through problemChanged; the last valid state stays for the canvases.
    void setScene(const Scene &scene, const QString &what = QString());
    // A new document (opened file, preset): replaces the scene and clears the undo history.
    void resetScene(const Scene &scene, const QString &sceneFile = QString());
    [[nodiscard]] QUndoStack *undoStack() const { return m_undo; }
    // A live edit (a brush stroke in progress): shown at once, not yet in the undo history;
    // commitPreview then makes everything since `before` one undo step (never merged).
    void previewScene(const Scene &scene);
    void commitPreview(const Scene &before, const QString &what);
    // Painted pixels on the photo (C, H, W before crop): shown at once, kept in memory until the
    // image is reloaded; commitImagePaint makes the change since `before` one undo step.
    void previewImage(std::shared_ptr<const Tensor> image);
    void commitImagePaint(std::shared_ptr<const Tensor> before, const QString &what);

    // The folder relative image paths of the scene are resolved against.
    [[nodiscard]] QString sceneFile() const { return m_sceneFile; }
    void setSceneFile(const QString &path) { m_sceneFile = path; }

    [[nodiscard]] bool isValid() const { return m_problem.isEmpty(); }
    [[nodiscard]] QString problem() const { return m_problem; }
    [[nodiscard]] QString problemField() const { return m_problemField; }
    // The last valid state (also when the current scene is impossible); steps == 0 before any.
    [[nodiscard]] const PlaygroundState &state() const { return m_state; }

    // The animation step, clamped to [0, steps); not part of the undo history.
    [[nodiscard]] int step() const { return m_step; }
    void setStep(int step);

    // The loaded photo before crop and grey conversion (C, H, W), or null for grids and signals.
    [[nodiscard]] std::shared_ptr<const Tensor> image() const { return m_image; }
    // Whether the photo has painted pixels that its file does not have (saving writes them out).
    [[nodiscard]] bool imagePainted() const { return m_image && m_image != m_loadedImage; }

    // Layers up to this many multiply-accumulates are computed on the spot; larger ones in a
    // worker thread (the latest request wins).
    static constexpr std::int64_t kSynchronousMacs = 4'000'000;

signals:
    void sceneChanged();
    void stateChanged(); // a new valid state (its output may still be computing)
    void outputReady();  // the state's output arrived from the worker
    void problemChanged(const QString &message, const QString &field);
    void stepChanged(int step);

private:
    friend class SceneEditCommand;
    friend class ImagePaintCommand;
    void applyImage(std::shared_ptr<const Tensor> image);
    void apply(const Scene &scene); // without undo
    bool loadImageFor(const Scene &scene, QString &error);
    void rebuild();
    void computeOutput();

    Scene m_scene;
    QString m_sceneFile;
    QUndoStack *m_undo = nullptr;
    QString m_problem;
    QString m_problemField;
    PlaygroundState m_state;
    int m_step = 0;
    std::shared_ptr<const Tensor> m_image;
    std::shared_ptr<const Tensor> m_loadedImage; // the photo as its file has it
    QString m_imageKey;
    bool m_imageReloaded = false; // the photo was (re)loaded since the last valid state
    quint64 m_generation = 0;
};

} // namespace convscope::ui
