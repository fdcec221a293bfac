// Painted photo pixels survive Save and Open: the painted photo is written beside the scene
// ("NAME.painted.png", named relative to the scene), the reopened window shows the same values,
// and `convscope render` paints the same frame as the window did; a failed save writes nothing.

#include "mainwindow.h"
#include "playground/pattern_tools.h"
#include "playground/playground_model.h"
#include "playground/stage_painter.h"
#include "scene.h"
#include "test_settings.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QMessageBox>
#include <QPainter>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <algorithm>
#include <cmath>
#include <memory>

using namespace convscope;
using namespace convscope::ui;

namespace {

constexpr int kWidth = 800;
constexpr int kHeight = 500;

// The frame as `convscope render` paints it (headless_stage.cpp: the scene's view options).
QImage renderStage(const PlaygroundModel &model)
{
    QImage image(kWidth, kHeight, QImage::Format_RGB32);
    image.setDevicePixelRatio(1.0);
    QPainter painter(&image);
    StageOptions options;
    options.theme = model.scene().view.theme == "dark" ? StageTheme::Dark : StageTheme::Light;
    options.numbers = model.scene().view.numbers;
    options.zoom = model.scene().view.zoom;
    options.outputChannel = model.scene().animation.outputChannel;
    paintStage(painter, QRectF(0, 0, kWidth, kHeight), model.state(), model.step(), options);
    return image;
}

QString writePhoto(const QTemporaryDir &dir, const QString &name, QImage::Format format)
{
    QImage picture(40, 30, format);
    picture.fill(QColor(100, 100, 100));
    const QString path = dir.filePath(name);
    return picture.save(path) ? path : QString();
}

// One brush stroke on the window's photo, as the canvas makes it: a disc at image pixel (x, y),
// red unless told.
void paintStroke(PlaygroundModel &model, int x, int y, float r = 1.0f, float g = 0.0f, float b = 0.0f)
{
    const auto before = model.image();
    auto painted = std::make_shared<Tensor>(*before);
    QVERIFY(paintImage(*painted, x, y, 2, r, g, b));
    model.previewImage(painted);
    model.commitImagePaint(before, QStringLiteral("Brush stroke"));
}

float largestDifference(const Tensor &a, const Tensor &b)
{
    if (a.shape() != b.shape())
        return INFINITY;
    float d = 0.0f;
    for (std::int64_t i = 0; i < a.numel(); ++i)
        d = std::max(d, std::abs(a[i] - b[i]));
    return d;
}

} // namespace

static void initResources() { Q_INIT_RESOURCE(resources); }

