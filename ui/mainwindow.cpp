#include "mainwindow.h"

#include "cvqt.h"
#include "image_io.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
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
    m_image->setMinimumSize(320, 240);
    layout->addWidget(m_image, 1);
    m_caption = new QLabel(central);
    m_caption->setAlignment(Qt::AlignCenter);
    QFont big = m_caption->font();
    big.setPointSize(16);
    m_caption->setFont(big);
    layout->addWidget(m_caption);
    auto *note = new QLabel(tr("The Playground, where a kernel slides over this image, is coming. "
                               "Meanwhile every number is available from the command line: "
                               "convscope --help."),
        central);
    note->setWordWrap(true);
    note->setAlignment(Qt::AlignCenter);
    layout->addWidget(note);
    setCentralWidget(central);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open image…"), this, &MainWindow::openDialog);
    open->setShortcut(QKeySequence::Open);
    open->setToolTip(tr("Open a photo (PNG, JPEG, BMP, TIFF, WebP; up to 50 megapixels)"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);
    resize(1200, 800);
}

void MainWindow::openDefault() { openFile(QStringLiteral(":/images/chelsea.png")); }

bool MainWindow::openFile(const QString &path)
{
    QImage shown;
    if (path.startsWith(QLatin1Char(':'))) {
        // A bundled sample, decoded through Qt's resource system.
        shown = QImage(path).convertToFormat(QImage::Format_RGB888);
        m_lastError = shown.isNull() ? tr("Cannot load %1: missing resource").arg(path) : QString();
    } else {
        const Result<Tensor> image = loadImage(path.toStdString());
        if (image)
            shown = tensorToImage(*image);
        else
            m_lastError = QString::fromStdString(image.error().message);
    }
    if (shown.isNull()) {
        if (isVisible())
            QMessageBox::warning(this, tr("ConvScope"), m_lastError);
        statusBar()->showMessage(m_lastError);
        return false;
    }
    showImage(shown, QFileInfo(path).fileName());
    return true;
}

void MainWindow::showImage(const QImage &image, const QString &title)
{
    m_image->setPixmap(QPixmap::fromImage(image.scaled(m_image->size().expandedTo(image.size()).boundedTo(QSize(1600, 1000)),
        Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    m_caption->setText(tr("%1 — %2 × %3 pixels").arg(title).arg(image.width()).arg(image.height()));
    setWindowTitle(tr("%1 — ConvScope").arg(title));
}

void MainWindow::openDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open image"), QString(),
        tr("Images (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp *.pgm *.ppm);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

} // namespace convscope::ui
