// The sliding-window geometry the canvas animates, checked with no widget over a table of cases
// (STYLE.md). The 2-D presets are the figures of Dumoulin and Visin, "A guide to convolution
// arithmetic for deep learning" (2016, github.com/vdumoulin/conv_arithmetic).

#include "geometry.h"

#include <QTest>

#include <algorithm>

using namespace convscope;

Q_DECLARE_METATYPE(Dims)

namespace {

WindowConfig conv2d(int h, int w, Dims kernel, Dims stride = { 1, 1, 1 },
    Dims padding = { 0, 0, 0 }, Dims dilation = { 1, 1, 1 }, PaddingMode mode = PaddingMode::Zeros)
{
    ConvParams p;
    p.spatialDims = 2;
    p.kernel = kernel;
    p.stride = stride;
    p.padding = Padding::explicitly(padding);
    p.dilation = dilation;
    p.paddingMode = mode;
    auto c = convWindow({ 1, h, w }, p);
    if (!c)
        qFatal("%s", c.error().message.c_str());
    return *c;
}

WindowConfig conv1d(int length, int kernel, int stride, int padding, int dilation,
    PaddingMode mode = PaddingMode::Zeros)
{
    ConvParams p;
    p.spatialDims = 1;
    p.kernel = { kernel, 1, 1 };
    p.stride = { stride, 1, 1 };
    p.padding = Padding::explicitly({ padding, 0, 0 });
    p.dilation = { dilation, 1, 1 };
    p.paddingMode = mode;
    auto c = convWindow({ 1, length }, p);
    if (!c)
        qFatal("%s", c.error().message.c_str());
    return *c;
}

QString dimsText(const Dims& d)
{
    return QStringLiteral("(%1, %2, %3)").arg(d[0]).arg(d[1]).arg(d[2]);
}

} // namespace

class TestGeometry : public QObject {
    Q_OBJECT
private slots:
    void convArithmeticPresets_data()
    {
        QTest::addColumn<int>("input");
        QTest::addColumn<int>("kernel");
        QTest::addColumn<int>("stride");
        QTest::addColumn<int>("padding");
        QTest::addColumn<int>("dilation");
        QTest::addColumn<int>("output");
        QTest::newRow("no padding, no strides 4->2 k3") << 4 << 3 << 1 << 0 << 1 << 2;
        QTest::newRow("arbitrary padding 5->6 k4 p2") << 5 << 4 << 1 << 2 << 1 << 6;
        QTest::newRow("same padding 5->5 k3 p1") << 5 << 3 << 1 << 1 << 1 << 5;
        QTest::newRow("full padding 5->7 k3 p2") << 5 << 3 << 1 << 2 << 1 << 7;
        QTest::newRow("no padding, strides 5->2 k3 s2") << 5 << 3 << 2 << 0 << 1 << 2;
        QTest::newRow("padding, strides 5->3 k3 p1 s2") << 5 << 3 << 2 << 1 << 1 << 3;
        QTest::newRow("padding, strides (odd) 6->3 k3 p1 s2") << 6 << 3 << 2 << 1 << 1 << 3;
        QTest::newRow("dilation 7->3 k3 d2") << 7 << 3 << 1 << 0 << 2 << 3;
    }

