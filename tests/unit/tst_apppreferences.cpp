// AppPreferences: the Preferences dialog's choices in the shared settings, and what a proxy choice means for Qt.
#include "core/preferences/AppPreferences.h"
#include "core/preferences/ProxyPreference.h"

#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace duper;

class AppPreferencesTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void defaults();
    void storedUnderPreferencesAndSurviveRestart();
    void refreshSnapsToOfferedChoices();
    void historyRetentionDefaultsBoundsAndRestart();
    void unknownProxyModeFallsBackToSystem();
    void hostAndPortValidation_data();
    void hostAndPortValidation();
    void resolvesProxyPreference();
    void appliesToNetworkAccessManager();

private:
    std::unique_ptr<QSettings> openSettings() const
    {
        return std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("duper.conf")), QSettings::IniFormat);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void AppPreferencesTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void AppPreferencesTest::defaults()
{
    const auto settings = openSettings();
    const AppPreferences preferences(settings.get());
    QCOMPARE(preferences.language(), QString());
    QCOMPARE(preferences.defaultRefreshSeconds(), 10);
    QVERIFY(preferences.confirmPauseResume());
    QCOMPARE(preferences.proxy(), ProxyPreference());
    QCOMPARE(preferences.proxy().mode, ProxyPreference::Mode::System);
    QVERIFY(settings->allKeys().isEmpty()); // reading writes nothing
}

void AppPreferencesTest::storedUnderPreferencesAndSurviveRestart()
{
    ProxyPreference proxy;
    proxy.mode = ProxyPreference::Mode::Manual;
    proxy.type = ProxyPreference::Type::Socks5;
    proxy.host = QStringLiteral("socks.example.com");
    proxy.port = 1080;
    {
        const auto settings = openSettings();
        AppPreferences preferences(settings.get());
        preferences.setLanguage(QStringLiteral("de"));
        preferences.setDefaultRefreshSeconds(30);
        preferences.setConfirmPauseResume(false);
        preferences.setProxy(proxy);
        // main.cpp reads the language before anything else exists: the key is part of the contract.
        QCOMPARE(settings->value(QStringLiteral("preferences/language")).toString(), QStringLiteral("de"));
        for (const QString& key : settings->allKeys())
            QVERIFY2(key.startsWith(QLatin1String("preferences/")), qPrintable(key));
    }
    const auto settings = openSettings();
    const AppPreferences preferences(settings.get());
    QCOMPARE(preferences.language(), QStringLiteral("de"));
    QCOMPARE(preferences.defaultRefreshSeconds(), 30);
    QVERIFY(!preferences.confirmPauseResume());
    QCOMPARE(preferences.proxy(), proxy);
}

void AppPreferencesTest::refreshSnapsToOfferedChoices()
{
    const auto settings = openSettings();
    AppPreferences preferences(settings.get());
    QCOMPARE(AppPreferences::refreshChoicesSeconds(), QList<int>({0, 5, 10, 30, 60}));
    preferences.setDefaultRefreshSeconds(0);
    QCOMPARE(preferences.defaultRefreshSeconds(), 0);
    preferences.setDefaultRefreshSeconds(7);
    QCOMPARE(preferences.defaultRefreshSeconds(), 5);
    preferences.setDefaultRefreshSeconds(3600);
    QCOMPARE(preferences.defaultRefreshSeconds(), 60);
    settings->setValue(QStringLiteral("preferences/defaultRefreshSeconds"), QStringLiteral("soon"));
    QCOMPARE(preferences.defaultRefreshSeconds(), 10);
}

void AppPreferencesTest::historyRetentionDefaultsBoundsAndRestart()
{
    {
        const auto settings = openSettings();
        AppPreferences preferences(settings.get());
        const HistoryRetention defaults = preferences.historyRetention();
        QCOMPARE(defaults.fullResolutionHours, 24);
        QCOMPARE(defaults.downsampledDays, 30);
        QCOMPARE(defaults.maxMegabytesOnDisk, 200);
        QVERIFY(settings->allKeys().isEmpty());
        HistoryRetention chosen;
        chosen.fullResolutionHours = 6;
        chosen.downsampledDays = 400; // more than offered: kept at the most
        chosen.maxMegabytesOnDisk = 50;
        preferences.setHistoryRetention(chosen);
    }
    const auto settings = openSettings();
    AppPreferences preferences(settings.get());
    QCOMPARE(preferences.historyRetention().fullResolutionHours, 6);
    QCOMPARE(preferences.historyRetention().downsampledDays, HistoryRetention::maxDownsampledDays);
    QCOMPARE(preferences.historyRetention().maxMegabytesOnDisk, 50);
    settings->setValue(QStringLiteral("preferences/history/maxMegabytes"), QStringLiteral("lots"));
    settings->setValue(QStringLiteral("preferences/history/fullResolutionHours"), 0);
    QCOMPARE(preferences.historyRetention().maxMegabytesOnDisk, HistoryRetention::defaultMaxMegabytes);
    QCOMPARE(preferences.historyRetention().fullResolutionHours, HistoryRetention::minFullResolutionHours);
}

