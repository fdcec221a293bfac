#include "summary_table_model.h"

#include "i18n/number_format.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>
#include <QStringList>

namespace convscope::ui {

namespace {

const QString kDot = QStringLiteral("·");

QString dimsText(const std::vector<std::int64_t> &values)
{
    if (values.empty())
        return QString();
    const bool same = std::all_of(values.begin(), values.end(), [&](std::int64_t v) { return v == values.front(); });
    if (same)
        return QString::number(values.front());
    QStringList parts;
    for (const std::int64_t v : values)
        parts << QString::number(v);
    return parts.join(QStringLiteral("×"));
}

QString shapeText(const std::vector<int> &shape)
{
    QStringList parts;
    for (const int v : shape)
        parts << SummaryTableModel::grouped(v);
    return QStringLiteral("(%1)").arg(parts.join(QStringLiteral(", ")));
}

} // namespace

SummaryTableModel::SummaryTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

QString SummaryTableModel::grouped(std::int64_t value)
{
    return groupedInteger(value);
}

void SummaryTableModel::setSummary(const Network &network, const SummaryState &summary)
{
    beginResetModel();
    m_network = network;
    m_summary = summary;
    endResetModel();
}

int SummaryTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_network.layers.size()) + 2;
}

int SummaryTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

int SummaryTableModel::layerOfRow(int row) const
{
    if (row <= 0)
        return -1;
    if (row >= rowCount() - 1)
        return -2;
    return row - 1;
}

int SummaryTableModel::problemRow() const
{
    return m_summary.valid() || m_summary.problemLayer < 0 ? -1 : rowOfLayer(m_summary.problemLayer);
}

QVariant SummaryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    static const char *const titles[ColumnCount] = { QT_TR_NOOP("Layer"), QT_TR_NOOP("Type"), QT_TR_NOOP("Output shape"),
        QT_TR_NOOP("Parameters"), QT_TR_NOOP("MACs"), QT_TR_NOOP("RF r"), QT_TR_NOOP("Stride S"), QT_TR_NOOP("Padding P") };
    static const char *const tips[ColumnCount] = {
        QT_TR_NOOP("The layer's index and name (its weights are looked up by this name)"),
        QT_TR_NOOP("The layer type, as in the spec file and torch.nn"),
        QT_TR_NOOP("(channels, height, width) after this layer, for the input size above the table"),
        QT_TR_NOOP("Trainable parameters: weights and biases (hover a cell for the formula)"),
        QT_TR_NOOP("Multiply-accumulate operations of one forward pass (conv and linear layers)"),
        QT_TR_NOOP("Receptive field r: how many input pixels (per side) one output cell sees"),
        QT_TR_NOOP("Effective stride S: how far apart, in input pixels, neighbouring output cells look"),
        QT_TR_NOOP("Effective padding P: where the first output cell's window starts, u = −P (Araujo et al., Distill 2019)"),
    };
    if (section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole)
        return tr(titles[section]);
    if (role == Qt::ToolTipRole)
        return tr(tips[section]);
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(section >= Params ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
    return {};
}

std::vector<int> SummaryTableModel::inShapeOf(int layer) const
{
    if (layer <= 0 || layer - 1 >= static_cast<int>(m_summary.rows.size())) {
        std::vector<int> shape { m_summary.inputChannels };
        shape.insert(shape.end(), m_summary.inputSize.begin(), m_summary.inputSize.end());
        return shape;
    }
    return m_summary.rows[static_cast<std::size_t>(layer - 1)].outputShape;
}

int SummaryTableModel::inChannelsOf(int layer) const
{
    const auto shape = inShapeOf(layer);
    return shape.empty() ? 0 : shape.front();
}

