#include "layer_stack_editor.h"

#include "kernels.h"
#include "network_model.h"
#include "widgets/dims_spin_box.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPainter>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QToolButton>
#include <QVBoxLayout>

namespace convscope::ui {

namespace {

constexpr int IndexRole = Qt::UserRole + 1;
constexpr int NameRole = Qt::UserRole + 2;
constexpr int DescriptionRole = Qt::UserRole + 3;

// Paints a layer row as three aligned columns: index (right-aligned), name, description.
// The column widths follow the widest index and name in the stack.
class LayerRowDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void setColumnWidths(int indexWidth, int nameWidth)
    {
        m_indexWidth = indexWidth;
        m_nameWidth = nameWidth;
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt(option);
        initStyleOption(&opt, index);
        opt.text.clear();
        const QWidget *widget = opt.widget;
        QStyle *style = widget ? widget->style() : nullptr;
        if (style)
            style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
        QColor colour = opt.palette.color(QPalette::Text);
        if (opt.state & QStyle::State_Selected)
            colour = opt.palette.color(QPalette::HighlightedText);
        else if (const QVariant fg = index.data(Qt::ForegroundRole); fg.canConvert<QBrush>())
            colour = fg.value<QBrush>().color();
        painter->save();
        painter->setPen(colour);
        painter->setFont(opt.font);
        const QFontMetrics fm(opt.font);
        const int gap = fm.horizontalAdvance(QLatin1Char(' ')) * 2;
        QRect r = opt.rect.adjusted(4, 0, -2, 0);
        const QRect indexRect(r.left(), r.top(), m_indexWidth, r.height());
        painter->drawText(indexRect, Qt::AlignRight | Qt::AlignVCenter, index.data(IndexRole).toString());
        r.setLeft(indexRect.right() + 1 + gap);
        const QRect nameRect(r.left(), r.top(), std::min(m_nameWidth, r.width()), r.height());
        painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                          fm.elidedText(index.data(NameRole).toString(), Qt::ElideRight, nameRect.width()));
        r.setLeft(nameRect.right() + 1 + gap);
        if (r.width() > 0)
            painter->drawText(r, Qt::AlignLeft | Qt::AlignVCenter,
                              fm.elidedText(index.data(DescriptionRole).toString(), Qt::ElideRight, r.width()));
        painter->restore();
    }

private:
    int m_indexWidth = 0;
    int m_nameWidth = 0;
};

enum Page { ConvPage, PoolPage, ActivationPage, BatchNormPage, FlattenPage, LinearPage, DropoutPage };

int pageOf(const LayerConfig &config) { return static_cast<int>(config.index()); }

QString dimsText(const Dims &d, int dims)
{
    QStringList parts;
    for (int i = 0; i < dims; ++i)
        parts << QString::number(d[static_cast<std::size_t>(i)]);
    const bool same = std::all_of(parts.begin(), parts.end(), [&](const QString &p) { return p == parts.front(); });
    return same && dims > 1 ? QStringLiteral("%1×%1").arg(parts.front()) : parts.join(QStringLiteral("×"));
}

bool allEqual(const Dims &d, int dims, int value)
{
    for (int i = 0; i < dims; ++i)
        if (d[static_cast<std::size_t>(i)] != value)
            return false;
    return true;
}

// The spin boxes show one value per spatial dimension: (length), (height, width) or
// (depth, height, width).
void showDims(DimsSpinBox *box, const Dims &d, int dims)
{
    box->setDimensions(std::clamp(dims, 1, 3));
    if (dims == 3)
        box->setValues(d[0], d[1], d[2]);
    else if (dims == 2)
        box->setValues(d[0], d[1]);
    else
        box->setValues(d[0], d[0]);
}

Dims readDims(const DimsSpinBox *box, int dims, Dims previous)
{
    for (int i = 0; i < std::clamp(dims, 1, 3); ++i)
        previous[static_cast<std::size_t>(i)] = box->value(i);
    return previous;
}

QLabel *fieldLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return label;
}

} // namespace

QStringList LayerStackEditor::layerTypes()
{
    return { QStringLiteral("conv"), QStringLiteral("maxpool"), QStringLiteral("avgpool"), QStringLiteral("sumpool"),
        QStringLiteral("relu"), QStringLiteral("leaky_relu"), QStringLiteral("elu"), QStringLiteral("gelu"),
        QStringLiteral("silu"), QStringLiteral("sigmoid"), QStringLiteral("tanh"), QStringLiteral("batchnorm"),
        QStringLiteral("flatten"), QStringLiteral("linear"), QStringLiteral("dropout") };
}

Layer LayerStackEditor::defaultLayer(const QString &type, int channels, int spatialDims)
{
    const int dims = std::clamp(spatialDims, 1, 3);
    if (type == QLatin1String("conv")) // "same" size with padding 1, as VGG's layers
        return convLayer({}, std::max(8, channels), 3, 1, 1, 1, 1, dims);
    if (type == QLatin1String("maxpool"))
        return poolLayer({}, PoolType::Max, 2, 2, 0, dims);
    if (type == QLatin1String("avgpool"))
        return poolLayer({}, PoolType::Avg, 2, 2, 0, dims);
    if (type == QLatin1String("sumpool"))
        return poolLayer({}, PoolType::Sum, 2, 2, 0, dims);
    if (const auto a = activationFromName(type.toStdString())) {
        Layer l = activationLayer(*a);
        std::get<ActivationLayer>(l.config).parameter = defaultActivationParameter(*a);
        return l;
    }
    if (type == QLatin1String("batchnorm"))
        return Layer { {}, BatchNormLayer {} };
    if (type == QLatin1String("flatten"))
        return flattenLayer();
    if (type == QLatin1String("linear"))
        return linearLayer({}, 10);
    return Layer { {}, DropoutLayer {} };
}

