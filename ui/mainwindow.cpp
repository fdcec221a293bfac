#include "mainwindow.h"
#include "help_page.h"
#include "image_io.h"

#include "autosave.h"
#include "export/export_menu.h"
#include "i18n/engine_messages.h"
#include "i18n/language.h"
#include "playground/animation_controller.h"
#include "playground/feature_map_panel.h"
#include "playground/parameter_panel.h"
#include "playground/pattern_tools.h"
#include "playground/pattern_toolbar.h"
#include "playground/playground_canvas.h"
#include "playground/playground_model.h"
#include "playground/worker_pool.h"
#include "exercises/exercises_view.h"
#include "lecture/lecture.h"
#include "network/network_model.h"
#include "network/network_view.h"
#include "onnx_import.h"
#include "presets.h"
#include "pytorch_code.h"
#include "scene.h"
#include "spec_json.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSignalBlocker>
#include <QSlider>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoStack>

namespace convscope::ui {

namespace {

const QString kDefaultScene = QStringLiteral(":/scenes/default.convscope.json");

bool isSceneFile(const QString &path) { return path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive); }

// A loader's message about `path` in the interface language, without the file name it starts
// with: "Cannot open FILE: ..." names the file once.
QString fileProblem(const QString &path, const std::string &message)
{
    const std::string prefix = path.toStdString() + ": ";
    return translateEngineMessage(message.starts_with(prefix) ? message.substr(prefix.size()) : message);
}

// A network spec rather than a scene: ONNX, or JSON whose "format" is "convscope-network".
bool isNetworkFile(const QString &path)
{
    if (isOnnxPath(path.toStdString()))
        return true;
    if (!path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) || path.endsWith(QLatin1String(".convscope.json"), Qt::CaseInsensitive))
        return false;
    QFile f(path);
    if (f.size() > kMaxSpecBytes || !f.open(QIODevice::ReadOnly))
        return false;
    return QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("format")).toString() == QLatin1String("convscope-network");
}

// The presets the Networks menu lists first; the others are the lecture's examples.
const char *const kMainPresets[] = { "lenet5", "alexnet", "vgg11", "vgg16", "tiny_vgg", "dilated_context",
    "depthwise_separable_64", "mobilenet_block" };

// Where the last session's scene is kept between runs.
QString sessionFile()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return dir.isEmpty() ? QString() : QDir(dir).filePath(QStringLiteral("last-session.convscope.json"));
}

Result<ParsedScene> readSceneFile(const QString &path)
{
    if (path.startsWith(QLatin1Char(':'))) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return Error { "cannot read " + path.toStdString() };
        return parseScene(f.readAll().toStdString());
    }
    return readScene(path.toStdString());
}

