#pragma once

// The Network view's feature maps: every channel of one selected layer's output, with a list of
// all layers beside it (name, shape and a thumbnail of the first channel). Signed maps use the
// diverging blue-white-red map, non-negative maps a grey ramp; one scale per layer or one per
// channel (a toggle), the value range under the maps. 1-d outputs are drawn as line plots, flat
// vectors (flatten, linear) as a bar strip. Zoom with Ctrl+wheel or the +/- buttons.
//
// A pure view: it is given the outputs and reports clicks. The pictures are built off the GUI
// thread (latest request wins); paintEvent draws finished pictures only.

#include "network.h"
#include "tensor.h"

#include <QString>
#include <QStringList>
#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QListWidget;
class QScrollArea;
class QToolButton;

namespace convscope::ui {

class GalleryCanvas;

class FeatureMapGallery : public QWidget {
    Q_OBJECT
public:
    enum class Scale { PerLayer, PerChannel };

    explicit FeatureMapGallery(QWidget* parent = nullptr);
    ~FeatureMapGallery() override;

    // One output per layer, (C, *spatial) or a flat (N); names label the list. The selected layer
    // is kept when it still exists. A null or empty `outputs` is the same as clear().
    void setOutputs(const QStringList& layerNames, std::shared_ptr<const std::vector<Tensor>> outputs);
    // Shows a message instead of maps (e.g. "computing…" or why the stack cannot run).
    void clear(const QString& message);
    // Shows that layer's channels (emits layerSelected when it changes).
    void selectLayer(int layer);
    // The windows of a clicked cell (receptiveChain's result for `layer`): chain[l + 1] is
    // outlined on layer l's maps; an empty chain removes the outlines.
    void setReceptiveChain(int layer, const std::vector<std::vector<Interval>>& chain);
    void setScale(Scale scale);
    void setZoom(double zoom); // 1 = one screen pixel per map cell; clamped to [1/16, 64]
    void zoomToFit(); // the maps of the selected layer fill the width, at most 8 per row

    [[nodiscard]] int layerCount() const;
    [[nodiscard]] int selectedLayer() const { return m_selected; }
    [[nodiscard]] int channelCount() const; // of the selected layer (1 for a flat vector)
    [[nodiscard]] double zoom() const;
    [[nodiscard]] Scale scale() const { return m_scale; }
    [[nodiscard]] bool isBusy() const; // pictures of the selected layer are being built
    [[nodiscard]] QString rangeText() const; // the value range under the maps
    // Where a map cell is drawn, in the coordinates of canvas() (empty when not shown).
    [[nodiscard]] QRectF cellRect(int channel, const std::vector<int>& position) const;
    [[nodiscard]] QWidget* canvas() const;

signals:
    // A click on cell `position` (the map's own coordinates: (row, col), (index) for 1-d and
    // flat outputs, (depth, row, col) for 3-d) of channel `channel` of layer `layer`.
    void cellClicked(int layer, int channel, std::vector<int> position);
    void layerSelected(int layer);
    // The pictures of the selected layer are on screen (tests wait for it).
    void picturesReady();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void rebuildList();
    void startPictures();
    void startThumbnails();
    void updateHeader();
    void updateRegion();
    void zoomBy(double factor);

    QListWidget* m_list;
    QLabel* m_title;
    QLabel* m_range;
    QLabel* m_colourBar;
    QComboBox* m_scaleBox;
    QToolButton* m_zoomIn;
    QToolButton* m_zoomOut;
    QToolButton* m_fit;
    QScrollArea* m_scroll;
    GalleryCanvas* m_canvas;
    QStringList m_names;
    std::shared_ptr<const std::vector<Tensor>> m_outputs;
    int m_selected = -1;
    Scale m_scale = Scale::PerLayer;
    quint64 m_request = 0; // the latest pictures asked for
    quint64 m_delivered = 0; // the pictures on screen
    quint64 m_thumbnailRequest = 0;
    bool m_autoFit = true; // fit the zoom to the width until the user zooms
    int m_chainLayer = -1;
    std::vector<std::vector<Interval>> m_chain;
    std::optional<std::vector<int>> m_clicked; // (layer is m_clickedLayer)
    int m_clickedLayer = -1;
};

} // namespace convscope::ui
