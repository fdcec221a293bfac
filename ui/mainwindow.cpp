#include "mainwindow.h"

#include "playground/animation_controller.h"
#include "playground/feature_map_panel.h"
#include "playground/parameter_panel.h"
#include "playground/playground_canvas.h"
#include "playground/playground_model.h"
#include "scene.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScrollArea>
#include <QSettings>
#include <QSlider>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QUndoStack>

namespace convscope::ui {

namespace {

const QString kDefaultScene = QStringLiteral(":/scenes/default.convscope.json");

bool isSceneFile(const QString &path) { return path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive); }

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
    setCentralWidget(m_canvas);

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

    createActions();
    createTransport();

    connect(m_model, &PlaygroundModel::stepChanged, this, &MainWindow::updateTransport);
    connect(m_model, &PlaygroundModel::stateChanged, this, &MainWindow::updateTransport);
    connect(m_model, &PlaygroundModel::sceneChanged, this, &MainWindow::updateTitle);
    connect(m_model->undoStack(), &QUndoStack::cleanChanged, this, &MainWindow::updateTitle);
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
    updateTransport();
    updateTitle();
}

MainWindow::~MainWindow()
{
    // The model is this window's first child, so QObject would delete it before the panels that
    // still read it (a spin box losing focus on the way out would write to a deleted model).
    m_animation->pause();
    qDeleteAll(findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly));
    delete takeCentralWidget();
}

bool MainWindow::isBusy() const
{
    return m_featureMaps->isComputing() || (m_model->isValid() && !m_model->state().output);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
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
        m_examplesMenu->addAction(title, this, [this, path] { openScene(path); });
    }
    file->addSeparator();
    QAction *save = file->addAction(tr("&Save scene"), this, &MainWindow::save);
    save->setShortcut(QKeySequence::Save);
    QAction *saveAs = file->addAction(tr("Save scene &as…"), this, &MainWindow::saveAsDialog);
    saveAs->setShortcut(QKeySequence::SaveAs);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_model->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_model->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({ QKeySequence(tr("Ctrl+Shift+Z")), QKeySequence::Redo });
    edit->addAction(undo);
    edit->addAction(redo);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *numbers = view->addAction(tr("Show &numbers in cells"));
    numbers->setCheckable(true);
    numbers->setShortcut(QKeySequence(tr("N")));
    connect(numbers, &QAction::toggled, this, [this](bool on) {
        Scene s = m_model->scene();
        s.view.numbers = on;
        m_model->setScene(s, tr("Numbers in cells"));
    });
    QAction *dark = view->addAction(tr("&Dark theme"));
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
    });
    view->addSeparator();
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        view->addAction(dock->toggleViewAction());

    QMenu *animation = menuBar()->addMenu(tr("&Animation"));
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
    help->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcuts)->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&About ConvScope"), this, &MainWindow::showAbout);
}

void MainWindow::createTransport()
{
    QToolBar *bar = addToolBar(tr("Animation"));
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
        const QSignalBlocker block(m_speed);
        m_speed->setValue(v);
    });
    bar->addWidget(m_speed);
    bar->addAction(m_loopAction);
    m_loopAction->setText(tr("Loop"));
    m_loopAction->setToolTip(tr("Start over after the last step (L)"));
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
    m_playAction->setText(m_animation->isPlaying() ? tr("Pause") : tr("Play"));
    m_playAction->setIcon(style()->standardIcon(m_animation->isPlaying() ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    const QSignalBlocker block(m_speed);
    m_speed->setValue(m_animation->stepsPerSecond());
    const QSignalBlocker blockLoop(m_loopAction);
    m_loopAction->setChecked(m_animation->loops());
}

void MainWindow::updateTitle()
{
    const QString file = m_model->sceneFile();
    QString name = file.isEmpty() || file.startsWith(QLatin1Char(':')) ? QString::fromStdString(m_model->scene().title)
                                                                     : QFileInfo(file).fileName();
    if (name.isEmpty())
        name = tr("Untitled scene");
    setWindowTitle(tr("%1%2 — ConvScope").arg(name, m_model->undoStack()->isClean() ? QString() : QStringLiteral(" *")));
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
    return isSceneFile(path) ? openScene(path) : openImage(path);
}

bool MainWindow::openScene(const QString &path)
{
    auto parsed = readSceneFile(path);
    if (!parsed) {
        showError(tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), QString::fromStdString(parsed.error().message)));
        return false;
    }
    m_animation->pause();
    const Scene previous = m_model->scene();
    const QString previousFile = m_model->sceneFile();
    m_model->resetScene(parsed->scene, path);
    if (!m_model->isValid()) { // an impossible scene would show the previous scene's picture
        const QString problem = m_model->problem();
        m_model->resetScene(previous, previousFile);
        showError(tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), problem));
        return false;
    }
    m_model->setStep(parsed->scene.animation.step);
    m_animation->setStepsPerSecond(parsed->scene.animation.stepsPerSecond);
    m_animation->setLoop(parsed->scene.animation.loop);
    for (const auto &warning : parsed->warnings)
        statusBar()->showMessage(QString::fromStdString(warning), 8000);
    if (!path.startsWith(QLatin1Char(':')))
        QSettings().setValue(QStringLiteral("files/lastDir"), QFileInfo(path).absolutePath());
    updateTitle();
    if (parsed->scene.animation.playing)
        m_animation->play();
    return true;
}

