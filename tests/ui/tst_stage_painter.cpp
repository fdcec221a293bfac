// The stage painter: a fixed small scene against a reviewed golden picture (with a tolerance, as
// fonts antialias slightly differently between machines), and the geometry a student sees —
// the current output cell and the window in the highlight colour, cells found under the pointer.
//
// Regenerate the golden picture with CONVSCOPE_UPDATE_GOLDEN=1 and look at it before committing.

#include "playground/playground_canvas.h"
#include "playground/playground_model.h"
#include "playground/stage_painter.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QPicture>
#include <QTest>
#include <QUndoStack>

#include <cstdlib>

using namespace convscope;
using namespace convscope::ui;

namespace {

constexpr int kWidth = 1200;
constexpr int kHeight = 750;

// The 5x5 ramp 1..25, a Sobel x kernel, stride 2, padding 1: a 3x3 output; step 4 is its centre.
Scene rampScene()
{
    Scene s;
    s.input.source = InputSource::Grid;
    s.input.gridRows = 5;
    s.input.gridCols = 5;
    s.input.gridPreset = GridPreset::Ramp;
    s.layer.kernel = { 3, 3, 3 };
    s.layer.stride = { 2, 2, 2 };
    s.layer.padding = Padding::explicitly({ 1, 1, 1 });
    s.layer.weights = { -1, 0, 1, -2, 0, 2, -1, 0, 1 };
    return s;
}

QImage render(const PlaygroundState& state, int step, const StageOptions& options)
{
    QImage image(kWidth, kHeight, QImage::Format_RGB32);
    image.setDevicePixelRatio(1.0);
    QPainter painter(&image);
    paintStage(painter, QRectF(0, 0, kWidth, kHeight), state, step, options);
    return image;
}

bool near(const QColor& a, const QColor& b, int tolerance = 24)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance
        && std::abs(a.blue() - b.blue()) <= tolerance;
}

} // namespace

class TestStagePainter : public QObject {
    Q_OBJECT
private slots:
    void goldenRamp();
    void currentCellIsHighlighted();
    void cellsUnderThePointer();
    void problemBanner();
    void cachedGridMatchesDirect();
    void canvasShowsEditsAndSteps();
    void headerKeepsTheParameters();
};

void TestStagePainter::goldenRamp()
{
    PlaygroundModel model;
    model.resetScene(rampScene());
    QVERIFY(model.isValid());
    const QImage frame = render(model.state(), 4, StageOptions {});
    const QString golden
        = QStringLiteral(CONVSCOPE_TEST_DATA_DIR "/render/stage_ramp_k3_s2_p1_step4.png");
    if (qEnvironmentVariableIntValue("CONVSCOPE_UPDATE_GOLDEN") == 1) {
        QVERIFY(frame.save(golden, "PNG"));
        QSKIP("golden picture written; review it before committing");
    }
    QImage expected(golden);
    QVERIFY2(!expected.isNull(), qPrintable(QStringLiteral("cannot read ") + golden));
    expected = expected.convertToFormat(QImage::Format_RGB32);
    QCOMPARE(expected.size(), frame.size());
    // At most 1 % of the pixels may differ by more than 16 levels in some channel.
    qint64 differing = 0;
    for (int y = 0; y < kHeight; ++y) {
        const auto* a = reinterpret_cast<const QRgb*>(frame.constScanLine(y));
        const auto* b = reinterpret_cast<const QRgb*>(expected.constScanLine(y));
        for (int x = 0; x < kWidth; ++x)
            if (std::abs(qRed(a[x]) - qRed(b[x])) > 16 || std::abs(qGreen(a[x]) - qGreen(b[x])) > 16
                || std::abs(qBlue(a[x]) - qBlue(b[x])) > 16)
                ++differing;
    }
    const qint64 allowed = qint64(kWidth) * kHeight / 100;
    QVERIFY2(differing <= allowed,
        qPrintable(
            QStringLiteral("%1 pixels differ (at most %2 may)").arg(differing).arg(allowed)));
}

