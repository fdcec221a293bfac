// Engine text without Qt: patterns with numbered placeholders, filled after translation, and the
// translator the GUI installs (none: English).

#include "translate.h"

#include <QTest>

#include <cstring>

using namespace convscope;

namespace {
std::string germanForOne(const char* context, const char* source)
{
    if (std::strcmp(context, "Exercises") == 0 && std::strcmp(source, "after layer %1 (%2)") == 0)
        return "nach Schicht %1 (%2)";
    return source;
}
} // namespace

class TestTranslate : public QObject {
    Q_OBJECT

private slots:
    void fillsPlaceholders()
    {
        QCOMPARE(fillText("after layer %1 (%2)", { "3", "2×2 max pooling" }), std::string("after layer 3 (2×2 max pooling)"));
        // Translations may reorder or repeat placeholders.
        QCOMPARE(fillText("%2: %1, %1", { "a", "b" }), std::string("b: a, a"));
        // An argument that contains a placeholder is not expanded again.
        QCOMPARE(fillText("%1 and %2", { "%2", "x" }), std::string("%2 and x"));
        // A placeholder without an argument, a lone percent sign and a trailing one stay.
        QCOMPARE(fillText("%1 of %3: 50% %", { "1" }), std::string("1 of %3: 50% %"));
        QCOMPARE(fillText("", {}), std::string());
    }

    void translatorOrEnglish()
    {
        QCOMPARE(translateText("Exercises", "after layer %1 (%2)"), std::string("after layer %1 (%2)"));
        setTextTranslator(&germanForOne);
        QCOMPARE(translateText("Exercises", "after layer %1 (%2)"), std::string("nach Schicht %1 (%2)"));
        QCOMPARE(translateText("Other", "after layer %1 (%2)"), std::string("after layer %1 (%2)"));
        QCOMPARE(translateText("Exercises", nullptr), std::string());
        setTextTranslator(nullptr);
        QCOMPARE(translateText("Exercises", "after layer %1 (%2)"), std::string("after layer %1 (%2)"));
    }
};

QTEST_APPLESS_MAIN(TestTranslate)
#include "tst_translate.moc"
