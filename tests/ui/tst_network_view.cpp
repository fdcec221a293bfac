// The Network view as a lecturer drives it: editing the stack updates the summary table and, once
// the worker is done, the feature maps; an impossible layer shows why in its row and keeps the
// last maps; undo, cancel, stale results, presets, and network files (good and malformed).

#include "mainwindow.h"
#include "network/feature_map_gallery.h"
#include "network/layer_stack_editor.h"
#include "network/network_model.h"
#include "network/network_view.h"
#include "network/summary_table.h"
#include "network/summary_table_model.h"
#include "presets.h"
#include "spec_json.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QHeaderView>
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
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("ConvScopeTest"));
        QApplication::setApplicationName(QStringLiteral("tst_network_view"));
        QSettings().clear();
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
