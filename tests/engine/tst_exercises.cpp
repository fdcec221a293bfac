// The exercise generator: the lecture's own exercises give the lecture's answers, every generated
// kind over many seeds has the engine's answer (for shapes also the shape of an actual convolve or
// pool run), every worked step's substituted numbers evaluate to the value it shows, the checker
// reads the usual ways of writing numbers and shapes, and a seed always gives the same set.

#include "conv.h"
#include "exercises.h"
#include "pool.h"
#include "spec_json.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include <cstring>
#include <numeric>
#include <set>

using namespace convscope;

namespace {

using I64 = std::vector<std::int64_t>;

// Exact rational arithmetic for the worked steps' expressions: integers, + − · × / ( ) ⌊ ⌋.
struct Rational {
    std::int64_t num = 0;
    std::int64_t den = 1;
    static Rational make(std::int64_t n, std::int64_t d)
    {
        if (d < 0) {
            n = -n;
            d = -d;
        }
        const std::int64_t g = std::gcd(n < 0 ? -n : n, d);
        return { n / (g ? g : 1), d / (g ? g : 1) };
    }
};

class Evaluator {
public:
    explicit Evaluator(const std::string& text)
        : m_text(text)
    {
    }

    // Returns false (with m_error) when the text is not a well-formed expression.
    bool evaluate(Rational& out)
    {
        out = expr();
        skip();
        if (m_pos != m_text.size())
            fail("trailing text");
        return m_error.empty();
    }
    std::string error() const
    {
        return m_error + " at byte " + std::to_string(m_pos) + " of '" + m_text + "'";
    }

private:
    void fail(const std::string& what)
    {
        if (m_error.empty())
            m_error = what;
    }
    void skip()
    {
        while (m_pos < m_text.size() && m_text[m_pos] == ' ')
            ++m_pos;
    }
    bool eat(const char* token)
    {
        skip();
        const std::size_t n = std::strlen(token);
        if (m_text.compare(m_pos, n, token) == 0) {
            m_pos += n;
            return true;
        }
        return false;
    }
    Rational expr()
    {
        Rational v = term();
        for (;;) {
            if (eat("+")) {
                const Rational r = term();
                v = Rational::make(v.num * r.den + r.num * v.den, v.den * r.den);
            } else if (eat("−") || eat("-")) {
                const Rational r = term();
                v = Rational::make(v.num * r.den - r.num * v.den, v.den * r.den);
            } else {
                return v;
            }
        }
    }
    Rational term()
    {
        Rational v = factor();
        for (;;) {
            if (eat("·") || eat("×")) {
                const Rational r = factor();
                v = Rational::make(v.num * r.num, v.den * r.den);
            } else if (eat("/")) {
                const Rational r = factor();
                if (r.num == 0) {
                    fail("division by zero");
                    return v;
                }
                v = Rational::make(v.num * r.den, v.den * r.num);
            } else {
                return v;
            }
        }
    }
    Rational factor()
    {
        if (eat("(")) {
            const Rational v = expr();
            if (!eat(")"))
                fail("missing )");
            return v;
        }
        if (eat("⌊")) {
            const Rational v = expr();
            if (!eat("⌋"))
                fail("missing ⌋");
            std::int64_t q = v.num / v.den;
            if (v.num % v.den != 0 && v.num < 0)
                --q;
            return { q, 1 };
        }
        skip();
        const std::size_t start = m_pos;
        while (m_pos < m_text.size() && m_text[m_pos] >= '0' && m_text[m_pos] <= '9')
            ++m_pos;
        if (start == m_pos) {
            fail("expected a number");
            return {};
        }
        return { std::stoll(m_text.substr(start, m_pos - start)), 1 };
    }