QString LayerStackEditor::describe(const Layer &layer, int inChannels)
{
    const QString type = QString::fromStdString(layerType(layer.config));
    const QString in = inChannels > 0 ? QString::number(inChannels) : QStringLiteral("?");
    if (const auto *c = std::get_if<ConvLayer>(&layer.config)) {
        const ConvParams &p = c->params;
        QStringList parts { QStringLiteral("%1 %2→%3").arg(type, in).arg(p.outChannels), dimsText(p.kernel, p.spatialDims) };
        if (!allEqual(p.stride, p.spatialDims, 1))
            parts << QStringLiteral("s%1").arg(dimsText(p.stride, p.spatialDims));
        if (p.padding.kind == PaddingKind::Same)
            parts << QStringLiteral("same");
        else if (p.padding.kind == PaddingKind::Explicit && !allEqual(p.padding.values, p.spatialDims, 0))
            parts << QStringLiteral("p%1").arg(dimsText(p.padding.values, p.spatialDims));
        if (!allEqual(p.dilation, p.spatialDims, 1))
            parts << QStringLiteral("d%1").arg(dimsText(p.dilation, p.spatialDims));
        if (p.groups > 1)
            parts << QStringLiteral("g%1").arg(p.groups);
        if (!c->preset.empty())
            parts << QString::fromStdString(c->preset);
        return parts.join(QStringLiteral(" · "));
    }
    if (const auto *pl = std::get_if<PoolLayer>(&layer.config)) {
        const PoolParams &p = pl->params;
        QStringList parts { type, dimsText(p.kernel, p.spatialDims) };
        if (p.stride != p.kernel)
            parts << QStringLiteral("s%1").arg(dimsText(p.stride, p.spatialDims));
        if (!allEqual(p.padding, p.spatialDims, 0))
            parts << QStringLiteral("p%1").arg(dimsText(p.padding, p.spatialDims));
        if (p.ceilMode)
            parts << QStringLiteral("ceil");
        return parts.join(QStringLiteral(" · "));
    }
    if (const auto *a = std::get_if<ActivationLayer>(&layer.config)) {
        if (activationParameterName(a->function).empty())
            return type;
        return QStringLiteral("%1 %2").arg(type).arg(a->parameter);
    }
    if (const auto *l = std::get_if<LinearLayer>(&layer.config))
        return QStringLiteral("%1 →%2").arg(type).arg(l->outFeatures);
    if (const auto *d = std::get_if<DropoutLayer>(&layer.config))
        return QStringLiteral("%1 p=%2").arg(type).arg(d->p);
    return type;
}

