#include "core/AllocatorArenas.h"
#include "core/ApplicationId.h"
#include "core/connections/ConnectionStore.h"
#include "core/connections/KeychainSecretStore.h"
#include "core/i18n/TranslationLoader.h"
#include "core/preferences/AppPreferences.h"
#include "history/HistoryStore.h"
#include "ui/common/ErrorStyle.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/SandboxLauncher.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QIcon>
#include <QNetworkAccessManager>
#include <QStandardPaths>
#include <QTimer>

int main(int argc, char* argv[])
{
    duper::AllocatorArenas::limitTo(1); // before any thread: the follower list's peak memory (see the class)
    QApplication app(argc, argv);
    QApplication::setOrganizationName(duper::ConnectionStore::organizationName());
    QApplication::setApplicationName(duper::ConnectionStore::applicationName());
    QApplication::setApplicationDisplayName(QStringLiteral("Duper"));
    QApplication::setApplicationVersion(QStringLiteral(DUPER_VERSION));
    // Wayland and the desktop match the window to dev.duper.Duper.desktop (its icon, its name in the dock).
    QGuiApplication::setDesktopFileName(duper::applicationId());
    duper::ui::ErrorStyle::install();
    if (const QString icon = QStringLiteral(":/icons/dev.duper.Duper.svg"); QFile::exists(icon))
        QApplication::setWindowIcon(QIcon(icon));

    // Before anything shows text. Preferences → Language overrides the system locale; empty follows it.
    const std::unique_ptr<QSettings> settings = duper::ConnectionStore::openSharedSettings();
    const duper::AppPreferences preferences(settings.get());
    duper::TranslationLoader translations;
    translations.apply(preferences.language());

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

    duper::ConnectionStore store(settings.get());
    duper::KeychainSecretStore secrets;
    QNetworkAccessManager network;
    // Preferences → Network proxy: the system's configuration unless the user chose none or a manual one.
    duper::ProxyResolution::from(preferences.proxy()).applyTo(&network);
    // Replication history in the data folder (~/.local/share/dev.duper.Duper/duper on Linux), written on its own
    // thread. Declared before the window, which records into it, so it outlives the window.
    duper::HistoryStore history(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                                    QStringLiteral("/history.sqlite"),
                                duper::HistoryLimits::from(preferences.historyRetention()));
    history.open();
    duper::ui::MainWindow window(&store, &secrets, &network, duper::ui::SandboxLauncher::defaultOptions(),
                                 &translations, &history);
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
