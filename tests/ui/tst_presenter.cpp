// Presenter mode as a lecturer drives it from a clicker and the keyboard: F5 goes full screen with
// only the stage, Esc comes back; Page Down/Up step; a lecture file is stepped through like slides.

#include "lecture/lecture.h"
#include "mainwindow.h"
#include "playground/playground_canvas.h"
#include "playground/playground_model.h"
#include "test_settings.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace convscope;
using namespace convscope::ui;

static void initResources() { Q_INIT_RESOURCE(resources); }

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QString sceneText(const QString &resource)
{
    QFile f(resource);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

class TestPresenter : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        initResources();
        convscope::test::useOwnSettings(QStringLiteral("tst_presenter"));
    }

    void f5EntersAndEscLeaves()
    {
        MainWindow w;
        QVERIFY(w.openScene(QStringLiteral(":/scenes/arith_padding_strides.convscope.json")));
        w.resize(1200, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *controls = w.findChild<QDockWidget *>(QStringLiteral("controlsDock"));
        QVERIFY(controls);
        QVERIFY(controls->isVisible());
        const QSize before = w.size();

        QTest::keyClick(&w, Qt::Key_F5);
        QVERIFY(w.isPresenterMode());
        QVERIFY(w.windowState().testFlag(Qt::WindowFullScreen));
        for (QDockWidget *dock : w.findChildren<QDockWidget *>())
            QVERIFY2(!dock->isVisible(), qPrintable(dock->objectName()));
        QVERIFY(!w.menuBar()->isVisible());
        QVERIFY(w.findChild<PlaygroundCanvas *>()->presenterScale() > 1.4);

        // A clicker: Page Down / Page Up step the animation, the menu bar being hidden.
        PlaygroundModel *m = w.model();
        QCOMPARE(m->step(), 0);
        QTest::keyClick(&w, Qt::Key_PageDown);
        QTest::keyClick(&w, Qt::Key_PageDown);
        QCOMPARE(m->step(), 2);
        QTest::keyClick(&w, Qt::Key_PageUp);
        QCOMPARE(m->step(), 1);
        QTest::keyClick(&w, Qt::Key_End);
        QCOMPARE(m->step(), m->state().steps - 1);

        QTest::keyClick(&w, Qt::Key_Escape);
        QVERIFY(!w.isPresenterMode());
        QVERIFY(!w.windowState().testFlag(Qt::WindowFullScreen));
        QVERIFY(controls->isVisible());
        QVERIFY(w.menuBar()->isVisible());
        QCOMPARE(w.findChild<PlaygroundCanvas *>()->presenterScale(), 1.0);
        QTRY_COMPARE(w.size(), before);
    }

    void lectureStepsThroughScenes()
    {
        QTemporaryDir dir;
        const QStringList names { QStringLiteral("arith_no_padding_no_strides"), QStringLiteral("arith_same_padding"),
            QStringLiteral("arith_dilation") };
        for (const QString &n : names) // relative paths in a sub-folder, as a lecturer keeps them
            QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("scenes"))
                && writeFile(dir.filePath(QStringLiteral("scenes/") + n + QStringLiteral(".convscope.json")),
                    sceneText(QStringLiteral(":/scenes/") + n + QStringLiteral(".convscope.json")).toUtf8()));
        const QString path = dir.filePath(QStringLiteral("demo.convscope-lecture.json"));
        QVERIFY(writeFile(path, R"({"format": "convscope-lecture", "version": 1, "title": "Demo",
            "scenes": ["scenes/arith_no_padding_no_strides.convscope.json", "scenes/arith_same_padding.convscope.json",
                       "scenes/arith_dilation.convscope.json"]})"));
        QVERIFY(isLectureFile(path));

        MainWindow w;
        QVERIFY(w.openFile(path));
        QCOMPARE(w.lectureIndex(), 0);
        QCOMPARE(w.lectureSize(), 3);
        QVERIFY(w.lectureIndicator().startsWith(QStringLiteral("scene 1 of 3")));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTest::keyClick(&w, Qt::Key_F5);
        QVERIFY(w.isPresenterMode());

        QTest::keyClick(&w, Qt::Key_PageDown, Qt::ControlModifier);
        QTest::keyClick(&w, Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(w.lectureIndex(), 2);
        // The third scene: dilation 7 -> 3, k3, d2.
        QCOMPARE(w.model()->scene().layer.dilation[0], 2);
        QCOMPARE(w.model()->state().steps, 9);
        const QString title = QString::fromStdString(w.model()->scene().title);
        QVERIFY(!title.isEmpty());
        QCOMPARE(w.lectureIndicator(), QStringLiteral("scene 3 of 3: ") + title);
        auto *label = w.findChild<QLabel *>(QStringLiteral("lectureLabel"));
        QVERIFY(label && label->isVisible());
        QVERIFY(label->text().startsWith(QStringLiteral("scene 3 of 3"))); // elided when long

        QTest::keyClick(&w, Qt::Key_PageDown, Qt::ControlModifier); // past the end: stays
        QCOMPARE(w.lectureIndex(), 2);
        QTest::keyClick(&w, Qt::Key_PageUp, Qt::ControlModifier);
        QCOMPARE(w.lectureIndex(), 1);
        QCOMPARE(w.model()->scene().layer.dilation[0], 1);
        QVERIFY(w.lectureIndicator().startsWith(QStringLiteral("scene 2 of 3")));
        QVERIFY(w.isPresenterMode()); // changing scenes keeps the presentation going
        QTest::keyClick(&w, Qt::Key_Escape);
    }

    void malformedLectureChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field"); // words the message must contain
        QTest::newRow("not json") << QByteArray("{\"format\": \"convscope-lecture\", ") << QString();
        QTest::newRow("wrong version") << QByteArray(R"({"format": "convscope-lecture", "version": 9, "scenes": ["a.convscope.json"]})") << QStringLiteral("version");
        QTest::newRow("no scenes") << QByteArray(R"({"format": "convscope-lecture", "version": 1, "scenes": []})") << QStringLiteral("scenes");
        QTest::newRow("scene not a string") << QByteArray(R"({"format": "convscope-lecture", "version": 1, "scenes": [3]})") << QStringLiteral("scene 1 must be a file name");
        QTest::newRow("missing scene") << QByteArray(R"({"format": "convscope-lecture", "version": 1, "scenes": [":/scenes/arith_dilation.convscope.json", "nowhere.convscope.json"]})") << QStringLiteral("scene 2 (nowhere.convscope.json) not found");
    }

    void malformedLectureChangesNothing()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.convscope-lecture.json"));
        QVERIFY(writeFile(path, json));
        MainWindow w; // hidden: the error goes to lastError, not a message box
        QVERIFY(w.openLecture(QStringLiteral(":/scenes/lecture.convscope-lecture.json")));
        QVERIFY(w.nextScene());
        const Scene before = w.model()->scene();
        QVERIFY(!w.openFile(path));
        QVERIFY(w.lastError().contains(QStringLiteral("bad.convscope-lecture.json")));
        if (!field.isEmpty())
            QVERIFY2(w.lastError().contains(field), qPrintable(w.lastError()));
        QCOMPARE(w.lectureIndex(), 1);
        QVERIFY(w.lectureSize() > 3);
        QCOMPARE(w.model()->scene().title, before.title);
        QCOMPARE(w.model()->scene().layer.kernel, before.layer.kernel);
    }

    void bundledLectureOpensEveryScene()
    {
        MainWindow w;
        QVERIFY(w.openLecture(QStringLiteral(":/scenes/lecture.convscope-lecture.json")));
        int count = 1;
        while (w.nextScene())
            ++count;
        QCOMPARE(count, w.lectureSize());
        QCOMPARE(w.lectureIndex(), w.lectureSize() - 1);
        QVERIFY(w.lastError().isEmpty());
    }
};

QTEST_MAIN(TestPresenter)
#include "tst_presenter.moc"
