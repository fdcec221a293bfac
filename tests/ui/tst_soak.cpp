// The GUI soak test: the real window on the cat, driven by thousands of random actions from a
// seeded generator — parameter edits within and beyond the valid ranges, impossible combinations,
// stepping and playing, presets, view switches, layer edits in the Network view, undo/redo, cell
// edits, bad files opened the way File > Open opens them — then checks that the window still
// responds, shows a valid state, and that no stale worker result replaced a newer one.
//
// CONVSCOPE_SOAK_SEED picks the seed (printed at the start), CONVSCOPE_SOAK_ACTIONS the number of
// actions (5,000); CONVSCOPE_SOAK_VERBOSE=1 prints every action. Run it alone with `ctest -L soak`.

#include "mainwindow.h"
#include "network/layer_stack_editor.h"
#include "network/network_model.h"
#include "network/network_view.h"
#include "network/summary_table.h"
#include "playground/feature_map_panel.h"
#include "playground/playground_model.h"
#include "network.h"
#include "scene.h"
#include "test_settings.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPixmap>
#include <QRandomGenerator>
#include <QSettings>
#include <QSlider>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

#include <cmath>
#include <functional>

using namespace convscope;
using namespace convscope::ui;

namespace {

// What a computation may cost before the test steps back (an undo, or a small photo again), so
// the whole run stays within a few minutes under the sanitizers: multiply-accumulates of the
// Playground's layer on the whole photo, and of the Network view's stack on the picture.
constexpr std::int64_t kMaxPlaygroundMacs = 3'000'000;
constexpr std::int64_t kMaxNetworkMacs = 25'000'000;
// The photo the soak works on: a crop of the cat, small enough for the sanitizer build.
constexpr int kCatWidth = 72;
constexpr int kCatHeight = 56;

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok ? v : fallback;
}

quint32 envSeed()
{
    bool ok = false;
    const quint32 v = qEnvironmentVariable("CONVSCOPE_SOAK_SEED").toUInt(&ok);
    return ok ? v : 20261127u;
}

std::uint32_t crc32(const QByteArray &bytes)
{
    std::uint32_t crc = 0xffffffffu;
    for (const char ch : bytes) {
        crc ^= static_cast<std::uint8_t>(ch);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

QByteArray bigEndian(std::uint32_t v)
{
    QByteArray b(4, '\0');
    for (int i = 0; i < 4; ++i)
        b[i] = static_cast<char>((v >> (24 - 8 * i)) & 0xff);
    return b;
}

// A PNG whose header claims width x height and whose data is missing.
QByteArray pngClaiming(std::uint32_t width, std::uint32_t height)
{
    QByteArray ihdr = "IHDR" + bigEndian(width) + bigEndian(height);
    ihdr += QByteArray("\x08\x02\x00\x00\x00", 5);
    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    png += bigEndian(13) + ihdr + bigEndian(crc32(ihdr));
    const QByteArray iend = "IEND";
    png += bigEndian(0) + iend + bigEndian(crc32(iend));
    return png;
}

bool write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QString shapeText(const std::vector<int> &shape)
{
    QStringList parts;
    for (const int d : shape)
        parts << QString::number(d);
    return parts.join(QStringLiteral("×"));
}

bool sameValues(const Tensor &a, const Tensor &b)
{
    if (a.shape() != b.shape())
        return false;
    const auto x = a.values(), y = b.values();
    for (std::size_t i = 0; i < x.size(); ++i) {
        if (std::isnan(x[i]) != std::isnan(y[i]))
            return false;
        if (!std::isnan(x[i]) && x[i] != y[i]
            && !(std::abs(x[i] - y[i]) <= 1e-4f * std::max(1.0f, std::max(std::abs(x[i]), std::abs(y[i])))))
            return false;
    }
    return true;
}

} // namespace

static void initResources() { Q_INIT_RESOURCE(resources); }

class TestSoak : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void randomActions();

private:
    // One random action; `what` names it for the failure message.
    void act(QString &what);
    void editParameter(QString &what);
    void editWidget(QWidget *w, QString &what);
    void editCell(QString &what);
    void animate(QString &what);
    void editNetwork(QString &what);
    void openBadFile(QString &what);
    void keepSmall(QString &what);
    [[nodiscard]] bool waitIdle(int timeoutMs = 180000);
    void checkState(bool idle, const QString &context);
    void checkPlaygroundResults(const QString &context);
    void checkNetworkResults(const QString &context);
    QAction *action(const QKeySequence &key) const;
    int pick(int n) { return static_cast<int>(m_rng.bounded(static_cast<quint32>(std::max(1, n)))); }
    bool chance(double p) { return m_rng.generateDouble() < p; }

    QTemporaryDir m_dir;
    QString m_cat;
    QStringList m_badFiles;
    QRandomGenerator m_rng;
    MainWindow *m_window = nullptr;
    int m_dialogs = 0; // message boxes shown (and dismissed by the test)
    QString m_lastDialog;
    bool m_cancelled = false; // the Network view's maps were cancelled since the last edit
};

