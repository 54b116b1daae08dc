// Private to export/: the one place that decodes UTF-8 and escapes text for each output syntax, so
// every writer cleans names the same way whatever bytes extraction stored.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace jaal::exporter {

/// U+FFFD in UTF-8: stands in for each run of invalid bytes so a reader sees that text was lost.
inline constexpr std::string_view kReplacement = "\xEF\xBF\xBD";

/// Length of the well-formed UTF-8 sequence at the start of non-empty `s` (setting `code_point`),
/// or 0 when it is not one (stray continuation, truncated, overlong, surrogate, > U+10FFFF).
std::size_t Utf8SequenceLength(std::string_view s, char32_t& code_point);

/// Calls `fn(code_point, bytes)` for each character of `text`; each run of invalid bytes is passed
/// once as U+FFFD with kReplacement as its bytes.
template <typename Fn>
void ForEachCodePoint(std::string_view text, Fn&& fn) {
  bool in_invalid_run = false;
  while (!text.empty()) {
    char32_t cp = 0;
    std::size_t len = Utf8SequenceLength(text, cp);
    if (len == 0) {
      if (!in_invalid_run) fn(char32_t{0xFFFD}, kReplacement);
      in_invalid_run = true;
      text.remove_prefix(1);
      continue;
    }
    in_invalid_run = false;
    fn(cp, text.substr(0, len));
    text.remove_prefix(len);
  }
}

/// `text` with each run of invalid UTF-8 replaced by U+FFFD; everything else kept, controls too.
std::string ValidUtf8(std::string_view text);
std::vector<std::string> ValidUtf8(const std::vector<std::string>& texts);

/// Appends `text` as XML 1.0 character data usable in content and in attribute values: markup
/// escaped, invalid UTF-8 replaced, characters XML cannot carry (C0 controls other than tab/LF/CR,
/// U+FFFE, U+FFFF) dropped, CR written as &#13; so parsers keep it.
void AppendXmlText(std::string_view text, std::string& out);
/// As AppendXmlText, and tab and LF as character references too, because attribute-value
/// normalisation would otherwise turn them into spaces.
void AppendXmlAttribute(std::string_view text, std::string& out);

/// `text` as an N-Triples string literal with its quotes: \" \\ \n \r \t escaped, other controls
/// (and U+FFFE/U+FFFF) as \uXXXX, invalid UTF-8 replaced, all else as UTF-8.
std::string NTriplesLiteral(std::string_view text);

/// `text` as a quoted DOT ID usable as a label: " and \ escaped, LF as the \n line break, other
/// C0 controls dropped (Graphviz would pass them into SVG, which XML forbids), invalid UTF-8 replaced.
std::string DotQuoted(std::string_view text);

/// `text` as one RFC 4180 field: quoted (with "" for ") when it holds a comma, quote, CR or LF,
/// or when `always_quote`; invalid UTF-8 replaced.
std::string CsvField(std::string_view text, bool always_quote = false);

/// `text` with every byte outside RFC 3986 `unreserved` percent-encoded, for an IRI path segment.
std::string PercentEncode(std::string_view text);

/// The parts joined by `separator`.
std::string Join(const std::vector<std::string>& parts, std::string_view separator);

}  // namespace jaal::exporter
