// English and German (Qt Linguist): the window, the Playground and the exercises in German when
// German is chosen, back in English after switching back, and the remembered choice.

#include "exercises.h"
#include "exercises/exercise_html.h"
#include "export/export_menu.h"
#include "export/stage_export.h"
#include "i18n/engine_messages.h"
#include "filter_bank.h"
#include "help_page.h"
#include "i18n/language.h"
#include "image_io.h"
#include "kernels.h"
#include "lecture/lecture.h"
#include "mainwindow.h"
#include "network.h"
#include "onnx_import.h"
#include "playground/animation_controller.h"
#include "playground/playground_model.h"
#include "scene.h"
#include "spec_json.h"
#include "weights.h"
#include "network/layer_stack_editor.h"
#include "network/network_model.h"
#include "network/network_view.h"
#include "network/summary_table.h"
#include "network/summary_table_model.h"
#include "shape.h"
#include "translate.h"
#include "test_settings.h"

#include <QAbstractButton>
#include <QBuffer>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QKeySequence>
#include <QApplication>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace convscope;
using namespace convscope::ui;

static void initResources() { Q_INIT_RESOURCE(resources); }

namespace {

QStringList menuTitles(const QMainWindow &w)
{
    QStringList titles;
    for (QAction *a : w.menuBar()->actions())
        titles << a->text();
    return titles;
}

QStringList labelTexts(const QWidget &root)
{
    QStringList texts;
    for (const QLabel *label : root.findChildren<QLabel *>())
        texts << label->text();
    return texts;
}

// The menu bar's menu that holds the language submenu.
QMenu *menuHolding(const QMainWindow &w, const QMenu *submenu)
{
    for (QAction *a : w.menuBar()->actions())
        if (a->menu() && a->menu()->actions().contains(submenu->menuAction()))
            return a->menu();
    return nullptr;
}

// A bad file of each kind the window opens, and a failing export (tst_i18n's file rows).
enum class BadKind { Open, Weights, Export };

QByteArray truncatedPng()
{
    QImage picture(64, 48, QImage::Format_RGB32);
    picture.fill(QColor(30, 120, 200));
    for (int y = 0; y < picture.height(); ++y)
        picture.setPixelColor(y % picture.width(), y, Qt::white);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    picture.save(&buffer, "PNG");
    return bytes.left(bytes.size() / 2); // the header is whole, the pixels are cut off
}

// An .npy file whose header promises a 10x10 float32 array but holds 8 bytes of data.
QByteArray lyingNpy()
{
    QByteArray dict("{'descr': '<f4', 'fortran_order': False, 'shape': (10, 10), }");
    while ((10 + dict.size() + 1) % 64 != 0)
        dict += ' ';
    dict += '\n';
    QByteArray bytes("\x93NUMPY\x01\x00", 8);
    bytes += char(dict.size() & 0xff);
    bytes += char(dict.size() >> 8);
    return bytes + dict + QByteArray(8, '\0');
}

// The English pieces of every pattern translateEngineMessage knows (the text between its
// placeholders), long enough to be words rather than punctuation.
QStringList englishPieces()
{
    static const QRegularExpression placeholder(QStringLiteral("%\\d+"));
    QStringList pieces;
    for (const QString &pattern : engineMessagePatterns())
        for (const QString &piece : pattern.split(placeholder))
            if (piece.trimmed().size() >= 12)
                pieces << piece.trimmed();
    return pieces;
}

// The message the window shows for a bad file (or a failing animation export), "" when nothing
// failed.
QString shownMessage(BadKind kind, const QString &path)
{
    MainWindow w;
    w.openDefault();
    if (kind == BadKind::Export) {
        if (!QTest::qWaitFor([&w] { return !w.isBusy() && w.model()->state().output; }, 60000))
            return QStringLiteral("the default scene was not computed");
        auto *menu = w.findChild<ExportMenu *>();
        if (!menu)
            return {};
        QSignalSpy finished(menu, &ExportMenu::finished);
        AnimationExport settings;
        settings.size = QSize(160, 100);
        settings.lastStep = 1;
        if (const Status started = menu->startAnimationExport(path, ExportFormat::Gif, settings); !started)
            return QString::fromStdString(started.error().message);
        if (!finished.wait(60000) || finished.at(0).at(1).toBool())
            return {};
        return finished.at(0).at(2).toString();
    }
    const bool opened = kind == BadKind::Weights ? w.loadWeights(path) : w.openFile(path);
    return opened ? QString() : w.lastError();
}

// The engine's own (English) message for the same file, as the loader the window uses gives it.
std::string engineMessage(BadKind kind, const QString &path, const QString &englishShown)
{
    const std::string file = path.toStdString();
    auto message = [](const auto &result) { return result.ok() ? std::string() : result.error().message; };
    if (kind == BadKind::Export)
        return englishShown.toStdString(); // the exporter's message, shown as it is in English
    if (kind == BadKind::Weights)
        return message(WeightStore::load(file));
    if (isLectureFile(path))
        return message(readLecture(path));
    if (path.endsWith(QLatin1String(".onnx")))
        return message(importOnnx(file));
    if (path.endsWith(QLatin1String(".json"))) {
        QFile f(path);
        const bool isNetwork = f.open(QIODevice::ReadOnly) && f.readAll().contains("convscope-network");
        return isNetwork ? message(readNetworkSpec(file)) : message(readScene(file));
    }
    return message(loadImage(file));
}

} // namespace

