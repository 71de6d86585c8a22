#pragma once

#include "core/es/BodyStreamFeeder.h"
#include "core/es/BodyStreamParser.h"
#include "core/es/EsJob.h"

#include <QCoreApplication>
#include <QObject>
#include <functional>
#include <memory>
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
    using StreamParserFactory = std::function<std::shared_ptr<BodyStreamParser<T>>()>;
    using ValueType = T;

    EsResultJob(EsRequest request, Parser parser, QObject* parent)
        : EsJob(std::move(request), parent), m_parser(std::move(parser))
    {}

    ~EsResultJob() override { stopStreaming(); }

    // Parses large bodies while they arrive with a parser from `factory` (set before the reply starts arriving).
    void setStreamParser(StreamParserFactory factory) { m_streamFactory = std::move(factory); }

    // Set when the job finished without error.
    const std::optional<T>& result() const { return m_result; }
    // Moves the result out (for big responses); result() is empty afterwards.
    std::optional<T> takeResult() { return std::exchange(m_result, std::nullopt); }
    // true when the body was parsed on the thread pool.
    bool parsedOffThread() const { return m_parsedOffThread; }
    // true when the result was read while the body arrived (see setStreamParser).
    bool parsedWhileArriving() const { return m_parsedWhileArriving; }

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
        bool streamed = false;
    };

    void handleSuccess(const QByteArray& retained) override
    {
        // Without retainsBody() the parse owns the only reference and frees the body right after parsing it.
        QByteArray body = retainsBody() ? retained : takeBody();
        // A body the network thread wrote into a buffer of its own: `body` views it, `owner` keeps it alive.
        QSharedPointer<char> owner = retainsBody() ? bodyOwner() : takeBodyOwner();
        const bool offThread = body.size() >= offThreadThreshold() || m_stream;
        auto work = [parser = m_parser, stream = std::exchange(m_stream, nullptr),
                     feeder = std::exchange(m_feeder, nullptr), body = std::move(body),
                     owner = std::move(owner)]() mutable {
            Outcome outcome;
            if (stream) {
                outcome.value = stream->finish(body, feeder->takeOver(body.constData()), &outcome.error);
                outcome.streamed = stream->finishedFromStream();
            } else if (parser)
                outcome.value = parser(body, &outcome.error);
            else
                outcome.error = QCoreApplication::translate("duper::EsResultJob", "no parser for this response");
            body = QByteArray();
            owner.reset();
            stream.reset();
            return outcome;
        };
        if (offThread) {
            m_parsedOffThread = true;
            runOffThread(std::move(work), [this](Outcome outcome) { apply(std::move(outcome)); });
        } else {
            apply(work());
        }
    }

    bool readsBodyWhileArriving() const override { return bool(m_streamFactory); }

    void bodyArriving(const char* data, qsizetype available) override
    {
        // Small bodies are parsed in one go; a stream is started once for a large one.
        if (!m_streamFactory || m_streamStopped || available < offThreadThreshold())
            return;
        if (!m_feeder) {
            m_stream = m_streamFactory();
            if (!m_stream) {
                m_streamStopped = true;
                return;
            }
            m_stream->expectBodySize(qsizetype(declaredBodyLength()));
            m_feeder = std::make_shared<BodyStreamFeeder>(
                threadPool(),
                [stream = m_stream](const char* data, qsizetype available) { stream->advance(data, available); });
        }
        m_feeder->feed(data, available);
    }

    void bodyBufferReleasing() override { stopStreaming(); }

private:
    void stopStreaming()
    {
        m_streamStopped = true;
        if (m_feeder)
            m_feeder->stop();
    }

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
        m_parsedWhileArriving = outcome.streamed;
        finishSuccess();
    }

    Parser m_parser;
    StreamParserFactory m_streamFactory;
    std::shared_ptr<BodyStreamParser<T>> m_stream;
    std::shared_ptr<BodyStreamFeeder> m_feeder;
    bool m_streamStopped = false;
    std::optional<T> m_result;
    bool m_parsedOffThread = false;
    bool m_parsedWhileArriving = false;
};

} // namespace duper
