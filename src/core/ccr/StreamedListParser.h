#pragma once

// Internal to duper_core's .cpp files (pulls in simdjson through OnDemandReader.h).

#include "core/ccr/OnDemandReader.h"
#include "core/es/BodyStreamParser.h"
#include "core/json/JsonArrayStreamScanner.h"

#include <QByteArray>
#include <QList>
#include <utility>

namespace duper {

// Streams the one large list of a response (follow_stats.indices of GET /_ccr/stats): as the body arrives, the
// complete elements of the list are copied, a piece of at most kPieceBytes at a time, into a small array document
// and read with the response's own element reader. At the end the rest of the body (everything around the list) is
// parsed by the response's ordinary parser, whose list then holds only what a repeated key added after it, and the
// streamed elements go in front. Anything unusual (see JsonArrayStreamScanner), a piece that does not parse, or a
// body that moved makes finish() parse the whole body the ordinary way, so results and error messages are exactly
// the ordinary parse's.
//
// `ReadElement`: bool(OnDemandReader&, OnDemandReader::Value&, const JsonPath&, Element&), may keep state between
// elements. `ListOf`: QList<Element>&(Response&). `FullParse`: std::optional<Response>(const QByteArray&, QString*).
template <typename Response, typename Element, typename ReadElement, typename ListOf, typename FullParse>
class StreamedListParser final : public BodyStreamParser<Response>
{
public:
    static constexpr qsizetype kPieceBytes = 256 * 1024;

    StreamedListParser(QString api, std::vector<std::string_view> keyPath, ReadElement readElement, ListOf listOf,
                       FullParse fullParse)
        : m_api(std::move(api)), m_scanner(std::move(keyPath)), m_readElement(std::move(readElement)),
          m_listOf(std::move(listOf)), m_fullParse(std::move(fullParse))
    {}

    void advance(const char* data, qsizetype available) override
    {
        while (!m_failed) {
            const JsonArrayStreamScanner::Span span = m_scanner.advance(data, available, kPieceBytes);
            if (span.count > 0 && !readPiece(data, span)) {
                m_failed = true;
                m_elements = QList<Element>();
            }
            if (span.count == 0 || m_scanner.scanned() >= available)
                return;
        }
    }

    std::optional<Response> finish(const QByteArray& body, bool fedInPlace, QString* error) override
    {
        if (fedInPlace && !m_failed) {
            advance(body.constData(), body.size());
            if (std::optional<Response> streamed = assemble(body)) {
                this->m_finishedFromStream = true;
                return streamed;
            }
        }
        m_elements = QList<Element>();
        return m_fullParse(body, error);
    }

private:
    // The skeleton's response with the streamed elements in front of its own; nullopt when anything is off.
    std::optional<Response> assemble(const QByteArray& body)
    {
        if (m_failed || m_scanner.state() != JsonArrayStreamScanner::State::Closed)
            return std::nullopt;
        const qsizetype open = m_scanner.arrayOpen();
        const qsizetype close = m_scanner.arrayClose();
        QByteArray skeleton;
        skeleton.reserve(open + 1 + (body.size() - close) + qsizetype(simdjson::SIMDJSON_PADDING));
        skeleton.append(body.constData(), open + 1).append(body.constData() + close, body.size() - close);
        if (!isValidJson(skeleton))
            return std::nullopt;
        std::optional<Response> response = m_fullParse(skeleton, nullptr);
        if (!response)
            return std::nullopt;
        QList<Element>& list = m_listOf(*response);
        if (!list.isEmpty())
            m_elements.append(std::move(list));
        list = std::move(m_elements);
        return response;
    }

    bool readPiece(const char* data, const JsonArrayStreamScanner::Span& span)
    {
        const qsizetype length = span.end - span.begin;
        if (m_elements.isEmpty() && this->m_expectedBodySize > span.end && length > 0) {
            // Sized once from the first piece's bytes per element: grown one append at a time, a list of 10,000
            // followers reallocates a dozen times, and each fresh block costs page faults to fill.
            // Only when the list stays within twice the body's size: the declared length is the server's word.
            const double perElement = double(length) / double(span.count);
            const double estimate = double(this->m_expectedBodySize - span.begin) / perElement * 1.05 + 8;
            if (estimate * double(sizeof(Element)) <= 2.0 * double(this->m_expectedBodySize))
                m_elements.reserve(qsizetype(estimate));
        }
        m_piece.resize(0); // keeps its allocation for the next piece
        m_piece.reserve(length + 2 + qsizetype(simdjson::SIMDJSON_PADDING));
        m_piece.append('[').append(data + span.begin, length).append(']');
        OnDemandReader reader(m_api);
        OnDemandReader::Array array;
        if (!reader.open(m_piece, array))
            return false;
        int count = 0;
        const JsonPath path;
        const bool read = forEachElement(reader, array, path, [&](qsizetype index, OnDemandReader::Value& value) {
            Element element;
            if (!m_readElement(reader, value, path.element(index), element))
                return false;
            m_elements.append(std::move(element));
            ++count;
            return true;
        });
        // The scanner and simdjson must agree on where elements begin and end.
        return read && count == span.count && reader.finish();
    }

    // On-demand reading does not check the grammar of what it skips, so a malformed skeleton could reach the list by
    // a path the ordinary parse never takes (`"follow_stats": "indices": [...]`). The skeleton is small and is
    // validated in full; a piece needs no such check: the scanner has matched its brackets and separators, and the
    // element reader walks the same bytes the ordinary parse would, so both read an element the same, leniency and
    // all (the fuzz targets and tst_streamedlistparser hold them to that).
    bool isValidJson(const QByteArray& text)
    {
        return m_validator.parse(text.constData(), size_t(text.size()), /*realloc_if_needed=*/false).error() ==
               simdjson::SUCCESS;
    }

    QString m_api;
    simdjson::dom::parser m_validator;
    JsonArrayStreamScanner m_scanner;
    ReadElement m_readElement;
    ListOf m_listOf;
    FullParse m_fullParse;
    QList<Element> m_elements;
    QByteArray m_piece;
    bool m_failed = false;
};

// Deduces the template's arguments (and heap-allocates, as BodyStreamParser users hold it shared).
template <typename Response, typename Element, typename ReadElement, typename ListOf, typename FullParse>
std::shared_ptr<BodyStreamParser<Response>> makeStreamedListParser(QString api, std::vector<std::string_view> keyPath,
                                                                   ReadElement readElement, ListOf listOf,
                                                                   FullParse fullParse)
{
    return std::make_shared<StreamedListParser<Response, Element, ReadElement, ListOf, FullParse>>(
        std::move(api), std::move(keyPath), std::move(readElement), std::move(listOf), std::move(fullParse));
}

} // namespace duper
