#pragma once
// The interface language: English (the source language) or German, loaded from Qt Linguist
// translations (:/i18n/convscope_de.qm, or share/convscope/translations next to the installed
// executable), plus Qt's own strings (qtbase_de.qm: dialog buttons, context menus). The choice is
// remembered in QSettings; "system" follows QLocale::system().

#include <QObject>
#include <QString>
#include <QStringList>

class QCoreApplication;
class QMenu;
class QWidget;

namespace convscope::ui {

// The languages the interface is translated to, as codes ("en", "de").
[[nodiscard]] QStringList availableLanguages();
// "system", "en" or "de": the remembered choice (QSettings "ui/language"); "system" when unset or
// unknown.
[[nodiscard]] QString languageSetting();
void setLanguageSetting(const QString &choice);
// The language a choice means here: "system" resolves to "de" for a German system locale, else
// "en". An unknown code gives "en".
[[nodiscard]] QString resolveLanguage(const QString &choice);
// The language loaded by the last installTranslators() ("en" before any).
[[nodiscard]] QString currentLanguage();
// Loads the translations of `language` ("en" or "de") into the application, replacing those of a
// previous call, and routes the engine's exercise texts through them. The default QLocale follows
// (spin boxes and number cells: "1,5" in German, "1.5" in English, whatever the system locale;
// files and the command line stay locale-independent). Returns false (and leaves English) when
// the translation file is missing.
bool installTranslators(const QString &language);

// View > Language: System default / English / Deutsch. A new choice is remembered; when it
// changes the language in use, the user is asked to restart (the window is rebuilt in the new
// language) and, on "Restart now", `window` is closed and ConvScope started again with the same
// arguments (`--lang` dropped, so the new choice applies).
[[nodiscard]] QMenu *createLanguageMenu(QWidget *window);

} // namespace convscope::ui
