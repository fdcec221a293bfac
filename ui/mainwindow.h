#pragma once

#include <QMainWindow>

class QLabel;

namespace convscope::ui {

// The application window. For now it shows the loaded image; the Playground and the Network
// view arrive with their issues.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    void openDefault();
    // Opens an image; on failure shows a message box (when the window is visible) and keeps the
    // current image. Returns whether it loaded.
    bool openFile(const QString &path);
    [[nodiscard]] QString lastError() const { return m_lastError; }

private:
    void openDialog();
    void showImage(const QImage &image, const QString &title);

    QLabel *m_image = nullptr;
    QLabel *m_caption = nullptr;
    QString m_lastError;
};

} // namespace convscope::ui
