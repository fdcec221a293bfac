#include "parameter_panel.h"

#include "grid_editor.h"
#include "kernel_editor.h"
#include "playground_model.h"
#include "widgets/dims_spin_box.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPalette>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace convscope::ui {

namespace {

// Tooltips are the place for formulas; the property keeps them while a problem borrows the
// tooltip.
void setHelp(QWidget* widget, const QString& help)
{
    widget->setToolTip(help);
    widget->setProperty("help", help);
}

QSpinBox* makeSpin(QWidget* parent, const char* name, int minimum, int maximum, const QString& help)
{
    auto* spin = new QSpinBox(parent);
    spin->setObjectName(QLatin1String(name));
    spin->setRange(minimum, maximum);
    spin->setAccelerated(true);
    setHelp(spin, help);
    return spin;
}

QComboBox* makeCombo(QWidget* parent, const char* name, const QString& help)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(QLatin1String(name));
    // Long entries must not widen the column; the popup still shows them in full.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(8);
    setHelp(combo, help);
    return combo;
}

QCheckBox* makeCheck(QWidget* parent, const char* name, const QString& text, const QString& help)
{
    auto* check = new QCheckBox(text, parent);
    check->setObjectName(QLatin1String(name));
    setHelp(check, help);
    return check;
}

// Two widgets side by side in one form row ("x [ ] y [ ]").
QWidget* pair(QWidget* parent, QWidget* first, const QString& between, QWidget* second)
{
    auto* box = new QWidget(parent);
    auto* layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    first->setParent(box);
    second->setParent(box);
    layout->addWidget(first, 1);
    if (!between.isEmpty())
        layout->addWidget(new QLabel(between, box));
    layout->addWidget(second, 1);
    return box;
}

void showInt(QSpinBox* spin, int value)
{
    const QSignalBlocker blocker(spin);
    if (spin->value() != value)
        spin->setValue(value);
}

void showChecked(QCheckBox* check, bool on)
{
    const QSignalBlocker blocker(check);
    check->setChecked(on);
}

void showData(QComboBox* combo, const QVariant& data)
{
    const QSignalBlocker blocker(combo);
    combo->setCurrentIndex(combo->findData(data));
}

QString shapeText(int channels, const SlidingPlan& plan, bool output)
{
    QStringList parts { QString::number(channels) };
    for (int i = 0; i < plan.spatialDims; ++i) {
        const Axis& axis = plan.axes[static_cast<std::size_t>(i)];
        parts << QString::number(output ? axis.output : axis.input);
    }
    return parts.join(QStringLiteral("×"));
}

bool isPhoto(const SceneInput& in)
{
    return in.source == InputSource::Sample || in.source == InputSource::Image;
}

// Explicit padding keeps its numbers while "same" or "valid" is chosen, so switching back to a
// number restores them.
Dims paddingNumbers(const Padding& padding)
{
    return padding.kind == PaddingKind::Explicit ? padding.values : Dims { 0, 0, 0 };
}

constexpr int kNoActivation = -1;

// A control that a problem names turns red: its field (spin box, line edit) and its button face
// (combo box) in a strong tint with dark red text, readable from the back of a lecture hall. A
// palette rather than a style sheet keeps the platform's look of the spin box arrows.
void markInvalid(QWidget* w, bool invalid)
{
    if (!invalid) {
        w->setPalette(QPalette());
        return;
    }
    QPalette palette = w->palette();
    for (auto role : { QPalette::Base, QPalette::Button })
        palette.setColor(role, QColor(0xff, 0xb0, 0xb0));
    for (auto role : { QPalette::Text, QPalette::ButtonText, QPalette::WindowText })
        palette.setColor(role, QColor(0x7f, 0x00, 0x00));
    w->setPalette(palette);
}

// Switches the layer between 1-D and 2-D. Going to 2-D, every setting becomes square (the 1-D
// value for both sides), which is what a lecturer expects after editing the 1-D numbers. Going to
// 1-D, the 3x3-only presets (Sobel, ...) would be an error on every output channel, so they
// become a box kernel, the moving average of signal processing.
void changeSpatialDims(Scene& s, int dims)
{
    SceneLayer& l = s.layer;
    if (l.spatialDims == dims)
        return;
    l.spatialDims = dims;
    if (dims == 2) {
        for (Dims* d : { &l.kernel, &l.stride, &l.dilation, &l.padding.values })
            (*d)[1] = (*d)[0];
        return;
    }
    auto oneDimensional = [](std::string& id) {
        const auto& presets = kernelPresets();
        const auto it = std::find_if(
            presets.begin(), presets.end(), [&](const KernelPreset& p) { return p.id == id; });
        if (it != presets.end() && it->fixedSize)
            id = "box";
    };
    for (std::string& id : l.kernelPresets)
        oneDimensional(id);
    for (KernelPairPreset& pair : l.kernelPairPresets)
        oneDimensional(pair.preset);
}

} // namespace

