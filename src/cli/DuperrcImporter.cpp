#include "cli/DuperrcImporter.h"

#include "cli/SimpleYamlReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QVariantList>
#include <QVariantMap>

namespace duper::cli {

namespace {

QVariantMap mapAt(const QVariantMap& map, const QString& key)
{
    return map.value(key).toMap();
}

// The first non-empty string among `keys` in `maps` (in order).
QString firstText(const QList<QVariantMap>& maps, const QStringList& keys)
{
    for (const QVariantMap& map : maps) {
        for (const QString& key : keys) {
            const QVariant value = map.value(key);
            if (value.typeId() == QMetaType::QString && !value.toString().trimmed().isEmpty())
                return value.toString().trimmed();
        }
    }
    return {};
}

QStringList textList(const QVariant& value)
{
    QStringList result;
    if (value.typeId() == QMetaType::QString) {
        if (!value.toString().trimmed().isEmpty())
            result.append(value.toString().trimmed());
    } else if (value.typeId() == QMetaType::QVariantList) {
        for (const QVariant& item : value.toList())
            if (item.typeId() == QMetaType::QString && !item.toString().trimmed().isEmpty())
                result.append(item.toString().trimmed());
    }
    return result;
}

QString urlOf(const QVariantMap& cluster, const QVariantMap& options)
{
    for (const QVariantMap& map : {options, cluster}) {
        const QVariant node = map.value(QStringLiteral("node"));
        if (node.typeId() == QMetaType::QString && !node.toString().trimmed().isEmpty())
            return node.toString().trimmed();
        const QString nodeUrl = mapAt(map, QStringLiteral("node")).value(QStringLiteral("url")).toString().trimmed();
        if (!nodeUrl.isEmpty())
            return nodeUrl;
        const QVariantList nodes = map.value(QStringLiteral("nodes")).toList();
        if (!nodes.isEmpty()) {
            const QVariant first = nodes.first();
            const QString text = first.typeId() == QMetaType::QString
                                     ? first.toString()
                                     : first.toMap().value(QStringLiteral("url")).toString();
            if (!text.trimmed().isEmpty())
                return text.trimmed();
        }
    }
    return firstText({cluster, options}, {QStringLiteral("url")});
}

QString apiKeyOf(const QList<QVariantMap>& maps)
{
    for (const QVariantMap& map : maps) {
        const QVariant key = map.value(QStringLiteral("apiKey"), map.value(QStringLiteral("api_key")));
        if (key.typeId() == QMetaType::QString && !key.toString().trimmed().isEmpty())
            return key.toString().trimmed();
        const QVariantMap parts = key.toMap();
        const QString id = parts.value(QStringLiteral("id")).toString();
        const QString secret = parts.value(QStringLiteral("api_key"), parts.value(QStringLiteral("apiKey"))).toString();
        if (!id.isEmpty() && !secret.isEmpty())
            return id + QLatin1Char(':') + secret;
    }
    return {};
}

} // namespace

QString DuperrcImporter::defaultPath()
{
    return QDir::home().filePath(QStringLiteral(".duperrc.yml"));
}

std::optional<DuperrcImporter::File> DuperrcImporter::read(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.exists()) {
        *error = QCoreApplication::translate("duper::cli", "there is no %1").arg(QDir::toNativeSeparators(path));
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("duper::cli", "cannot read %1: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return std::nullopt;
    }
    // One byte past the reader's limit is enough for it to refuse the file; a huge one is never read whole.
    auto parsed = parse(file.read(SimpleYamlReader::kMaxInputBytes + 1), error);
    if (!parsed)
        *error = QDir::toNativeSeparators(path) + QStringLiteral(": ") + *error;
    return parsed;
}

std::optional<DuperrcImporter::File> DuperrcImporter::parse(const QByteArray& yaml, QString* error)
{
    QString yamlError;
    const QVariant root = SimpleYamlReader::parse(yaml, &yamlError);
    if (!yamlError.isEmpty()) {
        *error = yamlError;
        return std::nullopt;
    }
    if (root.typeId() != QMetaType::QVariantMap) {
        *error = QCoreApplication::translate("duper::cli", "expected \"clusters:\" at the top of the file");
        return std::nullopt;
    }
    const QVariantMap top = root.toMap();
    File result;
    const QVariant clusters = top.value(QStringLiteral("clusters"));
    if (clusters.isValid() && clusters.typeId() != QMetaType::QVariantList) {
        *error = QCoreApplication::translate("duper::cli", "\"clusters\" is not a list");
        return std::nullopt;
    }
    const QVariantList list = clusters.toList();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QVariantMap cluster = list.at(i).toMap();
        const QVariantMap options = mapAt(cluster, QStringLiteral("options"));
        const QVariantMap node = mapAt(options, QStringLiteral("node"));
        const QVariantMap auth = mapAt(options, QStringLiteral("auth"));
        const QVariantMap ownAuth = mapAt(cluster, QStringLiteral("auth"));
        QVariantMap ssl = mapAt(node, QStringLiteral("ssl"));
        if (ssl.isEmpty())
            ssl = mapAt(options, QStringLiteral("ssl"));
        if (ssl.isEmpty())
            ssl = mapAt(cluster, QStringLiteral("ssl"));

        Cluster entry;
        entry.name = firstText({cluster}, {QStringLiteral("name")});
        if (entry.name.isEmpty()) {
            result.warnings.append(
                QCoreApplication::translate("duper::cli", "cluster #%1 has no name and was skipped").arg(i + 1));
            continue;
        }
        entry.url = urlOf(cluster, options);
        const QList<QVariantMap> authMaps{auth, ownAuth, cluster, options};
        entry.username = firstText(authMaps, {QStringLiteral("username"), QStringLiteral("user")});
        const QVariant password = [&]() -> QVariant {
            for (const QVariantMap& map : authMaps)
                if (map.contains(QStringLiteral("password")))
                    return map.value(QStringLiteral("password"));
            return {};
        }();
        entry.password = password.toString(); // passwords keep their blanks
        entry.apiKey = apiKeyOf(authMaps);
        entry.cloudId = firstText(
            {mapAt(options, QStringLiteral("cloud")), mapAt(cluster, QStringLiteral("cloud")), cluster, options},
            {QStringLiteral("id"), QStringLiteral("cloudId")});
        entry.caFiles = textList(ssl.value(QStringLiteral("ca")));
        if (entry.caFiles.isEmpty())
            entry.caFiles = textList(cluster.value(QStringLiteral("sslCa")));
        entry.certFile = firstText({ssl, cluster}, {QStringLiteral("cert"), QStringLiteral("sslCert")});
        entry.keyFile = firstText({ssl, cluster}, {QStringLiteral("key"), QStringLiteral("sslKey")});
        entry.role = firstText({cluster}, {QStringLiteral("role")}).toLower();
        if (entry.url.isEmpty() && entry.cloudId.isEmpty()) {
            result.warnings.append(
                QCoreApplication::translate("duper::cli", "cluster %1 has no URL and was skipped").arg(entry.name));
            continue;
        }
        result.clusters.append(entry);
    }
    result.leader = firstText({top}, {QStringLiteral("leaderCluster"), QStringLiteral("leader")});
    result.follower =
        firstText({top}, {QStringLiteral("followerCluster"), QStringLiteral("follower"), QStringLiteral("current")});
    for (const Cluster& cluster : std::as_const(result.clusters)) {
        if (result.leader.isEmpty() && cluster.role == u"leader")
            result.leader = cluster.name;
        if (result.follower.isEmpty() && cluster.role == u"follower")
            result.follower = cluster.name;
    }
    return result;
}

} // namespace duper::cli
