#pragma once

// The input image with a receptive field drawn on it: the region an output cell sees (clipped at
// the border, the part in the padding drawn outside the image as a hatched band), the chain of
// windows in the earlier layers that feed the cell (a small diagram beside the image), and a
// square of a layer's receptive-field size centred on the image (while a summary row is hovered).
// Zoom with the wheel, pan by dragging, double-click to fit. 1-d networks: the input is a strip.
//
// A pure view: it is given the summary and the cell and asks the engine for the regions.

#include "network.h"

#include <QImage>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <optional>
#include <vector>

namespace convscope::ui {

class ImageRfView : public QWidget {
    Q_OBJECT
public:
    explicit ImageRfView(QWidget* parent = nullptr);

    // The input picture; its size is the input's spatial size (rows = height).
    void setImage(const QImage& image);
    // An input without a picture (a numeric grid or a 1-d signal): drawn as an outlined area
    // (2-d) or a strip (1-d) of this spatial size.
    void setInputSize(const std::vector<int>& spatialSize);

    // The receptive field of output cell `position` of layer `layer`, with its chain of windows
    // (receptiveChain). A refusal (a flat layer, a position outside the map) shows its message
    // and no region. Returns whether a region is shown.
    bool setReceptiveField(const Summary& summary, int layer, const std::vector<int>& position);
    void clearReceptiveField();
    // A square (an interval for 1-d) of the given per-dimension size centred on the input, for
    // "this layer sees r x r pixels"; an empty size removes it.
    void setHoverSize(const QString& layerName, const std::vector<std::int64_t>& size);
    void clearHover();
    void setChainVisible(bool visible);
    void zoomToFit();

    // "layer pool5, cell (3, 4): input rows 40..251, cols 88..299 (212x212)", or the refusal.
    [[nodiscard]] QString labelText() const { return m_label; }
    // The region on the input, per dimension, as the engine gave it (empty: none shown).
    [[nodiscard]] const std::vector<Interval>& region() const { return m_region; }
    // Where input pixel (x, y) is drawn, in widget coordinates (tests, overlays).
    [[nodiscard]] QPointF imageToWidget(const QPointF& imagePoint) const;

    [[nodiscard]] QSize sizeHint() const override { return { 640, 420 }; }
    [[nodiscard]] QSize minimumSizeHint() const override { return { 240, 160 }; }

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;

private:
    struct Link {
        QString name; // "input" or the layer's name
        std::vector<int> size; // the map's spatial size
        std::vector<Interval> region;
    };

    [[nodiscard]] QRectF imageArea() const; // where the picture may be drawn
    [[nodiscard]] QRectF chainArea() const;
    [[nodiscard]] QSizeF inputExtent() const; // (width, height) in input cells
    void paintChain(class QPainter& painter, const QRectF& area) const;

    QImage m_image;
    std::vector<int> m_size; // spatial size: (H, W) or (L)
    std::vector<Interval> m_region;
    std::vector<Link> m_chain;
    QString m_label;
    QString m_hoverName;
    std::vector<std::int64_t> m_hoverSize;
    bool m_chainVisible = true;
    double m_zoom = 1.0; // multiplies the fitted scale
    QPointF m_pan; // offset of the picture, in widget pixels
    std::optional<QPointF> m_dragFrom;
};

} // namespace convscope::ui
