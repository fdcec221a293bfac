// Inputs the fuzzers (tests/fuzz) found to crash or misbehave, each pinned here so the normal
// test suite keeps them fixed. A row names the target and what went wrong before the fix.

#include "scene.h"
#include "spec_json.h"

#include <QTest>

#include <string>

using namespace convscope;

class TestFuzzRegressions : public QObject {
    Q_OBJECT
private slots:
    // fuzz_network_spec: a number too large for a double ("41e308") made nlohmann::json throw
    // out_of_range (406) rather than parse_error; only parse_error was caught, so `convscope
    // summary` ended in std::terminate. Now it is refused like any other malformed JSON.
    void specNumberBeyondDouble_data()
    {
        QTest::addColumn<std::string>("text");
        QTest::newRow("kernel 41e308 (the fuzzer's input)")
            << std::string(R"({"format": "convscope-network", "version": 1, "input": {"channels": 3, "size": [8, 8]},
                "layers": [{"type": "conv", "out_channels": 2, "kernel": 41e308}]})");
        QTest::newRow("version -1e400")
            << std::string(R"({"format": "convscope-network", "version": -1e400})");
        QTest::newRow("a bare 1e999") << std::string("1e999");
    }
    void specNumberBeyondDouble()
    {
        QFETCH(std::string, text);
        auto parsed = parseNetworkSpec(text);
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error().message.rfind("not valid JSON: number overflow parsing '", 0) == 0,
            parsed.error().message.c_str());
    }

    // The scene parser reads the same JSON without exceptions: the same number is refused
    // there too (guarding against a switch to the throwing parser).
    void sceneNumberBeyondDouble()
    {
        auto parsed = parseScene(R"({"format": "convscope-scene", "version": 1, "view": {"zoom": 1e400}})");
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().message, std::string("not a valid scene: the file is not JSON"));
    }

    // fuzz_scene: a scene whose input is a photo but which also carries grid values ("rows",
    // "values" beside "source": "sample") loses the unused grid fields when saved. That is by
    // design, but saving must then be a fixed point: the saved text reopens as the same text.
    void savedSceneReopensAsItself()
    {
        auto parsed = parseScene(R"({"format": "convscope-scene", "version": 1,
            "input": {"rows": 3, "cols": 3, "grid_preset": "custom", "values": [1, 2, 3, 4, 5, 6, 7, 8, 9]},
            "layer": {"op": "avgpool", "kernel": [2, 3], "stride": 1, "padding": [1, 1], "ceil_mode": true}})");
        QVERIFY2(parsed.ok(), parsed ? "" : parsed.error().message.c_str());
        QCOMPARE(parsed->scene.input.source, InputSource::Sample);
        const std::string saved = writeScene(parsed->scene);
        auto again = parseScene(saved);
        QVERIFY(again.ok());
        QCOMPARE(writeScene(again->scene), saved);
        QCOMPARE(again->scene.layer, parsed->scene.layer);
    }
};

QTEST_APPLESS_MAIN(TestFuzzRegressions)
#include "tst_fuzz_regressions.moc"
