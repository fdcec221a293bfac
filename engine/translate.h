#pragma once
// Translatable text without Qt. The engine writes a sentence as a pattern marked for Qt Linguist
// and with numbered placeholders, e.g.
//     fillText(translateText("Exercises", QT_TRANSLATE_NOOP("Exercises", "after layer %1")), {n})
// lupdate finds QT_TRANSLATE_NOOP in the source (here a plain pass-through: the engine has no Qt);
// translateText() asks the translator the GUI installs (setTextTranslator: QCoreApplication::
// translate) and returns the English pattern when there is none (command line, engine tests).
// Numbers are substituted after translation, so they keep their format in every language.

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#ifndef QT_TRANSLATE_NOOP
#define QT_TRANSLATE_NOOP(scope, x) x
#endif

namespace convscope {

// context and source are the strings marked with QT_TRANSLATE_NOOP; the result is UTF-8.
using TextTranslator = std::string (*)(const char* context, const char* source);

// Installs the translator (nullptr: English). Set once at start-up, before any text is made.
void setTextTranslator(TextTranslator translator);

// The translation of source in context, or source itself without a translator or translation.
[[nodiscard]] std::string translateText(const char* context, const char* source);

// pattern with %1 .. %9 replaced by args[0] .. args[8], each in one pass (a substituted argument
// that contains "%2" is not substituted again). A placeholder without an argument stays as it is.
[[nodiscard]] std::string fillText(std::string_view pattern, std::initializer_list<std::string> args);
[[nodiscard]] std::string fillText(std::string_view pattern, const std::vector<std::string>& args);

// The thousands separator of grouped numbers in texts ("50,348,032"): "," unless the GUI sets its
// language's ("." for German, where "1,037" would read as a decimal). Set once at start-up, like
// the translator; the command line keeps ",".
void setGroupSeparator(std::string separator);
[[nodiscard]] std::string groupSeparator();

} // namespace convscope