void TestSoak::initTestCase()
{
    initResources();
    convscope::test::useOwnSettings(QStringLiteral("tst_soak"));
    // No session left by a previous run: the window starts on the bundled cat.
    const QString appData = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QFile::remove(QDir(appData).filePath(QStringLiteral("last-session.convscope.json")));

    QVERIFY(m_dir.isValid());
    const QImage chelsea(QStringLiteral(":/images/chelsea.png"));
    QVERIFY(!chelsea.isNull());
    m_cat = m_dir.filePath(QStringLiteral("cat_face.png"));
    QVERIFY(chelsea.copy(150, 40, kCatWidth, kCatHeight).save(m_cat));

    // Bad files of every kind File > Open accepts.
    QFile real(m_cat);
    QVERIFY(real.open(QIODevice::ReadOnly));
    const QByteArray png = real.readAll();
    const QString deepNesting = QString(200000, QLatin1Char('[')) + QString(200000, QLatin1Char(']'));
    const std::pair<QString, QByteArray> bad[] = {
        { QStringLiteral("empty.png"), QByteArray() },
        { QStringLiteral("garbage.png"), QByteArray("\x89PNG\r\n\x1a\nthis is not a picture at all", 36) },
        { QStringLiteral("truncated.png"), png.left(png.size() / 2) },
        { QStringLiteral("bomb.png"), pngClaiming(60000, 60000) },
        { QStringLiteral("zero.png"), pngClaiming(0, 0) },
        { QStringLiteral("text.jpg"), QByteArray("GIF89a? no, plain text") },
        { QStringLiteral("broken.convscope.json"), QByteArray("{ \"format\": \"convscope-scene\", \"version\": 1, ") },
        { QStringLiteral("impossible.convscope.json"),
            QByteArray(R"({"format": "convscope-scene", "version": 1, "input": {"source": "grid", "grid": [5, 5]},
                "layer": {"op": "conv", "dims": 2, "kernel": 9, "stride": 1, "padding": 0}})") },
        { QStringLiteral("types.convscope.json"),
            QByteArray(R"({"format": "convscope-scene", "version": 1, "layer": {"kernel": "big", "stride": [true]}})") },
        { QStringLiteral("missing_image.convscope.json"),
            QByteArray(R"({"format": "convscope-scene", "version": 1, "input": {"source": "image", "path": "nowhere.png"}})") },
        { QStringLiteral("deep.json"), deepNesting.toLatin1() },
        { QStringLiteral("bad_net.json"),
            QByteArray(R"({"format": "convscope-network", "version": 1, "input": {"channels": 3, "size": [32, 32]},
                "layers": [{"type": "conv2d", "out_channels": -3, "kernel_size": 3}]})") },
        { QStringLiteral("huge_net.json"),
            QByteArray(R"({"format": "convscope-network", "version": 1, "input": {"channels": 3, "size": [32, 32]},
                "layers": [{"type": "conv2d", "out_channels": 2000000000, "kernel_size": 99999}]})") },
        { QStringLiteral("model.onnx"), QByteArray("\x08\x07\x12\x04junk", 8) },
        { QStringLiteral("talk.convscope-lecture.json"), QByteArray("{\"format\": \"convscope-lecture\", \"scenes\": [42]}") },
    };
    for (const auto &[name, bytes] : bad) {
        const QString path = m_dir.filePath(name);
        QVERIFY(write(path, bytes));
        m_badFiles << path;
    }
    m_badFiles << m_dir.filePath(QStringLiteral("does_not_exist.png"));
}

