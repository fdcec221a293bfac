#pragma once

// A horizontal bar whose length is a count relative to a maximum, for the parameter arguments:
// the fully connected layer's N² fills the row while the convolution's 5 is a sliver.

#include <QColor>
#include <QWidget>

#include <cstdint>

namespace convscope::ui {

class CountBar : public QWidget {
    Q_OBJECT
public:
    explicit CountBar(QColor colour, QWidget* parent = nullptr);
    void setValue(std::int64_t value, std::int64_t maximum);
    [[nodiscard]] QSize sizeHint() const override { return { 240, 14 }; }
    [[nodiscard]] QSize minimumSizeHint() const override { return { 60, 10 }; }

protected:
    void paintEvent(class QPaintEvent* event) override;

private:
    QColor m_colour;
    std::int64_t m_value = 0;
    std::int64_t m_maximum = 1;
};

} // namespace convscope::ui