// Presenter mode with the dark theme: the transport bar goes dark too (no light strip above the
// dark stage), its buttons light chips so their dark glyphs stay visible; else the usual look.
void themeTransport(QToolBar *bar, bool dark)
{
    if (bar)
        bar->setStyleSheet(dark ? QStringLiteral("QToolBar { background: #101216; border: none; }"
                                                 "QToolBar QLabel { color: #e8eaed; }"
                                                 "QToolButton { background: #c9ced6; color: #101216; border-radius: 6px; margin: 2px; padding: 2px; }"
                                                 "QToolButton:checked { background: #f5a623; }"
                                                 "QDoubleSpinBox { background: #1f232a; color: #e8eaed; border: 1px solid #4a505a; }")
                                : QString());
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_model(new PlaygroundModel(this))
    , m_animation(new AnimationController(m_model, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);

    m_canvas = new PlaygroundCanvas(m_model, this);
    m_network = new NetworkModel(this);
    m_networkView = new NetworkView(m_network, this);
    m_views = new QStackedWidget(this);
    m_views->setObjectName(QStringLiteral("views"));
    m_views->addWidget(m_canvas);
    m_views->addWidget(m_networkView);
    setCentralWidget(m_views);
    m_undoGroup = new QUndoGroup(this);
    m_undoGroup->addStack(m_model->undoStack());
    m_undoGroup->addStack(m_network->undoStack());
    m_undoGroup->setActiveStack(m_model->undoStack());

    m_parameters = new ParameterPanel(m_model, this);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_parameters);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(m_parameters->sizeHint().width() + 24);
    auto *controlsDock = new QDockWidget(tr("Controls"), this);
    controlsDock->setObjectName(QStringLiteral("controlsDock"));
    controlsDock->setWidget(scroll);
    controlsDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::LeftDockWidgetArea, controlsDock);
    connect(m_parameters, &ParameterPanel::openImageRequested, this, &MainWindow::openImageDialog);

    m_featureMaps = new FeatureMapPanel(m_model, this);
    auto *mapsDock = new QDockWidget(tr("Feature maps"), this);
    mapsDock->setObjectName(QStringLiteral("featureMapsDock"));
    mapsDock->setWidget(m_featureMaps);
    mapsDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable
        | QDockWidget::DockWidgetClosable);
    mapsDock->setMinimumWidth(280);
    addDockWidget(Qt::RightDockWidgetArea, mapsDock);

    // Exercises (View > Exercises, Ctrl+3): the third view, with room for the question in large
    // type; "Show me" opens the same setting in the Playground or the Network view.
    auto *exercises = new ExercisesView(this);
    m_views->addWidget(exercises);
    exercises->setNetworkViewAvailable(true);
    connect(exercises, &ExercisesView::showInPlayground, this, [this](const Scene &scene) {
        setView(View::Playground);
        m_model->setScene(scene, tr("Show exercise"));
    });
    connect(exercises, &ExercisesView::showInNetwork, this, [this](const Network &network) {
        m_network->setNetwork(network, tr("Show exercise"));
        setView(View::Network);
    });

    createActions();
    createTransport();
    createNetworkMenu();
    connect(m_model, &PlaygroundModel::stateChanged, this, &MainWindow::updateNetworkImage);

    connect(m_model, &PlaygroundModel::stepChanged, this, &MainWindow::updateTransport);
    connect(m_model, &PlaygroundModel::stateChanged, this, &MainWindow::updateTransport);
    connect(m_model, &PlaygroundModel::sceneChanged, this, &MainWindow::updateTitle);
    connect(m_model->undoStack(), &QUndoStack::cleanChanged, this, &MainWindow::updateTitle);
    // Unsaved changes are autosaved a while after the last edit; once everything is saved (or
    // undone to the saved state) the autosave goes.
    m_autosave = new Autosave(this);
    m_autosave->setSnapshot([this] { return autosaveState(); });
    connect(m_autosave, &Autosave::failed, this, [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    for (QUndoStack *stack : { m_model->undoStack(), m_network->undoStack() }) {
        connect(stack, &QUndoStack::indexChanged, m_autosave, &Autosave::schedule);
        connect(stack, &QUndoStack::cleanChanged, this, [this] {
            updateTitle();
            if (!isSceneModified() && !isNetworkModified())
                m_autosave->flush();
        });
    }
    // The status bar exists from the start: made on the first message, it took 22 px from every
    // view while a parameter was being edited, and the whole window was laid out and painted
    // again in the same event (20+ ms of the GUI thread, bench_gui_latency).
    statusBar();
    connect(m_model, &PlaygroundModel::problemChanged, this, [this](const QString &message) {
        if (message.isEmpty())
            statusBar()->clearMessage();
        else
            statusBar()->showMessage(message);
    });

    QSettings settings;
    resize(settings.value(QStringLiteral("window/size"), QSize(1600, 1000)).toSize());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_animation->setStepsPerSecond(settings.value(QStringLiteral("animation/speed"), 4.0).toDouble());
    m_animation->setLoop(settings.value(QStringLiteral("animation/loop"), true).toBool());
    // The last session's network, else Tiny VGG (small enough to compute at once on any photo).
    auto last = parseNetworkSpec(settings.value(QStringLiteral("network/spec")).toString().toStdString());
    auto initial = last ? Result<Network>(last->network) : loadPreset("tiny_vgg");
    if (initial)
        m_network->resetNetwork(*initial);
    updateNetworkImage();
    const QString lastView = settings.value(QStringLiteral("view/current")).toString();
    setView(lastView == QLatin1String("network") ? View::Network : lastView == QLatin1String("exercises") ? View::Exercises : View::Playground);
    updateTransport();
    updateTitle();
}

MainWindow::~MainWindow()
{
    // The undo stacks are deleted after this destructor (by QWidget, with the other children):
    // their last "clean" signals must not reach the half-destroyed window.
    for (QUndoStack *stack : { m_model->undoStack(), m_network->undoStack() })
        disconnect(stack, nullptr, this, nullptr);
    // The model is this window's first child, so QObject would delete it before the panels that
    // still read it (a spin box losing focus on the way out would write to a deleted model).
    m_animation->pause();
    qDeleteAll(findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly));
    delete takeCentralWidget();
    // QWidget deletes the children before QObject disconnects them: the model's undo stack,
    // deleted with unsaved edits, would announce "clean" to this half-destroyed window.
    disconnect(m_model->undoStack(), nullptr, this, nullptr);
    disconnect(m_model, nullptr, this, nullptr);
    // Jobs still running in the background (a network's forward pass, feature maps, an export)
    // use the program's statics as they end: they are told to stop and waited for, so none runs
    // while the program exits (a screenshot run crashed in a cancelled network job's message).
    {
        const QSignalBlocker quiet(m_network);
        m_network->cancel();
    }
    playgroundWorkerPool()->waitForDone(10'000);
}

bool MainWindow::isBusy() const
{
    return m_featureMaps->isComputing() || (m_model->isValid() && !m_model->state().output);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newScene = file->addAction(tr("&New scene"), this, [this] {
        if (maybeSave(SceneDocument, tr("Save them before starting a new scene?")))
            openScene(kDefaultScene);
    });
    newScene->setObjectName(QStringLiteral("newSceneAction"));
    newScene->setShortcut(QKeySequence::New);
    newScene->setStatusTip(tr("Start again from the default scene (the Network view keeps its network)"));
    QAction *open = file->addAction(tr("&Open…"), this, &MainWindow::openDialog);
    open->setShortcut(QKeySequence::Open);
    open->setStatusTip(tr("Open a scene (*.convscope.json) or an image (PNG, JPEG, BMP, TIFF, WebP; up to 50 megapixels)"));
    QAction *openImage = file->addAction(tr("Open &image…"), this, &MainWindow::openImageDialog);
    openImage->setShortcut(QKeySequence(tr("Ctrl+I")));
    m_examplesMenu = file->addMenu(tr("&Examples"));
    const auto scenes = QDir(QStringLiteral(":/scenes")).entryList({ QStringLiteral("*.convscope.json") });
    for (const QString &name : scenes) {
        const QString path = QStringLiteral(":/scenes/") + name;
        auto parsed = readSceneFile(path);
        const QString title = parsed ? QString::fromStdString(parsed->scene.title) : name;
        m_examplesMenu->addAction(title, this, [this, path] {
            if (maybeSave(SceneDocument, tr("Save them before opening another scene?")))
                openScene(path);
        });
    }
    file->addSeparator();
    QAction *save = file->addAction(tr("&Save scene"), this, &MainWindow::save);
    save->setShortcut(QKeySequence::Save);
    QAction *saveAs = file->addAction(tr("Save scene &as…"), this, &MainWindow::saveAsDialog);
    saveAs->setShortcut(QKeySequence::SaveAs);
    file->addSeparator();
    file->addMenu(new ExportMenu(m_model, m_canvas, this));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({ QKeySequence(tr("Ctrl+Shift+Z")), QKeySequence::Redo });
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *copyPytorch = edit->addAction(tr("Copy as &PyTorch"), this, &MainWindow::copyAsPytorch);
    copyPytorch->setShortcut(QKeySequence(tr("Ctrl+Shift+C")));
    copyPytorch->setStatusTip(tr("Put the PyTorch code of the network (Network view) or of the layer (Playground) on the clipboard"));
    edit->addSeparator();
    auto *drawing = new PatternToolBar(m_canvas, this);
    addToolBar(drawing);
    addToolBarBreak(); // the animation's transport on the row below, at its full width
    edit->addActions(drawing->menuActions());
    connect(m_canvas, &PlaygroundCanvas::statusMessage, this, [this](const QString &m) { statusBar()->showMessage(m, 15000); });

    QMenu *view = menuBar()->addMenu(tr("&View"));
    auto *views = new QActionGroup(this);
    const std::pair<QString, View> viewItems[] = { { tr("&Playground"), View::Playground }, { tr("Ne&twork"), View::Network },
        { tr("&Exercises"), View::Exercises } };
    for (const auto &[text, which] : viewItems) {
        QAction *a = view->addAction(text, this, [this, which = which] { setView(which); });
        a->setCheckable(true);
        a->setShortcut(QKeySequence(which == View::Playground ? tr("Ctrl+1") : which == View::Network ? tr("Ctrl+2") : tr("Ctrl+3")));
        a->setStatusTip(which == View::Playground ? tr("One layer, animated: the sliding window, the arithmetic, the output")
                : which == View::Network          ? tr("A stack of layers on the image: summary, feature maps, receptive fields")
                                                  : tr("The lecture's exercises and generated ones, checked, with worked solutions"));
        views->addAction(a);
        m_viewActions << a;
    }
    view->addSeparator();
    QAction *numbers = view->addAction(tr("Show &numbers in cells"));
    numbers->setCheckable(true);
    numbers->setShortcut(QKeySequence(tr("N")));
    connect(numbers, &QAction::toggled, this, [this](bool on) {
        Scene s = m_model->scene();
        s.view.numbers = on;
        m_model->setScene(s, tr("Numbers in cells"));
    });
    QAction *dark = view->addAction(tr("&Dark theme"));
    m_darkAction = dark;
    dark->setCheckable(true);
    dark->setShortcut(QKeySequence(tr("Ctrl+Shift+D")));
    connect(dark, &QAction::toggled, this, [this](bool on) {
        Scene s = m_model->scene();
        s.view.theme = on ? "dark" : "light";
        m_model->setScene(s, tr("Theme"));
    });
    connect(m_model, &PlaygroundModel::sceneChanged, this, [this, numbers, dark] {
        const QSignalBlocker b1(numbers), b2(dark);
        numbers->setChecked(m_model->scene().view.numbers);
        dark->setChecked(m_model->scene().view.theme == "dark");
        if (m_presenter)
            themeTransport(m_transport, m_model->scene().view.theme == "dark");
    });
    view->addSeparator();
    // Presenter mode and lectures: a clicker's Page Down/Up step the animation (Animation menu),
    // Ctrl+Page Down/Up go to the lecture's next/previous scene, Esc leaves.
    m_presenterAction = view->addAction(tr("P&resenter mode"));
    m_presenterAction->setObjectName(QStringLiteral("presenterAction"));
    m_presenterAction->setCheckable(true);
    m_presenterAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_presenterAction->setStatusTip(tr("Full screen, large type, only the stage and the transport bar (Esc leaves)"));
    connect(m_presenterAction, &QAction::toggled, this, &MainWindow::setPresenterMode);
    QAction *leave = new QAction(tr("Leave presenter mode"), this);
    leave->setShortcut(QKeySequence(Qt::Key_Escape));
    connect(leave, &QAction::triggered, this, [this] { setPresenterMode(false); });
    addAction(leave);
    QAction *nextScene = view->addAction(tr("Ne&xt scene of the lecture"), this, [this] {
        if (m_lectureIndex >= 0 && m_lectureIndex + 1 < lectureSize() && maybeSave(SceneDocument, tr("Save them before opening the next scene?")))
            this->nextScene();
    });
    nextScene->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    QAction *previousScene = view->addAction(tr("Pre&vious scene of the lecture"), this, [this] {
        if (m_lectureIndex > 0 && maybeSave(SceneDocument, tr("Save them before opening the previous scene?")))
            this->previousScene();
    });
    previousScene->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    view->addAction(tr("Open &bundled lecture"), this,
        [this] {
            if (maybeSave(SceneDocument, tr("Save them before opening the lecture?")))
                openLecture(QStringLiteral(":/scenes/lecture.convscope-lecture.json"));
        });
    view->addSeparator();
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        view->addAction(dock->toggleViewAction());
    view->addSeparator();
    view->addMenu(createLanguageMenu(this));

    QMenu *animation = menuBar()->addMenu(tr("&Animation"));
    animation->setObjectName(QStringLiteral("animationMenu"));
    m_playAction = animation->addAction(tr("&Play"), m_animation, &AnimationController::togglePlay);
    m_playAction->setShortcut(QKeySequence(Qt::Key_Space));
    m_playAction->setToolTip(tr("Play or pause the sliding window (Space)"));
    struct Step {
        QString text;
        QList<QKeySequence> keys;
        void (AnimationController::*slot)();
        QString tip;
    };
    const Step steps[] = {
        { tr("Step &forward"), { Qt::Key_Right, Qt::Key_PageDown }, &AnimationController::stepForward,
            tr("Move the window one step on (Right, Page Down)") },
        { tr("Step &back"), { Qt::Key_Left, Qt::Key_PageUp }, &AnimationController::stepBack,
            tr("Move the window one step back (Left, Page Up)") },
        { tr("F&irst step"), { Qt::Key_Home }, &AnimationController::first, tr("Go to the first window (Home)") },
        { tr("&Last step"), { Qt::Key_End }, &AnimationController::last, tr("Go to the last window (End)") },
        { tr("F&aster"), { Qt::Key_Plus, Qt::Key_Equal }, &AnimationController::faster, tr("Double the speed (+)") },
        { tr("&Slower"), { Qt::Key_Minus }, &AnimationController::slower, tr("Halve the speed (-)") },
    };
    for (const Step &s : steps) {
        QAction *a = animation->addAction(s.text, m_animation, s.slot);
        a->setShortcuts(s.keys);
        a->setToolTip(s.tip);
        a->setAutoRepeat(true);
    }
    m_loopAction = animation->addAction(tr("L&oop"));
    m_loopAction->setCheckable(true);
    m_loopAction->setShortcut(QKeySequence(tr("L")));
    connect(m_loopAction, &QAction::toggled, m_animation, &AnimationController::setLoop);
    connect(m_animation, &AnimationController::loopChanged, m_loopAction, &QAction::setChecked);
    connect(m_animation, &AnimationController::playingChanged, this, &MainWindow::updateTransport);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("ConvScope &help"), this, &MainWindow::showShortcuts)->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&About ConvScope"), this, &MainWindow::showAbout);
}