QAction *TestSoak::action(const QKeySequence &key) const
{
    const auto actions = m_window->findChildren<QAction *>();
    for (QAction *a : actions)
        if (a->shortcuts().contains(key))
            return a;
    return nullptr;
}

bool TestSoak::waitIdle(int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    // Twice in a row idle, so a debounce timer that was about to fire has fired.
    int idleRounds = 0;
    while (clock.elapsed() < timeoutMs) {
        QTest::qWait(60);
        const bool idle = !m_window->isBusy() && !m_window->networkModel()->isComputing();
        idleRounds = idle ? idleRounds + 1 : 0;
        if (idleRounds >= 2)
            return true;
    }
    const auto *panel = m_window->findChild<FeatureMapPanel *>();
    qWarning("soak: still busy: feature maps %s, layer output %s (scene %s), network maps %s",
        panel && panel->isComputing() ? "computing" : "done",
        m_window->model()->state().output ? "done" : "missing", m_window->model()->isValid() ? "valid" : "impossible",
        m_window->networkModel()->isComputing() ? "computing" : "done");
    return false;
}

void TestSoak::randomActions()
{
    const quint32 seed = envSeed();
    const int count = envInt("CONVSCOPE_SOAK_ACTIONS", 5000);
    qInfo("soak: seed %u, %d actions (CONVSCOPE_SOAK_SEED, CONVSCOPE_SOAK_ACTIONS)", seed, count);
    m_rng.seed(seed);

    MainWindow w;
    m_window = &w;
    w.openDefault();
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.activateWindow();
    QVERIFY(w.openFile(m_cat));
    QCOMPARE(w.model()->scene().input.source, InputSource::Image);

    // Message boxes are modal: the test dismisses each one as a user would, and counts it.
    QTimer dismisser;
    dismisser.setInterval(10);
    connect(&dismisser, &QTimer::timeout, this, [this] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            if (auto *box = qobject_cast<QMessageBox *>(modal))
                m_lastDialog = box->text();
            ++m_dialogs;
            modal->close();
        }
    });
    dismisser.start();

    const bool verbose = qEnvironmentVariableIsSet("CONVSCOPE_SOAK_VERBOSE"); // every action, to replay a failure
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < count; ++i) {
        QString what;
        act(what);
        // What the action posted (a cell editor commits on Return through a queued call) is
        // delivered before the next one, as between two key presses of a user.
        QCoreApplication::processEvents();
        keepSmall(what);
        if (verbose)
            qInfo("soak: %d %s", i, qPrintable(what));
        if (QTest::currentTestFailed()) {
            qWarning("soak: failed at action %d (%s), seed %u", i, qPrintable(what), seed);
            return;
        }
        if ((i + 1) % 250 == 0) {
            const bool idle = (i + 1) % 1000 == 0;
            checkState(idle, QStringLiteral("after action %1 (%2), seed %3").arg(i).arg(what).arg(seed));
            if (QTest::currentTestFailed())
                return;
            qInfo("soak: %d actions, %lld s, %d message boxes", i + 1, clock.elapsed() / 1000, m_dialogs);
        }
    }
    checkState(true, QStringLiteral("at the end, seed %1").arg(seed));
    m_window = nullptr;
}

