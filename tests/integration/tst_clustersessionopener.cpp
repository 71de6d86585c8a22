// ClusterSessionOpener against an in-process sandbox that wants a password: where the secret comes from (given,
// typed earlier, keychain, prompt), what is asked and why, the client key passphrase, failures a person reads, and
// that a newer open() drops the earlier one.
#include "SandboxClient.h"
#include "core/connections/InMemorySecretStore.h"
#include "core/connections/SessionSecretCache.h"
#include "core/es/EsClient.h"
#include "core/session/ClusterSession.h"
#include "core/session/ClusterSessionOpener.h"
#include "core/session/SecretPrompter.h"
#include "sandbox/Sandbox.h"

#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace duper;

namespace {

const QString kUser = QStringLiteral("elastic");
const QString kPassword = QStringLiteral("right-password");

// Answers with `answer` right away, or (answerLater) keeps the callbacks for the test to call.
class FakePrompter : public SecretPrompter
{
public:
    void ask(const SecretRequest& request, QObject* context, Callback done) override
    {
        Q_UNUSED(context);
        requests.append(request);
        if (answerLater) {
            pending.append(done);
            return;
        }
        done(answer, answer ? QString() : QStringLiteral("cancelled by the test"));
    }

    std::optional<QString> answer = kPassword;
    bool answerLater = false;
    QList<SecretRequest> requests;
    QList<Callback> pending;
};

} // namespace

class ClusterSessionOpenerTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void keychainHitOpensWithoutAsking();
    void sessionCacheHitNeedsNoKeychainNorPrompt();
    void missingSecretIsAskedAndKeptForTheSession();
    void unavailableKeychainSaysWhyWhenAsking();
    void cancelledPromptFails();
    void askSecretEveryTimeSkipsTheKeychain();
    void overridesAndOwnerId();
    void withoutPrompterAMissingSecretStaysEmpty();
    void clientKeyPassphraseComesFromTheKeychain();
    void clientConfigurationErrorFails();
    void secondOpenSupersedesTheFirst();
    void cancelDropsALatePromptAnswer();
    void severalOpenersSideBySide();

private:
    ConnectionProfile profile(const QString& name = QStringLiteral("Secured")) const;
    std::unique_ptr<ClusterSessionOpener> makeOpener(SecretPrompter* prompter);
    // Waits for opened() or failed(); the session (owned by m_parent) or null with *message.
    ClusterSession* openAndWait(ClusterSessionOpener& opener, const ConnectionProfile& profile,
                                const ClusterSessionOpener::Overrides& overrides = {}, QString* message = nullptr);
    // GET / through the session's client: true when the cluster accepted its credentials.
    static bool identityLoads(ClusterSession* session);

    std::unique_ptr<test::SandboxClient> m_fixture;
    std::unique_ptr<InMemorySecretStore> m_secrets;
    std::unique_ptr<SessionSecretCache> m_cache;
    std::unique_ptr<QObject> m_parent;
    FakePrompter m_prompter;
    QTemporaryDir m_dir;
};

void ClusterSessionOpenerTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    sandbox::SandboxOptions options = test::SandboxClient::defaultOptions();
    options.users = {{kUser, kPassword}};
    m_fixture = std::make_unique<test::SandboxClient>(options);
    QVERIFY2(m_fixture->started(), qPrintable(m_fixture->errorString()));
}

void ClusterSessionOpenerTest::init()
{
    m_secrets = std::make_unique<InMemorySecretStore>();
    m_cache = std::make_unique<SessionSecretCache>();
    m_parent = std::make_unique<QObject>();
    m_prompter.answer = kPassword;
    m_prompter.answerLater = false;
    m_prompter.requests.clear();
    m_prompter.pending.clear();
}

void ClusterSessionOpenerTest::cleanup()
{
    m_parent.reset(); // sessions first
    m_cache.reset();
    m_secrets.reset();
}

ConnectionProfile ClusterSessionOpenerTest::profile(const QString& name) const
{
    ConnectionProfile p = ConnectionProfile::create(name);
    p.urls = {m_fixture->sandbox().followerUrl()};
    p.authKind = ConnectionProfile::AuthKind::Basic;
    p.username = kUser;
    p.requestTimeoutMs = 5000;
    return p;
}

