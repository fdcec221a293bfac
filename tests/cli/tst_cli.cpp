// The command line as a user meets it: exit codes, the one-line error messages, and no partial
// output files (CONTRACT.md section 3).

#include "image_io.h"
#include "run_convscope.h"
#include "npy.h"

#include <opencv2/core.hpp>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace convscope;

namespace {

QString write(const QTemporaryDir &dir, const QString &name, const Tensor &t)
{
    const QString path = dir.filePath(name);
    if (!writeNpy(path.toStdString(), t).ok())
        qFatal("cannot write test input");
    return path;
}

Tensor ramp(std::vector<int> shape)
{
    Tensor t(std::move(shape));
    for (std::int64_t i = 0; i < t.numel(); ++i)
        t[i] = static_cast<float>(i % 7) - 3.0f;
    return t;
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_x, m_w, m_b, m_x1;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_x = write(m_dir, "x.npy", ramp({ 3, 5, 5 }));
        m_w = write(m_dir, "w.npy", ramp({ 4, 3, 3, 3 }));
        m_b = write(m_dir, "b.npy", ramp({ 4 }));
        m_x1 = write(m_dir, "x1.npy", ramp({ 2, 9 }));
    }

    void helpAndVersion()
    {
        const Run help = runConvscope({ "--help" });
        QCOMPARE(help.code, 0);
        QVERIFY(help.out.contains("convscope conv"));
        QVERIFY(help.out.contains("Exit status"));
        QVERIFY(help.out.contains("--lang en|de")); // the GUI's options too
        QVERIFY(help.out.contains("--presenter"));
        const Run version = runConvscope({ "--version" });
        QCOMPARE(version.code, 0);
        QVERIFY(version.out.startsWith("convscope "));
    }

