#include "kernel_editor.h"

#include "playground_model.h"
#include "widgets/number_table.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <numbers>

namespace convscope::ui {

namespace {

std::string presetOf(const SceneLayer& layer, int output)
{
    return layer.kernelPresetOf(output);
}

// The preset of one (output, input) pair: its own, or its output channel's.
std::string presetOf(const SceneLayer& layer, int output, int input)
{
    const std::string* own = layer.pairPresetOf(output, input);
    return own ? *own : layer.kernelPresetOf(output);
}

void erasePairs(SceneLayer& layer, int output, int input = -1)
{
    std::erase_if(layer.kernelPairPresets, [&](const KernelPairPreset& p) {
        return p.output == output && (input < 0 || p.input == input);
    });
}

// The presets spelled out, one per output channel, so one channel's can change alone.
std::vector<std::string> presetsPerOutput(const SceneLayer& layer)
{
    std::vector<std::string> presets;
    for (int o = 0; o < layer.outChannels; ++o)
        presets.push_back(presetOf(layer, o));
    return presets;
}

bool isPhoto(const Scene& scene)
{
    return scene.input.source == InputSource::Sample || scene.input.source == InputSource::Image;
}

// The kernel of one (output, input) pair: the *kernel values at (o, i) of a (O, C/groups, *kernel)
// weight.
std::int64_t sliceSize(const Tensor& weight)
{
    return weight.numel() / std::max(1, weight.dim(0) * weight.dim(1));
}

std::span<const float> pairSlice(const Tensor& weight, int output, int input)
{
    const std::int64_t size = sliceSize(weight);
    return { weight.data() + size * (std::int64_t { output } * weight.dim(1) + input),
        static_cast<std::size_t>(size) };
}

bool sameSlice(const Tensor& a, const Tensor& b, int output, int input)
{
    if (a.shape() != b.shape())
        return false;
    const auto x = pairSlice(a, output, input), y = pairSlice(b, output, input);
    return std::equal(x.begin(), x.end(), y.begin(), y.end());
}

constexpr int kCustomData = -1;

} // namespace

KernelEditor::KernelEditor(PlaygroundModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("kernelEditor"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);

    m_poolNote = new QLabel(tr("Pooling has no weights: the window takes the maximum, the mean or "
                               "the sum of the cells it covers."),
        this);
    m_poolNote->setObjectName(QStringLiteral("kernelPoolNote"));
    m_poolNote->setWordWrap(true);
    outer->addWidget(m_poolNote);

    m_body = new QWidget(this);
    outer->addWidget(m_body);
    auto* bodyLayout = new QVBoxLayout(m_body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    // Rows are hidden in these forms, so they hold no word-wrapped label: Qt 6.4's QFormLayout
    // writes out of bounds computing heightForWidth with hidden rows (seen under valgrind).
    m_form = new QFormLayout;
    m_form->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addLayout(m_form);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_out = new QSpinBox(m_body);
    m_out->setObjectName(QStringLiteral("kernelOutSpin"));
    m_out->setToolTip(tr("Output channel o (1 … D): each output channel has its own kernel "
                         "w[o] and bias b[o]; y[o] = Σ w[o]·x + b[o]."));
    m_form->addRow(tr("Output channel"), m_out);

    m_in = new QSpinBox(m_body);
    m_in->setObjectName(QStringLiteral("kernelInSpin"));
    m_in->setToolTip(tr("Input channel i of the output's group (1 … C/g). With g groups, output o "
                        "reads the input channels of group ⌊o·g/D⌋ only."));
    m_form->addRow(tr("Input channel"), m_in);

    m_preset = new QComboBox(m_body);
    m_preset->setObjectName(QStringLiteral("kernelPresetCombo"));
    m_preset->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_preset->setMinimumContentsLength(8);
    for (const KernelPreset& preset : kernelPresets()) {
        const QString id
            = QString::fromUtf8(preset.id.data(), static_cast<qsizetype>(preset.id.size()));
        QString name = QCoreApplication::translate("Kernels", std::string(preset.name).c_str()); // engine/kernels.cpp
        if (preset.fixedSize)
            name = tr("%1 — 3×3").arg(name);
        m_preset->addItem(name, id);
    }
    m_preset->addItem(tr("Custom (edited)"), kCustomData);
    m_preset->setToolTip(tr("The kernel of this (output, input) channel pair, or of every input "
                            "channel of the output when “All input channels” is ticked (divided "
                            "by C/g on photos, so a Sobel on R, G, B finds the grey edges). "
                            "Editing a value makes it “custom”."));
    m_form->addRow(tr("Preset"), m_preset);

    m_allInputs = new QCheckBox(tr("All input channels"), m_body);
    m_allInputs->setObjectName(QStringLiteral("kernelAllInputsCheck"));
    m_allInputs->setChecked(true);
    m_allInputs->setToolTip(tr("Ticked: a preset applies to every input channel of this output "
                               "channel. Unticked: only to the input channel shown, so each "
                               "(output, input) pair can have its own kernel."));
    m_form->addRow(QString(), m_allInputs);

    m_sigma = new QDoubleSpinBox(m_body);
    m_sigma->setObjectName(QStringLiteral("sigmaSpin"));
    m_sigma->setRange(0.0, 32.0);
    m_sigma->setSingleStep(0.1);
    m_sigma->setDecimals(2);
    m_sigma->setSpecialValueText(tr("auto"));
    m_sigma->setToolTip(tr("Standard deviation σ in cells: w ∝ exp(−(x² + y²)/(2σ²)). "
                           "auto: σ = 0.3((k−1)/2 − 1) + 0.8 (OpenCV), or 0.56 λ for Gabor."));
    m_form->addRow(tr("Sigma σ"), m_sigma);

    m_theta = new QDoubleSpinBox(m_body);
    m_theta->setObjectName(QStringLiteral("thetaSpin"));
    m_theta->setRange(0.0, 180.0);
    m_theta->setSingleStep(15.0);
    m_theta->setDecimals(0);
    m_theta->setSuffix(tr("°"));
    m_theta->setToolTip(tr("Orientation θ of the stripes' normal (0°: vertical stripes): "
                           "x′ = x cos θ + y sin θ; w = exp(−(x′² + γ²y′²)/(2σ²)) cos(2πx′/λ)."));
    m_form->addRow(tr("Orientation θ"), m_theta);

    m_lambda = new QDoubleSpinBox(m_body);
    m_lambda->setObjectName(QStringLiteral("lambdaSpin"));
    m_lambda->setRange(1.0, 64.0);
    m_lambda->setSingleStep(0.5);
    m_lambda->setDecimals(1);
    m_lambda->setToolTip(tr("Wavelength λ of the stripes in cells: cos(2πx′/λ)."));
    m_form->addRow(tr("Wavelength λ"), m_lambda);

    m_seed = new QSpinBox(m_body);
    m_seed->setObjectName(QStringLiteral("kernelSeedSpin"));
    m_seed->setRange(0, 999999);
    m_seed->setToolTip(tr("Seed of the random kernel: He-normal w ~ N(0, 2/(k_h·k_w)), output o "
                          "uses seed + o."));
    m_form->addRow(tr("Seed"), m_seed);

    m_tableCaption = new QLabel(m_body);
    m_tableCaption->setObjectName(QStringLiteral("kernelTableCaption"));
    m_tableCaption->setWordWrap(true);
    bodyLayout->addWidget(m_tableCaption);
    m_table = new NumberTable(m_body);
    m_table->setObjectName(QStringLiteral("kernelTable"));
    m_table->setToolTip(tr("The weights w of this (output, input) channel pair; the window "
                           "computes Σ w·x + b. Click a cell and type a number (Tab moves on)."));
    bodyLayout->addWidget(m_table);

    m_bias = new QDoubleSpinBox(m_body);
    m_bias->setObjectName(QStringLiteral("biasSpin"));
    m_bias->setRange(-1000.0, 1000.0);
    m_bias->setDecimals(3);
    m_bias->setSingleStep(0.1);
    m_bias->setToolTip(tr("Bias b of this output channel, added once per output cell: "
                          "y = Σ w·x + b."));
    m_biasForm = new QFormLayout;
    m_biasForm->setContentsMargins(0, 0, 0, 0);
    m_biasForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_biasForm->addRow(tr("Bias b"), m_bias);
    bodyLayout->addLayout(m_biasForm);

    // The kernel being edited is the one the stage animates: choosing an output channel here
    // moves the animation to it (and clicking a feature map moves this editor).
    connect(m_out, &QSpinBox::valueChanged, this, [this](int value) {
        Scene scene = m_model->scene();
        if (scene.animation.outputChannel == value - 1) {
            sync();
            return;
        }
        scene.animation.outputChannel = value - 1;
        m_model->setScene(scene, tr("Animated output channel"));
    });
    connect(m_in, &QSpinBox::valueChanged, this, &KernelEditor::sync);
    connect(m_preset, &QComboBox::activated, this, &KernelEditor::editPreset);
    connect(m_sigma, &QDoubleSpinBox::valueChanged, this, [this] { editOptions(tr("Sigma")); });
    connect(
        m_theta, &QDoubleSpinBox::valueChanged, this, [this] { editOptions(tr("Orientation")); });
    connect(
        m_lambda, &QDoubleSpinBox::valueChanged, this, [this] { editOptions(tr("Wavelength")); });
    connect(m_seed, &QSpinBox::valueChanged, this, [this] { editOptions(tr("Kernel seed")); });
    connect(m_table, &NumberTable::valueEdited, this, &KernelEditor::editValue);
    connect(m_bias, &QDoubleSpinBox::valueChanged, this, &KernelEditor::editBias);
    // The panel restores a tooltip from "help" after a problem has borrowed it.
    for (QWidget* w : findChildren<QWidget*>())
        w->setProperty("help", w->toolTip());
    // The image's channel count arrives with the state, so both signals refresh the table.
    connect(m_model, &PlaygroundModel::sceneChanged, this, &KernelEditor::sync);
    connect(m_model, &PlaygroundModel::stateChanged, this, &KernelEditor::sync);
    sync();
}

int KernelEditor::outputChannel() const
{
    return m_out->value() - 1;
}

int KernelEditor::inputChannel() const
{
    return m_in->value() - 1;
}

void KernelEditor::setChannels(int output, int input)
{
    m_out->setValue(output + 1);
    m_in->setValue(input + 1);
}

int KernelEditor::inChannels(const Scene& scene) const
{
    switch (scene.input.source) {
    case InputSource::Grid:
        return scene.input.gridChannels;
    case InputSource::Signal:
        return scene.input.signalChannels;
    case InputSource::Sample:
    case InputSource::Image:
        break;
    }
    if (scene.input.gray)
        return 1;
    const auto image = m_model->image();
    return image ? image->channels() : 3;
}

Result<Tensor> KernelEditor::weights(const Scene& scene) const
{
    return sceneWeights(scene.layer, inChannels(scene), isPhoto(scene));
}

Result<Tensor> KernelEditor::presetWeights(const Scene& scene) const
{
    SceneLayer layer = scene.layer;
    layer.weights.clear();
    return sceneWeights(layer, inChannels(scene), isPhoto(scene));
}

void KernelEditor::sync()
{
    const Scene& scene = m_model->scene();
    const SceneLayer& layer = scene.layer;
    const bool conv = layer.op == SceneOp::Conv;
    m_poolNote->setVisible(!conv);
    m_body->setVisible(conv);
    if (!conv)
        return;

    const QSignalBlocker b1(m_out), b2(m_in), b3(m_preset), b4(m_sigma), b5(m_theta), b6(m_lambda),
        b7(m_seed), b8(m_bias);
    m_out->setRange(1, std::max(1, layer.outChannels));
    m_out->setValue(std::clamp(scene.animation.outputChannel + 1, 1, std::max(1, layer.outChannels)));
    const int cPerGroup = std::max(1, inChannels(scene) / std::max(1, layer.groups));
    m_in->setRange(1, cPerGroup);
    m_form->setRowVisible(m_out, layer.outChannels > 1);
    m_form->setRowVisible(m_in, cPerGroup > 1);
    m_form->setRowVisible(m_allInputs, cPerGroup > 1);
    const int o = outputChannel(), i = inputChannel();

    const auto weight = weights(scene);
    bool custom = false;
    if (weight && !layer.weights.empty()) {
        const auto generated = presetWeights(scene);
        custom = !generated || !sameSlice(*weight, *generated, o, i);
    }
    const std::string id = presetOf(layer, o, i);
    const int index
        = custom ? m_preset->findData(kCustomData) : m_preset->findData(QString::fromStdString(id));
    m_preset->setCurrentIndex(index);

    const bool gaussian = !custom && id == "gaussian", gabor = !custom && id == "gabor";
    m_form->setRowVisible(m_sigma, gaussian || gabor);
    m_form->setRowVisible(m_theta, gabor);
    m_form->setRowVisible(m_lambda, gabor);
    m_form->setRowVisible(m_seed, !custom && id == "random");
    const KernelOptions& options = layer.kernelOptions;
    m_sigma->setValue(options.sigma);
    m_theta->setValue(options.theta * 180.0 / std::numbers::pi);
    m_lambda->setValue(options.lambda);
    m_seed->setValue(static_cast<int>(options.seed));

    const int n = layer.spatialDims;
    const int rows = n == 1 ? 1 : layer.kernel[0];
    const int cols = n == 1 ? layer.kernel[0] : layer.kernel[1];
    m_tableCaption->setText(layer.outChannels > 1 || cPerGroup > 1
            ? tr("Weights w[%1, %2], %3 × %4:").arg(o + 1).arg(i + 1).arg(rows).arg(cols)
            : tr("Weights w, %1 × %2:").arg(rows).arg(cols));
    // Without weights (an impossible preset) the last table stays, greyed out, next to the
    // message that says why.
    m_table->setEnabled(bool(weight));
    if (weight) {
        const std::int64_t volume = std::int64_t { rows } * cols;
        const float* first = weight->data() + (std::int64_t { o } * cPerGroup + i) * volume;
        m_table->setMatrix(
            rows, cols, std::span<const float>(first, static_cast<std::size_t>(volume)));
    }

    m_biasForm->setRowVisible(m_bias, layer.bias);
    m_bias->setValue(static_cast<std::size_t>(o) < layer.biasValues.size()
            ? static_cast<double>(layer.biasValues[static_cast<std::size_t>(o)])
            : 0.0);
}

void KernelEditor::editPreset(int index)
{
    const QVariant choice = m_preset->itemData(index);
    if (choice == QVariant(kCustomData)) {
        sync(); // "custom" is a state, not a choice
        return;
    }
    Scene after = m_model->scene();
    std::vector<std::string> presets = presetsPerOutput(after.layer);
    if (presets.empty())
        return;
    const int o = std::clamp(outputChannel(), 0, after.layer.outChannels - 1);
    const int input = inputChannel();
    const std::string id = choice.toString().toStdString();
    const bool wholeOutput = m_allInputs->isChecked() || m_in->maximum() <= 1;
    if (wholeOutput) {
        presets[static_cast<std::size_t>(o)] = id;
        erasePairs(after.layer, o);
    } else {
        // One pair: its own preset, unless it is the output's (then nothing to remember).
        erasePairs(after.layer, o, input);
        if (id != presets[static_cast<std::size_t>(o)])
            after.layer.kernelPairPresets.push_back({ o, input, id });
    }
    // One preset for every output channel is the list a scene file would say it with.
    if (std::all_of(presets.begin(), presets.end(), [&](const auto& p) { return p == presets[0]; }))
        presets.resize(1);
    after.layer.kernelPresets = presets;
    changeKernels(after, wholeOutput ? tr("Kernel preset") : tr("Kernel preset of one input channel"),
        wholeOutput ? -1 : input);
}

void KernelEditor::editOptions(const QString& what)
{
    Scene after = m_model->scene();
    KernelOptions& options = after.layer.kernelOptions;
    options.sigma = m_sigma->value();
    options.theta = m_theta->value() * std::numbers::pi / 180.0;
    options.lambda = m_lambda->value();
    options.seed = static_cast<std::uint32_t>(m_seed->value());
    changeKernels(after, what, -1);
}

void KernelEditor::changeKernels(Scene after, const QString& what, int changedInput)
{
    const Scene& before = m_model->scene();
    if (!before.layer.weights.empty()) {
        const auto current = weights(before);
        const auto oldPresets = presetWeights(before);
        const auto newPresets = presetWeights(after);
        const bool explicitFits
            = current && static_cast<std::int64_t>(before.layer.weights.size()) == current->numel();
        if (explicitFits && oldPresets && newPresets && current->shape() == newPresets->shape()) {
            // Edited pairs stay edited; the changed ones and those that were still their preset
            // take the new preset.
            Tensor merged = *current;
            const std::int64_t size = sliceSize(merged);
            for (int o = 0; o < merged.dim(0); ++o)
                for (int i = 0; i < merged.dim(1); ++i) {
                    const bool changed
                        = o == outputChannel() && (changedInput < 0 || i == changedInput);
                    if (!changed && !sameSlice(*current, *oldPresets, o, i))
                        continue;
                    const std::int64_t at = size * (std::int64_t { o } * merged.dim(1) + i);
                    std::copy_n(newPresets->data() + at, size, merged.data() + at);
                }
            if (merged == *newPresets)
                after.layer.weights.clear();
            else
                after.layer.weights.assign(merged.data(), merged.data() + merged.numel());
        } else {
            after.layer.weights.clear();
        }
    }
    m_model->setScene(after, what);
}

void KernelEditor::editValue(int row, int col, double value)
{
    Scene after = m_model->scene();
    const auto weight = weights(after);
    if (!weight)
        return;
    const SceneLayer& layer = after.layer;
    const int cols = layer.spatialDims == 1 ? layer.kernel[0] : layer.kernel[1];
    const int rows = layer.spatialDims == 1 ? 1 : layer.kernel[0];
    const int cPerGroup = weight->dim(1);
    const std::int64_t index
        = (std::int64_t { outputChannel() } * cPerGroup + inputChannel()) * rows * cols
        + std::int64_t { row } * cols + col;
    if (index < 0 || index >= weight->numel())
        return;
    after.layer.weights.assign(weight->data(), weight->data() + weight->numel());
    after.layer.weights[static_cast<std::size_t>(index)] = static_cast<float>(value);
    // One undo step per cell: retyping a cell merges, the next cell is a new step.
    m_model->setScene(after, tr("Kernel value (%1, %2)").arg(row + 1).arg(col + 1));
}

void KernelEditor::editBias(double value)
{
    Scene after = m_model->scene();
    SceneLayer& layer = after.layer;
    layer.biasValues.resize(static_cast<std::size_t>(std::max(1, layer.outChannels)), 0.0f);
    const auto o = static_cast<std::size_t>(std::clamp(outputChannel(), 0, layer.outChannels - 1));
    layer.biasValues[o] = static_cast<float>(value);
    m_model->setScene(after, tr("Bias"));
}

} // namespace convscope::ui