LayerStackEditor::LayerStackEditor(NetworkModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("layerStackEditor"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);

    auto *title = new QLabel(tr("<b>Layers</b>"), this);
    layout->addWidget(title);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("layerList"));
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setAlternatingRowColors(true);
    m_list->setItemDelegate(new LayerRowDelegate(m_list));
    m_list->setToolTip(tr("The stack, first layer on top. Drag a layer to move it; Delete removes it, "
                          "Ctrl+D duplicates it, Alt+Up/Alt+Down move it."));
    layout->addWidget(m_list, 3);

    auto *buttons = new QHBoxLayout;
    auto makeButton = [&](const QString &name, const QString &text, QStyle::StandardPixmap icon, const QString &tip) {
        auto *b = new QToolButton(this);
        b->setObjectName(name);
        b->setText(text);
        if (icon != QStyle::SP_CustomBase)
            b->setIcon(style()->standardIcon(icon));
        b->setToolButtonStyle(icon != QStyle::SP_CustomBase ? Qt::ToolButtonIconOnly : Qt::ToolButtonTextOnly);
        b->setToolTip(tip);
        buttons->addWidget(b);
        return b;
    };
    m_add = makeButton(QStringLiteral("addLayerButton"), tr("Add layer"), QStyle::SP_CustomBase,
        tr("Add a layer after the selected one (conv, pooling, activations, batchnorm, flatten, linear, dropout)"));
    m_add->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_add->setPopupMode(QToolButton::InstantPopup);
    auto *addMenu = new QMenu(m_add);
    const QStringList types = layerTypes();
    for (const QString &type : types) {
        QAction *a = addMenu->addAction(type, this, [this, type] { addLayer(type); });
        a->setObjectName(QStringLiteral("add_") + type);
        if (type == QLatin1String("sumpool") || type == QLatin1String("tanh") || type == QLatin1String("batchnorm"))
            addMenu->addSeparator();
    }
    m_add->setMenu(addMenu);
    m_remove = makeButton(QStringLiteral("removeLayerButton"), tr("Remove"), QStyle::SP_TrashIcon, tr("Remove the selected layer (Delete)"));
    m_up = makeButton(QStringLiteral("moveUpButton"), tr("Up"), QStyle::SP_ArrowUp, tr("Move the selected layer up (Alt+Up)"));
    m_down = makeButton(QStringLiteral("moveDownButton"), tr("Down"), QStyle::SP_ArrowDown, tr("Move the selected layer down (Alt+Down)"));
    m_duplicate = makeButton(QStringLiteral("duplicateLayerButton"), tr("Duplicate"), QStyle::SP_FileDialogNewFolder,
        tr("Insert a copy of the selected layer below it (Ctrl+D)"));
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_remove, &QToolButton::clicked, this, &LayerStackEditor::removeCurrent);
    connect(m_up, &QToolButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QToolButton::clicked, this, [this] { moveCurrent(1); });
    connect(m_duplicate, &QToolButton::clicked, this, &LayerStackEditor::duplicateCurrent);

    auto addShortcut = [this](const QKeySequence &key, auto slot) {
        auto *a = new QAction(this);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
    };
    auto *del = new QAction(m_list);
    del->setShortcut(QKeySequence::Delete);
    del->setShortcutContext(Qt::WidgetShortcut); // not while a spin box below has the focus
    connect(del, &QAction::triggered, this, &LayerStackEditor::removeCurrent);
    m_list->addAction(del);
    addShortcut(QKeySequence(tr("Ctrl+D")), [this] { duplicateCurrent(); });
    addShortcut(QKeySequence(tr("Alt+Up")), [this] { moveCurrent(-1); });
    addShortcut(QKeySequence(tr("Alt+Down")), [this] { moveCurrent(1); });

    // The selected layer's parameters.
    m_editorTitle = new QLabel(this);
    m_editorTitle->setObjectName(QStringLiteral("layerEditorTitle"));
    layout->addWidget(m_editorTitle);
    auto *nameRow = new QHBoxLayout;
    nameRow->addWidget(new QLabel(tr("Name"), this));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("layerName"));
    m_name->setToolTip(tr("The layer's name; trained weights are looked up as <name>.weight and <name>.bias. "
                          "Empty: <type><index>."));
    nameRow->addWidget(m_name, 1);
    layout->addLayout(nameRow);

    m_pages = new QStackedWidget(this);
    layout->addWidget(m_pages, 2);

    // conv
    auto *conv = new QWidget(m_pages);
    auto *g = new QGridLayout(conv);
    g->setContentsMargins(0, 0, 0, 0);
    int row = 0;
    m_outChannels = new QSpinBox(conv);
    m_outChannels->setObjectName(QStringLiteral("convOutChannels"));
    m_outChannels->setRange(1, 4096);
    m_outChannels->setToolTip(tr("Output channels D: the number of filters, one feature map each"));
    g->addWidget(fieldLabel(tr("Out channels"), conv), row, 0);
    g->addWidget(m_outChannels, row++, 1);
    m_kernel = new DimsSpinBox(QStringLiteral("convKernel"), conv);
    m_kernel->setRange(1, 64);
    m_kernel->setHelp(tr("Kernel size k"));
    g->addWidget(fieldLabel(tr("Kernel"), conv), row, 0);
    g->addWidget(m_kernel, row++, 1);
    m_stride = new DimsSpinBox(QStringLiteral("convStride"), conv);
    m_stride->setRange(1, 64);
    m_stride->setHelp(tr("Stride s: how far the window moves per output cell"));
    g->addWidget(fieldLabel(tr("Stride"), conv), row, 0);
    g->addWidget(m_stride, row++, 1);
    m_paddingKind = new QComboBox(conv);
    m_paddingKind->setObjectName(QStringLiteral("convPaddingKind"));
    m_paddingKind->addItem(tr("explicit"), static_cast<int>(PaddingKind::Explicit));
    m_paddingKind->addItem(tr("same"), static_cast<int>(PaddingKind::Same));
    m_paddingKind->addItem(tr("valid (0)"), static_cast<int>(PaddingKind::Valid));
    m_paddingKind->setToolTip(tr("\"same\" keeps the size (stride 1 only): total padding d·(k−1), the smaller half "
                                 "before, as PyTorch; \"valid\" is no padding"));
    m_padding = new DimsSpinBox(QStringLiteral("convPadding"), conv);
    m_padding->setRange(0, 64);
    m_padding->setHelp(tr("Padding p on each side"));
    // The kind and the numbers side by side; a 3-D layer's three numbers go on a line of their own.
    m_padRow = new QGridLayout;
    m_padRow->setContentsMargins(0, 0, 0, 0);
    m_padRow->addWidget(m_paddingKind, 0, 0);
    m_padRow->addWidget(m_padding, 0, 1);
    m_padRow->setColumnStretch(1, 1);
    g->addWidget(fieldLabel(tr("Padding"), conv), row, 0);
    g->addLayout(m_padRow, row++, 1);
    m_dilation = new DimsSpinBox(QStringLiteral("convDilation"), conv);
    m_dilation->setRange(1, 64);
    m_dilation->setHelp(tr("Dilation d: d−1 skipped cells between the kernel's taps"));
    g->addWidget(fieldLabel(tr("Dilation"), conv), row, 0);
    g->addWidget(m_dilation, row++, 1);
    m_groups = new QSpinBox(conv);
    m_groups->setObjectName(QStringLiteral("convGroups"));
    m_groups->setRange(1, 4096);
    m_groups->setToolTip(tr("Groups: the channels are split into this many groups, each with its own filters. "
                            "Groups = input channels = output channels is a depth-wise convolution."));
    g->addWidget(fieldLabel(tr("Groups"), conv), row, 0);
    g->addWidget(m_groups, row++, 1);
    m_paddingMode = new QComboBox(conv);
    m_paddingMode->setObjectName(QStringLiteral("convPaddingMode"));
    m_paddingMode->addItem(tr("zeros"), static_cast<int>(PaddingMode::Zeros));
    m_paddingMode->addItem(tr("reflect"), static_cast<int>(PaddingMode::Reflect));
    m_paddingMode->addItem(tr("replicate"), static_cast<int>(PaddingMode::Replicate));
    m_paddingMode->addItem(tr("circular"), static_cast<int>(PaddingMode::Circular));
    m_paddingMode->setToolTip(tr("What the padding cells hold (PyTorch's padding_mode)"));
    g->addWidget(fieldLabel(tr("Padding mode"), conv), row, 0);
    g->addWidget(m_paddingMode, row++, 1);
    m_bias = new QCheckBox(tr("Bias (one per output channel)"), conv);
    m_bias->setObjectName(QStringLiteral("convBias"));
    m_bias->setToolTip(tr("One learnable value per output channel, added after the inner product: D more parameters, k₁·k₂·(C/g)·D + D"));
    g->addWidget(m_bias, row++, 1);
    m_preset = new QComboBox(conv);
    m_preset->setObjectName(QStringLiteral("convPreset"));
    m_preset->addItem(tr("default initialisation (He-uniform)"), QString());
    for (const KernelPreset &p : kernelPresets())
        m_preset->addItem(QCoreApplication::translate("Kernels", std::string(p.name).c_str()), // engine/kernels.cpp
            QString::fromUtf8(p.id.data(), static_cast<int>(p.id.size())));
    m_preset->setToolTip(tr("Without trained weights: a named kernel (Sobel, Laplacian, Gabor, …) for every filter, "
                            "so the maps mean something; otherwise the documented He-uniform initialisation"));
    g->addWidget(fieldLabel(tr("Kernel values"), conv), row, 0);
    g->addWidget(m_preset, row++, 1);
    g->setRowStretch(row, 1);
    g->setColumnStretch(1, 1);
    m_pages->addWidget(conv);

    // pool
    auto *pool = new QWidget(m_pages);
    g = new QGridLayout(pool);
    g->setContentsMargins(0, 0, 0, 0);
    row = 0;
    m_poolType = new QComboBox(pool);
    m_poolType->setObjectName(QStringLiteral("poolType"));
    m_poolType->addItem(tr("max"), static_cast<int>(PoolType::Max));
    m_poolType->addItem(tr("average"), static_cast<int>(PoolType::Avg));
    m_poolType->addItem(tr("sum"), static_cast<int>(PoolType::Sum));
    m_poolType->setToolTip(tr("max: the largest value in the window; average: their mean; sum: their sum (k₁·k₂ times the average). No parameters"));
    g->addWidget(fieldLabel(tr("Type"), pool), row, 0);
    g->addWidget(m_poolType, row++, 1);
    m_poolKernel = new DimsSpinBox(QStringLiteral("poolKernel"), pool);
    m_poolKernel->setRange(1, 64);
    m_poolKernel->setHelp(tr("Window size"));
    g->addWidget(fieldLabel(tr("Kernel"), pool), row, 0);
    g->addWidget(m_poolKernel, row++, 1);
    m_poolStride = new DimsSpinBox(QStringLiteral("poolStride"), pool);
    m_poolStride->setRange(1, 64);
    m_poolStride->setHelp(tr("Stride (usually the window size)"));
    g->addWidget(fieldLabel(tr("Stride"), pool), row, 0);
    g->addWidget(m_poolStride, row++, 1);
    m_poolPadding = new DimsSpinBox(QStringLiteral("poolPadding"), pool);
    m_poolPadding->setRange(0, 32);
    m_poolPadding->setHelp(tr("Padding (at most half the window)"));
    g->addWidget(fieldLabel(tr("Padding"), pool), row, 0);
    g->addWidget(m_poolPadding, row++, 1);
    m_ceil = new QCheckBox(tr("Ceil mode (keep a last partial window)"), pool);
    m_ceil->setObjectName(QStringLiteral("poolCeil"));
    m_ceil->setToolTip(tr("Round the output size up: ceil((M + 2p − k)/s) + 1 instead of floor(…) + 1, so a last partial window counts"));
    g->addWidget(m_ceil, row++, 1);
    g->setRowStretch(row, 1);
    g->setColumnStretch(1, 1);
    m_pages->addWidget(pool);

    // activation
    auto *act = new QWidget(m_pages);
    g = new QGridLayout(act);
    g->setContentsMargins(0, 0, 0, 0);
    m_activation = new QComboBox(act);
    m_activation->setObjectName(QStringLiteral("activationType"));
    m_activation->setToolTip(tr("Applied to every value on its own: relu max(0, x), leaky_relu max(αx, x), elu, gelu, silu x·σ(x), "
                                "sigmoid σ(x) = 1/(1 + e^−x), tanh. No parameters to learn"));
    for (const Activation a : { Activation::Relu, Activation::LeakyRelu, Activation::Elu, Activation::Gelu,
             Activation::Silu, Activation::Sigmoid, Activation::Tanh }) {
        const auto name = activationName(a);
        m_activation->addItem(QString::fromUtf8(name.data(), static_cast<int>(name.size())), static_cast<int>(a));
    }
    g->addWidget(fieldLabel(tr("Function"), act), 0, 0);
    g->addWidget(m_activation, 0, 1);
    m_activationParamLabel = fieldLabel(tr("Parameter"), act);
    m_activationParam = new QDoubleSpinBox(act);
    m_activationParam->setObjectName(QStringLiteral("activationParameter"));
    m_activationParam->setToolTip(tr("The function's constant: leaky_relu's negative slope α in max(αx, x), elu's α in α·(eˣ − 1) for x < 0"));
    m_activationParam->setRange(-100.0, 100.0);
    m_activationParam->setDecimals(3);
    m_activationParam->setSingleStep(0.01);
    g->addWidget(m_activationParamLabel, 1, 0);
    g->addWidget(m_activationParam, 1, 1);
    g->setRowStretch(2, 1);
    g->setColumnStretch(1, 1);
    m_pages->addWidget(act);

    // batchnorm
    auto *bn = new QWidget(m_pages);
    g = new QGridLayout(bn);
    g->setContentsMargins(0, 0, 0, 0);
    m_eps = new QDoubleSpinBox(bn);
    m_eps->setObjectName(QStringLiteral("batchnormEps"));
    m_eps->setDecimals(8);
    m_eps->setRange(1e-8, 1.0);
    m_eps->setSingleStep(1e-5);
    m_eps->setToolTip(tr("Added to the variance before the square root"));
    g->addWidget(fieldLabel(tr("eps"), bn), 0, 0);
    g->addWidget(m_eps, 0, 1);
    auto *bnNote = new QLabel(tr("Inference form: (x − mean)/√(var + eps)·γ + β per channel; 2·C trainable parameters."), bn);
    bnNote->setWordWrap(true);
    g->addWidget(bnNote, 1, 0, 1, 2);
    g->setRowStretch(2, 1);
    g->setColumnStretch(1, 1);
    m_pages->addWidget(bn);

    // flatten
    auto *flat = new QLabel(tr("Flatten turns (C, H, W) into one vector of C·H·W numbers, in C order. "
                               "Layers from here on have no feature maps."),
        m_pages);
    flat->setWordWrap(true);
    flat->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_pages->addWidget(flat);

    // linear
    auto *lin = new QWidget(m_pages);
    g = new QGridLayout(lin);
    g->setContentsMargins(0, 0, 0, 0);
    m_outFeatures = new QSpinBox(lin);
    m_outFeatures->setObjectName(QStringLiteral("linearOutFeatures"));
    m_outFeatures->setToolTip(tr("Output features N: every one is connected to all n inputs, n·N weights (+ N biases)"));
    m_outFeatures->setRange(1, 100000);
    m_outFeatures->setGroupSeparatorShown(true);
    g->addWidget(fieldLabel(tr("Out features"), lin), 0, 0);
    g->addWidget(m_outFeatures, 0, 1);
    m_linearBias = new QCheckBox(tr("Bias"), lin);
    m_linearBias->setObjectName(QStringLiteral("linearBias"));
    m_linearBias->setToolTip(tr("One learnable value per output feature: n·N + N parameters"));
    g->addWidget(m_linearBias, 1, 1);
    g->setRowStretch(2, 1);
    g->setColumnStretch(1, 1);
    m_pages->addWidget(lin);

    // dropout
    auto *drop = new QWidget(m_pages);
    g = new QGridLayout(drop);
    g->setContentsMargins(0, 0, 0, 0);
    m_dropout = new QDoubleSpinBox(drop);
    m_dropout->setObjectName(QStringLiteral("dropoutP"));
    m_dropout->setRange(0.0, 1.0);
    m_dropout->setSingleStep(0.05);
    m_dropout->setToolTip(tr("Probability of zeroing an element while training; at inference dropout is the identity"));
    g->addWidget(fieldLabel(tr("p"), drop), 0, 0);
    g->addWidget(m_dropout, 0, 1);
    g->setRowStretch(1, 1);
    g->setColumnStretch(1, 1);
    m_pages->addWidget(drop);

    connectEdits();
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int selected) {
        if (m_updating)
            return;
        showEditor();
        emit layerSelected(selected);
    });
    connect(m_list->model(), &QAbstractItemModel::rowsMoved, this,
        [this](const QModelIndex &, int start, int, const QModelIndex &, int destination) {
            if (m_updating)
                return;
            // Qt's destination is the row before which the item was dropped.
            const int to = destination > start ? destination - 1 : destination;
            const QSignalBlocker block(m_list);
            m_model->moveLayer(start, to);
            setCurrentLayer(to);
            emit layerSelected(to);
        });
    connect(m_model, &NetworkModel::networkChanged, this, &LayerStackEditor::rebuildList);
    connect(m_model, &NetworkModel::summaryChanged, this, &LayerStackEditor::rebuildList);
    rebuildList();
}

