// Exports for slides and handouts: a GIF and an MP4 of a small scene have one frame per step at
// the requested size (read back with giflib and OpenCV), the GIF loops and shows the stage's own
// colours; SVG and PDF are valid; a cancelled or failed export leaves no file and no temporary.

#include "export/export_menu.h"
#include "export/stage_export.h"
#include "playground/playground_model.h"
#include "scene.h"

#include <gif_lib.h>

#include <opencv2/videoio.hpp>

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <cstring>
#include <memory>

using namespace convscope;
using namespace convscope::ui;

namespace {

const QSize kSize(320, 200);

// conv_arithmetic's first case: 4x4 input, 3x3 kernel, no padding, stride 1 -> 2x2 output, so
// the animation has 2 x 2 = 4 steps.
Scene smallScene()
{
    auto parsed = readScene(CONVSCOPE_SOURCE_DIR "/resources/scenes/arith_no_padding_no_strides.convscope.json");
    if (!parsed)
        qFatal("cannot read the test scene: %s", parsed.error().message.c_str());
    return parsed->scene;
}

// A 12x12 grid: 10 x 10 = 100 steps, long enough to cancel in the middle.
Scene longScene()
{
    Scene s = smallScene();
    s.input.gridRows = 12;
    s.input.gridCols = 12;
    s.input.gridValues.clear();
    return s;
}

struct Loaded {
    std::unique_ptr<PlaygroundModel> model;
    StageOptions options;
};

Loaded load(const Scene& scene)
{
    Loaded l { std::make_unique<PlaygroundModel>(), {} };
    l.model->resetScene(scene);
    if (!l.model->isValid() || !l.model->state().output)
        qFatal("test scene not valid: %s", qPrintable(l.model->problem()));
    return l;
}

QStringList filesIn(const QTemporaryDir& dir)
{
    return QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System);
}

struct GifFile {
    GifFileType* gif = nullptr;
    explicit GifFile(const QString& path)
    {
        int error = 0;
        gif = DGifOpenFileName(QFile::encodeName(path).constData(), &error);
        if (gif && DGifSlurp(gif) == GIF_ERROR) {
            DGifCloseFile(gif, &error);
            gif = nullptr;
        }
    }
    ~GifFile()
    {
        int error = 0;
        if (gif)
            DGifCloseFile(gif, &error);
    }
};

// Whether the blocks before the first image hold NETSCAPE2.0 with loop count 0 (forever).
bool loopsForever(const GifFileType* gif)
{
    const SavedImage& first = gif->SavedImages[0];
    for (int i = 0; i + 1 < first.ExtensionBlockCount; ++i) {
        const ExtensionBlock& b = first.ExtensionBlocks[i];
        if (b.Function == APPLICATION_EXT_FUNC_CODE && b.ByteCount == 11
            && std::memcmp(b.Bytes, "NETSCAPE2.0", 11) == 0) {
            const ExtensionBlock& data = first.ExtensionBlocks[i + 1];
            return data.ByteCount >= 3 && data.Bytes[0] == 1 && data.Bytes[1] == 0 && data.Bytes[2] == 0;
        }
    }
    return false;
}

int mp4Frames(const QString& path, QSize& size)
{
    cv::VideoCapture capture(QFile::encodeName(path).toStdString());
    if (!capture.isOpened())
        return -1;
    int frames = 0;
    cv::Mat frame;
    while (capture.read(frame)) {
        size = QSize(frame.cols, frame.rows);
        ++frames;
    }
    return frames;
}

bool noMp4Encoder(const Status& s) { return !s && s.error().message.find("no MP4 encoder") != std::string::npos; }

} // namespace

class TestExport : public QObject {
    Q_OBJECT
private slots:
    void gifHasOneLoopingFramePerStep();
    void gifShowsTheStagesColours();
    void gifOfAStepRange();
    void mp4HasOneFramePerStep();
    void stillsAreValid();
    void badSettings_data();
    void badSettings();
    void cancelledExportLeavesNothing_data();
    void cancelledExportLeavesNothing();
    void unwritableTargetLeavesNothing_data();
    void unwritableTargetLeavesNothing();
    void menuExportsInTheBackgroundAndCancels();
};