void MainWindow::createTransport()
{
    QToolBar *bar = addToolBar(tr("Animation"));
    m_transport = bar;
    bar->setObjectName(QStringLiteral("transportBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    bar->setIconSize(QSize(28, 28));
    auto addButton = [&](QStyle::StandardPixmap icon, const QString &tip, auto slot) {
        QAction *a = bar->addAction(style()->standardIcon(icon), tip, m_animation, slot);
        a->setToolTip(tip);
        return a;
    };
    addButton(QStyle::SP_MediaSkipBackward, tr("First step (Home)"), &AnimationController::first);
    addButton(QStyle::SP_MediaSeekBackward, tr("Step back (Left)"), &AnimationController::stepBack);
    bar->addAction(m_playAction);
    addButton(QStyle::SP_MediaSeekForward, tr("Step forward (Right)"), &AnimationController::stepForward);
    addButton(QStyle::SP_MediaSkipForward, tr("Last step (End)"), &AnimationController::last);
    bar->addSeparator();
    m_scrubber = new QSlider(Qt::Horizontal, bar);
    m_scrubber->setObjectName(QStringLiteral("scrubber"));
    m_scrubber->setMinimumWidth(300);
    m_scrubber->setToolTip(tr("Every step of the sliding window: drag to scrub"));
    connect(m_scrubber, &QSlider::valueChanged, m_model, &PlaygroundModel::setStep);
    bar->addWidget(m_scrubber);
    m_stepLabel = new QLabel(bar);
    m_stepLabel->setObjectName(QStringLiteral("stepLabel"));
    m_stepLabel->setMinimumWidth(200);
    m_stepLabel->setContentsMargins(8, 0, 8, 0);
    bar->addWidget(m_stepLabel);
    bar->addSeparator();
    auto *speedLabel = new QLabel(tr("Speed"), bar);
    speedLabel->setContentsMargins(4, 0, 4, 0);
    bar->addWidget(speedLabel);
    m_speed = new QDoubleSpinBox(bar);
    m_speed->setObjectName(QStringLiteral("speedSpin"));
    m_speed->setRange(AnimationController::kMinSpeed, AnimationController::kMaxSpeed);
    m_speed->setDecimals(2);
    m_speed->setSuffix(tr(" steps/s"));
    m_speed->setToolTip(tr("Steps per second while playing (+ and - double and halve it)"));
    connect(m_speed, &QDoubleSpinBox::valueChanged, m_animation, &AnimationController::setStepsPerSecond);
    connect(m_animation, &AnimationController::speedChanged, m_speed, [this](double v) {
        if (m_speed->value() == v)
            return; // the box's own edit: setValue would rewrite the text being typed ("2" of "2,5")
        const QSignalBlocker block(m_speed);
        m_speed->setValue(v);
    });
    bar->addWidget(m_speed);
    bar->addAction(m_loopAction);
    m_loopAction->setText(tr("Loop"));
    m_loopAction->setToolTip(tr("Start over after the last step (L)"));
    m_lectureLabel = new QLabel(bar);
    m_lectureLabel->setObjectName(QStringLiteral("lectureLabel"));
    m_lectureLabel->setContentsMargins(4, 0, 12, 0);
    m_lectureLabel->setMaximumWidth(640);
    // First in the bar, so a narrow window never pushes it into the overflow menu.
    m_lectureLabelAction = bar->insertWidget(bar->actions().value(0), m_lectureLabel);
    m_lectureLabelAction->setVisible(false);
}

void MainWindow::updateTransport()
{
    const int steps = m_model->state().steps;
    {
        const QSignalBlocker block(m_scrubber);
        m_scrubber->setRange(0, std::max(0, steps - 1));
        m_scrubber->setValue(m_model->step());
        m_scrubber->setPageStep(std::max(1, steps / 20));
    }
    m_stepLabel->setText(tr("step %1 of %2").arg(m_model->step() + 1).arg(steps));
    // Only when it changes: this runs on every parameter edit, and looking the icon up and
    // relaying out the tool bar for it each time kept the GUI thread busy for nothing.
    const QString playText = m_animation->isPlaying() ? tr("Pause") : tr("Play");
    if (m_playAction->text() != playText || m_playAction->icon().isNull()) {
        m_playAction->setText(playText);
        m_playAction->setIcon(style()->standardIcon(m_animation->isPlaying() ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    }
    const QSignalBlocker block(m_speed);
    m_speed->setValue(m_animation->stepsPerSecond());
    const QSignalBlocker blockLoop(m_loopAction);
    m_loopAction->setChecked(m_animation->loops());
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1[*] — ConvScope").arg(sceneName()));
    setWindowModified(isSceneModified() || isNetworkModified());
}

void MainWindow::showError(const QString &message)
{
    m_lastError = message;
    statusBar()->showMessage(message, 10000);
    if (isVisible())
        QMessageBox::warning(this, tr("ConvScope"), message);
}

void MainWindow::openDefault()
{
    const QString last = sessionFile();
    if (!last.isEmpty() && QFileInfo::exists(last)) {
        auto parsed = readScene(last.toStdString());
        if (parsed) {
            m_model->resetScene(parsed->scene, QString());
            if (m_model->isValid())
                return;
        }
    }
    openScene(kDefaultScene);
}

bool MainWindow::openFile(const QString &path)
{
    // "preset:vgg16", as the command line's summary and apply take it (a file of that name wins).
    const QLatin1String presetPrefix("preset:");
    if (path.startsWith(presetPrefix) && !QFileInfo::exists(path))
        return openPreset(path.mid(presetPrefix.size()));
    if (isLectureFile(path))
        return openLecture(path);
    if (isNetworkFile(path))
        return openNetwork(path);
    return isSceneFile(path) ? openScene(path) : openImage(path);
}

bool MainWindow::openScene(const QString &path)
{
    auto parsed = readSceneFile(path);
    if (!parsed) {
        showError(tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), fileProblem(path, parsed.error().message)));
        return false;
    }
    m_animation->pause();
    const Scene previous = m_model->scene();
    const QString previousFile = m_model->sceneFile();
    const bool wasModified = isSceneModified();
    Scene playground = parsed->scene;
    playground.network.reset(); // the Network view holds the stack (saveSceneAs writes it back)
    {
        // An impossible scene is refused before it replaces anything: the undo history and
        // painted pixels stay (a throwaway model resolves the scene's image as the real one does).
        PlaygroundModel probe;
        probe.resetScene(playground, path);
        if (!probe.isValid()) {
            showError(tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), probe.problem()));
            return false;
        }
    }
    m_model->resetScene(playground, path);
    if (!m_model->isValid()) { // an impossible scene would show the previous scene's picture
        const QString problem = m_model->problem();
        m_model->resetScene(previous, previousFile);
        if (wasModified) // its edits are still unsaved: closing must still ask
            m_model->undoStack()->resetClean();
        showError(tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), problem));
        return false;
    }
    m_model->setStep(parsed->scene.animation.step);
    m_animation->setStepsPerSecond(parsed->scene.animation.stepsPerSecond);
    m_animation->setLoop(parsed->scene.animation.loop);
    for (const auto &warning : parsed->warnings)
        statusBar()->showMessage(translateEngineMessage(warning), 8000);
    if (!path.startsWith(QLatin1Char(':')))
        QSettings().setValue(QStringLiteral("files/lastDir"), QFileInfo(path).absolutePath());
    updateTitle();
    if (parsed->scene.network) { // the scene's stack opens in the Network view
        m_network->setNetwork(*parsed->scene.network, tr("Open the network of %1").arg(QFileInfo(path).fileName()));
        m_network->undoStack()->setClean(); // saved with the scene
        m_networkFile.clear();
        setView(View::Network);
    } else {
        // A Playground scene is shown in the Playground, whichever view was last used (the
        // remembered Network view, or a lecture's previous scene with a network).
        setView(View::Playground);
        if (parsed->scene.animation.playing)
            m_animation->play();
    }
    return true;
}

