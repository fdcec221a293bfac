// The Playground's parameter panel: controls write the scene, follow undo, show the model's
// problems at the control and keep the last valid state.

#include "playground/grid_editor.h"
#include "playground/kernel_editor.h"
#include "playground/parameter_panel.h"
#include "playground/playground_model.h"
#include "widgets/dims_spin_box.h"
#include "widgets/number_table.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFrame>
#include <QLabel>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QUndoStack>

using namespace convscope;
using namespace convscope::ui;

// The bundled photos live in convscope_ui's resources; a static library needs them pulled in.
static void initResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace {

// A 5x5 one-channel ramp, 3x3 box kernel, no padding: small enough to count by hand.
Scene gridScene(int channels = 1)
{
    Scene s;
    s.input.source = InputSource::Grid;
    s.input.gridChannels = channels;
    s.input.gridRows = 5;
    s.input.gridCols = 5;
    s.input.gridPreset = GridPreset::Ramp;
    s.layer.kernel = { 3, 3, 3 };
    s.layer.stride = { 1, 1, 1 };
    s.layer.dilation = { 1, 1, 1 };
    s.layer.padding = Padding::explicitly({ 0, 0, 0 });
    s.layer.kernelPresets = { "box" };
    return s;
}

struct Fixture {
    PlaygroundModel model;
    ParameterPanel panel { &model };

    explicit Fixture(const Scene& scene)
    {
        model.resetScene(scene);
        panel.resize(360, 1000);
    }
    template <class T> T* find(const char* name)
    {
        T* w = panel.findChild<T*>(QLatin1String(name));
        if (!w)
            qWarning("no %s", name);
        return w;
    }
    QSpinBox* spin(const char* name) { return find<QSpinBox>(name); }
    QComboBox* combo(const char* name) { return find<QComboBox>(name); }
    int out(int axis) const
    {
        return model.state().plan.axes[static_cast<std::size_t>(axis)].output;
    }
    void chooseData(const char* name, const QVariant& data)
    {
        QComboBox* c = combo(name);
        c->setCurrentIndex(c->findData(data));
    }
};

} // namespace

class TestParameterPanel : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void outputSize_data();
    void outputSize();
    void typingIntoStride();
    void impossible_data();
    void impossible();
    void undoRestoresSpinBox();
    void sameValueTwiceIsOneCommand();
    void spinStepsMergeIntoOneUndoStep();
    void modelEditsDoNotEcho();
    void lockedAndUnlockedDimensions();
    void oneDimensional();
    void operationEnablesControls();
    void kernelCellEdit();
    void pairPreset();
    void gridCellEdit();
    void photoCrop();
    void presetSizeConflict();
    void everyControlHasNameAndTooltip();
    void fitsNarrowColumn();
    void screenshots();
};

void TestParameterPanel::initTestCase()
{
    initResources();
}

void TestParameterPanel::outputSize_data()
{
    QTest::addColumn<int>("kernel");
    QTest::addColumn<int>("padding");
    QTest::addColumn<int>("stride");
    QTest::addColumn<int>("dilation");
    QTest::addColumn<int>("expected");
    // By hand for 5x5, k3, p1, s2: floor((5 + 2·1 − 1·(3−1) − 1)/2) + 1 = floor(4/2) + 1 = 3.
    QTest::newRow("5x5 k3 p0 s1") << 3 << 0 << 1 << 1 << 3;
    QTest::newRow("5x5 k3 p1 s2") << 3 << 1 << 2 << 1 << 3;
    QTest::newRow("5x5 k3 d2 p0") << 3 << 0 << 1 << 2 << 1;
    QTest::newRow("5x5 k3 p1 s1") << 3 << 1 << 1 << 1 << 5;
    QTest::newRow("5x5 k5 p2 s2") << 5 << 2 << 2 << 1 << 3;
    QTest::newRow("5x5 k1 p0 s3") << 1 << 0 << 3 << 1 << 2;
}