void TestSoak::act(QString &what)
{
    const int r = pick(1000);
    if (r < 330)
        editParameter(what);
    else if (r < 410)
        editCell(what);
    else if (r < 580)
        animate(what);
    else if (r < 620) {
        const int view = pick(3);
        what = QStringLiteral("view %1").arg(view + 1);
        if (QAction *a = action(QKeySequence(QStringLiteral("Ctrl+%1").arg(view + 1))))
            a->trigger();
    } else if (r < 650) { // an example scene (File > Examples) or a kernel / grid preset
        const auto examples = m_window->findChildren<QMenu *>();
        QList<QAction *> scenes;
        for (QMenu *m : examples)
            if (m->title().contains(QLatin1String("Examples")))
                scenes = m->actions();
        if (!scenes.isEmpty()) {
            QAction *a = scenes.at(pick(static_cast<int>(scenes.size())));
            what = QStringLiteral("example %1").arg(a->text());
            a->trigger();
        }
    } else if (r < 680) { // a network preset (Networks menu)
        QList<QAction *> presets;
        for (QAction *a : m_window->findChildren<QAction *>())
            if (a->objectName().startsWith(QLatin1String("preset_")))
                presets << a;
        if (!presets.isEmpty()) {
            QAction *a = presets.at(pick(static_cast<int>(presets.size())));
            what = QStringLiteral("network preset %1").arg(a->objectName());
            a->trigger();
        }
    } else if (r < 850)
        editNetwork(what);
    else if (r < 930) {
        const bool undo = chance(0.6);
        const int times = 1 + pick(3);
        what = QStringLiteral("%1 x%2").arg(undo ? QStringLiteral("undo") : QStringLiteral("redo")).arg(times);
        QAction *a = action(undo ? QKeySequence(QKeySequence::Undo) : QKeySequence(QStringLiteral("Ctrl+Shift+Z")));
        QVERIFY(a);
        for (int k = 0; k < times; ++k)
            if (a->isEnabled())
                a->trigger();
    } else if (r < 945)
        openBadFile(what);
    else if (r < 955) {
        what = QStringLiteral("open the cat");
        QVERIFY2(m_window->openFile(m_cat), qPrintable(m_window->lastError()));
    } else if (r < 965) {
        what = QStringLiteral("wait for the workers");
        QVERIFY2(waitIdle(), "the workers did not finish within 3 minutes");
    } else {
        what = QStringLiteral("pause");
        QTest::qWait(pick(40));
    }
}

// A control of the Playground's parameter panel (spin boxes, combos, check boxes, the lock
// toggles), as far as it is visible and enabled.
void TestSoak::editParameter(QString &what)
{
    auto *panel = m_window->findChild<QWidget *>(QStringLiteral("parameterPanel"));
    QVERIFY(panel);
    QList<QWidget *> controls;
    for (QWidget *w : panel->findChildren<QWidget *>()) {
        const bool kind = qobject_cast<QSpinBox *>(w) || qobject_cast<QDoubleSpinBox *>(w) || qobject_cast<QComboBox *>(w)
            || qobject_cast<QCheckBox *>(w) || (qobject_cast<QToolButton *>(w) && w->objectName().endsWith(QLatin1String("Lock")));
        if (kind && w->isEnabled() && w->isVisibleTo(panel) && !w->objectName().isEmpty())
            controls << w;
    }
    if (controls.isEmpty())
        return;
    editWidget(controls.at(pick(static_cast<int>(controls.size()))), what);
}

// One user edit of a control: arrows, a typed value (also outside its range, or no number at
// all), a value from the list, a click.
void TestSoak::editWidget(QWidget *w, QString &what)
{
    what = w->objectName();
    if (auto *spin = qobject_cast<QSpinBox *>(w)) {
        const int mode = pick(10);
        if (mode < 4) {
            const int steps = chance(0.5) ? 1 : -1;
            what += QStringLiteral(" step %1").arg(steps);
            spin->stepBy(steps);
        } else if (mode < 7) {
            const int span = std::min<qint64>(qint64(spin->maximum()) - spin->minimum(), 8);
            const int v = spin->minimum() + pick(static_cast<int>(span) + 1);
            what += QStringLiteral(" = %1").arg(v);
            spin->setValue(v);
        } else {
            // Typed: beyond the range at either end, far beyond, or not a number.
            const QString texts[] = { QString::number(qint64(spin->maximum()) + 1), QString::number(qint64(spin->minimum()) - 1),
                QStringLiteral("99999999999"), QStringLiteral("-0"), QStringLiteral("abc"), QString::number(spin->maximum()),
                QStringLiteral("3"), QString() };
            const QString text = texts[pick(8)];
            what += QStringLiteral(" typed '%1'").arg(text);
            spin->setFocus();
            spin->selectAll();
            QTest::keyClick(spin, Qt::Key_Backspace);
            QTest::keyClicks(spin, text);
            QTest::keyClick(spin, chance(0.5) ? Qt::Key_Return : Qt::Key_Tab);
        }
    } else if (auto *dspin = qobject_cast<QDoubleSpinBox *>(w)) {
        const QString texts[] = { QStringLiteral("0"), QStringLiteral("-1"), QStringLiteral("1e30"), QStringLiteral("nan"),
            QString::number(dspin->maximum() * 2), QString::number(dspin->minimum()), QStringLiteral("0.5"), QStringLiteral("2.25") };
        const QString text = texts[pick(8)];
        what += QStringLiteral(" typed '%1'").arg(text);
        dspin->setFocus();
        dspin->selectAll();
        QTest::keyClick(dspin, Qt::Key_Backspace);
        QTest::keyClicks(dspin, text);
        QTest::keyClick(dspin, Qt::Key_Return);
    } else if (auto *combo = qobject_cast<QComboBox *>(w)) {
        const int index = pick(combo->count());
        what += QStringLiteral(" = %1").arg(combo->itemText(index));
        combo->setCurrentIndex(index);
    } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
        what += QStringLiteral(" click");
        button->click();
    }
}

