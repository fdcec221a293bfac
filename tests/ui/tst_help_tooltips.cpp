// Help a user can find: every keyboard shortcut the window has (menu actions, tool bars, the
// Network view's layer list, the Exercises view's shortcuts) is on the F1 help page, spelled as
// the menus spell it; and every control a user can see in each view — buttons, spin boxes, combo
// boxes, sliders, check boxes — has a tooltip.

#include "help_page.h"
#include "mainwindow.h"
#include "test_settings.h"

#include <QAbstractButton>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QKeySequence>
#include <QListWidget>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSet>
#include <QSettings>
#include <QShortcut>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTextDocument>

using namespace convscope::ui;

namespace {

// The keys on the help page: the text of every <b>, split at " / " and ", ".
QSet<QString> keysOnHelpPage()
{
    QSet<QString> keys;
    static const QRegularExpression bold(QStringLiteral("<b>(.*?)</b>"));
    static const QRegularExpression separator(QStringLiteral(" / |, "));
    for (auto it = bold.globalMatch(helpPageHtml()); it.hasNext();) {
        QTextDocument plain; // undo the HTML escaping
        plain.setHtml(it.next().captured(1));
        for (const QString &key : plain.toPlainText().split(separator, Qt::SkipEmptyParts))
            keys.insert(key.trimmed());
    }
    return keys;
}

// Qt's own parts of a control (a tab bar's scroll arrows, a dock's title buttons, a tool bar's
// extension arrow, scroll bars) are not controls of ours.
bool isOurs(const QWidget *w)
{
    if (w->objectName().startsWith(QLatin1String("qt_")) || qobject_cast<const QScrollBar *>(w))
        return false;
    for (const QObject *p = w->parent(); p; p = p->parent())
        if (qobject_cast<const QTabBar *>(p) || p->objectName().startsWith(QLatin1String("qt_")))
            return false;
    return qobject_cast<const QTabBar *>(w) == nullptr;
}

QString describe(const QWidget *w)
{
    QString text;
    if (auto *b = qobject_cast<const QAbstractButton *>(w))
        text = b->text();
    else if (auto *c = qobject_cast<const QComboBox *>(w))
        text = c->currentText();
    QStringList parents;
    for (const QObject *p = w->parent(); p && parents.size() < 3; p = p->parent())
        if (!p->objectName().isEmpty())
            parents << p->objectName();
    return QStringLiteral("%1 '%2' text '%3' in %4").arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(), text, parents.join(QLatin1Char('<')));
}

void addControlsWithoutTooltip(const QWidget *root, QSet<QString> &missing)
{
    for (QWidget *w : root->findChildren<QWidget *>()) {
        const bool control = qobject_cast<QAbstractButton *>(w) || qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QComboBox *>(w)
            || qobject_cast<QAbstractSlider *>(w);
        if (control && w->isVisible() && isOurs(w) && w->toolTip().trimmed().isEmpty())
            missing.insert(describe(w));
    }
}

// The controls of the view as it is, then of every tab of its tab widgets and, in a layer list,
// with every layer selected (each kind of layer has its own editor).
QStringList controlsWithoutTooltip(const QWidget *root)
{
    QSet<QString> missing;
    addControlsWithoutTooltip(root, missing);
    for (QTabWidget *tabs : root->findChildren<QTabWidget *>()) {
        if (!tabs->isVisible())
            continue;
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QApplication::processEvents();
            addControlsWithoutTooltip(root, missing);
        }
        tabs->setCurrentIndex(0);
    }
    for (QListWidget *list : root->findChildren<QListWidget *>(QStringLiteral("layerList"))) {
        if (!list->isVisible())
            continue;
        for (int i = 0; i < list->count(); ++i) {
            list->setCurrentRow(i);
            QApplication::processEvents();
            addControlsWithoutTooltip(root, missing);
        }
    }
    QStringList sorted(missing.begin(), missing.end());
    sorted.sort();
    return sorted;
}

} // namespace

static void initResources() { Q_INIT_RESOURCE(resources); }