bool MainWindow::openImage(const QString &path)
{
    Scene scene = m_model->scene();
    const Scene previous = scene;
    scene.input.source = InputSource::Image;
    scene.input.path = QFileInfo(path).absoluteFilePath().toStdString();
    scene.input.crop.reset();
    // Tried before it becomes an undo step: a bad file leaves the history as it was (an edit
    // would merge with the previous "Open image" and undoing it would drop that one too).
    m_model->previewScene(scene);
    if (m_model->problemField() == QLatin1String("input")) {
        const QString problem = m_model->problem();
        m_model->previewScene(previous);
        showError(problem);
        return false;
    }
    m_model->commitPreview(previous, tr("Open image"));
    QSettings().setValue(QStringLiteral("files/lastDir"), QFileInfo(path).absolutePath());
    return true;
}

bool MainWindow::saveSceneAs(const QString &path)
{
    Scene scene = m_model->scene();
    scene.animation.step = m_model->step();
    scene.animation.stepsPerSecond = m_animation->stepsPerSecond();
    scene.animation.loop = m_animation->loops();
    // An image path is stored relative to the scene file, so a folder of both can be moved.
    if (!m_network->network().layers.empty())
        scene.network = m_network->network();
    // Painted photo pixels are written beside the scene, which then names that PNG as its image.
    std::optional<SceneInput> painted;
    if (m_model->imagePainted()) {
        const QString png = QFileInfo(QString::fromStdString(paintedImagePath(path.toStdString()))).absoluteFilePath();
        if (auto s = savePaintedImage(png.toStdString(), *m_model->image()); !s) {
            showError(tr("Cannot save %1: %2").arg(QDir::toNativeSeparators(path), translateEngineMessage(s.error().message)));
            return false;
        }
        scene.input.source = InputSource::Image;
        scene.input.path = png.toStdString();
        painted = scene.input;
    }
    if (scene.input.source == InputSource::Image) {
        const QDir dir = QFileInfo(path).absoluteDir();
        scene.input.path = dir.relativeFilePath(QString::fromStdString(scene.input.path)).toStdString();
    }
    if (auto s = saveScene(path.toStdString(), scene); !s) {
        showError(tr("Cannot save %1: %2").arg(QDir::toNativeSeparators(path), translateEngineMessage(s.error().message)));
        return false;
    }
    if (scene.input.source == InputSource::Image) {
        Scene absolute = m_model->scene();
        if (painted)
            absolute.input = *painted;
        m_model->resetScene(absolute, path);
    } else {
        m_model->setSceneFile(path);
    }
    m_model->undoStack()->setClean();
    if (m_networkFile.isEmpty()) // the scene is the network's only home
        m_network->undoStack()->setClean();
    updateTitle();
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 4000);
    return true;
}

