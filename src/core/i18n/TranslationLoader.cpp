#include "core/i18n/TranslationLoader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QTranslator>

namespace duper {

namespace {

const QString kResourceDir = QStringLiteral(":/i18n");

bool bundled(const QString& code)
{
    return QFile::exists(QStringLiteral("%1/duper_%2.qm").arg(kResourceDir, code));
}

// "de-DE" or "de_DE" → the bundled code that serves it ("de"), trying the full name before the language alone.
QString matchBundled(const QString& uiLanguage)
{
    QString name = uiLanguage;
    name.replace(QLatin1Char('-'), QLatin1Char('_'));
    if (name.startsWith(QLatin1String("en")))
        return QStringLiteral("en");
    // Chinese: the script decides, not the region (zh_Hans_* and zh_CN/zh_SG read Simplified Chinese).
    if (name.startsWith(QLatin1String("zh"))) {
        const QLocale locale(name);
        if (locale.script() == QLocale::SimplifiedChineseScript && bundled(QStringLiteral("zh_CN")))
            return QStringLiteral("zh_CN");
        return {};
    }
    if (bundled(name))
        return name;
    const QString language = name.section(QLatin1Char('_'), 0, 0);
    return bundled(language) ? language : QString();
}

} // namespace

TranslationLoader::TranslationLoader(QObject* parent) : QObject(parent)
{}

TranslationLoader::~TranslationLoader()
{
    removeTranslators();
}

QList<LanguageOption> TranslationLoader::availableLanguages()
{
    QList<LanguageOption> options{{QStringLiteral("en"), QStringLiteral("English")}};
    const QStringList files = QDir(kResourceDir).entryList({QStringLiteral("duper_*.qm")}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        const QString code = file.mid(6, file.size() - 6 - 3);
        if (code == QLatin1String("en"))
            continue; // English plural forms only, offered as "English" above
        const QLocale locale(code);
        QString name = locale.nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name.at(0).toUpper(); // "français" → "Français" in a list of languages
        options.append({code, name.isEmpty() ? code : name});
    }
    return options;
}

QString TranslationLoader::apply(const QString& code)
{
    m_requested = code;
    QString chosen;
    if (code.isEmpty()) {
        for (const QString& uiLanguage : QLocale::system().uiLanguages()) {
            chosen = matchBundled(uiLanguage);
            if (!chosen.isEmpty())
                break;
        }
    } else {
        chosen = matchBundled(code);
    }
    if (chosen.isEmpty())
        chosen = QStringLiteral("en");

    removeTranslators();
    m_duper = new QTranslator(this);
    if (!m_duper->load(QStringLiteral("duper_") + chosen, kResourceDir)) {
        chosen = QStringLiteral("en");
        if (!m_duper->load(QStringLiteral("duper_en"), kResourceDir)) {
            delete m_duper;
            m_duper = nullptr;
        }
    }
    if (m_duper)
        QCoreApplication::installTranslator(m_duper);
    if (chosen != QLatin1String("en")) {
        // Qt's own strings (standard buttons, context menus of line edits); absent when not bundled at build time.
        m_qt = new QTranslator(this);
        if (m_qt->load(QStringLiteral("qtbase_") + chosen, kResourceDir)) {
            QCoreApplication::installTranslator(m_qt);
        } else {
            delete m_qt;
            m_qt = nullptr;
        }
    }
    // Dates and numbers in views follow the language the user reads.
    QLocale::setDefault(code.isEmpty() ? QLocale::system() : QLocale(chosen));

    const bool changed = chosen != m_effective;
    m_effective = chosen;
    if (changed)
        emit languageChanged(m_effective);
    return m_effective;
}

void TranslationLoader::removeTranslators()
{
    for (QTranslator** translator : {&m_duper, &m_qt}) {
        if (*translator) {
            QCoreApplication::removeTranslator(*translator);
            delete *translator;
            *translator = nullptr;
        }
    }
}

} // namespace duper
