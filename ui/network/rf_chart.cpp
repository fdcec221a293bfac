#include "rf_chart.h"

#include <QBarCategoryAxis>
#include <QHorizontalBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QScrollArea>
#include <QStackedLayout>
#include <QValueAxis>

#include <algorithm>

namespace convscope::ui {

namespace {

// Layers that change the receptive field; activations, batch norm and dropout repeat the value
// of the layer before them and would only crowd the axis.
bool changesField(const std::string& type)
{
    return type == "conv" || type == "maxpool" || type == "avgpool" || type == "sumpool";
}

} // namespace

RfChart::RfChart(QWidget* parent)
    : QWidget(parent)
    , m_chart(new QChart)
{
    setObjectName(QStringLiteral("rfChart"));
    auto* stack = new QStackedLayout(this);
    m_view = new QChartView(m_chart);
    m_view->setRenderHint(QPainter::Antialiasing);
    // Qt Charts elides every category label to "..." once the rows are lower than about one and
    // a half text lines, so the chart asks for that much height and scrolls in a small dock.
    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setWidget(m_view);
    m_chart->legend()->setVisible(false);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    QFont title = font();
    title.setPointSizeF(title.pointSizeF() * 1.2);
    title.setBold(true);
    m_chart->setTitleFont(title);
    m_message = new QLabel(this);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    stack->addWidget(m_scroll);
    stack->addWidget(m_message);
    clear(tr("No network yet."));
}

void RfChart::clear(const QString& message)
{
    m_categories.clear();
    m_values.clear();
    m_chart->removeAllSeries();
    for (QAbstractAxis* axis : m_chart->axes())
        m_chart->removeAxis(axis);
    m_message->setText(message);
    static_cast<QStackedLayout*>(layout())->setCurrentWidget(m_message);
}

void RfChart::setSummary(const Summary& summary)
{
    QStringList categories;
    std::vector<std::vector<std::int64_t>> values;
    std::size_t dims = 0;
    for (const LayerSummary& l : summary.layers) {
        if (!l.receptiveField || !changesField(l.type))
            continue;
        dims = std::max(dims, l.receptiveField->size());
        values.resize(dims);
        for (std::size_t d = 0; d < l.receptiveField->size(); ++d)
            values[d].push_back((*l.receptiveField)[d]);
        categories << QString::fromStdString(l.name);
    }
    if (categories.isEmpty()) {
        clear(tr("The network has no convolution or pooling layer, so its receptive field stays 1."));
        return;
    }
    clear({});
    m_categories = categories;
    // One bar set per dimension only when the dimensions differ somewhere.
    bool square = true;
    for (std::size_t d = 1; d < values.size(); ++d)
        square = square && values[d] == values[0];
    if (square)
        values.resize(1);
    m_values = values;

    // Horizontal bars: the layer names stay readable on the vertical axis, first layer on top.
    auto* series = new QHorizontalBarSeries;
    static const char* const axisNames[] = { QT_TR_NOOP("rows"), QT_TR_NOOP("columns"), QT_TR_NOOP("depth") };
    const QColor colours[] = { QColor(0x21, 0x66, 0xac), QColor(0xf0, 0x6d, 0x00), QColor(0x55, 0x58, 0x60) };
    std::int64_t top = 1;
    for (std::size_t d = 0; d < values.size(); ++d) {
        auto* set = new QBarSet(values.size() == 1 ? tr("r") : tr("r (%1)").arg(tr(axisNames[std::min<std::size_t>(d, 2)])));
        set->setColor(colours[std::min<std::size_t>(d, 2)]);
        set->setBorderColor(colours[std::min<std::size_t>(d, 2)]);
        set->setLabelColor(palette().color(QPalette::WindowText));
        for (auto it = values[d].rbegin(); it != values[d].rend(); ++it) {
            *set << static_cast<qreal>(*it);
            top = std::max(top, *it);
        }
        series->append(set);
    }
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsPrecision(12);
    series->setBarWidth(0.75);
    m_chart->addSeries(series);
    m_chart->legend()->setVisible(values.size() > 1);

    auto* names = new QBarCategoryAxis;
    QStringList reversed(categories.rbegin(), categories.rend());
    names->append(reversed);
    names->setLabelsFont(font());
    names->setGridLineVisible(false);
    auto* r = new QValueAxis;
    r->setRange(0, static_cast<double>(top) * 1.12); // room for the value beside the longest bar
    r->setLabelFormat(QStringLiteral("%d"));
    r->setLabelsFont(font());
    r->setTitleText(tr("receptive field r (input pixels)"));
    r->applyNiceNumbers();
    m_chart->addAxis(names, Qt::AlignLeft);
    m_chart->addAxis(r, Qt::AlignBottom);
    series->attachAxis(names);
    series->attachAxis(r);

    // The network's short name ("VGG-16" of "VGG-16 (Simonyan & Zisserman …)").
    QString name = QString::fromStdString(summary.name).section(QStringLiteral(" ("), 0, 0);
    if (name.size() > 32)
        name = name.left(30) + QStringLiteral("…");
    // Where the field reaches its final size (VGG-16: pool5, not the 1x1 average pool after it).
    std::size_t first = values[0].size() - 1;
    while (first > 0 && values[0][first - 1] == values[0].back())
        --first;
    const QString last = tr("r = %1 at %2").arg(values[0].back()).arg(categories[static_cast<qsizetype>(first)]);
    m_chart->setTitle(name.isEmpty() ? tr("Receptive field per layer: %1").arg(last)
                                     : tr("Receptive field per layer of %1: %2").arg(name, last));
    m_view->setMinimumHeight(static_cast<int>(categories.size() * values.size() * fontMetrics().height() * 1.6) + 140);
    static_cast<QStackedLayout*>(layout())->setCurrentWidget(m_scroll);
}

int RfChart::pointCount() const { return static_cast<int>(m_categories.size()); }

QStringList RfChart::categories() const { return m_categories; }

std::vector<std::int64_t> RfChart::values(int dimension) const
{
    if (dimension < 0 || m_values.empty())
        return {};
    // A square field keeps one set for every dimension.
    return m_values[std::min<std::size_t>(static_cast<std::size_t>(dimension), m_values.size() - 1)];
}

} // namespace convscope::ui