void LayerStackEditor::connectEdits()
{
    auto edit = [this](const QString &field) {
        return [this, field] {
            if (m_updating || currentLayer() < 0)
                return;
            writeLayer(readEditor(field), field);
        };
    };
    connect(m_name, &QLineEdit::editingFinished, this, edit(QStringLiteral("name")));
    connect(m_outChannels, &QSpinBox::valueChanged, this, edit(QStringLiteral("out channels")));
    connect(m_kernel, &DimsSpinBox::valuesChanged, this, edit(QStringLiteral("kernel")));
    connect(m_stride, &DimsSpinBox::valuesChanged, this, edit(QStringLiteral("stride")));
    connect(m_paddingKind, &QComboBox::currentIndexChanged, this, edit(QStringLiteral("padding kind")));
    connect(m_padding, &DimsSpinBox::valuesChanged, this, edit(QStringLiteral("padding")));
    connect(m_dilation, &DimsSpinBox::valuesChanged, this, edit(QStringLiteral("dilation")));
    connect(m_groups, &QSpinBox::valueChanged, this, edit(QStringLiteral("groups")));
    connect(m_bias, &QCheckBox::toggled, this, edit(QStringLiteral("bias")));
    connect(m_paddingMode, &QComboBox::currentIndexChanged, this, edit(QStringLiteral("padding mode")));
    connect(m_preset, &QComboBox::currentIndexChanged, this, edit(QStringLiteral("kernel values")));
    connect(m_poolType, &QComboBox::currentIndexChanged, this, edit(QStringLiteral("pool type")));
    connect(m_poolKernel, &DimsSpinBox::valuesChanged, this, edit(QStringLiteral("kernel")));
    connect(m_poolStride, &DimsSpinBox::valuesChanged, this, edit(QStringLiteral("stride")));
    connect(m_poolPadding, &DimsSpinBox::valuesChanged, this, edit(QStringLiteral("padding")));
    connect(m_ceil, &QCheckBox::toggled, this, edit(QStringLiteral("ceil mode")));
    connect(m_activation, &QComboBox::currentIndexChanged, this, edit(QStringLiteral("function")));
    connect(m_activationParam, &QDoubleSpinBox::valueChanged, this, edit(QStringLiteral("parameter")));
    connect(m_eps, &QDoubleSpinBox::valueChanged, this, edit(QStringLiteral("eps")));
    connect(m_outFeatures, &QSpinBox::valueChanged, this, edit(QStringLiteral("out features")));
    connect(m_linearBias, &QCheckBox::toggled, this, edit(QStringLiteral("bias")));
    connect(m_dropout, &QDoubleSpinBox::valueChanged, this, edit(QStringLiteral("p")));
}

