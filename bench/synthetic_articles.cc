// Sentence shapes for synthetic news. The shapes are the ones docs/extraction.md handles, so a
// generated article yields triples as a real one does; noise sentences keep the extractor honest.
#include "synthetic_articles.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <string_view>

#include <fmt/format.h>

#include "jaal/core/date.h"
#include "jaal/core/json.h"

namespace jaal::bench {
namespace fs = std::filesystem;
namespace {

std::vector<std::string> Split(std::string_view s, char sep) {
  std::vector<std::string> out;
  for (size_t start = 0;;) {
    size_t end = s.find(sep, start);
    out.emplace_back(s.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
    if (end == std::string_view::npos) return out;
    start = end + 1;
  }
}

// Calls `row(fields, line_number)` for each data row of a TSV file; comments and blanks skipped.
template <typename Row>
Status ReadTsv(const fs::path& path, Row row) {
  std::ifstream in(path);
  if (!in) return Status::IoError(fmt::format("{}: cannot open", path.string()));
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    if (line.empty() || line[0] == '#') continue;
    if (Status s = row(Split(line, '\t'), n); !s.ok()) return s.WithContext(fmt::format("{}:{}", path.string(), n));
  }
  return Status::Ok();
}

bool Has(const std::vector<std::string>& v, std::string_view x) { return std::find(v.begin(), v.end(), x) != v.end(); }

// English trigger forms that read as a finite verb after a singular subject: past tense or third
// person ("met", "accuses", "held talks"), not "to meet" or "meeting with".
bool FiniteEnglish(const std::string& form) {
  static const std::vector<std::string> kIrregular = {"met", "held", "had", "spoke", "sent", "gave", "struck", "hit",
                                                      "fought", "withdrew", "sought", "shot", "stood", "cut", "broke"};
  std::string first = form.substr(0, form.find(' '));
  if (first.size() > 3 && first.ends_with("ing")) return false;
  if (first == "to" || first == "talks") return false;
  return first.ends_with("ed") || (first.ends_with("s") && !first.ends_with("ss")) || Has(kIrregular, first);
}

bool EndsWithPreposition(const std::string& form) {
  static const std::vector<std::string> kPrepositions = {"with", "to",   "on", "for", "from",  "at",
                                                         "in",   "upon", "of", "by",  "against"};
  return Has(kPrepositions, form.substr(form.rfind(' ') + 1));
}

// Hindi verbs that take no ने (the doer of "मिले", "पहुंचे" is in the direct case).
bool IntransitiveHindi(const std::string& form) {
  for (std::string_view stem : {"मिल", "पहुं", "पहुँ", "पीछे हट", "निकल"})
    if (form.starts_with(stem)) return true;
  return false;
}

const char* kEnglishWeekdays[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
const char* kHindiWeekdays[] = {"सोमवार", "मंगलवार", "बुधवार", "गुरुवार", "शुक्रवार", "शनिवार", "रविवार"};
const char* kEnglishMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                                "July",    "August",   "September", "October", "November", "December"};
const char* kHindiMonths[] = {"जनवरी", "फरवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "अक्टूबर", "नवंबर", "दिसंबर"};

// Sentences naming no actor and no event: the filler of real articles.
const std::vector<std::string> kEnglishNoise = {
    "The talks lasted about three hours and no joint statement was issued.",
    "Officials did not give further details.",
    "Markets in the region were little changed after the announcement.",
    "The meeting took place behind closed doors.",
    "Heavy rain delayed several flights at the capital's airport.",
    "Analysts said the coming weeks would be decisive.",
    "The situation on the ground remained tense, witnesses said.",
    "More than 200 delegates attended the conference.",
    "Prices of food and fuel have risen sharply this year.",
    "The issue is expected to dominate the agenda of the next session.",
    "Local media carried pictures of the ceremony.",
    "Several roads in the city centre were closed for security reasons."};
const std::vector<std::string> kHindiNoise = {
    "बैठक करीब तीन घंटे चली और कोई संयुक्त बयान जारी नहीं किया गया.",
    "अधिकारियों ने इस बारे में अधिक जानकारी नहीं दी.",
    "इस घोषणा के बाद क्षेत्र के बाजारों में ज्यादा बदलाव नहीं हुआ.",
    "यह बैठक बंद कमरे में हुई.",
    "भारी बारिश के कारण राजधानी के हवाई अड्डे पर कई उड़ानें देर से चलीं.",
    "विश्लेषकों का मानना है कि आने वाले सप्ताह निर्णायक होंगे.",
    "प्रत्यक्षदर्शियों के अनुसार जमीनी हालात अब भी तनावपूर्ण हैं.",
    "सम्मेलन में 200 से अधिक प्रतिनिधियों ने हिस्सा लिया.",
    "इस साल खाने-पीने की चीजों और ईंधन के दाम तेजी से बढ़े हैं.",
    "अगले सत्र के एजेंडे में इस मुद्दे के छाए रहने की उम्मीद है.",
    "स्थानीय मीडिया ने समारोह की तस्वीरें प्रकाशित कीं.",
    "सुरक्षा कारणों से शहर के बीचोंबीच कई सड़कें बंद रहीं."};

}  // namespace

Result<std::unique_ptr<SyntheticArticles>> SyntheticArticles::Load(const std::string& lexicon_dir, std::uint64_t seed,
                                                                   double hindi_share) {
  std::unique_ptr<SyntheticArticles> gen(new SyntheticArticles(seed, hindi_share));
  std::vector<fs::path> files;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(fs::path(lexicon_dir) / "actors", ec))
    if (e.path().extension() == ".tsv") files.push_back(e.path());
  if (ec) return Status::IoError(fmt::format("{}/actors: {}", lexicon_dir, ec.message()));
  std::sort(files.begin(), files.end());  // directory order is not deterministic
  std::vector<Actor> states, others;
  for (const fs::path& f : files) {
    Status s = ReadTsv(f, [&](const std::vector<std::string>& c, int) {
      if (c.size() < 4) return Status::InvalidArgument("expected id, type, name_en, name_hi");
      if (c[2].empty() || c[3].empty()) return Status::Ok();
      Actor a{c[0], c[2], c[3], c.size() > 4 && !c[4].empty() ? Split(c[4], '|').size() : 0};
      if (c[1] == "media") gen->media_.push_back(a);
      else if (c[1] == "person") gen->people_.push_back(a);
      else if (c[1] == "country") states.push_back(a);
      else if (c[1] != "region") others.push_back(a);
      return Status::Ok();
    });
    if (!s.ok()) return s;
  }
  if (states.empty() || gen->people_.empty() || gen->media_.empty())
    return Status::InvalidArgument(fmt::format("{}/actors: no countries, persons or media", lexicon_dir));
  // Curated aliases of countries live in *aliases.tsv files at the lexicon root.
  for (const auto& e : fs::directory_iterator(lexicon_dir, ec)) {
    if (!e.path().filename().string().ends_with("aliases.tsv")) continue;
    Status s = ReadTsv(e.path(), [&](const std::vector<std::string>& c, int) {
      if (c.size() < 2) return Status::Ok();
      for (Actor& a : states)
        if (a.id == c[0]) a.aliases += Split(c[1], '|').size();
      return Status::Ok();
    });
    if (!s.ok()) return s;
  }
  // Who makes the news: states most, then persons and organisations, each by a Zipf law. The
  // lexicon lists more aliases for the actors the news names most (United States, Russia, Putin),
  // so rank by alias count, ties in a seeded shuffle: a few prominent actors dominate, as in news.
  std::mt19937_64 shuffle(seed ^ 0x9e3779b97f4a7c15ULL);
  std::vector<Actor> people = gen->people_;
  for (auto* group : {&states, &people, &others}) {
    std::shuffle(group->begin(), group->end(), shuffle);
    std::stable_sort(group->begin(), group->end(), [](const Actor& x, const Actor& y) { return x.aliases > y.aliases; });
  }
  std::vector<double> weights;
  auto add = [&](const std::vector<Actor>& group, double share) {
    double h = 0;
    for (size_t i = 0; i < group.size(); ++i) h += 1.0 / (i + 1);
    for (size_t i = 0; i < group.size(); ++i) {
      gen->actors_.push_back(group[i]);
      weights.push_back(share / (i + 1) / h);
    }
  };
  add(states, 0.55);
  add(people, 0.30);
  add(others, 0.15);
  gen->actor_pick_ = std::discrete_distribution<size_t>(weights.begin(), weights.end());

