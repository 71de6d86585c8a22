#pragma once

#include <array>
#include <cstddef>
#include <cstring>
#include <string_view>

namespace duper {

// Finds an object's keys among `names`, listed in the order Elasticsearch writes them: the name after the last one
// found is tried first, so a body in the usual order costs one comparison per key instead of a walk down the list.
// Keys in any other order, or unknown ones, are still found (or not) by a full walk. One lookup per object read.
template <std::size_t N> class OrderedKeyLookup
{
public:
    static constexpr std::size_t notFound = N;

    explicit constexpr OrderedKeyLookup(const std::array<std::string_view, N>& names) : m_names(names) {}

    // The position of `key` in the names, or notFound.
    std::size_t find(std::string_view key)
    {
        if (m_next < N && m_names[m_next] == key)
            return m_next++;
        for (std::size_t i = 0; i < N; ++i) {
            if (m_names[i] == key) {
                m_next = i + 1;
                return i;
            }
        }
        return notFound;
    }

    // The expected next name when the raw key text at `raw` (inside a padded simdjson body: reading past the key is
    // safe) spells exactly it; notFound otherwise, and the caller finds the key as text.
    std::size_t matchExpected(const char* raw)
    {
        if (m_next >= N)
            return notFound;
        const std::string_view name = m_names[m_next];
        if (std::memcmp(raw, name.data(), name.size()) != 0)
            return notFound;
        if (raw[name.size()] != '"')
            return notFound;
        return m_next++;
    }

    const std::string_view& nameAt(std::size_t position) const { return m_names[position]; }

private:
    const std::array<std::string_view, N>& m_names;
    std::size_t m_next = 0;
};

} // namespace duper
