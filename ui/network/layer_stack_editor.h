#pragma once

// The layer stack beside the image: a list of the layers (drag to reorder), buttons and keys to
// add, remove, move and duplicate layers, and below it the selected layer's parameters, edited in
// place. Every edit goes through the NetworkModel, so it is undoable.

#include "layer.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QStackedWidget;
class QToolButton;

namespace convscope::ui {

class DimsSpinBox;
class NetworkModel;

class LayerStackEditor : public QWidget {
    Q_OBJECT
public:
    explicit LayerStackEditor(NetworkModel *model, QWidget *parent = nullptr);

    [[nodiscard]] int currentLayer() const;
    // Selects a layer (without emitting layerSelected); -1 clears the selection.
    void setCurrentLayer(int layer);

    // A new layer of a type with sensible defaults for a network whose last layer outputs
    // `channels` channels and has `spatialDims` dimensions. Types as layerType() names them.
    [[nodiscard]] static Layer defaultLayer(const QString &type, int channels, int spatialDims);
    [[nodiscard]] static QStringList layerTypes();
    // "conv 3→64 · 3×3 · s1 · p1": the list's one-line description of a layer.
    [[nodiscard]] static QString describe(const Layer &layer, int inChannels);

    void addLayer(const QString &type); // after the current layer (or at the end)
    void removeCurrent();
    void duplicateCurrent();
    void moveCurrent(int delta);

signals:
    void layerSelected(int layer);

private:
    void rebuildList();
    void showEditor();
    void writeLayer(const Layer &layer, const QString &field);
    [[nodiscard]] Layer readEditor(const QString &field) const;
    void connectEdits();

    NetworkModel *m_model;
    QListWidget *m_list;
    QToolButton *m_add;
    QToolButton *m_remove;
    QToolButton *m_up;
    QToolButton *m_down;
    QToolButton *m_duplicate;
    QLabel *m_editorTitle;
    QLineEdit *m_name;
    QStackedWidget *m_pages;
    bool m_updating = false;
    bool m_dragging = false;

    // conv
    QSpinBox *m_outChannels;
    DimsSpinBox *m_kernel;
    DimsSpinBox *m_stride;
    QComboBox *m_paddingKind;
    DimsSpinBox *m_padding;
    QGridLayout *m_padRow;
    DimsSpinBox *m_dilation;
    QSpinBox *m_groups;
    QCheckBox *m_bias;
    QComboBox *m_paddingMode;
    QComboBox *m_preset;
    // pool
    QComboBox *m_poolType;
    DimsSpinBox *m_poolKernel;
    DimsSpinBox *m_poolStride;
    DimsSpinBox *m_poolPadding;
    QCheckBox *m_ceil;
    // activation
    QComboBox *m_activation;
    QLabel *m_activationParamLabel;
    QDoubleSpinBox *m_activationParam;
    // batchnorm, linear, dropout
    QDoubleSpinBox *m_eps;
    QSpinBox *m_outFeatures;
    QCheckBox *m_linearBias;
    QDoubleSpinBox *m_dropout;
};

} // namespace convscope::ui
