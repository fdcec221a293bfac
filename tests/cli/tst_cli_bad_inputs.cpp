// Hostile and broken inputs on the command line, one table row per case and class (issue 6):
// every subcommand that reads a file (conv, pool, summary, apply, render) meets empty, truncated
// and garbage files, wrong dtypes, lying headers, absurd and zero shapes, JSON nested 200,000
// deep, numbers out of range, wrong field types, unknown layer types, impossible parameters,
// files that are not images, a decompression bomb, missing files and unwritable outputs.
// Each must end with exit 2 or 3, exactly one "convscope: error:" line on stderr, nothing on
// stdout, and nothing at all in the output folder (no partial file, no temporary file, no
// half-made output directory) — CONTRACT.md section 3.

#include "image_io.h"
#include "run_convscope.h"
#include "npy.h"

#include <opencv2/core.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cstdint>
#include <string>

using namespace convscope;

namespace {

void writeBytes(const QString& path, const std::string& bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly)
        || f.write(bytes.data(), static_cast<qint64>(bytes.size()))
            != static_cast<qint64>(bytes.size()))
        qFatal("cannot write test input %s", qPrintable(path));
}

// A version 1.0 .npy file with the given header dictionary and data bytes.
std::string npy(const std::string& dict, const std::string& data)
{
    std::string header = dict;
    header.append((64 - (10 + header.size() + 1) % 64) % 64, ' ');
    header += '\n';
    std::string out("\x93NUMPY\x01\x00", 8);
    out += static_cast<char>(header.size() & 0xff);
    out += static_cast<char>((header.size() >> 8) & 0xff);
    return out + header + data;
}

std::string f4(const std::string& shape)
{
    return "{'descr': '<f4', 'fortran_order': False, 'shape': " + shape + ", }";
}

// The first bytes of a PNG: signature and IHDR (the CRC is not checked before the size is).
std::string pngHeader(std::uint32_t width, std::uint32_t height)
{
    std::string s("\x89PNG\r\n\x1a\n", 8);
    const auto be32 = [&](std::uint32_t v) {
        for (int shift = 24; shift >= 0; shift -= 8)
            s += static_cast<char>((v >> shift) & 0xff);
    };
    be32(13);
    s += "IHDR";
    be32(width);
    be32(height);
    s += std::string("\x08\x02\x00\x00\x00", 5);
    be32(0);
    return s;
}

std::string spec(const std::string& input, const std::string& layers)
{
    return R"({"format": "convscope-network", "version": 1, "input": )" + input
        + R"(, "layers": [)" + layers + "]}";
}

std::string scene(const std::string& body)
{
    return R"({"format": "convscope-scene", "version": 1)" + (body.empty() ? "" : ", " + body)
        + "}";
}

const std::string kGrid = R"("input": {"source": "grid", "rows": 5, "cols": 5})";

} // namespace