void TestExport::gifHasOneLoopingFramePerStep()
{
    const Loaded l = load(smallScene());
    QCOMPARE(l.model->state().steps, 4);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("anim.gif"));
    AnimationExport settings;
    settings.size = kSize;
    settings.fps = 5;
    int calls = 0;
    const Status s = exportAnimation(path, ExportFormat::Gif, l.model->state(), l.options, settings,
        [&calls](int, int) { return ++calls > 0; });
    QVERIFY2(s.ok(), s.ok() ? "" : s.error().message.c_str());
    QVERIFY(calls >= 4);
    QCOMPARE(filesIn(dir), QStringList { QStringLiteral("anim.gif") }); // no temporary left

    GifFile file(path);
    QVERIFY(file.gif);
    QCOMPARE(file.gif->ImageCount, 4);
    QCOMPARE(QSize(file.gif->SWidth, file.gif->SHeight), kSize);
    QVERIFY(loopsForever(file.gif));
    for (int i = 0; i < file.gif->ImageCount; ++i) {
        GraphicsControlBlock gcb;
        QCOMPARE(DGifSavedExtensionToGCB(file.gif, i, &gcb), GIF_OK);
        QCOMPARE(gcb.DelayTime, 20); // 5 frames per second: 20/100 s each
    }
    // The first frame is the whole picture; later ones only the part that changed.
    QCOMPARE(file.gif->SavedImages[0].ImageDesc.Width, kSize.width());
    QVERIFY(file.gif->SavedImages[1].ImageDesc.Width * file.gif->SavedImages[1].ImageDesc.Height
        < kSize.width() * kSize.height());
}

// Composes the GIF's frames as a viewer does and compares each with the stage painted directly:
// the flat colours must come out exactly, and nothing may drift from frame to frame.
void TestExport::gifShowsTheStagesColours()
{
    for (const char* theme : { "light", "dark" }) {
        Scene scene = smallScene();
        scene.view.theme = theme;
        Loaded l = load(scene);
        l.options.theme = scene.view.theme == "dark" ? StageTheme::Dark : StageTheme::Light;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("anim.gif"));
        AnimationExport settings;
        settings.size = QSize(640, 400);
        QVERIFY(exportAnimation(path, ExportFormat::Gif, l.model->state(), l.options, settings).ok());
        GifFile file(path);
        QVERIFY(file.gif);
        const ColorMapObject* map = file.gif->SColorMap;
        QVERIFY(map);
        const int w = file.gif->SWidth, h = file.gif->SHeight;
        std::vector<QRgb> canvas(static_cast<std::size_t>(w * h), 0);
        for (int f = 0; f < file.gif->ImageCount; ++f) {
            const SavedImage& image = file.gif->SavedImages[f];
            GraphicsControlBlock gcb;
            DGifSavedExtensionToGCB(file.gif, f, &gcb);
            const GifImageDesc& d = image.ImageDesc;
            for (int y = 0; y < d.Height; ++y)
                for (int x = 0; x < d.Width; ++x) {
                    const int index = image.RasterBits[y * d.Width + x];
                    if (index == gcb.TransparentColor)
                        continue;
                    const GifColorType c = map->Colors[index];
                    canvas[static_cast<std::size_t>((d.Top + y) * w + d.Left + x)] = qRgb(c.Red, c.Green, c.Blue);
                }
            const QImage expected = renderStage(l.model->state(), f, l.options, settings.size);
            QHash<QRgb, int> area; // how many pixels of the frame have each colour
            for (int y = 0; y < h; ++y)
                for (int x = 0; x < w; ++x)
                    ++area[expected.pixel(x, y)];
            int exact = 0, worst = 0, flatWrong = 0;
            for (int y = 0; y < h; ++y)
                for (int x = 0; x < w; ++x) {
                    const QRgb a = canvas[static_cast<std::size_t>(y * w + x)], b = expected.pixel(x, y);
                    const int off = std::max({ std::abs(qRed(a) - qRed(b)), std::abs(qGreen(a) - qGreen(b)),
                        std::abs(qBlue(a) - qBlue(b)) });
                    exact += off == 0;
                    worst = std::max(worst, off);
                    // A flat colour: the background, a panel, a cell, the highlight.
                    flatWrong += off != 0 && area.value(b) * 500 >= w * h;
                }
            const QString where = QStringLiteral("%1 frame %2: ").arg(QLatin1String(theme)).arg(f);
            QVERIFY2(flatWrong == 0, qPrintable(where + QString::number(flatWrong) + QStringLiteral(" pixels of flat colours changed")));
            // Antialiased text edges (thousands of shades) share entries with close colours.
            const double share = double(exact) / (w * h);
            QVERIFY2(share > 0.95, qPrintable(where + QString::number(share) + QStringLiteral(" of the pixels exact")));
            QVERIFY2(worst <= 48, qPrintable(where + QStringLiteral("a pixel off by ") + QString::number(worst)));
        }
    }
}

