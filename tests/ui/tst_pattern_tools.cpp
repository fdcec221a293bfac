// Pattern detectors, by hand: a region of the input used as the kernel is the mean-removed patch
// and its response peaks where the patch is; a brush stroke on a grid or a photo changes those
// cells and the output at once, and one undo restores both.

#include "playground/pattern_tools.h"
#include "playground/playground_canvas.h"
#include "playground/playground_model.h"
#include "playground/stage_painter.h"

#include <QApplication>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <algorithm>
#include <cmath>
#include <random>

using namespace convscope;
using namespace convscope::ui;

namespace {

// A 1-channel 16x16 grid of small noise with a distinctive 3x3 pattern whose top left is (9, 4).
Scene patternScene()
{
    Scene s;
    s.input.source = InputSource::Grid;
    s.input.gridChannels = 1;
    s.input.gridRows = 16;
    s.input.gridCols = 16;
    s.input.gridPreset = GridPreset::Custom;
    s.input.gridValues.assign(16 * 16, 0.0f);
    std::mt19937 random(7);
    std::uniform_int_distribution<int> noise(0, 2);
    for (float &v : s.input.gridValues)
        v = static_cast<float>(noise(random));
    const float pattern[9] = { 9, 0, 9, 0, 9, 0, 9, 0, 9 };
    for (int y = 0; y < 3; ++y)
        for (int x = 0; x < 3; ++x)
            s.input.gridValues[static_cast<std::size_t>((4 + y) * 16 + 9 + x)] = pattern[y * 3 + x];
    s.layer.kernel = { 3, 3, 3 };
    s.layer.padding = Padding::explicitly({ 0, 0, 0 });
    s.layer.stride = { 2, 2, 2 };
    s.layer.outChannels = 2;
    s.layer.kernelPresets = { "sobel_x", "sobel_y" };
    normaliseScene(s); // as the model keeps it
    return s;
}

// The centre of input cell (row, col) on the canvas.
QPoint inputCellCentre(const PlaygroundCanvas &canvas, const PlaygroundModel &model, int row, int col)
{
    const StageLayout layout = stageLayout(QRectF(canvas.rect()), model.state(), model.step(), canvas.stageOptions());
    const StagePlane &plane = layout.inputPlanes.front();
    return plane.cellRect(row + plane.padRow, col + plane.padCol).center().toPoint();
}

bool same(const Tensor &a, const Tensor &b)
{
    return a.shape() == b.shape() && std::equal(a.values().begin(), a.values().end(), b.values().begin());
}

float at(const Tensor &t, int c, int y, int x) { return t.plane(c)[static_cast<std::int64_t>(y) * t.dim(2) + x]; }

} // namespace

class TestPatternTools : public QObject {
    Q_OBJECT
private slots:
    void regionKernelIsTheMeanRemovedPatch()
    {
        PlaygroundModel model;
        model.resetScene(patternScene());
        const Tensor input = *model.state().input;
        auto made = sceneWithRegionKernel(model.scene(), input, InputRegion { 2, 5, 4, 3 }, {});
        QVERIFY2(made.ok(), made ? "" : made.error().message.c_str());
        const SceneLayer &l = made->scene.layer;
        QCOMPARE(l.kernel[0], 3);
        QCOMPARE(l.kernel[1], 4);
        QCOMPARE(l.stride[0], 1);
        QCOMPARE(l.padding.kind, PaddingKind::Same);
        QCOMPARE(l.weights.size(), std::size_t { 2 * 12 });
        double mean = 0;
        for (int y = 0; y < 3; ++y)
            for (int x = 0; x < 4; ++x)
                mean += at(input, 0, 5 + y, 2 + x);
        mean /= 12;
        for (int o = 0; o < 2; ++o)
            for (int y = 0; y < 3; ++y)
                for (int x = 0; x < 4; ++x)
                    QCOMPARE_LE(std::abs(l.weights[static_cast<std::size_t>(o * 12 + y * 4 + x)] - (at(input, 0, 5 + y, 2 + x) - mean)), 1e-5);

        // Unit norm, and only one output channel: the other keeps its preset (Sobel y at 3x4 or zeros).
        RegionKernelOptions options;
        options.normalise = true;
        options.outputChannel = 1;
        auto one = sceneWithRegionKernel(model.scene(), input, InputRegion { 2, 5, 4, 3 }, options);
        QVERIFY(one.ok());
        double norm = 0;
        for (int i = 12; i < 24; ++i)
            norm += double(one->scene.layer.weights[static_cast<std::size_t>(i)]) * one->scene.layer.weights[static_cast<std::size_t>(i)];
        QCOMPARE_LE(std::abs(norm - 1.0), 1e-4);

        // Too large is cut around the centre; a flat region or a 1-D layer is refused.
        auto big = sceneWithRegionKernel(model.scene(), input, InputRegion { -5, -5, 60, 60 }, {});
        QVERIFY(big.ok());
        QVERIFY(!big->clamped); // the input is only 16 wide
        Tensor flat({ 1, 40, 40 }, 0.5f);
        flat.plane(0)[20 * 40 + 20] = 1.0f; // inside the centre the cut keeps
        auto cut = sceneWithRegionKernel(model.scene(), flat, InputRegion { 0, 0, 40, 40 }, {});
        QVERIFY(cut.ok());
        QVERIFY(cut->clamped);
        QCOMPARE(cut->scene.layer.kernel[0], kMaxRegionKernel);
        QVERIFY(!sceneWithRegionKernel(model.scene(), flat, InputRegion { 2, 2, 3, 3 }, {}).ok());
        Scene oneD = model.scene();
        oneD.layer.spatialDims = 1;
        QVERIFY(!sceneWithRegionKernel(oneD, input, InputRegion { 2, 2, 3, 3 }, {}).ok());
    }

