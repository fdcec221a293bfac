#include "i18n/engine_messages.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace convscope::ui {

namespace {

// The patterns lupdate collects: engine/shape.cpp's messages for the Playground's layer, with
// the numbers and axes as placeholders in the order they appear (1-D messages name no axis).
[[maybe_unused]] const char *const kPatterns[] = {
    QT_TRANSLATE_NOOP("EngineMessages", "output channels %1 must be at least %2"),
    QT_TRANSLATE_NOOP("EngineMessages", "groups %1 must be at least %2"),
    QT_TRANSLATE_NOOP("EngineMessages", "groups %1 does not divide the %2 input channels: choose a divisor of %3"),
    QT_TRANSLATE_NOOP("EngineMessages",
        "groups %1 does not divide the %2 output channels: choose a multiple of %3 output channels"),
    QT_TRANSLATE_NOOP("EngineMessages",
        "padding 'same' needs stride %1, but the stride (%2) is %3: use a number for the padding or set the stride to %4"),
    QT_TRANSLATE_NOOP("EngineMessages",
        "padding 'same' needs stride %1, but the stride is %2: use a number for the padding or set the stride to %3"),
    QT_TRANSLATE_NOOP("EngineMessages",
        "reflect padding %1 (%2) must be smaller than the input size %3: lower the padding or use replicate or zeros"),
    QT_TRANSLATE_NOOP("EngineMessages",
        "reflect padding %1 must be smaller than the input size %2: lower the padding or use replicate or zeros"),
    QT_TRANSLATE_NOOP("EngineMessages", "circular padding %1 (%2) must not exceed the input size %3: lower the padding"),
    QT_TRANSLATE_NOOP("EngineMessages", "circular padding %1 must not exceed the input size %2: lower the padding"),
    QT_TRANSLATE_NOOP("EngineMessages",
        "kernel %1 is larger than the padded input %2 (%3): use a smaller kernel or add padding"),
    QT_TRANSLATE_NOOP("EngineMessages", "kernel %1 is larger than the padded input %2: use a smaller kernel or add padding"),
    QT_TRANSLATE_NOOP("EngineMessages",
        "kernel %1 (effective %2 with dilation %3) is larger than the padded input %4 (%5): lower the dilation or the "
        "kernel size, or add padding"),
    QT_TRANSLATE_NOOP("EngineMessages",
        "kernel %1 (effective %2 with dilation %3) is larger than the padded input %4: lower the dilation or the "
        "kernel size, or add padding"),
    QT_TRANSLATE_NOOP("EngineMessages",
        "kernel %1 is larger than the padded input %2 (%3): use a smaller window or add padding"),
    QT_TRANSLATE_NOOP("EngineMessages", "kernel %1 is larger than the padded input %2: use a smaller window or add padding"),
    QT_TRANSLATE_NOOP("EngineMessages",
        "kernel %1 (effective %2 with dilation %3) is larger than the padded input %4 (%5): use a smaller window or "
        "add padding"),
    QT_TRANSLATE_NOOP("EngineMessages",
        "kernel %1 (effective %2 with dilation %3) is larger than the padded input %4: use a smaller window or add "
        "padding"),
    QT_TRANSLATE_NOOP("EngineMessages", "the output would be empty (%1): use a smaller window"),
    QT_TRANSLATE_NOOP("EngineMessages", "the output would be empty: use a smaller window"),
    QT_TRANSLATE_NOOP("EngineMessages", "dilation applies to max pooling only"),
    QT_TRANSLATE_NOOP("EngineMessages",
        "padding %1 (%2) must be at most half the kernel size (%3 / %4 = %5): lower the padding"),
    QT_TRANSLATE_NOOP("EngineMessages", "padding %1 must be at most half the kernel size (%2 / %3 = %4): lower the padding"),
    QT_TRANSLATE_NOOP("EngineMessages",
        "the output would have more than %1^%2 elements: use a smaller input or fewer channels"),
    // engine/network.cpp: a layer's message is prefixed with the layer.
    QT_TRANSLATE_NOOP("EngineMessages", "layer %1 (%2): %3"),
};

} // namespace

QString translateEngineMessage(const std::string &message)
{
    const QString text = QString::fromStdString(message);
    // "layer 7 (conv4_1): MESSAGE" (engine/network.cpp): the layer's name stays, the rest is translated.
    static const QRegularExpression layerPrefix(QStringLiteral("^layer (\\d+) \\(([^)]*)\\): (.+)$"),
        QRegularExpression::DotMatchesEverythingOption);
    if (const auto m = layerPrefix.match(text); m.hasMatch()) {
        const QString rest = translateEngineMessage(m.captured(3).toStdString());
        return QCoreApplication::translate("EngineMessages", "layer %1 (%2): %3").arg(m.captured(1), m.captured(2), rest);
    }
    // Numbers and "(height)"-style axes become %1, %2, ... in the order they appear.
    static const QRegularExpression token(QStringLiteral("\\d+|\\((length|depth|height|width)\\)"));
    QString pattern;
    QStringList args;
    qsizetype at = 0;
    for (auto it = token.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        pattern += text.mid(at, m.capturedStart() - at);
        const QString placeholder = QLatin1Char('%') + QString::number(args.size() + 1);
        if (m.captured(1).isEmpty()) {
            args << m.captured(0);
            pattern += placeholder;
        } else {
            // the axis word, as arithmetic.cpp translates it
            args << QCoreApplication::translate("convscope::ui", m.captured(1).toUtf8().constData());
            pattern += QLatin1Char('(') + placeholder + QLatin1Char(')');
        }
        at = m.capturedEnd();
    }
    pattern += text.mid(at);
    const QByteArray key = pattern.toUtf8();
    const QString translated = QCoreApplication::translate("EngineMessages", key.constData());
    if (translated == pattern)
        return text; // no translation: the engine's own words
    // Each placeholder once, left to right, so an argument is never substituted again.
    static const QRegularExpression placeholder(QStringLiteral("%(\\d+)"));
    QString out;
    at = 0;
    for (auto it = placeholder.globalMatch(translated); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += translated.mid(at, m.capturedStart() - at);
        const int index = m.captured(1).toInt() - 1;
        out += index >= 0 && index < args.size() ? args.at(index) : m.captured(0);
        at = m.capturedEnd();
    }
    return out + translated.mid(at);
}

} // namespace convscope::ui
