#include "i18n/number_format.h"

namespace convscope::ui {

QLocale numberLocale()
{
    QLocale locale;
    if (locale.language() == QLocale::C)
        locale = QLocale(QLocale::English, QLocale::UnitedStates);
    locale.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
    return locale;
}

QString groupedInteger(std::int64_t value)
{
    return numberLocale().toString(static_cast<qlonglong>(value));
}

QString decimalText(double value, int decimals)
{
    return numberLocale().toString(value, 'f', decimals);
}

} // namespace convscope::ui
