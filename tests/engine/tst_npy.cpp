// NPY reading and writing (CONTRACT.md section 1): round trips, the other accepted dtypes and
// Fortran order from bytes crafted here, and every bad input refused with its message.

#include "npy.h"

#include <QTemporaryDir>
#include <QTest>

#include <cstring>

using namespace convscope;

namespace {

// A version 1.0 file (or 2.0 with version = 2) around a header dict and raw data.
std::string npy(const std::string& dict, const std::string& data, int version = 1)
{
    std::string header = dict;
    const std::size_t prefix = version == 1 ? 10 : 12;
    header.append((64 - (prefix + header.size() + 1) % 64) % 64, ' ');
    header += '\n';
    std::string out("\x93NUMPY", 6);
    out += static_cast<char>(version);
    out += '\0';
    const std::size_t n = header.size();
    out += static_cast<char>(n & 0xFF);
    out += static_cast<char>((n >> 8) & 0xFF);
    if (version != 1) {
        out += static_cast<char>((n >> 16) & 0xFF);
        out += static_cast<char>((n >> 24) & 0xFF);
    }
    return out + header + data;
}

std::string dict(const std::string& descr, const std::string& shape, bool fortran = false)
{
    return "{'descr': '" + descr + "', 'fortran_order': " + (fortran ? "True" : "False")
        + ", 'shape': " + shape + ", }";
}

template <class T> std::string raw(std::initializer_list<T> values)
{
    std::string s;
    for (T v : values) {
        char b[sizeof(T)];
        std::memcpy(b, &v, sizeof(T));
        s.append(b, sizeof(T));
    }
    return s;
}

std::vector<float> values(const Tensor& t)
{
    return { t.values().begin(), t.values().end() };
}

} // namespace

class TestNpy : public QObject {
    Q_OBJECT
private slots:
    void roundTrip_data()
    {
        QTest::addColumn<QList<int>>("shape");
        QTest::newRow("1-d (5,)") << QList { 5 };
        QTest::newRow("2-d (3, 4)") << QList { 3, 4 };
        QTest::newRow("3-d (2, 3, 4)") << QList { 2, 3, 4 };
        QTest::newRow("weight (4, 2, 3, 3)") << QList { 4, 2, 3, 3 };
        QTest::newRow("5-d (1, 2, 2, 2, 2)") << QList { 1, 2, 2, 2, 2 };
    }

    void roundTrip()
    {
        QFETCH(QList<int>, shape);
        Tensor t(std::vector<int>(shape.begin(), shape.end()));
        for (std::int64_t i = 0; i < t.numel(); ++i)
            t[i] = float(i) * 0.5f - 3.25f;
        const std::string bytes = encodeNpy(t);
        QCOMPARE(bytes.substr(0, 8), std::string("\x93NUMPY\x01\x00", 8));
        const std::size_t headerLength = std::uint8_t(bytes[8]) | (std::uint8_t(bytes[9]) << 8);
        QCOMPARE((10 + headerLength) % 64, std::size_t(0)); // data aligned as numpy does
        auto back = parseNpy(bytes);
        QVERIFY(back.ok());
        QCOMPARE(*back, t);

        QTemporaryDir dir;
        const std::string path = dir.filePath("t.npy").toStdString();
        QVERIFY(writeNpy(path, t).ok());
        auto read = readNpy(path);
        QVERIFY(read.ok());
        QCOMPARE(*read, t);
    }

    void headerText()
    {
        Tensor t({ 3 });
        QVERIFY(encodeNpy(t).find("'shape': (3,), }") != std::string::npos);
        Tensor m({ 2, 5 });
        QVERIFY(encodeNpy(m).find("'shape': (2, 5), }") != std::string::npos);
    }

