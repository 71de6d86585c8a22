#pragma once

#include "core/es/EsJob.h"

#include <QCoreApplication>
#include <QObject>
#include <functional>
#include <optional>

namespace duper {

// A job whose 2xx body is parsed into a T with a parser of the shape
// `std::optional<T> parse(const QByteArray& body, QString* error)`. Bodies of at least
// EsClient::offThreadParseThreshold() bytes are parsed on the client's thread pool; the result is always delivered
// on the job's thread. A parser failure finishes the job with a MalformedResponse error carrying the parser's message.
template <typename T> class EsResultJob : public EsJob
{
public:
    using Parser = std::function<std::optional<T>(const QByteArray&, QString*)>;
    using ValueType = T;

    EsResultJob(EsRequest request, Parser parser, QObject* parent)
        : EsJob(std::move(request), parent), m_parser(std::move(parser))
    {}

    // Set when the job finished without error.
    const std::optional<T>& result() const { return m_result; }
    // Moves the result out (for big responses); result() is empty afterwards.
    std::optional<T> takeResult() { return std::exchange(m_result, std::nullopt); }
    // true when the body was parsed on the thread pool.
    bool parsedOffThread() const { return m_parsedOffThread; }

    // Connects `callback(EsResultJob<T>*)` to finished(), with `context` bounding the connection's lifetime.
    template <typename Callback> QMetaObject::Connection onFinished(QObject* context, Callback callback)
    {
        return QObject::connect(this, &EsJob::finished, context,
                                [callback](EsJob* job) mutable { callback(static_cast<EsResultJob<T>*>(job)); });
    }

protected:
    struct Outcome
    {
        std::optional<T> value;
        QString error;
    };

    void handleSuccess(const QByteArray& retained) override
    {
        // Without retainsBody() the parse owns the only reference and frees the body right after parsing it.
        QByteArray body = retainsBody() ? retained : takeBody();
        const bool offThread = body.size() >= offThreadThreshold();
        auto work = [parser = m_parser, body = std::move(body)]() mutable {
            Outcome outcome;
            if (parser)
                outcome.value = parser(body, &outcome.error);
            else
                outcome.error = QCoreApplication::translate("duper::EsResultJob", "no parser for this response");
            body = QByteArray();
            return outcome;
        };
        if (offThread) {
            m_parsedOffThread = true;
            runOffThread(std::move(work), [this](Outcome outcome) { apply(std::move(outcome)); });
        } else {
            apply(work());
        }
    }

private:
    void apply(Outcome outcome)
    {
        if (isFinished())
            return; // cancelled while parsing
        if (!outcome.value) {
            finishWithError(EsError::malformed(
                outcome.error.isEmpty()
                    ? QCoreApplication::translate("duper::EsResultJob", "the response has an unexpected shape")
                    : outcome.error));
            return;
        }
        m_result = std::move(outcome.value);
        finishSuccess();
    }

    Parser m_parser;
    std::optional<T> m_result;
    bool m_parsedOffThread = false;
};

} // namespace duper