void MainWindow::openDialog()
{
    const QString dir = QSettings().value(QStringLiteral("files/lastDir")).toString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open scene or image"), dir,
        tr("Scenes, lectures, networks and images (*.convscope.json *.convscope-lecture.json *.json *.onnx *.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp *.pgm *.ppm);;"
           "Scenes (*.convscope.json);;Lectures (*.convscope-lecture.json);;Networks (*.json *.onnx);;Images (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp *.pgm *.ppm);;All files (*)"));
    if (!path.isEmpty() && maybeSaveBeforeOpening(path))
        openFile(path);
}

void MainWindow::openImageDialog()
{
    const QString dir = QSettings().value(QStringLiteral("files/lastDir")).toString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open image"), dir,
        tr("Images (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp *.pgm *.ppm);;All files (*)"));
    if (!path.isEmpty())
        openImage(path);
}

bool MainWindow::save()
{
    const QString file = m_model->sceneFile();
    if (file.isEmpty() || file.startsWith(QLatin1Char(':')))
        return saveAsDialog();
    return saveSceneAs(file);
}

bool MainWindow::saveAsDialog()
{
    const QString dir = QSettings().value(QStringLiteral("files/lastDir")).toString();
    QString path = QFileDialog::getSaveFileName(this, tr("Save scene"), dir, tr("Scenes (*.convscope.json)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".convscope.json")))
        path += QStringLiteral(".convscope.json");
    return saveSceneAs(path);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave(AllDocuments, tr("Save them before closing?"))) {
        event->ignore(); // Cancel: the window, its view and its state stay as they are
        return;
    }
    // Discarded edits do not come back as the next session's scene or network.
    for (QUndoStack *stack : { m_model->undoStack(), m_network->undoStack() })
        if (!stack->isClean() && stack->cleanIndex() >= 0)
            stack->setIndex(stack->cleanIndex());
    m_animation->pause();
    setPresenterMode(false); // remember the window as the user arranged it, not the presenter's
    const View current = view();
    setView(View::Playground); // the window state with the Playground's docks as the user left them
    QSettings settings;
    settings.setValue(QStringLiteral("view/current"), current == View::Network ? QStringLiteral("network")
            : current == View::Exercises                                       ? QStringLiteral("exercises")
                                                                               : QStringLiteral("playground"));
    if (!isNetworkModified())
        settings.setValue(QStringLiteral("network/spec"), QString::fromStdString(writeNetworkSpec(m_network->network())));
    settings.setValue(QStringLiteral("window/size"), size());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("animation/speed"), m_animation->stepsPerSecond());
    settings.setValue(QStringLiteral("animation/loop"), m_animation->loops());
    // The session's scene, so the next start continues where this one stopped.
    if (const QString last = sessionFile(); !last.isEmpty() && !isSceneModified()) {
        QDir().mkpath(QFileInfo(last).absolutePath());
        Scene scene = m_model->scene();
        scene.animation.step = m_model->step();
        if (const std::string png = paintedImagePath(last.toStdString());
            m_model->imagePainted() && savePaintedImage(png, *m_model->image())) {
            scene.input.source = InputSource::Image;
            scene.input.path = png;
        }
        (void)saveScene(last.toStdString(), scene);
    }
    m_autosave->finish(); // a normal exit: nothing to restore next time
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && event->mimeData()->urls().size() == 1 && event->mimeData()->urls().first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    if (const QString path = event->mimeData()->urls().first().toLocalFile(); maybeSaveBeforeOpening(path))
        openFile(path);
    event->acceptProposedAction();
}

void MainWindow::showShortcuts() { showHelpPage(this); }

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About ConvScope"),
        tr("<h3>ConvScope %1</h3><p>Convolutional neural networks made visible: a kernel slides over an "
           "image, and every number — output size, parameters, receptive field — is computed as PyTorch "
           "does and can be checked by hand.</p><p>Sample photographs from scikit-image's data: "
           "Chelsea the cat (CC0, Stéfan van der Walt), coffee (CC0, Rachel Michetti), the cameraman (CC0, "
           "Lav Varshney), astronaut Eileen Collins (public domain, NASA).</p>")
            .arg(QApplication::applicationVersion()));
}

void MainWindow::setView(View which)
{
    const bool network = which != View::Playground; // the Network and Exercises views: no docks, no transport
    const int page = static_cast<int>(which);
    m_viewActions[page]->setChecked(true);
    if (page == m_views->currentIndex())
        return;
    if (network && m_views->currentIndex() == 0) { // leaving the Playground
        m_animation->pause();
        m_hiddenDocks.clear();
        for (QDockWidget *dock : findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly))
            if (!dock->isHidden()) { // also before the window is first shown
                m_hiddenDocks << dock;
                dock->hide();
            }
    } else if (!network) {
        for (QDockWidget *dock : std::as_const(m_hiddenDocks))
            dock->show();
        m_hiddenDocks.clear();
    }
    // The transport and the drawing tools act on the Playground only.
    for (QToolBar *bar : findChildren<QToolBar *>(Qt::FindDirectChildrenOnly))
        bar->setVisible(!network);
    if (auto *animation = menuBar()->findChild<QMenu *>(QStringLiteral("animationMenu")))
        for (QAction *a : animation->actions())
            a->setEnabled(!network); // Space, arrows and Home/End belong to the widgets here
    m_views->setCurrentIndex(page);
    m_undoGroup->setActiveStack(which == View::Network ? m_network->undoStack() : m_model->undoStack());
    if (m_autosave && m_autosave->isPending()) // unsaved edits of the view just left are written now
        m_autosave->flush();
    QSettings().setValue(QStringLiteral("view/current"), which == View::Network ? QStringLiteral("network")
            : which == View::Exercises                                          ? QStringLiteral("exercises")
                                                                                : QStringLiteral("playground"));
    if (which == View::Exercises)
        if (auto *answer = m_views->currentWidget()->findChild<QWidget *>(QStringLiteral("answer")))
            answer->setFocus();
}

