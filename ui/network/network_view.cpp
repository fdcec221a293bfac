#include "network_view.h"

#include "cvqt.h"
#include "feature_map_gallery.h"
#include "image_rf_view.h"
#include "layer_stack_editor.h"
#include "network_model.h"
#include "parameter_arguments.h"
#include "receptive_chain.h"
#include "rf_chart.h"
#include "rf_comparison.h"
#include "summary_table.h"
#include "summary_table_model.h"

#include <QComboBox>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace convscope::ui {

namespace {

QString sizeText(int channels, const std::vector<int> &size)
{
    QStringList parts { QString::number(channels) };
    for (const int v : size)
        parts << QString::number(v);
    return parts.join(QStringLiteral("×"));
}

// The table's rows as an engine Summary (the valid rows only), for the chart.
Summary toSummary(const SummaryState &s, const std::string &name)
{
    Summary summary;
    summary.name = name;
    summary.inputChannels = s.inputChannels;
    summary.inputSize = s.inputSize;
    summary.layers = s.rows;
    summary.totalParams = s.totalParams;
    summary.totalMacs = s.totalMacs;
    return summary;
}

} // namespace

NetworkView::NetworkView(NetworkModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("networkView"));
    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("networkSplitter"));
    split->setChildrenCollapsible(false);
    outer->addWidget(split);

    // Left: the stack.
    m_editor = new LayerStackEditor(model, split);
    m_editor->setMinimumWidth(300);
    split->addWidget(m_editor);

    // Centre: the image over the summary and the charts.
    auto *centre = new QSplitter(Qt::Vertical, split);
    centre->setChildrenCollapsible(false);
    auto *imagePane = new QWidget(centre);
    auto *imageLayout = new QVBoxLayout(imagePane);
    imageLayout->setContentsMargins(4, 4, 4, 0);
    m_imageInfo = new QLabel(imagePane);
    m_imageInfo->setObjectName(QStringLiteral("networkImageInfo"));
    m_imageInfo->setWordWrap(true);
    imageLayout->addWidget(m_imageInfo);
    m_image = new ImageRfView(imagePane);
    m_image->setToolTip(tr("Click a cell of a feature map (right) to see the input pixels it depends on. "
                           "Wheel zooms, drag pans, double-click fits."));
    imageLayout->addWidget(m_image, 1);
    centre->addWidget(imagePane);

    m_tabs = new QTabWidget(centre);
    m_tabs->setObjectName(QStringLiteral("networkTabs"));
    auto *summaryPane = new QWidget(m_tabs);
    auto *summaryLayout = new QVBoxLayout(summaryPane);
    summaryLayout->setContentsMargins(2, 2, 2, 2);
    auto *shapesRow = new QHBoxLayout;
    shapesRow->addWidget(new QLabel(tr("Shapes for"), summaryPane));
    m_shapesFor = new QComboBox(summaryPane);
    m_shapesFor->setObjectName(QStringLiteral("shapesFor"));
    m_shapesFor->setToolTip(tr("The output shapes, parameters and MACs for the network's own input size "
                               "(as torchinfo prints them) or for the picture the maps are computed on. "
                               "Receptive fields do not depend on the input size."));
    shapesRow->addWidget(m_shapesFor);
    shapesRow->addStretch(1);
    summaryLayout->addLayout(shapesRow);
    m_table = new SummaryTable(summaryPane);
    summaryLayout->addWidget(m_table, 1);
    m_tableProblem = new QLabel(summaryPane);
    m_tableProblem->setObjectName(QStringLiteral("summaryProblem"));
    m_tableProblem->setWordWrap(true);
    m_tableProblem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_tableProblem->hide();
    summaryLayout->addWidget(m_tableProblem);
    m_tabs->addTab(summaryPane, tr("Summary"));
    m_chart = new RfChart(m_tabs);
    m_tabs->addTab(m_chart, tr("Receptive field chart"));
    auto scrolled = [this](QWidget *w) {
        auto *scroll = new QScrollArea(m_tabs);
        scroll->setWidget(w);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        return scroll;
    };
    m_comparison = new RfComparison;
    m_tabs->addTab(scrolled(m_comparison), tr("Small vs large kernels"));
    m_arguments = new ParameterArguments;
    m_tabs->addTab(scrolled(m_arguments), tr("Parameter counts"));
    centre->addWidget(m_tabs);
    centre->setStretchFactor(0, 1); // the summary table shows LeNet-5 whole, total row included, at 1600x1000
    centre->setStretchFactor(1, 1);
    split->addWidget(centre);

    // Right: the maps.
    auto *mapsPane = new QWidget(split);
    auto *mapsLayout = new QVBoxLayout(mapsPane);
    mapsLayout->setContentsMargins(4, 4, 4, 4);
    auto *progressRow = new QHBoxLayout;
    m_progress = new QProgressBar(mapsPane);
    m_progress->setObjectName(QStringLiteral("mapsProgress"));
    m_progress->setFormat(tr("computing layer %v of %m"));
    m_progress->setTextVisible(true);
    progressRow->addWidget(m_progress, 1);
    m_cancel = new QPushButton(tr("Cancel"), mapsPane);
    m_cancel->setObjectName(QStringLiteral("cancelMaps"));
    m_cancel->setToolTip(tr("Stop computing; the previous maps stay"));
    progressRow->addWidget(m_cancel);
    mapsLayout->addLayout(progressRow);
    m_mapsStatus = new QLabel(mapsPane);
    m_mapsStatus->setObjectName(QStringLiteral("mapsStatus"));
    m_mapsStatus->setWordWrap(true);
    m_mapsStatus->setStyleSheet(QStringLiteral("color: #b00020;"));
    mapsLayout->addWidget(m_mapsStatus);
    // Limits: a computation estimated too large waits for the user's word.
    m_largeBanner = new QFrame(mapsPane);
    m_largeBanner->setObjectName(QStringLiteral("largeComputeBanner"));
    m_largeBanner->setFrameShape(QFrame::StyledPanel);
    m_largeBanner->setStyleSheet(QStringLiteral("#largeComputeBanner { background: #fff4e5; border: 1px solid #e0a040; border-radius: 4px; }"
                                                "#largeComputeBanner QLabel { color: #5a3600; }"));
    auto *bannerLayout = new QGridLayout(m_largeBanner);
    m_largeText = new QLabel(m_largeBanner);
    m_largeText->setObjectName(QStringLiteral("largeComputeText"));
    m_largeText->setWordWrap(true);
    bannerLayout->addWidget(m_largeText, 0, 0, 1, 3);
    auto *anyway = new QPushButton(tr("Compute anyway"), m_largeBanner);
    anyway->setObjectName(QStringLiteral("computeAnyway"));
    auto *decline = new QPushButton(tr("Cancel"), m_largeBanner);
    decline->setObjectName(QStringLiteral("declineCompute"));
    decline->setToolTip(tr("Keep the previous maps"));
    bannerLayout->setColumnStretch(0, 1);
    bannerLayout->addWidget(anyway, 1, 1);
    bannerLayout->addWidget(decline, 1, 2);
    m_largeBanner->hide();
    mapsLayout->addWidget(m_largeBanner);
    connect(anyway, &QPushButton::clicked, m_model, &NetworkModel::computeAnyway);
    connect(decline, &QPushButton::clicked, m_model, &NetworkModel::declineLargeCompute);
    connect(m_model, &NetworkModel::largeComputeChanged, this, [this] {
        m_largeText->setText(m_model->largeComputeMessage());
        m_largeBanner->setVisible(m_model->largeCompute().has_value());
    });
    m_gallery = new FeatureMapGallery(mapsPane);
    mapsLayout->addWidget(m_gallery, 1);
    split->addWidget(mapsPane);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 3);
    split->setStretchFactor(2, 3);
    split->setSizes({ 340, 700, 560 });
    m_progress->hide();
    m_cancel->hide();
    m_mapsStatus->hide();

    connect(m_cancel, &QPushButton::clicked, m_model, &NetworkModel::cancel);
    connect(m_model, &NetworkModel::computeStarted, this, [this] {
        m_progress->setRange(0, std::max(1, m_model->mapLayerCount()));
        m_progress->setValue(0);
    });
    connect(m_model, &NetworkModel::progress, this, [this](int done, int count) {
        m_progress->setRange(0, std::max(1, count));
        m_progress->setValue(done);
        // Only a computation that takes a while shows the bar (no flicker on quick edits).
        m_progress->show();
        m_cancel->show();
    });
    connect(m_model, &NetworkModel::computeFinished, this, [this] {
        m_progress->hide();
        m_cancel->hide();
    });
    connect(m_model, &NetworkModel::mapsReady, this, &NetworkView::updateMaps);
    connect(m_model, &NetworkModel::mapsProblemChanged, this, &NetworkView::updateStatus);
    connect(m_model, &NetworkModel::summaryChanged, this, &NetworkView::updateSummary);
    connect(m_model, &NetworkModel::imageChanged, this, &NetworkView::updateImage);
    connect(m_model, &NetworkModel::weightsChanged, this, &NetworkView::updateImage);
    connect(m_shapesFor, &QComboBox::currentIndexChanged, this, &NetworkView::updateSummary);

    connect(m_editor, &LayerStackEditor::layerSelected, this, [this](int layer) {
        m_table->selectLayer(layer);
        if (layer >= 0 && layer < m_gallery->layerCount())
            m_gallery->selectLayer(layer);
        showArgumentsFor(layer);
    });
    connect(m_table, &SummaryTable::layerSelected, this, [this](int layer) {
        m_editor->setCurrentLayer(layer);
        if (layer >= 0 && layer < m_gallery->layerCount())
            m_gallery->selectLayer(layer);
        showArgumentsFor(layer);
    });
    connect(m_gallery, &FeatureMapGallery::layerSelected, this, [this](int layer) {
        m_editor->setCurrentLayer(layer);
        m_table->selectLayer(layer);
        showArgumentsFor(layer);
    });
    connect(m_gallery, &FeatureMapGallery::cellClicked, this, &NetworkView::onCellClicked);
    connect(m_table, &SummaryTable::layerHovered, this, &NetworkView::onRowHovered);

    updateImage();
    updateSummary();
    updateStatus();
    updateMaps();
}

