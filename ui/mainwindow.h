#pragma once

#include <QMainWindow>

class QAction;
class QLabel;
class QSlider;
class QDoubleSpinBox;
class QMenu;

namespace convscope::ui {

class AnimationController;
class FeatureMapPanel;
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
    [[nodiscard]] QString lastError() const { return m_lastError; }

    [[nodiscard]] PlaygroundModel *model() const { return m_model; }
    // Whether a worker is still computing something the window will show.
    [[nodiscard]] bool isBusy() const;
    [[nodiscard]] AnimationController *animation() const { return m_animation; }

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
    void save();
    void saveAsDialog();
    void showShortcuts();
    void showAbout();

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
};

} // namespace convscope::ui
