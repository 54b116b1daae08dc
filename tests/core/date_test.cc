// Dates: parsing the three precisions, and the arithmetic that resolves weekdays.
#include <doctest/doctest.h>

#include "jaal/core/date.h"

using jaal::Date;

TEST_CASE("dates parse and print at day, month and year precision") {
  CHECK(Date::Parse("2024-11-29")->ToString() == "2024-11-29");
  CHECK(Date::Parse("2024-06")->ToString() == "2024-06");
  CHECK(Date::Parse("2024")->ToString() == "2024");
}

TEST_CASE("impossible or malformed dates are refused") {
  CHECK_FALSE(Date::Parse("2023-02-29"));
  CHECK_FALSE(Date::Parse("2024-13-01"));
  CHECK_FALSE(Date::Parse("2024-1-1"));
  CHECK_FALSE(Date::Parse("20x4"));
  CHECK_FALSE(Date::Parse(""));
  CHECK(Date::Parse("2024-02-29"));
}

TEST_CASE("weekday and day arithmetic agree with the calendar") {
  Date d = *Date::Parse("2024-11-30");
  CHECK(d.Weekday() == 5);  // Saturday
  CHECK(d.AddDays(-1).ToString() == "2024-11-29");
  CHECK(Date::Parse("2000-03-01")->AddDays(-1).ToString() == "2000-02-29");
  CHECK(Date::Parse("1970-01-01")->DaysSinceEpoch() == 0);
}