int LayerStackEditor::currentLayer() const { return m_list->currentRow(); }

void LayerStackEditor::setCurrentLayer(int layer)
{
    m_updating = true;
    m_list->setCurrentRow(layer >= 0 && layer < m_list->count() ? layer : -1);
    m_updating = false;
    showEditor();
}

void LayerStackEditor::rebuildList()
{
    const Network &net = m_model->network();
    const SummaryState &summary = m_model->specSummary();
    const int current = currentLayer();
    m_updating = true;
    const int count = static_cast<int>(net.layers.size());
    while (m_list->count() > count)
        delete m_list->takeItem(m_list->count() - 1);
    while (m_list->count() < count)
        m_list->addItem(new QListWidgetItem);
    int nameWidth = 0;
    for (int i = 0; i < count; ++i) {
        const Layer &l = net.layers[static_cast<std::size_t>(i)];
        int in = net.inputChannels;
        if (i > 0)
            in = i - 1 < static_cast<int>(summary.rows.size()) && !summary.rows[static_cast<std::size_t>(i - 1)].outputShape.empty()
                ? summary.rows[static_cast<std::size_t>(i - 1)].outputShape.front()
                : 0;
        QListWidgetItem *item = m_list->item(i);
        const QString name = QString::fromStdString(layerName(l, i));
        const QString description = describe(l, in);
        item->setText(QStringLiteral("%1  %2   %3").arg(i).arg(name, description));
        item->setData(IndexRole, QString::number(i));
        item->setData(NameRole, name);
        item->setData(DescriptionRole, description);
        // A few pixels to spare: eliding measures with fractional advances.
        nameWidth = std::max(nameWidth, m_list->fontMetrics().horizontalAdvance(name) + 4);
        const bool bad = !summary.valid() && summary.problemLayer == i;
        item->setForeground(bad ? QColor(0xb0, 0x00, 0x20) : palette().color(QPalette::Text));
        item->setToolTip(bad ? summary.problem : QString());
    }
    if (auto *rows = dynamic_cast<LayerRowDelegate *>(m_list->itemDelegate()))
        rows->setColumnWidths(m_list->fontMetrics().horizontalAdvance(QString::number(std::max(count - 1, 0))), nameWidth);
    m_list->viewport()->update();
    m_list->setCurrentRow(std::min(current, count - 1));
    m_updating = false;
    showEditor();
}

