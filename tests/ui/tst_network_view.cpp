// The Network view as a lecturer drives it: editing the stack updates the summary table and, once
// the worker is done, the feature maps; an impossible layer shows why in its row and keeps the
// last maps; undo, cancel, stale results, presets, and network files (good and malformed).

#include "mainwindow.h"
#include "network/feature_map_gallery.h"
#include "network/layer_stack_editor.h"
#include "network/network_model.h"
#include "network/network_view.h"
#include "network/parameter_arguments.h"
#include "network/summary_table.h"
#include "network/summary_table_model.h"
#include "compute_estimate.h"
#include "npy.h"
#include "presets.h"
#include "spec_json.h"
#include "test_settings.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QPushButton>
#include <QLabel>
#include <QFrame>
#include <QListWidget>
#include <QSettings>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QUndoStack>

using namespace convscope;
using namespace convscope::ui;

namespace {

// A picture with some structure (a bright square on a ramp), (3, H, W) in [0, 1].
std::shared_ptr<const Tensor> picture(int height, int width)
{
    Tensor t({ 3, height, width });
    for (int c = 0; c < 3; ++c)
        for (int y = 0; y < height; ++y)
            for (int x = 0; x < width; ++x) {
                const bool square = y > height / 4 && y < height / 2 && x > width / 4 && x < width / 2;
                t[(static_cast<std::int64_t>(c) * height + y) * width + x] = square ? 1.0f : static_cast<float>(x) / static_cast<float>(width) * 0.5f;
            }
    return std::make_shared<const Tensor>(std::move(t));
}

// conv 3->4 k3 p1, relu, maxpool 2, conv 4->6 k3: on 60x80, (4,60,80) (4,60,80) (4,30,40) (6,28,38).
Network fourLayers()
{
    Network n;
    n.name = "four";
    n.inputChannels = 3;
    n.inputSize = { 60, 80 };
    n.layers = { convLayer("c1", 4, 3, 1, 1), activationLayer(Activation::Relu), poolLayer("p1", PoolType::Max, 2, 2),
        convLayer("c2", 6, 3) };
    return n;
}

QString cell(const SummaryTable *table, int layer, int column)
{
    return table->model()->index(SummaryTableModel::rowOfLayer(layer), column).data().toString();
}

bool waitForMaps(NetworkModel &model)
{
    if (!model.isComputing())
        return !model.maps().empty();
    // Until the newest request is done (a stale job may finish first); generous, because a
    // sanitizer build on a busy machine is slow.
    QSignalSpy finished(&model, &NetworkModel::computeFinished);
    QElapsedTimer clock;
    clock.start();
    while (model.isComputing() && clock.elapsed() < 120000)
        finished.wait(1000);
    return !model.isComputing() && !model.maps().empty();
}

} // namespace

static void initResources() { Q_INIT_RESOURCE(resources); }

