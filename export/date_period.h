// Private to export/: a fact dated "2024" or "2024-06" happened some time in that period; formats
// with real time types (GEXF, xsd) need its first and last day.
#pragma once

#include <optional>
#include <string_view>

#include "jaal/core/date.h"

namespace jaal::exporter {

/// The full dates of the first and last day of the period a date names: "2024" gives 2024-01-01
/// and 2024-12-31, "2024-02" gives 2024-02-01 and 2024-02-29, a full date gives itself twice.
struct DatePeriod {
  Date first;
  Date last;
  Date precise;  // the date as written, with its precision
};

/// nullopt for "" and for text Date::Parse rejects.
std::optional<DatePeriod> PeriodOf(std::string_view date_text);

}  // namespace jaal::exporter
