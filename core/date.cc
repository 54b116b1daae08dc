// Date arithmetic for resolving "Friday", "yesterday" and month names against an article's date.
#include "jaal/core/date.h"

#include <charconv>

#include <fmt/format.h>

namespace jaal {
namespace {

bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int DaysInMonth(int y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && IsLeap(y) ? 29 : kDays[m - 1];
}

std::optional<int> ParseInt(std::string_view s, size_t digits) {
  if (s.size() != digits) return std::nullopt;
  int v = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || p != s.data() + s.size()) return std::nullopt;
  return v;
}

}  // namespace

bool IsValidDate(int year, int month, int day) {
  if (year < 1 || year > 9999) return false;
  if (month == 0) return day == 0;
  if (month < 1 || month > 12) return false;
  return day == 0 || (day >= 1 && day <= DaysInMonth(year, month));
}

std::string Date::ToString() const {
  if (year == 0) return {};
  if (month == 0) return fmt::format("{:04d}", year);
  if (day == 0) return fmt::format("{:04d}-{:02d}", year, month);
  return fmt::format("{:04d}-{:02d}-{:02d}", year, month, day);
}

std::optional<Date> Date::Parse(std::string_view text) {
  Date d;
  auto y = ParseInt(text.substr(0, 4), 4);
  if (!y) return std::nullopt;
  d.year = *y;
  if (text.size() > 4) {
    if (text.size() < 7 || text[4] != '-') return std::nullopt;
    auto m = ParseInt(text.substr(5, 2), 2);
    if (!m) return std::nullopt;
    d.month = *m;
    if (text.size() > 7) {
      if (text.size() != 10 || text[7] != '-') return std::nullopt;
      auto day = ParseInt(text.substr(8, 2), 2);
      if (!day) return std::nullopt;
      d.day = *day;
    }
  }
  if (!IsValidDate(d.year, d.month, d.day)) return std::nullopt;
  return d;
}

// Howard Hinnant's days_from_civil / civil_from_days.
long Date::DaysSinceEpoch() const {
  int y = year, m = month ? month : 1, dd = day ? day : 1;
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + dd - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}

Date Date::FromDaysSinceEpoch(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long y = static_cast<long>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return Date{static_cast<int>(y + (m <= 2)), static_cast<int>(m), static_cast<int>(d)};
}

int Date::Weekday() const {
  long z = DaysSinceEpoch();  // 1970-01-01 was a Thursday (3 when Monday is 0)
  return static_cast<int>(((z % 7) + 7 + 3) % 7);
}

}  // namespace jaal
