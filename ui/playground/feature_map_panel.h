#pragma once

// Beside the animation: the complete output of the layer on the whole image, one map per output
// channel with its colour scale and value range. Computed off the GUI thread on a snapshot of the
// scene (latest request wins); clicking a map makes it the animated output channel.

#include "tensor.h"

#include <QImage>
#include <QSize>
#include <QWidget>

#include <memory>
#include <vector>

class QGridLayout;
class QLabel;
class QTimer;

namespace convscope::ui {

class PlaygroundModel;

class FeatureMapPanel : public QWidget {
    Q_OBJECT
public:
    explicit FeatureMapPanel(PlaygroundModel *model, QWidget *parent = nullptr);
    ~FeatureMapPanel() override;

    // The last finished result: one picture per output channel and the shared value range.
    struct Maps {
        std::vector<QImage> images;
        float low = 0.0f;
        float high = 0.0f;
        bool diverging = false;
        std::vector<int> shape; // (D, *out)
        std::vector<QImage> tiles; // the images resized for tiles of tileSize, in the worker
        QSize tileSize;
        quint64 request = 0;
    };
    [[nodiscard]] const Maps &maps() const { return m_maps; }
    [[nodiscard]] bool isComputing() const { return m_pending != m_finished; }

signals:
    void mapsUpdated();

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void schedule();
    void start();
    void rebuildTiles();
    // The tiles resized smoothly for `inner` in a worker (after the panel was resized).
    void retile(const QSize &inner);
    void updateSelection(); // the animated channel's frame

    PlaygroundModel *m_model;
    QTimer *m_debounce;
    QLabel *m_title;
    QLabel *m_range;
    QLabel *m_colourBar;
    QLabel *m_busy;
    QWidget *m_tilesHost;
    QGridLayout *m_tiles;
    std::vector<QLabel *> m_tileLabels;
    Maps m_maps;
    int m_selected = -1;
    quint64 m_pending = 0;
    quint64 m_finished = 0; // the last request that ended, with maps or without (a failed input)
    bool m_waitingForOutput = false; // for the model's output, which is the panel's too
    std::shared_ptr<std::atomic_bool> m_cancel;
    QSize m_retiling; // the tile size a worker is resizing the maps of request m_retilingRequest for
    quint64 m_retilingRequest = 0;
};

} // namespace convscope::ui
