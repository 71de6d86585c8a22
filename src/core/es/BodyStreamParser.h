#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace duper {

// Parses a response body while it is still arriving (EsResultJob feeds it through a BodyStreamFeeder), so that
// little is left to do once the last byte is in. Implementations must end up with exactly what the response's
// ordinary parse would give, errors included: whenever in doubt they parse the whole body at the end.
template <typename T> class BodyStreamParser
{
public:
    virtual ~BodyStreamParser() = default;

    // On a pool thread, never two calls at once: the body's first `available` bytes are at `data`, which is the same
    // allocation on every call, holding the same bytes plus what has arrived since.
    virtual void advance(const char* data, qsizetype available) = 0;

    // On a pool thread, once, after the last advance(): the whole body. `fedInPlace` is false when an advance() may
    // have read another allocation than `body`'s (the buffer had to move) or feeding was stopped: the parser then
    // forgets what it streamed and parses `body` whole.
    virtual std::optional<T> finish(const QByteArray& body, bool fedInPlace, QString* error) = 0;

    // Before the first advance(): how long the whole body will be (its Content-Length), to size lists up front.
    void expectBodySize(qsizetype bytes) { m_expectedBodySize = bytes; }

    // After finish(): whether its result was put together from what advance() read (false: parsed whole at the end).
    bool finishedFromStream() const { return m_finishedFromStream; }

protected:
    bool m_finishedFromStream = false;
    qsizetype m_expectedBodySize = -1;
};

} // namespace duper
