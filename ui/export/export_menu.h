#pragma once

// File ▸ Export: the current view as PNG, SVG or PDF, and the animation as GIF or MP4 (a dialog
// for range, speed and size, then a progress dialog that can cancel). Animations are painted and
// encoded in a worker thread on a snapshot of the model's state, so the window stays responsive;
// one export runs at a time.

#include "stage_export.h"

#include <QFutureWatcher>
#include <QMenu>
#include <QPointer>

class QProgressDialog;

namespace convscope::ui {

class PlaygroundCanvas;
class PlaygroundModel;

class ExportMenu : public QMenu {
    Q_OBJECT
public:
    // `owner`: the window the dialogs belong to (and whose status bar reports the result).
    ExportMenu(PlaygroundModel* model, PlaygroundCanvas* canvas, QWidget* owner);
    ~ExportMenu() override; // cancels a running export and waits for it

    [[nodiscard]] bool isExporting() const { return m_watcher.isRunning(); }
    [[nodiscard]] QAction* animationAction() const { return m_animationAction; }

public slots:
    void exportView(ExportFormat format); // asks for a file name
    void exportAnimation(); // asks for settings and a file name

    // Without dialogs (tests, scripts): the current view at the canvas's size, or an animation
    // started in the worker (finished() reports it).
    Status exportViewTo(const QString& path);
    Status startAnimationExport(const QString& path, ExportFormat format, const AnimationExport& settings);
    void cancelExport();

signals:
    void finished(const QString& path, bool ok, const QString& message);

private:
    void onFinished();
    void report(const QString& message);
    [[nodiscard]] QString suggestedPath(ExportFormat format) const;
    // The save dialog for a format: the path with the format's suffix (the folder remembered),
    // or empty when the user cancels.
    [[nodiscard]] QString askSavePath(ExportFormat format, const QString &title);
    [[nodiscard]] StageOptions viewOptions() const;

    QPointer<PlaygroundModel> m_model;
    QPointer<PlaygroundCanvas> m_canvas;
    QPointer<QWidget> m_owner;
    QAction* m_animationAction = nullptr;
    QList<QAction*> m_actions;
    QFutureWatcher<Status> m_watcher;
    QPointer<QProgressDialog> m_progress;
    QString m_path;
    int m_frames = 0;
};

} // namespace convscope::ui