void NetworkView::selectLayer(int layer)
{
    m_editor->setCurrentLayer(layer);
    m_table->selectLayer(layer);
    if (layer >= 0 && layer < m_gallery->layerCount())
        m_gallery->selectLayer(layer);
}

bool NetworkView::showsSpecShapes() const { return m_shapesFor->currentIndex() <= 0; }

void NetworkView::setShowsSpecShapes(bool spec) { m_shapesFor->setCurrentIndex(spec ? 0 : 1); }

void NetworkView::updateSummary()
{
    const Network &net = m_model->network();
    {
        const QSignalBlocker block(m_shapesFor);
        const int index = std::max(0, m_shapesFor->currentIndex());
        m_shapesFor->clear();
        m_shapesFor->addItem(tr("the network's input %1").arg(sizeText(net.inputChannels, net.inputSize)));
        const auto image = m_model->image();
        if (image && image->ndim() == static_cast<int>(net.inputSize.size()) + 1)
            m_shapesFor->addItem(tr("this picture %1").arg(sizeText(net.inputChannels,
                std::vector<int>(image->shape().begin() + 1, image->shape().end()))));
        m_shapesFor->setCurrentIndex(std::min(index, m_shapesFor->count() - 1));
    }
    const SummaryState &s = showsSpecShapes() ? m_model->specSummary() : m_model->imageSummary();
    m_table->setSummary(net, s);
    // A problem that is not a layer's (the input) has no row to show it in.
    m_tableProblem->setText(s.problem);
    m_tableProblem->setVisible(!s.valid() && s.problemLayer < 0);
    m_table->resizeColumnsToContents();
    if (m_model->specSummary().rows.empty())
        m_chart->clear(m_model->specSummary().valid() ? tr("The stack is empty") : m_model->specSummary().problem);
    else
        m_chart->setSummary(toSummary(m_model->specSummary(), net.name));
}

