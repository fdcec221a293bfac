// ConvScope: the GUI with no subcommand, a headless command line otherwise.

#include "cli/args.h"
#include "cli/commands.h"

#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>

#include <iostream>
#include <map>
#include <string>
#include <vector>

namespace {

int runGui(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ConvScope"));
    QApplication::setOrganizationName(QStringLiteral("ConvScope"));
    QApplication::setApplicationVersion(QStringLiteral(CONVSCOPE_VERSION));
    const QStringList args = QApplication::arguments();
    convscope::ui::MainWindow window;
    if (args.size() > 1)
        window.openFile(args.at(1));
    else
        window.openDefault();
    window.show();
    return QApplication::exec();
}

} // namespace

int main(int argc, char *argv[])
{
    using namespace convscope::cli;
    const std::vector<std::string> all(argv + 1, argv + argc);
    if (all.empty() || (all.size() == 1 && all[0].rfind("-", 0) != 0 && all[0] != "conv"
            && all[0] != "pool" && all[0] != "summary" && all[0] != "apply" && all[0] != "bench"
            && all[0] != "render" && all[0] != "export"))
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
    if (command == "render" || command == "export")
        return fail(kExitUsage, command + " is not available yet: it arrives with the Playground");
    return fail(kExitUsage, "unknown command '" + command + "' (see convscope --help)");
}