class TestCliBadInputs : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_in; // inputs, made once

    QString in(const char* name) const { return m_in.filePath(QString::fromLatin1(name)); }
    void put(const char* name, const std::string& bytes) const { writeBytes(in(name), bytes); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_in.isValid());
        std::string x(3 * 5 * 5 * 4, '\0'), w(4 * 3 * 3 * 3 * 4, '\0');
        put("x.npy", npy(f4("(3, 5, 5)"), x));
        put("w.npy", npy(f4("(4, 3, 3, 3)"), w));
        const std::string good = npy(f4("(2, 3)"), std::string(24, '\x01'));
        put("empty.npy", "");
        put("truncated.npy", good.substr(0, good.size() - 7));
        put("truncated_header.npy", good.substr(0, 30));
        put("garbage.npy", "\x7f" "ELF this is not a numpy file\x01\x02\x03");
        put("complex.npy",
            npy("{'descr': '<c8', 'fortran_order': False, 'shape': (1, 2, 2), }",
                std::string(32, '\0')));
        put("bigendian.npy",
            npy("{'descr': '>f4', 'fortran_order': False, 'shape': (1, 2, 2), }",
                std::string(16, '\0')));
        put("lying.npy", npy(f4("(3, 50, 50)"), std::string(64, '\0')));
        put("huge.npy", npy(f4("(1000, 1000000, 1000000)"), std::string(64, '\0')));
        put("zero.npy", npy(f4("(3, 0, 5)"), ""));

        put("empty.json", "");
        const std::string net
            = spec(R"({"channels": 1, "size": [8, 8]})", R"({"type": "conv", "out_channels": 2, "kernel": 3})");
        put("good.json", net);
        put("truncated.json", net.substr(0, net.size() / 2));
        put("garbage.json", std::string("\x89\x00\xff\xfe garbage \x01\x02", 15));
        put("deep.json", std::string(200000, '['));
        std::string deepObject;
        for (int i = 0; i < 200000; ++i)
            deepObject += "{\"a\":";
        put("deep_object.json", deepObject);
        put("out_of_range.json",
            spec(R"({"channels": 1, "size": [8, 8]})",
                R"({"type": "conv", "out_channels": 99999999999999999999, "kernel": 3})"));
        put("overflow.json",
            spec(R"({"channels": 1, "size": [4, 4]})",
                R"({"type": "flatten"}, {"type": "linear", "out_features": 2147483647},)"
                R"({"type": "linear", "out_features": 2147483647},)"
                R"({"type": "linear", "out_features": 2147483647})"));
        put("beyond_double.json",
            spec(R"({"channels": 1, "size": [8, 8]})",
                R"({"type": "conv", "out_channels": 2, "kernel": 41e308})"));
        put("wrong_type.json",
            spec(R"({"channels": 1, "size": [8, 8]})",
                R"({"type": "conv", "out_channels": "two", "kernel": 3})"));
        put("unknown_type.json",
            spec(R"({"channels": 1, "size": [8, 8]})", R"({"type": "transformer"})"));
        put("impossible.json",
            spec(R"({"channels": 1, "size": [8, 8]})",
                R"({"type": "conv", "out_channels": 2, "kernel": 5, "dilation": 3})"));
        put("zero_size.json", spec(R"({"channels": 1, "size": [0, 8]})", R"({"type": "relu"})"));
        put("absurd_input.json",
            spec(R"({"channels": 1000000, "size": [1000000, 1000000]})", R"({"type": "relu"})"));

        cv::Mat small(8, 8, CV_8U, cv::Scalar(128));
        QVERIFY(saveImagePng(in("small.png").toStdString(), small).ok());
        put("empty.png", "");
        put("text.png", "I am a text file with a .png name\n");
        put("truncated.png", pngHeader(64, 64).substr(0, 20));
        put("bomb.png", pngHeader(60000, 60000) + std::string(64, '\0'));
        put("zero.png", pngHeader(0, 64));

        put("empty.convscope.json", "");
        const std::string grid = scene(kGrid);
        put("grid.convscope.json", grid);
        put("truncated.convscope.json", grid.substr(0, grid.size() - 9));
        put("garbage.convscope.json", std::string("\xff\xd8\xff\xe0 not json", 14));
        put("deep.convscope.json", std::string(200000, '{'));
        put("newer.convscope.json", R"({"format": "convscope-scene", "version": 99})");
        put("out_of_range.convscope.json",
            scene(kGrid + R"(, "layer": {"kernel": 9223372036854775807})"));
        put("wrong_type.convscope.json", scene(kGrid + R"(, "layer": {"stride": "two"})"));
        put("unknown_op.convscope.json", scene(kGrid + R"(, "layer": {"op": "median"})"));
        put("impossible.convscope.json",
            scene(kGrid + R"(, "layer": {"kernel": 7, "padding": 0})"));
        put("zero_grid.convscope.json",
            scene(R"("input": {"source": "grid", "rows": 0, "cols": 5})"));
        put("bomb.convscope.json", scene(R"("input": {"source": "image", "path": "bomb.png"})"));
        put("text_image.convscope.json",
            scene(R"("input": {"source": "image", "path": "text.png"})"));
        put("missing_image.convscope.json",
            scene(R"("input": {"source": "image", "path": "no-such-photo.png"})"));
        QVERIFY(QDir().mkpath(in("a_folder")));
    }

    void rejected_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message"); // a part of the one error line

        // in:NAME is an input made above; out:NAME a path in the (empty) output folder.
        const QStringList conv { "conv", "--weight", "in:w.npy", "--output", "out:y.npy", "--input" };
        const QStringList pool { "pool", "--type", "max", "--kernel", "2", "--output", "out:y.npy",
            "--input" };
        const auto apply = [](const QString& spec, const QString& image) {
            return QStringList { "apply", spec, "--image", image, "--output-dir", "out:maps" };
        };
        const auto render = [](const QString& scene) {
            return QStringList { "render", scene, "--output", "out:frame.png" };
        };
        const auto row = [](const char* name, const QStringList& args, int code, const char* m) {
            QTest::newRow(name) << args << code << QString::fromUtf8(m);
        };

        // Empty files.
        row("empty: conv input", conv + QStringList { "in:empty.npy" }, 3, "the file is empty");
        row("empty: pool input", pool + QStringList { "in:empty.npy" }, 3, "the file is empty");
        row("empty: summary spec", { "summary", "in:empty.json" }, 3, "the spec is empty");
        row("empty: apply image", apply("in:good.json", "in:empty.png"), 3, "the file is empty");
        row("empty: render scene", render("in:empty.convscope.json"), 3, "not a valid scene");
        // Truncated files.
        row("truncated: npy data", conv + QStringList { "in:truncated.npy" }, 3, "(truncated?)");
        row("truncated: npy header", pool + QStringList { "in:truncated_header.npy" }, 3,
            "the header is truncated");
        row("truncated: spec", { "summary", "in:truncated.json" }, 3, "not valid JSON");
        row("truncated: png", apply("in:good.json", "in:truncated.png"), 3,
            "the PNG header is truncated or damaged");
        row("truncated: scene", render("in:truncated.convscope.json"), 3,
            "not a valid scene: the file is not JSON");
        // Garbage.
        row("garbage: pool npy", pool + QStringList { "in:garbage.npy" }, 3,
            "it does not start with the NumPy magic string");
        row("garbage: summary spec", { "summary", "in:garbage.json" }, 3, "not valid JSON");
        row("garbage: apply spec", apply("in:garbage.json", "in:bomb.png"), 3, "not valid JSON");
        row("garbage: render scene", render("in:garbage.convscope.json"), 3,
            "not a valid scene: the file is not JSON");
        // Wrong dtype.
        row("wrong dtype: complex input", conv + QStringList { "in:complex.npy" }, 3,
            "unsupported .npy data type '<c8'");
        row("wrong dtype: big-endian pool input", pool + QStringList { "in:bigendian.npy" }, 3,
            "unsupported .npy data type '>f4'");
        // Lying header: the shape needs 30,000 bytes, the file has 64.
        row("lying header: conv input", conv + QStringList { "in:lying.npy" }, 3,
            "the header's shape needs 30000 bytes of data but the file has 64");
        row("lying header: pool input", pool + QStringList { "in:lying.npy" }, 3,
            "the header's shape needs 30000 bytes of data but the file has 64");
        // Absurd shapes: 10^15 elements are refused from the header, before any allocation.
        row("absurd shape: npy of 10^15 elements", conv + QStringList { "in:huge.npy" }, 3,
            "more than 2^31 elements");
        row("absurd shape: pool of 10^15 elements", pool + QStringList { "in:huge.npy" }, 3,
            "more than 2^31 elements");
        row("absurd shape: spec input of 10^18 values", { "summary", "in:absurd_input.json" }, 3,
            "more than 2^31 elements");
        // Zero dimensions.
        row("zero dimension: npy", pool + QStringList { "in:zero.npy" }, 3, "dimension 1 is 0");
        row("zero dimension: spec input size", { "summary", "in:zero_size.json" }, 3,
            "must be at least 1");
        row("zero dimension: scene grid", render("in:zero_grid.convscope.json"), 3,
            "input.rows: 0 is out of range (1 to 32)");
        // Deep nesting: 200,000 levels are refused by a scan, not by a recursive parser.
        row("deep nesting: summary, 200000 [", { "summary", "in:deep.json" }, 3,
            "nested deeper than 64 levels");
        row("deep nesting: summary, 200000 {", { "summary", "in:deep_object.json" }, 3,
            "nested deeper than 64 levels");
        row("deep nesting: apply", apply("in:deep.json", "in:bomb.png"), 3,
            "nested deeper than 64 levels");
        row("deep nesting: render", render("in:deep.convscope.json"), 3,
            "nested deeper than 32 levels");
        // Numbers out of range.
        row("out of range: out_channels 10^20", { "summary", "in:out_of_range.json" }, 3,
            "out_channels 1e+20 is out of range");
        row("out of range: int64 overflow in parameter counts", { "summary", "in:overflow.json" },
            3, "overflows 64 bits");
        row("out of range: a number beyond double (fuzz finding)",
            { "summary", "in:beyond_double.json" }, 3, "not valid JSON: number overflow parsing");
        row("out of range: scene kernel 2^63-1", render("in:out_of_range.convscope.json"), 3,
            "layer.kernel: 9223372036854775807 is out of range");
        row("out of range: --stride 10^20",
            { "conv", "--input", "in:x.npy", "--weight", "in:w.npy", "--stride",
                "100000000000000000000", "--output", "out:y.npy" },
            2, "--stride");
        row("out of range: negative --padding",
            { "pool", "--type", "avg", "--input", "in:x.npy", "--kernel", "2", "--padding", "-1",
                "--output", "out:y.npy" },
            2, "--padding");
        row("out of range: --kernel 0",
            { "pool", "--type", "sum", "--input", "in:x.npy", "--kernel", "0", "--output",
                "out:y.npy" },
            2, "--kernel 0 is out of range");
        row("out of range: --step -1",
            { "render", "in:grid.convscope.json", "--step", "-1", "--output", "out:frame.png" }, 2,
            "--step");
        row("out of range: --size 100000x10",
            { "render", "in:grid.convscope.json", "--size", "100000x10", "--output",
                "out:frame.png" },
            2, "--size '100000x10' is not WIDTHxHEIGHT");
        // Wrong field types.
        row("wrong type: spec out_channels a string", { "summary", "in:wrong_type.json" }, 3,
            "out_channels must be an integer, not a string");
        row("wrong type: scene stride a string", render("in:wrong_type.convscope.json"), 3,
            "layer.stride: must be a whole number");
        row("wrong type: --stride a word",
            { "conv", "--input", "in:x.npy", "--weight", "in:w.npy", "--stride", "two",
                "--output", "out:y.npy" },
            2, "--stride");
        row("newer scene version", render("in:newer.convscope.json"), 3,
            "written by a newer ConvScope");
        // Unknown layer types.
        row("unknown type: spec layer", { "summary", "in:unknown_type.json" }, 3,
            "unknown type 'transformer'");
        row("unknown type: apply", apply("in:unknown_type.json", "in:bomb.png"), 3,
            "unknown type 'transformer'");
        row("unknown type: scene op", render("in:unknown_op.convscope.json"), 3,
            "layer.op: 'median' is not one of");
        // Impossible parameter combinations.
        row("impossible: spec dilated kernel larger than the input",
            { "summary", "in:impossible.json" }, 3, "is larger than the padded input");
        row("impossible: scene kernel larger than the grid", render("in:impossible.convscope.json"),
            2, "larger than the padded input");
        row("impossible: pool dilation without max",
            { "pool", "--type", "avg", "--input", "in:x.npy", "--kernel", "2", "--dilation", "2",
                "--output", "out:y.npy" },
            2, "dilation");
        // Files that are not images.
        row("not an image: apply text file", apply("in:good.json", "in:text.png"), 3,
            "not an image OpenCV can read");
        row("not an image: apply a .npy", apply("in:good.json", "in:x.npy"), 3,
            "not an image OpenCV can read");
        row("not an image: scene photo", render("in:text_image.convscope.json"), 3,
            "not an image OpenCV can read");
        row("not an image: PNG of 0x64", apply("in:good.json", "in:zero.png"), 3,
            "the PNG header says the image is 0x64 pixels");
        // Decompression bomb: the header claims 60000x60000.
        row("bomb: apply 60000x60000 PNG", apply("in:good.json", "in:bomb.png"), 3,
            "the image is 60000x60000 = 3600 megapixels");
        row("bomb: scene with a 60000x60000 PNG", render("in:bomb.convscope.json"), 3,
            "the image is 60000x60000 = 3600 megapixels");
        // Missing files.
        row("missing: conv weight",
            { "conv", "--input", "in:x.npy", "--weight", "in:nothing.npy", "--output",
                "out:y.npy" },
            3, "no such file");
        row("missing: pool input", pool + QStringList { "in:nothing.npy" }, 3, "no such file");
        row("missing: summary spec", { "summary", "in:nothing.json" }, 3, "no such file");
        row("missing: apply image", apply("in:good.json", "in:nothing.png"), 3, "no such file");
        row("missing: render scene", render("in:nothing.convscope.json"), 3, "no such file");
        row("missing: the scene's photo", render("in:missing_image.convscope.json"), 3,
            "no-such-photo.png");
        row("a folder, not a file: summary", { "summary", "in:a_folder" }, 3, "it is a directory");
        // Unwritable outputs.
        row("unwritable: pool output in a missing folder",
            { "pool", "--type", "max", "--input", "in:x.npy", "--kernel", "2", "--output",
                "out:missing/y.npy" },
            3, "cannot write");
        row("unwritable: conv output is a folder",
            { "conv", "--input", "in:x.npy", "--weight", "in:w.npy", "--output", "in:a_folder" },
            3, "it is a directory");
        row("unwritable: render output in a missing folder",
            { "render", "in:grid.convscope.json", "--output", "out:missing/frame.png" }, 3,
            "cannot write");
        row("unwritable: apply output folder under a file",
            { "apply", "in:good.json", "--image", "in:small.png", "--output-dir", "in:x.npy/maps" },
            3, "cannot create the output folder");
    }

    void rejected()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, message);
        QTemporaryDir out;
        QVERIFY(out.isValid());
        for (QString& a : args) {
            if (a.startsWith("in:"))
                a = m_in.filePath(a.mid(3));
            else if (a.startsWith("out:"))
                a = out.filePath(a.mid(4));
        }
        const Run r = runConvscope(args);
        QVERIFY2(r.code == 2 || r.code == 3, qPrintable(QString("exit %1: %2").arg(r.code).arg(r.err)));
        QVERIFY2(r.code == code, qPrintable(QString("exit %1: %2").arg(r.code).arg(r.err)));
        QVERIFY2(r.err.startsWith("convscope: error: "), qPrintable(r.err));
        QVERIFY2(r.err.count('\n') == 1 && r.err.endsWith('\n'), qPrintable(r.err));
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
        // Nothing written: no output, no temporary file, no output folder.
        const QStringList left
            = QDir(out.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(", ")));
    }

    // Each class above, and the inputs were not changed by any of the runs.
    void inputsAreUntouched()
    {
        QFile f(in("lying.npy"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.size(), qint64(npy(f4("(3, 50, 50)"), std::string(64, '\0')).size()));
        QVERIFY(QFileInfo(in("a_folder")).isDir());
        QVERIFY(QDir(in("a_folder")).isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestCliBadInputs)
#include "tst_cli_bad_inputs.moc"
