#pragma once

// A chart (Qt Charts) of the receptive field r per layer of a network: one bar per layer that
// still has a spatial map, the layer names along the axis, the value on each bar.

#include "network.h"

#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QScrollArea;

namespace convscope::ui {

class RfChart : public QWidget {
    Q_OBJECT
public:
    explicit RfChart(QWidget* parent = nullptr);

    // Layers after a flatten have no receptive field and are left out. For maps whose dimensions
    // differ (e.g. a 3x5 kernel) each dimension gets its own bar set.
    void setSummary(const Summary& summary);
    void clear(const QString& message);

    [[nodiscard]] int pointCount() const; // bars per dimension = layers with a spatial map
    [[nodiscard]] QStringList categories() const; // the layer names on the axis
    [[nodiscard]] std::vector<std::int64_t> values(int dimension = 0) const;

private:
    QChart* m_chart;
    QChartView* m_view;
    QScrollArea* m_scroll;
    QLabel* m_message;
    QStringList m_categories;
    std::vector<std::vector<std::int64_t>> m_values; // per dimension, per shown layer
};

} // namespace convscope::ui
