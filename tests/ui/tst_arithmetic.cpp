// The Playground's arithmetic text against strings worked out by hand, as a student would check
// them: the inner product of a window, bias, activation, pooling, output size, parameters and
// receptive field.

#include "playground/arithmetic.h"
#include "playground/playground_model.h"

#include <QApplication>
#include <QTest>

Q_DECLARE_METATYPE(convscope::Scene)

using namespace convscope;
using namespace convscope::ui;

namespace {

const std::vector<float> kSobelX { -1, 0, 1, -2, 0, 2, -1, 0, 1 };

// A rows x cols grid: the ramp 1, 2, 3… row by row, or the given values.
Scene gridScene(int rows, int cols, std::vector<float> values = {}, int channels = 1)
{
    Scene s;
    s.input.source = InputSource::Grid;
    s.input.gridRows = rows;
    s.input.gridCols = cols;
    s.input.gridChannels = channels;
    s.input.gridPreset = values.empty() ? GridPreset::Ramp : GridPreset::Custom;
    s.input.gridValues = std::move(values);
    s.layer.kernel = { 3, 3, 3 };
    s.layer.stride = { 2, 2, 2 };
    s.layer.padding = Padding::explicitly({ 1, 1, 1 });
    s.layer.weights = kSobelX;
    return s;
}

PlaygroundState stateOf(const Scene& scene)
{
    PlaygroundModel model;
    model.resetScene(scene);
    if (!model.isValid())
        qWarning("scene is invalid: %s", qPrintable(model.problem()));
    return model.state();
}

// The output cell the step writes, from the engine, to check that the text adds up to it.
double engineValue(const PlaygroundState& s, int step, int channel)
{
    const Dims out = outputIndexOf(s.window, step);
    std::int64_t index = channel;
    for (int i = 0; i < s.plan.spatialDims; ++i)
        index = index * s.activated->dim(i + 1) + out[static_cast<std::size_t>(i)];
    return (*s.activated)[index];
}

} // namespace

class TestArithmetic : public QObject {
    Q_OBJECT
private slots:
    void formatNumbers_data();
    void formatNumbers();
    void innerProduct_data();
    void innerProduct();
    void multiChannel();
    void outputSize_data();
    void outputSize();
    void parameters_data();
    void parameters();
    void receptiveField_data();
    void receptiveField();
};

void TestArithmetic::formatNumbers_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("integer") << 7.0 << "7";
    QTest::newRow("negative integer") << -2.0 << "−2";
    QTest::newRow("zero") << 0.0 << "0";
    QTest::newRow("half") << 0.5 << "0.5";
    QTest::newRow("third") << -4.0 / 3.0 << "−1.333";
    QTest::newRow("rounds to 3 decimals") << 0.41176 << "0.412";
    QTest::newRow("tiny keeps 3 digits") << 0.000125 << "0.000125";
    QTest::newRow("large") << 451.0 << "451";
}

void TestArithmetic::formatNumbers()
{
    QFETCH(double, value);
    QFETCH(QString, text);
    QCOMPARE(formatNumber(value), text);
}