void TestExport::gifOfAStepRange()
{
    const Loaded l = load(smallScene());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("range.GIF"));
    AnimationExport settings;
    settings.size = kSize;
    settings.firstStep = 1;
    settings.lastStep = 2;
    settings.fps = 3;
    QVERIFY(exportAnimation(path, ExportFormat::Gif, l.model->state(), l.options, settings).ok());
    GifFile file(path);
    QVERIFY(file.gif);
    QCOMPARE(file.gif->ImageCount, 2);
    // 3 frames per second: 33 + 34 hundredths, so that the frames add up without drifting.
    GraphicsControlBlock a, b;
    DGifSavedExtensionToGCB(file.gif, 0, &a);
    DGifSavedExtensionToGCB(file.gif, 1, &b);
    QCOMPARE(a.DelayTime + b.DelayTime, 67);
}

void TestExport::mp4HasOneFramePerStep()
{
    const Loaded l = load(smallScene());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("anim.mp4"));
    AnimationExport settings;
    settings.size = QSize(321, 201); // odd sides: rounded down to even for the encoder
    settings.fps = 4;
    const Status s = exportAnimation(path, ExportFormat::Mp4, l.model->state(), l.options, settings);
    if (noMp4Encoder(s)) {
        QVERIFY(filesIn(dir).isEmpty());
        QSKIP(s.error().message.c_str());
    }
    QVERIFY2(s.ok(), s.ok() ? "" : s.error().message.c_str());
    QCOMPARE(filesIn(dir), QStringList { QStringLiteral("anim.mp4") });
    QSize size;
    QCOMPARE(mp4Frames(path, size), 4);
    QCOMPARE(size, QSize(320, 200));
}

void TestExport::stillsAreValid()
{
    const Loaded l = load(smallScene());
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("view.png"));
    const QString svg = dir.filePath(QStringLiteral("view.svg"));
    const QString pdf = dir.filePath(QStringLiteral("view.pdf"));
    for (const QString& path : { png, svg, pdf }) {
        const Status s = exportStill(path, *exportFormatForPath(path), l.model->state(), 2, l.options, kSize);
        QVERIFY2(s.ok(), s.ok() ? "" : s.error().message.c_str());
    }
    QCOMPARE(QImage(png).size(), kSize);
    QCOMPARE(QImage(png), renderStage(l.model->state(), 2, l.options, kSize).convertToFormat(QImage(png).format()));

    QFile svgFile(svg);
    QVERIFY(svgFile.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&svgFile);
    QString root;
    int elements = 0;
    while (!xml.atEnd())
        if (xml.readNext() == QXmlStreamReader::StartElement) {
            if (root.isEmpty())
                root = xml.name().toString();
            ++elements;
        }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(root, QStringLiteral("svg"));
    QVERIFY(elements > 20); // cells, lines, text: a picture, not an empty frame

    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdfFile.readAll();
    QVERIFY(bytes.startsWith("%PDF-"));
    QVERIFY(bytes.size() > 2000);
    QVERIFY(bytes.trimmed().endsWith("%%EOF"));
    // The page is the picture's size.
    const auto box = QRegularExpression(QStringLiteral("/MediaBox \\[\\s*0\\s+0\\s+([0-9.]+)\\s+([0-9.]+)\\s*\\]"))
                         .match(QString::fromLatin1(bytes));
    QVERIFY2(box.hasMatch(), bytes.left(600).constData());
    QCOMPARE(qRound(box.captured(1).toDouble()), 320);
    QCOMPARE(qRound(box.captured(2).toDouble()), 200);
    QCOMPARE(filesIn(dir).size(), 3);
}

void TestExport::badSettings_data()
{
    QTest::addColumn<int>("first");
    QTest::addColumn<int>("last");
    QTest::addColumn<int>("fps");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QString>("message");
    QTest::newRow("fps 0") << 0 << -1 << 0 << kSize << "speed 0 frames per second is out of range (1 to 50)";
    QTest::newRow("fps 51") << 0 << -1 << 51 << kSize << "speed 51 frames per second is out of range (1 to 50)";
    QTest::newRow("tiny") << 0 << -1 << 4 << QSize(10, 200) << "size 10x200 is out of range (sides from 64 to 8192)";
    QTest::newRow("first past the end") << 4 << -1 << 4 << kSize << "first step 4 is outside the animation (steps 0 to 3)";
    QTest::newRow("last past the end") << 0 << 9 << 4 << kSize << "last step 9 is outside the animation (steps 0 to 3)";
    QTest::newRow("reversed") << 3 << 1 << 4 << kSize << "first step 3 comes after the last step 1: swap them";
}

