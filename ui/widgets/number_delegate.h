#pragma once

// Shows numbers short enough to read in a small cell (4 significant digits) and edits them in a
// line edit that accepts only numbers, in the user's locale.

#include <QStyledItemDelegate>

namespace convscope::ui {

class NumberDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit NumberDelegate(QObject* parent = nullptr);

    [[nodiscard]] QString displayText(const QVariant& value, const QLocale& locale) const override;
    [[nodiscard]] QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
        const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(
        QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

    // The text a cell shows for a value ("0.0625", "-4", "0.3333").
    [[nodiscard]] static QString format(double value, const QLocale& locale = QLocale());
};

} // namespace convscope::ui