ParameterPanel::ParameterPanel(PlaygroundModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("parameterPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(6);
    buildInput(layout);
    buildLayer(layout);
    buildKernel(layout);
    buildOutput(layout);
    layout->addStretch(1);
    alignFormLabels();

    connect(m_model, &PlaygroundModel::sceneChanged, this, &ParameterPanel::syncFromScene);
    connect(m_model, &PlaygroundModel::stateChanged, this, &ParameterPanel::syncInfo);
    connect(m_model, &PlaygroundModel::outputReady, this, &ParameterPanel::syncInfo);
    connect(m_model, &PlaygroundModel::problemChanged, this, [this] {
        syncProblem();
        syncInfo();
    });
    syncFromScene();
    syncInfo();
}

QSize ParameterPanel::sizeHint() const
{
    // The column beside the canvas: wide enough for two spin boxes and a label, no wider.
    return { 360, QWidget::sizeHint().height() };
}

QStringList ParameterPanel::sampleNames()
{
    return { QStringLiteral("chelsea"), QStringLiteral("camera"), QStringLiteral("coffee"),
        QStringLiteral("astronaut") };
}

QFormLayout* ParameterPanel::addSection(
    QVBoxLayout* layout, const QString& title, const QString& name)
{
    auto* heading = new QLabel(title, this);
    heading->setObjectName(name + QStringLiteral("Heading"));
    QFont font = heading->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.2);
    heading->setFont(font);
    if (layout->count() > 0)
        layout->addSpacing(8);
    layout->addWidget(heading);
    auto* line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    layout->addLayout(form);
    return form;
}

void ParameterPanel::alignFormLabels()
{
    // One label column for every section (the kernel editor's too), so the fields line up.
    QList<QWidget*> labels;
    int width = 0;
    for (QFormLayout* form : findChildren<QFormLayout*>())
        for (int row = 0; row < form->rowCount(); ++row)
            if (QLayoutItem* item = form->itemAt(row, QFormLayout::LabelRole);
                item && item->widget()) {
                labels << item->widget();
                width = std::max(width, item->widget()->sizeHint().width());
            }
    for (QWidget* label : std::as_const(labels))
        label->setMinimumWidth(width);
}

