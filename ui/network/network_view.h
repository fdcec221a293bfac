#pragma once

// The Network view: the layer stack beside the input image (with the receptive field drawn on
// it), the summary table and the charts below the image, and the feature-map gallery on the right.
// Clicking a feature-map cell draws its receptive field and the chain of windows that feed it;
// selecting a layer (list, table or gallery) selects it everywhere; hovering a summary row shows
// that layer's receptive-field size on the image; a selected convolution's kernel and channels
// go to the Parameter counts tab.

#include <QWidget>

class QComboBox;
class QFrame;
class QLabel;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTabWidget;

namespace convscope::ui {

class FeatureMapGallery;
class ImageRfView;
class LayerStackEditor;
class NetworkModel;
class ParameterArguments;
class RfChart;
class RfComparison;
class SummaryTable;

class NetworkView : public QWidget {
    Q_OBJECT
public:
    explicit NetworkView(NetworkModel *model, QWidget *parent = nullptr);

    [[nodiscard]] NetworkModel *model() const { return m_model; }
    [[nodiscard]] LayerStackEditor *editor() const { return m_editor; }
    [[nodiscard]] SummaryTable *table() const { return m_table; }
    [[nodiscard]] FeatureMapGallery *gallery() const { return m_gallery; }
    [[nodiscard]] ImageRfView *imageView() const { return m_image; }
    [[nodiscard]] QTabWidget *tabs() const { return m_tabs; }
    [[nodiscard]] ParameterArguments *arguments() const { return m_arguments; }

    // Selects a layer in the list, the table and the gallery.
    void selectLayer(int layer);
    // Whether the table shows the shapes for the network's own input size (else the picture's).
    [[nodiscard]] bool showsSpecShapes() const;
    void setShowsSpecShapes(bool spec);

private:
    void updateSummary();
    void updateMaps();
    void updateImage();
    void updateStatus();
    void onCellClicked(int layer, int channel, const std::vector<int> &position);
    void onRowHovered(int layer);
    // A selected convolution puts its kernel, C and D into the Parameter counts tab.
    void showArgumentsFor(int layer);

    NetworkModel *m_model;
    LayerStackEditor *m_editor;
    ImageRfView *m_image;
    QLabel *m_imageInfo;
    QComboBox *m_shapesFor;
    SummaryTable *m_table;
    QLabel *m_tableProblem;
    QTabWidget *m_tabs;
    RfChart *m_chart;
    RfComparison *m_comparison;
    ParameterArguments *m_arguments;
    QFrame *m_largeBanner;
    QLabel *m_largeText;
    FeatureMapGallery *m_gallery;
    QLabel *m_mapsStatus;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    quint64 m_shownMaps = 0;
};

} // namespace convscope::ui