QString SummaryTableModel::paramsFormula(int layer) const
{
    if (layer < 0 || layer >= static_cast<int>(m_summary.rows.size()))
        return {};
    const LayerSummary &row = m_summary.rows[static_cast<std::size_t>(layer)];
    const LayerConfig &config = m_network.layers[static_cast<std::size_t>(layer)].config;
    if (const auto *conv = std::get_if<ConvLayer>(&config)) {
        const ConvParams &p = conv->params;
        QStringList factors;
        QStringList names;
        static const char *const axis[3] = { "kD", "kH", "kW" };
        for (int d = 0; d < p.spatialDims; ++d) {
            factors << QString::number(p.kernel[static_cast<std::size_t>(d)]);
            names << QString::fromLatin1(axis[3 - p.spatialDims + d]);
        }
        const int c = inChannelsOf(layer);
        factors << QString::number(c / std::max(1, p.groups)) << QString::number(p.outChannels);
        names << (p.groups > 1 ? QStringLiteral("(C/groups)") : QStringLiteral("C")) << QStringLiteral("D");
        QString formula = factors.join(kDot);
        QString symbolic = names.join(kDot);
        if (p.bias) {
            formula += QStringLiteral(" + %1").arg(p.outChannels);
            symbolic += QStringLiteral(" + D");
        }
        QString text = tr("%1 = %2\n%3").arg(formula, grouped(row.params), symbolic);
        if (p.groups > 1)
            text += tr("\n%1 groups: each filter sees %2/%1 = %3 input channels").arg(p.groups).arg(c).arg(c / p.groups);
        return text;
    }
    if (const auto *linear = std::get_if<LinearLayer>(&config)) {
        std::int64_t in = 1;
        for (const int v : inShapeOf(layer))
            in *= v;
        QString formula = QStringLiteral("%1%2%3").arg(grouped(in), kDot, grouped(linear->outFeatures));
        QString symbolic = tr("in%1out").arg(kDot);
        if (linear->bias) {
            formula += QStringLiteral(" + %1").arg(grouped(linear->outFeatures));
            symbolic += tr(" + out");
        }
        return tr("%1 = %2\n%3").arg(formula, grouped(row.params), symbolic);
    }
    if (std::holds_alternative<BatchNormLayer>(config))
        return tr("2%1%2 = %3\n2%1C: a scale and a shift per channel (running mean and variance are not trained)")
            .arg(kDot)
            .arg(inChannelsOf(layer))
            .arg(grouped(row.params));
    return tr("No trainable parameters");
}

QString SummaryTableModel::macsFormula(int layer) const
{
    if (layer < 0 || layer >= static_cast<int>(m_summary.rows.size()))
        return {};
    const LayerSummary &row = m_summary.rows[static_cast<std::size_t>(layer)];
    const LayerConfig &config = m_network.layers[static_cast<std::size_t>(layer)].config;
    if (const auto *conv = std::get_if<ConvLayer>(&config)) {
        const ConvParams &p = conv->params;
        QStringList out;
        for (std::size_t i = 0; i < row.outputShape.size(); ++i)
            out << QString::number(row.outputShape[i]);
        QStringList k;
        for (int d = 0; d < p.spatialDims; ++d)
            k << QString::number(p.kernel[static_cast<std::size_t>(d)]);
        const int perFilter = inChannelsOf(layer) / std::max(1, p.groups);
        return tr("(%1)%2(%3)%2%4 = %5\noutput cells · kernel taps · input channels per filter")
            .arg(out.join(kDot), kDot, k.join(kDot), QString::number(perFilter), grouped(row.macs));
    }
    if (std::holds_alternative<LinearLayer>(config))
        return tr("in features · out features = %1").arg(grouped(row.macs));
    return tr("Not counted: only conv and linear layers multiply-accumulate");
}