void TestParameterPanel::outputSize()
{
    QFETCH(int, kernel);
    QFETCH(int, padding);
    QFETCH(int, stride);
    QFETCH(int, dilation);
    QFETCH(int, expected);
    Fixture f(gridScene());
    f.spin("paddingSpin0")->setValue(padding);
    f.spin("kernelSpin0")->setValue(kernel);
    f.spin("strideSpin0")->setValue(stride);
    f.spin("dilationSpin0")->setValue(dilation);
    const SceneLayer& layer = f.model.scene().layer;
    QCOMPARE(layer.kernel[0], kernel);
    QCOMPARE(layer.kernel[1], kernel); // locked: both dimensions
    QCOMPARE(layer.padding.values[1], padding);
    QCOMPARE(layer.stride[1], stride);
    QCOMPARE(layer.dilation[1], dilation);
    QVERIFY2(f.model.isValid(), qPrintable(f.model.problem()));
    QCOMPARE(f.out(0), expected);
    QCOMPARE(f.out(1), expected);
    const QString shape = f.find<QLabel>("shapeLabel")->text();
    QVERIFY2(shape.startsWith(QStringLiteral("1×5×5 → 1×%1×%1").arg(expected)), qPrintable(shape));
}

void TestParameterPanel::typingIntoStride()
{
    Fixture f(gridScene());
    f.panel.show();
    QSpinBox* stride = f.spin("strideSpin0");
    stride->setFocus();
    stride->selectAll();
    QTest::keyClicks(stride, QStringLiteral("2"));
    QCOMPARE(f.model.scene().layer.stride[0], 2);
    QCOMPARE(f.out(0), 2); // floor((5 − 2 − 1)/2) + 1
    QCOMPARE(f.out(1), 2);
}

void TestParameterPanel::impossible_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("control");
    QTest::newRow("kernel 7 on 5x5 without padding")
        << "kernel7"
        << "kernel 7 is larger than the padded input 5 (height): use a smaller kernel or add "
           "padding"
        << "kernelSpin0";
    QTest::newRow("groups 2 with 3 channels")
        << "groups2"
        << "groups 2 does not divide the 3 input channels: choose a divisor of 3"
        << "groupsSpin";
    QTest::newRow("same with stride 2")
        << "same-stride2"
        << "padding 'same' needs stride 1, but the stride (height) is 2: use a number for the "
           "padding or set the stride to 1"
        << "paddingKindCombo";
    QTest::newRow("reflect padding 5 on 5")
        << "reflect5"
        << "reflect padding 5 (height) must be smaller than the input size 5: lower the padding "
           "or use replicate or zeros"
        << "paddingSpin0";
}

