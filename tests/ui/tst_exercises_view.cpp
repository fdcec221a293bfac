// The Exercises mode as a student uses it: typing the right answer and pressing Enter marks it
// correct (and the progress is remembered for the set), a wrong one offers the worked solution,
// "Show me" hands the Playground a scene with the exercise's setting, and the worksheet export
// writes a real PDF (or nothing at all).

#include "exercises/exercises_view.h"
#include "playground/playground_model.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace convscope;
using namespace convscope::ui;

Q_DECLARE_METATYPE(convscope::Scene)
Q_DECLARE_METATYPE(convscope::Network)

static void initResources()
{
    Q_INIT_RESOURCE(resources);
}

class TestExercisesView : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        initResources();
        QApplication::setOrganizationName(QStringLiteral("ConvScopeTest"));
        QApplication::setApplicationName(QStringLiteral("tst_exercises_view"));
        qRegisterMetaType<convscope::Scene>();
        qRegisterMetaType<convscope::Network>();
    }
    void init() { QSettings().clear(); }

    void rightAnswerIsMarkedCorrect();
    void wrongAnswerOffersTheSolution();
    void unreadableAnswerSaysWhatToType();
    void progressIsRememberedPerSet();
    void generatedSetFollowsTheControls();
    void showMeOpensTheSettingInThePlayground();
    void showMeForAStackNeedsTheNetworkView();
    void worksheetIsAPdf();
    void worksheetToABadPathWritesNothing();
};

