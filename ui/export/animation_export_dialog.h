#pragma once

// The settings of an animation export: format (GIF or MP4), the step range, the speed and the
// size, with the frame count and duration they give. The choices are remembered (QSettings)
// except the range, which starts as the whole animation.

#include "stage_export.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QSpinBox;

namespace convscope::ui {

class AnimationExportDialog : public QDialog {
    Q_OBJECT
public:
    // `steps`: the animation's step count; `fps`: the speed offered when none is remembered.
    AnimationExportDialog(int steps, int fps, QWidget* parent = nullptr);

    [[nodiscard]] ExportFormat format() const;
    [[nodiscard]] AnimationExport settings() const; // steps 0-based
    void remember() const; // stores the choices for the next time

private:
    void updateSummary();

    QComboBox* m_format;
    QSpinBox* m_first;
    QSpinBox* m_last;
    QSpinBox* m_fps;
    QSpinBox* m_width;
    QSpinBox* m_height;
    QLabel* m_summary;
};

} // namespace convscope::ui
