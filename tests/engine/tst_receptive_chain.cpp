// The chain of windows that feed one output cell (receptiveChain): hand-worked regions, a walk
// backwards through the layers' own kernels as a reference, and the refusals.

#include "network.h"
#include "presets.h"
#include "receptive_chain.h"

#include <QTest>

#include <variant>

using namespace convscope;

using Chain = std::vector<std::vector<Interval>>;
Q_DECLARE_METATYPE(Network)
Q_DECLARE_METATYPE(Chain)
Q_DECLARE_METATYPE(std::vector<int>)

namespace {

Chain square(const std::vector<Interval>& links)
{
    Chain chain;
    for (const Interval& v : links)
        chain.push_back({ v, v });
    return chain;
}

QString describe(const Chain& chain)
{
    QStringList links;
    for (const auto& region : chain) {
        QStringList dims;
        for (const Interval& v : region)
            dims << QStringLiteral("%1..%2").arg(v.first).arg(v.last);
        links << dims.join(QLatin1Char(','));
    }
    return links.join(QStringLiteral(" | "));
}

// The reference: walk back from the cell one layer at a time with the layer's own kernel, stride,
// dilation and explicit padding (a window over [a, b] of the output reads the input cells
// a*s - p .. b*s - p + extent - 1).
Chain walkBack(const Network& net, int layer, const std::vector<int>& position)
{
    std::vector<Interval> region;
    for (int p : position)
        region.push_back({ p, p });
    Chain reversed { region };
    for (int l = layer; l >= 0; --l) {
        const LayerConfig& config = net.layers[static_cast<std::size_t>(l)].config;
        for (std::size_t i = 0; i < region.size(); ++i) {
            int k = 1, s = 1, d = 1, p = 0;
            if (const auto* conv = std::get_if<ConvLayer>(&config)) {
                k = conv->params.kernel[i];
                s = conv->params.stride[i];
                d = conv->params.dilation[i];
                p = conv->params.padding.values[i];
            } else if (const auto* pool = std::get_if<PoolLayer>(&config)) {
                k = pool->params.kernel[i];
                s = pool->params.stride[i];
                d = pool->params.dilation[i];
                p = pool->params.padding[i];
            }
            const int extent = d * (k - 1) + 1;
            region[i] = { region[i].first * s - p, region[i].last * s - p + extent - 1 };
        }
        reversed.push_back(region);
    }
    return Chain(reversed.rbegin(), reversed.rend());
}

} // namespace

class TestReceptiveChain : public QObject {
    Q_OBJECT

private slots:
    void handWorked_data()
    {
        QTest::addColumn<Network>("net");
        QTest::addColumn<int>("layer");
        QTest::addColumn<std::vector<int>>("position");
        QTest::addColumn<Chain>("chain");

        // Two 3x3 convolutions, stride 1, no padding, with a ReLU between them, on 7x7: cell
        // (1, 1) of c2 reads c1 (and the ReLU's output) at 1..3, which read the input at 1..5 —
        // the lecture's "two stacked 3x3 see 5".
        const Network two { "", 1, { 7, 7 },
            { convLayer("c1", 1, 3), activationLayer(Activation::Relu, "r1"), convLayer("c2", 1, 3) },
            "" };
        QTest::newRow("two 3x3, c2 (1,1)") << two << 2 << std::vector<int> { 1, 1 }
                                           << square({ { 1, 5 }, { 1, 3 }, { 1, 3 }, { 1, 1 } });
        QTest::newRow("two 3x3, c1 (4,4)")
            << two << 0 << std::vector<int> { 4, 4 } << square({ { 4, 6 }, { 4, 4 } });

        // The lecture's stride-2 example: 3x3 stride 2, then 3x3. Cell (3, 5) of c2 reads c1 rows
        // 3..5 and columns 5..7; c1 row 3 reads input rows 6..8 and row 5 reads 10..12, so the
        // input region is rows 6..12 (7 = 3 + (3 - 1) * 2) and columns 10..16.
        const Network stride2 = loadPreset("rf_stride2_then_3x3").value();
        QTest::newRow("stride 2 then 3x3, c2 (3,5)")
            << stride2 << 1 << std::vector<int> { 3, 5 }
            << Chain { { { 6, 12 }, { 10, 16 } }, { { 3, 5 }, { 5, 7 } }, { { 3, 3 }, { 5, 5 } } };

        // Padding: two 3x3 with padding 1 on 5x5; the corner cell reaches two cells into the
        // padding of the input and one into c1's.
        const Network padded { "", 1, { 5, 5 }, { convLayer("c1", 1, 3, 1, 1), convLayer("c2", 1, 3, 1, 1) },
            "" };
        QTest::newRow("two 3x3 pad 1, corner (0,4)")
            << padded << 1 << std::vector<int> { 0, 4 }
            << Chain { { { -2, 2 }, { 2, 6 } }, { { -1, 1 }, { 3, 5 } }, { { 0, 0 }, { 4, 4 } } };

        // 1-d: kernel 3 dilation 4 (extent 9) padding 4, then a stride-2 pool of 2. Pool cell 4
        // reads conv cells 8..9, which read input 8-4 .. 9-4+8 = 4..13.
        const Network oneD { "", 1, { 20 },
            { convLayer("c", 1, 3, 1, 4, 4, 1, 1), poolLayer("p", PoolType::Max, 2, 2, 0, 1) }, "" };
        QTest::newRow("1-d dilated then pool (4)")
            << oneD << 1 << std::vector<int> { 4 } << Chain { { { 4, 13 } }, { { 8, 9 } }, { { 4, 4 } } };
    }

