// ConvScope: the GUI with no subcommand, a headless command line otherwise.

#include "cli/args.h"
#include "cli/commands.h"

#include "allocator.h"
#include "i18n/language.h"
#include "mainwindow.h"
#include "export_command.h"
#include "render_command.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QIcon>
#include <QSaveFile>
#include <QSize>
#include <QThread>

#include <algorithm>
#include <iostream>
#include <map>
#include <string>
#include <vector>

// Q_INIT_RESOURCE must be used outside any namespace (Qt docs): the images are in a static library.
static void initResources() { Q_INIT_RESOURCE(resources); }

namespace {

int runGui(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        return convscope::cli::fail(convscope::cli::kExitUsage,
            "no display to open the window on: run a subcommand (see convscope --help), or set "
            "QT_QPA_PLATFORM=offscreen");
    convscope::ui::configureAllocator();
    initResources();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ConvScope"));
    QApplication::setOrganizationName(QStringLiteral("ConvScope"));
    QApplication::setApplicationVersion(QStringLiteral(CONVSCOPE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("convscope")); // matches convscope.desktop
    QIcon icon;
    for (const int size : { 16, 32, 48, 256 })
        icon.addFile(QStringLiteral(":/icons/convscope-%1.png").arg(size), QSize(size, size));
    QApplication::setWindowIcon(icon);
    QStringList args = QApplication::arguments();
    args.removeFirst();
    // --screenshot PATH: render the window offscreen to a PNG and exit (run.sh with no display).
    QString screenshot;
    if (const auto i = args.indexOf(QStringLiteral("--screenshot")); i >= 0 && i + 1 < args.size()) {
        screenshot = args.at(i + 1);
        args.remove(i, 2);
    }
    // --presenter: start in presenter mode (full screen, large type; Esc leaves it).
    const bool presenter = args.removeAll(QStringLiteral("--presenter")) > 0;
    // --lang en|de: the interface language for this run (View > Language remembers a choice;
    // without either, the system's language).
    QString language = convscope::ui::resolveLanguage(convscope::ui::languageSetting());
    if (const auto i = args.indexOf(QStringLiteral("--lang")); i >= 0) {
        const QString value = i + 1 < args.size() ? args.at(i + 1) : QString();
        if (!convscope::ui::availableLanguages().contains(value))
            return convscope::cli::fail(convscope::cli::kExitUsage,
                "--lang takes " + convscope::ui::availableLanguages().join(QStringLiteral(" or ")).toStdString()
                    + ", not '" + value.toStdString() + "'");
        language = value;
        args.remove(i, 2);
    }
    if (!convscope::ui::installTranslators(language))
        std::cerr << "convscope: warning: no translation for '" << language.toStdString() << "', using English\n";
    convscope::ui::MainWindow window;
    if (!args.isEmpty())
        window.openFile(args.first());
    else
        window.openDefault();
    if (!screenshot.isEmpty()) {
        window.resize(1600, 1000);
        window.show();
        if (presenter)
            window.setPresenterMode(true);
        QElapsedTimer waited;
        waited.start();
        do {
            QApplication::processEvents(QEventLoop::AllEvents, 20);
            QThread::msleep(10);
        } while (window.isBusy() && waited.elapsed() < 10000);
        QApplication::processEvents();
        // Written whole or not at all: a failed write leaves no half-written PNG.
        QSaveFile file(screenshot);
        if (!file.open(QIODevice::WriteOnly) || !window.grab().save(&file, "PNG") || !file.commit())
            return convscope::cli::fail(convscope::cli::kExitInput, "cannot write " + screenshot.toStdString());
        return convscope::cli::kExitOk;
    }
    window.show();
    if (presenter)
        window.setPresenterMode(true);
    window.startAutosave(); // offers what a crashed session left unsaved
    return QApplication::exec();
}

// The GUI's command line: at most one FILE (not a subcommand's name) and the GUI options
// --presenter, --screenshot PATH, --lang en|de, in any order.
bool isGuiCommandLine(const std::vector<std::string> &all)
{
    static const std::vector<std::string> subcommands { "conv", "pool", "summary", "apply", "bench",
        "render", "export", "help" };
    int files = 0;
    for (std::size_t i = 0; i < all.size(); ++i) {
        const std::string &a = all[i];
        if (a == "--presenter")
            continue;
        if (a == "--screenshot" || a == "--lang") {
            ++i; // its value (a missing one is reported by runGui)
            continue;
        }
        if (a.rfind("-", 0) == 0 || (files == 0 && std::find(subcommands.begin(), subcommands.end(), a) != subcommands.end()))
            return false;
        if (++files > 1)
            return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    using namespace convscope::cli;
    const std::vector<std::string> all(argv + 1, argv + argc);
    if (isGuiCommandLine(all))
        return runGui(argc, argv);

    const std::string command = all[0];
    const std::vector<std::string> rest(all.begin() + 1, all.end());
    if (command == "--help" || command == "-h" || command == "help") {
        std::cout << helpText();
        return kExitOk;
    }
    if (command == "--version") {
        std::cout << "convscope " << CONVSCOPE_VERSION << '\n';
        return kExitOk;
    }
    static const std::map<std::string, int (*)(const std::vector<std::string> &)> commands {
        { "conv", runConv }, { "pool", runPool }, { "summary", runSummary }, { "apply", runApply },
        { "bench", runBench },
    };
    if (auto it = commands.find(command); it != commands.end())
        return it->second(rest);
    if (command == "render") {
        initResources();
        return runRender(argc, argv, rest);
    }
    if (command == "export") {
        initResources();
        return runExport(argc, argv, rest);
    }
    return fail(kExitUsage, "unknown command '" + command + "' (see convscope --help)");
}