    std::string m_text;
    std::size_t m_pos = 0;
    std::string m_error;
};

// The lecture's recurrence, written out here independently of the engine:
// R_k = R_{k-1} + (F_k - 1) * prod_{i<k} S_i with F_k the dilated kernel extent.
std::int64_t receptiveByLecture(const Network& net)
{
    std::int64_t r = 1, jump = 1;
    for (const Layer& l : net.layers) {
        int k = 1, s = 1, d = 1;
        if (const auto* c = std::get_if<ConvLayer>(&l.config)) {
            k = c->params.kernel[0];
            s = c->params.stride[0];
            d = c->params.dilation[0];
        } else if (const auto* p = std::get_if<PoolLayer>(&l.config)) {
            k = p->params.kernel[0];
            s = p->params.stride[0];
            d = p->params.dilation[0];
        }
        r += (d * (k - 1)) * jump;
        jump *= s;
    }
    return r;
}

std::vector<int> inputShape(const Network& net)
{
    std::vector<int> shape { net.inputChannels };
    shape.insert(shape.end(), net.inputSize.begin(), net.inputSize.end());
    return shape;
}

std::int64_t elements(const std::vector<int>& shape)
{
    return std::accumulate(shape.begin(), shape.end(), std::int64_t { 1 }, std::multiplies<>());
}

QString describe(const Exercise& ex, int seed)
{
    const QuestionText q = questionText(ex);
    return QStringLiteral("seed %1, %2 (%3): %4")
        .arg(seed)
        .arg(QString::fromStdString(kindName(ex.kind)), QString::fromStdString(levelName(ex.level)),
            QString::fromStdString(q.body));
}

QString collapse(QString s)
{
    return s.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
}

} // namespace

Q_DECLARE_METATYPE(I64)

class TestExercises : public QObject {
    Q_OBJECT
private slots:
    void uniformMappingIsPortable();
    void lectureSetHasTheLectureAnswers();
    void lectureSetMatchesTheLectureSpecs();
    void lectureWordingIsVerbatim();
    void generatedAnswersAgreeWithTheEngine_data();
    void generatedAnswersAgreeWithTheEngine();
    void workedStepsEvaluateToTheirValues();
    void sameSeedGivesTheSameSet();
    void setOptionsAreChecked();
    void checkerReadsNumbers_data();
    void checkerReadsNumbers();
    void checkerReadsShapes_data();
    void checkerReadsShapes();
    void checkMessagesSayWhatToDo();
    void showMeSceneHasTheExerciseSetting();
};

void TestExercises::uniformMappingIsPortable()
{
    // std::mt19937's 1st output for the default seed 5489 is 3499211612 (the C++ standard fixes
    // the sequence; its 10000th output is 4123659995); uniformIndex is that modulo n.
    std::mt19937 g;
    QCOMPARE(uniformIndex(g, 10), int(3499211612u % 10));
    std::mt19937 h;
    h.discard(9999);
    QCOMPARE(uniformInt(h, 100, 199), 100 + int(4123659995u % 100));
    std::mt19937 one;
    QCOMPARE(uniformIndex(one, 1), 0);
}

void TestExercises::lectureSetHasTheLectureAnswers()
{
    const ExerciseSet set = lectureSet();
    QVERIFY(set.lecture);
    QCOMPARE(set.exercises.size(), std::size_t { 7 });
    // The lecture's answers: Exercise I (a)-(d) parameters, Exercise II (a)-(c) shapes.
    const std::vector<ExerciseAnswer> expected { { { 60 }, false }, { { 3205 }, false },
        { { 82 }, false }, { { 48 }, false }, { { 12, 9 }, true }, { { 16, 11, 11 }, true },
        { { 3, 31, 64 }, true } };
    const char* labels[] = { "Exercise I (a)", "Exercise I (b)", "Exercise I (c)", "Exercise I (d)",
        "Exercise II (a)", "Exercise II (b)", "Exercise II (c)" };
    for (std::size_t i = 0; i < expected.size(); ++i) {
        const Exercise& ex = set.exercises[i];
        QCOMPARE(QString::fromStdString(exerciseLabel(ex, int(i))), QString::fromLatin1(labels[i]));
        QCOMPARE(ex.kind, i < 4 ? ExerciseKind::ConvParams : ExerciseKind::ConvShape);
        QCOMPARE(ex.answer.isShape, expected[i].isShape);
        QCOMPARE(ex.answer.values, expected[i].values);
        QCOMPARE(checkAnswer(ex, answerText(ex.answer)).verdict, Verdict::Correct);
    }
    QCOMPARE(answerText(set.exercises[1].answer), std::string("3,205"));
    QCOMPARE(answerText(set.exercises[5].answer), std::string("(16, 11, 11)"));
    // The worked step of II (b)'s height, as a student writes it: floor((32 + 4 - 5)/3) + 1 = 11.
    const SolutionStep& h = set.exercises[5].steps[1];
    QCOMPARE(h.substituted, std::string("⌊(32 + 2·2 − 5) / 3⌋ + 1"));
    QCOMPARE(h.value, 11);
    QCOMPARE(set.exercises[1].steps[0].substituted, std::string("8·8·10·5 + 5"));
}