void ParameterPanel::buildInput(QVBoxLayout* layout)
{
    QFormLayout* form = m_inputForm = addSection(layout, tr("Input"), QStringLiteral("input"));

    m_source = makeCombo(this, "sourceCombo",
        tr("What the layer reads: a photo (C×H×W, C = 3 for RGB, 1 for grey), a small grid of "
           "numbers you can edit, or a 1-D signal."));
    m_source->addItem(tr("Photo"));
    m_source->addItem(tr("Numeric grid"));
    m_source->addItem(tr("Signal (1-D)"));
    form->addRow(tr("Source"), m_source);

    m_sample = makeCombo(this, "sampleCombo", tr("A bundled photo; “Open…” loads your own."));
    const QStringList titles { tr("Chelsea (cat)"), tr("Camera man (grey)"), tr("Coffee"),
        tr("Astronaut") };
    const QStringList names = sampleNames();
    for (int i = 0; i < names.size(); ++i)
        m_sample->addItem(titles[i], names[i]);
    m_open = new QPushButton(tr("Open…"), this);
    m_open->setObjectName(QStringLiteral("openImageButton"));
    setHelp(m_open, tr("Load an image file (PNG, JPEG, …) as the input."));
    m_photoRow = new QWidget(this);
    {
        auto* row = new QHBoxLayout(m_photoRow);
        row->setContentsMargins(0, 0, 0, 0);
        row->setSpacing(4);
        m_sample->setParent(m_photoRow);
        m_open->setParent(m_photoRow);
        row->addWidget(m_sample, 1);
        row->addWidget(m_open);
    }
    form->addRow(tr("Photo"), m_photoRow);

    m_color = makeCombo(this, "colorCombo",
        tr("RGB: C = 3 input channels. Grey: C = 1, Y = 0.299 R + 0.587 G + 0.114 B."));
    m_color->addItem(tr("RGB (3 channels)"), false);
    m_color->addItem(tr("Grey (1 channel)"), true);
    form->addRow(tr("Colour"), m_color);

    m_cropX = makeSpin(this, "cropXSpin", 0, 99999,
        tr("Left edge x of the crop in pixels: the layer reads columns x … x+w−1."));
    m_cropY = makeSpin(this, "cropYSpin", 0, 99999,
        tr("Top edge y of the crop in pixels: the layer reads rows y … y+h−1."));
    m_cropW = makeSpin(this, "cropWSpin", 1, 99999,
        tr("Width w of the crop: the input is C×h×w, so M = w along the width."));
    m_cropH = makeSpin(this, "cropHSpin", 1, 99999,
        tr("Height h of the crop: the input is C×h×w, so M = h along the height."));
    m_cropX->setPrefix(tr("x "));
    m_cropY->setPrefix(tr("y "));
    m_cropW->setPrefix(tr("w "));
    m_cropH->setPrefix(tr("h "));
    m_cropPos = pair(this, m_cropX, QString(), m_cropY);
    form->addRow(tr("Crop at"), m_cropPos);
    m_cropReset = new QPushButton(tr("Whole"), this);
    m_cropReset->setObjectName(QStringLiteral("cropResetButton"));
    setHelp(m_cropReset, tr("Use the whole image as the input (no crop)."));
    m_cropSize = new QWidget(this);
    {
        auto* row = new QHBoxLayout(m_cropSize);
        row->setContentsMargins(0, 0, 0, 0);
        row->setSpacing(4);
        for (QWidget* w : { static_cast<QWidget*>(m_cropW), static_cast<QWidget*>(m_cropH),
                 static_cast<QWidget*>(m_cropReset) }) {
            w->setParent(m_cropSize);
            row->addWidget(w, w == m_cropReset ? 0 : 1);
        }
    }
    form->addRow(tr("Crop size"), m_cropSize);

    m_row = makeSpin(this, "rowSpin", -1, 99999,
        tr("1-D layers read one row of the photo as a sequence of length W (middle: row ⌊H/2⌋)."));
    m_row->setSpecialValueText(tr("middle"));
    form->addRow(tr("1-D row"), m_row);

    m_gridRows = makeSpin(this, "gridRowsSpin", 1, kMaxGridSide,
        tr("Rows H of the grid (1 … 32): the input is C×H×W."));
    m_gridCols = makeSpin(this, "gridColsSpin", 1, kMaxGridSide,
        tr("Columns W of the grid (1 … 32): the input is C×H×W (C×W for 1-D layers)."));
    m_gridSize = pair(this, m_gridRows, tr("×"), m_gridCols);
    form->addRow(tr("Grid H × W"), m_gridSize);
    m_gridChannels = makeSpin(this, "gridChannelsSpin", 1, kMaxSceneChannels,
        tr("Channels C of the grid (1 … 16), one plane of values each."));
    form->addRow(tr("Channels C"), m_gridChannels);
    m_gridPreset = makeCombo(this, "gridPresetCombo",
        tr("Fill the grid: random integers 0 … 9, a ramp 1, 2, 3 …, a checkerboard, one bright "
           "pixel in the middle, or an edge (left half 0, right half 1). Typing a value into a "
           "cell makes it “custom”."));
    m_gridPreset->addItem(tr("Random integers"), static_cast<int>(GridPreset::RandomIntegers));
    m_gridPreset->addItem(tr("Ramp"), static_cast<int>(GridPreset::Ramp));
    m_gridPreset->addItem(tr("Checkerboard"), static_cast<int>(GridPreset::Checkerboard));
    m_gridPreset->addItem(tr("Bright pixel"), static_cast<int>(GridPreset::BrightPixel));
    m_gridPreset->addItem(tr("Edge"), static_cast<int>(GridPreset::Edge));
    m_gridPreset->addItem(tr("Custom"), static_cast<int>(GridPreset::Custom));
    form->addRow(tr("Values"), m_gridPreset);

    m_signalKind = makeCombo(this, "signalKindCombo",
        tr("A synthetic 1-D signal: a sine (period 16 samples), steps (6 samples long), or "
           "Gaussian noise."));
    m_signalKind->addItem(tr("Sine"), static_cast<int>(SignalKind::Sine));
    m_signalKind->addItem(tr("Steps"), static_cast<int>(SignalKind::Steps));
    m_signalKind->addItem(tr("Noise"), static_cast<int>(SignalKind::Noise));
    form->addRow(tr("Signal"), m_signalKind);
    m_signalLength = makeSpin(this, "signalLengthSpin", 1, kMaxSignalLength,
        tr("Length L of the signal: the input is C×L; out = floor((L + 2p − d(k−1) − 1)/s) + 1."));
    form->addRow(tr("Length L"), m_signalLength);
    m_signalChannels = makeSpin(this, "signalChannelsSpin", 1, kMaxSceneChannels,
        tr("Channels C of the signal (the sine's phase moves by 60° per channel)."));
    form->addRow(tr("Channels C"), m_signalChannels);

    m_seed = makeSpin(this, "seedSpin", 0, 999999,
        tr("Seed of the random integers and of the noise: the same seed gives the same numbers."));
    form->addRow(tr("Seed"), m_seed);

    m_gridEditor = new GridEditor(m_model, this);
    form->addRow(m_gridEditor);

    connect(m_source, &QComboBox::currentIndexChanged, this, &ParameterPanel::editSource);
    connect(m_sample, &QComboBox::currentIndexChanged, this, [this](int index) {
        const QString name = m_sample->itemData(index).toString();
        if (name.isEmpty())
            return; // the opened file's own entry
        edit(tr("Photo"), [&](Scene& s) {
            s.input.source = InputSource::Sample;
            s.input.sample = name.toStdString();
            s.input.path.clear();
            s.input.crop.reset(); // another photo, another size
        });
    });
    connect(m_open, &QPushButton::clicked, this, &ParameterPanel::openImageRequested);
    connect(m_color, &QComboBox::currentIndexChanged, this, [this](int index) {
        edit(tr("Colour"), [&](Scene& s) { s.input.gray = m_color->itemData(index).toBool(); });
    });
    for (QSpinBox* spin : { m_cropX, m_cropY, m_cropW, m_cropH })
        connect(spin, &QSpinBox::valueChanged, this, &ParameterPanel::editCrop);
    connect(m_cropReset, &QPushButton::clicked, this,
        [this] { edit(tr("Whole image"), [](Scene& s) { s.input.crop.reset(); }); });
    connect(m_row, &QSpinBox::valueChanged, this,
        [this](int v) { edit(tr("1-D row"), [v](Scene& s) { s.input.row = v; }); });

    // A custom grid keeps its values where the new size overlaps the old one.
    auto resizeGrid = [this](const QString& what, int channels, int rows, int cols) {
        edit(what, [&](Scene& s) {
            SceneInput& in = s.input;
            if (in.gridPreset == GridPreset::Custom) {
                const Tensor old = makeGrid(in, s.layer.spatialDims);
                const int oldRows = old.spatialDims() == 1 ? 1 : old.dim(1);
                const int oldCols = old.dim(old.ndim() - 1);
                const int newRows = s.layer.spatialDims == 1 ? 1 : rows;
                std::vector<float> values(static_cast<std::size_t>(channels)
                        * static_cast<std::size_t>(newRows) * static_cast<std::size_t>(cols),
                    0.0f);
                for (int c = 0; c < std::min(channels, old.channels()); ++c)
                    for (int y = 0; y < std::min(newRows, oldRows); ++y)
                        for (int x = 0; x < std::min(cols, oldCols); ++x)
                            values[(static_cast<std::size_t>(c) * newRows + y) * cols + x]
                                = old[(std::int64_t { c } * oldRows + y) * oldCols + x];
                in.gridValues = std::move(values);
            }
            in.gridChannels = channels;
            in.gridRows = rows;
            in.gridCols = cols;
        });
    };
    connect(m_gridRows, &QSpinBox::valueChanged, this, [this, resizeGrid](int v) {
        resizeGrid(tr("Grid rows"), m_gridChannels->value(), v, m_gridCols->value());
    });
    connect(m_gridCols, &QSpinBox::valueChanged, this, [this, resizeGrid](int v) {
        resizeGrid(tr("Grid columns"), m_gridChannels->value(), m_gridRows->value(), v);
    });
    connect(m_gridChannels, &QSpinBox::valueChanged, this, [this, resizeGrid](int v) {
        resizeGrid(tr("Grid channels"), v, m_gridRows->value(), m_gridCols->value());
    });
    connect(m_gridPreset, &QComboBox::currentIndexChanged, this, [this](int index) {
        const auto preset = static_cast<GridPreset>(m_gridPreset->itemData(index).toInt());
        edit(tr("Grid values"), [&](Scene& s) {
            if (preset == GridPreset::Custom && s.input.gridValues.empty()) {
                // "Custom" from a preset starts from the values on screen, ready to edit.
                const Tensor grid = makeGrid(s.input, s.layer.spatialDims);
                s.input.gridValues.assign(grid.data(), grid.data() + grid.numel());
            }
            s.input.gridPreset = preset;
        });
    });
    connect(m_seed, &QSpinBox::valueChanged, this, [this](int v) {
        edit(tr("Seed"), [v](Scene& s) { s.input.seed = static_cast<std::uint32_t>(v); });
    });
    connect(m_signalKind, &QComboBox::currentIndexChanged, this, [this](int index) {
        const auto kind = static_cast<SignalKind>(m_signalKind->itemData(index).toInt());
        edit(tr("Signal"), [kind](Scene& s) { s.input.signal = kind; });
    });
    connect(m_signalLength, &QSpinBox::valueChanged, this,
        [this](int v) { edit(tr("Signal length"), [v](Scene& s) { s.input.signalLength = v; }); });
    connect(m_signalChannels, &QSpinBox::valueChanged, this, [this](int v) {
        edit(tr("Signal channels"), [v](Scene& s) { s.input.signalChannels = v; });
    });
}