// A cell of the kernel or grid table: a number, an extreme one, or no number.
void TestSoak::editCell(QString &what)
{
    QList<QTableWidget *> tables;
    for (const char *name : { "kernelTable", "gridTable" })
        if (auto *t = m_window->findChild<QTableWidget *>(QLatin1String(name)); t && t->isVisibleTo(m_window) && t->isEnabled())
            tables << t;
    if (tables.isEmpty())
        return;
    QTableWidget *table = tables.at(pick(static_cast<int>(tables.size())));
    if (table->rowCount() == 0 || table->columnCount() == 0)
        return;
    const int row = pick(table->rowCount()), column = pick(table->columnCount());
    QTableWidgetItem *item = table->item(row, column);
    if (!item || !(item->flags() & Qt::ItemIsEditable))
        return;
    // Typed into the cell's editor: a number, one beyond the editor's range, or no number.
    const QString texts[] = { QStringLiteral("1"), QStringLiteral("-2.5"), QStringLiteral("0"), QStringLiteral("1e30"),
        QStringLiteral("-999999"), QStringLiteral("nan"), QStringLiteral("inf"), QStringLiteral("abc"), QString(), QStringLiteral("7") };
    const QString text = texts[pick(10)];
    what = QStringLiteral("%1 (%2, %3) = '%4'").arg(table->objectName()).arg(row).arg(column).arg(text);
    table->setCurrentCell(row, column);
    table->editItem(item);
    QLineEdit *editor = nullptr; // a closed editor may still wait for its deletion
    for (QLineEdit *e : table->viewport()->findChildren<QLineEdit *>(QStringLiteral("numberEditor")))
        if (e->isVisible())
            editor = e;
    QVERIFY2(editor, qPrintable(what));
    editor->selectAll();
    QTest::keyClick(editor, Qt::Key_Backspace);
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, chance(0.8) ? Qt::Key_Return : Qt::Key_Escape);
}

void TestSoak::animate(QString &what)
{
    const int r = pick(10);
    if (r < 7) {
        const QKeySequence keys[] = { QKeySequence(Qt::Key_Right), QKeySequence(Qt::Key_Left), QKeySequence(Qt::Key_Home),
            QKeySequence(Qt::Key_End), QKeySequence(Qt::Key_Space), QKeySequence(Qt::Key_Plus), QKeySequence(Qt::Key_Minus),
            QKeySequence(QStringLiteral("L")), QKeySequence(QStringLiteral("N")), QKeySequence(QStringLiteral("Ctrl+Shift+D")),
            QKeySequence(Qt::Key_F5), QKeySequence(Qt::Key_Escape) };
        const QKeySequence key = keys[chance(0.05) ? 8 + pick(4) : pick(8)];
        what = QStringLiteral("animation %1").arg(key.toString());
        if (QAction *a = action(key); a && a->isEnabled())
            a->trigger();
        QTest::qWait(pick(15)); // let a playing animation tick
    } else if (r < 9) {
        auto *scrubber = m_window->findChild<QSlider *>(QStringLiteral("scrubber"));
        QVERIFY(scrubber);
        const int v = scrubber->minimum() + pick(scrubber->maximum() - scrubber->minimum() + 1);
        what = QStringLiteral("scrub to %1").arg(v);
        scrubber->setValue(v);
    } else {
        auto *speed = m_window->findChild<QDoubleSpinBox *>(QStringLiteral("speedSpin"));
        QVERIFY(speed);
        editWidget(speed, what);
    }
}

