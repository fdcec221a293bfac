#pragma once

#include <QMainWindow>

class QLabel;

namespace convscope::ui {

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    void openDefault();
    bool openFile(const QString &path);

private:
    QLabel *m_image = nullptr;
};

} // namespace convscope::ui