MainWindow::View MainWindow::view() const { return static_cast<View>(m_views->currentIndex()); }

void MainWindow::createNetworkMenu()
{
    QMenu *menu = menuBar()->addMenu(tr("&Networks"));
    menu->setObjectName(QStringLiteral("networksMenu"));
    menuBar()->insertMenu(menuBar()->actions().value(3), menu); // after File, Edit, View
    const auto presets = networkPresets();
    auto addPreset = [&](const PresetInfo &p) {
        QAction *a = menu->addAction(QString::fromStdString(p.name), this, [this, id = p.id] {
            if (maybeSave(NetworkDocument, tr("Save them before opening another network?")))
                openPreset(QString::fromStdString(id));
        });
        a->setObjectName(QStringLiteral("preset_") + QString::fromStdString(p.id));
        a->setStatusTip(tr("%1 layers; opens in the Network view").arg(p.layerCount));
    };
    for (const char *id : kMainPresets)
        for (const PresetInfo &p : presets)
            if (p.id == id)
                addPreset(p);
    menu->addSection(tr("The lecture's examples"));
    for (const PresetInfo &p : presets)
        if (std::none_of(std::begin(kMainPresets), std::end(kMainPresets), [&](const char *id) { return p.id == id; }))
            addPreset(p);
    menu->addSeparator();
    menu->addAction(tr("&Open network…"), this, [this] {
        const QString dir = QSettings().value(QStringLiteral("files/lastDir")).toString();
        const QString path = QFileDialog::getOpenFileName(this, tr("Open network"), dir,
            tr("Networks (*.json *.onnx);;Network specs (*.json);;ONNX models (*.onnx);;All files (*)"));
        if (!path.isEmpty() && maybeSave(NetworkDocument, tr("Save them before opening another network?")))
            openNetwork(path);
    });
    menu->addAction(tr("&Save network as…"), this, &MainWindow::saveNetworkDialog);
    menu->addSeparator();
    menu->addAction(tr("Load &weights (.npz)…"), this, [this] {
        const QString dir = QSettings().value(QStringLiteral("files/lastDir")).toString();
        const QString path = QFileDialog::getOpenFileName(this, tr("Load weights"), dir, tr("NumPy archives (*.npz);;All files (*)"));
        if (!path.isEmpty())
            loadWeights(path);
    });
    menu->addAction(tr("Load weights from a &folder of .npy…"), this, [this] {
        const QString dir = QSettings().value(QStringLiteral("files/lastDir")).toString();
        const QString path = QFileDialog::getExistingDirectory(this, tr("Folder of <layer>.weight.npy files"), dir);
        if (!path.isEmpty())
            loadWeights(path);
    });
    menu->addAction(tr("&Clear weights"), this, [this] { m_network->setWeights({}, QString()); });
}

bool MainWindow::openPreset(const QString &id)
{
    auto net = loadPreset(id.toStdString());
    if (!net) {
        showError(tr("Cannot open the preset %1: %2").arg(id, translateEngineMessage(net.error().message)));
        return false;
    }
    m_network->setNetwork(*net, tr("Preset %1").arg(QString::fromStdString(net->name)));
    m_network->undoStack()->setClean(); // as bundled (the previous network is one undo away)
    m_networkFile.clear();
    setView(View::Network);
    return true;
}

bool MainWindow::openNetwork(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    if (isOnnxPath(path.toStdString())) {
        auto imported = importOnnx(path.toStdString());
        if (!imported) {
            showError(tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), fileProblem(path, imported.error().message)));
            return false;
        }
        auto weights = std::make_shared<const WeightStore>(std::move(imported->weights));
        m_network->setNetwork(imported->network, tr("Open %1").arg(name), weights, tr("trained, from %1").arg(name));
        QStringList notes;
        for (const auto &note : imported->notes)
            notes << translateEngineMessage(note);
        if (!notes.isEmpty())
            statusBar()->showMessage(notes.join(QStringLiteral("; ")), 10000);
    } else {
        auto parsed = readNetworkSpec(path.toStdString());
        if (!parsed) {
            showError(tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), fileProblem(path, parsed.error().message)));
            return false;
        }
        std::shared_ptr<const WeightStore> weights;
        QString weightsProblem;
        if (const std::string weightsPath = resolveWeightsPath(parsed->network, path.toStdString()); !weightsPath.empty()) {
            auto loaded = WeightStore::load(weightsPath);
            if (loaded)
                weights = std::make_shared<const WeightStore>(std::move(loaded).value());
            else
                weightsProblem = translateEngineMessage(loaded.error().message);
            parsed->network.weightsPath = weightsPath; // absolute while open; saveNetworkAs() makes it relative again
        }
        m_network->setNetwork(parsed->network, tr("Open %1").arg(name), weights,
            tr("trained, from %1").arg(QFileInfo(QString::fromStdString(parsed->network.weightsPath)).fileName()));
        QStringList messages;
        for (const auto &w : parsed->warnings)
            messages << translateEngineMessage(w);
        if (!weightsProblem.isEmpty())
            messages << tr("weights not loaded: %1").arg(weightsProblem);
        if (!messages.isEmpty())
            statusBar()->showMessage(messages.join(QStringLiteral("; ")), 10000);
    }
    m_network->undoStack()->setClean(); // as opened (the previous network is one undo away)
    m_networkFile = isOnnxPath(path.toStdString()) ? QString() : QFileInfo(path).absoluteFilePath(); // ONNX cannot be written
    QSettings().setValue(QStringLiteral("files/lastDir"), QFileInfo(path).absolutePath());
    setView(View::Network);
    return true;
}

bool MainWindow::saveNetworkAs(const QString &path)
{
    Network network = m_network->network();
    network.weightsPath = weightsPathForSpec(network.weightsPath, path.toStdString()); // the same file from the new folder
    if (auto s = saveNetworkSpec(path.toStdString(), network); !s) {
        showError(tr("Cannot save %1: %2").arg(QDir::toNativeSeparators(path), translateEngineMessage(s.error().message)));
        return false;
    }
    m_networkFile = QFileInfo(path).absoluteFilePath();
    m_network->undoStack()->setClean();
    updateTitle();
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 4000);
    return true;
}

bool MainWindow::loadWeights(const QString &path)
{
    auto loaded = WeightStore::load(path.toStdString());
    if (!loaded) {
        showError(tr("Cannot load weights from %1: %2").arg(QDir::toNativeSeparators(path), translateEngineMessage(loaded.error().message)));
        return false;
    }
    m_network->setWeights(std::make_shared<const WeightStore>(std::move(loaded).value()), QFileInfo(path).fileName(),
        QFileInfo(path).absoluteFilePath().toStdString()); // Save network as then names them
    setView(View::Network);
    return true;
}