QVariant SummaryTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const int row = index.row();
    const int column = index.column();
    const int layer = layerOfRow(row);
    if (role == LayerIndexRole)
        return layer;
    const bool numeric = column >= Params;
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(numeric ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);

    if (layer == -1) { // the input
        if (role == Qt::DisplayRole) {
            switch (column) {
            case Layer:
                return tr("input");
            case OutputShape:
                return shapeText(inShapeOf(0));
            case ReceptiveField:
            case Stride:
                return m_summary.inputSize.empty() ? QVariant() : QVariant(QStringLiteral("1"));
            case Padding:
                return m_summary.inputSize.empty() ? QVariant() : QVariant(QStringLiteral("0"));
            default:
                return {};
            }
        }
        if (role == Qt::ForegroundRole)
            return QBrush(QColor(0x55, 0x55, 0x55));
        return {};
    }
    if (layer == -2) { // the totals
        if (role == Qt::FontRole) {
            QFont f;
            f.setBold(true);
            return f;
        }
        if (role == Qt::DisplayRole) {
            const QString partial = m_summary.valid() ? QString() : tr(" (valid rows)");
            switch (column) {
            case Layer:
                return tr("total") + partial;
            case Params:
                return grouped(m_summary.totalParams);
            case Macs:
                return grouped(m_summary.totalMacs);
            default:
                return {};
            }
        }
        if (role == Qt::ToolTipRole && column == Params)
            return tr("%1 parameters = %2 MB as float32").arg(grouped(m_summary.totalParams), decimalText(static_cast<double>(m_summary.totalParams) * 4.0 / 1e6, 1));
        if (role == Qt::BackgroundRole)
            return QBrush(QColor(0xee, 0xee, 0xee));
        return {};
    }
    return layerData(layer, column, role);
}

QVariant SummaryTableModel::layerData(int layer, int column, int role) const
{
    const convscope::Layer &l = m_network.layers[static_cast<std::size_t>(layer)];
    const bool known = layer < static_cast<int>(m_summary.rows.size());
    const bool problem = !m_summary.valid() && layer == m_summary.problemLayer;
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        if (column == Layer)
            return QStringLiteral("%1  %2").arg(layer).arg(QString::fromStdString(layerName(l, layer)));
        if (column == Type)
            return QString::fromStdString(layerType(l.config));
        if (problem)
            return column == OutputShape ? m_summary.problem : QVariant();
        if (!known)
            return column == OutputShape ? QVariant(QStringLiteral("—")) : QVariant();
        const LayerSummary &s = m_summary.rows[static_cast<std::size_t>(layer)];
        switch (column) {
        case OutputShape:
            return shapeText(s.outputShape);
        case Params:
            return grouped(s.params);
        case Macs:
            return s.macs > 0 ? grouped(s.macs) : QStringLiteral("—");
        case ReceptiveField:
            return s.receptiveField ? dimsText(*s.receptiveField) : QStringLiteral("—");
        case Stride:
            return s.effectiveStride ? dimsText(*s.effectiveStride) : QStringLiteral("—");
        case Padding:
            return s.effectivePadding ? dimsText(*s.effectivePadding) : QStringLiteral("—");
        default:
            return {};
        }
    }
    if (role == ProblemRole)
        return problem && column == OutputShape;
    if (role == Qt::ForegroundRole) {
        if (problem)
            return QBrush(QColor(0xb0, 0x00, 0x20));
        if (!known)
            return QBrush(QColor(0x99, 0x99, 0x99));
        return {};
    }
    if (role == Qt::BackgroundRole && problem)
        return QBrush(QColor(0xfd, 0xe8, 0xe8));
    if (role == Qt::TextAlignmentRole && problem && column == OutputShape)
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        if (problem)
            return m_summary.problem;
        if (!known)
            return tr("Not computed: an earlier layer is invalid");
        const LayerSummary &s = m_summary.rows[static_cast<std::size_t>(layer)];
        switch (column) {
        case Params:
            return paramsFormula(layer);
        case Macs:
            return macsFormula(layer);
        case ReceptiveField:
            return s.receptiveField ? tr("One output cell of this layer sees %1 input pixels (per dimension: %2)")
                                          .arg(dimsText(*s.receptiveField), dimsText(*s.receptiveField))
                                    : tr("After flatten every output sees the whole input");
        case Stride:
            return s.effectiveStride ? tr("Neighbouring output cells look %1 input pixels apart: the product of the strides so far")
                                           .arg(dimsText(*s.effectiveStride))
                                     : QVariant();
        case Padding:
            return s.effectivePadding ? tr("The first output cell's receptive field starts at input pixel −%1").arg(dimsText(*s.effectivePadding))
                                      : QVariant();
        default:
            return tr("Click to show this layer's maps; hover to see its receptive field on the image");
        }
    }
    return {};
}

} // namespace convscope::ui
