#include "i18n/language.h"

#include "i18n/number_format.h"

#include "translate.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QTranslator>
#include <QWidget>

namespace convscope::ui {

namespace {

const QString kSettingKey = QStringLiteral("ui/language");
const QString kSystem = QStringLiteral("system");

// The installed translators (owned by the application), replaced by each installTranslators().
QTranslator *g_appTranslator = nullptr;
QTranslator *g_qtTranslator = nullptr;
QString g_current = QStringLiteral("en");

std::string translateEngineText(const char *context, const char *source)
{
    return QCoreApplication::translate(context, source).toStdString();
}

void removeTranslator(QTranslator *&translator)
{
    if (!translator)
        return;
    QCoreApplication::removeTranslator(translator);
    delete translator;
    translator = nullptr;
}

struct Language {
    Q_DECLARE_TR_FUNCTIONS(convscope::ui::Language)
};

// The number format of a language: the system's own when it speaks that language (en_GB, de_AT),
// else the language's main one, so German shows decimal commas and English decimal points
// whatever the system is set to.
QLocale localeFor(const QString &language)
{
    const QLocale system = QLocale::system();
    if (language == QLatin1String("de"))
        return system.language() == QLocale::German ? system : QLocale(QLocale::German, QLocale::Germany);
    return system.language() == QLocale::English ? system : QLocale(QLocale::English, QLocale::UnitedStates);
}

} // namespace

QStringList availableLanguages()
{
    return { QStringLiteral("en"), QStringLiteral("de") };
}

QString languageSetting()
{
    const QString value = QSettings().value(kSettingKey, kSystem).toString();
    return availableLanguages().contains(value) ? value : kSystem;
}

void setLanguageSetting(const QString &choice)
{
    QSettings().setValue(kSettingKey, availableLanguages().contains(choice) ? choice : kSystem);
}

QString resolveLanguage(const QString &choice)
{
    if (availableLanguages().contains(choice))
        return choice;
    if (choice == kSystem && QLocale::system().language() == QLocale::German)
        return QStringLiteral("de");
    return QStringLiteral("en");
}

QString currentLanguage()
{
    return g_current;
}

bool installTranslators(const QString &language)
{
    removeTranslator(g_appTranslator);
    removeTranslator(g_qtTranslator);
    setTextTranslator(nullptr);
    g_current = QStringLiteral("en");
    QLocale::setDefault(localeFor(g_current));
    setGroupSeparator(numberLocale().groupSeparator().toStdString());
    QCoreApplication *app = QCoreApplication::instance();
    if (!app || language == QLatin1String("en") || !availableLanguages().contains(language))
        return language == QLatin1String("en");

    // Embedded in the executable; next to an installed one as a fallback.
    auto *translator = new QTranslator(app);
    const QString name = QStringLiteral("convscope_") + language;
    if (!translator->load(name, QStringLiteral(":/i18n"))
        && !translator->load(name, QCoreApplication::applicationDirPath() + QStringLiteral("/../share/convscope/translations"))) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    g_appTranslator = translator;
    // Qt's own strings (dialog buttons, the line edits' context menus), when the system has them.
    auto *qt = new QTranslator(app);
    if (qt->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        g_qtTranslator = qt;
    } else {
        delete qt;
    }
    setTextTranslator(&translateEngineText);
    g_current = language;
    QLocale::setDefault(localeFor(language));
    setGroupSeparator(numberLocale().groupSeparator().toStdString());
    return true;
}

QMenu *createLanguageMenu(QWidget *window)
{
    auto *menu = new QMenu(Language::tr("&Language"), window);
    menu->setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(menu);
    // Each language under its own name, so it can be found whatever the interface shows now.
    const std::pair<QString, QString> items[] = {
        { kSystem, Language::tr("&System default") },
        { QStringLiteral("en"), QStringLiteral("&English") },
        { QStringLiteral("de"), QStringLiteral("&Deutsch") },
    };
    const QString chosen = languageSetting();
    for (const auto &[code, text] : items) {
        QAction *action = menu->addAction(text);
        action->setCheckable(true);
        action->setChecked(code == chosen);
        action->setData(code);
        group->addAction(action);
    }
    QObject::connect(group, &QActionGroup::triggered, window, [window](QAction *action) {
        const QString choice = action->data().toString();
        setLanguageSetting(choice);
        if (resolveLanguage(choice) == currentLanguage())
            return;
        QMessageBox box(QMessageBox::Question, Language::tr("Language"),
            Language::tr("The new language is used from the next start of ConvScope. Restart now? "
                         "The current scene and network are kept."),
            QMessageBox::NoButton, window);
        QPushButton *restart = box.addButton(Language::tr("&Restart now"), QMessageBox::AcceptRole);
        box.addButton(Language::tr("&Later"), QMessageBox::RejectRole);
        box.setDefaultButton(restart);
        box.exec();
        if (box.clickedButton() != restart)
            return;
        // Closing saves the session (scene, network, view), which the new process opens again.
        if (!window->close())
            return;
        if (!QProcess::startDetached(QCoreApplication::applicationFilePath(), {})) {
            QMessageBox::warning(nullptr, Language::tr("Language"),
                Language::tr("ConvScope could not be started again: please start it yourself."));
        }
        QCoreApplication::quit();
    });
    return menu;
}

} // namespace convscope::ui