void MainWindow::updateNetworkImage()
{
    const Scene &scene = m_model->scene();
    if (auto image = m_model->image()) {
        const QString name = scene.input.source == InputSource::Sample ? QString::fromStdString(scene.input.sample)
                                                                       : QFileInfo(QString::fromStdString(scene.input.path)).fileName();
        m_network->setImage(image, name);
    } else if (const auto &input = m_model->state().input; input && input->ndim() == 3) {
        m_network->setImage(input, tr("the Playground's grid"));
    }
}

void MainWindow::copyAsPytorch()
{
    QString code;
    if (view() == View::Network) {
        auto text = pytorchSequential(m_network->network());
        if (!text) {
            showError(tr("Cannot write PyTorch code: %1").arg(translateEngineMessage(text.error().message)));
            return;
        }
        code = QString::fromStdString(*text);
    } else {
        const SceneLayer &layer = m_model->scene().layer;
        code = QString::fromStdString(layer.op == SceneOp::Conv
                ? pytorchConvLayer(sceneConvParams(layer), m_model->state().plan.inChannels).text
                : pytorchPoolLayer(scenePoolParams(layer)).text);
    }
    QGuiApplication::clipboard()->setText(code);
    statusBar()->showMessage(tr("PyTorch code copied to the clipboard"), 4000);
}

} // namespace convscope::ui

namespace convscope::ui {

bool MainWindow::openLecture(const QString &path)
{
    auto lecture = readLecture(path);
    if (!lecture) {
        showError(tr("Cannot open the lecture %1: %2").arg(QDir::toNativeSeparators(path), translateEngineMessage(lecture.error().message)));
        return false;
    }
    const QString oldTitle = m_lectureTitle;
    const QStringList oldScenes = m_lectureScenes;
    const int oldIndex = m_lectureIndex;
    m_lectureTitle = lecture->title;
    m_lectureScenes = lecture->scenes;
    m_lectureIndex = -1;
    if (!openLectureScene(0)) { // the first scene is broken: the lecture is not opened
        m_lectureTitle = oldTitle;
        m_lectureScenes = oldScenes;
        m_lectureIndex = oldIndex;
        updateLectureLabel();
        return false;
    }
    return true;
}

bool MainWindow::nextScene()
{
    return m_lectureIndex >= 0 && m_lectureIndex + 1 < lectureSize() && openLectureScene(m_lectureIndex + 1);
}

bool MainWindow::previousScene()
{
    return m_lectureIndex > 0 && openLectureScene(m_lectureIndex - 1);
}

// Opens scene `index` of the lecture in the Playground, in the theme the lecturer chose.
bool MainWindow::openLectureScene(int index)
{
    const bool dark = m_model->scene().view.theme == "dark";
    if (!openScene(m_lectureScenes.at(index)))
        return false;
    if ((m_model->scene().view.theme == "dark") != dark) {
        Scene s = m_model->scene();
        s.view.theme = dark ? "dark" : "light";
        m_model->resetScene(s, m_model->sceneFile());
    }
    setView(View::Playground);
    m_lectureIndex = index;
    updateLectureLabel();
    return true;
}

QString MainWindow::lectureIndicator() const
{
    if (m_lectureIndex < 0)
        return {};
    return tr("scene %1 of %2: %3").arg(m_lectureIndex + 1).arg(lectureSize()).arg(QString::fromStdString(m_model->scene().title));
}

void MainWindow::updateLectureLabel()
{
    m_lectureLabel->setText(m_lectureLabel->fontMetrics().elidedText(lectureIndicator(), Qt::ElideRight, m_lectureLabel->maximumWidth() - 24));
    m_lectureLabel->setToolTip(m_lectureTitle.isEmpty() ? QString() : tr("Lecture: %1 (Ctrl+Page Down / Ctrl+Page Up: next / previous scene)").arg(m_lectureTitle));
    m_lectureLabelAction->setVisible(m_lectureIndex >= 0);
}

void MainWindow::setPresenterMode(bool on)
{
    if (on == m_presenter)
        return;
    m_presenter = on;
    {
        const QSignalBlocker block(m_presenterAction);
        m_presenterAction->setChecked(on);
    }
    if (on) {
        m_savedGeometry = saveGeometry();
        m_savedState = saveState();
        m_savedWindowState = windowState();
        setView(View::Playground); // the stage is what the hall sees
        // The menus' shortcuts keep working while the menu bar is hidden.
        for (QAction *menu : menuBar()->actions())
            if (menu->menu())
                addActions(menu->menu()->actions());
        for (QDockWidget *dock : findChildren<QDockWidget *>())
            dock->hide();
        for (QToolBar *bar : findChildren<QToolBar *>())
            bar->setVisible(bar == m_transport);
        menuBar()->hide();
        statusBar()->hide();
        m_transport->show();
        m_canvas->setPresenterScale(1.6);
        QFont big = m_transport->font();
        big.setPointSizeF(big.pointSizeF() * 1.5);
        m_transport->setFont(big);
        m_transport->setIconSize(QSize(40, 40));
        for (QLabel *label : { m_lectureLabel, m_stepLabel }) // readable from the hall too
            label->setStyleSheet(QStringLiteral("font-size: %1pt;%2")
                                     .arg(std::max(16.0, QApplication::font().pointSizeF() * 1.6))
                                     .arg(label == m_lectureLabel ? QStringLiteral(" font-weight: bold;") : QString()));
        themeTransport(m_transport, m_model->scene().view.theme == "dark");
        updateLectureLabel();
        if (screen()) // without a window manager (a bare X server) full screen is only a request
            setGeometry(screen()->geometry());
        showFullScreen();
    } else {
        m_canvas->setPresenterScale(1.0);
        m_transport->setFont(QFont());
        m_transport->setIconSize(QSize(28, 28));
        m_lectureLabel->setStyleSheet(QString());
        m_stepLabel->setStyleSheet(QString());
        themeTransport(m_transport, false);
        updateLectureLabel();
        menuBar()->show();
        statusBar()->show();
        setWindowState(m_savedWindowState);
        restoreGeometry(m_savedGeometry);
        restoreState(m_savedState);
    }
}

} // namespace convscope::ui