    void handWorked()
    {
        QFETCH(Network, net);
        QFETCH(int, layer);
        QFETCH(std::vector<int>, position);
        QFETCH(Chain, chain);
        auto summary = summarize(net);
        QVERIFY2(summary.ok(), summary ? "" : summary.error().message.c_str());
        auto got = receptiveChain(*summary, layer, position);
        QVERIFY2(got.ok(), got ? "" : got.error().message.c_str());
        QVERIFY2(*got == chain, qPrintable(describe(*got) + QStringLiteral("  expected  ") + describe(chain)));
        QVERIFY(got->front() == receptiveRegion(*summary, layer, position).value());
        QVERIFY(walkBack(net, layer, position) == chain);
    }

    void vgg16Pool5()
    {
        const Network vgg = loadPreset("vgg16").value();
        auto summary = summarize(vgg);
        QVERIFY(summary.ok());
        int pool5 = -1, pool4 = -1;
        for (const LayerSummary& l : summary->layers) {
            if (l.name == "pool5")
                pool5 = l.index;
            if (l.name == "pool4")
                pool4 = l.index;
        }
        QVERIFY(pool5 > 0 && pool4 > 0);
        auto chain = receptiveChain(*summary, pool5, { 0, 0 });
        QVERIFY2(chain.ok(), chain ? "" : chain.error().message.c_str());
        QCOMPARE(static_cast<int>(chain->size()), pool5 + 2);
        // Araujo et al. (Distill 2019): r = 212, P = 90 at pool5.
        QVERIFY((chain->front() == std::vector<Interval> { { -90, 121 }, { -90, 121 } }));
        // By hand, backwards: pool5 cell 0 <- conv5_3 0..1 <- conv5_2 -1..2 <- conv5_1 -2..3
        // <- pool4 -3..4 (three 3x3 pad 1 convolutions after a 2x2 stride-2 pool).
        const std::vector<Interval> atPool4 = (*chain)[static_cast<std::size_t>(pool4) + 1];
        QVERIFY((atPool4 == std::vector<Interval> { { -3, 4 }, { -3, 4 } }));
        // Every link against the walk through the layers' own kernels, at a central cell too.
        QVERIFY(walkBack(vgg, pool5, { 0, 0 }) == *chain);
        auto central = receptiveChain(*summary, pool5, { 3, 4 });
        QVERIFY(central.ok());
        QVERIFY2(walkBack(vgg, pool5, { 3, 4 }) == *central, qPrintable(describe(*central)));
        QCOMPARE(central->front()[1].last - central->front()[1].first + 1, qint64(212));
    }

    void refusals_data()
    {
        QTest::addColumn<int>("layer");
        QTest::addColumn<std::vector<int>>("position");
        QTest::addColumn<QString>("message");
        QTest::newRow("after flatten") << 7 << std::vector<int> {}
                                       << QStringLiteral("layer 7 (f5): the output is a flat vector, "
                                                         "so every value sees the whole input");
        QTest::newRow("no such layer") << 40 << std::vector<int> { 0, 0 }
                                       << QStringLiteral("layer 40 does not exist: the network has 12 layers");
        QTest::newRow("outside the output")
            << 0 << std::vector<int> { 0, 28 }
            << QStringLiteral("layer 0 (c1): position 28 (width) is outside the output of size 28");
        QTest::newRow("wrong length")
            << 0 << std::vector<int> { 1 }
            << QStringLiteral("layer 0 (c1): the position has 1 coordinates but the layer has 2 spatial dimensions");
    }

    void refusals()
    {
        QFETCH(int, layer);
        QFETCH(std::vector<int>, position);
        QFETCH(QString, message);
        auto summary = summarize(loadPreset("lenet5").value());
        QVERIFY(summary.ok());
        auto chain = receptiveChain(*summary, layer, position);
        QVERIFY(!chain.ok());
        QCOMPARE(QString::fromStdString(chain.error().message), message);
    }
};

QTEST_APPLESS_MAIN(TestReceptiveChain)
#include "tst_receptive_chain.moc"
