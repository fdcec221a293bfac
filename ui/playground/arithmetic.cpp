#include "arithmetic.h"

#include "activation.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>

namespace convscope::ui {

namespace {

const QChar kMinus(0x2212);
const QChar kDot(0x00B7);
const QChar kEllipsis(0x2026);
const QChar kTimes(0x00D7);

QString tr(const char* text)
{
    return QCoreApplication::translate("convscope::ui", text); // lupdate names free tr() calls by namespace
}

QString trimmedFixed(double value, int decimals)
{
    QString s = QString::number(value, 'f', decimals);
    if (s.contains(QLatin1Char('.'))) {
        while (s.endsWith(QLatin1Char('0')))
            s.chop(1);
        if (s.endsWith(QLatin1Char('.')))
            s.chop(1);
    }
    return s;
}

QString withMinus(QString s)
{
    if (s.startsWith(QLatin1Char('-')))
        s[0] = kMinus;
    return s;
}

// A factor in a product or a term in a sum: negative numbers in parentheses, so "1·(−2)" cannot be
// misread as a subtraction.
QString factor(double value)
{
    const QString s = formatNumber(value);
    return value < 0 ? QLatin1Char('(') + s + QLatin1Char(')') : s;
}

// "a + b + … + z" with the middle elided past maxTerms.
QString joinTerms(const QStringList& terms, int maxTerms, const QString& separator)
{
    const int n = static_cast<int>(terms.size());
    maxTerms = std::max(2, maxTerms);
    if (n <= maxTerms)
        return terms.join(separator);
    QStringList shown = terms.mid(0, maxTerms - 1);
    shown << QString(kEllipsis) << terms.last();
    return shown.join(separator);
}

QString activationLabel(Activation a)
{
    switch (a) {
    case Activation::Relu:
        return QStringLiteral("ReLU");
    case Activation::LeakyRelu:
        return QStringLiteral("LeakyReLU");
    case Activation::Elu:
        return QStringLiteral("ELU");
    case Activation::Gelu:
        return QStringLiteral("GELU");
    case Activation::Silu:
        return QStringLiteral("SiLU");
    case Activation::Sigmoid:
        return QStringLiteral("sigmoid");
    case Activation::Tanh:
        return QStringLiteral("tanh");
    }
    return QString();
}

std::int64_t flatIndex(const Tensor& t, int channel, const Dims& pos, int spatialDims)
{
    std::int64_t index = channel;
    for (int i = 0; i < spatialDims; ++i)
        index = index * t.dim(i + 1) + pos[static_cast<std::size_t>(i)];
    return index;
}

// The value a tap reads from one input channel: the cell itself, the cell a padding mode copies,
// or the constant padding (0; −∞ for max pooling, which PyTorch pads with −∞).
double tapValue(const PlaygroundState& s, const Tap& tap, int channel)
{
    if (tap.source)
        return (*s.input)[flatIndex(*s.input, channel, *tap.source, s.plan.spatialDims)];
    if (s.window.op == WindowOp::MaxPool)
        return -std::numeric_limits<double>::infinity();
    return 0.0;
}

// The kernel element that multiplies a tap: the weight as stored, or rotated by 180 degrees for the
// true convolution (the engine flips the same way, kernels.h flipKernel).
double kernelValue(const PlaygroundState& s, int outChannel, int slice, const Dims& kernelIndex)
{
    const Tensor& w = *s.weight;
    const int n = s.plan.spatialDims;
    std::int64_t index = static_cast<std::int64_t>(outChannel) * w.dim(1) + slice;
    for (int i = 0; i < n; ++i) {
        const int k = w.dim(i + 2);
        int pos = kernelIndex[static_cast<std::size_t>(i)];
        if (s.scene.layer.flip)
            pos = k - 1 - pos;
        index = index * k + pos;
    }
    return w[index];
}

QString spatialName(const PlaygroundState& s, int axis)
{
    // axisName()'s words, for lupdate.
    static const char* const names[] = { QT_TRANSLATE_NOOP("convscope::ui", "length"),
        QT_TRANSLATE_NOOP("convscope::ui", "depth"), QT_TRANSLATE_NOOP("convscope::ui", "height"),
        QT_TRANSLATE_NOOP("convscope::ui", "width") };
    (void)names;
    return tr(axisName(s.plan.spatialDims, axis).c_str());
}

} // namespace

QString formatNumber(double value)
{
    if (std::isnan(value))
        return QStringLiteral("NaN");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("∞") : QString(kMinus) + QStringLiteral("∞");
    if (value == std::floor(value) && std::abs(value) < 1e15)
        return withMinus(QString::number(static_cast<qint64>(value)));
    if (std::abs(value) < 0.0005)
        return withMinus(QString::number(value, 'g', 3));
    const QString s = trimmedFixed(value, 3);
    return s == QLatin1String("-0") ? QStringLiteral("0") : withMinus(s);
}

QString formatNumber(double value, int decimals)
{
    if (!std::isfinite(value))
        return formatNumber(value);
    const double scale = std::pow(10.0, decimals);
    const double rounded = std::round(value * scale) / scale;
    if (rounded == std::floor(rounded) && std::abs(rounded) < 1e15)
        return withMinus(QString::number(static_cast<qint64>(rounded)));
    return withMinus(trimmedFixed(rounded, decimals));
}

QString channelLabel(const PlaygroundState& s, int channel)
{
    const InputSource source = s.scene.input.source;
    const bool photo = source == InputSource::Sample || source == InputSource::Image;
    const int channels = s.plan.inChannels;
    if (photo && channels == 1)
        return tr("grey");
    if (photo && channels >= 3 && channel < 3) {
        static const char* const names[] = { "R", "G", "B" };
        return QString::fromLatin1(names[channel]);
    }
    return QStringLiteral("c%1").arg(channel);
}

StepArithmetic stepArithmetic(
    const PlaygroundState& s, int step, int outputChannel, const ArithmeticOptions& options)
{
    StepArithmetic result;
    if (!s.input || s.steps <= 0)
        return result;
    const WindowGeometry window = windowAt(s.window, step);
    const SceneLayer& layer = s.scene.layer;
    const int outChannels = s.plan.outChannels;
    const int o = std::clamp(outputChannel, 0, outChannels - 1);

    if (s.window.op != WindowOp::Conv) {
        // Pooling reads only its own channel.
        QStringList values;
        double best = -std::numeric_limits<double>::infinity();
        double sum = 0;
        int count = 0;
        for (const Tap& tap : window.taps) {
            if (tap.beyondPadding)
                continue; // PyTorch clips a ceil-mode window to the padded input
            const double v = tapValue(s, tap, o);
            values << formatNumber(v);
            best = std::max(best, v);
            if (!tap.inPadding || s.window.op != WindowOp::MaxPool)
                sum += std::isfinite(v) ? v : 0.0;
            if (s.window.op != WindowOp::AvgPool || layer.countIncludePad || !tap.inPadding)
                ++count;
        }
        const QString list = joinTerms(values, options.maxTerms, QStringLiteral(", "));
        ChannelTerm term;
        term.channel = o;
        term.label = channelLabel(s, o);
        const QString eq = QStringLiteral(" = ");
        switch (s.window.op) {
        case WindowOp::MaxPool:
            term.value = best;
            term.text = QStringLiteral("max(") + list + QLatin1Char(')') + eq + formatNumber(best);
            break;
        case WindowOp::AvgPool: {
            term.value = count > 0 ? sum / count : 0.0;
            QStringList addends;
            for (const QString& v : values)
                addends << (v.startsWith(kMinus) ? QLatin1Char('(') + v + QLatin1Char(')') : v);
            term.text = QStringLiteral("avg(") + list + QLatin1Char(')') + eq + QLatin1Char('(')
                + joinTerms(addends, options.maxTerms, QStringLiteral(" + ")) + QStringLiteral(")/")
                + QString::number(count) + eq + formatNumber(term.value);
            break;
        }
        case WindowOp::SumPool:
        case WindowOp::Conv:
            term.value = sum;
            term.text = QStringLiteral("sum(") + list + QLatin1Char(')') + eq + formatNumber(sum);
            break;
        }
        result.value = term.value;
        result.channels.push_back(term);
    } else {
        if (!s.weight)
            return result;
        const int groups = std::max(1, layer.groups);
        const int perGroupIn = s.plan.inChannels / groups;
        const int perGroupOut = std::max(1, outChannels / groups);
        const int group = o / perGroupOut;
        double total = 0;
        for (int slice = 0; slice < perGroupIn; ++slice) {
            const int c = group * perGroupIn + slice;
            QStringList products;
            double sum = 0;
            for (const Tap& tap : window.taps) {
                const double u = kernelValue(s, o, slice, tap.kernelIndex);
                const double x = tapValue(s, tap, c);
                products << factor(u) + kDot + factor(x);
                sum += u * x;
            }
            ChannelTerm term;
            term.channel = c;
            term.label = channelLabel(s, c);
            term.value = sum;
            term.text = QStringLiteral("u") + kDot + QStringLiteral("x = ")
                + joinTerms(products, options.maxTerms, QStringLiteral(" + "))
                + QStringLiteral(" = ") + formatNumber(sum);
            result.channels.push_back(term);
            total += sum;
        }
        if (result.channels.size() > 1) {
            QStringList parts;
            for (const ChannelTerm& t : result.channels)
                parts << factor(t.value);
            result.sum = QStringLiteral("Σ = ")
                + joinTerms(parts, options.maxTerms, QStringLiteral(" + ")) + QStringLiteral(" = ")
                + formatNumber(total);
        }
        if (s.bias) {
            const double b = (*s.bias)[o];
            result.bias = QStringLiteral("+ b = ") + factor(total) + QStringLiteral(" + ")
                + factor(b) + QStringLiteral(" = ") + formatNumber(total + b);
            total += b;
        }
        result.value = total;
    }
    result.activated = result.value;
    if (layer.activation) {
        const auto parameter = static_cast<float>(defaultActivationParameter(*layer.activation));
        result.activated = activate(*layer.activation, static_cast<float>(result.value), parameter);
        result.activation = activationLabel(*layer.activation) + QLatin1Char('(')
            + formatNumber(result.value) + QStringLiteral(") = ") + formatNumber(result.activated);
    }
    result.valid = true;
    return result;
}

QStringList outputSizeLines(const PlaygroundState& s)
{
    QStringList lines;
    const bool pool = s.window.op != WindowOp::Conv;
    const bool ceil = pool && s.scene.layer.ceilMode;
    for (int i = 0; i < s.plan.spatialDims; ++i) {
        const Axis& a = s.plan.axes[static_cast<std::size_t>(i)];
        const QString padding = a.padBefore == a.padAfter
            ? QStringLiteral("2") + kDot + QString::number(a.padBefore)
            : QString::number(a.padBefore) + QStringLiteral(" + ") + QString::number(a.padAfter);
        const int numerator = a.input + a.padBefore + a.padAfter - a.dilation * (a.kernel - 1) - 1;
        // PyTorch's formula (torch.nn.Conv2d, MaxPool2d docs); the division is floored (or ceiled)
        // on a non-negative numerator, since the plan only exists when the window fits.
        const int formula
            = (ceil ? (numerator + a.stride - 1) / a.stride : numerator / a.stride) + 1;
        QString line = spatialName(s, i) + QStringLiteral(": ")
            + (ceil ? QStringLiteral("ceil((") : QStringLiteral("floor(("))
            + QString::number(a.input) + QStringLiteral(" + ") + padding + QLatin1Char(' ') + kMinus
            + QLatin1Char(' ') + QString::number(a.dilation) + kDot + QLatin1Char('(')
            + QString::number(a.kernel) + kMinus + QStringLiteral("1) ") + kMinus
            + QStringLiteral(" 1)/") + QString::number(a.stride) + QStringLiteral(") + 1");
        // Ceil mode drops a last window that would start in the right padding (PyTorch,
        // pooling_output_shape_pad_lr).
        if (formula != a.output)
            line += QLatin1Char(' ') + kMinus + QStringLiteral(" 1");
        line += QStringLiteral(" = ") + QString::number(a.output);
        lines << line;
    }
    return lines;
}

QString parameterCountLine(const PlaygroundState& s)
{
    if (s.window.op != WindowOp::Conv)
        return tr("parameters: none (pooling learns nothing)");
    const SceneLayer& layer = s.scene.layer;
    const int groups = std::max(1, layer.groups);
    const int inChannels = s.plan.inChannels;
    const int out = s.plan.outChannels;
    QStringList factors;
    std::int64_t total = 1;
    for (int i = 0; i < s.plan.spatialDims; ++i) {
        const int k = s.plan.axes[static_cast<std::size_t>(i)].kernel;
        factors << QString::number(k);
        total *= k;
    }
    factors << (groups == 1 ? QString::number(inChannels)
                            : QStringLiteral("(%1/%2)").arg(inChannels).arg(groups));
    factors << QString::number(out);
    total *= static_cast<std::int64_t>(inChannels / groups) * out;
    QString line = tr("parameters: ") + factors.join(kDot);
    if (s.bias) {
        line += QStringLiteral(" + ") + QString::number(out);
        total += out;
    }
    return line + QStringLiteral(" = ") + QString::number(total);
}

QString receptiveFieldLine(const PlaygroundState& s)
{
    const int n = s.plan.spatialDims;
    QStringList sizes;
    QStringList formulas;
    for (int i = 0; i < n; ++i) {
        const Axis& a = s.plan.axes[static_cast<std::size_t>(i)];
        sizes << QString::number(a.extent());
        formulas << QString::number(a.dilation) + kDot + QLatin1Char('(')
                + QString::number(a.kernel) + kMinus + QStringLiteral("1) + 1 = ")
                + QString::number(a.extent());
    }
    QString line = tr("receptive field ") + sizes.join(kTimes) + QStringLiteral(": r = ");
    if (n == 1 || formulas.at(0) == formulas.at(1))
        return line + formulas.at(0);
    for (int i = 0; i < n; ++i)
        formulas[i] += QStringLiteral(" (") + spatialName(s, i) + QLatin1Char(')');
    return line + formulas.join(QStringLiteral(", "));
}

} // namespace convscope::ui
