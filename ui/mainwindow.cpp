#include "mainwindow.h"

#include <QLabel>
#include <QMessageBox>
#include <QVBoxLayout>

namespace convscope::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("ConvScope"));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_image = new QLabel(central);
    m_image->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_image, 1);
    auto *note = new QLabel(tr("The Playground is coming."), central);
    note->setAlignment(Qt::AlignCenter);
    layout->addWidget(note);
    setCentralWidget(central);
    resize(1200, 800);
}

void MainWindow::openDefault() { }

bool MainWindow::openFile(const QString &) { return false; }

} // namespace convscope::ui
