#include "count_bar.h"

#include <QPainter>

#include <algorithm>

namespace convscope::ui {

CountBar::CountBar(QColor colour, QWidget* parent)
    : QWidget(parent)
    , m_colour(colour)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void CountBar::setValue(std::int64_t value, std::int64_t maximum)
{
    m_value = std::max<std::int64_t>(value, 0);
    m_maximum = std::max<std::int64_t>(maximum, 1);
    update();
}

void CountBar::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    const QRectF track = QRectF(rect()).adjusted(0, 1, -1, -1);
    p.fillRect(track, palette().color(QPalette::AlternateBase));
    const double fraction = static_cast<double>(m_value) / static_cast<double>(m_maximum);
    // At least 2 px, so that a count of 5 next to a million is still visibly there.
    const double length = m_value > 0 ? std::max(2.0, track.width() * std::min(1.0, fraction)) : 0.0;
    p.fillRect(QRectF(track.topLeft(), QSizeF(length, track.height())), m_colour);
}

} // namespace convscope::ui