void TestExport::badSettings()
{
    QFETCH(int, first);
    QFETCH(int, last);
    QFETCH(int, fps);
    QFETCH(QSize, size);
    QFETCH(QString, message);
    const Loaded l = load(smallScene());
    QTemporaryDir dir;
    AnimationExport settings { first, last, fps, size };
    for (const char* name : { "a.gif", "a.mp4" }) {
        const QString path = dir.filePath(QLatin1String(name));
        const Status s = exportAnimation(path, *exportFormatForPath(path), l.model->state(), l.options, settings);
        QVERIFY(!s.ok());
        QCOMPARE(QString::fromStdString(s.error().message), message);
    }
    QVERIFY(filesIn(dir).isEmpty());
}

void TestExport::cancelledExportLeavesNothing_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("gif") << "anim.gif";
    QTest::newRow("mp4") << "anim.mp4";
}

void TestExport::cancelledExportLeavesNothing()
{
    QFETCH(QString, name);
    const Loaded l = load(longScene());
    QCOMPARE(l.model->state().steps, 100);
    QTemporaryDir dir;
    // An older export of the same name stays as it was.
    const QString path = dir.filePath(name);
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("previous export");
    }
    AnimationExport settings;
    settings.size = kSize;
    int calls = 0;
    QStringList seenDuring;
    const Status s = exportAnimation(path, *exportFormatForPath(path), l.model->state(), l.options, settings,
        [&](int done, int) {
            ++calls;
            if (done == 20)
                seenDuring = filesIn(dir);
            return done < 20;
        });
    if (noMp4Encoder(s))
        QSKIP(s.error().message.c_str());
    QVERIFY(!s.ok());
    QCOMPARE(QString::fromStdString(s.error().field), QString::fromLatin1(kExportCancelled));
    QCOMPARE(calls, 20); // it stopped when asked
    QCOMPARE(seenDuring.size(), 2); // the temporary existed while writing...
    QCOMPARE(filesIn(dir), QStringList { name }); // ...and is gone
    QFile old(path);
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("previous export"));
}

void TestExport::unwritableTargetLeavesNothing_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("message");
    QTest::newRow("gif, no such folder") << "missing/anim.gif" << "cannot write @/missing/anim.gif: the folder @/missing does not exist";
    QTest::newRow("mp4, no such folder") << "missing/anim.mp4" << "cannot write @/missing/anim.mp4: the folder @/missing does not exist";
    QTest::newRow("gif, a folder") << "folder.gif" << "cannot write @/folder.gif: it is a directory";
    QTest::newRow("png, a folder") << "folder.png" << "cannot write @/folder.png: it is a directory";
}

void TestExport::unwritableTargetLeavesNothing()
{
    QFETCH(QString, name);
    QFETCH(QString, message);
    const Loaded l = load(smallScene());
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("folder.gif")));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("folder.png")));
    const QString path = dir.filePath(name);
    AnimationExport settings;
    settings.size = kSize;
    const ExportFormat format = *exportFormatForPath(path);
    const Status s = isAnimation(format)
        ? exportAnimation(path, format, l.model->state(), l.options, settings)
        : exportStill(path, format, l.model->state(), 0, l.options, kSize);
    QVERIFY(!s.ok());
    QCOMPARE(QString::fromStdString(s.error().message), QString(message).replace(QLatin1Char('@'), dir.path()));
    QVERIFY(filesIn(dir).isEmpty());
    QVERIFY(QDir(dir.filePath(QStringLiteral("folder.gif"))).isEmpty());
}

// The menu's worker: an export finishes in the background and reports; a cancelled one reports
// and leaves nothing.
void TestExport::menuExportsInTheBackgroundAndCancels()
{
    PlaygroundModel model;
    model.resetScene(longScene());
    QWidget owner;
    ExportMenu menu(&model, nullptr, &owner);
    QSignalSpy finished(&menu, &ExportMenu::finished);
    QTemporaryDir dir;

    AnimationExport settings;
    settings.size = kSize;
    settings.lastStep = 9;
    const QString done = dir.filePath(QStringLiteral("ten.gif"));
    QVERIFY(menu.startAnimationExport(done, ExportFormat::Gif, settings).ok());
    QVERIFY(menu.isExporting());
    QVERIFY(!menu.startAnimationExport(done, ExportFormat::Gif, settings).ok()); // one at a time
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.at(0).at(1).toBool(), true);
    GifFile file(done);
    QVERIFY(file.gif);
    QCOMPARE(file.gif->ImageCount, 10);

    settings.lastStep = -1;
    settings.size = QSize(1600, 1000);
    const QString cancelled = dir.filePath(QStringLiteral("cancelled.gif"));
    QVERIFY(menu.startAnimationExport(cancelled, ExportFormat::Gif, settings).ok());
    menu.cancelExport();
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.at(1).at(1).toBool(), false);
    QCOMPARE(filesIn(dir), QStringList { QStringLiteral("ten.gif") });
}

QTEST_MAIN(TestExport)
#include "tst_export.moc"