void ParameterPanel::buildLayer(QVBoxLayout* layout)
{
    QFormLayout* form = m_layerForm = addSection(layout, tr("Layer"), QStringLiteral("layer"));
    const QString outFormula = tr("out = floor((M + 2p − d(k−1) − 1)/s) + 1");

    m_op = makeCombo(this, "opCombo",
        tr("Convolution: y = Σ w·x + b over the window. Max pooling: y = max x; average: "
           "y = mean x; sum: y = Σ x. Pooling keeps the channels (D = C) and has no weights."));
    m_op->addItem(tr("Convolution"), static_cast<int>(SceneOp::Conv));
    m_op->addItem(tr("Max pooling"), static_cast<int>(SceneOp::MaxPool));
    m_op->addItem(tr("Average pooling"), static_cast<int>(SceneOp::AvgPool));
    m_op->addItem(tr("Sum pooling"), static_cast<int>(SceneOp::SumPool));
    form->addRow(tr("Operation"), m_op);

    m_dims = makeCombo(this, "dimsCombo",
        tr("2-D: the window slides over height and width. 1-D: along a sequence (a row of the "
           "photo, a grid row, or a signal); every setting then has one number."));
    m_dims->addItem(tr("2-D (height × width)"), 2);
    m_dims->addItem(tr("1-D (a sequence)"), 1);
    form->addRow(tr("Dimensions"), m_dims);

    m_kernel = new DimsSpinBox(QStringLiteral("kernel"), this);
    m_kernel->setRange(1, 64);
    m_kernel->setHelp(
        tr("Kernel size k: the window covers k cells, with dilation d(k−1)+1. %1").arg(outFormula));
    form->addRow(tr("Kernel k"), m_kernel);

    m_stride = new DimsSpinBox(QStringLiteral("stride"), this);
    m_stride->setRange(1, 16);
    m_stride->setHelp(tr("Steps the window moves; %1").arg(outFormula));
    form->addRow(tr("Stride s"), m_stride);

    m_dilation = new DimsSpinBox(QStringLiteral("dilation"), this);
    m_dilation->setRange(1, 16);
    m_dilation->setHelp(tr("Spacing of the kernel's taps (d−1 cells skipped between them); the "
                           "window spans d(k−1)+1 cells. %1. Convolution and max pooling only.")
                            .arg(outFormula));
    form->addRow(tr("Dilation d"), m_dilation);

    m_paddingKind = makeCombo(this, "paddingKindCombo",
        tr("number: p cells on each side. same: out = M (stride 1 only), total padding d(k−1), "
           "the smaller half first. valid: p = 0, the window stays inside the input."));
    m_paddingKind->addItem(tr("number"), static_cast<int>(PaddingKind::Explicit));
    m_paddingKind->addItem(tr("same"), static_cast<int>(PaddingKind::Same));
    m_paddingKind->addItem(tr("valid"), static_cast<int>(PaddingKind::Valid));
    form->addRow(tr("Padding"), m_paddingKind);

    m_padding = new DimsSpinBox(QStringLiteral("padding"), this);
    m_padding->setRange(0, 32);
    m_padding->setHelp(tr("Cells added on each side: the padded size is M + 2p; %1. Pooling "
                          "needs p ≤ k/2.")
                           .arg(outFormula));
    form->addRow(tr("Padding p"), m_padding);

    m_paddingMode = makeCombo(this, "paddingModeCombo",
        tr("What the padding cells hold: zeros; reflect mirrors the input without repeating the "
           "edge (needs p < M); replicate repeats the edge; circular wraps around (p ≤ M). "
           "Convolution only."));
    m_paddingMode->addItem(tr("zeros"), static_cast<int>(PaddingMode::Zeros));
    m_paddingMode->addItem(tr("reflect"), static_cast<int>(PaddingMode::Reflect));
    m_paddingMode->addItem(tr("replicate"), static_cast<int>(PaddingMode::Replicate));
    m_paddingMode->addItem(tr("circular"), static_cast<int>(PaddingMode::Circular));
    form->addRow(tr("Pad with"), m_paddingMode);

    m_groups = makeSpin(this, "groupsSpin", 1, kMaxSceneChannels,
        tr("Split the C input and D output channels into g groups; each output reads C/g "
           "channels. Weights: D·(C/g)·k_h·k_w. g must divide C and D (g = C: depthwise)."));
    form->addRow(tr("Groups g"), m_groups);

    m_outChannels = makeSpin(this, "outChannelsSpin", 1, kMaxSceneChannels,
        tr("D output channels, one kernel each: the output is D×H′×W′ with "
           "D·(C/g)·k_h·k_w weights (+ D biases)."));
    form->addRow(tr("Outputs D"), m_outChannels);

    m_bias = makeCheck(
        this, "biasCheck", tr("Bias b"), tr("Add a bias b per output channel: y = Σ w·x + b."));
    form->addRow(QString(), m_bias);
    m_flip = makeCheck(this, "flipCheck", tr("True convolution (flip 180°)"),
        tr("Rotate the kernel by 180° before sliding: y(i, j) = Σ w(m, n)·x(i−m, j−n), the "
           "convolution of signal processing. Unchecked: y(i, j) = Σ w(m, n)·x(i+m, j+n) "
           "(cross-correlation), what deep-learning layers compute."));
    form->addRow(QString(), m_flip);
    m_ceilMode = makeCheck(this, "ceilModeCheck", tr("Ceil mode (keep a partial window)"),
        tr("Round the output size up: out = ceil((M + 2p − d(k−1) − 1)/s) + 1; a last window "
           "that hangs over the edge is kept if it starts inside the input. Pooling only."));
    form->addRow(QString(), m_ceilMode);
    m_countIncludePad = makeCheck(this, "countIncludePadCheck", tr("Count padding in the average"),
        tr("Average pooling divides by k_h·k_w, padding cells included; unchecked: by the number "
           "of input cells under the window."));
    form->addRow(QString(), m_countIncludePad);

    m_shape = new QLabel(this);
    m_shape->setObjectName(QStringLiteral("shapeLabel"));
    m_shape->setWordWrap(true);
    m_shape->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setHelp(m_shape, tr("Input C×H×W → output D×H′×W′, each side %1").arg(outFormula));
    QFont bold = m_shape->font();
    bold.setBold(true);
    m_shape->setFont(bold);
    layout->addWidget(m_shape);

    // Under the layer's controls, where most impossible settings are made; the controls above
    // do not move when it appears.
    m_messageFrame = new QFrame(this);
    m_messageFrame->setObjectName(QStringLiteral("messageFrame"));
    m_messageFrame->setStyleSheet(QStringLiteral(
        "#messageFrame { background: #fdecea; border: 2px solid #d32f2f; border-radius: 4px; }"
        "#messageFrame QLabel { color: #7f0000; background: transparent; border: none; }"));
    auto* messageLayout = new QVBoxLayout(m_messageFrame);
    messageLayout->setContentsMargins(8, 6, 8, 6);
    m_message = new QLabel(m_messageFrame);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont messageFont = m_message->font();
    messageFont.setBold(true);
    m_message->setFont(messageFont);
    auto* hint = new QLabel(tr("The canvas keeps the last valid picture. Ctrl+Z undoes the "
                               "last change."),
        m_messageFrame);
    hint->setObjectName(QStringLiteral("messageHint"));
    hint->setWordWrap(true);
    messageLayout->addWidget(m_message);
    messageLayout->addWidget(hint);
    m_messageFrame->hide();
    layout->addWidget(m_messageFrame);

    connect(m_op, &QComboBox::currentIndexChanged, this, [this](int index) {
        const auto op = static_cast<SceneOp>(m_op->itemData(index).toInt());
        edit(tr("Operation"), [op](Scene& s) { s.layer.op = op; });
    });
    connect(m_dims, &QComboBox::currentIndexChanged, this,
        [this](int index) { editSpatialDims(m_dims->itemData(index).toInt()); });
    bindDims(m_kernel, &SceneLayer::kernel, tr("Kernel size"));
    bindDims(m_stride, &SceneLayer::stride, tr("Stride"));
    bindDims(m_dilation, &SceneLayer::dilation, tr("Dilation"));
    connect(m_paddingKind, &QComboBox::currentIndexChanged, this, [this](int index) {
        const auto kind = static_cast<PaddingKind>(m_paddingKind->itemData(index).toInt());
        edit(tr("Padding"), [&](Scene& s) {
            const Dims numbers { m_padding->value(0), m_padding->value(1), m_padding->value(1) };
            s.layer.padding = kind == PaddingKind::Same ? Padding::same()
                : kind == PaddingKind::Valid            ? Padding::valid()
                                                        : Padding::explicitly(numbers);
        });
    });
    connect(m_padding, &DimsSpinBox::valuesChanged, this, [this] {
        edit(tr("Padding"), [this](Scene& s) {
            Dims values = paddingNumbers(s.layer.padding);
            values[0] = m_padding->value(0);
            if (s.layer.spatialDims == 2)
                values[1] = m_padding->value(1);
            s.layer.padding = Padding::explicitly(values);
        });
    });
    connect(m_paddingMode, &QComboBox::currentIndexChanged, this, [this](int index) {
        const auto mode = static_cast<PaddingMode>(m_paddingMode->itemData(index).toInt());
        edit(tr("Padding mode"), [mode](Scene& s) { s.layer.paddingMode = mode; });
    });
    connect(m_groups, &QSpinBox::valueChanged, this,
        [this](int v) { edit(tr("Groups"), [v](Scene& s) { s.layer.groups = v; }); });
    connect(m_outChannels, &QSpinBox::valueChanged, this,
        [this](int v) { edit(tr("Output channels"), [v](Scene& s) { s.layer.outChannels = v; }); });
    connect(m_bias, &QCheckBox::toggled, this,
        [this](bool on) { edit(tr("Bias"), [on](Scene& s) { s.layer.bias = on; }); });
    connect(m_flip, &QCheckBox::toggled, this,
        [this](bool on) { edit(tr("True convolution"), [on](Scene& s) { s.layer.flip = on; }); });
    connect(m_ceilMode, &QCheckBox::toggled, this,
        [this](bool on) { edit(tr("Ceil mode"), [on](Scene& s) { s.layer.ceilMode = on; }); });
    connect(m_countIncludePad, &QCheckBox::toggled, this, [this](bool on) {
        edit(tr("Count padding"), [on](Scene& s) { s.layer.countIncludePad = on; });
    });
}

