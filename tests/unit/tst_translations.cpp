#include "core/connections/CloudId.h"
#include "core/followers/CcrPreflightRules.h"
#include "core/i18n/PluralCount.h"
#include "core/i18n/TranslationLoader.h"
#include "core/security/ApiKeyRemoteSetupSpec.h"
#include "core/security/CrossClusterKeyAccess.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>
#include <algorithm>
#include <limits>

// The shipped translations: complete, consistent with their English sources, and embedded in the programs.
// (tests/i18n/check-translations-current.cmake checks separately that they are current with the code.)
namespace {

struct TsMessage
{
    QString context;
    QString source;
    QString translationType; // "", "unfinished", "obsolete", "vanished"
    QStringList forms;       // one entry, or one per plural form
    bool numerus = false;
};

struct TsFile
{
    QString language;
    QList<TsMessage> messages;
    QString error;
};

TsFile readTs(const QString& path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"TS") {
            ts.language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            message = TsMessage{context, {}, {}, {}, xml.attributes().value(QLatin1String("numerus")) == u"yes"};
        } else if (name == u"source") {
            message.source = xml.readElementText();
        } else if (name == u"translation") {
            message.translationType = xml.attributes().value(QLatin1String("type")).toString();
            if (message.numerus) {
                while (xml.readNextStartElement())
                    message.forms.append(xml.readElementText());
            } else {
                message.forms.append(xml.readElementText());
            }
            ts.messages.append(message);
        }
    }
    if (xml.hasError())
        ts.error = xml.errorString();
    return ts;
}

QString translationsDir()
{
    // CTest passes the source tree; run by hand from the build's bin/ folder, set DUPER_SOURCE_DIR.
    return qEnvironmentVariable("DUPER_SOURCE_DIR", QStringLiteral(".")) + QStringLiteral("/translations");
}

QStringList tsFiles()
{
    return QDir(translationsDir()).entryList({QStringLiteral("duper_*.ts")}, QDir::Files, QDir::Name);
}

// %1…%99, %L1, %n, %Ln: what QString::arg and tr()'s plural handling replace. Sorted, duplicates kept.
QStringList placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(\\d{1,2}|n)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.append(it.next().captured(0));
    found.sort();
    return found;
}

QSet<QString> htmlTags(const QString& text)
{
    // Only HTML's own tag names: "<command>" in the CLI's usage line is a placeholder, and is translated.
    static const QRegularExpression pattern(
        QStringLiteral("</?(a|b|i|u|br|p|ul|ol|li|h[1-6]|table|tr|td|th|tt|code|pre|span|div|small|em|strong|hr|nobr)"
                       "\\b[^>]*>"),
        QRegularExpression::CaseInsensitiveOption);
    QSet<QString> tags;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        tags.insert(it.next().captured(1).toLower());
    return tags;
}

int pluralFormsOf(const QString& language)
{
    // Qt's plural rules: Japanese and Chinese have one form; English, German and French two.
    return language.startsWith(QLatin1String("ja")) || language.startsWith(QLatin1String("zh")) ? 1 : 2;
}

} // namespace

class TranslationsTest : public QObject
{
    Q_OBJECT

private slots:
    void everyLanguageIsShipped();
    void filesAreComplete_data();
    void filesAreComplete();
    void placeholdersSurvive_data();
    void placeholdersSurvive();
    void embeddedCatalogMatchesTsFile_data();
    void embeddedCatalogMatchesTsFile();
    void englishHasItsPluralForms();
    void pluralCountKeepsTheForm();
    void loaderMatchesLocales();
    void qtsOwnStringsAreTranslated();
    void helpersAskUnderTheContextLupdateFiles();
};

void TranslationsTest::everyLanguageIsShipped()
{
    const QStringList files = tsFiles();
    for (const char* code : {"de", "fr", "ja", "zh_CN", "en"})
        QVERIFY2(files.contains(QStringLiteral("duper_%1.ts").arg(QLatin1String(code))), code);

    QStringList offered;
    for (const duper::LanguageOption& option : duper::TranslationLoader::availableLanguages()) {
        QVERIFY2(!option.nativeName.isEmpty(), qPrintable(option.code));
        offered.append(option.code);
    }
    QCOMPARE(offered, (QStringList{QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"),
                                   QStringLiteral("ja"), QStringLiteral("zh_CN")}));
}

void TranslationsTest::filesAreComplete_data()
{
    QTest::addColumn<QString>("file");
    for (const QString& file : tsFiles())
        QTest::newRow(qPrintable(file)) << file;
}

