// UTF-8 validation and the escaping rules of XML, N-Triples, DOT, CSV and IRIs, shared by the writers.
#include "text_escape.h"

#include <fmt/format.h>

namespace jaal::exporter {
namespace {

bool IsXmlForbidden(char32_t cp) {
  return (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') || cp == 0xFFFE || cp == 0xFFFF;
}

void AppendXml(std::string_view text, bool attribute, std::string& out) {
  ForEachCodePoint(text, [&](char32_t cp, std::string_view bytes) {
    switch (cp) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      case '\r': out += "&#13;"; break;
      case '\n': out += attribute ? "&#10;" : "\n"; break;
      case '\t': out += attribute ? "&#9;" : "\t"; break;
      default:
        if (!IsXmlForbidden(cp)) out += bytes;
    }
  });
}

}  // namespace

// The ranges are those of Unicode Table 3-7.
std::size_t Utf8SequenceLength(std::string_view s, char32_t& code_point) {
  auto byte = [&](std::size_t i) { return static_cast<unsigned char>(s[i]); };
  unsigned char b0 = byte(0);
  if (b0 < 0x80) {
    code_point = b0;
    return 1;
  }
  std::size_t len = 0;
  unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    len = 2;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    len = 3;
    if (b0 == 0xE0) lo = 0xA0;  // overlong
    if (b0 == 0xED) hi = 0x9F;  // UTF-16 surrogates
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    len = 4;
    if (b0 == 0xF0) lo = 0x90;  // overlong
    if (b0 == 0xF4) hi = 0x8F;  // beyond U+10FFFF
  } else {
    return 0;
  }
  if (s.size() < len || byte(1) < lo || byte(1) > hi) return 0;
  for (std::size_t i = 2; i < len; ++i) {
    if (byte(i) < 0x80 || byte(i) > 0xBF) return 0;
  }
  code_point = b0 & (0xFF >> (len + 1));
  for (std::size_t i = 1; i < len; ++i) code_point = (code_point << 6) | (byte(i) & 0x3F);
  return len;
}

std::string ValidUtf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  ForEachCodePoint(text, [&](char32_t, std::string_view bytes) { out += bytes; });
  return out;
}

std::vector<std::string> ValidUtf8(const std::vector<std::string>& texts) {
  std::vector<std::string> out;
  out.reserve(texts.size());
  for (const std::string& t : texts) out.push_back(ValidUtf8(t));
  return out;
}

void AppendXmlText(std::string_view text, std::string& out) { AppendXml(text, false, out); }
void AppendXmlAttribute(std::string_view text, std::string& out) { AppendXml(text, true, out); }

std::string NTriplesLiteral(std::string_view text) {
  std::string out = "\"";
  ForEachCodePoint(text, [&](char32_t cp, std::string_view bytes) {
    switch (cp) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        // Controls are legal raw in RDF 1.1 but not in every parser or terminal; escaping is safe.
        if (cp < 0x20 || cp == 0x7F || cp == 0xFFFE || cp == 0xFFFF) {
          out += fmt::format("\\u{:04X}", static_cast<unsigned>(cp));
        } else {
          out += bytes;
        }
    }
  });
  return out + "\"";
}

std::string DotQuoted(std::string_view text) {
  std::string out = "\"";
  ForEachCodePoint(text, [&](char32_t cp, std::string_view bytes) {
    switch (cp) {
      case '"': out += "\\\""; break;
      // Graphviz reads \N, \G, \l ... in labels as escapes; \\ is a literal backslash.
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += ' '; break;
      default:
        if (!IsXmlForbidden(cp) && cp != '\r') out += bytes;
    }
  });
  return out + "\"";
}

std::string CsvField(std::string_view text, bool always_quote) {
  std::string clean = ValidUtf8(text);
  if (!always_quote && clean.find_first_of(",\"\r\n") == std::string::npos) return clean;
  std::string out = "\"";
  for (char c : clean) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string PercentEncode(std::string_view text) {
  std::string out;
  for (char c : text) {
    auto b = static_cast<unsigned char>(c);
    bool unreserved = (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9') ||
                      b == '-' || b == '.' || b == '_' || b == '~';
    if (unreserved) {
      out += c;
    } else {
      out += fmt::format("%{:02X}", static_cast<unsigned>(b));
    }
  }
  return out;
}

std::string Join(const std::vector<std::string>& parts, std::string_view separator) {
  std::string joined;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) joined += separator;
    joined += parts[i];
  }
  return joined;
}

}  // namespace jaal::exporter
