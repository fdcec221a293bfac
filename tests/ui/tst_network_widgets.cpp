// The Network view's pure view widgets: the feature-map gallery (channel counts, a click on a
// known cell reports that cell), the receptive-field view's caption for known regions, the
// receptive-field chart (one bar per conv/pool layer) and the lecture's parameter arguments.
//
// With CONVSCOPE_WIDGET_SHOTS=DIR each widget is also saved as DIR/<name>.png at a realistic
// size (VGG-16's first block on the cat), to look at.

#include "cvqt.h"
#include "image_io.h"
#include "network.h"
#include "presets.h"
#include "receptive_chain.h"
#include "network/feature_map_gallery.h"
#include "network/filter_bank_view.h"
#include "network/image_rf_view.h"
#include "network/parameter_arguments.h"
#include "network/rf_chart.h"
#include "network/rf_comparison.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTest>

#include <cstdlib>

using namespace convscope;
using namespace convscope::ui;

Q_DECLARE_METATYPE(std::vector<int>)

namespace {

// (C, *spatial) filled with value(c, i) for the flat index i within the channel.
Tensor filled(std::vector<int> shape, float (*value)(int, std::int64_t))
{
    Tensor t(std::move(shape));
    for (int c = 0; c < (t.ndim() > 1 ? t.channels() : 1); ++c)
        for (std::int64_t i = 0; i < (t.ndim() > 1 ? t.planeSize() : t.numel()); ++i)
            t[c * (t.ndim() > 1 ? t.planeSize() : 0) + i] = value(c, i);
    return t;
}

int layerIndex(const Summary& s, const std::string& name)
{
    for (const LayerSummary& l : s.layers)
        if (l.name == name)
            return l.index;
    return -1;
}

QString shotsDir()
{
    return qEnvironmentVariable("CONVSCOPE_WIDGET_SHOTS");
}

void shoot(QWidget& w, const QString& name)
{
    if (shotsDir().isEmpty())
        return;
    QTest::qWait(300);
    QVERIFY(w.grab().save(shotsDir() + QLatin1Char('/') + name + QStringLiteral(".png")));
}

} // namespace

