// Saved connections survive the move of the settings file to the application id's folder.
#include "core/connections/ConnectionStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

class SettingsMigrationTest : public QObject
{
    Q_OBJECT

private slots:
    void carriesEarlierSettingsOverOnce();
};

void SettingsMigrationTest::carriesEarlierSettingsOverOnce()
{
    const QString configHome = qEnvironmentVariable("XDG_CONFIG_HOME");
    QVERIFY(configHome.startsWith(QDir::tempPath()));
    {
        QSettings earlier(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("Duper"),
                          QStringLiteral("duper"));
        QCOMPARE(earlier.fileName(), configHome + QStringLiteral("/Duper/duper.conf"));
        earlier.setValue(QStringLiteral("profiles/prod/name"), QStringLiteral("Production"));
        earlier.setValue(QStringLiteral("defaults/lastUsed"), QStringLiteral("prod"));
    }

    {
        const std::unique_ptr<QSettings> settings = duper::ConnectionStore::openSharedSettings();
        QCOMPARE(settings->fileName(), configHome + QStringLiteral("/dev.duper.Duper/duper.conf"));
        QCOMPARE(settings->value(QStringLiteral("profiles/prod/name")).toString(), QStringLiteral("Production"));
        duper::ConnectionStore store(settings.get());
        QVERIFY(store.contains(QStringLiteral("prod")));
        QCOMPARE(store.find(QStringLiteral("Production"))->id, QStringLiteral("prod"));
        // A change after the move is not overwritten by the earlier file on the next start.
        settings->setValue(QStringLiteral("defaults/lastUsed"), QStringLiteral("staging"));
    }
    {
        QSettings earlier(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("Duper"),
                          QStringLiteral("duper"));
        earlier.setValue(QStringLiteral("defaults/lastUsed"), QStringLiteral("prod"));
    }
    const std::unique_ptr<QSettings> again = duper::ConnectionStore::openSharedSettings();
    QCOMPARE(again->value(QStringLiteral("defaults/lastUsed")).toString(), QStringLiteral("staging"));
    QVERIFY(QFile::exists(configHome + QStringLiteral("/Duper/duper.conf"))); // left for an older build
}

int main(int argc, char* argv[])
{
    // Before anything asks where the user's settings live.
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", home.path().toUtf8());
    QCoreApplication app(argc, argv);
    SettingsMigrationTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_settingsmigration.moc"
