#include "parameter_arguments.h"

#include "count_bar.h"
#include "i18n/number_format.h"
#include "network.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace convscope::ui {

namespace {

QString num(std::int64_t v)
{
    return groupedInteger(v);
}

std::int64_t summaryParams(const Network& net, std::size_t layer)
{
    auto s = summarize(net);
    return s && layer < s->layers.size() ? s->layers[layer].params : 0;
}

Layer conv(int out, int h, int w, int groups)
{
    ConvLayer c;
    c.params.spatialDims = 2;
    c.params.outChannels = out;
    c.params.kernel = { h, w, 1 };
    c.params.groups = groups;
    c.params.bias = false;
    return { {}, c };
}

} // namespace

ParameterCounts parameterCounts(int n, int channels, int h, int w, int outChannels)
{
    ParameterCounts c;
    n = std::max(n, 1);
    channels = std::max(channels, 1);
    outChannels = outChannels > 0 ? outChannels : channels;
    // Fully connected: the engine's linear layer on N values, with its N biases.
    const Network fc { "", 1, { n }, { flattenLayer("flat"), linearLayer("fc", n) }, "" };
    c.fullyConnectedBias = n;
    c.fullyConnected = summaryParams(fc, 1) - c.fullyConnectedBias;
    c.locallyConnected = std::int64_t { kNeighbours } * n;
    c.locallyConnectedBias = n;
    c.convolution = kNeighbours;
    c.convolutionBias = 1;
    // Depth-wise h x w (groups = C) then 1x1, against one vanilla h x w; no biases.
    const Network separable { "", channels, { h, w }, { conv(channels, h, w, channels), conv(outChannels, 1, 1, 1) },
        "" };
    auto s = summarize(separable);
    c.depthwiseSeparable = s ? s->totalParams : 0;
    const Network vanilla { "", channels, { h, w }, { conv(outChannels, h, w, 1) }, "" };
    c.vanilla = summaryParams(vanilla, 0);
    return c;
}