    void convArithmeticPresets()
    {
        QFETCH(int, input);
        QFETCH(int, kernel);
        QFETCH(int, stride);
        QFETCH(int, padding);
        QFETCH(int, dilation);
        QFETCH(int, output);
        const auto c = conv2d(input, input, { kernel, kernel, 1 }, { stride, stride, 1 },
            { padding, padding, 0 }, { dilation, dilation, 1 });
        QCOMPARE(c.axis(0).output, output);
        QCOMPARE(c.axis(1).output, output);
        QCOMPARE(stepCount(c), output * output);

        // Every step: the window starts at stride * output index, its taps lie inside the padded
        // input, and stepForOutput inverts the raster order.
        int previous = -1;
        for (int s = 0; s < stepCount(c); ++s) {
            const auto g = windowAt(c, s);
            QCOMPARE(g.step, s);
            QCOMPARE(stepForOutput(c, g.outputIndex), s);
            QCOMPARE(g.origin[0], g.outputIndex[0] * stride);
            QCOMPARE(g.origin[1], g.outputIndex[1] * stride);
            QCOMPARE(int(g.taps.size()), kernel * kernel);
            QCOMPARE(int(g.skipped.size()),
                kernelExtent(kernel, dilation) * kernelExtent(kernel, dilation) - kernel * kernel);
            for (const auto& t : g.taps) {
                QVERIFY(!t.beyondPadding);
                QVERIFY(t.padded[0] >= 0 && t.padded[0] < input + 2 * padding);
                QCOMPARE(t.source.has_value(), !t.inPadding);
            }
            const int flat = g.outputIndex[0] * output + g.outputIndex[1];
            QCOMPARE(flat, previous + 1);
            previous = flat;
        }
        // The last window ends inside the padded input, within one stride of its end.
        const auto last = windowAt(c, stepCount(c) - 1);
        const int end = last.origin[1] + last.extent[1];
        QVERIFY(end <= input + 2 * padding);
        QVERIFY(end > input + 2 * padding - stride);
    }

    void specificWindows_data()
    {
        QTest::addColumn<int>("preset");
        QTest::addColumn<int>("step");
        QTest::addColumn<Dims>("outputIndex");
        QTest::addColumn<Dims>("origin");
        QTest::addColumn<int>("tapsInPadding");
        // preset: 0 = 4x4 k3, 1 = 5x5 k3 p2 (full), 2 = 5x5 k3 p1 s2, 3 = 6x6 k3 p1 s2
        QTest::newRow("no padding: first") << 0 << 0 << Dims { 0, 0, 0 } << Dims { 0, 0, 0 } << 0;
        QTest::newRow("no padding: last") << 0 << 3 << Dims { 1, 1, 0 } << Dims { 1, 1, 0 } << 0;
        QTest::newRow("full padding: first") << 1 << 0 << Dims { 0, 0, 0 } << Dims { 0, 0, 0 } << 8;
        QTest::newRow("full padding: middle")
            << 1 << 24 << Dims { 3, 3, 0 } << Dims { 3, 3, 0 } << 0;
        QTest::newRow("full padding: last") << 1 << 48 << Dims { 6, 6, 0 } << Dims { 6, 6, 0 } << 8;
        QTest::newRow("padding strides: first")
            << 2 << 0 << Dims { 0, 0, 0 } << Dims { 0, 0, 0 } << 5;
        QTest::newRow("padding strides: middle")
            << 2 << 4 << Dims { 1, 1, 0 } << Dims { 2, 2, 0 } << 0;
        QTest::newRow("padding strides: row 1 col 2")
            << 2 << 5 << Dims { 1, 2, 0 } << Dims { 2, 4, 0 } << 3;
        QTest::newRow("odd: last, never reaches the right padding")
            << 3 << 8 << Dims { 2, 2, 0 } << Dims { 4, 4, 0 } << 0;
    }

    void specificWindows()
    {
        QFETCH(int, preset);
        QFETCH(int, step);
        QFETCH(Dims, outputIndex);
        QFETCH(Dims, origin);
        QFETCH(int, tapsInPadding);
        const WindowConfig configs[] = {
            conv2d(4, 4, { 3, 3, 1 }),
            conv2d(5, 5, { 3, 3, 1 }, { 1, 1, 1 }, { 2, 2, 0 }),
            conv2d(5, 5, { 3, 3, 1 }, { 2, 2, 1 }, { 1, 1, 0 }),
            conv2d(6, 6, { 3, 3, 1 }, { 2, 2, 1 }, { 1, 1, 0 }),
        };
        const auto g = windowAt(configs[preset], step);
        QCOMPARE(dimsText(g.outputIndex), dimsText(outputIndex));
        QCOMPARE(dimsText(g.origin), dimsText(origin));
        QCOMPARE(dimsText(g.extent), dimsText({ 3, 3, 1 }));
        QCOMPARE(int(std::count_if(
                     g.taps.begin(), g.taps.end(), [](const Tap& t) { return t.inPadding; })),
            tapsInPadding);
        QVERIFY(g.skipped.empty());
    }