// The Network view's stack: select a layer, then add, remove, duplicate, move, or edit one of its
// parameters; sometimes cancel the running computation.
void TestSoak::editNetwork(QString &what)
{
    NetworkView *view = m_window->networkView();
    auto *editor = view->editor();
    auto *list = editor->findChild<QListWidget *>(QStringLiteral("layerList"));
    QVERIFY(list);
    if (m_window->view() != MainWindow::View::Network && chance(0.7))
        m_window->setView(MainWindow::View::Network);
    if (list->count() > 0 && chance(0.7))
        list->setCurrentRow(pick(list->count()));
    const int r = pick(20);
    auto click = [&](const char *name) {
        what = QLatin1String(name);
        if (auto *b = editor->findChild<QAbstractButton *>(QLatin1String(name)); b && b->isEnabled())
            b->click();
    };
    if (r < 4) {
        QList<QAction *> adds;
        for (QAction *a : editor->findChildren<QAction *>())
            if (a->objectName().startsWith(QLatin1String("add_")))
                adds << a;
        if (!adds.isEmpty()) {
            QAction *a = adds.at(pick(static_cast<int>(adds.size())));
            what = a->objectName();
            a->trigger();
        }
    } else if (r < 7)
        click("removeLayerButton");
    else if (r < 9)
        click("duplicateLayerButton");
    else if (r < 10)
        click("moveUpButton");
    else if (r < 11)
        click("moveDownButton");
    else if (r < 12) {
        what = QStringLiteral("cancel the maps");
        if (auto *b = view->findChild<QAbstractButton *>(QStringLiteral("cancelMaps")); b && b->isEnabled() && b->isVisibleTo(view)) {
            b->click();
            m_cancelled = true;
        }
    } else if (r < 13) {
        what = QStringLiteral("Delete key on the layer list");
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Delete);
    } else {
        QList<QWidget *> controls;
        for (QWidget *w : editor->findChildren<QWidget *>()) {
            const bool kind = qobject_cast<QSpinBox *>(w) || qobject_cast<QDoubleSpinBox *>(w) || qobject_cast<QComboBox *>(w)
                || qobject_cast<QCheckBox *>(w);
            if (kind && w->isEnabled() && w->isVisibleTo(editor))
                controls << w;
        }
        if (!controls.isEmpty())
            editWidget(controls.at(pick(static_cast<int>(controls.size()))), what);
    }
    if (what.isEmpty())
        what = QStringLiteral("network edit (nothing to do)");
    else if (what != QLatin1String("cancel the maps"))
        m_cancelled = false;
}

// A bad file through the path File > Open takes: refused with a message, nothing changes.
void TestSoak::openBadFile(QString &what)
{
    const QString path = m_badFiles.at(pick(static_cast<int>(m_badFiles.size())));
    what = QStringLiteral("open %1").arg(QFileInfo(path).fileName());
    const Scene scene = m_window->model()->scene();
    const Network network = m_window->networkModel()->network();
    const int dialogs = m_dialogs;
    const int undoIndex = m_window->model()->undoStack()->index();
    QVERIFY2(!m_window->openFile(path), qPrintable(what));
    QVERIFY2(!m_window->lastError().isEmpty(), qPrintable(what));
    QVERIFY2(m_window->model()->scene() == scene, qPrintable(what + QStringLiteral(": the Playground's scene changed")));
    QVERIFY2(m_window->networkModel()->network() == network, qPrintable(what + QStringLiteral(": the network changed")));
    QVERIFY2(m_dialogs > dialogs, qPrintable(what + QStringLiteral(": no message box")));
    QVERIFY2(m_window->model()->undoStack()->index() == undoIndex, qPrintable(what + QStringLiteral(": the undo history changed")));
}

