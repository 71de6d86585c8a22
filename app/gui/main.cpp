#include "core/connections/ConnectionStore.h"
#include "core/connections/KeychainSecretStore.h"
#include "ui/MainWindow.h"
#include "ui/SandboxLauncher.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QNetworkAccessManager>
#include <QTimer>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(duper::ConnectionStore::organizationName());
    QApplication::setApplicationName(duper::ConnectionStore::applicationName());
    QApplication::setApplicationDisplayName(QStringLiteral("Duper"));
    QApplication::setApplicationVersion(QStringLiteral(DUPER_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Desktop console for Elasticsearch Cross-Cluster Replication"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QApplication::translate("main", "Save a picture of the window and quit."),
                                        QStringLiteral("file"));
    parser.addOption(screenshot);
    const QCommandLineOption sandbox(
        QStringLiteral("sandbox"),
        QApplication::translate("main", "Start the emulated clusters in this process and connect to them."));
    parser.addOption(sandbox);
    parser.process(app);

    const std::unique_ptr<QSettings> settings = duper::ConnectionStore::openSharedSettings();
    duper::ConnectionStore store(settings.get());
    duper::KeychainSecretStore secrets;
    QNetworkAccessManager network;
    duper::ui::MainWindow window(&store, &secrets, &network, duper::ui::SandboxLauncher::defaultOptions());
    window.show();
    if (parser.isSet(sandbox))
        QTimer::singleShot(0, &window, &duper::ui::MainWindow::startSandbox);

    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        QTimer::singleShot(1000, &window, [&window, file] {
            const bool saved = window.grab().save(file, "PNG");
            QApplication::exit(saved ? 0 : 1);
        });
    }
    return QApplication::exec();
}