void TestParameterPanel::impossible()
{
    QFETCH(QString, action);
    QFETCH(QString, message);
    QFETCH(QString, control);
    Fixture f(gridScene(action == QLatin1String("groups2") ? 3 : 1));
    f.panel.show();
    // A valid first step where the impossible combination needs one.
    if (action == QLatin1String("same-stride2"))
        f.chooseData("paddingKindCombo", static_cast<int>(PaddingKind::Same));
    else if (action == QLatin1String("reflect5"))
        f.chooseData("paddingModeCombo", static_cast<int>(PaddingMode::Reflect));
    QVERIFY(f.model.isValid());
    const quint64 generation = f.model.state().generation;
    const std::vector<int> shape = f.model.state().plan.outputShape();
    QFrame* frame = f.find<QFrame>("messageFrame");
    QVERIFY(!frame->isVisible());

    QSignalSpy problems(&f.model, &PlaygroundModel::problemChanged);
    if (action == QLatin1String("kernel7")) {
        f.spin("kernelSpin0")->setValue(7);
    } else if (action == QLatin1String("groups2")) {
        f.spin("groupsSpin")->setValue(2);
    } else if (action == QLatin1String("same-stride2")) {
        f.spin("strideSpin0")->setValue(2);
    } else if (action == QLatin1String("reflect5")) {
        f.spin("paddingSpin0")->setValue(5);
    }
    QVERIFY(!f.model.isValid());
    QCOMPARE(f.model.problem(), message);
    QCOMPARE(problems.count(), 1);
    QCOMPARE(f.find<QLabel>("messageLabel")->text(), message);
    QVERIFY(frame->isVisible());
    // The named control is framed and its tooltip carries the message.
    QWidget* invalid = f.panel.findChild<QWidget*>(control);
    QVERIFY(invalid);
    QVERIFY(invalid->property("invalid").toBool());
    QVERIFY(invalid->toolTip().startsWith(message));
    // The last valid picture stays.
    QCOMPARE(f.model.state().generation, generation);
    QCOMPARE(f.model.state().plan.outputShape(), shape);
    QVERIFY(f.find<QLabel>("shapeLabel")->text().startsWith(QStringLiteral("Last valid: ")));

    // Undo makes it valid again and clears the message and the frame.
    while (!f.model.isValid() && f.model.undoStack()->canUndo())
        f.model.undoStack()->undo();
    QVERIFY(f.model.isValid());
    QVERIFY(!frame->isVisible());
    QVERIFY(f.find<QLabel>("messageLabel")->text().isEmpty());
    QVERIFY(!invalid->property("invalid").toBool());
    QVERIFY(!invalid->toolTip().startsWith(message));
    QVERIFY(!invalid->toolTip().isEmpty());
}

void TestParameterPanel::undoRestoresSpinBox()
{
    Fixture f(gridScene());
    QSpinBox* stride = f.spin("strideSpin0");
    QSpinBox* padding = f.spin("paddingSpin0");
    stride->setValue(2);
    padding->setValue(1);
    QCOMPARE(f.model.undoStack()->count(), 2);
    f.model.undoStack()->undo();
    QCOMPARE(padding->value(), 0);
    QCOMPARE(f.spin("paddingSpin1")->value(), 0);
    QCOMPARE(stride->value(), 2);
    f.model.undoStack()->undo();
    QCOMPARE(stride->value(), 1);
    QCOMPARE(f.spin("strideSpin1")->value(), 1);
    QCOMPARE(f.model.scene().layer.stride[0], 1);
    f.model.undoStack()->redo();
    QCOMPARE(stride->value(), 2);
    // Syncing the spin boxes from the model pushed nothing.
    QCOMPARE(f.model.undoStack()->count(), 2);
}

void TestParameterPanel::sameValueTwiceIsOneCommand()
{
    Fixture f(gridScene());
    QSignalSpy pushes(f.model.undoStack(), &QUndoStack::indexChanged);
    QSignalSpy scenes(&f.model, &PlaygroundModel::sceneChanged);
    f.spin("strideSpin0")->setValue(2);
    f.spin("strideSpin0")->setValue(2);
    QCOMPARE(pushes.count(), 1);
    QCOMPARE(scenes.count(), 1);
    QCOMPARE(f.model.undoStack()->count(), 1);
    f.chooseData("paddingModeCombo", static_cast<int>(PaddingMode::Replicate));
    f.chooseData("paddingModeCombo", static_cast<int>(PaddingMode::Replicate));
    QCOMPARE(f.model.undoStack()->count(), 2);
}

void TestParameterPanel::spinStepsMergeIntoOneUndoStep()
{
    Fixture f(gridScene());
    f.panel.show();
    f.spin("paddingSpin0")->setValue(2);
    QCOMPARE(f.model.undoStack()->count(), 1);
    QSpinBox* kernel = f.spin("kernelSpin0");
    kernel->setFocus();
    QTest::keyClick(kernel, Qt::Key_Up);
    QTest::keyClick(kernel, Qt::Key_Up);
    QTest::keyClick(kernel, Qt::Key_Down);
    QCOMPARE(f.model.scene().layer.kernel[0], 4);
    QCOMPARE(f.model.undoStack()->count(), 2);
    // Another control starts a new step; one undo takes back all three kernel steps.
    f.spin("strideSpin0")->stepUp();
    QCOMPARE(f.model.undoStack()->count(), 3);
    f.model.undoStack()->undo();
    f.model.undoStack()->undo();
    QCOMPARE(kernel->value(), 3);
    QCOMPARE(f.model.scene().layer.padding.values[0], 2);
}