    void responsePeaksWhereThePatchIs()
    {
        PlaygroundModel model;
        model.resetScene(patternScene());
        PlaygroundCanvas canvas(&model);
        canvas.resize(1200, 800);
        const int undoBefore = model.undoStack()->count();
        // Ctrl+drag from the pattern's top left to its bottom right cell.
        QTest::mousePress(&canvas, Qt::LeftButton, Qt::ControlModifier, inputCellCentre(canvas, model, 4, 9));
        QTest::mouseMove(&canvas, inputCellCentre(canvas, model, 5, 10));
        QTest::mouseMove(&canvas, inputCellCentre(canvas, model, 6, 11));
        QTest::mouseRelease(&canvas, Qt::LeftButton, Qt::ControlModifier, inputCellCentre(canvas, model, 6, 11));
        QCOMPARE(model.undoStack()->count(), undoBefore + 1);
        QCOMPARE(model.scene().layer.kernel[0], 3);
        QCOMPARE(model.scene().layer.kernel[1], 3);
        const Tensor &out = *model.state().output;
        QCOMPARE(out.dim(1), 16); // "same": the response lines up with the input
        QCOMPARE(out.dim(2), 16);
        for (int c = 0; c < 2; ++c) {
            int best = 0;
            for (int i = 1; i < 256; ++i)
                if (out.plane(c)[i] > out.plane(c)[best])
                    best = i;
            QCOMPARE(best / 16, 5); // the pattern's centre
            QCOMPARE(best % 16, 10);
        }
        model.undoStack()->undo();
        QCOMPARE(model.scene(), patternScene());
    }

    void brushStrokeOnTheGridIsOneUndoStep()
    {
        PlaygroundModel model;
        model.resetScene(patternScene());
        PlaygroundCanvas canvas(&model);
        canvas.resize(1200, 800);
        canvas.setTool(PlaygroundCanvas::Tool::Brush);
        canvas.setBrushValue(50);
        const Tensor inputBefore = *model.state().input;
        const Tensor outputBefore = *model.state().output;
        const int undoBefore = model.undoStack()->count();
        QTest::mousePress(&canvas, Qt::LeftButton, {}, inputCellCentre(canvas, model, 1, 1));
        QTest::mouseMove(&canvas, inputCellCentre(canvas, model, 1, 4)); // cells (1,2) and (1,3) on the way
        QTest::mouseRelease(&canvas, Qt::LeftButton, {}, inputCellCentre(canvas, model, 1, 4));
        for (int x = 1; x <= 4; ++x)
            QCOMPARE(at(*model.state().input, 0, 1, x), 50.0f);
        QCOMPARE(at(*model.state().input, 0, 2, 1), at(inputBefore, 0, 2, 1));
        QCOMPARE(model.undoStack()->count(), undoBefore + 1);
        QVERIFY(!(same(*model.state().output, outputBefore)));

        // The eraser writes zeros, as another step.
        canvas.setTool(PlaygroundCanvas::Tool::Eraser);
        QTest::mouseClick(&canvas, Qt::LeftButton, {}, inputCellCentre(canvas, model, 1, 2));
        QCOMPARE(at(*model.state().input, 0, 1, 2), 0.0f);
        QCOMPARE(model.undoStack()->count(), undoBefore + 2);

        model.undoStack()->undo();
        model.undoStack()->undo();
        QCOMPARE(model.scene(), patternScene());
        QVERIFY(same(*model.state().input, inputBefore));
        QVERIFY(same(*model.state().output, outputBefore));
    }

    void brushStrokeOnThePhotoIsOneUndoStep()
    {
        QTemporaryDir dir;
        QImage picture(40, 30, QImage::Format_RGB32);
        picture.fill(QColor(100, 100, 100));
        const QString path = dir.filePath(QStringLiteral("grey.png"));
        QVERIFY(picture.save(path));
        Scene s;
        s.input.source = InputSource::Image;
        s.input.path = path.toStdString();
        s.input.crop = CropRect { 10, 5, 20, 20 };
        PlaygroundModel model;
        model.resetScene(s);
        QVERIFY2(model.isValid(), qPrintable(model.problem()));
        PlaygroundCanvas canvas(&model);
        canvas.resize(1200, 800);
        canvas.setTool(PlaygroundCanvas::Tool::Brush);
        canvas.setBrushColour(QColor(255, 0, 0));
        const Tensor outputBefore = *model.state().output;
        QTest::mouseClick(&canvas, Qt::LeftButton, {}, inputCellCentre(canvas, model, 3, 2));
        QCOMPARE(at(*model.state().input, 0, 3, 2), 1.0f);
        QCOMPARE(at(*model.state().input, 1, 3, 2), 0.0f);
        QCOMPARE(at(*model.image(), 0, 8, 12), 1.0f); // in the image: the crop's offset added
        QVERIFY(!(same(*model.state().output, outputBefore)));
        QCOMPARE(model.undoStack()->count(), 1);
        model.undoStack()->undo();
        QCOMPARE_LE(std::abs(at(*model.state().input, 0, 3, 2) - 100.0f / 255.0f), 1e-3);
        QVERIFY(same(*model.state().output, outputBefore));
        model.undoStack()->redo();
        QCOMPARE(at(*model.state().input, 0, 3, 2), 1.0f);
    }
};

QTEST_MAIN(TestPatternTools)
#include "tst_pattern_tools.moc"