void TestExercises::lectureSetMatchesTheLectureSpecs()
{
    // Each lecture exercise's network is the shared spec of the same exercise, layer for layer.
    const char* files[] = { "ex1a_params.json", "ex1b_params.json", "ex1c_params.json",
        "ex1d_params.json", "ex2a_shape.json", "ex2b_shape.json", "ex2c_shape.json" };
    const ExerciseSet set = lectureSet();
    for (int i = 0; i < 7; ++i) {
        const std::string path = std::string(CONVSCOPE_SHARED_DIR) + "/lecture/" + files[i];
        auto spec = readNetworkSpec(path);
        QVERIFY2(spec.ok(), path.c_str());
        const Network& net = set.exercises[std::size_t(i)].network;
        QCOMPARE(net.inputChannels, spec->network.inputChannels);
        QCOMPARE(net.inputSize, spec->network.inputSize);
        QCOMPARE(net.layers.size(), spec->network.layers.size());
        const auto& a = std::get<ConvLayer>(net.layers[0].config).params;
        const auto& b = std::get<ConvLayer>(spec->network.layers[0].config).params;
        const int n = a.spatialDims;
        QCOMPARE(n, b.spatialDims);
        QCOMPARE(a.outChannels, b.outChannels);
        QCOMPARE(a.bias, b.bias);
        for (int d = 0; d < n; ++d) {
            QCOMPARE(a.kernel[std::size_t(d)], b.kernel[std::size_t(d)]);
            QCOMPARE(a.stride[std::size_t(d)], b.stride[std::size_t(d)]);
            QCOMPARE(a.padding.values[std::size_t(d)], b.padding.values[std::size_t(d)]);
        }
        auto summary = summarize(spec->network);
        QVERIFY(summary.ok());
        const ExerciseAnswer& answer = set.exercises[std::size_t(i)].answer;
        if (answer.isShape)
            QCOMPARE(answer.values,
                I64(summary->layers[0].outputShape.begin(), summary->layers[0].outputShape.end()));
        else
            QCOMPARE(answer.values, I64 { summary->totalParams });
    }
}

void TestExercises::lectureWordingIsVerbatim()
{
    QFile f(QStringLiteral(CONVSCOPE_SHARED_DIR "/seed/000_62e401430834ff36.txt"));
    if (!f.open(QIODevice::ReadOnly))
        QSKIP("the lecture text is not available");
    const QString lecture = collapse(QString::fromUtf8(f.readAll()));
    for (const Exercise& ex : lectureSet().exercises) {
        const QuestionText q = questionText(ex);
        QVERIFY2(lecture.contains(collapse(QString::fromStdString(q.body))), q.body.c_str());
        QVERIFY2(lecture.contains(collapse(QString::fromStdString(q.instruction))),
            q.instruction.c_str());
    }
}

void TestExercises::generatedAnswersAgreeWithTheEngine_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("level");
    for (int k = 0; k < kExerciseKindCount; ++k)
        for (int l = 0; l < 2; ++l)
            QTest::newRow(QStringLiteral("%1, %2")
                              .arg(QString::fromStdString(kindName(ExerciseKind(k))),
                                  QString::fromStdString(levelName(ExerciseLevel(l))))
                              .toUtf8()
                              .constData())
                << k << l;
}

