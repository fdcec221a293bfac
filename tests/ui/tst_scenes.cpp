// Every bundled scene (resources/scenes) opens, is valid, and shows the sizes its title promises:
// the conv_arithmetic cases and the lecture's examples.

#include "playground/playground_model.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <functional>
#include <numeric>

using namespace convscope;
using namespace convscope::ui;

static void initResources() { Q_INIT_RESOURCE(resources); }

class TestScenes : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { initResources(); }

    void everySceneOpens_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QList<int>>("outputSize");
        const QString dir = QStringLiteral(":/scenes/");
        // (input, kernel, stride, padding, dilation) -> output per side, worked with
        // floor((M + 2p - d(k-1) - 1)/s) + 1; e.g. padding and strides (odd): (6 + 2 - 2 - 1)/2 + 1 = 3.
        QTest::newRow("no padding, no strides 4->2") << "arith_no_padding_no_strides" << QList<int> { 2, 2 };
        QTest::newRow("arbitrary padding 5->6") << "arith_arbitrary_padding" << QList<int> { 6, 6 };
        QTest::newRow("same padding 5->5") << "arith_same_padding" << QList<int> { 5, 5 };
        QTest::newRow("full padding 5->7") << "arith_full_padding" << QList<int> { 7, 7 };
        QTest::newRow("no padding, strides 5->2") << "arith_no_padding_strides" << QList<int> { 2, 2 };
        QTest::newRow("padding, strides 5->3") << "arith_padding_strides" << QList<int> { 3, 3 };
        QTest::newRow("padding, strides odd 6->3") << "arith_padding_strides_odd" << QList<int> { 3, 3 };
        QTest::newRow("dilation 7->3") << "arith_dilation" << QList<int> { 3, 3 };
        QTest::newRow("lecture 5x7 k3x1 s2 -> 2x4") << "lecture_shape_5x7" << QList<int> { 2, 4 };
        QTest::newRow("lecture flip 4x4 k2 -> 3x3") << "lecture_flip_2x2" << QList<int> { 3, 3 };
        QTest::newRow("lecture stride 2 9->4") << "lecture_stride2_receptive_field" << QList<int> { 4, 4 };
        QTest::newRow("default cat 300x451") << "default" << QList<int> { 300, 451 };
        QTest::newRow("rgb to 4 channels") << "rgb_to_4_channels" << QList<int> { 90, 120 };
        QTest::newRow("max pooling 6->3") << "maxpool_grid" << QList<int> { 3, 3 };
        QTest::newRow("1-d signal 24->24") << "signal_1d" << QList<int> { 24 };
        // Every file in the folder must be listed above.
        const auto all = QDir(dir).entryList({ "*.convscope.json" });
        QCOMPARE(all.size(), 15);
    }

    void everySceneOpens()
    {
        QFETCH(QString, file);
        QFETCH(QList<int>, outputSize);
        QFile f(":/scenes/" + file + ".convscope.json");
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        auto parsed = parseScene(text.toStdString());
        QVERIFY2(parsed.ok(), parsed.ok() ? "" : parsed.error().message.c_str());
        QVERIFY(parsed->warnings.empty());
        PlaygroundModel model;
        model.resetScene(parsed->scene);
        QVERIFY2(model.isValid(), qPrintable(model.problem()));
        const auto &plan = model.state().plan;
        QCOMPARE(plan.spatialDims, outputSize.size());
        for (int i = 0; i < plan.spatialDims; ++i)
            QCOMPARE(plan.axes[static_cast<std::size_t>(i)].output, outputSize[i]);
        QCOMPARE(model.state().steps, std::accumulate(outputSize.begin(), outputSize.end(), 1, std::multiplies<int>()));
    }

    // The lecture's mirror example: with flip, the kernel [[1, 2], [3, 4]] acts as [[4, 3], [2, 1]].
    void flipRotatesTheKernel()
    {
        QFile f(":/scenes/lecture_flip_2x2.convscope.json");
        QVERIFY(f.open(QIODevice::ReadOnly));
        auto parsed = parseScene(f.readAll().toStdString());
        QVERIFY(parsed.ok());
        PlaygroundModel model;
        model.resetScene(parsed->scene);
        QVERIFY(model.state().activated);
        // The ramp grid 1..16: the first window is [[1, 2], [5, 6]].
        QCOMPARE((*model.state().activated)[0], 4.0f * 1 + 3 * 2 + 2 * 5 + 1 * 6);
    }
};

QTEST_MAIN(TestScenes)
#include "tst_scenes.moc"