    void fullPaddingFirstWindow()
    {
        // 5x5, k3, p2, zero padding: the first window covers padded cells (0..2, 0..2), i.e. input
        // cells (-2..0, -2..0); only its bottom-right tap reads a real cell, input (0, 0).
        const auto g = windowAt(conv2d(5, 5, { 3, 3, 1 }, { 1, 1, 1 }, { 2, 2, 0 }), 0);
        QCOMPARE(int(g.taps.size()), 9);
        const Tap& corner = g.taps[0];
        QCOMPARE(dimsText(corner.kernelIndex), dimsText({ 0, 0, 0 }));
        QCOMPARE(dimsText(corner.input), dimsText({ -2, -2, 0 }));
        QVERIFY(corner.inPadding);
        QVERIFY(!corner.source);
        const Tap& inside = g.taps[8];
        QCOMPARE(dimsText(inside.kernelIndex), dimsText({ 2, 2, 0 }));
        QCOMPARE(dimsText(inside.padded), dimsText({ 2, 2, 0 }));
        QCOMPARE(dimsText(inside.input), dimsText({ 0, 0, 0 }));
        QVERIFY(!inside.inPadding);
        QCOMPARE(dimsText(*inside.source), dimsText({ 0, 0, 0 }));
        QCOMPARE(inputBoxOf(conv2d(5, 5, { 3, 3, 1 }, { 1, 1, 1 }, { 2, 2, 0 }), 0),
            (Box { { 0, 0, 0 }, { 1, 1, 1 } }));
    }

    void dilatedTapsAndSkippedCells()
    {
        // 7x7, k3, d2 (conv_arithmetic's dilation figure): extent 2*(3-1)+1 = 5. Step 4 is the
        // centre output (1, 1); its window starts at (1, 1) and its taps sit at rows and columns
        // 1, 3, 5. The 5x5 extent holds 25 cells, 9 taps, so 16 are skipped, the first being (1,
        // 2).
        const auto c = conv2d(7, 7, { 3, 3, 1 }, { 1, 1, 1 }, { 0, 0, 0 }, { 2, 2, 1 });
        QCOMPARE(stepCount(c), 9);
        const auto g = windowAt(c, 4);
        QCOMPARE(dimsText(g.outputIndex), dimsText({ 1, 1, 0 }));
        QCOMPARE(dimsText(g.origin), dimsText({ 1, 1, 0 }));
        QCOMPARE(dimsText(g.extent), dimsText({ 5, 5, 1 }));
        const Dims expectedTaps[] = { { 1, 1, 0 }, { 1, 3, 0 }, { 1, 5, 0 }, { 3, 1, 0 },
            { 3, 3, 0 }, { 3, 5, 0 }, { 5, 1, 0 }, { 5, 3, 0 }, { 5, 5, 0 } };
        QCOMPARE(int(g.taps.size()), 9);
        for (int i = 0; i < 9; ++i) {
            QCOMPARE(dimsText(g.taps[std::size_t(i)].padded), dimsText(expectedTaps[i]));
            QCOMPARE(dimsText(g.taps[std::size_t(i)].kernelIndex), dimsText({ i / 3, i % 3, 0 }));
        }
        QCOMPARE(int(g.skipped.size()), 16);
        QCOMPARE(dimsText(g.skipped.front()), dimsText({ 1, 2, 0 }));
        QCOMPARE(dimsText(g.skipped.back()), dimsText({ 5, 4, 0 }));
        for (const Dims& cell : g.skipped) {
            QVERIFY(cell[0] >= 1 && cell[0] <= 5 && cell[1] >= 1 && cell[1] <= 5);
            QVERIFY((cell[0] - 1) % 2 == 1 || (cell[1] - 1) % 2 == 1);
        }
        QVERIFY(std::find(g.skipped.begin(), g.skipped.end(), Dims { 2, 2, 0 }) != g.skipped.end());
    }

