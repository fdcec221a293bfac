#include "animation_export_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>

#include <algorithm>

namespace convscope::ui {

namespace {

const QString kFormatKey = QStringLiteral("export/animationFormat");
const QString kFpsKey = QStringLiteral("export/fps");
const QString kSizeKey = QStringLiteral("export/size");

QSpinBox* spin(int low, int high, int value, const QString& tip, QWidget* parent)
{
    auto* box = new QSpinBox(parent);
    box->setRange(low, high);
    box->setValue(std::clamp(value, low, high));
    box->setToolTip(tip);
    box->setAccelerated(true);
    return box;
}

} // namespace

AnimationExportDialog::AnimationExportDialog(int steps, int fps, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Export animation"));
    const QSettings settings;
    const int lastStep = std::max(1, steps);

    m_format = new QComboBox(this);
    m_format->addItem(tr("Animated GIF (loops; for slides and web pages)"), static_cast<int>(ExportFormat::Gif));
    m_format->addItem(tr("MP4 video (H.264 or MPEG-4; smaller for long animations)"), static_cast<int>(ExportFormat::Mp4));
    m_format->setCurrentIndex(settings.value(kFormatKey).toString() == QLatin1String("mp4") ? 1 : 0);

    m_first = spin(1, lastStep, 1, tr("The first step the export shows (as the transport counts: 1 is the first)"), this);
    m_last = spin(1, lastStep, lastStep, tr("The last step the export shows"), this);
    m_fps = spin(kExportMinFps, kExportMaxFps, settings.value(kFpsKey, fps).toInt(),
        tr("Frames per second: one frame per step, so this is the speed in steps per second"), this);
    m_fps->setSuffix(tr(" steps/s"));
    const QSize size = settings.value(kSizeKey, QSize(1600, 1000)).toSize();
    m_width = spin(kExportMinSide, kExportMaxSide, size.width(), tr("Width of the frames in pixels"), this);
    m_height = spin(kExportMinSide, kExportMaxSide, size.height(), tr("Height of the frames in pixels"), this);
    m_width->setSuffix(tr(" px"));
    m_height->setSuffix(tr(" px"));
    m_summary = new QLabel(this);

    auto* grid = new QGridLayout;
    int row = 0;
    auto* formatLabel = new QLabel(tr("&Format:"), this);
    formatLabel->setBuddy(m_format);
    grid->addWidget(formatLabel, row, 0);
    grid->addWidget(m_format, row++, 1, 1, 3);
    auto* from = new QLabel(tr("&Steps from:"), this);
    from->setBuddy(m_first);
    grid->addWidget(from, row, 0);
    grid->addWidget(m_first, row, 1);
    grid->addWidget(new QLabel(tr("to"), this), row, 2, Qt::AlignCenter);
    grid->addWidget(m_last, row++, 3);
    auto* speed = new QLabel(tr("S&peed:"), this);
    speed->setBuddy(m_fps);
    grid->addWidget(speed, row, 0);
    grid->addWidget(m_fps, row++, 1);
    auto* sizeLabel = new QLabel(tr("Si&ze:"), this);
    sizeLabel->setBuddy(m_width);
    grid->addWidget(sizeLabel, row, 0);
    grid->addWidget(m_width, row, 1);
    grid->addWidget(new QLabel(QStringLiteral("×"), this), row, 2, Qt::AlignCenter);
    grid->addWidget(m_height, row++, 3);
    grid->addWidget(m_summary, row++, 0, 1, 4);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(buttons);

    // The range stays ordered: moving one end past the other moves the other along.
    connect(m_first, &QSpinBox::valueChanged, this, [this](int v) {
        if (m_last->value() < v)
            m_last->setValue(v);
        updateSummary();
    });
    connect(m_last, &QSpinBox::valueChanged, this, [this](int v) {
        if (m_first->value() > v)
            m_first->setValue(v);
        updateSummary();
    });
    for (QSpinBox* box : { m_fps, m_width, m_height })
        connect(box, &QSpinBox::valueChanged, this, &AnimationExportDialog::updateSummary);
    connect(m_format, &QComboBox::currentIndexChanged, this, &AnimationExportDialog::updateSummary);
    updateSummary();
}

ExportFormat AnimationExportDialog::format() const
{
    return static_cast<ExportFormat>(m_format->currentData().toInt());
}

AnimationExport AnimationExportDialog::settings() const
{
    AnimationExport s;
    s.firstStep = m_first->value() - 1;
    s.lastStep = m_last->value() - 1;
    s.fps = m_fps->value();
    s.size = QSize(m_width->value(), m_height->value());
    return s;
}

void AnimationExportDialog::remember() const
{
    QSettings settings;
    settings.setValue(kFormatKey, exportSuffix(format()));
    settings.setValue(kFpsKey, m_fps->value());
    settings.setValue(kSizeKey, QSize(m_width->value(), m_height->value()));
}

void AnimationExportDialog::updateSummary()
{
    const int frames = m_last->value() - m_first->value() + 1;
    const double seconds = double(frames) / m_fps->value();
    QString text = (frames == 1 ? tr("1 frame") : tr("%1 frames").arg(frames))
        + tr(", %1 s (one frame per step)").arg(seconds, 0, 'f', seconds < 10 ? 1 : 0);
    if (format() == ExportFormat::Mp4 && (m_width->value() % 2 || m_height->value() % 2))
        text += tr(" · MP4 rounds the size down to even sides");
    if (frames > kExportMaxFrames)
        text = tr("%1 frames: at most %2 per export, choose a shorter range").arg(frames).arg(kExportMaxFrames);
    m_summary->setText(text);
    if (auto* ok = findChild<QDialogButtonBox*>())
        ok->button(QDialogButtonBox::Ok)->setEnabled(frames <= kExportMaxFrames);
}

} // namespace convscope::ui