// Keeps the workloads small enough for a sanitizer build: a photo larger than the cat's face is
// replaced by it, and a layer or stack costing more than the budget is undone.
void TestSoak::keepSmall(QString &what)
{
    PlaygroundModel *model = m_window->model();
    for (int attempt = 0; attempt < 4; ++attempt) {
        const auto image = model->image();
        const bool bigPhoto = image && image->ndim() == 3 && std::int64_t(image->dim(1)) * image->dim(2) > kCatWidth * kCatHeight;
        const PlaygroundState &s = model->state();
        std::int64_t macs = 0;
        if (s.input) {
            const std::int64_t plane = image && image->ndim() == 3 ? std::int64_t(image->dim(1)) * image->dim(2) : s.plan.inputPlaneSize();
            macs = plane * s.plan.outChannels * std::max(1, s.plan.inChannels / std::max(1, s.scene.layer.groups));
            for (int d = 0; d < s.plan.spatialDims; ++d)
                macs = macs * s.plan.axes[static_cast<std::size_t>(d)].kernel / std::max(1, s.plan.axes[static_cast<std::size_t>(d)].stride);
        }
        if (bigPhoto) {
            what += QStringLiteral(" [back to the cat's face]");
            QVERIFY2(m_window->openImage(m_cat), qPrintable(m_window->lastError()));
        } else if (macs > kMaxPlaygroundMacs) {
            what += QStringLiteral(" [undone: %1 MACs]").arg(macs);
            if (model->undoStack()->canUndo())
                model->undoStack()->undo();
            else
                QVERIFY(m_window->openScene(QStringLiteral(":/scenes/maxpool_grid.convscope.json")));
        } else
            break;
    }
    NetworkModel *network = m_window->networkModel();
    for (int attempt = 0; attempt < 4 && network->imageSummary().totalMacs > kMaxNetworkMacs; ++attempt) {
        what += QStringLiteral(" [network undone: %1 MACs]").arg(network->imageSummary().totalMacs);
        if (network->undoStack()->canUndo())
            network->undoStack()->undo();
        else
            QVERIFY(m_window->openPreset(QStringLiteral("tiny_vgg")));
    }
}

void TestSoak::checkState(bool idle, const QString &context)
{
    const QByteArray context8 = context.toLocal8Bit();
    const char *where = context8.constData();
    // Responds: posted events are delivered and a frame renders.
    bool delivered = false;
    QTimer::singleShot(0, this, [&delivered] { delivered = true; });
    QTRY_VERIFY2_WITH_TIMEOUT(delivered, where, 30000);
    const QPixmap frame = m_window->grab();
    QVERIFY2(!frame.isNull() && frame.size() == m_window->size(), where);

    // The Playground shows its layer's output size, or why the setting is impossible.
    PlaygroundModel *model = m_window->model();
    auto *panel = m_window->findChild<QWidget *>(QStringLiteral("parameterPanel"));
    auto *message = panel->findChild<QLabel *>(QStringLiteral("messageLabel"));
    auto *messageFrame = panel->findChild<QWidget *>(QStringLiteral("messageFrame"));
    auto *output = panel->findChild<QLabel *>(QStringLiteral("outputLabel"));
    QVERIFY(message && messageFrame && output);
    if (model->isValid()) {
        QVERIFY2(!messageFrame->isVisibleTo(panel), where);
        const Scene &scene = model->scene();
        QVERIFY2(model->state().scene == scene, where);
        auto input = sceneInput(scene, model->image().get());
        QVERIFY2(input, where);
        auto plan = planSceneLayer(scene.layer, input->shape());
        QVERIFY2(plan, where);
        std::vector<int> shape { plan->outChannels };
        for (int d = 0; d < plan->spatialDims; ++d)
            shape.push_back(plan->axes[static_cast<std::size_t>(d)].output);
        const QString expected = QStringLiteral("Output %1").arg(shapeText(shape));
        QVERIFY2(output->text().startsWith(expected), qPrintable(context + QStringLiteral(": '%1' is not '%2…'").arg(output->text(), expected)));
    } else {
        QVERIFY2(messageFrame->isVisibleTo(panel), where);
        QCOMPARE(message->text(), model->problem());
    }

    // The Network view's table has a row per layer (and the input and total rows).
    NetworkView *view = m_window->networkView();
    const int layers = static_cast<int>(m_window->networkModel()->network().layers.size());
    QCOMPARE(view->table()->model()->rowCount(), layers + 2);
    auto *list = view->editor()->findChild<QListWidget *>(QStringLiteral("layerList"));
    QVERIFY(list);
    QCOMPARE(list->count(), layers);

    if (!idle)
        return;
    QVERIFY2(waitIdle(), where);
    checkPlaygroundResults(context);
    checkNetworkResults(context);
}

