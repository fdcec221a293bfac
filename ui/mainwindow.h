#pragma once

#include <QMainWindow>
#include <QMessageBox>

#include <functional>
#include <optional>

class QAction;
class QLabel;
class QSlider;
class QDoubleSpinBox;
class QMenu;
class QDockWidget;
class QStackedWidget;
class QToolBar;
class QUndoGroup;

namespace convscope::ui {

class AnimationController;
class Autosave;
struct AutosaveState;
class FeatureMapPanel;
class NetworkModel;
class NetworkView;
class ParameterPanel;
class PlaygroundCanvas;
class PlaygroundModel;

// The application window: the Playground (controls · animated stage · whole-image feature maps),
// menus and the transport bar. Opens images and scenes; saves scenes; remembers the last session.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // The last session's scene if there is one, else the bundled default scene.
    void openDefault();
    // Opens an image (as the Playground's input) or a scene, by extension; on failure shows a
    // message box (when visible), keeps the current state and returns false.
    bool openFile(const QString &path);
    bool openScene(const QString &path);
    bool openImage(const QString &path);
    bool saveSceneAs(const QString &path);
    // The Network view: a network spec (*.json with "format": "convscope-network") or an ONNX
    // model, as one undoable step; a bad file shows a message and changes nothing.
    bool openNetwork(const QString &path);
    bool saveNetworkAs(const QString &path);
    bool loadWeights(const QString &path);
    bool openPreset(const QString &id);
    // A lecture (*.convscope-lecture.json): its first scene opens; next/previousScene step through
    // it like slides. A bad lecture shows a message and changes nothing.
    bool openLecture(const QString &path);
    bool nextScene();
    bool previousScene();
    [[nodiscard]] int lectureIndex() const { return m_lectureIndex; } // -1 without a lecture
    [[nodiscard]] int lectureSize() const { return static_cast<int>(m_lectureScenes.size()); }
    [[nodiscard]] QString lectureIndicator() const;

    // Presenter mode (F5, Esc leaves): full screen, only the stage and the transport bar, large
    // type; leaving restores the window as it was.
    void setPresenterMode(bool on);
    [[nodiscard]] bool isPresenterMode() const { return m_presenter; }

    enum class View { Playground, Network, Exercises }; // the order of the views' pages
    void setView(View view);
    [[nodiscard]] View view() const;
    [[nodiscard]] NetworkModel *networkModel() const { return m_network; }
    [[nodiscard]] NetworkView *networkView() const { return m_networkView; }
    [[nodiscard]] QString lastError() const { return m_lastError; }

    [[nodiscard]] PlaygroundModel *model() const { return m_model; }
    // Whether a worker is still computing something the window will show.
    [[nodiscard]] bool isBusy() const;
    [[nodiscard]] AnimationController *animation() const { return m_animation; }

    // Unsaved changes (the title's [*]): the scene (Playground) or the network (Network view)
    // differs from what was last opened or saved. Closing, opening another scene, lecture or
    // network, and stepping to another scene of a lecture ask Save / Discard / Cancel first.
    [[nodiscard]] bool isSceneModified() const;
    [[nodiscard]] bool isNetworkModified() const;
    // The network spec the Network view's stack was opened from or saved to (empty: none).
    [[nodiscard]] QString networkFile() const { return m_networkFile; }
    enum Document { SceneDocument = 1, NetworkDocument = 2, AllDocuments = 3 };
    // Asks to save the unsaved changes of `documents` (nothing to ask: true); `question` ends
    // the message ("Save them before closing?"). False when the user cancels or a save fails.
    bool maybeSave(int documents, const QString &question);
    // Every question the window asks (unsaved changes, restoring an autosave) goes through this
    // handler; the default shows a QMessageBox. Tests answer without a dialog.
    using AskHandler = std::function<QMessageBox::StandardButton(const QString &text, const QString &informative,
        QMessageBox::StandardButtons buttons)>;
    void setAskHandler(AskHandler handler) { m_ask = std::move(handler); }
    // Crash-safe autosave (see autosave.h): takes this session's lock, offers to restore the
    // unsaved work a crashed or killed session left, then writes the current state while it has
    // unsaved changes. Off until called (the app calls it; tests use a temporary data folder).
    void startAutosave();
    [[nodiscard]] Autosave *autosave() const { return m_autosave; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createTransport();
    void updateTransport();
    void updateTitle();
    void showError(const QString &message);
    void openDialog();
    void openImageDialog();
    bool save();
    bool saveAsDialog();
    bool saveNetworkDialog();
    QString sceneName() const;
    QMessageBox::StandardButton ask(const QString &text, const QString &informative, QMessageBox::StandardButtons buttons);
    std::optional<AutosaveState> autosaveState() const;
    void restoreAutosave(const AutosaveState &state, const QString &paintedImage);
    bool maybeSaveBeforeOpening(const QString &path);
    void showShortcuts();
    void showAbout();
    void createNetworkMenu();
    void updateNetworkImage();
    void copyAsPytorch();
    bool openLectureScene(int index);
    void updateLectureLabel();

    PlaygroundModel *m_model;
    AnimationController *m_animation;
    PlaygroundCanvas *m_canvas = nullptr;
    ParameterPanel *m_parameters = nullptr;
    FeatureMapPanel *m_featureMaps = nullptr;
    QSlider *m_scrubber = nullptr;
    QLabel *m_stepLabel = nullptr;
    QDoubleSpinBox *m_speed = nullptr;
    QAction *m_playAction = nullptr;
    QAction *m_loopAction = nullptr;
    QMenu *m_examplesMenu = nullptr;
    QString m_lastError;
    NetworkModel *m_network = nullptr;
    NetworkView *m_networkView = nullptr;
    QStackedWidget *m_views = nullptr;
    QUndoGroup *m_undoGroup = nullptr;
    QList<QAction *> m_viewActions;
    QList<QDockWidget *> m_hiddenDocks; // the Playground's docks hidden while the Network view shows
    QToolBar *m_transport = nullptr;
    QAction *m_presenterAction = nullptr;
    QAction *m_darkAction = nullptr;
    QLabel *m_lectureLabel = nullptr;
    QAction *m_lectureLabelAction = nullptr;
    bool m_presenter = false;
    QByteArray m_savedGeometry;
    QByteArray m_savedState;
    Qt::WindowStates m_savedWindowState;
    QString m_lectureTitle;
    QStringList m_lectureScenes;
    int m_lectureIndex = -1;
    Autosave *m_autosave = nullptr;
    AskHandler m_ask;
    QString m_networkFile;
};

} // namespace convscope::ui
