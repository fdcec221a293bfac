#include "rf_comparison.h"

#include "i18n/number_format.h"
#include "network.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace convscope::ui {

KernelStack kernelStack(int kernel, int depth, int channels)
{
    KernelStack stack;
    stack.kernel = kernel;
    stack.depth = depth;
    Network net;
    net.inputChannels = std::max(channels, 1);
    const int size = depth * (kernel - 1) + 1; // the smallest input that leaves one output cell
    net.inputSize = { size, size };
    for (int i = 0; i < depth; ++i) {
        Layer l = convLayer("conv" + std::to_string(i + 1), net.inputChannels, kernel);
        std::get<ConvLayer>(l.config).params.bias = false;
        net.layers.push_back(l);
    }
    auto summary = summarize(net);
    if (summary && !summary->layers.empty()) {
        stack.receptiveField = summary->layers.back().receptiveField.value_or(std::vector<std::int64_t> { 0 })[0];
        stack.weights = summary->totalParams;
    }
    return stack;
}

// Rows of cells, one per layer, showing how the windows of stacked k x k kernels widen (a 1-d
// cut through the middle): the input row at the bottom is r cells wide, each layer above is
// k - 1 cells narrower, down to the single output cell at the top.
class StackDiagram : public QWidget {
public:
    // scaleRows: the rows the cell size is chosen for, so that two diagrams side by side share
    // one cell size.
    StackDiagram(int kernel, int depth, int scaleRows, QColor colour, QWidget* parent)
        : QWidget(parent)
        , m_kernel(kernel)
        , m_depth(depth)
        , m_scaleRows(scaleRows)
        , m_colour(colour)
    {
        setMinimumSize(140, 80);
        setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    }
    [[nodiscard]] QSize sizeHint() const override { return { 200, 110 }; }

protected:
    void paintEvent(QPaintEvent*) override
    {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        const int r = m_depth * (m_kernel - 1) + 1;
        const int rows = m_depth + 1;
        const double cell = std::min((width() - 8.0) / r, (height() - 8.0) / (std::max(rows, m_scaleRows) * 1.6));
        const double gap = cell * 0.6;
        const double totalH = rows * cell + (rows - 1) * gap;
        const double top = (height() - totalH) / 2.0;
        const QColor text = palette().color(QPalette::WindowText);
        for (int row = 0; row < rows; ++row) {
            const int cells = r - row * (m_kernel - 1);
            const double y = top + (rows - 1 - row) * (cell + gap);
            const double x0 = (width() - cells * cell) / 2.0;
            if (row > 0) { // the window this row's cells read in the row below
                const int below = cells + m_kernel - 1;
                const double bx0 = (width() - below * cell) / 2.0;
                QPolygonF fan;
                fan << QPointF(x0, y + cell) << QPointF(x0 + cells * cell, y + cell)
                    << QPointF(bx0 + below * cell, y + cell + gap) << QPointF(bx0, y + cell + gap);
                QColor tint = m_colour;
                tint.setAlpha(50);
                p.setPen(Qt::NoPen);
                p.setBrush(tint);
                p.drawPolygon(fan);
            }
            for (int i = 0; i < cells; ++i) {
                QColor fill = m_colour;
                fill.setAlpha(row == rows - 1 ? 255 : 110);
                p.setPen(QPen(text, 1));
                p.setBrush(fill);
                p.drawRect(QRectF(x0 + i * cell, y, cell, cell));
            }
        }
    }

private:
    int m_kernel;
    int m_depth;
    int m_scaleRows;
    QColor m_colour;
};

namespace {
QString num(std::int64_t v)
{
    return groupedInteger(v);
}
} // namespace

