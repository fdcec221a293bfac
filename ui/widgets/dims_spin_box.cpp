#include "dims_spin_box.h"

#include <QHBoxLayout>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QToolButton>

namespace convscope::ui {

DimsSpinBox::DimsSpinBox(const QString& name, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(name);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    for (int axis = 0; axis < 2; ++axis) {
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
    m_dimensions = dimensions == 1 ? 1 : 2;
    m_lock->setVisible(m_dimensions == 2);
    m_spins[1]->setVisible(m_dimensions == 2);
    applyHelp();
}

void DimsSpinBox::setValues(int first, int second)
{
    const int values[2] = { first, m_dimensions == 1 ? first : second };
    for (int axis = 0; axis < 2; ++axis) {
        const QSignalBlocker blocker(m_spins[axis]);
        if (m_spins[axis]->value() != values[axis])
            m_spins[axis]->setValue(values[axis]);
    }
    if (m_dimensions == 2 && first != second && isLocked()) {
        const QSignalBlocker blocker(m_lock);
        m_lock->setChecked(false);
        updateLockText();
    }
}

int DimsSpinBox::value(int axis) const
{
    return m_spins[axis == 1 && m_dimensions == 2 ? 1 : 0]->value();
}

QSpinBox* DimsSpinBox::spinBox(int axis) const
{
    return m_spins[axis == 1 ? 1 : 0];
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
    const QString texts[2] = { m_dimensions == 1 ? m_help : tr("Height. %1").arg(m_help),
        tr("Width. %1").arg(m_help) };
    for (int axis = 0; axis < 2; ++axis) {
        m_spins[axis]->setProperty("help", texts[axis]);
        if (!m_spins[axis]->property("invalid").toBool())
            m_spins[axis]->setToolTip(texts[axis]);
    }
}

void DimsSpinBox::onSpinChanged(int axis, int value)
{
    // With the lock on, both dimensions follow the edited one, and the edit is one change.
    if (m_dimensions == 2 && isLocked()) {
        QSpinBox* other = m_spins[1 - axis];
        const QSignalBlocker blocker(other);
        other->setValue(value);
    }
    emit valuesChanged();
}

void DimsSpinBox::onLockToggled(bool locked)
{
    updateLockText();
    if (locked && m_spins[1]->value() != m_spins[0]->value()) {
        {
            const QSignalBlocker blocker(m_spins[1]);
            m_spins[1]->setValue(m_spins[0]->value());
        }
        emit valuesChanged();
    }
}

void DimsSpinBox::updateLockText()
{
    // "=" reads as "height = width" from the back of the room; the tooltip says it in words.
    m_lock->setText(isLocked() ? QStringLiteral("=") : QStringLiteral("≠"));
    m_lock->setToolTip(isLocked()
            ? tr("Same for both: height and width change together. Click to set them separately.")
            : tr("Height and width are set separately. Click to make them the same."));
}

} // namespace convscope::ui
