// English and German (Qt Linguist): the window, the Playground and the exercises in German when
// German is chosen, back in English after switching back, and the remembered choice.

#include "exercises.h"
#include "i18n/engine_messages.h"
#include "help_page.h"
#include "i18n/language.h"
#include "mainwindow.h"
#include "network/layer_stack_editor.h"
#include "network/network_model.h"
#include "network/network_view.h"
#include "shape.h"
#include "translate.h"
#include "test_settings.h"

#include <QAbstractButton>
#include <QKeySequence>
#include <QApplication>
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
        QCOMPARE(translateEngineMessage("cannot read /tmp/x 12.png"), QStringLiteral("cannot read /tmp/x 12.png"));
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
