// Nothing lost: closing or opening over unsaved changes asks Save / Discard / Cancel, and a
// crash-safe autosave brings back what a crashed session had not saved. Every question is
// answered through MainWindow's ask handler (no dialog); the data folder is Qt's test location.

#include "autosave.h"
#include "mainwindow.h"
#include "network/network_model.h"
#include "playground/animation_controller.h"
#include "playground/pattern_tools.h"
#include "playground/playground_model.h"
#include "presets.h"
#include "spec_json.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QMenu>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QStatusBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace convscope;
using namespace convscope::ui;

static void initResources() { Q_INIT_RESOURCE(resources); }

namespace {

// Answers the window's questions with `answer` and records them.
struct Answerer {
    QMessageBox::StandardButton answer = QMessageBox::Cancel;
    QStringList questions;
    void install(MainWindow &w)
    {
        w.setAskHandler([this](const QString &text, const QString &informative, QMessageBox::StandardButtons) {
            questions << text + QLatin1Char(' ') + informative;
            return answer;
        });
    }
};

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// The stride edit every test makes: a change a user sees (the output shrinks).
void editStride(MainWindow &w)
{
    Scene s = w.model()->scene();
    s.layer.stride = { 2, 2, 1 };
    w.model()->setScene(s, QStringLiteral("Stride"));
}

QStringList autosaveFiles() { return QDir(Autosave::directory()).entryList(QDir::Files | QDir::Hidden); }

// A lock file as a session that was killed leaves it: this process's lock contents (same host,
// same application) with the PID of a process that has ended.
bool writeStaleLock(const QString &path)
{
    QProcess child;
    child.start(QStringLiteral("true"), {});
    if (!child.waitForStarted())
        return false;
    const qint64 deadPid = child.processId();
    child.waitForFinished();
    QLockFile probe(path);
    if (!probe.tryLock(0))
        return false;
    QByteArray contents = readAll(path);
    probe.unlock();
    const qsizetype newline = contents.indexOf('\n');
    if (newline < 0)
        return false;
    contents.replace(0, newline, QByteArray::number(deadPid));
    return writeAll(path, contents);
}

} // namespace