void LayerStackEditor::showEditor()
{
    const int i = currentLayer();
    const Network &net = m_model->network();
    const bool has = i >= 0 && i < static_cast<int>(net.layers.size());
    m_remove->setEnabled(has);
    m_duplicate->setEnabled(has);
    m_up->setEnabled(has && i > 0);
    m_down->setEnabled(has && i + 1 < static_cast<int>(net.layers.size()));
    m_name->setEnabled(has);
    m_pages->setVisible(has);
    if (!has) {
        m_editorTitle->setText(net.layers.empty() ? tr("<i>The stack is empty: add a layer.</i>") : tr("<i>Select a layer to edit it.</i>"));
        return;
    }
    const Layer &l = net.layers[static_cast<std::size_t>(i)];
    const bool was = m_updating;
    m_updating = true;
    m_editorTitle->setText(tr("<b>Layer %1</b> (%2)").arg(i).arg(QString::fromStdString(layerType(l.config))));
    if (!m_name->hasFocus())
        m_name->setText(QString::fromStdString(l.name));
    m_name->setPlaceholderText(QString::fromStdString(layerName(Layer { {}, l.config }, i)));
    m_pages->setCurrentIndex(pageOf(l.config));
    if (const auto *c = std::get_if<ConvLayer>(&l.config)) {
        const ConvParams &p = c->params;
        m_outChannels->setValue(p.outChannels);
        showDims(m_kernel, p.kernel, p.spatialDims);
        showDims(m_stride, p.stride, p.spatialDims);
        m_paddingKind->setCurrentIndex(m_paddingKind->findData(static_cast<int>(p.padding.kind)));
        showDims(m_padding, p.padding.values, p.spatialDims);
        m_padRow->removeWidget(m_padding);
        if (p.spatialDims == 3)
            m_padRow->addWidget(m_padding, 1, 0, 1, 2);
        else
            m_padRow->addWidget(m_padding, 0, 1);
        m_padding->setEnabled(p.padding.kind == PaddingKind::Explicit);
        showDims(m_dilation, p.dilation, p.spatialDims);
        m_groups->setValue(p.groups);
        m_bias->setChecked(p.bias);
        m_paddingMode->setCurrentIndex(m_paddingMode->findData(static_cast<int>(p.paddingMode)));
        const int preset = m_preset->findData(QString::fromStdString(c->preset));
        if (preset < 0 && !c->preset.empty())
            m_preset->addItem(QString::fromStdString(c->preset), QString::fromStdString(c->preset));
        m_preset->setCurrentIndex(std::max(0, m_preset->findData(QString::fromStdString(c->preset))));
    } else if (const auto *pl = std::get_if<PoolLayer>(&l.config)) {
        const PoolParams &p = pl->params;
        m_poolType->setCurrentIndex(m_poolType->findData(static_cast<int>(p.type)));
        showDims(m_poolKernel, p.kernel, p.spatialDims);
        showDims(m_poolStride, p.stride, p.spatialDims);
        showDims(m_poolPadding, p.padding, p.spatialDims);
        m_ceil->setChecked(p.ceilMode);
    } else if (const auto *a = std::get_if<ActivationLayer>(&l.config)) {
        m_activation->setCurrentIndex(m_activation->findData(static_cast<int>(a->function)));
        const auto name = activationParameterName(a->function);
        m_activationParamLabel->setText(name.empty() ? tr("Parameter") : QString::fromUtf8(name.data(), static_cast<int>(name.size())));
        m_activationParam->setValue(a->parameter);
        m_activationParam->setEnabled(!name.empty());
        m_activationParamLabel->setEnabled(!name.empty());
    } else if (const auto *b = std::get_if<BatchNormLayer>(&l.config)) {
        m_eps->setValue(b->eps);
    } else if (const auto *lin = std::get_if<LinearLayer>(&l.config)) {
        m_outFeatures->setValue(lin->outFeatures);
        m_linearBias->setChecked(lin->bias);
    } else if (const auto *d = std::get_if<DropoutLayer>(&l.config)) {
        m_dropout->setValue(d->p);
    }
    m_updating = was;
}

