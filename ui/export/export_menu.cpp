#include "export_menu.h"

#include "animation_export_dialog.h"
#include "i18n/engine_messages.h"
#include "playground/playground_canvas.h"
#include "playground/playground_model.h"
#include "playground/worker_pool.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>
#include <QMainWindow>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPromise>
#include <QSettings>
#include <QStatusBar>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace convscope::ui {

namespace {

const QString kDirKey = QStringLiteral("export/lastDir");

QString message(const Status& status) { return translateEngineMessage(status.error().message); }

} // namespace

ExportMenu::ExportMenu(PlaygroundModel* model, PlaygroundCanvas* canvas, QWidget* owner)
    : QMenu(tr("E&xport"), owner)
    , m_model(model)
    , m_canvas(canvas)
    , m_owner(owner)
{
    const struct {
        QString text;
        ExportFormat format;
        QString tip;
    } stills[] = {
        { tr("Current view as &PNG…"), ExportFormat::Png, tr("The stage as it is shown now, as a PNG picture") },
        { tr("Current view as &SVG…"), ExportFormat::Svg, tr("The stage as it is shown now, as scalable vector graphics") },
        { tr("Current view as P&DF…"), ExportFormat::Pdf, tr("The stage as it is shown now, as a one-page PDF") },
    };
    for (const auto& s : stills) {
        QAction* a = addAction(s.text, this, [this, format = s.format] { exportView(format); });
        a->setStatusTip(s.tip);
        m_actions.append(a);
    }
    addSeparator();
    m_animationAction = addAction(tr("&Animation as GIF/MP4…"), this, &ExportMenu::exportAnimation);
    m_animationAction->setShortcut(QKeySequence(tr("Ctrl+E")));
    m_animationAction->setStatusTip(tr("A range of steps as an animated GIF or an MP4 video, at a chosen speed and size"));
    m_actions.append(m_animationAction);

    connect(&m_watcher, &QFutureWatcher<Status>::finished, this, &ExportMenu::onFinished);
}

ExportMenu::~ExportMenu()
{
    if (m_watcher.isRunning()) {
        m_watcher.cancel();
        m_watcher.waitForFinished();
    }
}

StageOptions ExportMenu::viewOptions() const
{
    StageOptions options;
    if (m_canvas) {
        options = m_canvas->stageOptions();
    } else if (m_model) {
        const Scene& scene = m_model->scene();
        options.theme = scene.view.theme == "dark" ? StageTheme::Dark : StageTheme::Light;
        options.numbers = scene.view.numbers;
        options.zoom = scene.view.zoom;
        options.outputChannel = scene.animation.outputChannel;
    }
    options.hover.reset(); // the pointer is not part of the picture
    return options;
}

QString ExportMenu::suggestedPath(ExportFormat format) const
{
    const QSettings settings;
    QString dir = settings.value(kDirKey, settings.value(QStringLiteral("files/lastDir"))).toString();
    if (dir.isEmpty() || !QDir(dir).exists())
        dir = QDir::homePath();
    QString base = m_model ? QFileInfo(m_model->sceneFile()).fileName() : QString();
    base.remove(QStringLiteral(".convscope.json"));
    if (base.isEmpty() || base.startsWith(QLatin1Char(':')))
        base = QStringLiteral("convscope");
    if (isAnimation(format))
        base += QStringLiteral("-animation");
    return QDir(dir).filePath(base + QLatin1Char('.') + exportSuffix(format));
}

void ExportMenu::report(const QString& text)
{
    if (auto* window = qobject_cast<QMainWindow*>(m_owner.data()))
        window->statusBar()->showMessage(text, 10000);
}

Status ExportMenu::exportViewTo(const QString& path)
{
    const auto format = exportFormatForPath(path);
    if (!format || isAnimation(*format))
        return Error { path.toStdString() + ": the current view exports as .png, .svg or .pdf" };
    if (!m_model || !m_model->state().input)
        return Error { "nothing to export: the scene has no valid picture yet" };
    QSize size = m_canvas ? m_canvas->size() : QSize(1600, 1000);
    size = size.expandedTo(QSize(kExportMinSide, kExportMinSide)).boundedTo(QSize(kExportMaxSide, kExportMaxSide));
    return exportStill(path, *format, m_model->state(), m_model->step(), viewOptions(), size);
}

QString ExportMenu::askSavePath(ExportFormat format, const QString &title)
{
    const QString suffix = exportSuffix(format);
    QString path = QFileDialog::getSaveFileName(
        m_owner, title, suggestedPath(format), tr("%1 files (*.%2)").arg(exportFormatName(format), suffix));
    if (path.isEmpty())
        return path;
    if (QFileInfo(path).suffix().compare(suffix, Qt::CaseInsensitive) != 0)
        path += QLatin1Char('.') + suffix;
    QSettings().setValue(kDirKey, QFileInfo(path).absolutePath());
    return path;
}