void TestExercises::generatedAnswersAgreeWithTheEngine()
{
    QFETCH(int, kind);
    QFETCH(int, level);
    int ran = 0;
    std::set<std::string> distinct;
    for (int seed = 0; seed < 1000; ++seed) {
        std::mt19937 g(static_cast<std::uint32_t>(seed));
        const Exercise ex = generateExercise(ExerciseKind(kind), ExerciseLevel(level), g);
        const QString where = describe(ex, seed);
        const QByteArray w = where.toUtf8();
        QCOMPARE(ex.kind, ExerciseKind(kind));
        QVERIFY2(!questionText(ex).body.empty(), w.constData());
        QVERIFY2(!ex.steps.empty(), w.constData());
        distinct.insert(questionText(ex).body);
        const std::vector<int> in = inputShape(ex.network);
        switch (ExerciseKind(kind)) {
        case ExerciseKind::ConvParams: {
            std::int64_t total = 0;
            int channels = ex.network.inputChannels;
            for (const Layer& l : ex.network.layers) {
                const auto& p = std::get<ConvLayer>(l.config).params;
                auto count = convParamCount(channels, p);
                QVERIFY2(count.ok(), w.constData());
                total += *count;
                channels = p.outChannels;
            }
            QVERIFY2(ex.answer.values == I64 { total }, w.constData());
            if (ex.paramsVariant == ParamsVariant::DepthwiseSeparable) {
                QVERIFY2(ex.comparison.has_value(), w.constData());
                QVERIFY2(summarize(*ex.comparison)->totalParams > total, w.constData());
            }
            if (ExerciseLevel(level) == ExerciseLevel::Basic)
                QCOMPARE(ex.paramsVariant, ParamsVariant::Standard);
            break;
        }
        case ExerciseKind::ConvShape: {
            const auto& p = std::get<ConvLayer>(ex.network.layers[0].config).params;
            auto plan = planConv(in, p);
            QVERIFY2(plan.ok(), w.constData());
            const std::vector<int> out = plan->outputShape();
            QVERIFY2(ex.answer.isShape && ex.answer.values == I64(out.begin(), out.end()),
                w.constData());
            if (ExerciseLevel(level) == ExerciseLevel::Basic)
                QVERIFY2(p.dilation == (Dims { 1, 1, 1 }), w.constData());
            // Where cheap, run the convolution itself and compare the shape it produces.
            auto macs = convMacs(*plan, p);
            if (macs.ok() && *macs <= 200'000) {
                const Tensor input(in, 1.0f);
                std::vector<int> wshape { p.outChannels, in[0] / p.groups };
                wshape.insert(wshape.end(), p.kernel.begin(), p.kernel.begin() + p.spatialDims);
                const Tensor weight(wshape, 0.5f);
                const Tensor bias({ p.outChannels }, 0.0f);
                Tensor output;
                QVERIFY2(convolve(input, weight, p.bias ? &bias : nullptr, p, output).ok(),
                    w.constData());
                QVERIFY2(ex.answer.values == I64(output.shape().begin(), output.shape().end()),
                    w.constData());
                ++ran;
            }
            break;
        }
        case ExerciseKind::PoolShape: {
            const auto& p = std::get<PoolLayer>(ex.network.layers[0].config).params;
            auto plan = planPool(in, p);
            QVERIFY2(plan.ok(), w.constData());
            const std::vector<int> out = plan->outputShape();
            QVERIFY2(ex.answer.isShape && ex.answer.values == I64(out.begin(), out.end()),
                w.constData());
            if (elements(in) <= 100'000) {
                const Tensor input(in, 1.0f);
                Tensor output;
                QVERIFY2(pool(input, p, output).ok(), w.constData());
                QVERIFY2(ex.answer.values == I64(output.shape().begin(), output.shape().end()),
                    w.constData());
                ++ran;
            }
            break;
        }
        case ExerciseKind::ReceptiveField: {
            auto summary = summarize(ex.network);
            QVERIFY2(summary.ok(), w.constData());
            QVERIFY2(ex.answer.values == I64 { (*summary->layers.back().receptiveField)[0] },
                w.constData());
            QVERIFY2(ex.answer.values == I64 { receptiveByLecture(ex.network) }, w.constData());
            QVERIFY2(ex.network.layers.size() >= 2, w.constData());
            break;
        }
        case ExerciseKind::FcVsConv: {
            const auto& p = std::get<ConvLayer>(ex.network.layers[0].config).params;
            auto plan = planConv(in, p);
            QVERIFY2(plan.ok(), w.constData());
            const std::int64_t nIn = elements(in), nOut = elements(plan->outputShape());
            QVERIFY2(ex.answer.values == I64 { nIn * nOut + nOut }, w.constData());
            auto convCount = convParamCount(in[0], p);
            QVERIFY2(ex.answer.values[0] > *convCount, w.constData());
            break;
        }
        }
    }
    // The generator varies its settings (not one exercise a thousand times).
    QVERIFY2(distinct.size() >= 50, QByteArray::number(qulonglong(distinct.size())).constData());
    if (ExerciseKind(kind) == ExerciseKind::ConvShape
        || ExerciseKind(kind) == ExerciseKind::PoolShape)
        QVERIFY(ran >= 100);
}