namespace convscope::ui {

bool MainWindow::isSceneModified() const { return !m_model->undoStack()->isClean(); }

bool MainWindow::isNetworkModified() const { return !m_network->undoStack()->isClean(); }

QString MainWindow::sceneName() const
{
    const QString file = m_model->sceneFile();
    QString name = file.isEmpty() || file.startsWith(QLatin1Char(':')) ? QString::fromStdString(m_model->scene().title)
                                                                     : QFileInfo(file).fileName();
    return name.isEmpty() ? tr("Untitled scene") : name;
}

QMessageBox::StandardButton MainWindow::ask(const QString &text, const QString &informative, QMessageBox::StandardButtons buttons)
{
    if (m_ask)
        return m_ask(text, informative, buttons);
    QMessageBox box(QMessageBox::Question, tr("ConvScope"), text, buttons, this);
    box.setInformativeText(informative);
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

bool MainWindow::maybeSave(int documents, const QString &question)
{
    const bool scene = (documents & SceneDocument) && isSceneModified();
    const bool network = (documents & NetworkDocument) && isNetworkModified();
    if (!scene && !network)
        return true;
    const QString networkName = m_networkFile.isEmpty() ? QString::fromStdString(m_network->network().name) : QFileInfo(m_networkFile).fileName();
    const QString text = scene && network ? tr("The scene “%1” and the network “%2” have unsaved changes.").arg(sceneName(), networkName)
        : scene                           ? tr("The scene “%1” has unsaved changes.").arg(sceneName())
                                          : tr("The network “%1” has unsaved changes.").arg(networkName);
    const auto answer = ask(text, question, QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Discard)
        return true;
    if (answer != QMessageBox::Save)
        return false;
    m_animation->pause();
    if (scene && !save()) // saving the scene also saves a network that has no file of its own
        return false;
    if (network && isNetworkModified() && !(m_networkFile.isEmpty() ? saveNetworkDialog() : saveNetworkAs(m_networkFile)))
        return false;
    return true;
}

bool MainWindow::maybeSaveBeforeOpening(const QString &path)
{
    if (isLectureFile(path))
        return maybeSave(SceneDocument, tr("Save them before opening the lecture?"));
    if (isNetworkFile(path))
        return maybeSave(NetworkDocument, tr("Save them before opening another network?"));
    if (isSceneFile(path))
        return maybeSave(SceneDocument, tr("Save them before opening another scene?"));
    return true; // an image replaces the input as one undoable edit
}

bool MainWindow::saveNetworkDialog()
{
    const QString dir = QSettings().value(QStringLiteral("files/lastDir")).toString();
    QString path = QFileDialog::getSaveFileName(this, tr("Save network"), dir, tr("Network specs (*.json)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        path += QStringLiteral(".json");
    return saveNetworkAs(path);
}

std::optional<AutosaveState> MainWindow::autosaveState() const
{
    if (!isSceneModified() && !isNetworkModified())
        return std::nullopt;
    AutosaveState state;
    state.scene = m_model->scene();
    state.scene.animation.step = m_model->step();
    state.scene.animation.stepsPerSecond = m_animation->stepsPerSecond();
    state.scene.animation.loop = m_animation->loops();
    if (!m_network->network().layers.empty())
        state.scene.network = m_network->network();
    state.sceneFile = m_model->sceneFile();
    state.networkFile = m_networkFile;
    state.sceneModified = isSceneModified();
    state.networkModified = isNetworkModified();
    state.view = view() == View::Network ? QStringLiteral("network") : view() == View::Exercises ? QStringLiteral("exercises") : QStringLiteral("playground");
    state.savedAt = QDateTime::currentDateTimeUtc();
    // Painted photo pixels live only in memory: they go into a PNG beside the autosave.
    if (m_model->imagePainted()) {
        const QString png = Autosave::paintedImagePathFor(m_autosave->filePath());
        state.painted = static_cast<bool>(savePaintedImage(QFile::encodeName(png).toStdString(), *m_model->image()));
    }
    return state;
}

void MainWindow::restoreAutosave(const AutosaveState &state, const QString &paintedImage)
{
    m_animation->pause();
    Scene playground = state.scene;
    playground.network.reset();
    m_model->resetScene(playground, state.sceneFile);
    m_model->setStep(state.scene.animation.step);
    m_animation->setStepsPerSecond(state.scene.animation.stepsPerSecond);
    m_animation->setLoop(state.scene.animation.loop);
    if (state.painted) { // the painting comes back as an unsaved (undoable) edit
        auto painted = loadImage(QFile::encodeName(paintedImage).toStdString());
        const auto before = m_model->image();
        if (painted && before && painted->shape() == before->shape()) {
            m_model->previewImage(std::make_shared<const Tensor>(std::move(painted).value()));
            m_model->commitImagePaint(before, tr("Restore the painted pixels"));
        } else {
            statusBar()->showMessage(tr("The painted pixels could not be restored: %1")
                    .arg(painted ? tr("the photo has changed") : translateEngineMessage(painted.error().message)), 10000);
        }
    }
    if (state.sceneModified)
        m_model->undoStack()->resetClean(); // still unsaved: Save writes it, closing asks
    if (state.scene.network || state.networkModified) {
        m_network->resetNetwork(state.scene.network.value_or(Network {}));
        m_networkFile = state.networkFile;
        if (state.networkModified)
            m_network->undoStack()->resetClean();
    }
    setView(state.view == QLatin1String("network") ? View::Network : state.view == QLatin1String("exercises") ? View::Exercises : View::Playground);
    updateTitle();
}

void MainWindow::startAutosave()
{
    if (!m_autosave->start()) {
        statusBar()->showMessage(tr("Autosave is off: %1").arg(m_autosave->errorString()), 10000);
        return;
    }
    while (const auto orphan = m_autosave->claimOrphan()) {
        QFile file(orphan->file);
        const QByteArray bytes = file.open(QIODevice::ReadOnly) ? file.read(kMaxSceneBytes + (2 << 20)) : QByteArray();
        file.close();
        const auto state = parseAutosave(bytes);
        if (!state) {
            showError(tr("The unsaved work of a session that did not shut down normally cannot be restored (%1): %2")
                          .arg(QDir::toNativeSeparators(orphan->file), translateEngineMessage(state.error().message)));
            Autosave::release(*orphan);
            continue;
        }
        const QDateTime when = (state->savedAt.isValid() ? state->savedAt : orphan->modified).toLocalTime();
        const QString time = when.date() == QDate::currentDate() ? QLocale().toString(when.time(), QStringLiteral("HH:mm"))
                                                                 : QLocale().toString(when, QStringLiteral("d MMM yyyy HH:mm"));
        const QString what = state->sceneModified && state->networkModified ? tr("the unsaved scene and network")
            : state->networkModified                                         ? tr("the unsaved network")
                                                                             : tr("the unsaved scene");
        const auto answer = ask(tr("ConvScope did not shut down normally. Restore %1 from %2?").arg(what, time),
            tr("Yes opens it with its changes still unsaved; No deletes it."), QMessageBox::Yes | QMessageBox::No);
        if (answer == QMessageBox::Yes) {
            statusBar()->showMessage(tr("Restored the unsaved work from %1").arg(time), 8000);
            restoreAutosave(*state, Autosave::paintedImagePathFor(orphan->file)); // a problem replaces the message
            m_autosave->flush(); // this session's own autosave holds it before the old one goes
            Autosave::release(*orphan);
            break;
        }
        Autosave::release(*orphan);
    }
    if (isSceneModified() || isNetworkModified())
        m_autosave->schedule();
}

} // namespace convscope::ui