void AppPreferencesTest::unknownProxyModeFallsBackToSystem()
{
    const auto settings = openSettings();
    settings->setValue(QStringLiteral("preferences/proxy/mode"), QStringLiteral("pac"));
    const AppPreferences preferences(settings.get());
    QCOMPARE(preferences.proxy().mode, ProxyPreference::Mode::System);
}

void AppPreferencesTest::hostAndPortValidation_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("valid");
    QTest::newRow("name") << QStringLiteral("proxy.example.com") << true;
    QTest::newRow("single label") << QStringLiteral("squid") << true;
    QTest::newRow("ipv4") << QStringLiteral("10.0.0.1") << true;
    QTest::newRow("ipv6") << QStringLiteral("::1") << true;
    QTest::newRow("ipv6 brackets") << QStringLiteral("[fe80::1]") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("scheme") << QStringLiteral("http://proxy") << false;
    QTest::newRow("port inside") << QStringLiteral("proxy:3128") << false;
    QTest::newRow("space") << QStringLiteral("my proxy") << false;
    QTest::newRow("empty label") << QStringLiteral("proxy..example") << false;
    QTest::newRow("leading hyphen") << QStringLiteral("-proxy") << false;
}

void AppPreferencesTest::hostAndPortValidation()
{
    QFETCH(QString, host);
    QFETCH(bool, valid);
    QCOMPARE(ProxyPreference::isValidHost(host), valid);

    ProxyPreference proxy;
    proxy.mode = ProxyPreference::Mode::Manual;
    proxy.host = host;
    proxy.port = 3128;
    QCOMPARE(proxy.isValid(), valid);
    proxy.port = 0;
    QVERIFY(!proxy.isValid());
    proxy.port = 65536;
    QVERIFY(!proxy.isValid());
    proxy.mode = ProxyPreference::Mode::None; // host and port do not matter then
    QVERIFY(proxy.isValid());
}

void AppPreferencesTest::resolvesProxyPreference()
{
    ProxyPreference preference;
    ProxyResolution resolution = ProxyResolution::from(preference);
    QVERIFY(resolution.useSystemConfiguration);
    QCOMPARE(resolution.proxy.type(), QNetworkProxy::DefaultProxy);

    preference.mode = ProxyPreference::Mode::None;
    resolution = ProxyResolution::from(preference);
    QVERIFY(!resolution.useSystemConfiguration);
    QCOMPARE(resolution.proxy.type(), QNetworkProxy::NoProxy);

    preference.mode = ProxyPreference::Mode::Manual;
    preference.host = QStringLiteral("proxy.example.com");
    preference.port = 3128;
    resolution = ProxyResolution::from(preference);
    QVERIFY(!resolution.useSystemConfiguration);
    QCOMPARE(resolution.proxy.type(), QNetworkProxy::HttpProxy);
    QCOMPARE(resolution.proxy.hostName(), QStringLiteral("proxy.example.com"));
    QCOMPARE(resolution.proxy.port(), quint16(3128));
    QVERIFY(resolution.proxy.user().isEmpty());

    preference.type = ProxyPreference::Type::Socks5;
    preference.host = QStringLiteral("[::1]");
    preference.port = 1080;
    resolution = ProxyResolution::from(preference);
    QCOMPARE(resolution.proxy.type(), QNetworkProxy::Socks5Proxy);
    QCOMPARE(resolution.proxy.hostName(), QStringLiteral("::1"));

    preference.port = 0; // invalid manual: the system's configuration rather than a broken proxy
    resolution = ProxyResolution::from(preference);
    QVERIFY(resolution.useSystemConfiguration);
    QCOMPARE(resolution.proxy.type(), QNetworkProxy::DefaultProxy);
}

void AppPreferencesTest::appliesToNetworkAccessManager()
{
    QNetworkAccessManager network;
    ProxyPreference preference;
    preference.mode = ProxyPreference::Mode::Manual;
    preference.host = QStringLiteral("proxy.example.com");
    preference.port = 8080;
    ProxyResolution::from(preference).applyTo(&network);
    QCOMPARE(network.proxy().type(), QNetworkProxy::HttpProxy);
    QCOMPARE(network.proxy().port(), quint16(8080));
    QVERIFY(!QNetworkProxyFactory::usesSystemConfiguration());

    ProxyResolution::from(ProxyPreference()).applyTo(&network);
    QCOMPARE(network.proxy().type(), QNetworkProxy::DefaultProxy);
    QVERIFY(QNetworkProxyFactory::usesSystemConfiguration());
    ProxyResolution::from(ProxyPreference()).applyTo(nullptr); // no manager: only the factory switch
}

QTEST_GUILESS_MAIN(AppPreferencesTest)
#include "tst_apppreferences.moc"