void TestParameterPanel::modelEditsDoNotEcho()
{
    Fixture f(gridScene());
    Scene s = f.model.scene();
    s.layer.stride = { 2, 3, 1 };
    s.layer.op = SceneOp::MaxPool;
    s.layer.padding = Padding::explicitly({ 1, 0, 0 });
    s.input.gridChannels = 2;
    f.model.setScene(s, QStringLiteral("Preset"));
    QCOMPARE(f.model.undoStack()->count(), 1);
    QCOMPARE(f.spin("strideSpin0")->value(), 2);
    QCOMPARE(f.spin("strideSpin1")->value(), 3);
    QVERIFY(!f.find<QAbstractButton>("strideLock")->isChecked()); // unequal: no longer locked
    QCOMPARE(f.spin("paddingSpin0")->value(), 1);
    QCOMPARE(f.spin("gridChannelsSpin")->value(), 2);
    QCOMPARE(f.combo("opCombo")->currentData().toInt(), static_cast<int>(SceneOp::MaxPool));
    const SceneLayer& layer = f.model.scene().layer;
    QCOMPARE(layer.stride[0], 2);
    QCOMPARE(layer.stride[1], 3);
    QCOMPARE(layer.padding.values[0], 1);
    QCOMPARE(layer.op, SceneOp::MaxPool);
}

void TestParameterPanel::lockedAndUnlockedDimensions()
{
    Fixture f(gridScene());
    auto* lock = f.find<QAbstractButton>("strideLock");
    QVERIFY(lock->isChecked());
    lock->click();
    QVERIFY(!lock->isChecked());
    f.spin("strideSpin1")->setValue(2);
    QCOMPARE(f.model.scene().layer.stride[0], 1);
    QCOMPARE(f.model.scene().layer.stride[1], 2);
    QCOMPARE(f.out(0), 3);
    QCOMPARE(f.out(1), 2);
    // Locking again makes the width follow the height, in the same "Stride" undo step.
    const int count = f.model.undoStack()->count();
    lock->click();
    QCOMPARE(f.model.scene().layer.stride[1], 1);
    QCOMPARE(f.out(1), 3);
    QCOMPARE(f.model.undoStack()->count(), count);
}

void TestParameterPanel::oneDimensional()
{
    Scene scene = gridScene();
    scene.layer.kernelPresets = { "sobel_x" };
    Fixture f(scene);
    f.panel.show();
    f.chooseData("dimsCombo", 1);
    QCOMPARE(f.model.scene().layer.spatialDims, 1);
    // The 3x3-only preset became a box kernel instead of an error.
    QCOMPARE(f.model.scene().layer.kernelPresets, std::vector<std::string> { "box" });
    QVERIFY2(f.model.isValid(), qPrintable(f.model.problem()));
    QVERIFY(!f.spin("kernelSpin1")->isVisible());
    QVERIFY(!f.spin("gridRowsSpin")->isEnabled());
    f.spin("kernelSpin0")->setValue(5);
    QCOMPARE(f.model.state().plan.outputShape(), (std::vector<int> { 1, 1 }));

    f.combo("sourceCombo")->setCurrentIndex(2); // signal
    QCOMPARE(f.model.scene().input.source, InputSource::Signal);
    QVERIFY(!f.combo("dimsCombo")->isEnabled());
    QVERIFY(f.spin("signalLengthSpin")->isVisible());
    QVERIFY(!f.spin("gridRowsSpin")->isVisible());
    f.spin("signalLengthSpin")->setValue(20);
    QCOMPARE(f.model.state().plan.outputShape(), (std::vector<int> { 1, 16 }));

    // Back to the grid: 2-D again, every setting square.
    f.combo("sourceCombo")->setCurrentIndex(1);
    QCOMPARE(f.model.scene().layer.spatialDims, 2);
    QCOMPARE(f.model.scene().layer.kernel[1], 5);
    QVERIFY(f.spin("kernelSpin1")->isVisible());
    QCOMPARE(f.model.state().plan.outputShape(), (std::vector<int> { 1, 1, 1 }));
}

