#pragma once
// Numbers as the interface's language writes them: grouped thousands "1,037,880" in English and
// "1.037.880" in German (where a comma is the decimal mark), decimals "2.5" / "2,5". The language
// sets the default QLocale (installTranslators()); without one (the C locale of tests and of the
// command line) English is used. Files, JSON and the command line never go through these.

#include <QLocale>
#include <QString>

#include <cstdint>

namespace convscope::ui {

// The default locale, or US English when it is the C locale, with thousands grouping on.
[[nodiscard]] QLocale numberLocale();
// 1037880 -> "1,037,880" (English) / "1.037.880" (German).
[[nodiscard]] QString groupedInteger(std::int64_t value);
// 2.5 with 1 decimal -> "2.5" (English) / "2,5" (German).
[[nodiscard]] QString decimalText(double value, int decimals);

} // namespace convscope::ui