bool MainWindow::openImage(const QString &path)
{
    Scene scene = m_model->scene();
    const Scene previous = scene;
    scene.input.source = InputSource::Image;
    scene.input.path = QFileInfo(path).absoluteFilePath().toStdString();
    scene.input.crop.reset();
    m_model->setScene(scene, tr("Open image"));
    if (m_model->problemField() == QLatin1String("input")) {
        const QString problem = m_model->problem();
        m_model->undoStack()->undo();
        showError(problem);
        return false;
    }
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
    if (scene.input.source == InputSource::Image) {
        const QDir dir = QFileInfo(path).absoluteDir();
        scene.input.path = dir.relativeFilePath(QString::fromStdString(scene.input.path)).toStdString();
    }
    if (auto s = saveScene(path.toStdString(), scene); !s) {
        showError(tr("Cannot save %1: %2").arg(QDir::toNativeSeparators(path), QString::fromStdString(s.error().message)));
        return false;
    }
    if (scene.input.source == InputSource::Image) {
        Scene absolute = m_model->scene();
        m_model->resetScene(absolute, path);
    } else {
        m_model->setSceneFile(path);
    }
    m_model->undoStack()->setClean();
    updateTitle();
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 4000);
    return true;
}

void MainWindow::openDialog()
{
    const QString dir = QSettings().value(QStringLiteral("files/lastDir")).toString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open scene or image"), dir,
        tr("Scenes and images (*.convscope.json *.json *.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp *.pgm *.ppm);;"
           "Scenes (*.convscope.json);;Images (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp *.pgm *.ppm);;All files (*)"));
    if (!path.isEmpty())
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

void MainWindow::save()
{
    const QString file = m_model->sceneFile();
    if (file.isEmpty() || file.startsWith(QLatin1Char(':')))
        saveAsDialog();
    else
        saveSceneAs(file);
}

void MainWindow::saveAsDialog()
{
    const QString dir = QSettings().value(QStringLiteral("files/lastDir")).toString();
    QString path = QFileDialog::getSaveFileName(this, tr("Save scene"), dir, tr("Scenes (*.convscope.json)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".convscope.json")))
        path += QStringLiteral(".convscope.json");
    saveSceneAs(path);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_animation->pause();
    QSettings settings;
    settings.setValue(QStringLiteral("window/size"), size());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("animation/speed"), m_animation->stepsPerSecond());
    settings.setValue(QStringLiteral("animation/loop"), m_animation->loops());
    // The session's scene, so the next start continues where this one stopped.
    if (const QString last = sessionFile(); !last.isEmpty()) {
        QDir().mkpath(QFileInfo(last).absolutePath());
        Scene scene = m_model->scene();
        scene.animation.step = m_model->step();
        (void)saveScene(last.toStdString(), scene);
    }
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && event->mimeData()->urls().size() == 1 && event->mimeData()->urls().first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    openFile(event->mimeData()->urls().first().toLocalFile());
    event->acceptProposedAction();
}

void MainWindow::showShortcuts()
{
    QMessageBox::information(this, tr("Keyboard shortcuts"),
        tr("<table cellpadding='3'>"
           "<tr><td><b>Space</b></td><td>play / pause</td></tr>"
           "<tr><td><b>Right</b>, <b>Page Down</b></td><td>step forward</td></tr>"
           "<tr><td><b>Left</b>, <b>Page Up</b></td><td>step back</td></tr>"
           "<tr><td><b>Home</b> / <b>End</b></td><td>first / last step</td></tr>"
           "<tr><td><b>+</b> / <b>-</b></td><td>faster / slower</td></tr>"
           "<tr><td><b>L</b></td><td>loop on / off</td></tr>"
           "<tr><td><b>N</b></td><td>numbers in cells on / off</td></tr>"
           "<tr><td><b>Ctrl+Z</b> / <b>Ctrl+Shift+Z</b></td><td>undo / redo a parameter edit</td></tr>"
           "<tr><td><b>Ctrl+O</b>, <b>Ctrl+I</b></td><td>open a scene or image, open an image</td></tr>"
           "<tr><td><b>Ctrl+S</b>, <b>Ctrl+Shift+S</b></td><td>save the scene, save as</td></tr>"
           "<tr><td><b>Ctrl+Shift+D</b></td><td>dark theme</td></tr>"
           "<tr><td><b>wheel</b>, <b>drag</b></td><td>zoom and pan the input</td></tr>"
           "<tr><td><b>Shift+drag</b></td><td>crop the photo to a rectangle</td></tr>"
           "<tr><td><b>click a cell</b></td><td>jump to the step that writes or reads it</td></tr>"
           "</table>"));
}

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

} // namespace convscope::ui