    // The lecture's hand example: 5x5 input, 3x3 kernel, stride 2, padding 1 gives
    // floor((5 + 2*1 - 3)/2) + 1 = 3 per side.
    void convWritesTheOutput()
    {
        const QString out = m_dir.filePath("y.npy");
        const Run r = runConvscope({ "conv", "--input", m_x, "--weight", m_w, "--bias", m_b, "--stride", "2",
            "--padding", "1", "--output", out });
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        auto y = readNpy(out.toStdString());
        QVERIFY(y.ok());
        QCOMPARE(y->shape(), (std::vector<int> { 4, 3, 3 }));
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        const QString x = QStringLiteral("@x"), w = QStringLiteral("@w"), b = QStringLiteral("@b");
        QTest::newRow("no command args") << QStringList { "conv" } << 2 << "conv needs --input";
        QTest::newRow("unknown command") << QStringList { "frobnicate", "--now" } << 2
                                         << "unknown command 'frobnicate' (see convscope --help)";
        QTest::newRow("unknown option") << QStringList { "conv", "--input", x, "--bogus", "1" } << 2
                                        << "unknown option --bogus (see convscope --help)";
        QTest::newRow("missing value") << QStringList { "conv", "--input" } << 2 << "option --input needs a value";
        QTest::newRow("missing input file")
            << QStringList { "conv", "--input", "/nonexistent/x.npy", "--weight", w, "--output", "@out" } << 3
            << "cannot read /nonexistent/x.npy: no such file";
        QTest::newRow("kernel larger than padded input")
            << QStringList { "conv", "--input", x, "--weight", "@w7", "--output", "@out" } << 2
            << "kernel 7 is larger than the padded input 5 (height): use a smaller kernel or add padding";
        QTest::newRow("dilated kernel larger than padded input")
            << QStringList { "conv", "--input", x, "--weight", w, "--dilation", "3", "--output", "@out" } << 2
            << "kernel 3 (effective 7 with dilation 3) is larger than the padded input 5 (height): lower the "
               "dilation or the kernel size, or add padding";
        QTest::newRow("groups do not divide channels")
            << QStringList { "conv", "--input", x, "--weight", w, "--groups", "2", "--output", "@out" } << 2
            << "groups 2 does not divide the 3 input channels: choose a divisor of 3";
        QTest::newRow("same with stride 2")
            << QStringList { "conv", "--input", x, "--weight", w, "--padding", "same", "--stride", "2", "--output",
                   "@out" }
            << 2
            << "padding 'same' needs stride 1, but the stride (height) is 2: use a number for the padding or set the "
               "stride to 1";
        QTest::newRow("reflect padding too large")
            << QStringList { "conv", "--input", x, "--weight", w, "--padding", "5", "--padding-mode", "reflect",
                   "--output", "@out" }
            << 2 << "reflect padding 5 (height) must be smaller than the input size 5: lower the padding or use replicate or zeros";
        QTest::newRow("bad padding mode")
            << QStringList { "conv", "--input", x, "--weight", w, "--padding-mode", "mirror", "--output", "@out" } << 2
            << "--padding-mode 'mirror' is not one of zeros, reflect, replicate, circular";
        QTest::newRow("stride zero") << QStringList { "conv", "--input", x, "--weight", w, "--stride", "0", "--output", "@out" }
                                     << 2 << "--stride 0 is out of range (1 to 65536)";
        QTest::newRow("too many per-dimension values")
            << QStringList { "conv", "--input", x, "--weight", w, "--stride", "1,2,3", "--output", "@out" } << 2
            << "--stride '1,2,3' has 3 values but the input has 2 spatial dimensions";
        QTest::newRow("wrong bias shape")
            << QStringList { "conv", "--input", x, "--weight", w, "--bias", "@x1", "--output", "@out" } << 3
            << "the bias has shape (2, 9) but 4 output channels need (4,)";
        QTest::newRow("weight of the wrong rank")
            << QStringList { "conv", "--input", x, "--weight", b, "--output", "@out" } << 3
            << "the weight has shape (4,) but a 2-d convolution of an input (3, 5, 5) needs 4 dimensions (O, C/groups, *kernel)";
        QTest::newRow("garbage npy") << QStringList { "conv", "--input", "@garbage", "--weight", w, "--output", "@out" }
                                     << 3 << "@garbage: not a valid .npy file: it does not start with the NumPy magic string";
        QTest::newRow("pool bad type") << QStringList { "pool", "--type", "median", "--input", x, "--kernel", "2", "--output", "@out" }
                                       << 2 << "--type 'median' is not one of max, avg, sum";
        QTest::newRow("pool padding above half the kernel")
            << QStringList { "pool", "--type", "max", "--input", x, "--kernel", "2", "--padding", "2", "--output", "@out" }
            << 2 << "padding 2 (height) must be at most half the kernel size (2 / 2 = 1): lower the padding";
        QTest::newRow("pool window larger than input")
            << QStringList { "pool", "--type", "avg", "--input", x, "--kernel", "6", "--output", "@out" } << 2
            << "kernel 6 is larger than the padded input 5 (height): use a smaller window or add padding";
        QTest::newRow("unwritable output")
            << QStringList { "conv", "--input", x, "--weight", w, "--output", "/nonexistent-dir/y.npy" } << 3
            << "cannot write /nonexistent-dir/y.npy: No such file or directory";
    }