void NetworkView::updateImage()
{
    const auto image = m_model->image();
    const Network &net = m_model->network();
    if (image && image->ndim() == 3) {
        m_image->setImage(tensorToImage(*image));
    } else if (image) {
        m_image->setInputSize(std::vector<int>(image->shape().begin() + 1, image->shape().end()));
    } else {
        m_image->setInputSize(net.inputSize);
    }
    QString text;
    if (image) {
        const QString as = net.inputChannels == image->channels() ? QString()
            : net.inputChannels == 1                             ? tr(", as grey (the network takes 1 channel)")
            : net.inputChannels == 3                             ? tr(", as RGB (the network takes 3 channels)")
                                                                 : tr(", its channels repeated to the network's %1").arg(net.inputChannels);
        QStringList dims;
        for (int d = image->ndim() - 1; d >= 1; --d)
            dims << QString::number(image->dim(d));
        text = tr("<b>Input</b>: %1 %2 pixels%3 — the stack runs on the whole picture at its own size.")
                   .arg(m_model->imageDescription().toHtmlEscaped(), dims.join(QStringLiteral("×")), as);
    } else {
        text = tr("<b>Input</b>: none — open an image (File > Open image).");
    }
    text += m_model->weightsSource().isEmpty()
        ? tr(" Weights: default initialisation (or the layers' kernel presets).")
        : tr(" Weights: %1.").arg(m_model->weightsSource().toHtmlEscaped());
    m_imageInfo->setText(text);
    updateSummary();
}

