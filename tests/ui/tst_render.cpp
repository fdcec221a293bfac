// `convscope render`: the built binary on scenes written to a temporary folder — the PNG it
// writes has the requested size, bad usage exits 2, an unreadable scene exits 3 and writes
// nothing.

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

const char* const kGridScene = R"({"format": "convscope-scene", "version": 1,
  "input": {"source": "grid", "rows": 5, "cols": 5, "grid_preset": "ramp"},
  "layer": {"op": "conv", "kernel": 3, "stride": 2, "padding": 1, "kernel_presets": ["sobel_x"]},
  "animation": {"step": 4}})";

const char* const kImpossibleScene = R"({"format": "convscope-scene", "version": 1,
  "input": {"source": "grid", "rows": 5, "cols": 5, "grid_preset": "ramp"},
  "layer": {"op": "conv", "kernel": 9, "padding": 0, "kernel_presets": ["box"]}})";

const char* const kMissingImageScene = R"({"format": "convscope-scene", "version": 1,
  "input": {"source": "image", "path": "no-such-photo.png"},
  "layer": {"op": "conv", "kernel": 3}})";

struct Run {
    int exitCode = -1;
    QString stderrText;
};

Run run(const QStringList& args)
{
    QProcess process;
    process.setProgram(QStringLiteral(CONVSCOPE_BINARY));
    process.setArguments(QStringList { QStringLiteral("render") } + args);
    process.start();
    if (!process.waitForFinished(60000))
        return {};
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardError()) };
}

QString write(const QTemporaryDir& dir, const QString& name, const char* text)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(text);
    return path;
}

} // namespace

class TestRender : public QObject {
    Q_OBJECT
private slots:
    void writesFrameOfRequestedSize();
    void badUsage_data();
    void badUsage();
    void unreadableScene_data();
    void unreadableScene();
};

void TestRender::writesFrameOfRequestedSize()
{
    QTemporaryDir dir;
    const QString scene = write(dir, QStringLiteral("grid.convscope.json"), kGridScene);
    const QString out = dir.filePath(QStringLiteral("frame.png"));
    const Run r = run({ scene, QStringLiteral("--output"), out, QStringLiteral("--size"),
        QStringLiteral("800x500"), QStringLiteral("--step"), QStringLiteral("2") });
    QCOMPARE(r.exitCode, 0);
    const QImage image(out);
    QCOMPARE(image.size(), QSize(800, 500));
    // No temporary file is left beside it.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 2);
    const Run defaults = run({ scene, QStringLiteral("--output"), out });
    QCOMPARE(defaults.exitCode, 0);
    QCOMPARE(QImage(out).size(), QSize(1600, 1000));
}

void TestRender::badUsage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("withScene");
    QTest::newRow("no --output") << QStringList {} << true;
    QTest::newRow("size without x") << QStringList { "--size", "800" } << true;
    QTest::newRow("size too small") << QStringList { "--size", "10x10" } << true;
    QTest::newRow("size not a number") << QStringList { "--size", "wide x tall" } << true;
    QTest::newRow("negative step") << QStringList { "--step", "-1" } << true;
    QTest::newRow("unknown option") << QStringList { "--fps", "3" } << true;
    QTest::newRow("no scene") << QStringList {} << false;
}

void TestRender::badUsage()
{
    QFETCH(QStringList, args);
    QFETCH(bool, withScene);
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("frame.png"));
    QStringList all;
    if (withScene)
        all << write(dir, QStringLiteral("grid.convscope.json"), kGridScene);
    if (!args.isEmpty() || !withScene)
        all << QStringLiteral("--output") << out;
    all << args;
    const Run r = run(all);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(
        r.stderrText.startsWith(QStringLiteral("convscope: error: ")), qPrintable(r.stderrText));
    QVERIFY(!QFile::exists(out));
}

void TestRender::unreadableScene_data()
{
    QTest::addColumn<QByteArray>("scene");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("not JSON") << QByteArray("{ this is not json") << 3;
    QTest::newRow("wrong format") << QByteArray(R"({"format": "other", "version": 1})") << 3;
    QTest::newRow("missing image") << QByteArray(kMissingImageScene) << 3;
    // An impossible layer is a usage error: there is no picture of parameters that do not fit.
    QTest::newRow("impossible layer") << QByteArray(kImpossibleScene) << 2;
}

void TestRender::unreadableScene()
{
    QFETCH(QByteArray, scene);
    QFETCH(int, exitCode);
    QTemporaryDir dir;
    const QString path = write(dir, QStringLiteral("bad.convscope.json"), scene.constData());
    const QString out = dir.filePath(QStringLiteral("frame.png"));
    const Run r = run({ path, QStringLiteral("--output"), out });
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.stderrText.contains(QStringLiteral("convscope: error: ")), qPrintable(r.stderrText));
    QVERIFY(!QFile::exists(out));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("missing.convscope.json"))));
    const Run missing = run({ dir.filePath(QStringLiteral("missing.convscope.json")),
        QStringLiteral("--output"), out });
    QCOMPARE(missing.exitCode, 3);
}

QTEST_MAIN(TestRender)
#include "tst_render.moc"