class TestHelpTooltips : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        initResources();
        convscope::test::useOwnSettings(QStringLiteral("tst_help_tooltips"));
    }

    void everyShortcutIsOnTheHelpPage()
    {
        MainWindow w;
        const QSet<QString> keys = keysOnHelpPage();
        QStringList missing;
        int count = 0;
        for (const QAction *a : w.findChildren<QAction *>())
            for (const QKeySequence &key : a->shortcuts()) {
                ++count;
                const QString text = key.toString(QKeySequence::NativeText);
                if (!keys.contains(text))
                    missing << QStringLiteral("%1 (%2)").arg(text, QString(a->text()).remove(QLatin1Char('&')));
            }
        for (const QShortcut *s : w.findChildren<QShortcut *>())
            for (const QKeySequence &key : s->keys()) {
                ++count;
                if (!keys.contains(key.toString(QKeySequence::NativeText)))
                    missing << key.toString(QKeySequence::NativeText);
            }
        QVERIFY2(count >= 30, qPrintable(QString::number(count))); // the walk found the window's actions
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("not on the help page: ") + missing.join(QStringLiteral(", "))));
        // The ones a lecturer asks for by name.
        for (const char *key : { "F1", "F5", "Esc", "K", "B", "E", "H", "Ctrl+E", "Ctrl+Shift+C", "Ctrl+Shift+D", "Ctrl+1", "Ctrl+2", "Ctrl+3" })
            QVERIFY2(keys.contains(QString::fromLatin1(key)), key);
        QVERIFY(helpPageHtml().contains(QStringLiteral("Ctrl+drag")));

        // And the other way round: every key the page names does something (Enter checks an
        // exercise's answer through its line edit, not a shortcut).
        QSet<QString> shortcuts { QStringLiteral("Enter") };
        for (const QAction *a : w.findChildren<QAction *>())
            for (const QKeySequence &key : a->shortcuts())
                shortcuts.insert(key.toString(QKeySequence::NativeText));
        for (const QShortcut *s : w.findChildren<QShortcut *>())
            for (const QKeySequence &key : s->keys())
                shortcuts.insert(key.toString(QKeySequence::NativeText));
        for (const QString &key : keys) {
            const QKeySequence parsed = QKeySequence::fromString(key, QKeySequence::NativeText);
            const bool isKey = parsed.count() == 1 && parsed.toString(QKeySequence::NativeText) == key;
            QVERIFY2(!isKey || shortcuts.contains(key), qPrintable(QStringLiteral("the help page names %1, which no action has").arg(key)));
        }
    }

    void everyVisibleControlHasATooltip_data()
    {
        QTest::addColumn<QString>("scene");
        QTest::addColumn<int>("view");
        QTest::newRow("Playground, photo") << QStringLiteral(":/scenes/default.convscope.json") << int(MainWindow::View::Playground);
        QTest::newRow("Playground, grid") << QStringLiteral(":/scenes/arith_padding_strides.convscope.json") << int(MainWindow::View::Playground);
        QTest::newRow("Playground, RGB to 4") << QStringLiteral(":/scenes/rgb_to_4_channels.convscope.json") << int(MainWindow::View::Playground);
        QTest::newRow("Playground, pooling") << QStringLiteral(":/scenes/maxpool_grid.convscope.json") << int(MainWindow::View::Playground);
        QTest::newRow("Playground, 1-D") << QStringLiteral(":/scenes/signal_1d.convscope.json") << int(MainWindow::View::Playground);
        QTest::newRow("Network") << QStringLiteral(":/scenes/default.convscope.json") << int(MainWindow::View::Network);
        QTest::newRow("Network, LeNet-5") << QStringLiteral("lenet5") << int(MainWindow::View::Network);
        QTest::newRow("Exercises") << QStringLiteral(":/scenes/default.convscope.json") << int(MainWindow::View::Exercises);
    }

    void everyVisibleControlHasATooltip()
    {
        QFETCH(QString, scene);
        QFETCH(int, view);
        QSettings().clear();
        MainWindow w;
        if (scene.startsWith(QLatin1Char(':')))
            QVERIFY(w.openScene(scene));
        else
            QVERIFY(w.openPreset(scene)); // a network with other kinds of layers
        w.setView(static_cast<MainWindow::View>(view));
        w.resize(1600, 1000);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTRY_VERIFY_WITH_TIMEOUT(!w.isBusy(), 60000); // the whole-image maps, on a loaded CI machine too
        const QStringList missing = controlsWithoutTooltip(&w);
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("%1 without a tooltip:\n  ").arg(missing.size()) + missing.join(QStringLiteral("\n  "))));
    }
};

QTEST_MAIN(TestHelpTooltips)
#include "tst_help_tooltips.moc"