    void paddingSources_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<int>("step");
        QTest::addColumn<QList<int>>("inputs");
        QTest::addColumn<QList<int>>("sources"); // -1: no source (a constant)
        // 1-D, length 5 (cells 0..4), k3, p2: 7 outputs; padded cells -2, -1 and 5, 6.
        const int zeros = int(PaddingMode::Zeros), reflect = int(PaddingMode::Reflect),
                  replicate = int(PaddingMode::Replicate), circular = int(PaddingMode::Circular);
        QTest::newRow("zeros, first") << zeros << 0 << QList { -2, -1, 0 } << QList { -1, -1, 0 };
        QTest::newRow("reflect, first") << reflect << 0 << QList { -2, -1, 0 } << QList { 2, 1, 0 };
        QTest::newRow("replicate, first")
            << replicate << 0 << QList { -2, -1, 0 } << QList { 0, 0, 0 };
        QTest::newRow("circular, first")
            << circular << 0 << QList { -2, -1, 0 } << QList { 3, 4, 0 };
        QTest::newRow("reflect, last") << reflect << 6 << QList { 4, 5, 6 } << QList { 4, 3, 2 };
        QTest::newRow("replicate, last")
            << replicate << 6 << QList { 4, 5, 6 } << QList { 4, 4, 4 };
        QTest::newRow("circular, last") << circular << 6 << QList { 4, 5, 6 } << QList { 4, 0, 1 };
        QTest::newRow("reflect, middle") << reflect << 3 << QList { 1, 2, 3 } << QList { 1, 2, 3 };
    }

    void paddingSources()
    {
        QFETCH(int, mode);
        QFETCH(int, step);
        QFETCH(QList<int>, inputs);
        QFETCH(QList<int>, sources);
        const auto c = conv1d(5, 3, 1, 2, 1, PaddingMode(mode));
        QCOMPARE(stepCount(c), 7);
        const auto g = windowAt(c, step);
        QCOMPARE(int(g.taps.size()), 3);
        for (int i = 0; i < 3; ++i) {
            const Tap& t = g.taps[std::size_t(i)];
            QCOMPARE(t.input[0], inputs[i]);
            QCOMPARE(t.inPadding, inputs[i] < 0 || inputs[i] > 4);
            QCOMPARE(t.source ? (*t.source)[0] : -1, sources[i]);
        }
    }

    void paddingSources2d()
    {
        // 4x4, k3, p1: the first window's top-left tap is the padded corner, input (-1, -1).
        const int expected[][2] = { { 1, 1 }, { 0, 0 }, { 3, 3 } };
        const PaddingMode modes[]
            = { PaddingMode::Reflect, PaddingMode::Replicate, PaddingMode::Circular };
        for (int m = 0; m < 3; ++m) {
            const auto g = windowAt(
                conv2d(4, 4, { 3, 3, 1 }, { 1, 1, 1 }, { 1, 1, 0 }, { 1, 1, 1 }, modes[m]), 0);
            const Tap& corner = g.taps[0];
            QCOMPARE(dimsText(corner.input), dimsText({ -1, -1, 0 }));
            QVERIFY(corner.source);
            QCOMPARE(dimsText(*corner.source), dimsText({ expected[m][0], expected[m][1], 0 }));
            // The top-middle tap (input (-1, 0)) copies along the height only.
            QCOMPARE((*g.taps[1].source)[1], 0);
        }
    }

    void lectureExample()
    {
        // The lecture's 5x7 input, kernel 3x1, stride 2: height floor((5-3)/2)+1 = 2,
        // width floor((7-1)/2)+1 = 4, so 2x4 = 8 steps. Step 5 is output (1, 1): rows 2..4 of
        // column 2.
        const auto c = conv2d(5, 7, { 3, 1, 1 }, { 2, 2, 1 });
        QCOMPARE(c.axis(0).output, 2);
        QCOMPARE(c.axis(1).output, 4);
        QCOMPARE(stepCount(c), 8);
        const auto g = windowAt(c, 5);
        QCOMPARE(dimsText(g.outputIndex), dimsText({ 1, 1, 0 }));
        QCOMPARE(dimsText(g.origin), dimsText({ 2, 2, 0 }));
        QCOMPARE(dimsText(g.extent), dimsText({ 3, 1, 1 }));
        QCOMPARE(int(g.taps.size()), 3);
        QCOMPARE(dimsText(g.taps[0].padded), dimsText({ 2, 2, 0 }));
        QCOMPARE(dimsText(g.taps[2].padded), dimsText({ 4, 2, 0 }));
        const auto last = windowAt(c, 7);
        QCOMPARE(dimsText(last.origin), dimsText({ 2, 6, 0 }));
    }

    void oneDimensional()
    {
        // Length 10, k3, s3: floor((10-3)/3)+1 = 3 windows at 0, 3, 6; cell 9 is never read.
        const auto c = conv1d(10, 3, 3, 0, 1);
        QCOMPARE(stepCount(c), 3);
        const auto g = windowAt(c, 2);
        QCOMPARE(g.origin[0], 6);
        QCOMPARE(g.extent[0], 3);
        QCOMPARE(g.taps.back().input[0], 8);
        QVERIFY(stepsReading(c, { 9, 0, 0 }).empty());
        QCOMPARE(stepsReading(c, { 3, 0, 0 }), std::vector<int> { 1 });

        // Dilated 1-D: length 9, k3, d3, extent 7; taps 0, 3, 6 and skipped 1, 2, 4, 5.
        const auto d = windowAt(conv1d(9, 3, 1, 0, 3), 0);
        QCOMPARE(int(d.skipped.size()), 4);
        QCOMPARE(d.skipped[2][0], 4);
    }

    void outOfRangeStepsClamp()
    {
        const auto c = conv2d(4, 4, { 3, 3, 1 });
        QCOMPARE(windowAt(c, -5).step, 0);
        QCOMPARE(windowAt(c, 100).step, 3);
        QCOMPARE(dimsText(windowAt(c, 100).outputIndex), dimsText({ 1, 1, 0 }));
        QCOMPARE(stepForOutput(c, { 2, 0, 0 }), -1);
        QCOMPARE(stepForOutput(c, { 0, -1, 0 }), -1);
        QCOMPARE(stepForOutput(c, { 1, 0, 0 }), 2);
    }

    void ceilModePoolingRunsPastPadding()
    {
        // Max pooling, length 5, k2, s2, ceil_mode: 3 windows; the last starts at 4 and its
        // second tap (5) lies beyond the input: PyTorch ignores it.
        PoolParams p;
        p.spatialDims = 1;
        p.kernel = { 2, 1, 1 };
        p.stride = { 2, 1, 1 };
        p.ceilMode = true;
        auto c = poolWindow({ 1, 5 }, p);
        QVERIFY(c.ok());
        QCOMPARE(stepCount(*c), 3);
        const auto g = windowAt(*c, 2);
        QVERIFY(!g.taps[0].inPadding);
        QVERIFY(g.taps[1].inPadding);
        QVERIFY(g.taps[1].beyondPadding);
        QVERIFY(!g.taps[1].source);
    }

    void stepsReadingAnInputCell()
    {
        const auto c = conv2d(4, 4, { 3, 3, 1 });
        QCOMPARE(stepsReading(c, { 1, 1, 0 }), (std::vector<int> { 0, 1, 2, 3 }));
        QCOMPARE(stepsReading(c, { 0, 3, 0 }), std::vector<int> { 1 });
        QVERIFY(stepsReading(c, { 4, 0, 0 }).empty());
        // Circular padding, length 5, k3, p1: cell 0 is read directly by outputs 0 and 1, and by
        // output 4 through the wrapped-around cell 5.
        QCOMPARE(stepsReading(conv1d(5, 3, 1, 1, 1, PaddingMode::Circular), { 0, 0, 0 }),
            (std::vector<int> { 0, 1, 4 }));
        QCOMPARE(stepsReading(conv1d(5, 3, 1, 1, 1, PaddingMode::Zeros), { 0, 0, 0 }),
            (std::vector<int> { 0, 1 }));
    }

    void invalidConfigurationIsAnError()
    {
        ConvParams p;
        p.kernel = { 5, 5, 1 };
        auto c = convWindow({ 1, 3, 3 }, p);
        QVERIFY(!c.ok());
        QVERIFY(c.error().message.find("larger than the padded input") != std::string::npos);
        QCOMPARE(
            stepCount(WindowConfig { 2, { Axis { 3, 5, 1, 1, 0, 0, 0 }, Axis {}, Axis {} } }), 0);
    }
};

QTEST_APPLESS_MAIN(TestGeometry)
#include "tst_geometry.moc"