void TestParameterPanel::operationEnablesControls()
{
    Fixture f(gridScene());
    QVERIFY(f.spin("groupsSpin")->isEnabled());
    QVERIFY(!f.find<QCheckBox>("ceilModeCheck")->isEnabled());
    f.chooseData("opCombo", static_cast<int>(SceneOp::AvgPool));
    QCOMPARE(f.model.scene().layer.op, SceneOp::AvgPool);
    QVERIFY(!f.spin("groupsSpin")->isEnabled());
    QVERIFY(!f.spin("outChannelsSpin")->isEnabled());
    QVERIFY(!f.combo("paddingModeCombo")->isEnabled());
    QVERIFY(!f.spin("dilationSpin0")->isEnabled());
    QVERIFY(f.find<QCheckBox>("ceilModeCheck")->isEnabled());
    QVERIFY(f.find<QCheckBox>("countIncludePadCheck")->isEnabled());
    f.chooseData("opCombo", static_cast<int>(SceneOp::MaxPool));
    QVERIFY(f.spin("dilationSpin0")->isEnabled());
    QVERIFY(!f.find<QCheckBox>("countIncludePadCheck")->isEnabled());
    f.find<QCheckBox>("ceilModeCheck")->setChecked(true);
    QVERIFY(f.model.scene().layer.ceilMode);
    f.chooseData("paddingKindCombo", static_cast<int>(PaddingKind::Valid));
    QVERIFY(!f.spin("paddingSpin0")->isEnabled());
    f.chooseData("activationCombo", static_cast<int>(Activation::Relu));
    QCOMPARE(f.model.scene().layer.activation, std::optional<Activation>(Activation::Relu));
}

void TestParameterPanel::kernelCellEdit()
{
    Scene scene = gridScene();
    scene.layer.outChannels = 2;
    scene.layer.kernelPresets = { "sobel_x" };
    Fixture f(scene);
    auto* editor = f.find<KernelEditor>("kernelEditor");
    auto* table = f.find<NumberTable>("kernelTable");
    QComboBox* preset = f.combo("kernelPresetCombo");
    QCOMPARE(preset->currentData().toString(), QStringLiteral("sobel_x"));
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(table->valueAt(1, 2), 2.0);

    editor->setChannels(1, 0);
    table->item(1, 1)->setData(Qt::EditRole, 7.0);
    const SceneLayer& layer = f.model.scene().layer;
    QCOMPARE(layer.weights.size(), std::size_t { 2 * 9 });
    QCOMPARE(layer.weights[9 + 4], 7.0f);
    QCOMPARE(layer.weights[4], 0.0f);
    QCOMPARE(preset->currentData().toInt(), -1); // custom
    QCOMPARE((*f.model.state().weight)[9 + 4], 7.0f);
    editor->setChannels(0, 0);
    QCOMPARE(preset->currentData().toString(), QStringLiteral("sobel_x")); // unedited channel

    // A preset for the first output keeps the second's edit.
    preset->setCurrentIndex(preset->findData(QStringLiteral("laplacian")));
    emit preset->activated(preset->currentIndex());
    QCOMPARE(
        f.model.scene().layer.kernelPresets, (std::vector<std::string> { "laplacian", "sobel_x" }));
    QCOMPARE(f.model.scene().layer.weights[9 + 4], 7.0f);
    QCOMPARE(f.model.scene().layer.weights[4], -4.0f);
    // The second output back to its preset: no explicit weights left.
    editor->setChannels(1, 0);
    preset->setCurrentIndex(preset->findData(QStringLiteral("sobel_x")));
    emit preset->activated(preset->currentIndex());
    QVERIFY(f.model.scene().layer.weights.empty());

    f.find<QCheckBox>("biasCheck")->setChecked(true);
    auto* bias = f.find<QDoubleSpinBox>("biasSpin");
    bias->setValue(0.5);
    QCOMPARE(f.model.scene().layer.biasValues, (std::vector<float> { 0.0f, 0.5f }));
}