void ParameterPanel::buildKernel(QVBoxLayout* layout)
{
    QFormLayout* form = addSection(layout, tr("Kernel"), QStringLiteral("kernel"));
    m_kernelEditor = new KernelEditor(m_model, this);
    form->addRow(m_kernelEditor);
}

void ParameterPanel::buildOutput(QVBoxLayout* layout)
{
    QFormLayout* form = addSection(layout, tr("Output"), QStringLiteral("output"));
    m_activation = makeCombo(this, "activationCombo",
        tr("Applied to every output value y: ReLU max(0, y); leaky ReLU max(0.01y, y); ELU y for "
           "y > 0, else eʸ − 1; GELU y·Φ(y); SiLU y·σ(y); sigmoid σ(y) = 1/(1 + e⁻ʸ); tanh."));
    m_activation->addItem(tr("none"), kNoActivation);
    const std::pair<Activation, QString> activations[] = {
        { Activation::Relu, tr("ReLU") },
        { Activation::LeakyRelu, tr("leaky ReLU") },
        { Activation::Elu, tr("ELU") },
        { Activation::Gelu, tr("GELU") },
        { Activation::Silu, tr("SiLU") },
        { Activation::Sigmoid, tr("sigmoid") },
        { Activation::Tanh, tr("tanh") },
    };
    for (const auto& [activation, name] : activations)
        m_activation->addItem(name, static_cast<int>(activation));
    form->addRow(tr("Activation"), m_activation);

    m_output = new QLabel(this);
    m_output->setObjectName(QStringLiteral("outputLabel"));
    m_output->setWordWrap(true);
    setHelp(m_output,
        tr("The output's shape and the range of its values, after the "
           "activation."));
    layout->addWidget(m_output);

    connect(m_activation, &QComboBox::currentIndexChanged, this, [this](int index) {
        const int choice = m_activation->itemData(index).toInt();
        edit(tr("Activation"), [choice](Scene& s) {
            s.layer.activation = choice == kNoActivation
                ? std::nullopt
                : std::optional<Activation>(static_cast<Activation>(choice));
        });
    });
}

