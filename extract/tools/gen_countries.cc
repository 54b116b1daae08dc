// gen_countries: writes extract/lexicon/actors/countries.tsv, the base list of every country and
// territory, from ICU's CLDR display names in English and Hindi.
//
// Why it exists: typing ~250 countries by hand in two scripts is error-prone; CLDR already has
// reviewed names. ICU gives the region codes (ISO 3166-1 alpha-2, plus a few CLDR extras such
// as XK), the standard display name in `en` and `hi`, and CLDR's alternative forms
// ("Countries%short", "Countries%variant": "US", "Burma", "Czech Republic"...), which become
// aliases. A small table below replaces CLDR names where news usage differs ("Myanmar (Burma)" ->
// "Myanmar"; Hindi "संयुक्त राज्य" -> the media form "अमेरिका") and adds Wikidata ids; the
// replaced CLDR names are kept as aliases.
//
// Hand-curated aliases (demonyms, government institutions, more Hindi spellings) do NOT belong
// here: they live in extract/lexicon/country_aliases.tsv, which the extractor merges by id, so
// rerunning this tool never loses them.
//
// Rerun (from the repository root; libicu-dev is enough, no CMake target):
//   g++ -std=c++20 extract/tools/gen_countries.cc -o /tmp/gen_countries \
//       $(pkg-config --cflags --libs icu-uc icu-i18n)
//   /tmp/gen_countries > extract/lexicon/actors/countries.tsv
//   python3 scripts/check_lexicon.py
#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/putil.h>
#include <unicode/udata.h>
#include <unicode/ures.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <iostream>
#include <map>
#include <string>
#include <vector>