  for (const char* lang : {"en", "hi"}) {
    auto& out = std::string_view(lang) == "en" ? gen->en_ : gen->hi_;
    Status s = ReadTsv(fs::path(lexicon_dir) / "patterns" / (std::string(lang) + ".tsv"),
                       [&](const std::vector<std::string>& c, int) {
                         if (c.size() < 5) return Status::InvalidArgument("expected at least 5 columns");
                         Pattern p;
                         p.relation = c[0];
                         p.markers = Split(c[4], '|');
                         std::vector<std::string> flags = c.size() > 5 ? Split(c[5], ',') : std::vector<std::string>{};
                         p.light_verb = Has(flags, "lv");
                         p.symmetric = Has(flags, "sym");
                         p.nominal = Has(flags, "nominal");
                         if (Has(flags, "after")) return Status::Ok();  // headline word order only
                         if (c.size() > 6 && !c[6].empty()) p.context = Split(c[6], '|');
                         for (const std::string& t : Split(c[3], '|'))
                           if (std::string_view(lang) == "hi" || p.nominal || FiniteEnglish(t)) p.triggers.push_back(t);
                         if (!p.triggers.empty()) out.push_back(std::move(p));
                         return Status::Ok();
                       });
    if (!s.ok()) return s;
    if (out.empty()) return Status::InvalidArgument(fmt::format("{}/patterns/{}.tsv: no patterns", lexicon_dir, lang));
  }
  return gen;
}

const SyntheticArticles::Actor& SyntheticArticles::PickActor() { return actors_[actor_pick_(rng_)]; }
const SyntheticArticles::Actor& SyntheticArticles::PickMedia() { return Pick(media_); }

std::string SyntheticArticles::EnglishEvent() {
  const Pattern& p = Pick(en_);
  const Actor& a = PickActor();
  const Actor* b = &PickActor();
  while (b == &a) b = &PickActor();
  std::string trigger = Pick(p.triggers);
  std::string marker = p.markers[0] == "-" || EndsWithPreposition(trigger) ? "" : p.markers[0];
  std::string object = b->name_en;
  if (!p.context.empty()) trigger += " " + Pick(p.context);
  Date published = *Date::Parse(date_);
  Date day = published.AddDays(-static_cast<long>(Below(6)));
  double d = Uniform();
  std::string when = d < 0.35 ? fmt::format("on {}", kEnglishWeekdays[day.Weekday()])
                     : d < 0.55 ? fmt::format("on {} {}", day.day, kEnglishMonths[day.month - 1])
                     : d < 0.6  ? "last week"
                                : "";
  std::string clause;
  double shape = Uniform();
  if (p.nominal) {
    clause = Has(p.markers, "between")
                 ? fmt::format("the {} between {} and {} began{}", trigger, a.name_en, object, when.empty() ? "" : " " + when)
                 : fmt::format("{}'s {} {} {} drew attention{}", a.name_en, trigger, marker.empty() ? "against" : marker,
                               object, when.empty() ? "" : " " + when);
  } else if (p.symmetric && shape < 0.25) {
    std::string verb = trigger;
    if (EndsWithPreposition(verb)) verb = verb.substr(0, verb.rfind(' '));
    clause = fmt::format("{} and {} {}{}", a.name_en, object, verb, when.empty() ? "" : " " + when);
  } else if (shape < 0.4 && !when.empty()) {
    clause = fmt::format("{}, {} {} {}{}", when, a.name_en, trigger, marker.empty() ? "" : marker + " ", object);
  } else {
    clause = fmt::format("{} {} {}{}{}", a.name_en, trigger, marker.empty() ? "" : marker + " ", object,
                         when.empty() ? "" : " " + when);
  }
  double frame = Uniform();
  std::string sentence = frame < 0.1    ? fmt::format("According to {}, {}.", PickMedia().name_en, clause)
                         : frame < 0.2  ? fmt::format("{} said that {}.", PickActor().name_en, clause)
                         : frame < 0.25 ? fmt::format("{}, {} reported.", clause, PickMedia().name_en)
                                        : clause + ".";
  sentence[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(sentence[0])));
  return sentence;
}