void ParameterPanel::edit(const QString& what, const std::function<void(Scene&)>& change)
{
    Scene scene = m_model->scene();
    change(scene);
    m_model->setScene(scene, what);
}

void ParameterPanel::bindDims(DimsSpinBox* spins, Dims SceneLayer::*member, const QString& what)
{
    connect(spins, &DimsSpinBox::valuesChanged, this, [this, spins, member, what] {
        edit(what, [&](Scene& s) {
            Dims& values = s.layer.*member;
            values[0] = spins->value(0);
            if (s.layer.spatialDims == 2)
                values[1] = spins->value(1);
        });
    });
}

void ParameterPanel::editSource(int index)
{
    edit(tr("Source"), [&](Scene& s) {
        const bool wasSignal = s.input.source == InputSource::Signal;
        switch (index) {
        case 1:
            s.input.source = InputSource::Grid;
            break;
        case 2:
            s.input.source = InputSource::Signal;
            break;
        default:
            s.input.source = s.input.path.empty() ? InputSource::Sample : InputSource::Image;
            break;
        }
        // A signal has one dimension; leaving it, the photo or grid is seen in 2-D again.
        if (s.input.source == InputSource::Signal)
            changeSpatialDims(s, 1);
        else if (wasSignal)
            changeSpatialDims(s, 2);
    });
}

