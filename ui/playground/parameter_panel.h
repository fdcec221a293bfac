#pragma once

// The Playground's controls (ARCHITECTURE.md, "The Playground"): input, layer, kernel and output
// settings in one scrollable column. Every control writes an edited copy of the scene to the
// PlaygroundModel (one undo step per control, merged while it is held down) and is refreshed
// from the model without echoing back. Impossible settings are the model's to find; the panel
// shows its message, frames the control it names, and keeps going.

#include "scene.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QFrame;
class QLabel;
class QPushButton;
class QSpinBox;
class QVBoxLayout;

namespace convscope::ui {

class DimsSpinBox;
class GridEditor;
class KernelEditor;
class PlaygroundModel;

class ParameterPanel : public QWidget {
    Q_OBJECT
public:
    explicit ParameterPanel(PlaygroundModel* model, QWidget* parent = nullptr);

    [[nodiscard]] PlaygroundModel* model() const { return m_model; }
    [[nodiscard]] QSize sizeHint() const override;

    // The bundled photos the sample chooser offers, by scene name.
    [[nodiscard]] static QStringList sampleNames();

signals:
    // "Open image…" was clicked: choosing and loading a file is the main window's job.
    void openImageRequested();

private:
    void buildInput(QVBoxLayout* layout);
    void buildLayer(QVBoxLayout* layout);
    void buildKernel(QVBoxLayout* layout);
    void buildOutput(QVBoxLayout* layout);
    QFormLayout* addSection(QVBoxLayout* layout, const QString& title, const QString& name);
    void alignFormLabels();

    // Applies `change` to a copy of the scene and hands it to the model as the undo step `what`.
    void edit(const QString& what, const std::function<void(Scene&)>& change);
    void bindDims(DimsSpinBox* spins, Dims SceneLayer::*member, const QString& what);
    void editSource(int index);
    void editSpatialDims(int dims);
    void editCrop();

    void syncFromScene();
    void syncInputRows(const Scene& scene);
    void syncLayerEnabled(const SceneLayer& layer);
    void syncInfo();
    void syncProblem();
    [[nodiscard]] QList<QWidget*> widgetsForField(const QString& field) const;

    PlaygroundModel* m_model;

    // Input
    QFormLayout* m_inputForm = nullptr;
    QComboBox* m_source = nullptr;
    QWidget* m_photoRow = nullptr;
    QComboBox* m_sample = nullptr;
    QPushButton* m_open = nullptr;
    QComboBox* m_color = nullptr;
    QWidget* m_cropPos = nullptr;
    QWidget* m_cropSize = nullptr;
    QSpinBox* m_cropX = nullptr;
    QSpinBox* m_cropY = nullptr;
    QSpinBox* m_cropW = nullptr;
    QSpinBox* m_cropH = nullptr;
    QPushButton* m_cropReset = nullptr;
    QSpinBox* m_row = nullptr;
    QWidget* m_gridSize = nullptr;
    QSpinBox* m_gridRows = nullptr;
    QSpinBox* m_gridCols = nullptr;
    QSpinBox* m_gridChannels = nullptr;
    QComboBox* m_gridPreset = nullptr;
    QSpinBox* m_seed = nullptr;
    GridEditor* m_gridEditor = nullptr;
    QComboBox* m_signalKind = nullptr;
    QSpinBox* m_signalLength = nullptr;
    QSpinBox* m_signalChannels = nullptr;

    // Layer
    QFormLayout* m_layerForm = nullptr;
    QComboBox* m_op = nullptr;
    QComboBox* m_dims = nullptr;
    DimsSpinBox* m_kernel = nullptr;
    DimsSpinBox* m_stride = nullptr;
    DimsSpinBox* m_dilation = nullptr;
    QComboBox* m_paddingKind = nullptr;
    DimsSpinBox* m_padding = nullptr;
    QComboBox* m_paddingMode = nullptr;
    QSpinBox* m_groups = nullptr;
    QSpinBox* m_outChannels = nullptr;
    QCheckBox* m_bias = nullptr;
    QCheckBox* m_flip = nullptr;
    QCheckBox* m_ceilMode = nullptr;
    QCheckBox* m_countIncludePad = nullptr;
    QLabel* m_shape = nullptr;
    QFrame* m_messageFrame = nullptr;
    QLabel* m_message = nullptr;

    // Kernel and output
    KernelEditor* m_kernelEditor = nullptr;
    QComboBox* m_activation = nullptr;
    QLabel* m_output = nullptr;

    QList<QWidget*> m_invalid; // the controls framed for the current problem
};

} // namespace convscope::ui