void TranslationsTest::filesAreComplete()
{
    QFETCH(QString, file);
    const TsFile ts = readTs(translationsDir() + QLatin1Char('/') + file);
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QVERIFY(!ts.messages.isEmpty());
    QVERIFY2(file.contains(ts.language), qPrintable(ts.language));

    QStringList problems;
    for (const TsMessage& message : ts.messages) {
        const QString where = message.context + QStringLiteral(": ") + message.source.left(60);
        if (!message.translationType.isEmpty())
            problems.append(message.translationType + QStringLiteral(" — ") + where);
        else if (message.numerus && message.forms.size() != pluralFormsOf(ts.language))
            problems.append(QStringLiteral("%1 plural forms — ").arg(message.forms.size()) + where);
        else if (std::any_of(message.forms.cbegin(), message.forms.cend(),
                             [](const QString& form) { return form.trimmed().isEmpty(); }))
            problems.append(QStringLiteral("empty — ") + where);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 problem(s):\n").arg(problems.size()) +
                                            problems.mid(0, 20).join(QLatin1Char('\n'))));
}

void TranslationsTest::placeholdersSurvive_data()
{
    filesAreComplete_data();
}

void TranslationsTest::placeholdersSurvive()
{
    QFETCH(QString, file);
    const TsFile ts = readTs(translationsDir() + QLatin1Char('/') + file);
    QStringList problems;
    for (const TsMessage& message : ts.messages) {
        const QStringList expected = placeholders(message.source);
        const QSet<QString> tags = htmlTags(message.source);
        for (const QString& form : message.forms) {
            if (form.isEmpty())
                continue; // reported by filesAreComplete
            if (placeholders(form) != expected)
                problems.append(QStringLiteral("%1 | %2 → %3")
                                    .arg(message.source, expected.join(QLatin1Char(' ')),
                                         placeholders(form).join(QLatin1Char(' '))));
            if (!htmlTags(form).contains(tags))
                problems.append(QStringLiteral("HTML tags lost | ") + message.source);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 20).join(QLatin1Char('\n'))));
}

void TranslationsTest::embeddedCatalogMatchesTsFile_data()
{
    QTest::addColumn<QString>("code");
    for (const char* code : {"de", "fr", "ja", "zh_CN"})
        QTest::newRow(code) << QString::fromLatin1(code);
}

void TranslationsTest::embeddedCatalogMatchesTsFile()
{
    QFETCH(QString, code);
    QTranslator translator;
    QVERIFY2(translator.load(QStringLiteral("duper_") + code, QStringLiteral(":/i18n")),
             "the .qm file is not embedded in duper_core");
    const TsFile ts = readTs(translationsDir() + QStringLiteral("/duper_%1.ts").arg(code));
    int checked = 0;
    for (const TsMessage& message : ts.messages) {
        if (message.numerus || message.forms.value(0).isEmpty() || !message.translationType.isEmpty())
            continue;
        const QString fromCatalog =
            translator.translate(message.context.toUtf8().constData(), message.source.toUtf8().constData());
        QCOMPARE(fromCatalog, message.forms.at(0));
        ++checked;
    }
    QVERIFY(checked > 500);
}