void TestExercises::workedStepsEvaluateToTheirValues()
{
    std::vector<Exercise> all = lectureSet().exercises;
    for (int seed = 0; seed < 300; ++seed)
        for (int level = 0; level < 2; ++level) {
            auto set = generateSet({ std::uint32_t(seed), 5, {}, ExerciseLevel(level) });
            QVERIFY(set.ok());
            all.insert(all.end(), set->exercises.begin(), set->exercises.end());
        }
    for (const Exercise& ex : all) {
        const QByteArray w = describe(ex, -1).toUtf8();
        std::vector<int> producers(ex.answer.values.size(), 0);
        for (const SolutionStep& step : ex.steps) {
            QVERIFY2(!step.formula.empty() && !step.substituted.empty(), w.constData());
            QVERIFY2(!stepLabel(ex, step).empty(), w.constData());
            Evaluator e(step.substituted);
            Rational r;
            QVERIFY2(e.evaluate(r), e.error().c_str());
            if (step.what == SolutionStep::What::Ratio) {
                // Shown rounded: about N times as many.
                const double exact = double(r.num) / double(r.den);
                QVERIFY2(std::abs(exact - double(step.value)) <= 0.5, w.constData());
                continue;
            }
            QVERIFY2(r.den == 1 && r.num == step.value,
                (w + " | " + QByteArray::fromStdString(step.substituted) + " = "
                    + QByteArray::number(qlonglong(r.num)) + "/"
                    + QByteArray::number(qlonglong(r.den)) + ", shown "
                    + QByteArray::number(qlonglong(step.value)))
                    .constData());
            if (step.answerIndex >= 0) {
                QVERIFY2(step.answerIndex < int(ex.answer.values.size()), w.constData());
                ++producers[std::size_t(step.answerIndex)];
                QVERIFY2(
                    step.value == ex.answer.values[std::size_t(step.answerIndex)], w.constData());
            }
        }
        // Every entry of the answer is worked out by exactly one step.
        for (int count : producers)
            QVERIFY2(count == 1, w.constData());
    }
}

void TestExercises::sameSeedGivesTheSameSet()
{
    const GenerateOptions options { 42, 20, {}, ExerciseLevel::Advanced };
    auto a = generateSet(options), b = generateSet(options);
    QVERIFY(a.ok() && b.ok());
    QCOMPARE(a->exercises.size(), std::size_t { 20 });
    for (std::size_t i = 0; i < a->exercises.size(); ++i) {
        QVERIFY(a->exercises[i].network == b->exercises[i].network);
        QCOMPARE(a->exercises[i].answer, b->exercises[i].answer);
        QCOMPARE(questionText(a->exercises[i]).body, questionText(b->exercises[i]).body);
    }
    // Kinds are used in turn.
    for (std::size_t i = 0; i < a->exercises.size(); ++i)
        QCOMPARE(a->exercises[i].kind, ExerciseKind(int(i) % kExerciseKindCount));
    // Another seed gives another set; a chosen kind list is respected.
    auto c = generateSet({ 43, 20, {}, ExerciseLevel::Advanced });
    int same = 0;
    for (std::size_t i = 0; i < a->exercises.size(); ++i)
        same += a->exercises[i].network == c->exercises[i].network;
    QVERIFY(same < 5);
    auto shapes = generateSet({ 7, 6, { ExerciseKind::PoolShape }, ExerciseLevel::Basic });
    for (const Exercise& ex : shapes->exercises)
        QCOMPARE(ex.kind, ExerciseKind::PoolShape);
}

