#pragma once

#include <QList>
#include <QObject>
#include <QString>

class QTranslator;

namespace duper {

struct LanguageOption
{
    QString code;       // "de", "zh_CN"; "en" for the untranslated source language
    QString nativeName; // the language's name in itself ("Deutsch"), so people can find theirs
};

// Installs Duper's translation (embedded as :/i18n/duper_<code>.qm; for English only its plural forms) and Qt's own
// (qtbase_<code>.qm, embedded where Debian's qt6-translations-l10n was installed at build time) into the application.
// Installing or removing a translator makes Qt send QEvent::LanguageChange to every widget, so switching applies at
// once.
class TranslationLoader : public QObject
{
    Q_OBJECT

public:
    explicit TranslationLoader(QObject* parent = nullptr);
    ~TranslationLoader() override;

    // English first, then every bundled translation.
    static QList<LanguageOption> availableLanguages();

    // An empty code follows the system locale (QLocale::system().uiLanguages()). Returns the code now in effect
    // ("en" when nothing matched).
    QString apply(const QString& code);

    QString requested() const { return m_requested; }
    QString effective() const { return m_effective; }

signals:
    void languageChanged(const QString& effectiveCode);

private:
    void removeTranslators();

    QTranslator* m_duper = nullptr;
    QTranslator* m_qt = nullptr;
    QString m_requested;
    QString m_effective = QStringLiteral("en");
};

} // namespace duper