RfComparison::RfComparison(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("rfComparison"));
    auto* outer = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Channels in and out, C ="), this));
    m_channels = new QSpinBox(this);
    m_channels->setObjectName(QStringLiteral("comparisonChannels"));
    m_channels->setRange(1, 4096);
    m_channels->setValue(64);
    top->addWidget(m_channels);
    top->addStretch(1);
    outer->addLayout(top);

    const QColor large(0xb2, 0x18, 0x2b), small(0x21, 0x66, 0xac);
    const struct {
        QString title;
        int largeKernel;
        int depth;
    } cases[] = { { tr("One 5×5 or two stacked 3×3?"), 5, 2 }, { tr("One 7×7 or three stacked 3×3?"), 7, 3 } };
    for (const auto& c : cases) {
        auto* box = new QGroupBox(c.title, this);
        auto* grid = new QGridLayout(box);
        m_diagrams.push_back(new StackDiagram(c.largeKernel, 1, c.depth + 1, large, box));
        m_diagrams.push_back(new StackDiagram(3, c.depth, c.depth + 1, small, box));
        grid->addWidget(m_diagrams[m_diagrams.size() - 2], 0, 0);
        grid->addWidget(m_diagrams.back(), 0, 1);
        for (int i = 0; i < 3; ++i) {
            auto* label = new QLabel(box);
            label->setWordWrap(true);
            label->setTextInteractionFlags(Qt::TextSelectableByMouse);
            label->setAlignment(i < 2 ? Qt::AlignHCenter | Qt::AlignTop : Qt::AlignLeft | Qt::AlignTop);
            if (i < 2)
                grid->addWidget(label, 1, i);
            else
                grid->addWidget(label, 2, 0, 1, 2);
            m_texts.push_back(label);
        }
        grid->setColumnStretch(0, 1);
        grid->setColumnStretch(1, 1);
        outer->addWidget(box);
    }
    outer->addStretch(1);
    connect(m_channels, &QSpinBox::valueChanged, this, [this](int c) {
        refresh();
        emit channelsChanged(c);
    });
    refresh();
}

void RfComparison::setChannels(int channels) { m_channels->setValue(channels); }

int RfComparison::channels() const { return m_channels->value(); }

QStringList RfComparison::texts() const
{
    QStringList out;
    for (const QLabel* l : m_texts)
        out << l->text();
    return out;
}

void RfComparison::refresh()
{
    const int c = m_channels->value();
    const QString C = num(c);
    const int largeKernels[] = { 5, 7 };
    const int depths[] = { 2, 3 };
    for (int i = 0; i < 2; ++i) {
        const KernelStack large = kernelStack(largeKernels[i], 1, c);
        const KernelStack stacked = kernelStack(3, depths[i], c);
        const int k2 = largeKernels[i] * largeKernels[i];
        const int s2 = 9 * depths[i];
        m_texts[static_cast<std::size_t>(3 * i)]->setText(
            tr("<b>one %1×%1</b><br>r = %2<br>%3·C² = %3·%4 = <b>%5</b> weights")
                .arg(largeKernels[i])
                .arg(large.receptiveField)
                .arg(k2)
                .arg(C + QStringLiteral("²"), num(large.weights)));
        m_texts[static_cast<std::size_t>(3 * i + 1)]->setText(
            tr("<b>%1 stacked 3×3</b><br>r = %2<br>%3·9·C² = %4·%5 = <b>%6</b> weights")
                .arg(depths[i] == 2 ? tr("two") : tr("three"))
                .arg(stacked.receptiveField)
                .arg(depths[i])
                .arg(s2)
                .arg(C + QStringLiteral("²"), num(stacked.weights)));
        const double share = large.weights > 0 ? 100.0 * static_cast<double>(stacked.weights) / static_cast<double>(large.weights) : 0.0;
        m_texts[static_cast<std::size_t>(3 * i + 2)]->setText(
            tr("The same receptive field (r = %1) with %2% of the weights (%3C² instead of %4C²), and %5 "
               "non-linearities (one after each layer) instead of one.")
                .arg(stacked.receptiveField)
                .arg(decimalText(share, 0))
                .arg(s2)
                .arg(k2)
                .arg(depths[i] == 2 ? tr("two") : tr("three")));
    }
}

} // namespace convscope::ui
