// Name keys: the spelling variation news actually shows (hyphens, case, nukta, candrabindu).
#include "jaal/core/names.h"

namespace jaal {

std::string NameKey(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out += static_cast<char>(c);
      else if (c >= 'A' && c <= 'Z') out += static_cast<char>(c - 'A' + 'a');
      ++i;
      continue;
    }
    size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    std::string_view ch = s.substr(i, len);
    i += len;
    if (ch == "\u093C" || ch == "\u200C" || ch == "\u200D" || ch == "\u2019" || ch == "\u2018" ||
        ch == "\u2013" || ch == "\u2014" || ch == "\u00A0" || ch == "\u0964")
      continue;  // nukta, joiners, curly quotes, dashes, nbsp, danda: spelling noise in names
    if (ch == "\u0901") { out += "\u0902"; continue; }  // candrabindu spelled as anusvara
    out += ch;
  }
  return out;
}

}  // namespace jaal
