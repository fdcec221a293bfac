// The Playground window as a lecturer drives it: keyboard stepping, play, opening and saving
// scenes, and bad files that change nothing.

#include "mainwindow.h"
#include "playground/animation_controller.h"
#include "playground/feature_map_panel.h"
#include "playground/playground_canvas.h"
#include "playground/playground_model.h"
#include "playground/stage_painter.h"
#include "presets.h"
#include "network/network_model.h"
#include "test_settings.h"

#include <QApplication>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPointer>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace convscope;
using namespace convscope::ui;

namespace {
QImage renderStage(const PlaygroundModel &model)
{
    QImage image(800, 500, QImage::Format_RGB32);
    image.setDevicePixelRatio(1.0);
    QPainter painter(&image);
    StageOptions options;
    options.outputChannel = model.scene().animation.outputChannel;
    paintStage(painter, QRectF(0, 0, 800, 500), model.state(), model.step(), options);
    return image;
}
} // namespace

static void initResources() { Q_INIT_RESOURCE(resources); }

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        initResources();
        convscope::test::useOwnSettings(QStringLiteral("tst_mainwindow"));
    }

    // Each test starts as a first start: no window layout, view or session left by the last one.
    void init() { QSettings().clear(); }

    // conv_arithmetic "padding and strides": 5x5, k3, p1, s2 -> 3x3, so step 4 is output (1, 1)
    // and its window starts at padded (2, 2).
    void keyboardStepsTheWindow()
    {
        MainWindow w;
        QVERIFY(w.openScene(QStringLiteral(":/scenes/arith_padding_strides.convscope.json")));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        PlaygroundModel *m = w.model();
        QCOMPARE(m->state().steps, 9);
        QCOMPARE(m->step(), 0);
        for (int i = 0; i < 4; ++i)
            QTest::keyClick(&w, Qt::Key_Right);
        QCOMPARE(m->step(), 4);
        const WindowGeometry g = windowAt(m->state().window, m->step());
        QCOMPARE(g.outputIndex[0], 1);
        QCOMPARE(g.outputIndex[1], 1);
        QCOMPARE(g.origin[0], 2);
        QCOMPARE(g.origin[1], 2);
        QTest::keyClick(&w, Qt::Key_End);
        QCOMPARE(m->step(), 8);
        QTest::keyClick(&w, Qt::Key_Home);
        QCOMPARE(m->step(), 0);
        QTest::keyClick(&w, Qt::Key_PageDown); // a presentation clicker's "next"
        QCOMPARE(m->step(), 1);
        QTest::keyClick(&w, Qt::Key_Left);
        QTest::keyClick(&w, Qt::Key_Left); // loops around to the last step
        QCOMPARE(m->step(), 8);
    }

    void spacePlaysAndPauses()
    {
        MainWindow w;
        QVERIFY(w.openScene(QStringLiteral(":/scenes/arith_full_padding.convscope.json")));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.animation()->setStepsPerSecond(50);
        QTest::keyClick(&w, Qt::Key_Space);
        QVERIFY(w.animation()->isPlaying());
        QTRY_VERIFY(w.model()->step() >= 3);
        QTest::keyClick(&w, Qt::Key_Space);
        QVERIFY(!w.animation()->isPlaying());
        const int stopped = w.model()->step();
        QTest::qWait(100);
        QCOMPARE(w.model()->step(), stopped);
    }

    void savedSceneReopensTheSame()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("dilation.convscope.json"));
        Scene saved;
        QImage before;
        {
            MainWindow w;
            QVERIFY(w.openScene(QStringLiteral(":/scenes/arith_dilation.convscope.json")));
            Scene s = w.model()->scene();
            s.layer.stride = { 2, 2, 1 };
            w.model()->setScene(s, QStringLiteral("Stride"));
            w.model()->setStep(3);
            QVERIFY(w.saveSceneAs(path));
            QVERIFY(w.model()->undoStack()->isClean());
            saved = w.model()->scene();
            before = renderStage(*w.model());
        }
        MainWindow again;
        QVERIFY(again.openScene(path));
        Scene reopened = again.model()->scene();
        reopened.animation = saved.animation; // step and speed are saved from the transport
        QCOMPARE(QString::fromStdString(writeScene(reopened)), QString::fromStdString(writeScene(saved)));
        QVERIFY(reopened == saved);
        QCOMPARE(again.model()->step(), 3);
        QCOMPARE(again.model()->state().plan.axes[0].output, 2);
        QCOMPARE(renderStage(*again.model()), before); // the same picture, pixel for pixel
    }

    // Opening a Playground scene shows the Playground, even from the Network or Exercises view
    // (the view the last session ended in is remembered); a scene with a stack shows the Network.
    void openedSceneShowsItsView()
    {
        MainWindow w;
        w.setView(MainWindow::View::Network);
        QVERIFY(w.openFile(QStringLiteral(":/scenes/arith_dilation.convscope.json")));
        QCOMPARE(w.view(), MainWindow::View::Playground);
        w.setView(MainWindow::View::Exercises);
        QVERIFY(w.openScene(QStringLiteral(":/scenes/arith_same_padding.convscope.json")));
        QCOMPARE(w.view(), MainWindow::View::Playground);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("stack.convscope.json"));
        Scene withStack = w.model()->scene();
        auto lenet = loadPreset("lenet5");
        QVERIFY(lenet);
        withStack.network = *lenet;
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray::fromStdString(writeScene(withStack)));
        f.close();
        QVERIFY(w.openFile(path));
        QCOMPARE(w.view(), MainWindow::View::Network);
        w.networkModel()->cancel();
    }

    // The kernel editor's output channel and the animated output channel are one choice.
    void kernelEditorFollowsTheAnimatedChannel()
    {
        MainWindow w;
        QVERIFY(w.openScene(QStringLiteral(":/scenes/rgb_to_4_channels.convscope.json")));
        auto *out = w.findChild<QSpinBox *>(QStringLiteral("kernelOutSpin"));
        QVERIFY(out);
        QCOMPARE(out->maximum(), 4);
        out->setValue(3);
        QCOMPARE(w.model()->scene().animation.outputChannel, 2);
        Scene s = w.model()->scene();
        s.animation.outputChannel = 1;
        w.model()->setScene(s, QStringLiteral("Animated output channel"));
        QCOMPARE(out->value(), 2);
        w.model()->undoStack()->undo(); // both edits merged into one step: back to channel 0
        QCOMPARE(w.model()->scene().animation.outputChannel, 0);
        QCOMPARE(out->value(), 1);
    }

    // Shift+drag on the photo crops the input to the rectangle (one undo step).
    void shiftDragCrops()
    {
        MainWindow w;
        QVERIFY(w.openScene(QStringLiteral(":/scenes/rgb_to_4_channels.convscope.json")));
        w.resize(1600, 1000);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *canvas = w.findChild<PlaygroundCanvas *>();
        QVERIFY(canvas);
        const PlaygroundState &state = w.model()->state();
        const StageLayout layout = stageLayout(QRectF(canvas->rect()), state, w.model()->step(), canvas->stageOptions());
        QVERIFY(!layout.inputPlanes.empty());
        const StagePlane &plane = layout.inputPlanes.front();
        const auto centre = [&](int row, int col) { // input cell -> widget point (padding 1)
            return QPointF(plane.origin.x() + (col + 1.5) * plane.pitchX, plane.origin.y() + (row + 1.5) * plane.pitchY)
                .toPoint();
        };
        QTest::mousePress(canvas, Qt::LeftButton, Qt::ShiftModifier, centre(10, 20));
        QTest::mouseMove(canvas, centre(25, 40));
        QTest::mouseMove(canvas, centre(39, 59));
        QTest::mouseRelease(canvas, Qt::LeftButton, Qt::ShiftModifier, centre(39, 59));
        const auto crop = w.model()->scene().input.crop;
        QVERIFY(crop.has_value());
        QCOMPARE(crop->x, 180 + 20);
        QCOMPARE(crop->y, 80 + 10);
        QCOMPARE(crop->width, 40);
        QCOMPARE(crop->height, 30);
        QCOMPARE(w.model()->state().input->dim(2), 40);
        w.model()->undoStack()->undo();
        QCOMPARE(w.model()->scene().input.crop->width, 120);
    }

    void badFilesChangeNothing_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("message");
        QTest::newRow("corrupt image") << QByteArray("\x89PNG\r\n\x1a\n garbage", 17) << "cat.png" << "cannot load";
        QTest::newRow("empty image") << QByteArray() << "empty.png" << "cannot load";
        QTest::newRow("text as scene") << QByteArray("hello") << "x.convscope.json" << "the file is not JSON";
        QTest::newRow("newer scene") << QByteArray(R"({"format": "convscope-scene", "version": 9})") << "new.convscope.json"
                                     << "newer ConvScope";
        QTest::newRow("impossible scene")
            << QByteArray(R"({"format": "convscope-scene", "version": 1, "input": {"source": "grid", "rows": 3, "cols": 3},
                            "layer": {"kernel": 5, "padding": 0}})")
            << "impossible.convscope.json" << "kernel 5 is larger than the padded input 3";
    }

    void badFilesChangeNothing()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, name);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = dir.filePath(name);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        MainWindow w;
        QVERIFY(w.openScene(QStringLiteral(":/scenes/arith_same_padding.convscope.json")));
        Scene edited = w.model()->scene();
        edited.layer.bias = !edited.layer.bias;
        w.model()->setScene(edited, QStringLiteral("Bias"));
        w.model()->setStep(7);
        const Scene before = w.model()->scene();
        QVERIFY(!w.openFile(path));
        QVERIFY2(w.lastError().contains(message), qPrintable(w.lastError()));
        QVERIFY(w.model()->scene() == before);
        // The edit before is still there to undo (found by the soak test: an impossible scene
        // cleared the history, a bad image could undo the edit before it).
        QCOMPARE(w.model()->undoStack()->count(), 1);
        QCOMPARE(w.model()->undoStack()->index(), 1);
        QVERIFY(w.model()->isValid());
        QCOMPARE(w.model()->step(), 7);
    }

    // Found by the soak test under UBSan: a window deleted with unsaved edits was told by its
    // model's undo stack that the scene is "clean" again while being destroyed.
    void closesWithUnsavedEdits()
    {
        auto w = std::make_unique<MainWindow>();
        QVERIFY(w->openScene(QStringLiteral(":/scenes/arith_same_padding.convscope.json")));
        Scene edited = w->model()->scene();
        edited.layer.bias = !edited.layer.bias;
        w->model()->setScene(edited, QStringLiteral("Bias"));
        QVERIFY(!w->model()->undoStack()->isClean());
        QPointer<PlaygroundModel> model = w->model();
        w.reset();
        QVERIFY(model.isNull());
    }

    // Found by the soak test: a bad image opened right after a good one undid the good one too
    // (the two "Open image" edits merged into one undo step before the bad one was undone).
    void badImageAfterGoodImageKeepsIt()
    {
        QTemporaryDir dir;
        const QString good = dir.filePath(QStringLiteral("good.png"));
        QVERIFY(QImage(QStringLiteral(":/images/chelsea.png")).copy(0, 0, 40, 30).save(good));
        const QString bad = dir.filePath(QStringLiteral("bad.png"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("\x89PNG\r\n\x1a\nnot a picture");
        f.close();
        MainWindow w;
        QVERIFY(w.openScene(QStringLiteral(":/scenes/arith_same_padding.convscope.json")));
        const Scene original = w.model()->scene();
        QVERIFY(w.openImage(good));
        const Scene withPhoto = w.model()->scene();
        QVERIFY(!w.openImage(bad));
        QVERIFY(w.model()->scene() == withPhoto);
        QVERIFY(w.model()->isValid());
        QCOMPARE(w.model()->undoStack()->count(), 1);
        w.model()->undoStack()->undo();
        QVERIFY(w.model()->scene() == original);
        w.model()->undoStack()->redo();
        QVERIFY(w.model()->scene() == withPhoto);
    }

    // Found by the soak test: when the whole-image maps could not be computed (here the photo
    // was replaced by one too small for the layer before the maps started), the panel stayed
    // "computing" for ever and the window never became idle.
    void featureMapsEndWithoutMaps()
    {
        QTemporaryDir dir;
        const QString photo = dir.filePath(QStringLiteral("photo.png"));
        QVERIFY(QImage(QStringLiteral(":/images/chelsea.png")).copy(0, 0, 40, 30).save(photo));
        const QString tiny = dir.filePath(QStringLiteral("tiny.png"));
        QVERIFY(QImage(QStringLiteral(":/images/chelsea.png")).copy(0, 0, 2, 2).save(tiny));
        MainWindow w;
        QVERIFY(w.openScene(QStringLiteral(":/scenes/arith_no_padding_no_strides.convscope.json")));
        QVERIFY(w.openImage(photo));
        QVERIFY(w.model()->isValid());
        Scene impossible = w.model()->scene();
        impossible.input.path = tiny.toStdString(); // 2x2 under a 3x3 kernel without padding
        w.model()->setScene(impossible, QStringLiteral("Image"));
        QVERIFY(!w.model()->isValid());
        auto *panel = w.findChild<FeatureMapPanel *>();
        QVERIFY(panel);
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isComputing(), 60000);
        QTRY_VERIFY_WITH_TIMEOUT(!w.isBusy(), 60000);
    }

    // The feature maps are the layer's output on the whole photo: without a crop the stage's own
    // output (coloured alike), with a crop still the whole photo's.
    void featureMapsShowTheWholePhoto()
    {
        MainWindow w;
        QVERIFY(w.openScene(QStringLiteral(":/scenes/default.convscope.json")));
        Scene scene = w.model()->scene();
        scene.layer.outChannels = 4;
        scene.layer.kernelPresets = { "gaussian", "box", "gabor", "random" };
        w.model()->setScene(scene, QStringLiteral("Output channels"));
        QVERIFY(w.model()->isValid());
        auto *panel = w.findChild<FeatureMapPanel *>();
        QVERIFY(panel);
        const std::vector<int> whole { 4, 300, 451 }; // padding 1 keeps the cat's size
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isComputing() && w.model()->state().activated, 60000);
        QCOMPARE(panel->maps().shape, whole);
        const OutputPictures stage = outputPictures(*w.model()->state().activated);
        QCOMPARE(panel->maps().images.size(), stage.images.size());
        for (std::size_t c = 0; c < stage.images.size(); ++c)
            QCOMPARE(panel->maps().images[c], stage.images[c]);
        QCOMPARE(panel->maps().high, stage.high);

        scene.input.crop = CropRect { 100, 50, 120, 90 };
        w.model()->setScene(scene, QStringLiteral("Crop"));
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isComputing() && w.model()->state().activated, 60000);
        QCOMPARE(w.model()->state().activated->shape(), (std::vector<int> { 4, 90, 120 }));
        QCOMPARE(panel->maps().shape, whole);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
