#pragma once

// The drawing surface of the FeatureMapGallery (inside its scroll area): the channels of one
// layer as a grid of tiles, each with its label, at a zoom; pictures are made by the gallery's
// worker and only drawn here. 1-d outputs are line plots, flat vectors one bar strip.

#include "image_io.h"
#include "network.h"
#include "tensor.h"

#include <QImage>
#include <QPixmap>
#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

namespace convscope::ui {

// What the canvas shows for one layer: built in a worker thread.
struct GalleryPictures {
    enum class Kind { Maps, Lines, Bars };
    quint64 request = 0;
    int layer = -1;
    Kind kind = Kind::Maps;
    std::vector<int> shape; // the layer's output shape
    std::vector<QImage> images; // Maps: one per channel (3-d: the slices stacked vertically)
    std::vector<DisplayScale> scales; // one per channel (all equal for one scale per layer)
    std::shared_ptr<const std::vector<Tensor>> outputs; // Lines and Bars read the values here
};

// The scale of a set of values: the 99th percentile of |value| (a few strong responses do not
// wash the rest out, as the Playground's maps), diverging when any value is negative.
[[nodiscard]] DisplayScale robustScale(const float* values, std::int64_t count);

// Builds the pictures of one layer (per-layer or per-channel scale). Runs in a worker thread.
[[nodiscard]] GalleryPictures buildGalleryPictures(
    std::shared_ptr<const std::vector<Tensor>> outputs, int layer, bool perChannel, quint64 request);

class GalleryCanvas : public QWidget {
    Q_OBJECT
public:
    explicit GalleryCanvas(QWidget* parent = nullptr);

    void setPictures(GalleryPictures pictures);
    void clear(const QString& message);
    void setZoom(double zoom);
    void setViewportWidth(int width); // lays the tiles out for this width
    void setRegion(std::optional<std::vector<Interval>> region, std::optional<std::vector<int>> cell);
    // The zoom at which the tiles fill the viewport width, at most 8 per row.
    [[nodiscard]] double fitZoom(int viewportWidth, int viewportHeight) const;

    [[nodiscard]] double zoom() const { return m_zoom; }
    [[nodiscard]] const GalleryPictures& pictures() const { return m_pictures; }
    [[nodiscard]] bool hasPictures() const { return m_pictures.layer >= 0; }
    [[nodiscard]] int tileCount() const;
    [[nodiscard]] QRectF tileRect(int tile) const; // the picture area of a tile
    [[nodiscard]] QRectF cellRect(int channel, const std::vector<int>& position) const;

signals:
    void cellClicked(int channel, std::vector<int> position);
    void zoomRequested(double factor, QPoint at); // Ctrl+wheel

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;

private:
    void relayout();
    [[nodiscard]] QSizeF tileSize() const; // the picture area of one tile at the current zoom
    [[nodiscard]] int labelHeight() const;
    void paintLines(QPainter& p, int channel, const QRectF& area) const;
    void paintBars(QPainter& p, const QRectF& area) const;

    GalleryPictures m_pictures;
    QString m_message;
    double m_zoom = 1.0;
    int m_viewportWidth = 400;
    int m_columns = 1;
    std::optional<std::vector<Interval>> m_region;
    std::optional<std::vector<int>> m_cell;
    std::vector<QPixmap> m_cache; // downscaled pictures for zoom < 1
};

} // namespace convscope::ui