std::unique_ptr<ClusterSessionOpener> ClusterSessionOpenerTest::makeOpener(SecretPrompter* prompter)
{
    return std::make_unique<ClusterSessionOpener>(&m_fixture->network(), m_secrets.get(), m_cache.get(), prompter,
                                                  nullptr);
}

ClusterSession* ClusterSessionOpenerTest::openAndWait(ClusterSessionOpener& opener, const ConnectionProfile& profile,
                                                      const ClusterSessionOpener::Overrides& overrides,
                                                      QString* message)
{
    QSignalSpy opened(&opener, &ClusterSessionOpener::opened);
    QSignalSpy failed(&opener, &ClusterSessionOpener::failed);
    opener.open(profile, overrides, m_parent.get());
    // Never from inside open().
    [&]() { QCOMPARE(opened.count() + failed.count(), 0); }();
    [&]() { QVERIFY(opener.isOpening()); }();
    [&]() { QTRY_COMPARE_WITH_TIMEOUT(opened.count() + failed.count(), 1, 5000); }();
    [&]() { QVERIFY(!opener.isOpening()); }();
    if (!failed.isEmpty()) {
        if (message)
            *message = failed.at(0).at(0).toString();
        return nullptr;
    }
    return opened.at(0).at(0).value<ClusterSession*>();
}

bool ClusterSessionOpenerTest::identityLoads(ClusterSession* session)
{
    QSignalSpy changed(session, &ClusterSession::identityChanged);
    QSignalSpy failed(session, &ClusterSession::identityFailed);
    session->loadIdentity();
    [&]() { QTRY_COMPARE_WITH_TIMEOUT(changed.count() + failed.count(), 1, 5000); }();
    return changed.count() == 1 && session->identity() && session->identity()->clusterName == u"follower";
}

void ClusterSessionOpenerTest::keychainHitOpensWithoutAsking()
{
    const ConnectionProfile p = profile();
    m_secrets->write(p.id, SecretKind::Password, kPassword, nullptr, {});
    QTRY_VERIFY(m_secrets->contains(p.id, SecretKind::Password));
    auto opener = makeOpener(&m_prompter);
    QSignalSpy reading(opener.get(), &ClusterSessionOpener::readingKeychain);

    ClusterSession* session = openAndWait(*opener, p);
    QVERIFY(session);
    QCOMPARE(session->parent(), m_parent.get());
    QCOMPARE(session->client()->parent(), session);
    QCOMPARE(session->profile(), p);
    QCOMPARE(session->client()->endpoint().urls(), p.failoverEndpoint().urls());
    QCOMPARE(reading.count(), 1);
    QVERIFY(m_prompter.requests.isEmpty());
    QVERIFY(identityLoads(session));
    QVERIFY(!m_cache->contains(p.id, SecretKind::Password)); // the keychain keeps it; nothing copied
}

void ClusterSessionOpenerTest::sessionCacheHitNeedsNoKeychainNorPrompt()
{
    const ConnectionProfile p = profile();
    m_cache->set(p.id, SecretKind::Password, kPassword);
    auto opener = makeOpener(&m_prompter);
    QSignalSpy reading(opener.get(), &ClusterSessionOpener::readingKeychain);

    ClusterSession* session = openAndWait(*opener, p);
    QVERIFY(session);
    QCOMPARE(reading.count(), 0);
    QVERIFY(m_prompter.requests.isEmpty());
    QVERIFY(identityLoads(session));
}

void ClusterSessionOpenerTest::missingSecretIsAskedAndKeptForTheSession()
{
    const ConnectionProfile p = profile();
    auto opener = makeOpener(&m_prompter);

    ClusterSession* session = openAndWait(*opener, p);
    QVERIFY(session);
    QCOMPARE(m_prompter.requests.size(), 1);
    const SecretRequest request = m_prompter.requests.first();
    QCOMPARE(request.reason, SecretRequest::Reason::NotStored);
    QCOMPARE(request.kind, SecretKind::Password);
    QCOMPARE(request.profile.id, p.id);
    QVERIFY(identityLoads(session));
    QCOMPARE(m_cache->get(p.id, SecretKind::Password), std::optional<QString>(kPassword));
    QCOMPARE(m_secrets->size(), 0); // typed secrets never go to the keychain

    // Opening again this session: the typed secret serves, nobody is asked twice.
    QVERIFY(openAndWait(*opener, p));
    QCOMPARE(m_prompter.requests.size(), 1);
}