void ParameterPanel::editSpatialDims(int dims)
{
    edit(tr("Dimensions"), [dims](Scene& s) { changeSpatialDims(s, dims); });
}

void ParameterPanel::editCrop()
{
    edit(tr("Crop"), [this](Scene& s) {
        s.input.crop
            = CropRect { m_cropX->value(), m_cropY->value(), m_cropW->value(), m_cropH->value() };
    });
}

void ParameterPanel::syncFromScene()
{
    const Scene& scene = m_model->scene();
    const SceneInput& in = scene.input;
    const SceneLayer& layer = scene.layer;

    {
        const QSignalBlocker blocker(m_source);
        m_source->setCurrentIndex(in.source == InputSource::Grid ? 1
                : in.source == InputSource::Signal               ? 2
                                                                 : 0);
    }
    {
        // An opened file gets its own entry, after the bundled photos, while it is the input.
        const QSignalBlocker blocker(m_sample);
        const int samples = static_cast<int>(sampleNames().size());
        while (m_sample->count() > samples)
            m_sample->removeItem(m_sample->count() - 1);
        if (in.source == InputSource::Image) {
            m_sample->addItem(QFileInfo(QString::fromStdString(in.path)).fileName(), QString());
            m_sample->setCurrentIndex(samples);
        } else {
            m_sample->setCurrentIndex(m_sample->findData(QString::fromStdString(in.sample)));
        }
    }
    showData(m_color, in.gray);

    // The crop's ranges follow the loaded photo; no crop shows the whole image.
    int imageW = 0, imageH = 0;
    if (const auto image = m_model->image(); image && image->ndim() == 3) {
        imageH = image->dim(1);
        imageW = image->dim(2);
    }
    if (imageW > 0) {
        const QSignalBlocker bx(m_cropX), by(m_cropY), bw(m_cropW), bh(m_cropH);
        m_cropX->setRange(0, imageW - 1);
        m_cropY->setRange(0, imageH - 1);
        m_cropW->setRange(1, imageW);
        m_cropH->setRange(1, imageH);
    }
    const CropRect crop = in.crop.value_or(CropRect { 0, 0, imageW, imageH });
    showInt(m_cropX, crop.x);
    showInt(m_cropY, crop.y);
    showInt(m_cropW, crop.width);
    showInt(m_cropH, crop.height);
    m_cropReset->setEnabled(in.crop.has_value());
    {
        const QSignalBlocker blocker(m_row);
        const int rows = in.crop ? std::min(crop.height, imageH - crop.y) : imageH;
        m_row->setRange(-1, std::max(0, rows - 1));
    }
    showInt(m_row, in.row);

    showInt(m_gridRows, in.gridRows);
    showInt(m_gridCols, in.gridCols);
    showInt(m_gridChannels, in.gridChannels);
    showData(m_gridPreset, static_cast<int>(in.gridPreset));
    showInt(m_seed, static_cast<int>(std::min<std::uint32_t>(in.seed, 999999)));
    showData(m_signalKind, static_cast<int>(in.signal));
    showInt(m_signalLength, in.signalLength);
    showInt(m_signalChannels, in.signalChannels);
    syncInputRows(scene);

    showData(m_op, static_cast<int>(layer.op));
    showData(m_dims, layer.spatialDims);
    const std::pair<DimsSpinBox*, const Dims*> dims[] = { { m_kernel, &layer.kernel },
        { m_stride, &layer.stride }, { m_dilation, &layer.dilation } };
    for (const auto& [spins, values] : dims) {
        spins->setDimensions(layer.spatialDims);
        spins->setValues((*values)[0], (*values)[1]);
    }
    showData(m_paddingKind, static_cast<int>(layer.padding.kind));
    m_padding->setDimensions(layer.spatialDims);
    const Dims padding = paddingNumbers(layer.padding);
    m_padding->setValues(padding[0], padding[1]);
    showData(m_paddingMode, static_cast<int>(layer.paddingMode));
    showInt(m_groups, layer.groups);
    showInt(m_outChannels, layer.outChannels);
    showChecked(m_bias, layer.bias);
    showChecked(m_flip, layer.flip);
    showChecked(m_ceilMode, layer.ceilMode);
    showChecked(m_countIncludePad, layer.countIncludePad);
    showData(m_activation, layer.activation ? static_cast<int>(*layer.activation) : kNoActivation);
    syncLayerEnabled(layer);
    syncProblem();
}

void ParameterPanel::syncInputRows(const Scene& scene)
{
    const SceneInput& in = scene.input;
    const bool photo = isPhoto(in);
    const bool grid = in.source == InputSource::Grid;
    const bool signal = in.source == InputSource::Signal;
    for (QWidget* w : { m_photoRow, static_cast<QWidget*>(m_color), m_cropPos, m_cropSize })
        m_inputForm->setRowVisible(w, photo);
    m_inputForm->setRowVisible(m_row, photo && scene.layer.spatialDims == 1);
    for (QWidget* w : { m_gridSize, static_cast<QWidget*>(m_gridChannels),
             static_cast<QWidget*>(m_gridPreset), static_cast<QWidget*>(m_gridEditor) })
        m_inputForm->setRowVisible(w, grid);
    // A 1-D grid is one row: its height does not apply.
    m_gridRows->setEnabled(scene.layer.spatialDims == 2);
    for (QWidget* w : { static_cast<QWidget*>(m_signalKind), static_cast<QWidget*>(m_signalLength),
             static_cast<QWidget*>(m_signalChannels) })
        m_inputForm->setRowVisible(w, signal);
    m_inputForm->setRowVisible(m_seed,
        (grid && in.gridPreset == GridPreset::RandomIntegers)
            || (signal && in.signal == SignalKind::Noise));
}