ParameterArguments::ParameterArguments(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("parameterArguments"));
    auto* outer = new QVBoxLayout(this);

    const auto addLine = [this](QGridLayout* grid, int row, const QString& name, QColor colour) {
        auto* title = new QLabel(QStringLiteral("<b>%1</b>").arg(name.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"))), this);
        auto* text = new QLabel(this);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        text->setWordWrap(true);
        QFont larger = text->font();
        larger.setPointSizeF(larger.pointSizeF() * 1.1);
        text->setFont(larger);
        auto* bar = new CountBar(colour, this);
        grid->addWidget(title, row, 0, Qt::AlignTop);
        grid->addWidget(text, row, 1);
        grid->addWidget(bar, row + 1, 1);
        m_lines.push_back(text);
        m_bars.push_back(bar);
    };

    // Argument I: fewer parameters, N inputs and N outputs.
    auto* first = new QGroupBox(tr("N inputs → N outputs: how many parameters?"), this);
    auto* grid1 = new QGridLayout(first);
    grid1->setColumnStretch(1, 1);
    grid1->setVerticalSpacing(4);
    auto* nRow = new QHBoxLayout;
    nRow->addWidget(new QLabel(tr("N ="), this));
    m_n = new QSpinBox(this);
    m_n->setObjectName(QStringLiteral("nSpin"));
    m_n->setRange(1, 100000);
    m_n->setValue(1000);
    m_n->setGroupSeparatorShown(true);
    m_nSlider = new QSlider(Qt::Horizontal, this);
    m_nSlider->setRange(1, 10000);
    m_nSlider->setValue(1000);
    nRow->addWidget(m_n);
    nRow->addWidget(m_nSlider, 1);
    grid1->addLayout(nRow, 0, 0, 1, 2);
    addLine(grid1, 1, tr("Fully connected"), QColor(0xb2, 0x18, 0x2b));
    addLine(grid1, 3, tr("Locally connected\n(5 neighbours)"), QColor(0xf0, 0x6d, 0x00));
    addLine(grid1, 5, tr("1-d convolution\n(kernel 5)"), QColor(0x21, 0x66, 0xac));
    outer->addWidget(first);

    // Depth-wise separable against vanilla.
    auto* second = new QGroupBox(tr("Depth-wise separable vs vanilla convolution, C channels in, D out"), this);
    auto* grid2 = new QGridLayout(second);
    grid2->setColumnStretch(1, 1);
    grid2->setVerticalSpacing(4);
    m_source = new QLabel(this);
    m_source->setObjectName(QStringLiteral("argumentsSource"));
    m_source->setWordWrap(true);
    m_source->setStyleSheet(QStringLiteral("color: #1f4e79;"));
    grid2->addWidget(m_source, 0, 0, 1, 2);
    auto* cRow = new QHBoxLayout;
    cRow->addWidget(new QLabel(tr("C ="), this));
    m_channels = new QSpinBox(this);
    m_channels->setObjectName(QStringLiteral("channelSpin"));
    m_channels->setRange(1, 4096);
    m_channels->setValue(64);
    m_channelSlider = new QSlider(Qt::Horizontal, this);
    m_channelSlider->setRange(1, 512);
    m_channelSlider->setValue(64);
    cRow->addWidget(m_channels);
    cRow->addWidget(m_channelSlider, 1);
    cRow->addSpacing(12);
    cRow->addWidget(new QLabel(tr("D ="), this));
    m_outChannels = new QSpinBox(this);
    m_outChannels->setObjectName(QStringLiteral("outChannelSpin"));
    m_outChannels->setRange(1, 4096);
    m_outChannels->setValue(64);
    m_outChannels->setToolTip(tr("Output channels; follows C while the two are equal"));
    cRow->addWidget(m_outChannels);
    cRow->addSpacing(12);
    cRow->addWidget(new QLabel(tr("kernel h × w ="), this));
    m_h = new QSpinBox(this);
    m_h->setObjectName(QStringLiteral("kernelHSpin"));
    m_h->setRange(1, 64);
    m_h->setValue(3);
    m_w = new QSpinBox(this);
    m_w->setObjectName(QStringLiteral("kernelWSpin"));
    m_w->setRange(1, 64);
    m_w->setValue(3);
    cRow->addWidget(m_h);
    cRow->addWidget(new QLabel(QStringLiteral("×"), this));
    cRow->addWidget(m_w);
    grid2->addLayout(cRow, 1, 0, 1, 2);
    addLine(grid2, 2, tr("Depth-wise separable\n(h×w depth-wise + 1×1)"), QColor(0x21, 0x66, 0xac));
    addLine(grid2, 4, tr("Vanilla h×w"), QColor(0xb2, 0x18, 0x2b));
    auto* ratio = new QLabel(this);
    ratio->setWordWrap(true);
    ratio->setTextInteractionFlags(Qt::TextSelectableByMouse);
    grid2->addWidget(ratio, 6, 0, 1, 2);
    m_lines.push_back(ratio);
    outer->addWidget(second);
    outer->addStretch(1);

    connect(m_n, &QSpinBox::valueChanged, this, [this](int v) {
        if (m_nSlider->value() != v && v <= m_nSlider->maximum())
            m_nSlider->setValue(v);
        refresh();
    });
    connect(m_nSlider, &QSlider::valueChanged, m_n, &QSpinBox::setValue);
    connect(m_channels, &QSpinBox::valueChanged, this, [this](int v) {
        if (m_channelSlider->value() != v && v <= m_channelSlider->maximum())
            m_channelSlider->setValue(v);
        // D follows C while the two are equal (the lecture's C in and C out).
        if (!m_applying && m_outChannels->value() == m_lastChannels) {
            const QSignalBlocker quiet(m_outChannels);
            m_outChannels->setValue(v);
        }
        m_lastChannels = v;
        editedByHand();
        refresh();
    });
    connect(m_channelSlider, &QSlider::valueChanged, m_channels, &QSpinBox::setValue);
    for (QSpinBox* spin : { m_outChannels, m_h, m_w })
        connect(spin, &QSpinBox::valueChanged, this, [this] {
            editedByHand();
            refresh();
        });
    m_source->setText(tr("Select a convolution in the Summary tab to use its kernel, C and D here."));
    refresh();
}

void ParameterArguments::setN(int n) { m_n->setValue(n); }
void ParameterArguments::setChannels(int channels) { m_channels->setValue(channels); }
void ParameterArguments::setOutChannels(int channels) { m_outChannels->setValue(channels); }
void ParameterArguments::setKernel(int h, int w)
{
    m_h->setValue(h);
    m_w->setValue(w);
}

void ParameterArguments::setFromLayer(const QString &from, int h, int w, int channels, int outChannels)
{
    m_applying = true;
    m_channels->setValue(channels);
    m_outChannels->setValue(outChannels);
    m_h->setValue(h);
    m_w->setValue(w);
    m_applying = false;
    const auto clipped = [](QSpinBox* spin, int wanted) { return spin->value() != wanted; };
    QString text = tr("From %1: kernel %2 × %3, C = %4 in, D = %5 out.")
                       .arg(from.toHtmlEscaped())
                       .arg(m_h->value())
                       .arg(m_w->value())
                       .arg(num(m_channels->value()), num(m_outChannels->value()));
    if (clipped(m_channels, channels) || clipped(m_outChannels, outChannels) || clipped(m_h, h) || clipped(m_w, w))
        text += QLatin1Char(' ') + tr("(Clipped to what the boxes allow.)");
    m_source->setText(text);
    refresh();
}

void ParameterArguments::editedByHand()
{
    if (m_applying)
        return;
    m_source->setText(tr("Numbers set by hand; select a convolution in the Summary tab to use its kernel, C and D."));
}

int ParameterArguments::n() const { return m_n->value(); }
int ParameterArguments::channels() const { return m_channels->value(); }
int ParameterArguments::outChannels() const { return m_outChannels->value(); }
int ParameterArguments::kernelHeight() const { return m_h->value(); }
int ParameterArguments::kernelWidth() const { return m_w->value(); }
QString ParameterArguments::source() const { return m_source->text(); }

QStringList ParameterArguments::texts() const
{
    QStringList out;
    for (const QLabel* l : m_lines)
        out << l->text();
    return out;
}

void ParameterArguments::refresh()
{
    const int n = m_n->value(), c = m_channels->value(), d = m_outChannels->value(), h = m_h->value(), w = m_w->value();
    m_counts = parameterCounts(n, c, h, w, d);
    const ParameterCounts& k = m_counts;
    const QString N = num(n);
    const std::int64_t fc = k.fullyConnected + k.fullyConnectedBias;
    const std::int64_t lc = k.locallyConnected + k.locallyConnectedBias;
    const std::int64_t cv = k.convolution + k.convolutionBias;
    m_lines[0]->setText(tr("N² + N = %1 + %2 = %3 weights + %4 biases = <b>%5</b>  — every output sees every input")
                            .arg(N + QStringLiteral("²"), N, num(k.fullyConnected), num(k.fullyConnectedBias), num(fc)));
    m_lines[1]->setText(tr("5N + N = 5·%1 + %1 = %2 weights + %3 biases = <b>%4</b>  — each output sees 5 neighbours, "
                           "with its own weights")
                            .arg(N, num(k.locallyConnected), num(k.locallyConnectedBias), num(lc)));
    m_lines[2]->setText(tr("5 + 1 = <b>%1</b>  — the same 5 weights slide over all %2 positions, whatever N is")
                            .arg(num(cv), N));
    const std::int64_t hw = std::int64_t { h } * w;
    const QString hwText = h == w ? QStringLiteral("%1·%1").arg(h) : QStringLiteral("%1·%2").arg(h).arg(w);
    if (c == d) {
        m_lines[3]->setText(tr("h·w·C + C² = %1·%2 + %3 = %4 + %5 = <b>%6</b>")
                                .arg(hwText, num(c), num(c) + QStringLiteral("²"), num(hw * c), num(std::int64_t { c } * c),
                                    num(k.depthwiseSeparable)));
        m_lines[4]->setText(tr("h·w·C² = %1·%2 = <b>%3</b>").arg(hwText, num(c) + QStringLiteral("²"), num(k.vanilla)));
    } else {
        m_lines[3]->setText(tr("h·w·C + C·D = %1·%2 + %2·%3 = %4 + %5 = <b>%6</b>")
                                .arg(hwText, num(c), num(d), num(hw * c), num(std::int64_t { c } * d), num(k.depthwiseSeparable)));
        m_lines[4]->setText(tr("h·w·C·D = %1·%2·%3 = <b>%4</b>").arg(hwText, num(c), num(d), num(k.vanilla)));
    }
    const double ratio = k.vanilla > 0 ? static_cast<double>(k.depthwiseSeparable) / static_cast<double>(k.vanilla) : 0.0;
    QString verdict;
    if (k.depthwiseSeparable < k.vanilla)
        verdict = tr("%1× fewer parameters").arg(decimalText(1.0 / ratio, 1));
    else if (k.depthwiseSeparable == k.vanilla)
        verdict = tr("the same number of parameters");
    else
        verdict = tr("%1× more parameters").arg(decimalText(ratio, 1));
    m_lines[5]->setText(tr("Ratio: %1 / %2 = <b>%3</b>, %4. For h = w = 3 it is 9C + C² against 9C²: "
                           "cheaper for every C ≥ 2 (but a depth-wise kernel cannot mix channels).")
                            .arg(num(k.depthwiseSeparable), num(k.vanilla),
                                decimalText(ratio, 3), verdict));
    m_bars[0]->setValue(fc, fc);
    m_bars[1]->setValue(lc, fc);
    m_bars[2]->setValue(cv, fc);
    const std::int64_t top = std::max(k.depthwiseSeparable, k.vanilla);
    m_bars[3]->setValue(k.depthwiseSeparable, top);
    m_bars[4]->setValue(k.vanilla, top);
}

} // namespace convscope::ui