void ClusterSessionOpenerTest::unavailableKeychainSaysWhyWhenAsking()
{
    m_secrets->setUnavailable(true);
    auto opener = makeOpener(&m_prompter);
    ClusterSession* session = openAndWait(*opener, profile());
    QVERIFY(session);
    QCOMPARE(m_prompter.requests.size(), 1);
    QCOMPARE(m_prompter.requests.first().reason, SecretRequest::Reason::KeychainUnavailable);
    QVERIFY(!m_prompter.requests.first().detail.isEmpty());
    QVERIFY(identityLoads(session));

    // Without anyone to ask, the keychain's sentence is the failure.
    auto silent = makeOpener(nullptr);
    QString message;
    QVERIFY(!openAndWait(*silent, profile(), {}, &message));
    QCOMPARE(message, m_prompter.requests.first().detail);
}

void ClusterSessionOpenerTest::cancelledPromptFails()
{
    m_prompter.answer = std::nullopt;
    const ConnectionProfile p = profile();
    auto opener = makeOpener(&m_prompter);
    QString message;
    QVERIFY(!openAndWait(*opener, p, {}, &message));
    QCOMPARE(message, QStringLiteral("cancelled by the test"));
    QVERIFY(!m_cache->contains(p.id, SecretKind::Password));
    QVERIFY(m_parent->findChildren<ClusterSession*>().isEmpty());
    QVERIFY(m_parent->findChildren<EsClient*>().isEmpty());
}

void ClusterSessionOpenerTest::askSecretEveryTimeSkipsTheKeychain()
{
    ConnectionProfile p = profile();
    p.askSecretEveryTime = true;
    m_secrets->write(p.id, SecretKind::Password, QStringLiteral("stale"), nullptr, {});
    QTRY_VERIFY(m_secrets->contains(p.id, SecretKind::Password));
    auto opener = makeOpener(&m_prompter);
    QSignalSpy reading(opener.get(), &ClusterSessionOpener::readingKeychain);

    ClusterSession* session = openAndWait(*opener, p);
    QVERIFY(session);
    QCOMPARE(reading.count(), 0);
    QCOMPARE(m_prompter.requests.size(), 1);
    QCOMPARE(m_prompter.requests.first().reason, SecretRequest::Reason::AskEveryTime);
    QVERIFY(m_prompter.requests.first().detail.isEmpty());
    QVERIFY(identityLoads(session));
}

void ClusterSessionOpenerTest::overridesAndOwnerId()
{
    auto opener = makeOpener(&m_prompter);
    // A given secret wins over the keychain.
    const ConnectionProfile p = profile();
    m_secrets->write(p.id, SecretKind::Password, QStringLiteral("stale"), nullptr, {});
    QTRY_VERIFY(m_secrets->contains(p.id, SecretKind::Password));
    ClusterSessionOpener::Overrides given;
    given.secret = kPassword;
    ClusterSession* session = openAndWait(*opener, p, given);
    QVERIFY(session);
    QVERIFY(identityLoads(session));

    // A copy of a saved profile (new id) reads the saved profile's keychain entry.
    const ConnectionProfile copy = profile(QStringLiteral("Copy"));
    m_secrets->write(p.id, SecretKind::Password, kPassword, nullptr, {});
    QTRY_COMPARE(m_secrets->value(p.id, SecretKind::Password), kPassword);
    ClusterSessionOpener::Overrides owned;
    owned.ownerId = p.id;
    session = openAndWait(*opener, copy, owned);
    QVERIFY(session);
    QCOMPARE(session->connectionId(), copy.id);
    QVERIFY(identityLoads(session));
    QVERIFY(m_prompter.requests.isEmpty());
}

void ClusterSessionOpenerTest::withoutPrompterAMissingSecretStaysEmpty()
{
    auto opener = makeOpener(nullptr);
    ClusterSession* session = openAndWait(*opener, profile());
    QVERIFY(session);
    QSignalSpy failed(session, &ClusterSession::identityFailed);
    QVERIFY(!identityLoads(session)); // the cluster says it needs credentials
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(0).value<EsError>().httpStatus(), 401);
}