    void errors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, message);
        QTemporaryDir outDir;
        const QString garbage = outDir.filePath("garbage.npy");
        {
            QFile f(garbage);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("this is not a numpy file at all");
        }
        const QString w7 = write(outDir, "w7.npy", ramp({ 1, 3, 7, 7 }));
        for (QString &a : args) {
            a.replace("@out", outDir.filePath("out.npy"));
            a.replace("@garbage", garbage);
            a.replace("@w7", w7);
            a.replace("@x1", m_x1);
            a.replace("@x", m_x);
            a.replace("@w", m_w);
            a.replace("@b", m_b);
        }
        message.replace("@garbage", garbage);
        const Run r = runConvscope(args);
        QCOMPARE(r.code, code);
        QCOMPARE(r.err.trimmed(), "convscope: error: " + message);
        QCOMPARE(r.err.count('\n'), 1);
        // Nothing half-written: only the inputs made above are in the folder.
        QCOMPARE(QDir(outDir.path()).entryList(QDir::Files | QDir::Hidden).size(), 2);
    }

    // ONNX models: summary and apply work as for specs (the extension decides, in any case).
    void summaryOfOnnxModel()
    {
        const QString copy = m_dir.filePath("LeNet5.ONNX");
        QVERIFY(QFile::copy(CONVSCOPE_SHARED_DIR "/models/lenet5.onnx", copy));
        const Run json = runConvscope({ "summary", copy, "--json" });
        QCOMPARE(json.code, 0);
        QVERIFY2(json.err.isEmpty(), qPrintable(json.err));
        QVERIFY2(json.out.contains("\"total_params\": 61706"), qPrintable(json.out));
        QVERIFY(json.out.contains("\"name\":\"conv0\""));
        const Run table = runConvscope({ "summary", copy });
        QCOMPARE(table.code, 0);
        QVERIFY2(table.out.contains("Total params: 61,706"), qPrintable(table.out));
        QVERIFY(table.out.contains("linear11 (linear)"));
    }

    // apply runs the model's own weights: edges.onnx's first kernel is Sobel x, so a step from
    // black to white between columns 63 and 64 gives -1*0 + 1*1 times (1 + 2 + 1) = 4 beside it.
    void applyUsesTheOnnxWeights()
    {
        QTemporaryDir out;
        cv::Mat step(128, 128, CV_8U, cv::Scalar(0));
        step.colRange(64, 128).setTo(255);
        const QString image = out.filePath("step.png");
        QVERIFY(saveImagePng(image.toStdString(), step).ok());
        const Run r = runConvscope({ "apply", CONVSCOPE_SHARED_DIR "/models/edges.onnx", "--image", image,
            "--output-dir", out.filePath("maps") });
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        auto conv = readNpy(out.filePath("maps/layer00_conv0.npy").toStdString());
        QVERIFY(conv.ok());
        QCOMPARE(conv->shape(), (std::vector<int> { 4, 128, 128 }));
        QCOMPARE((*conv)[50 * 128 + 63], 4.0f);
        QCOMPARE((*conv)[50 * 128 + 20], 0.0f);
        QVERIFY(QFile::exists(out.filePath("maps/layer02_maxpool2.png")));
    }

    // Limits: apply keeps every layer's maps; maps that cannot fit in half the memory are refused
    // (exit 2, one line, no output folder) before the picture is read or anything allocated.
    void applyRefusesMapsThatCannotFit()
    {
        QTemporaryDir dir;
        QString layers;
        for (int i = 0; i < 40; ++i)
            layers += QStringLiteral("%1{ \"type\": \"conv\", \"out_channels\": 3, \"kernel\": 3, \"padding\": 1 }").arg(i ? ", " : "");
        const QString spec = dir.filePath("huge.json");
        {
            QFile f(spec);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QStringLiteral(R"({ "format": "convscope-network", "version": 1, "name": "huge",
                "input": { "channels": 3, "size": [26000, 26000] }, "layers": [ %1 ] })").arg(layers).toUtf8());
        }
        const Run r = runConvscope({ "apply", spec, "--image", "/nonexistent/photo.png", "--output-dir", dir.filePath("maps") });
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.startsWith("convscope: error: the feature maps of " + spec + " on its (3, 26000, 26000) input "
                                  "would need about "),
            qPrintable(r.err));
        QVERIFY2(r.err.contains("give the network a smaller input size"), qPrintable(r.err));
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY(!QDir(dir.filePath("maps")).exists());
    }

    void onnxErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QString data = QStringLiteral(CONVSCOPE_TEST_DATA_DIR "/onnx/");
        QTest::newRow("summary of a residual block")
            << QStringList { "summary", data + "residual.onnx" }
            << data + "residual.onnx: node '/Add' (Add): it combines 2 tensors, so the graph branches";
        QTest::newRow("apply with a softmax")
            << QStringList { "apply", data + "softmax.onnx", "--image", "@image", "--output-dir", "@dir" }
            << data + "softmax.onnx: node '/2/Softmax' (Softmax): ConvScope has no such layer";
        QTest::newRow("not an ONNX file") << QStringList { "summary", "@garbage" }
                                          << "@garbage: not an ONNX model";
        QTest::newRow("missing file") << QStringList { "summary", "/nonexistent/m.onnx" }
                                      << "cannot read /nonexistent/m.onnx";
    }
    void onnxErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString garbage = dir.filePath("garbage.onnx");
        {
            QFile f(garbage);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("this is not a protobuf \xff\xff\xff\xff\xff");
        }
        for (QString &a : args) {
            a.replace("@garbage", garbage);
            a.replace("@image", garbage);
            a.replace("@dir", dir.filePath("maps"));
        }
        message.replace("@garbage", garbage);
        const Run r = runConvscope(args);
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.startsWith("convscope: error: " + message), qPrintable(r.err));
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY(!QDir(dir.filePath("maps")).exists());
    }

    // convscope export: conv_arithmetic's first case (4x4 input, 3x3 kernel: 2x2 = 4 steps).
    void exportWritesAnimation()
    {
        const QString scene = QStringLiteral(CONVSCOPE_SOURCE_DIR "/resources/scenes/arith_no_padding_no_strides.convscope.json");
        QTemporaryDir dir;
        const QString gif = dir.filePath("anim.gif");
        const Run r = runConvscope({ "export", scene, "--output", gif, "--fps", "8", "--size", "400x250" });
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        QFile file(gif);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray head = file.read(10);
        QVERIFY(head.startsWith("GIF89a"));
        // The logical screen is the requested size (little-endian width and height).
        QCOMPARE(quint8(head[6]) | (quint8(head[7]) << 8), 400);
        QCOMPARE(quint8(head[8]) | (quint8(head[9]) << 8), 250);
        const Run range = runConvscope({ "export", scene, "--output", dir.filePath("two.gif"), "--first-step", "1",
            "--last-step", "2", "--size", "200x125" });
        QCOMPARE(range.code, 0);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), (QStringList { "anim.gif", "two.gif" }));
    }

    void exportErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("no output") << QStringList { "@scene" } << 2 << "export needs --output ANIMATION.gif or ANIMATION.mp4";
        QTest::newRow("unknown extension") << QStringList { "@scene", "--output", "@dir/a.avi" } << 2
                                           << "--output '@dir/a.avi' must end in .gif or .mp4";
        QTest::newRow("fps zero") << QStringList { "@scene", "--output", "@dir/a.gif", "--fps", "0" } << 2
                                  << "--fps 0 is out of range (1 to 50)";
        QTest::newRow("bad size") << QStringList { "@scene", "--output", "@dir/a.mp4", "--size", "12x4000" } << 2
                                  << "--size '12x4000' is not WIDTHxHEIGHT with sides from 64 to 8192 (e.g. 1600x1000)";
        QTest::newRow("last step past the end")
            << QStringList { "@scene", "--output", "@dir/a.gif", "--last-step", "4" } << 2
            << "@scene: last step 4 is outside the animation (steps 0 to 3)";
        QTest::newRow("unreadable scene") << QStringList { "@dir/none.convscope.json", "--output", "@dir/a.gif" } << 3
                                          << "cannot read @dir/none.convscope.json: no such file";
        QTest::newRow("unwritable output") << QStringList { "@scene", "--output", "@dir/missing/a.gif" } << 3
                                           << "cannot write @dir/missing/a.gif: the folder @dir/missing does not exist";
    }

    void exportErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString scene = QStringLiteral(CONVSCOPE_SOURCE_DIR "/resources/scenes/arith_no_padding_no_strides.convscope.json");
        for (QString &a : args) {
            a.replace("@scene", scene);
            a.replace("@dir", dir.path());
        }
        message.replace("@scene", scene).replace("@dir", dir.path());
        const Run r = runConvscope(QStringList { "export" } + args);
        QCOMPARE(r.code, code);
        QCOMPARE(r.err.trimmed(), "convscope: error: " + message);
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty()); // nothing half-written
    }
};

QTEST_APPLESS_MAIN(TestCli)
#include "tst_cli.moc"