void NetworkView::updateStatus()
{
    const QString problem = m_model->mapsProblem();
    m_mapsStatus->setText(problem.isEmpty() ? QString()
                                            : m_model->maps().empty() ? problem
                                                                      : tr("%1\nThe maps below are the last ones computed.").arg(problem));
    m_mapsStatus->setVisible(!problem.isEmpty());
}

void NetworkView::updateMaps()
{
    const NetworkMaps &maps = m_model->maps();
    updateStatus();
    if (maps.empty()) {
        if (m_model->mapsProblem().isEmpty())
            m_gallery->clear(tr("computing…"));
        else
            m_gallery->clear(m_model->mapsProblem());
        return;
    }
    if (maps.generation == m_shownMaps)
        return;
    m_shownMaps = maps.generation;
    const Network &net = m_model->network();
    QStringList names;
    for (int i = 0; i < maps.layerCount(); ++i)
        names << (i < static_cast<int>(net.layers.size()) ? QString::fromStdString(layerName(net.layers[static_cast<std::size_t>(i)], i))
                                                         : QStringLiteral("layer %1").arg(i));
    m_gallery->setOutputs(names, maps.outputs);
    m_image->clearReceptiveField();
    const int selected = m_editor->currentLayer();
    if (selected >= 0 && selected < m_gallery->layerCount())
        m_gallery->selectLayer(selected);
}

void NetworkView::onCellClicked(int layer, int, const std::vector<int> &position)
{
    const Summary &summary = m_model->maps().summary;
    if (m_image->setReceptiveField(summary, layer, position)) {
        auto chain = receptiveChain(summary, layer, position);
        if (chain)
            m_gallery->setReceptiveChain(layer, *chain);
    } else {
        m_gallery->setReceptiveChain(layer, {});
    }
}

void NetworkView::onRowHovered(int layer)
{
    const SummaryState &s = m_model->specSummary();
    if (layer < 0 || layer >= static_cast<int>(s.rows.size()) || !s.rows[static_cast<std::size_t>(layer)].receptiveField) {
        m_image->clearHover();
        return;
    }
    const LayerSummary &row = s.rows[static_cast<std::size_t>(layer)];
    m_image->setHoverSize(QString::fromStdString(row.name), *row.receptiveField);
}

void NetworkView::showArgumentsFor(int layer)
{
    const Network &network = m_model->network();
    if (layer < 0 || layer >= static_cast<int>(network.layers.size()))
        return;
    const Layer &l = network.layers[static_cast<std::size_t>(layer)];
    const auto *conv = std::get_if<ConvLayer>(&l.config);
    if (!conv)
        return;
    // C: what the layer receives (the rows of the summary before it are valid).
    const SummaryState state = summaryState(network);
    int channels = network.inputChannels;
    if (layer > 0) {
        const auto previous = static_cast<std::size_t>(layer - 1);
        if (previous >= state.rows.size() || state.rows[previous].outputShape.size() < 2)
            return;
        channels = state.rows[previous].outputShape[0];
    }
    const ConvParams &p = conv->params;
    const int dims = p.spatialDims;
    // A 1-D kernel is 1 × k; a 3-D one keeps its height and width (its depth is named).
    const int h = dims == 1 ? 1 : p.kernel[static_cast<std::size_t>(dims - 2)];
    const int w = p.kernel[static_cast<std::size_t>(dims - 1)];
    QStringList sizes;
    for (int i = 0; i < dims; ++i)
        sizes << QString::number(p.kernel[static_cast<std::size_t>(i)]);
    QString from = tr("layer %1 (%2), a %3 convolution").arg(layer).arg(QString::fromStdString(layerName(l, layer)), sizes.join(QStringLiteral("×")));
    if (p.groups > 1)
        from += tr(" in %1 groups").arg(p.groups);
    if (dims == 3)
        from += tr(" (its depth %1 is left out here)").arg(p.kernel[0]);
    m_arguments->setFromLayer(from, h, w, channels, p.outChannels);
    // The tab opens on the numbers that changed.
    for (QWidget *parent = m_arguments->parentWidget(); parent; parent = parent->parentWidget())
        if (auto *scroll = qobject_cast<QScrollArea *>(parent)) {
            if (auto *source = m_arguments->findChild<QLabel *>(QStringLiteral("argumentsSource")))
                scroll->ensureWidgetVisible(source, 0, 40);
            break;
        }
}

} // namespace convscope::ui