// A preset for output 1 / input 2 of a 3-channel grid with 2 outputs: that one kernel slice
// changes, the other five stay; undo brings the old slice back.
void TestParameterPanel::pairPreset()
{
    Scene scene = gridScene(3);
    scene.layer.outChannels = 2;
    scene.layer.kernelPresets = { "box" };
    Fixture f(scene);
    auto* editor = f.find<KernelEditor>("kernelEditor");
    auto* all = f.find<QCheckBox>("kernelAllInputsCheck");
    QComboBox* preset = f.combo("kernelPresetCombo");
    QVERIFY(all->isVisibleTo(&f.panel));
    QVERIFY(all->isChecked());
    const Tensor before = *f.model.state().weight;
    QCOMPARE(before.shape(), (std::vector<int> { 2, 3, 3, 3 }));

    editor->setChannels(1, 2); // the user's "output 2, input 3", 0-based here
    all->setChecked(false);
    preset->setCurrentIndex(preset->findData(QStringLiteral("laplacian")));
    emit preset->activated(preset->currentIndex());
    QVERIFY2(f.model.isValid(), qPrintable(f.model.problem()));
    QCOMPARE(f.model.scene().layer.kernelPresets, std::vector<std::string> { "box" });
    QCOMPARE(f.model.scene().layer.kernelPairPresets.size(), std::size_t { 1 });
    const Tensor& after = *f.model.state().weight;
    for (int o = 0; o < 2; ++o)
        for (int i = 0; i < 3; ++i)
            for (int k = 0; k < 9; ++k) {
                const std::int64_t at = (o * 3 + i) * 9 + k;
                if (o == 1 && i == 2)
                    QCOMPARE(after[at], k == 4 ? -4.0f : (k % 2 ? 1.0f : 0.0f)); // Laplacian
                else
                    QCOMPARE(after[at], before[at]);
            }
    QCOMPARE(preset->currentData().toString(), QStringLiteral("laplacian"));
    editor->setChannels(1, 1);
    QCOMPARE(preset->currentData().toString(), QStringLiteral("box")); // the neighbour pair

    f.model.undoStack()->undo();
    QVERIFY(f.model.scene().layer.kernelPairPresets.empty());
    QVERIFY(*f.model.state().weight == before);
    editor->setChannels(1, 2);
    QCOMPARE(preset->currentData().toString(), QStringLiteral("box"));

    // Ticked again, the preset covers every input of the output, and the pair's own goes.
    f.model.undoStack()->redo();
    all->setChecked(true);
    preset->setCurrentIndex(preset->findData(QStringLiteral("sharpen")));
    emit preset->activated(preset->currentIndex());
    QCOMPARE(f.model.scene().layer.kernelPresets, (std::vector<std::string> { "box", "sharpen" }));
    QVERIFY(f.model.scene().layer.kernelPairPresets.empty());
}