class TestNetworkView : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        initResources();
        convscope::test::useOwnSettings(QStringLiteral("tst_network_view"));
    }

    void editingUpdatesTableAndMaps()
    {
        NetworkModel model;
        NetworkView view(&model);
        model.resetNetwork(fourLayers());
        model.setImage(picture(60, 80), QStringLiteral("test"));
        QVERIFY(waitForMaps(model));
        QCOMPARE(model.maps().layerCount(), 4);
        QCOMPARE(model.maps().outputs->at(3).shape(), (std::vector<int> { 6, 28, 38 }));
        QCOMPARE(cell(view.table(), 3, SummaryTableModel::OutputShape), QStringLiteral("(6, 28, 38)"));
        // c1: 3·3·3·4 + 4 = 112 parameters, and its formula in the tooltip.
        QCOMPARE(cell(view.table(), 0, SummaryTableModel::Params), QStringLiteral("112"));
        const QString tip = view.table()->model()->index(SummaryTableModel::rowOfLayer(0), SummaryTableModel::Params).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("3·3·3·4 + 4 = 112")), qPrintable(tip));
        QCOMPARE(view.gallery()->layerCount(), 4);

        // Edit c1's output channels in the editor, as a user would.
        view.editor()->setCurrentLayer(0);
        auto *out = view.editor()->findChild<QSpinBox *>(QStringLiteral("convOutChannels"));
        QVERIFY(out);
        out->setValue(5);
        QCOMPARE(model.network().layers[0], convLayer("c1", 5, 3, 1, 1));
        QCOMPARE(cell(view.table(), 0, SummaryTableModel::OutputShape), QStringLiteral("(5, 60, 80)"));
        QCOMPARE(cell(view.table(), 3, SummaryTableModel::Params), QStringLiteral("276")); // 3·3·5·6 + 6
        QVERIFY(waitForMaps(model));
        QCOMPARE(model.maps().outputs->at(0).channels(), 5);
        QCOMPARE(model.maps().generation, model.generation());
    }

    void invalidLayerShowsMessageAndKeepsMaps()
    {
        NetworkModel model;
        NetworkView view(&model);
        model.resetNetwork(fourLayers());
        model.setImage(picture(60, 80), QStringLiteral("test"));
        QVERIFY(waitForMaps(model));
        const auto before = model.maps().outputs;
        QSignalSpy ready(&model, &NetworkModel::mapsReady);

        Network bad = fourLayers();
        std::get<ConvLayer>(bad.layers[3].config).params.kernel = { 64, 64, 3 }; // the input is 30x40
        model.replaceLayer(3, bad.layers[3], QStringLiteral("c2: kernel"));
        const int row = view.table()->summaryModel()->problemRow();
        QCOMPARE(row, SummaryTableModel::rowOfLayer(3));
        const QString message = cell(view.table(), 3, SummaryTableModel::OutputShape);
        QVERIFY2(message.startsWith(QStringLiteral("layer 3 (c2)")) && message.contains(QStringLiteral("kernel")), qPrintable(message));
        QVERIFY(view.table()->columnSpan(row, SummaryTableModel::OutputShape) > 1);
        // The rows before it keep their numbers.
        QCOMPARE(cell(view.table(), 2, SummaryTableModel::OutputShape), QStringLiteral("(4, 30, 40)"));
        QVERIFY(!model.mapsProblem().isEmpty());
        QVERIFY(!model.isComputing());
        QTest::qWait(100);
        QCOMPARE(ready.count(), 0);
        QCOMPARE(model.maps().outputs, before);
        QCOMPARE(view.gallery()->layerCount(), 4);
    }

    void undoRestores()
    {
        NetworkModel model;
        NetworkView view(&model);
        model.resetNetwork(fourLayers());
        model.setImage(picture(60, 80), QStringLiteral("test"));
        QVERIFY(waitForMaps(model));
        model.removeLayer(1);
        model.moveLayer(0, 1);
        model.duplicateLayer(0);
        QCOMPARE(model.network().layers.size(), std::size_t { 4 });
        QCOMPARE(model.network().layers[1].name, std::string("p1_2")); // its own name, its own weights
        QCOMPARE(model.undoStack()->count(), 3);
        // Three spin-box steps of one field are one undo step.
        for (int k = 4; k <= 6; ++k)
            model.replaceLayer(2, convLayer("c1", k, 3, 1, 1), QStringLiteral("c1: out channels"));
        QCOMPARE(model.undoStack()->count(), 4);
        while (model.undoStack()->canUndo())
            model.undoStack()->undo();
        QCOMPARE(model.network(), fourLayers());
        QCOMPARE(cell(view.table(), 0, SummaryTableModel::OutputShape), QStringLiteral("(4, 60, 80)"));
        QVERIFY(waitForMaps(model));
        QCOMPARE(model.maps().layerCount(), 4);
        QCOMPARE(model.maps().outputs->at(3).channels(), 6);
    }

    void cancelLeavesPreviousMaps()
    {
        NetworkModel model;
        model.resetNetwork(fourLayers());
        model.setImage(picture(200, 200), QStringLiteral("test"));
        QVERIFY(waitForMaps(model));
        const auto before = model.maps().outputs;
        const quint64 generation = model.maps().generation;
        auto vgg = loadPreset("vgg16");
        QVERIFY(vgg);
        QSignalSpy progress(&model, &NetworkModel::progress);
        QSignalSpy ready(&model, &NetworkModel::mapsReady);
        model.setNetwork(*vgg, QStringLiteral("VGG-16"));
        QVERIFY(model.isComputing());
        QVERIFY(progress.wait(120000)); // the first layers are done: it is running
        model.cancel();
        QVERIFY(!model.isComputing());
        QTest::qWait(300);
        QCOMPARE(ready.count(), 0);
        QCOMPARE(model.maps().generation, generation);
        QCOMPARE(model.maps().outputs, before);
    }

    void staleResultDoesNotOverwriteNewer()
    {
        NetworkModel model;
        model.resetNetwork(fourLayers());
        model.setImage(picture(120, 160), QStringLiteral("test"));
        QVERIFY(waitForMaps(model));
        QList<int> delivered;
        connect(&model, &NetworkModel::mapsReady, &model, [&] { delivered << model.maps().outputs->at(0).channels(); });
        // Edits while earlier ones are still computing: each starts a computation.
        for (int k = 1; k <= 6; ++k) {
            model.replaceLayer(0, convLayer("c1", 8 * k, 3, 1, 1), QStringLiteral("c1: %1").arg(k));
            QTest::qWait(NetworkModel::kDebounceMs + 5);
        }
        QVERIFY(waitForMaps(model));
        QVERIFY(!delivered.isEmpty());
        QCOMPARE(delivered.last(), 48);
        QCOMPARE(model.maps().outputs->at(0).channels(), 48);
        QCOMPARE(model.maps().generation, model.generation());
        QTest::qWait(200); // nothing older arrives later
        QCOMPARE(model.maps().outputs->at(0).channels(), 48);
    }

    void presetsHaveTheirTotals_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("total");
        QTest::newRow("VGG-16") << "vgg16" << "138,357,544";
        QTest::newRow("AlexNet") << "alexnet" << "61,100,840";
        QTest::newRow("LeNet-5") << "lenet5" << "61,706";
    }
    void presetsHaveTheirTotals()
    {
        QFETCH(QString, id);
        QFETCH(QString, total);
        MainWindow w;
        QVERIFY(w.openPreset(id));
        QCOMPARE(w.view(), MainWindow::View::Network);
        SummaryTable *table = w.networkView()->table();
        w.networkView()->setShowsSpecShapes(true);
        const int last = table->model()->rowCount() - 1;
        QCOMPARE(table->model()->index(last, SummaryTableModel::Params).data().toString(), total);
        QCOMPARE(SummaryTableModel::grouped(w.networkModel()->specSummary().totalParams), total);
        w.networkModel()->cancel();
    }

    void vgg16ReceptiveFieldAtPool5()
    {
        MainWindow w;
        QVERIFY(w.openPreset(QStringLiteral("vgg16")));
        const SummaryState &s = w.networkModel()->specSummary();
        int pool5 = -1;
        for (std::size_t i = 0; i < s.rows.size(); ++i)
            if (s.rows[i].name == "pool5")
                pool5 = static_cast<int>(i);
        QVERIFY(pool5 >= 0);
        QCOMPARE(cell(w.networkView()->table(), pool5, SummaryTableModel::ReceptiveField), QStringLiteral("212"));
        w.networkModel()->cancel();
    }

    // The summary's columns fill a wide pane (no empty strip on the right), and none is
    // narrower than its header or its widest entry, so nothing is cut.
    void summaryColumnsFillThePaneUncut()
    {
        MainWindow w;
        w.resize(1600, 1000);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openPreset(QStringLiteral("vgg16")));
        SummaryTable *table = w.networkView()->table();
        table->resize(900, 300);
        QCoreApplication::processEvents();
        QHeaderView *header = table->horizontalHeader();
        int total = 0;
        for (int c = 0; c < SummaryTableModel::ColumnCount; ++c) {
            QVERIFY2(header->sectionSize(c) >= header->sectionSizeHint(c), qPrintable(QString::number(c)));
            for (int r = 0; r < table->model()->rowCount(); ++r) {
                const QString text = table->model()->index(r, c).data().toString();
                QVERIFY2(header->sectionSize(c) > table->fontMetrics().horizontalAdvance(text), qPrintable(text));
            }
            total += header->sectionSize(c);
        }
        QVERIFY(total >= table->viewport()->width() - 2);
        const auto align = table->model()->index(SummaryTableModel::rowOfLayer(0), SummaryTableModel::Params).data(Qt::TextAlignmentRole).value<Qt::Alignment>();
        QVERIFY(align & Qt::AlignRight);
        w.networkModel()->cancel();
    }

    void openSpecFileAndMalformedOne()
    {
        MainWindow w;
        QTemporaryDir dir;
        const QString good = dir.filePath(QStringLiteral("net.json"));
        Network n = fourLayers();
        n.name = "from a file";
        QVERIFY(saveNetworkSpec(good.toStdString(), n));
        QVERIFY(w.openFile(good)); // File > Open tells a network spec from a scene
        QCOMPARE(writeNetworkSpec(w.networkModel()->network()), writeNetworkSpec(n));
        QCOMPARE(w.view(), MainWindow::View::Network);
        const int steps = w.networkModel()->undoStack()->count();

        const QString bad = dir.filePath(QStringLiteral("bad.json"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({ "format": "convscope-network", "version": 1, "input": { "channels": 3, "size": [32, 32] },
                     "layers": [ { "type": "conv", "kernel": 3 } ] })");
        f.close();
        QVERIFY(!w.openFile(bad));
        QVERIFY2(w.lastError().contains(QStringLiteral("bad.json")) && w.lastError().contains(QStringLiteral("out_channels")),
            qPrintable(w.lastError()));
        QCOMPARE(writeNetworkSpec(w.networkModel()->network()), writeNetworkSpec(n));
        QCOMPARE(w.networkModel()->undoStack()->count(), steps);
        w.networkModel()->cancel();
    }

    // `convscope preset:vgg16` opens the preset in the Network view, as `summary` reads it; an
    // unknown preset says so and keeps the network.
    void openPresetByName()
    {
        MainWindow w;
        QVERIFY(w.openFile(QStringLiteral("preset:vgg16")));
        QCOMPARE(w.view(), MainWindow::View::Network);
        QCOMPARE(SummaryTableModel::grouped(w.networkModel()->specSummary().totalParams), QStringLiteral("138,357,544"));
        const std::string vgg = writeNetworkSpec(w.networkModel()->network());
        QVERIFY(!w.openFile(QStringLiteral("preset:vgg99")));
        QVERIFY2(w.lastError().contains(QStringLiteral("vgg99")), qPrintable(w.lastError()));
        QCOMPARE(writeNetworkSpec(w.networkModel()->network()), vgg);
        w.networkModel()->cancel();
    }

    // Limits: VGG-16 on a 4000x3000 photo is estimated far above the defaults (30 s, a quarter
    // of the memory), so it asks before computing; the previous maps stay meanwhile.
    void largeComputationAsksFirst()
    {
        auto vgg = loadPreset("vgg16");
        QVERIFY(vgg);
        Network photo = *vgg;
        photo.inputSize = { 3000, 4000 };
        photo.layers.resize(static_cast<std::size_t>(NetworkModel::spatialLayerCount(photo)));
        auto summary = summarize(photo);
        QVERIFY(summary.ok());
        const ForwardEstimate big = estimateForward(*summary);
        QVERIFY2(big.seconds > NetworkModel::kLargeComputeSeconds, qPrintable(QString::number(big.seconds)));
        QVERIFY(big.keptBytes > (std::int64_t { 25 } << 30)); // every ReLU and pool output kept
        // 224x224: 15.4 GMAC in the convolutions, quick and small.
        auto small = summarize(*vgg);
        QVERIFY(small.ok());
        const ForwardEstimate normal = estimateForward(*small, NetworkModel::spatialLayerCount(*vgg));
        QCOMPARE(normal.macs, std::int64_t { 15346630656 });
        QVERIFY(normal.seconds < NetworkModel::kLargeComputeSeconds);
        QVERIFY(normal.keptBytes < (std::int64_t { 1 } << 30));

        NetworkModel model;
        NetworkView view(&model);
        model.resetNetwork(fourLayers());
        model.setImage(picture(60, 80), QStringLiteral("test"));
        QVERIFY(waitForMaps(model));
        const auto before = model.maps().outputs;
        const quint64 generation = model.maps().generation;
        auto *banner = view.findChild<QFrame *>(QStringLiteral("largeComputeBanner"));
        QVERIFY(banner);
        QVERIFY(!banner->isVisibleTo(&view));

        model.setNetwork(*vgg, QStringLiteral("VGG-16"));
        model.setImage(picture(3000, 4000), QStringLiteral("a large photo"));
        QVERIFY(model.largeCompute());
        QVERIFY(!model.isComputing());
        QVERIFY(banner->isVisibleTo(&view));
        const QString text = view.findChild<QLabel *>(QStringLiteral("largeComputeText"))->text();
        QVERIFY2(text.contains(QString::fromStdString(formatMacs(model.largeCompute()->macs)))
                && text.contains(QString::fromStdString(formatBytes(model.largeCompute()->keptBytes))),
            qPrintable(text));
        if (const QString shots = qEnvironmentVariable("CONVSCOPE_WIDGET_SHOTS"); !shots.isEmpty()) {
            view.resize(1600, 1000);
            view.show();
            QTest::qWait(300);
            view.grab().save(shots + QStringLiteral("/network_view_large.png"));
        }
        QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("declineCompute")), Qt::LeftButton);
        QVERIFY(!model.largeCompute());
        QVERIFY(!banner->isVisibleTo(&view));
        QVERIFY2(model.mapsProblem().contains(QStringLiteral("Not computed")), qPrintable(model.mapsProblem()));
        QTest::qWait(100);
        QCOMPARE(model.maps().generation, generation);
        QCOMPARE(model.maps().outputs, before);

        // Small limits make the four layers "large" too: Compute anyway runs them, and from then
        // on an edit that is no larger runs without asking.
        model.setNetwork(fourLayers(), QStringLiteral("four"));
        model.setImage(picture(60, 80), QStringLiteral("test"));
        QVERIFY(!model.largeCompute());
        model.setLargeComputeLimits(1e-9, 1);
        QVERIFY(model.largeCompute());
        QVERIFY(!model.isComputing());
        QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("computeAnyway")), Qt::LeftButton);
        QVERIFY(!model.largeCompute());
        QVERIFY(model.isComputing());
        QVERIFY(waitForMaps(model));
        QCOMPARE(model.maps().generation, model.generation());
        model.replaceLayer(0, convLayer("c1", 3, 3, 1, 1), QStringLiteral("smaller"));
        QVERIFY(!model.largeCompute());
        QVERIFY(waitForMaps(model));
        QCOMPARE(model.maps().outputs->at(0).channels(), 3);
        model.replaceLayer(0, convLayer("c1", 16, 3, 1, 1), QStringLiteral("larger"));
        QVERIFY(model.largeCompute());
        model.cancel();
    }

    // Selecting a convolution's row in the summary table puts its kernel, C (what it receives)
    // and D into the Parameter counts tab, which names the layer; other rows leave them.
    void selectedConvolutionFeedsTheParameterArguments()
    {
        NetworkModel model;
        NetworkView view(&model);
        Network n = fourLayers();
        std::get<ConvLayer>(n.layers[3].config).params.kernel = { 5, 3, 3 };
        model.resetNetwork(n);
        view.resize(1600, 1000);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *table = view.table();
        const auto clickRow = [&](int layer) {
            const QModelIndex index = table->model()->index(SummaryTableModel::rowOfLayer(layer), 0);
            table->scrollTo(index);
            QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
        };
        ParameterArguments *args = view.arguments();
        // The editor selects the first layer of a new stack: its numbers are there already.
        QVERIFY2(args->source().contains(QStringLiteral("layer 0 (c1)")), qPrintable(args->source()));
        clickRow(3); // c2: conv 4 -> 6, kernel 5x3
        QCOMPARE(args->kernelHeight(), 5);
        QCOMPARE(args->kernelWidth(), 3);
        QCOMPARE(args->channels(), 4);
        QCOMPARE(args->outChannels(), 6);
        QVERIFY2(args->source().contains(QStringLiteral("layer 3 (c2), a 5×3 convolution")), qPrintable(args->source()));
        QCOMPARE(args->counts().vanilla, qint64(5 * 3 * 4 * 6));
        QCOMPARE(args->counts().depthwiseSeparable, qint64(5 * 3 * 4 + 4 * 6));
        QVERIFY2(args->texts()[4].contains(QStringLiteral("h·w·C·D = 5·3·4·6 = <b>360</b>")), qPrintable(args->texts()[4]));
        clickRow(2); // the max pool: nothing changes
        QCOMPARE(args->outChannels(), 6);
        clickRow(0); // c1: conv 3 -> 4, kernel 3
        QCOMPARE(args->channels(), 3);
        QCOMPARE(args->outChannels(), 4);
        QCOMPARE(args->kernelHeight(), 3);
        QVERIFY2(args->source().contains(QStringLiteral("layer 0 (c1)")), qPrintable(args->source()));
        if (const QString shots = qEnvironmentVariable("CONVSCOPE_WIDGET_SHOTS"); !shots.isEmpty()) {
            view.tabs()->setCurrentWidget(view.tabs()->widget(view.tabs()->count() - 1));
            QTest::qWait(200);
            view.grab().save(shots + QStringLiteral("/network_view_arguments.png"));
        }
        // A number edited by hand: the layer is no longer named.
        args->setOutChannels(9);
        QVERIFY(!args->source().contains(QStringLiteral("c1")));
        model.cancel();
    }

    // The layer editor shows one box per spatial dimension: three for a 3-D layer, one for 1-D,
    // and an edit of the last box changes the width only.
    void layerEditorHasABoxPerDimension()
    {
        NetworkModel model;
        NetworkView view(&model);
        Network volume;
        volume.name = "volume";
        volume.inputChannels = 1;
        volume.inputSize = { 6, 8, 8 };
        Layer conv = convLayer("c3d", 2, 3, 1, 1, 1, 1, 3);
        std::get<ConvLayer>(conv.config).params.kernel = { 1, 3, 3 };
        std::get<ConvLayer>(conv.config).params.padding.values = { 0, 1, 1 };
        volume.layers = { conv, poolLayer("p3d", PoolType::Max, 2, 2, 0, 3) };
        model.resetNetwork(volume);
        auto *editor = view.editor();
        const auto spin = [&](const QString &name) { return editor->findChild<QSpinBox *>(name); };
        editor->setCurrentLayer(0);
        for (int axis = 0; axis < 3; ++axis) {
            QSpinBox *box = spin(QStringLiteral("convKernelSpin%1").arg(axis));
            QVERIFY(box);
            QVERIFY2(box->isVisibleTo(editor), qPrintable(box->objectName()));
            QCOMPARE(box->value(), axis == 0 ? 1 : 3);
            QCOMPARE(spin(QStringLiteral("convPaddingSpin%1").arg(axis))->value(), axis == 0 ? 0 : 1);
            QVERIFY(box->toolTip().startsWith(axis == 0 ? QStringLiteral("Depth") : axis == 1 ? QStringLiteral("Height") : QStringLiteral("Width")));
        }
        if (const QString shots = qEnvironmentVariable("CONVSCOPE_WIDGET_SHOTS"); !shots.isEmpty()) {
            view.resize(1600, 1000);
            view.show();
            QTest::qWait(300);
            editor->grab().save(shots + QStringLiteral("/layer_editor_3d.png"));
        }
        spin(QStringLiteral("convKernelSpin2"))->setValue(5);
        QCOMPARE(std::get<ConvLayer>(model.network().layers[0].config).params.kernel, (Dims { 1, 3, 5 }));
        editor->setCurrentLayer(1);
        for (int axis = 0; axis < 3; ++axis)
            QVERIFY(spin(QStringLiteral("poolKernelSpin%1").arg(axis))->isVisibleTo(editor));
        // Locked (all equal): one edit sets all three.
        spin(QStringLiteral("poolStrideSpin1"))->setValue(1);
        QCOMPARE(std::get<PoolLayer>(model.network().layers[1].config).params.stride, (Dims { 1, 1, 1 }));

        Network line;
        line.name = "line";
        line.inputChannels = 2;
        line.inputSize = { 20 };
        line.layers = { convLayer("c1d", 3, 5, 1, 2, 1, 1, 1) };
        model.resetNetwork(line);
        editor->setCurrentLayer(0);
        QVERIFY(spin(QStringLiteral("convKernelSpin0"))->isVisibleTo(editor));
        QCOMPARE(spin(QStringLiteral("convKernelSpin0"))->value(), 5);
        QVERIFY(!spin(QStringLiteral("convKernelSpin1"))->isVisibleTo(editor));
        QVERIFY(!spin(QStringLiteral("convKernelSpin2"))->isVisibleTo(editor));
        model.cancel();
    }

    // A spec whose weights are a relative path, saved to another folder: the saved spec still
    // names the same weights file (relative to its new folder), and opening it loads them.
    void savingElsewhereKeepsTheWeights()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("nets/w")));
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("copies/deeper")));
        Tensor kernel({ 4, 3, 3, 3 }, 0.25f);
        QVERIFY(writeNpy(dir.filePath(QStringLiteral("nets/w/c1.weight.npy")).toStdString(), kernel));
        Network n = fourLayers();
        n.weightsPath = "w";
        const QString original = dir.filePath(QStringLiteral("nets/net.json"));
        QVERIFY(saveNetworkSpec(original.toStdString(), n));

        MainWindow w;
        QVERIFY(w.openFile(original));
        QVERIFY(w.networkModel()->weights());
        const QString copy = dir.filePath(QStringLiteral("copies/deeper/net.json"));
        QVERIFY(w.saveNetworkAs(copy));
        auto saved = readNetworkSpec(copy.toStdString());
        QVERIFY(saved.ok());
        QCOMPARE(saved->network.weightsPath, std::string("../../nets/w"));
        // Saved once more, next to the weights: the path is short again.
        const QString back = dir.filePath(QStringLiteral("nets/again.json"));
        QVERIFY(w.saveNetworkAs(back));
        auto again = readNetworkSpec(back.toStdString());
        QVERIFY(again.ok());
        QCOMPARE(again->network.weightsPath, std::string("w"));
        w.networkModel()->cancel();

        MainWindow reopened;
        QVERIFY(reopened.openFile(copy));
        QVERIFY2(reopened.networkModel()->weights(), qPrintable(reopened.lastError()));
        QVERIFY(reopened.networkModel()->weights()->find("c1.weight"));
        reopened.networkModel()->cancel();

        // Weights loaded with File > Load weights are named by the saved spec too; clearing them
        // (and undo) takes the path along.
        MainWindow fresh;
        Network bare = fourLayers();
        const QString bareFile = dir.filePath(QStringLiteral("copies/bare.json"));
        QVERIFY(saveNetworkSpec(bareFile.toStdString(), bare));
        QVERIFY(fresh.openFile(bareFile));
        QVERIFY(fresh.loadWeights(dir.filePath(QStringLiteral("nets/w"))));
        const QString withWeights = dir.filePath(QStringLiteral("copies/with_weights.json"));
        QVERIFY(fresh.saveNetworkAs(withWeights));
        auto named = readNetworkSpec(withWeights.toStdString());
        QVERIFY(named.ok());
        QCOMPARE(named->network.weightsPath, std::string("../nets/w"));
        fresh.networkModel()->undoStack()->undo();
        QVERIFY(!fresh.networkModel()->weights());
        QVERIFY(fresh.networkModel()->network().weightsPath.empty());
        fresh.networkModel()->cancel();
    }

    // A broken ONNX file: one message that names the file once, and the stack is unchanged.
    void brokenOnnxNamesThePathOnce()
    {
        MainWindow w;
        QVERIFY(w.openPreset(QStringLiteral("tiny_vgg")));
        const QByteArray before = QByteArray::fromStdString(writeNetworkSpec(w.networkModel()->network()));
        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("broken.onnx"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is not a protobuf");
        f.close();
        QVERIFY(!w.openFile(bad));
        QVERIFY2(w.lastError().startsWith(QStringLiteral("Cannot open ") + bad), qPrintable(w.lastError()));
        QCOMPARE(w.lastError().count(bad), 1);
        QCOMPARE(QByteArray::fromStdString(writeNetworkSpec(w.networkModel()->network())), before);
        w.networkModel()->cancel();
    }

    // Not a check: with CONVSCOPE_SCREENSHOT_DIR set, saves the README's pictures (VGG-16 on the cat
    // with a clicked pool5 cell; the receptive-field chart; Tiny VGG). Run it under a real display.
    void screenshotsForReadme()
    {
        const QString out = qEnvironmentVariable("CONVSCOPE_SCREENSHOT_DIR");
        if (out.isEmpty())
            QSKIP("set CONVSCOPE_SCREENSHOT_DIR to save the README's screenshots");
        auto shoot = [&](const QString &spec, int layer, std::vector<int> cell, int tab, const QString &file) {
            MainWindow w;
            w.resize(1600, 1000);
            w.openDefault();
            QSignalSpy ready(w.networkModel(), &NetworkModel::mapsReady);
            QVERIFY(w.openFile(spec));
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            QVERIFY(ready.wait(300000));
            if (layer >= 0) {
                w.networkView()->selectLayer(layer);
                QTest::qWait(1500);
                auto *gallery = w.networkView()->findChild<FeatureMapGallery *>();
                QVERIFY(gallery);
                emit gallery->cellClicked(layer, 0, cell);
            }
            w.networkView()->tabs()->setCurrentIndex(tab);
            for (QToolBar *bar : w.findChildren<QToolBar *>()) // the Playground's drawing tools
                bar->hide();
            QTest::qWait(2500);
            QVERIFY(w.grab().save(QDir(out).filePath(file)));
        };
        const QString networks = QStringLiteral(CONVSCOPE_SOURCE_DIR "/resources/networks/");
        shoot(networks + QStringLiteral("vgg16.json"), 30, { 4, 5 }, 0, QStringLiteral("network-vgg16.png"));
        shoot(networks + QStringLiteral("vgg16.json"), 30, { 4, 5 }, 1, QStringLiteral("network-rf.png"));
        shoot(networks + QStringLiteral("tiny_vgg.json"), 2, { 20, 30 }, 0, QStringLiteral("network-tiny-vgg.png"));
    }

    void sceneWithNetworkOpensInNetworkView()
    {
        MainWindow w;
        QVERIFY(w.openScene(QStringLiteral(":/scenes/lecture_stride2_receptive_field.convscope.json")));
        QCOMPARE(w.view(), MainWindow::View::Network);
        NetworkModel *m = w.networkModel();
        QCOMPARE(m->network().layers.size(), std::size_t { 2 });
        // The lecture's point: the second 3x3 after a stride-2 3x3 sees 7x7 input pixels.
        QCOMPARE(cell(w.networkView()->table(), 1, SummaryTableModel::ReceptiveField), QStringLiteral("7"));
        QVERIFY(waitForMaps(*m));
        QCOMPARE(m->maps().outputs->at(1).shape(), (std::vector<int> { 1, 2, 2 })); // 9 -> 4 -> 2
        // Undo in the Network view undoes the network, not the Playground.
        w.setView(MainWindow::View::Playground);
        QCOMPARE(w.view(), MainWindow::View::Playground);
    }
};

QTEST_MAIN(TestNetworkView)
#include "tst_network_view.moc"