void TestExercises::setOptionsAreChecked()
{
    auto none = generateSet({ 1, 0, {}, ExerciseLevel::Basic });
    QVERIFY(!none.ok());
    QCOMPARE(none.error().message, std::string("a set has 1 to 200 exercises, not 0"));
    QVERIFY(!generateSet({ 1, kMaxExercisesPerSet + 1, {}, ExerciseLevel::Basic }).ok());
}

void TestExercises::checkerReadsNumbers_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("verdict");
    // Exercise I (b): 3205.
    QTest::newRow("plain") << "3205" << int(Verdict::Correct);
    QTest::newRow("comma groups") << "3,205" << int(Verdict::Correct);
    QTest::newRow("space groups") << "3 205" << int(Verdict::Correct);
    QTest::newRow("thin space") << "3\u2009205" << int(Verdict::Correct);
    QTest::newRow("point groups (German)") << "3.205" << int(Verdict::Correct);
    QTest::newRow("apostrophe groups (Swiss)") << "3'205" << int(Verdict::Correct);
    QTest::newRow("trailing .0") << "3205.0" << int(Verdict::Correct);
    QTest::newRow("leading =, spaces") << "  = 3205 " << int(Verdict::Correct);
    QTest::newRow("off by the bias") << "3200" << int(Verdict::Wrong);
    QTest::newRow("bad grouping is two numbers") << "32,05" << int(Verdict::Unreadable);
    QTest::newRow("fraction") << "3205.5" << int(Verdict::Unreadable);
    QTest::newRow("words") << "three thousand" << int(Verdict::Unreadable);
    QTest::newRow("empty") << "" << int(Verdict::Unreadable);
    QTest::newRow("negative") << "-3205" << int(Verdict::Unreadable);
    QTest::newRow("huge") << "99999999999999999999999" << int(Verdict::Unreadable);
}

void TestExercises::checkerReadsNumbers()
{
    QFETCH(QString, typed);
    QFETCH(int, verdict);
    const Exercise ex = lectureSet().exercises[1];
    QCOMPARE(int(checkAnswer(ex, typed.toStdString()).verdict), verdict);
}

void TestExercises::checkerReadsShapes_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("verdict");
    // Exercise II (b): (16, 11, 11).
    QTest::newRow("tuple") << "(16, 11, 11)" << int(Verdict::Correct);
    QTest::newRow("list") << "[16, 11, 11]" << int(Verdict::Correct);
    QTest::newRow("commas") << "16,11,11" << int(Verdict::Correct);
    QTest::newRow("x") << "16x11x11" << int(Verdict::Correct);
    QTest::newRow("times sign") << "16 × 11 × 11" << int(Verdict::Correct);
    QTest::newRow("spaces") << "16 11 11" << int(Verdict::Correct);
    QTest::newRow("semicolons") << "(16; 11; 11)" << int(Verdict::Correct);
    QTest::newRow("wrong height") << "(16, 12, 11)" << int(Verdict::Wrong);
    QTest::newRow("channels last") << "(11, 11, 16)" << int(Verdict::Wrong);
    QTest::newRow("spatial only") << "(11, 11)" << int(Verdict::Unreadable);
    QTest::newRow("letters") << "(c, h, w)" << int(Verdict::Unreadable);
    QTest::newRow("empty brackets") << "()" << int(Verdict::Unreadable);
}

void TestExercises::checkerReadsShapes()
{
    QFETCH(QString, typed);
    QFETCH(int, verdict);
    const Exercise ex = lectureSet().exercises[5];
    QCOMPARE(int(checkAnswer(ex, typed.toStdString()).verdict), verdict);
    // A 1-d shape: Exercise II (a), (12, 9).
    QCOMPARE(checkAnswer(lectureSet().exercises[4], "12x9").verdict, Verdict::Correct);
}