void TestStagePainter::currentCellIsHighlighted()
{
    PlaygroundModel model;
    model.resetScene(rampScene());
    const PlaygroundState& state = model.state();
    for (const StageTheme theme : { StageTheme::Light, StageTheme::Dark }) {
        StageOptions options;
        options.theme = theme;
        const QImage frame = render(state, 4, options);
        const StageLayout layout = stageLayout(QRectF(0, 0, kWidth, kHeight), state, 4, options);
        QVERIFY(layout.output);
        // The current output cell (1, 1) is filled with the highlight colour (away from its
        // number, which sits in the middle).
        const QRectF cell = layout.output->cellRect(1, 1);
        const QPoint inside
            = (cell.topLeft() + QPointF(cell.width() * 0.15, cell.height() * 0.15)).toPoint();
        QVERIFY2(near(frame.pixelColor(inside), stageHighlightColor(theme)),
            qPrintable(frame.pixelColor(inside).name()));
        // Cells after the step are still empty: not the highlight.
        const QRectF later = layout.output->cellRect(2, 2);
        QVERIFY(!near(frame.pixelColor(later.center().toPoint()), stageHighlightColor(theme)));
        // The window's outline runs along the left edge of its first cell: padded (2, 2).
        QCOMPARE(layout.inputPlanes.size(), std::size_t { 1 });
        const QRectF first = layout.inputPlanes.front().cellRect(2, 2);
        const QPoint edge(qRound(first.left()), qRound(first.center().y()));
        QVERIFY2(near(frame.pixelColor(edge), stageHighlightColor(theme)),
            qPrintable(frame.pixelColor(edge).name()));
    }
}

void TestStagePainter::cellsUnderThePointer()
{
    PlaygroundModel model;
    model.resetScene(rampScene());
    const PlaygroundState& state = model.state();
    const StageLayout layout
        = stageLayout(QRectF(0, 0, kWidth, kHeight), state, 4, StageOptions {});
    const StagePlane& input = layout.inputPlanes.front();
    // The top-left padding cell is input (−1, −1) and holds a zero.
    auto pad = stageCellAt(layout, input.cellRect(0, 0).center());
    QVERIFY(pad);
    QCOMPARE(pad->panel, StageCell::Panel::Input);
    QCOMPARE(pad->index, (Dims { -1, -1, 0 }));
    QCOMPARE(*stageCellValue(state, *pad), 0.0);
    // Input (2, 3) holds the ramp's 2·5 + 3 + 1 = 14.
    auto cell = stageCellAt(layout, input.cellRect(3, 4).center());
    QVERIFY(cell);
    QCOMPARE(cell->index, (Dims { 2, 3, 0 }));
    QCOMPARE(*stageCellValue(state, *cell), 14.0);
    // Output (1, 1) is written by step 4.
    auto out = stageCellAt(layout, layout.output->cellRect(1, 1).center());
    QVERIFY(out);
    QCOMPARE(out->panel, StageCell::Panel::Output);
    QCOMPARE(stepForOutput(state.window, out->index), 4);
    QVERIFY(!stageCellAt(layout, QPointF(2, 2)));
}

void TestStagePainter::problemBanner()
{
    PlaygroundModel model;
    model.resetScene(rampScene());
    StageOptions options;
    options.problem = QStringLiteral("kernel 7 is larger than the padded input 7");
    const QImage plain = render(model.state(), 4, StageOptions {});
    const QImage banner = render(model.state(), 4, options);
    // The banner covers part of the picture; the header stays as it was.
    QVERIFY(plain != banner);
    QCOMPARE(plain.copy(0, 0, kWidth, 20), banner.copy(0, 0, kWidth, 20));
}

// The input grid is painted once into a picture and copied while the window moves: the frames
// must look as when every cell is painted directly (a QPicture replay paints without the cache),
// and the window must move over the copied grid from step to step.
void TestStagePainter::cachedGridMatchesDirect()
{
    PlaygroundModel model;
    model.resetScene(rampScene());
    const PlaygroundState& state = model.state();
    StageOptions options;
    for (const int step : { 0, 4, 8 }) {
        const QImage cached = render(state, step, options);
        QPicture recording;
        QPainter recorder(&recording);
        paintStage(recorder, QRectF(0, 0, kWidth, kHeight), state, step, options);
        recorder.end();
        QImage direct(kWidth, kHeight, QImage::Format_RGB32);
        QPainter replay(&direct);
        replay.drawPicture(0, 0, recording);
        replay.end();
        const QRectF panel = stageLayout(QRectF(0, 0, kWidth, kHeight), state, step, options).inputPanel;
        int differing = 0, total = 0;
        for (int y = int(panel.top()); y < int(panel.bottom()); ++y)
            for (int x = int(panel.left()); x < int(panel.right()); ++x, ++total)
                differing += !near(cached.pixelColor(x, y), direct.pixelColor(x, y));
        QVERIFY2(differing * 200 < total, qPrintable(QStringLiteral("step %1: %2 of %3 pixels differ")
                                                  .arg(step).arg(differing).arg(total)));
    }
    // The window moved: step 0's and step 8's input panels differ.
    const QRectF panel = stageLayout(QRectF(0, 0, kWidth, kHeight), state, 0, options).inputPanel;
    const QRect area = panel.toAlignedRect();
    QVERIFY(render(state, 0, options).copy(area) != render(state, 8, options).copy(area));
}