class TestNetworkWidgets : public QObject {
    Q_OBJECT

private slots:
    void galleryShowsEveryChannelAndReportsClicks()
    {
        FeatureMapGallery gallery;
        gallery.resize(800, 500);
        gallery.show();
        QSignalSpy ready(&gallery, &FeatureMapGallery::picturesReady);
        qsizetype readyBefore = 0; // pictures may arrive before a wait starts
        QSignalSpy selected(&gallery, &FeatureMapGallery::layerSelected);
        QSignalSpy clicked(&gallery, &FeatureMapGallery::cellClicked);
        auto outputs = std::make_shared<std::vector<Tensor>>();
        outputs->push_back(filled({ 3, 8, 10 }, [](int c, std::int64_t i) { return float(c + i % 7); }));
        outputs->push_back(filled({ 5, 4, 6 }, [](int c, std::int64_t i) { return float(i) - 12.0f + c; }));
        outputs->push_back(filled({ 2, 30 }, [](int c, std::int64_t i) { return float(c) * std::sin(0.3f * i); }));
        outputs->push_back(filled({ 20 }, [](int, std::int64_t i) { return float(i) - 10.0f; }));
        gallery.setOutputs({ "conv1", "conv2", "conv1d", "fc" }, outputs);
        QCOMPARE(selected.count(), 1); // the first layer is shown at first
        QTRY_VERIFY_WITH_TIMEOUT(ready.count() > readyBefore, 60000);
        readyBefore = ready.count();
        QCOMPARE(gallery.layerCount(), 4);
        QCOMPARE(gallery.selectedLayer(), 0);
        QCOMPARE(gallery.channelCount(), 3);
        QVERIFY(gallery.rangeText().contains(QStringLiteral("black 0"))); // non-negative: grey

        gallery.selectLayer(1);
        QCOMPARE(selected.count(), 2);
        QCOMPARE(selected.last().at(0).toInt(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(ready.count() > readyBefore, 60000);
        readyBefore = ready.count();
        QCOMPARE(gallery.channelCount(), 5);
        QVERIFY2(gallery.rangeText().contains(QStringLiteral("blue")), qPrintable(gallery.rangeText())); // signed

        // A click in the middle of cell (row 1, col 3) of channel 2.
        const QRectF cell = gallery.cellRect(2, { 1, 3 });
        QVERIFY(!cell.isEmpty());
        QTest::mouseClick(gallery.canvas(), Qt::LeftButton, {}, cell.center().toPoint());
        QCOMPARE(clicked.count(), 1);
        QCOMPARE(clicked.last().at(0).toInt(), 1);
        QCOMPARE(clicked.last().at(1).toInt(), 2);
        QCOMPARE(clicked.last().at(2).value<std::vector<int>>(), (std::vector<int> { 1, 3 }));
        // The last cell of the last channel, at its bottom-right corner.
        const QRectF corner = gallery.cellRect(4, { 3, 5 });
        QTest::mouseClick(gallery.canvas(), Qt::LeftButton, {}, (corner.bottomRight() - QPointF(1, 1)).toPoint());
        QCOMPARE(clicked.last().at(1).toInt(), 4);
        QCOMPARE(clicked.last().at(2).value<std::vector<int>>(), (std::vector<int> { 3, 5 }));

        // Zooming in makes the cells larger; per-channel scales label each map.
        const double cellWidth = cell.width();
        gallery.setZoom(gallery.zoom() * 2);
        QCOMPARE(gallery.cellRect(2, { 1, 3 }).width(), 2 * cellWidth);
        gallery.setScale(FeatureMapGallery::Scale::PerChannel);
        QTRY_VERIFY_WITH_TIMEOUT(ready.count() > readyBefore, 60000);
        readyBefore = ready.count();
        QVERIFY(gallery.rangeText().contains(QStringLiteral("beside each map")));

        // 1-d maps: a click gives the index along the signal.
        gallery.selectLayer(2);
        QTRY_VERIFY_WITH_TIMEOUT(ready.count() > readyBefore, 60000);
        readyBefore = ready.count();
        QCOMPARE(gallery.channelCount(), 2);
        QTest::mouseClick(gallery.canvas(), Qt::LeftButton, {}, gallery.cellRect(1, { 17 }).center().toPoint());
        QCOMPARE(clicked.last().at(0).toInt(), 2);
        QCOMPARE(clicked.last().at(1).toInt(), 1);
        QCOMPARE(clicked.last().at(2).value<std::vector<int>>(), (std::vector<int> { 17 }));

        // A flat vector is one strip.
        gallery.selectLayer(3);
        QTRY_VERIFY_WITH_TIMEOUT(ready.count() > readyBefore, 60000);
        readyBefore = ready.count();
        QCOMPARE(gallery.channelCount(), 1);

        gallery.clear(QStringLiteral("computing…"));
        QCOMPARE(gallery.layerCount(), 0);
        QCOMPARE(gallery.channelCount(), 0);
    }

    void galleryOnTheCat()
    {
        // VGG-16's first block on the 451x300 cat: 64 channels of 300x451.
        auto image = loadImage(CONVSCOPE_SOURCE_DIR "/resources/images/chelsea.png");
        QVERIFY2(image.ok(), image ? "" : image.error().message.c_str());
        Network net = loadPreset("vgg16").value();
        net.layers.resize(5); // conv1_1 relu conv1_2 relu pool1
        net.inputSize = { image->dim(1), image->dim(2) };
        auto outputs = forward(net, *image);
        QVERIFY2(outputs.ok(), outputs ? "" : outputs.error().message.c_str());
        auto summary = summarize(net);
        QVERIFY(summary.ok());
        QStringList names;
        for (const LayerSummary& l : summary->layers)
            names << QString::fromStdString(l.name);

        FeatureMapGallery gallery;
        gallery.resize(1000, 640);
        gallery.show();
        QSignalSpy ready(&gallery, &FeatureMapGallery::picturesReady);
        qsizetype readyBefore = 0; // pictures may arrive before a wait starts
        gallery.setOutputs(names, std::make_shared<const std::vector<Tensor>>(std::move(*outputs)));
        QTRY_VERIFY_WITH_TIMEOUT(ready.count() > readyBefore, 60000);
        readyBefore = ready.count();
        QCOMPARE(gallery.channelCount(), 64);
        // A click on pool1 and the windows that feed it, as the Network view wires it.
        gallery.selectLayer(1);
        QTRY_VERIFY_WITH_TIMEOUT(ready.count() > readyBefore, 60000);
        readyBefore = ready.count();
        auto chain = receptiveChain(*summary, 4, { 40, 60 });
        QVERIFY(chain.ok());
        gallery.setReceptiveChain(4, *chain);
        shoot(gallery, QStringLiteral("gallery_vgg16_relu1_1"));
        gallery.setScale(FeatureMapGallery::Scale::PerChannel);
        QTRY_VERIFY_WITH_TIMEOUT(ready.count() > readyBefore, 60000);
        readyBefore = ready.count();
        shoot(gallery, QStringLiteral("gallery_vgg16_relu1_1_per_channel"));
        gallery.selectLayer(0);
        QTRY_VERIFY_WITH_TIMEOUT(ready.count() > readyBefore, 60000);
        readyBefore = ready.count();
        shoot(gallery, QStringLiteral("gallery_vgg16_conv1_1"));
        gallery.resize(480, 760); // as narrow as a side pane
        shoot(gallery, QStringLiteral("gallery_narrow"));

        ImageRfView view;
        view.resize(900, 520);
        view.show();
        view.setImage(tensorToImage(*image));
        QVERIFY(view.setReceptiveField(*summary, 4, { 0, 60 }));
        QCOMPARE(view.labelText(), QStringLiteral("layer pool1, cell (0, 60): input rows -2..3, cols 118..123 (6x6)"));
        shoot(view, QStringLiteral("rf_view_pool1"));
    }

    void rfViewCaption_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<QString>("layer");
        QTest::addColumn<std::vector<int>>("position");
        QTest::addColumn<QString>("label");
        // VGG-16 pool5: r = 212, S = 32, P = 90; cell (3, 4): rows 3*32-90 = 6 .. 6+211 = 217,
        // cols 4*32-90 = 38 .. 249.
        QTest::newRow("vgg16 pool5 (3,4)") << "vgg16" << "pool5" << std::vector<int> { 3, 4 }
                                           << "layer pool5, cell (3, 4): input rows 6..217, cols 38..249 (212x212)";
        QTest::newRow("stride 2 then 3x3 (3,5)")
            << "rf_stride2_then_3x3" << "c2" << std::vector<int> { 3, 5 }
            << "layer c2, cell (3, 5): input rows 6..12, cols 10..16 (7x7)";
        QTest::newRow("lenet flat layer refused") << "lenet5" << "f5" << std::vector<int> {}
                                                  << "layer 7 (f5): the output is a flat vector, so every "
                                                     "value sees the whole input";
    }

    void rfViewCaption()
    {
        QFETCH(QString, preset);
        QFETCH(QString, layer);
        QFETCH(std::vector<int>, position);
        QFETCH(QString, label);
        auto summary = summarize(loadPreset(preset.toStdString()).value());
        QVERIFY(summary.ok());
        const int index = layerIndex(*summary, layer.toStdString());
        QVERIFY(index >= 0);
        ImageRfView view;
        view.resize(800, 500);
        QImage picture(summary->inputSize[1], summary->inputSize[0], QImage::Format_RGB32);
        picture.fill(Qt::darkGreen);
        view.setImage(picture);
        const bool shown = view.setReceptiveField(*summary, index, position);
        QCOMPARE(view.labelText(), label);
        QCOMPARE(shown, !label.contains(QStringLiteral("flat vector")));
        QCOMPARE(view.region().empty(), !shown);
        if (preset == QStringLiteral("vgg16")) {
            view.setHoverSize(QStringLiteral("conv3_3"), { 40, 40 });
            view.show();
            shoot(view, QStringLiteral("rf_view_vgg16_pool5"));
        }
    }

    void rfViewOneDimensional()
    {
        const Network oneD { "", 1, { 20 },
            { convLayer("c", 1, 3, 1, 4, 4, 1, 1), poolLayer("p", PoolType::Max, 2, 2, 0, 1) }, "" };
        auto summary = summarize(oneD);
        QVERIFY(summary.ok());
        ImageRfView view;
        view.resize(800, 300);
        view.setInputSize({ 20 });
        QVERIFY(view.setReceptiveField(*summary, 1, { 4 }));
        QCOMPARE(view.labelText(), QStringLiteral("layer p, cell (4): input 4..13 (10)"));
        view.show();
        shoot(view, QStringLiteral("rf_view_1d"));
    }

    void chartHasOneBarPerConvAndPoolLayer()
    {
        auto vgg = summarize(loadPreset("vgg16").value());
        QVERIFY(vgg.ok());
        RfChart chart;
        chart.resize(900, 700);
        chart.setSummary(*vgg);
        // 13 convolutions, 5 max-pools and the (adaptive, here 1x1) average pool; no ReLUs.
        QCOMPARE(chart.pointCount(), 19);
        QCOMPARE(chart.categories().front(), QStringLiteral("conv1_1"));
        QCOMPARE(chart.categories()[17], QStringLiteral("pool5"));
        const std::vector<std::int64_t> r = chart.values();
        QCOMPARE(r.size(), std::size_t { 19 });
        QCOMPARE(r.front(), qint64(3));
        QCOMPARE(r[1], qint64(5)); // two stacked 3x3
        QCOMPARE(r[17], qint64(212));
        chart.show();
        shoot(chart, QStringLiteral("rf_chart_vgg16"));

        // LeNet-5: the layers after the flatten have no receptive field and are left out.
        auto lenet = summarize(loadPreset("lenet5").value());
        QVERIFY(lenet.ok());
        chart.setSummary(*lenet);
        QCOMPARE(chart.pointCount(), 4);
    }

    void lectureComparison()
    {
        RfComparison comparison;
        comparison.resize(800, 500);
        comparison.setChannels(64);
        const QStringList t = comparison.texts();
        QCOMPARE(t.size(), 6);
        QVERIFY2(t[0].contains(QStringLiteral("r = 5")) && t[0].contains(QStringLiteral("25·64² = <b>102,400</b>")), qPrintable(t[0]));
        QVERIFY2(t[1].contains(QStringLiteral("r = 5")) && t[1].contains(QStringLiteral("18·64² = <b>73,728</b>")), qPrintable(t[1]));
        QVERIFY2(t[3].contains(QStringLiteral("r = 7")) && t[3].contains(QStringLiteral("49·64² = <b>200,704</b>")), qPrintable(t[3]));
        QVERIFY2(t[4].contains(QStringLiteral("r = 7")) && t[4].contains(QStringLiteral("27·64² = <b>110,592</b>")), qPrintable(t[4]));
        QCOMPARE(kernelStack(3, 3, 10).weights, qint64(27 * 100));
        comparison.show();
        shoot(comparison, QStringLiteral("rf_comparison"));
    }

    void filterBank()
    {
        FilterBankView view;
        view.resize(500, 500);
        // VGG-16's conv1_1 default weights: 64 RGB kernels of 3x3, an 8x8 grid of tiles.
        Tensor weight = defaultWeight(0, { 64, 3, 3, 3 }, 27);
        QVERIFY(view.setWeight(QStringLiteral("conv1_1: 64 kernels of 3×3×3"), weight));
        QVERIFY(!view.image().isNull());
        QVERIFY(view.image().width() >= 8 * 3 * 8); // eight tiles of three taps of at least 8 px
        view.show();
        shoot(view, QStringLiteral("filter_bank"));
        // A weight it cannot draw: the engine's message, no picture.
        QVERIFY(!view.setWeight(QStringLiteral("bad"), Tensor({ 4, 4 })));
        QVERIFY(view.image().isNull());
        QVERIFY(!view.message().isEmpty());
    }

    void parameterArguments()
    {
        ParameterArguments args;
        args.resize(800, 500);
        args.setN(1000);
        args.setChannels(64);
        const ParameterCounts c = args.counts();
        QCOMPARE(c.fullyConnected, qint64(1000000));
        QCOMPARE(c.fullyConnectedBias, qint64(1000));
        QCOMPARE(c.locallyConnected, qint64(5000));
        QCOMPARE(c.convolution, qint64(5));
        QCOMPARE(c.convolutionBias, qint64(1));
        QCOMPARE(c.depthwiseSeparable, qint64(9 * 64 + 64 * 64)); // 4,672
        QCOMPARE(c.vanilla, qint64(9 * 64 * 64)); // 36,864
        const QStringList t = args.texts();
        QVERIFY2(t[0].contains(QStringLiteral("1,001,000")), qPrintable(t[0]));
        QVERIFY2(t[1].contains(QStringLiteral("6,000")), qPrintable(t[1]));
        QVERIFY2(t[3].contains(QStringLiteral("3·3·64 + 64² = 576 + 4,096 = <b>4,672</b>")), qPrintable(t[3]));
        QVERIFY2(t[4].contains(QStringLiteral("<b>36,864</b>")), qPrintable(t[4]));
        // The lecture: for h = w = 3, 9C + C² against 9C² is cheaper for every C >= 2.
        for (int channels = 1; channels <= 40; ++channels) {
            const ParameterCounts k = parameterCounts(10, channels);
            QCOMPARE(k.depthwiseSeparable, qint64(9 * channels + channels * channels));
            QCOMPARE(k.depthwiseSeparable < k.vanilla, channels >= 2);
        }
        args.show();
        shoot(args, QStringLiteral("parameter_arguments"));
    }
};

QTEST_MAIN(TestNetworkWidgets)
#include "tst_network_widgets.moc"