void TranslationsTest::englishHasItsPluralForms()
{
    duper::TranslationLoader loader;
    QCOMPARE(loader.apply(QStringLiteral("en")), QStringLiteral("en"));
    const char* source = "%n follower index(es) created.";
    QCOMPARE(QCoreApplication::translate("duper::cli", source, nullptr, 1),
             QStringLiteral("1 follower index created."));
    QCOMPARE(QCoreApplication::translate("duper::cli", source, nullptr, 3),
             QStringLiteral("3 follower indices created."));
    // A count that is not printed still picks the form: a list of one missing privilege, or of two.
    const char* lacks = "%1 lacks the cluster privilege(s) %2: %3.";
    QCOMPARE(QCoreApplication::translate("duper::ConnectionTester", lacks, nullptr, 1),
             QStringLiteral("%1 lacks the cluster privilege %2: %3."));
    QCOMPARE(QCoreApplication::translate("duper::ConnectionTester", lacks, nullptr, 2),
             QStringLiteral("%1 lacks the cluster privileges %2: %3."));
    QCOMPARE(QCoreApplication::translate("duper::AlertRules", "%n read exceptions", nullptr, 1),
             QStringLiteral("1 read exception"));
    // A count printed with %1 (it may not fit an int) picks the form through duper::pluralCount.
    const char* differs = "Differs: %1 document(s) here, %2 on the promoted cluster (still being written?).";
    QCOMPARE(QCoreApplication::translate("duper::FailbackRun", differs, nullptr, duper::pluralCount(1)),
             QStringLiteral("Differs: %1 document here, %2 on the promoted cluster (still being written?)."));
    QCOMPARE(QCoreApplication::translate("duper::FailbackRun", differs, nullptr, duper::pluralCount(5'000'000'001)),
             QStringLiteral("Differs: %1 documents here, %2 on the promoted cluster (still being written?)."));
    const char* leaderHolds = "The leader holds %1 more document(s).";
    QCOMPARE(QCoreApplication::translate("duper::ConsistencyRules", leaderHolds, nullptr, duper::pluralCount(1)),
             QStringLiteral("The leader holds %1 more document."));
    QCOMPARE(
        QCoreApplication::translate("duper::ConsistencyRules", leaderHolds, nullptr, duper::pluralCount(3'000'000'000)),
        QStringLiteral("The leader holds %1 more documents."));
}

void TranslationsTest::pluralCountKeepsTheForm()
{
    QCOMPARE(duper::pluralCount(0), 0);
    QCOMPARE(duper::pluralCount(1), 1);
    QCOMPARE(duper::pluralCount(-7), -7);
    QCOMPARE(duper::pluralCount(std::numeric_limits<int>::max()), std::numeric_limits<int>::max());
    // Beyond an int: above a million, with the real number's last six digits.
    QCOMPARE(duper::pluralCount(qint64(std::numeric_limits<int>::max()) + 1), 1'483'648);
    QCOMPARE(duper::pluralCount(5'000'000'001), 1'000'001);
    QCOMPARE(duper::pluralCount(-5'000'000'021), 1'000'021);
    QCOMPARE(duper::pluralCount(std::numeric_limits<qint64>::min()), 1'775'808);
}

void TranslationsTest::loaderMatchesLocales()
{
    duper::TranslationLoader loader;
    QSignalSpy changed(&loader, &duper::TranslationLoader::languageChanged);
    QCOMPARE(loader.apply(QStringLiteral("de_AT")), QStringLiteral("de"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(loader.requested(), QStringLiteral("de_AT"));
    QVERIFY(QCoreApplication::translate("duper::cli", "print the version") != QLatin1String("print the version"));

    QCOMPARE(loader.apply(QStringLiteral("fr-CA")), QStringLiteral("fr"));
    QCOMPARE(loader.apply(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
    // Traditional Chinese readers are not given Simplified Chinese; nor is anyone given a language they did not ask.
    QCOMPARE(loader.apply(QStringLiteral("zh_TW")), QStringLiteral("en"));
    QCOMPARE(loader.apply(QStringLiteral("pt_BR")), QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate("duper::cli", "print the version"), QStringLiteral("print the version"));
    QCOMPARE(changed.count(), 4);
}

// Files with their own tr() helper ask for one context; lupdate files a string under the class of the member function
// it is in, or the namespace of a free function. When the two differ the user reads English although a translation
// exists. One message from each kind of place, in German: every one must come out translated.
void TranslationsTest::helpersAskUnderTheContextLupdateFiles()
{
    using Rules = duper::CcrPreflightRules;
    const auto messages = [] {
        QString cloudError;
        duper::CloudId::decode(QString(), &cloudError);
        return QStringList{
            cloudError,
            Rules::reason(Rules::Action::FollowOne, Rules::Side::Leader, QStringLiteral("read_ccr")), // member
            Rules::reason(Rules::Action::FollowOne, Rules::Side::Leader, QStringLiteral("x")),        // + free function
            duper::CrossClusterKeyAccess::judge(nullptr, {}, 0).text,
            duper::ApiKeyRemoteSetupSpec{}.problems().value(0),
        };
    };
    duper::TranslationLoader loader;
    QCOMPARE(loader.apply(QStringLiteral("en")), QStringLiteral("en"));
    const QStringList english = messages();
    QCOMPARE(loader.apply(QStringLiteral("de")), QStringLiteral("de"));
    const QStringList german = messages();
    for (qsizetype i = 0; i < english.size(); ++i) {
        QVERIFY(!english.at(i).isEmpty());
        QVERIFY2(german.at(i) != english.at(i), qPrintable(english.at(i)));
    }
    // The free function's words inside the member's sentence are German too.
    QVERIFY2(!german.at(2).contains(QLatin1String("create the follower index")), qPrintable(german.at(2)));
}

void TranslationsTest::qtsOwnStringsAreTranslated()
{
    if (!QFile::exists(QStringLiteral(":/i18n/qtbase_de.qm")))
        QSKIP("Qt's translations were not installed at build time (qt6-translations-l10n)");
    duper::TranslationLoader loader;
    loader.apply(QStringLiteral("de"));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
}

QTEST_GUILESS_MAIN(TranslationsTest)
#include "tst_translations.moc"