void ExportMenu::exportView(ExportFormat format)
{
    const QString path = askSavePath(format, tr("Export the current view as %1").arg(exportFormatName(format)));
    if (path.isEmpty())
        return;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const Status status = exportViewTo(path);
    QGuiApplication::restoreOverrideCursor();
    if (!status) {
        QMessageBox::warning(m_owner, tr("Export"), tr("Cannot export %1: %2").arg(QFileInfo(path).fileName(), message(status)));
        return;
    }
    report(tr("Exported the view to %1 (%2)")
               .arg(QDir::toNativeSeparators(path), QLocale().formattedDataSize(QFileInfo(path).size())));
}

void ExportMenu::exportAnimation()
{
    if (isExporting() || !m_model)
        return;
    const PlaygroundState& state = m_model->state();
    if (!state.input || state.steps <= 0) {
        QMessageBox::information(m_owner, tr("Export animation"), tr("There is no valid picture to export yet."));
        return;
    }
    const double speed = QSettings().value(QStringLiteral("animation/speed"), m_model->scene().animation.stepsPerSecond).toDouble();
    AnimationExportDialog dialog(state.steps, static_cast<int>(std::lround(speed)), m_owner);
    if (dialog.exec() != QDialog::Accepted)
        return;
    dialog.remember();
    const ExportFormat format = dialog.format();
    const QString path = askSavePath(format, tr("Export the animation as %1").arg(exportFormatName(format)));
    if (path.isEmpty())
        return;
    if (const Status status = startAnimationExport(path, format, dialog.settings()); !status)
        QMessageBox::warning(m_owner, tr("Export animation"),
            tr("Cannot export %1: %2").arg(QFileInfo(path).fileName(), message(status)));
}

Status ExportMenu::startAnimationExport(const QString& path, ExportFormat format, const AnimationExport& settings)
{
    if (isExporting())
        return Error { "another export is still running" };
    if (!m_model)
        return Error { "nothing to export" };
    const PlaygroundState state = m_model->state(); // a snapshot: the scene may change meanwhile
    auto range = exportRange(settings, state.steps);
    if (!range)
        return range.error();
    if (!state.output)
        return Error { "the layer's output is still being computed: export again once it is shown" };
    m_path = path;
    m_frames = range->second - range->first + 1;

    // Not on Qt's global pool: the GUI thread's image conversions wait for that pool's threads.
    auto future = QtConcurrent::run(playgroundWorkerPool(),
        [state, options = viewOptions(), settings, path, format](QPromise<Status>& promise) {
            promise.addResult(ui::exportAnimation(path, format, state, options, settings, [&promise](int done, int total) {
                promise.setProgressRange(0, total);
                promise.setProgressValue(done);
                return !promise.isCanceled();
            }));
        });
    for (QAction* a : std::as_const(m_actions))
        a->setEnabled(false);
    auto* progress = new QProgressDialog(tr("Exporting %1 frames to %2…").arg(m_frames).arg(QFileInfo(path).fileName()),
        tr("Cancel"), 0, 0, m_owner);
    progress->setWindowTitle(tr("Export animation"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    connect(progress, &QProgressDialog::canceled, this, &ExportMenu::cancelExport);
    connect(&m_watcher, &QFutureWatcher<Status>::progressRangeChanged, progress, &QProgressDialog::setRange);
    connect(&m_watcher, &QFutureWatcher<Status>::progressValueChanged, progress, &QProgressDialog::setValue);
    m_progress = progress;
    m_watcher.setFuture(future);
    return {};
}

void ExportMenu::cancelExport()
{
    if (m_watcher.isRunning())
        m_watcher.cancel();
    if (m_progress)
        m_progress->setLabelText(tr("Cancelling…"));
}

void ExportMenu::onFinished()
{
    if (m_progress) {
        m_progress->disconnect(this);
        m_progress->close();
    }
    for (QAction* a : std::as_const(m_actions))
        a->setEnabled(true);
    const QFuture<Status> future = m_watcher.future();
    const bool cancelled = future.isCanceled() || future.resultCount() == 0
        || (!future.result().ok() && future.result().error().field == kExportCancelled);
    if (cancelled) {
        report(tr("Export cancelled: nothing was written"));
        emit finished(m_path, false, tr("export cancelled"));
        return;
    }
    const Status status = future.result();
    if (!status) {
        const QString text = message(status);
        report(tr("Export failed: %1").arg(text));
        if (isVisible() || (m_owner && m_owner->isVisible()))
            QMessageBox::warning(m_owner, tr("Export animation"),
                tr("Cannot export %1: %2").arg(QFileInfo(m_path).fileName(), text));
        emit finished(m_path, false, text);
        return;
    }
    const QString text = tr("Exported %1 frames to %2 (%3)")
                             .arg(m_frames)
                             .arg(QDir::toNativeSeparators(m_path), QLocale().formattedDataSize(QFileInfo(m_path).size()));
    report(text);
    emit finished(m_path, true, text);
}

} // namespace convscope::ui