namespace {

struct Override {
  const char* code;
  const char* name_en;  // "" = keep CLDR
  const char* name_hi;  // "" = keep CLDR
  const char* wikidata;
};

// News names and Wikidata ids. Keep sorted by code.
const Override kOverrides[] = {
    {"AD", "", "", "Q228"},
    {"AE", "", "", "Q878"},
    {"AF", "", "अफगानिस्तान", "Q889"},
    {"AG", "Antigua and Barbuda", "", "Q781"},
    {"AL", "", "", "Q222"},
    {"AM", "", "", "Q399"},
    {"AO", "", "", "Q916"},
    {"AR", "", "", "Q414"},
    {"AT", "", "", "Q40"},
    {"AU", "", "", "Q408"},
    {"AZ", "", "अजरबैजान", "Q227"},
    {"BA", "Bosnia and Herzegovina", "", "Q225"},
    {"BB", "", "", "Q244"},
    {"BD", "", "", "Q902"},
    {"BE", "", "", "Q31"},
    {"BF", "", "", "Q965"},
    {"BG", "", "", "Q219"},
    {"BH", "", "", "Q398"},
    {"BI", "", "", "Q967"},
    {"BJ", "", "", "Q962"},
    {"BN", "", "", "Q921"},
    {"BO", "", "", "Q750"},
    {"BR", "", "ब्राजील", "Q155"},
    {"BS", "", "", "Q778"},
    {"BT", "", "", "Q917"},
    {"BW", "", "", "Q963"},
    {"BY", "", "", "Q184"},
    {"CA", "", "", "Q16"},
    {"CD", "Democratic Republic of the Congo", "कांगो लोकतांत्रिक गणराज्य", "Q974"},
    {"CF", "", "", "Q929"},
    {"CG", "Republic of the Congo", "कांगो गणराज्य", "Q971"},
    {"CH", "", "स्विट्जरलैंड", "Q39"},
    {"CI", "Ivory Coast", "आइवरी कोस्ट", "Q1008"},
    {"CL", "", "", "Q298"},
    {"CM", "", "", "Q1009"},
    {"CN", "", "", "Q148"},
    {"CO", "", "", "Q739"},
    {"CR", "", "", "Q800"},
    {"CU", "", "", "Q241"},
    {"CV", "", "", "Q1011"},
    {"CY", "", "", "Q229"},
    {"CZ", "Czech Republic", "चेक गणराज्य", "Q213"},
    {"DE", "", "", "Q183"},
    {"DJ", "", "", "Q977"},
    {"DK", "", "", "Q35"},
    {"DO", "", "", "Q786"},
    {"DZ", "", "", "Q262"},
    {"EC", "", "", "Q736"},
    {"EE", "", "", "Q191"},
    {"EG", "", "", "Q79"},
    {"ER", "", "", "Q986"},
    {"ES", "", "", "Q29"},
    {"ET", "", "", "Q115"},
    {"FI", "", "फिनलैंड", "Q33"},
    {"FJ", "", "फिजी", "Q712"},
    {"FM", "", "", "Q702"},
    {"FR", "", "फ्रांस", "Q142"},
    {"GA", "", "", "Q1000"},
    {"GB", "", "ब्रिटेन", "Q145"},
    {"GE", "", "", "Q230"},
    {"GH", "", "", "Q117"},
    {"GM", "", "", "Q1005"},
    {"GN", "", "", "Q1006"},
    {"GQ", "", "", "Q983"},
    {"GR", "", "ग्रीस", "Q41"},
    {"GT", "", "", "Q774"},
    {"GW", "", "", "Q1007"},
    {"GY", "", "", "Q734"},
    {"HK", "Hong Kong", "हांगकांग", "Q8646"},
    {"HN", "", "", "Q783"},
    {"HR", "", "", "Q224"},
    {"HT", "", "", "Q790"},
    {"HU", "", "", "Q28"},
    {"ID", "", "", "Q252"},
    {"IE", "", "", "Q27"},
    {"IL", "", "इजराइल", "Q801"},
    {"IN", "", "", "Q668"},
    {"IQ", "", "", "Q796"},
    {"IR", "", "", "Q794"},
    {"IS", "", "", "Q189"},
    {"IT", "", "", "Q38"},
    {"JM", "", "", "Q766"},
    {"JO", "", "", "Q810"},
    {"JP", "", "", "Q17"},
    {"KE", "", "", "Q114"},
    {"KG", "", "किर्गिस्तान", "Q813"},
    {"KH", "", "", "Q424"},
    {"KI", "", "", "Q710"},
    {"KM", "", "", "Q970"},
    {"KN", "Saint Kitts and Nevis", "", "Q763"},
    {"KP", "", "", "Q423"},
    {"KR", "", "", "Q884"},
    {"KW", "", "", "Q817"},
    {"KZ", "", "कजाखस्तान", "Q232"},
    {"LA", "", "", "Q819"},
    {"LB", "", "", "Q822"},
    {"LC", "Saint Lucia", "", "Q760"},
    {"LI", "", "", "Q347"},
    {"LK", "", "", "Q854"},
    {"LR", "", "", "Q1014"},
    {"LS", "", "", "Q1013"},
    {"LT", "", "", "Q37"},
    {"LU", "", "", "Q32"},
    {"LV", "", "", "Q211"},
    {"LY", "", "", "Q1016"},
    {"MA", "", "", "Q1028"},
    {"MC", "", "", "Q235"},
    {"MD", "", "", "Q217"},
    {"ME", "", "", "Q236"},
    {"MG", "", "", "Q1019"},
    {"MH", "", "", "Q709"},
    {"MK", "", "", "Q221"},
    {"ML", "", "", "Q912"},
    {"MM", "Myanmar", "म्यांमार", "Q836"},
    {"MN", "", "", "Q711"},
    {"MO", "Macau", "मकाऊ", "Q14773"},
    {"MR", "", "", "Q1025"},
    {"MT", "", "", "Q233"},
    {"MU", "", "", "Q1027"},
    {"MV", "", "", "Q826"},
    {"MW", "", "", "Q1020"},
    {"MX", "", "", "Q96"},
    {"MY", "", "", "Q833"},
    {"MZ", "", "", "Q1029"},
    {"NA", "", "", "Q1030"},
    {"NE", "", "", "Q1032"},
    {"NG", "", "", "Q1033"},
    {"NI", "", "", "Q811"},
    {"NL", "", "", "Q55"},
    {"NO", "", "", "Q20"},
    {"NP", "", "", "Q837"},
    {"NR", "", "", "Q697"},
    {"NZ", "", "न्यूजीलैंड", "Q664"},
    {"OM", "", "", "Q842"},
    {"PA", "", "", "Q804"},
    {"PE", "", "", "Q419"},
    {"PG", "", "", "Q691"},
    {"PH", "", "फिलीपींस", "Q928"},
    {"PK", "", "", "Q843"},
    {"PL", "", "", "Q36"},
    {"PS", "Palestine", "फिलिस्तीन", "Q219060"},
    {"PT", "", "", "Q45"},
    {"PW", "", "", "Q695"},
    {"PY", "", "", "Q733"},
    {"QA", "", "कतर", "Q846"},
    {"RO", "", "", "Q218"},
    {"RS", "", "", "Q403"},
    {"RU", "", "", "Q159"},
    {"RW", "", "", "Q1037"},
    {"SA", "", "", "Q851"},
    {"SB", "", "", "Q685"},
    {"SC", "", "", "Q1042"},
    {"SD", "", "", "Q1049"},
    {"SE", "", "", "Q34"},
    {"SG", "", "", "Q334"},
    {"SI", "", "", "Q215"},
    {"SK", "", "", "Q214"},
    {"SL", "", "", "Q1044"},
    {"SM", "", "", "Q238"},
    {"SN", "", "", "Q1041"},
    {"SO", "", "", "Q1045"},
    {"SR", "", "", "Q730"},
    {"SS", "", "", "Q958"},
    {"ST", "São Tomé and Príncipe", "", "Q1039"},
    {"SV", "", "", "Q792"},
    {"SY", "", "", "Q858"},
    {"SZ", "", "", "Q1050"},
    {"TC", "Turks and Caicos Islands", "", ""},
    {"TD", "", "", "Q657"},
    {"TG", "", "", "Q945"},
    {"TH", "", "", "Q869"},
    {"TJ", "", "", "Q863"},
    {"TL", "East Timor", "पूर्वी तिमोर", "Q574"},
    {"TM", "", "", "Q874"},
    {"TN", "", "", "Q948"},
    {"TO", "", "", "Q678"},
    {"TR", "", "", "Q43"},
    {"TT", "Trinidad and Tobago", "", "Q754"},
    {"TV", "", "", "Q672"},
    {"TW", "", "", "Q865"},
    {"TZ", "", "तंजानिया", "Q924"},
    {"UA", "", "", "Q212"},
    {"UG", "", "", "Q1036"},
    {"US", "", "अमेरिका", "Q30"},
    {"UY", "", "", "Q77"},
    {"UZ", "", "उज्बेकिस्तान", "Q265"},
    {"VA", "", "", "Q237"},
    {"VC", "Saint Vincent and the Grenadines", "", "Q757"},
    {"VE", "", "वेनेजुएला", "Q717"},
    {"VN", "", "", "Q881"},
    {"VU", "", "", "Q686"},
    {"WS", "", "", "Q683"},
    {"XK", "", "", "Q1246"},
    {"YE", "", "", "Q805"},
    {"ZA", "", "दक्षिण अफ्रीका", "Q258"},
    {"ZM", "", "जाम्बिया", "Q953"},
    {"ZW", "", "जिम्बाब्वे", "Q954"},
};

std::string Utf8(const icu::UnicodeString& s) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  icu::UnicodeString n = U_SUCCESS(status) ? nfc->normalize(s, status) : s;
  std::string out;
  (U_SUCCESS(status) ? n : s).toUTF8String(out);
  return out;
}

