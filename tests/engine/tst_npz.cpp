// The .npz reader (WeightStore::parseNpz): a zip of .npy files as np.savez writes it. Every
// offset and length in a zip directory comes from the file, so each broken one is a row here:
// the archive is refused with a message and nothing is read outside it.

#include "npy.h"
#include "weights.h"

#include <QTest>

#include <cstdint>
#include <string>
#include <vector>

using namespace convscope;

namespace {

std::string le(std::uint64_t v, int bytes)
{
    std::string s;
    for (int i = 0; i < bytes; ++i)
        s += static_cast<char>((v >> (8 * i)) & 0xff);
    return s;
}

struct Entry {
    std::string name;
    std::string data;
    int method = 0; // 0 stored, 8 deflated
    std::string centralExtra; // extra field in the central directory record
    std::int64_t sizeOverride = -1; // a lying size in the central directory
    std::int64_t localOverride = -1; // a lying local header offset
};

Entry entry(std::string name, std::string data, int method = 0)
{
    Entry e;
    e.name = std::move(name);
    e.data = std::move(data);
    e.method = method;
    return e;
}

// A zip archive: local headers and data, the central directory, the end record (APPNOTE 4.3).
// CRCs are left 0: the reader does not check them (np.savez's are right, and a damaged
// payload is caught by the .npy parser).
std::string zip(const std::vector<Entry>& entries, std::int64_t directoryOverride = -1)
{
    std::string body, directory;
    for (const Entry& e : entries) {
        const std::uint64_t local = body.size();
        body += le(0x04034b50, 4) + le(20, 2) + le(0, 2) + le(e.method, 2) + le(0, 4) + le(0, 4)
            + le(e.data.size(), 4) + le(e.data.size(), 4) + le(e.name.size(), 2) + le(0, 2)
            + e.name + e.data;
        const std::uint64_t size = e.sizeOverride >= 0 ? std::uint64_t(e.sizeOverride) : e.data.size();
        directory += le(0x02014b50, 4) + le(20, 2) + le(20, 2) + le(0, 2) + le(e.method, 2)
            + le(0, 4) + le(0, 4) + le(size, 4) + le(size, 4) + le(e.name.size(), 2)
            + le(e.centralExtra.size(), 2) + le(0, 2) + le(0, 2) + le(0, 2) + le(0, 4)
            + le(e.localOverride >= 0 ? std::uint64_t(e.localOverride) : local, 4) + e.name
            + e.centralExtra;
    }
    const std::uint64_t at
        = directoryOverride >= 0 ? std::uint64_t(directoryOverride) : body.size();
    return body + directory + le(0x06054b50, 4) + le(0, 2) + le(0, 2) + le(entries.size(), 2)
        + le(entries.size(), 2) + le(directory.size(), 4) + le(at, 4) + le(0, 2);
}

std::string goodNpy()
{
    Tensor t({ 2, 3 });
    for (int i = 0; i < 6; ++i)
        t[i] = float(i);
    return encodeNpy(t);
}

} // namespace

class TestNpz : public QObject {
    Q_OBJECT
private slots:
    void readsStoredEntries()
    {
        auto store = WeightStore::parseNpz(
            zip({ entry("conv1.weight.npy", goodNpy()), entry("notes.txt", "ignored") }), "w.npz");
        QVERIFY2(store.ok(), store ? "" : store.error().message.c_str());
        QCOMPARE(store->size(), 1);
        const Tensor* w = store->find("conv1.weight");
        QVERIFY(w);
        QCOMPARE(w->shape(), (std::vector<int> { 2, 3 }));
        QCOMPARE((*w)[5], 5.0f);
    }

    void badArchives_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message"); // after "cannot read w.npz: "
        const std::string good = zip({ entry("a.npy", goodNpy()) });
        auto row = [](const char* name, const std::string& b, const char* m) {
            QTest::newRow(name) << QByteArray::fromStdString(b) << QString(m);
        };
        row("empty", "", "not an .npz archive (too short)");
        row("garbage", std::string(100, 'x'), "not an .npz archive (no zip directory)");
        row("truncated (end record cut off)", good.substr(0, good.size() - 10),
            "not an .npz archive (no zip directory)");
        row("truncated (data cut out)", good.substr(0, 40) + good.substr(good.size() - 80),
            "the zip directory is damaged");
        row("directory offset past the end", zip({ entry("a.npy", goodNpy()) }, 1 << 30),
            "the zip directory is damaged");
        Entry farLocal = entry("a.npy", goodNpy());
        farLocal.localOverride = 0x7fffffff;
        row("local header offset past the end", zip({ farLocal }),
            "the entry 'a.npy' is damaged");
        Entry lyingSize = entry("a.npy", goodNpy());
        lyingSize.sizeOverride = 0xfffffff0;
        row("entry size larger than the archive", zip({ lyingSize }),
            "the entry 'a.npy' is truncated");
        Entry deflated = entry("a.npy", goodNpy(), 8);
        row("compressed entry (np.savez_compressed)", zip({ deflated }),
            "'a.npy' is compressed (np.savez_compressed): save with np.savez or as a folder of "
            ".npy files");
        row("entry that is not an .npy", zip({ entry("a.npy", "not numpy") }),
            "'a.npy': not a valid .npy file: it does not start with the NumPy magic string");
        // Zip64: a field of 0xFFFFFFFF is given in extra field 0x0001; here the extra field
        // claims 65535 bytes in a record that has 12, so its values lie outside the record.
        Entry zip64 = entry("a.npy", goodNpy());
        zip64.sizeOverride = 0xffffffff;
        zip64.centralExtra = le(0x0001, 2) + le(0xffff, 2) + le(goodNpy().size(), 8);
        row("zip64 extra field longer than its record", zip({ zip64 }),
            "the zip directory is damaged");
        Entry zip64Short = entry("a.npy", goodNpy());
        zip64Short.sizeOverride = 0xffffffff;
        zip64Short.centralExtra = le(0x0001, 2) + le(4, 2) + le(0, 4);
        row("zip64 size missing from its extra field", zip({ zip64Short }),
            "the entry 'a.npy' is truncated");
    }

    void badArchives()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        auto store = WeightStore::parseNpz(bytes.toStdString(), "w.npz");
        QVERIFY(!store.ok());
        QCOMPARE(QString::fromStdString(store.error().message), "cannot read w.npz: " + message);
        QCOMPARE(store.error().field, std::string("weights"));
    }
};

QTEST_APPLESS_MAIN(TestNpz)
#include "tst_npz.moc"
