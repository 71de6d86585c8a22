#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace duper::cli {

// What the user typed, after parsing: the command and the values of the options given (keyed by the option's
// spelling in its OptionSpec). Flags have an empty value.
class CommandLine
{
public:
    QString command;
    QMap<QString, QStringList> values;
    QStringList passThrough; // arguments after `sandbox`, for SandboxOptions

    bool has(const QString& name) const { return values.contains(name); }
    // The last value given.
    QString value(const QString& name) const
    {
        const QStringList all = values.value(name);
        return all.isEmpty() ? QString() : all.last();
    }
    // Every value given, each split on ',', trimmed, empty ones dropped.
    QStringList list(const QString& name) const
    {
        QStringList result;
        for (const QString& value : values.value(name)) {
            for (const QString& part : value.split(QLatin1Char(','))) {
                const QString trimmed = part.trimmed();
                if (!trimmed.isEmpty())
                    result.append(trimmed);
            }
        }
        return result;
    }
};

} // namespace duper::cli
