#pragma once

namespace duper {

// A figure over one stored row: for a raw row all three are the one value, for a per-minute row what the minute saw.
struct HistoryRange
{
    double min = 0;
    double avg = 0;
    double max = 0;

    friend bool operator==(const HistoryRange&, const HistoryRange&) = default;
};

} // namespace duper