class TestI18n : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        initResources();
        convscope::test::useOwnSettings(QStringLiteral("tst_i18n"));
    }
    void cleanup() { installTranslators(QStringLiteral("en")); }

    void germanWindow()
    {
        QVERIFY(installTranslators(QStringLiteral("de")));
        QCOMPARE(currentLanguage(), QStringLiteral("de"));
        MainWindow w;
        w.openDefault();
        const QStringList menus = menuTitles(w);
        QVERIFY2(menus.contains(QStringLiteral("&Datei")), qPrintable(menus.join(u' ')));
        QVERIFY2(menus.contains(QStringLiteral("&Ansicht")), qPrintable(menus.join(u' ')));
        QVERIFY2(menus.contains(QStringLiteral("&Hilfe")), qPrintable(menus.join(u' ')));
        QVERIFY(!menus.contains(QStringLiteral("&File")));
        // The Playground's controls.
        const QStringList labels = labelTexts(w);
        QVERIFY2(labels.contains(QStringLiteral("Schrittweite s")), qPrintable(labels.join(u'|')));
        QVERIFY2(labels.contains(QStringLiteral("Padding p")), qPrintable(labels.join(u'|')));
        QVERIFY(!labels.contains(QStringLiteral("Stride s")));
        // View > Language lists every language under its own name, the remembered one checked.
        auto *language = w.findChild<QMenu *>(QStringLiteral("languageMenu"));
        QVERIFY(language);
        QCOMPARE(language->title(), QStringLiteral("&Sprache"));
        const QMenu *view = menuHolding(w, language);
        QVERIFY(view);
        QCOMPARE(view->title(), QStringLiteral("&Ansicht"));
        QStringList entries;
        for (QAction *a : language->actions())
            entries << a->text() + (a->isChecked() ? QStringLiteral("*") : QString());
        QCOMPARE(entries, (QStringList { QStringLiteral("&Systemstandard*"), QStringLiteral("&English"),
                              QStringLiteral("&Deutsch") }));
    }

    void germanExercises()
    {
        QVERIFY(installTranslators(QStringLiteral("de")));
        const ExerciseSet set = lectureSet();
        const Exercise &first = set.exercises.front();
        QCOMPARE(QString::fromStdString(exerciseLabel(first, 0)), QStringLiteral("Aufgabe I (a)"));
        QCOMPARE(QString::fromStdString(questionText(first).body),
            QStringLiteral("(a) eine 1d-Faltung mit Kernelgröße (5), 3 Eingangskanälen, 4 Ausgangskanälen, ohne Bias"));
        // Numbers are put in after the translation, in the same format as in English.
        const CheckResult wrong = checkAnswer(first, "61");
        QCOMPARE(QString::fromStdString(checkMessage(first, wrong)),
            QStringLiteral("Nicht ganz: Sie haben 61 geschrieben. Versuchen Sie es noch einmal oder lassen Sie sich die Lösung zeigen."));
        QCOMPARE(QString::fromStdString(checkMessage(first, checkAnswer(first, "60"))), QStringLiteral("Richtig: 60."));
        // A generated exercise: every step of the worked solution is German.
        GenerateOptions options;
        options.seed = 7;
        options.count = 5;
        const auto generated = generateSet(options);
        QVERIFY(generated.ok());
        QCOMPARE(QString::fromStdString(setTitle(*generated)), QStringLiteral("Erzeugter Satz, Seed 7"));
        QCOMPARE(QString::fromStdString(kindName(ExerciseKind::ReceptiveField)), QStringLiteral("Rezeptives Feld eines Stapels"));

        // The Exercises view shows the German question.
        MainWindow w;
        w.openDefault();
        w.setView(MainWindow::View::Exercises);
        auto *question = w.findChild<QLabel *>(QStringLiteral("question"));
        QVERIFY(question);
        QVERIFY2(question->text().contains(QStringLiteral("Faltung")), qPrintable(question->text()));
        auto *check = w.findChild<QAbstractButton *>(QStringLiteral("checkButton"));
        QVERIFY(check);
        QCOMPARE(check->text(), QStringLiteral("Prüfen"));
        // The worked solution: German steps, the lecture's answer in the same number format.
        auto *show = w.findChild<QAbstractButton *>(QStringLiteral("solutionButton"));
        QVERIFY(show);
        QCOMPARE(show->text(), QStringLiteral("Lösung zeigen"));
        show->click();
        auto *solution = w.findChild<QLabel *>(QStringLiteral("solution"));
        QVERIFY(solution);
        QVERIFY2(solution->text().contains(QStringLiteral("Kernelgewichte für jeden Ein- und Ausgangskanal")),
            qPrintable(solution->text()));
        QVERIFY2(solution->text().contains(QStringLiteral("Antwort: <b>60</b>")), qPrintable(solution->text()));
        QCOMPARE(show->text(), QStringLiteral("Lösung verbergen"));
        // A look at it for the README (CONVSCOPE_SCREENSHOT_DIR set: the German Exercises view).
        if (const QString dir = qEnvironmentVariable("CONVSCOPE_SCREENSHOT_DIR"); !dir.isEmpty()) {
            w.resize(1600, 1000);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            QVERIFY(w.grab().save(dir + QStringLiteral("/german-exercises.png")));
        }
    }

    // The engine's messages for an impossible layer, as the engine writes them (numbers, axes).
    void germanEngineMessages()
    {
        ConvParams p;
        p.kernel = { 9, 3, 3 };
        const auto tooLarge = planConv({ 1, 7, 7 }, p);
        QVERIFY(!tooLarge.ok());
        p.kernel = { 3, 3, 3 };
        p.dilation = { 1, 4, 1 };
        const auto dilated = planConv({ 1, 7, 7 }, p);
        QVERIFY(!dilated.ok());
        p.dilation = { 1, 1, 1 };
        p.groups = 2;
        p.outChannels = 4;
        const auto groups = planConv({ 3, 7, 7 }, p);
        QVERIFY(!groups.ok());
        const QString english = QString::fromStdString(tooLarge.error().message);
        QCOMPARE(translateEngineMessage(tooLarge.error().message), english); // no translator: as is

        QVERIFY(installTranslators(QStringLiteral("de")));
        QCOMPARE(translateEngineMessage(tooLarge.error().message),
            QStringLiteral("Kernel 9 ist größer als die aufgefüllte Eingabe 7 (Höhe): verwenden Sie einen kleineren Kernel oder mehr Padding"));
        QCOMPARE(translateEngineMessage(dilated.error().message),
            QStringLiteral("Kernel 3 (effektiv 9 bei Dilatation 4) ist größer als die aufgefüllte Eingabe 7 (Breite): "
                           "verringern Sie Dilatation oder Kernelgröße, oder fügen Sie Padding hinzu"));
        QCOMPARE(translateEngineMessage(groups.error().message),
            QStringLiteral("2 Gruppen teilen die 3 Eingangskanäle nicht: wählen Sie einen Teiler von 3"));
        // The Network view's messages name the layer first (engine/network.cpp).
        QCOMPARE(translateEngineMessage("layer 3 (conv2_1): " + groups.error().message),
            QStringLiteral("Schicht 3 (conv2_1): 2 Gruppen teilen die 3 Eingangskanäle nicht: wählen Sie einen Teiler von 3"));
        // A message without a translated pattern keeps the engine's words.
        QCOMPARE(translateEngineMessage("the moon is 384400 km away"), QStringLiteral("the moon is 384400 km away"));
        QVERIFY(!isKnownEngineMessage("the moon is 384400 km away"));
        // A file loader's message: the file name (digits and spaces too) and the field stay, a
        // message inside a message is translated too.
        QCOMPARE(translateEngineMessage("cannot read /tmp/x 12.png: no such file"),
            QStringLiteral("/tmp/x 12.png kann nicht gelesen werden: die Datei existiert nicht"));
        QCOMPARE(translateEngineMessage("/tmp/a b.json: layer.kernel: 0 is out of range (1 to 64)"),
            QStringLiteral("/tmp/a b.json: layer.kernel: 0 liegt außerhalb des Bereichs (1 bis 64)"));
        QCOMPARE(translateEngineMessage("cannot load /tmp/7.png: the image is 9000x9000 = 81 megapixels; ConvScope opens "
                                        "images up to 40 megapixels: scale it down first"),
            QStringLiteral("/tmp/7.png kann nicht geladen werden: das Bild hat 9000x9000 = 81 Megapixel; ConvScope öffnet "
                           "Bilder bis 40 Megapixel: verkleinern Sie es zuerst"));
        QCOMPARE(translateEngineMessage("/tmp/net.json: layer 0 (conv0): kernel must be an integer or a list of 2 integers, not a string"),
            QStringLiteral("/tmp/net.json: Schicht 0 (conv0): kernel muss eine ganze Zahl oder eine Liste mit 2 ganzen Zahlen sein, "
                           "nicht ein String"));
        QVERIFY(isKnownEngineMessage("cannot read /tmp/x 12.png: no such file"));
        // Weights that do not fit the network, as the Network view's forward pass reports them.
        auto spec = parseNetworkSpec(R"({"format": "convscope-network", "version": 1, "input": {"channels": 1, "size": [8, 8]},
                                         "layers": [{"type": "conv", "name": "c1", "out_channels": 2, "kernel": 3}]})");
        QVERIFY(spec.ok());
        WeightStore wrong;
        wrong.insert("c1.weight", Tensor({ 2, 1, 5, 5 }));
        const auto ran = forward(spec->network, Tensor({ 1, 8, 8 }), &wrong);
        QVERIFY(!ran.ok());
        QVERIFY2(isKnownEngineMessage(ran.error().message), ran.error().message.c_str());
        QCOMPARE(translateEngineMessage(ran.error().message),
            QStringLiteral("Schicht 0 (c1): das Gewicht 'c1.weight' hat die Form (2, 1, 5, 5), aber die Schicht braucht (2, 1, 3, 3): "
                           "prüfen Sie die Parameter der Schicht oder die Gewichtsdatei"));
        // A kernel preset that does not fit the kernel size; a filter bank of a weight it cannot show.
        const auto identity = makeKernel("identity", 2, 2);
        QVERIFY(!identity.ok());
        QVERIFY(isKnownEngineMessage(identity.error().message));
        QCOMPARE(translateEngineMessage(identity.error().message),
            QStringLiteral("der Identitätskernel braucht ungerade Größen (er hat eine Mittelzelle), nicht 2x2: verwenden Sie 1x1, 3x3 oder 5x5"));
        const auto bank = filterBankImage(Tensor({ 2, 2, 3, 3, 3 }), 8);
        QVERIFY(!bank.ok());
        QVERIFY2(isKnownEngineMessage(bank.error().message), bank.error().message.c_str());
        QVERIFY2(translateEngineMessage(bank.error().message).startsWith(QStringLiteral("eine Filterbank braucht")),
            qPrintable(translateEngineMessage(bank.error().message)));
        // The ONNX importer's notes (the status bar after an import).
        QCOMPARE(translateEngineMessage("node '/0/Pad' (Pad) became the padding of conv1"),
            QStringLiteral("Knoten '/0/Pad' (Pad) wurde zum Padding von conv1"));
    }

    // Every pattern the engine's messages are matched against has a German translation.
    void everyEnginePatternHasGerman()
    {
        QVERIFY(installTranslators(QStringLiteral("de")));
        const QStringList patterns = engineMessagePatterns();
        QVERIFY(patterns.size() > 200);
        for (const QString &pattern : patterns) {
            const QByteArray key = pattern.toUtf8();
            const QString german = QCoreApplication::translate("EngineMessages", key.constData());
            QVERIFY2(!german.isEmpty() && german != pattern, qPrintable(pattern));
        }
    }

    // A bad file opened through the German window (or a failing export): the message shown is
    // German, keeps the file's name, and the engine's own message is one the translation knows.
    void germanFileErrors_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("write"); // the file to create ("" for none)
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("open"); // what the window opens
        QTest::addColumn<QString>("keep"); // the file name the message must still contain
        const int open = int(BadKind::Open), weights = int(BadKind::Weights);
        const QByteArray scene = R"({"format": "convscope-scene", "version": 1, )";
        const QByteArray network = R"({"format": "convscope-network", "version": 1, "input": {"channels": 1, "size": [4, 4]}, )";
        const QByteArray lecture = R"({"format": "convscope-lecture", "title": "Course", )";
        QByteArray npyF2 = lyingNpy();
        npyF2.replace("<f4", "<f2");
        QTest::newRow("image: truncated PNG") << open << "cut.png" << truncatedPng() << "cut.png" << "cut.png";
        QTest::newRow("image: empty file") << open << "empty.png" << QByteArray() << "empty.png" << "empty.png";
        QTest::newRow("image: text") << open << "notes.png" << QByteArray("my lecture notes\n") << "notes.png" << "notes.png";
        QTest::newRow("image: missing") << open << "" << QByteArray() << "nothere.png" << "nothere.png";
        QTest::newRow("image: GIF") << open << "anim.gif" << QByteArray("GIF89a\x10\x00\x10\x00\x00\x00\x00", 13) + QByteArray(40, '\0')
                                    << "anim.gif" << "anim.gif";
        QTest::newRow("scene: not JSON") << open << "junk.convscope.json" << QByteArray("{ this is not JSON") << "junk.convscope.json"
                                         << "junk.convscope.json";
        QTest::newRow("scene: field of the wrong type") << open << "kernel.convscope.json" << scene + R"("layer": {"kernel": "big"}})"
                                                        << "kernel.convscope.json" << "kernel.convscope.json";
        QTest::newRow("scene: field out of range") << open << "stride.convscope.json" << scene + R"("layer": {"stride": 0}})"
                                                   << "stride.convscope.json" << "stride.convscope.json";
        QTest::newRow("scene: unknown choice") << open << "op.convscope.json" << scene + R"("layer": {"op": "attention"}})"
                                               << "op.convscope.json" << "op.convscope.json";
        QTest::newRow("scene: newer version") << open << "new.convscope.json"
                                              << QByteArray(R"({"format": "convscope-scene", "version": 99})") << "new.convscope.json"
                                              << "new.convscope.json";
        QTest::newRow("network: impossible layer") << open << "big.json"
                                                   << network + R"("layers": [{"type": "conv", "out_channels": 2, "kernel": 9}]})"
                                                   << "big.json" << "big.json";
        QTest::newRow("network: unknown layer type") << open << "type.json" << network + R"("layers": [{"type": "attention"}]})"
                                                     << "type.json" << "type.json";
        QTest::newRow("network: field of the wrong type")
            << open << "field.json" << network + R"("layers": [{"type": "conv", "out_channels": 2, "kernel": "3"}]})" << "field.json"
            << "field.json";
        QTest::newRow("ONNX: not a model") << open << "model.onnx" << QByteArray("not a model at all") << "model.onnx" << "model.onnx";
        // Real models ConvScope cannot import (tests/data/onnx): a node's message.
        for (const char *model : { "concat", "conv_asymmetric", "pad_maxpool", "pad_reflect_avgpool", "pad_value", "residual", "softmax" }) {
            QFile f(QStringLiteral(CONVSCOPE_TEST_DATA_DIR "/onnx/%1.onnx").arg(QLatin1String(model)));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QString name = QLatin1String(model) + QStringLiteral(".onnx");
            QTest::newRow(qPrintable(QStringLiteral("ONNX: ") + name)) << open << name << f.readAll() << name << name;
        }
        QTest::newRow("weights: NPY with a lying header") << weights << "w/conv1.weight.npy" << lyingNpy() << "w" << "conv1.weight.npy";
        QTest::newRow("weights: NPY of an unsupported type") << weights << "f2/conv1.weight.npy" << npyF2 << "f2" << "conv1.weight.npy";
        QTest::newRow("weights: not an .npz") << weights << "trained.npz" << QByteArray(100, 'x') << "trained.npz" << "trained.npz";
        QTest::newRow("lecture: missing scene") << open << "course.convscope-lecture.json"
                                                << lecture + R"("version": 1, "scenes": ["nothere.convscope.json"]})"
                                                << "course.convscope-lecture.json" << "nothere.convscope.json";
        QTest::newRow("lecture: newer version") << open << "v7.convscope-lecture.json"
                                                << lecture + R"("version": 7, "scenes": ["a.convscope.json"]})"
                                                << "v7.convscope-lecture.json" << "v7.convscope-lecture.json";
        QTest::newRow("lecture: not JSON") << open << "broken.convscope-lecture.json" << QByteArray("{\"format\": ")
                                           << "broken.convscope-lecture.json" << "broken.convscope-lecture.json";
        QTest::newRow("export: no such folder") << int(BadKind::Export) << "" << QByteArray() << "missing/anim.gif" << "anim.gif";
    }

    void germanFileErrors()
    {
        QFETCH(int, kind);
        QFETCH(QString, write);
        QFETCH(QByteArray, content);
        QFETCH(QString, open);
        QFETCH(QString, keep);
        QTemporaryDir dir;
        if (!write.isEmpty()) {
            const QString file = dir.filePath(write);
            QVERIFY(QDir().mkpath(QFileInfo(file).path()));
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QCOMPARE(f.write(content), content.size());
        }
        const QString path = dir.filePath(open);
        QVERIFY(installTranslators(QStringLiteral("en")));
        const QString english = shownMessage(BadKind(kind), path);
        QVERIFY2(english.contains(keep), qPrintable(english));
        QVERIFY(installTranslators(QStringLiteral("de")));
        const QString german = shownMessage(BadKind(kind), path);
        QVERIFY2(german.contains(keep), qPrintable(german));
        QVERIFY2(german != english, qPrintable(german));
        for (const QString &piece : englishPieces())
            QVERIFY2(!german.contains(piece), qPrintable(german + QStringLiteral("\n  holds the English: ") + piece));
        // The engine's (or the exporter's) own words are a message the translation knows.
        const std::string raw = engineMessage(BadKind(kind), path, english);
        QVERIFY2(isKnownEngineMessage(raw), raw.c_str());
    }

    // The interface language sets the number format: German shows decimal commas and reads
    // them, English decimal points, whatever the system locale; files keep decimal points.
    void numbersFollowTheLanguage()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("speed.convscope.json"));
        QVERIFY(installTranslators(QStringLiteral("de")));
        QCOMPARE(QLocale().decimalPoint(), QStringLiteral(","));
        {
            MainWindow w;
            w.openDefault();
            auto *speed = w.findChild<QDoubleSpinBox *>(QStringLiteral("speedSpin"));
            QVERIFY(speed);
            speed->setValue(1.5);
            QVERIFY2(speed->text().startsWith(QStringLiteral("1,50")), qPrintable(speed->text()));
            // Typed as a German would type it.
            speed->selectAll();
            QTest::keyClicks(speed, QStringLiteral("2,5"));
            QTest::keyClick(speed, Qt::Key_Return);
            QCOMPARE(speed->value(), 2.5);
            QCOMPARE(w.animation()->stepsPerSecond(), 2.5);
            auto *sigma = w.findChild<QDoubleSpinBox *>(QStringLiteral("sigmaSpin"));
            QVERIFY(sigma);
            sigma->setValue(0.75);
            QVERIFY2(sigma->text().contains(QStringLiteral("0,75")), qPrintable(sigma->text()));
            QVERIFY2(w.saveSceneAs(path), qPrintable(w.lastError()));
        }
        // The scene file is the same in every language: decimal points.
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        static const QRegularExpression speedLine(QStringLiteral("\"steps_per_second\":\\s*2\\.5\\b"));
        QVERIFY2(text.contains(speedLine), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("2,5")));
        const auto parsed = readScene(path.toStdString());
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->scene.animation.stepsPerSecond, 2.5);

        QVERIFY(installTranslators(QStringLiteral("en")));
        QCOMPARE(QLocale().decimalPoint(), QStringLiteral("."));
        MainWindow w;
        w.openDefault();
        auto *speed = w.findChild<QDoubleSpinBox *>(QStringLiteral("speedSpin"));
        QVERIFY(speed);
        speed->setValue(1.5);
        QVERIFY2(speed->text().startsWith(QStringLiteral("1.50")), qPrintable(speed->text()));
    }

    // Grouped thousands follow the language too: "1,037" is one thousand and thirty-seven in
    // English but one point zero three seven in German, so German groups with points.
    void groupedNumbersFollowTheLanguage()
    {
        QVERIFY(installTranslators(QStringLiteral("de")));
        const ExerciseSet set = lectureSet();
        QVERIFY(set.exercises.size() > 1);
        const Exercise &second = set.exercises[1]; // Exercise I (b): 3205 parameters
        QCOMPARE(QString::fromStdString(answerText(second.answer)), QStringLiteral("3.205"));
        QVERIFY2(solutionHtml(second).contains(QStringLiteral("<b>3.205</b>")), qPrintable(solutionHtml(second)));
        // What the solution shows is accepted when typed back, and so is the English form.
        QCOMPARE(checkAnswer(second, "3.205").verdict, Verdict::Correct);
        QCOMPARE(checkAnswer(second, "3,205").verdict, Verdict::Correct);
        {
            MainWindow w;
            QVERIFY(w.openPreset(QStringLiteral("lenet5")));
            SummaryTable *table = w.networkView()->table();
            w.networkView()->setShowsSpecShapes(true);
            const int last = table->model()->rowCount() - 1;
            QCOMPARE(table->model()->index(last, SummaryTableModel::Params).data().toString(), QStringLiteral("61.706"));
            const QString tip = table->model()->index(last, SummaryTableModel::Params).data(Qt::ToolTipRole).toString();
            QVERIFY2(tip.contains(QStringLiteral("0,2")), qPrintable(tip)); // 61,706 x 4 bytes = 0.2 MB
            w.networkModel()->cancel();
        }
        QVERIFY(installTranslators(QStringLiteral("en")));
        QCOMPARE(QString::fromStdString(answerText(second.answer)), QStringLiteral("3,205"));
        QCOMPARE(SummaryTableModel::grouped(61706), QStringLiteral("61,706"));
    }

    // The Network view's undo steps name the edited field in the chosen language
    // (Edit > Undo "Rückgängig: conv1: Ausgabekanäle").
    void germanUndoStep()
    {
        QVERIFY(installTranslators(QStringLiteral("de")));
        MainWindow w;
        w.openDefault();
        NetworkView *view = w.networkView();
        view->editor()->setCurrentLayer(0);
        auto *out = view->editor()->findChild<QSpinBox *>(QStringLiteral("convOutChannels"));
        QVERIFY(out);
        const int before = w.networkModel()->undoStack()->count();
        out->setValue(out->value() + 1);
        QCOMPARE(w.networkModel()->undoStack()->count(), before + 1);
        const QString text = w.networkModel()->undoStack()->undoText();
        QVERIFY2(text.endsWith(QStringLiteral(": Ausgabekanäle")), qPrintable(text));
    }

    // F1's keys are spelled as the German menus spell them (Qt's own German: "Strg", "Bild ab").
    void germanHelpKeys()
    {
        QVERIFY(installTranslators(QStringLiteral("de")));
        const QString ctrlE = QKeySequence(QStringLiteral("Ctrl+E")).toString(QKeySequence::NativeText);
        if (ctrlE == QLatin1String("Ctrl+E"))
            QSKIP("Qt's own German translations (qt6-translations-l10n) are not installed");
        const QString html = helpPageHtml();
        QVERIFY2(html.contains(ctrlE), qPrintable(ctrlE));
        QVERIFY(!html.contains(QStringLiteral("Ctrl+E")));
        QVERIFY(html.contains(QStringLiteral("Ctrl+drag")) || html.contains(QStringLiteral("Strg+Ziehen")));
    }

    void englishAgain()
    {
        QVERIFY(installTranslators(QStringLiteral("de")));
        QVERIFY(installTranslators(QStringLiteral("en")));
        QCOMPARE(currentLanguage(), QStringLiteral("en"));
        const Exercise first = lectureSet().exercises.front();
        QCOMPARE(QString::fromStdString(questionText(first).body),
            QStringLiteral("(a) a 1d-convolution with kernel size (5), 3 input channels, 4 output channels, no bias"));
        MainWindow w;
        w.openDefault();
        QVERIFY(menuTitles(w).contains(QStringLiteral("&File")));
        QVERIFY(labelTexts(w).contains(QStringLiteral("Stride s")));
    }

    // View > Language: a new language is remembered at once; it asks to restart, and "Later"
    // keeps the window open in the current language.
    void menuChoiceAsksToRestart()
    {
        QVERIFY(installTranslators(QStringLiteral("en")));
        QSettings().remove(QStringLiteral("ui/language"));
        MainWindow w;
        w.openDefault();
        w.show();
        auto *language = w.findChild<QMenu *>(QStringLiteral("languageMenu"));
        QVERIFY(language);
        QAction *german = nullptr, *english = nullptr;
        for (QAction *a : language->actions()) {
            if (a->text() == QStringLiteral("&Deutsch"))
                german = a;
            if (a->text() == QStringLiteral("&English"))
                english = a;
        }
        QVERIFY(german && english);
        QString asked;
        QTimer::singleShot(0, this, [&asked] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return; // no question asked: the check below fails
            asked = box->text();
            QAbstractButton *later = nullptr;
            for (QAbstractButton *b : box->buttons())
                if (b->text() == QStringLiteral("&Later"))
                    later = b;
            if (later)
                later->click();
            else
                box->done(QMessageBox::Yes); // never hang on an unexpected dialog
            QVERIFY(later);
        });
        german->trigger();
        QVERIFY2(asked.contains(QStringLiteral("Restart now?")), qPrintable(asked));
        QCOMPARE(languageSetting(), QStringLiteral("de"));
        QVERIFY(german->isChecked());
        QVERIFY(w.isVisible()); // "Later": nothing closed
        QCOMPARE(currentLanguage(), QStringLiteral("en"));
        // Back to the language in use: remembered, nothing to restart for (no dialog).
        english->trigger();
        QCOMPARE(languageSetting(), QStringLiteral("en"));
        QVERIFY(!QApplication::activeModalWidget());
        QVERIFY(w.isVisible());
    }

    void choiceIsRemembered()
    {
        QSettings().remove(QStringLiteral("ui/language"));
        QCOMPARE(languageSetting(), QStringLiteral("system"));
        setLanguageSetting(QStringLiteral("de"));
        QCOMPARE(languageSetting(), QStringLiteral("de"));
        QCOMPARE(resolveLanguage(languageSetting()), QStringLiteral("de"));
        setLanguageSetting(QStringLiteral("fr")); // not a language ConvScope has: the system's
        QCOMPARE(languageSetting(), QStringLiteral("system"));
        QCOMPARE(resolveLanguage(QStringLiteral("en")), QStringLiteral("en"));
        const QString system = resolveLanguage(QStringLiteral("system"));
        QCOMPARE(system, QLocale::system().language() == QLocale::German ? QStringLiteral("de") : QStringLiteral("en"));
        QVERIFY(!installTranslators(QStringLiteral("fr")));
        QCOMPARE(currentLanguage(), QStringLiteral("en"));
    }
};

QTEST_MAIN(TestI18n)
#include "tst_i18n.moc"