void TestArithmetic::innerProduct_data()
{
    QTest::addColumn<Scene>("scene");
    QTest::addColumn<int>("step");
    QTest::addColumn<int>("maxTerms");
    QTest::addColumn<QString>("product");
    QTest::addColumn<QString>("bias");
    QTest::addColumn<QString>("activation");

    // Worked by hand: the 5x5 ramp (row y holds 5y+1 .. 5y+5), a 3x3 Sobel x kernel, stride 2,
    // padding 1. Output size floor((5 + 2 - 2 - 1)/2) + 1 = 3, so step 4 is the centre output
    // (1, 1), whose window starts at padded (2, 2) = input (1, 1) and covers
    //     7  8  9        -1 0 1
    //    12 13 14   ·    -2 0 2   = -7 + 9 - 24 + 28 - 17 + 19 = 8.
    //    17 18 19        -1 0 1
    const Scene ramp = gridScene(5, 5);
    QTest::newRow("ramp k3 s2 p1 step 4")
        << ramp << 4 << 9
        << "u·x = (−1)·7 + 0·8 + 1·9 + (−2)·12 + 0·13 + 2·14 + (−1)·17 + 0·18 + 1·19 = 8"
        << ""
        << "";
    QTest::newRow("elided to 4 terms")
        << ramp << 4 << 4 << "u·x = (−1)·7 + 0·8 + 1·9 + … + 1·19 = 8"
        << ""
        << "";
    // Step 0: the top row and left column are zero padding: 2·2 + 1·7 = 11.
    QTest::newRow("zero padding step 0")
        << ramp << 0 << 9
        << "u·x = (−1)·0 + 0·0 + 1·0 + (−2)·0 + 0·1 + 2·2 + (−1)·0 + 0·6 + 1·7 = 11"
        << ""
        << "";
    Scene replicate = ramp;
    replicate.layer.paddingMode = PaddingMode::Replicate;
    QTest::newRow("replicate padding step 0")
        << replicate << 0 << 9
        << "u·x = (−1)·1 + 0·1 + 1·2 + (−2)·1 + 0·1 + 2·2 + (−1)·6 + 0·6 + 1·7 = 4"
        << ""
        << "";
    Scene reflect = ramp;
    reflect.layer.paddingMode = PaddingMode::Reflect;
    QTest::newRow("reflect padding step 0")
        << reflect << 0 << 9
        << "u·x = (−1)·7 + 0·6 + 1·7 + (−2)·2 + 0·1 + 2·2 + (−1)·7 + 0·6 + 1·7 = 0"
        << ""
        << "";
    Scene biased = ramp;
    biased.layer.bias = true;
    biased.layer.biasValues = { -20 };
    biased.layer.activation = Activation::Relu;
    QTest::newRow("bias and ReLU") << biased << 4 << 2 << "u·x = (−1)·7 + … + 1·19 = 8"
                                   << "+ b = 8 + (−20) = −12"
                                   << "ReLU(−12) = 0";
    Scene flipped = ramp;
    flipped.layer.flip = true;
    QTest::newRow("true convolution flips the kernel")
        << flipped << 4 << 3 << "u·x = 1·7 + 0·8 + … + (−1)·19 = −8"
        << ""
        << "";

    Scene pool = gridScene(5, 5);
    pool.layer.op = SceneOp::MaxPool;
    pool.layer.kernel = { 2, 2, 2 };
    pool.layer.stride = { 2, 2, 2 };
    pool.layer.padding = Padding::explicitly({ 0, 0, 0 });
    QTest::newRow("max pool k2 s2 step 3") << pool << 3 << 9 << "max(13, 14, 18, 19) = 19"
                                           << ""
                                           << "";
    pool.layer.op = SceneOp::SumPool;
    QTest::newRow("sum pool k2 s2 step 3") << pool << 3 << 9 << "sum(13, 14, 18, 19) = 64"
                                           << ""
                                           << "";
    Scene avg = gridScene(2, 2, { 1, 2, 3, 5 });
    avg.layer.op = SceneOp::AvgPool;
    avg.layer.kernel = { 2, 2, 2 };
    avg.layer.stride = { 2, 2, 2 };
    avg.layer.padding = Padding::explicitly({ 0, 0, 0 });
    QTest::newRow("avg pool") << avg << 0 << 9 << "avg(1, 2, 3, 5) = (1 + 2 + 3 + 5)/4 = 2.75"
                              << ""
                              << "";
}

void TestArithmetic::innerProduct()
{
    QFETCH(Scene, scene);
    QFETCH(int, step);
    QFETCH(int, maxTerms);
    QFETCH(QString, product);
    QFETCH(QString, bias);
    QFETCH(QString, activation);
    const PlaygroundState s = stateOf(scene);
    QVERIFY(s.activated);
    ArithmeticOptions options;
    options.maxTerms = maxTerms;
    const StepArithmetic a = stepArithmetic(s, step, 0, options);
    QVERIFY(a.valid);
    QCOMPARE(a.channels.size(), std::size_t { 1 });
    QCOMPARE(a.channels.front().text, product);
    QCOMPARE(a.sum, QString());
    QCOMPARE(a.bias, bias);
    QCOMPARE(a.activation, activation);
    QCOMPARE(a.activated, engineValue(s, step, 0));
}

void TestArithmetic::multiChannel()
{
    // Two channels of 2x2, one 2x2 kernel with two slices [1 2; 3 4] and [1 0; 0 1]:
    // c0: 1·1 + 2·2 + 3·3 + 4·4 = 30, c1: 1·5 + 0·6 + 0·7 + 1·8 = 13, Σ = 43.
    Scene scene = gridScene(2, 2, { 1, 2, 3, 4, 5, 6, 7, 8 }, 2);
    scene.layer.kernel = { 2, 2, 2 };
    scene.layer.stride = { 1, 1, 1 };
    scene.layer.padding = Padding::explicitly({ 0, 0, 0 });
    scene.layer.weights = { 1, 2, 3, 4, 1, 0, 0, 1 };
    const PlaygroundState s = stateOf(scene);
    const StepArithmetic a = stepArithmetic(s, 0, 0);
    QCOMPARE(a.channels.size(), std::size_t { 2 });
    QCOMPARE(a.channels[0].label, QStringLiteral("c0"));
    QCOMPARE(a.channels[0].text, QStringLiteral("u·x = 1·1 + 2·2 + 3·3 + 4·4 = 30"));
    QCOMPARE(a.channels[1].label, QStringLiteral("c1"));
    QCOMPARE(a.channels[1].text, QStringLiteral("u·x = 1·5 + 0·6 + 0·7 + 1·8 = 13"));
    QCOMPARE(a.sum, QStringLiteral("Σ = 30 + 13 = 43"));
    QCOMPARE(a.activated, engineValue(s, 0, 0));
}