void ParameterPanel::syncLayerEnabled(const SceneLayer& layer)
{
    // Disabled rather than hidden, so the column does not jump when the operation changes; the
    // form label goes grey with its control.
    auto enable = [this](QWidget* w, bool on) {
        w->setEnabled(on);
        if (QWidget* label = m_layerForm->labelForField(w))
            label->setEnabled(on);
    };
    const bool conv = layer.op == SceneOp::Conv;
    const bool pool = !conv;
    enable(m_dilation, conv || layer.op == SceneOp::MaxPool);
    enable(m_padding, layer.padding.kind == PaddingKind::Explicit);
    enable(m_paddingMode, conv);
    enable(m_groups, conv);
    enable(m_outChannels, conv);
    enable(m_bias, conv);
    enable(m_flip, conv);
    enable(m_ceilMode, pool);
    enable(m_countIncludePad, layer.op == SceneOp::AvgPool);
    // A signal is 1-D by nature.
    enable(m_dims, m_model->scene().input.source != InputSource::Signal);
}

void ParameterPanel::syncInfo()
{
    const PlaygroundState& state = m_model->state();
    if (!state.input) {
        m_shape->setText(tr("No valid layer yet."));
        m_output->clear();
        return;
    }
    const SlidingPlan& plan = state.plan;
    QString text = tr("%1 → %2").arg(
        shapeText(plan.inChannels, plan, false), shapeText(plan.outChannels, plan, true));
    if (state.weight) {
        const qint64 weights = state.weight->numel();
        text += weights == 1 ? tr(" · 1 weight") : tr(" · %1 weights").arg(weights);
        if (state.bias)
            text += plan.outChannels == 1 ? tr(" + 1 bias")
                                          : tr(" + %1 biases").arg(plan.outChannels);
    }
    if (!m_model->isValid())
        text = tr("Last valid: %1").arg(text);
    m_shape->setText(text);

    QString output = tr("Output %1").arg(shapeText(plan.outChannels, plan, true));
    if (state.activated && !state.activated->empty()) {
        // The range the worker found with the output: scanning the 16-channel cat's 2 million
        // values here took milliseconds of the GUI thread, up to three times per edit.
        const ValueRange& range = state.outputRange;
        output += tr(", values %1 … %2")
                      .arg(QLocale().toString(range.low, 'g', 4), QLocale().toString(range.high, 'g', 4));
    } else {
        output += tr(", computing…");
    }
    m_output->setText(output);
}

void ParameterPanel::syncProblem()
{
    for (QWidget* w : std::as_const(m_invalid)) {
        w->setProperty("invalid", false);
        w->setToolTip(w->property("help").toString());
        markInvalid(w, false);
    }
    m_invalid.clear();
    if (m_model->isValid()) {
        m_message->clear();
        m_messageFrame->hide();
        return;
    }
    const QString problem = m_model->problem();
    m_message->setText(problem);
    m_messageFrame->show();
    m_invalid = widgetsForField(m_model->problemField());
    for (QWidget* w : std::as_const(m_invalid)) {
        w->setProperty("invalid", true);
        const QString help = w->property("help").toString();
        w->setToolTip(help.isEmpty() ? problem : tr("%1\n\n%2").arg(problem, help));
        markInvalid(w, true);
    }
}

QList<QWidget*> ParameterPanel::widgetsForField(const QString& field) const
{
    const Scene& scene = m_model->scene();
    const SceneLayer& layer = scene.layer;
    auto spins = [&layer](const DimsSpinBox* d) {
        QList<QWidget*> list { d->spinBox(0) };
        if (layer.spatialDims == 2)
            list << d->spinBox(1);
        return list;
    };
    if (field == QLatin1String("kernel"))
        return spins(m_kernel);
    if (field == QLatin1String("stride"))
        return spins(m_stride);
    if (field == QLatin1String("dilation"))
        return spins(m_dilation);
    if (field == QLatin1String("padding")) {
        QList<QWidget*> list = layer.padding.kind == PaddingKind::Explicit
            ? spins(m_padding)
            : QList<QWidget*> { m_paddingKind };
        if (layer.op == SceneOp::Conv && layer.paddingMode != PaddingMode::Zeros)
            list << m_paddingMode;
        return list;
    }
    if (field == QLatin1String("groups"))
        return { m_groups };
    if (field == QLatin1String("out_channels"))
        return { m_outChannels };
    if (field == QLatin1String("spatial_dims") || field == QLatin1String("layer.dims"))
        return { m_dims };
    if (field == QLatin1String("kernel_presets") || field == QLatin1String("kernel_pair_presets")
        || field == QLatin1String("preset")
        || field == QLatin1String("sigma") || field == QLatin1String("lambda")) {
        // Mostly a size the preset cannot take (Sobel is 3x3 only): the preset and the size.
        QList<QWidget*> list = spins(m_kernel);
        if (auto* combo
            = m_kernelEditor->findChild<QComboBox*>(QStringLiteral("kernelPresetCombo")))
            list << combo;
        return list;
    }
    if (field == QLatin1String("input") || field.startsWith(QLatin1String("input."))) {
        if (isPhoto(scene.input))
            return { m_sample };
        return { m_source };
    }
    return {};
}

} // namespace convscope::ui