std::string SyntheticArticles::HindiEvent() {
  const Pattern& p = Pick(hi_);
  const Actor& a = PickActor();
  const Actor* b = &PickActor();
  while (b == &a) b = &PickActor();
  const std::string& trigger = Pick(p.triggers);
  std::string marker = p.markers[0] == "-" ? "" : p.markers[0];
  Date published = *Date::Parse(date_);
  Date day = published.AddDays(-static_cast<long>(Below(6)));
  double d = Uniform();
  std::string when = d < 0.35 ? fmt::format("{} को ", kHindiWeekdays[day.Weekday()])
                     : d < 0.55 ? fmt::format("{} {} को ", day.day, kHindiMonths[day.month - 1])
                     : d < 0.6  ? "पिछले हफ्ते "
                                : "";
  std::string context = p.context.empty() ? "" : Pick(p.context) + " ";
  // A light verb that fits the noun often enough; the extractor accepts any of its list.
  std::string light = p.relation == "SANCTION" ? "लगाए" : p.relation == "THREATEN" ? "दी"
                      : p.relation == "REJECT" || p.relation == "CONCEDE" ? "कर दिया"
                      : p.relation == "MOBILIZE" || p.relation == "COERCE" ? "किया" : "की";
  std::string verb = trigger + (p.light_verb ? " " + light : "");
  std::string object = b->name_hi + (marker.empty() ? "" : " " + marker);
  std::string clause;
  if (p.nominal) {
    clause = fmt::format("{}{} और {} के बीच {} हुआ", when, a.name_hi, b->name_hi, trigger);
  } else if (p.symmetric && p.light_verb && Uniform() < 0.25) {
    clause = fmt::format("{} और {} ने {}{} {}", a.name_hi, b->name_hi, when, trigger, light);
  } else if (IntransitiveHindi(trigger)) {
    clause = fmt::format("{} {}{} {}{}", a.name_hi, when, object, context, verb);
  } else {
    clause = fmt::format("{} ने {}{} {}{}", a.name_hi, when, object, context, verb);
  }
  double frame = Uniform();
  if (frame < 0.1) return fmt::format("{} के मुताबिक, {}.", PickMedia().name_hi, clause);
  if (frame < 0.2) return fmt::format("{} ने कहा कि {}.", PickActor().name_hi, clause);
  if (frame < 0.25) return fmt::format("{} ने बताया कि {} है.", PickMedia().name_hi, clause);
  return clause + ".";
}

