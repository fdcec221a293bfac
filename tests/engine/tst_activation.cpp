// applyActivation() on whole maps gives exactly what activate() gives value by value, for every
// function, at lengths around the vector width (ReLU runs eight values at a time), and ReLU keeps
// PyTorch's special values: NaN stays NaN, -0 and negatives become +0, +inf stays.

#include "activation.h"

#include <QTest>

#include <cmath>
#include <cstring>
#include <limits>
#include <random>
#include <vector>

using namespace convscope;

class TestActivation : public QObject {
    Q_OBJECT

private slots:
    void mapMatchesValueByValue();
    void reluKeepsSpecialValues();
};

void TestActivation::mapMatchesValueByValue()
{
    std::mt19937 rng(3);
    std::uniform_real_distribution<float> u(-4.0f, 4.0f);
    for (Activation a : { Activation::Relu, Activation::LeakyRelu, Activation::Elu,
             Activation::Gelu, Activation::Silu, Activation::Sigmoid, Activation::Tanh })
        for (std::size_t n : { 0u, 1u, 7u, 8u, 9u, 16u, 23u, 1001u }) {
            std::vector<float> values(n);
            for (float& v : values)
                v = u(rng);
            std::vector<float> mapped = values;
            applyActivation(a, 0.1f, mapped);
            for (std::size_t i = 0; i < n; ++i) {
                const float want = activate(a, values[i], 0.1f);
                QVERIFY2(std::memcmp(&mapped[i], &want, sizeof want) == 0,
                    qPrintable(QString("function %1, %2 values, index %3: %4 instead of %5")
                                   .arg(static_cast<int>(a))
                                   .arg(n)
                                   .arg(i)
                                   .arg(mapped[i])
                                   .arg(want)));
            }
        }
}

void TestActivation::reluKeepsSpecialValues()
{
    const float nan = std::numeric_limits<float>::quiet_NaN();
    const float inf = std::numeric_limits<float>::infinity();
    // Eleven values: one vector of eight and a tail of three, with each special value in both.
    std::vector<float> values { nan, -0.0f, -inf, inf, -2.5f, 3.0f, 0.0f, 1e-40f, nan, -0.0f,
        -1e-40f };
    applyActivation(Activation::Relu, 0.0f, values);
    QVERIFY(std::isnan(values[0]));
    QVERIFY(std::isnan(values[8]));
    for (std::size_t i : { 1u, 2u, 4u, 6u, 9u, 10u }) {
        QCOMPARE(values[i], 0.0f);
        QVERIFY2(!std::signbit(values[i]), "ReLU gives +0, not -0");
    }
    QCOMPARE(values[3], inf);
    QCOMPARE(values[5], 3.0f);
    QCOMPARE(values[7], 1e-40f);
}

QTEST_GUILESS_MAIN(TestActivation)
#include "tst_activation.moc"
