#pragma once

// One integer per spatial dimension, as PyTorch's per-dimension layer parameters: (height, width)
// in two spin boxes with a toggle that keeps them equal, (depth, height, width) in three with the
// toggle keeping all three equal, or one spin box for 1-D layers.

#include <QWidget>

class QSpinBox;
class QToolButton;

namespace convscope::ui {

class DimsSpinBox : public QWidget {
    Q_OBJECT
public:
    // `name` becomes the objectName; the parts are "<name>Spin0", "<name>Spin1", "<name>Spin2",
    // "<name>Lock", so tests and style sheets can find them.
    explicit DimsSpinBox(const QString& name, QWidget* parent = nullptr);

    void setRange(int minimum, int maximum);
    // 1 shows one spin box (a length), 2 height and width with the lock toggle, 3 depth, height
    // and width with the toggle.
    void setDimensions(int dimensions);
    [[nodiscard]] int dimensions() const { return m_dimensions; }

    // Shows values without emitting valuesChanged; unequal values release the lock, since they
    // can no longer be "the same for both". With 3 dimensions, the two-value form shows the
    // second value for height and width.
    void setValues(int first, int second);
    void setValues(int first, int second, int third);
    // The value of axis 0 .. dimensions() - 1 (a 1-D box answers every axis with its one value).
    [[nodiscard]] int value(int axis) const;
    [[nodiscard]] QSpinBox* spinBox(int axis) const;

    [[nodiscard]] bool isLocked() const;
    void setLocked(bool locked);

    // The same help on every spin box, led by its axis name ("Height. …"); also kept in the
    // property "help", from which a tooltip that showed a problem is restored.
    void setHelp(const QString& help);

signals:
    // A user edit (typing, arrows, or locking made the values equal).
    void valuesChanged();

private:
    void onSpinChanged(int axis, int value);
    void onLockToggled(bool locked);
    void updateLockText();
    void applyHelp();

    QSpinBox* m_spins[3] = { nullptr, nullptr, nullptr };
    QToolButton* m_lock = nullptr;
    int m_dimensions = 2;
    QString m_help;
};

} // namespace convscope::ui