Article SyntheticArticles::Next(std::int64_t n) {
  Article a;
  a.id = fmt::format("syn-{:07d}", n);
  a.lang = Uniform() < hindi_share_ ? "hi" : "en";
  a.date = Date{2015, 1, 1}.AddDays(static_cast<long>(Below(4018))).ToString();
  date_ = a.date;
  a.source = "synthetic";
  const bool hi = a.lang == "hi";
  size_t sentences = 3 + Below(6);  // 3-8
  for (size_t i = 0; i < sentences; ++i) {
    if (i) a.text += ' ';
    // A lead that states the event, then a mix of events and filler.
    if (i > 0 && Uniform() < 0.3) a.text += Pick(hi ? kHindiNoise : kEnglishNoise);
    else a.text += hi ? HindiEvent() : EnglishEvent();
  }
  const Actor& who = PickActor();
  a.title = hi ? fmt::format("{}: ताजा घटनाक्रम", who.name_hi) : fmt::format("{}: the latest", who.name_en);
  return a;
}

std::string ToJsonLine(const Article& a) {
  return fmt::format("{{\"id\":{},\"lang\":{},\"title\":{},\"date\":{},\"text\":{}}}\n", json::Quote(a.id),
                     json::Quote(a.lang), json::Quote(a.title), json::Quote(a.date), json::Quote(a.text));
}

}  // namespace jaal::bench
