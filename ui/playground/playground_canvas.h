#pragma once

// The Playground's stage on screen: paints what paintStage draws for the model's last valid
// state and step, zooms and pans the input, shows the value under the pointer, and turns a click
// on a cell into the step whose window writes (output) or reads (input) it. It stores only view
// state (zoom, pan, hover); the step lives in the model (STYLE.md: animation is a function).

#include "pattern_tools.h"
#include "stage_painter.h"

#include <QColor>
#include <QImage>
#include <QPointer>
#include <QWidget>

#include <algorithm>
#include <memory>
#include <optional>
#include <utility>

class QTimer;

namespace convscope::ui {

class PlaygroundModel;

class PlaygroundCanvas : public QWidget {
    Q_OBJECT
public:
    explicit PlaygroundCanvas(PlaygroundModel* model, QWidget* parent = nullptr);
    ~PlaygroundCanvas() override;

    // Text sizes times this (presenter mode); 1 by default.
    void setPresenterScale(double scale);
    [[nodiscard]] double presenterScale() const { return m_presenterScale; }
    // The input's magnification (1: fits) and offset; resetView() returns to 1 and no offset.
    void setZoom(double zoom);
    [[nodiscard]] double zoom() const { return m_zoom; }
    void resetView();

    // The options the canvas paints with now (also what an export of this view would use).
    [[nodiscard]] StageOptions stageOptions() const;

    // What a plain left drag on the input does: pan (default), choose a region that becomes the
    // kernel (also Ctrl+drag with any tool), or paint with the brush or the eraser.
    enum class Tool { Pan, Region, Brush, Eraser };
    void setTool(Tool tool);
    [[nodiscard]] Tool tool() const { return m_tool; }
    // The brush: the value it writes into grid cells, the colour it paints on photos, its radius
    // in cells or pixels (0: one). The eraser writes 0 / black.
    void setBrushValue(double value) { m_brushValue = static_cast<float>(value); }
    void setBrushColour(const QColor& colour) { m_brushColour = colour; }
    void setBrushRadius(int radius) { m_brushRadius = std::clamp(radius, 0, 64); }
    [[nodiscard]] double brushValue() const { return m_brushValue; }
    [[nodiscard]] QColor brushColour() const { return m_brushColour; }
    [[nodiscard]] int brushRadius() const { return m_brushRadius; }
    // "Use as kernel": unit norm or only mean-removed; every output channel or the animated one.
    void setRegionNormalise(bool on) { m_regionNormalise = on; }
    void setRegionAllOutputs(bool on) { m_regionAllOutputs = on; }
    [[nodiscard]] bool regionNormalise() const { return m_regionNormalise; }
    [[nodiscard]] bool regionAllOutputs() const { return m_regionAllOutputs; }
    // The region (cells of the shown input) becomes the kernel, one undo step; false (with a
    // message) when it cannot.
    bool useRegionAsKernel(const InputRegion& region);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // How many stage pictures were drawn in the background and shown (they follow model changes).
    [[nodiscard]] int backgroundFrames() const { return m_backgroundFrames; }

signals:
    void zoomChanged(double zoom);
    void toolChanged(convscope::ui::PlaygroundCanvas::Tool tool);
    void statusMessage(const QString& message); // for the status bar

protected:
    void paintEvent(QPaintEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    void onSceneChanged();
    // Repaints in a later turn of the event loop than the model change that asks for it.
    void updateSoon();
    // What one picture of the stage shows: a picture drawn for a key is shown as long as the
    // canvas's current key is the same.
    struct FrameKey {
        quint64 generation = 0;
        const void* output = nullptr; // the state's activated output; null while it computes
        int step = 0;
        QSize size;
        qreal dpr = 1.0;
        StageOptions options;
        bool operator==(const FrameKey&) const = default;
    };
    [[nodiscard]] FrameKey frameKey() const;
    // A model change (an edit, an arrived output) redraws the stage on a thread of its own and
    // shows it when done, so the GUI thread only copies the picture; the previous picture stays
    // until then. Steps, hover, zoom and pan still paint on the spot.
    void renderInBackground();
    // A background frame is asked for or being drawn.
    [[nodiscard]] bool frameComing() const;
    void zoomAt(const QPointF& point, double factor);
    void updateHover(const QPointF& point);
    void activateCell(const StageCell& cell);
    void applyCrop(const QPointF& from, const QPointF& to);
    void applyRegion(const QPointF& from, const QPointF& to);
    bool canPaint(QString* why) const;
    void paintAt(const QPointF& point);
    void paintCell(int x, int y);
    void finishStroke();

    QPointer<PlaygroundModel> m_model;
    double m_presenterScale = 1.0;
    double m_zoom = 1.0;
    QPointF m_pan;
    std::optional<StageCell> m_hover;
    bool m_pressed = false;
    QTimer* m_updateSoon = nullptr;
    QTimer* m_renderSoon = nullptr;
    QImage m_frame; // the stage as last drawn in the background, for m_frameKey
    FrameKey m_frameKey;
    QImage m_spare; // a picture buffer to draw the next frame into (no fresh pages per frame)
    bool m_rendering = false;
    bool m_renderAgain = false; // the model changed while a frame was being drawn
    int m_backgroundFrames = 0;
    bool m_dragging = false;
    bool m_cropping = false; // Shift+drag on a photo: choosing the input crop
    QPointF m_dragPoint;
    QPointF m_pressPoint;
    QPointF m_panAtPress;
    std::string m_inputKey; // the view resets when the input changes
    Tool m_tool = Tool::Pan;
    bool m_region = false; // Ctrl+drag or the region tool: choosing the kernel's region
    float m_brushValue = 9.0f;
    QColor m_brushColour = Qt::white;
    int m_brushRadius = 0;
    bool m_regionNormalise = false;
    bool m_regionAllOutputs = true;
    bool m_stroking = false;
    Scene m_strokeScene; // the scene when the stroke began (grids)
    std::shared_ptr<const Tensor> m_strokeBefore; // the photo when the stroke began
    std::shared_ptr<Tensor> m_strokeImage; // the photo being painted
    std::optional<std::pair<int, int>> m_lastPaint; // the last painted cell (x, y)
};

} // namespace convscope::ui