class TestAutosave : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        initResources();
        QStandardPaths::setTestModeEnabled(true); // settings and autosaves stay out of the user's data
        QApplication::setOrganizationName(QStringLiteral("ConvScopeTest"));
        // One folder per run: two builds' test runs at once must not delete each other's files.
        QApplication::setApplicationName(QStringLiteral("tst_autosave-%1").arg(QApplication::applicationPid()));
        QVERIFY(Autosave::directory().contains(QStringLiteral(".qttest")));
    }

    void cleanupTestCase()
    {
        QFile::remove(QSettings().fileName());
        QDir(QFileInfo(Autosave::directory()).absolutePath()).removeRecursively();
    }

    void init()
    {
        QSettings().clear();
        QFile::remove(Autosave::directory()); // a file left where the folder belongs
        QDir(Autosave::directory()).removeRecursively();
        QVERIFY(m_dir.isValid());
        m_scene = m_dir.filePath(QStringLiteral("dilation.convscope.json"));
        QFile::remove(m_scene);
        QVERIFY(QFile::copy(QStringLiteral(":/scenes/arith_dilation.convscope.json"), m_scene));
        QFile::setPermissions(m_scene, QFile::ReadOwner | QFile::WriteOwner);
    }

    void editMarksTheWindowModified()
    {
        MainWindow w;
        QVERIFY(w.openScene(m_scene));
        QVERIFY(!w.isWindowModified());
        QVERIFY(w.windowTitle().contains(QStringLiteral("dilation.convscope.json[*]")));
        editStride(w);
        QVERIFY(w.isSceneModified());
        QVERIFY(w.isWindowModified());
        w.model()->undoStack()->undo(); // back to the saved state
        QVERIFY(!w.isWindowModified());
        w.networkModel()->removeLayer(0);
        QVERIFY(w.isNetworkModified());
        QVERIFY(w.isWindowModified());
    }

    void cleanWindowClosesWithoutAsking()
    {
        MainWindow w;
        Answerer a;
        a.install(w);
        QVERIFY(w.openScene(m_scene));
        w.show();
        QVERIFY(w.close());
        QVERIFY(a.questions.isEmpty());
    }

    void cancelKeepsTheWindowOpen()
    {
        MainWindow w;
        Answerer a;
        a.answer = QMessageBox::Cancel;
        a.install(w);
        QVERIFY(w.openScene(m_scene));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.setView(MainWindow::View::Network);
        editStride(w);
        const QByteArray onDisk = readAll(m_scene);
        QVERIFY(!w.close());
        QCOMPARE(a.questions.size(), 1);
        QVERIFY2(a.questions.first().contains(QStringLiteral("“dilation.convscope.json” has unsaved changes")), qPrintable(a.questions.first()));
        QVERIFY(w.isVisible());
        QCOMPARE(w.view(), MainWindow::View::Network); // not even the view changed
        QCOMPARE(w.model()->scene().layer.stride[0], 2);
        QVERIFY(w.isWindowModified());
        QCOMPARE(readAll(m_scene), onDisk);
    }

    void discardCloses()
    {
        const QByteArray onDisk = readAll(m_scene);
        MainWindow w;
        Answerer a;
        a.answer = QMessageBox::Discard;
        a.install(w);
        QVERIFY(w.openScene(m_scene));
        w.show();
        editStride(w);
        QVERIFY(w.close());
        QCOMPARE(a.questions.size(), 1);
        QVERIFY(!w.isVisible());
        QCOMPARE(readAll(m_scene), onDisk);
    }

    void saveWritesTheFile()
    {
        MainWindow w;
        Answerer a;
        a.answer = QMessageBox::Save;
        a.install(w);
        QVERIFY(w.openScene(m_scene));
        w.show();
        editStride(w);
        QVERIFY(w.close());
        QCOMPARE(a.questions.size(), 1);
        auto saved = readScene(m_scene.toStdString());
        QVERIFY(saved);
        QCOMPARE(saved->scene.layer.stride[0], 2);
        QVERIFY(!w.isWindowModified());
    }

    // The network of a spec file goes back to that file.
    void saveWritesTheNetworkFile()
    {
        const QString spec = m_dir.filePath(QStringLiteral("net.json"));
        auto tiny = loadPreset("tiny_vgg");
        QVERIFY(tiny);
        QVERIFY(saveNetworkSpec(spec.toStdString(), *tiny));
        MainWindow w;
        Answerer a;
        a.answer = QMessageBox::Save;
        a.install(w);
        QVERIFY(w.openNetwork(spec));
        QVERIFY(!w.isNetworkModified());
        QCOMPARE(w.networkFile(), QFileInfo(spec).absoluteFilePath());
        const int layers = static_cast<int>(w.networkModel()->network().layers.size());
        w.networkModel()->removeLayer(layers - 1);
        w.show();
        QVERIFY(w.close());
        QCOMPARE(a.questions.size(), 1);
        QVERIFY(a.questions.first().contains(QStringLiteral("“net.json” has unsaved changes")));
        auto reread = readNetworkSpec(spec.toStdString());
        QVERIFY(reread);
        QCOMPARE(static_cast<int>(reread->network.layers.size()), layers - 1);
    }

    // File > Examples over unsaved changes: Cancel keeps the edited scene.
    void openingAnExampleAsks()
    {
        MainWindow w;
        Answerer a;
        a.answer = QMessageBox::Cancel;
        a.install(w);
        QVERIFY(w.openScene(m_scene));
        editStride(w);
        QAction *example = nullptr;
        for (QMenu *menu : w.findChildren<QMenu *>())
            if (menu->title().contains(QStringLiteral("Examples")) && !menu->actions().isEmpty())
                example = menu->actions().first();
        QVERIFY(example);
        example->trigger();
        QCOMPARE(a.questions.size(), 1);
        QVERIFY(a.questions.first().contains(QStringLiteral("before opening another scene")));
        QCOMPARE(w.model()->sceneFile(), m_scene);
        QCOMPARE(w.model()->scene().layer.stride[0], 2);
        a.answer = QMessageBox::Discard;
        example->trigger();
        QVERIFY(w.model()->sceneFile() != m_scene);
        QVERIFY(!w.isSceneModified());
    }

    // File > New over unsaved changes: Cancel keeps them, Discard starts from the default scene.
    void newSceneAsks()
    {
        MainWindow w;
        Answerer a;
        a.answer = QMessageBox::Cancel;
        a.install(w);
        QVERIFY(w.openScene(m_scene));
        editStride(w);
        auto *newScene = w.findChild<QAction *>(QStringLiteral("newSceneAction"));
        QVERIFY(newScene);
        newScene->trigger();
        QCOMPARE(a.questions.size(), 1);
        QVERIFY(a.questions.first().contains(QStringLiteral("before starting a new scene")));
        QCOMPARE(w.model()->sceneFile(), m_scene);
        QCOMPARE(w.model()->scene().layer.stride[0], 2);
        a.answer = QMessageBox::Discard;
        newScene->trigger();
        QCOMPARE(a.questions.size(), 2);
        QCOMPARE(w.model()->sceneFile(), QStringLiteral(":/scenes/default.convscope.json"));
        QVERIFY(!w.isWindowModified());
        newScene->trigger(); // nothing unsaved: no question
        QCOMPARE(a.questions.size(), 2);
    }

    // Ctrl+Page Down in a lecture over an edited scene asks too; Cancel stays on the scene.
    void lectureStepAsks()
    {
        MainWindow w;
        Answerer a;
        a.answer = QMessageBox::Cancel;
        a.install(w);
        QVERIFY(w.openLecture(QStringLiteral(":/scenes/lecture.convscope-lecture.json")));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTest::keyClick(&w, Qt::Key_PageDown, Qt::ControlModifier); // unedited: no question
        QCOMPARE(w.lectureIndex(), 1);
        QVERIFY(a.questions.isEmpty());
        editStride(w);
        QTest::keyClick(&w, Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(a.questions.size(), 1);
        QVERIFY(a.questions.first().contains(QStringLiteral("before opening the next scene")));
        QCOMPARE(w.lectureIndex(), 1);
        QCOMPARE(w.model()->scene().layer.stride[0], 2);
        a.answer = QMessageBox::Discard;
        QTest::keyClick(&w, Qt::Key_PageUp, Qt::ControlModifier);
        QCOMPARE(w.lectureIndex(), 0);
        QVERIFY(!w.isWindowModified());
    }

    // A scene that cannot be shown is refused; the edits made before are still unsaved.
    void refusedSceneKeepsUnsavedEdits()
    {
        auto parsed = readScene(m_scene.toStdString());
        QVERIFY(parsed);
        Scene impossible = parsed->scene;
        impossible.layer.kernel = { 9, 9, 1 }; // larger than the padded 7x7 input
        impossible.layer.padding = Padding::explicitly({ 0, 0, 0 });
        const QString bad = m_dir.filePath(QStringLiteral("impossible.convscope.json"));
        QVERIFY(saveScene(bad.toStdString(), impossible));
        MainWindow w;
        Answerer a;
        a.answer = QMessageBox::Cancel;
        a.install(w);
        QVERIFY(w.openScene(m_scene));
        editStride(w);
        QVERIFY(!w.openScene(bad));
        QCOMPARE(w.model()->scene().layer.stride[0], 2);
        QVERIFY(w.isSceneModified());
        w.show();
        QVERIFY(!w.close());
        QCOMPARE(a.questions.size(), 1);
    }

    void autosaveWrittenAfterEdit()
    {
        MainWindow w;
        QVERIFY(w.openScene(m_scene));
        w.startAutosave();
        Autosave *autosave = w.autosave();
        QVERIFY(autosave->isActive());
        QVERIFY(QFileInfo::exists(autosave->lockPath()));
        const QString file = autosave->filePath();
        QVERIFY(!QFileInfo::exists(file)); // nothing unsaved, nothing written
        autosave->setInterval(60000);
        editStride(w);
        QVERIFY(autosave->isPending()); // debounced: not yet
        QVERIFY(!QFileInfo::exists(file));
        autosave->setInterval(10);
        editStride(w); // no change: the same stride
        Scene s = w.model()->scene();
        s.layer.padding = Padding::explicitly({ 1, 1 });
        w.model()->setScene(s, QStringLiteral("Padding"));
        QTRY_VERIFY(QFileInfo::exists(file));
        auto state = parseAutosave(readAll(file));
        QVERIFY2(state, state ? "" : state.error().message.c_str());
        QVERIFY(state->sceneModified);
        QVERIFY(!state->networkModified);
        QCOMPARE(state->sceneFile, m_scene);
        Scene written = state->scene;
        written.network.reset();
        written.animation = w.model()->scene().animation;
        QVERIFY(written == w.model()->scene());
        QVERIFY(state->scene.network == w.networkModel()->network());
        // Undone to the saved state: nothing to restore any more.
        w.model()->undoStack()->setIndex(w.model()->undoStack()->cleanIndex());
        QVERIFY(!QFileInfo::exists(file));
    }

    // A view switch writes pending changes at once.
    void viewSwitchWritesPendingChanges()
    {
        MainWindow w;
        QVERIFY(w.openScene(m_scene));
        w.startAutosave();
        w.autosave()->setInterval(60000);
        editStride(w);
        QVERIFY(!QFileInfo::exists(w.autosave()->filePath()));
        w.setView(MainWindow::View::Network);
        QVERIFY(QFileInfo::exists(w.autosave()->filePath()));
        QVERIFY(!w.autosave()->isPending());
    }

    void normalExitRemovesAutosave()
    {
        QString file, lock;
        {
            MainWindow w;
            Answerer a;
            a.answer = QMessageBox::Discard;
            a.install(w);
            QVERIFY(w.openScene(m_scene));
            w.show();
            w.startAutosave();
            editStride(w);
            QVERIFY(w.autosave()->flush());
            file = w.autosave()->filePath();
            lock = w.autosave()->lockPath();
            QVERIFY(QFileInfo::exists(file));
            QVERIFY(w.close());
            QVERIFY(!QFileInfo::exists(file));
            QVERIFY(!QFileInfo::exists(lock));
        }
        QVERIFY2(autosaveFiles().isEmpty(), qPrintable(autosaveFiles().join(QLatin1Char(' '))));
        // The discarded edit is not the next session's scene either.
        MainWindow next;
        next.openDefault();
        QCOMPARE(next.model()->scene().layer.stride[0], 1);
    }

    // A session that was killed: its autosave and a lock whose process is gone.
    void crashedSessionIsRestored()
    {
        QByteArray bytes;
        Scene edited;
        Network editedNetwork;
        {
            MainWindow crashed;
            QVERIFY(crashed.openScene(m_scene));
            crashed.startAutosave();
            editStride(crashed);
            crashed.networkModel()->removeLayer(0);
            crashed.model()->setStep(2);
            QVERIFY(crashed.autosave()->flush());
            bytes = readAll(crashed.autosave()->filePath());
            edited = crashed.model()->scene();
            edited.animation.step = 2; // the animation as Save writes it: where the window stands
            edited.animation.stepsPerSecond = crashed.animation()->stepsPerSecond();
            edited.animation.loop = crashed.animation()->loops();
            editedNetwork = crashed.networkModel()->network();
        } // this session ends normally and removes its own files
        QVERIFY(autosaveFiles().isEmpty());
        const QString dir = Autosave::directory();
        QVERIFY(writeAll(QDir(dir).filePath(QStringLiteral("session-killed.convscope-autosave.json")), bytes));
        QVERIFY(writeStaleLock(QDir(dir).filePath(QStringLiteral("session-killed.lock"))));

        MainWindow w;
        Answerer a;
        a.answer = QMessageBox::Yes;
        a.install(w);
        w.openDefault();
        w.startAutosave();
        QCOMPARE(a.questions.size(), 1);
        QVERIFY2(a.questions.first().contains(QRegularExpression(
                     QStringLiteral("^ConvScope did not shut down normally. Restore the unsaved scene and network from \\d\\d:\\d\\d\\?"))),
            qPrintable(a.questions.first()));
        QVERIFY(w.model()->scene().layer == edited.layer);
        QVERIFY(w.model()->scene().input == edited.input);
        QVERIFY(w.model()->scene().animation == edited.animation);
        QVERIFY(w.model()->scene() == edited);
        QCOMPARE(w.model()->step(), 2);
        QVERIFY(w.networkModel()->network() == editedNetwork);
        QCOMPARE(w.model()->sceneFile(), m_scene);
        QVERIFY(w.isSceneModified());
        QVERIFY(w.isNetworkModified());
        QVERIFY(w.isWindowModified());
        // The old session's files are gone; this session's autosave holds the work now.
        QVERIFY(!QFileInfo::exists(QDir(dir).filePath(QStringLiteral("session-killed.convscope-autosave.json"))));
        QVERIFY(!QFileInfo::exists(QDir(dir).filePath(QStringLiteral("session-killed.lock"))));
        QVERIFY(QFileInfo::exists(w.autosave()->filePath()));
    }

    // Painted photo pixels exist only in memory until saved: the autosave keeps them in a PNG
    // beside it, and restoring brings them back as an unsaved, undoable edit of the same photo.
    void crashedPaintingIsRestored()
    {
        QByteArray bytes, png;
        std::shared_ptr<const Tensor> paintedImage;
        {
            MainWindow crashed;
            QVERIFY(crashed.openScene(QStringLiteral(":/scenes/default.convscope.json")));
            crashed.startAutosave();
            const auto before = crashed.model()->image();
            QVERIFY(before);
            Tensor painted = *before;
            QVERIFY(paintImage(painted, 20, 30, 4, 1.0f, 0.0f, 0.0f));
            paintedImage = std::make_shared<const Tensor>(painted);
            crashed.model()->previewImage(paintedImage);
            crashed.model()->commitImagePaint(before, QStringLiteral("Brush"));
            QVERIFY(crashed.model()->imagePainted());
            QVERIFY(crashed.autosave()->flush());
            bytes = readAll(crashed.autosave()->filePath());
            png = readAll(Autosave::paintedImagePathFor(crashed.autosave()->filePath()));
            QVERIFY(!png.isEmpty());
        }
        QVERIFY(autosaveFiles().isEmpty()); // the PNG went with the normal exit too
        const QString dir = Autosave::directory();
        const QString file = QDir(dir).filePath(QStringLiteral("session-killed.convscope-autosave.json"));
        QVERIFY(writeAll(file, bytes));
        QVERIFY(writeAll(Autosave::paintedImagePathFor(file), png));
        QVERIFY(writeStaleLock(QDir(dir).filePath(QStringLiteral("session-killed.lock"))));

        MainWindow w;
        Answerer a;
        a.answer = QMessageBox::Yes;
        a.install(w);
        w.openDefault();
        w.startAutosave();
        QCOMPARE(a.questions.size(), 1);
        QVERIFY2(w.model()->imagePainted(), qPrintable(w.statusBar()->currentMessage()));
        QVERIFY(*w.model()->image() == *paintedImage);
        QVERIFY(w.isSceneModified());
        QVERIFY(!QFileInfo::exists(Autosave::paintedImagePathFor(file)));
        w.model()->undoStack()->undo(); // the painting is one undo step
        QVERIFY(!w.model()->imagePainted());
    }

    void declinedRestoreDiscards()
    {
        const QString dir = Autosave::directory();
        QByteArray bytes;
        {
            MainWindow crashed;
            QVERIFY(crashed.openScene(m_scene));
            crashed.startAutosave();
            editStride(crashed);
            QVERIFY(crashed.autosave()->flush());
            bytes = readAll(crashed.autosave()->filePath());
        }
        QVERIFY(writeAll(QDir(dir).filePath(QStringLiteral("session-killed.convscope-autosave.json")), bytes));
        QVERIFY(writeStaleLock(QDir(dir).filePath(QStringLiteral("session-killed.lock"))));
        MainWindow w;
        Answerer a;
        a.answer = QMessageBox::No;
        a.install(w);
        QVERIFY(w.openScene(m_scene));
        w.startAutosave();
        QCOMPARE(a.questions.size(), 1);
        QVERIFY(a.questions.first().contains(QStringLiteral("Restore the unsaved scene from")));
        QCOMPARE(w.model()->scene().layer.stride[0], 1);
        QVERIFY(!w.isWindowModified());
        QVERIFY(!QFileInfo::exists(QDir(dir).filePath(QStringLiteral("session-killed.convscope-autosave.json"))));
        // Asked once: the next start finds nothing.
        MainWindow again;
        Answerer b;
        b.install(again);
        again.startAutosave();
        QVERIFY(b.questions.isEmpty());
    }

    // Two instances at once: the second never offers (or deletes) the first one's autosave.
    void runningSessionIsNotStolen()
    {
        MainWindow first;
        QVERIFY(first.openScene(m_scene));
        first.startAutosave();
        editStride(first);
        QVERIFY(first.autosave()->flush());
        MainWindow second;
        Answerer a;
        a.answer = QMessageBox::Yes;
        a.install(second);
        second.startAutosave();
        QVERIFY(a.questions.isEmpty());
        QVERIFY(second.autosave()->isActive());
        QVERIFY(second.autosave()->filePath() != first.autosave()->filePath());
        QVERIFY(QFileInfo::exists(first.autosave()->filePath()));
        QCOMPARE(second.model()->scene().layer.stride[0] == 2 && second.model()->sceneFile() == m_scene, false);
    }

    // A killed session that had nothing unsaved leaves only its lock: the next start removes it,
    // but never the lock of a session that still runs.
    void staleLockAloneIsRemoved()
    {
        MainWindow running;
        running.startAutosave();
        const QString dir = Autosave::directory();
        const QString stale = QDir(dir).filePath(QStringLiteral("session-gone.lock"));
        QVERIFY(writeStaleLock(stale));
        MainWindow w;
        Answerer a;
        a.install(w);
        w.startAutosave();
        QVERIFY(a.questions.isEmpty());
        QVERIFY(!QFileInfo::exists(stale));
        QVERIFY(QFileInfo::exists(running.autosave()->lockPath()));
    }

    // A data folder that cannot be created: autosave is off (said in the status bar), editing,
    // saving and closing work as before.
    void unwritableFolderTurnsAutosaveOff()
    {
        const QString dir = Autosave::directory();
        QVERIFY(QDir().mkpath(QFileInfo(dir).absolutePath()));
        QVERIFY(writeAll(dir, "not a folder"));
        MainWindow w;
        Answerer a;
        a.answer = QMessageBox::Save;
        a.install(w);
        QVERIFY(w.openScene(m_scene));
        w.startAutosave();
        QVERIFY(!w.autosave()->isActive());
        QVERIFY(w.autosave()->errorString().contains(QDir::toNativeSeparators(dir)));
        editStride(w);
        QVERIFY(!w.autosave()->isPending());
        w.show();
        QVERIFY(w.close());
        QCOMPARE(readScene(m_scene.toStdString())->scene.layer.stride[0], 2);
        QVERIFY(QFile::remove(dir));
    }

    void unreadableAutosaveIsReportedAndRemoved()
    {
        const QString dir = Autosave::directory();
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(writeAll(QDir(dir).filePath(QStringLiteral("session-broken.convscope-autosave.json")), "{\"format\": \"convscope-autosave\", "));
        QVERIFY(writeStaleLock(QDir(dir).filePath(QStringLiteral("session-broken.lock"))));
        MainWindow w;
        Answerer a;
        a.install(w);
        w.startAutosave();
        QVERIFY(a.questions.isEmpty());
        QVERIFY2(w.lastError().contains(QStringLiteral("cannot be restored")), qPrintable(w.lastError()));
        QVERIFY(!QFileInfo::exists(QDir(dir).filePath(QStringLiteral("session-broken.convscope-autosave.json"))));
    }

private:
    QTemporaryDir m_dir;
    QString m_scene;
};

QTEST_MAIN(TestAutosave)
#include "tst_autosave.moc"
