// Expands partial dates to the days they cover.
#include "date_period.h"

namespace jaal::exporter {

std::optional<DatePeriod> PeriodOf(std::string_view date_text) {
  std::optional<Date> d = Date::Parse(date_text);
  if (!d || d->empty()) return std::nullopt;
  if (d->full()) return DatePeriod{*d, *d, *d};
  if (d->month == 0) return DatePeriod{Date{d->year, 1, 1}, Date{d->year, 12, 31}, *d};
  // The day before the first of the next month, which handles February and leap years.
  Date next = d->month == 12 ? Date{d->year + 1, 1, 1} : Date{d->year, d->month + 1, 1};
  return DatePeriod{Date{d->year, d->month, 1}, next.AddDays(-1), *d};
}

}  // namespace jaal::exporter