void TestParameterPanel::gridCellEdit()
{
    Fixture f(gridScene());
    auto* table = f.find<NumberTable>("gridTable");
    QCOMPARE(table->rowCount(), 5);
    QCOMPARE(table->valueAt(0, 1), 2.0); // ramp 1, 2, 3 …
    table->item(2, 3)->setData(Qt::EditRole, 9.5);
    const SceneInput& in = f.model.scene().input;
    QCOMPARE(in.gridPreset, GridPreset::Custom);
    QCOMPARE(in.gridValues.size(), std::size_t { 25 });
    QCOMPARE(in.gridValues[2 * 5 + 3], 9.5f);
    QCOMPARE(in.gridValues[0], 1.0f);
    QCOMPARE((*f.model.state().input)[13], 9.5f);
    QCOMPARE(
        f.combo("gridPresetCombo")->currentData().toInt(), static_cast<int>(GridPreset::Custom));
    // Growing a custom grid keeps the values it had.
    f.spin("gridColsSpin")->setValue(6);
    QCOMPARE(f.model.scene().input.gridValues.size(), std::size_t { 30 });
    QCOMPARE(f.model.scene().input.gridValues[2 * 6 + 3], 9.5f);
    QCOMPARE(table->columnCount(), 6);
}

void TestParameterPanel::photoCrop()
{
    Scene scene;
    scene.input.source = InputSource::Sample;
    scene.input.sample = "chelsea";
    scene.layer.kernelPresets = { "sobel_x" };
    Fixture f(scene);
    QVERIFY2(f.model.isValid(), qPrintable(f.model.problem()));
    QCOMPARE(f.spin("cropWSpin")->value(), 451);
    QCOMPARE(f.spin("cropHSpin")->value(), 300);
    QVERIFY(!f.find<QAbstractButton>("cropResetButton")->isEnabled());
    f.spin("cropWSpin")->setValue(40);
    f.spin("cropHSpin")->setValue(30);
    QCOMPARE(f.model.state().plan.outputShape(), (std::vector<int> { 1, 30, 40 }));
    f.chooseData("colorCombo", true);
    QCOMPARE(f.model.state().plan.inChannels, 1);
    f.find<QAbstractButton>("cropResetButton")->click();
    QVERIFY(!f.model.scene().input.crop);
    QCOMPARE(f.model.state().plan.outputShape(), (std::vector<int> { 1, 300, 451 }));

    QSignalSpy open(&f.panel, &ParameterPanel::openImageRequested);
    f.find<QAbstractButton>("openImageButton")->click();
    QCOMPARE(open.count(), 1);
    f.chooseData("sampleCombo", QStringLiteral("camera"));
    QCOMPARE(f.model.scene().input.sample, std::string("camera"));
    QCOMPARE(f.spin("cropWSpin")->value(), 512);

    // An opened file has its own entry while it is the input; a sample replaces it.
    Scene opened = f.model.scene();
    opened.input.source = InputSource::Image;
    opened.input.path = CONVSCOPE_SOURCE_DIR "/resources/images/coffee.png";
    f.model.resetScene(opened);
    QVERIFY2(f.model.isValid(), qPrintable(f.model.problem()));
    QComboBox* samples = f.combo("sampleCombo");
    QCOMPARE(samples->count(), 5);
    QCOMPARE(samples->currentText(), QStringLiteral("coffee.png"));
    QCOMPARE(f.spin("cropWSpin")->value(), 600);
    f.combo("sourceCombo")->setCurrentIndex(1);
    f.combo("sourceCombo")->setCurrentIndex(0);
    QCOMPARE(f.model.scene().input.source, InputSource::Image); // the file again, not a sample
    f.chooseData("sampleCombo", QStringLiteral("chelsea"));
    QCOMPARE(f.model.scene().input.source, InputSource::Sample);
    QCOMPARE(samples->count(), 4);
}

