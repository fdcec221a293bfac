#include "filter_bank_view.h"

#include "cvqt.h"
#include "filter_bank.h"
#include "i18n/engine_messages.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace convscope::ui {

FilterBankView::FilterBankView(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("filterBankView"));
    clear(tr("No convolution weights to show."));
}

bool FilterBankView::setWeight(const QString& title, const Tensor& weight)
{
    // Taps of about 8 px for small banks, fewer for large ones; the picture is scaled to fit.
    int cell = 8;
    if (weight.ndim() >= 3) {
        const int tiles = weight.dim(0);
        const int columns = static_cast<int>(std::ceil(std::sqrt(static_cast<double>(tiles))));
        const int kernel = weight.dim(weight.ndim() - 1);
        cell = std::clamp(1024 / std::max(1, columns * (kernel + 1)), 1, 16);
    }
    auto picture = filterBankImage(weight, cell);
    if (!picture) {
        m_image = QImage();
        m_title = title;
        m_message = translateEngineMessage(picture.error().message);
        update();
        return false;
    }
    setImage(title, matToImage(*picture));
    return true;
}

void FilterBankView::setImage(const QString& title, const QImage& image)
{
    m_title = title;
    m_image = image;
    m_message.clear();
    update();
}

void FilterBankView::clear(const QString& message)
{
    m_title.clear();
    m_image = QImage();
    m_message = message;
    update();
}

void FilterBankView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Window));
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(palette().color(QPalette::WindowText));
    const int titleH = m_title.isEmpty() ? 0 : p.fontMetrics().height() + 8;
    if (titleH > 0)
        p.drawText(QRect(8, 4, width() - 16, titleH - 4), Qt::AlignLeft | Qt::AlignVCenter,
            p.fontMetrics().elidedText(m_title, Qt::ElideRight, width() - 16));
    p.setFont(font());
    const QRect area(8, titleH + 4, width() - 16, height() - titleH - 12);
    if (m_image.isNull()) {
        p.drawText(area, Qt::AlignCenter | Qt::TextWordWrap, m_message);
        return;
    }
    // Whole multiples when enlarging keep every tap the same size.
    double scale = std::min(static_cast<double>(area.width()) / m_image.width(),
        static_cast<double>(area.height()) / m_image.height());
    if (scale > 1.0)
        scale = std::floor(scale);
    const QSizeF size(m_image.width() * scale, m_image.height() * scale);
    const QRectF target(area.left() + (area.width() - size.width()) / 2, area.top() + (area.height() - size.height()) / 2,
        size.width(), size.height());
    p.setRenderHint(QPainter::SmoothPixmapTransform, scale < 1.0);
    p.drawImage(target, m_image);
}

} // namespace convscope::ui
