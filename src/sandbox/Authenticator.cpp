#include "sandbox/Authenticator.h"

#include "sandbox/JsonWriter.h"

namespace duper::sandbox {

namespace {

struct RequiredPrivilege
{
    QString action;
    bool indexAction = false;
    QString privileges;
};

// Which manage-level privilege a request needs, for the endpoints a restricted user may not call.
std::optional<RequiredPrivilege> requiredPrivilege(const RestRequest& request)
{
    const QStringList& s = request.segments;
    const QByteArray& m = request.method;
    if (s.size() == 3 && s.at(1) == u"_ccr") {
        const QString& op = s.at(2);
        if (op == u"follow" && m == "PUT")
            return RequiredPrivilege{QStringLiteral("indices:admin/xpack/ccr/put_follow"), true,
                                     QStringLiteral("manage_follow_index,manage,all")};
        if (op == u"unfollow")
            return RequiredPrivilege{QStringLiteral("indices:admin/xpack/ccr/unfollow"), true,
                                     QStringLiteral("manage_follow_index,manage,all")};
        if (op == u"pause_follow")
            return RequiredPrivilege{QStringLiteral("cluster:admin/xpack/ccr/pause_follow"), false,
                                     QStringLiteral("manage_ccr,all")};
        if (op == u"resume_follow")
            return RequiredPrivilege{QStringLiteral("cluster:admin/xpack/ccr/resume_follow"), false,
                                     QStringLiteral("manage_ccr,all")};
    }
    if (s.size() >= 3 && s.at(0) == u"_ccr" && s.at(1) == u"auto_follow" && m != "GET") {
        QString verb = QStringLiteral("put");
        if (m == "DELETE")
            verb = QStringLiteral("delete");
        else if (s.size() == 4)
            verb = QStringLiteral("activate");
        return RequiredPrivilege{QStringLiteral("cluster:admin/xpack/ccr/auto_follow_pattern/") + verb, false,
                                 QStringLiteral("manage_ccr,all")};
    }
    if (s.size() == 2 && s.at(0) == u"_cluster" && s.at(1) == u"settings" && m == "PUT")
        return RequiredPrivilege{QStringLiteral("cluster:admin/settings/update"), false, QStringLiteral("manage,all")};
    return std::nullopt;
}

} // namespace

void Authenticator::addUser(const QString& name, const QString& password, bool restricted)
{
    m_users.insert(name, password);
    if (restricted)
        m_restricted.insert(name);
}

void Authenticator::addApiKey(const QString& id, const QString& key)
{
    m_apiKeys.insert(id, key);
}

QList<QByteArray> Authenticator::wwwAuthenticateValues()
{
    return {QByteArrayLiteral("Basic realm=\"security\", charset=\"UTF-8\""),
            QByteArrayLiteral("Bearer realm=\"security\""), QByteArrayLiteral("ApiKey")};
}

RestError Authenticator::unauthenticated(const QString& reason) const
{
    RestError error(401, QStringLiteral("security_exception"), reason);
    JsonWriter header;
    header.beginObject().key(QLatin1String("WWW-Authenticate")).beginArray();
    for (const QByteArray& v : wwwAuthenticateValues())
        header.value(QString::fromLatin1(v));
    header.endArray().endObject();
    error.withExtra(QStringLiteral("header"), header.take());
    return error;
}

std::optional<Authenticator::Principal> Authenticator::authenticate(const RestRequest& request, RestError* error) const
{
    if (!enabled())
        return Principal{QStringLiteral("elastic"), {}, false};
    const QByteArray authorization = request.header("Authorization").trimmed();
    const qsizetype space = authorization.indexOf(' ');
    const QByteArray scheme = space > 0 ? authorization.left(space).toLower() : QByteArray();
    const QByteArray decoded = QByteArray::fromBase64(authorization.mid(space + 1).trimmed());
    const qsizetype colon = decoded.indexOf(':');
    const QString where = request.pathAndQuery();
    if (scheme == "basic" && colon > 0) {
        const QString user = QString::fromUtf8(decoded.left(colon));
        const QString password = QString::fromUtf8(decoded.mid(colon + 1));
        if (m_users.contains(user) && m_users.value(user) == password)
            return Principal{user, {}, m_restricted.contains(user)};
        *error =
            unauthenticated(QStringLiteral("unable to authenticate user [%1] for REST request [%2]").arg(user, where));
        return std::nullopt;
    }
    if (scheme == "apikey" && colon > 0) {
        const QString id = QString::fromUtf8(decoded.left(colon));
        if (m_apiKeys.contains(id) && m_apiKeys.value(id) == QString::fromUtf8(decoded.mid(colon + 1)))
            return Principal{QStringLiteral("elastic"), id, false};
        *error = unauthenticated(
            QStringLiteral("unable to authenticate with provided credentials and anonymous access is not allowed for "
                           "this request"));
        return std::nullopt;
    }
    *error = unauthenticated(QStringLiteral("missing authentication credentials for REST request [%1]").arg(where));
    return std::nullopt;
}

std::optional<RestError> Authenticator::authorize(const Principal& principal, const RestRequest& request) const
{
    if (!principal.restricted)
        return std::nullopt;
    const auto required = requiredPrivilege(request);
    if (!required)
        return std::nullopt;
    QString reason = QStringLiteral("action [%1] is unauthorized for user [%2] with effective roles [%3]")
                         .arg(required->action, principal.user, QStringLiteral("ccr_viewer"));
    if (required->indexAction) {
        reason += QStringLiteral(" on indices [%1], this action is granted by the index privileges [%2]")
                      .arg(request.segments.value(0), required->privileges);
    } else {
        reason += QStringLiteral(", this action is granted by the cluster privileges [%1]").arg(required->privileges);
    }
    return RestError(403, QStringLiteral("security_exception"), reason);
}

} // namespace duper::sandbox