void TestParameterPanel::presetSizeConflict()
{
    Scene scene = gridScene();
    scene.layer.kernelPresets = { "sobel_x" };
    Fixture f(scene);
    f.spin("kernelSpin0")->setValue(5);
    QVERIFY(!f.model.isValid());
    QCOMPARE(f.model.problemField(), QStringLiteral("kernel_presets"));
    QVERIFY(f.combo("kernelPresetCombo")->property("invalid").toBool());
    QVERIFY(f.spin("kernelSpin0")->property("invalid").toBool());
    // The kernel table stays, greyed, with the last kernel that could be made.
    QVERIFY(!f.find<NumberTable>("kernelTable")->isEnabled());
    QComboBox* preset = f.combo("kernelPresetCombo");
    preset->setCurrentIndex(preset->findData(QStringLiteral("gaussian")));
    emit preset->activated(preset->currentIndex());
    QVERIFY2(f.model.isValid(), qPrintable(f.model.problem()));
    QVERIFY(!preset->property("invalid").toBool());
    QCOMPARE(f.find<NumberTable>("kernelTable")->rowCount(), 5);
    QVERIFY(f.find<QDoubleSpinBox>("sigmaSpin")->isVisibleTo(&f.panel));
    QVERIFY(!f.find<QDoubleSpinBox>("thetaSpin")->isVisibleTo(&f.panel));
}

void TestParameterPanel::everyControlHasNameAndTooltip()
{
    Fixture f(gridScene());
    QStringList missing;
    const auto widgets = f.panel.findChildren<QWidget*>();
    for (QWidget* w : widgets) {
        const bool control = qobject_cast<QAbstractSpinBox*>(w) || qobject_cast<QComboBox*>(w)
            || qobject_cast<QAbstractButton*>(w) || qobject_cast<NumberTable*>(w);
        // The table's own corner button is Qt's, not a control of the panel.
        if (!control || w->inherits("QTableCornerButton"))
            continue;
        if (w->objectName().isEmpty() || w->toolTip().isEmpty())
            missing << QStringLiteral("%1 '%2'").arg(
                QLatin1String(w->metaObject()->className()), w->objectName());
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
}

void TestParameterPanel::fitsNarrowColumn()
{
    Fixture f(gridScene());
    for (auto source : { 0, 1, 2 }) {
        f.combo("sourceCombo")->setCurrentIndex(source);
        QVERIFY2(f.panel.minimumSizeHint().width() <= 360,
            qPrintable(QString::number(f.panel.minimumSizeHint().width())));
    }
}

// CONVSCOPE_PANEL_SHOTS=/tmp/dir writes what the panel looks like, for a human to review.
void TestParameterPanel::screenshots()
{
    const QString dir = qEnvironmentVariable("CONVSCOPE_PANEL_SHOTS");
    if (dir.isEmpty())
        QSKIP("set CONVSCOPE_PANEL_SHOTS to a folder to render the panel");
    QDir().mkpath(dir);
    auto shoot = [&](const Scene& scene, const QString& name, auto&& change) {
        Fixture f(scene);
        f.panel.show();
        change(f);
        QCoreApplication::processEvents(); // the layouts settle, the worker's output arrives
        QTest::qWait(300);
        QVERIFY(f.panel.grab().save(QDir(dir).filePath(name)));
    };
    Scene photo;
    photo.layer.outChannels = 2;
    photo.layer.bias = true;
    photo.layer.kernelPresets = { "sobel_x", "sobel_y" };
    photo.layer.activation = Activation::Relu;
    shoot(photo, QStringLiteral("panel-photo-conv.png"), [](Fixture&) {});
    Scene pool = gridScene(2);
    pool.layer.op = SceneOp::MaxPool;
    pool.layer.kernel = { 2, 2, 2 };
    pool.layer.stride = { 2, 2, 2 };
    shoot(pool, QStringLiteral("panel-grid-pool.png"), [](Fixture&) {});
    shoot(gridScene(), QStringLiteral("panel-impossible.png"),
        [](Fixture& f) { f.spin("kernelSpin0")->setValue(7); });
    Scene signal = gridScene();
    signal.input.source = InputSource::Signal;
    signal.layer.spatialDims = 1;
    shoot(signal, QStringLiteral("panel-signal.png"), [](Fixture&) {});
}

QTEST_MAIN(TestParameterPanel)
#include "tst_parameter_panel.moc"