    void otherDtypes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QList<float>>("expected");
        auto row = [](const char* name, const std::string& b, QList<float> e) {
            QTest::newRow(name) << QByteArray::fromStdString(b) << e;
        };
        row("<f8", npy(dict("<f8", "(3,)"), raw<double>({ 1.5, -2.25, 1e10 })),
            { 1.5f, -2.25f, 1e10f });
        row("|u1", npy(dict("|u1", "(4,)"), raw<std::uint8_t>({ 0, 1, 128, 255 })),
            { 0, 1, 128, 255 });
        row("<i4", npy(dict("<i4", "(3,)"), raw<std::int32_t>({ -7, 0, 2147483647 })),
            { -7, 0, 2147483647.0f });
        row("<i8", npy(dict("<i8", "(2,)"), raw<std::int64_t>({ -5, 1LL << 40 })),
            { -5, float(1LL << 40) });
        row("0-d scalar", npy(dict("<f4", "()"), raw<float>({ 4.5f })), { 4.5f });
        row("version 2.0", npy(dict("<f4", "(2,)"), raw<float>({ 1, 2 }), 2), { 1, 2 });
        row("version 3.0", npy(dict("<f4", "(2,)"), raw<float>({ 1, 2 }), 3), { 1, 2 });
        row("keys in another order",
            npy("{'shape': (2,), 'fortran_order': False, 'descr': '<f4'}", raw<float>({ 3, 4 })),
            { 3, 4 });
    }

    void otherDtypes()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QList<float>, expected);
        auto t = parseNpy(bytes.toStdString());
        QVERIFY2(t.ok(), t.ok() ? "" : t.error().message.c_str());
        QCOMPARE(values(*t), std::vector<float>(expected.begin(), expected.end()));
    }

    void fortranOrder()
    {
        // The 2x3 matrix [[1, 2, 3], [4, 5, 6]] in Fortran (column-major) order is 1 4 2 5 3 6;
        // it must come back in C order, not misread as [[1, 4, 2], [5, 3, 6]].
        auto t = parseNpy(npy(dict("<f4", "(2, 3)", true), raw<float>({ 1, 4, 2, 5, 3, 6 })));
        QVERIFY(t.ok());
        QCOMPARE(t->shape(), (std::vector<int> { 2, 3 }));
        QCOMPARE(values(*t), (std::vector<float> { 1, 2, 3, 4, 5, 6 }));
        // 3-d, (2, 2, 2): element (i, j, k) sits at i + 2j + 4k in Fortran order.
        auto c = parseNpy(
            npy(dict("<i4", "(2, 2, 2)", true), raw<std::int32_t>({ 0, 4, 2, 6, 1, 5, 3, 7 })));
        QVERIFY(c.ok());
        QCOMPARE(values(*c), (std::vector<float> { 0, 1, 2, 3, 4, 5, 6, 7 }));
    }

    void badInputs_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        const std::string good = npy(dict("<f4", "(2, 3)"), raw<float>({ 1, 2, 3, 4, 5, 6 }));
        auto row = [](const char* name, const std::string& b, const char* m) {
            QTest::newRow(name) << QByteArray::fromStdString(b) << QString(m);
        };
        row("0 bytes", "", "not a valid .npy file: the file is empty");
        row("garbage", "PK\x03\x04 this is a zip",
            "not a valid .npy file: it does not start with the NumPy magic string");
        row("magic only", std::string("\x93NUMPY", 6),
            "not a valid .npy file: the header is truncated");
        row("truncated header", good.substr(0, 40),
            "not a valid .npy file: the header is truncated");
        row("truncated data", good.substr(0, good.size() - 5),
            "not a valid .npy file: the header's shape needs 24 bytes of data but the file has 19 "
            "(truncated?)");
        row("header lying about the size (too much data)", good + std::string(8, '\0'),
            "not a valid .npy file: the header's shape needs 24 bytes of data but the file has 32");
        row("absurd shape, 10^15 elements", npy(dict("<f4", "(1000000000000000,)"), ""),
            "the .npy shape is unusable: the tensor would have more than 2^31 elements: reduce its "
            "size");
        row("absurd shape, product over 2^31", npy(dict("<f4", "(65536, 65536)"), ""),
            "the .npy shape is unusable: the tensor would have more than 2^31 elements: reduce its "
            "size");
        row("one dimension of exactly 2^31", npy(dict("|u1", "(2147483648,)"), ""),
            "the .npy shape is unusable: a dimension of 2147483648 elements is too long (at most "
            "2147483647): reshape it");
        row("a zero dimension", npy(dict("<f4", "(3, 0)"), ""),
            "the .npy shape is unusable: dimension 1 is 0: every dimension must be at least 1");
        row("negative dimension", npy(dict("<f4", "(-3,)"), ""),
            "not a valid .npy file: 'shape' holds something that is not a non-negative integer");
        row("big-endian >f4", npy(dict(">f4", "(1,)"), raw<float>({ 1 })),
            "unsupported .npy data type '>f4': use float32 (<f4), float64, uint8, int32 or int64, "
            "little-endian");
        row("complex <c8", npy(dict("<c8", "(1,)"), std::string(8, '\0')),
            "unsupported .npy data type '<c8': use float32 (<f4), float64, uint8, int32 or int64, "
            "little-endian");
        row("object |O", npy(dict("|O", "(1,)"), std::string(8, '\0')),
            "unsupported .npy data type '|O': use float32 (<f4), float64, uint8, int32 or int64, "
            "little-endian");
        std::string huge = good;
        huge[6] = 2;
        huge.insert(8, std::string("\xff\xff\xff\xff", 4));
        huge.erase(12, 2);
        row("header length too large (version 2, 4 GiB)", huge,
            "not a valid .npy file: the header claims 4294967295 bytes (at most 65536)");
        std::string v9 = good;
        v9[6] = 9;
        row("version 9", v9,
            "not a valid .npy file: unsupported format version 9 (versions 1, 2 and 3 are read): "
            "save it "
            "with numpy.save");
        row("header not a dict", npy("['descr', '<f4']", ""),
            "not a valid .npy file: the header is not a dictionary");
        row("missing shape", npy("{'descr': '<f4', 'fortran_order': False}", ""),
            "not a valid .npy file: the header lacks 'descr', 'fortran_order' or 'shape'");
        row("fortran_order not a bool",
            npy("{'descr': '<f4', 'fortran_order': 0, 'shape': (1,)}", ""),
            "not a valid .npy file: 'fortran_order' is neither True nor False");
        row("misquoted key", npy("{'descr: '<f4', 'shape': (1,)}", ""),
            "not a valid .npy file: missing ':' after 'descr: ' in the header");
    }

    void badInputs()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        auto t = parseNpy(bytes.toStdString());
        QVERIFY(!t.ok());
        QCOMPARE(QString::fromStdString(t.error().message), message);

        // The same through a file: the message gains the path, and a lying header costs no
        // allocation (readNpy parses the header before reading the data).
        QTemporaryDir dir;
        const std::string path = dir.filePath("bad.npy").toStdString();
        {
            FILE* f = std::fopen(path.c_str(), "wb");
            QVERIFY(f);
            std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), f);
            std::fclose(f);
        }
        auto r = readNpy(path);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.find(path) != std::string::npos, r.error().message.c_str());
    }

    void missingFileAndDirectory()
    {
        QTemporaryDir dir;
        const std::string missing = dir.filePath("none.npy").toStdString();
        auto m = readNpy(missing);
        QVERIFY(!m.ok());
        QCOMPARE(m.error().message, "cannot read " + missing + ": no such file");
        auto d = readNpy(dir.path().toStdString());
        QVERIFY(!d.ok());
        QCOMPARE(
            d.error().message, "cannot read " + dir.path().toStdString() + ": it is a directory");
        QVERIFY(!writeNpy(dir.filePath("no/such/dir/x.npy").toStdString(), Tensor({ 1 })).ok());
    }
};

QTEST_APPLESS_MAIN(TestNpy)
#include "tst_npy.moc"
