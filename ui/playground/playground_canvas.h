#pragma once

// The Playground's stage on screen: paints what paintStage draws for the model's last valid
// state and step, zooms and pans the input, shows the value under the pointer, and turns a click
// on a cell into the step whose window writes (output) or reads (input) it. It stores only view
// state (zoom, pan, hover); the step lives in the model (STYLE.md: animation is a function).

#include "stage_painter.h"

#include <QPointer>
#include <QWidget>

namespace convscope::ui {

class PlaygroundModel;

class PlaygroundCanvas : public QWidget {
    Q_OBJECT
public:
    explicit PlaygroundCanvas(PlaygroundModel* model, QWidget* parent = nullptr);

    // Text sizes times this (presenter mode); 1 by default.
    void setPresenterScale(double scale);
    [[nodiscard]] double presenterScale() const { return m_presenterScale; }
    // The input's magnification (1: fits) and offset; resetView() returns to 1 and no offset.
    void setZoom(double zoom);
    [[nodiscard]] double zoom() const { return m_zoom; }
    void resetView();

    // The options the canvas paints with now (also what an export of this view would use).
    [[nodiscard]] StageOptions stageOptions() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void zoomChanged(double zoom);

protected:
    void paintEvent(QPaintEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    void onSceneChanged();
    void zoomAt(const QPointF& point, double factor);
    void updateHover(const QPointF& point);
    void activateCell(const StageCell& cell);
    void applyCrop(const QPointF& from, const QPointF& to);

    QPointer<PlaygroundModel> m_model;
    double m_presenterScale = 1.0;
    double m_zoom = 1.0;
    QPointF m_pan;
    std::optional<StageCell> m_hover;
    bool m_pressed = false;
    bool m_dragging = false;
    bool m_cropping = false; // Shift+drag on a photo: choosing the input crop
    QPointF m_dragPoint;
    QPointF m_pressPoint;
    QPointF m_panAtPress;
    std::string m_inputKey; // the view resets when the input changes
};

} // namespace convscope::ui