void TestExercises::checkMessagesSayWhatToDo()
{
    const Exercise shape = lectureSet().exercises[5];
    QCOMPARE(checkMessage(shape, checkAnswer(shape, "(16, 11, 11)")),
        std::string("Correct: (16, 11, 11)."));
    QCOMPARE(checkMessage(shape, checkAnswer(shape, "(11, 11)")),
        std::string("The shape has 3 entries, (c, h, w) (channels first); you wrote 2."));
    QCOMPARE(checkMessage(shape, checkAnswer(shape, "(16, 12, 11)")),
        std::string("Not quite: you wrote (16, 12, 11). Right: channels, width. Check: height. Try "
                    "again, or show the solution."));
    const Exercise number = lectureSet().exercises[1];
    QCOMPARE(checkMessage(number, checkAnswer(number, "")),
        std::string("Type your answer first. Write one whole number, e.g. 1234 or 1,234."));
    // The hint never gives the answer away.
    for (const char* typed : { "", "x", "(1, 2)" })
        QVERIFY(checkMessage(shape, checkAnswer(shape, typed)).find("11") == std::string::npos);
}

void TestExercises::showMeSceneHasTheExerciseSetting()
{
    // Exercise II (b): a 32x32 grid with 4 channels, 5x5 kernel, stride 3, padding 2, 16 outputs.
    const ExerciseSet lecture = lectureSet();
    auto scene = exerciseScene(lecture.exercises[5]);
    QVERIFY(scene.ok());
    QCOMPARE(scene->input.source, InputSource::Grid);
    QCOMPARE(scene->input.gridChannels, 4);
    QCOMPARE(scene->input.gridRows, 32);
    QCOMPARE(scene->layer.kernel[0], 5);
    QCOMPARE(scene->layer.stride[1], 3);
    QCOMPARE(scene->layer.outChannels, 16);
    // The 3-d exercise I (d) cannot be a Playground scene: it says where it opens instead.
    auto threeD = exerciseScene(lecture.exercises[3]);
    QVERIFY(!threeD.ok());
    QVERIFY(threeD.error().message.find("Network view") != std::string::npos);

    // Every scene made for an exercise is valid and has the exercise's output size.
    std::vector<Exercise> all = lecture.exercises;
    for (int seed = 0; seed < 200; ++seed)
        for (int level = 0; level < 2; ++level)
            all.push_back([&] {
                std::mt19937 g { std::uint32_t(seed) };
                return generateExercise(
                    ExerciseKind(seed % kExerciseKindCount), ExerciseLevel(level), g);
            }());
    int shown = 0;
    for (const Exercise& ex : all) {
        auto s = exerciseScene(ex);
        if (!s.ok())
            continue;
        ++shown;
        const QByteArray w = describe(ex, -1).toUtf8();
        const SceneInput& in = s->input;
        std::vector<int> shape;
        if (in.source == InputSource::Grid)
            shape = s->layer.spatialDims == 1
                ? std::vector<int> { in.gridChannels, in.gridCols }
                : std::vector<int> { in.gridChannels, in.gridRows, in.gridCols };
        else if (in.source == InputSource::Signal)
            shape = { in.signalChannels, in.signalLength };
        else
            shape = { in.gray ? 1 : 3, in.crop->height, in.crop->width };
        auto plan = planSceneLayer(s->layer, shape);
        QVERIFY2(plan.ok(),
            (w + ": " + QByteArray::fromStdString(plan.ok() ? "" : plan.error().message))
                .constData());
        const std::vector<int> out = plan->outputShape();
        auto summary = summarize(ex.network);
        const std::vector<int>& expected = summary->layers[0].outputShape;
        QVERIFY2(std::equal(out.begin() + 1, out.end(), expected.begin() + 1, expected.end()),
            w.constData());
    }
    QVERIFY(shown > 100);
}

QTEST_APPLESS_MAIN(TestExercises)
#include "tst_exercises.moc"
