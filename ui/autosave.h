#pragma once

// Crash-safe autosave: while the window has unsaved changes, its state is written (debounced,
// with QSaveFile) to <AppLocalDataLocation>/autosave/session-<id>.convscope-autosave.json, and a
// QLockFile beside it (session-<id>.lock) marks the running session. A normal exit removes both.
// On the next start, an autosave whose lock is stale (its process is gone: a crash, a kill, a
// power cut) is offered for restoring; an autosave whose session still runs (a second instance)
// is never touched.
//
// File format (JSON):
//   { "format": "convscope-autosave", "version": 1, "savedAt": "2026-11-27T05:47:34Z",
//     "view": "playground" | "network" | "exercises",
//     "sceneFile": "…", "sceneModified": true, "networkFile": "…", "networkModified": false,
//     "scene": { a scene as in CONTRACT.md section 4; its "network" is the Network view's stack },
//     "painted": true (when the scene's photo was painted: session-<id>.painted.png beside it holds
//                the painted photo; the scene's input names the unpainted file) }

#include "error.h"
#include "scene.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

class QLockFile;

namespace convscope::ui {

// What an autosave holds: the whole state a user could lose.
struct AutosaveState {
    Scene scene; // the Playground's scene; scene.network is the Network view's stack
    QString sceneFile; // where the scene was opened from or saved to (empty: untitled)
    QString networkFile; // the network spec the Network view's stack came from (empty: none)
    bool sceneModified = false;
    bool networkModified = false;
    QString view; // "playground", "network" or "exercises"
    bool painted = false; // the photo with painted pixels is in paintedImagePathFor(the autosave)
    QDateTime savedAt; // UTC
};

[[nodiscard]] QByteArray writeAutosave(const AutosaveState &state);
[[nodiscard]] Result<AutosaveState> parseAutosave(const QByteArray &json);

class Autosave : public QObject {
    Q_OBJECT
public:
    // Debounce: written this long after the last change (and at the latest kMaxDelayFactor times
    // as long after the first unsaved one, so steady editing is still saved).
    static constexpr int kDefaultIntervalMs = 20000;
    static constexpr int kMaxDelayFactor = 3;

    explicit Autosave(QObject *parent = nullptr);
    ~Autosave() override; // a normal end: removes this session's autosave and lock

    // The folder the autosaves live in (created by start()).
    [[nodiscard]] static QString directory();

    // Takes this session's lock; false (with errorString()) when the folder is not writable, in
    // which case nothing is ever written.
    bool start();
    [[nodiscard]] bool isActive() const;
    [[nodiscard]] QString errorString() const { return m_error; }
    [[nodiscard]] QString filePath() const { return m_file; }
    [[nodiscard]] QString lockPath() const { return m_lockPath; }
    // Where the painted photo of an autosave goes: session-<id>.painted.png beside it.
    [[nodiscard]] static QString paintedImagePathFor(const QString &autosaveFile);

    // Returns the state to write, or nothing when there are no unsaved changes.
    void setSnapshot(std::function<std::optional<AutosaveState>()> snapshot) { m_snapshot = std::move(snapshot); }

    void setInterval(int ms);
    [[nodiscard]] int interval() const { return m_timer.interval(); }
    // A change happened: write after the debounce interval.
    void schedule();
    [[nodiscard]] bool isPending() const { return m_timer.isActive(); }
    // Writes now (or removes the autosave when there is nothing unsaved); false on a write error.
    bool flush();
    // The session ends normally: removes the autosave and releases the lock.
    void finish();

    // An autosave left by a session that did not end normally, claimed by this process (its lock
    // is taken over) until release() is called.
    struct Orphan {
        QString file;
        std::shared_ptr<QLockFile> lock;
        QDateTime modified;
    };
    // The newest unclaimed orphan, or nothing.
    [[nodiscard]] std::optional<Orphan> claimOrphan() const;
    // Deletes the orphan's autosave and its lock (after restoring or declining it).
    static void release(const Orphan &orphan);

signals:
    void written(const QString &path);
    void failed(const QString &message);

private:
    std::function<std::optional<AutosaveState>()> m_snapshot;
    QTimer m_timer;
    QElapsedTimer m_firstPending;
    std::unique_ptr<QLockFile> m_lock;
    QString m_file;
    QString m_lockPath;
    QString m_error;
};

} // namespace convscope::ui