Layer LayerStackEditor::readEditor(const QString &field) const
{
    const int i = currentLayer();
    Layer l = m_model->network().layers[static_cast<std::size_t>(i)];
    if (field == QLatin1String("name")) {
        l.name = m_name->text().trimmed().toStdString();
        return l;
    }
    if (auto *c = std::get_if<ConvLayer>(&l.config)) {
        ConvParams &p = c->params;
        const int dims = p.spatialDims;
        p.outChannels = m_outChannels->value();
        p.kernel = readDims(m_kernel, dims, p.kernel);
        p.stride = readDims(m_stride, dims, p.stride);
        p.padding.kind = static_cast<PaddingKind>(m_paddingKind->currentData().toInt());
        p.padding.values = p.padding.kind == PaddingKind::Explicit ? readDims(m_padding, dims, p.padding.values) : Dims { 0, 0, 0 };
        p.dilation = readDims(m_dilation, dims, p.dilation);
        p.groups = m_groups->value();
        p.bias = m_bias->isChecked();
        p.paddingMode = static_cast<PaddingMode>(m_paddingMode->currentData().toInt());
        c->preset = m_preset->currentData().toString().toStdString();
    } else if (auto *pl = std::get_if<PoolLayer>(&l.config)) {
        PoolParams &p = pl->params;
        const int dims = p.spatialDims;
        p.type = static_cast<PoolType>(m_poolType->currentData().toInt());
        const Dims kernel = readDims(m_poolKernel, dims, p.kernel);
        // A stride that followed the kernel keeps following it (PyTorch's default stride = kernel).
        p.stride = field == QLatin1String("kernel") && p.stride == p.kernel ? kernel : readDims(m_poolStride, dims, p.stride);
        p.kernel = kernel;
        p.padding = readDims(m_poolPadding, dims, p.padding);
        p.ceilMode = m_ceil->isChecked();
    } else if (auto *a = std::get_if<ActivationLayer>(&l.config)) {
        const auto function = static_cast<Activation>(m_activation->currentData().toInt());
        a->parameter = function != a->function ? defaultActivationParameter(function) : m_activationParam->value();
        a->function = function;
    } else if (auto *b = std::get_if<BatchNormLayer>(&l.config)) {
        b->eps = m_eps->value();
    } else if (auto *lin = std::get_if<LinearLayer>(&l.config)) {
        lin->outFeatures = m_outFeatures->value();
        lin->bias = m_linearBias->isChecked();
    } else if (auto *d = std::get_if<DropoutLayer>(&l.config)) {
        d->p = m_dropout->value();
    }
    return l;
}