// After all workers are done, what the Playground shows is the output of the current setting:
// the stage's output and the whole-image feature maps, each compared with the engine's.
void TestSoak::checkPlaygroundResults(const QString &context)
{
    const QByteArray context8 = context.toLocal8Bit();
    const char *where = context8.constData();
    PlaygroundModel *model = m_window->model();
    const PlaygroundState &s = model->state();
    QVERIFY2(s.input && s.output && s.activated, where);
    auto direct = computeSceneLayer(s.scene.layer, *s.input, s.weight.get(), s.bias.get());
    QVERIFY2(direct, where);
    QVERIFY2(sameValues(*s.output, direct->output), qPrintable(context + QStringLiteral(": the stage's output is not the current setting's")));

    // The whole-image maps: while the setting is impossible the photo may be gone already (a
    // switch to the grid), so they are compared for a valid setting only.
    if (!model->isValid())
        return;
    Scene whole = s.scene;
    whole.input.crop.reset();
    auto input = model->image() ? sceneInput(whole, model->image().get()) : Result<Tensor>(*s.input);
    QVERIFY2(input, where);
    auto maps = computeSceneLayer(whole.layer, *input, s.weight.get(), s.bias.get());
    QVERIFY2(maps, where);
    const OutputPictures expected = outputPictures(maps->activated);
    const auto *panel = m_window->findChild<FeatureMapPanel *>();
    QVERIFY(panel);
    if (!expected.images.empty()) {
        QVERIFY2(panel->maps().shape == maps->activated.shape(),
            qPrintable(context + QStringLiteral(": feature maps %1, the setting gives %2").arg(shapeText(panel->maps().shape), shapeText(maps->activated.shape()))));
        QVERIFY2(panel->maps().images == expected.images, qPrintable(context + QStringLiteral(": the feature maps are not the current setting's")));
    }
}

// After all workers are done, the Network view's maps are those of the current stack on the
// current picture (the newest request's generation, each layer's output shape as the summary says).
void TestSoak::checkNetworkResults(const QString &context)
{
    const QByteArray context8 = context.toLocal8Bit();
    const char *where = context8.constData();
    NetworkModel *network = m_window->networkModel();
    if (!network->mapsProblem().isEmpty() || m_cancelled)
        return;
    const NetworkMaps &maps = network->maps();
    QVERIFY2(!maps.empty(), where);
    QVERIFY2(maps.generation == network->generation(),
        qPrintable(context + QStringLiteral(": maps of generation %1, the newest request is %2").arg(maps.generation).arg(network->generation())));
    QCOMPARE(maps.layerCount(), network->mapLayerCount());
    // The layers that have maps, on the picture the worker saw (the layers after them may be
    // impossible: those have no maps).
    Network prefix = network->network();
    prefix.layers.resize(static_cast<std::size_t>(network->mapLayerCount()));
    prefix.inputSize = { maps.input->dim(1), maps.input->dim(2) };
    QCOMPARE(maps.input->dim(1), network->image()->dim(1));
    QCOMPARE(maps.input->dim(2), network->image()->dim(2));
    auto summary = summarize(prefix);
    QVERIFY2(summary, where);
    for (int i = 0; i < maps.layerCount(); ++i) {
        std::vector<int> shape = summary->layers.at(static_cast<std::size_t>(i)).outputShape;
        QVERIFY2(maps.outputs->at(static_cast<std::size_t>(i)).shape() == shape,
            qPrintable(context + QStringLiteral(": layer %1's map is %2, the stack gives %3").arg(i).arg(shapeText(maps.outputs->at(static_cast<std::size_t>(i)).shape()), shapeText(shape))));
    }
    // The last map is the engine's output of the stack on the picture.
    auto outputs = forward(prefix, convertChannels(*network->image(), prefix.inputChannels), network->weights().get());
    QVERIFY2(outputs, where);
    QVERIFY2(sameValues(outputs->back(), maps.outputs->back()), qPrintable(context + QStringLiteral(": the maps are not the current stack's")));
}

QTEST_MAIN(TestSoak)
#include "tst_soak.moc"
