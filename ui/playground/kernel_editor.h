#pragma once

// The kernel of the Playground's convolution: a preset per output channel or per (output, input)
// channel pair (with its parameters), the values of one pair, editable cell by cell, plus that
// output's bias. Edits write explicit weights into the scene; choosing a preset again replaces them.

#include "scene.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QSpinBox;

namespace convscope::ui {

class NumberTable;
class PlaygroundModel;

class KernelEditor : public QWidget {
    Q_OBJECT
public:
    explicit KernelEditor(PlaygroundModel* model, QWidget* parent = nullptr);

    // The (output, input) channel pair the table shows, 0-based.
    [[nodiscard]] int outputChannel() const;
    [[nodiscard]] int inputChannel() const;
    void setChannels(int output, int input);

    [[nodiscard]] NumberTable* table() const { return m_table; }

private:
    void sync();
    void editPreset(int index);
    void editOptions(const QString& what);
    void editValue(int row, int col, double value);
    void editBias(double value);
    // Applies a changed preset list or options to `after`: the shown output channel's pairs (only
    // input `changedInput` when it is not -1) take their new preset, the other pairs keep explicit
    // (edited) weights, and those that still equal their preset are regenerated.
    void changeKernels(Scene after, const QString& what, int changedInput);

    [[nodiscard]] int inChannels(const Scene& scene) const;
    [[nodiscard]] Result<Tensor> weights(const Scene& scene) const;
    [[nodiscard]] Result<Tensor> presetWeights(const Scene& scene) const;

    PlaygroundModel* m_model;
    QLabel* m_poolNote = nullptr;
    QWidget* m_body = nullptr;
    QFormLayout* m_form = nullptr;
    QFormLayout* m_biasForm = nullptr;
    QSpinBox* m_out = nullptr;
    QSpinBox* m_in = nullptr;
    QComboBox* m_preset = nullptr;
    QCheckBox* m_allInputs = nullptr;
    QDoubleSpinBox* m_sigma = nullptr;
    QDoubleSpinBox* m_theta = nullptr;
    QDoubleSpinBox* m_lambda = nullptr;
    QSpinBox* m_seed = nullptr;
    QLabel* m_tableCaption = nullptr;
    NumberTable* m_table = nullptr;
    QDoubleSpinBox* m_bias = nullptr;
};

} // namespace convscope::ui