namespace {

// The fields the editor names in its undo steps ("conv1: kernel"), marked for translation; the
// English names also identify the field in readEditor().
constexpr const char* kFieldContext = "convscope::ui::LayerStackEditor";
constexpr const char* kFieldNames[] = {
    QT_TRANSLATE_NOOP("convscope::ui::LayerStackEditor", "name"),
    QT_TRANSLATE_NOOP("convscope::ui::LayerStackEditor", "out channels"),
    QT_TRANSLATE_NOOP("convscope::ui::LayerStackEditor", "kernel"),
    QT_TRANSLATE_NOOP("convscope::ui::LayerStackEditor", "stride"),
    QT_TRANSLATE_NOOP("convscope::ui::LayerStackEditor", "padding kind"),
    QT_TRANSLATE_NOOP("convscope::ui::LayerStackEditor", "padding"),
    QT_TRANSLATE_NOOP("convscope::ui::LayerStackEditor", "dilation"),
    QT_TRANSLATE_NOOP("convscope::ui::LayerStackEditor", "groups"),
    QT_TRANSLATE_NOOP("convscope::ui::LayerStackEditor", "bias"),
    QT_TRANSLATE_NOOP("convscope::ui::LayerStackEditor", "padding mode"),
    QT_TRANSLATE_NOOP("convscope::ui::LayerStackEditor", "kernel values"),
    QT_TRANSLATE_NOOP("convscope::ui::LayerStackEditor", "pool type"),
    QT_TRANSLATE_NOOP("convscope::ui::LayerStackEditor", "ceil mode"),
    QT_TRANSLATE_NOOP("convscope::ui::LayerStackEditor", "function"),
    QT_TRANSLATE_NOOP("convscope::ui::LayerStackEditor", "parameter"),
    QT_TRANSLATE_NOOP("convscope::ui::LayerStackEditor", "eps"),
    QT_TRANSLATE_NOOP("convscope::ui::LayerStackEditor", "out features"),
    QT_TRANSLATE_NOOP("convscope::ui::LayerStackEditor", "p"),
};

QString fieldLabel(const QString& field)
{
    for (const char* known : kFieldNames)
        if (field == QLatin1String(known))
            return QCoreApplication::translate(kFieldContext, known);
    return field;
}

} // namespace

void LayerStackEditor::writeLayer(const Layer &layer, const QString &field)
{
    const int i = currentLayer();
    const QString name = QString::fromStdString(layerName(m_model->network().layers[static_cast<std::size_t>(i)], i));
    m_model->replaceLayer(i, layer, tr("%1: %2").arg(name, fieldLabel(field)));
}

void LayerStackEditor::addLayer(const QString &type)
{
    const Network &net = m_model->network();
    const int at = currentLayer() >= 0 ? currentLayer() + 1 : static_cast<int>(net.layers.size());
    int channels = net.inputChannels;
    const SummaryState &s = m_model->specSummary();
    if (at > 0 && at - 1 < static_cast<int>(s.rows.size()) && !s.rows[static_cast<std::size_t>(at - 1)].outputShape.empty())
        channels = s.rows[static_cast<std::size_t>(at - 1)].outputShape.front();
    m_model->insertLayer(at, defaultLayer(type, channels, static_cast<int>(net.inputSize.size())));
    setCurrentLayer(at);
    emit layerSelected(at);
}

void LayerStackEditor::removeCurrent()
{
    const int i = currentLayer();
    if (i < 0)
        return;
    m_model->removeLayer(i);
    setCurrentLayer(std::min(i, static_cast<int>(m_model->network().layers.size()) - 1));
    emit layerSelected(currentLayer());
}

void LayerStackEditor::duplicateCurrent()
{
    const int i = currentLayer();
    if (i < 0)
        return;
    m_model->duplicateLayer(i);
    setCurrentLayer(i + 1);
    emit layerSelected(i + 1);
}

void LayerStackEditor::moveCurrent(int delta)
{
    const int i = currentLayer();
    const int to = i + delta;
    if (i < 0 || to < 0 || to >= static_cast<int>(m_model->network().layers.size()))
        return;
    m_model->moveLayer(i, to);
    setCurrentLayer(to);
    emit layerSelected(to);
}

} // namespace convscope::ui