void ClusterSessionOpenerTest::clientKeyPassphraseComesFromTheKeychain()
{
    if (!QFile::exists(QStringLiteral("/usr/bin/openssl")))
        QSKIP("/usr/bin/openssl is needed to make an encrypted key");
    const QString passphrase = QStringLiteral("Key-Pass-77");
    const QString key = m_dir.filePath(QStringLiteral("client.key"));
    const QString cert = m_dir.filePath(QStringLiteral("client.crt"));
    QCOMPARE(QProcess::execute(QStringLiteral("/usr/bin/openssl"),
                               {QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("EC"),
                                QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
                                QStringLiteral("-aes-256-cbc"), QStringLiteral("-pass"),
                                QStringLiteral("pass:") + passphrase, QStringLiteral("-out"), key}),
             0);
    QCOMPARE(QProcess::execute(QStringLiteral("/usr/bin/openssl"),
                               {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-key"), key,
                                QStringLiteral("-passin"), QStringLiteral("pass:") + passphrase,
                                QStringLiteral("-subj"), QStringLiteral("/CN=duper-client"), QStringLiteral("-days"),
                                QStringLiteral("2"), QStringLiteral("-out"), cert}),
             0);
    ConnectionProfile p = profile();
    p.urls = {QUrl(QStringLiteral("https://127.0.0.1:9"))}; // TLS files are only loaded for https (nothing is sent)
    p.clientCertificateFile = cert;
    p.clientKeyFile = key;
    m_secrets->write(p.id, SecretKind::Password, kPassword, nullptr, {});
    m_secrets->write(p.id, SecretKind::ClientKeyPassphrase, passphrase, nullptr, {});
    QTRY_VERIFY(m_secrets->contains(p.id, SecretKind::ClientKeyPassphrase));
    auto opener = makeOpener(&m_prompter);

    ClusterSession* session = openAndWait(*opener, p);
    QVERIFY(session);
    QCOMPARE(session->client()->endpoint().tls.clientKeyPassphrase, passphrase.toUtf8());
    QVERIFY(session->client()->configurationError().isEmpty());

    // A wrong one (here: given by the caller) is the client's configuration error, for people.
    ClusterSessionOpener::Overrides wrong;
    wrong.keyPassphrase = QStringLiteral("not-it");
    QString message;
    QVERIFY(!openAndWait(*opener, p, wrong, &message));
    QVERIFY2(message.contains(QLatin1String("passphrase")), qPrintable(message));
    QVERIFY(!message.contains(QLatin1String("not-it")));

    // None stored: the key is taken as unencrypted, which it is not.
    m_secrets->remove(p.id, SecretKind::ClientKeyPassphrase, nullptr, {});
    QTRY_VERIFY(!m_secrets->contains(p.id, SecretKind::ClientKeyPassphrase));
    QVERIFY(!openAndWait(*opener, p, {}, &message));
    QVERIFY2(!message.isEmpty(), qPrintable(message));
}

void ClusterSessionOpenerTest::clientConfigurationErrorFails()
{
    ConnectionProfile p = profile();
    p.urls = {QUrl(QStringLiteral("https://127.0.0.1:9"))}; // TLS files are only loaded for https (nothing is sent)
    p.caCertificateFile = m_dir.filePath(QStringLiteral("missing-ca.pem"));
    ClusterSessionOpener::Overrides given;
    given.secret = kPassword;
    auto opener = makeOpener(&m_prompter);
    QString message;
    QVERIFY(!openAndWait(*opener, p, given, &message));
    QVERIFY2(message.contains(QLatin1String("missing-ca.pem")), qPrintable(message));
    QVERIFY(m_parent->findChildren<EsClient*>().isEmpty());

    // The same from an extra CA file of the caller's (the CLI's --ca-cert).
    ClusterSessionOpener::Overrides extra = given;
    extra.extraCaCertificateFiles = {m_dir.filePath(QStringLiteral("other-missing.pem"))};
    ConnectionProfile plain = profile();
    plain.urls = p.urls;
    QVERIFY(!openAndWait(*opener, plain, extra, &message));
    QVERIFY2(message.contains(QLatin1String("other-missing.pem")), qPrintable(message));
}

