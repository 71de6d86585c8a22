#pragma once

#include "core/values/ValueError.h"

#include <utility>
#include <variant>

namespace duper {

// The outcome of parsing one value: the value, or the ValueError that says why not.
template <typename T> class Parsed
{
public:
    Parsed(T value) : m_outcome(std::move(value)) {}
    Parsed(ValueError error) : m_outcome(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_outcome); }
    explicit operator bool() const { return ok(); }
    const T& value() const { return std::get<T>(m_outcome); }
    const ValueError& error() const { return std::get<ValueError>(m_outcome); }

private:
    std::variant<T, ValueError> m_outcome;
};

} // namespace duper