// The canvas draws the stage of an edited layer on a thread of its own and then shows it: what
// it shows must be the edited layer, exactly as painted directly; a step (the animation) shows at
// once.
void TestStagePainter::canvasShowsEditsAndSteps()
{
    PlaygroundModel model;
    model.resetScene(rampScene());
    PlaygroundCanvas canvas(&model);
    canvas.resize(kWidth, kHeight);
    canvas.show();
    QVERIFY(QTest::qWaitForWindowExposed(&canvas));
    const auto shown = [&canvas] { return canvas.grab().toImage().convertToFormat(QImage::Format_RGB32); };
    const auto direct = [&] { return render(model.state(), model.step(), canvas.stageOptions()); };

    Scene edited = model.scene();
    edited.layer.stride = { 1, 1, 1 }; // 5x5 outputs instead of 3x3
    const int before = canvas.backgroundFrames();
    model.setScene(edited, QStringLiteral("stride"));
    QTRY_VERIFY(canvas.backgroundFrames() > before);
    QCOMPARE(model.state().plan.axes[0].output, 5);
    QCOMPARE(shown(), direct());

    model.setStep(7);
    QCOMPARE(shown(), direct());
    QVERIFY(shown() != render(model.state(), 0, canvas.stageOptions()));

    // Undone: back to the 3x3 output, again from the background.
    const int again = canvas.backgroundFrames();
    model.undoStack()->undo();
    QTRY_VERIFY(canvas.backgroundFrames() > again);
    QCOMPARE(model.state().plan.axes[0].output, 3);
    QCOMPARE(shown(), direct());
}

// A long scene title gives way to the layer's parameters in a narrow header, never the reverse.
void TestStagePainter::headerKeepsTheParameters()
{
    QFont font;
    font.setPixelSize(24);
    font.setBold(true);
    const QFontMetricsF metrics(font);
    const QString title = QStringLiteral("Chelsea the cat: a Sobel kernel finds vertical edges");
    const QString parameters = QStringLiteral("2-D convolution  ·  kernel 3×3  ·  stride 1  ·  padding 1");
    const QString separator = QStringLiteral("  —  ");
    const auto width = [&metrics](const QString& text) { return metrics.horizontalAdvance(text); };

    const double wide = width(title + separator + parameters) + 10;
    QCOMPARE(stageHeaderLine(title, { parameters }, wide, 160, font), title + separator + parameters);
    const double subjectOnly = width(QStringLiteral("Chelsea the cat") + separator + parameters) + 10;
    QCOMPARE(stageHeaderLine(title, { parameters }, subjectOnly, 160, font),
        QStringLiteral("Chelsea the cat") + separator + parameters);
    const QString noSubject = QStringLiteral("A very long title without any colon in it at all");
    const QString shortened = stageHeaderLine(noSubject, { parameters }, subjectOnly, 100, font);
    QVERIFY2(shortened.endsWith(QStringLiteral("…") + separator + parameters), qPrintable(shortened));
    QVERIFY(width(shortened) <= subjectOnly + 1);
    QCOMPARE(stageHeaderLine(title, { parameters }, width(parameters) + 40, 160, font), parameters);
    QCOMPARE(stageHeaderLine(QString(), { parameters }, 10, 160, font), parameters);

    // Where the words do not fit, the lecture's letters do; where nothing fits, the shortest.
    const QString letters = QStringLiteral("2-D convolution  ·  k 3×3  ·  s 1  ·  p 1");
    QCOMPARE(stageHeaderLine(title, { parameters, letters }, width(parameters) + 40, 160, font),
        parameters);
    const QString narrow
        = stageHeaderLine(title, { parameters, letters }, width(parameters) - 1, 160, font);
    QVERIFY2(narrow.endsWith(letters), qPrintable(narrow));
    QVERIFY(width(narrow) <= width(parameters) - 1);
    QCOMPARE(stageHeaderLine(QString(), { parameters, letters }, 10, 160, font), letters);
}

QTEST_MAIN(TestStagePainter)
#include "tst_stage_painter.moc"
