#pragma once

// The learned kernels of a convolution as one picture (engine filterBankImage: one tile per
// output channel, each tap a square, mid-grey 0), with a title, scaled to fit without smoothing so
// every tap stays a crisp square.

#include "tensor.h"

#include <QImage>
#include <QString>
#include <QWidget>

namespace convscope::ui {

class FilterBankView : public QWidget {
    Q_OBJECT
public:
    explicit FilterBankView(QWidget* parent = nullptr);

    // The kernels of a conv weight (O, C, kH, kW) or (O, C, kL). Returns false, and shows the
    // engine's message, for a weight it cannot draw.
    bool setWeight(const QString& title, const Tensor& weight);
    // Any prepared picture.
    void setImage(const QString& title, const QImage& image);
    void clear(const QString& message);

    [[nodiscard]] QString title() const { return m_title; }
    [[nodiscard]] QString message() const { return m_message; }
    [[nodiscard]] const QImage& image() const { return m_image; }
    [[nodiscard]] QSize sizeHint() const override { return { 420, 420 }; }
    [[nodiscard]] QSize minimumSizeHint() const override { return { 120, 120 }; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QString m_title;
    QString m_message;
    QImage m_image;
};

} // namespace convscope::ui