void ClusterSessionOpenerTest::secondOpenSupersedesTheFirst()
{
    const ConnectionProfile first = profile(QStringLiteral("First"));
    const ConnectionProfile second = profile(QStringLiteral("Second"));
    m_secrets->write(first.id, SecretKind::Password, kPassword, nullptr, {});
    m_secrets->write(second.id, SecretKind::Password, kPassword, nullptr, {});
    QTRY_VERIFY(m_secrets->contains(second.id, SecretKind::Password));
    auto opener = makeOpener(&m_prompter);
    QSignalSpy opened(opener.get(), &ClusterSessionOpener::opened);
    QSignalSpy failed(opener.get(), &ClusterSessionOpener::failed);

    opener->open(first, {}, m_parent.get());
    QTRY_VERIFY(opener->isOpening());
    QCoreApplication::processEvents(); // the first attempt is now reading the keychain
    opener->open(second, {}, m_parent.get());
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 5000);
    QTest::qWait(50); // a late answer for the first attempt would arrive now
    QCOMPARE(opened.count(), 1);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(opened.at(0).at(0).value<ClusterSession*>()->connectionId(), second.id);
    QCOMPARE(m_parent->findChildren<ClusterSession*>().size(), 1);
}

void ClusterSessionOpenerTest::cancelDropsALatePromptAnswer()
{
    m_prompter.answerLater = true;
    const ConnectionProfile p = profile();
    auto opener = makeOpener(&m_prompter);
    QSignalSpy opened(opener.get(), &ClusterSessionOpener::opened);
    QSignalSpy failed(opener.get(), &ClusterSessionOpener::failed);

    opener->open(p, {}, m_parent.get());
    QTRY_COMPARE(m_prompter.pending.size(), 1);
    opener->cancel();
    QVERIFY(!opener->isOpening());
    m_prompter.pending.first()(kPassword, QString()); // the person answers after all
    QTest::qWait(20);
    QCOMPARE(opened.count() + failed.count(), 0);
    QVERIFY(!m_cache->contains(p.id, SecretKind::Password));

    // A newer open() asks again; answering the older prompt does not open anything.
    opener->open(p, {}, m_parent.get());
    QTRY_COMPARE(m_prompter.pending.size(), 2);
    opener->open(p, {}, m_parent.get());
    QTRY_COMPARE(m_prompter.pending.size(), 3);
    m_prompter.pending.at(1)(kPassword, QString());
    QTest::qWait(20);
    QCOMPARE(opened.count() + failed.count(), 0);
    m_prompter.pending.at(2)(kPassword, QString());
    QTRY_COMPARE(opened.count(), 1);
    QVERIFY(identityLoads(opened.at(0).at(0).value<ClusterSession*>()));
}

void ClusterSessionOpenerTest::severalOpenersSideBySide()
{
    const ConnectionProfile leader = profile(QStringLiteral("Leader side"));
    const ConnectionProfile follower = profile(QStringLiteral("Follower side"));
    m_secrets->write(leader.id, SecretKind::Password, kPassword, nullptr, {});
    QTRY_VERIFY(m_secrets->contains(leader.id, SecretKind::Password));
    auto first = makeOpener(&m_prompter);
    auto second = makeOpener(&m_prompter);
    QSignalSpy firstOpened(first.get(), &ClusterSessionOpener::opened);
    QSignalSpy secondOpened(second.get(), &ClusterSessionOpener::opened);
    first->open(leader, {}, m_parent.get());
    second->open(follower, {}, m_parent.get());
    QTRY_COMPARE_WITH_TIMEOUT(firstOpened.count(), 1, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(secondOpened.count(), 1, 5000);
    auto* a = firstOpened.at(0).at(0).value<ClusterSession*>();
    auto* b = secondOpened.at(0).at(0).value<ClusterSession*>();
    QCOMPARE(a->connectionId(), leader.id);
    QCOMPARE(b->connectionId(), follower.id);
    QVERIFY(a->client() != b->client());
    QVERIFY(identityLoads(a));
    QVERIFY(identityLoads(b));
    QCOMPARE(m_prompter.requests.size(), 1); // only the follower side had no stored secret
}

QTEST_MAIN(ClusterSessionOpenerTest)
#include "tst_clustersessionopener.moc"