class TestPaintedScene : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        initResources();
        convscope::test::useOwnSettings(QStringLiteral("tst_painted_scene"));
    }

    void paintedPhotoSurvivesSaveOpenAndRender()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("lesson")));
        const QString photo = writePhoto(dir, QStringLiteral("photo.png"), QImage::Format_RGB32);
        QVERIFY(!photo.isEmpty());
        const QString scenePath = dir.filePath(QStringLiteral("lesson/eye.convscope.json"));

        QImage unpainted, painted;
        Tensor paintedValues;
        {
            MainWindow w;
            QVERIFY(w.openImage(photo));
            PlaygroundModel *m = w.model();
            Scene s = m->scene();
            s.input.crop = CropRect { 4, 2, 24, 20 };
            s.layer.spatialDims = 2;
            m->setScene(s, QStringLiteral("Crop"));
            QVERIFY2(m->isValid(), qPrintable(m->problem()));
            m->setStep(5);
            unpainted = renderStage(*m);
            QVERIFY(!m->imagePainted());
            paintStroke(*m, 12, 8);
            QVERIFY(m->imagePainted());
            paintedValues = *m->image();
            painted = renderStage(*m);
            QVERIFY(painted != unpainted); // the stroke is on the stage

            QVERIFY2(w.saveSceneAs(scenePath), qPrintable(w.lastError()));
            QVERIFY(m->undoStack()->isClean());
            QVERIFY(!m->imagePainted()); // the window now shows the saved photo
            QCOMPARE(largestDifference(*m->image(), paintedValues), 0.0f);
        }

        // The painted photo beside the scene, which names it relative to itself; the original
        // photo is untouched; no temporary file is left.
        const QString png = dir.filePath(QStringLiteral("lesson/eye.painted.png"));
        QVERIFY(QFileInfo::exists(png));
        QCOMPARE(QDir(dir.filePath(QStringLiteral("lesson"))).entryList(QDir::Files).size(), 2);
        QCOMPARE(QImage(photo).pixelColor(12, 8), QColor(100, 100, 100));
        QCOMPARE(QImage(png).pixelColor(12, 8), QColor(255, 0, 0));
        auto parsed = readScene(scenePath.toStdString());
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->scene.input.source, InputSource::Image);
        QCOMPARE(QString::fromStdString(parsed->scene.input.path), QStringLiteral("eye.painted.png"));
        QVERIFY(parsed->scene.input.crop == (CropRect { 4, 2, 24, 20 }));

        // Opened again: the same values and the same picture.
        {
            MainWindow again;
            QVERIFY(again.openScene(scenePath));
            QCOMPARE(largestDifference(*again.model()->image(), paintedValues), 0.0f);
            QCOMPARE(again.model()->step(), 5);
            QCOMPARE(renderStage(*again.model()), painted);
        }

        // `convscope render` paints the same frame.
        const QString frame = dir.filePath(QStringLiteral("frame.png"));
        QProcess render;
        render.start(QStringLiteral(CONVSCOPE_BINARY),
            { QStringLiteral("render"), scenePath, QStringLiteral("--output"), frame, QStringLiteral("--size"),
                QStringLiteral("%1x%2").arg(kWidth).arg(kHeight) });
        QVERIFY(render.waitForFinished(120000));
        QCOMPARE(render.exitCode(), 0);
        QCOMPARE(QImage(frame).convertToFormat(QImage::Format_RGB32), painted);
    }

    // Painted pixels survive closing the window and starting again: closing asks about the
    // unsaved paint (answered through the window's question hook, as a user answers the dialog),
    // "Save" writes the scene and NAME.painted.png beside it, the session names them, and the
    // next window shows the same values. A later "Discard" drops only the newer paint.
    void paintedPixelsSurviveRestart()
    {
        QTemporaryDir dir;
        const QString photo = writePhoto(dir, QStringLiteral("photo.png"), QImage::Format_RGB32);
        const QString scenePath = dir.filePath(QStringLiteral("class.convscope.json"));
        QStringList asked;
        QMessageBox::StandardButton answer = QMessageBox::Save;
        auto handler = [&asked, &answer](const QString &text, const QString &, QMessageBox::StandardButtons buttons) {
            asked << text;
            return buttons.testFlag(answer) ? answer : QMessageBox::Cancel;
        };
        Tensor paintedValues;
        {
            MainWindow w;
            w.setAskHandler(handler);
            QVERIFY(w.openImage(photo));
            QVERIFY2(w.saveSceneAs(scenePath), qPrintable(w.lastError()));
            paintStroke(*w.model(), 10, 6); // red
            paintStroke(*w.model(), 30, 20, 0.0f, 0.0f, 1.0f); // blue
            paintedValues = *w.model()->image();
            QVERIFY(w.isSceneModified());
            QVERIFY(w.close());
            QCOMPARE(asked.size(), 1); // the unsaved paint was asked about, once
            QVERIFY2(asked.first().contains(QStringLiteral("class.convscope.json")), qPrintable(asked.first()));
        }
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("class.painted.png"))));
        QCOMPARE(QImage(photo).pixelColor(10, 6), QColor(100, 100, 100)); // the photo itself is untouched

        auto redAt = [](const Tensor &image, int x, int y) { return image.plane(0)[y * image.dim(2) + x]; };
        {
            MainWindow again; // the next start: the last session
            again.setAskHandler(handler);
            again.openDefault();
            QVERIFY2(again.model()->isValid(), qPrintable(again.model()->problem()));
            QVERIFY(again.model()->image());
            QCOMPARE(largestDifference(*again.model()->image(), paintedValues), 0.0f);
            QCOMPARE(redAt(*again.model()->image(), 10, 6), 1.0f);
            QVERIFY(!again.isSceneModified());

            // More paint, discarded on closing: the next start shows the saved paint, not this.
            paintStroke(*again.model(), 20, 15, 0.0f, 1.0f, 0.0f);
            QVERIFY(largestDifference(*again.model()->image(), paintedValues) > 0.5f);
            answer = QMessageBox::Discard;
            QVERIFY(again.close());
            QCOMPARE(asked.size(), 2);
        }
        MainWindow third;
        third.openDefault();
        QVERIFY(third.model()->image());
        QCOMPARE(largestDifference(*third.model()->image(), paintedValues), 0.0f);
    }

    // A grey photo painted (1, 0, 0.1) gets their mean 1.1/3, which 8 bits cannot hold: the PNG
    // has 16.
    void greyPaintKeepsItsValue()
    {
        QTemporaryDir dir;
        const QString photo = writePhoto(dir, QStringLiteral("grey.png"), QImage::Format_Grayscale8);
        const QString scenePath = dir.filePath(QStringLiteral("grey.convscope.json"));
        Tensor paintedValues;
        {
            MainWindow w;
            QVERIFY(w.openImage(photo));
            QCOMPARE(w.model()->image()->dim(0), 1);
            paintStroke(*w.model(), 20, 15, 1.0f, 0.0f, 0.1f);
            paintedValues = *w.model()->image();
            QVERIFY(w.saveSceneAs(scenePath));
        }
        const QImage png(dir.filePath(QStringLiteral("grey.painted.png")));
        QCOMPARE(png.format(), QImage::Format_Grayscale16);
        MainWindow again;
        QVERIFY(again.openScene(scenePath));
        QCOMPARE(again.model()->image()->dim(0), 1);
        QCOMPARE_LE(largestDifference(*again.model()->image(), paintedValues), 1e-5f);
        QCOMPARE_LE(std::abs(again.model()->image()->plane(0)[15 * 40 + 20] - 1.1f / 3.0f), 1e-5f);
    }

    // Without paint nothing extra is written; when the painted photo cannot be written, neither
    // is the scene, and the paint stays in the window.
    void unpaintedOrFailedSavesWriteNoPhoto()
    {
        QTemporaryDir dir;
        const QString photo = writePhoto(dir, QStringLiteral("photo.png"), QImage::Format_RGB32);
        MainWindow w;
        QVERIFY(w.openImage(photo));
        QVERIFY(w.saveSceneAs(dir.filePath(QStringLiteral("plain.convscope.json"))));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("plain.painted.png"))));
        auto plain = readScene(dir.filePath(QStringLiteral("plain.convscope.json")).toStdString());
        QVERIFY(plain.ok());
        QCOMPARE(QString::fromStdString(plain->scene.input.path), QStringLiteral("photo.png"));

        paintStroke(*w.model(), 5, 5);
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("blocked.painted.png"))); // a folder in the way
        const QString blocked = dir.filePath(QStringLiteral("blocked.convscope.json"));
        QVERIFY(!w.saveSceneAs(blocked));
        QVERIFY(!QFileInfo::exists(blocked));
        QVERIFY(w.lastError().contains(QStringLiteral("blocked")));
        QVERIFY(w.model()->imagePainted());
        QVERIFY(!w.model()->undoStack()->isClean());
    }
};

QTEST_MAIN(TestPaintedScene)
#include "tst_painted_scene.moc"
