#include "dims_spin_box.h"

#include <QHBoxLayout>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QToolButton>

#include <algorithm>

namespace convscope::ui {

DimsSpinBox::DimsSpinBox(const QString& name, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(name);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    for (int axis = 0; axis < 3; ++axis) {
        m_spins[axis] = new QSpinBox(this);
        m_spins[axis]->setObjectName(name + QStringLiteral("Spin%1").arg(axis));
        m_spins[axis]->setAccelerated(true);
        m_spins[axis]->setMinimumWidth(64);
        connect(m_spins[axis], &QSpinBox::valueChanged, this,
            [this, axis](int value) { onSpinChanged(axis, value); });
    }
    m_lock = new QToolButton(this);
    m_lock->setObjectName(name + QStringLiteral("Lock"));
    m_lock->setCheckable(true);
    m_lock->setChecked(true);
    m_lock->setAutoRaise(false);
    m_lock->setMinimumWidth(28);
    connect(m_lock, &QToolButton::toggled, this, &DimsSpinBox::onLockToggled);
    updateLockText();

    layout->addWidget(m_spins[0], 1);
    layout->addWidget(m_lock);
    layout->addWidget(m_spins[1], 1);
    layout->addWidget(m_spins[2], 1);
    m_spins[2]->hide();
    setFocusProxy(m_spins[0]);
}

void DimsSpinBox::setRange(int minimum, int maximum)
{
    for (QSpinBox* spin : m_spins) {
        const QSignalBlocker blocker(spin);
        spin->setRange(minimum, maximum);
    }
}

void DimsSpinBox::setDimensions(int dimensions)
{
    m_dimensions = std::clamp(dimensions, 1, 3);
    m_lock->setVisible(m_dimensions > 1);
    m_spins[1]->setVisible(m_dimensions > 1);
    m_spins[2]->setVisible(m_dimensions == 3);
    // Three boxes share the width two had (a field's row stays as wide as before).
    for (QSpinBox* spin : m_spins)
        spin->setMinimumWidth(m_dimensions == 3 ? 40 : 64);
    updateLockText();
    applyHelp();
}

void DimsSpinBox::setValues(int first, int second)
{
    setValues(first, m_dimensions == 1 ? first : second, m_dimensions == 1 ? first : second);
}

void DimsSpinBox::setValues(int first, int second, int third)
{
    const int values[3] = { first, second, third };
    for (int axis = 0; axis < 3; ++axis) {
        const QSignalBlocker blocker(m_spins[axis]);
        if (m_spins[axis]->value() != values[axis])
            m_spins[axis]->setValue(values[axis]);
    }
    bool equal = true;
    for (int axis = 1; axis < m_dimensions; ++axis)
        equal = equal && values[axis] == first;
    if (!equal && isLocked()) {
        const QSignalBlocker blocker(m_lock);
        m_lock->setChecked(false);
        updateLockText();
    }
}

int DimsSpinBox::value(int axis) const
{
    return m_spins[std::clamp(axis, 0, m_dimensions - 1)]->value();
}

QSpinBox* DimsSpinBox::spinBox(int axis) const
{
    return m_spins[std::clamp(axis, 0, 2)];
}

bool DimsSpinBox::isLocked() const
{
    return m_lock->isChecked();
}

void DimsSpinBox::setLocked(bool locked)
{
    m_lock->setChecked(locked);
}

void DimsSpinBox::setHelp(const QString& help)
{
    m_help = help;
    applyHelp();
}

void DimsSpinBox::applyHelp()
{
    QString texts[3];
    if (m_dimensions == 3)
        texts[0] = tr("Depth. %1").arg(m_help);
    else
        texts[0] = m_dimensions == 1 ? m_help : tr("Height. %1").arg(m_help);
    texts[1] = (m_dimensions == 3 ? tr("Height. %1") : tr("Width. %1")).arg(m_help);
    texts[2] = tr("Width. %1").arg(m_help);
    for (int axis = 0; axis < 3; ++axis) {
        m_spins[axis]->setProperty("help", texts[axis]);
        if (!m_spins[axis]->property("invalid").toBool())
            m_spins[axis]->setToolTip(texts[axis]);
    }
}

void DimsSpinBox::onSpinChanged(int axis, int value)
{
    // With the lock on, every dimension follows the edited one, and the edit is one change.
    if (m_dimensions > 1 && isLocked()) {
        for (int other = 0; other < 3; ++other) {
            if (other == axis)
                continue;
            const QSignalBlocker blocker(m_spins[other]);
            m_spins[other]->setValue(value);
        }
    }
    emit valuesChanged();
}

void DimsSpinBox::onLockToggled(bool locked)
{
    updateLockText();
    bool changed = false;
    for (int axis = 1; locked && axis < 3; ++axis) {
        if (m_spins[axis]->value() == m_spins[0]->value())
            continue;
        const QSignalBlocker blocker(m_spins[axis]);
        m_spins[axis]->setValue(m_spins[0]->value());
        changed = changed || axis < m_dimensions;
    }
    if (changed)
        emit valuesChanged();
}

void DimsSpinBox::updateLockText()
{
    // "=" reads as "height = width" from the back of the room; the tooltip says it in words.
    m_lock->setText(isLocked() ? QStringLiteral("=") : QStringLiteral("≠"));
    if (m_dimensions == 3)
        m_lock->setToolTip(isLocked()
                ? tr("Same for all three: depth, height and width change together. Click to set them separately.")
                : tr("Depth, height and width are set separately. Click to make them the same."));
    else
        m_lock->setToolTip(isLocked()
                ? tr("Same for both: height and width change together. Click to set them separately.")
                : tr("Height and width are set separately. Click to make them the same."));
}

} // namespace convscope::ui
