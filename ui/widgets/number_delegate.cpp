#include "number_delegate.h"

#include <QDoubleValidator>
#include <QLineEdit>

#include <cmath>

namespace convscope::ui {

NumberDelegate::NumberDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{
}

QString NumberDelegate::format(double value, const QLocale& locale)
{
    // "-0" would puzzle an audience (-0.0 == 0.0, so this drops the sign); 4 significant digits
    // keep a cell narrow.
    return locale.toString(value == 0.0 ? 0.0 : value, 'g', 4);
}

QString NumberDelegate::displayText(const QVariant& value, const QLocale& locale) const
{
    bool ok = false;
    const double v = value.toDouble(&ok);
    return ok ? format(v, locale) : QStyledItemDelegate::displayText(value, locale);
}

QWidget* NumberDelegate::createEditor(
    QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const
{
    auto* editor = new QLineEdit(parent);
    editor->setObjectName(QStringLiteral("numberEditor"));
    auto* validator = new QDoubleValidator(-1e6, 1e6, 6, editor);
    validator->setNotation(QDoubleValidator::StandardNotation);
    editor->setValidator(validator);
    editor->setAlignment(Qt::AlignCenter);
    editor->setFrame(false);
    return editor;
}

void NumberDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* line = static_cast<QLineEdit*>(editor);
    // The full value, not the rounded display, so that tabbing through a cell changes nothing.
    const double v = index.data(Qt::EditRole).toDouble();
    line->setText(line->locale().toString(v, 'g', 7));
    line->selectAll();
}

void NumberDelegate::setModelData(
    QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    auto* line = static_cast<QLineEdit*>(editor);
    bool ok = false;
    const double v = line->locale().toDouble(line->text(), &ok);
    if (!ok || !std::isfinite(v))
        return; // an empty or half-typed number keeps the old value
    const double old = index.data(Qt::EditRole).toDouble();
    if (static_cast<float>(v) == static_cast<float>(old))
        return;
    model->setData(index, v, Qt::EditRole);
}

} // namespace convscope::ui