void TestArithmetic::outputSize_data()
{
    QTest::addColumn<Scene>("scene");
    QTest::addColumn<QStringList>("lines");
    QTest::newRow("5x5 k3 s2 p1") << gridScene(5, 5)
                                  << QStringList {
                                         "height: floor((5 + 2·1 − 1·(3−1) − 1)/2) + 1 = 3",
                                         "width: floor((5 + 2·1 − 1·(3−1) − 1)/2) + 1 = 3"
                                     };
    Scene signal;
    signal.input.source = InputSource::Signal;
    signal.input.signalLength = 451;
    signal.layer.spatialDims = 1;
    signal.layer.kernel = { 3, 3, 3 };
    signal.layer.stride = { 2, 2, 2 };
    signal.layer.dilation = { 2, 2, 2 };
    signal.layer.padding = Padding::explicitly({ 1, 1, 1 });
    signal.layer.kernelPresets = { "box" };
    QTest::newRow("1-D 451 k3 s2 d2 p1")
        << signal << QStringList { "length: floor((451 + 2·1 − 2·(3−1) − 1)/2) + 1 = 225" };
    // 'same' with an even kernel pads 3 cells in all: 1 before, 2 after (PyTorch).
    Scene same = gridScene(5, 5);
    same.layer.kernel = { 4, 4, 4 };
    same.layer.stride = { 1, 1, 1 };
    same.layer.padding = Padding::same();
    same.layer.weights.clear();
    same.layer.kernelPresets = { "box" };
    QTest::newRow("same k4 asymmetric")
        << same
        << QStringList { "height: floor((5 + 1 + 2 − 1·(4−1) − 1)/1) + 1 = 5",
               "width: floor((5 + 1 + 2 − 1·(4−1) − 1)/1) + 1 = 5" };
    // Ceil mode: a height of 6 gives ceil(6/2) + 1 = 4 windows, the last starting at 6, inside
    // the padded input; a width of 5 gives ceil(5/2) + 1 = 4, but the last would start at 6, in
    // the right padding (past 5 + 1), so PyTorch drops it: 3.
    Scene ceil = gridScene(6, 5);
    ceil.layer.op = SceneOp::MaxPool;
    ceil.layer.kernel = { 2, 2, 2 };
    ceil.layer.stride = { 2, 2, 2 };
    ceil.layer.padding = Padding::explicitly({ 1, 1, 1 });
    ceil.layer.ceilMode = true;
    QTest::newRow("ceil-mode pooling")
        << ceil
        << QStringList { "height: ceil((6 + 2·1 − 1·(2−1) − 1)/2) + 1 = 4",
               "width: ceil((5 + 2·1 − 1·(2−1) − 1)/2) + 1 − 1 = 3" };
}

void TestArithmetic::outputSize()
{
    QFETCH(Scene, scene);
    QFETCH(QStringList, lines);
    QCOMPARE(outputSizeLines(stateOf(scene)), lines);
}

void TestArithmetic::parameters_data()
{
    QTest::addColumn<Scene>("scene");
    QTest::addColumn<QString>("line");
    Scene rgb = gridScene(5, 5, {}, 3);
    rgb.layer.outChannels = 16;
    rgb.layer.bias = true;
    rgb.layer.weights.clear();
    QTest::newRow("RGB to 16 with bias") << rgb << "parameters: 3·3·3·16 + 16 = 448";
    Scene grouped = gridScene(5, 5, {}, 4);
    grouped.layer.outChannels = 8;
    grouped.layer.groups = 2;
    grouped.layer.weights.clear();
    QTest::newRow("groups 2, no bias") << grouped << "parameters: 3·3·(4/2)·8 = 144";
    Scene pool = gridScene(5, 5);
    pool.layer.op = SceneOp::MaxPool;
    QTest::newRow("pooling") << pool << "parameters: none (pooling learns nothing)";
}

void TestArithmetic::parameters()
{
    QFETCH(Scene, scene);
    QFETCH(QString, line);
    QCOMPARE(parameterCountLine(stateOf(scene)), line);
}

void TestArithmetic::receptiveField_data()
{
    QTest::addColumn<Scene>("scene");
    QTest::addColumn<QString>("line");
    Scene dilated = gridScene(7, 7);
    dilated.layer.dilation = { 2, 2, 2 };
    QTest::newRow("k3 d2") << dilated << "receptive field 5×5: r = 2·(3−1) + 1 = 5";
    Scene mixed = gridScene(9, 9);
    mixed.layer.kernel = { 3, 5, 3 };
    mixed.layer.dilation = { 1, 2, 1 };
    mixed.layer.weights.clear();
    mixed.layer.kernelPresets = { "box" };
    QTest::newRow("k3x5 d1x2")
        << mixed << "receptive field 3×9: r = 1·(3−1) + 1 = 3 (height), 2·(5−1) + 1 = 9 (width)";
}

void TestArithmetic::receptiveField()
{
    QFETCH(Scene, scene);
    QFETCH(QString, line);
    QCOMPARE(receptiveFieldLine(stateOf(scene)), line);
}

QTEST_MAIN(TestArithmetic)
#include "tst_arithmetic.moc"