// CLDR's alternative region names ("Countries%short", "Countries%variant") in one locale.
std::vector<std::string> AltNames(const char* locale, const char* code) {
  std::vector<std::string> out;
  for (const char* table : {"Countries%short", "Countries%variant"}) {
    UErrorCode status = U_ZERO_ERROR;
    UResourceBundle* root = ures_open(U_ICUDATA_NAME U_TREE_SEPARATOR_STRING "region", locale, &status);
    if (U_FAILURE(status)) continue;
    UResourceBundle* t = ures_getByKey(root, table, nullptr, &status);
    if (U_SUCCESS(status)) {
      int32_t len = 0;
      const UChar* s = ures_getStringByKey(t, code, &len, &status);
      if (U_SUCCESS(status) && s) out.push_back(Utf8(icu::UnicodeString(s, len)));
    }
    ures_close(t);
    ures_close(root);
  }
  return out;
}

// "Bosnia & Herzegovina" -> "Bosnia and Herzegovina"; "St. Lucia" -> "Saint Lucia".
std::string Spelled(std::string s) {
  for (size_t p; (p = s.find(" & ")) != std::string::npos;) s.replace(p, 3, " and ");
  if (s.rfind("St. ", 0) == 0) s.replace(0, 4, "Saint ");
  return s;
}

}  // namespace

int main() {
  std::map<std::string, const Override*> overrides;
  for (const Override& o : kOverrides) overrides[o.code] = &o;
  std::cout << "# Generated by extract/tools/gen_countries.cc from ICU " << U_ICU_VERSION
            << " (CLDR) display names. Do not edit by hand: add aliases to\n"
            << "# extract/lexicon/country_aliases.tsv, change names/Wikidata ids in the tool.\n"
            << "# id\ttype\tname_en\tname_hi\taliases\twikidata\n";
  icu::Locale en("en"), hi("hi");
  for (const char* const* c = icu::Locale::getISOCountries(); *c; ++c) {
    icu::Locale region("", *c);
    icu::UnicodeString u_en, u_hi;
    region.getDisplayCountry(en, u_en);
    region.getDisplayCountry(hi, u_hi);
    std::string cldr_en = Utf8(u_en), cldr_hi = Utf8(u_hi);
    std::string name_en = Spelled(cldr_en), name_hi = cldr_hi, qid;
    if (auto it = overrides.find(*c); it != overrides.end()) {
      if (*it->second->name_en) name_en = it->second->name_en;
      if (*it->second->name_hi) name_hi = it->second->name_hi;
      qid = it->second->wikidata;
    }
    std::vector<std::string> aliases;
    auto add = [&](const std::string& a) {
      if (a.empty() || a == name_en || a == name_hi) return;
      if (a == std::string(*c)) return;  // bare region codes are not safe aliases ("IN", "IT")
      if (std::find(aliases.begin(), aliases.end(), a) == aliases.end()) aliases.push_back(a);
    };
    add(cldr_en);
    add(Spelled(cldr_en));
    add(cldr_hi);
    for (const std::string& a : AltNames("en", *c)) add(a), add(Spelled(a));
    for (const std::string& a : AltNames("hi", *c)) add(a);
    std::string joined;
    for (const std::string& a : aliases) joined += (joined.empty() ? "" : "|") + a;
    std::cout << *c << "\tcountry\t" << name_en << "\t" << name_hi << "\t" << joined << "\t" << qid << "\n";
  }
  return 0;
}