namespace {

QLineEdit* answerField(ExercisesView& view)
{
    return view.findChild<QLineEdit*>(QStringLiteral("answer"));
}

void type(ExercisesView& view, const QString& text)
{
    QLineEdit* edit = answerField(view);
    edit->clear();
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

} // namespace

void TestExercisesView::rightAnswerIsMarkedCorrect()
{
    ExercisesView view;
    view.resize(900, 700);
    view.show();
    QVERIFY(view.exerciseSet().lecture);
    QCOMPARE(view.exerciseSet().exercises.size(), std::size_t { 7 });
    auto* question = view.findChild<QLabel*>(QStringLiteral("question"));
    QVERIFY(question->text().contains(QStringLiteral("Exercise I (a)")));

    view.setCurrentIndex(1); // Exercise I (b): 3205
    QVERIFY(question->text().contains(QStringLiteral("kernel size (8,8)")));
    type(view, QStringLiteral("3,205"));
    QVERIFY2(view.feedback().startsWith(QStringLiteral("Correct")), qPrintable(view.feedback()));
    QVERIFY(view.progress().isCorrect(1));
    QCOMPARE(view.progress().correctCount(), 1);
    QVERIFY(view.findChild<QLabel*>(QStringLiteral("score"))
                ->text()
                .startsWith(QStringLiteral("1 of 7 correct")));

    view.setCurrentIndex(5); // Exercise II (b): (16, 11, 11), typed another way
    QVERIFY(answerField(view)->text().isEmpty());
    type(view, QStringLiteral("16x11x11"));
    QVERIFY(view.progress().isCorrect(5));
    QCOMPARE(view.progress().correctCount(), 2);
}

void TestExercisesView::wrongAnswerOffersTheSolution()
{
    ExercisesView view;
    view.resize(900, 700);
    view.show();
    view.setCurrentIndex(1);
    QVERIFY(!view.isSolutionVisible());
    QVERIFY(!view.isSolutionOffered());
    type(view, QStringLiteral("3200"));
    QVERIFY(view.feedback().startsWith(QStringLiteral("Not quite")));
    QVERIFY(view.feedback().contains(QStringLiteral("show the solution")));
    QVERIFY(view.isSolutionOffered());
    QVERIFY(!view.progress().isCorrect(1));
    QVERIFY(view.progress().isAttempted(1));
    QCOMPARE(view.progress().correctCount(), 0);

    auto* button = view.findChild<QPushButton*>(QStringLiteral("solutionButton"));
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(view.isSolutionVisible());
    const QString solution = view.findChild<QLabel*>(QStringLiteral("solution"))->text();
    // The worked step with the numbers put in, and the engine's answer.
    QVERIFY2(solution.contains(QStringLiteral("8·8·10·5 + 5")), qPrintable(solution));
    QVERIFY(solution.contains(QStringLiteral("3,205")));
    QVERIFY(solution.contains(QStringLiteral("C<sub>in</sub>")));
    // The next exercise starts fresh.
    view.setCurrentIndex(2);
    QVERIFY(!view.isSolutionVisible());
    QVERIFY(view.feedback().isEmpty());
}

void TestExercisesView::unreadableAnswerSaysWhatToType()
{
    ExercisesView view;
    view.setCurrentIndex(5);
    type(view, QStringLiteral("(11, 11)"));
    QVERIFY2(view.feedback().contains(QStringLiteral("3 entries")), qPrintable(view.feedback()));
    QVERIFY(!view.isSolutionOffered());
    QVERIFY(!view.progress().isAttempted(5));
}

void TestExercisesView::progressIsRememberedPerSet()
{
    {
        ExercisesView view;
        view.setCurrentIndex(0);
        type(view, QStringLiteral("60"));
        QCOMPARE(view.progress().correctCount(), 1);
    }
    ExercisesView again;
    QCOMPARE(again.progress().correctCount(), 1);
    QVERIFY(again.progress().isCorrect(0));
    // Another set has its own progress.
    QVERIFY(again.useGeneratedSet({ 5, 4, {}, ExerciseLevel::Basic }));
    QCOMPARE(again.progress().correctCount(), 0);
    again.useLectureSet();
    QCOMPARE(again.progress().correctCount(), 1);
}

void TestExercisesView::generatedSetFollowsTheControls()
{
    ExercisesView view;
    QVERIFY(view.useGeneratedSet({ 42, 6, {}, ExerciseLevel::Advanced }));
    auto expected = generateSet({ 42, 6, {}, ExerciseLevel::Advanced });
    QCOMPARE(view.exerciseSet().exercises.size(), std::size_t { 6 });
    for (std::size_t i = 0; i < 6; ++i)
        QCOMPARE(view.exerciseSet().exercises[i].answer, expected->exercises[i].answer);
    auto* seed = view.findChild<QSpinBox*>(QStringLiteral("seed"));
    QCOMPARE(seed->value(), 42);
    // A new seed from the spin box gives that seed's set.
    seed->setValue(43);
    QCOMPARE(view.exerciseSet().seed, 43u);
    auto other = generateSet({ 43, 6, {}, ExerciseLevel::Advanced });
    QCOMPARE(view.exerciseSet().exercises[0].answer, other->exercises[0].answer);
    // The right answer of a generated exercise is accepted as the engine writes it.
    type(view, QString::fromStdString(answerText(view.currentExercise().answer)));
    QVERIFY(view.progress().isCorrect(0));
    // Refused options keep the set.
    QVERIFY(!view.useGeneratedSet({ 1, 0, {}, ExerciseLevel::Basic }));
    QCOMPARE(view.exerciseSet().seed, 43u);
}

void TestExercisesView::showMeOpensTheSettingInThePlayground()
{
    ExercisesView view;
    QSignalSpy spy(&view, &ExercisesView::showInPlayground);
    view.setCurrentIndex(5); // Exercise II (b): (4, 32, 32), kernel 5, stride 3, padding 2, 16 out
    QTest::mouseClick(view.findChild<QPushButton*>(QStringLiteral("showMeButton")), Qt::LeftButton);
    QCOMPARE(spy.count(), 1);
    const Scene scene = spy.at(0).at(0).value<Scene>();
    QCOMPARE(scene.input.source, InputSource::Grid);
    QCOMPARE(scene.input.gridChannels, 4);
    QCOMPARE(scene.input.gridRows, 32);
    QCOMPARE(scene.input.gridCols, 32);
    QCOMPARE(scene.layer.kernel[0], 5);
    QCOMPARE(scene.layer.stride[0], 3);
    QCOMPARE(scene.layer.padding.values[0], 2);
    QCOMPARE(scene.layer.outChannels, 16);

    // The Playground accepts it and computes the exercise's output shape.
    PlaygroundModel model;
    model.resetScene(scene);
    QVERIFY2(model.isValid(), qPrintable(model.problem()));
    QCOMPARE(model.state().plan.outputShape(), (std::vector<int> { 16, 11, 11 }));

    // Exercise II (c) is 64x64: the cat's photo, cropped to that size, stands in for the grid.
    view.setCurrentIndex(6);
    view.showMe();
    QCOMPARE(spy.count(), 2);
    const Scene photo = spy.at(1).at(0).value<Scene>();
    model.resetScene(photo);
    QVERIFY2(model.isValid(), qPrintable(model.problem()));
    const std::vector<int> out = model.state().plan.outputShape();
    QCOMPARE(std::vector<int>(out.begin() + 1, out.end()), (std::vector<int> { 31, 64 }));
    QCOMPARE(out[0], 3);
}

void TestExercisesView::showMeForAStackNeedsTheNetworkView()
{
    ExercisesView view;
    QSignalSpy network(&view, &ExercisesView::showInNetwork);
    QSignalSpy playground(&view, &ExercisesView::showInPlayground);
    view.setCurrentIndex(3); // Exercise I (d): a 3-d convolution
    auto* button = view.findChild<QPushButton*>(QStringLiteral("showMeButton"));
    QVERIFY(!button->isEnabled());
    view.setNetworkViewAvailable(true);
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(playground.count(), 0);
    QCOMPARE(network.count(), 1);
    const Network net = network.at(0).at(0).value<Network>();
    QCOMPARE(net.inputSize, (std::vector<int> { 8, 8, 8 }));
    QCOMPARE(std::get<ConvLayer>(net.layers.at(0).config).params.kernel[2], 3);
}

void TestExercisesView::worksheetIsAPdf()
{
    QTemporaryDir dir;
    ExercisesView view;
    const QString path = dir.filePath(QStringLiteral("sheet.pdf"));
    QString error;
    QVERIFY2(view.exportWorksheet(path, &error), qPrintable(error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray pdf = f.readAll();
    QVERIFY(pdf.size() > 2000);
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY(pdf.trimmed().endsWith("%%EOF"));
    // Questions, then the answer key on a page of its own: at least two pages.
    QVERIFY(pdf.count("/Type /Page") - pdf.count("/Type /Pages") >= 2);
    // Nothing else was left in the folder (no temporary file).
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList { QStringLiteral("sheet.pdf") });
}

void TestExercisesView::worksheetToABadPathWritesNothing()
{
    QTemporaryDir dir;
    ExercisesView view;
    const QString path = dir.filePath(QStringLiteral("missing/folder/sheet.pdf"));
    QString error;
    QVERIFY(!view.exportWorksheet(path, &error));
    QVERIFY2(error.startsWith(QStringLiteral("Cannot write")), qPrintable(error));
    QVERIFY(!QFile::exists(path));
    QVERIFY(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
}

QTEST_MAIN(TestExercisesView)
#include "tst_exercises_view.moc"
