// Calendar dates with a known precision: news says "in June" as often as "on 29 November 2024".
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace jaal {

/// A proleptic Gregorian date whose month and day may be unknown (0).
struct Date {
  int year = 0;   // 0 means no date at all
  int month = 0;  // 1..12, or 0 when only the year is known
  int day = 0;    // 1..31, or 0 when only year (and month) are known

  bool empty() const { return year == 0; }
  bool full() const { return year != 0 && month != 0 && day != 0; }
  /// "YYYY-MM-DD", "YYYY-MM", "YYYY", or "" when empty.
  std::string ToString() const;
  /// Parses the three forms ToString writes; nullopt for anything else or an impossible date.
  static std::optional<Date> Parse(std::string_view text);
  /// Day number since 1970-01-01 of a full date (for arithmetic and sorting).
  long DaysSinceEpoch() const;
  static Date FromDaysSinceEpoch(long days);
  /// 0 = Monday ... 6 = Sunday, for a full date.
  int Weekday() const;
  Date AddDays(long days) const { return FromDaysSinceEpoch(DaysSinceEpoch() + days); }

  friend bool operator==(const Date&, const Date&) = default;
};

/// True when `year-month-day` exists in the Gregorian calendar.
bool IsValidDate(int year, int month, int day);

}  // namespace jaal
